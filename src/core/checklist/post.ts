// A post's front matter as text: find the fences, read the `clearpost:` block, and write it back
// so that every byte outside that block stays exactly as it was.
import { Document, isMap, isScalar, parseDocument, type Document as YamlDocument, type Pair } from 'yaml';
import { ChecklistError, type Override, type PostState, type Signoff, type Tick } from './types';

export const STATE_KEY = 'clearpost';

export interface SplitPost {
  /** Byte-order mark, if the post starts with one. */
  bom: string;
  /** Whether the post has a front-matter block. */
  hasFrontMatter: boolean;
  /** Offset of the YAML text (after the opening fence line) and its end (start of the closing fence). */
  yamlStart: number;
  yamlEnd: number;
  /** The YAML text between the fences, including its last line break. */
  yaml: string;
  /** Everything after the closing fence line (the whole post when there is no front matter). */
  body: string;
  /** The line break the post uses: CRLF when its first line break is CRLF. */
  eol: '\n' | '\r\n';
}

/** Split a post into front matter and body, the way remark-frontmatter finds the block. */
export function splitPost(text: string): SplitPost {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const open = /^---[ \t]*(\r?\n)/.exec(text.slice(bom.length));
  if (!open) return { bom, hasFrontMatter: false, yamlStart: bom.length, yamlEnd: bom.length, yaml: '', body: text.slice(bom.length), eol };
  const yamlStart = bom.length + open[0].length;
  const close = /^---[ \t]*(\r?\n|$)/gm;
  close.lastIndex = yamlStart;
  let m: RegExpExecArray | null;
  while ((m = close.exec(text)) !== null) {
    if (m.index >= yamlStart && (m.index === 0 || text[m.index - 1] === '\n')) break;
  }
  if (!m) throw new ChecklistError('The post starts with "---" but its front matter has no closing "---" line; fix the front matter first. Nothing was written.');
  return { bom, hasFrontMatter: true, yamlStart, yamlEnd: m.index, yaml: text.slice(yamlStart, m.index), body: text.slice(m.index + m[0].length), eol };
}

export interface FrontMatterDoc {
  split: SplitPost;
  /** Parsed YAML, or null when the post has none or it holds only comments. */
  doc: YamlDocument | null;
  /** Plain data of every field (including clearpost). */
  data: Record<string, unknown>;
}

/** Parse the front matter; a clear error (never a crash) when it is not a YAML mapping. */
export function readFrontMatter(text: string): FrontMatterDoc {
  const split = splitPost(text);
  if (!split.hasFrontMatter || split.yaml.trim() === '') return { split, doc: null, data: {} };
  const doc = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // An error at the end of the YAML belongs to its last line, not to the closing fence.
    const line = lineOf(text, split.yamlStart + Math.min(err.pos[0], Math.max(0, split.yaml.length - 1)));
    throw new ChecklistError(`The front matter is not valid YAML (line ${line}): ${err.message.split('\n')[0].replace(/\.$/, '')}. Fix it first; nothing was written.`);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { split, doc, data: {} };
  if (!isMap(contents)) throw new ChecklistError('The front matter is not a mapping of "key: value" fields; fix it first. Nothing was written.');
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ChecklistError(`The front matter could not be read: ${(e as Error).message.split('\n')[0]}. Nothing was written.`);
  }
  return { split, doc, data: (data ?? {}) as Record<string, unknown> };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The post's published front-matter fields: everything except the clearpost block. */
export function publishedFields(fm: FrontMatterDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fm.data)) if (k !== STATE_KEY) out[k] = v;
  return out;
}

/** Read and validate the clearpost block; an absent block is an empty state. */
export function readState(fm: FrontMatterDoc): PostState {
  const raw = fm.data[STATE_KEY];
  const state: PostState = { ticks: [], signoffs: [], overrides: [] };
  if (raw === undefined || raw === null) return state;
  const bad = (what: string): never => {
    throw new ChecklistError(`The "${STATE_KEY}:" block in the front matter is malformed: ${what}. Fix or remove it; nothing was written.`);
  };
  if (typeof raw !== 'object' || Array.isArray(raw)) bad('expected a mapping with ticks, signoffs and overrides');
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!['ticks', 'signoffs', 'overrides'].includes(key)) bad(`unexpected key "${key}"`);
  const list = (key: string, fields: string[], optional: string[] = [], object: string[] = []): Record<string, unknown>[] => {
    const v = obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) bad(`"${key}" must be a list`);
    return (v as unknown[]).map((entry, i) => {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) bad(`${key}[${i}] must be a mapping`);
      const e = entry as Record<string, unknown>;
      for (const f of fields) if (typeof e[f] !== 'string') bad(`${key}[${i}].${f} must be a string`);
      for (const f of optional) if (e[f] !== undefined && typeof e[f] !== 'string') bad(`${key}[${i}].${f} must be a string`);
      for (const f of object) {
        const o = e[f];
        if (!o || typeof o !== 'object' || Array.isArray(o) || Object.values(o).some((x) => typeof x !== 'string')) bad(`${key}[${i}].${f} must map names to hashes`);
      }
      return e;
    });
  };
  state.ticks = list('ticks', ['item', 'by', 'time'], ['note']) as unknown as Tick[];
  state.signoffs = list('signoffs', ['role', 'name', 'email', 'time', 'meaning', 'hash'], [], ['parts']) as unknown as Signoff[];
  state.overrides = list('overrides', ['rule', 'reason', 'role', 'name', 'email', 'time', 'hash']) as unknown as Override[];
  return state;
}

