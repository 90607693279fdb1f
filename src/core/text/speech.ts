// Helpers for rules that must tell the author's own claims from quoted speech, discussion of a
// term, and negation: quoted spans, sentence bounds, and a bounded look-back for negators.

import { eachMatch } from './scan';

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', '»', '“']);

/** Spans [open, close] of double-quoted passages (“…” or "…"), found in one pass. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' && curly < 0) curly = i;
    else if (c === '”' && curly >= 0) {
      spans.push([curly, i]);
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Answers "is [start, end) quoted?" for increasing starts, walking the spans once. */
export class QuoteFilter {
  private readonly spans: [number, number][];
  private q = 0;
  constructor(private readonly text: string) {
    this.spans = text.includes('"') || text.includes('“') ? quotedSpans(text) : [];
  }
  /** True inside a double-quoted passage or when the match itself is wrapped in quotes ('guaranteed'). */
  quoted(start: number, end: number): boolean {
    const t = this.text;
    if (OPENING_QUOTES.has(t[start - 1]) && CLOSING_QUOTES.has(t[end])) return true;
    if (this.q > 0 && this.spans[this.q - 1]?.[0] > start) this.q = 0;
    while (this.q < this.spans.length && this.spans[this.q][1] < start) this.q++;
    const s = this.spans[this.q];
    return s !== undefined && s[0] < start && s[1] >= end;
  }
}

const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|vs|e\.g|i\.e|etc)$/;

/** True when text[k] ends a sentence: . ! ? or … followed by white space or the end, not after "Dr" or "e.g". */
function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) return false;
  const next = text.charCodeAt(k + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 9 || next === 0xa0)) return false;
  return c !== 46 || !ABBREVIATION.test(text.slice(Math.max(0, k - 4), k));
}

/** Start of the sentence containing i (bounded look-back of 400 characters). */
export function sentenceStart(text: string, i: number): number {
  const floor = Math.max(0, i - 400);
  for (let k = i - 1; k >= floor; k--) {
    if ((text.charCodeAt(k) === 10 && text.charCodeAt(k - 1) === 10) || endsSentence(text, k)) {
      let s = k + 1;
      while (s < i && /\s/.test(text[s])) s++;
      return s;
    }
  }
  return floor;
}

/** End (exclusive, after the closing punctuation) of the sentence containing i (bounded look-ahead). */
export function sentenceEnd(text: string, i: number): number {
  const ceil = Math.min(text.length, i + 400);
  for (let k = i; k < ceil; k++) {
    if (endsSentence(text, k)) {
      let e = k + 1;
      while (e < text.length && /["”'’)]/.test(text[e])) e++;
      return e;
    }
  }
  return ceil;
}

const NEGATOR =
  /(?<![\p{L}\p{N}_])(?:no|not|never|nothing|none|nobody|without|cannot|can['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|won['’]t|wouldn['’]t|shouldn['’]t|neither|nor|hardly|rarely|beware|wary|skeptical|sceptical|suspicious|promises?|promising|promised|claims?|claiming|claimed|advertised|marketed|myth|avoid|red[ -]flags?)(?![\p{L}\p{N}_])/iu;

/** True when a negator or a discussion cue ("beware of", "claims to") precedes start in its sentence, within 60 characters. */
export function negatedBefore(text: string, start: number): boolean {
  const from = Math.max(sentenceStart(text, start), start - 60);
  return NEGATOR.test(text.slice(from, start));
}

/** Start offsets of every match of a global regex, found once, answering "any match in [from, to)?" by binary search. */
export class MatchIndex {
  private readonly starts: number[] = [];
  constructor(re: RegExp, text: string) {
    eachMatch(re, text, (m) => {
      this.starts.push(m.index);
    });
  }
  any(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] < to;
  }
}
