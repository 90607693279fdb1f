// Front matter: the YAML block's data, the published fields as prose, and positioned problems.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Yaml } from 'mdast';
import type { FrontMatter, ProseBlock } from './model';
import { ProseBuilder } from './text/prose';

/** Front-matter fields that get published and are therefore linted as prose. */
export const PUBLISHED_FIELDS = ['title', 'description', 'excerpt', 'tags'] as const;

export interface FrontMatterProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParsedFrontMatter {
  frontMatter: FrontMatter;
  blocks: ProseBlock[];
  problems: FrontMatterProblem[];
}

function scalarBlock(field: string, node: YamlNode, source: string, base: number): ProseBlock | null {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return null;
  const b = new ProseBuilder();
  b.pushAligned(node.value, source, base + node.range[0], base + node.range[1]);
  if (b.length === 0) return null;
  return { kind: 'frontMatter', field, ...b.build() };
}

/** Parse the mdast yaml node; never throws. */
export function parseFrontMatter(node: Yaml, source: string): ParsedFrontMatter {
  const nodeStart = node.position?.start.offset ?? 0;
  const nodeEnd = node.position?.end.offset ?? nodeStart;
  // The value is the text between the fences, verbatim.
  const found = node.value === '' ? -1 : source.indexOf(node.value, nodeStart);
  const base = found === -1 ? nodeStart : found;
  const fm: FrontMatter = { data: null, start: base, end: found === -1 ? nodeStart : base + node.value.length };
  const problems: FrontMatterProblem[] = [];
  const blocks: ProseBlock[] = [];

  if (node.value.trim() === '') {
    fm.data = {};
    return { frontMatter: fm, blocks, problems };
  }
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    const [start, end] = wholeLineBreaks(source, base + s, Math.max(base + e, base + s + 1));
    problems.push({
      message: `Malformed YAML front matter: ${firstLine(err.message)}. Fix the YAML; the post is linted without its front matter until then.`,
      start,
      end,
    });
  }
  if (doc.errors.length > 0) return { frontMatter: fm, blocks, problems };

  const contents = doc.contents;
  // Only comments, or an explicit null: no fields.
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    fm.data = {};
    return { frontMatter: fm, blocks, problems };
  }
  if (!isMap(contents)) {
    problems.push({
      message: 'Unexpected front matter that is not a mapping of fields, expected "key: value" lines.',
      start: base,
      end: Math.min(nodeEnd, base + Math.max(1, node.value.length)),
    });
    return { frontMatter: fm, blocks, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ message: `Front matter could not be read: ${firstLine(String((e as Error).message))}.`, start: base, end: base + 1 });
    return { frontMatter: fm, blocks, problems };
  }
  fm.data = (data ?? {}) as Record<string, unknown>;

  for (const field of PUBLISHED_FIELDS) {
    const value = contents.get(field, true) as YamlNode | undefined;
    if (!value) continue;
    if (isSeq(value)) {
      for (const item of value.items) {
        const blk = scalarBlock(field, item as YamlNode, source, base);
        if (blk) blocks.push(blk);
      }
    } else {
      const blk = scalarBlock(field, value, source, base);
      if (blk) blocks.push(blk);
    }
  }

  for (const key of ['date', 'publish_at']) {
    const v = contents.get(key, true) as YamlNode | undefined;
    if (v && isScalar(v) && v.range && v.value !== null && Number.isNaN(Date.parse(String(v.value)))) {
      problems.push({
        message: `Unexpected "${key}" value that is not a date, expected an ISO 8601 date such as 2026-03-01.`,
        start: base + v.range[0],
        end: base + v.range[1],
      });
    }
  }
  return { frontMatter: fm, blocks, problems };
}

/** Widen [start, end) so it does not split a CRLF (YAML errors at a line end point at the CR). */
function wholeLineBreaks(source: string, start: number, end: number): [number, number] {
  const s = source[start - 1] === '\r' && source[start] === '\n' ? start - 1 : start;
  const e = source[end - 1] === '\r' && source[end] === '\n' ? end + 1 : end;
  return [s, e];
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/\.$/, '');
}

/** The date relative phrases resolve against: publish_at, else date, else null. */
export function publicationDate(data: Record<string, unknown> | null): Date | null {
  if (!data) return null;
  for (const key of ['publish_at', 'date']) {
    const v = data[key];
    if (typeof v === 'string' || v instanceof Date) {
      const d = new Date(v as string);
      if (!Number.isNaN(d.getTime())) return d;
    }
  }
  return null;
}
