// Clearpost benchmark (`npx tsx bench/bench.ts [--json]`, later `npm run bench`): medians and ratios,
// never assertions (design.md §5). Each document size is measured in a fresh child process so that
// its peak memory is its own and not the high-water mark of a larger size measured earlier.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type * as Core from '../src/core/index';

// Measure the code that ships: dist/core.js, bundled by esbuild as the CLI and the extension are
// (npm run bench builds it first). Loading src/ through tsx instead adds esbuild's keep-names
// wrapper to every closure it creates, a cost the shipped bundle does not have.
const CORE = path.join(__dirname, '..', 'dist', 'core.js');
if (!fs.existsSync(CORE)) {
  console.error(`bench: ${CORE} is missing; run "node esbuild.mjs" first (npm run bench does).`);
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint, LintSession, clearTextMemos } = require(CORE) as typeof Core;

/** Nominal sizes in words: the post itself, and its body repeated 10 and 100 times. */
const SIZES = [2000, 20000, 200000] as const;
const REPEATS: Record<number, number> = { 2000: 1, 20000: 10, 200000: 100 };
const POST = path.join(__dirname, 'post-2000.md');

const TARGETS = {
  fullToParseRatioMax: 2,
  relintMsMaxAt2000: 2,
};

/** Time budget (ms) and iteration bounds per measured series; medians need odd counts. */
const SERIES = {
  full: { budgetMs: 8000, min: 7, max: 61 },
  parse: { budgetMs: 6000, min: 7, max: 61 },
  relint: { budgetMs: 3000, min: 21, max: 401 },
};

interface SizeResult {
  words: number;
  chars: number;
  iterations: { full: number; parse: number; relint: number };
  fullLintMs: number;
  fullLintMinMs: number;
  bareParseMs: number;
  bareParseMinMs: number;
  fullToParseRatio: number;
  relintMs: number;
  relintMaxMs: number;
  relintIncremental: number;
  relintIncrementalShare: number;
  fullLintCharsPerSec: number;
  fullLintMsPer1kWords: number;
  rssBaselineBytes: number;
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  process: 'fresh child';
  targets: { fullToParseRatioMax: number; relintMsMax: number | null };
}

/** The document of a nominal size: one front matter, the body repeated. */
function buildDocument(post: string, size: number): string {
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(post);
  const head = fm ? fm[0] : '';
  const body = post.slice(head.length);
  return head + Array.from({ length: REPEATS[size] }, () => body).join('\n');
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Iterations that fit the budget given one warm run's duration, odd, within bounds. */
function iterationsFor(series: { budgetMs: number; min: number; max: number }, estimateMs: number): number {
  let n = Math.round(series.budgetMs / Math.max(estimateMs, 0.05));
  n = Math.max(series.min, Math.min(series.max, n));
  return n % 2 ? n : n + 1;
}

/** Peak memory observed in this process: sampled heapUsed/rss plus the kernel's maxRSS. */
class MemoryWatch {
  peakHeapUsed = 0;
  peakRss = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.peakHeapUsed) this.peakHeapUsed = m.heapUsed;
    if (m.rss > this.peakRss) this.peakRss = m.rss;
  }
  /** maxRSS is a true high-water mark (KiB on Linux); heapUsed can only be sampled. */
  peakRssBytes(): number {
    return Math.max(this.peakRss, process.resourceUsage().maxRSS * 1024);
  }
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** A one-character edit spot: mid-word, near the middle of a long paragraph near the document's middle. */
function editOffset(text: string, tree: Root): number {
  let best: { start: number; end: number } | null = null;
  let bestDistance = Infinity;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (end - start < 200) continue;
    const distance = Math.abs((start + end) / 2 - text.length / 2);
    if (distance < bestDistance) {
      best = { start, end };
      bestDistance = distance;
    }
  }
  if (!best) throw new Error('no long paragraph to edit');
  const isLetter = (i: number): boolean => /[a-z]/i.test(text[i] ?? '');
  for (let i = (best.start + best.end) >> 1; i < best.end; i++) {
    if (isLetter(i - 1) && isLetter(i) && isLetter(i + 1)) return i;
  }
  throw new Error('no mid-word position in the chosen paragraph');
}

