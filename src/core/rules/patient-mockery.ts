// Mocking or venting about patients (rules catalog D1): insults, contempt and sarcasm aimed at a
// patient or family. Only with a patient cue in the same sentence, so "I felt stupid" or a lazy
// Sunday stays quiet; quoted speech and discussion of a word are left alone. No automatic fix:
// only the author can say what the clinical situation was.
import type { BlockRule } from '../rule';
import { MatchIndex, QuoteFilter, sentenceEnd, sentenceStart } from '../text/speech';
import { Gate } from '../text/gate';
import { latinRegExp } from '../text/letters';
import { LeadRegExp } from '../text/scan';

const S = '[ \\u00A0\\t\\n]{1,3}';

const INSULT = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:idiots?|idiotic|morons?|moronic|imbeciles?|clowns?|clueless|lazy(?!${S}eye)|stupid|dumb(?!${S}luck)|pathetic|whin(?:ers?|y|ing)|(?:frequent|chronic|professional)${S}complainers?|complainers?|(?:another|the|a|some)${S}drunk(?!${S}driv)|drunks|lunatics?|psychos?|nut${S}?jobs?|nut${S}?cases?|crazies|losers?|dirtbags?|scumbags?|deadbeats?|drama${S}queens?|divas?|attention[- ]seek(?:ers?|ing)|fakers?|faking${S}it|train${S}wrecks?|hypochondriacs?|hilarious|laughable|cracked${S}(?:me|us)${S}up|dumbass(?:es)?|dipshits?|jackass(?:es)?|numbskulls?|dimwits?|halfwits?|nitwits?|bozos?|doofus(?:es)?|cretins?|knuckleheads?|boneheads?|airheads?|lowlifes?|freeloaders?|degenerates?|whack${S}?jobs?|(?:white|trailer)${S}trash|waste${S}of${S}(?:space|oxygen|air|a${S}bed|skin))(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** "of course he 'forgot' his meds": a scare-quoted excuse put in a patient's mouth. */
const SARCASM = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:he|she|they|patient|mom|dad|family)(?:${S}(?:had|has|was|have|just|conveniently|somehow))?${S}['‘"“](?:forgot|lost|ran${S}out|misplaced|allergic|can['’]t${S}afford|didn['’]t${S}know|had${S}no${S}idea|accidentally|only${S}(?:had|drank)${S}(?:a|two|one))[^'’"”\\n]{0,20}['’"”]`,
  'giu',
);

/**
 * Contempt without an insult word: sarcastic praise ("another genius who Googled…"), contempt
 * idioms ("you can't fix stupid", "Darwin award", "some people shouldn't be allowed to…"),
 * blame ("brought it on himself"), "frequent flyers who…" (not the airline kind), and a sarcastic
 * address ("Sure, lady.", "Okay, buddy.", "Riiight.").
 */
const CONTEMPT = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:another|this|that|our|some|real|absolute|total)${S}(?:genius(?:es)?|rocket${S}scientists?|einsteins?|brainiacs?|winners?|karens?|special${S}snowflakes?)(?=${S}(?:who|that|decided|thought|figured|here|over|in|with)(?![\\p{L}])|[ \\u00A0]?[,.!?…;:)]|$)` +
    `|(?:brought|did)${S}(?:it|this|that)${S}(?:all${S})?on${S}(?:themselves|himself|herself)` +
    `|frequent${S}fl[iy]ers?${S}who(?![^.!?\\n]{0,60}(?:miles|mileage|airlines?|points|lounge|status|upgrade|travel|flights?|fl(?:y|ies|ew)|airports?|trips?))` +
    `|(?:sure|okay|ok|right|yeah|uh[- ]?huh|mm[- ]?hmm|of${S}course)[,.]?${S}(?:lady|buddy|pal|champ|sweetie|honey|hon|bud|chief|jan|dude|bro|princess|sunshine|sport|sweetheart)(?=[ \\u00A0]?[.!?…]|$)` +
    `|ri{3,}ght|yeah[,.]?${S}right(?=[ \\u00A0]?[.!?…])|sure${S}(?:you|he|she|they)${S}(?:did|do|does|were|was|are|is|have|has|had)(?=[ \\u00A0]?[.!?…])` +
    `)(?![\\p{L}\\p{N}_])`,
  'giu',
);

