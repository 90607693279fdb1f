// Finds the ages of people in prose ("a 67-year-old man", "aged 67", "her 93rd birthday", "born in
// 1930") together with the grammar around them that fixes need (determiner, head noun, what comes
// before a predicate, a pronoun for "in his 60s").
//
// Linear time: a cheap prefilter, one pass of a token regex made of bounded literal alternatives,
// then, per token, sticky regexes and word look-ups that never look further than a few words
// (MAX_GAP / MAX_WORD / MAX_SENTENCE bound every loop). Nothing here backtracks over the block.

import type { ProseEdit } from '../rule';
import { matchCase } from './tidy';
import { firstAtOrAfter } from './scan';
import { indefiniteArticle } from './agreement';
import { TextMemo } from './memo';
import { latinRegExp } from './letters';

/** How the age sits in its sentence: fixes are rewritten per shape. */
export type AgeShape =
  /** "a 67-year-old man", "67 yo M": the age modifies a noun phrase (`head`, when known). */
  | 'adjective'
  /** "the 67-year-old", "a 67-year-old with chest pain": the age is used as a noun. */
  | 'noun'
  /** "67 years old", "67 years of age" (`lead` says what precedes it). */
  | 'predicate'
  /** "aged 67", "aged 67 years". */
  | 'aged'
  /** "at age 67", "at the age of 67", "since age 15" (the span includes "at"/"since"). */
  | 'atAge'
  /** Bare "age 67" ("(age 67)", "Maria, age 67,"). */
  | 'age'
  /** "the age of 67" after a verb ("reached the age of 67"). */
  | 'ageOf'
  /** "Maria, 67, …", "Mr. K (67)": the number alone. */
  | 'appositive'
  /** "she is 67", "he was 67 when …": the number alone. */
  | 'copula'
  /** "turned 67", "turns 93" (the span includes the verb). */
  | 'turned'
  /** "her 93rd birthday": the ordinal alone. */
  | 'ordinal'
  /** "born in 1930", "born in the 1920s": `age` is the oldest age the year allows. */
  | 'birthYear'
  /** "in her 90s", "in his late nineties" (reported only at 90 and over). */
  | 'decade'
  /** "nonagenarian", "centenarian". */
  | 'term';

/** 'my' for a reader or patient writing about their own age ("I'm in my 40s"). */
export type Pronoun = 'his' | 'her' | 'their' | 'my';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface AgeSpan {
  /** Prose offsets of the age phrase (what a finding underlines). */
  start: number;
  end: number;
  /** Age in whole years (0 under one year); for a birth year the oldest age it allows. */
  age: number;
  /** text.slice(start, end). */
  form: string;
  shape: AgeShape;
  /** The number (or number word) inside the span. */
  number: { start: number; end: number };
  /** The number is written in words ("sixty-seven"). */
  spelled: boolean;
  /** predicate / aged / atAge / birthYear: what comes before ("is 67 years old", "at 67 years old"). */
  lead?: 'copula' | 'at' | 'since' | 'noun' | 'turn' | 'other';
  /** adjective / noun: the determiner ("a", "the", "his"…) before the age, if any. */
  determiner?: TextSpan;
  /** The determiner is directly before the age (no adjective in between). */
  determinerAdjacent?: boolean;
  /** adjective: the noun phrase the age modifies, when a person noun was found ("retired teacher"). */
  head?: TextSpan;
  /** The word after the head is "of" ("mother of three"): moving the age behind the head reads badly. */
  headFollowedByOf?: boolean;
  /** noun: followed by "'s" ("the 67-year-old's daughter"). */
  possessive?: boolean;
  /** Pronoun for "in his 60s", from the head, the possessive or the nearest cue in the block. */
  pronoun: Pronoun;
  /** The span itself starts a sentence (capitalise a replacement that starts with a digit). */
  sentenceStart: boolean;
}

export interface ScanOptions {
  /** Year of the reference date; needed to turn "born in 1930" into an age. */
  referenceYear?: number;
}

