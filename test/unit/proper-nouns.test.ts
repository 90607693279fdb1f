// person-name, place and zip-code beyond the fixtures: the quiet-prose budget on two clean posts,
// the data tables, and linear time on long lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index';
import people from '../../src/core/rules/data/person-names.json';
import places from '../../src/core/rules/data/places.json';
import zip3 from '../../src/core/rules/data/zip3-restricted.json';
import { zipFixes } from '../../src/core/rules/zip-code';
import { RULES } from '../../src/core/rules/index';
import { eachWord } from '../../src/core/text/proper-nouns';
import { assertLinear } from './linear';

const OURS = new Set(['person-name', 'place', 'zip-code']);
const CLEAN = path.join(__dirname, '..', 'fixtures', 'clean-posts');

describe('person-name, place, zip-code', () => {
  for (const name of fs.readdirSync(CLEAN).filter((f) => f.endsWith('.md')).sort()) {
    it(`${name}: at most 0.5 warning-or-worse findings per 1,000 words`, () => {
      const text = fs.readFileSync(path.join(CLEAN, name), 'utf8');
      const words = text.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 700, `${name} should be a full post`);
      const loud = lint(text).findings.filter((f) => OURS.has(f.ruleId) && (f.severity === 'warning' || f.severity === 'error'));
      assert.deepEqual(loud.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`), []);
    });
  }

  it('the restricted ZIP3 table has the 17 HHS prefixes, three digits each, no duplicates', () => {
    assert.equal(zip3.restricted.length, 17);
    assert.equal(new Set(zip3.restricted).size, 17);
    for (const p of zip3.restricted) assert.match(p, /^\d{3}$/);
  });

  it('ZIP fixes: remove first, then ZIP3 or 000', () => {
    const text = 'Her zip code is 59301.';
    assert.deepEqual(zipFixes(text, 16, 21).map((f) => f.edits[0].text), ['', '593']);
    const restricted = 'Her zip code is 05901.';
    assert.deepEqual(zipFixes(restricted, 16, 21).map((f) => [f.title, f.edits[0].text]), [
      ['Remove the ZIP code', ''],
      ['Replace with 000 (restricted ZIP3 area of 20,000 people or fewer)', '000'],
    ]);
  });

  it('lexicon tables are lower case without duplicates', () => {
    const lists: [string, string[]][] = [
      ['honorifics', people.honorifics], ['kinship', people.kinship], ['firstNames', people.firstNames], ['notNames', people.notNames],
      ['streetSuffixes', places.streetSuffixes], ['placeNouns', places.placeNouns], ['facilityNouns', places.facilityNouns], ['notIdentifiers', places.notIdentifiers],
    ];
    for (const [name, xs] of lists) {
      assert.deepEqual(xs.filter((x, i) => xs.indexOf(x) !== i), [], `${name} has duplicates`);
      assert.deepEqual(xs.filter((x) => x !== x.toLowerCase()), [], `${name} must be lower case`);
    }
  });

  it('messages never echo the name or place', () => {
    const text = 'Mrs. Okafor lives at 4127 Maple Avenue in Brakpan, IL 62704. Her son Daniel came.';
    for (const f of lint(text).findings.filter((x) => OURS.has(x.ruleId))) {
      for (const secret of ['Okafor', 'Maple', 'Brakpan', '62704', 'Daniel']) assert.ok(!f.message.includes(secret), f.message);
    }
  });

  it('stays linear on long lines of capitalised words, cues and numbers', () => {
    const rules = RULES.filter((r) => OURS.has(r.meta.id));
    const unit = 'Maria Delgado 4127 Maple Avenue Apt. 839 Harlan County Mercy General 59301 her son Daniel, Kowalczyk and A. B. ';
    assertLinear(unit, rules);
  });
});

describe('proper-nouns: eachWord', () => {
  it('finds exactly the matches of the word regex it replaces', () => {
    const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+){0,6}/gu;
    const fixed = [
      "O'Brien-Smith's co-op, Zoë’s naïve café — 42 ünïcödé words; Ελένη Παπαδοπούλου, Дмитрий; 李小龙; a-b-c-d-e-f-g-h-i; x'-y ’z 𝒜𝒷𝒸 \u{1F600} e\u0301",
      '\ud800 lone \udc00 surrogates', '', '---', "'''", 'a', '-a-', 'aé-', '١٢٣ ٤',
    ];
    // Bounded: 400 random strings over letters, digits, joiners, marks, spaces and astral characters.
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['a', 'Z', '7', "'", '’', '-', ' ', '.', 'é', '\u0301', 'λ', '字', '\u{1D49C}', '\u{1F600}', '\ud800', '_'];
    const random = Array.from({ length: 400 }, () => Array.from({ length: rand(30) }, () => pieces[rand(pieces.length)]).join(''));
    for (const text of [...fixed, ...random]) {
      const want = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      const got: number[][] = [];
      eachWord(text, (s, e) => got.push([s, e]));
      assert.deepEqual(got, want, JSON.stringify(text));
    }
  });
});
