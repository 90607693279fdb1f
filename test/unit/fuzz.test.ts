// Deterministic fuzzing of lint(): thousands of random and adversarial documents must lint without
// throwing, every finding must honour the contract (design.md §2) with offsets inside the text, and
// the preferred fixes must apply. Trigger words come from the rule fixtures (not-ok*.md), so every
// new rule is fuzzed without new test code. A complexity guard catches quadratic or backtracking
// blow-ups: it is not a speed target. Set CLEARPOST_FUZZ_SEED to explore other seeds.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, applyFixes, parseConfig, type Finding, type LintOptions, type LintResult } from '../../src/core/index';
import { assertFindingContract } from '../helpers/contract';
import { FIXTURE_NOW, listFixtureDirs, readFixture } from '../helpers/fixtures';
import { Rand } from '../helpers/random';

const BASE_SEED = Number(process.env.CLEARPOST_FUZZ_SEED ?? 20261124) >>> 0;


// ---------------------------------------------------------------------------------------------
// Trigger words: exact flagged spans from not-ok*.expected.txt, and word windows of not-ok*.md.

interface Triggers {
  spans: string[];
  windows: string[];
}

/** Offset of 1-based line:column (UTF-16 columns, any line break), as in the contract. */
function offsetOf(text: string, line: number, column: number): number {
  const re = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const m = re.exec(text);
    if (!m) return -1;
    lineStart = m.index + m[0].length;
  }
  return lineStart + column - 1;
}

function loadTriggers(): Triggers {
  const spans = new Set<string>();
  const windows = new Set<string>();
  for (const fx of listFixtureDirs()) {
    for (const name of fx.notOk) {
      const text = readFixture(path.join(fx.dir, name));
      const expected = path.join(fx.dir, name.replace(/\.md$/, '.expected.txt'));
      if (fs.existsSync(expected)) {
        for (const m of readFixture(expected).matchAll(/^(\d+):(\d+)-(\d+):(\d+) /gm)) {
          const s = offsetOf(text, Number(m[1]), Number(m[2]));
          const e = offsetOf(text, Number(m[3]), Number(m[4]));
          if (s >= 0 && e > s && e - s <= 300) spans.add(text.slice(s, e));
        }
      }
      for (const line of text.split(/\r\n|\r|\n/)) {
        const words = line.split(/\s+/).filter(Boolean);
        for (let i = 0; i < words.length; i++) {
          for (let n = 1; n <= 6 && i + n <= words.length; n++) windows.add(words.slice(i, i + n).join(' '));
        }
      }
    }
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { spans: sorted(spans), windows: sorted(windows) };
}

const TRIGGERS = loadTriggers();

function trigger(r: Rand): string {
  if (TRIGGERS.spans.length > 0 && r.chance(0.6)) return r.pick(TRIGGERS.spans);
  if (TRIGGERS.windows.length > 0) return r.pick(TRIGGERS.windows);
  return 'r.lindqvist@example.com';
}

// ---------------------------------------------------------------------------------------------
// Random Markdown.

const WORDS = (
  'the patient a of and was in with her his to clinic blood pressure we visit on after year old ' +
  'nurse doctor fever cough chest pain week home call story mother daughter ward scan dose'
).split(' ');

const ODD = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\uDBFF\uD800', // two highs
  '😀',
  '👩🏽‍⚕️',
  '🇺🇸',
  '\u0000',
  '\t',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\uFFFC', // the prose placeholder itself
  '\uFFFD',
  'e\u0301',
  'ß',
  'İ',
  '\u00A0',
  '\u2028',
  '\u000B',
  '\u000C',
  '\r',
  '\r\n',
];

const DIRECTIVES = [
  '<!-- clearpost-disable-next-line email-address -->',
  '<!-- clearpost-disable-line -->',
  '<!-- clearpost-disable phi.contact -->',
  '<!-- clearpost-enable phi.contact -->',
  '<!-- clearpost-disable -->',
  '<!-- clearpost-enable -->',
  '<!-- clearpost-disable all -- reason -->',
  '<!-- clearpost-disable-next-line -- -->',
  '<!-- clearpost-disable-next-line ,,, , -->',
  '<!-- clearpost-disable-next-line exact-age, phi.age -- signed consent -->',
  '<!-- clearpost-disabel -->',
  '<!-- clearpost- -->',
  '<!--clearpost-disable-line-->',
  '<!-- CLEARPOST-DISABLE -->',
  '<!-- clearpost-disable no-such-rule -->',
  '<!-- clearpost-disable <!-- clearpost-enable -->',
  '<!-- clearpost-disable-line',
  '<!-- -- clearpost-disable -- -->',
];