/** Measure one size; runs inside a child process. */
function measure(size: number): SizeResult {
  const mem = new MemoryWatch();
  const rssBaseline = process.memoryUsage().rss;
  const post = fs.readFileSync(POST, 'utf8');
  const text = buildDocument(post, size);
  const words = countWords(text);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
  const parse = (t: string): Root => processor.parse(t) as Root;
  const now = new Date('2026-03-02T12:00:00Z');

  // Warm up the JIT on the small post, then once on this document.
  for (let i = 0; i < 5; i++) {
    lint(post, { now });
    parse(post);
  }
  let t0 = performance.now();
  lint(text, { now });
  const fullEstimate = performance.now() - t0;
  t0 = performance.now();
  const tree = parse(text);
  const parseEstimate = performance.now() - t0;
  mem.sample();

  // Full lint and bare parse, interleaved per pair so that drift affects both alike.
  const nFull = iterationsFor(SERIES.full, fullEstimate);
  const nParse = iterationsFor(SERIES.parse, parseEstimate);
  const full: number[] = [];
  const bare: number[] = [];
  collectGarbage();
  for (let i = 0; i < Math.max(nFull, nParse); i++) {
    if (i < nFull) {
      // A full lint starts cold: the text memos (dates, ages, words of each block) filled by the
      // previous iteration would otherwise turn every later "full" lint into a warm re-lint.
      clearTextMemos();
      const s = performance.now();
      const r = lint(text, { now });
      full.push(performance.now() - s);
      mem.sample();
      if (r.findings.length < 0) throw new Error('unreachable');
    }
    if (i < nParse) {
      const s = performance.now();
      parse(text);
      bare.push(performance.now() - s);
      mem.sample();
    }
  }

  // Re-lint after real one-letter edits: insert, then remove, so each lint sees a changed text.
  const at = editOffset(text, tree);
  const edited = text.slice(0, at) + 'e' + text.slice(at);
  const session = new LintSession({ now });
  session.lint(text);
  for (let i = 0; i < 6; i++) session.lint(i % 2 ? text : edited);
  t0 = performance.now();
  session.lint(edited);
  const relintEstimate = performance.now() - t0;
  session.lint(text);
  const nRelint = iterationsFor(SERIES.relint, relintEstimate);
  const relint: number[] = [];
  let incremental = 0;
  collectGarbage();
  for (let i = 0; i < nRelint; i++) {
    const next = i % 2 === 0 ? edited : text;
    const s = performance.now();
    session.lint(next);
    relint.push(performance.now() - s);
    if (session.lastMode === 'incremental') incremental++;
    if (i % 16 === 0) mem.sample();
  }
  mem.sample();

  const fullMs = median(full);
  const parseMs = median(bare);
  return {
    words,
    chars: text.length,
    iterations: { full: nFull, parse: nParse, relint: nRelint },
    fullLintMs: fullMs,
    fullLintMinMs: Math.min(...full),
    bareParseMs: parseMs,
    bareParseMinMs: Math.min(...bare),
    fullToParseRatio: fullMs / parseMs,
    relintMs: median(relint),
    relintMaxMs: Math.max(...relint),
    relintIncremental: incremental,
    relintIncrementalShare: incremental / nRelint,
    fullLintCharsPerSec: text.length / (fullMs / 1000),
    fullLintMsPer1kWords: fullMs / (words / 1000),
    rssBaselineBytes: rssBaseline,
    peakRssBytes: mem.peakRssBytes(),
    peakHeapUsedBytes: mem.peakHeapUsed,
    process: 'fresh child',
    targets: { fullToParseRatioMax: TARGETS.fullToParseRatioMax, relintMsMax: size === 2000 ? TARGETS.relintMsMaxAt2000 : null },
  };
}

/** Run one size in a fresh Node process (same loader flags, plus --expose-gc). */
function runChild(size: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', String(size)], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: SizeResult | null = null;
    child.on('message', (m) => {
      result = m as SizeResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else reject(new Error(`benchmark child for ${size} words exited with code ${code}`));
    });
  });
}

