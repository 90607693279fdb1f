// The age scanner behind exact-age and age-over-89: forms, grammar for fixes, what it leaves alone,
// and megabyte inputs (the scanner must stay linear).
import assert from 'node:assert/strict';
import { ageGroup, decadeWord, fitCase, indefiniteArticle, scanAges, type AgeSpan } from '../../src/core/text/ages';

const REF = { referenceYear: 2026 };
const scan = (text: string): AgeSpan[] => scanAges(text, REF);
/** The parts of each span most cases care about. */
const brief = (text: string): { form: string; age: number; shape: string; pronoun: string; lead?: string }[] =>
  scan(text).map((s) => (s.lead === undefined ? { form: s.form, age: s.age, shape: s.shape, pronoun: s.pronoun } : { form: s.form, age: s.age, shape: s.shape, pronoun: s.pronoun, lead: s.lead }));

describe('scanAges', () => {
  describe('whole spans', () => {
    it('adjective with determiner and head', () => {
      assert.deepEqual(scan('A 67-year-old man came in with chest pain.'), [
        {
          start: 2,
          end: 13,
          age: 67,
          form: '67-year-old',
          shape: 'adjective',
          number: { start: 2, end: 4 },
          spelled: false,
          pronoun: 'his',
          sentenceStart: false,
          determiner: { start: 0, end: 1, text: 'A' },
          determinerAdjacent: true,
          head: { start: 14, end: 17, text: 'man' },
          headFollowedByOf: false,
        },
      ]);
    });

    it('noun use, pronoun from a later "he"', () => {
      assert.deepEqual(scan('The 62-year-old asked whether he could stop.'), [
        {
          start: 4,
          end: 15,
          age: 62,
          form: '62-year-old',
          shape: 'noun',
          number: { start: 4, end: 6 },
          spelled: false,
          pronoun: 'his',
          sentenceStart: false,
          determiner: { start: 0, end: 3, text: 'The' },
          determinerAdjacent: true,
        },
      ]);
    });

    it('predicate after a copula', () => {
      assert.deepEqual(scan('She is 67 years old and still runs.'), [
        { start: 7, end: 19, age: 67, form: '67 years old', shape: 'predicate', number: { start: 7, end: 9 }, spelled: false, pronoun: 'her', sentenceStart: false, lead: 'copula' },
      ]);
    });

    it('"at age" at the start of a sentence', () => {
      assert.deepEqual(scan('At age 67, he retired.'), [
        { start: 0, end: 9, age: 67, form: 'At age 67', shape: 'atAge', number: { start: 7, end: 9 }, spelled: false, pronoun: 'his', sentenceStart: true, lead: 'at' },
      ]);
    });

    it('ordinal birthday', () => {
      assert.deepEqual(scan('Her 93rd birthday was last week.'), [
        { start: 4, end: 8, age: 93, form: '93rd', shape: 'ordinal', number: { start: 4, end: 8 }, spelled: false, pronoun: 'her', sentenceStart: false },
      ]);
    });

    it('year of birth against the reference year', () => {
      assert.deepEqual(scan('She was born in 1930 and grew up on a farm.'), [
        { start: 8, end: 20, age: 96, form: 'born in 1930', shape: 'birthYear', number: { start: 16, end: 20 }, spelled: false, pronoun: 'her', sentenceStart: false, lead: 'copula' },
      ]);
    });

    it('spelled-out adjective', () => {
      assert.deepEqual(scan('A sixty-seven-year-old woman.'), [
        {
          start: 2,
          end: 22,
          age: 67,
          form: 'sixty-seven-year-old',
          shape: 'adjective',
          number: { start: 2, end: 13 },
          spelled: true,
          pronoun: 'her',
          sentenceStart: false,
          determiner: { start: 0, end: 1, text: 'A' },
          determinerAdjacent: true,
          head: { start: 23, end: 28, text: 'woman' },
          headFollowedByOf: false,
        },
      ]);
    });
  });

  describe('forms', () => {
    const cases: [string, ReturnType<typeof brief>][] = [
      ['a 67 year old woman', [{ form: '67 year old', age: 67, shape: 'adjective', pronoun: 'her' }]],
      ['a 67-yr-old man', [{ form: '67-yr-old', age: 67, shape: 'adjective', pronoun: 'his' }]],
      ['She is a 67-year-old.', [{ form: '67-year-old', age: 67, shape: 'noun', pronoun: 'her' }]],
      ['He was 67 years of age.', [{ form: '67 years of age', age: 67, shape: 'predicate', pronoun: 'his', lead: 'copula' }]],
      ['A woman aged 67 came in.', [{ form: 'aged 67', age: 67, shape: 'aged', pronoun: 'her', lead: 'noun' }]],
      ['A woman aged 45 years came in.', [{ form: 'aged 45 years', age: 45, shape: 'aged', pronoun: 'her', lead: 'noun' }]],
      ['At the age of 80, her grandfather learned to swim.', [{ form: 'At the age of 80', age: 80, shape: 'atAge', pronoun: 'his', lead: 'at' }]],
      ['She had smoked since age 15.', [{ form: 'since age 15', age: 15, shape: 'atAge', pronoun: 'her', lead: 'since' }]],
      ['Her neighbor (age 63) came along.', [{ form: 'age 63', age: 63, shape: 'age', pronoun: 'her', lead: 'other' }]],
      ['He finally reached the age of 70.', [{ form: 'the age of 70', age: 70, shape: 'ageOf', pronoun: 'his', lead: 'other' }]],
      ['67 yo M with chest pain', [{ form: '67 yo', age: 67, shape: 'adjective', pronoun: 'his' }]],
      ['a 67 y/o woman', [{ form: '67 y/o', age: 67, shape: 'adjective', pronoun: 'her' }]],
      ['a 67yo woman', [{ form: '67yo', age: 67, shape: 'adjective', pronoun: 'her' }]],
      ['Her husband, 71, waited outside.', [{ form: '71', age: 71, shape: 'appositive', pronoun: 'his' }]],
      ['Mr. Kowalski (88) was alert.', [{ form: '88', age: 88, shape: 'appositive', pronoun: 'his' }]],
      ["She's 67 and still skis.", [{ form: '67', age: 67, shape: 'copula', pronoun: 'her', lead: 'copula' }]],
      ['He was almost 40 when he quit.', [{ form: 'almost 40', age: 39, shape: 'copula', pronoun: 'his', lead: 'copula' }]],
      ['He had just turned 67 last month.', [{ form: 'turned 67', age: 67, shape: 'turned', pronoun: 'his', lead: 'turn' }]],
      ['She celebrated her ninety-third birthday.', [{ form: 'ninety-third', age: 93, shape: 'ordinal', pronoun: 'her' }]],
      ["The patient's 91st birthday party.", [{ form: '91st', age: 91, shape: 'ordinal', pronoun: 'their' }]],
      ['She was born in the 1920s in Ohio.', [{ form: 'born in the 1920s', age: 106, shape: 'birthYear', pronoun: 'her', lead: 'copula' }]],
      ['A woman born in March 1931 came in.', [{ form: 'born in March 1931', age: 95, shape: 'birthYear', pronoun: 'her', lead: 'other' }]],
      ['He is in his late 90s.', [{ form: 'in his late 90s', age: 90, shape: 'decade', pronoun: 'his', lead: 'copula' }]],
      ['A nonagenarian came in.', [{ form: 'nonagenarian', age: 90, shape: 'term', pronoun: 'their' }]],
      ['A 6-month-old infant with a cough.', [{ form: '6-month-old', age: 0, shape: 'adjective', pronoun: 'their' }]],
      ['An 18-month-old boy.', [{ form: '18-month-old', age: 1, shape: 'adjective', pronoun: 'his' }]],
      ['She is 2 years old.', [{ form: '2 years old', age: 2, shape: 'predicate', pronoun: 'her', lead: 'copula' }]],
      ['A 67-year-old Marine veteran came in.', [{ form: '67-year-old', age: 67, shape: 'adjective', pronoun: 'their' }]],
      ['Last spring a 67-year-old woman and her 70-year-old husband came in.', [
        { form: '67-year-old', age: 67, shape: 'adjective', pronoun: 'her' },
        { form: '70-year-old', age: 70, shape: 'adjective', pronoun: 'his' },
      ]],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepEqual(brief(text), expected));
    }

    it('finds the head noun phrase after the age', () => {
      const [s] = scan('She is a 67-year-old retired teacher who gardens.');
      assert.deepEqual(s.head, { start: 21, end: 36, text: 'retired teacher' });
      const [m] = scan('A 67-year-old mother of three came in.');
      assert.deepEqual([m.head?.text, m.headFollowedByOf], ['mother', true]);
      const [p] = scan("The 67-year-old's daughter called.");
      assert.deepEqual([p.shape, p.possessive, p.head], ['noun', true, undefined]);
    });

    it('an unknown head needs a person in the block', () => {
      assert.deepEqual(brief('A 15-year-old sedan was parked outside.'), []);
      assert.deepEqual(brief('A 52-year-old Peloton fan burned his hand.'), [{ form: '52-year-old', age: 52, shape: 'adjective', pronoun: 'his' }]);
      assert.equal(scan('A 52-year-old Peloton fan burned his hand.')[0].head, undefined);
    });

    it('marks a number that starts a sentence', () => {
      assert.deepEqual(scan('Twenty-four-year-old runner collapses. 67-year-old man recovers.').map((s) => [s.form, s.sentenceStart]), [
        ['Twenty-four-year-old', true],
        ['67-year-old', true],
      ]);
    });

    it('does not need a reference year except for birth years', () => {
      assert.deepEqual(scanAges('She was born in 1930. She is 93 years old.').map((s) => s.form), ['93 years old']);
    });
  });

  describe('leaves alone', () => {
    const quiet = [
      'Adults over 65 years old should get a shingles vaccine.',
      'Children under 5 years old are at higher risk.',
      'People aged 65 and older need a high-dose flu shot.',
      'The guideline covers ages 18 to 64.',
      'Most adults 65+ benefit from a pneumococcal vaccine.',
      'Colorectal cancer screening starts at age 45 for people at average risk.',
      'Women should begin mammograms at age 40.',
      'Medicare eligibility begins at age 65.',
      'By age 2, most children speak in short phrases.',
      'Over the age of 65, falls become common.',
      'Patients aged 50 to 75 should be screened.',
      'Between 50 and 75 years old, screening is recommended.',
      'Screening for 67-year-old patients is covered.',
      'Most 5-year-olds can hop on one foot.',
      '5- to 7-year-old children need booster seats.',
      'If you are 50 years old, talk to your doctor about screening.',
      'If a 45-year-old woman has no symptoms, guidelines still recommend screening.',
      'A typical 50-year-old man needs about 2,000 calories.',
      'Every 2-year-old should have a lead test.',
      'A 10-year-old study followed 5,000 nurses.',
      'We drive a 10-year-old car and live in a 100-year-old house.',
      'The program is a 20-year-old tradition at our 50-year-old practice.',
      'The 65-year-old threshold is arbitrary.',
      'My 10-year-old asked me what a stethoscope does.',
      'I was 29 years old and a second-year resident.',
      "I'm a 45-year-old runner myself.",
      'She was one of the first patients in the trial.',
      'Most women go through menopause around age 51.',
      'At 65, you qualify for Medicare.',
      'She has worked here for 20 years.',
      'He lost 20 pounds in 3 months.',
      'The dose is 67 mg twice a day.',
      'She was 5 minutes late.',
      'He turned 180 degrees.',
      'In 2019, 67 patients were enrolled.',
      'Figure (2) shows the trend.',
      'Hip fractures in people in their 90s are common.',
      'Centenarians often have low rates of disease.',
      'Your 50th birthday is a good time to schedule a colonoscopy.',
      "The hospital's 100th birthday was celebrated.",
      'The study enrolled people born in 1930 to 1940.',
      'She is over 90 years old.',
      'A woman aged 90 or older and someone in their 60s.',
      'A man in his 60s, an older adult, born at least 90 years ago.',
      'COVID-19 hit 67.5% of homes; version 3.67 ships on 12/67.',
      'The ratio was 1,967 to 2.',
    ];
    for (const text of quiet) {
      it(text, () => assert.deepEqual(scan(text), []));
    }

    it('returns early on text without digits or number words', () => {
      assert.deepEqual(scan('No ages here, only words and punctuation.'), []);
    });
  });

  describe('megabyte inputs', () => {
    const MB = 1 << 20;
    it('long digit runs, separators and letters find nothing', () => {
      assert.deepEqual(scan('9'.repeat(MB)), []);
      assert.deepEqual(scan('1-'.repeat(MB / 2)), []);
      assert.deepEqual(scan('1 '.repeat(MB / 2)), []);
      assert.deepEqual(scan('one '.repeat(MB / 4)), []);
      assert.deepEqual(scan('a'.repeat(MB)), []);
      assert.deepEqual(scan(' '.repeat(MB) + '8'.repeat(MB)), []);
    });

    it('a megabyte of ages finds each one', () => {
      const unit = 'She is 67 years old. ';
      const n = Math.floor(MB / unit.length);
      const found = scan(unit.repeat(n));
      assert.equal(found.length, n);
      assert.deepEqual(found[n - 1].form, '67 years old');
      const adj = 'a 67-year-old man ';
      assert.equal(scan(adj.repeat(Math.floor(MB / adj.length))).length, Math.floor(MB / adj.length));
    });

    it('a megabyte of first-person, relative and "at 44" ages finds each one', () => {
      for (const unit of ["I'm 41 and my TSH is high. ", 'My son is 9 and wets the bed. ', 'At 44 she was diagnosed. ']) {
        const n = Math.floor(MB / 4 / unit.length);
        assert.equal(scan(unit.repeat(n)).length, n, unit);
      }
      const quiet = 'at 44 at 3 at 50 mph I am 41 ';
      assert.deepEqual(scan(quiet.repeat(Math.floor(MB / 4 / quiet.length))), []);
    });

    it('a megabyte without sentence ends stays bounded', () => {
      const unit = 'aged 67 and ';
      const n = Math.floor(MB / unit.length);
      assert.equal(scan(unit.repeat(n)).length, n);
    });
  });
});