function punctRun(r: Rand): string {
  const ch = r.pick([...'.-_*=+#|!?,;:~`<>[]()\\&@/']);
  return ch.repeat(r.range(1, 60));
}

function digits(r: Rand): string {
  switch (r.int(6)) {
    case 0:
      return String(r.range(0, 120));
    case 1:
      return `(${r.range(200, 999)}) ${r.range(200, 999)}-${String(r.range(0, 9999)).padStart(4, '0')}`;
    case 2:
      return `+1 ${r.range(200, 999)}.${r.range(200, 999)}.${r.range(1000, 9999)}`;
    case 3:
      return `${r.range(1, 12)}/${r.range(1, 31)}/${r.range(1900, 2030)}`;
    case 4:
      return `${r.range(1, 110)}-year-old`;
    default:
      return Array.from({ length: r.range(1, 40) }, () => r.int(10)).join('');
  }
}

function inline(r: Rand, depth = 0): string {
  const n = r.range(1, depth > 0 ? 4 : 18);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = r.int(100);
    const inner = (): string => (depth < 3 ? inline(r, depth + 1) : r.pick(WORDS));
    if (k < 40) parts.push(r.pick(WORDS));
    else if (k < 55) parts.push(trigger(r));
    else if (k < 61) {
      const m = r.pick(['*', '**', '_', '__', '~~', '***', '~']);
      parts.push(r.chance(0.85) ? `${m}${inner()}${m}` : `${m}${inner()}`);
    } else if (k < 64) parts.push(r.pick(['`', '``']) + r.pick([trigger(r), '|', '` x `', DIRECTIVES[0]]) + r.pick(['`', '``', '']));
    else if (k < 68) {
      const url = r.pick(['https://example.org/a', `mailto:${trigger(r)}`, '<https://x.y/a b>', '', '#frag', 'javascript:x']);
      const title = r.chance(0.4) ? ` "${trigger(r).replace(/"/g, '')}"` : '';
      parts.push(`[${inner()}](${url}${title})`);
    } else if (k < 70) parts.push(`![${r.chance(0.5) ? trigger(r) : inner()}](/img/${r.pick(WORDS)}.jpg${r.chance(0.5) ? ` "${trigger(r).replace(/"/g, '')}"` : ''})`);
    else if (k < 72) parts.push(r.pick([`<https://example.org/${r.pick(WORDS)}>`, `<${trigger(r)}>`, 'www.example.com/x', 'https://example.org/p?q=1']));
    else if (k < 75) parts.push(r.pick(['<span>', '</span>', '<br>', '<!-- note -->', '<b>x</b>', '<a href="mailto:x@example.com">', ...DIRECTIVES]));
    else if (k < 77) parts.push(r.pick(['\\*', '\\_', '\\[', '\\\\', '\\`', '\\<', '\\@', '\\|']));
    else if (k < 79) parts.push(r.pick(['&amp;', '&#64;', '&#x40;', '&copy;', '&bogus;', '&#0;', '&#xD800;', '&#1114112;']));
    else if (k < 81) parts.push(r.pick(['[^1]', '[^note]', '[text][ref]', '[ref]', '[ref][]', '[^]']));
    else if (k < 86) parts.push(r.pick(ODD));
    else if (k < 92) parts.push(digits(r));
    else if (k < 95) parts.push(punctRun(r));
    else parts.push(r.pick(['  \n', '\\\n', '\n']) + r.pick(WORDS));
  }
  return parts.join(r.chance(0.9) ? ' ' : '');
}

function indent(block: string, prefix: string, first = prefix): string {
  return block
    .split('\n')
    .map((line, i) => (i === 0 ? first : prefix) + line)
    .join('\n');
}

