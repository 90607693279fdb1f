// Live or same-day case posting (catalog C1–C3): "just finished a code", "tonight in the ER", "this
// morning's patient", "#livetweeting", present-tense narration of an ongoing encounter; and, from
// front matter, a case_date too close to the publication date (C2).
//
// A document rule: the prose check runs block by block like a block rule, and the delay check reads
// the front matter once. Every regex is a bounded alternation; windows around a match are bounded.
import type { DocumentRule, SourceReport } from '../rule';
import type { ProseBlock } from '../model';
import { publicationDate } from '../frontmatter';
import { CueIndex, GENERIC } from '../text/cues';
import { daysBetween } from '../text/dates';
import { matchCase } from '../text/tidy';
import { latinRegExp } from '../text/letters';
import { eachMatch, LeadRegExp } from '../text/scan';
import { Gate } from '../text/gate';
import { QuoteFilter, negatedBefore } from '../text/speech';

const NOTE =
  'AMA Code of Medical Ethics Opinion 2.3.2 (Professionalism in the Use of Social Media); FSMB, Social Media and Electronic Communications (April 2019); Safe Harbor item (C), 45 CFR 164.514(b)(2)(i)(C). Staff, family and the patient know when and where an event happened, so posting it live or the same day identifies the patient even without a name.';

const DEFAULT_MIN_DELAY_DAYS = 90;

const W = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const SP = '[ \\u00a0]{1,3}';

