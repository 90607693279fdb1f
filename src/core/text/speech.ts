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
    // The cursor serves calls in rising order; a call that starts earlier (the next pattern's
    // scan) steps back to the first span that ends at or after `start`.
    while (this.q > 0 && this.spans[this.q - 1][1] >= start) this.q--;
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
  const before = text.slice(from, start);
  NEGATORS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEGATORS.exec(before)) !== null) {
    // "at 50 mg with no change, bump your …": "no" or "without" before a noun, in a clause that
    // ends before the match, negates that noun, not what follows.
    if (/^(?:no|without)$/i.test(m[0]) && /[,;]/.test(before.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}
const NEGATORS = new RegExp(NEGATOR.source, 'giu');

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

// ---------------------------------------------------------------------------------------------
// Quoted examples of wording: "a post that opens with “…”", "Posting “…” an hour after the news",
// "phrases such as “…”". What sits inside is an illustration the author is discussing, not the
// author's own account of a patient; the engine downgrades findings there (see engine.ts).

/** Nouns for a piece of writing whose wording is then quoted ("a post that says …"). */
const WRITING_NOUN =
  'posts?|tweets?|status(?:es)?|updates?|captions?|comments?|sentences?|phrases?|lines?|messages?|headlines?|titles?|texts?|replies|reply|threads?|examples?|wording|words|remarks?|jokes?|memes?|entr(?:y|ies)|notes?|descriptions?|hashtags?|slogans?|quips?|openers?|openings?|story|stories|something|anything|things?|terms?|labels?|language|versions?';
/** Verbs and prepositions that hand over to the quoted wording ("that opens with", "reading", "like"). */
const HAND_OVER =
  'says?|said|saying|reads?|reading|opens?|opened|opening|begins?|began|beginning|starts?|started|starting|goes|went|ends?|ended|ending|like|such[ \\u00a0]+as|with|containing|including|called|titled|captioned|mentioning|as';
/**
 * Text right before an opening quote (the part of its sentence up to the quote) that introduces a
 * quoted example: a writing noun and a hand-over word ("a hypothetical post that opens with"),
 * "such as", "for example", "e.g.", or a gerund of writing ("Posting", "Writing"), optionally with
 * a colon or comma.
 */
const EXAMPLE_INTRO = new RegExp(
  `(?:(?<![\\p{L}])(?:${WRITING_NOUN})(?![\\p{L}])[^"“”.!?\\n]{0,40}?(?<![\\p{L}])(?:${HAND_OVER})` +
    `|(?<![\\p{L}])(?:such[ \\u00a0]+as|for[ \\u00a0]+example|for[ \\u00a0]+instance|e\\.g\\.|i\\.e\\.)` +
    `|(?:^|[.!?:;,(—–][ \\u00a0]*|(?<![\\p{L}])(?:by|from|of|about|avoid|avoids|avoiding|before|after|when|while|than|stop|stopped|and|or|is|was|means?|like)[ \\u00a0]+)(?:posting|writing|saying|tweeting|typing|sharing|captioning|titling|publishing|adding|texting|commenting|replying))` +
    `[ \\u00a0]*[:,—–-]?[ \\u00a0]*$`,
  'iu',
);
/** The sentence frames the quote as invented ("a hypothetical", "imagine", "suppose"). */
const HYPOTHETICAL = /(?<![\p{L}])(?:hypothetical(?:ly)?|imagine|imagined|suppose|picture[ \u00a0]+(?:a|this|the)|let['’]s[ \u00a0]+say|say[ \u00a0]+you|made[- \u00a0]up|fictional|invented)(?![\p{L}])/iu;
/**
 * Someone's words reported as speech ("she said", "he told me", "my patient wrote"): a quoted
 * patient stays a patient, whatever frames the sentence.
 */
const SPEECH =
  /(?<![\p{L}])(?:he|she|they|him|her|them|patient|patient['’]s|mother|father|mom|dad|wife|husband|son|daughter|family|parents?|man|woman|boy|girl|caller|I|we)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}?(?:said|says|told|tells|asked|asks|wrote|writes|texted|messaged|whispered|yelled|shouted|explained|replied|answered|cried|insisted|added|repeated|kept[ \u00a0]+saying|called[ \u00a0]+out)(?![\p{L}])/iu;
/** A specific person's own writing ("her message read", "the mother's text said"): a real message, not an example. */
const OWN_WRITING =
  /(?<![\p{L}])(?:her|his|their|patient['’]s|mother['’]s|father['’]s|wife['’]s|husband['’]s|son['’]s|daughter['’]s|family['’]s|parents['’]|caller['’]s)[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:message|messages|text|texts|post|posts|note|notes|email|emails|letter|letters|comment|comments|reply|review|voicemail|card)(?![\p{L}])/iu;
/** Right after the closing quote: a speech tag ("…,” she said) marks reported speech. */
const SPEECH_AFTER = /^[ \u00a0]*[,.!?]?[ \u00a0]*(?:(?:he|she|they|I|we)[ \u00a0]+(?:said|says|told|asked|wrote|whispered|yelled|shouted|explained|replied|answered|cried|insisted|added)|(?:said|asked|replied|answered|whispered|explained|added)[ \u00a0]+(?:he|she|the|my|her|his|our))(?![\p{L}])/iu;
/** Right after the closing quote: the wording is judged as an example ("… is the kind of post that"). */
const EXAMPLE_AFTER = /^[ \u00a0]*[,.]?[ \u00a0]*(?:(?:is|was|are|were|would[ \u00a0]+be|can[ \u00a0]+be|may[ \u00a0]+be|might[ \u00a0]+be)[ \u00a0]+(?:the[ \u00a0]+(?:kind|sort|type)|an?[ \u00a0]+(?:example|classic|textbook|typical)|exactly[ \u00a0]+the|just[ \u00a0]+the)|(?:might|may|could|would|can)[ \u00a0]+(?:seem|feel|look|sound|read))(?![\p{L}])/iu;

/**
 * Double-quoted passages [open, close] (close = index of the closing quote) that the text presents
 * as examples of wording rather than as someone's reported speech. Linear in the text; returns []
 * at once when the text has no double quote.
 */
export function quotedExamples(text: string): [number, number][] {
  if (!text.includes('"') && !text.includes('“')) return [];
  const out: [number, number][] = [];
  for (const [open, close] of quotedSpans(text)) {
    const from = Math.max(sentenceStart(text, open), open - 160);
    const before = text.slice(from, open);
    const after = text.slice(close + 1, close + 60);
    if (SPEECH_AFTER.test(after) || SPEECH.test(before) || OWN_WRITING.test(before)) continue;
    if (!(EXAMPLE_INTRO.test(before) || HYPOTHETICAL.test(before) || EXAMPLE_AFTER.test(after))) continue;
    // Curly and straight quotes pair independently and can nest: keep spans disjoint (outermost).
    const last = out[out.length - 1];
    if (last && open <= last[1]) last[1] = Math.max(last[1], close);
    else out.push([open, close]);
  }
  return out;
}

/** True when [start, end) lies inside one of `spans` (sorted, non-overlapping, as returned by quotedExamples); bisection. */
export function insideSpans(spans: readonly [number, number][], start: number, end: number): boolean {
  // The last span opening before `start` is the only one that can hold it.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && end <= s[1];
}
