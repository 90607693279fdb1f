// Evaluation report over our labelled corpus (test/fixtures/eval/*.md + *.labels.json): lints each
// passage in-process, matches findings to labels, prints precision/recall/F1 per category at two
// severity floors, and the warning-or-worse rate on clean passages. A report, not a test: exits 0.
//   npx tsx scripts/eval.ts [--json] [--corpus DIR] [--misses]
// --corpus picks another directory of the same shape (test/fixtures/eval-heldout is the held-out
// set: measure on it, never tune on it). --misses lists each missed label and each wrong finding at
// warning or worse.
//
// Matching: a label is found when a finding of the same category overlaps it; a finding is correct
// when it overlaps a label of its category. disclosure.missing is judged per document (the rule
// reports at the end of the post or at a trigger, and a reviewer flags the post): any finding of
// that category matches any label of it in the same passage.
import fs from 'node:fs';
import path from 'node:path';
import { lint, CATEGORIES, type Category, type Finding, type Severity } from '../src/core/index';

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (!v || v.startsWith('--')) {
    console.error(`eval: ${flag} needs a value`);
    process.exit(2);
  }
  return v;
}

const CORPUS = path.resolve(argValue('--corpus') ?? path.join(__dirname, '..', 'test', 'fixtures', 'eval'));
if (!fs.existsSync(CORPUS) || !fs.statSync(CORPUS).isDirectory()) {
  console.error(`eval: ${CORPUS}: no such directory`);
  process.exit(2);
}
const NOW = new Date('2026-11-24T12:00:00Z');
const RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };
const DOC_LEVEL: ReadonlySet<string> = new Set(['disclosure.missing']);

interface Span { start: number; end: number; category: Category }
interface Passage { name: string; text: string; gold: Span[]; findings: Finding[] }
interface Counts { gold: number; goldFound: number; pred: number; predRight: number }
interface Row { category: string; gold: number; pred: number; p: number | null; r: number | null; f1: number | null }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The corpus: every .md with its sidecar labels, linted with the default configuration. */
function load(): Passage[] {
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
      const gold = (JSON.parse(fs.readFileSync(path.join(CORPUS, f.replace(/\.md$/, '.labels.json')), 'utf8')) as { spans: Span[] }).spans;
      return { name: f.replace(/\.md$/, ''), text, gold, findings: lint(text, { now: NOW }).findings };
    });
}

function match(g: Span, f: Finding): boolean {
  if (g.category !== f.category) return false;
  return DOC_LEVEL.has(g.category) || overlaps(g, { start: f.range.start.offset, end: f.range.end.offset });
}

/** Per-category counts for findings at or above `floor`. */
function tally(passages: Passage[], floor: Severity): Map<string, Counts> {
  const by = new Map<string, Counts>();
  const get = (c: string): Counts => {
    let x = by.get(c);
    if (!x) by.set(c, (x = { gold: 0, goldFound: 0, pred: 0, predRight: 0 }));
    return x;
  };
  for (const p of passages) {
    const preds = p.findings.filter((f) => RANK[f.severity] >= RANK[floor]);
    for (const g of p.gold) {
      const c = get(g.category);
      c.gold++;
      if (preds.some((f) => match(g, f))) c.goldFound++;
    }
    for (const f of preds) {
      const c = get(f.category);
      c.pred++;
      if (p.gold.some((g) => match(g, f))) c.predRight++;
    }
  }
  return by;
}

function row(category: string, c: Counts): Row {
  const p = c.pred ? c.predRight / c.pred : null;
  const r = c.gold ? c.goldFound / c.gold : null;
  const f1 = p === null || r === null ? (r === 0 ? 0 : null) : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { category, gold: c.gold, pred: c.pred, p, r, f1 };
}

function table(passages: Passage[], floor: Severity): Row[] {
  const by = tally(passages, floor);
  const total: Counts = { gold: 0, goldFound: 0, pred: 0, predRight: 0 };
  const rows: Row[] = [];
  for (const cat of CATEGORIES) {
    const c = by.get(cat);
    if (!c) continue;
    rows.push(row(cat, c));
    total.gold += c.gold;
    total.goldFound += c.goldFound;
    total.pred += c.pred;
    total.predRight += c.predRight;
  }
  return [row('overall (micro)', total), ...rows];
}

/** Warning-or-worse findings per 1,000 words on passages with no labels. */
function cleanRate(passages: Passage[]): { passages: number; words: number; findings: number; per1000: number; byRule: Record<string, number> } {
  const clean = passages.filter((p) => p.gold.length === 0);
  let words = 0;
  let findings = 0;
  const byRule: Record<string, number> = {};
  for (const p of clean) {
    words += (p.text.match(/\S+/g) ?? []).length;
    for (const f of p.findings) {
      if (RANK[f.severity] < RANK.warning) continue;
      findings++;
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    }
  }
  return { passages: clean.length, words, findings, per1000: words ? (findings * 1000) / words : 0, byRule };
}

const pct = (x: number | null): string => (x === null ? '   —' : `${(x * 100).toFixed(0).padStart(3)}%`);

function print(rows: Row[], title: string): void {
  console.log(`\n${title}`);
  console.log(`${'category'.padEnd(26)} ${'gold'.padStart(4)} ${'pred'.padStart(4)}    P     R    F1`);
  for (const r of rows) console.log(`${r.category.padEnd(26)} ${String(r.gold).padStart(4)} ${String(r.pred).padStart(4)}  ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}`);
}

const passages = load();
const result = {
  passages: passages.length,
  labels: passages.reduce((n, p) => n + p.gold.length, 0),
  hint: table(passages, 'hint'),
  warning: table(passages, 'warning'),
  clean: cleanRate(passages),
};
/** Missed labels and wrong findings at warning or worse, one line each with the text they cover. */
function misses(passages: Passage[]): string[] {
  const lines: string[] = [];
  const quote = (text: string, a: number, b: number): string => JSON.stringify(text.slice(a, b).replace(/\s+/g, ' ').slice(0, 90));
  for (const p of passages) {
    const preds = p.findings.filter((f) => RANK[f.severity] >= RANK.warning);
    for (const g of p.gold) if (!preds.some((f) => match(g, f))) lines.push(`miss  ${p.name} ${g.category} ${quote(p.text, g.start, g.end)}`);
    for (const f of preds) if (!p.gold.some((g) => match(g, f))) lines.push(`extra ${p.name} ${f.category} ${f.ruleId} ${quote(p.text, f.range.start.offset, f.range.end.offset)}`);
  }
  return lines;
}

if (process.argv.includes('--misses')) {
  for (const line of misses(passages)) console.log(line);
} else if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`Clearpost eval: ${path.relative(process.cwd(), CORPUS) || '.'}: ${result.passages} passages, ${result.labels} labels (now = ${NOW.toISOString().slice(0, 10)})`);
  print(result.hint, 'All findings (min severity hint)');
  print(result.warning, 'Warning or worse');
  const c = result.clean;
  const rules = Object.entries(c.byRule).map(([id, n]) => `${id} ×${n}`).join(', ');
  console.log(`\nClean passages: ${c.passages}, ${c.words} words, ${c.findings} warning-or-worse findings = ${c.per1000.toFixed(2)} per 1,000 words (target ≤ 0.5)${rules ? `: ${rules}` : ''}`);
}
process.exitCode = 0;
