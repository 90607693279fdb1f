// Adds a term to the `allow:` list of a .clearpost.yml text. The yaml Document API finds the list
// and its source range; the change is then one insertion into the original text, so the author's
// comments, their alignment, key order and formatting are kept byte for byte. Pure: text in, text out.
import { isMap, isScalar, isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';

export type AllowListEdit =
  | { ok: true; text: string; changed: boolean }
  | { ok: false; reason: string };

/** Roughly the engine's comparison: case and spacing do not matter. */
function sameTerm(a: unknown, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return (typeof a === 'string' || typeof a === 'number') && norm(String(a)) === norm(b);
}

/** Offset of the line break ending the line that contains `offset` (before a CR of a CRLF). */
function lineEnd(text: string, offset: number): number {
  let i = text.indexOf('\n', offset);
  if (i === -1) return text.length;
  if (i > 0 && text[i - 1] === '\r') i--;
  return i;
}

/**
 * Return the config text with `term` appended to `allow:` (created when missing). Unchanged when
 * the term is already listed; refuses when the file is not valid YAML or `allow` is not a list.
 */
export function addToAllowList(configText: string, term: string): AllowListEdit {
  const trimmed = term.trim();
  if (!trimmed) return { ok: false, reason: 'The term is empty.' };
  const doc = parseDocument(configText);
  if (doc.errors.length > 0) return { ok: false, reason: 'The configuration file is not valid YAML; fix it first.' };
  const eol = configText.includes('\r\n') ? '\r\n' : '\n';
  // The term as a YAML scalar: quoted only when it would otherwise be misread ("Note: yes", "1e3").
  const item = stringify(trimmed, { lineWidth: 0 }).trimEnd();
  const appendKey = (): AllowListEdit => {
    const base = configText === '' || configText.endsWith('\n') ? configText : configText + eol;
    return { ok: true, changed: true, text: `${base}allow:${eol}  - ${item}${eol}` };
  };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return appendKey();
  if (!isMap(contents)) return { ok: false, reason: 'The configuration file is not a mapping of rules, categories and allow.' };
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === 'allow');
  if (!pair) return appendKey();
  const value = pair.value;
  if (value === null || (isScalar(value) && value.value === null && !value.source)) {
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    if (!keyRange) return { ok: false, reason: 'The "allow" entry could not be located.' };
    const at = lineEnd(configText, keyRange[1]);
    return { ok: true, changed: true, text: `${configText.slice(0, at)}${eol}  - ${item}${configText.slice(at)}` };
  }
  if (!isSeq(value)) return { ok: false, reason: 'The "allow" entry is not a list.' };
  if (value.items.some((i) => sameTerm(isScalar(i) ? i.value : i, trimmed))) return { ok: true, text: configText, changed: false };
  const last = value.items[value.items.length - 1] as { range?: [number, number, number] } | undefined;
  if (value.flow || !last?.range) {
    // A flow list ([a, b]) is rewritten by the Document API; comments elsewhere survive.
    (value as unknown as YAMLSeq).add(doc.createNode(trimmed));
    return { ok: true, changed: true, text: doc.toString() };
  }
  const lineStart = configText.lastIndexOf('\n', last.range[0]) + 1;
  const indent = /^[ \t]*/.exec(configText.slice(lineStart, last.range[0]))?.[0] ?? '';
  const at = lineEnd(configText, last.range[1]);
  return { ok: true, changed: true, text: `${configText.slice(0, at)}${eol}${indent}- ${item}${configText.slice(at)}` };
}