const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const fmtMB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function renderTable(results: Record<string, SizeResult>): string {
  const keys = SIZES.map(String);
  const r = (k: string): SizeResult => results[k];
  const sizesWhere = (pred: (x: SizeResult, k: string) => boolean): string[] => keys.filter((k) => pred(r(k), k)).map((k) => fmtInt(Number(k)));
  const ratioMissed = sizesWhere((x) => x.fullToParseRatio > TARGETS.fullToParseRatioMax);
  const relintMet = r('2000').relintMs <= TARGETS.relintMsMaxAt2000;
  const base = r('2000').fullLintMsPer1kWords;
  const rows: [string, string[], string][] = [
    ['words / characters', keys.map((k) => `${fmtInt(r(k).words)} / ${fmtInt(r(k).chars)}`), ''],
    ['full lint, median', keys.map((k) => `${fmtMs(r(k).fullLintMs)} ms`), ''],
    ['bare parse, median', keys.map((k) => `${fmtMs(r(k).bareParseMs)} ms`), ''],
    [
      'full lint / bare parse',
      keys.map((k) => `${r(k).fullToParseRatio.toFixed(2)}×`),
      `≤ ${TARGETS.fullToParseRatioMax.toFixed(2)}× (${ratioMissed.length ? `missed at ${ratioMissed.join(', ')}` : 'met'})`,
    ],
    [
      're-lint after 1-char edit, median',
      keys.map((k) => `${fmtMs(r(k).relintMs)} ms`),
      `≤ ${TARGETS.relintMsMaxAt2000} ms at 2,000 words (${relintMet ? 'met' : 'missed'})`,
    ],
    ['re-lint, slowest', keys.map((k) => `${fmtMs(r(k).relintMaxMs)} ms`), ''],
    [
      'incremental re-lints',
      keys.map((k) => `${(r(k).relintIncrementalShare * 100).toFixed(0)}% (${r(k).relintIncremental}/${r(k).iterations.relint})`),
      '100%',
    ],
    ['full lint throughput', keys.map((k) => `${fmtInt(r(k).fullLintCharsPerSec)} ch/s`), ''],
    [
      'full lint per 1,000 words',
      keys.map((k) => `${fmtMs(r(k).fullLintMsPer1kWords)} ms (×${(r(k).fullLintMsPer1kWords / base).toFixed(2)})`),
      'flat: linear growth (×1.00)',
    ],
    ['RSS after loading (baseline)', keys.map((k) => fmtMB(r(k).rssBaselineBytes)), ''],
    ['peak RSS', keys.map((k) => fmtMB(r(k).peakRssBytes)), ''],
    ['peak heapUsed (sampled)', keys.map((k) => fmtMB(r(k).peakHeapUsedBytes)), ''],
    ['iterations full/parse/re-lint', keys.map((k) => `${r(k).iterations.full}/${r(k).iterations.parse}/${r(k).iterations.relint}`), ''],
  ];
  const header = ['', ...keys.map((k) => `${fmtInt(Number(k))} words`), 'target'];
  const table = [header, ...rows.map(([label, cells, target]) => [label, ...cells, target])];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row: string[]): string =>
    row.map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ').trimEnd();
  return [
    `Clearpost benchmark: node ${process.version}, ${os.cpus().length} CPUs; each size measured in a fresh child process.`,
    'Full lint = lint() from dist/core.js (the shipped bundle); bare parse = unified + remark-parse + remark-gfm +',
    'remark-frontmatter; re-lint = LintSession after alternately inserting/removing one letter mid-word in a paragraph',
    'near the middle. Peak RSS is the kernel high-water mark (maxRSS) of that child; heapUsed is sampled after every',
    'measured operation.',
    '',
    line(table[0]),
    line(table[0].map((_, c) => '-'.repeat(widths[c]))),
    ...table.slice(1).map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt !== -1) {
    const result = measure(Number(args[childAt + 1]));
    // Disconnect once the result is flushed; the child then exits on its own with code 0.
    process.send?.(result, undefined, {}, () => process.disconnect());
    return;
  }
  const json = args.includes('--json');
  const results: Record<string, SizeResult> = {};
  for (const size of SIZES) {
    if (!json) process.stderr.write(`measuring ${fmtInt(size)} words…\n`);
    results[String(size)] = await runChild(size);
  }
  process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : `${renderTable(results)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
