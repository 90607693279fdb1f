// The stigma term table is data (src/core/rules/data/stigma-terms.json): this test keeps it sound.
import assert from 'node:assert/strict';
import { SEVERITIES } from '../../src/core/index';
import type { BlockReport } from '../../src/core/rule';
import { checkBlock } from '../helpers/blocks';
import { STIGMA_TABLE, expandWords, phraseKey, phraseVariants, stigmaTerms } from '../../src/core/rules/stigma-terms';

/** Catalog family H ids (rules-catalog.md, section H). */
const CATALOG_IDS = [
  'STIGMA.FREQUENT_FLYER',
  'STIGMA.DRUG_SEEKER',
  'STIGMA.COMPLIANCE',
  'STIGMA.SUFFERS',
  'STIGMA.DOUBT',
  'STIGMA.REFUSES',
  'STIGMA.ADDICTION',
  'STIGMA.CONDITION_NOUN',
  'STIGMA.WEIGHT',
  'STIGMA.DISABILITY',
  'STIGMA.SUICIDE',
  'STIGMA.SLANG',
  'STIGMA.MENTAL_SLUR',
  'STIGMA.IRRELEVANT_DEMOGRAPHIC',
];

function check(text: string): BlockReport[] {
  return checkBlock(stigmaTerms, text);
}

