// Sentence bounds and patient/case cue words around a span, shared by the date and real-time rules.
// Every look is bounded (MAX_REACH characters each way), so a megabyte-long line stays linear.
import { eachMatch, firstAtOrAfter } from './scan';
import { latinRegExp } from './letters';

const MAX_REACH = 400;

const ABBREVIATION = latinRegExp(String.raw`(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|jr|sr|vs|no|e\.g|i\.e|a\.m|p\.m|approx|dept)$`, 'iu');

/**
 * After "presented" or "presenting": work being presented, not a patient presenting ("presented an
 * analysis of blood lead levels", "presenting our findings"). A look-ahead (regex source).
 */
const WORK_PRESENTED = String.raw`[ \u00a0]+(?:(?:a|an|the|his|her|their|our|its|my|new|early|preliminary|updated|key|these|those)[ \u00a0]+){0,2}(?:analysis|analyses|findings|data|study|studies|paper|papers|research|evidence|poster|posters|lecture|keynote|trial|abstracts?|survey|proposal|recommendations|guidelines|award)(?![\p{L}])`;
export const PRESENTED_WORK = `(?!${WORK_PRESENTED})(?<!(?:award|prize|certificate|plaque|honou?r|grant|paper|poster|talk|lecture|findings|results|report|check|cheque)s?[ \u00a0]+(?:was|were|is|are|will[ \u00a0]+be|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+presented)`;
/** A professional presenting or publishing work: "presented her findings", "published their analysis". */
const WORK_EVENT = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:presented|presenting|published|publishing|reported|announced|shared|released)${WORK_PRESENTED}`, 'iu');
/** The same, as a test of the text right after "presented". */
export const PRESENTS_WORK = new RegExp(`^${WORK_PRESENTED}`, 'iu');

/** Words that place a patient encounter or a life event (case-insensitive, whole words). */
export const CASE_EVENT =
  latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:admit(?:ted|s)?|admission|readmitted|discharged?|presented${PRESENTED_WORK}|presenting${PRESENTED_WORK}|came[ \u00a0]+in(?:to)?|come[ \u00a0]+in|brought[ \u00a0]+in|showed[ \u00a0]+up|rolled[ \u00a0]+in|seen|saw|diagnos(?:ed|is)|died|passed[ \u00a0]+away|death|born|birthday|date[ \u00a0]+of[ \u00a0]+birth|d\.?o\.?b\.?|delivered|gave[ \u00a0]+birth|surgery|operated|operation|procedure|coded|intubated|transferred|scanned|biopsied|resuscitated|overdosed|collapsed|injured|fell|crashed|treated|examined|visit|appointment|hospitalized|hospitalised|patient|pt|name[ \u00a0]*:|maiden[ \u00a0]+name|name[ \u00a0]+is)(?![\p{L}\p{N}_])`, 'iu');

/** Care settings in words: a cue in the same sentence, too weak to tie a date across a paragraph. */
export const SETTING_WORDS =
  latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:clinic|hospital|emergency[ \u00a0]+(?:room|department)|intensive[ \u00a0]+care|trauma[ \u00a0]+bay|labou?r[ \u00a0]+and[ \u00a0]+delivery)(?![\p{L}\p{N}_])`, 'iu');

/** Care settings written as capitalised abbreviations (case-sensitive: "OR" is not "or"). */
export const SETTING_ABBREVIATION = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:ER|ED|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|OR|L&D|PACU|ICU's|ER's)(?![\p{L}\p{N}_])`, 'u');

/** A specific person: pronouns, titles, "my patient". */
export const PERSON =
  latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:he|she|him|his|her|hers|himself|herself|mr|mrs|ms|miss|my[ \u00a0]+patient|our[ \u00a0]+patient|this[ \u00a0]+patient)(?![\p{L}\p{N}_])`, 'iu');

/** Population, habit and second-person language: the date is advice, not someone's day. */
export const GENERIC =
  latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:you|your|yourself|you['’]re|every|each|anyone|everyone|people|most|can|should|might|usually|typically|often|generally|tends?[ \u00a0]+to)(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])may(?![\p{L}\p{N}_])`, 'iu');

/** What the sentence around a date says about it. */
export interface CueReading {
  /** An encounter/life-event word or a care setting in the sentence. */
  sentenceEvent: boolean;
  sentencePerson: boolean;
  sentenceGeneric: boolean;
}

// ---------------------------------------------------------------------------------------------
// Indexed look-ups: each cue regex runs once over the block (linear), then every question about a
// span is answered by bisection, so a block with a hundred thousand dates stays cheap.

