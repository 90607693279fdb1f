// Tiny scanning helpers shared by rules and text analysers.

import { TextMemo } from './memo';

/** True when `text` holds at least `min` ASCII digits (stops counting as soon as it does). */
export function hasDigits(text: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= min) return true;
  }
  return false;
}

/** Index of the first element >= x in a sorted array (binary search). */
export function firstAtOrAfter(arr: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `each` for every non-empty match of the global (or sticky) regex `re` in `text`,
 * scanning from `from`. Empty matches are stepped over, so a pattern that can match the empty
 * string cannot loop forever. `each` may move `re.lastIndex` forward (to rescan from just after
 * a match's start, say); a move that would not make progress is overridden. Returning `false`
 * from `each` stops the scan.
 */
export function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void | boolean, from = 0): void {
  if (!re.global && !re.sticky) throw new TypeError(`eachMatch needs a global or sticky regex, got ${re}`);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    if (m[0].length === 0) {
      re.lastIndex = at + 1;
      continue;
    }
    if (each(m) === false) return;
    if (re.lastIndex <= at) re.lastIndex = at + 1;
  }
}

const ASCII_WORD = /[A-Za-z0-9]+/g;

/** ASCII letter/digit runs of a text: where each starts, and the run itself. */
interface AsciiWords {
  starts: number[];
  words: string[];
  /** The same runs, lower-cased (pickers key their tables on these). */
  lower: string[];
}

/** Several rules dispatch on the same block's words (stigma-terms, reidentification-risk): memoised (see memo.ts). */
const WORDS = new TextMemo<AsciiWords>(2048);

function findAsciiWords(text: string): AsciiWords {
  const found: AsciiWords = { starts: [], words: [], lower: [] };
  ASCII_WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = ASCII_WORD.exec(text)) !== null) {
    found.starts.push(w.index);
    found.words.push(w[0]);
    found.lower.push(w[0].toLowerCase());
  }
  return found;
}

/** The ASCII letter/digit runs of a text, memoised (shared with eachMatchAtWords). */
export function asciiWords(text: string): { starts: readonly number[]; lower: readonly string[] } {
  return WORDS.get(text, findAsciiWords);
}

/**
 * Matches of patterns that can only begin at the start of an ASCII word (a letter or digit not
 * preceded by one), tried only there: `pick(word, lower)` gets the word's ASCII letter/digit run
 * (and that run lower-cased) and returns the sticky regex to try at its start, or null. For large phrase tables this turns
 * per-character work into one look-up per word. The regex itself still decides (its own
 * look-behind included). Matches are visited in order and never overlap; `each` returns `false`
 * to stop, or a position after the match's start to resume from there instead of after the match.
 */
/**
 * Register words (any case; compared lower-cased) in the shared lead index, for eachMatchAtLeads.
 * Register once per set of leads: every registration is kept for the life of the process.
 */
export function registerLeads(leads: Iterable<string>): number {
  return LEAD_INDEX.register(new Set([...leads].map((l) => l.toLowerCase())), []);
}

/**
 * eachMatchAtWords over only the words whose lower-cased form was registered as lead `id`
 * (registerLeads): the shared lead index finds them for all registered patterns in one pass, so a
 * block's words are not read once per dispatcher. `pick` must return null for any other word.
 */
export function eachMatchAtLeads(text: string, id: number, pick: (word: string, lower: string) => RegExp | null, each: (m: RegExpExecArray) => void | boolean | number): void {
  const leading = LEAD_INDEX.wordsLeading(text, id);
  if (leading.length > 0) matchAtWords(text, leading, pick, each);
}

export function eachMatchAtWords(text: string, pick: (word: string, lower: string) => RegExp | null, each: (m: RegExpExecArray) => void | boolean | number): void {
  matchAtWords(text, null, pick, each);
}

/** The sticky regex `pick` gives for each word (of `indexes`, or all), tried where the word starts. */
function matchAtWords(text: string, indexes: readonly number[] | null, pick: (word: string, lower: string) => RegExp | null, each: (m: RegExpExecArray) => void | boolean | number): void {
  const { starts, words, lower } = WORDS.get(text, findAsciiWords);
  const n = indexes === null ? starts.length : indexes.length;
  let resume = 0;
  for (let k = 0; k < n; k++) {
    const i = indexes === null ? k : indexes[k];
    const at = starts[i];
    if (at < resume) continue;
    const sticky = pick(words[i], lower[i]);
    if (sticky === null) continue;
    if (!sticky.sticky || sticky.global) throw new TypeError(`eachMatchAtWords needs sticky, non-global regexes, got ${sticky}`);
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    const next = each(m);
    if (next === false) return;
    resume = typeof next === 'number' && next > at ? next : at + m[0].length;
  }
}

