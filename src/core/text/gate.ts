// Cheap gates in front of costly regexes: "does this text contain any of these strings, in any
// case?" A gate only decides whether a pattern is worth running; the pattern still decides what
// matches. So a gate's strings must be a superset condition: every possible match of the pattern
// it guards contains at least one of them (lower-cased). Gates never change findings, only skip
// work.
//
// realtime-case ran its 11 patterns (look-behinds, long alternations) on every block that passed
// one shared prefilter, and almost every block did; with a gate per pattern only the patterns
// whose words occur run. The test is String.includes on the block's lower-cased text, made once
// per block and shared by every gate: measured inside full lints of the bench post, that beat one
// case-insensitive alternation per gate (realtime-case 1.2 against 2.1 ms, missing-disclosure 0.7
// against 1.0 ms), although a single alternation alone on the same text is faster. For a long
// list on its own a regex can still win (patient-mockery keeps its word alternation).

import { TextMemo } from './memo';

/** Lower-cased texts of the blocks being linted (see memo.ts). */
const LOWER = new TextMemo<string>(4096);
const toLower = (text: string): string => text.toLowerCase();

/** `text.toLowerCase()`, computed once per distinct text while it stays in the memo. */
export function lowerOf(text: string): string {
  return LOWER.get(text, toLower);
}

/**
 * Every gate string of every rule, found in one pass per block: an Aho–Corasick automaton over the
 * ASCII strings (a dense transition table over the characters the strings use; any other character
 * leads back to the root), run once on each block's lower-cased text and memoised with it. A gate
 * then asks only "was one of my strings seen?", one array read per string, where it used to scan
 * the whole block once per string (individual-advice alone asks about some 170 strings). Strings
 * with non-ASCII characters (quotes, emoji) keep String.includes. The answers are exactly those of
 * String.includes on the lower-cased text.
 */
class NeedleIndex {
  private readonly ids = new Map<string, number>();
  private readonly needles: string[] = [];
  /** Column of each ASCII character in the table (0: a character no string uses). */
  private readonly column = new Int32Array(128);
  private width = 1;
  private goto: Int32Array | null = null;
  /** Per state, the needle ids that end there (its own and its fail chain's), or null. */
  private out: (Int32Array | null)[] = [];
  private readonly seen = new TextMemo<Uint8Array>(4096);

  /** The id of an ASCII lower-case string (registering it; the automaton is rebuilt on next use). */
  id(needle: string): number {
    let k = this.ids.get(needle);
    if (k === undefined) {
      k = this.needles.length;
      this.needles.push(needle);
      this.ids.set(needle, k);
      for (let i = 0; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        if (this.column[c] === 0) this.column[c] = this.width++;
      }
      this.goto = null;
      this.seen.clear();
    }
    return k;
  }

  /** Which registered strings the lower-cased text contains (index = id). */
  present(lower: string): Uint8Array {
    if (this.goto === null) this.build();
    return this.seen.get(lower, (t) => this.scan(t));
  }

  private scan(text: string): Uint8Array {
    const found = new Uint8Array(this.needles.length);
    const goto = this.goto as Int32Array;
    const { out, column, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const col = c < 128 ? column[c] : 0;
      state = col === 0 ? 0 : goto[state * width + col];
      const o = out[state];
      if (o !== null) for (let k = 0; k < o.length; k++) found[o[k]] = 1;
    }
    return found;
  }

  private build(): void {
    const w = this.width;
    // Trie (-1: no edge yet).
    const next: number[][] = [new Array<number>(w).fill(-1)];
    const ends: number[][] = [[]];
    this.needles.forEach((n, id) => {
      let st = 0;
      for (let i = 0; i < n.length; i++) {
        const col = this.column[n.charCodeAt(i)];
        if (next[st][col] === -1) {
          next[st][col] = next.length;
          next.push(new Array<number>(w).fill(-1));
          ends.push([]);
        }
        st = next[st][col];
      }
      ends[st].push(id);
    });
    // Breadth-first fail links, completing the edges into a full table; column 0 always goes to the root.
    const fail = new Int32Array(next.length);
    const goto = new Int32Array(next.length * w);
    const order: number[] = [];
    for (let col = 1; col < w; col++) {
      const t = next[0][col];
      goto[col] = t === -1 ? 0 : t;
      if (t !== -1) order.push(t);
    }
    for (let h = 0; h < order.length; h++) {
      const st = order[h];
      ends[st].push(...ends[fail[st]]);
      for (let col = 1; col < w; col++) {
        const t = next[st][col];
        if (t === -1) goto[st * w + col] = goto[fail[st] * w + col];
        else {
          fail[t] = goto[fail[st] * w + col];
          goto[st * w + col] = t;
          order.push(t);
        }
      }
    }
    this.goto = goto;
    this.out = ends.map((e) => (e.length > 0 ? Int32Array.from(new Set(e)) : null));
  }
}

const NEEDLES = new NeedleIndex();
const ASCII = /^[\x00-\x7f]*$/;

/** A set of lower-case strings; `in(text)` is true when the text contains any of them, in any case. */
export class Gate {
  readonly needles: readonly string[];
  private readonly ascii: Int32Array;
  private readonly other: readonly string[];

  constructor(needles: readonly string[]) {
    if (needles.length === 0) throw new TypeError('A Gate needs at least one string');
    for (const n of needles) {
      if (n.length === 0 || n !== n.toLowerCase()) throw new TypeError(`Gate strings must be non-empty and lower case, got "${n}"`);
    }
    this.needles = needles;
    this.ascii = Int32Array.from(needles.filter((n) => ASCII.test(n)).map((n) => NEEDLES.id(n)));
    this.other = needles.filter((n) => !ASCII.test(n));
  }

  in(text: string): boolean {
    const lower = lowerOf(text);
    if (this.ascii.length > 0) {
      const seen = NEEDLES.present(lower);
      for (let k = 0; k < this.ascii.length; k++) if (seen[this.ascii[k]] === 1) return true;
    }
    for (const n of this.other) if (lower.includes(n)) return true;
    return false;
  }
}