interface Ranges {
  starts: number[];
  ends: number[];
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A global copy of a cue regex, compiled once (compiling Unicode regexes per block is costly). */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Cue matches of named regexes and sentence ends of one block, found once and searched by bisection. */
export class CueIndex<K extends string> {
  private readonly ranges = new Map<K, Ranges>();
  private ends: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly cues: Record<K, RegExp>,
    /** Matches to ignore (e.g. the month "May" for the modal "may"). */
    private readonly skip: (kind: K, match: string) => boolean = () => false,
  ) {}

  /** Sentence bounds around [start, end), at most MAX_REACH characters each way. */
  sentence(start: number, end: number): [number, number] {
    if (this.ends === null) {
      const ends: number[] = [];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) ends.push(i);
        else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= t.length || /\s/.test(t[i + 1])) && !(c === 46 && ABBREVIATION.test(t.slice(Math.max(0, i - 8), i)))) ends.push(i);
      }
      this.ends = ends;
    }
    const ends = this.ends;
    const k = firstAtOrAfter(ends, start);
    const a = k > 0 ? ends[k - 1] + 1 : 0;
    const j = firstAtOrAfter(ends, end);
    const b = j < ends.length ? ends[j] + 1 : this.text.length;
    return [Math.max(a, start - MAX_REACH), Math.min(b, end + MAX_REACH)];
  }

  /** A cue of `kind` lies wholly inside [a, b). */
  has(kind: K, a: number, b: number): boolean {
    if (b <= a) return false;
    let r = this.ranges.get(kind);
    if (!r) {
      r = { starts: [], ends: [] };
      const found = r;
      eachMatch(globalOf(this.cues[kind]), this.text, (m) => {
        if (this.skip(kind, m[0])) return;
        found.starts.push(m.index);
        found.ends.push(m.index + m[0].length);
      });
      this.ranges.set(kind, r);
    }
    // Ends are not sorted in general, but cue matches of one regex never overlap, so they are.
    const i = firstAtOrAfter(r.starts, a);
    return i < r.starts.length && r.ends[i] <= b;
  }

  /** A cue of `kind` in the sentence around [s, e), outside the span itself. */
  around(kind: K, s: number, e: number): boolean {
    const [a, b] = this.sentence(s, e);
    return this.has(kind, a, s) || this.has(kind, e, b);
  }
}

const DATE_CUES = { event: CASE_EVENT, settingWords: SETTING_WORDS, settingAbbr: SETTING_ABBREVIATION, person: PERSON, generic: GENERIC };

/** The date rule's cue index for a block ("May" the month is not the modal "may"). */
export function dateCueIndex(text: string): CueIndex<keyof typeof DATE_CUES> {
  return new CueIndex(text, DATE_CUES, (kind, m) => kind === 'generic' && /^may$/i.test(m) && m !== 'may');
}

/** Cue reading of the sentence around a span, the span itself left out (bisection, no rescans). */
export function readIndexed(idx: CueIndex<keyof typeof DATE_CUES>, start: number, end: number): CueReading {
  return {
    sentenceEvent: idx.around('event', start, end) || idx.around('settingWords', start, end) || idx.around('settingAbbr', start, end),
    sentencePerson: idx.around('person', start, end),
    sentenceGeneric: idx.around('generic', start, end),
  };
}

// ---------------------------------------------------------------------------------------------
// Dates that are not a patient's: history, recurring seasons, a practice's own schedule. Shared by
// date-element (severity) and reidentification-risk (time details), so both read a date alike.

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const KIN_WORDS =
  'mother|father|mom|dad|mum|son|daughter|husband|wife|brother|sister|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|niece|nephew|baby|child|kid|partner|parents?';
/**
 * A specific patient, relative or encounter in the sentence: "my patient", "a patient of mine",
 * "the patient's", Mr/Mrs/Ms, "my mother", a life or care event (born, admitted, diagnosed, died),
 * or the author seeing someone ("I saw", "we treated"). Practice-wide words ("our patients",
 * "new patients", "our clinic") are not.
 */