/**
 * A large alternation `prefix(?:(a1)|(a2)|…)suffix`, matched exactly as its global regex would
 * match it (same matches, same capture groups), but fast. Measured on the claim phrases of
 * unsupported-claim (56 alternatives, 20,683 source characters): the one regex took 3.8 ms per
 * 2,000-word post, two halves 0.6 ms together, 56 single regexes 3.0 ms (per-call overhead).
 * V8 does not optimize very large regexes (about 20 KB of source), so the alternatives are
 * grouped into parts below `maxSource` characters each; each part finds every position where it
 * matches, and the combined regex, made sticky, decides at the leftmost such position at or after
 * the end of the last match, as the global scan would.
 *
 * An alternative may name its leads: the ASCII words (lower-cased letter/digit runs, see
 * eachMatchAtWords) any of its matches can begin with. Such alternatives are not scanned at every
 * character: a small sticky regex per lead is tried only where a word with that lead starts. The
 * leads must be complete (test/unit/lead-words.test.ts checks them on every fixture), and a match
 * must begin at a letter or digit that no ASCII letter or digit precedes. One exception to
 * exactness is accepted: under the `iu` flags "ſ" (U+017F) matches "s" and "K" (U+212A) matches
 * "k", and a word spelt with them is not dispatched.
 */
export class SplitAlternation {
  private readonly combined: RegExp;
  private readonly parts: RegExp[];
  private readonly byLead = new Map<string, RegExp>();
  /** This alternation's id in the shared lead index (LEAD_INDEX), when it has leads. */
  private readonly leadId: number | undefined;
  private readonly finders: ((text: string) => number[])[];

  /**
   * `build(alternatives)` returns the global regex for a list of alternatives (prefix, suffix and
   * flags included). `leads[k]`, when given, lists the words alternative k's matches begin with.
   */
  /**
   * `finders[k]`, when given, returns more candidate starts for alternative k (where its match
   * can begin other than at a lead word, e.g. at a "#"); it must return every such start.
   */
  constructor(
    build: (alternatives: string[]) => RegExp,
    alternatives: readonly string[],
    maxSource = 12_000,
    leads: readonly (readonly string[] | undefined)[] = [],
    finders: readonly (((text: string) => number[]) | undefined)[] = [],
  ) {
    const all = build([...alternatives]);
    if (!all.global) throw new TypeError(`SplitAlternation needs global regexes, got ${all}`);
    this.combined = new RegExp(all.source, all.flags.replace('g', '') + 'y');
    const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');
    const withLead = new Map<string, string[]>();
    alternatives.forEach((a, k) => {
      for (const lead of leads[k] ?? []) {
        if (!/^[a-z0-9]+$/.test(lead)) throw new TypeError(`a lead is a lower-case ASCII letter/digit run, got "${lead}"`);
        withLead.set(lead, [...(withLead.get(lead) ?? []), a]);
      }
    });
    for (const [lead, list] of withLead) this.byLead.set(lead, sticky(build(list)));
    this.leadId = withLead.size > 0 ? LEAD_INDEX.register(new Set(withLead.keys()), []) : undefined;
    // Only the positions of the parts' matches are used, so their group numbers do not matter.
    this.parts = [];
    const base = build(['']).source.length;
    let group: string[] = [];
    let size = base;
    this.finders = finders.filter((f): f is (text: string) => number[] => f !== undefined);
    for (const [k, a] of alternatives.entries()) {
      if (leads[k] || finders[k]) continue;
      const own = build([a]).source.length - base + 3; // "|" and a group's parentheses
      if (group.length > 0 && size + own > maxSource) {
        this.parts.push(build(group));
        group = [];
        size = base;
      }
      group.push(a);
      size += own;
    }
    if (group.length > 0) this.parts.push(build(group));
  }

  /** How many regexes scan the text (for tests). */
  get partCount(): number {
    return this.parts.length;
  }

  /** How many leads dispatch alternatives (for tests). */
  get leadCount(): number {
    return this.byLead.size;
  }

  /**
   * Like eachMatch over the combined global regex: non-empty matches in order. `each` returns
   * `false` to stop, or a position after the match's start to resume from there (to let a shorter
   * match inside a rejected one be found) instead of after the match.
   */
  each(text: string, each: (m: RegExpExecArray) => void | boolean | number): void {
    const starts: number[] = [];
    if (this.leadId !== undefined) {
      const words = WORDS.get(text, findAsciiWords);
      for (const i of LEAD_INDEX.wordsLeading(text, this.leadId)) {
        const re = this.byLead.get(words.lower[i])!;
        re.lastIndex = words.starts[i];
        if (re.test(text)) starts.push(words.starts[i]);
      }
    }
    for (const find of this.finders) for (const at of find(text)) starts.push(at);
    for (const re of this.parts) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        starts.push(m.index);
        re.lastIndex = m.index + 1;
      }
    }
    if (starts.length === 0) return;
    starts.sort((a, b) => a - b);
    let pos = 0;
    let last = -1;
    for (const s of starts) {
      if (s < pos || s === last) continue;
      last = s;
      this.combined.lastIndex = s;
      const m = this.combined.exec(text);
      if (m === null || m[0].length === 0) continue;
      const next = each(m);
      if (next === false) return;
      pos = typeof next === 'number' && next > s ? next : s + m[0].length;
    }
  }
}

