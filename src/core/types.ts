// The finding model and the rule contract (design.md §2 and §4). Other tools key on these
// shapes: extend them only by adding optional fields.

export const CATEGORIES = [
  'phi.name',
  'phi.date',
  'phi.age',
  'phi.location',
  'phi.contact',
  'phi.id',
  'phi.web',
  'phi.image',
  'case.detail',
  'case.realtime',
  'advice.individual',
  'language.stigma',
  'conduct.mockery',
  'claim.unsupported',
  'endorsement.testimonial',
  'disclosure.missing',
  'config',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the source text, in UTF-16 code units. */
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Replace source[start, end) with text. Offsets are UTF-16 code units of the source. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
}

export interface RelatedLocation {
  message: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  url: string;
  note: string;
  related: RelatedLocation[];
  fixes: Fix[];
}

/** A finding hidden by an inline directive; kept so reviewers can see what was waived and why. */
export interface SuppressedFinding extends Finding {
  suppressedBy: { directive: string; reason: string | null; line: number };
}
