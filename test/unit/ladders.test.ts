// Golden fix ladders (issue #4): for one representative sentence per ladder, every rung in order
// (first = preferred) and the sentence each rung produces when applied alone.
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index';

const NOW = new Date('2026-11-24T00:00:00Z');
const DISCLAIMER = 'This post is general education, not medical advice, and does not create a physician–patient relationship.';

/** Each rung of `rule`'s findings in `sentence`: [title, the sentence after applying that rung alone]. */
function rungs(rule: string, sentence: string): [string, string][] {
  const src = `# Post\n\n${sentence}\n\n${DISCLAIMER}\n`;
  const findings = lint(src, { now: NOW }).findings.filter((f) => f.ruleId === rule);
  assert.ok(findings.length > 0, `${rule} finds something in: ${sentence}`);
  return findings.flatMap((f) => f.fixes.map((fix): [string, string] => [fix.title, applyFixes(src, [fix]).text.split('\n')[2]]));
}

const LADDERS: { rule: string; sentence: string; expected: [string, string][] }[] = [
  {
    rule: 'exact-age',
    sentence: 'A 67-year-old man came in with chest pain.',
    expected: [
      ['Generalize to “in his 60s”', 'A man in his 60s came in with chest pain.'],
      ['Generalize to “older”', 'An older man came in with chest pain.'],
    ],
  },
  {
    rule: 'exact-age',
    sentence: 'She is 34 years old and runs marathons.',
    expected: [
      ['Generalize to “in her 30s”', 'She is in her 30s and runs marathons.'],
      ['Generalize to “a young adult”', 'She is a young adult and runs marathons.'],
    ],
  },
  {
    rule: 'age-over-89',
    sentence: 'Her 93-year-old father still drives.',
    expected: [
      ['Replace with “aged 90 or older”', 'Her father aged 90 or older still drives.'],
      ['Replace with “older”', 'Her older father still drives.'],
    ],
  },
  {
    rule: 'date-element',
    sentence: 'On March 3, 2024 she collapsed at home.',
    expected: [
      ['Replace with the year only (“in 2024”)', 'In 2024 she collapsed at home.'],
      ['Replace with “some time ago”', 'Some time ago she collapsed at home.'],
    ],
  },
  { rule: 'date-element', sentence: 'Last Tuesday he came back with a fever.', expected: [['Replace with “recently”', 'Recently he came back with a fever.']] },
  { rule: 'date-element', sentence: 'She was admitted the night after Thanksgiving.', expected: [['Replace with “recently”', 'She was admitted recently.']] },
  {
    rule: 'place',
    sentence: 'A retired teacher from Harlan came into my ER.',
    expected: [
      ['Replace with “a small town in our state”', 'A retired teacher from a small town in our state came into my ER.'],
      ['Remove the place', 'A retired teacher came into my ER.'],
    ],
  },
  { rule: 'place', sentence: 'He lives at 1234 Miller Creek Road with his wife.', expected: [['Remove the address', 'He lives with his wife.']] },
  // "the … area" is generalised whole: no "the a small town in our state area".
  {
    rule: 'place',
    sentence: 'He grew up in the Harlan County area and still farms there.',
    expected: [
      ['Replace with “our region”', 'He grew up in our region and still farms there.'],
      ['Remove the place', 'He grew up and still farms there.'],
    ],
  },
  {
    rule: 'place',
    sentence: 'My patient lives in the Brakpan region with her husband.',
    expected: [
      ['Replace with “our region”', 'My patient lives in our region with her husband.'],
      ['Remove the place', 'My patient lives with her husband.'],
    ],
  },
  {
    rule: 'place',
    sentence: 'She was born in the Millbrook Valley area.',
    expected: [
      ['Replace with “our region”', 'She was born in our region.'],
      ['Remove the place', 'She was born.'],
    ],
  },
  {
    rule: 'place',
    sentence: 'He lives near Brakpan with his wife.',
    expected: [
      ['Replace with “a small town in our state”', 'He lives near a small town in our state with his wife.'],
      ['Remove the place', 'He lives with his wife.'],
    ],
  },
  {
    rule: 'zip-code',
    sentence: 'The family lives in ZIP code 68102 near the river.',
    expected: [
      ['Remove the ZIP code', 'The family lives near the river.'],
      ['Keep only the first three digits (681)', 'The family lives in ZIP code 681 near the river.'],
    ],
  },
  {
    rule: 'zip-code',
    sentence: 'A farmer from 59301 came in.',
    expected: [
      ['Remove the ZIP code', 'A farmer came in.'],
      ['Keep only the first three digits (593)', 'A farmer from 593 came in.'],
    ],
  },
  { rule: 'person-name', sentence: 'My patient Maria Lopez came in with chest pain.', expected: [['Remove the name, keep “patient”', 'My patient came in with chest pain.']] },
  { rule: 'phone-number', sentence: 'Her son asked me to call her at 402-555-0142 tonight.', expected: [['Remove the phone number', 'Her son asked me to call her tonight.']] },
  { rule: 'email-address', sentence: 'You can reach her daughter at jane.doe@example.com for updates.', expected: [['Remove the email address', 'You can reach her daughter for updates.']] },
  { rule: 'record-number', sentence: 'His MRN 12345678 was on the chart.', expected: [['Remove the number', 'His MRN was on the chart.']] },
  { rule: 'stigma-terms', sentence: 'Diabetics often struggle with this.', expected: [['Replace with “People with diabetes”', 'People with diabetes often struggle with this.']] },
  {
    rule: 'stigma-terms',
    sentence: 'She is an addict and a frequent flyer in our ER.',
    expected: [
      ['Replace with “a person with a substance use disorder”', 'She is a person with a substance use disorder and a frequent flyer in our ER.'],
      ['Replace with “a patient who visits often”', 'She is an addict and a patient who visits often in our ER.'],
    ],
  },
  { rule: 'unsupported-claim', sentence: 'Our clinic has a 98% success rate with this treatment.', expected: [['Insert “[citation needed]”', 'Our clinic has a 98% success rate [citation needed] with this treatment.']] },
  {
    rule: 'individual-advice',
    sentence: 'Send me your lab results and I will tell you what to do.',
    expected: [['Replace with a pointer to the patient portal', "If you're a patient of our practice, message us through the portal."]],
  },
  {
    rule: 'individual-advice',
    sentence: 'You should double your insulin dose if your sugar is high.',
    expected: [
      ["Replace the sentence with “Talk with your clinician before changing your insulin dose.”", "Talk with your clinician before changing your insulin dose."],
    ],
  },
  {
    rule: 'individual-advice',
    sentence: 'If you feel faint, you should stop taking your atenolol.',
    expected: [
      ["Replace with “talk with your clinician before changing …”", "If you feel faint, you should talk with your clinician before changing your atenolol."],
      ["Replace the sentence with “Talk with your clinician before changing your atenolol.”", "Talk with your clinician before changing your atenolol."],
    ],
  },
  {
    rule: 'individual-advice',
    sentence: 'Based on what you describe, you probably have a thyroid problem.',
    expected: [
      ["Replace the sentence with “Only a clinician who examines you can say whether you have a thyroid problem.”", "Only a clinician who examines you can say whether you have a thyroid problem."],
    ],
  },
  {
    rule: 'individual-advice',
    sentence: 'A TSH of 6.2 on your dose means you\'re under-replaced.',
    expected: [
      ["Replace the sentence with “Only a clinician who examines you can say whether you’re under-replaced.”", "Only a clinician who examines you can say whether you’re under-replaced."],
    ],
  },
  {
    rule: 'individual-advice',
    sentence: 'Give her 5 mL of children\'s ibuprofen every 6 hours.',
    expected: [
      ["Replace the sentence with “Talk with your clinician before changing a medicine or dose.”", "Talk with your clinician before changing a medicine or dose."],
    ],
  },
  {
    rule: 'individual-advice',
    sentence: 'You need to start valacyclovir 1 gram three times a day right away.',
    expected: [
      ["Replace the sentence with “Talk with your clinician before starting valacyclovir.”", "Talk with your clinician before starting valacyclovir."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: 'Our laser treatment is safer than traditional surgery.',
    expected: [
      ["Replace with “may be safer than …”", "Our laser treatment may be safer than traditional surgery."],
      ["Insert “[citation needed]”", "Our laser treatment is safer than traditional surgery [citation needed]."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: 'Our stockings work better than compression wraps.',
    expected: [
      ["Replace with “may work better than …”", "Our stockings may work better than compression wraps."],
      ["Insert “[citation needed]”", "Our stockings work better than compression wraps [citation needed]."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: 'This cream cures eczema.',
    expected: [
      ["Replace with “may help with”", "This cream may help with eczema."],
      ["Insert “[citation needed]”", "This cream cures eczema [citation needed]."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: 'Dr. Alvarez is the best vascular surgeon in the region.',
    expected: [
      ["Insert “[citation needed]”", "Dr. Alvarez is the best vascular surgeon in the region [citation needed]."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: 'Thousands of patients have walked out of our office pain-free.',
    expected: [
      ["Add “Individual results vary.”", "Thousands of patients have walked out of our office pain-free. Individual results vary."],
      ["Insert “[citation needed]”", "Thousands of patients have walked out of our office pain-free [citation needed]."],
    ],
  },
  {
    rule: 'unsupported-claim',
    sentence: '9 out of 10 patients see their veins fade after one session.',
    expected: [
      ["Insert “[citation needed]”", "9 out of 10 patients see their veins fade after one session [citation needed]."],
    ],
  },
];

describe('fix ladders (golden, every rung)', () => {
  for (const { rule, sentence, expected } of LADDERS) {
    it(`${rule}: ${sentence}`, () => {
      assert.deepEqual(rungs(rule, sentence), expected);
    });
  }

  it('never offers a month or a season as a safe date (they are still date elements)', () => {
    for (const sentence of ['On March 3, 2024 she collapsed at home.', 'She was admitted on 3/14/2025.', 'Last Tuesday he came back with a fever.']) {
      for (const [title, result] of rungs('date-element', sentence)) {
        assert.doesNotMatch(`${title} ${result}`, /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\b/, `${sentence} → ${result}`);
      }
    }
  });
});