/**
 * Contempt idioms about people, with or without a patient word: they are aimed at someone by
 * themselves ("You can't fix stupid.", "Some people shouldn't be allowed to make decisions.").
 */
const IDIOM = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:can['’]?t${S}fix${S}stupid|darwin${S}awards?|natural${S}selection${S}(?:at${S}work|in${S}action)|thin(?:ning|s)?${S}(?:out${S})?the${S}herd|shallow${S}end${S}of${S}the${S}gene${S}pool` +
    `|(?:some|these|those)${S}people(?:${S}(?:honestly|really|just|simply|clearly|seriously))?${S}(?:shouldn['’]t(?:${S}(?:honestly|really|just|simply|ever))?|(?:should|ought)(?:${S}(?:honestly|really|just|simply|clearly|seriously))?${S}(?:not|never))${S}be${S}allowed${S}to` +
    `)(?![\\p{L}\\p{N}_])`,
  'giu',
);

/**
 * Ridicule without an insult word: sarcastic asides ("Bless his heart.", "Of course she does.",
 * "What a coincidence.", "Brilliant plan."), mock awards ("an Oscar-worthy performance", "deserve a
 * loyalty card", "we should name a recliner after him"), labels for patients ("heartsink", "our
 * favourite frequent flyer", "the usual suspects", "tinfoil-hat energy"; "GOMER" is a stigma-terms
 * entry), "people like this are why I drink", and mocking hashtags (#patientsbelike, RIDICULE_TAG).
 * Read against a patient cue in the sentence or the one before, like the contempt phrases.
 */
export const RIDICULE = new LeadRegExp(
  latinRegExp(
    `(?<![\\p{L}\\p{N}_])(?:bless${S}(?:his|her|their|your)${S}(?:little${S})?(?:hearts?|cotton${S}socks)` +
      `|of${S}course${S}(?:he|she|they)${S}(?:does|did|do|is|was|were|has|had|can|could|would)(?=[ \\u00A0]?[.!…])` +
      `|what${S}a${S}(?:coincidence|shocker)(?=[ \\u00A0]?[.!?…])` +
      `|(?:brilliant|great|genius|fantastic|solid|excellent|flawless)${S}(?:plan|idea|logic|reasoning)(?=[ \\u00A0]?[.!…])` +
      `|oscar[- ]worthy|(?:give|gave|deserves?|deserved)${S}(?:him|her|them)${S}(?:an?${S})?(?:oscar|emmy|award|medal)` +
      `|(?:deserves?|deserved|earned|gets?|need)${S}(?:a${S})?loyalty${S}cards?` +
      `|name${S}(?:a|the|an)${S}(?:recliner|bed|chair|room|bay|stretcher|trolley|appointment${S}slot|slot|cubicle|wing)${S}after${S}(?:him|her|them|you)` +
      `|heartsinks?(?:${S}patients?)?|the${S}usual${S}suspects|tin[- ]?foil[- ]?hats?|certified${S}(?:crazy|insane|nuts|bonkers)|why${S}are${S}you${S}like${S}this` +
      `|(?:our|my|the${S}(?:resident|local))${S}(?:favou?rite|beloved|regular|resident|most${S}dedicated)${S}(?:frequent${S}fl[iy]ers?|regulars?|heartsinks?|customers?)` +
      `|(?:patients|people|families|relatives|parents)${S}like${S}(?:this|that|these|him|her|them)${S}(?:are|is)${S}(?:why|the${S}reason)` +
      `)(?![\\p{L}\\p{N}_])`,
    'giu',
  ),
  ['bless', 'of', 'what', 'brilliant', 'great', 'genius', 'fantastic', 'solid', 'excellent', 'flawless', 'oscar', 'give', 'gave', 'deserv*', 'earned', 'get', 'gets', 'need', 'name', 'heartsink*', 'the', 'tin*', 'certified', 'why', 'our', 'my', 'patients', 'people', 'families', 'relatives', 'parents'],
);
/** Mocking hashtags ("#patientsbelike", "#karensofinstagram"): RIDICULE's other half, after a "#". */
const RIDICULE_TAG = latinRegExp(`#(?:patientsbelike|karens?[\\p{L}]*|frequentfl[iy]er[\\p{L}]*|drugseeker[\\p{L}]*|gomer[\\p{L}]*|peoplearedumb|cantfixstupid)(?![\\p{L}\\p{N}_])`, 'giu');