/**
 * A global regex whose every match begins with one of a few ASCII words (`leads`, lower-cased
 * letter/digit runs; see SplitAlternation for what that requires): matched as eachMatch would
 * match it, but tried only where a word with one of those leads starts. For long alternations that
 * begin with a look-behind, which V8 otherwise tries at every character.
 */
export class LeadRegExp {
  private readonly sticky: RegExp;
  private readonly leads: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  /** This regex's index in the shared lead index (LEAD_INDEX). */
  private readonly id: number;

  /** A lead ending in "*" is a prefix: "prescri*" leads "prescribe", "prescriptions" … */
  constructor(
    readonly regex: RegExp,
    readonly leadWords: readonly string[],
  ) {
    if (!regex.global) throw new TypeError(`LeadRegExp needs a global regex, got ${regex}`);
    for (const lead of leadWords) if (!/^[a-z0-9]+\*?$/.test(lead)) throw new TypeError(`a lead is a lower-case ASCII letter/digit run, got "${lead}"`);
    this.sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
    this.leads = new Set(leadWords.filter((l) => !l.endsWith('*')));
    this.prefixes = leadWords.filter((l) => l.endsWith('*')).map((l) => l.slice(0, -1));
    this.id = LEAD_INDEX.register(this.leads, this.prefixes);
  }

  /** Does a word with this lower-cased ASCII run lead a match? */
  leadsWith(lower: string): boolean {
    if (this.leads.has(lower)) return true;
    for (const p of this.prefixes) if (lower.startsWith(p)) return true;
    return false;
  }

  /** Non-empty matches in order, not overlapping; `each` returns `false` to stop. */
  each(text: string, each: (m: RegExpExecArray) => void | boolean): void {
    const leading = LEAD_INDEX.wordsLeading(text, this.id);
    if (leading.length === 0) return;
    const { starts } = WORDS.get(text, findAsciiWords);
    const sticky = this.sticky;
    let resume = 0;
    for (let i = 0; i < leading.length; i++) {
      const at = starts[leading[i]];
      if (at < resume) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) continue;
      if (each(m) === false) return;
      resume = at + m[0].length;
    }
  }
}

/**
 * Which of a text's words lead each LeadRegExp and SplitAlternation, found for all of them in one
 * pass over the text's words (memoised per text): a rule with a dozen lead-dispatched patterns
 * reads a block's words once, not once per pattern.
 */
class LeadIndex {
  private readonly byWord = new Map<string, number[]>();
  /** Prefix leads by their first character, so a word is compared only with those it can start with. */
  private readonly prefixes = new Map<string, [string, number][]>();
  private count = 0;
  private readonly memo = new TextMemo<(number[] | undefined)[]>(2048);

  register(leads: ReadonlySet<string>, prefixes: readonly string[]): number {
    const id = this.count++;
    for (const l of leads) {
      const ids = this.byWord.get(l);
      if (ids) ids.push(id);
      else this.byWord.set(l, [id]);
    }
    for (const p of prefixes) {
      const list = this.prefixes.get(p[0]);
      if (list) list.push([p, id]);
      else this.prefixes.set(p[0], [[p, id]]);
    }
    this.memo.clear();
    return id;
  }

  /** Indexes into the text's ASCII words (asciiWords), in order, of the words that lead `id`. */
  wordsLeading(text: string, id: number): readonly number[] {
    return this.memo.get(text, (t) => this.find(t))[id] ?? NO_WORDS;
  }

  private find(text: string): (number[] | undefined)[] {
    const out: (number[] | undefined)[] = new Array(this.count);
    const { starts, lower } = WORDS.get(text, findAsciiWords);
    for (let i = 0; i < starts.length; i++) {
      const w = lower[i];
      const ids = this.byWord.get(w);
      if (ids !== undefined) for (let k = 0; k < ids.length; k++) (out[ids[k]] ??= []).push(i);
      const prefixes = this.prefixes.get(w[0]);
      if (prefixes === undefined) continue;
      for (let k = 0; k < prefixes.length; k++) {
        const [p, id] = prefixes[k];
        // A word that is also a listed lead of the same regex is already counted.
        if (w.startsWith(p) && !(ids !== undefined && ids.includes(id))) (out[id] ??= []).push(i);
      }
    }
    return out;
  }
}

const NO_WORDS: readonly number[] = [];
const LEAD_INDEX = new LeadIndex();
