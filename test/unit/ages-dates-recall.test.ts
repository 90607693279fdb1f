// Recall additions for phi.age and phi.date: a reader's or patient's own age in the first person,
// relatives' ages, "at 44" and "diagnosed at 44"; day-of-month ordinals, "on a Tuesday night",
// "two Fridays ago", more holidays and seasons, and the sentence cues that tie a date to someone
// (relatives, "one of my patients", the audience addressed as a group, a person's own habits).
// Every positive has a negative next to it: the traps that must stay quiet.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { scanAges } from '../../src/core/text/ages';
import { formatDay, scanDates } from '../../src/core/text/dates';

const NOW = new Date('2026-11-24T12:00:00Z');

/** [underlined text, severity, preferred fix text or null] for one rule's findings. */
function found(text: string, ruleId: string): [string, string, string | null][] {
  const src = `${text}\n`;
  return lint(src, { now: NOW })
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => [src.slice(f.range.start.offset, f.range.end.offset), f.severity, f.fixes[0]?.edits.map((e) => e.text).join('+') ?? null]);
}

/** Findings of a category at warning or worse. */
function loud(text: string, category: string): string[] {
  const src = `${text}\n`;
  return lint(src, { now: NOW })
    .findings.filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => src.slice(f.range.start.offset, f.range.end.offset));
}

describe('exact-age recall', () => {
  describe('a reader or patient in the first person, with a health word in the sentence', () => {
    const cases: [string, [string, string, string | null][]][] = [
      ['I’m 52 and my ankles swell every evening.', [['52', 'warning', 'in my 50s']]],
      ['I am 33 and I have had two miscarriages.', [['33', 'warning', 'in my 30s']]],
      ["I'm 70 years old and my blood sugar keeps rising.", [['70 years old', 'warning', 'in my 70s']]],
      ['I was 27 when the seizures began.', [['27', 'warning', 'in my 20s']]],
      ["I've taken lisinopril since I was 48.", [['48', 'warning', 'in my 40s']]],
      ['My 4-year-old son wheezes at night.', [['4-year-old', 'warning', 'young']]],
      ['My 20-month-old has a fever and a rash.', [['20-month-old', 'warning', 'toddler']]],
      ['Our 7-year-old daughter fractured her wrist.', [['7-year-old', 'warning', 'school-age']]],
      ["I'm a 39-year-old woman with lupus.", [['39-year-old', 'warning', 'woman in her 30s+']]],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(found(text, 'exact-age'), expected));
  });

  it('any first-person age in a reader question block ("Q: …")', () => {
    assert.deepEqual(found('Q: I am 46 and just moved here. Which vaccines should I get?', 'exact-age'), [['46', 'warning', 'in my 40s']]);
  });

  it('a self-introduction in chart shorthand ("i\'m 31 y/o")', () => {
    assert.deepEqual(found("Hi, I'm Dana from the coast and I'm 31 y/o.", 'exact-age'), [['31 y/o', 'warning', 'in my 30s']]);
  });

  describe('relatives and other people as the subject of "is"/"was"', () => {
    const cases: [string, [string, string, string | null][]][] = [
      ['My wife is 61 and snores so loudly I sleep on the couch.', [['61', 'warning', 'in her 60s']]],
      ['My grandson, who is 15, faints at the sight of blood.', [['15', 'warning', 'in his teens']]],
      ['The farmer was 58 when the tremor started.', [['58', 'warning', 'in their 50s']]],
      ['Mrs. Okafor was 77 and still drove herself to dialysis.', [['77', 'warning', 'in her 70s']]],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(found(text, 'exact-age'), expected));
  });

  describe('"at 44" introducing a clause or after a life event', () => {
    const cases: [string, [string, string, string | null][]][] = [
      ['At 47 I was diagnosed with Parkinson disease.', [['At 47', 'warning', 'In my 40s']]],
      ['At 36, she learned she carried a BRCA mutation.', [['At 36', 'warning', 'In her 30s']]],
      ['He retired at 63 and took up woodworking.', [['at 63', 'warning', 'in his 60s']]],
      ['Diagnosed at 29, he has lived with Crohn disease for years.', [['at 29', 'warning', 'in his 20s']]],
      ['At age 51, I had my first colonoscopy.', [['At age 51', 'warning', 'In my 50s']]],
      ['At 44 my sister was diagnosed with Graves disease.', [['At 44', 'warning', 'In her 40s']]],
      ['My father, who died at 67, never smoked.', [['at 67', 'warning', 'in his 60s']]],
      ['My father was diagnosed at 52 with prostate cancer.', [['at 52', 'warning', 'in his 50s']]],
      ['At 20 months, she still was not crawling.', [['At 20 months', 'warning', 'As a toddler']]],
      ['He was a man of 45 with no medical history.', [['of 45', 'warning', 'in his 40s']]],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(found(text, 'exact-age'), expected));
  });

  it('"turned" after "I", and an audience addressed as a group', () => {
    assert.deepEqual(found('Ever since I turned 45 my knees have ached.', 'exact-age'), [['turned 45', 'warning', null]]);
    assert.deepEqual(found('Many of you remember Tobias, the 11-year-old who broke his femur.', 'exact-age'), [['11-year-old', 'warning', 'school-age child']]);
    assert.deepEqual(found('As you know, Priya is 34 and pregnant with twins.', 'exact-age').map((f) => f[0]), ['34']);
  });

  it('"turned 101" about one of my patients is an age over 89', () => {
    assert.deepEqual(found('Last week I visited one of my oldest patients, who turned 102 that day.', 'age-over-89').map((f) => f[0]), ['turned 102']);
  });

  describe('leaves alone', () => {
    const quiet = [
      "I'm 5 minutes away from the office.",
      "I'm 30 minutes late for clinic.",
      'I am 6 feet tall.',
      "I'm 100% sure this is viral.",
      'We arrived at 3 a.m. and waited.',
      'At 4 she woke up crying.',
      'Start at 10 mg and go up slowly.',
      'He was driving at 50 mph when he swerved.',
      'She delivered at 41 weeks.',
      'At 37 weeks the baby was born.',
      'The car turned 180 degrees.',
      'Adults at 65 should get the pneumonia vaccine.',
      'At 65, most adults qualify for Medicare.',
      'At 50, everyone should think about a colonoscopy.',
      'Quitting at 60 still adds years.',
      'Patients diagnosed at 40 have a better prognosis.',
      'People who retired at 65 often gain weight.',
      'At 18 months, most children say a few words.',
      'She is a mother of 14 and a grandmother of 30.',
      'He is a man of 6 feet and 200 pounds.',
      'If you quit at 50, you still gain years.',
      'His heart rate was at 120 when he arrived.',
      'Keep the nursery at 68 degrees.',
      'The meeting starts at 14 sharp.',
      'I was 29 years old and a second-year resident.',
      "I'm a 45-year-old runner myself.",
      'My 10-year-old asked me what a stethoscope does.',
      'At 25 I started medical school.',
      "I'm 50 and I still love running marathons.",
      'My son is 6 feet tall now.',
      'The nurse is 30 minutes away.',
      'Each child was 5 or younger.',
      'Every patient is 18 or older in this study.',
      'She delivered at 38, two weeks early.',
      'The average patient is 65 and takes five medicines.',
      'Most women reach menopause at 51.',
    ];
    for (const text of quiet) it(text, () => assert.deepEqual(loud(text, 'phi.age'), []));
  });

  it('gives "my" as the pronoun of a first-person age', () => {
    assert.deepEqual(scanAges("I'm 44 and my thyroid is enlarged.", { referenceYear: 2026 }).map((s) => [s.form, s.pronoun]), [['44', 'my']]);
  });
});