function table(r: Rand): string {
  const cols = r.range(1, 4);
  const row = (): string => '| ' + Array.from({ length: cols + (r.chance(0.1) ? 1 : 0) }, () => (r.chance(0.3) ? trigger(r) : inline(r, 2)).replace(/\n/g, ' ')).join(' | ') + (r.chance(0.8) ? ' |' : '');
  const delim = '|' + Array.from({ length: cols }, () => r.pick(['---', ':--', '--:', ':-:', '-'])).join('|') + '|';
  const rows = Array.from({ length: r.range(0, 4) }, row);
  return [row(), delim, ...rows].join('\n');
}

function frontMatter(r: Rand): string {
  const t = (): string => trigger(r).replace(/\n/g, ' ');
  switch (r.int(12)) {
    case 0:
      return `---\ntitle: "${t().replace(/"/g, '')}"\ndescription: ${JSON.stringify(t())}\ntags: [${r.pick(WORDS)}, ${t().replace(/[,[\]]/g, '')}]\ndate: 2026-03-01\n---\n`;
    case 1:
      return `---\ntitle: "unclosed ${t()}\ntags: [a, b\n---\n`;
    case 2:
      return `---\n- ${t()}\n- b\n---\n`;
    case 3:
      return `---\ntitle: ${t()}\ntitle: again\n---\n`;
    case 4:
      return `---\ntitle: >\n  ${t()}\n\tbad: tab\n---\n`;
    case 5:
      return `---\ntitle: ${t()}\n`; // never closed
    case 6:
      return '---\n---\n';
    case 7:
      return `---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: ${t()}\n---\n`;
    case 8:
      return `---\ndate: ${r.pick(['yesterday', '2026-13-45', '', '~', '[1, 2]', '0'])}\npublish_at: ${r.pick(['2026-02-30', 'soon', '1e9'])}\ntags:\n  - ${t()}\n  - {nested: map}\n---\n`;
    case 9:
      return `---\ntitle: ${DIRECTIVES[r.int(DIRECTIVES.length)]} ${t()}\n---\n`;
    case 10:
      return `--- \n: :\n? ? ?\n---\n`;
    default:
      return `---\ntitle: '${t().replace(/'/g, "''")}'\nexcerpt: |\n  ${t()}\n  ${t()}\n---\n`;
  }
}

function block(r: Rand, depth: number): string {
  const k = r.int(depth > 3 ? 8 : 20);
  switch (k) {
    case 0:
    case 1:
    case 2:
    case 3:
      return [inline(r), ...(r.chance(0.3) ? [inline(r)] : [])].join('\n');
    case 4:
      return '#'.repeat(r.range(1, 7)) + r.pick([' ', '', '\t']) + inline(r).replace(/\n/g, ' ') + (r.chance(0.2) ? ' ##' : '');
    case 5:
      return inline(r).replace(/\n/g, ' ') + '\n' + r.pick(['=', '-']).repeat(r.range(1, 6));
    case 6:
      return r.pick(['---', '***', '___', ' - - -', '* * *']);
    case 7:
      return r.pick(DIRECTIVES) + (r.chance(0.5) ? '\n' + inline(r) : '');
    case 8:
    case 9:
      return table(r);
    case 10:
    case 11: {
      const marker = r.pick(['-', '*', '+', '1.', '2)', '10.', '999999999.']);
      const items = Array.from({ length: r.range(1, 4) }, () => {
        const body = r.chance(0.35) ? blocks(r, depth + 1, 2) : inline(r);
        return indent(body, ' '.repeat(marker.length + 1), marker + ' ');
      });
      return items.join(r.chance(0.7) ? '\n' : '\n\n');
    }
    case 12:
    case 13:
      return indent(blocks(r, depth + 1, 3), r.pick(['> ', '>']));
    case 14: {
      const fence = r.pick(['```', '~~~', '````']);
      return `${fence}${r.pick(['', 'md', 'js {x}'])}\n${inline(r)}\n${trigger(r)}${r.chance(0.6) ? '\n' + fence : ''}`;
    }
    case 15:
      return '    ' + trigger(r) + '\n    ' + inline(r).replace(/\n/g, ' ');
    case 16:
      return r.pick([
        `<div>\n${inline(r)}\n</div>`,
        `<!--\n${inline(r)}\n${r.chance(0.5) ? '-->' : ''}`,
        `<details><summary>${trigger(r)}</summary>\n\n${inline(r)}\n\n</details>`,
        `<script>${trigger(r)}</script>`,
      ]);
    case 17:
      return `[ref]: https://example.org/${r.pick(WORDS)} "${trigger(r).replace(/"/g, '')}"`;
    case 18:
      return `[^${r.pick(['1', 'note'])}]: ${inline(r)}`;
    default:
      return trigger(r);
  }
}