const PATIENT_TIE = new RegExp(
  `${B}(?:(?:my|our|this|that|the|a|an|one|his|her|their)[ \\u00a0]{1,3}(?:\\p{L}{1,20}[ \\u00a0]{1,3})?(?:patient|client)(?!s|\\p{L})(?![ \\u00a0]+(?:portals?|appointments?|care|education|visits?|safety|experience|records?|forms?|advocates?|services|lines?|satisfaction|population|volume|parking))|patient['’]s|patient[ \\u00a0]+of[ \\u00a0]+mine` +
    `|(?:mr|mrs|ms|miss)\\.?[ \\u00a0]+\\p{Lu}|(?:my|our|his|her|their)[ \\u00a0]{1,3}(?:\\p{L}{1,20}[ \\u00a0]{1,3})?(?:${KIN_WORDS})` +
    `|born|birthday|birth|d\\.?o\\.?b\\.?|admitted|admission|discharged|diagnosed|presented${PRESENTED_WORK}|brought[ \\u00a0]+in|showed[ \\u00a0]+up|died|passed[ \\u00a0]+away|coded|intubated|resuscitated|overdosed|delivered|gave[ \\u00a0]+birth|operated` +
    `|(?:I|we)[ \\u00a0]+(?:saw|treated|examined|admitted|met|lost|cared[ \\u00a0]+for|looked[ \\u00a0]+after))${E}`,
  'iu',
);
/**
 * Verbs that tie a date to an encounter only weakly: "came", "saw", "treated" also say that a
 * breakthrough came or a laboratory examined samples. They tie it unless the sentence reads as
 * history (an old year and the words of discovery).
 */
