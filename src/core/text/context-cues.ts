// Sentence-level context for the person-name and place rules: history and research wording
// ("In 1847, …", "a 2010 study … published in …", "the work of …", "Basedow's disease, after …"),
// and the practice speaking of its own location ("we are moving …", "welcoming you on …").
// All tests run on one sentence, lower-cased with punctuation turned into spaces (see
// sentenceCues in proper-nouns.ts), and only when a candidate name or place was found.

import { TextMemo } from './memo';

/** Research, citation, eponym and literary wording (in addition to person-names.json publicContextCues). */
const RESEARCH_PHRASES = [
  'the work of',
  'developed by',
  'devised by',
  'introduced by',
  'described by',
  'who described',
  'first described',
  'first reported',
  'published in',
  'published by',
  'and colleagues',
  'et al',
  'led by',
  'coined',
  'readers of',
  'the novel',
  'novelist',
  'fictional',
  'the character',
  'in honor of',
  'in honour of',
  'named after',
  'named for',
  'disease after',
  'syndrome after',
  'sign after',
  'in his book',
  'in her book',
  'in their book',
  'the book',
  'author of',
  'bestselling',
  'best-selling',
  'textbook',
  'honors dr',
  'honours dr',
  'eponym',
  'eponymous',
];

/** The author's own training and past workplaces, before a named hospital ("when I was a resident at …"). */
export const TRAINING_CUES = [
  'i worked at',
  'i trained at',
  'where i trained',
  'i was a resident at',
  'i was an intern at',
  'i was a medical student at',
  'i studied at',
  'medical school at',
  'internship at',
  'during my residency at',
  'my residency at',
  'my training at',
  'my fellowship at',
];

/** "a 2010 study", "the 1991 paper": a dated publication. */
const DATED_WORK = / (?:1[5-9]\d\d|20[0-3]\d) (?:study|studies|trial|paper|analysis|meta-analysis|review|report|survey|article|book|novel|monograph|lecture|cohort)\b/;

export interface HistoryCues {
  /** Research, citation, eponym, literary or dated-history wording. */
  history: boolean;
  /** A year before 1900: the sentence is history even when it mentions patients. */
  ancient: boolean;
}

/**
 * History and research cues of a normalised sentence (" lower case words with spaces "), given the
 * earliest past year it states after a preposition (before 1990, or 0: see pastYear in proper-nouns.ts).
 */
export function historyCues(s: string, year: number): HistoryCues {
  const ancient = year > 0 && year < 1900;
  const history = year > 0 || DATED_WORK.test(s) || RESEARCH_PHRASES.some((p) => s.includes(` ${p} `));
  return { history, ancient };
}

// ---------------------------------------------------------------------------------------------
// The practice's own location ("our practice will be located at …", "the Carver Street office",
// "We look forward to welcoming you on Larkspur Avenue").