// ---------------------------------------------------------------------------------------------
// Lexicons (data). Lower case; looked up whole-word.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const MALE_NOUNS = words(`
  man gentleman guy boy male father dad daddy son brother husband grandfather grandpa granddad grandson
  uncle nephew widower fisherman actor priest monk boyfriend groom fiancé waiter king prince businessman
  policeman fireman serviceman sportsman stepfather stepson salesman postman mailman`);
const FEMALE_NOUNS = words(`
  woman lady girl gal female mother mom mum mommy daughter sister wife grandmother grandma granny
  granddaughter aunt niece widow actress waitress nun girlfriend bride fiancée queen princess
  businesswoman policewoman stepmother stepdaughter saleswoman`);
/** Singular nouns for a person (gendered ones above are included). */
const PERSON_NOUNS = new Set([
  ...MALE_NOUNS,
  ...FEMALE_NOUNS,
  ...words(`
  person individual patient adult child kid baby infant newborn neonate toddler preschooler teen teenager
  adolescent youngster youth student pupil athlete runner jogger cyclist swimmer climber hiker golfer
  player dancer smoker nonsmoker non-smoker drinker veteran retiree pensioner senior parent sibling twin
  spouse partner grandparent grandchild cousin friend neighbor neighbour colleague coworker co-worker
  client resident nurse doctor physician surgeon dentist pharmacist paramedic medic teacher schoolteacher
  professor farmer rancher mechanic electrician carpenter plumber engineer lawyer attorney accountant
  chef cook driver pilot soldier marine sailor firefighter officer musician artist writer author pianist
  singer guitarist painter pastor rabbi imam caregiver worker employee volunteer survivor donor recipient
  lifeguard gardener prisoner inmate immigrant refugee tourist traveler traveller marathoner triathlete
  bodybuilder weightlifter boxer wrestler footballer skier snowboarder surfer jockey roommate housemate
  tenant landlord janitor cashier clerk secretary receptionist manager executive ceo entrepreneur
  bartender barista hairdresser barber contractor builder laborer labourer welder miner logger trucker
  salesperson coach trainer instructor user mother-to-be first-timer newlywed`),
]);
const IRREGULAR_PLURALS = words(`
  men women children people persons gentlemen ladies babies wives folks grandchildren kids teens
  those everyone anyone everybody anybody americans`);

/** Things that have ages but are not people ("a 10-year-old study"). */
const NON_PERSON = words(`
  study trial survey paper article review report analysis dataset data database registry guideline
  guidelines recommendation policy law rule program programme initiative campaign tradition practice
  clinic hospital office building house home apartment flat roof bridge school church institution
  organization organisation company business firm brand store shop restaurant car truck vehicle van
  bike bicycle motorcycle boat ship plane airplane aircraft machine device scanner computer laptop phone
  tablet printer monitor ventilator pacemaker implant prosthesis battery mattress furnace heater boiler
  tree oak forest vineyard wine whiskey whisky scotch bourbon bottle cheese recipe book textbook
  website blog app software system technique procedure approach method treatment therapy drug
  medication medicine vaccine test prescription debate controversy question mystery myth habit custom
  rivalry feud friendship marriage relationship partnership mortgage loan record photo photograph
  picture video x-ray scan scar tattoo injury fracture wound lesion tumor tumour cancer ulcer disorder
  condition disease diagnosis chart note file threshold cutoff cut-off mark milestone limit benchmark
  standard dog cat horse pet puppy kitten lab retriever parrot cow animal mare stallion gelding
  tortoise turtle plant garden lawn carpet sofa couch bed chair shoe shoes sneaker coat suit dress jacket
  bag watch clock piano guitar violin instrument painting statue song album film movie show series
  magazine journal newspaper column post tweet meme joke grudge secret promise letter image stock fund
  account investment plan contract lease license licence passport degree diploma certificate league
  team club society association foundation charity museum library park road highway tunnel dam engine
  pipe pump well appliance fridge refrigerator freezer stove oven dishwasher washer dryer tv television
  radio camera lens microscope equipment facility wing unit ward laboratory department center centre
  network chain franchise war conflict dispute lawsuit scandal tragedy crisis epidemic pandemic
  outbreak virus strain formula pill inhaler syringe bandage cast brace crutch wheelchair hip knee
  joint tooth teeth filling crown denture dentures glasses contact aid city town village country
  nation state kingdom university college festival parade band mill factory farm barn
  cabin cottage mansion castle tower container trailer tractor motor generator elevator reactor sensor
  indicator mirror floor door sector vector factor order number matter layer charger cooler
  transplant variant pageant protocol model version edition recording heirloom
  quilt blanket toy doll game puzzle rug vintage mine workshop warehouse`);

/** Determiners that can start the noun phrase of "a 67-year-old man". */
const DETERMINERS = words('a an the this that our my his her their another');
/** Determiners and adjectives that make the age generic ("every 50-year-old", "the average 67-year-old"). */
const GENERIC_DETERMINERS = words(`
  every each any no typical average most many all some hypothetical imaginary fictional generic
  your such`);
/** Words before "a" that make the noun phrase hypothetical ("if a 50-year-old …"). */
const HYPOTHETICAL = words('if suppose imagine say consider unless whenever');
/** Words that end the search for a determiner (verbs, prepositions, conjunctions). */
const DETERMINER_STOP = words(`
  is was were are be been being am with and or but of for to from in on at by as than that who which
  has had have when while because says said told asked`);
/** Copulas before "67 years old" / "she is 67". */
const COPULAS = words(`
  is was were are am be been being become became becomes seems seemed looks looked he's she's who's
  i'm you're we're they're`);
const TURN_VERBS = words('turn turns turned turning');
/** The author as subject: "I was 29 years old", "I'm a 45-year-old runner". */
const FIRST_PERSON = words("i we i'm we're");
/** Adverbs that may sit between a copula and the age. */
const ADVERBS = words('now only just already still then recently barely finally');
/** Approximations kept inside the span ("nearly 67 years old"); nearly/almost lower the age by one. */
const APPROX = words('nearly almost about around roughly approximately');
const APPROX_LOWER = words('nearly almost');
/** Words right before the number that make it a bound or a population ("over 65 years old"). */
const POPULATION_BEFORE = words(`
  over under above below than least most beyond past before after by from until till til between of
  ages through thru within`);
const RANGE_JOIN = words('to and or through thru');
/** Bounds right before "67-year-old" ("over 5-year-old children"). */
const BOUND_BEFORE = words('over under above below than least beyond past between ages');
/** Words before "age 67" that make it a threshold, not a person's age. */
const AGE_BLOCKERS = words(`
  by from until till til before after over under to between of the retirement eligibility voting
  drinking legal minimum maximum median average mean gestational screening starting target cutoff
  cut-off school reading bone biological chronological corrected skeletal dental mental reproductive
  childbearing`);
/** Words after a bare number that still let it be an age ("she was 67 when …"). */
const AFTER_NUMBER_OK = words(`
  and but when while at last this next in on so now yesterday today then before after that until years
  with i he she my his her our their we`);
/** Subjects after an introductory "at 44" ("At 44 I was diagnosed", "at 44, she …"), by pronoun. */
const AT_SUBJECTS: ReadonlyMap<string, Pronoun> = new Map([
  ['i', 'my'], ["i'd", 'my'], ["i'm", 'my'], ['my', 'my'], ['he', 'his'], ["he'd", 'his'], ['his', 'his'], ['she', 'her'], ["she'd", 'her'], ['her', 'her'],
]);
/** Life events dated by a bare age: "diagnosed at 44", "retired at 62". */
const AT_VERBS = words(`
  diagnosed died retired married remarried divorced widowed started began quit stopped developed
  conceived enlisted graduated emigrated immigrated adopted orphaned paralyzed paralysed hospitalized
  hospitalised transplanted pregnant menopause widowed disabled`);
/** First-person subjects of a copula or a verb. */
const SELF_SUBJECTS = words("i i'm i've i'd");
/** A reader's question: the block opens with "Q:" or "Question:". */
export const QUESTION_BLOCK = /^[\s*_>"“]{0,6}(?:Q|Question)[ \u00a0]{0,2}[:.)]/u;
/**
 * Health words: with one in the sentence, a first-person age ("I'm 41 and …", "my 6-year-old son")
 * is a reader's or patient's own, not the author's aside ("I was 29 and a resident").
 */
export const SELF_HEALTH = latinRegExp(
  '(?<![\\p{L}])(?:' +
    [
      'diagnos\\p{L}{0,5}', 'symptoms?', 'pains?', 'painful', 'aches?', 'aching', 'headaches?', 'migraines?', 'fevers?', 'cough\\p{L}{0,3}', 'rash(?:es)?', 'lumps?',
      'bleed\\p{L}{0,3}', 'periods?', 'pressure', 'blood', 'sugars?', 'cholesterol', 'tsh', 'a1c', 'thyroid', 'heart', 'chest', 'knees?', 'hips?', 'skin',
      'weighs?', 'weight', 'pounds', 'tired', 'exhausted', 'fatigue', 'dizz\\p{L}{1,5}', 'faint\\p{L}{0,3}', 'seizures?', 'strokes?', 'cancer', 'tumou?rs?',
      'diabet\\p{L}{1,3}', 'asthma', 'depress\\p{L}{2,5}', 'anxi\\p{L}{2,4}', 'pregnan\\p{L}{1,3}', 'miscarr\\p{L}{1,5}', 'infections?', 'surgery',
      'doctors?', 'clinician', 'pediatrician', 'physician', 'medications?', 'medicines?', 'meds', 'pills?', 'doses?', 'mg', 'mcg', 'prescri\\p{L}{1,7}',
      'insulin', '\\p{L}{2,16}(?:pril|olol|sartan|statins?|thyroxine|prazole|cillin|cycline|mycin|formin|dipine)', 'diseases?', 'disorders?',
      'syndrome', 'allerg\\p{L}{1,3}', 'eczema', 'acne', 'snor\\p{L}{1,3}', 'wets', 'insomnia', 'vomit\\p{L}{0,4}', 'nausea\\p{L}{0,3}', 'diarrh\\p{L}{1,3}',
      'constipat\\p{L}{1,5}', 'swell\\p{L}{0,4}', 'swollen', 'hospital\\p{L}{0,6}', 'scans?', 'mri', 'x-rays?', 'biops\\p{L}{1,2}', 'labs', 'swallowed',
      'fractur\\p{L}{1,3}', 'injur\\p{L}{1,3}', 'sick', 'ill', 'illness', 'vaccin\\p{L}{1,5}', 'therapy', 'treatment', 'menopaus\\p{L}{1,2}', 'arthritis',
      'wheez\\p{L}{1,3}', 'breath\\p{L}{0,4}', 'cramps?', 'spotting', 'ulcers?', 'palpitations', 'lupus', 'crohn', 'colitis', 'sclerosis',
      'parkinson', 'hepatitis', 'hiv', 'copd', 'epilepsy', 'adhd', 'autism', 'endometriosis', 'pcos', 'gout', 'psoriasis', 'dementia', 'alzheimer',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);
const MONTHS = words(`
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec`);
/** Words after a noun-phrase run that end it: prepositions, conjunctions, auxiliaries, verbs. */
const RUN_STOP = words(`
  with who whom whose that which was is were are had has have and or but from in at on of for to by
  after before when while because since as if so than then into onto about would will could can may
  might should must did does do still also now never already just only came comes went goes presented
  presents arrived arrives said says told tells asked asks died dies fell falls felt feels got gets saw
  sees ran runs lives lived brought began begins took takes gave gives made makes became becomes left
  lost kept spent found thought knew woke wrote spoke heard sat stood drove rode broke ate drank slept
  swam flew grew underwent undergoes needed needs wanted wants called calls showed shows walked walks
  complained complains developed develops reported reports noticed notices suffered suffers survived
  survives collapsed recovered recovers returned returns passed passes here there again too`);
/** Past participles used as adjectives before a head ("a 67-year-old retired teacher"). */
const ADJECTIVE_ED = words(`
  retired married divorced widowed unmarried unvaccinated vaccinated unemployed employed self-employed
  paralyzed paralysed disabled unhoused homebound bedbound bed-bound wheelchair-bound talented
  left-handed right-handed red-haired gifted skilled trained unskilled`);
/** Capitalised words that are not names ("Figure, 2,"). */
const NOT_NAMES = words(`
  figure table step stage grade type level version page chapter section part room bed day week year month
  phase class lot item question rule appendix exhibit box ward floor unit case trial study group arm
  monday tuesday wednesday thursday friday saturday sunday i we you they it he she this that there in on
  at after before since then however meanwhile also and but or so yes no overall total`);

/** Gendered words in a block that decide "his"/"her". Mr/Mrs/Ms are matched case-sensitively below. */
const CUE = latinRegExp(String.raw`(?<![\p{L}\p{N}_'’])(he|him|his|himself|she|her|hers|herself|man|woman|boy|girl|gentleman|lady|husband|wife|mother|father|mom|dad|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|uncle|aunt|nephew|niece|widow|widower)(?![\p{L}\p{N}_])|(?<![\p{L}])(Mr|Mrs|Ms)(?![\p{L}])`, 'giu');
const MALE_CUES = words('he him his himself man boy gentleman husband father dad son brother grandfather grandpa uncle nephew widower mr');
const PERSON_PRONOUN = latinRegExp(String.raw`(?<![\p{L}])(?:he|she|him|his|her|hers|himself|herself)(?![\p{L}])`, 'iu');
/** A specific person in the sentence outweighs generic cues. */
const PERSON_CUE_SENTENCE = latinRegExp(String.raw`(?<![\p{L}])(?:he|she|him|his|her|hers|himself|herself|mr|mrs|ms|man|woman|boy|girl|gentleman|lady|husband|wife|mother|father|son|daughter|grandmother|grandfather|patient|client|one[ \u00a0]{1,3}of[ \u00a0]{1,3}(?:my|our)[ \u00a0]{1,3}(?:\p{L}{1,20}[ \u00a0]{1,3})?(?:patients|clients))(?![\p{L}])`, 'giu');
/** Guideline and population language: the age is a threshold, not a patient's. */
const GENERIC_CUE_SENTENCE = latinRegExp(String.raw`(?<![\p{L}])(?:should(?![ \u00a0]+have)|must|recommends?|recommendations?|guidelines?|eligible|eligibility|starting|beginning|begins?|starts?|until|adults|people|patients|women|men|children|kids|everyone|anyone|individuals|persons|most|those|average|routine|routinely)(?![\p{L}])`, 'giu');
/** Stronger cues for a noun phrase: a modal or a guideline. */
const GENERIC_CUE_NOUN = latinRegExp(String.raw`(?<![\p{L}])(?:should(?![ \u00a0]+have)|recommends?|guidelines?)(?![\p{L}])`, 'giu');
/**
 * The reader addressed as "you" makes an age generic ("If you are 50 …"); the audience addressed as
 * a group about someone they know does not ("Some of you know Jaylen, the 9-year-old …").
 */
const SECOND_PERSON =
  latinRegExp(String.raw`(?<![\p{L}])(?:(?<!(?:of|as)[ \u00a0]{1,3})you(?![ \u00a0]{1,3}(?:(?:may|might|will)[ \u00a0]{1,3})?(?:know|knew|remember|recall|saw|met|heard|read|followed)(?![\p{L}]))|you['’]re|your|yourself)(?![\p{L}])`, 'giu');

// ---------------------------------------------------------------------------------------------
// Numbers.

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORD_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const NUMBER_VALUES = new Map<string, number>();
UNITS.forEach((w, i) => NUMBER_VALUES.set(w, i + 1));
TEENS.forEach((w, i) => NUMBER_VALUES.set(w, i + 10));
TENS.forEach((w, i) => NUMBER_VALUES.set(w, (i + 2) * 10));
ORD_UNITS.forEach((w, i) => NUMBER_VALUES.set(w, i + 1));
ORD_TEENS.forEach((w, i) => NUMBER_VALUES.set(w, i + 10));
ORD_TENS.forEach((w, i) => NUMBER_VALUES.set(w, (i + 2) * 10));
NUMBER_VALUES.set('hundred', 100).set('hundredth', 100);

const HY = '[-\\u2010\\u2011 ]';
const alt = (a: string[]): string => a.join('|');
/**
 * One token: digits (with an ordinal suffix) or a number written in words. Every alternative is a
 * bounded literal; the lookbehind keeps decimals, money, ranges and "COVID-19" out.
 */
const TOKEN = latinRegExp(
  `(?<![\\p{L}\\p{N}_.,$€£#/:+'’\\u2010-\\u2014-])(?:` +
    `(\\d{1,4})(st|nd|rd|th)?(?![\\p{N}]|[.,]\\d)` +
    `|((?:${alt(TENS)})${HY}(?:${alt(ORD_UNITS)})|${alt(ORD_TENS)}|${alt(ORD_TEENS)}|${alt(ORD_UNITS)}|(?:one${HY})?hundredth)(?![\\p{L}\\p{N}])` +
    `|((?:${alt(TENS)})(?:${HY}(?:${alt(UNITS)}))?|${alt(TEENS)}|${alt(UNITS)}|(?:one${HY})?hundred)(?![\\p{L}\\p{N}])` +
    `)`,
  'giu',
);
/** Cheap test before any real work: a digit or the stem of a number word. */
const PREFILTER = /\d|one|two|thre|four|five|six|seven|eight|nine|ten|eleven|twel|twent|thirt|fort|fift|hundred|first|second|third|ninth|genarian/i;

// Suffixes tried at the end of a cardinal token (sticky).
const SEP = '[ \\u00a0\\u2010\\u2011-]';
const OLD = latinRegExp(`(${SEP}?)(years?|yrs?\\.?|months?|mos?\\.?|weeks?|wks?\\.?|days?)(${SEP})(olds?)(?![\\p{L}\\p{N}])`, 'iuy');
const OF_AGE = latinRegExp(String.raw`[ \u00a0]{1,2}(years?|yrs?\.?|months?|weeks?)[ \u00a0]{1,2}of[ \u00a0]{1,2}age(?![\p{L}\p{N}])`, 'iuy');
const YO = latinRegExp(String.raw`[ \u00a0\u2010\u2011-]?(?:y\/o|y\.o\.?|yo)(?![\p{L}\p{N}/])`, 'iuy');
const BIRTHDAY = latinRegExp(String.raw`[ \u00a0]{1,3}birthday(?![\p{L}])`, 'iuy');
/** "aged 6 months", "at age 67 years": a unit after the number of a prefix form. */
const UNIT_AFTER = latinRegExp(String.raw`[ \u00a0]{1,2}(years?|months?|weeks?|days?)(?![\p{L}\p{N}])`, 'iuy');
/** After the age: a bound or a range makes it a population ("65 and older", "50 to 75"). */
const POPULATION_AFTER = latinRegExp(
  `[ \\u00a0]*(?:\\+|(?:and|or)[ \\u00a0]{1,3}(?:older|over|above|up|upwards?|younger|under|below|more|less|beyond)(?![\\p{L}])` +
    `|(?:-|–|—|to|through|thru|or)[ \\u00a0]*(?:\\d|(?:${alt(TENS)}|${alt(TEENS)}|${alt(UNITS)})(?![\\p{L}])))`,
  'iuy',
);
const DECADE_OVER_89 = latinRegExp(String.raw`(?<![\p{L}\p{N}_])in[ \u00a0]{1,3}(his|her|their)[ \u00a0]{1,3}(?:(?:early|mid|late)[-\u2010\u2011 \u00a0]{1,2})?(?:(?:90|100)['’]?s|nineties)(?![\p{L}\p{N}])`, 'giu');
const TERM_OVER_89 = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:super)?(nonagenarian|centenarian)(s?)(?![\p{L}\p{N}])`, 'giu');

/** Abbreviations whose period does not end a sentence ("Mr. K, 88, …"). */
const ABBREVIATION = latinRegExp(String.raw`(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|approx|[A-Z])$`, 'u');

const MAX_GAP = 6;
const MAX_WORD = 40;
const MAX_SENTENCE = 300;
const MAX_AGE = 120;

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

const WORD_CHAR = latinRegExp(String.raw`[\p{L}\p{N}'’\u2010\u2011-]`, 'u');

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  return WORD_CHAR.test(ch);
}

function lowerWord(s: string): string {
  return s.toLowerCase().replace(/’/g, "'");
}

/** Up to n words before pos, nearest first, separated only by whitespace (punctuation stops). */
function wordsBefore(text: string, pos: number, n: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  for (let k = 0; k < n; k++) {
    let j = i;
    while (j > 0 && i - j < MAX_GAP && isSpace(text[j - 1])) j--;
    if (k > 0 && j === i) break;
    const end = j;
    let st = end;
    while (st > 0 && end - st < MAX_WORD && isWordChar(text[st - 1])) st--;
    if (st === end || (st > 0 && isWordChar(text[st - 1]))) break;
    // A trailing hyphen or apostrophe stays ("5- to 7-year-old"); leading ones do not.
    while (st < end && /['’\u2010\u2011-]/.test(text[st])) st++;
    if (st === end) break;
    const w = text.slice(st, end);
    out.push({ start: st, end, text: w, lower: lowerWord(w) });
    i = st;
  }
  return out;
}

/** Up to n words after pos, separated only by whitespace (punctuation stops). */
function wordsAfter(text: string, pos: number, n: number): Word[] {
  const out: Word[] = [];
  let i = pos;
  for (let k = 0; k < n; k++) {
    let j = i;
    while (j < text.length && j - i < MAX_GAP && isSpace(text[j])) j++;
    if (j === i) break;
    const start = j;
    let en = start;
    while (en < text.length && en - start < MAX_WORD && isWordChar(text[en])) en++;
    if (en === start || (en < text.length && isWordChar(text[en]))) break;
    while (en > start && /['’\u2010\u2011-]/.test(text[en - 1]) && !/['’]s$/i.test(text.slice(start, en))) en--;
    if (en === start) break;
    const w = text.slice(start, en);
    out.push({ start, end: en, text: w, lower: lowerWord(w) });
    i = en;
  }
  return out;
}

function spelledValue(s: string): number {
  let total = 0;
  for (const part of s.toLowerCase().split(/[-\u2010\u2011 ]+/)) {
    const v = NUMBER_VALUES.get(part);
    if (v === undefined) continue;
    total = v === 100 ? 100 : total + v;
  }
  return total;
}

function isNumeric(w: Word | undefined): boolean {
  if (!w) return false;
  if (/\d/.test(w.lower)) return true;
  return w.lower.split(/[-\u2010\u2011]/).some((p) => NUMBER_VALUES.has(p));
}

/** True for "men", "patients", "those", "participants": a group, not one person. */
function isPluralPerson(lower: string): boolean {
  const w = lower.replace(/['’]$/, '');
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.endsWith('men') && PERSON_NOUNS.has(w.slice(0, -3) + 'man')) return true;
  if (w.endsWith('ies') && PERSON_NOUNS.has(w.slice(0, -3) + 'y')) return true;
  if (w.endsWith('ves') && PERSON_NOUNS.has(w.slice(0, -3) + 'fe')) return true;
  if (w.endsWith('es') && PERSON_NOUNS.has(w.slice(0, -2))) return true;
  if (w.endsWith('s') && !w.endsWith('ss')) {
    const stem = w.slice(0, -1);
    if (PERSON_NOUNS.has(stem) || (hasPersonSuffix(stem) && !NON_PERSON.has(stem))) return true;
  }
  return false;
}

function hasPersonSuffix(w: string): boolean {
  return w.length >= 5 && /(?:er|or|ist|ian|ant|ee)$/.test(w) && !NON_PERSON.has(w);
}

function isPersonNoun(lower: string): boolean {
  return PERSON_NOUNS.has(stripPossessive(lower));
}

function stripPossessive(lower: string): string {
  return lower.replace(/['’]s$/, '');
}

function genderOf(lower: string | undefined): Pronoun | null {
  if (!lower) return null;
  const w = stripPossessive(lower);
  if (MALE_NOUNS.has(w)) return 'his';
  if (FEMALE_NOUNS.has(w)) return 'her';
  return null;
}

function isName(w: Word): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) && !NOT_NAMES.has(w.lower) && !NON_PERSON.has(w.lower) && !MONTHS.has(w.lower);
}

/** Age in whole years for a number of units; null when out of range. */
function toYears(value: number, unit: string): number | null {
  const u = unit.toLowerCase();
  if (u.startsWith('y')) return value >= 0 && value <= MAX_AGE ? value : null;
  if (u.startsWith('m')) return value <= 60 ? Math.floor(value / 12) : null;
  if (u.startsWith('w')) return value <= 156 ? Math.floor(value / 52) : null;
  if (u.startsWith('d')) return value <= 730 ? Math.floor(value / 365) : null;
  return null;
}

interface Ranges {
  starts: number[];
  ends: number[];
}

interface BlockIndex {
  sentenceEnds: number[];
  second: Ranges;
  generic: Ranges;
  noun: Ranges;
  person: Ranges;
}

/** All matches of a global regex, as sorted start/end arrays. */
function matchRanges(re: RegExp, text: string): Ranges {
  const out: Ranges = { starts: [], ends: [] };
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  }
  return out;
}

interface Cues {
  pos: number[];
  pronoun: Pronoun[];
}

/** The cue nearest to [start, end) among those in [lo, hi), outside the span itself. */
function nearestCue(cues: Cues, start: number, end: number, lo: number, hi: number): Pronoun | null {
  const a = firstAtOrAfter(cues.pos, end);
  const b = firstAtOrAfter(cues.pos, start) - 1;
  const after = a < cues.pos.length && cues.pos[a] < hi ? a : -1;
  const before = b >= 0 && cues.pos[b] >= lo ? b : -1;
  if (after >= 0 && before >= 0) return start - cues.pos[before] <= cues.pos[after] - end ? cues.pronoun[before] : cues.pronoun[after];
  if (after >= 0) return cues.pronoun[after];
  if (before >= 0) return cues.pronoun[before];
  return null;
}

// ---------------------------------------------------------------------------------------------

class Scanner {
  readonly spans: AgeSpan[] = [];
  private cues: { all: Cues; pronouns: Cues } | null = null;
  private personInBlock: boolean | null = null;
  private questionBlock: boolean | null = null;
  private health: Ranges | null = null;
  private idx: BlockIndex | null = null;

  constructor(
    private readonly text: string,
    private readonly options: ScanOptions,
  ) {}

  run(): AgeSpan[] {
    const text = this.text;
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      if (m[1] !== undefined) {
        const digits = m[1];
        if (digits.length > 1 && digits[0] === '0') continue;
        if (m[2]) this.ordinal(s, e, Number(digits), false);
        else if (digits.length === 4) this.birthYear(s, e, Number(digits));
        else this.cardinal(s, e, Number(digits), false);
      } else if (m[3] !== undefined) {
        this.ordinal(s, e, spelledValue(m[3]), true);
      } else if (m[4] !== undefined) {
        this.cardinal(s, e, spelledValue(m[4]), true, m[4].toLowerCase() === 'one');
      }
    }
    this.decades();
    this.terms();
    this.spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: AgeSpan[] = [];
    for (const sp of this.spans) {
      if (out.length > 0 && sp.start < out[out.length - 1].end) continue;
      out.push(sp);
    }
    return out;
  }

  // --- token kinds -----------------------------------------------------------------------------

  private ordinal(s: number, e: number, value: number, spelled: boolean): void {
    if (value < 1 || value > MAX_AGE) return;
    BIRTHDAY.lastIndex = e;
    if (!BIRTHDAY.exec(this.text)) return;
    const before = wordsBefore(this.text, s, 1)[0];
    if (!before) return;
    let pronoun: Pronoun | null = null;
    if (before.lower === 'his' || before.lower === 'her' || before.lower === 'their') pronoun = before.lower;
    else if (/'s$/.test(before.lower)) {
      const stem = stripPossessive(before.lower);
      if (NON_PERSON.has(stem) || stem === 'it' || isPluralPerson(stem)) return;
    } else return;
    this.push({ start: s, end: e, age: value, shape: 'ordinal', numStart: s, numEnd: e, spelled, pronoun: pronoun ?? undefined, hint: before.lower });
  }

  private birthYear(s: number, e: number, year: number): void {
    const ref = this.options.referenceYear;
    if (ref === undefined || year < 1850 || year > ref) return;
    const text = this.text;
    let end = e;
    let decade = false;
    if (/^s(?![\p{L}\p{N}])/u.test(text.slice(e, e + 2))) {
      decade = true;
      end = e + 1;
    } else if (/^['’]s(?![\p{L}\p{N}])/u.test(text.slice(e, e + 3))) {
      decade = true;
      end = e + 2;
    } else if (/^[\p{L}]/u.test(text[e] ?? '')) return;
    if (decade && year % 10 !== 0) return;
    const pre = wordsBefore(text, s, 5);
    let i = 0;
    if (decade) {
      if (pre[i] && /^(?:early|mid|late)$/.test(pre[i].lower)) i++;
      if (pre[i]?.lower !== 'the') return;
      i++;
    } else if (pre[i] && MONTHS.has(pre[i].lower)) i++;
    if (pre[i]?.lower === 'in') i++;
    if (pre[i]?.lower !== 'born') return;
    const born = pre[i];
    const prev = pre[i + 1]?.lower;
    // "people born in 1930 to 1940": a cohort.
    if (this.populationAfter(end) || (prev !== undefined && isPluralPerson(prev)) || this.isGeneric(born.start, end)) return;
    const lead = prev !== undefined && /^(?:was|were|is|are|been)$/.test(prev) ? 'copula' : prev !== undefined ? 'other' : undefined;
    this.push({ start: born.start, end, age: ref - year, shape: 'birthYear', numStart: s, numEnd: end, spelled: false, lead });
  }

  private cardinal(s: number, e: number, value: number, spelled: boolean, isOne = false): void {
    if (value > MAX_AGE) return;
    const text = this.text;
    OLD.lastIndex = e;
    let x = OLD.exec(text);
    if (x) {
      if (/s$/i.test(x[4])) return; // "67-year-olds": a group
      const age = toYears(value, x[2]);
      if (age === null) return;
      const spacedPlural = (x[1] === '' || /\s/.test(x[1])) && /s\.?$/i.test(x[2]) && /\s/.test(x[3]);
      this.yearOld(s, e, e + x[0].length, age, spelled, spacedPlural);
      return;
    }
    YO.lastIndex = e;
    x = YO.exec(text);
    if (x) {
      this.yearOld(s, e, e + x[0].length, value, spelled, false);
      return;
    }
    OF_AGE.lastIndex = e;
    x = OF_AGE.exec(text);
    if (x) {
      const age = toYears(value, x[1]);
      if (age !== null) this.predicate(s, e, e + x[0].length, age, spelled);
      return;
    }
    this.prefixForms(s, e, value, spelled, isOne);
  }

  /** "67-year-old", "67 years old", "67 yo". */
  private yearOld(s: number, e: number, end: number, age: number, spelled: boolean, spacedPlural: boolean): void {
    const text = this.text;
    const pre = wordsBefore(text, s, 5);
    if (this.isRange(pre) || (pre[0] && BOUND_BEFORE.has(pre[0].lower))) return;
    // Determiner search: up to three adjectives or adverbs back.
    let det: Word | undefined;
    let detIndex = -1;
    for (let i = 0; i < pre.length && i < 4; i++) {
      const w = pre[i].lower;
      if (GENERIC_DETERMINERS.has(w)) return;
      if (DETERMINERS.has(w)) {
        det = pre[i];
        detIndex = i;
        break;
      }
      if (DETERMINER_STOP.has(w) || COPULAS.has(w) || TURN_VERBS.has(w) || APPROX.has(w) || isNumeric(pre[i])) break;
    }
    if (!det) {
      const lead = this.leadWord(pre);
      if (lead && (COPULAS.has(lead.lower) || TURN_VERBS.has(lead.lower) || lead.lower === 'at' || lead.lower === 'aged' || lead.lower === 'age' || APPROX.has(lead.lower))) {
        this.predicate(s, e, end, age, spelled);
        return;
      }
      if (spacedPlural) {
        this.predicate(s, e, end, age, spelled);
        return;
      }
    } else if (pre[detIndex + 1] && HYPOTHETICAL.has(pre[detIndex + 1].lower)) return;
    else if (pre[detIndex + 1] && COPULAS.has(pre[detIndex + 1].lower) && (FIRST_PERSON.has(pre[detIndex + 1].lower) || FIRST_PERSON.has(pre[detIndex + 2]?.lower ?? ''))) {
      // "I'm a 45-year-old runner myself" is the author's aside; "I'm a 45-year-old woman with lupus" is a reader's own age.
      if (!this.selfContext(s, end)) return;
    }
    this.attributive(s, e, end, age, spelled, det, detIndex === 0);
  }

  /** The adjective or noun use of "67-year-old". */
  private attributive(s: number, e: number, end: number, age: number, spelled: boolean, det: Word | undefined, adjacent: boolean): void {
    const text = this.text;
    const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
    let head: TextSpan | undefined;
    let headWord: Word | undefined;
    let headFollowedByOf = false;
    let shape: AgeShape = 'noun';
    if (!possessive) {
      const after = wordsAfter(text, end, 5);
      const run: Word[] = [];
      for (const w of after) {
        const lw = w.lower;
        if (RUN_STOP.has(lw) || /\d/.test(lw)) break;
        if (/ed$/.test(lw) && !ADJECTIVE_ED.has(lw) && !PERSON_NOUNS.has(lw)) break;
        run.push(w);
        if (run.length === 1 && (w.text === 'M' || w.text === 'F')) {
          headWord = w;
          break;
        }
        if (isPersonNoun(lw) || isPluralPerson(stripPossessive(lw))) {
          headWord = w;
          // A compound of person nouns ("Marine veteran", "woman doctor") ends at its last noun.
          for (const more of after.slice(after.indexOf(w) + 1)) {
            const ml = more.lower;
            if (/'s$/.test(headWord.lower) || RUN_STOP.has(ml) || !(isPersonNoun(ml) || hasPersonSuffix(stripPossessive(ml)))) break;
            run.push(more);
            headWord = more;
          }
          break;
        }
        if (/'s$/.test(lw) || run.length >= 4) break;
      }
      // Adverbs cannot end a noun phrase.
      while (!headWord && run.length > 0 && /ly$/.test(run[run.length - 1].lower)) run.pop();
      if (run.length > 0) {
        const last = headWord ?? run[run.length - 1];
        const lw = stripPossessive(last.lower);
        if (isPluralPerson(lw) && !PERSON_NOUNS.has(lw)) return; // "67-year-old men": a group
        if (headWord || hasPersonSuffix(lw)) {
          headWord = last;
          head = { start: run[0].start, end: last.end, text: text.slice(run[0].start, last.end) };
          shape = 'adjective';
          const next = wordsAfter(text, last.end, 1)[0];
          headFollowedByOf = next?.lower === 'of';
        } else if (NON_PERSON.has(lw)) return;
        else if (run.length === 1 && /s$/.test(lw) && !/ss$/.test(lw)) {
          shape = 'noun'; // "a 67-year-old swims daily": a verb after the noun use
        } else {
          if (!this.blockHasPerson()) return; // an unknown thing ("a 15-year-old sedan")
          shape = 'adjective'; // an unknown head: fixes rewrite the age in place only
        }
      }
    }
    // "my 10-year-old" is the author's child unless the sentence is about health ("my 6-year-old son has a fever").
    if (det && (det.lower === 'my' || det.lower === 'our') && !(headWord && /^(?:patient|client)$/.test(stripPossessive(headWord.lower))) && !this.selfContext(s, end)) return;
    // Generic sentences: "If you are a 50-year-old …", "Guidelines recommend … a 45-year-old".
    const [ss, se] = this.sentence(s, end);
    const beforeEnd = det ? det.start : s;
    const afterStart = head ? head.end : end;
    if (this.cueIn('second', ss, beforeEnd)) return;
    const generic = this.cueIn('noun', ss, beforeEnd) || this.cueIn('noun', afterStart, se);
    if (generic && !this.cueIn('person', ss, beforeEnd) && !this.cueIn('person', afterStart, se)) return;
    this.push({
      start: s,
      end,
      age,
      shape,
      numStart: s,
      numEnd: e,
      spelled,
      determiner: det ? { start: det.start, end: det.end, text: det.text } : undefined,
      determinerAdjacent: det ? adjacent : undefined,
      head,
      headFollowedByOf: head ? headFollowedByOf : undefined,
      possessive: possessive || (headWord ? /['’]s$/.test(headWord.text) : false) || undefined,
      hint: headWord?.text === 'M' ? 'man' : headWord?.text === 'F' ? 'woman' : (head ? this.genderedWord(text, head) : undefined) ?? headWord?.lower,
    });
  }

  /** "67 years old", "67 years of age" (also "aged 67 years old", "at 67 years old"). */
  private predicate(s: number, e: number, end: number, age: number, spelled: boolean): void {
    const text = this.text;
    const pre = wordsBefore(text, s, 5);
    if (this.isRange(pre)) return;
    let start = s;
    let i = 0;
    if (pre[0] && APPROX.has(pre[0].lower)) {
      if (APPROX_LOWER.has(pre[0].lower)) age = Math.max(0, age - 1);
      start = pre[0].start;
      i = 1;
    }
    while (i < pre.length && i < 3 && ADVERBS.has(pre[i].lower)) i++;
    const w = pre[i];
    let lead: AgeSpan['lead'] = 'other';
    let shape: AgeShape = 'predicate';
    let hint: string | undefined;
    let pronoun: Pronoun | undefined;
    if (w) {
      if (POPULATION_BEFORE.has(w.lower) || isPluralPerson(w.lower)) return;
      if (COPULAS.has(w.lower)) {
        // The author's own age ("I was 29 years old") is not a patient's; a reader's is ("I'm 63 years old and my knee swells").
        if (FIRST_PERSON.has(w.lower) || FIRST_PERSON.has(pre[i + 1]?.lower ?? '')) {
          if (!SELF_SUBJECTS.has(w.lower) && !SELF_SUBJECTS.has(pre[i + 1]?.lower ?? '')) return;
          // Chart shorthand ("i'm 31 y/o") is a self-introduction, never a literary aside.
          if (!this.selfContext(s, end) && !/^[ \u00a0\u2010\u2011-]?(?:y\/o|y\.o|yo)/i.test(text.slice(e, end))) return;
          pronoun = 'my';
        }
        lead = 'copula';
      }
      else if (TURN_VERBS.has(w.lower)) {
        if (pre[i + 1] && isPluralPerson(pre[i + 1].lower)) return;
        lead = 'turn';
      } else if (w.lower === 'at' && start === s) {
        lead = 'at';
        start = w.start;
      } else if ((w.lower === 'aged' || w.lower === 'age') && start === s) {
        if (pre[i + 1] && (isPluralPerson(pre[i + 1].lower) || AGE_BLOCKERS.has(pre[i + 1].lower))) return;
        if (w.lower === 'age' && pre[i + 1]?.lower === 'at') {
          shape = 'atAge';
          lead = 'at';
          start = pre[i + 1].start;
        } else {
          shape = w.lower === 'aged' ? 'aged' : 'age';
          start = w.start;
          hint = pre[i + 1]?.lower;
        }
      } else if (isPersonNoun(w.lower) || isName(w)) {
        lead = 'noun';
        hint = w.lower;
      }
    }
    if (this.populationAfter(end) || this.isGeneric(start, end)) return;
    this.push({ start, end, age, shape, numStart: s, numEnd: e, spelled, lead, hint, pronoun });
  }

  /** Forms that are recognised by the words before a bare number. */
  private prefixForms(s: number, e: number, value: number, spelled: boolean, isOne: boolean): void {
    const text = this.text;
    // Most numbers are not ages: read one word first, more only when it can start a form.
    const first = wordsBefore(text, s, 1)[0]?.lower;
    if (first === 'at') {
      if (!isOne) this.atBare(s, e, value, spelled);
      return;
    }
    const promising = first !== undefined && (first === 'aged' || first === 'age' || first === 'of' || TURN_VERBS.has(first) || COPULAS.has(first) || ADVERBS.has(first) || APPROX.has(first));
    if (!promising) {
      if (value >= 1 && !isOne) this.appositive(s, e, value, spelled);
      return;
    }
    const pre = wordsBefore(text, s, 5);
    const w0 = pre[0]?.lower;
    if (w0 === 'aged' || w0 === 'age') {
      this.agePrefix(s, e, value, spelled, pre);
      return;
    }
    if (w0 === 'of' && pre[1]?.lower === 'age' && pre[2]?.lower === 'the') {
      this.ageOf(s, e, value, spelled, pre);
      return;
    }
    // "a man of 45" (not "a mother of 14": the children she has).
    if (w0 === 'of' && pre[1] && isPersonNoun(pre[1].lower) && !/['’]s$/.test(pre[1].lower) && !/(?:mother|father|mom|dad|parent|grandmother|grandfather|grandparent)$/.test(pre[1].lower) && value >= 13) {
      // "a man of 45": the age after a singular person noun.
      if (!this.plausibleBareAge(e) || this.populationAfter(e) || this.isGeneric(pre[0].start, e)) return;
      const det = pre[2]?.lower;
      if (det !== undefined && (GENERIC_DETERMINERS.has(det) || HYPOTHETICAL.has(det))) return;
      this.push({ start: pre[0].start, end: e, age: value, shape: 'predicate', numStart: s, numEnd: e, spelled, lead: 'noun', hint: pre[1].lower });
      return;
    }
    if (value < 1 || isOne) return;
    if (w0 !== undefined && TURN_VERBS.has(w0)) {
      if (!this.plausibleBareAge(e) || this.populationAfter(e)) return;
      if (pre[1] && (isPluralPerson(pre[1].lower) || /^(?:you|you're|your)$/.test(pre[1].lower))) return;
      if (this.isGeneric(pre[0].start, e)) return;
      this.push({ start: pre[0].start, end: e, age: value, shape: 'turned', numStart: s, numEnd: e, spelled, lead: 'turn', pronoun: pre[1]?.lower === 'i' ? 'my' : undefined });
      return;
    }
    this.copula(s, e, value, spelled, pre);
    this.appositive(s, e, value, spelled);
  }

  /** "aged 67", "age 67", "at age 67", "since age 15". */
  private agePrefix(s: number, e: number, value: number, spelled: boolean, pre: Word[]): void {
    const text = this.text;
    let end = e;
    let age: number | null = value;
    UNIT_AFTER.lastIndex = e;
    const u = UNIT_AFTER.exec(text);
    if (u) {
      age = toYears(value, u[1]);
      end = e + u[0].length;
    }
    if (age === null) return;
    const w1 = pre[1];
    let shape: AgeShape;
    let start = pre[0].start;
    let lead: AgeSpan['lead'];
    if (pre[0].lower === 'aged') {
      if (w1 && (isPluralPerson(w1.lower) || POPULATION_BEFORE.has(w1.lower))) return;
      shape = 'aged';
      lead = w1 && (isPersonNoun(w1.lower) || isName(w1)) ? 'noun' : 'other';
    } else {
      if (w1?.lower === 'at' || w1?.lower === 'since') {
        shape = 'atAge';
        lead = w1.lower;
        start = w1.start;
      } else {
        if (w1 && (AGE_BLOCKERS.has(w1.lower) || isPluralPerson(w1.lower))) return;
        shape = 'age';
        lead = 'other';
      }
    }
    if (this.populationAfter(end) || this.isGeneric(start, end)) return;
    this.push({ start, end, age, shape, numStart: s, numEnd: e, spelled, lead, hint: w1?.lower });
  }

  /** "at the age of 67", "reached the age of 67". */
  private ageOf(s: number, e: number, value: number, spelled: boolean, pre: Word[]): void {
    const w3 = pre[3];
    let start = pre[2].start;
    let shape: AgeShape = 'ageOf';
    let lead: AgeSpan['lead'] = 'other';
    if (w3?.lower === 'at') {
      shape = 'atAge';
      lead = 'at';
      start = w3.start;
    } else if (w3 && POPULATION_BEFORE.has(w3.lower)) return;
    let end = e;
    let age: number | null = value;
    UNIT_AFTER.lastIndex = e;
    const u = UNIT_AFTER.exec(this.text);
    if (u) {
      age = toYears(value, u[1]);
      end = e + u[0].length;
    }
    if (age === null) return;
    if (this.populationAfter(end) || this.isGeneric(start, end)) return;
    this.push({ start, end, age, shape, numStart: s, numEnd: e, spelled, lead });
  }

  /** "she is 67", "he was 67 when …". */
  private copula(s: number, e: number, value: number, spelled: boolean, pre: Word[]): void {
    let start = s;
    let age = value;
    let i = 0;
    if (pre[0] && APPROX.has(pre[0].lower)) {
      if (APPROX_LOWER.has(pre[0].lower)) age = value - 1;
      start = pre[0].start;
      i = 1;
    }
    while (i < pre.length && i < 3 && ADVERBS.has(pre[i].lower)) i++;
    const w = pre[i]?.lower;
    if (w === undefined) return;
    const next = pre[i + 1];
    let pronoun: Pronoun | undefined;
    let hint: string | undefined;
    if (w === "he's" || w === "she's") pronoun = w === "he's" ? 'his' : 'her';
    else if ((w === 'is' || w === 'was') && (next?.lower === 'he' || next?.lower === 'she')) pronoun = next.lower === 'he' ? 'his' : 'her';
    else if (w === "i'm" || ((w === 'am' || w === 'was') && next?.lower === 'i')) {
      // A reader's own age ("I'm 41 and take levothyroxine"), not the author's ("I was 29 and a resident").
      if (!this.selfContext(s, e)) return;
      pronoun = 'my';
    } else if ((w === 'is' || w === 'was') && next) {
      // "My husband is 58 and snores", "Mr. Lee was 67", "my daughter, who is 14, …".
      let subj: Word | undefined = next;
      if (next.lower === 'who') {
        let p = next.start;
        while (p > 0 && next.start - p < MAX_GAP && isSpace(this.text[p - 1])) p--;
        if (this.text[p - 1] === ',') p--;
        subj = wordsBefore(this.text, p, 1)[0];
      }
      if (!subj || !((isPersonNoun(subj.lower) && !/['’]s$/.test(subj.lower)) || isName(subj))) return;
      const det = wordsBefore(this.text, subj.start, 1)[0]?.lower;
      if (det !== undefined && GENERIC_DETERMINERS.has(det)) return;
      if (det === 'my' || det === 'our') {
        // The author's family ("my son is 9") counts when the sentence is about health.
        if (!this.selfContext(s, e)) return;
      }
      hint = subj.lower;
    } else return;
    if (!this.plausibleBareAge(e) || this.populationAfter(e)) return;
    if (hint !== undefined && this.isGeneric(s, e)) return;
    this.push({ start, end: e, age, shape: 'copula', numStart: s, numEnd: e, spelled, lead: 'copula', pronoun, hint });
  }

  /**
   * A bare age after "at": introducing a clause ("At 44 I was diagnosed", "at 44, she …") or after a
   * life event ("diagnosed at 44", "retired at 62."). Clock times ("at 3", "at 10 mg", "at 50 mph",
   * "at 44 weeks") are kept out by the range (13 and over) and by the word that follows.
   */
  private atBare(s: number, e: number, value: number, spelled: boolean): void {
    const text = this.text;
    // "At 17 months, he still wasn't walking": a unit makes small numbers ages too (weeks stay gestational).
    UNIT_AFTER.lastIndex = e;
    const u = UNIT_AFTER.exec(text);
    const unit = u && /^(?:months?|years?)$/i.test(u[1]) ? u : null;
    const age = unit ? toYears(value, unit[1]) : value;
    if (age === null || (unit ? value < 1 : value < 13) || age > 110) return;
    const numEnd = e;
    if (unit) e += unit[0].length;
    const c = text[e];
    if (c !== undefined && !isSpace(c) && c !== ',' && c !== '.' && c !== ';' && c !== ')' && c !== '—' && c !== '–') return;
    const pre = wordsBefore(text, s, 6);
    const at = pre[0];
    if (!at || at.lower !== 'at') return;
    let q = e;
    while (q < text.length && q - e < MAX_GAP && isSpace(text[q])) q++;
    const comma = text[q] === ',';
    const after = wordsAfter(text, comma ? q + 1 : e, 1)[0];
    let pronoun: Pronoun | undefined = after ? AT_SUBJECTS.get(after.lower) : undefined;
    if (after && (after.lower === 'my' || after.lower === 'his' || after.lower === 'her')) {
      // "At 44 my sister was diagnosed": the age is the sister's.
      const noun = wordsAfter(text, after.end, 1)[0];
      if (noun && isPersonNoun(noun.lower)) pronoun = genderOf(noun.lower) ?? 'their';
    }
    let self = pronoun === 'my';
    const verb = pre[1];
    if (pronoun === undefined || (!comma && after && after.start - e > 2)) {
      pronoun = undefined;
      // "diagnosed at 44", "She retired at 62 and …": a life-event word right before "at".
      if (!verb || !AT_VERBS.has(verb.lower) || !this.plausibleBareAge(e)) return;
      // "Patients who retired at 65", "you quit at 50": a group or the reader.
      const subj = pre[2]?.lower === 'who' ? pre[3] : pre[2];
      if (subj && (isPluralPerson(subj.lower) || /^(?:you|we|they)$/.test(subj.lower))) return;
      self = pre.slice(2, 5).some((w) => SELF_SUBJECTS.has(w.lower));
      if (self) pronoun = 'my';
    } else if (verb && (isPluralPerson(verb.lower) || POPULATION_BEFORE.has(verb.lower))) return;
    if (self && !this.selfContext(s, e)) return;
    if (this.populationAfter(e) || this.isGeneric(at.start, e)) return;
    this.push({ start: at.start, end: e, age, shape: 'atAge', numStart: s, numEnd, spelled, lead: 'at', pronoun });
  }

  /** "Maria, 67, …", "Mr. K (67) …". */
  private appositive(s: number, e: number, value: number, spelled: boolean): void {
    if (value > 110) return;
    const text = this.text;
    let p = s;
    while (p > 0 && s - p < 2 && text[p - 1] === ' ') p--;
    const open = text[p - 1];
    if (open !== ',' && open !== '(') return;
    let q = e;
    while (q < text.length && q - e < 2 && text[q] === ' ') q++;
    const close = text[q];
    if (open === '(' ? close !== ')' : close !== ',') return;
    const w = wordsBefore(text, p - 1, 1)[0];
    if (!w) return;
    const person = (isPersonNoun(w.lower) && !DETERMINERS.has(w.lower)) || isName(w);
    if (!person) return;
    if (this.isGeneric(w.start, q)) return;
    this.push({ start: s, end: e, age: value, shape: 'appositive', numStart: s, numEnd: e, spelled, hint: w.lower });
  }

  /** "in her 90s", "in his late nineties". */
  private decades(): void {
    DECADE_OVER_89.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DECADE_OVER_89.exec(this.text))) {
      const s = m.index;
      const e = s + m[0].length;
      const before = wordsBefore(this.text, s, 1)[0];
      if (before && (isPluralPerson(before.lower) || POPULATION_BEFORE.has(before.lower))) continue;
      if (this.isGeneric(s, e)) continue;
      const numAt = m[0].search(/\d|nineties/i);
      const lead = before && (COPULAS.has(before.lower) || ADVERBS.has(before.lower)) ? 'copula' : 'other';
      this.push({ start: s, end: e, age: /100/.test(m[0]) ? 100 : 90, shape: 'decade', numStart: s + numAt, numEnd: e, spelled: !/\d/.test(m[0]), lead, pronoun: m[1].toLowerCase() as Pronoun });
    }
  }

  /** "a nonagenarian", "the centenarian". */
  private terms(): void {
    TERM_OVER_89.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TERM_OVER_89.exec(this.text))) {
      if (m[2]) continue; // plural: a group
      const s = m.index;
      const e = s + m[0].length;
      if (this.isGeneric(s, e)) continue;
      const det = wordsBefore(this.text, s, 1)[0];
      this.push({
        start: s,
        end: e,
        age: /^non/i.test(m[1]) ? 90 : 100,
        shape: 'term',
        numStart: s,
        numEnd: e,
        spelled: true,
        determiner: det && DETERMINERS.has(det.lower) ? { start: det.start, end: det.end, text: det.text } : undefined,
        determinerAdjacent: det && DETERMINERS.has(det.lower) ? true : undefined,
      });
    }
  }

  // --- context ---------------------------------------------------------------------------------

  /** The word before the number, after skipping adverbs. */
  private leadWord(pre: Word[]): Word | undefined {
    let i = 0;
    while (i < pre.length && i < 3 && ADVERBS.has(pre[i].lower)) i++;
    return pre[i];
  }

  /** "5- to 7-year-old", "between 50 and 75 years old". */
  private isRange(pre: Word[]): boolean {
    return !!pre[0] && RANGE_JOIN.has(pre[0].lower) && isNumeric(pre[1]);
  }

  private populationAfter(end: number): boolean {
    POPULATION_AFTER.lastIndex = end;
    return POPULATION_AFTER.test(this.text);
  }

  /** A bare number after "turned"/"she is" must not carry a unit ("she was 5 feet tall"). */
  private plausibleBareAge(e: number): boolean {
    const text = this.text;
    const c = text[e];
    if (c === '%' || c === '°') return false;
    const next = wordsAfter(text, e, 1)[0];
    if (next) return AFTER_NUMBER_OK.has(next.lower);
    let q = e;
    while (q < text.length && q - e < MAX_GAP && isSpace(text[q])) q++;
    return q >= text.length || /[.,;:!?)\]"”'’—–\uFFFC]/.test(text[q]);
  }

  /** Sentence bounds around [s, e), at most MAX_SENTENCE characters each way. */
  private sentence(s: number, e: number): [number, number] {
    const ends = this.index().sentenceEnds;
    const k = firstAtOrAfter(ends, s);
    const a = k > 0 ? ends[k - 1] + 1 : 0;
    const j = firstAtOrAfter(ends, e);
    const b = j < ends.length ? ends[j] : this.text.length;
    return [Math.max(a, s - MAX_SENTENCE), Math.min(b, e + MAX_SENTENCE)];
  }

  /** Guideline or population language, second person, and no specific person in the sentence. */
  private isGeneric(s: number, e: number): boolean {
    const [ss, se] = this.sentence(s, e);
    if (this.cueIn('second', ss, s)) return true;
    const generic = this.cueIn('generic', ss, s) || this.cueIn('generic', e, se);
    return generic && !this.cueIn('person', ss, s) && !this.cueIn('person', e, se);
  }

  /** Cue words and sentence ends of the block, found once (linear) and searched by bisection. */
  private index(): BlockIndex {
    if (this.idx === null) {
      const text = this.text;
      const sentenceEnds: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text[i + 1])) && !(c === 46 && ABBREVIATION.test(text.slice(Math.max(0, i - 7), i)))) sentenceEnds.push(i);
      }
      this.idx = {
        sentenceEnds,
        second: matchRanges(SECOND_PERSON, text),
        generic: matchRanges(GENERIC_CUE_SENTENCE, text),
        noun: matchRanges(GENERIC_CUE_NOUN, text),
        person: matchRanges(PERSON_CUE_SENTENCE, text),
      };
    }
    return this.idx;
  }

  /** A cue of the kind lies wholly inside [a, b). */
  private cueIn(kind: 'second' | 'generic' | 'noun' | 'person', a: number, b: number): boolean {
    if (b <= a) return false;
    const r = this.index()[kind];
    const k = firstAtOrAfter(r.starts, a);
    return k < r.starts.length && r.ends[k] <= b;
  }

  /**
   * "At the age of 80, her grandfather …": an introductory age belongs to the subject after the
   * comma, so its first gendered word ("grandfather", not "her") decides the pronoun.
   */
  private subjectAfterComma(start: number, end: number): string | undefined {
    const text = this.text;
    if (!this.sentenceStart(start)) return undefined;
    let q = end;
    while (q < text.length && q - end < MAX_GAP && isSpace(text[q])) q++;
    if (text[q] !== ',') return undefined;
    const next = wordsAfter(text, q + 1, 3);
    if (next[0] && (next[0].lower === 'he' || next[0].lower === 'she')) return next[0].lower === 'he' ? 'man' : 'woman';
    if (next[0] && next[0].lower === 'i') return 'i';
    for (const w of next) {
      if (genderOf(w.lower) !== null && !DETERMINERS.has(w.lower)) return w.lower;
      if (!DETERMINERS.has(w.lower) && !/^[\p{Lu}]/u.test(w.text)) break;
    }
    return undefined;
  }

  /** The first gendered word of a head phrase ("woman doctor" → "woman"). */
  private genderedWord(text: string, head: TextSpan): string | undefined {
    return wordsAfter(text, head.start - 1, 5)
      .filter((w) => w.end <= head.end)
      .map((w) => w.lower)
      .find((w) => genderOf(w) !== null);
  }

  /**
   * A first-person age belongs to a reader or patient when the block is a reader's question ("Q: …")
   * or the sentence is about health; otherwise it is the author's aside.
   */
  private selfContext(s: number, e: number): boolean {
    if (this.questionBlock === null) this.questionBlock = QUESTION_BLOCK.test(this.text);
    if (this.questionBlock) return true;
    if (this.health === null) this.health = matchRanges(SELF_HEALTH, this.text);
    const [ss, se] = this.sentence(s, e);
    const k = firstAtOrAfter(this.health.starts, ss);
    return k < this.health.starts.length && this.health.ends[k] <= se;
  }

  private blockHasPerson(): boolean {
    if (this.personInBlock === null) this.personInBlock = PERSON_PRONOUN.test(this.text);
    return this.personInBlock;
  }

  private sentenceStart(pos: number): boolean {
    const text = this.text;
    let p = pos;
    while (p > 0 && pos - p < MAX_GAP && (isSpace(text[p - 1]) || /["“‘'(\[*_]/.test(text[p - 1]))) p--;
    return p === 0 || /[.!?]/.test(text[p - 1]);
  }

  /**
   * his/her/their: from a hint word (head noun, subject), else the nearest gendered word in the
   * same sentence, else the nearest gendered pronoun in the block (nouns elsewhere in the block
   * more often name someone else: "… her husband"), else "their".
   */
  private pronounFor(start: number, end: number, hint: string | undefined): Pronoun {
    if (hint === 'i') return 'my';
    const g = genderOf(hint);
    if (g) return g;
    if (this.cues === null) {
      this.cues = { all: { pos: [], pronoun: [] }, pronouns: { pos: [], pronoun: [] } };
      CUE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CUE.exec(this.text))) {
        const w = (m[1] ?? m[2]).toLowerCase();
        const pr: Pronoun = MALE_CUES.has(w) ? 'his' : 'her';
        this.cues.all.pos.push(m.index);
        this.cues.all.pronoun.push(pr);
        if (/^(?:he|him|his|himself|she|her|hers|herself|mr|mrs|ms)$/.test(w)) {
          this.cues.pronouns.pos.push(m.index);
          this.cues.pronouns.pronoun.push(pr);
        }
      }
    }
    const [ss, se] = this.sentence(start, end);
    return nearestCue(this.cues.all, start, end, ss, se) ?? nearestCue(this.cues.pronouns, start, end, 0, this.text.length) ?? 'their';
  }

  private push(p: {
    start: number;
    end: number;
    age: number;
    shape: AgeShape;
    numStart: number;
    numEnd: number;
    spelled: boolean;
    lead?: AgeSpan['lead'];
    determiner?: TextSpan;
    determinerAdjacent?: boolean;
    head?: TextSpan;
    headFollowedByOf?: boolean;
    possessive?: boolean;
    pronoun?: Pronoun;
    hint?: string;
  }): void {
    const span: AgeSpan = {
      start: p.start,
      end: p.end,
      age: p.age,
      form: this.text.slice(p.start, p.end),
      shape: p.shape,
      number: { start: p.numStart, end: p.numEnd },
      spelled: p.spelled,
      pronoun: p.pronoun ?? this.pronounFor(p.start, p.end, p.hint !== undefined && genderOf(p.hint) !== null ? p.hint : this.subjectAfterComma(p.start, p.end) ?? p.hint),
      sentenceStart: this.sentenceStart(p.start),
    };
    if (p.lead !== undefined) span.lead = p.lead;
    if (p.determiner) {
      span.determiner = p.determiner;
      span.determinerAdjacent = p.determinerAdjacent === true;
    }
    if (p.head) {
      span.head = p.head;
      span.headFollowedByOf = p.headFollowedByOf === true;
    }
    if (p.possessive) span.possessive = true;
    this.spans.push(span);
  }
}

/**
 * Find the ages of people in a prose block. Returns spans in text order, never overlapping.
 * Population statements ("adults over 65 years old", "ages 18 to 64"), things ("a 10-year-old
 * study"), durations ("for 20 years") and guideline sentences are left out.
 */
export function scanAges(text: string, options: ScanOptions = {}): AgeSpan[] {
  if (!PREFILTER.test(text)) return [];
  // exact-age, age-over-89 and reidentification-risk scan every block with the same reference
  // year: memoize by text (a pure function of text and year). Callers only read the spans.
  return memo.get(text, (t) => new Scanner(t, options).run(), options.referenceYear);
}

const memo = new TextMemo<AgeSpan[]>(16384);

// ---------------------------------------------------------------------------------------------
// Wording helpers shared by the age rules.

export { indefiniteArticle };

/** Word groups by age: the coarse rung of every fix, and the fine rung for children. */
export interface AgeGroup {
  /** Before a noun: "an older man". */
  adjective: string;
  /** Without article: "older adult". */
  noun: string;
  /** After a copula: "an older adult", "middle-aged", "of school age". */
  predicate: string;
  /** After a noun: "a boy of school age" (null when none reads well). */
  postnominal: string | null;
}

const GROUPS: { max: number; group: AgeGroup }[] = [
  { max: 0, group: { adjective: 'infant', noun: 'infant', predicate: 'an infant', postnominal: null } },
  { max: 2, group: { adjective: 'young', noun: 'toddler', predicate: 'a toddler', postnominal: 'of preschool age' } },
  { max: 5, group: { adjective: 'young', noun: 'young child', predicate: 'a young child', postnominal: 'of preschool age' } },
  { max: 12, group: { adjective: 'school-age', noun: 'school-age child', predicate: 'of school age', postnominal: 'of school age' } },
  { max: 17, group: { adjective: 'teenage', noun: 'teenager', predicate: 'a teenager', postnominal: null } },
  { max: 39, group: { adjective: 'young', noun: 'young adult', predicate: 'a young adult', postnominal: null } },
  { max: 64, group: { adjective: 'middle-aged', noun: 'middle-aged adult', predicate: 'middle-aged', postnominal: null } },
  { max: Infinity, group: { adjective: 'older', noun: 'older adult', predicate: 'an older adult', postnominal: null } },
];

/** The age group of an age in years (infant, toddler, young child, school-age child, teenager, young, middle-aged, older adult). */
export function ageGroup(age: number): AgeGroup {
  return (GROUPS.find((g) => age <= g.max) ?? GROUPS[GROUPS.length - 1]).group;
}

/** "60s" for 67, "teens" for 13–19; null under 13 (children get group words instead). */
export function decadeWord(age: number): string | null {
  if (age >= 20) return `${Math.floor(age / 10) * 10}s`;
  if (age >= 13) return 'teens';
  return null;
}

/**
 * Give a replacement the capitalisation of the text it replaces: like the original's first word
 * ("At age 67" → "In her 60s"), or with a capital when a number started the sentence.
 */
export function fitCase(original: string, replacement: string, sentenceStart: boolean): string {
  const first = /^\s*(\S+)/.exec(original)?.[1] ?? '';
  if (/^\p{L}/u.test(first)) return matchCase(first, replacement);
  return sentenceStart && replacement ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** The edit that keeps "a"/"an" agreeing when the word after a directly preceding article changes. */
export function articleEdit(span: AgeSpan, nextWord: string): ProseEdit[] {
  const d = span.determiner;
  if (!d || !span.determinerAdjacent || !/^an?$/i.test(d.text)) return [];
  const art = indefiniteArticle(nextWord);
  if (art === d.text.toLowerCase()) return [];
  return [{ start: d.start, end: d.end, text: matchCase(d.text, art) }];
}

/** The head noun phrase as it should read after a fix: one line, chart "M"/"F" spelled out. */
export function headPhrase(span: AgeSpan): string | null {
  if (!span.head) return null;
  const t = span.head.text.replace(/\s+/g, ' ');
  if (t === 'M') return 'man';
  if (t === 'F') return 'woman';
  return t;
}

/** "man", "woman" or "person" for a noun use of an age ("the 62-year-old" → "the man in his 60s"). */
export function personNoun(span: AgeSpan): string {
  return span.pronoun === 'his' ? 'man' : span.pronoun === 'her' ? 'woman' : 'person';
}
