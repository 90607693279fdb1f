// Precision of time and quotation handling: dates of history, recurring seasons and a practice's own
// schedule are not a patient's dates; quoted examples of wording ("a post that opens with “…”") are
// shown as information; patient speech and real patient stories keep firing at warning or worse.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { dateContext } from '../../src/core/text/cues';
import { QuoteFilter, quotedExamples } from '../../src/core/text/speech';
import { scanDates } from '../../src/core/text/dates';
import { findDisclaimer, hasDisclaimer } from '../../src/core/text/disclosures';
import { planBlock } from '../../src/core/rules/reidentification-risk';

const NOW = new Date('2026-11-24T12:00:00Z');
const TAIL = '\n\nThis post is general education, not medical advice.\n';

/** "ruleId severity [text]" of the findings of the given rules. */
function found(text: string, rules: string[]): string[] {
  return lint(text + TAIL, { now: NOW })
    .findings.filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

/** Findings of warning or worse of the given rules. */
function loud(text: string, rules: string[]): string[] {
  return found(text, rules).filter((s) => / (?:error|warning) \[/.test(s));
}

const dates = (text: string): string[] => found(text, ['date-element']);

describe('date-element: dates that are not a patient’s', () => {
  describe('history', () => {
    it('a date a century back is no finding; a historical figure’s date is information', () => {
      assert.deepEqual(dates('In September 1928, Alexander Fleming returned from holiday to his laboratory at a London hospital.'), [
        'date-element information [September 1928]',
      ]);
      assert.deepEqual(dates('On October 16, 1846, William Morton demonstrated ether anaesthesia in a Boston operating theatre.'), []);
      assert.deepEqual(dates('On 4 July 1854 the pump handle was removed, and the cholera outbreak faded.'), []);
    });
    it('a date from 30 to 99 years back with a named figure is information only', () => {
      assert.deepEqual(dates('In June 1981, James Curran published the first report on the new syndrome in the hospital bulletin.'), [
        'date-element information [June 1981]',
      ]);
    });
    it('still fires when the old date is a patient’s: birth, admission, a patient, the author', () => {
      assert.deepEqual(loud('My patient was born on March 3, 1931, and was admitted to the hospital last week.', ['date-element']).slice(0, 1), [
        'date-element error [March 3, 1931]',
      ]);
      assert.deepEqual(loud('In September 1968 she was admitted to the hospital with pneumonia.', ['date-element']), ['date-element error [September 1968]']);
      assert.deepEqual(loud('In May 1975, Mr. Alvarez came to the clinic with a cough.', ['date-element']), ['date-element error [May 1975]']);
    });
  });

  describe('recurring seasons', () => {
    it('a range of the calendar or a yearly wave is no finding', () => {
      assert.deepEqual(dates('Somewhere between Thanksgiving and the end of March, a familiar wave arrives in our clinic: sudden vomiting.'), []);
      assert.deepEqual(dates('From November through March, the emergency department fills with bronchiolitis.'), []);
      assert.deepEqual(dates('Every year in January, the hospital sees a surge of influenza admissions.'), []);
    });
    it('still fires when the season is a patient’s', () => {
      assert.deepEqual(loud('A patient I saw the night after Thanksgiving had eaten leftover stuffing.', ['date-element']), [
        'date-element error [the night after Thanksgiving]',
      ]);
      assert.deepEqual(loud('Between Thanksgiving and the end of March, my patient was admitted three times.', ['date-element']), ['date-element error [March]']);
      assert.deepEqual(loud('She came to the clinic in March with a wave of nausea.', ['date-element']), ['date-element error [March]']);
    });
  });

  describe('the practice’s own schedule', () => {
    it('a move, new hours or a new colleague’s start date is no finding', () => {
      assert.deepEqual(dates('Starting Monday, September 29, 2025, our practice will be located at a new address.'), []);
      assert.deepEqual(dates('Dr. Okafor begins seeing patients on Monday, September 15, and he is accepting new patients.'), []);
      assert.deepEqual(dates('Many patients asked for early appointments. Beginning September 29, our hours will be longer on weekdays.'), []);
      assert.deepEqual(dates('With the new exam rooms we are expanding our hours, with extended hours from October 6 on weekdays.'), []);
    });
    it('the practice named without a strong cue is information only', () => {
      // "Our front desk" and an effective date, nothing about a patient: a suggestion, not proof.
      assert.deepEqual(dates('Many patients asked about appointments. Starting October 6 our front desk takes calls from seven.'), [
        'date-element information [October 6]',
      ]);
    });
    it('still fires for a patient’s date in the same kind of sentence', () => {
      assert.deepEqual(loud('On September 29 my patient came in with chest pain.', ['date-element']), ['date-element error [September 29]']);
      assert.deepEqual(loud('On September 29 he came to our clinic with chest pain.', ['date-element']), ['date-element error [September 29]']);
      assert.deepEqual(loud('Starting September 29, our practice will see Mrs. Lee for her wound.', ['date-element']), ['date-element error [September 29]']);
    });
  });

  it('dateContext names the reason and whether it is certain', () => {
    const text = 'In September 1928, Alexander Fleming returned from holiday to his laboratory.';
    const span = scanDates(text, { referenceDate: NOW })[0];
    assert.deepEqual(dateContext(text, span, 2026), { kind: 'historical', certain: false });
    const old = 'On 4 July 1854 the pump handle was removed.';
    assert.deepEqual(dateContext(old, scanDates(old, { referenceDate: NOW })[0], 2026), { kind: 'historical', certain: true });
    const patient = 'On September 29 my patient came in.';
    assert.equal(dateContext(patient, scanDates(patient, { referenceDate: NOW })[0], 2026), null);
  });
});

describe('quoted examples of wording (engine-level)', () => {
  const AGE_DATE_PLACE = ['exact-age', 'date-element', 'place', 'reidentification-risk'];

  it('finds the quoted example and leaves quoted patient speech alone', () => {
    const t = 'Consider a hypothetical post that opens with "the 67-year-old teacher I saw in the ER last night." Then "I\'m 67," she said.';
    const spans = quotedExamples(t);
    assert.equal(spans.length, 1);
    assert.equal(t.slice(spans[0][0], spans[0][1] + 1), '"the 67-year-old teacher I saw in the ER last night."');
    assert.deepEqual(quotedExamples('No quotes at all, 67 years old.'), []);
  });

  it('downgrades findings inside a quoted example to information, with a note', () => {
    const text =
      'Most privacy slips were not malicious. Consider a hypothetical post that opens with "the 67-year-old teacher I saw in the ER last night." There is no name in that sentence. But there is an age, an occupation, a setting and a date.';
    assert.deepEqual(found(text, AGE_DATE_PLACE), ['exact-age information [67-year-old]', 'date-element information [last night]']);
    const f = lint(text + TAIL, { now: NOW }).findings.find((x) => x.ruleId === 'exact-age');
    assert.ok(f);
    assert.match(f.message, /\(in a quoted example\)\.$/);
    assert.match(f.note, /^Shown as information: the match sits inside a double-quoted example/);
  });

  it('"Posting “…”", "such as", "for example" and "a tweet that reads" introduce examples', () => {
    assert.deepEqual(
      loud('A third is timing. Posting "rough night, lost a young patient after a car crash on Route 9 last night" an hour after the local news reports the same crash ties the two together.', AGE_DATE_PLACE),
      [],
    );
    assert.deepEqual(loud('Avoid openers such as "a 45-year-old man came in on Tuesday".', AGE_DATE_PLACE), []);
    assert.deepEqual(loud('For example, "my 52-year-old patient from yesterday" says too much.', AGE_DATE_PLACE), []);
    assert.deepEqual(loud('Imagine a tweet that reads "saw a 71-year-old farmer in the ICU this morning".', AGE_DATE_PLACE), []);
  });

  it('patient speech quoted in a story keeps its findings', () => {
    assert.deepEqual(loud('"I\'m 67," she said, "and I have never been in a hospital."', ['exact-age']), ['exact-age warning [67]']);
    assert.deepEqual(loud('My patient told me, "I fell on March 3 at the bus stop."', ['date-element']), ['date-element error [March 3]']);
    assert.deepEqual(loud('She said something like "I have had chest pain since Tuesday, and I am 58."', ['exact-age', 'date-element']), [
      'date-element error [Tuesday]',
      'exact-age warning [58]',
    ]);
  });

  it('a specific person’s own message is not an example', () => {
    assert.deepEqual(loud('Her message read: "my son has had a fever since Tuesday and he is 6 years old."', ['exact-age', 'date-element']), [
      'date-element error [Tuesday]',
      'exact-age warning [6 years old]',
    ]);
  });

  it('a real, present-tense ER story outside quotes still fires', () => {
    const story = 'The 67-year-old teacher I saw in the ER last night had crushed her hand in a car door.';
    assert.deepEqual(loud(story, ['exact-age', 'date-element']), ['exact-age warning [67-year-old]', 'date-element error [last night]']);
  });

  it('reidentification-risk does not rate details that are all inside quoted examples', () => {
    const quoted =
      'Posting "lost a young patient after a car crash on Route 9 tonight, a 17-year-old quarterback at Lakeview High" an hour after the local news ties the two together.';
    assert.equal(planBlock({ text: quoted }, NOW, 8, 11), null);
    const real = 'We lost a young patient after a car crash on Route 9 tonight, a 17-year-old quarterback at Lakeview High.';
    const r = planBlock({ text: real }, NOW, 8, 11);
    assert.ok(r);
    assert.ok(r.severity === 'warning' || r.severity === 'error', r.severity);
  });

  it('reidentification-risk does not count a practice’s move date as a patient’s time', () => {
    const text = 'After fourteen years in the old building on Carver Street, we have outgrown our space. Starting Monday, September 29, 2025, our practice will be located at a new address.';
    assert.equal(loud(text, ['reidentification-risk']).length, 0);
  });
});

describe('educational disclaimers in the wording of practice posts', () => {
  const accepted: [string, string][] = [
    ['I wrote this to explain general principles, not to tell anyone whether they need an antibiotic today.', 'not to tell anyone'],
    ['I write these posts to explain how illnesses work, not to diagnose anyone.', 'not to diagnose anyone'],
    ['Please treat this post as education, not as medical instructions for you personally.', 'not as medical instructions'],
    ['These explanations make lab reports less mysterious. They are not a reading of your results.', 'not a reading of your results'],
    ['Please take this guide as background.', 'take this guide as background'],
  ];
  for (const [text, predicate] of accepted) {
    it(`counts: ${text}`, () => {
      const m = findDisclaimer(text);
      assert.ok(m);
      assert.equal(text.slice(m[0], m[1]), predicate);
    });
  }
  const refused = [
    'Influencers are not trying to tell anyone the truth about supplements.',
    'The lab is not a reading room.',
    'My mother taught me not to tell anyone about my illness.',
    'Take the antibiotic as prescribed, not to treat anyone else.',
  ];
  for (const text of refused) {
    it(`does not count: ${text}`, () => assert.equal(hasDisclaimer(text), false));
  }
  it('the post with such a closing line has no missing-disclosure finding', () => {
    const post = '# Heat illness\n\nDrink water before you are thirsty.\n\n## Before You Head Out\n\nPlease treat this post as education, not as medical instructions for you personally. Confusion or seizures in the heat mean calling 911.\n';
    assert.deepEqual(
      lint(post, { now: NOW }).findings.filter((f) => f.ruleId === 'missing-disclosure'),
      [],
    );
  });
});

describe('QuoteFilter answers queries in any order', () => {
  // Each pattern of a rule scans the block from its start, so the filter is asked about earlier
  // offsets after later ones; its cursor once overshot and answered "not quoted" for the span
  // right before it ("I can't fix stupid," listed in quotes was flagged as mockery).
  it('finds the quoted span before the last one asked about', () => {
    const t = 'A: "one two" then "three four" and "five six" end.';
    const q = new QuoteFilter(t);
    const at = (w: string): boolean => q.quoted(t.indexOf(w), t.indexOf(w) + w.length);
    assert.deepEqual([at('three'), at('two'), at('five'), at('four'), at('then'), at('six'), at('end'), at('one')], [true, true, true, true, false, true, false, true]);
  });
});
