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
  // Material-connection cues are disclosure.missing findings of missing-disclosure (test/unit/contact-disclosure.test.ts).
  ['Get 15% off with discount code HEALTH15.', []],
  ['This post is sponsored by Acme. Use my code ACME for 10% off.', []],
  ['Sponsored by Acme. Use my code ACME for 10% off.', []],
  ['I loved the webinar sponsored by Acme.', []],
  ['What a pathetic family; they argued with every nurse.', ['patient-mockery warning']],
  ['She "ran out" of her pills again, of course.', ['patient-mockery warning']],
  // Issue #3: individual advice by pattern.
  ["Give her 5 mL of children's ibuprofen every 6 hours.", ['individual-advice error']],
  ["For his size, give 7.5 mL of children's acetaminophen every 4 hours.", ['individual-advice error']],
  ['No need to bring him in unless the cough lasts more than two weeks.', ['individual-advice error']],
  ['You need to start acyclovir 800 mg five times a day right away.', ['individual-advice error']],
  ['Start amoxicillin 500 mg three times a day.', ['individual-advice error']],
  ['Stop taking your iron supplement.', ['individual-advice error']],
  ['If you feel faint, you should stop taking your atenolol.', ['individual-advice error']],
  ['Stop taking your cholesterol pills if your legs ache.', ['individual-advice error']],
  ['You should double your insulin dose if your sugar is high.', ['individual-advice error']],
  ["A ferritin of 9 on your labs means you're iron deficient.", ['individual-advice error']],
  ['Based on what you describe, you probably have a thyroid problem.', ['individual-advice error']],
  ["From what you wrote, it's probably a migraine.", ['individual-advice error']],
  ['You probably have sleep apnea.', ['individual-advice error']],
  ['DM me on Instagram and we can set up a quick video call.', ['individual-advice error']],
  ['Post a close-up photo in the comments and I will take a look.', ['individual-advice error']],
  ['I can send a prescription for antibiotics to any pharmacy.', ['individual-advice warning']],
  ['You need to take her to the hospital and ask for an MRI.', ['individual-advice warning']],
  ['Try 10 mg of melatonin at bedtime.', ['individual-advice error']],
  ['If the rash blisters, you need to start valacyclovir 1 gram three times a day.', ['individual-advice error']],
  ['Cut your metformin in half for the next week.', ['individual-advice error']],
  ['Hold your lisinopril until you see me.', ['individual-advice error']],
  ["What you're describing sounds like plantar fasciitis.", ['individual-advice error']],
  ['What you describe is classic carpal tunnel syndrome.', ['individual-advice error']],
  ['Your son probably has croup.', ['individual-advice error']],
  ['Email me a photo of the rash.', ['individual-advice error']],
  // Issue #3: unsupported claims by pattern.
  ['Dr. Vance is the most experienced hand surgeon in the state.', ['unsupported-claim warning']],
  ['We are the leading cosmetic dermatology practice in Texas.', ['unsupported-claim warning']],
  ['This cream works every time.', ['unsupported-claim warning']],
  ['Our laser permanently removes spider veins.', ['unsupported-claim warning']],
  ['Our injections are 100% effective.', ['unsupported-claim warning']],
  ['Dr. Alvarez is the best vascular surgeon in the region.', ['unsupported-claim warning']],
  ['We are the #1 clinic for knee pain.', ['unsupported-claim warning']],
  ['8 out of 10 patients see their spider veins fade after one visit.', ['unsupported-claim warning']],
  ['Eight in ten of our clients report relief within a week.', ['unsupported-claim warning']],
  ['Our laser treatment is safer than traditional surgery.', ['unsupported-claim warning']],
  ['Our stockings work better than compression wraps.', ['unsupported-claim warning']],
  ['Thousands of patients have walked out of our clinic pain-free.', ['unsupported-claim warning']],
  ['Say goodbye to knee pain forever', ['unsupported-claim warning']],
  ["It's 100% safe, with no side effects, and works for everyone.", ['unsupported-claim warning', 'unsupported-claim warning', 'unsupported-claim warning']],
  ['No needles, no downtime, and no side effects.', ['unsupported-claim warning']],
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
  // Issue #3 guards: general second-person education, population guidance, quotes, emergencies.
  'If you take metformin, talk with your doctor before stopping it.',
  'Many people stop taking statins because of muscle aches; ask your clinician.',
  'Adults over 50 should get screened.',
  'She told me, "Stop taking your pills if you feel dizzy."',
  'You should see a doctor if the fever lasts more than three days.',
  'If your child has a seizure, you should take her to the ER.',
  'You probably have heard that coffee is bad for you.',
  'You likely have more options than you think.',
  "Having diabetes means you're at higher risk of heart disease.",
  "Low vitamin D doesn't mean you have a disease.",
  'If you snore loudly, you probably have sleep apnea.',
  'Follow us on Instagram for tips.',
  'Never give more than 5 doses in 24 hours.',
  'We can send your prescription to your pharmacy after your visit.',
  'Reduce your need for pills by walking daily.',
  'Take 2 tablets twice a day, as the label says.',
  "I'm 41 and take levothyroxine 75 mcg.",
  // Issue #3 guards for claims: cited, hedged, negated, questions, general comparisons.
  'Our procedure is safer than surgery (Smith et al., 2020).',
  'A 2019 trial in JAMA found our procedure is safer than surgery.',
  'Our procedure may be safer than surgery for some people.',
  'Our procedure is safer than surgery [1].',
  'Our procedure is safer than [surgery](https://example.org/trial) for most people.',
  'No supplement cures arthritis.',
  'Is laser treatment painless?',
  'Can this supplement cure arthritis?',
  'Combining a patch with a short-acting product works better than either alone.',
  'Opioids do not work better than other options for back pain.',
  'About 1 in 3 people will get shingles.',
  'Thousands of patients have walked out pain-free. Individual results vary.',
  'Exercise is the number one treatment for back pain.',
  'Try 30 minutes of walking a day.',
  'If you have type 2 diabetes, you should start metformin only after talking with your clinician.',
  'If your child has a fever, your child probably has a virus.',
  'Readers often write about what you describe as burnout.',
  'Cut your sugar intake and hold your baby skin to skin.',
];

describe('advice, claim, testimonial and mockery rules: sentences', () => {
  for (const [text, expected] of FLAGGED) {
    it(`flags: ${text}`, () => assert.deepEqual(found(text), expected));
  }
  for (const text of QUIET) {
    it(`quiet: ${text}`, () => assert.deepEqual(found(text), []));
  }
});
