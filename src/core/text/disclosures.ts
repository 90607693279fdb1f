// Shared detection of disclaimers and emergency/crisis content (rules-catalog.md §K, §E5): used by the
// missing-disclosure rule and the checklist's automatic checks, so both agree on what counts.
import { eachMatch } from './scan';

/**
 * Educational disclaimers (§K DISC.EDUCATIONAL). A reviewer accepts any clear statement that the post
 * is general information and not individual advice, not a substitute for a clinician, or no
 * physician–patient relationship, in whatever words. Recognition is two steps: a predicate (one of
 * the classes below) and a check of the sentence it sits in, so that "social media is not medical
 * advice" or "this is not for informational purposes" do not pass for a disclaimer of this post.
 */
const S = '[ \\u00A0\\t\\n]{1,3}';
/** A negation: not, n't, never, nothing, nor, no. */
const NEG = String.raw`(?:\bnot\b|\bcannot\b|n['’]t\b|\bnever\b|\bnothing\b|\bnone\b|\bnor\b|\bno\b)`;
/** Words between a negation and "advice" that make it a statement about what something is ("is not", "should not be taken as", "does not offer"). */
const AS_WHAT = String.raw`(?:[^.!?\n]{0,60}?\b(?:as|be|is|are|was|were|constitutes?|intended|meant|designed|offer\w{0,3}|provid\w{1,3}|giv\w{1,3}|represents?|amounts?${S}to|considered|construed|taken|treated|regarded|seen|viewed|used)\b)?`;
/** Modifiers of "advice": "personal medical", "individualised health", "legal or medical". */
const ADVICE_MOD = String.raw`(?:[\s,]{1,3}(?:a|an|any|the|personali[sz]ed|personal|individuali[sz]ed|individual|specific|professional|medical|health|clinical|health\s?care|legal|or|and|tailored|formal|one-on-one|expert|diagnostic|treatment)\b){0,6}[\s,]{1,3}(?:advice\b|guidance\b|instructions?\b|recommendations?\b|opinions?\b|counsel\w{0,4}\b|diagnosis\b|(?:tailored|personali[sz]ed)${S}(?:to|for)${S}(?:you|your|any|each|an${S}individual|individuals?)\b|(?:able${S}to${S})?diagnos\w{0,3}${S}(?:you|your|anyone|any${S}reader|individual)\b)`;
/** 1a. Negated advice: "not medical advice", "should not be taken as personal medical advice", "does not offer individual advice". */
const NEG_ADVICE = new RegExp(`${NEG}${AS_WHAT}${ADVICE_MOD}`, 'gi');
/** What a disclaimer says the post does not replace: a substitute or replacement for care, the basis of decisions. */
const NOT_A_SUBSTITUTE = String.raw`(?:\bsubstitut\w{0,4}${S}(?:for|of)\b|\breplac\w{0,5}\b|\bstand-?\s?in${S}for\b|\balternative${S}(?:to|for)\b|\btake${S}the${S}place${S}of\b|\brel(?:y|ied|ying)${S}(?:up)?on\b|\bus(?:e|ed|ing)${S}(?:[a-z]{1,12}${S}){0,3}(?:to|for)${S}(?:self-?\s?)?diagnos\w{0,4})`;
/** Care words a "substitute for" / "replace" must be about (so "replace butter with olive oil" is no disclaimer). */
const CARE = /\b(?:advice|care|consult\w{0,6}|visit|appointment|evaluation|exam\w{0,7}|assessment|doctor|physician|clinician|provider|practitioner|GP|professional|pediatrician|paediatrician|pharmacist|nurse|therapist|specialist|diagnos\w{0,4}|treatment|relationship|decisions?)\b/i;
/** 1b. Negated substitute: "is not a substitute for professional care", "does not replace a visit", "should not be relied on". */
const NEG_SUBSTITUTE = new RegExp(`${NEG}[^.!?\\n]{0,60}?${NOT_A_SUBSTITUTE}`, 'gi');
/** 2. Purpose: "for informational purposes only", "for educational use", "information only", "educational only". */
const PURPOSE = new RegExp(
  String.raw`\bfor${S}(?:general${S})?(?:informational|information|educational|education|general)(?:${S}(?:and|or|&)${S}(?:informational|information|educational|education))?${S}(?:purposes?|use|uses|reference|reading)\b|\bfor${S}(?:general${S})?(?:information|education|educational|informational)(?:${S}(?:and|or|&)${S}(?:information|education))?${S}only\b|\b(?:information|informational|educational|education)(?:${S}(?:content|material|purposes?|use|resource))?${S}only\b|\b(?:intended|meant|designed|provided|offered|written|shared)${S}(?:(?:solely|only|purely|simply)${S})?(?:for|as|to)${S}(?:general${S})?(?:education|information|educate|inform)\b`,
  'gi',
);
/** 3. General information: "general education", "general health information", "general medical information". */
const GENERAL = new RegExp(String.raw`\bgeneral${S}(?:(?:health|medical|wellness|patient)${S})?(?:education|information|guidance|knowledge)\b`, 'gi');
/** 4. No relationship: "does not create a physician–patient relationship", "no doctor-patient relationship is formed". */
const RELATIONSHIP = new RegExp(
  String.raw`\b(?:physician|doctor|clinician|provider|practitioner|therapist|nurse|dentist|professional|patient)s?\s{0,2}(?:[-–—/]|${S}and${S})\s{0,2}(?:patient|client|physician|doctor|clinician|provider)${S}relationships?\b`,
  'gi',
);
/** 4b. "I'm not your doctor", "we are not your physicians": the author is not the reader's clinician. */
const NOT_YOUR_DOCTOR = new RegExp(
  String.raw`\b(?:I${S}am|I['’]m|we${S}are|we['’]re)${S}not${S}your${S}(?:own${S})?(?:doctor|physician|clinician|GP|provider|pediatrician|paediatrician|nurse|therapist|pharmacist|dentist)s?\b`,
  'gi',
);
/**
 * 4c. Reading makes no one a patient, the text may not fit the reader, and decisions are not to rest
 * on it: "reading this blog doesn't make you my patient", "may not apply to your situation", "don't
 * change your medicines based on this post", and the post calling itself educational.
 */
