// The checklist model: template items, per-post state kept in front matter, and evaluation results.

export const ITEM_KINDS = ['auto', 'assisted', 'manual'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Built-in automatic checks, computed from lint findings and the post content only. */
export const BUILT_IN_CHECKS = ['no-error-findings', 'no-phi-findings', 'educational-disclaimer', 'emergency-resources', 'images-scrubbed'] as const;
export type BuiltInCheck = (typeof BUILT_IN_CHECKS)[number];

export interface ChecklistItem {
  /** Stable kebab-case id, used on the command line and in the audit log. */
  id: string;
  title: string;
  kind: ItemKind;
  /** The built-in check: required for auto items, optional pre-fill for assisted ones. */
  check?: BuiltInCheck;
  /** Finding categories (or prefixes ending in ".") summarised as the pre-fill of an assisted item. */
  categories?: string[];
  /** What the reviewer's note must say (manual items need a note). */
  prompt?: string;
}

export interface AuthorFields {
  name: string;
  email: string;
}

export interface ChecklistTemplate {
  items: ChecklistItem[];
  requiredRoles: string[];
  authorMayNotSign: boolean;
  authorFields: AuthorFields;
}

/** The `checklist` key of .clearpost.yml after validation; every key optional. */
export interface ChecklistConfig {
  items?: ChecklistItem[];
  requiredRoles?: string[];
  authorMayNotSign?: boolean;
  authorFields?: Partial<AuthorFields>;
}

export interface Identity {
  name: string;
  email: string;
}

export interface Tick {
  item: string;
  /** "Name <email>". */
  by: string;
  /** ISO 8601 UTC. */
  time: string;
  note?: string;
}

export interface Signoff {
  role: string;
  name: string;
  email: string;
  time: string;
  meaning: string;
  /** "sha256:<hex>" of the publishable content. */
  hash: string;
  /** Hash of each part (body, field:<name>, image:<path>) so a stale sign-off can say what changed. */
  parts: Record<string, string>;
}

export interface Override {
  rule: string;
  reason: string;
  role: string;
  name: string;
  email: string;
  time: string;
  /** Content hash when the override was signed; it lapses when the content changes. */
  hash: string;
}

/** The `clearpost:` block of a post's front matter. */
export interface PostState {
  ticks: Tick[];
  signoffs: Signoff[];
  overrides: Override[];
}

export type CheckStatus = 'pass' | 'fail' | 'needs-person';

export interface CheckResult {
  status: CheckStatus;
  /** One sentence for the reviewer; never quotes post text. */
  note: string;
}

/** Error with a one-line, user-facing message; thrown by checklist operations that refuse. */
export class ChecklistError extends Error {
  override readonly name = 'ChecklistError';
  /**
   * The missing input when a refusal is only for want of it: a tick's note or an override's
   * reason. Front ends name their own way of giving it (the CLI's --note and --reason).
   */
  readonly needs?: 'note' | 'reason';
  constructor(message: string, needs?: 'note' | 'reason') {
    super(message);
    if (needs) this.needs = needs;
  }
}