/** The YAML text of the clearpost block, with the post's line breaks. */
function stateYaml(state: PostState, eol: string): string {
  const value: Record<string, unknown> = {};
  if (state.ticks.length) value.ticks = state.ticks;
  if (state.signoffs.length) value.signoffs = state.signoffs;
  if (state.overrides.length) value.overrides = state.overrides;
  const doc = new Document({ [STATE_KEY]: value });
  const text = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/** [start, end) of the clearpost pair in the YAML text: its whole lines, trailing comment included. */
function stateSpan(doc: YamlDocument, yaml: string): [number, number] | null {
  if (!isMap(doc.contents)) return null;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === STATE_KEY) as Pair<unknown, unknown> | undefined;
  if (!pair) return null;
  const key = pair.key as { range?: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  if (!key.range) throw new ChecklistError(`The "${STATE_KEY}:" key cannot be located in the front matter. Nothing was written.`);
  const start = yaml.lastIndexOf('\n', key.range[0] - 1) + 1;
  if (yaml.slice(start, key.range[0]).trim() !== '' || doc.contents.flow) {
    throw new ChecklistError(`The front matter is not a block mapping with "${STATE_KEY}:" at the start of a line; Clearpost will not rewrite it. Nothing was written.`);
  }
  let end = Math.max(value?.range?.[1] ?? key.range[1], key.range[1]);
  if (end > 0 && yaml[end - 1] !== '\n') {
    const nl = yaml.indexOf('\n', end);
    end = nl === -1 ? yaml.length : nl + 1;
  }
  return [start, end];
}

/**
 * The post with its clearpost block replaced by `state`. Bytes outside the block are kept
 * exactly; a post without front matter gets one. Verified by re-reading before returning.
 */
export function writeState(text: string, state: PostState): string {
  const fm = readFrontMatter(text);
  const { split } = fm;
  const block = stateYaml(state, split.eol);
  let out: string;
  if (!split.hasFrontMatter) {
    out = `${split.bom}---${split.eol}${block}---${split.eol}${split.body}`;
  } else {
    if (fm.doc && isMap(fm.doc.contents) && fm.doc.contents.flow) {
      throw new ChecklistError('The front matter is a flow mapping ({…}); Clearpost will not rewrite it. Use "key: value" lines. Nothing was written.');
    }
    const span = fm.doc ? stateSpan(fm.doc, split.yaml) : null;
    let yaml: string;
    if (span) {
      yaml = split.yaml.slice(0, span[0]) + block + split.yaml.slice(span[1]);
    } else {
      const sep = split.yaml === '' || split.yaml.endsWith('\n') ? '' : split.eol;
      yaml = split.yaml + sep + block;
    }
    out = text.slice(0, split.yamlStart) + yaml + text.slice(split.yamlEnd);
  }
  // Never hand back a post we cannot read again, or whose other fields moved.
  const check = readFrontMatter(out);
  const again = readState(check);
  if (JSON.stringify(again) !== JSON.stringify(normalisedState(state)) || JSON.stringify(publishedFields(check)) !== JSON.stringify(publishedFields(fm))) {
    throw new ChecklistError('Writing the checklist would change other front-matter fields; nothing was written. Please report this.');
  }
  return out;
}

/** The state as it reads back (empty lists present, key order as written). */
function normalisedState(state: PostState): PostState {
  return JSON.parse(JSON.stringify({ ticks: state.ticks, signoffs: state.signoffs, overrides: state.overrides })) as PostState;
}

/** The text with the clearpost block removed: what must stay byte-identical across writes. */
export function withoutState(text: string): string {
  const fm = readFrontMatter(text);
  if (!fm.doc) return text;
  const span = stateSpan(fm.doc, fm.split.yaml);
  if (!span) return text;
  return text.slice(0, fm.split.yamlStart + span[0]) + text.slice(fm.split.yamlStart + span[1]);
}

/** Undefined-free copy, so optional fields left unset are not written as null. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