const NOT_FOR_YOU = new RegExp(
  String.raw`\bmakes?${S}(?:you|anyone|readers?|a${S}reader)${S}(?:my|our|a|the${S}practice['’]s)${S}(?:(?:own|new)${S})?patients?\b|\bpatient${S}of${S}(?:mine|ours|the${S}practice)\b|\b(?:may|might|does|do)${S}not${S}(?:apply|be${S}(?:right|appropriate|suitable))${S}(?:to|for)${S}(?:you|your|every(?:one)?|all|each|any)\b|\bbased${S}(?:solely${S}|only${S}|just${S})?on${S}(?:this|these|what${S}you${S}read${S}here)\b|\b(?:is|are)${S}(?:(?:purely|strictly|only|simply|meant${S}to${S}be)${S})?(?:educational|informational)\b|\bfor${S}(?:general${S})?learning${S}(?:purposes|only)\b`,
  'gi',
);
/**
 * 4d. The post explains, and does not decide for the reader: "I wrote this to explain …, not to tell
 * anyone whether they need an antibiotic", "I write these posts to explain …, not to diagnose anyone".
 */
const NOT_TO_ADVISE = new RegExp(
  String.raw`\bnot${S}(?:(?:meant|intended|trying|here|written|designed)${S})?to${S}(?:tell|diagnose|advise|treat|direct|instruct|prescribe${S}for|decide${S}for|answer${S}for)${S}(?:anyone|anybody|you|any${S}(?:one${S})?(?:reader|individual|person|patient)|individual${S}(?:readers|patients)|readers|a${S}(?:specific|particular)${S}(?:reader|person|patient))\b`,
  'gi',
);
/** 4e. The reader is told how to take the post: "treat this post as education", "read these articles as general information". */
const TAKE_AS = new RegExp(
  String.raw`\b(?:treat|read|take|see|view|think${S}of|consider|regard)${S}(?:this|these|the${S}(?:information|content|explanations?|material))(?:${S}(?:posts?|articles?|information|content|pages?|explanations?|guides?|pieces?|columns?|notes?))?${S}as${S}(?:(?:general|background|health)${S})?(?:education|information|educational${S}(?:content|material)|background|a${S}starting${S}point)\b`,
  'gi',
);
/** 4f. Not a reading of the reader's own case: "They are not a reading of your results". */
const NOT_YOUR_READING = new RegExp(
  String.raw`${NEG}${S}(?:(?:meant|intended)${S}(?:as|to${S}be)${S})?(?:a|an)${S}(?:personal${S}|individual${S})?(?:reading|interpretation|review|evaluation|assessment|analysis|explanation)${S}of${S}your${S}(?:own${S}|specific${S}|particular${S})?(?:results|labs?|lab${S}results|tests?|test${S}results|symptoms|situation|case|condition|scans?|reports?|numbers)\b`,
  'gi',
);
/** 5. The classic instruction: "Always seek the advice of your physician", "talk to your own doctor about your situation". */
const SEEK = new RegExp(
  String.raw`\bseek${S}the${S}advice${S}of${S}(?:your|a)\b|\b(?:consult|talk${S}(?:to|with)|speak${S}(?:to|with)|check${S}with|ask)${S}(?:with${S})?your${S}(?:own${S})?(?:physician|doctor|clinician|GP|health\s?care${S}(?:provider|professional|team)|provider|pharmacist|care${S}team)${S}(?:about|regarding|for|on)${S}(?:your${S}(?:own${S})?(?:individual${S}|specific${S}|personal${S}|particular${S})?(?:situation|circumstances|case|needs)|any${S}(?:questions|concerns))\b`,
  'gi',
);
/** Words that refer to this post: the statement is about what the reader is reading. */
const SELF_REF =
  /\b(?:this|these|here(?:in)?|above|below)\b|^[^\p{L}]*(?:it|they)\b|\b(?:the|our|my)\s{1,3}(?:[a-z]+\s{1,3})?(?:posts?|articles?|blog|content|information|material|materials|pages?|site|website|newsletter|videos?|episodes?|podcast|guide|column|series|piece|text|resources?|faq|answers?|q&a|handout|leaflet)\b|\b(?:I|we)\s{1,3}(?:write|wrote|share|post|say|publish|discuss|cover)\b/iu;
