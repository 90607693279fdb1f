// Paragraphs set a century or more back (text/context-cues.ts historicalBlock): their names,
// places, ages and dates are history, not identifiers, unless the author speaks of their own care or
// a birth year could still belong to a living centenarian. Invented text; reference year 2026.
import assert from 'node:assert/strict';
import { allFindings, loudFindings } from './precision-cases';
import { historicalBlock } from '../../src/core/text/context-cues';

const RULES = new Set(['person-name', 'place', 'exact-age', 'age-over-89', 'date-element', 'reidentification-risk']);
const loud = (text: string): string[] => loudFindings(text, RULES);
const all = (text: string): string[] => allFindings(text, RULES);

const OLD_CASE =
  'In March 1911, at Harlan General Hospital, the surgeon Walter Brand removed the appendix of a 9-year-old girl named Ada Pell. She was admitted on 14 March and went home on 2 April.';

describe('historicalBlock', () => {
  it('is true when every stated year is a century back and no one speaks of their own care', () => {
    assert.equal(historicalBlock(OLD_CASE, 2026), true);
    assert.equal(historicalBlock('In the 1840s the clinic had two wards; he died in 1865, only 47 years old.', 2026), true);
  });
  it('reads offsets on the text itself, where lower-casing changes a length ("İ" becomes two code units)', () => {
    assert.equal(historicalBlock('İİİİ In 1911 the ward opened.', 2026), true);
    assert.equal(historicalBlock('İİ In 1911 my grandfather was admitted.', 2026), false);
  });
  it('moves with the reference year', () => {
    assert.equal(historicalBlock('In January 1930 the team gave the extract to a 14-year-old boy.', 2026), false);
    assert.equal(historicalBlock('In January 1930 the team gave the extract to a 14-year-old boy.', 2031), true);
  });
  it('is false with a recent year, the author\'s own care, a living person\'s birth year, or no year', () => {
    assert.equal(historicalBlock('In 1911 the hospital opened; in 2019 it treated a 9-year-old girl from Harlan.', 2026), false);
    assert.equal(historicalBlock('In 1911 my grandfather was admitted to Harlan General Hospital.', 2026), false);
    assert.equal(historicalBlock('Mrs. Hale, born in 1925, lives alone in Harlan.', 2026), false);
    assert.equal(historicalBlock('Ada Pell was admitted to Harlan General Hospital.', 2026), false);
    // A house number or a count is no stated year.
    assert.equal(historicalBlock('Ada Pell lives at 1820 Larkspur Avenue with her son.', 2026), false);
  });
});

describe('a paragraph set a century back', () => {
  it('keeps its names, places, ages and dates below warning, and still reports them', () => {
    assert.deepEqual(loud(OLD_CASE), []);
    const quiet = all(OLD_CASE);
    for (const want of ['person-name hint [Ada Pell]', 'place hint [Harlan General Hospital]', 'exact-age information [9-year-old]']) assert.ok(quiet.includes(want), `${want} in ${JSON.stringify(quiet)}`);
  });
  it('a birth year that no living person can have is no age over 89', () => {
    assert.deepEqual(all('Kaito Mori was a surgeon, born in 1881, who trained in Kyoto.').filter((f) => f.startsWith('age-over-89')), []);
  });
  it('the same story set recently stays loud', () => {
    const recent = OLD_CASE.replace('1911', '2011');
    const got = loud(recent);
    for (const want of [/person-name error \[Ada Pell\]/, /place (?:error|warning) \[Harlan General Hospital\]/, /exact-age warning \[9-year-old\]/, /date-element error \[14 March\]/]) {
      assert.ok(got.some((g) => want.test(g)), `${want} in ${JSON.stringify(got)}`);
    }
  });
  it('the author\'s own care, or a centenarian\'s birth year, keeps it loud', () => {
    assert.ok(loud('In 1911 my grandfather Walter Brand was admitted to Harlan General Hospital.').some((g) => /person-name error \[Walter Brand\]/.test(g)));
    assert.ok(loud('Mrs. Hale, born in 1925, lives alone in Harlan.').some((g) => /age-over-89 error \[born in 1925\]/.test(g)));
  });
});
