// Educational disclaimers in the many words writers use (catalog §K DISC.EDUCATIONAL), and the
// emergency and crisis guidance (§E5): what counts, where it may sit (italics, a blockquote, a footer
// after a rule, a "Disclaimer" heading, the front matter), and the look-alikes that must not count.
// All sentences are invented for these tests.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { CRISIS_RESOURCE, EMERGENCY_NUMBER, EMERGENCY_RESOURCE, findDisclaimer, hasDisclaimer } from '../../src/core/text/disclosures';

const NOW = new Date('2024-06-01T00:00:00Z');
const BODY = '# Sleep and shift work\n\nNight shifts upset the body clock. Keep the bedroom dark and cool.\n\n';

/** The missing-disclosure findings of a post as "severity [text]". */
function missing(text: string): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => f.ruleId === 'missing-disclosure')
    .map((f) => `${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

describe('educational disclaimer: wording classes', () => {
  const accepted = [
    // Purpose
    'This article is for informational purposes only.',
    'Content on this site is for informational and educational purposes only.',
    'For educational use; not a replacement for a visit.',
    'Educational content only; your own doctor knows your history and should guide your care.',
    'This page is written to inform, and your clinician knows your case best.',
    // Not advice
    'Information only — not medical advice.',
    'Not medical advice. Just notes from a family physician who likes to teach.',
    'Nothing here should be taken as personal medical advice.',
    'This blog does not offer individual medical advice.',
    'It is not a substitute for personalised medical advice.',
    'I write to share what I have learned in practice, and I cannot give individual advice.',
    'The advice in this column is general in nature and should not be taken as medical advice for you.',
    // Not a substitute
    'The content of this blog is not intended to be a substitute for professional medical advice, diagnosis, or treatment.',
    'This article is for general information and does not replace a consultation with your own GP.',
    'The information on this website should not be relied upon as a substitute for an assessment by a healthcare professional.',
    'These posts are meant to educate, not to replace the advice of your own clinician.',
    'Please don\'t use this information to self-diagnose; see a clinician for that.',
    'This page is for reading, but it doesn\'t replace a visit with your doctor.',
    // No relationship
    'Reading this post does not establish a physician–patient relationship.',
    'No physician-patient relationship is created by reading this blog.',
    'Use of this site does not create a provider–patient relationship.',
    'Disclaimer: I am a doctor, but I am not your doctor.',
    // General information
    'Talk to your own doctor about your situation; this is general information.',
    'This newsletter shares general health information.',
    'General education only.',
    // The classic instruction
    'Always seek the advice of your physician or other qualified health provider with any questions you may have regarding a medical condition.',
    'Please consult your own physician about your specific situation.',
    // More of each class.
    '*Educational content, not a diagnosis. If a symptom worries you, book a visit with your own clinician.*',
    'Please remember that this blog cannot diagnose you or recommend treatment for your individual case.',
    'This information is general and is not tailored to any individual.',
    'Use this post as a starting point for a conversation with your clinician, not as a substitute for one.',
    'The views expressed here are for general educational purposes and do not constitute medical advice.',
    'This post doesn\'t constitute medical advice and isn\'t a replacement for seeing your doctor.',
    'The author is a physician, but this post does not create a doctor-patient relationship with any reader.',
    // Not for you in particular.
    'Your situation may differ; please read this as background, not a personal recommendation.',
    'None of this is individual medical guidance.',
    'Reading this blog doesn\'t make you my patient.',
    'The information here is general and may not apply to you.',
    'Please don\'t make changes to your medicines based on this post.',
    'These articles are purely informational.',
    'This post is for learning purposes only.',
  ];
  for (const text of accepted) {
    it(`counts: ${text}`, () => assert.equal(hasDisclaimer(text), true));
  }

  const refused = [
    // About something else: social media, strangers, chatbots, products.
    "Don't treat social media as medical advice.",
    'A TikTok video is not medical advice, however confident the creator sounds.',
    'Comments from strangers are not medical advice.',
    'A viral video can be persuasive, but it is not medical advice.',
    'Chatbots can be helpful, but what they say is not a substitute for a doctor.',
    'What your friend read online is not medical advice.',
    'This product is not intended to diagnose, treat, cure or prevent any disease.',
    // Negated or odd.
    'This is not for informational purposes only.',
    // Advice, not a statement about the post.
    'This does not mean you should ignore your doctor\'s advice.',
    'Never stop a blood thinner without medical advice.',
    'Always talk to your doctor before stopping a medicine.',
    'Talk to your doctor about your symptoms.',
    'Replace butter with olive oil, and do not replace meals with shakes.',
    'General information about vaccines is available at the health department.',
    'Many people do not follow advice about salt.',
    'Our doctors will not refuse care because of cost.',
    'This is not advice I would give to everyone.',
    'Dr. Google is not a substitute for your doctor.',
    'Forums can be supportive but are no replacement for care.',
    'Stop taking the pill only on the advice of your doctor.',
    'This is not educational.',
    'Many patients make changes based on this advice from friends.',
    'This drug may not be appropriate for you if you have kidney disease.',
    'Statins make you a patient for life, some say.',
    'Her doctor\'s recommendation was not followed.',
  ];
  for (const text of refused) {
    it(`does not count: ${text}`, () => assert.equal(hasDisclaimer(text), false));
  }

  it('finds the predicate, and only within one sentence', () => {
    const text = 'Stretch daily. This post is general information.';
    const m = findDisclaimer(text);
    assert.ok(m);
    assert.equal(text.slice(m[0], m[1]), 'general information');
    // "this" in one sentence does not make "not medical advice" in the next a statement about the post.
    assert.equal(hasDisclaimer('I wrote this for my sister. Forum posts are not medical advice.'), false);
  });
});

describe('educational disclaimer: where it sits in the post', () => {
  const placements: [string, string][] = [
    ['italics', `${BODY}*Information only, not medical advice.*\n`],
    ['bold label in a blockquote, wrapped', `${BODY}> **Please note:** the information in this article is for general informational purposes only and is\n> not a substitute for professional medical advice, diagnosis or treatment.\n`],
    ['a footer after a horizontal rule', `${BODY}---\n\n_For educational use; not a replacement for a visit with your own clinician._\n`],
    ['under a Disclaimer heading', `${BODY}## Disclaimer\n\nNothing on this blog should be taken as personal medical advice.\n`],
    ['under a heading, without a subject', `${BODY}### Medical disclaimer\n\nShared to educate; individual questions belong with your own clinician, not a comment box.\n`],
    ['a British footer', `${BODY}*This article is for general information and is not a substitute for personalised advice from your GP.*\n`],
    ['wrapped across lines', `${BODY}The content of this blog is not intended to be a substitute for professional medical\nadvice, diagnosis, or treatment.\n`],
  ];
  for (const [where, text] of placements) {
    it(`no finding: ${where}`, () => assert.deepEqual(missing(text), []));
  }

  it('counts a front-matter `disclaimer:` field that reads as one, and only then', () => {
    const ok = `---\ntitle: Shift work\ndisclaimer: "This article is general health information and is not individual medical advice."\n---\n\n${BODY}`;
    assert.deepEqual(missing(ok), []);
    const odd = `---\ntitle: Shift work\ndisclaimer: "Photos by the author."\n---\n\n${BODY}`;
    assert.deepEqual(missing(odd), ['warning [Night shifts upset the body clock. Keep the bedroom dark and cool.]']);
  });

  it('still fires without a disclaimer, or when the only candidate is about something else', () => {
    assert.deepEqual(missing(BODY), ['warning [Night shifts upset the body clock. Keep the bedroom dark and cool.]']);
    const social = `${BODY}Don't treat social media as medical advice.\n`;
    assert.deepEqual(missing(social), ["warning [Don't treat social media as medical advice.]"]);
    const heading = `# Social media is not medical advice\n\nInfluencers sell supplements with confidence.\n`;
    assert.deepEqual(missing(heading), ['warning [Influencers sell supplements with confidence.]']);
  });
});