describe('date-element recall', () => {
  describe('day-of-month ordinals', () => {
    const cases: [string, [string, string, string | null][]][] = [
      ['She came back on the 17th with a fever.', [['the 17th', 'error', 'recently']]],
      ['He was admitted the 2nd and discharged the 8th.', [['the 2nd', 'error', 'recently'], ['the 8th', 'error', 'recently']]],
      ['On the night of the 5th he collapsed at home.', [['the 5th', 'error', 'one night']]],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(found(text, 'date-element'), expected));
    it('not floors, doses, recurrences or "one of the 3rd-years"', () => {
      for (const text of ['He lives on the 4th floor.', 'She took the 2nd dose in March of the series.', 'Our newsletter goes out on the 1st of each month.', 'One of the 3rd graders fainted.']) {
        assert.deepEqual(scanDates(text, { referenceDate: NOW }).filter((s) => /\d(?:st|nd|rd|th)/.test(text.slice(s.start, s.end))), [], text);
      }
    });
  });

  it('resolves a day of the month to the latest one on or before the reference date', () => {
    const text = 'seen on the 20th and on the 30th';
    assert.deepEqual(
      scanDates(text, { referenceDate: NOW }).map((s) => s.resolved && formatDay(s.resolved)),
      ['Friday, 20 November 2026', 'Friday, 30 October 2026'],
    );
  });

  it('spelled-out days of a month and the weekend just past', () => {
    assert.deepEqual(found('She was admitted on the third of March.', 'date-element'), [['the third of March', 'error', 'some time ago']]);
    assert.deepEqual(found('Over the weekend my father fell and broke his hip.', 'date-element'), [['Over the weekend', 'error', 'Recently']]);
    assert.deepEqual(found('This past weekend my son had a seizure.', 'date-element'), [['This past weekend', 'error', 'Recently']]);
  });

  it('"on a Tuesday night" happened once; "once a Tuesday" recurs', () => {
    assert.deepEqual(found('He arrived on a Thursday night with chest pain.', 'date-element'), [['a Thursday night', 'error', 'recently']]);
    assert.deepEqual(scanDates('We meet once a Tuesday. Every Thursday he swims.', { referenceDate: NOW }), []);
  });

  it('counts weekdays and weekends back ("two Fridays ago")', () => {
    const text = 'Two Fridays ago; three weekends ago';
    assert.deepEqual(
      scanDates(text, { referenceDate: NOW }).map((s) => [text.slice(s.start, s.end), s.resolved && formatDay(s.resolved)]),
      [
        ['Two Fridays ago', 'Friday, 13 November 2026'],
        ['three weekends ago', 'Saturday, 7 November 2026'],
      ],
    );
  });

  it('resolves the added holidays', () => {
    const text = 'on Juneteenth; on Ash Wednesday; on Election Day; around Kwanzaa';
    assert.deepEqual(
      scanDates(text, { referenceDate: NOW }).map((s) => [text.slice(s.start, s.end), s.resolved && formatDay(s.resolved)]),
      [
        ['Juneteenth', 'Friday, 19 June 2026'],
        ['Ash Wednesday', 'Wednesday, 18 February 2026'],
        ['Election Day', 'Tuesday, 3 November 2026'],
        ['Kwanzaa', 'Friday, 26 December 2025'],
      ],
    );
  });

  it('seasons after "in", "during", "since" and "in early"', () => {
    assert.deepEqual(found('My father fell in early spring and broke his hip.', 'date-element'), [['early spring', 'error', 'some time ago']]);
    assert.deepEqual(found('Her cough started during winter and never left.', 'date-element').map((f) => f[0]), ['winter']);
    assert.deepEqual(scanDates('She played in fall semester. He went in winter break.', { referenceDate: NOW }), []);
  });

  describe('sentence cues that tie a date to someone', () => {
    const cases: [string, string[]][] = [
      ['Around Easter my grandmother stopped eating.', ['Easter']],
      ['My husband had a heart attack in late August.', ['late August']],
      ['The rash on my leg showed up three days ago.', ['three days ago']],
      ['My A1c last month was 9.4.', ['last month']],
      ['Some of you met Rosa, who was diagnosed with leukemia in July.', ['July']],
      ['Many of you saw the coverage of Sunday’s pileup on the interstate.', ['Sunday']],
      ['She walked to the market every Friday until this spring.', ['this spring']],
      ['On Presidents Day I saw one of my favorite patients.', ['Presidents Day']],
      ['Q: My period has been late since last month. Is that normal?', ['last month']],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(loud(text, 'phi.date'), expected));
  });

  it('fixes dates after "until", "since" and "after"', () => {
    assert.deepEqual(found('She swam every Wednesday until this fall.', 'date-element'), [['this fall', 'error', 'recently']]);
    assert.deepEqual(found("I've had a headache since Monday.", 'date-element'), [['Monday', 'error', 'recently']]);
    assert.deepEqual(found('After Thanksgiving my son got sick.', 'date-element'), [['Thanksgiving', 'error', 'Recently']]);
    assert.deepEqual(found('My son got sick right after Thanksgiving.', 'date-element'), [['Thanksgiving', 'error', null]]);
  });

  describe('stays below warning', () => {
    const quiet = [
      'Many people gain weight over the holidays.',
      'Allergies are worst in the spring.',
      'Our office is closed on Labor Day.',
      'Many of you asked about RSV vaccines this fall.',
      'If you have a fever that lasts more than two days, call us.',
      'Take your vitamin D every morning.',
      'I wrote this post last week after a conference.',
      'Flu shots are available starting in September.',
      'Schedule your annual exam in early June so you can enjoy summer.',
      'As you may know, flu season peaks in February.',
      'If a child swallows a battery on Christmas Eve, you should go to the ER.',
      'Sunburns peak in the summer months.',
      // The author's own work, even on a health topic, is not a patient's date.
      'Last month I gave a talk on heart disease at the library.',
      'In March I started writing about blood pressure.',
      'I attended a diabetes conference in early June.',
    ];
    for (const text of quiet) it(text, () => assert.deepEqual(loud(text, 'phi.date'), []));
  });
});