function blocks(r: Rand, depth: number, max: number): string {
  const n = r.range(1, max);
  return Array.from({ length: n }, () => block(r, depth)).join(r.pick(['\n\n', '\n\n', '\n', '\n\n\n']));
}

/** Line endings of a generated document: LF, CRLF, lone CR or a mix. */
function withNewlines(r: Rand, text: string): string {
  const style = r.int(6);
  if (style <= 2) return text;
  if (style === 3) return text.replace(/\r?\n/g, '\r\n');
  if (style === 4) return text.replace(/\r?\n/g, '\r');
  return text.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r']));
}

function randomMarkdown(r: Rand): string {
  const fm = r.chance(0.4) ? frontMatter(r) : '';
  const body = blocks(r, 0, 12);
  return withNewlines(r, (r.chance(0.05) ? '\uFEFF' : '') + fm + (r.chance(0.5) ? '\n' : '') + body + (r.chance(0.7) ? '\n' : ''));
}

const SOUP = [...'#*_-+=>|[]()!<`~\\:&;@./"\' \t\n\n\n\r0123456789abcxyzABC', ...ODD, '<!--', '-->', '```', '---', 'clearpost-', '|---|', '@example.com'];

function soup(r: Rand): string {
  let s = '';
  const n = r.range(0, 600);
  for (let i = 0; i < n; i++) s += r.chance(0.08) ? trigger(r) : r.pick(SOUP);
  return s;
}

/** A fixture or the bench post with random splices, deletions and duplications. */
function mutate(r: Rand, text: string): string {
  let t = text;
  const n = r.range(1, 12);
  for (let i = 0; i < n; i++) {
    const at = r.int(t.length + 1);
    switch (r.int(6)) {
      case 0:
        t = t.slice(0, at) + r.pick(SOUP) + t.slice(at);
        break;
      case 1:
        t = t.slice(0, at) + trigger(r) + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at) + t.slice(Math.min(t.length, at + r.range(1, 40)));
        break;
      case 3: {
        const len = r.range(1, 80);
        t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
        break;
      }
      case 4:
        t = t.slice(0, at) + r.pick(DIRECTIVES) + r.pick(['', '\n']) + t.slice(at);
        break;
      default:
        t = t.slice(0, at) + r.pick(ODD) + t.slice(at);
    }
  }
  return r.chance(0.2) ? withNewlines(r, t) : t;
}

// ---------------------------------------------------------------------------------------------
// Checks.

/** Line/column of an offset exactly as the contract computes it, without slicing per point. */
class LineIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(text: string) {
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }
  point(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    let breaks = lo;
    let lastEnd = breaks > 0 ? this.ends[breaks - 1] : 0;
    // An offset between the CR and LF of a CRLF: the text before it ends with a lone CR.
    if (breaks < this.starts.length && this.starts[breaks] < offset) {
      breaks++;
      lastEnd = offset;
    }
    return { line: breaks + 1, column: offset - lastEnd + 1 };
  }
}

const stats = { documents: 0, characters: 0, findings: 0, suppressed: 0, fixesApplied: 0, started: 0 };

function preview(text: string): string {
  return `${text.length} chars: ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`;
}

function checkPoint(p: { line: number; column: number; offset: number }, text: string, index: LineIndex, what: string): void {
  assert.ok(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length, `${what}.offset ${p.offset} lies within the text`);
  const expected = index.point(p.offset);
  assert.equal(p.line, expected.line, `${what}.line agrees with offset ${p.offset}`);
  assert.equal(p.column, expected.column, `${what}.column agrees with offset ${p.offset}`);
}

