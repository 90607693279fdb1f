// Recall classes for individual-advice and unsupported-claim: for each class of phrasing a physician
// blogger or practice marketer writes, several invented sentences that must be flagged (rule id and
// severity), and for each trap several that must stay quiet. A class that stops being detected, or a
// trap that starts firing, fails here. Whole-post cases live in the fixtures.
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index';

const NOW = new Date('2026-11-24T00:00:00Z');
const RULE_IDS = ['individual-advice', 'unsupported-claim'];

/** "ruleId severity" for each finding of the two rules, in order. */
function found(text: string): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => RULE_IDS.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity}`);
}

const ADVICE_ERROR = 'individual-advice error';
const ADVICE_WARNING = 'individual-advice warning';
const CLAIM = 'unsupported-claim warning';

/** Each class: the one finding every sentence must produce. */
const FLAGGED: { cls: string; expected: string; sentences: string[] }[] = [
  {
    cls: 'dose directive after a lead-in ("you can safely", "go ahead and", "I\'d", "feel free to")',
    expected: ADVICE_ERROR,
    sentences: [
      'You can safely stop the statin.',
      'You can just stop the amlodipine; it is probably what is causing the swelling.',
      'Go ahead and stop the antibiotics since you feel better.',
      "Honestly? I'd just stop the metoprolol and see how you feel.",
      "I'd switch you to a different inhaler.",
      'Feel free to drop the evening insulin if your sugars run low.',
      'You could try cutting your gabapentin back to one capsule at night.',
      'You can drop the evening dose of your metformin.',
    ],
  },
  {
    cls: 'reassurance that keeps or changes a medicine ("you should be fine to keep taking …")',
    expected: ADVICE_ERROR,
    sentences: [
      'You should be fine to keep taking the ibuprofen.',
      "It's fine to keep taking your Xanax until your appointment.",
      "It's okay to keep using your albuterol every two hours.",
      "You'll be fine to skip your Lexapro for a few days while you travel.",
    ],
  },
  {
    cls: 'imperative dose change on the reader\'s own medicine (new verbs and brand names)',
    expected: ADVICE_ERROR,
    sentences: [
      'Bump your metformin up to 1,000 mg twice a day.',
      'Go ahead and double your sertraline for a week.',
      'Bump up your Synthroid to 100 mcg.',
      'Drop your dose to 25 mg for now.',
      'Double up on your Tylenol tonight.',
      'Hold off on your blood thinner for a few days before the procedure.',
      'Split your tablets and take half at night.',
      'You should come off your birth control for a few months.',
    ],
  },
  {
    cls: 'weaning, tapering and switching a named medicine',
    expected: ADVICE_ERROR,
    sentences: [
      'Wean off the prednisone over the next week.',
      'Wean yourself off the gabapentin by dropping one capsule every few days.',
      'Taper off the Xanax over two weeks.',
      'Come off the sertraline slowly over a month.',
      "Get off the omeprazole; it's causing your diarrhea.",
      'Switch to losartan instead.',
      "I'd take you off the lisinopril for now.",
    ],
  },
  {
    cls: 'numbers, halves and extra doses',
    expected: ADVICE_ERROR,
    sentences: [
      'Lower the insulin by 4 units at bedtime.',
      'Go up to 40 mg on your lisinopril.',
      'Cut the pill in half and take one half in the morning.',
      'Take an extra half tablet on days when your pressure runs high.',
      'Go ahead and take an extra dose of your inhaler before the game.',
      'Take ibuprofen 600 mg every 6 hours for the next three days.',
      'Just take two of your 25 mg pills instead of one.',
      'Cut back to half a tablet of your metoprolol.',
      'Based on your numbers, I\'d go up on the lisinopril.',
    ],
  },
  {
    cls: 'stopping or finishing a named medicine ("stop the Zoloft", "you don\'t have to finish the antibiotics")',
    expected: ADVICE_ERROR,
    sentences: [
      'Stop the Zoloft for a week and see if the headaches go away.',
      'Ditch the statin; your cholesterol is fine.',
      'Try doubling the melatonin.',
      "You're okay to stop the antibiotic now that the fever is gone.",
      'I would hold the metformin until your kidneys recover.',
      "You don't have to take the whole course of antibiotics.",
      'Go ahead and restart your lisinopril tomorrow.',
      'Swap your evening Ambien for melatonin.',
      "In your shoes, I'd stop the ibuprofen today.",
      'Increase the metformin to twice a day.',
    ],
  },
  {
    cls: 'diagnosing a reader with a certainty cue and a condition',
    expected: ADVICE_ERROR,
    sentences: [
      'This is almost certainly a pinched nerve.',
      'That is definitely shingles, and you need antivirals.',
      "It's almost certainly a UTI.",
      "That's definitely a viral rash, nothing serious.",
      'This is a textbook case of vertigo from loose ear crystals.',
      'Sounds like classic plantar fasciitis to me.',
      'Sounds like a textbook migraine with aura.',
      "What you're describing is textbook sciatica.",
    ],
  },
  {
    cls: 'diagnosing a reader from their symptoms, labs or images',
    expected: ADVICE_ERROR,
    sentences: [
      'Your symptoms point to a stomach ulcer.',
      "Your labs are consistent with Hashimoto's thyroiditis.",
      'Your MRI points to a herniated disc at L5.',
      'Your x-ray shows a stress fracture, no doubt about it.',
      'That rash is definitely ringworm.',
      "Your numbers tell me you're insulin resistant.",
      'Sounds to me like you have plantar fasciitis.',
      "It's nothing serious, just a pulled muscle.",
      'What you have is a classic tension headache.',
      'Your blood pressure readings show you have hypertension.',
      "Judging by your photo, you've got a fungal infection.",
    ],
  },
  {
    cls: 'diagnosing a reader with a guess ("you probably have", "I\'d bet", "my guess is", "I suspect")',
    expected: ADVICE_ERROR,
    sentences: [
      'You probably have a torn meniscus.',
      "You've probably got a stress fracture.",
      "You've likely developed an allergy to the adhesive.",
      "I'd bet it's a gallbladder problem.",
      'My guess is you have a sinus infection.',
      "I'm pretty sure that's eczema.",
      "I'm fairly certain you have Lyme disease.",
      'I suspect you have sleep apnea.',
      'I think you have a sinus infection.',
    ],
  },
  {
    cls: 'weak diagnosis cues in a reply to a reader ("it sounds like", "it\'s probably")',
    expected: ADVICE_ERROR,
    sentences: [
      'Thanks for writing. From what you describe, it sounds like gout.',
      "Thanks for the question. It's probably a pinched nerve in your neck.",
      'From the photo, it looks like ringworm.',
      "Great question. Honestly, it sounds like tennis elbow.",
    ],
  },
  {
    cls: 'telling a reader not to seek care',
    expected: ADVICE_ERROR,
    sentences: [
      'No need to see anyone for this.',
      'You don\'t need the ER for that.',
      'Skip the urgent care and just rest it.',
      "You don't need to see a doctor; it will heal on its own.",
      "There's no reason to go to the ER over this.",
      "Don't bother with urgent care; they'll just send you home.",
      'Forget the ER, just take a couple of Advil.',
      'No need to call your doctor about it.',
      "There's no need to get it checked.",
      "You don't need to come in for this.",
      'Just wait it out at home; no need for a doctor.',
    ],
  },
  {
    cls: 'inviting records, numbers, symptoms or photos',
    expected: ADVICE_ERROR,
    sentences: [
      "Post your results in the comments and I'll tell you what they mean.",
      'DM me your numbers.',
      "Upload your MRI here and I'll read it for free.",
      "Drop your A1c below and I'll tell you if you need medication.",
      'Leave your blood pressure readings in the comments.',
      "Tell me your symptoms in the comments and I'll help you figure it out.",
      'Send your lab results to me at the address below.',
      "Reply with your latest labs and I'll go over them.",
      "I'm happy to look at your scans if you send them over.",
      "Feel free to send over your bloodwork and I'll review it.",
      'My DMs are open if you want me to look at your labs.',
      'Text me your blood pressure readings every morning.',
      "Comment with your A1c and I'll tell you where you stand.",
      'Message me with your latest lab results.',
      "Attach your bloodwork and I'll review it personally.",
      "Email me a photo and I'll take a look.",
      'Shoot me an email with your test results.',
      "Post a photo of your rash and I'll diagnose it.",
      "Comment below with your symptoms and I'll reply with what I think it is.",
      'Text your readings to my cell.',
    ],
  },
  {
    cls: 'remote prescribing offers',
    expected: ADVICE_WARNING,
    sentences: [
      'I can call something in for you.',
      "I'll call it in to your pharmacy today.",
      "I'm happy to call in a refill for you.",
      'Get your prescription today, no visit needed.',
      'We offer prescriptions in any state.',
      'We treat patients in all 50 states.',
      'I can get you a prescription for semaglutide this week.',
      "Message me and I'll get you started on semaglutide.",
      'No exam required: we ship your medication to your door.',
      'We prescribe online to patients nationwide.',
      'Get a prescription online in minutes, no appointment necessary.',
    ],
  },
  {
    cls: 'absolute safety and permanence claims',
    expected: CLAIM,
    sentences: [
      'Our PRP injections are risk-free.',
      'Our knee injections are 100% risk free.',
      'Our peptide therapy is zero risk.',
      'This peel has no side effects at all.',
      'The results are permanent.',
      'Botox here is quick and permanent.',
      'Our hormone pellets are safe for everyone.',
      'Results are guaranteed or your money back.',
      "We guarantee you'll be pain-free.",
      'The procedure is completely pain-free.',
      'Our treatment is 100 percent natural and safe.',
      'Our weight-loss shots work every single time.',
      'The results last forever.',
    ],
  },
  {
    cls: 'miracle-cure verbs: reverses, detoxes, melts, erases, flushes toxins, heals for good',
    expected: CLAIM,
    sentences: [
      'Our program reverses insulin resistance in weeks.',
      'Our keto program reverses prediabetes.',
      'This serum reverses the signs of aging.',
      'This wrap melts belly fat.',
      'Melt away stubborn fat with our new laser.',
      'Our collagen cream erases wrinkles.',
      'The infusion flushes toxins out of your body.',
      'Our laser heals nerve damage for good.',
      'This tea is the fountain of youth.',
      'Our patented protocol is the only solution that really works for back pain.',
      'You will see results overnight.',
      'This revolutionary treatment eliminates back pain.',
      'Our supplement supports total-body detox.',
      'Our laser treatment resolves nail fungus permanently.',
      'Our treatment has a zero percent complication rate.',
      'Our proprietary blend boosts energy and immunity.',
    ],
  },
  {
    cls: 'FDA status used as proof',
    expected: CLAIM,
    sentences: ['Clinically shown to regrow hair.', 'Our supplement is FDA-approved and safe.', 'Try our FDA-approved supplement for joint pain.', 'Our compounded semaglutide is FDA-approved.'],
  },
  {
    cls: 'uncited outcome numbers and shares',
    expected: CLAIM,
    sentences: [
      '97% of our patients would recommend us to a friend.',
      '95 percent of the people we treat are satisfied.',
      'We have a 99 percent patient satisfaction rate.',
      '4 out of 5 of our patients never need knee surgery.',
      'Nearly all of our patients are pain-free within a week.',
      'Nearly every patient walks out pain-free.',
      'Most of our patients are pain-free in days.',
      'The vast majority of our patients never need surgery.',
      'Most patients are symptom-free within a week of treatment.',
      'Patients lose up to 20 pounds in the first month.',
      'Nine out of ten of our patients are back to work the next day.',
      'Our patients see results in just one session.',
      'We have helped over 10,000 patients become pain-free.',
      'Patients report 80% less pain.',
      'Most patients feel relief after the very first visit.',
    ],
  },
  {
    cls: 'multipliers and reductions in the practice\'s voice',
    expected: CLAIM,
    sentences: [
      'Our patients recover 3x faster than with traditional surgery.',
      'Patients heal twice as fast with our protocol.',
      'Our program cuts your risk of a heart attack in half.',
      'Our program cuts the risk of diabetes by 58%.',
    ],
  },
  {
    cls: 'self-superlatives',
    expected: CLAIM,
    sentences: [
      "We are the region's leading vein clinic.",
      "Dallas' premier vein clinic.",
      "We're the city's most trusted dermatology practice.",
      'Our practice is #1 rated in Dallas.',
      'Rated #1 in patient satisfaction.',
      'Voted best dermatologist three years running.',
      'Visit the top-rated med spa in town.',
      'We use the most advanced laser technology available.',
      'Our surgeons deliver best-in-class outcomes.',
      'We offer unmatched results for knee pain.',
      'Our results are unparalleled.',
      'Our world-class team has helped thousands.',
      'Our state-of-the-art results speak for themselves.',
      'We are the premier hormone clinic for women.',
      'Our surgeons are the best in the business.',
      'Our success rate is the highest in the state.',
      'Dr. Kim is the most sought-after plastic surgeon in Miami.',
      'Our clinic has the best outcomes in the country.',
      "It's the safest treatment available.",
      'We provide the highest quality care in the region.',
      'Our doctors are among the best in the nation.',
    ],
  },
  {
    cls: 'uncited comparative claims',
    expected: CLAIM,
    sentences: [
      'Our shockwave therapy is more effective than surgery.',
      'Our laser gives better results than Botox.',
      'Our approach outperforms traditional physical therapy.',
      'Our laser is superior to older treatments.',
      'Our minimally invasive procedure has fewer complications than traditional surgery.',
      'Our hormone therapy delivers better results than diet and exercise alone.',
      'Our treatment beats steroid shots every time.',
    ],
  },
];

/** Each trap: sentences (or short paragraphs) where neither rule may fire. */
const QUIET: { trap: string; sentences: string[] }[] = [
  {
    trap: 'general second-person education and deferring to a clinician',
    sentences: [
      'If you take metformin, your doctor may adjust your dose.',
      'Ask your doctor whether the statin is still right for you.',
      'Never stop a medicine without talking to your clinician.',
      'Some people can stop their statin after lifestyle changes, but talk with your clinician first.',
      'Your doctor may switch you to a different inhaler if the first one does not help.',
      'Your clinician may lower the dose if you have side effects.',
      'Ask your pharmacist whether you can split your tablets.',
      'Your doctor may switch you to losartan if lisinopril makes you cough.',
      'Some people taper off antidepressants over months with their prescriber\'s help.',
      'Tapering off prednisone should be done with your clinician.',
      'Keep taking your medicine even if you feel better, unless your clinician tells you otherwise.',
      'If you miss a dose, take it when you remember unless it is almost time for the next one.',
      'Take your medicines at the same time every day.',
      'Talk with your clinician before you switch to a different brand.',
      'You can lower your risk by walking daily.',
      'Stop the ibuprofen and call your doctor if you vomit blood.',
      'Stop the statin only if your doctor tells you to.',
      "Some people cut back to half a tablet with their doctor's help.",
      'Doses go up to 40 mg in some adults.',
      'Patients often double the dose by mistake.',
      'Skip the supplement aisle; most vitamins are a waste of money.',
      'Drop the soda and drink water instead.',
      'Restart your medicine only after your doctor says it is safe.',
      'Swap your sugary drinks for water.',
    ],
  },
  {
    trap: 'negated directives and safety rules',
    sentences: [
      'Do not cut extended-release pills in half.',
      'Never split a tablet unless the label says you can.',
      'Never double up on Tylenol; it can damage your liver.',
      'You should never stop your blood thinner without talking to your cardiologist.',
      "It's not safe to skip your insulin when you're sick.",
      'People often stop the statin on their own, which is risky.',
      "Don't skip your annual checkup.",
    ],
  },
  {
    trap: 'conditional guidance addressed to the public',
    sentences: [
      'If you have chest pain, call 911.',
      'If your symptoms point to a stroke, call 911 right away.',
      'When you have a fever and a stiff neck, it is almost certainly time to seek care.',
      'If your child has a mild fever, you don\'t need to see a doctor right away.',
      'If your blood pressure stays high, your doctor may increase your dose.',
    ],
  },
  {
    trap: 'descriptions of conditions and general diagnosis talk',
    sentences: [
      'Your symptoms can point to many conditions, so see a clinician.',
      'Shingles often looks like a band of blisters on one side of the body.',
      'A bone scan can show a stress fracture that an x-ray misses.',
      'It sounds like a lot of work, but it gets easier.',
      'This is almost certainly the most common question I get.',
      'You probably have a lot of questions about the new vaccine.',
      "I'd bet you have heard this advice before.",
      'My guess is that most readers already know this.',
      "What you're describing is a common worry among new parents.",
      "I'm pretty sure that's the most common question I get.",
      'I think it\'s important to talk about statins.',
      'It sounds like a virus is going around, so wash your hands.',
      'It is clearly a problem when clinics sell unproven drips.',
      "He'd bet it's a cold, but it turned out to be pneumonia.",
      'Years ago I was pretty sure it was a muscle strain, but the scan showed an infection.',
    ],
  },
  {
    trap: 'when to seek care, in general',
    sentences: [
      "You don't need antibiotics for a cold.",
      'Most sprains don\'t need an ER visit.',
      'You don\'t need the ER for a minor cut; urgent care can handle it.',
      'You don\'t have to take antibiotics for most sore throats.',
      'Those are classic signs of a stroke: call 911.',
      'This rash is most common in children under five.',
      "It's nothing serious in most people, just a nuisance.",
      'What you have is a right to your records.',
      "These findings show you're not alone.",
      'Most people don\'t need to go to the ER for a sprained ankle.',
      "You don't need a doctor's prescription to buy naloxone.",
      'Skip the sugary drinks and choose water.',
    ],
  },
  {
    trap: 'quoted speech',
    sentences: [
      '"No need to see anyone," my patient said, but he came in anyway.',
      'She told me, "Just send me your labs," but I said no.',
      '"You don\'t need the ER," she told herself, and she waited too long.',
      'My patient asked me, "Should I take an extra dose?"',
      'Phrases like "send me your labs" or "DM me your scans" invite health information into insecure channels.',
    ],
  },
  {
    trap: 'the practice\'s booking line, portal and own channels',
    sentences: [
      'Call our office to schedule a visit.',
      'Call our office to book an appointment, or request one through the portal.',
      'Bring your lab results to your appointment.',
      'Upload your lab results to the portal before your visit.',
      'Upload your insurance card to the patient portal before your visit.',
      "If you're a patient of our practice, message us through the portal.",
      'Walk-ins welcome, no appointment needed for flu shots.',
      'We can send your prescription to your pharmacy after your visit.',
      'Post your questions in the comments and I\'ll answer them in a general Q&A next week.',
      'Share your tips in the comments below!',
      'Send us your questions and we\'ll answer them in a future post.',
      'Please don\'t post your lab results in the comments.',
      "You don't need to come in to pick up your results.",
      "No need to come in; we'll call you with your results.",
      "There's no need to come in for your flu shot; the pharmacy can give it.",
      'No need for an appointment; walk-ins are welcome.',
      "No need for a doctor's note for school absences under three days.",
      'Comment below with your favorite tip!',
    ],
  },
  {
    trap: 'licensure and prescribing rules',
    sentences: [
      'Our doctors are licensed in Ohio and Kentucky.',
      'We do not prescribe without an exam.',
      'Telehealth visits are available for patients in Ohio.',
      'A doctor must be licensed to prescribe in every state where patients live.',
      'Federal rules limit what can be prescribed without an in-person exam, and we follow them.',
    ],
  },
  {
    trap: 'statistics attributed to a source in the sentence or paragraph',
    sentences: [
      'According to the CDC, 9 in 10 adults get enough vitamin A.',
      'In the SPRINT trial, intensive treatment cut the risk of heart failure by 38%.',
      'Statins lower LDL cholesterol by 30–50% (ACC/AHA guideline).',
      'A 2020 study in JAMA found that 80% of patients improved.',
      'Quitting smoking cuts your risk of heart disease in half within a few years, according to the American Heart Association.',
      'The flu shot reduces the risk of flu illness by 40% to 60% (CDC).',
      'In a randomized trial of 300 adults, the injection reduced pain scores by 20% ([Lee 2022](https://example.org/lee)).',
      'We track our outcomes: in 2023, 142 of 160 patients met their goal at 12 weeks ([our outcomes report](https://example.org/outcomes)).',
      'The hospital was ranked by U.S. News as one of the best for cardiology.',
    ],
  },
  {
    trap: 'hedged statements',
    sentences: [
      'Exercise may help lower blood pressure.',
      'This supplement can reduce joint pain for some people.',
      'Lifestyle change can reverse prediabetes in many people.',
      'Surgery may work better than physical therapy for some tears.',
      'Some patients are pain-free within days, but many need more time.',
      'Exercise can help turn back the clock on aging muscles.',
    ],
  },
  {
    trap: 'claims being debunked or negated',
    sentences: [
      "Beware of clinics promising 'guaranteed results'.",
      'Be wary of clinics that promise "permanent results".',
      'No treatment is 100% effective.',
      'No procedure is completely safe.',
      'Nothing is risk-free, including surgery.',
      'Claims that a drink melts belly fat are not supported by evidence.',
      'Be skeptical of clinics that promise guaranteed results, permanent cures or treatments with no side effects.',
      'Claims that an IV drip boosts your immune system or that a tea melts belly fat are not backed by good evidence.',
      'No medicine has zero side effects.',
      'Your liver and kidneys flush out toxins on their own.',
    ],
  },
  {
    trap: 'educational facts and general comparisons',
    sentences: [
      'Most people with a cold feel better within a week.',
      'Vaccines are safer than getting the diseases they prevent.',
      'Walking is better than sitting still for back pain.',
      'Is laser hair removal permanent?',
      'About 30% of people with diabetes develop kidney disease.',
      'Heart disease is the nation\'s leading cause of death.',
      'Lung cancer is often found at the most advanced stage.',
      'Smokers are 2 to 4 times more likely to have a stroke.',
      'Twice as many women as men get migraines.',
      'Surgery is permanent, so consider all options first.',
      'Hair loss from chemotherapy is usually not permanent.',
      'Ozempic is FDA-approved for type 2 diabetes.',
      'Roughly 1 in 4 adults has high blood pressure.',
      'Most patients need two or three sessions.',
      'Recovery after knee replacement usually takes 6 to 12 weeks.',
      'Remember that screenshots last forever.',
      'The most effective treatment for opioid use disorder is medication.',
      'The flu vaccine is safe for everyone 6 months and older.',
    ],
  },
  {
    trap: 'plain practice descriptions',
    sentences: [
      'Our clinic uses state-of-the-art equipment.',
      'Our staff are friendly and experienced.',
      'We are a family practice that has served the community since 1998.',
      'Our team includes three board-certified dermatologists.',
      'Choose a surgeon with experience, not the one with the flashiest ads.',
      'Find the best dermatologist for your skin type.',
      'Choosing the best surgeon for your knee matters.',
      'I trained at the country\'s leading cancer center.',
      'We referred her to the best cardiologist we know.',
      'The majority of our patients are over 65.',
      'We treat patients across the country through our partner clinics.',
      'Trusted by thousands of families since 1998.',
    ],
  },
];

describe('advice and claim recall classes', () => {
  for (const { cls, expected, sentences } of FLAGGED) {
    describe(`flags ${cls}`, () => {
      for (const text of sentences) it(text, () => assert.deepEqual(found(text), [expected]));
    });
  }
  for (const { trap, sentences } of QUIET) {
    describe(`quiet: ${trap}`, () => {
      for (const text of sentences) it(text, () => assert.deepEqual(found(text), []));
    });
  }
});

/** The sentence after applying the preferred fix of the rule's one finding in it. */
function preferred(sentence: string): string | null {
  const src = `# Post\n\n${sentence}\n`;
  const f = lint(src, { now: NOW }).findings.filter((x) => RULE_IDS.includes(x.ruleId));
  assert.equal(f.length, 1, `one finding in: ${sentence}`);
  return f[0].fixes.length ? applyFixes(src, [f[0].fixes[0]]).text.split('\n')[2] : null;
}

