// Word boundaries for English phrase patterns without the `u` flag.
//
// V8 compiles a regex on its first exec. Under `u`/`iu` every \p{L} or \p{N} is a large Unicode
// table (and under `iu` its case closure), repeated in every lookaround of a big alternation, so
// the phrase tables of the rules cost tens of milliseconds each on the first lint of a process.
// Spelled out as an explicit class (Latin, Greek, Cyrillic letters; ASCII digits) and compiled
// without `u`, the same patterns compile in a fraction of that. Use this only where the pattern is
// about English words and their boundaries; keep \p{…} where Unicode classes decide correctness.

/** Letters: Latin (with Latin-1 and Latin Extended), Greek and Cyrillic; the same set as LETTER in rules/stigma-terms.ts. */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF';

/**
 * Rewrite a regex source written with \p{L} and \p{N} into one without Unicode property escapes:
 * \p{L} becomes the LETTER class and \p{N} becomes 0-9, inside or outside a character class.
 * Throws on any other \p{…}/\P{…}, \u{…} or astral character, which need the `u` flag.
 */
export function latin(source: string): string {
  if (/[\ud800-\udfff]/.test(source)) throw new Error('latin(): astral characters need the u flag');
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const rest = source.slice(i, i + 5);
      if (rest === '\\p{L}' || rest === '\\p{N}') {
        const body = rest === '\\p{L}' ? LETTER : '0-9';
        out += inClass ? body : `[${body}]`;
        i += 4;
        continue;
      }
      const next = source[i + 1];
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') throw new Error(`latin(): unsupported escape in ${source.slice(i, i + 10)}`);
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** new RegExp(latin(source), flags) with any `u` flag dropped. */
export function latinRegExp(source: string, flags = ''): RegExp {
  return new RegExp(latin(source), flags.replace('u', ''));
}
