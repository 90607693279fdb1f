// Sentence-level cases for the advice, claim, testimonial and mockery rules: what each flags
// (rule id and severity) and what it must leave alone. Whole-post cases live in the fixtures.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';

const RULE_IDS = ['individual-advice', 'unsupported-claim', 'testimonial', 'patient-mockery'];

/** "ruleId severity" for each finding of the four rules, in order. */
function found(text: string): string[] {
  return lint(text, { now: new Date('2024-06-01T00:00:00Z') })
    .findings.filter((f) => RULE_IDS.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity}`);
}

const FLAGGED: [string, string[]][] = [
  ['If your pressure is 150/95, double your lisinopril.', ['individual-advice error']],
  ['You need to taper your prednisone now.', ['individual-advice error']],
  ['In your situation, I would wait.', ['individual-advice warning']],
  ['If I were you, I would get a second opinion.', ['individual-advice warning']],
  ['You definitely have shingles.', ['individual-advice error']],
  ['Email me your MRI and I will read it.', ['individual-advice error']],
  ['Send us a photo of your rash.', ['individual-advice error']],
  ['We can start you on it next week.', ['individual-advice warning']],
  ['This tea will cure your acne.', ['unsupported-claim warning']],
  ['The procedure is completely safe.', ['unsupported-claim warning']],
  ['Our supplement reverses type 2 diabetes.', ['unsupported-claim warning']],
  ['Try our detox tea.', ['unsupported-claim warning']],
  ['Dr. Ray is a top doctor in the state.', ['unsupported-claim warning']],
  ['Our success rate is over 95%.', ['unsupported-claim warning']],
  ['Our injections cure knee pain in 95% of patients.', ['unsupported-claim warning', 'unsupported-claim warning']],
  ['Lose 30 pounds in 30 days without dieting!', ['unsupported-claim warning', 'unsupported-claim warning']],
  ['From your description, your son has Kawasaki disease.', ['individual-advice error']],
  ['Send me a DM with photos and I will tell you more.', ['individual-advice error']],
  ['Stop the ibuprofen you mentioned.', ['individual-advice error']],
  ['Results like mine are typical for my readers.', ['testimonial warning']],
  ['It was hilarious watching him argue with the nurse.', ['patient-mockery warning']],
  ['Dr. Ray is the best surgeon in Boston.', ['unsupported-claim warning']],
  ['She lost 30 pounds in our program!', ['testimonial warning']],
  ['Write us a review and receive a $20 credit.', ['testimonial error']],
  ['Get 15% off with discount code HEALTH15.', ['testimonial error']],
  ['This post is sponsored by Acme. Use my code ACME for 10% off.', []],
  ['Sponsored by Acme. Use my code ACME for 10% off.', []],
  ['I loved the webinar sponsored by Acme.', ['testimonial error']],
  ['What a pathetic family; they argued with every nurse.', ['patient-mockery warning']],
  ['She "ran out" of her pills again, of course.', ['patient-mockery warning']],
];

const QUIET: string[] = [
  'If you have chest pain, call 911.',
  'Talk with your clinician before stopping any medicine.',
  'You should get a flu shot every year.',
  'Never double your dose to make up for a missed one.',
  'Do not stop your blood pressure medicine without talking to your clinician.',
  'Patients often ask, "Should I double my pills?"',
  'You can lower your blood pressure with less salt.',
  'There is no miracle cure for back pain.',
  'No diet is \'guaranteed\' to work.',
  'Be wary of clinics that claim their drips boost immunity.',
  'Nothing in medicine is 100% safe.',
  'Hepatitis C medicines cure most infections within 12 weeks (Smith 2021).',
  'In one trial, 60% of participants improved ([NEJM](https://example.org/nejm)).',
  'In the trial, participants lost an average of 15 pounds.',
  'A study sponsored by the NIH found no benefit.',
  'We welcome honest reviews, positive or negative.',
  'I felt stupid when I missed that fracture.',
  'Amblyopia, or lazy eye, is treatable.',
  'He forgot his medicines, so we set up a pill box.',
  'Alcohol detox should be medically supervised.',
  'Exercise helps, and you can reduce your insulin needs by walking after meals.',
  'Ask your doctor whether you can lower your dose.',
  'The test is usually painless.',
  'Treatment cures most hepatitis C infections (Smith 2021).',
  'Find the best specialist in your area.',
  'Patients are entitled to a copy of their records.',
  'He said he felt stupid for waiting so long.',
  'You can build strength without exercise equipment.',
  'Stop the bleeding with firm pressure.',
  'Most people lose weight slowly, about 1 to 2 pounds a week.',
];

describe('advice, claim, testimonial and mockery rules: sentences', () => {
  for (const [text, expected] of FLAGGED) {
    it(`flags: ${text}`, () => assert.deepEqual(found(text), expected));
  }
  for (const text of QUIET) {
    it(`quiet: ${text}`, () => assert.deepEqual(found(text), []));
  }
});