const FIXES: [string, string | null][] = [
  ['You can safely stop the statin.', 'Talk with your clinician before changing your statin.'],
  ['Cut the pill in half and take one half in the morning.', 'Talk with your clinician before changing a medicine or dose.'],
  ['It\'s fine to keep taking your Xanax until your appointment.', 'Talk with your clinician before changing your Xanax.'],
  ['This is almost certainly a pinched nerve.', 'Only a clinician who examines you can say whether this is a pinched nerve.'],
  ['You probably have a torn meniscus.', 'Only a clinician who examines you can say whether you have a torn meniscus.'],
  ['Sounds like classic plantar fasciitis to me.', 'Only a clinician who examines you can say whether this is plantar fasciitis.'],
  ['No need to see anyone for this.', 'If you are not sure whether you need to be seen, contact your clinician.'],
  ['Leave your blood pressure readings in the comments.', "If you're a patient of our practice, message us through the portal."],
  ['I can call something in for you.', null],
  ['Our peptide therapy is zero risk.', 'Our peptide therapy is low-risk.'],
  ['The results are permanent.', 'The results are long-lasting.'],
  ['Our hormone pellets are safe for everyone.', 'Our hormone pellets are safe for many people.'],
  ['This peel has no side effects at all.', 'This peel has few side effects.'],
  ['97% of our patients would recommend us to a friend.', '97% of our patients would recommend us to a friend [citation needed].'],
  ['Nearly all of our patients are pain-free within a week.', 'Nearly all of our patients are pain-free within a week [citation needed].'],
  ["We are the region's leading vein clinic.", "We are the region's leading vein clinic [citation needed]."],
  ['Our laser gives better results than Botox.', 'Our laser gives better results than Botox [citation needed].'],
  ['Results are guaranteed or your money back.', null],
];

describe('advice and claim recall classes: preferred fixes', () => {
  for (const [sentence, expected] of FIXES) it(sentence, () => assert.equal(preferred(sentence), expected));
  it('after the preferred fixes, no fixable finding of either rule is left', () => {
    const left: string[] = [];
    for (const { sentences } of FLAGGED) {
      for (const sentence of sentences) {
        const src = `# Post\n\n${sentence}\n`;
        const fixes = lint(src, { now: NOW }).findings.filter((f) => RULE_IDS.includes(f.ruleId) && f.fixes.length > 0).map((f) => f.fixes[0]);
        if (fixes.length === 0) continue;
        const after = applyFixes(src, fixes).text;
        for (const f of lint(after, { now: NOW }).findings) if (RULE_IDS.includes(f.ruleId) && f.fixes.length > 0) left.push(`${sentence} → ${after.split('\n')[2]}`);
      }
    }
    assert.deepEqual(left, []);
  });
});
