// The document model rules see: prose blocks with source maps, link/image targets, front matter.

export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'tableCell'
  | 'imageAlt'
  | 'imageTitle'
  | 'linkTitle'
  | 'frontMatter';

export interface ProseBlock {
  kind: BlockKind;
  /** The words a reader sees; inline code, images and HTML become PLACEHOLDER characters. */
  text: string;
  /** Source offset where prose character i starts. */
  starts: Int32Array;
  /** Source offset where prose character i ends. */
  ends: Int32Array;
  /** Front-matter field name for kind 'frontMatter' (title, description, excerpt, tags). */
  field?: string;
}

export type TargetKind = 'link' | 'image' | 'definition';

/** A link or image destination: handed to rules as a target, never as prose. */
export interface Target {
  kind: TargetKind;
  url: string;
  /** Source range of the whole link/image node. */
  start: number;
  end: number;
  /** Prose of the link text or image alt, when the node has any. */
  label: string;
  /** An <img> tag in raw HTML (its alt is not prose: no other rule reads it). */
  html?: boolean;
  /** Source range of the alt attribute's value of an HTML <img>, when it has one. */
  alt?: { start: number; end: number };
}

export interface FrontMatter {
  /** Parsed YAML data, or null when the YAML is malformed. */
  data: Record<string, unknown> | null;
  /** Source range of the YAML text inside the fences. */
  start: number;
  end: number;
}