/** The practice speaking: a first-person plural word. */
const WE = / (?:we|we're|we've|we'll|our|ours|us) /;
/** What the practice says about its own place: moving, opening, welcoming, its office or building. */
const PRACTICE_PLACE = / (?:practice|office|offices|clinic|building|location|locations|located|move|moving|moved|relocating|relocate|welcome|welcoming|team|space|suite|entrance|parking|hours|open|opening|reopen|reopening|find us|visit us) /;
/** Someone whose whereabouts a street would reveal: a single patient, a person, a pronoun, an age, a residence. */
const PERSON_HERE = / (?:patient|pt|he|she|him|her|hers|his|they|them|their|man|woman|boy|girl|child|kid|baby|infant|toddler|teen|teenager|lady|guy|gentleman|resident|neighbor|neighbour|lives|live|living|lived|resides|reside|home|house|apartment|found|crash|accident|collapsed|died|\d{1,3}-year-old|year-old|years old) /;

/** The sentence is the practice talking about its own location, with no person it could locate. */
export function practiceLocationSentence(s: string): boolean {
  return WE.test(s) && PRACTICE_PLACE.test(s) && !PERSON_HERE.test(s);
}

// ---------------------------------------------------------------------------------------------
// Blocks about history and the public record: a paragraph set a century or more back ("In January
// 1922, at Toronto General Hospital, the team gave an extract to a 14-year-old boy"; "He died in
// 1865 at an asylum near Vienna, only 47 years old"). HIPAA's protection of a decedent's health
// information ends 50 years after death (45 CFR 160.103, "protected health information"), and
// anyone treated a century ago is long past that, so the names, places, ages and dates of such a
// paragraph are history, not identifiers. A paragraph qualifies when every year it states (after a
// preposition or a month, or as a timeline label: "1938. She returns to …") is
//   - 100 or more years before the reference date;
//   - 50 or more, with one word of the record: of history ("outbreak", "laboratory", "the first
//     therapeutic injection"), of a career ("professor", "founded"), of a public life ("First
//     Lady", "press conference", "album") or of a death ("died", "dies");
//   - 20 or more, with two different such words (not counting death) and no patient, encounter
//     or "we"/"our" in it: a public figure's story or a discovery from the public record ("won the
//     U.S. Open in 1968 … In 1979, at 36, he had a heart attack"; "the breakthrough came in April
//     1982 … when the laboratory reopened");
// and the author speaks of no care of their own ("I", "my", "me", "my patient", "we treated";
// quoted words are the historical speaker's). A birth year does not count ("born in 1925" is how
// a centenarian's story reveals an age over 89) unless no one born then can be alive (120 years).
// Whatever its years, a paragraph reporting a public figure's own disclosure is the public record
// too (see publicDisclosure below).


const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
/** A year after a preposition, "born"/"died", a month or a day ("in 1846", "in January 1922", "the 1840s", "31 August 1854"). */
const STATED_YEAR = new RegExp(
  `(?<![a-z0-9])(born(?:[ \\u00a0]+(?:in|on|around|during|circa))?(?:[ \\u00a0]+the)?|in|since|by|from|until|till|around|circa|c\\.|during|before|after|of|the|died|year|${MONTH}|\\d{1,2},?)[ \\u00a0]+(?:(?:early|late|mid)[- \\u00a0]+)?(?:${MONTH}[ \\u00a0]+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?[ \\u00a0]+)?(1[0-9]\\d\\d|20\\d\\d)(s|['’]s)?(?![0-9a-z])`,
  'gi',
);
/** The author's own care: first person singular, or "our patient", "we treated". */
const OWN_CARE = /(?<![a-z])(?:i|i['’]m|i['’]ve|i['’]d|me|my|mine|(?:our|my)[ \u00a0]+(?:patients?|practice|clinic|office|care)|we[ \u00a0]+(?:admitted|treated|saw|examined|diagnosed|delivered|operated|lost|cared))(?![a-z])/i;

const MONTH_OR_DAY_IN = new RegExp(`(?<![a-z])${MONTH}(?![a-z])|\\d{1,2}(?:st|nd|rd|th)?,?[ \\u00a0]+(?:${MONTH}[ \\u00a0]+)?1[0-9]\\d\\d`, 'i');

/** A double-quoted passage (straight or curly), at most 600 characters. */
export const QUOTED = /"[^"\n]{1,600}"|“[^”\n]{1,600}”/g;

const HISTORICAL = new TextMemo<'history' | 'disclosure' | null>(4096);

/** Is the block history or the public record, free of the author's own care (see above)? */
export function historicalBlock(text: string, referenceYear: number): boolean {
  return historicalReason(text, referenceYear) !== null;
}

/** Why the block is the public record: set in the past ('history'), a public figure's own disclosure ('disclosure'), or null. */
export function historicalReason(text: string, referenceYear: number): 'history' | 'disclosure' | null {
  return HISTORICAL.get(text, (t) => computeHistorical(t, referenceYear), referenceYear);
}

/**
 * The vocabulary of history: with it, a paragraph whose years are all 50 or more years back reads
 * as history too ("In early 1915 an outbreak … she died on 11 November 1938"; "the first
 * therapeutic injection of penicillin, on 12 February 1941"): anyone who died then is past HIPAA's
 * 50 years, and the author tells of no care of their own.
 */
const HISTORY_VOCABULARY = /(?<![a-z])(?:histor(?:y|ies|ian|ians|ical|ically)|century|centuries|discover(?:ed|y|ies)|pioneer(?:ed|ing)?|laborator(?:y|ies)|scientists?|researchers?|investigators?|(?:bacterio|microbio|physio|patho|bio)logists?|chemists?|physicists?|inventors?|experiments?|archives?|biograph(?:y|er|ers)|memoirs?|museum|records?[ \u00a0]+show|first[ \u00a0]+(?:therapeutic|patient|person|case|injection|dose|use|described|reported)|outbreak|epidemic|pandemic|the[ \u00a0]+war)(?![a-z])/i;

/**
 * The words of a career ("spent his career as a pathologist", "professor of physiology", "founded
 * the Frontier Nursing Service") and of a public life: fame, office, sport, broadcast, honours
 * ("made the diagnosis public", "held a press conference", "the Baseball Hall of Fame", "his final
 * album", "NASA's physicians returned him to flight status", "the Order of Merit").
 */
const PUBLIC_RECORD = /(?<![a-z])(careers?|professor(?:ship)?|director|appointed|founded|founder|breakthrough|published|colleagues|public(?:ly)?|press[ \u00a0]+conference|reporters?|newspapers?|headlines?|interviews?|announced|broadcast|televised|episode|(?:talk|tv|television|radio)[ \u00a0]+show|album|grammy|oscars?|emmy|olympics?|olympian|championships?|hall[ \u00a0]+of[ \u00a0]+fame|wimbledon|u\.s\.[ \u00a0]+open|world[ \u00a0]+series|super[ \u00a0]+bowl|world[ \u00a0]+cup|league|lineup|stadium|memoir|autobiography|senators?|congress(?:man|woman)?|president(?:ial)?|first[ \u00a0]+lady|prime[ \u00a0]+minister|governor|white[ \u00a0]+house|astronauts?|nasa|apollo|spacecraft|space[ \u00a0]+shuttle|orbital|lunar|flight[ \u00a0]+status|nobel|laureate|medal|knighted|dame|order[ \u00a0]+of[ \u00a0]+merit|postal[ \u00a0]+service|stamp|honorary|fans|songs?|inducted|household[ \u00a0]+name|wartime)(?![a-z])/gi;
/** A death: with years 50 or more back, the person is past HIPAA's protection of a decedent. */
const DEATH = /(?<![a-z])(?:died|dies|death|dying)(?![a-z])/i;
/** A patient or an encounter in the paragraph: then its dates are a case's, unless a century old. */
const CASE_WORDS = new RegExp(
  `(?<![a-z])(?:patients?|clients?|admitted|(?:came|brought)[ \\u00a0]+in(?![ \\u00a0]+(?:${MONTH}|\\d|(?:the[ \\u00a0]+)?(?:spring|summer|autumn|fall|winter)))|presented[ \\u00a0]+(?:to|with)|our|we)(?![a-z])`,
  'i',
);
/** A timeline entry's year label at the start of a block ("1938. She returns …", "1965 — She dies …"). */
const YEAR_LABEL = /^[ \u00a0]*(1[0-9]\d\d|20\d\d)(?:[ \u00a0]*[.:—–]|[ \u00a0]+-[ \u00a0])/;

/** How many different words of the record (HISTORY_VOCABULARY, PUBLIC_RECORD) the text holds, up to two. */
function recordWords(text: string): number {
  PUBLIC_RECORD.lastIndex = 0;
  let first = HISTORY_VOCABULARY.exec(text)?.[0].toLowerCase();
  let m: RegExpExecArray | null;
  while ((m = PUBLIC_RECORD.exec(text)) !== null) {
    const word = m[1].toLowerCase().replace(/[ \u00a0]+/g, ' ');
    if (first === undefined) first = word;
    else if (word !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}

/**
 * A public figure's own disclosure, reported: a public role ("King Charles III", "the Canadian
 * singer", "Buffalo Bills safety", "then lieutenant governor") and a disclosure ("the palace
 * announced", "posted a video", "said publicly", "his campaign announced"). What such a person
 * chose to make public is the public record, whatever its year.
 */
const PUBLIC_ROLE = /(?<![a-z])(?:king|queen|prince|princess|duke|duchess|monarch|singer|songwriter|actor|actress|comedian|athlete|quarterback|linebacker|pitcher|striker|footballer|tennis[ \u00a0]+player|golfer|boxer|senator|congress(?:man|woman)|governor|mayor|president|prime[ \u00a0]+minister|first[ \u00a0]+lady|candidate|musician|rapper|talk[ \u00a0]+show[ \u00a0]+host|presenter|broadcaster|news[ \u00a0]+anchor|astronaut|olympian|celebrity)(?![a-z])/i;
const DISCLOSURE = /(?<![a-z])(?:announced|announcement|(?:his|her|their|family['’]s|palace['’]s|campaign['’]s|spokes(?:man|woman|person)['’]s)[ \u00a0]+statement|(?:issued|released|put[ \u00a0]+out)[ \u00a0]+a[ \u00a0]+statement|video[ \u00a0]+message|posted[ \u00a0]+(?:a|an)[ \u00a0]+(?:video|statement|message|update)|(?:said|spoke|spoken|speaking)[ \u00a0]+(?:publicly|openly)|shared[ \u00a0]+(?:an[ \u00a0]+update|the[ \u00a0]+news|publicly)|press[ \u00a0]+conference|told[ \u00a0]+(?:reporters|fans|viewers)|documentary|went[ \u00a0]+public|made[ \u00a0]+(?:it|the[ \u00a0]+diagnosis|the[ \u00a0]+news)[ \u00a0]+public)(?![a-z])/i;

/**
 * The author's or practice's own care, for the disclosure reading: "my patient", "our clinic", "I
 * treated", "came in". The author may speak ("this year I want to revisit …", "I have not examined
 * him"), but not of their own care.
 */
const OWN_CARE_ACT = /(?<![a-z])(?:(?:my|our)[ \u00a0]+(?:patients?|clinic|practice|office|ward|unit|er|ed|icu|team|hospital)|(?:I|we)[ \u00a0]+(?:treated|examined|saw|admitted|diagnosed|cared[ \u00a0]+for|operated|delivered|intubated|resuscitated)|came[ \u00a0]+(?:in|to[ \u00a0]+(?:see[ \u00a0]+)?(?:me|us))|patients?[ \u00a0]+(?:of[ \u00a0]+)?(?:mine|ours))(?![a-z])/i;

/** A public-health agency's announcement ("the CDC announced an outbreak …") is the public record too. */
const AGENCY = /(?<![A-Za-z])(?:CDC|FDA|WHO|NIH|NHS|UKHSA|ECDC)(?![A-Za-z])|(?<![a-z])(?:(?:state|county|city|local)[ \u00a0]+)?(?:health[ \u00a0]+department|department[ \u00a0]+of[ \u00a0]+health|public[ \u00a0]+health[ \u00a0]+(?:agency|officials|authorities))(?![a-z])/i;

/** An encounter told in the paragraph ("was admitted to", "came in", "presented with"): a case, however public the person. */
const ENCOUNTER = /(?<![a-z])(?:admitted|(?:came|brought)[ \u00a0]+in|presented[ \u00a0]+(?:to|with))(?![a-z])/i;

/** A team's player by position ("Buffalo Bills safety", "Yankees pitcher"): the team name is capitalised. */
const TEAM_POSITION = /(?<![A-Za-z])[A-Z][a-z]+[ \u00a0]+(?:safety|cornerback|linebacker|guard|forward|midfielder|defender|striker|goalkeeper|pitcher|shortstop|catcher|winger)(?![a-z])/;

/** The role words of PUBLIC_ROLE and TEAM_POSITION, for the patterns around a name. */
const ROLE_WORDS = `(?:${PUBLIC_ROLE.source.replace('(?<![a-z])', '').replace('(?![a-z])', '')}|safety|cornerback|guard|forward|midfielder|defender|goalkeeper|shortstop|catcher|winger)`;
/** Modifiers that make a role anyone's neighbour: "the local quarterback", "a high-school athlete". */
const LOCAL_ROLE = /(?:local|school|high-school|youth|amateur|junior|club|hometown|community|former|retired|aspiring|weekend|varsity)[ \u00a0]+\S+[ \u00a0]+$/;
/** "the singer", "Canadian singer", "Olympic soccer midfielder", "Buffalo Bills safety", right before a name. */
const ROLE_BEFORE_NAME = new RegExp(`(?:(?<![\\p{L}])[Tt]he|[A-Z][\\p{L}'’.-]*)(?:[ \u00a0]+[a-z-]+)?[ \u00a0]+${ROLE_WORDS}[ \u00a0]+$`, 'u');
/** ", the Princess of Wales", ", the Canadian singer", ", a Buffalo Bills safety", right after a name. */
const ROLE_AFTER_NAME = new RegExp(`^,[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[A-Z][\\p{L}'’.-]*[ \u00a0]+){0,3}(?:[a-z-]+[ \u00a0]+)?${ROLE_WORDS}(?![\\p{L}])`, 'iu');

/**
 * Is the name from `at` to `end` presented by a public role or a team position right before it
 * (after "the" or a capitalised word: "the singer", "Canadian singer", "Buffalo Bills safety") or
 * in an appositive right after it (", the Princess of Wales")? "a high-school quarterback" or "our
 * mayor" may be anyone's neighbour.
 */
export function publicRoleAround(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  if (ROLE_BEFORE_NAME.test(before) && !LOCAL_ROLE.test(before)) return true;
  return ROLE_AFTER_NAME.test(text.slice(end, end + 60)) && !/(?:local|school|high-school|youth|amateur|hometown|community|former|retired)/i.test(text.slice(end, end + 30));
}

/** The author's own care or an encounter, not mere mention of "our clinic" (see ownCareOrEncounter). */
const CARE_ACT = /(?<![a-z])(?:(?:my|our)[ \u00a0]+patients?|(?:I|we)[ \u00a0]+(?:treated|examined|saw|admitted|diagnosed|cared[ \u00a0]+for|operated|delivered|intubated|resuscitated)|came[ \u00a0]+(?:in|to[ \u00a0]+(?:see[ \u00a0]+)?(?:me|us))|patients?[ \u00a0]+(?:of[ \u00a0]+)?(?:mine|ours))(?![a-z])/i;

/**
 * The author's own care or an encounter in the text, outside quotation marks ("my patient", "I
 * treated", "was admitted"): then whatever the text says of a public figure is a case too. With
 * `places` false, "our clinic" or "my office" alone does not count (a staff introduction says it).
 */
export function ownCareOrEncounter(text: string, places = true): boolean {
  const unquoted = /["“”]/.test(text) ? text.replace(QUOTED, ' ') : text;
  return (places ? OWN_CARE_ACT : CARE_ACT).test(unquoted) || ENCOUNTER.test(unquoted);
}

function publicDisclosure(text: string): boolean {
  if (!DISCLOSURE.test(text) || !(PUBLIC_ROLE.test(text) || TEAM_POSITION.test(text) || AGENCY.test(text))) return false;
  const unquoted = /["“”]/.test(text) ? text.replace(QUOTED, ' ') : text;
  return !OWN_CARE_ACT.test(unquoted) && !ENCOUNTER.test(unquoted);
}

function computeHistorical(text: string, referenceYear: number): 'history' | 'disclosure' | null {
  if (publicDisclosure(text)) return 'disclosure';
  return computePast(text, referenceYear) ? 'history' : null;
}

function computePast(text: string, referenceYear: number): boolean {
  if (!/1[0-9]\d\d|20\d\d/.test(text)) return false;
  let old = false;
  let minBack = Infinity;
  STATED_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Matched on the text itself (case-insensitively), so the house-number check below reads the
  // character after the match at the right offset even where lower-casing changes a length ("İ").
  while ((m = STATED_YEAR.exec(text)) !== null) {
    // A house number is no year: "from 1820 Larkspur Avenue" (a capitalised word follows), unless
    // a month or a day stands before it ("On 14 May 1796 Jenner …").
    if (!MONTH_OR_DAY_IN.test(m[0]) && /^[ \u00a0]+[A-Z]/.test(text.slice(STATED_YEAR.lastIndex, STATED_YEAR.lastIndex + 3))) continue;
    // A decade counts by its last year ("the 1920s" reaches 1929).
    const year = Number(m[2]) + (m[3] !== undefined && m[2].endsWith('0') ? 9 : 0);
    const back = referenceYear - year;
    if (back < 0) return false;
    if (m[1].toLowerCase().startsWith('born') && back < 120) continue;
    if (back < 20) return false;
    minBack = Math.min(minBack, back);
    old = true;
  }
  const label = YEAR_LABEL.exec(text);
  if (label) {
    const back = referenceYear - Number(label[1]);
    if (back < 20) return false;
    minBack = Math.min(minBack, back);
    old = true;
  }
  if (!old) return false;
  // Quoted words are the historical speaker's ("Reed wrote to his wife: "The prayer that has been mine …"").
  const unquoted = /["“”]/.test(text) ? text.replace(QUOTED, ' ') : text;
  if (OWN_CARE.test(unquoted)) return false;
  if (minBack >= 100) return true;
  const words = recordWords(text);
  if (minBack >= 50) return words > 0 || DEATH.test(text);
  return words > 1 && !CASE_WORDS.test(unquoted);
}