/** A noun for this post's content ("this article", "the information here", "these tips"): "this drug" is none. */
const SELF_NOUN =
  /\b(?:this|these|the|our|my)\s{1,3}(?:[a-z]+\s{1,3})?(?:posts?|articles?|blog|content|information|material|materials|pages?|site|website|newsletter|videos?|episodes?|podcast|guide|column|series|piece|text|resources?|faq|answers?|advice|guidance|suggestions|tips)\b|\bhere\b|\bwhat\s{1,3}(?:I|we)\s{1,3}(?:write|share)\b/i;
/** Something else that "is not medical advice": social media, strangers, chatbots, ads, a friend. */
const OTHER_SUBJECT =
  /\b(?:social\s{1,3}media|tik\s?tok|instagram|facebook|youtube|twitter|reddit|forums?|comments?|commenters?|influencers?|chatbots?|chat\s?gpt|AI|search\s{1,3}(?:results?|engines?)|google|the\s{1,3}internet|online\s{1,3}(?:posts?|groups?|quizzes)|viral|ads|advert\w{0,10}|strangers?|friends?|neighbou?rs?|relatives?|influencer|celebrit\w{1,4}|labels?|packaging|supplements?|products?|apps?|wearables?|smartwatch\w{0,2})\b/i;
/** A subjectless statement: "Not medical advice.", "For educational use; …", "Information only — …", "General education only". */
const SUBJECTLESS = /^(?:not|no|nor|for|information|informational|educational|education|general|purely|strictly|only|always|please|and|but|also)\b/i;
/** A label that opens a disclaimer line: "Disclaimer:", "Medical disclaimer —", "Please note:", "Important:". */
const LABEL = /^[\s*_>#"“(\-–—•·]*(?:(?:(?:medical|health|legal|educational|important|usual|standard|obligatory)\s{1,3})?(?:disclaimers?|note|please\s{1,3}note|important|reminder|caveat|fine\s{1,3}print|edit\s{0,2}\d{0,3}|update|p\.?\s?s)\s{0,2}[:.—–-]+)?[\s*_"“(\-–—]*/i;
/**
 * The author's own views as the subject, in the short form of social posts: "Views my own, not
 * medical advice", "Personal opinions, not medical advice", "Content is personal, not medical
 * advice", "Views expressed are personal and do not constitute medical advice", "(Obviously not
 * medical advice …)". Every word of the lead is one of these.
 */
const OWN_VIEW_WORDS = new Set(['views', 'view', 'opinions', 'opinion', 'thoughts', 'reflections', 'musings', 'post', 'account', 'content', 'rant', 'venting', 'observations', 'personal', 'my', 'mine', 'own', 'our', 'only', 'expressed', 'are', 'is', 'and', 'just', 'obviously', 'clearly', 'again', 'as', 'always', 'of', 'course', 'all', 'purely', 'entirely', 'do', 'does']);
function ownViews(lead: string): boolean {
  const words = lead.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.length <= 8 && words.every((w) => OWN_VIEW_WORDS.has(w));
}
/** A heading or line that announces a disclaimer ("## Disclaimer", "Medical disclaimer"). */
const DISCLAIMER_LINE = /^[\s*_#]*(?:(?:medical|health|legal|educational|important)\s{1,3})?disclaimers?[\s*_:.]*$/i;

/**
 * True when the character at i ends a disclaimer's sentence: `stops` (". ! ?" or also ";"), a blank
 * line, or a line break next to a heading. A single line break inside a paragraph is a space.
 */
function stopAt(text: string, i: number, stops: RegExp): boolean {
  const c = text[i];
  if (stops.test(c)) return true;
  if (c !== '\n') return false;
  return /^[ \t>]*(?:\n|#)/.test(text.slice(i + 1, i + 12)) || /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, i - 12), i)) || /(?:^|\n)[ \t>]*#[^\n]*$/.test(text.slice(Math.max(0, i - 120), i));
}

/** Start and end of the sentence (or, with ";", the clause) around [s, e), bounded to 300 characters each way. */
function spanAround(text: string, s: number, e: number, stops: RegExp): [number, number] {
  let a = s;
  const floor = Math.max(0, s - 300);
  while (a > floor && !stopAt(text, a - 1, stops)) a--;
  let b = e;
  const ceil = Math.min(text.length, e + 300);
  while (b < ceil && !stopAt(text, b, stops)) b++;
  return [a, b];
}
const SENTENCE_STOPS = /[.!?]/;
const CLAUSE_STOPS = /[.!?;]/;

/** The non-blank line before offset `a` (a "Disclaimer" heading right above the statement). */
function previousLine(text: string, a: number): string {
  let e = a;
  while (e > 0 && /\s/.test(text[e - 1]) && a - e < 8) e--;
  let s = e;
  while (s > 0 && text[s - 1] !== '\n' && e - s < 80) s--;
  return s === e || (s > 0 && text[s - 1] !== '\n') ? '' : text.slice(s, e);
}

/** Offset in `lead` just after its last comma, dash or joining conjunction (0 when none). */
function lastJoin(lead: string): number {
  let at = 0;
  eachMatch(JOIN, lead, (m) => {
    at = m.index + m[0].length;
  });
  return at;
}
const JOIN = /[,—–:]\s|\b(?:and|but|so|while|whereas|although|though)\s/gi;

/** A negation anywhere, within 20 or 60 characters of the end, or right at the end of a lead. */
const NEG_ANY = new RegExp(NEG, 'i');
const NEG_NEAR_END = new RegExp(`${NEG}[^.!?\\n]{0,20}$`, 'i');
const NEG_BEFORE_END = new RegExp(`${NEG}[^.!?\\n]{0,60}$`, 'i');
const NEG_AT_END = new RegExp(`${NEG}\\s{0,3}$`, 'i');

type Kind = 'negated' | 'substitute' | 'notForYou' | 'purpose' | 'general' | 'relationship' | 'seek' | 'aboutThisPost';

/** Is the predicate at [s, e) a disclaimer of this post, judged on its sentence? */
function acceptable(text: string, s: number, e: number, kind: Kind): boolean {
  const [a, b] = spanAround(text, s, e, CLAUSE_STOPS);
  // The whole sentence, for a statement split by a semicolon ("This is general education; it is not advice").
  const [sa] = spanAround(text, s, e, SENTENCE_STOPS);
  const lead = text.slice(a, s);
  const before = text.slice(sa, s);
  const match = text.slice(s, e);
  // The part of the clause after its last comma or conjunction: "I can't answer in the comments, and
  // nothing in this post should replace …" is about the post, "a viral video is not advice" is not.
  const local = lead.slice(lastJoin(lead));
  // A pronoun opening the conjunct ("…, but it is not advice") refers back to the sentence's subject.
  const pronoun = /^\s*(?:it|they|that|which|those|these)\b/i.test(local);
  if (OTHER_SUBJECT.test(local) || OTHER_SUBJECT.test(match)) return false;
  if ((local.length === lead.length || pronoun) && OTHER_SUBJECT.test(before)) return false;
  // "not as a substitute for one": the clause names the care ("… a conversation with your clinician, …").
  if (kind === 'substitute' && !CARE.test(text.slice(a, b))) return false;
  // "This is not advice I would give to everyone": about the advice, not about the post.
  if (kind === 'negated' && /^\s{1,3}(?:that\s{1,3})?(?:I|we|you|they)\s{1,3}(?:would|will|could|can|usually|normally|always|give|gave)\b/i.test(text.slice(e, e + 30))) return false;
  if ((kind === 'purpose' || kind === 'general') && NEG_NEAR_END.test(lead) && !/\b(?:and|but)\s{1,3}$/i.test(lead)) {
    // "This is not for informational purposes", "not general information": negated, so no disclaimer.
    return false;
  }
  if (kind === 'relationship') {
    // "does not create a physician–patient relationship", "no doctor-patient relationship is formed".
    const around = text.slice(Math.max(a, s - 80), Math.min(b, e + 40));
    if (!NEG_ANY.test(around) && !/\b(?:without|outside)\b/i.test(around)) return false;
  }
  if (kind === 'seek') return true;
  // "I wrote this to explain …, not to tell anyone …", "treat this post as education", "They are not a
  // reading of your results": a disclaimer only when the sentence speaks of this post.
  if (kind === 'aboutThisPost') return !OTHER_SUBJECT.test(before) && (SELF_REF.test(before) || SELF_REF.test(match) || SELF_NOUN.test(before) || DISCLAIMER_LINE.test(previousLine(text, sa)));
  if (kind === 'notForYou') {
    // "… doesn't make you my patient", "… is not a patient of mine": only when negated; "based on this" only after a negated decision verb.
    if (/patient/i.test(match) && !NEG_ANY.test(text.slice(Math.max(a, s - 40), s))) return false;
    if (/^based/i.test(match) && !NEG_BEFORE_END.test(lead)) return false;
    if (/^(?:is|are)\b/i.test(match) && NEG_AT_END.test(lead)) return false;
    // "may not apply to you", "is educational": said of this post's content, not of "this drug".
    if (!/patient|^based/i.test(match)) return SELF_NOUN.test(before) || SELF_NOUN.test(match) || DISCLAIMER_LINE.test(previousLine(text, sa)) || (lead.replace(LABEL, '').length < lead.length && /disclaimer|note/i.test(lead));
  }
  const unlabelled = lead.replace(LABEL, '');
  const labelled = unlabelled.length < lead.length && /disclaimer|note|important|reminder|caveat|fine/i.test(lead);
  if (labelled || DISCLAIMER_LINE.test(previousLine(text, sa))) return true;
  if (SELF_REF.test(before) || (!pronoun && SELF_REF.test(local)) || SELF_REF.test(match)) return true;
  // The author declines to advise: "I cannot give individual advice", "we do not offer medical advice".
  if (kind === 'negated' && /^[^\p{L}]*(?:I|we)\b/iu.test(local) && /\b(?:giv|offer|provid)\w{0,4}\b/i.test(match)) return true;
  if ((kind === 'negated' || kind === 'substitute') && ownViews(unlabelled)) return true;
  // Subjectless statements: "Not medical advice.", "For educational use; …", "Information only — …",
  // "General education only". A subjectless "General information about X is available …" is none.
  if (unlabelled.trim() !== '' && !SUBJECTLESS.test(unlabelled)) return false;
  if (kind === 'negated' || kind === 'substitute') return /^(?:not|no|nor)\b/i.test(match) || SUBJECTLESS.test(unlabelled);
  if (kind === 'general') return /^(?:$|only\b|[,;:(—–-])/.test(text.slice(e, b).trim());
  return true;
}

const PREDICATES: [RegExp, Kind][] = [
  [NEG_ADVICE, 'negated'],
  [NEG_SUBSTITUTE, 'substitute'],
  [PURPOSE, 'purpose'],
  [GENERAL, 'general'],
  [RELATIONSHIP, 'relationship'],
  [NOT_YOUR_DOCTOR, 'seek'],
  [NOT_FOR_YOU, 'notForYou'],
  [SEEK, 'seek'],
  [NOT_TO_ADVISE, 'aboutThisPost'],
  [TAKE_AS, 'aboutThisPost'],
  [NOT_YOUR_READING, 'aboutThisPost'],
];

/** The disclaimer sentence's predicate in `text` as [start, end), or null. */
export function findDisclaimer(text: string): [number, number] | null {
  for (const [re, kind] of PREDICATES) {
    let hit: [number, number] | null = null;
    // Bounded: a post holds a handful of these phrases.
    let budget = 64;
    eachMatch(re, text, (m) => {
      if (budget-- <= 0) return false;
      if (acceptable(text, m.index, m.index + m[0].length, kind)) {
        hit = [m.index, m.index + m[0].length];
        return false;
      }
      return undefined;
    });
    if (hit) return hit;
  }
  return null;
}

/** Suicide and self-harm content: calls for the 988 Suicide & Crisis Lifeline. */
export const CRISIS_TRIGGER = /\b(?:suicid\w{0,6}|self[- ]harm\w{0,4}|kill(?:ing)?\s{1,3}(?:myself|yourself|themselves|himself|herself))\b/i;
/**
 * Acute emergencies that are always what-to-do-now content (chest pain, overdose, anaphylaxis),
 * and stroke, heart attack or cardiac arrest, which are acute only in an acute context (see
 * ACUTE_BEFORE / ACUTE_AFTER / ACUTE_SENTENCE): "stroke risk", "raises the risk of heart attack and
 * stroke" and "after a stroke last year" are history or risk, not an emergency. "Heat stroke" and
 * "a stroke of luck" are left out.
 */
export const EMERGENCY_TRIGGER =
  /\b(?:overdos\w{0,4}|chest\s{1,3}pain|anaphyla\w{0,6}|(?<!heat\s{0,2})strokes?(?!\s{1,3}of\b)|heart\s{1,3}attacks?|cardiac\s{1,3}arrests?)\b/gi;
/** The words that need an acute context: stroke, heart attack, cardiac arrest. */
const CONTEXT_NEEDED = /^(?:strokes?|heart\s{1,3}attacks?|cardiac\s{1,3}arrests?)$/i;
/** Right before: "signs of a", "symptoms of", "having a", "can be a", "suspect a", "during a". */
const ACUTE_BEFORE =
  /\b(?:(?:warning\s{1,3})?(?:signs?|symptoms?)\s{1,3}(?:of|for)|(?:is|are|be|am|'re|’re|'s|’s|were|was)\s{1,3}having|(?:can|could|may|might|would|must)\s{1,3}(?:be|mean|signal|indicate)|suspect(?:ed|s)?|possible|think\s{1,3}(?:it['’]s|it\s{1,3}is)|during|recogni[sz]e|spot|treat\s{1,3}(?:a|an)?\s{0,3}suspected)\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:possible\s{1,3}|suspected\s{1,3}|mini[- ])?$/i;
/** Right after: "stroke symptoms", "heart attack warning signs", "is a medical emergency". */
const ACUTE_AFTER = /^\s{1,3}(?:(?:warning\s{1,3})?(?:signs?|symptoms?)|(?:is|are)\s{1,3}(?:an?\s{1,3})?(?:medical\s{1,3})?emergenc\w{1,3}|(?:is|are)\s{1,3}happening|strikes?)\b/i;
/** In the same sentence: the stroke acronym (capitals only), named acute symptoms, urgency, or the 911 instruction. */
const ACUTE_ACRONYM = /\b(?:BE[ -]?FAST|F\.A\.S\.T|FAST)\b/;
const ACUTE_SENTENCE =
  /\b(?:face\s{1,3}droop\w{0,3}|droop\w{0,3}\s{1,3}face|arm\s{1,3}weakness|slurred\s{1,3}speech|sudden(?:ly)?\s{1,3}(?:numb\w{0,4}|weak\w{0,4}|confus\w{0,4}|trouble|severe|loss|dizz\w{0,5}|collapse\w{0,2})|every\s{1,3}minute\s{1,3}(?:counts|matters)|minutes\s{1,3}matter|time\s{1,3}is\s{1,3}brain|right\s{1,3}away|call\s{1,3}(?:9-?1-?1|an\s{1,3}ambulance|for\s{1,3}help)|start\s{1,3}CPR)\b/i;

/** Start and end of the sentence around [s, e) (bounded). */
function sentenceAround(text: string, s: number, e: number): [number, number] {
  let a = s;
  const floor = Math.max(0, s - 300);
  while (a > floor && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = e;
  const ceil = Math.min(text.length, e + 300);
  while (b < ceil && !/[.!?\n]/.test(text[b])) b++;
  return [a, b];
}

/**
 * The first acute-emergency trigger in `text` as [start, end), or null: chest pain, overdose and
 * anaphylaxis anywhere; stroke, heart attack and cardiac arrest only with an acute context.
 */
export function findEmergencyTrigger(text: string): [number, number] | null {
  EMERGENCY_TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Context checks per text are bounded: a post mentions stroke a handful of times.
  let budget = 64;
  while ((m = EMERGENCY_TRIGGER.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (!CONTEXT_NEEDED.test(m[0])) return [s, e];
    if (budget-- <= 0) continue;
    const [a, b] = sentenceAround(text, s, e);
    if (ACUTE_BEFORE.test(text.slice(Math.max(a, s - 60), s)) || ACUTE_AFTER.test(text.slice(e, Math.min(b + 1, e + 60))) || ACUTE_ACRONYM.test(text.slice(a, b)) || ACUTE_SENTENCE.test(text.slice(a, b))) {
      return [s, e];
    }
  }
  return null;
}

/** The first suicide or self-harm trigger in `text` as [start, end), or null. */
export function findCrisisTrigger(text: string): [number, number] | null {
  const m = CRISIS_TRIGGER.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * The crisis resource: 988, a named crisis line or text line, a suicide prevention hotline, the
 * Samaritans (116 123), or the Crisis Text Line's 741741.
 */
export const CRISIS_RESOURCE =
  /(?<![\d-])(?:988|741741)(?![\d-])|\bcrisis\s{1,3}(?:(?:life|help|hot|text\s{1,3})?line|services?|teams?|cent(?:er|re)s?)\b|\bsuicide\s{1,3}(?:(?:prevention|crisis)\s{1,3})?(?:life|help|hot)line\b|\bsamaritans\b|(?<![\d-])116[ \u00A0]?123(?![\d-])/i;
/**
 * The emergency resource: an emergency number (911; 999 and 112 where posts are read abroad),
 * emergency services, calling an ambulance, going to the emergency department (ER, A&E), seeking
 * emergency care, or Poison Control. A bare "emergency room visits" statistic is no guidance.
 */
export const EMERGENCY_NUMBER =
  /(?<![\d-])(?:911|999|112)(?![\d-])|\b(?:call|dial|ring)\s{1,3}(?:triple\s{1,3}zero|000)\b|\bemergency\s{1,3}(?:services|number)\b|\bcall(?:ing)?\s{1,3}(?:for\s{1,3})?(?:an\s{1,3})?ambulance\b|\b(?:go|get|head|come|going)\s{1,3}(?:straight\s{1,3}|right\s{1,3}|directly\s{1,3})?to\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:nearest\s{1,3}|local\s{1,3}|closest\s{1,3})?(?:ER|ED|A&E|emergency\s{1,3}(?:department|room|unit))\b|\b(?:seek|get|need|call\s{1,3}for)\s{1,3}(?:immediate|emergency|urgent)\s{1,3}(?:medical\s{1,3})?(?:care|help|attention|treatment)\b|\bpoisons?\s{1,3}(?:control|information\s{1,3}cent(?:er|re)|help\s{0,3}line)\b|1-?800-?222-?1222/i;
/** Any resource: the crisis or the emergency resource (the checklist's single presence check). */
export const EMERGENCY_RESOURCE = { test: (text: string): boolean => CRISIS_RESOURCE.test(text) || EMERGENCY_NUMBER.test(text) };

/** True when the text contains an educational disclaimer (see findDisclaimer). */
export function hasDisclaimer(text: string): boolean {
  return findDisclaimer(text) !== null;
}

/** True when the text mentions crisis or acute-emergency content (checklist §E5); the same test as the missing-disclosure rule. */
export function hasEmergencyTrigger(text: string): boolean {
  return CRISIS_TRIGGER.test(text) || findEmergencyTrigger(text) !== null;
}
