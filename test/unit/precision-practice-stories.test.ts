// Precision on practice news and education prose (invented text in the patterns of
// test/fixtures/clean-posts-5): the practice's own sites, numbers and schedules, public office
// holders' dated events, specialty words that name no one, and places in blocks that tell no
// patient story. Every guard has a patient case that stays at warning or worse.
import assert from 'node:assert/strict';
import { loudCases, quietCases } from './precision-cases';
import { readsAsPatientStory } from '../../src/core/text/story';

quietCases('the practice\'s own sites, numbers and schedules', [
  'Our new clinic will be open at:\n\n> **Birchfield Pediatrics – Eastgate**\n> 415 Quarry Road, Suite 2\n> Birchfield, OH 44999\n> Phone: 555-0188',
  'Our downtown office at 22 Canal Street, Suite 5, stays open with the same hours and the same number, 555-0177.',
  '**Canal Street office — 22 Canal Street, Suite 5 (555-0177)**',
  'Renew your prescriptions through the portal or by calling 555-0177 before the holiday.',
  'Dr. Imani Brooks finished her family medicine residency at a university hospital and joins us in March.',
  'He will run our Tuesday walk-in clinic and sees patients for routine care during the week.',
  'Flu shots resume when the Eastgate clinic is open 9:00 a.m. to 1:00 p.m., and at the Canal Street office on Monday, January 11, 2027.',
  'Log in to the patient portal to see your results; Ravi Menon at the front desk can help you set it up.',
]);

loudCases('a patient\'s address, number and dates stay flagged', [
  ['Her address is 22 Canal Street, Suite 5, and she lives alone.', /place error \[22 Canal Street, Suite 5\]/],
  ['Call her daughter at 555-0177 if she misses the visit.', /phone-number (?:error|warning) \[555-0177\]/],
  ['She missed her Tuesday appointment and came in at 9:00 a.m. on Monday, January 11.', /date-element (?:error|warning) \[Monday, January 11\]|date-element (?:error|warning) \[January 11\]/],
  ['Her family physician, Dr. Imani Brooks, admitted her on Friday.', /person-name error \[Dr\. Imani Brooks\]|person-name error \[Imani Brooks\]/],
]);

quietCases('public office holders and places in blocks that tell no patient story', [
  'Public attitudes changed slowly. Prime Minister Harold K. Ashdown died in March 1961 of a stroke that his doctors had long feared.',
  '# From Winnipeg to the Corner Pharmacy: A Short History of the Inhaler',
  'The first cohort enrolled 3,100 adult residents of Tecumseh, most between 40 and 70 years old.',
  'The study was later run by a national institute in Bethesda, with a second site based in Ann Arbor.',
], ['date-element', 'place', 'person-name']);

loudCases('a person\'s place and date stay flagged', [
  ['He lives off Quarry Road outside Birchfield and drove himself in.', /place (?:error|warning) \[Birchfield\]/],
  ['My patient died in March 1995 after a stroke.', /date-element (?:error|warning) \[March 1995\]/],
  ['Mrs. Ashdown from Winnipeg came to the ER last night.', /place (?:error|warning) \[Winnipeg\]/],
]);

describe('the story test reads service words as services', () => {
  it('"the patient portal" and "patient education" tell no story; "the patient" does', () => {
    assert.equal(readsAsPatientStory('Sign in to the patient portal for your records.'), false);
    assert.equal(readsAsPatientStory('Our patient education handouts are free.'), false);
    assert.equal(readsAsPatientStory('The patient was tired and short of breath.'), true);
  });
});

const EDU = ' This post is for general education and is not medical advice.';
quietCases('organisations\' partnerships, names of laws, and real-time posting discussed', [
  `The registry is now run by a national institute in partnership with a state university.${EDU}`,
  `Since 2017 the 21st Century Cures Act has required that most notes be shared with patients.${EDU}`,
  `Posting in real time, even without names, ties an event to a shift that coworkers remember.${EDU}`,
], ['missing-disclosure', 'unsupported-claim', 'realtime-case']);

loudCases('the post\'s own partnership, a product that cures, and posting done live stay flagged', [
  [`This month we are writing in partnership with Acme Vitamins.${EDU}`, /missing-disclosure (?:error|warning) \[in partnership with\]/],
  [`In partnership with Acme Vitamins, here are my favourite supplements.${EDU}`, /missing-disclosure (?:error|warning) \[In partnership with\]/],
  [`Our new laser cures acne in three sessions.${EDU}`, /unsupported-claim warning \[cures\]/],
  [`Cures Acne Fast! Our cream works for everyone.${EDU}`, /unsupported-claim warning \[Cures\]/],
  [`I am posting in real time from the ED: a man in his 40s just coded.${EDU}`, /realtime-case error \[in real time\]/],
], ['missing-disclosure', 'unsupported-claim', 'realtime-case']);
