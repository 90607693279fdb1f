// Measures chrono-node against Clearpost's own date patterns (src/core/text/dates.ts) on the shared
// dev set: span precision/recall against the DATE label (overlap), and speed. A measurement, not a
// test: `npx tsx bench/dates-chrono.ts [corpus.jsonl]`.
import fs from 'node:fs';
import * as chrono from 'chrono-node';
import { scanDates } from '../src/core/text/dates';

const corpus = process.argv[2] ?? '/work/shared/eval/presidio_synth_v2.jsonl';
const rows: { text: string; spans: { start: number; end: number; label: string; text: string }[] }[] = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const ref = new Date('2026-11-24T12:00:00Z');
const PREFILTER = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|yesterday|night|last|ago|eve|christmas|thanksgiving|easter|halloween|spring|summer|fall|autumn|winter/i;

type Span = { start: number; end: number };
const finders: Record<string, (t: string) => Span[]> = {
  own: (t) => scanDates(t, { referenceDate: ref }),
  chrono: (t) => chrono.parse(t, ref).map((r) => ({ start: r.index, end: r.index + r.text.length })),
  'chrono+prefilter': (t) => (PREFILTER.test(t) ? chrono.parse(t, ref).map((r) => ({ start: r.index, end: r.index + r.text.length })) : []),
  'chrono.strict': (t) => chrono.strict.parse(t, ref).map((r) => ({ start: r.index, end: r.index + r.text.length })),
};
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

for (const [name, find] of Object.entries(finders)) {
  let tp = 0, fp = 0, gold = 0, goldHit = 0, goldFine = 0, goldFineHit = 0;
  const t0 = process.hrtime.bigint();
  const preds = rows.map((r) => find(r.text));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  rows.forEach((r, i) => {
    const g = r.spans.filter((s) => s.label === 'DATE');
    const phi = r.spans.filter((s) => s.label !== 'NON_PHI' && s.label !== 'ORG');
    for (const p of preds[i]) {
      if (phi.some((s) => overlaps(s, p))) tp++;
      else if (!r.spans.some((s) => overlaps(s, p))) fp++;
    }
    for (const s of g) {
      gold++;
      const hit = preds[i].some((p) => overlaps(s, p));
      if (hit) goldHit++;
      // Safe Harbor allows years alone: "fine" gold spans are the ones finer than a year.
      if (!/^\d{4}$/.test(s.text)) {
        goldFine++;
        if (hit) goldFineHit++;
      }
    }
  });
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`${name.padEnd(20)} P ${pct(tp, tp + fp).padStart(5)}  R(all DATE) ${pct(goldHit, gold).padStart(5)}  R(finer than year) ${pct(goldFineHit, goldFine).padStart(5)}  preds ${tp + fp}  ${ms.toFixed(0)} ms`);
}

// Cost on one long line (the fuzz test's shape): 200 KB of prose with a date every ~300 characters.
const line = 'The clinic reopened after the storm and she was seen on March 3 for a follow-up visit. '.repeat(2300);
for (const [name, find] of Object.entries({ own: finders.own, chrono: finders.chrono })) {
  const t0 = process.hrtime.bigint();
  const n = find(line).length;
  console.log(`${name.padEnd(20)} ${line.length} chars in one line: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms, ${n} spans`);
}
