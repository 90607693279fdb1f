// The content hash a sign-off covers: the body, the published front-matter fields and the bytes of
// local images, each hashed as a part so a stale sign-off can say what changed.
import { createHash } from 'node:crypto';
import { visit } from 'unist-util-visit';
import type { Definition, Image, ImageReference } from 'mdast';
import { parseMarkdown } from '../parse';
import { publishedFields, readFrontMatter } from './post';

/** Reads a local image by the path written in the post; null when it does not exist. Injected. */
export type ReadImage = (path: string) => Uint8Array | null;

export const HASH_PREFIX = 'sha256:';
/** Part hash recorded for an image that could not be read. */
export const MISSING = 'missing';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** CRLF/CR to LF and no trailing whitespace at the end, so a re-save is not a change. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** JSON with sorted keys: a field's value, independent of quoting, comments and key order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True for a path into the post's own folder tree (not a URL, protocol-relative or data: link). */
export function isLocalImage(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');
}

/** Local image paths referenced by the body, as written (query and fragment dropped, %-decoded), sorted. */
export function localImages(body: string): string[] {
  // Every image and image reference is written "![…": without one there is nothing to parse for.
  if (!body.includes('![')) return [];
  const tree = parseMarkdown(body);
  const defs = new Map<string, string>();
  visit(tree, 'definition', (d: Definition) => {
    defs.set(d.identifier.toLowerCase(), d.url);
  });
  const urls = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'image') urls.add((node as Image).url);
    else if (node.type === 'imageReference') {
      const url = defs.get((node as ImageReference).identifier.toLowerCase());
      if (url !== undefined) urls.add(url);
    }
  });
  const out = new Set<string>();
  for (const url of urls) {
    if (!isLocalImage(url)) continue;
    let p = url.replace(/[?#].*$/, '');
    try {
      p = decodeURI(p);
    } catch {
      /* keep it as written */
    }
    if (p) out.add(p);
  }
  return [...out].sort();
}

export interface ContentHash {
  /** "sha256:<hex>" over all parts. */
  hash: string;
  /** Part name → hex hash: "body", "field:<name>", "image:<path>". */
  parts: Record<string, string>;
}

/**
 * Hash the publishable content of a post (everything except its clearpost block). `known` passes
 * the front matter and image list a caller already read from this same text (postFacts does), so
 * the post is not split and parsed twice.
 */
export function contentHash(text: string, readImage: ReadImage, known?: { fm: ReturnType<typeof readFrontMatter>; images: readonly string[] }): ContentHash {
  const fm = known?.fm ?? readFrontMatter(text);
  const parts: Record<string, string> = { body: sha256Hex(normaliseText(fm.split.body)) };
  const fields = publishedFields(fm);
  for (const name of Object.keys(fields).sort()) parts[`field:${name}`] = sha256Hex(canonicalJson(fields[name]));
  for (const img of known?.images ?? localImages(fm.split.body)) {
    const bytes = readImage(img);
    parts[`image:${img}`] = bytes ? sha256Hex(bytes) : MISSING;
  }
  return { hash: combine(parts), parts };
}

/** The overall hash: SHA-256 of "name<TAB>hash<LF>" lines in part order (body, fields, images). */
function combine(parts: Record<string, string>): string {
  const lines = Object.entries(parts).map(([k, v]) => `${k}\t${v}\n`);
  return HASH_PREFIX + sha256Hex(lines.join(''));
}

/** What differs between a recorded and the current set of parts, in words: "body", "field title", "image a.png". */
export function changedParts(recorded: Record<string, string>, current: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(recorded), ...Object.keys(current)])];
  const order = (n: string): number => (n === 'body' ? 0 : n.startsWith('field:') ? 1 : 2);
  names.sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const n of names) {
    if (recorded[n] === current[n]) continue;
    const label = n === 'body' ? 'body' : n.startsWith('field:') ? `field ${n.slice(6)}` : `image ${n.slice(6)}`;
    const how = recorded[n] === undefined ? ' added' : current[n] === undefined ? ' removed' : '';
    out.push(label + how);
  }
  return out;
}
