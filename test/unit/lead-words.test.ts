// Lead words (text/scan.ts): a phrase with leads is tried only where one of those words starts, so a
// missing lead silently loses every match that begins with it. These tests run each dispatched
// regex the slow way, at every character, over every text the repository holds (fixtures, docs,
// examples, the bench post, the shared evaluation corpus) and check that each match begins with a
// listed lead. They read the held-out sets only for this property, never for findings.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CLAIM_PHRASES, claimRegExp, PREFILTER } from '../../src/core/rules/unsupported-claim';
import * as advice from '../../src/core/rules/individual-advice';
import * as realtime from '../../src/core/rules/realtime-case';
import * as mockery from '../../src/core/rules/patient-mockery';
import { eachMatch, LeadRegExp } from '../../src/core/text/scan';

const ROOT = path.join(__dirname, '..', '..');

function corpus(): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name)) texts.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const dir of ['test/fixtures', 'docs', 'examples', 'bench']) walk(path.join(ROOT, dir));
  const shared = path.join(ROOT, '..', 'shared', 'eval', 'presidio_synth_v2.jsonl');
  if (fs.existsSync(shared)) {
    for (const line of fs.readFileSync(shared, 'utf8').split('\n')) if (line.trim()) texts.push(String(JSON.parse(line).text ?? ''));
  }
  return texts;
}

/** The lower-cased ASCII letter/digit run at `at`, or null when `at` is not the start of one. */
function runAt(text: string, at: number): string | null {
  const alnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
  if (!alnum(text[at]) || alnum(text[at - 1])) return null;
  let end = at;
  while (alnum(text[end])) end++;
  return text.slice(at, end).toLowerCase();
}

/** Matches of `re` (scanned at every character) that begin neither with a word `leads` accepts nor where `finder` points. */
function strays(re: RegExp, leads: (run: string) => boolean, texts: string[], finder?: (text: string) => number[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    let found: Set<number> | undefined;
    eachMatch(re, text, (m) => {
      const run = runAt(text, m.index);
      if (run !== null && leads(run)) return;
      if (finder && (found ??= new Set(finder(text))).has(m.index)) return;
      out.push(`${JSON.stringify(m[0].slice(0, 60))} begins with ${JSON.stringify(run)}`);
    });
  }
  return out;
}

describe('lead words of dispatched phrases', function () {
  this.timeout(120_000);
  const texts = corpus();
  let matched = 0;

  // The repository alone holds about 600 texts; the shared evaluation corpus, where it is checked
  // out next to the repository, adds 1,500 sentences.
  it('reads a corpus large enough to mean something', () => {
    assert.ok(texts.length > 500, `${texts.length} texts`);
  });

  it('every claim phrase begins only at its lead words or where its finder points', () => {
    for (const [k, phrase] of CLAIM_PHRASES.entries()) {
      const re = claimRegExp([phrase.pattern]);
      const leads = new Set(phrase.leads);
      assert.ok(phrase.leads || phrase.finder, `claim phrase ${k} is neither led nor found: it would be scanned at every character`);
      assert.deepEqual(strays(re, (run) => leads.has(run), texts, phrase.finder), [], `claim phrase ${k}: ${phrase.pattern.slice(0, 80)}`);
      for (const t of texts) eachMatch(re, t, () => void matched++);
    }
    assert.ok(matched > 100, `only ${matched} claim phrase matches in the corpus`);
  });

  it('every claim phrase match passes the rule\'s pre-check (a stem it contains)', () => {
    const missed: string[] = [];
    for (const phrase of CLAIM_PHRASES) for (const t of texts) eachMatch(claimRegExp([phrase.pattern]), t, (m) => void (PREFILTER.test(m[0]) || missed.push(m[0])));
    assert.deepEqual(missed, []);
  });

  it('the finders point at the possessive and "#1" superlatives', () => {
    const possessive = CLAIM_PHRASES.find((p) => p.finder && !p.leads);
    assert.ok(possessive?.finder);
    const text = "Voted the city's best vein clinic, and Omaha's #1 provider.";
    const at = possessive.finder(text);
    assert.ok(at.includes(text.indexOf('the city')) && at.includes(text.indexOf('city')) && at.includes(text.indexOf('Omaha')), JSON.stringify(at));
  });

  it('individual-advice DOSE_MORE alternatives begin only at their leads or where a clause starts before one of their verbs', () => {
    let total = 0;
    for (const [k, alt] of advice.DOSE_MORE_ALTERNATIVES.entries()) {
      const { leads, clause } = advice.DOSE_MORE_LEADS[k];
      const set = new Set(leads);
      const re = advice.doseMoreRegExp([alt]);
      assert.deepEqual(strays(re, (run) => set.has(run), texts, clause ? advice.clauseStarts : undefined), [], `DOSE_MORE alternative ${k}`);
      for (const t of texts) eachMatch(re, t, () => void total++);
    }
    assert.equal(advice.DOSE_MORE_LEADS.length, advice.DOSE_MORE_ALTERNATIVES.length);
    assert.ok(total >= 20, `only ${total} DOSE_MORE matches in the corpus`);
  });

  for (const { name, regex, leads, finder } of advice.ADVICE_DISPATCH) {
    it(`individual-advice ${name} begins only at its leads or where a clause starts before its verbs`, () => {
      const set = new Set<string>(leads);
      assert.deepEqual(strays(regex, (run) => set.has(run), texts, finder), [], name);
      let n = 0;
      for (const t of texts) eachMatch(regex, t, () => void n++);
      assert.ok(n >= 2, `only ${n} ${name} matches in the corpus`);
    });
  }

  const led = (rule: string, module: object): [string, LeadRegExp][] =>
    Object.entries(module).filter((e): e is [string, LeadRegExp] => e[1] instanceof LeadRegExp).map(([name, re]) => [`${rule} ${name}`, re]);
  const dispatched = [...led('individual-advice', advice), ...led('realtime-case', realtime), ...led('patient-mockery', mockery)];
  it('finds every dispatched pattern of individual-advice, realtime-case and patient-mockery', () => assert.ok(dispatched.length >= 17, `${dispatched.length}`));
  for (const [name, lead] of dispatched) {
    it(`${name} begins only with its leads`, () => {
      assert.deepEqual(strays(lead.regex, (run) => lead.leadsWith(run), texts), []);
      let n = 0;
      for (const t of texts) eachMatch(lead.regex, t, () => void n++);
      // The rarer shapes ("if I were you") still occur in the fixtures, or the check would prove nothing.
      assert.ok(n >= 2, `only ${n} matches in the corpus`);
    });
  }
});
