// Time spent inside each rule's check during full lints of the bench post (npm run bench:rules):
// the median over 61 cold full lints, per rule, and their sum. Steadier than the whole-lint bench
// on a busy machine, because the parse (whose own time varies most) is left out; use it to decide
// whether a change to a rule pays. It wraps the checks of the shipped bundle (dist/core.js).
import fs from 'node:fs';
import path from 'node:path';
import type * as Core from '../src/core/index';

const CORE = path.join(__dirname, '..', 'dist', 'core.js');
if (!fs.existsSync(CORE)) {
  console.error(`bench:rules: ${CORE} is missing; run "node esbuild.mjs" first (npm run bench:rules does).`);
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(CORE) as typeof Core;
const text = fs.readFileSync(path.join(__dirname, 'post-2000.md'), 'utf8');
const now = new Date('2026-03-02T12:00:00Z');

const spent = new Map<string, number>();
for (const rule of core.RULES) {
  const target = rule as unknown as { check?: (...args: unknown[]) => unknown };
  const check = target.check;
  if (typeof check !== 'function') continue;
  target.check = function (this: unknown, ...args: unknown[]): unknown {
    const start = performance.now();
    try {
      return check.apply(this, args);
    } finally {
      spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + performance.now() - start);
    }
  };
}

const WARM_UP = 20;
const RUNS = 61;
const samples = new Map<string, number[]>();
for (let i = 0; i < WARM_UP + RUNS; i++) {
  core.clearTextMemos();
  spent.clear();
  core.lint(text, { now });
  if (i < WARM_UP) continue;
  for (const rule of core.RULES) {
    const list = samples.get(rule.meta.id) ?? [];
    list.push(spent.get(rule.meta.id) ?? 0);
    samples.set(rule.meta.id, list);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = [...samples].map(([id, xs]) => [id, median(xs)] as const).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`Rule check time per cold full lint of bench/post-2000.md (median of ${RUNS}; dist/core.js, node ${process.version})`);
for (const [id, ms] of rows) if (ms >= 0.01) console.log(`${ms.toFixed(2).padStart(7)} ms  ${id}`);
console.log(`${total.toFixed(2).padStart(7)} ms  all rules (sum of medians)`);