/**
 * Doubt put in scare quotes: "his 'pain'", "her “seizures”", "their 'emergency'": the symptom as a
 * pretence. The possessive is the patient cue.
 */
const SCARE = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:his|her|their)${S}['‘"“](?:pain|allergy|allergies|seizures?|symptoms?|disability|migraines?|emergency|illness|injury|anxiety|chest${S}pain|back${S}pain|fibromyalgia|condition|sickness|fainting${S}spells?)['’"”](?![\\p{L}])`,
  'giu',
);

/** "*eye roll*", "(sigh)", "#facepalm", "smh": a written eye roll. */
const EMOTE = latinRegExp(
  `(?:[*(\\[<]|#)(?:eye${S}?rolls?|eyeroll|facepalm|face${S}palm|sigh|smh|headdesk|head${S}desk)[*)\\]>]?|(?<![\\p{L}\\p{N}_#])(?:smh|lmf?ao|rofl)(?![\\p{L}\\p{N}_])`,
  'giu',
);

const EYE_ROLL = /\u{1F644}|\u{1F612}|\u{1F926}|\u{1F921}/gu;

const PATIENT_CUE = latinRegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:patients?|pts?|famil(?:y|ies)|relatives?|mom|dad|mother|father|husband|wife|son|daughter|parents?|he|she|him|her|his|they|them|guy|lady|man|woman|dude|bed[ \u00A0]+\d+|room[ \u00A0]+\d+|triage|waiting[ \u00A0]+room|visitor|caller|frequent)(?![\p{L}\p{N}_])`,
  'giu',
);

/**
 * What each pattern needs before it can match: a word of the insults, contempt phrases, idioms or
 * written eye rolls (one alternation: V8 scans this one fast, 0.04 ms per 2,000-word post, where
 * 85 substring tests took 0.39 ms); a quote mark for scare quotes and sarcasm (text/gate.ts); an
 * eye-roll emoji. A block with none of them is skipped.
 */
const WORD_HINT = /lmao|lmfao|rofl|dumbass|dipshit|jackass|numbskull|dimwit|halfwit|nitwit|bozo|doofus|cretin|knucklehead|bonehead|airhead|lowlife|freeloader|degenerate|whack|trash|waste|idiot|moron|imbecil|clown|clueless|lazy|stupid|dumb|pathetic|whin|complainer|drunk|lunatic|psycho|nut|craz|loser|dirtbag|scumbag|deadbeat|drama|diva|attention|fak|wreck|hypochondr|hilarious|laughable|cracked|genius|scientist|einstein|brainiac|winner|karen|snowflake|darwin|selection|herd|gene|allowed|themselves|himself|herself|fl[iy]er|riii|right|sure|okay|ok|yeah|huh|hmm|course|roll|palm|sigh|smh|desk/i;
/** What RIDICULE needs before it can match (its own gate: several of its words are common). */
const RIDICULE_HINT = /bless|course|coincidence|shocker|plan|idea|logic|reasoning|oscar|award|medal|loyalty|after|heartsink|suspects|foil|certified|like this|like that|like these|like him|like her|like them|favou?rite|beloved|regular|resident|dedicated|#/i;
const QUOTE_GATE = new Gate(["'", '‘', '"', '“']);
const EMOJI_GATE = new Gate(['\u{1F644}', '\u{1F612}', '\u{1F926}', '\u{1F921}']);

/** The author about themselves: "I'm such an idiot", "call me stupid", "what an idiot I was". */
const SELF_BEFORE =
  /(?:^|[^\p{L}])(?:I|I['’]m|I[ \u00A0]am|I[ \u00A0]was|I[ \u00A0]felt[ \u00A0]like|I[ \u00A0]looked[ \u00A0]like|me|myself|we|we['’]re|we[ \u00A0]were|us)(?:[ \u00A0]+(?:such|a|an|the|total|complete|absolute|utter|real|so|being|like|just|really|an?[ \u00A0]+(?:total|complete|absolute))){0,3}[ \u00A0]+$/u;
const AS_IF_SELF = /(?:^|[^\p{L}])(?:like|as[ \u00A0]+if|as[ \u00A0]+though)[ \u00A0]+(?:I|we)[ \u00A0]+(?:was|were|am|are)[ \u00A0]+(?:the|an?|some)[ \u00A0]+$/iu;
const SELF_AFTER = /^[ \u00A0]+(?:I|me|myself|we|us)(?![\p{L}])/u;
/** Venting about the system, not a patient: "the prior-auth rules are idiotic", "a stupid form". */
const SYSTEM_WORDS =
  '(?:system|rules?|polic(?:y|ies)|paperwork|bureaucracy|insurance|insurers?|compan(?:y|ies)|prior[ \u00A0-]?auth\\p{L}*|ehr|emr|software|forms?|process(?:es)?|requirements?|billing|regulations?|laws?|red[ \u00A0]tape|computers?|portal|algorithms?|administrat\\p{L}*|metrics?|scheduling|pager|printer|fax)';
const SYSTEM_AFTER = new RegExp(`^[ \u00A0]+(?:[\\p{L}-]+[ \u00A0]+)?${SYSTEM_WORDS}(?![\\p{L}])`, 'iu');
const SYSTEM_BEFORE = new RegExp(`${SYSTEM_WORDS}['’]?s?[ \u00A0]+(?:is|are|was|were|seems?|feels?|felt|remains?)[ \u00A0]+(?:(?:so|just|completely|utterly|totally|absolutely|really|beyond)[ \u00A0]+)?$`, 'iu');

/**
 * "Degenerate" as a verb or in anatomy ("wait for the tissue to degenerate", "cells can degenerate",
 * "degenerate disc changes"): what tissue does, not a name for a person.
 */
const DEGENERATE_BEFORE = /(?<![\p{L}])(?:to|will|would|can|could|may|might|must|began|begin|begins|started|tends?|cells?|tissues?|nerves?|neurons?|fibres?|fibers?|discs?|disks?|joints?|cartilage|muscles?|it|they)[ \u00A0]{1,3}$/iu;
const DEGENERATE_AFTER = /^[ \u00A0]{1,3}(?:discs?|disks?|joints?|tissues?|cartilage|neurons?|nerves?|changes|retina|cells?)(?![\p{L}])/iu;

/** "felt stupid", "made her feel dumb": how someone felt, not a label for them. */
const FEELING = /(?<![\p{L}])(?:feel|feels|felt|feeling|look|looks|looked|sound|sounds|sounded|seem|seems|seemed)[ \u00A0]{1,3}(?:(?:so|really|a[ \u00A0]bit|kind[ \u00A0]of|very|pretty)[ \u00A0]{1,3})?$/iu;

const MESSAGE = 'Unexpected contempt for a patient, expected a plain description of the clinical situation.';

export const patientMockery: BlockRule = {
  scope: 'block',
  meta: {
    id: 'patient-mockery',
    category: 'conduct.mockery',
    defaultSeverity: 'warning',
    description: 'Insults, contempt and sarcasm aimed at patients or families.',
    note: 'Mocking or venting about patients online undermines trust in the profession and can identify them (AMA Code of Medical Ethics Opinion 2.3.2, professionalism in the use of social media; ACP–FSMB 2013 online medical professionalism).',
  },
  check(block, _env, report) {
    const text = block.text;
    const words = WORD_HINT.test(text);
    const quoted = QUOTE_GATE.in(text);
    const emoji = EMOJI_GATE.in(text);
    const ridicule = RIDICULE_HINT.test(text);
    if (!words && !quoted && !emoji && !ridicule) return;
    const quotes = new QuoteFilter(text);
    const hits: [number, number][] = [];
    let cues: MatchIndex | undefined;
    // Hits in one sentence share its answer; a run of hits with no sentence end reuses the last window.
    let windowEnd = -1;
    let windowAnswer = false;
    const cueAround = (s: number, e: number, from?: number): boolean => {
      if (from === undefined && e <= windowEnd) return windowAnswer;
      const start = from ?? sentenceStart(text, s);
      windowEnd = sentenceEnd(text, e);
      windowAnswer = (cues ??= new MatchIndex(PATIENT_CUE, text)).any(start, windowEnd);
      return windowAnswer;
    };
    /** The sentence, or for a short exclamation ("Honestly, what an idiot.") the one before it too. */
    const cueNear = (s: number, e: number, comment: boolean): boolean => {
      if (cueAround(s, e)) return true;
      const own = sentenceStart(text, s);
      const end = sentenceEnd(text, e);
      if (own === 0 || (!comment && (text.slice(own, end).match(/[\p{L}'’-]+/gu)?.length ?? 0) > 8)) return false;
      return cueAround(s, e, sentenceStart(text, Math.max(0, own - 2)));
    };
    /** A match of pattern `re`: kept unless quoted, self-deprecating, about the system or without a patient cue. */
    const consider = (re: RegExp | LeadRegExp, m: RegExpExecArray): void => {
      const s = m.index;
      const e = s + m[0].length;
      if (re === IDIOM && quotes.quoted(s, e)) return;
      if (re !== SARCASM && re !== SCARE && re !== IDIOM) {
        if (quotes.quoted(s, e)) return;
        const before = text.slice(Math.max(0, s - 40), s);
        // "…like I was the idiot" says the other person is one: no self-deprecation there.
        const self = (SELF_BEFORE.test(before) && !AS_IF_SELF.test(before)) || SELF_AFTER.test(text.slice(e, e + 12));
        if (re === INSULT && (FEELING.test(before.slice(-30)) || self)) return;
        if (re === INSULT && /^degenerates?$/i.test(m[0]) && (DEGENERATE_BEFORE.test(before) || DEGENERATE_AFTER.test(text.slice(e, e + 16)))) return;
        if (re === INSULT && (SYSTEM_AFTER.test(text.slice(e, e + 40)) || SYSTEM_BEFORE.test(before))) return;
        // Contempt idioms and written eye rolls comment on the sentence before them.
        if (!cueNear(s, e, re !== INSULT)) return;
      }
      hits.push([s, e]);
    };
    const patterns = [...(words ? [INSULT] : []), ...(quoted ? [SARCASM, SCARE] : []), ...(words ? [CONTEMPT, EMOTE, IDIOM] : []), ...(ridicule && text.includes('#') ? [RIDICULE_TAG] : [])];
    for (const re of patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) consider(re, m);
    }
    if (ridicule) RIDICULE.each(text, (m) => consider(RIDICULE, m));
    let emojiEnd = -1;
    let emojiAnswer = false;
    EYE_ROLL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (emoji && (m = EYE_ROLL.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      // The emoji often follows the sentence it comments on: look at that sentence too.
      if (e <= emojiEnd) {
        if (emojiAnswer) hits.push([s, e]);
        continue;
      }
      const own = sentenceStart(text, s);
      const prev = own > 0 ? sentenceStart(text, Math.max(0, own - 2)) : own;
      emojiAnswer = cueAround(s, e, prev);
      emojiEnd = windowEnd;
      if (emojiAnswer) hits.push([s, e]);
    }
    hits.sort((a, b) => a[0] - b[0]);
    let lastEnd = -1;
    for (const [start, end] of hits) {
      if (start < lastEnd) continue;
      lastEnd = end;
      report({ start, end, message: MESSAGE });
    }
  },
};