describe('stigma term table', () => {
  const entries = STIGMA_TABLE.entries;

  it('has entries with unique STIGMA.UPPER_CASE ids from the catalog', () => {
    const ids = entries.map((e) => e.id);
    assert.deepEqual([...new Set(ids)], ids, 'no id twice');
    for (const id of ids) {
      assert.match(id, /^STIGMA\.[A-Z]+(?:_[A-Z]+)*$/, id);
      assert.ok(CATALOG_IDS.includes(id), `${id} is a catalog H id`);
    }
  });

  it('cites only known sources, each with a citation and a URL', () => {
    for (const [key, s] of Object.entries(STIGMA_TABLE.sources)) {
      assert.match(key, /^[a-z][A-Za-z0-9]+$/, key);
      assert.ok(s.citation.length > 20, `${key} has a citation`);
      assert.match(s.url, /^https:\/\/\S+$/, `${key} has a URL`);
    }
    for (const e of entries) {
      assert.ok(e.sources.length > 0, `${e.id} cites a source`);
      for (const k of e.sources) assert.ok(k in STIGMA_TABLE.sources, `${e.id}: unknown source key ${k}`);
    }
  });

  it('uses valid severities', () => {
    for (const e of entries) {
      for (const sev of [e.severity, ...e.phrases.map((p) => p.severity)]) {
        if (sev !== undefined) assert.ok((SEVERITIES as readonly string[]).includes(sev), `${e.id}: severity ${sev}`);
      }
    }
  });

  it('gives every phrase exactly one of a replacement, "remove": true or a hint', () => {
    for (const e of entries) {
      for (const p of e.phrases) {
        const what = `${e.id} ${JSON.stringify(p.match)}`;
        const kinds = [typeof p.replace === 'string', p.remove === true, typeof p.hint === 'string'].filter(Boolean);
        assert.equal(kinds.length, 1, `${what} has one of replace, remove, hint`);
        if (p.replace !== undefined) assert.ok(p.replace.trim().length > 0 && p.replace === p.replace.trim(), `${what}: replacement is trimmed text`);
        if (p.hint !== undefined) assert.ok(p.hint.length > 5 && !/[.]$/.test(p.hint), `${what}: hint is a phrase (the message adds the full stop)`);
        if (p.remove !== undefined) assert.equal(p.remove, true, `${what}: remove is true or absent`);
        assert.ok(phraseVariants(p).length > 0, `${what} has spellings`);
      }
    }
  });

  it('has no phrase twice (case-insensitive, space and hyphen alike)', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      for (const p of e.phrases) {
        for (const v of phraseVariants(p)) {
          assert.match(v, /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/, `${e.id}: "${v}" is words joined by single spaces or hyphens`);
          const key = phraseKey(v);
          assert.ok(!seen.has(key), `"${v}" (${e.id}) duplicates "${seen.get(key)}"`);
          seen.set(key, `${v} (${e.id})`);
        }
      }
    }
  });

  it('refers only to defined word lists of single words', () => {
    for (const [name, words] of Object.entries(STIGMA_TABLE.wordLists)) {
      assert.ok(words.length > 0, `${name} is not empty`);
      for (const w of words) assert.match(w, /^[A-Za-z0-9]+$/, `${name}: "${w}" is one word`);
    }
    for (const e of entries) {
      for (const p of e.phrases) {
        for (const w of [...(p.notBefore ?? []), ...(p.notAfter ?? []), ...(p.before ?? []), ...(p.after ?? []), ...(p.context ?? [])]) {
          if (w.startsWith('@')) assert.ok(w.slice(1) in STIGMA_TABLE.wordLists, `${e.id}: unknown word list ${w}`);
          else assert.match(w, /^[A-Za-z]+$/, `${e.id}: "${w}" is one word`);
        }
        assert.ok(expandWords(STIGMA_TABLE, p.notAfter).every((w) => !/\s/.test(w)));
        for (const list of [p.before, p.after, p.context]) if (list) assert.ok(expandWords(STIGMA_TABLE, list).length > 0, `${e.id}: empty condition list`);
      }
    }
  });

  it('finds every spelling in a plain sentence, with its own message', () => {
    for (const e of entries) {
      for (const p of e.phrases) {
        for (const v of phraseVariants(p)) {
          // A phrase with conditions gets a sentence that meets them: a word before, a word after, a context word.
          const lead = p.after ? `We saw ${expandWords(STIGMA_TABLE, p.after)[0]} ` : 'We saw ';
          const follow = p.before ? ` ${expandWords(STIGMA_TABLE, p.before)[0]}` : '';
          const context = p.context ? ` (${expandWords(STIGMA_TABLE, p.context)[0]})` : '';
          const text = `${lead}${v}${follow}.${context}`;
          const expected = p.replace !== undefined ? `“${p.replace}”` : p.remove ? 'none: remove it' : p.hint;
          const got = check(text).map((r) => ({ start: r.start, end: r.end, message: r.message, severity: r.severity }));
          assert.deepEqual(
            got,
            [{ start: lead.length, end: lead.length + v.length, message: `Unexpected stigmatising term “${v}”, expected ${expected}.`, severity: p.severity ?? e.severity }],
            `${e.id}: "${v}"`,
          );
        }
      }
    }
  });

  it('leaves quoted mentions alone and keeps the capitalisation of the match', () => {
    assert.deepEqual(check('Words like "noncompliant", “drug seeker” and \'addict\' carry judgment.'), []);
    assert.deepEqual(check('He said, "She is just a drug seeker, doc." Then he left.'), []);
    const [r] = check('Drug seekers, we were taught, exaggerate.');
    assert.deepEqual(r.fixes, [{ title: 'Replace with “Patients asking for pain medicine”', edits: [{ start: 0, end: 12, text: 'Patients asking for pain medicine' }] }]);
  });

  it('tells nouns from adjectives', () => {
    assert.deepEqual(check('Diabetic ketoacidosis, a diabetic foot ulcer, an epileptic seizure and alcoholic hepatitis.'), []);
    assert.deepEqual(check('Alcoholics Anonymous meets on Tuesdays; frequent flyer miles expire.'), []);
    assert.deepEqual(
      check('He is a diabetic who skips lunch.').map((r) => r.message),
      ['Unexpected stigmatising term “a diabetic”, expected “a person with diabetes”.'],
    );
  });

  it('stays linear on megabyte lines', () => {
    for (const text of ['a '.repeat(500_000), 'addicts and diabetics, '.repeat(45_000), '“'.repeat(500_000) + ' addict', 'a' + ' '.repeat(1_000_000)]) {
      const t0 = performance.now();
      check(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${text.length} chars took ${ms.toFixed(0)} ms`);
    }
  });
});