/** An announcement's future: "will", "'ll", "is scheduled", "join us", "upcoming". */
const FUTURE = /(?<![\p{L}])(?:will|['’]ll|going[ \u00a0]+to|scheduled|join[ \u00a0]+us|upcoming|next[ \u00a0]+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\p{L}])/iu;
/** A day remembered: "years ago today", "is International Nurses Day", "would have been … birthday", "the anniversary of". */
const COMMEMORATION = /(?<![\p{L}])(?:years[ \u00a0]+ago[ \u00a0]+today|(?:is|marks)[ \u00a0]+(?:(?:the|this[ \u00a0]+year['’]s)[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,5}(?:Day|Week|Month)|would[ \u00a0]+have[ \u00a0]+been[^.!?\n]{0,40}birthday|anniversary|centenary|centennial|on[ \u00a0]+this[ \u00a0]+(?:date|day)[ \u00a0]+in[ \u00a0]+\d{4})(?![\p{L}])/u;

type Kind = 'hashtag' | 'just' | 'now' | 'today' | 'shift' | 'narration' | 'commute' | 'posting' | 'recent' | 'clock' | 'tally';

interface Pattern {
  kind: Kind;
  /** A LeadRegExp is tried only where one of its lead words starts. */
  re: RegExp | LeadRegExp;
  /** Strings every match of `re` contains (one at least, in any case): no string, no scan. */
  gate: Gate;
}

const NUM = `(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another)`;
/** Care settings a clinician can be "still at" or post "from" (lower case; matched case-insensitively). */
const PLACE_NOUN = `(?:hospital(?!${SP}bed)|clinic|emergency${SP}(?:room|department)|ER|ED|ICU|NICU|PICU|CCU|OR|L&D|labou?r${SP}and${SP}delivery|trauma${SP}bay|cath${SP}lab|unit|ward|call${SP}room|on-call${SP}room)`;
/** What a shift is made of ("a 24-hour call", "the night shift", "clinic"). */
const WORK_NOUN = `(?:shift|call|clinic|rounds|code|stretch${SP}on${SP}call|double)`;

/**
 * A shift's running count: "three babies before sunrise", "my second code of the night", "two hours
 * into my shift". Every match begins with one of the lead words (or a digit), so it is tried only there.
 */
export const TALLY = new LeadRegExp(
  latinRegExp(
    `${W}(?:${NUM}${SP}(?:babies|deliveries|admissions|admits|codes|traumas|intubations|c-sections|consults|transfers|GSWs|overdoses|strokes|STEMIs)${SP}(?:before|since|by|after)${SP}(?:sunrise|dawn|midnight|noon|lunch|breakfast)|(?:(?:my|our|the)${SP})?(?:second|third|fourth|fifth|sixth|\\d{1,2}(?:st|nd|rd|th))${SP}(?:code|trauma|admission|admit|delivery|intubation|c-section|consult|overdose)${SP}(?:of|this)${SP}(?:the${SP})?(?:night|shift|morning|day)|(?:${NUM}|a${SP}few|several|an?)${SP}(?:hours?|minutes)${SP}into${SP}(?:my|our|the|this|a)${SP}(?:[\\p{L}\\p{N}-]{1,12}${SP})?(?:shift|call))${E}`,
    'giu',
  ),
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'another', 'my', 'our', 'the', 'second', 'third', 'fourth', 'fifth', 'sixth', 'a', 'an', 'several', '0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*'],
);

const PATTERNS: Pattern[] = [
  { kind: 'hashtag',
    gate: new Gate(['#']), re: latinRegExp(`#(?:live-?tweet(?:ing|ed)?|live-?blog(?:ging)?|liveblog|onshift|stillonshift|nightshift|shiftlife|erlife|icunurse|codeblue|happeningnow|rightnow)${E}`, 'giu') },
  {
    kind: 'just',
    gate: new Gate(['just']),
    re: latinRegExp(
      `${W}just${SP}(?:finished(?:${SP}up)?|wrapped${SP}up|wrapped|got${SP}(?:out${SP}of|back${SP}from|home${SP}from|off|done${SP}with|called${SP}in|paged)|walked${SP}out${SP}of|came${SP}out${SP}of|came${SP}off|stepped${SP}out${SP}of|signed${SP}out|handed${SP}off|left|admitted|lost|intubated|delivered|coded|pronounced|discharged|transferred|diagnosed|ran|scrubbed${SP}out|sewed${SP}up|sutured|saw|had|told)${E}`,
      'giu',
    ),
  },
  { kind: 'now',
    gate: new Gate(['now', 'moment', 'speak', 'typ', 'writ', 'live', 'real']), re: latinRegExp(`${W}(?:right${SP}now|just${SP}now|at${SP}the${SP}moment|as${SP}we${SP}speak|as${SP}I${SP}(?:type|write)(?:${SP}this)?|as${SP}I['’]m${SP}(?:typing|writing)(?:${SP}this)?|I['’]m${SP}(?:typing|writing|posting)${SP}this${SP}(?:between${SP}(?:patients|visits|cases|consults|calls|appointments|admissions|surgeries)|during${SP}(?:my|a|the)${SP}(?:night${SP})?(?:shift|break|call)|on${SP}my${SP}break|mid-shift)|live${SP}from|live${SP}(?:thread|update|updates)|in${SP}real${SP}time)${E}`, 'giu') },
  { kind: 'today',
    gate: new Gate(['today', 'tonight', 'morning', 'afternoon', 'evening']), re: latinRegExp(`${W}(?:earlier${SP}today|earlier${SP}tonight|(?:so${SP}far${SP})?(?:today|tonight|this${SP}(?:morning|afternoon|evening))|so${SP}far${SP}this${SP}shift)(?:['’]s)?${E}`, 'giu') },
  {
    kind: 'shift',
    gate: new Gate(['shift', 'call', 'code', 'case', 'still', 'currently']),
    re: latinRegExp(
      `${W}(?:(?:I['’]m|I${SP}am|we['’]re|we${SP}are|still|currently)${SP}(?:still${SP}|currently${SP}|now${SP})?(?:on${SP}shift|on${SP}call|mid-shift|working${SP}(?:a|the|my)${SP}(?:night${SP})?shift|in${SP}the${SP}middle${SP}of${SP}(?:a|my|the)${SP}(?:night${SP})?(?:shift|code|case))|(?:(?:I['’]m|I${SP}am|we['’]re|we${SP}are)${SP})?(?:still|currently)${SP}(?:here${SP})?(?:(?:at|in)${SP}(?:the|our|my)${SP}${PLACE_NOUN}|in${SP}(?:my${SP}|our${SP})?scrubs))${E}`,
      'giu',
    ),
  },
  {
    kind: 'narration',
    gate: new Gate(['sitting', 'standing', 'waiting', 'watching', 'holding', 'scrub', 'coding', 'intubating', 'running', 'resuscitating', 'stabili', 'suturing', 'admitting', 'rounding', 'crashing', 'being', 'labo', 'pushing', 'table', 'currently', 'still', 'now']),
    re: latinRegExp(
      `${W}(?:(?:I['’]m|I${SP}am|we['’]re|we${SP}are)${SP}(?:currently${SP}|still${SP}|now${SP})?(?:sitting${SP}with|standing${SP}(?:in|at|by|next${SP}to)|waiting${SP}(?:for|on|in)|watching|holding|scrubbing${SP}in|scrubbed${SP}in|coding|intubating|running${SP}a${SP}code|resuscitating|stabilizing|stabilising|suturing|admitting|rounding${SP}on)|(?:patient|he|she|baby|kid)${SP}is${SP}(?:currently${SP}|still${SP}|now${SP})?(?:coding|crashing|being${SP}(?:intubated|coded|resuscitated|transferred|prepped)|in${SP}labou?r|pushing|on${SP}the${SP}table)|(?:(?:my|our)${SP}patient|he|she)${SP}is${SP}(?:currently|still|now)${SP}in${SP}the${SP}(?:ICU|NICU|PICU|CCU|OR|ER|ED|cath${SP}lab|trauma${SP}bay|operating${SP}room|recovery${SP}room))${E}`,
      'giu',
    ),
  },
  // "Heading back in for the night shift", "on my way home from a 24-hour call".
  {
    kind: 'commute',
    gate: new Gate(['shift', 'call', 'clinic', 'rounds', 'code', 'double']),
    re: latinRegExp(
      `${W}(?:heading|headed|driving|walking|going|on${SP}(?:my|the)${SP}way)(?:${SP}(?:back|home|in|out))?(?:${SP}(?:in|to${SP}work|to${SP}the${SP}hospital))?${SP}(?:for|from|after|to)${SP}(?:a|my|the|another|tonight['’]s)${SP}(?:[\\p{L}\\p{N}-]{1,12}${SP}){0,2}${WORK_NOUN}${E}`,
      'giu',
    ),
  },
  // "Posting from the break room", "typing this between patients".
  {
    kind: 'posting',
    gate: new Gate(['posting', 'tweeting', 'blogging', 'writing', 'typing']),
    re: latinRegExp(
      `${W}(?:(?:posting|tweeting|blogging|(?:writing|typing)${SP}(?:this|these${SP}lines|a${SP}quick${SP}note))${SP}(?:from|in)|writing${SP}from)${SP}(?:the|my|our)${SP}(?:break${SP}room|call${SP}room|on-call${SP}room|staff${SP}room|workroom|doctors['’]?${SP}lounge|physicians['’]?${SP}lounge|nurses['’]?${SP}station|locker${SP}room|hospital${SP}(?:cafeteria|parking${SP}(?:lot|garage)|chapel|stairwell)|${PLACE_NOUN})${E}|${W}(?:posting|tweeting|writing|typing)(?:${SP}this)?${SP}between${SP}(?:patients|cases|codes|deliveries|surgeries|admissions|consults)${E}`,
      'giu',
    ),
  },
  // "minutes ago", "an hour ago", "a few hours ago".
  { kind: 'recent',
    gate: new Gate(['ago']), re: latinRegExp(`${W}(?:(?:(?:a${SP}few|a${SP}couple${SP}of|several|${NUM}|twenty|thirty|forty|fifteen|forty-five)${SP})?(?:minutes|hours)|(?:an|half${SP}an)${SP}hour|a${SP}moment|moments)${SP}ago${E}`, 'giu') },
  // "A little after 2 a.m.", "around 4:15 a.m." (a clock time in a first-person case narration).
  {
    kind: 'clock',
    gate: new Gate(['a.m.', 'p.m.', 'am', 'pm', 'clock']),
    re: latinRegExp(
      `${W}(?:(?:a${SP}little|just|shortly|right|sometime|not${SP}long)${SP}(?:after|before|past)|around|about|at|by|since|it['’]s(?:${SP}(?:almost|nearly|past|after))?|it${SP}is(?:${SP}(?:almost|nearly|past|after))?)${SP}\\d{1,2}(?::[0-5]\\d)?${SP}?(?:a\\.m\\.|p\\.m\\.|am|pm|o['’]clock)(?![\\p{L}\\p{N}_])`,
      'giu',
    ),
  },
  // A shift's running count: "three babies before sunrise", "my second code of the night".
  {
    kind: 'tally',
    gate: new Gate(['sunrise', 'dawn', 'midnight', 'noon', 'lunch', 'breakfast', 'night', 'shift', 'morning', 'day', 'into']),
    re: TALLY,
  },
];

/** Care settings: a live post naming one places the patient (C1 BLOCK, C3). */
const SETTING_CI = latinRegExp(
  `${W}(?:emergency${SP}(?:room|department)|intensive${SP}care|trauma${SP}bay|trauma${SP}room|resus${SP}(?:bay|room)|labou?r${SP}and${SP}delivery|delivery${SP}room|operating${SP}room|cath${SP}lab|triage|ward|unit|ambulance|on${SP}call|on${SP}shift|our${SP}(?:floor|hospital|clinic))${E}`,
  'iu',
);
const SETTING_CS = /(?<![\p{L}\p{N}_])(?:ER|ED|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|OR|L&D|PACU)(?![\p{L}\p{N}_])/u;
/** A patient, or an event that stands for one ("a code", "a trauma", "bed 9", "a frequent flyer"). */
const PATIENT = latinRegExp(
  `${W}(?:patient|pt|man|woman|boy|girl|kid|child|baby|infant|newborn|neonate|teen|teenager|toddler|grandmother|grandma|grandfather|grandpa|mom|dad|mother|father|gentleman|lady|he|she|him|her|code|trauma|GSW|MVC|overdose|delivery|c-section|case|frequent${SP}flyers?|bed${SP}\\d{1,3}|\\d{1,3}[- ]?(?:year|yo|y/o))${E}`,
  'iu',
);
/** Who a clock time can be about: a patient or a case, not the author's own family ("my baby woke at 3 a.m."). */
const CLOCK_CASE = latinRegExp(`${W}(?:patient|pt|man|woman|boy|girl|teen|teenager|gentleman|lady|code|trauma|GSW|MVC|overdose|case|admission|consult|\\d{1,3}[- ]?(?:year|yo|y/o))${E}`, 'iu');
/** Trends and groups ("a lot of RSV right now", "many patients"): a season's news, not a case. */
const POPULATION = latinRegExp(`${W}(?:a${SP}lot${SP}of|lots${SP}of|many|several|more|fewer|cases|patients|people|kids|children|families|everyone|numbers|rates?|activity|season)${E}`, 'iu');
/** Clinical work in the sentence: enough for a warning when there is no setting or patient. */
const CLINICAL = latinRegExp(`${W}(?:shift|call|rounds|clinic|resus|intubat\\w{0,5}|surgery|admission|admitted|pronounced|delivered|sutured|coded)${E}`, 'iu');
const FIRST_PERSON = /(?<![\p{L}\p{N}_])(?:I|I['’]m|me|my|we|we['’]re|us|our)(?![\p{L}\p{N}_])/u;
/** A case noun right after a possessive time word: "tonight's admission", "this morning's consult". */
const CASE_NOUN_AFTER = latinRegExp(`^[ \\u00a0]{1,3}(?:(?:first|second|third|last|\\d{1,2}(?::[0-5]\\d)?(?:${SP}?(?:a\\.m\\.|p\\.m\\.|am|pm))?)${SP})?(?:admissions?|admits?|consults?|codes?|traumas?|deliver(?:y|ies)|c-sections?|intubations?|transfers?|surger(?:y|ies)|procedures?|cases?|patients?|overdoses?)${E}`, 'iu');
/** A story told from a distance ("years ago", "in residency"): its clock times are not live. */
const RETROSPECTIVE = latinRegExp(
  `${W}(?:(?:years|months|decades|a${SP}decade|a${SP}year|long)${SP}ago|(?:in|during|back${SP}in)${SP}(?:residency|training|med${SP}school|medical${SP}school|(?:19|20)\\d\\d)|as${SP}an?${SP}(?:intern|resident|student|medical${SP}student|fellow)|when${SP}I${SP}was|early${SP}in${SP}my${SP}career|last${SP}year|I${SP}(?:still${SP})?(?:remember|recall)|I${SP}will${SP}never${SP}forget|I['’]ll${SP}never${SP}forget|once${SP}upon|one${SP}night${SP}(?:in|during|years))${E}`,
  'iu',
);
/** A finite verb after an opening gerund ("Posting from the unit is against policy"): a statement about posting. */
const STATEMENT = /(?<![\p{L}\p{N}_])(?:is|are|was|were|can|could|should|may|might|must|will|would|violates?|breaks?|puts?|risks?|exposes?|makes?)(?![\p{L}\p{N}_])/iu;
/** Onset and reported-history words before an "ago" phrase. */
const HISTORY = /(?<![\p{L}\p{N}_])(?:start(?:ed|s)?|began|begun|onset|since|took|taken|ate|eaten|drank|had|has|said|says|told|reported|noticed|felt|symptoms?)(?![\p{L}\p{N}_])/iu;
/** A past-tense verb after an opening "Still in the hospital…": a story, not a status. */
const PAST = /(?<![\p{L}\p{N}_])(?:was|were|had|went|spent|stayed|remained)(?![\p{L}\p{N}_])/iu;
/** "still"/"currently" with no subject of its own must open its sentence ("Still at the hospital."). */
const OPEN_SUBJECT = /^(?:still|currently)/i;
/** Acts that are care by themselves: after "just", a live post about a case. */
const CARE_ACT = /(?:scrubbed|sewed|sutured|intubated|coded|pronounced)/i;

const MESSAGES: Record<Kind, string> = {
  hashtag: 'Unexpected live-posting hashtag, expected none: post about cases only after a delay.',
  just: 'Unexpected “just” before a case event, expected no same-day timing.',
  now: 'Unexpected live timing word, expected no real-time detail about a case.',
  today: 'Unexpected same-day time word, expected no timing that dates the case.',
  shift: 'Unexpected live shift narration, expected no real-time detail about a case.',
  narration: 'Unexpected present-tense narration of an ongoing encounter, expected a past, undated account posted after a delay.',
  commute: 'Unexpected live shift narration, expected no real-time detail about a case.',
  posting: 'Unexpected posting from the workplace, expected a post written after a delay and away from the case.',
  recent: 'Unexpected “ago” timing that dates the case to the last hours, expected no real-time detail about a case.',
  clock: 'Unexpected clock time in a case narration, expected no timing that dates the case.',
  tally: 'Unexpected running count of a shift’s cases, expected no real-time detail about a case.',
};

/** One prose report in prose offsets; mapped to source by `toSource`. */
interface ProseReport {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
  fix?: { title: string; start: number; end: number; text: string };
}

/** Live-posting findings in one prose block. */
export function scanRealtime(text: string): ProseReport[] {
  const live = PATTERNS.filter((p) => p.gate.in(text));
  if (live.length === 0) return [];
  const out: ProseReport[] = [];
  const idx = new CueIndex(text, { settingWords: SETTING_CI, settingAbbr: SETTING_CS, patient: PATIENT, clockCase: CLOCK_CASE, clinical: CLINICAL, first: FIRST_PERSON, generic: GENERIC, population: POPULATION }, (kind, m) => kind === 'generic' && /^may$/i.test(m) && m !== 'may');
  const quotes = new QuoteFilter(text);
  let retrospective: boolean | undefined;
  for (const { kind, re } of live) {
    const each = (m: RegExpExecArray): void => {
      const s = m.index;
      const e = s + m[0].length;
      // Quoted speech ("I'm in labor right now," she said) is the speaker's time, not the post's.
      if (quotes.quoted(s, e)) return;
      const [a] = idx.sentence(s, e);
      // A bare "still"/"currently" ("he was still on call") is live only when it opens the sentence.
      if (kind === 'shift' && OPEN_SUBJECT.test(m[0])) {
        const rest = text.slice(e, idx.sentence(s, e)[1]);
        // A thread's post number may come first ("1/ Currently in the trauma bay").
        if (!/^[\s"“‘'(*_]*(?:\d{1,2}\/\d{0,2}[\s]*)?$/.test(text.slice(a, s)) || PAST.test(rest) || rest.trimEnd().endsWith('?')) return;
      }
      // "The pain started two hours ago", "she said she ate an hour ago": the patient's history, not the post's time.
      if (kind === 'recent' && HISTORY.test(text.slice(a, s))) return;
      const setting = idx.around('settingWords', s, e) || idx.around('settingAbbr', s, e);
      let patient = idx.around('patient', s, e) || (kind === 'narration' && !/^(?:I|we)/i.test(m[0]));
      // "tonight's admission", "this morning's consult": the possessive names the case.
      if (kind === 'today' && /['’]s$/.test(m[0]) && CASE_NOUN_AFTER.test(text.slice(e, e + 40))) patient = true;
      const clinical = idx.around('clinical', s, e);
      const first = idx.around('first', s, e);
      const generic = idx.around('generic', s, e);
      // Advice to readers ("If you have chest pain right now, call 911") is not a live post.
      if (generic && !first && !setting) return;
      if (!setting && !patient && kind !== 'posting' && idx.around('population', s, e)) return;
      let severity: 'error' | 'warning' | null;
      if (kind === 'clock' || kind === 'tally' || kind === 'commute' || kind === 'posting') {
        // Clock times, counts and commutes are live only in a story told as it happens.
        if (retrospective === undefined) retrospective = RETROSPECTIVE.test(text);
        if (retrospective) return;
        const b = idx.sentence(s, e)[1];
        // A question or a rule about posting ("Posting from the unit is against policy") is advice.
        if (text.slice(e, b).trimEnd().endsWith('?')) return;
        const own = first || /^on[ \u00a0]+my|[ \u00a0]this[ \u00a0]/i.test(m[0]);
        const opener = text.slice(a, s).trim() === '' && /^(?:head|posting|typing|writing|tweeting)/i.test(m[0]);
        if ((kind === 'commute' || kind === 'posting') && !own && (!opener || STATEMENT.test(text.slice(e, b)) || negatedBefore(text, s))) return;
        // A routine ("I usually see my first patient at 8 a.m.") is not a night being narrated, and an
        // announcement ("I will give a talk … at 6:30 p.m.") is not one either.
        if (kind === 'clock' && FUTURE.test(text.slice(a, b))) return;
        if (kind === 'clock') severity = first && !generic && (setting || clinical || idx.around('clockCase', s, e)) ? 'warning' : null;
        else severity = setting || patient ? 'error' : 'warning';
      } else if (setting || patient) severity = 'error';
      else if (kind === 'hashtag' || kind === 'shift' || (kind === 'narration' && clinical)) severity = 'warning';
      else if ((kind === 'now' && first) || clinical) severity = 'warning';
      // "Just scrubbed out of …", "just intubated": the act itself is care.
      else if (kind === 'just' && CARE_ACT.test(m[0])) severity = 'warning';
      else severity = null;
      // "Today, 12 May, is International Nurses Day", "Eighty-five years ago today", "Today would have been her birthday": a commemoration.
      if (kind === 'today' && COMMEMORATION.test(text.slice(a, idx.sentence(s, e)[1]))) return;
      // "NBC's Today show", "today's Huntington's Disease Society": a title, or a present-day organisation.
      if (kind === 'today' && ((m[0] === 'Today' && !/^[\s"“‘'(*_]*$/.test(text.slice(a, s))) || (/['’]s$/.test(m[0]) && /^[ \u00a0]+\p{Lu}/u.test(text.slice(e, e + 3))))) return;
      // "Posting in real time, such as …, links an event to a shift": the practice discussed as a subject, not done.
      if (kind === 'now' && /^in[ \u00a0]real/i.test(m[0]) && /^[ \u00a0]*(?:posting|tweeting|sharing|blogging|live-?tweeting|updating|writing)[ \u00a0]*$/i.test(text.slice(a, s))) return;
      // "Today I want to talk about sunscreen": a time word alone is not a case.
      if (kind === 'today' && !setting && !patient) severity = null;
      if ((kind === 'just' || kind === 'recent') && !setting && !patient && !clinical && !CARE_ACT.test(m[0])) severity = null;
      if (severity === null) return;
      out.push({ start: s, end: e, message: MESSAGES[kind], severity, fix: fixFor(text, kind, s, e, a) });
    };
    if (re instanceof LeadRegExp) re.each(text, each);
    else eachMatch(re, text, each);
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: ProseReport[] = [];
  let lastEnd = -1;
  for (const r of out) {
    if (r.start < lastEnd) continue;
    kept.push(r);
    lastEnd = r.end;
  }
  return kept;
}

/** Remove a time word (and the comma or space that served it); keep a capital at sentence start. */
function fixFor(text: string, kind: Kind, s: number, e: number, sentenceStart: number): ProseReport['fix'] {
  const word = text.slice(s, e);
  if (kind !== 'hashtag' && kind !== 'just' && kind !== 'now' && kind !== 'today') return undefined;
  if (kind === 'today' && /['’]s$/.test(word)) {
    // "this morning's patient" → "a patient".
    const next = /^[ \u00a0]*(\p{L})/u.exec(text.slice(e, e + 8));
    const art = next && /[aeiou]/i.test(next[1]) ? 'an' : 'a';
    return { title: `Replace with “${art}”`, start: s, end: e, text: matchCase(word, art) };
  }
  if (kind === 'just') {
    // "just finished a code" → "finished a code": only the word "just" goes.
    const j = /^just[ \u00a0]{1,3}/i.exec(word);
    if (!j) return undefined;
    const atStart = text.slice(sentenceStart, s).trim() === '';
    const nextChar = text[s + j[0].length];
    return { title: 'Remove “just”', start: s, end: s + j[0].length + (atStart ? 1 : 0), text: atStart ? nextChar.toUpperCase() : '' };
  }
  if (kind === 'now' && /^live/i.test(word)) return undefined;
  if (kind === 'hashtag') {
    let from = s;
    while (from > 0 && /[ \u00a0]/.test(text[from - 1])) from--;
    return { title: 'Remove the hashtag', start: from === 0 ? s : from, end: from === 0 ? Math.min(text.length, e + 1) : e, text: '' };
  }
  let from = s;
  let to = e;
  const atStart = text.slice(sentenceStart, s).trim() === '';
  if (text[to] === ',') to++;
  if (atStart) {
    while (to < text.length && /[ \u00a0]/.test(text[to])) to++;
    const next = text[to];
    if (!next || !/\p{L}/u.test(next)) return undefined;
    return { title: 'Remove the time word', start: from, end: to + 1, text: next.toUpperCase() };
  }
  // Mid-sentence: drop the word and the space before it ("in the ER tonight." → "in the ER.");
  // a comma is kept unless the word was set off by two ("the ER, tonight, he" → "the ER, he").
  to = e;
  while (from > 0 && /[ \u00a0]/.test(text[from - 1])) from--;
  if (text[from - 1] === ',' && text[e] === ',') to = e + 1;
  if (from === s && to < text.length && /[ \u00a0]/.test(text[to])) to++;
  return { title: 'Remove the time word', start: from, end: to, text: '' };
}

/**
 * scanRealtime memoized on the block object: its result is a pure function of the block's text
 * (prose offsets), and unchanged blocks keep their identity across incremental re-lints, so after
 * an edit only the edited block is scanned again. Source offsets are mapped on every check.
 */
const scanCache = new WeakMap<ProseBlock, { text: string; reports: ProseReport[] }>();

function scanBlock(block: ProseBlock): ProseReport[] {
  const hit = scanCache.get(block);
  if (hit && hit.text === block.text) return hit.reports;
  const reports = scanRealtime(block.text);
  scanCache.set(block, { text: block.text, reports });
  return reports;
}

/** Source offsets of prose [s, e) in a block; null when it is not plain, contiguous source text. */
function toSource(block: ProseBlock, source: string, s: number, e: number): [number, number] | null {
  if (e <= s) {
    const at = s < block.text.length ? block.starts[s] : block.ends[block.text.length - 1];
    return [at, at];
  }
  const ss = block.starts[s];
  const se = block.ends[e - 1];
  return source.slice(ss, se) === block.text.slice(s, e) ? [ss, se] : null;
}

function asDate(v: unknown): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string' && v.trim()) {
    const d = new Date(v.trim());
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

export const realtimeCase: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'realtime-case',
    category: 'case.realtime',
    defaultSeverity: 'warning',
    description: 'Live or same-day case posting ("tonight in the ER", "#livetweeting"), and case_date too close to publication.',
    note: NOTE,
    optionsSchema: {
      type: 'object',
      properties: {
        minDelayDays: {
          type: 'integer',
          minimum: 0,
          default: DEFAULT_MIN_DELAY_DAYS,
          description: 'Minimum days between the front-matter case_date and publish_at/date.',
        },
      },
      additionalProperties: false,
    },
  },
  check(doc, env, report) {
    const { source } = doc;
    for (const block of doc.blocks) {
      if (block.text.length === 0) continue;
      for (const r of scanBlock(block)) {
        const range = toSource(block, source, r.start, r.end);
        const start = range ? range[0] : block.starts[r.start];
        const end = range ? range[1] : block.ends[r.end - 1];
        const out: SourceReport = { start, end, message: r.message, severity: r.severity };
        if (r.fix) {
          const fr = toSource(block, source, r.fix.start, r.fix.end);
          if (fr) out.fixes = [{ title: r.fix.title, edits: [{ start: fr[0], end: fr[1], text: r.fix.text }] }];
        }
        report(out);
      }
    }
    delayCheck(doc.source, doc.frontMatter, env.options, report);
  },
};

/** C2: case_date and the publication date closer than the policy allows. */
function delayCheck(source: string, fm: Parameters<DocumentRule['check']>[0]['frontMatter'], options: Record<string, unknown>, report: (r: SourceReport) => void): void {
  if (!fm || !fm.data || fm.data.case_date === undefined) return;
  const published = publicationDate(fm.data);
  const caseDate = asDate(fm.data.case_date);
  if (!published || !caseDate) return;
  const min = typeof options.minDelayDays === 'number' ? options.minDelayDays : DEFAULT_MIN_DELAY_DAYS;
  const gap = daysBetween(caseDate, published);
  if (gap >= min) return;
  const yaml = source.slice(fm.start, fm.end);
  const line = /^case_date[ \t]*:[ \t]*([^\r\n#]*?)[ \t]*(?:#.*)?$/m.exec(yaml);
  const start = line ? fm.start + line.index : fm.start;
  const end = line ? start + line[0].length : fm.end;
  const days = gap === 1 ? '1 day' : `${gap} days`;
  report({
    start,
    end,
    message:
      gap < 0
        ? `Unexpected case_date after the publication date, expected at least ${min} days between the encounter and publication.`
        : `Unexpected publication ${days} after the case date, expected at least ${min} days between the encounter and publication.`,
    note: `${NOTE} Catalog C2: the practice's minimum delay between encounter and publication is ${min} days (option minDelayDays); the gap is counted from case_date to publish_at (or date).`,
    severity: 'warning',
  });
}
