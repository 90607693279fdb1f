// Content-keyed memos shared by the rules within a lint, and across the re-lints of an editing
// session: several rules ask for the dates, ages, lower-cased text or words of the same block,
// and a block the user did not touch has the same text in the next lint. Each memo is bounded
// (cleared when full), and clearTextMemos() empties them all: the benchmark calls it before each
// full lint so that a "full lint" is measured from scratch, not from the previous iteration's
// memos.

const ALL: TextMemo<unknown>[] = [];

export class TextMemo<T> {
  private readonly map = new Map<string, T>();
  private context: unknown;

  constructor(private readonly max: number) {
    ALL.push(this as TextMemo<unknown>);
  }

  /**
   * The value memoised for `text`, computing it on a miss. `context` is what else the value
   * depends on (a reference day, say): a new context empties the memo first.
   */
  get(text: string, compute: (text: string) => T, context?: unknown): T {
    if (context !== this.context) {
      this.map.clear();
      this.context = context;
    }
    let value = this.map.get(text);
    if (value === undefined) {
      value = compute(text);
      if (this.map.size >= this.max) this.map.clear();
      this.map.set(text, value);
    }
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/** Empty every text memo (for benchmarks and tests that must start cold). */
export function clearTextMemos(): void {
  for (const memo of ALL) memo.clear();
}
