// The practice's own contact details (phone-number, email-address), acute-emergency triggers shared by
// missing-disclosure and the checklist, material-connection cues (missing-disclosure) and review
// incentives versus reviews in the scholarly or discussion sense (testimonial). Sentence-level cases;
// whole posts live in the fixtures.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { findEmergencyTrigger, hasEmergencyTrigger } from '../../src/core/text/disclosures';
import { authorNames, isPracticeContact, isTollFree } from '../../src/core/rules/data/practice-contact';

const NOW = new Date('2024-06-01T00:00:00Z');

/** "ruleId severity [text]" for each finding of the given rules. */
function found(text: string, rules: string[]): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

const CONTACT = ['phone-number', 'email-address'];

describe('contact details of the practice versus a patient', () => {
  const practice: [string, string[]][] = [
    ['To make an appointment, phone our clinic at (303) 555-0187.', ['phone-number information [(303) 555-0187]']],
    ['Appointments: 303-555-0190', ['phone-number information [303-555-0190]']],
    ['Call 720-555-0164 to register for the class.', ['phone-number information [720-555-0164]']],
    ['Have questions? Email hello@foothills.example.org.', ['email-address information [hello@foothills.example.org]']],
    ['Questions? Write to lena@foothills.example.org.', ['email-address information [lena@foothills.example.org]']],
    ['— Dr. Lena Ortiz, Foothills Family Practice, 303-555-0172', ['phone-number information [303-555-0172]']],
    ['Foothills Family Practice · 12 Pine Street · (303) 555-0100', ['phone-number information [(303) 555-0100]']],
    ['Contact us at office@foothills.example.org or 303-555-0111.', ['email-address information [office@foothills.example.org]', 'phone-number information [303-555-0111]']],
    ['Office: 303-555-0100', ['phone-number information [303-555-0100]']],
    // An author bio: "her" is the author.
    ['*Dr. Amy Chen is a pediatrician at Lakeside Pediatrics. Reach her at achen@lakeside.example.com.*', ['email-address information [achen@lakeside.example.com]']],
  ];
  for (const [text, want] of practice) {
    it(`information, not an error: ${text}`, () => assert.deepEqual(found(text, CONTACT).sort(), want.sort()));
  }

  const patient: [string, string[]][] = [
    ['Call her at 303-555-0148 to book the follow-up.', ['phone-number error [303-555-0148]']],
    ["The family's number, 303-555-0156, is on our office intake sheet.", ['phone-number error [303-555-0156]']],
    ["Her daughter's email, m.reyes@example.net, reached our front desk.", ['email-address error [m.reyes@example.net]']],
    ["My patient's mom wrote from info@bakery.example.com to book an appointment.", ['email-address error [info@bakery.example.com]']],
    ['He gave a second number (720-555-0177) for evenings.', ['phone-number error [720-555-0177]']],
    ['Call 720-555-0164 if you want to know more.', ['phone-number error [720-555-0164]']],
    ['The patient is a nurse at a nearby hospital. Reach her at 303-555-0111.', ['phone-number error [303-555-0111]']],
  ];
  for (const [text, want] of patient) {
    it(`stays an error: ${text}`, () => assert.deepEqual(found(text, CONTACT), want));
  }

  it('leaves toll-free numbers and national helplines alone', () => {
    assert.deepEqual(found('Call 1-800-QUIT-NOW (1-800-784-8669), the helpline at 1-888-555-0199, or 988.', CONTACT), []);
    assert.deepEqual(['8005550100', '18665550123', '8335550100', '3035550100', '18095550100'].map(isTollFree), [true, true, true, false, false]);
  });

  it('takes the author from front matter for a signature line', () => {
    assert.deepEqual(authorNames({ author: 'Dr. Lena Ortiz, MD' }), ['Lena', 'Ortiz']);
    assert.deepEqual(authorNames({ author: { name: 'Sam Lee' } }), ['Sam', 'Lee']);
    const text = 'Thanks for reading.\nLena Ortiz · 303-555-0133';
    const at = text.indexOf('303');
    assert.equal(isPracticeContact(text, at, at + 12, ['Lena', 'Ortiz']), true);
    assert.equal(isPracticeContact(text, at, at + 12, []), false);
  });
});

describe('acute-emergency triggers (missing-disclosure and the checklist agree)', () => {
  const quiet = [
    'Within ten years, stroke risk approaches that of people who never smoked.',
    'Smoking raises the risk of heart attack and stroke.',
    'After a stroke last year he moved in with his daughter.',
    'Stroke survivors often need months of rehabilitation.',
    'Heat stroke is different from a stroke of luck.',
  ];
  for (const text of quiet) {
    it(`history or risk, not a trigger: ${text}`, () => {
      assert.equal(findEmergencyTrigger(text), null);
      assert.equal(hasEmergencyTrigger(text), false);
    });
  }
  const acute: [string, string][] = [
    ['Learn the signs of a stroke.', 'stroke'],
    ['Know the warning signs of a heart attack.', 'heart attack'],
    ['Stroke symptoms come on suddenly.', 'Stroke'],
    ['If you think someone is having a stroke, act quickly.', 'stroke'],
    ['Remember FAST when a stroke strikes.', 'stroke'],
    ['Sudden numbness in one arm may signal a stroke.', 'stroke'],
    ['If you have chest pain, get help.', 'chest pain'],
    ['Naloxone reverses an opioid overdose.', 'overdose'],
  ];
  for (const [text, word] of acute) {
    it(`acute content: ${text}`, () => {
      const m = findEmergencyTrigger(text);
      assert.ok(m);
      assert.equal(text.slice(m[0], m[1]), word);
      assert.equal(hasEmergencyTrigger(text), true);
    });
  }
  it('reports the missing 911 line on acute content only', () => {
    const tail = '\n\nThis post is general education, not medical advice.\n';
    assert.deepEqual(found('Smoking raises the risk of heart attack and stroke.' + tail, ['missing-disclosure']), []);
    assert.deepEqual(found('Learn the signs of a stroke.' + tail, ['missing-disclosure']), ['missing-disclosure warning [stroke]']);
  });
});