describe('age wording helpers', () => {
  it('indefiniteArticle reads words and numbers aloud', () => {
    assert.deepEqual(
      ['older', 'man', 'infant', 'hour', 'university', '80', '8', '11', '18', '67', 'young'].map(indefiniteArticle),
      ['an', 'a', 'an', 'an', 'a', 'an', 'an', 'an', 'an', 'a', 'a'],
    );
  });

  it('decadeWord gives decades from 20 and teens from 13', () => {
    assert.deepEqual([5, 12, 13, 19, 20, 67, 89].map(decadeWord), [null, null, 'teens', 'teens', '20s', '60s', '80s']);
  });

  it('ageGroup bands ages into groups', () => {
    assert.deepEqual(
      [0, 2, 4, 8, 15, 25, 50, 70].map((a) => ageGroup(a).noun),
      ['infant', 'toddler', 'young child', 'school-age child', 'teenager', 'young adult', 'middle-aged adult', 'older adult'],
    );
    assert.deepEqual(ageGroup(8), { adjective: 'school-age', noun: 'school-age child', predicate: 'of school age', postnominal: 'of school age' });
  });

  it('fitCase follows the replaced word or the sentence start', () => {
    assert.equal(fitCase('At age 67', 'in her 60s', true), 'In her 60s');
    assert.equal(fitCase('at age 67', 'in her 60s', false), 'in her 60s');
    assert.equal(fitCase('67-year-old', 'a man in his 60s', true), 'A man in his 60s');
    assert.equal(fitCase('67-year-old', 'man in his 60s', false), 'man in his 60s');
  });
});
