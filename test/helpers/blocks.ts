// Run one block rule on a plain paragraph, outside the engine: unit tests of a rule's own logic.
import type { ProseBlock } from '../../src/core/model';
import type { BlockReport, BlockRule } from '../../src/core/rule';

/** A paragraph whose prose offsets are its source offsets. */
export function proseBlock(text: string): ProseBlock {
  const n = text.length;
  return { kind: 'paragraph', text, starts: Int32Array.from({ length: n }, (_, i) => i), ends: Int32Array.from({ length: n }, (_, i) => i + 1) };
}

/** The rule's reports on `text` as one paragraph, with default options and no front matter. */
export function checkBlock(rule: BlockRule, text: string): BlockReport[] {
  const out: BlockReport[] = [];
  rule.check(proseBlock(text), { options: {}, frontMatter: {}, referenceDate: new Date(0) }, (r) => out.push(r));
  return out;
}