describe('material connections are disclosure.missing', () => {
  const tail = '\n\nThis post is general education, not medical advice.\n';
  const categories = (text: string): string[] =>
    lint(text + tail, { now: NOW })
      .findings.filter((f) => f.ruleId === 'missing-disclosure' || f.ruleId === 'testimonial')
      .map((f) => `${f.ruleId} ${f.category} ${f.severity} [${(text + tail).slice(f.range.start.offset, f.range.end.offset)}]`);
  it('an undisclosed code, gift or affiliate link', () => {
    assert.deepEqual(categories('Use my code SAM10 for 10% off.'), ['missing-disclosure disclosure.missing error [Use my code]']);
    assert.deepEqual(categories('This lotion was kindly gifted to me.'), ['missing-disclosure disclosure.missing error [kindly gifted]']);
    assert.deepEqual(categories('Grab it [here](https://shop.example.com/p?tag=sam-20).'), [
      'missing-disclosure disclosure.missing error [[here](https://shop.example.com/p?tag=sam-20)]',
    ]);
  });
  it('nothing once the connection is disclosed, and research funding is not a connection', () => {
    assert.deepEqual(categories('I earn a commission from links in this post. Use my code SAM10 for 10% off.'), []);
    assert.deepEqual(categories('A study sponsored by the NIH found no benefit.'), []);
  });
});

describe('testimonial: review incentives, not reviews in general', () => {
  const quiet = [
    'A 2015 review in the American Journal of Neuroradiology found disc bulges in many pain-free adults.',
    'A systematic review of 14 trials found no benefit.',
    'A Cochrane review concluded the evidence is weak; the supplement is free of side effects in most trials.',
    'Responding to online reviews is risky; one practice paid a $10,000 settlement.',
    'A negative review on Yelp can sting, but never offer discounts in exchange for reviews.',
    'The FTC rule bans offering gift cards for reviews.',
    'Every patient who has taken isotretinoin must be enrolled in iPLEDGE.',
    'Every participant who completed the trial reported less pain.',
  ];
  for (const text of quiet) {
    it(`quiet: ${text}`, () => assert.deepEqual(found(text, ['testimonial']), []));
  }
  const flagged: [string, string[]][] = [
    ['Leave us a review and get a $20 credit.', ['testimonial error [review]']],
    ['Write a five-star review and receive a free massage.', ['testimonial error [five-star]']],
    ['Leave a review in the next week for 10% off.', ['testimonial error [review]']],
    ['Every client who has tried it has told me their joints feel younger.', ['testimonial warning [Every client who has tried it has told]']],
  ];
  for (const [text, want] of flagged) {
    it(`flagged: ${text}`, () => assert.deepEqual(found(text, ['testimonial']), want));
  }
});

describe('testimonial: quotes that are no one person\'s testimonial', () => {
  const quiet = [
    'You may have seen ads promising that a supplement is "a miracle cure for high cholesterol."',
    'Myth: "Vitamin C is a miracle cure for the common cold."',
    'Patients often tell us, "I feel like a new person since I started CPAP."',
    'Many parents say, "This changed my life as a mom."',
    'In the survey, 40% agreed with the statement "My doctor saved my life."',
    '"Let food be thy medicine and medicine be thy food." — Hippocrates',
    'Marketed as "life-changing and miraculous," these devices have little evidence behind them.',
    'We hear "I can\'t thank you enough" often, and it never gets old.',
    // A result of no one in particular: a general or hypothetical subject.
    'Even people who lost 10 pounds saw their blood pressure drop.',
    'If you have lost 15 pounds without trying, tell your doctor.',
    'Someone who has lost 20 pounds may need a smaller dose.',
    'Unintentional weight loss, such as having lost 10 pounds in six months, needs a check-up.',
  ];
  for (const text of quiet) {
    it(`quiet: ${text}`, () => assert.deepEqual(found(text, ['testimonial']), []));
  }
  const flagged: [string, string[]][] = [
    ['"Dr. Patel changed my life. Best doctor in town!" — Maria, 2023', ['testimonial warning ["Dr. Patel changed my life. Best doctor in town!"]']],
    ['"I lost 30 pounds and kept it off for two years." — Greg T.', ['testimonial warning ["I lost 30 pounds and kept it off for two years."]']],
    ['"The staff made every visit easy and the results were great." — a patient', ['testimonial warning ["The staff made every visit easy and the results were great."]']],
    ['One patient told me, "This program saved my life."', ['testimonial warning ["This program saved my life."]']],
    ['"I finally feel like myself again," says one patient.', ['testimonial warning ["I finally feel like myself again,"]']],
    ['A patient who lost 40 pounds on our program now runs marathons.', ['testimonial warning [lost 40 pounds]']],
    ['Many of my patients have lost 10 pounds by cutting sugary drinks.', ['testimonial warning [lost 10 pounds]']],
    ['Dana lost 58 pounds on our program!', ['testimonial warning [lost 58 pounds]']],
  ];
  for (const [text, want] of flagged) {
    it(`flagged: ${text}`, () => assert.deepEqual(found(text, ['testimonial']), want));
  }
});
