// Small text helpers shared by rules: removal that leaves tidy prose, case-preserving replacement.
import type { ProseEdit } from '../rule';

const CONNECTOR_BEFORE = /(?:^|\s)(?:at|via|on|is|was|to|from|#|:)\s*$/i;

/**
 * An edit that removes text[start, end) and the words that only served it: enclosing brackets,
 * a dangling connector ("call her at 555-0142" → "call her", "sent it to a@b.org" → "sent it") and one neighbouring space.
 */
export function removalEdit(text: string, start: number, end: number): ProseEdit {
  let s = start;
  let e = end;
  if ((text[s - 1] === '(' && text[e] === ')') || (text[s - 1] === '[' && text[e] === ']')) {
    s--;
    e++;
  } else {
    const before = text.slice(Math.max(0, s - 16), s);
    const m = CONNECTOR_BEFORE.exec(before);
    if (m) s -= m[0].length - (/^\s/.test(m[0]) ? 1 : 0);
  }
  // Swallow one side's whitespace so no double space or space-before-punctuation remains.
  if (s > 0 && /[ \t]/.test(text[s - 1]) && (e >= text.length || /[\s.,;:!?)\]]/.test(text[e]))) {
    while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
  } else if (e < text.length && /[ \t]/.test(text[e])) {
    while (e < text.length && /[ \t]/.test(text[e])) e++;
  }
  return { start: s, end: e, text: '' };
}

/** Give `replacement` the capitalisation pattern of `original` (Vale-style substitution). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = original.match(/[A-Za-z]/)?.[0];
  if (first && first === first.toUpperCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** True when the character at i is a word character (letters, digits, apostrophe inside words). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}
