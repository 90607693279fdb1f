// Recall on the patterns of test/fixtures/eval-conduct and eval-advice (invented text in their
// patterns, not their sentences): ridicule without an insult word, live posting in thread form,
// "I'll look at it" invitations, UK ways of telling a reader not to seek care, a diagnosis of a
// reader's child, short social-media disclaimers. Each has a look-alike that stays quiet.
import { loudCases, quietCases } from './precision-cases';

loudCases('ridicule of patients without an insult word', [
  ['Mrs. Dale told me she never eats sweets, holding a jumbo soda. Bless her heart.', /patient-mockery (?:error|warning) \[Bless her heart\]/],
  ['He says he takes every pill, every day. Of course he does.', /patient-mockery (?:error|warning) \[Of course he does\]/],
  ['The family wanted us to operate on a man with a DNR. Brilliant plan.', /patient-mockery (?:error|warning) \[Brilliant plan\]/],
  ['Our favourite frequent flyer is back in bay 2 with the same chest pain.', /patient-mockery (?:error|warning) \[Our favourite frequent flyer\]/],
  ['She rated her pain a twelve while texting. Give her an Oscar.', /patient-mockery (?:error|warning) \[Give her an Oscar\]/],
  ['Some of the regulars in our waiting room deserve a loyalty card.', /patient-mockery (?:error|warning) \[deserve a loyalty card\]/],
  ['Families like this are the reason I need a holiday, honestly, after he refused the scan.', /patient-mockery (?:error|warning) \[Families like this are the reason\]/],
]);

quietCases('ridicule words in other senses, quoted or discussed', [
  'Bless you for reading this far; the next section covers the evidence.',
  'Of course, the trial had limits: it enrolled only adults.',
  'We listed phrases heard on rounds: "bless her heart", "I can\'t fix stupid" and "of course he does." Each tells you about the speaker.',
  'Her coach said the plan was brilliant, and the team won the regional cup.',
], ['patient-mockery']);

loudCases('live posting in thread form and care acts', [
  ['1/ Currently in the trauma bay with a teenager from a rollover.', /realtime-case (?:error|warning) \[Currently in the trauma bay\]/],
  ['Just scrubbed out of a seven-hour esophagectomy. Feet are done.', /realtime-case (?:error|warning) \[Just scrubbed out\]/],
  ["I'm writing this between patients; the man in room 6 is waiting for his scan.", /realtime-case (?:error|warning) \[I'm writing this between patients\]/],
]);

quietCases('time words that are not live posting', [
  'Currently, guidelines recommend screening from age 45.',
  'Scrubbing in for the first time as a student is a memory most surgeons keep.',
], ['realtime-case']);

loudCases('invitations to send details for a personal reading, and care refused', [
  ['Send me a photo of the rash and I\'ll tell you whether it needs cream.', /individual-advice error \[Send me a photo/],
  ['Drop your ferritin and TSH in the replies and I\'ll tell you if your dose is right.', /individual-advice error \[Drop your ferritin and TSH in the replies/],
  ['Just reply here with your latest A1c and I\'ll let you know if your dose is right.', /individual-advice error/],
  ['Happy to look over your MRI report if you post it.', /individual-advice error \[Happy to look over your MRI\]/],
  ['There\'s no need to ring 111 for this; it will settle.', /individual-advice error \[There's no need to ring 111\]/],
  ['You don\'t need to trouble your GP with this, honestly.', /individual-advice error \[You don't need to trouble your GP\]/],
  ['What you are describing is almost certainly panic disorder.', /individual-advice error \[What you are describing is almost certainly\]/],
  ['It sounds like your daughter has hand, foot and mouth disease.', /individual-advice (?:error|warning) \[It sounds like your daughter has\]/],
  ['At 25 mg with no improvement, double your sertraline for two weeks.', /individual-advice error \[double your sertraline\]/],
]);

quietCases('practice channels and negated directives stay quiet', [
  'Send us a secure message through the patient portal and I\'ll review it before your visit.',
  'If your symptoms change, call your GP or 111; there is no shame in asking.',
  'Please don\'t double your sertraline without talking to your prescriber.',
], ['individual-advice']);

quietCases('short social-media disclaimers count', [
  'I saw a lot of coughs this winter and I have thoughts about school policies.\n\nViews my own, not medical advice.',
  'Long week, but the team was brilliant.\n\nPersonal opinions, not medical advice.',
], ['missing-disclosure']);

quietCases('the author writing from their own sickbed, and descriptions of worries', [
  "I'm writing this from my hospital bed after my own surgery.",
], ['realtime-case']);

loudCases('claims of lasting results, head-to-head superiority and regional rank', [
  ['Our members keep the weight off for life.', /unsupported-claim warning \[keep the weight off for life\]/],
  ['Our capsules are three times more effective than store-brand fish oil.', /unsupported-claim warning \[three times more effective than\]/],
  ['Our imaging suite is the most advanced in the state.', /unsupported-claim warning \[the most advanced in the state\]/],
  ["Ohio's leading surgeon-led vein clinic opens in May.", /unsupported-claim warning \[Ohio's leading surgeon-led vein clinic\]/],
]);

quietCases('the same shapes with a source or in general teaching', [
  'In the 2019 REDUCE trial (Bhatt et al., NEJM), the drug was twice as effective as placebo at preventing events.',
  'Most people who lose weight find it hard to keep it off, which is why follow-up matters.',
], ['unsupported-claim']);

// Lead tables keyed by word must be Maps: a plain object would find Object.prototype's members
// for these words and crash the rule (seen once in a draft of a dispatcher).
quietCases('words that are also Object.prototype members do not trip the dispatchers', [
  'The constructor of the clinic, a valueOf study, and then toString hasOwnProperty __proto__ you constructor and constructor.',
], ['individual-advice', 'stigma-terms', 'unsupported-claim', 'reidentification-risk', 'patient-mockery', 'realtime-case']);
