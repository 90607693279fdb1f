// Shared check that linting grows linearly with the text: 4× the text may take at most ~10× as
// long (quadratic work would take ~16×). A scaling check, not a speed target (those are in bench/).
import assert from 'node:assert/strict';
import { lint, type Rule } from '../../src/core/index';

export function assertLinear(unit: string, rules: readonly Rule[]): void {
  const timeFor = (n: number): number => {
    const text = unit.repeat(Math.ceil(n / unit.length));
    const start = performance.now();
    lint(text, { rules });
    return performance.now() - start;
  };
  timeFor(20_000); // warm-up
  const small = timeFor(50_000);
  const large = timeFor(200_000);
  assert.ok(large < small * 10 + 200, `${small.toFixed(0)} ms → ${large.toFixed(0)} ms`);
}
