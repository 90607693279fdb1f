// The rule contract: metadata plus one check (design.md §4). Rules are pure: no I/O, no clock.
import type { Category, Severity } from './types';
import type { FrontMatter, ProseBlock, Target } from './model';
import type { ImageMetaLookup } from './images';
import type { DocumentFacts } from './text/document-facts';

export interface RuleMeta {
  /** Stable kebab-case id; also the doc file name docs/rules/<id>.md. */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line for the rules table and SARIF short description. */
  description: string;
  /** Rationale and source clause, e.g. "45 CFR 164.514(b)(2)(i)(C)". */
  note: string;
  /** JSON Schema of the rule's options in .clearpost.yml (object schema). */
  optionsSchema?: Record<string, unknown>;
  /** Engine-emitted rules (config, front matter, directives) have no check of their own. */
  engine?: boolean;
  /** Not configurable: left out of the configuration schema, so setting it is a config problem. */
  fixed?: boolean;
}

/** An edit in prose coordinates of the block being checked. */
export interface ProseEdit {
  start: number;
  end: number;
  text: string;
}

export interface ProseFix {
  title: string;
  edits: ProseEdit[];
}

/** What a block rule reports: prose offsets, mapped to source by the engine. */
export interface BlockReport {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's note for this finding (e.g. to name the Safe Harbor item). */
  note?: string;
  /** Overrides the rule's default severity for this finding (before user configuration). */
  severity?: Severity;
  fixes?: ProseFix[];
  related?: { message: string; start: number; end: number }[];
}

/** What a document rule reports: source offsets. */
export interface SourceReport {
  start: number;
  end: number;
  message: string;
  /** The identifier itself when the range covers more (a whole link): checked against the allow-list. */
  matched?: string;
  note?: string;
  severity?: Severity;
  fixes?: { title: string; edits: { start: number; end: number; text: string }[] }[];
  related?: { message: string; start: number; end: number }[];
}

export interface RuleEnv {
  /** Rule options from configuration (already validated against optionsSchema). */
  options: Record<string, unknown>;
  /** Parsed front matter data (may be empty). */
  frontMatter: Record<string, unknown>;
  /** Reference "now" for date arithmetic: front-matter publish date, else options.now. */
  referenceDate: Date;
  /** Embedded metadata of a local image by its URL as written, from the host; null or absent = not available. */
  imageMeta?: ImageMetaLookup;
  /** Who the whole post establishes as a public figure or as staff (text/document-facts.ts); absent = nothing known. */
  document?: DocumentFacts;
}

export interface BlockRule {
  meta: RuleMeta;
  scope: 'block';
  /** Called once per prose block; pure. */
  check(block: ProseBlock, env: RuleEnv, report: (r: BlockReport) => void): void;
  /** Optional: called once per link/image/definition target (source offsets). */
  checkTarget?(target: Target, env: RuleEnv, report: (r: SourceReport) => void): void;
}

export interface DocumentContext {
  source: string;
  blocks: readonly ProseBlock[];
  targets: readonly Target[];
  frontMatter: FrontMatter | null;
}

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  /** Called once per document; must be cheap (runs on every keystroke). */
  check(doc: DocumentContext, env: RuleEnv, report: (r: SourceReport) => void): void;
}

export interface EngineRule {
  meta: RuleMeta & { engine: true };
  scope: 'engine';
}

export type Rule = BlockRule | DocumentRule | EngineRule;