const WEAK_TIE = new RegExp(`${B}(?:came|arrived|visited|saw|seen|treated|examined)${E}`, 'iu');
/** The author in the first person: their own past is theirs, not history ("In June 1990 I …"). */
const FIRST_PERSON_SINGULAR = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:I|I['’]m|I['’]ve|I['’]d|me|my|myself)(?![\p{L}\p{N}_])`, 'u');
/**
 * History: a named person mid-sentence ("Alexander Fleming", "Karl von Basedow"; case-sensitive),
 * or the vocabulary of discovery and public events.
 */
const HISTORY_NAME = /(?<=(?:[\p{Ll}\p{N},;:]|(?<![\p{L}])Dr\.)[ \u00a0]{1,3})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|St|Saint|Mount|Lake|New|North|South|East|West|Dr|Mr|Mrs|Ms)(?![\p{L}]))\p{Lu}\p{Ll}{1,20}[ \u00a0](?:(?:von|van|de|da|del|der|la|le)[ \u00a0])?\p{Lu}\p{Ll}{1,20}(?![ \u00a0]+(?:Hospital|Clinic|Medical|Center|Centre|Street|Avenue|Road|Drive|Lane|County|University|College|School|Institute|Health|Church))/u;
const HISTORY_WORDS = new RegExp(
  `${B}(?:discover(?:ed|y)|described|published|invented|founded|introduced|pioneer(?:ed|ing)?|reported[ \\u00a0]+the[ \\u00a0]+first|first[ \\u00a0]+(?:described|used|reported|performed|isolated|licensed|approved)|war|pandemic|epidemic|outbreak|century|history|historic(?:al)?|era|signed[ \\u00a0]+into[ \\u00a0]+law|took[ \\u00a0]+effect|went[ \\u00a0]+into[ \\u00a0]+effect|approved|enacted|laborator(?:y|ies)|experiment|scientists?|physicians?[ \\u00a0]+(?:named|called))${E}`,
  'iu',
);
/** A range of the calendar or a recurrence: "between Thanksgiving and the end of March", "from November through March", "every winter". */
const RANGE_BEFORE = latinRegExp(String.raw`(?:(?<![\p{L}])between[ \u00a0]+[^.!?\n]{1,40}[ \u00a0]+and[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:end|start|beginning|middle|first|last)[ \u00a0]+(?:weeks?[ \u00a0]+)?of[ \u00a0]+)?|(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|Thanksgiving|Christmas|Easter)[ \u00a0]+(?:through|thru|until|till|to|into)[ \u00a0]+(?:(?:early|late|mid)[- \u00a0]+)?(?:the[ \u00a0]+(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?)$`, 'iu');
const RANGE_AFTER = /^[ \u00a0]*(?:through|thru|until|till|to|into|[-–—])[ \u00a0]*(?:(?:early|late|mid)[- \u00a0]+)?(?:the[ \u00a0]+(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|Thanksgiving|Christmas|Easter|New[ \u00a0]+Year)/iu;
const RECURRENCE = new RegExp(
  `${B}(?:every|each|annual(?:ly)?|yearly|seasonal(?:ly)?|season|seasons|time[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?year|typically|usually|tends?[ \\u00a0]+to|often|familiar|wave|waves|peaks?|surges?|outbreaks?|most[ \\u00a0]+years|year[ \\u00a0]+after[ \\u00a0]+year|(?:arrive|arrives|return|returns|come|comes|start|starts|begin|begins|rise|rises|climb|climbs|spike|spikes)${E}[^.!?\\n]{0,40}${B}(?:again|reliably))${E}`,
  'iu',
);
/**
 * The practice's own operations, said outright: "our practice will be located", "our hours",
 * "begins seeing patients", "accepting new patients", "extended hours", "will be closed".
 */
const PRACTICE_STRONG = new RegExp(
  `${B}(?:our[ \\u00a0]+(?:new[ \\u00a0]+|regular[ \\u00a0]+|office[ \\u00a0]+|clinic[ \\u00a0]+)?hours|(?:practice|office|clinic|building|we)[ \\u00a0]+(?:will[ \\u00a0]+be|is|are|['’]re)[ \\u00a0]+(?:closed|open|located|moving|relocating|relocated|expanding)` +
    `|(?:begins?|began|starts?|started|will[ \\u00a0]+(?:begin|start))[ \\u00a0]+(?:seeing|accepting)[ \\u00a0]+patients|(?:accepting|welcomes?|welcoming)[ \\u00a0]+new[ \\u00a0]+patients` +
    `|(?:extended|expanded|new|evening|weekend|holiday|early[- \\u00a0]morning|opening|walk-in)[ \\u00a0]+hours|grand[ \\u00a0]+opening|open[ \\u00a0]+house` +
    `|(?:flu|vaccine|vaccination|covid)[ \\u00a0]+(?:shot[ \\u00a0]+)?(?:clinics?|saturdays?|days?)|joins?[ \\u00a0]+(?:us|our[ \\u00a0]+(?:team|practice|staff))` +
    `|(?:clinic|office|practice|location|center|centre|wing|branch|site|campus|pharmacy|laboratory|lab)[ \\u00a0]+(?:opens|reopens|will[ \\u00a0]+(?:open|reopen)|is[ \\u00a0]+(?:opening|reopening))` +
    `|(?:welcomes?|welcoming|will[ \\u00a0]+welcome|will[ \\u00a0]+see|begins?[ \\u00a0]+seeing)[ \\u00a0]+(?:its|our|their)[ \\u00a0]+first[ \\u00a0]+(?:patients|families|clients)` +
    // An event the author or the practice will hold: "I will give a free talk …", "We will repeat a public version …".
    `|(?:I|we)[ \\u00a0]+(?:will|['’]ll|am|are)[ \\u00a0]+(?:be[ \\u00a0]+)?(?:giv(?:e|ing)|present(?:ing)?|speak(?:ing)?|host(?:ing)?|hold(?:ing)?|lead(?:ing)?|repeat(?:ing)?|offer(?:ing)?|teach(?:ing)?|run(?:ning)?|share|sharing)` +
    `|(?:a|an|the|our|this|next|upcoming)[ \\u00a0]+(?:(?:free|public|community|history|evening|lunchtime|non-clinical|virtual)[, \\u00a0]+){0,3}(?:talk|lecture|presentation|workshop|seminar|webinar|class|book[ \\u00a0]+club|reading[ \\u00a0]+group|health[ \\u00a0]+fair|screening[ \\u00a0]+day|exhibit|tour|fundraiser)${E}[^.!?\\n]{0,160}?(?:on|at)[ \\u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d))${E}`,
  'iu',
);
/** The practice named as "our practice", "our office": its schedule only when no one else is in the sentence. */
const PRACTICE_WEAK = new RegExp(
  `${B}our[ \\u00a0]+(?:new[ \\u00a0]+|current[ \\u00a0]+|old[ \\u00a0]+|main[ \\u00a0]+)?(?:practice|office|offices|clinic|clinics|building|location|doors|front[ \\u00a0]+desk|phone[ \\u00a0]+lines?|team|staff|website|patient[ \\u00a0]+portal)${E}`,
  'iu',
);
/** A public office before a capitalised name: "President Franklin D. Roosevelt", "Queen Victoria", "Senator Ted Kennedy". */
const PUBLIC_OFFICE = /(?<![\p{L}])(?:President|Vice[ \u00a0-]President|Prime[ \u00a0]Minister|King|Queen|Prince|Princess|Pope|Emperor|Empress|Senator|Governor|Chief[ \u00a0]Justice|Justice|General|Admiral|Secretary)[ \u00a0]+\p{Lu}\p{Ll}/u;
/** "my patient", "our patient", "Mrs. …": a patient of the author's in the sentence after all. */
const OWN_PATIENT = /(?<![\p{L}])(?:(?:my|our|this|the)[ \u00a0]+patient(?![\p{L}])|patient['’]s|(?:mr|mrs|ms|miss)\.?[ \u00a0]+\p{Lu})/iu;
/** "our " or "the " right before a weekday that names a schedule (SCHEDULE_AFTER). */
const SCHEDULE_BEFORE = /(?<![\p{L}])(?:our|the)[ \u00a0]+$/iu;
/** "… clinic", "… same-day visits", "… walk-in hours" after the weekday. */
const SCHEDULE_AFTER = /^[ \u00a0]+(?:(?:same-day|walk-in|evening|morning|afternoon|late|early|extended|urgent[ \u00a0]+care)[ \u00a0]+)?(?:clinics?|hours|visits|appointments|sessions|schedule|walk-ins|office[ \u00a0]+hours|shifts?[ \u00a0]+at[ \u00a0]+the[ \u00a0]+front[ \u00a0]+desk)(?![\p{L}])/iu;
/** "Today, " right before a date: the day the post is read. */
const TODAY_BEFORE = /(?<![\p{L}])today,?[ \u00a0]+$/iu;
/** A day remembered: "would have been … birthday", "the anniversary of". */
const REMEMBERED = /(?<![\p{L}])(?:would[ \u00a0]+have[ \u00a0]+been|anniversary|centenary|centennial)(?![\p{L}])/iu;
/** "my patient", "I saw", "we admitted": someone's care on that day after all. */
const FIRST_PERSON_PATIENT = /(?<![\p{L}])(?:I|we)[ \u00a0]+(?:saw|treated|admitted|examined|delivered|operated|lost|diagnosed)(?![\p{L}])/iu;
/** After a date: "is World Parkinson's Day", "marks National Nurses Week", "is Rare Disease Day". */
const OBSERVANCE_AFTER = /^,?[ \u00a0]+(?:is|was|marks|begins|starts)[ \u00a0]+(?:(?:the|this[ \u00a0]+year['’]s)[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,6}(?:Day|Week|Month)(?![\p{L}])/u;
/** After a weekday: more weekdays, then a plural part of the day ("… and Thursday afternoons", "… evenings"). */
const WEEKLY_AFTER = /^(?:(?:,|[ \u00a0]+(?:and|or|&|through|thru|to)|[ \u00a0]*[-–])[ \u00a0]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)*[ \u00a0]+(?:mornings|afternoons|evenings|nights)(?![\p{L}])/iu;
/** "Starting Monday, …", "Beginning September 29": an announcement's effective date. */
const EFFECTIVE_BEFORE = latinRegExp(String.raw`(?<![\p{L}])(?:starting|beginning|effective|as[ \u00a0]+of|from)[ \u00a0]+(?:on[ \u00a0]+)?$`, 'iu');
const PRONOUN = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:he|she|him|her|his|hers)(?![\p{L}\p{N}_])`, 'iu');

export interface DateContext {
  kind: 'historical' | 'recurring' | 'practice';
  /** Clearly not an identifier (no finding); otherwise only suggestive (information at most). */
  certain: boolean;
}

/** Sentence bounds around [s, e): stops at . ! ? and line breaks, at most 300 characters each way. */
function sentenceOf(text: string, s: number, e: number): [number, number] {
  const stop = (i: number): boolean => {
    const c = text[i];
    if (c === '\n' || c === '!' || c === '?') return true;
    // "Mrs. Lee", "Dr. Okafor", "St. Mary's", "8:00 a.m.": an abbreviation's dot ends no sentence.
    if (c !== '.') return false;
    if (/^\.m\./i.test(text.slice(i, i + 3)) && /(?:^|[^\p{L}])[ap]$/iu.test(text.slice(Math.max(0, i - 2), i))) return false;
    // A middle initial: "Franklin D. Roosevelt".
    if (/(?:^|[ \u00a0])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i)) && /^\.[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(i, i + 4))) return false;
    return !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i));
  };
  let a = s;
  const floor = Math.max(0, s - 300);
  while (a > floor && !stop(a - 1)) a--;
  let b = e;
  const ceil = Math.min(text.length, e + 300);
  while (b < ceil && !stop(b)) b++;
  return [a, b];
}

/**
 * Why a date is not a patient's, or null when it may be: a date of history (an explicit year 100+
 * years back: certain; 30+ years back with a named figure or the words of history: suggestive), a recurring season
 * (a month, season or holiday in a range or a habitual sentence), or the practice's own schedule.
 * Never when the sentence ties the date to a specific patient, relative or encounter.
 */
export function dateContext(text: string, span: { start: number; end: number; kind: string; year?: number }, referenceYear: number): DateContext | null {
  const [a, b] = sentenceOf(text, span.start, span.end);
  const sentence = text.slice(a, b);
  const outside = text.slice(a, span.start) + ' ' + text.slice(span.end, b);
  // A head of state or other public office holder's dated event 30 or more years back ("President
  // Franklin D. Roosevelt died in April 1945") is history, though "died" ties dates to patients.
  if (span.year !== undefined && referenceYear - span.year >= 30 && PUBLIC_OFFICE.test(sentence) && !OWN_PATIENT.test(outside) && !FIRST_PERSON_SINGULAR.test(outside)) {
    return { kind: 'historical', certain: false };
  }
  // "April 11 is World Parkinson's Day", "during Heart Month": an observance on the calendar.
  if (OBSERVANCE_AFTER.test(text.slice(span.end, Math.min(b, span.end + 80)))) return { kind: 'recurring', certain: true };
  // "Today, 7 June, would have been Virginia Apgar's birthday", "Today, 12 August, is a good day to …": the post's own date.
  // Not "Today, March 3, she came in …": no pronoun, no encounter, and a care word only as a commemoration ("would have been … birthday").
  if (TODAY_BEFORE.test(text.slice(Math.max(a, span.start - 12), span.start)) && !OWN_PATIENT.test(outside) && !FIRST_PERSON_PATIENT.test(outside) && !PRONOUN.test(outside) && !WEAK_TIE.test(outside) && (REMEMBERED.test(outside) || !PATIENT_TIE.test(outside))) {
    return { kind: 'recurring', certain: true };
  }
  if (PATIENT_TIE.test(outside)) return null;
  const weakTie = WEAK_TIE.test(outside);
  // "our Saturday clinic", "the Monday walk-in hours": a weekday or month naming the practice's schedule.
  if (SCHEDULE_BEFORE.test(text.slice(Math.max(a, span.start - 8), span.start)) && SCHEDULE_AFTER.test(text.slice(span.end, Math.min(b, span.end + 40)))) {
    return { kind: 'practice', certain: true };
  }
  if (span.year !== undefined && !FIRST_PERSON_SINGULAR.test(outside)) {
    const age = referenceYear - span.year;
    const words = HISTORY_WORDS.test(outside) && !PRONOUN.test(outside);
    // With a weak tie ("the breakthrough came in …") only the words of history outweigh it.
    const history = age >= 30 && (weakTie ? words : HISTORY_NAME.test(sentence) || words);
    // A century back no living patient's event is likely; closer, a named figure only suggests history.
    if ((age >= 100 && !weakTie) || history) return { kind: 'historical', certain: age >= 100 };
  }
  if (weakTie) return null;
  // "In May 2019, Dr. Abiola presented her findings": a professional's public work, perhaps her pronoun.
  if (WORK_EVENT.test(sentence)) return { kind: 'historical', certain: false };
  // "Tuesday and Thursday afternoons": a weekly schedule, not a day.
  if (span.kind === 'weekday' && WEEKLY_AFTER.test(text.slice(span.end, Math.min(b, span.end + 80)))) return { kind: 'recurring', certain: true };
  const coarse = span.kind === 'month' || span.kind === 'season' || span.kind === 'holiday';
  if (coarse) {
    const before = text.slice(Math.max(a, span.start - 60), span.start);
    const after = text.slice(span.end, Math.min(b, span.end + 60));
    const between = /(?<![\p{L}])between[ \u00a0]+$/iu.test(before) && /^[ \u00a0]+and[ \u00a0]/i.test(after);
    if ((between || RANGE_BEFORE.test(before) || RANGE_AFTER.test(after) || RECURRENCE.test(outside)) && !PRONOUN.test(outside)) return { kind: 'recurring', certain: true };
  }
  if (PRACTICE_STRONG.test(outside)) return { kind: 'practice', certain: true };
  const lead = text.slice(Math.max(a, span.start - 24), span.start);
  if ((EFFECTIVE_BEFORE.test(lead) || PRACTICE_WEAK.test(outside)) && !PRONOUN.test(outside)) return { kind: 'practice', certain: false };
  return null;
}
