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

/** A set of lower-case strings; `in(text)` is true when the text contains any of them, in any case. */
export class Gate {
  readonly needles: readonly string[];

  constructor(needles: readonly string[]) {
    if (needles.length === 0) throw new TypeError('A Gate needs at least one string');
    for (const n of needles) {
      if (n.length === 0 || n !== n.toLowerCase()) throw new TypeError(`Gate strings must be non-empty and lower case, got "${n}"`);
    }
    this.needles = needles;
  }

  in(text: string): boolean {
    const lower = lowerOf(text);
    for (const n of this.needles) if (lower.includes(n)) return true;
    return false;
  }
}
