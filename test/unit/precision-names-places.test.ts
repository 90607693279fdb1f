// Precision of person-name, place and zip-code on clean prose (invented text in the patterns of
// test/fixtures/clean-posts-3): history and research sentences, eponyms and books, place names that
// are also first names, labels after "known as"/"called", staff a practice introduces, and the
// practice's own address and street. Every guard has a patient case that still fires at warning or worse.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { allFindings, loudFindings, loudCases as flagged, quietCases as quiet } from './precision-cases';
import { assertLinear } from './linear';
import { RULES as ALL_RULES } from '../../src/core/rules/index';

const RULES = new Set(['person-name', 'place', 'zip-code']);
const RULES_USED = ALL_RULES.filter((r) => RULES.has(r.meta.id));

const loud = (text: string): string[] => loudFindings(text, RULES);
const all = (text: string): string[] => allFindings(text, RULES);
const quietCases = (title: string, cases: string[]): void => quiet(title, cases, RULES);
const loudCases = (title: string, cases: [string, RegExp][]): void => flagged(title, cases, RULES);

quietCases('history and research sentences', [
  'In 1852, Agnes Thornbury, a nurse working at the Lisbon Royal Hospital, noticed that mothers on one ward died more often.',
  'In October 1931, Bertrand Halloway returned to his laboratory at St Ansel\'s Hospital in Bristol and saw the mold.',
  'It took a decade, and the work of Howard Penrose and Ernst Vail at the University of Leeds, to make the drug usable.',
  // A hard-wrapped paragraph: the cue ("the work of") is on the line before the names.
  'It took more than a decade, and the work of a small team led from the front by Howard\nPenrose and Ernst Vail at the University of Leeds, to make it usable.',
  'The Dorrington Fatigue Scale, developed by Dr. Murray Collis at Greystone Hospital in Perth, and published in 1991, asks six questions.',
  'In a 2012 study often cited on this subject, published in a policy journal, John Kelly and Cassandra Westmore asked clinicians to read a vignette.',
  'Dr. Roland Pike described patients with goiter and tremor in Dublin in 1835.',
  'In much of Europe it is also called Harnack\'s disease, after Karl von Harnack, who described the same condition a few years later.',
  'Readers of Charles Dickens may remember Joe, the "fat boy" in The Pickwick Papers, who falls asleep at every opportunity.',
  'Pressure therapy was introduced in 1981 by Dr. Colin Marsh and colleagues at the University of Sydney.',
]);

// Medical vocabulary ("bedside", "pain", "patients", "symptoms", "surgery") in a research or history
// sentence names no one in the author's care: it must not undo the research context.
quietCases('history and research sentences with general medical words', [
  'The usual bedside check, described by Walter Barlow and Emma Stone in 1961, is simple.',
  'Research by Anna Berg and colleagues in 2015 found that patients with back pain and few symptoms improve.',
  'The operation was first performed by Peter Lund at the Lake Hospital in 1923, and surgery remained rare for decades.',
]);