describe('emergency and crisis guidance (triggered content)', () => {
  const tail = '\n\nThis post is general education, not medical advice.\n';
  const acute = 'Chest pain that spreads to the arm can be a heart attack.';
  const guidance = [
    'Call 911 at once.',
    'Call emergency services right away.',
    'Go to the nearest emergency department.',
    'Call an ambulance rather than driving yourself.',
    'In the UK, call 999 or go straight to A&E.',
    'Seek emergency medical care immediately.',
  ];
  for (const g of guidance) {
    it(`emergency guidance: ${g}`, () => {
      assert.equal(EMERGENCY_NUMBER.test(g), true);
      assert.deepEqual(missing(`${acute} ${g}${tail}`), []);
    });
  }
  it('Poison Control counts for an overdose', () => {
    assert.deepEqual(missing(`An overdose of iron tablets is dangerous for toddlers. Call Poison Control at 1-800-222-1222.${tail}`), []);
  });
  it('an emergency-room statistic is no guidance', () => {
    assert.equal(EMERGENCY_NUMBER.test('Falls cause many emergency room visits.'), false);
    assert.deepEqual(missing(`${acute} Falls cause many emergency room visits.${tail}`), ['warning [Chest pain]']);
  });

  const crisis = ['Call or text 988.', 'Contact a crisis line.', 'You can call Samaritans free on 116 123.', 'Text HOME to 741741 to reach the Crisis Text Line.', 'The suicide prevention lifeline is open all night.'];
  for (const c of crisis) {
    it(`crisis resource: ${c}`, () => {
      assert.equal(CRISIS_RESOURCE.test(c), true);
      assert.equal(EMERGENCY_RESOURCE.test(c), true);
      assert.deepEqual(missing(`Some readers have had thoughts of suicide. ${c}${tail}`), []);
    });
  }
  it('suicide content without a crisis resource is still reported', () => {
    assert.equal(CRISIS_RESOURCE.test('Crisis management is a skill.'), false);
    assert.deepEqual(missing(`Some readers have had thoughts of suicide. Crisis management is a skill.${tail}`), ['warning [suicide]']);
  });
});