function checkFinding(f: Finding, text: string, index: LineIndex, fullContract: boolean): void {
  checkPoint(f.range.start, text, index, `${f.ruleId} range.start`);
  checkPoint(f.range.end, text, index, `${f.ruleId} range.end`);
  assert.ok(f.range.start.offset <= f.range.end.offset, `${f.ruleId} range is ordered`);
  for (const rel of f.related) {
    checkPoint(rel.range.start, text, index, `${f.ruleId} related.start`);
    checkPoint(rel.range.end, text, index, `${f.ruleId} related.end`);
  }
  for (const fix of f.fixes) {
    for (const e of fix.edits) assert.ok(Number.isInteger(e.start) && e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} fix edit lies within the text`);
  }
  if (fullContract) assertFindingContract(f, text);
}

/** Lint one document and check everything the contract promises; failures name the case. */
function check(text: string, options: LintOptions, label: string): LintResult {
  let result: LintResult;
  try {
    result = lint(text, options);
  } catch (e) {
    throw new Error(`lint threw on ${label} (${preview(text)}): ${(e as Error).stack ?? String(e)}`);
  }
  try {
    const index = new LineIndex(text);
    // The contract helper slices the text per point; on large documents it checks a sample.
    const everyContract = text.length <= 50_000;
    const all: Finding[] = [...result.findings, ...result.suppressed.map(({ suppressedBy, ...f }) => {
      assert.ok(Number.isInteger(suppressedBy.line) && suppressedBy.line >= 1, 'suppressedBy.line is 1-based');
      return f;
    })];
    const step = Math.max(1, Math.floor(all.length / 20));
    all.forEach((f, i) => checkFinding(f, text, index, everyContract || i % step === 0));
    const preferred = result.findings.map((f) => f.fixes[0]).filter((f) => f !== undefined);
    const fixed = applyFixes(text, preferred);
    assert.equal(typeof fixed.text, 'string', 'applyFixes returns a string');
    assert.equal(fixed.applied.length + fixed.skipped.length, preferred.length, 'every fix is applied or skipped');
    for (const fix of preferred.slice(0, 5)) assert.equal(typeof applyFixes(text, [fix]).text, 'string');
    stats.fixesApplied += fixed.applied.length;
  } catch (e) {
    (e as Error).message = `${label} (${preview(text)}): ${(e as Error).message}`;
    throw e;
  }
  stats.documents++;
  stats.characters += text.length;
  stats.findings += result.findings.length;
  stats.suppressed += result.suppressed.length;
  return result;
}

/**
 * Runs many cases and keeps going after a failure, so one run shows every distinct problem:
 * failures are grouped by message (numbers masked) and the first case of each group is reported.
 */
class Failures {
  private readonly groups = new Map<string, { count: number; first: string }>();
  run(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      const message = (e as Error).message;
      const key = message.replace(/^.*?\): /s, '').replace(/\d+/g, '#').split('\n')[0];
      const g = this.groups.get(key);
      if (g) g.count++;
      else this.groups.set(key, { count: 1, first: message });
    }
  }
  assertNone(): void {
    if (this.groups.size === 0) return;
    const lines = [...this.groups.values()].slice(0, 8).map((g) => `[${g.count}×] ${g.first}`);
    assert.fail(`${this.groups.size} distinct failure(s):\n${lines.join('\n\n')}`);
  }
}

const NOW = FIXTURE_NOW;
const CUSTOM_CONFIG = parseConfig(
  'rules:\n  email-address: warning\ncategories:\n  phi.age: information\nallow:\n  - r.lindqvist@example.com\n  - (402) 555-0100\n  - Dr. Maya Okonkwo\n',
).config;

function optionsFor(r: Rand): LintOptions {
  const configs = listFixtureDirs().map((fx) => fx.config).filter((c) => c !== undefined);
  const k = r.int(10);
  if (k < 6) return { now: NOW };
  if (k < 8) return { now: NOW, config: CUSTOM_CONFIG };
  return { now: NOW, config: configs.length ? r.pick(configs) : CUSTOM_CONFIG };
}

function fixtureTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const fx of listFixtureDirs()) {
    for (const name of [...fx.ok, ...fx.notOk]) out.push({ name: `${fx.ruleId}/${name}`, text: readFixture(path.join(fx.dir, name)) });
  }
  out.push({ name: 'bench/post-2000.md', text: fs.readFileSync(path.join(__dirname, '..', '..', 'bench', 'post-2000.md'), 'utf8') });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Adversarial documents: each named, each bounded.

const MB = 1 << 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const ADVERSARIAL: [string, () => string][] = [
  ['1,000 nested blockquotes', () => '>'.repeat(1000) + ' deep r.lindqvist@example.com\nlazy continuation 555-201-7788\n' + '> '.repeat(1000) + 'a 67-year-old\n'],
  ['1,000 nested lists on one line', () => '- '.repeat(1000) + 'x r.lindqvist@example.com\n'],
  ['1,000 nested ordered lists', () => '1. '.repeat(1000) + 'a 67-year-old\n'],
  ['lists 300 deep by indentation', () => Array.from({ length: 300 }, (_, i) => ' '.repeat(2 * i) + '- item ' + (i % 50 === 0 ? 'r.l@example.com' : '')).join('\n')],
  ['blockquotes and lists interleaved 500 deep', () => '> - '.repeat(500) + 'x\n'],
  ['nested emphasis 1,000 deep', () => '*_'.repeat(1000) + 'r.lindqvist@example.com' + '_*'.repeat(1000)],
  ['unbalanced emphasis', () => '*'.repeat(3000) + 'x' + '_'.repeat(3000)],
  ['nested links 1,000 deep', () => '['.repeat(1000) + 'x' + '](u)'.repeat(1000)],
  ['nested images 500 deep', () => '!['.repeat(500) + 'a 67-year-old' + '](i.png)'.repeat(500)],
  ['100,000 digits', () => '7'.repeat(100_000)],
  ['100,000 digits in prose', () => 'Call ' + '5'.repeat(100_000) + ' now, age ' + '9'.repeat(1000) + '-year-old.'],
  ['digit groups', () => repeatTo('555-0142 ', 100_000)],
  ['dots', () => '.'.repeat(100_000)],
  ['hyphens', () => 'a ' + '-'.repeat(100_000)],
  ['at signs', () => '@'.repeat(100_000)],
  ['local part without domain', () => 'a'.repeat(100_000) + '@'],
  ['email-ish soup', () => repeatTo('a.b-c_d%e+f@g.', 100_000)],
  ['brackets', () => '['.repeat(50_000)],
  ['angle brackets', () => '<'.repeat(50_000)],
  ['backticks', () => '`'.repeat(100_000)],
  ['pipes', () => '|'.repeat(100_000)],
  ['table with 2,000 columns', () => '|' + ' a |'.repeat(2000) + '\n|' + '---|'.repeat(2000) + '\n|' + ' x@example.com |'.repeat(2000) + '\n'],
  ['hashes', () => '#'.repeat(100_000)],
  ['megabyte line of prose', () => repeatTo('lorem ipsum dolor sit amet '.repeat(40) + 'r.lindqvist@example.com a 67-year-old 555-201-7788 ', MB)],
  ['megabyte line without spaces', () => repeatTo('abcdefghij', MB)],
  ['lone surrogates', () => repeatTo('\uD800 a \uDC00 b \uDBFF\uDBFF r.lindqvist@example.com\uD800 ', 20_000)],
  ['emoji everywhere', () => repeatTo('👩🏽‍⚕️ patient 🇺🇸 r.lindqvist@example.com😀 a 67-year-old👶 ', 20_000)],
  ['CRLF document', () => fixtureTexts().map((f) => f.text).join('\n\n').replace(/\r?\n/g, '\r\n')],
  ['lone CR document', () => fixtureTexts().map((f) => f.text).join('\n\n').replace(/\r?\n/g, '\r')],
  ['NUL bytes', () => repeatTo('a\u0000b r.lindqvist@exa\u0000mple.com \u0000\n', 20_000)],
  ['tabs', () => repeatTo('\t-\tx\t>\tr.lindqvist@example.com\t|\t#\t\n', 20_000)],
  ['form feeds and vertical tabs', () => repeatTo('x\f\vy\u2028z\u2029 r.lindqvist@example.com\n', 20_000)],
  ['front matter never closed', () => '---\ntitle: ' + 'r.lindqvist@example.com '.repeat(1000)],
  ['front matter alias bomb', () => '---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n\nBody.\n'],
  ['front matter 5,000 tags', () => '---\ntags:\n' + '  - r.lindqvist@example.com\n'.repeat(5000) + '---\n\nBody.\n'],
  ['front matter deep flow nesting', () => '---\ntitle: ' + '['.repeat(2000) + ']'.repeat(2000) + '\n---\n\nBody.\n'],
  ['front matter only fences', () => '---\n---\n---\n---\n'],
  ['unclosed code fence', () => '```\n' + 'r.lindqvist@example.com\n'.repeat(2000)],
  ['unclosed HTML comment', () => 'text\n\n<!-- clearpost-disable\n' + 'r.lindqvist@example.com\n'.repeat(2000)],
  ['unclosed inline comment', () => repeatTo('x <!-- clearpost-disable-line r.lindqvist@example.com ', 50_000)],
  ['10,000 directives', () => Array.from({ length: 10_000 }, (_, i) => `${DIRECTIVES[i % DIRECTIVES.length]}\n${i % 100 === 0 ? 'x@example.com' : 'text'}\n`).join('\n')],
  ['directives in odd places', () => DIRECTIVES.map((d) => `\`${d}\`\n\n| ${d} | x@example.com |\n|---|---|\n\n[${d}](mailto:y@example.com)\n\n# ${d} a@example.com\n\n![${d}](i.png)\n\n> ${d}\n> z@example.com\n\n- ${d} w@example.com`).join('\n\n') + '\n<!-- clearpost-disable'],
  ['empty document', () => ''],
  ['only whitespace', () => ' \t\r\n\n\r\r\n   '],
  ['placeholder characters', () => repeatTo('\uFFFC r.lindqvist@example.com \uFFFC`x`\uFFFC ', 20_000)],
  ['entities', () => repeatTo('&#64; r&#46;l&#64;example&#46;com &amp;&#0;&#xD800;&bogus; ', 50_000)],
  ['escapes', () => repeatTo('\\*\\_\\[r.lindqvist\\@example.com\\] \\\\', 50_000)],
  ['setext underline runs', () => 'a\n' + '='.repeat(50_000) + '\nb\n' + '-'.repeat(50_000)],
];

// ---------------------------------------------------------------------------------------------

describe('fuzz: lint never throws and honours the finding contract', function () {
  this.timeout(120_000);

  before(() => {
    stats.started = performance.now();
  });

  after(() => {
    const seconds = ((performance.now() - stats.started) / 1000).toFixed(1);
    console.log(
      `      fuzz: ${stats.documents} documents, ${(stats.characters / MB).toFixed(1)} MiB, ${stats.findings} findings, ` +
        `${stats.suppressed} suppressed, ${stats.fixesApplied} preferred fixes applied, ${seconds} s ` +
        `(${TRIGGERS.spans.length} trigger spans, ${TRIGGERS.windows.length} word windows; seed ${BASE_SEED})`,
    );
  });

  it('finds trigger words in the rule fixtures', () => {
    assert.ok(TRIGGERS.spans.length > 0, 'not-ok*.expected.txt spans give trigger words');
    assert.ok(TRIGGERS.windows.length > 0, 'not-ok*.md files give word windows');
  });

  it('random Markdown with trigger words spliced in (1,500 documents)', () => {
    const failures = new Failures();
    for (let i = 0; i < 1500; i++) {
      const r = new Rand(BASE_SEED + i);
      const text = randomMarkdown(r);
      const options = optionsFor(r);
      failures.run(() => check(text, options, `random Markdown #${i}`));
    }
    failures.assertNone();
  });

  it('random character soup (1,000 documents)', () => {
    const failures = new Failures();
    for (let i = 0; i < 1000; i++) {
      const r = new Rand(BASE_SEED + 100_000 + i);
      const text = soup(r);
      const options = optionsFor(r);
      failures.run(() => check(text, options, `character soup #${i}`));
    }
    failures.assertNone();
  });

  it('mutated fixtures and bench post (600 documents)', () => {
    const texts = fixtureTexts();
    const failures = new Failures();
    for (let i = 0; i < 600; i++) {
      const r = new Rand(BASE_SEED + 200_000 + i);
      const base = r.pick(texts);
      const text = mutate(r, base.text);
      const options = optionsFor(r);
      failures.run(() => check(text, options, `mutated ${base.name} #${i}`));
    }
    failures.assertNone();
  });

  it('every rule fixture with trigger words in odd places (CRLF, CR, quoted, listed, tabled)', () => {
    const wraps: ((s: string) => string)[] = [
      (s) => s,
      (s) => s.replace(/\r?\n/g, '\r\n'),
      (s) => s.replace(/\r?\n/g, '\r'),
      (s) => indent(s, '> '),
      (s) => indent(s, '  ', '- '),
      (s) => indent(s, '\t'),
      (s) => `| a |\n|---|\n| ${s.replace(/\r?\n/g, ' ')} |`,
      (s) => `# ${s.replace(/\r?\n/g, ' ')}`,
      (s) => `*${s}*`,
      (s) => `[${s}](https://example.org)`,
      (s) => `![${s}](i.png "${s}")`,
      (s) => `<!-- ${s} -->`,
      (s) => s.split('').join('\u200B'),
    ];
    const failures = new Failures();
    for (const { name, text } of fixtureTexts()) {
      for (const [w, wrap] of wraps.entries()) failures.run(() => check(wrap(text), { now: NOW }, `${name} wrap #${w}`));
    }
    // Every exact trigger span, and an evenly spread sample of the word windows.
    const step = Math.max(1, Math.ceil(TRIGGERS.windows.length / 400));
    const sample = TRIGGERS.windows.filter((_, i) => i % step === 0);
    for (const [i, span] of [...TRIGGERS.spans, ...sample].entries()) {
      for (const [w, wrap] of wraps.entries()) failures.run(() => check(wrap(span), { now: NOW }, `trigger #${i} wrap #${w}`));
    }
    failures.assertNone();
  });

  for (const [name, make] of ADVERSARIAL) {
    it(`adversarial: ${name}`, () => {
      check(make(), { now: NOW }, `adversarial "${name}"`);
    });
  }
});

describe('fuzz: complexity guard (8× the input must cost well under 40× the time)', function () {
  this.timeout(60_000);

  /** Fastest of three lints: the least noisy estimate of the cost. */
  function minTime(text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      lint(text, { now: NOW });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  // Inputs the Markdown parser handles in linear time, so growth beyond that comes from our code.
  const GENERATORS: [string, (n: number) => string][] = [
    ['digit run', (n) => '7'.repeat(n)],
    ['digit run in prose', (n) => 'Call me on ' + '5'.repeat(n) + ' today.'],
    ['phone-like groups', (n) => repeatTo('555-0142 (402) 555 ', n)],
    ['ages and numbers', (n) => repeatTo('a 67-year-old, aged 91, 3 years 1 2 3 4 ', n)],
    ['email-ish soup', (n) => repeatTo('a.b-c_d%e+f@', n)],
    ['local part without domain', (n) => 'a'.repeat(n) + '@'],
    ['dotted domain run', (n) => 'x@' + 'a.'.repeat(n >> 1)],
    ['trigger paragraphs', (n) => {
      const r = new Rand(BASE_SEED + 300_000);
      let s = '';
      while (s.length < n) s += `${trigger(r)} ${r.pick(WORDS)} ${trigger(r)}.\n\n`;
      return s;
    }],
    ['directive and finding pairs', (n) => repeatTo('<!-- clearpost-disable-next-line email-address -->\nx@example.com\n\n', n)],
    ['hyphen and dot runs', (n) => repeatTo('-.'.repeat(50) + ' ', n)],
  ];
  const N = 16_000;

  for (const [name, make] of GENERATORS) {
    it(name, () => {
      const small = make(N);
      const large = make(8 * N);
      lint(small, { now: NOW });
      const t1 = Math.max(minTime(small), 1);
      const t8 = minTime(large);
      assert.ok(t8 < 40 * t1, `${name}: ${N} chars took ${t1.toFixed(1)} ms, ${8 * N} chars took ${t8.toFixed(1)} ms (≥ 40×)`);
    });
  }
});