loudCases('history guards keep patients flagged', [
  ['In 1961 my patient Emma Stone was admitted with back pain.', /person-name (?:error|warning) \[Emma Stone\]/],
  ['The bedside check, described by her surgeon in 1961, showed that my patient Walter Barlow had a torn tendon.', /person-name (?:error|warning) \[Walter Barlow\]/],
  ['My patient, Howard Green, was born in 1947 and still drives.', /person-name (?:error|warning) \[Howard Green\]/],
  ['Mrs. Kelly from Dublin came to the ER last night.', /person-name error \[Kelly\]/],
  ['Mrs. Kelly from Dublin came to the ER last night.', /place (?:error|warning) \[Dublin\]/],
  ['My patient Joe, who read Dickens in 1990, was admitted to St Ansel\'s Hospital.', /person-name (?:error|warning) \[Joe\]/],
  ['The patient was admitted to St Ansel\'s Hospital on Tuesday.', /place (?:error|warning) \[St Ansel's Hospital\]/],
  ['We treated a woman from Harlan County in 2024, the work of a long night.', /place (?:error|warning) \[Harlan County\]/],
  // A house number is no year: "from 1820 Larkspur Avenue" does not make the sentence history.
  ['Kelly Green walked home from 1820 Larkspur Avenue with her son.', /person-name (?:error|warning) \[Kelly Green\]/],
  ['In 1962 my patient Harold Vance was born in Ashford.', /place (?:error|warning) \[Ashford\]/],
  ['Mrs. Dale, a patient of mine since 1978, moved to Ashford.', /place (?:error|warning) \[Ashford\]/],
]);

quietCases('books and the author\'s own training', [
  'In his book about dying well, Atul Gawande writes about the end of life.',
  'When I was a resident at Harlan Memorial Hospital, the night shifts were long.',
  'I trained at Greystone Hospital before moving here.',
]);

loudCases('a relative\'s workplace stays flagged', [
  ['My patient\'s husband worked at Harlan Memorial Hospital for years.', /place error \[Harlan Memorial Hospital\]/],
  ['Her son was a resident at Harlan Memorial Hospital when she fell.', /place (?:error|warning) \[Harlan Memorial Hospital\]/],
]);

quietCases('place names that are also first names', [
  'One strain that spread widely around 2012 was nicknamed GII.4 Sydney after the city where it was first characterized.',
  'The trial ran at the University of Sydney and two other sites.',
]);

loudCases('first names stay names', [
  ['Her daughter Sydney goes to the University of Denver.', /person-name error \[Sydney\]/],
  ['My patient Sydney told me about her rash.', /person-name (?:error|warning) \[Sydney\]/],
]);

quietCases('labels and titles after "called" or "known as"', [
  'The EPA keeps a list of registered disinfectants tested against norovirus, known as List G. Some general principles:',
  'It publishes a plain-language companion for influencers called Disclosures 101 for Social Media Influencers.',
]);

loudCases('names after "called" stay names', [
  ['Her son, called Mateo, came in with a fever.', /person-name error \[Mateo\]/],
  ['The patient, known as Bishop to his friends, came in.', /person-name error \[Bishop\]/],
  ['Her baby, called Blue by the nurses, went home.', /person-name error \[Blue\]/],
]);

quietCases('staff a practice introduces', [
  'We are delighted to welcome Dr. Samuel Achterwood to our team. Dr. Achterwood is a board-certified family physician who joins us after completing his family medicine residency.',
  'Outside the clinic, Dr. Achterwood coaches a youth soccer team and restores an old canoe.',
  'Dr. Achterwood begins seeing patients on Monday, and he is accepting new patients.',
]);

loudCases('a physician in a patient story stays flagged', [
  ['My patient\'s wife said Dr. Brennan at the clinic missed the fracture.', /person-name (?:error|warning) \[Brennan\]/],
  ['We welcome Dr. Lee to the team. My patient Mrs. Hale saw Dr. Lee last week.', /person-name error \[Hale\]/],
]);

describe('the practice\'s own address and street', () => {
  const news =
    'After fourteen years in the old brick building on Carver Street, we have outgrown our space. Starting Monday, our practice will be located at:\n\n' +
    '**Millbrook Family Medicine**\n1820 Larkspur Avenue, Suite 200\nMillbrook, OR 97000\n\n' +
    'Our last day seeing patients at the Carver Street office will be Friday.\n\n' +
    'We look forward to welcoming you on Larkspur Avenue.\n';
  it('stays below warning, and is still reported as information', () => {
    assert.deepEqual(loud(news), []);
    const info = all(news).filter((f) => / information /.test(f));
    assert.ok(info.some((f) => f.startsWith('place') && f.includes('Carver Street')), JSON.stringify(info));
    assert.ok(info.some((f) => f.startsWith('zip-code') && f.includes('97000')), JSON.stringify(info));
  });
  loudCases('a patient\'s street and address stay flagged', [
    ['The patient lives on Larkspur Avenue with her son.', /place error \[Larkspur Avenue\]/],
    ['We found him collapsed outside the Carver Street office.', /place (?:error|warning) \[Carver Street\]/],
    ['Mr. Hale\n1820 Larkspur Avenue, Suite 200\nMillbrook, OR 97000', /zip-code error \[97000\]/],
    ['Mr. Hale\n1820 Larkspur Avenue, Suite 200\nMillbrook, OR 97000', /place error \[1820 Larkspur Avenue/],
  ]);
});

// An uncued name in a block that tells no patient story (no patient, relative, age or care event,
// no "she presented", "I treated") is a hint: researchers, authors, journalists and colleagues are
// named this way far more often than patients. Inside a story block the same name stays loud.
quietCases('uncued names in blocks that tell no patient story', [
  'The manoeuvre is named after Theodore Rask, an ear surgeon in Tacoma who described it in a short paper.',
  'Much of what we now teach about salt comes from a long series of papers by Marguerite Lindqvist and her team.',
  'The columnist Howard Penrose once compared the food pyramid to a tax form, and the comparison stuck.',
  'If you enjoy podcasts, the interviews Priya Raman recorded with rural nurses are worth an afternoon.',
]);

loudCases('the same names in a patient story stay flagged', [
  ['Theodore Rask came in with vertigo so bad he could not stand.', /person-name (?:error|warning) \[Theodore Rask\]/],
  ['One of my patients taught me more than any paper. Marguerite Lindqvist kept a salt diary for a year.', /person-name (?:error|warning) \[Marguerite Lindqvist\]/],
  ['I treated a retired columnist last spring. Howard Penrose still writes every morning.', /person-name (?:error|warning) \[Howard Penrose\]/],
  ['Her husband Howard drove her to the clinic.', /person-name error \[Howard\]/],
]);

describe('a name lowered for want of a story is still reported', () => {
  it('as a hint that says why', () => {
    const text = 'The columnist Howard Penrose once compared the food pyramid to a tax form, and the comparison stuck.';
    const f = lint(text, { now: new Date('2026-11-24T12:00:00Z') }).findings.find((x) => x.ruleId === 'person-name');
    assert.ok(f, 'no person-name finding');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /tells no patient story/);
    assert.equal(text.slice(f.range.start.offset, f.range.end.offset), 'Howard Penrose');
  });
});

describe('a sentence-final number is no house number', () => {
  it('quiet: "begin screening at 50. In 2018 the …"', () => {
    assert.deepEqual(loud('For decades, the advice was to begin screening at 50. In 2018 the American Cancer Society lowered the age.'), []);
  });
  loudCases('addresses still found', [
    ['She lives at 12 St. Mary Street in town.', /place error \[12 St\. Mary Street\]/],
    ['Send the records to 44 Elm Road, Apt 3.', /place error \[44 Elm Road, Apt 3\]/],
    ['She lives at 85199 Avda. Rio Nalon 58, Apt. 461.', /place error \[85199 Avda\. Rio Nalon 58, Apt\. 461\]/],
    ['My addresses: 04862 Victor Hugo u. 49. Suite 638, Hania Bazid.', /place error \[49\. Suite 638/],
  ]);
});

describe('precision guards stay linear', () => {
  it('on long address blocks under practice names', () => {
    // One block per address, as in a post: a single paragraph of thousands of short lines makes
    // the Markdown parser itself superlinear (micromark's resolveAllText: 214 ms at 100k
    // characters, 1,295 ms at 200k), which this check would blame on the rules.
    assertLinear('Millbrook Family Medicine\n1820 Larkspur Avenue, Suite 200\nMillbrook, OR 97000\n\n', RULES_USED);
  });
  it('on long hard-wrapped paragraphs of history and staff sentences', () => {
    const unit = 'In 1847, Ignaz Vollmer, a physician at the Vienna General Hospital and\nDr. Achterwood, who joins us, described patients in Dublin, our Carver Street office, Dr. Lee at the clinic, welcoming you on Larkspur Avenue, ';
    assertLinear(unit, RULES_USED);
  });
});
