// Catalog B1–B3: a transparent re-identification score for a paragraph that tells a patient story.
// Quasi-identifier classes (age, sex, place, time, occupation, condition rarity, event, family,
// physical traits, ethnicity/language/religion) are tagged by granularity, the highest weight per
// class is summed, and place + time together add a bonus. A heuristic, not an expert determination.
//
// Linear time: a cheap patient-cue pre-filter, then one pass per lexicon regex (bounded literal
// alternatives) plus the shared age, date and proper-noun scanners.
import type { BlockRule, BlockReport, ProseEdit, ProseFix } from '../rule';
import type { Severity } from '../types';
import lexicon from './data/reid-lexicon.json';
import { exactAgePlan } from './exact-age';
import { scanAges } from '../text/ages';
import { daysBetween, scanDates } from '../text/dates';
import { analyze, entities, sentenceCues, AUTHOR_VOICE } from '../text/proper-nouns';
import { matchCase } from '../text/tidy';
import { latinRegExp } from '../text/letters';
import { eachMatch } from '../text/scan';
import { PhraseSet } from '../text/phrases';
import { dateContext } from '../text/cues';
import { publicRecordAt } from '../text/document-facts';
import { readsAsPatientStory } from '../text/story';

export { readsAsPatientStory };
import { insideSpans, quotedExamples } from '../text/speech';

const NOTE =
  'Expert determination, 45 CFR 164.514(b)(1): health information is de-identified only when the risk that it, alone or combined with other reasonably available information, identifies the person is very small. Harmless-looking details combine (Sweeney 2000: ZIP code, sex and birth date single out most Americans; HHS OCR de-identification guidance, 2012). This score is a heuristic, not a determination; when a story cannot be made unrecognizable, a signed authorization (45 CFR 164.508) is the honest alternative.';

export type ReidClass = 'age' | 'sex' | 'place' | 'time' | 'occupation' | 'condition' | 'event' | 'family' | 'physical' | 'background';

/** Class order: ties in the message and in "strongest detail" follow it. */
const CLASS_ORDER: readonly ReidClass[] = ['age', 'sex', 'place', 'time', 'occupation', 'condition', 'event', 'family', 'physical', 'background'];
const CLASS_NAME: Record<ReidClass, string> = {
  age: 'age',
  sex: 'sex/gender',
  place: 'place',
  time: 'time',
  occupation: 'occupation',
  condition: 'condition',
  event: 'event',
  family: 'family/social',
  physical: 'physical',
  background: 'ethnicity/language/religion',
};

/** One tagged quasi-identifier phrase (prose offsets). */
export interface Detail {
  cls: ReidClass;
  weight: 1 | 2 | 3;
  /** Granularity in words, never the patient's text: "exact age", "town or institution". */
  label: string;
  start: number;
  end: number;
  /** A safe replacement that generalizes this detail, when one can be computed. */
  fix?: ProseEdit[];
}

export interface ReidScore {
  score: number;
  /** Highest-weight detail per class, in class order. */
  winners: Detail[];
  /** Place ≥ 2 and time ≥ 2 both present. */
  bonus: boolean;
  /** Every detail found (for fix decisions). */
  details: Detail[];
}

// ---------------------------------------------------------------------------------------------
// Lexicon regexes (compiled once).

const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';

function phrases(list: readonly string[]): PhraseSet {
  return new PhraseSet(list);
}

const LEX = {
  sexStated: phrases(lexicon.sexStated),
  sexStatus: phrases(lexicon.sexStatus),
  ageGroups: phrases(lexicon.ageGroups),
  placeRegion: phrases(lexicon.placeRegion),
  placeMetro: phrases(lexicon.placeMetro),
  placeFine: phrases(lexicon.placeFine),
  timeYear: phrases(lexicon.timeYear),
  sectors: phrases(lexicon.sectors),
  occupations: phrases(lexicon.occupations),
  uniqueRoles: phrases(lexicon.uniqueRoles),
  rarity: phrases(lexicon.rarityMarkers),
  uncommon: phrases(lexicon.uncommonMarkers),
  common: phrases(lexicon.commonConditions),
  newsworthy: phrases(lexicon.newsworthy),
  unusual: phrases(lexicon.unusualMechanisms),
  routine: phrases(lexicon.routineEvents),
  family: phrases(lexicon.familySocial),
  familyUnusual: phrases(lexicon.familyUnusual),
  communities: phrases(lexicon.namedCommunities),
  extremes: phrases(lexicon.physicalExtremes),
  marks: phrases(lexicon.physicalMarks),
  background: phrases(lexicon.ethnicityLanguageReligion),
};

const NUM_WORD = '(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a[ \\u00a0]few|a[ \\u00a0]dozen|a[ \\u00a0]handful[ \\u00a0]of)';
/** "one of only twelve known cases", "first reported case in the state", "the only case our county has ever seen". */
const SEEN = '(?:seen|identified|diagnosed|treated|recorded|reported|had|encountered|met)';
const RARE_COUNT = latinRegExp(
  `${L}(?:one[ \\u00a0]of[ \\u00a0](?:only[ \\u00a0])?(?:about[ \\u00a0])?${NUM_WORD}[ \\u00a0](?:known[ \\u00a0]|reported[ \\u00a0]|documented[ \\u00a0]|described[ \\u00a0])?(?:cases|patients|people)` +
    `|first[ \\u00a0](?:known[ \\u00a0]|reported[ \\u00a0]|documented[ \\u00a0])?case[ \\u00a0](?:in|of|ever)` +
    `|only[ \\u00a0](?:patient|case|person)[ \\u00a0](?:I|we)[ \\u00a0](?:have|had|['’]ve)[ \\u00a0](?:ever[ \\u00a0])?(?:seen|treated)` +
    // "the only case our county has ever seen", "only the second case our lab had ever identified",
    // "the only patient with it in our practice", "the first one I have ever diagnosed".
    `|(?:only|first|second|third)[ \\u00a0](?:known[ \\u00a0]|reported[ \\u00a0]|such[ \\u00a0])?(?:case|patient|person|one)(?:[ \\u00a0](?:with[ \\u00a0](?:it|this|that)(?:[ \\u00a0]\\p{L}{3,15})?|like[ \\u00a0](?:it|this|that|him|her)|of[ \\u00a0]its[ \\u00a0]kind))?` +
    `[ \\u00a0](?:(?:that|which|who)[ \\u00a0])?(?:(?:in|at)[ \\u00a0](?:our|my|the|this)[ \\u00a0](?:practice|county|state|town|township|hospital|region|lab|clinic|area|valley|country|city|system|career)` +
    `|(?:(?:our|my|this|the)[ \\u00a0](?:practice|county|state|town|hospital|region|lab|clinic|team|unit|department)|I|we)(?:[ \\u00a0](?:has|had|have)|['’]ve|['’]d)[ \\u00a0](?:ever[ \\u00a0])?${SEEN})` +
    // "one in a million", "a condition I had only read about", "I had never seen one before".
    `|one[ \\u00a0-]in[ \\u00a0-]a[ \\u00a0-](?:million|billion)` +
    `|(?:condition|disease|syndrome|disorder|diagnosis|infection|tumou?r)[ \\u00a0](?:that[ \\u00a0])?(?:I|we)(?:[ \\u00a0](?:had|have)|['’]d)?[ \\u00a0]only[ \\u00a0](?:ever[ \\u00a0])?(?:read|heard|learned)[ \\u00a0]about` +
    `|(?:I|we)(?:[ \\u00a0](?:had|have)|['’]d|['’]ve)[ \\u00a0]never[ \\u00a0](?:once[ \\u00a0])?(?:seen|diagnosed|treated|encountered)[ \\u00a0](?:one|a[ \\u00a0]case|it|this|that)(?:[ \\u00a0](?:before|in[ \\u00a0](?:person|real[ \\u00a0]life|practice)))?` +
    `|(?:fewer|less)[ \\u00a0]than[ \\u00a0](?:\\d[\\d,]{0,6}|a[ \\u00a0](?:hundred|thousand|dozen)|one[ \\u00a0]hundred)[ \\u00a0](?:people|patients|cases)(?:[ \\u00a0](?:worldwide|in[ \\u00a0]the[ \\u00a0](?:world|country|literature)|ever))?)${R}`,
  'giu',
);
/** "a town of 900 people", "population 1,200". */
const TOWN_SIZE = latinRegExp(`${L}(?:(?:town|township|village|hamlet|community|island|city|parish|borough|settlement|reservation)[ \\u00a0]of[ \\u00a0](?:about[ \\u00a0]|around[ \\u00a0]|only[ \\u00a0]|just[ \\u00a0])?\\d[\\d,]{0,8}(?:[ \\u00a0](?:people|residents|souls|inhabitants))?|population[ \\u00a0]\\d[\\d,]{0,8})${R}`, 'giu');
/** Workplaces and local institutions: "the township's only elementary school" is a place, not a role. */
const INSTITUTION = '(?:school|church|store|shop|grocery|diner|restaurant|cafe|bar|pub|pharmacy|bank|station|factory|mill|plant|mine|hotel|motel|clinic|hospital|library|office|daycare|garage|farm|ranch|dairy|market)';
const TOWNISH = '(?:town|township|village|county|island|city|valley|parish|reservation|community)';
/** "the only veterinarian in town", "the town's only doctor". */
const ONLY_ROLE = latinRegExp(
  `${L}(?:the[ \\u00a0]${TOWNISH}['’]s[ \\u00a0](?:only|first|oldest|longest-serving|beloved|favorite|favourite)[ \\u00a0](?!(?:\\p{L}{2,15}[ \\u00a0])?${INSTITUTION}${R})\\p{L}{2,20}|the[ \\u00a0]only[ \\u00a0](?!${INSTITUTION}${R})\\p{L}{2,20}[ \\u00a0]in[ \\u00a0](?:town|the[ \\u00a0](?:county|village|valley|region|township))|the[ \\u00a0]mayor)${R}`,
  'giu',
);
/** "the township's only elementary school", "the only diner in town". */
const ONLY_PLACE = latinRegExp(`${L}(?:the[ \\u00a0]${TOWNISH}['’]s|the)[ \\u00a0]only[ \\u00a0](?:\\p{L}{2,15}[ \\u00a0])?${INSTITUTION}${R}`, 'giu');
/** "runs the biggest herd in …", "owns the largest orchard": a superlative that singles out one business. */
const SUPERLATIVE = latinRegExp(
  `${L}the[ \\u00a0](?:biggest|largest|oldest|last|busiest|best-known)[ \\u00a0](?:\\p{L}{2,15}[ \\u00a0])?(?:herd|farm|ranch|dairy|orchard|vineyard|business|employer|landowner|store|restaurant|company|family[ \\u00a0]business|fleet|boat)[ \\u00a0](?:in|on|of)${R}`,
  'giu',
);
/** "the oldest resident of the county": an age that is unique in a place. */
const OLDEST = latinRegExp(`${L}the[ \\u00a0](?:oldest|youngest)[ \\u00a0](?:living[ \\u00a0])?(?:resident|person|man|woman|member|veteran|graduate|employee|citizen|parishioner)[ \\u00a0](?:in|of|at|on)${R}`, 'giu');
/** A job told as a verb: "who teaches kindergarten", "he manages the hardware store", "has driven that route". */
const OCC_VERB = latinRegExp(
  `${L}(?:(?:who|he|she|and|,)[ \\u00a0](?:still[ \\u00a0]|also[ \\u00a0]|now[ \\u00a0]|once[ \\u00a0]|has[ \\u00a0]|had[ \\u00a0])?(?:` +
    `(?:teaches|taught|coaches|coached)[ \\u00a0](?!(?:me|us|him|her|them|you|himself|herself|myself|everyone|people|patients|a[ \\u00a0]lesson)${R})\\p{L}{2,15}` +
    `|(?:manages|managed|runs|ran|owns|owned|operates|operated)[ \\u00a0](?:the|a|an|his|her|their)[ \\u00a0](?:\\p{L}{2,12}[ \\u00a0]){0,2}(?:${INSTITUTION}|herd|orchard|vineyard|salon|business|company|firm|bakery|inn|gym|studio|team|newspaper|funeral[ \\u00a0]home)` +
    `|(?:works|worked)[ \\u00a0]as[ \\u00a0](?:a|an|the)[ \\u00a0]\\p{L}{3,20}` +
    `|(?:drives|drove|driven)[ \\u00a0](?:a|the|that|this)[ \\u00a0](?:school[ \\u00a0]bus|bus|truck|taxi|cab|route|ambulance|tractor|snowplow|plow|delivery[ \\u00a0]van)` +
    `|(?:delivers|delivered)[ \\u00a0](?:the[ \\u00a0])?mail|(?:preaches|preached)[ \\u00a0](?:at|in))` +
    `|(?:who|he|she)[ \\u00a0](?:still[ \\u00a0]|also[ \\u00a0]|once[ \\u00a0])?(?:farms|farmed|ranches|ranched)` +
    // The perfect tense names a long-held job whoever the subject is: "Ms. Alvarez has taught kindergarten".
    `|(?:has|had)[ \\u00a0](?:long[ \\u00a0]|always[ \\u00a0])?(?:(?:taught|coached)[ \\u00a0](?!(?:me|us|him|her|them|you|himself|herself|myself|everyone|people|patients|a[ \\u00a0]lesson)${R})\\p{L}{2,15}|worked[ \\u00a0]as[ \\u00a0](?:a|an|the)[ \\u00a0]\\p{L}{3,20}|driven[ \\u00a0](?:a|the|that|this)[ \\u00a0](?:school[ \\u00a0]bus|bus|truck|taxi|cab|route|snowplow|plow)|farmed|preached[ \\u00a0](?:at|in)))${R}`,
  'giu',
);
/** A relative introduced with a role: "Her husband Marcus, who manages …", "his wife, a deputy". Case-sensitive for the name. */
const RELATIVE_ROLE = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he|[Mm]y|[Oo]ur)[ \\u00a0]patient['’]s)[ \\u00a0](?:(?:older|younger|twin|little|big|eldest|oldest|youngest|adult|teenage)[ \\u00a0])?(?:wife|husband|partner|son|daughter|mother|father|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|fiancée?|stepson|stepdaughter)(?:[ \\u00a0][A-Z][a-z]{1,15})?(?:,[ \\u00a0](?:an?|the)[ \\u00a0]|,?[ \\u00a0]who[ \\u00a0](?:is|was|works|worked|teaches|taught|manages|managed|runs|ran|owns|owned|coaches|coached|serves|served|drives|drove|farms|preaches|preached)(?![\\p{L}\\p{N}_]))`,
  'g',
);
/** A public local event many people attended: "the county fair", "the homecoming game", "the rodeo". */
const LOCAL_EVENT = latinRegExp(
  `${L}the[ \\u00a0](?:(?:annual|county|state|town|village|school|church|harvest|summer|spring|fall|autumn|winter|holiday|christmas|fourth[ \\u00a0]of[ \\u00a0]july|4th[ \\u00a0]of[ \\u00a0]july|memorial[ \\u00a0]day|labor[ \\u00a0]day|street|river|firemen['’]s|pumpkin|strawberry|apple|corn)[ \\u00a0](?:fair|festival|parade|carnival|picnic|fun[ \\u00a0]run|5k|marathon|rodeo|tournament|dance)|(?:homecoming|championship|playoff|rivalry|state[ \\u00a0]championship)[ \\u00a0](?:game|match|meet|parade|dance)|state[ \\u00a0]finals|rodeo|regatta|air[ \\u00a0]show|tractor[ \\u00a0]pull|demolition[ \\u00a0]derby|powwow)${R}`,
  'giu',
);
/** A named school the proper-noun scanner can miss: "Lakeview High", "Cedar Creek Middle School". Case-sensitive. */
const NAMED_SCHOOL = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?!(?:The|A|An|At|In|To|From|Our|My|His|Her|Their|This|That)[ \\u00a0])(?:[A-Z][a-z]{1,15}[ \\u00a0]){1,3}(?:High|Elementary|Middle|Junior[ \\u00a0]High|Academy|Prep)(?:[ \\u00a0]School)?(?![\\p{L}\\p{N}_])`,
  'g',
);
/** Gestational age: "at 32 weeks", "at 28 weeks' gestation". */
const GESTATION = latinRegExp(`${L}at[ \\u00a0](?:[12]\\d|3\\d|4[0-2])[ \\u00a0](?:and[ \\u00a0]\\p{L}{3,6}[ \\u00a0])?weeks(?:['’][ \\u00a0]gestation|[ \\u00a0](?:pregnant|gestation|along))?${R}`, 'giu');
/** Same-day time in a story ("this morning", "tonight", "an hour ago"): the post's own date dates it. */
const SAME_DAY = latinRegExp(
  `${L}(?:earlier[ \\u00a0]today|today(?![ \\u00a0](?:I|we)[ \\u00a0](?:want|would|will|['’]d|['’]ll|am[ \\u00a0]going|['’]m[ \\u00a0]going|are[ \\u00a0]going|plan)${R})(?![ \\u00a0]let['’]s)|tonight|this[ \\u00a0](?:morning|afternoon|evening)|right[ \\u00a0]now|minutes[ \\u00a0]ago|(?:an|two|three|a[ \\u00a0]few)[ \\u00a0]hours?[ \\u00a0]ago|before[ \\u00a0](?:sunrise|dawn))${R}`,
  'giu',
);
/** "Saturday's bridge crash", "last night's fire". */
const DATED_EVENT = latinRegExp(
  `${L}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last[ \\u00a0](?:night|week|weekend|month)|this[ \\u00a0]morning|christmas|thanksgiving|halloween)['’]s[ \\u00a0](?:\\p{L}{2,20}[ \\u00a0])?(?:${lexicon.newsEventNouns.join('|')})${R}`,
  'giu',
);
/** "in her early 40s", "in his thirties". */
const DECADE = latinRegExp(String.raw`(?<![\p{L}\p{N}_])in[ \u00a0](?:his|her|their)[ \u00a0](?:(early|mid|late)[- \u00a0])?(?:[1-8]0['’]?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)(?![\p{L}\p{N}_])`, 'giu');
/** "a mid-30s woman", "late-forties". */
const BAND = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:early|mid|late)[- \u00a0](?:[1-8]0['’]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties)(?![\p{L}\p{N}_])`, 'giu');
/** A bare year tied to an event: "in 2019", "back in 2015". */
const YEAR = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:in|since|during|back[ \u00a0]in)[ \u00a0](?:19|20)\d\d(?![\p{L}\p{N}_])`, 'giu');

// ---------------------------------------------------------------------------------------------
// Fix helpers (only replacements we can compute safely; otherwise none).

const ABSORBED = new Set(['on', 'in', 'during', 'over', 'at', 'around', 'about']);

function atSentenceStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && pos - p < 8 && /[\s"“‘'(\[*_]/.test(text[p - 1])) p--;
  return p === 0 || /[.!?\n]/.test(text[p - 1]);
}

/** "on March 3" → "recently" / "some time ago", with the preposition absorbed; null when unsafe. */
function dateFix(text: string, start: number, end: number, recent: boolean): ProseEdit[] | null {
  if (/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3))) return null;
  const before = /(\p{L}+)[ \u00a0]{1,3}$/u.exec(text.slice(Math.max(0, start - 16), start));
  let from = start;
  if (before) {
    const w = before[1].toLowerCase();
    if (ABSORBED.has(w)) from = start - before[0].length;
    else if (/^(?:since|until|till|by|before|after|through|from|of|to|between|the|a|an|every|each)$/.test(w)) return null;
  }
  const phrase = recent ? 'recently' : 'some time ago';
  const cased = atSentenceStart(text, from) ? phrase[0].toUpperCase() + phrase.slice(1) : phrase;
  return [{ start: from, end, text: cased }];
}

/** A named town or hospital → a general description ("a small town in our state"). */
function placeFix(text: string, start: number, end: number, kind: 'place' | 'facility'): ProseEdit[] | null {
  const words = text.slice(start, end).toLowerCase();
  let generic: string;
  if (kind === 'facility') {
    if (!/(?:hospital|medical cent(?:er|re)|clinic|infirmary|memorial|regional|general)$/.test(words)) return null;
    generic = 'a local hospital';
  } else if (/county$/.test(words)) generic = 'a county in our state';
  else generic = 'a small town in our state';
  // "the Mercy Hospital" is covered by replaceStart; a possessive or an article just before is unsafe.
  if (/['’]s$/.test(words) || /(?:^|[^\p{L}])(?:a|an)[ \u00a0]$/iu.test(text.slice(Math.max(0, start - 4), start))) return null;
  const atStart = atSentenceStart(text, start);
  return [{ start, end, text: atStart ? matchCase(text.slice(start, end), generic) : generic }];
}

// ---------------------------------------------------------------------------------------------
// Tagging and scoring.

/** Tag every quasi-identifier phrase in a block of prose. */
export function tagDetails(block: { text: string }, referenceDate: Date): Detail[] {
  const text = block.text;
  const out: Detail[] = [];
  const add = (cls: ReidClass, weight: 1 | 2 | 3, label: string, re: RegExp | PhraseSet): void => {
    const push = (m: RegExpExecArray): void => {
      out.push({ cls, weight, label, start: m.index, end: m.index + m[0].length });
    };
    if (re instanceof PhraseSet) re.each(text, push);
    else eachMatch(re, text, push);
  };

  // Age.
  for (const span of scanAges(text, { referenceYear: referenceDate.getUTCFullYear() })) {
    if (span.shape === 'decade' || span.shape === 'term' || span.shape === 'birthYear' || span.age >= 90) {
      out.push({ cls: 'age', weight: 3, label: span.shape === 'birthYear' ? 'birth year' : 'age over 89', start: span.start, end: span.end });
      continue;
    }
    const plan = exactAgePlan(text, span);
    const d: Detail = { cls: 'age', weight: 3, label: 'exact age', start: span.start, end: span.end };
    if (plan.fixes[0]) d.fix = plan.fixes[0].edits;
    out.push(d);
  }
  eachMatch(DECADE, text, (m) => {
    out.push({ cls: 'age', weight: m[1] ? 2 : 1, label: m[1] ? '5-year age band' : 'age decade', start: m.index, end: m.index + m[0].length });
  });
  add('age', 2, '5-year age band', BAND);
  add('age', 1, 'age group', LEX.ageGroups);
  add('age', 3, 'unique age', OLDEST);

  // Sex and gender.
  add('sex', 3, 'pregnancy or gender status', LEX.sexStatus);
  add('sex', 3, 'pregnancy or gender status', GESTATION);
  add('sex', 2, 'stated sex', LEX.sexStated);

  // Place.
  const a = analyze(block);
  for (const e of entities(a)) {
    if (e.kind === 'person' || e.evidence === 'weak' || e.evidence === 'pseudonym') continue;
    const start = a.words[e.from].start;
    const end = a.words[e.to].end;
    const d: Detail = { cls: 'place', weight: 3, label: e.kind === 'facility' ? 'named institution' : e.kind === 'street' ? 'street' : 'named town or county', start, end };
    if (e.kind === 'place' || e.kind === 'facility') {
      const f = placeFix(text, e.replaceStart, e.replaceEnd, e.kind);
      if (f) d.fix = f;
    }
    out.push(d);
  }
  for (const x of a.addresses) out.push({ cls: 'place', weight: 3, label: 'street address', start: x.start, end: x.end });
  add('place', 3, 'town by population', TOWN_SIZE);
  add('place', 3, 'town or institution', LEX.placeFine);
  add('place', 3, 'town or institution', ONLY_PLACE);
  if (/High|Elementary|Middle|Academy|Prep/.test(text)) add('place', 3, 'named institution', NAMED_SCHOOL);
  add('place', 2, 'county or metro area', LEX.placeMetro);
  add('place', 1, 'state or region', LEX.placeRegion);

  // Time.
  const ref = referenceDate;
  for (const s of scanDates(text, { referenceDate: ref })) {
    // A date of history, a recurring season or the practice's own schedule dates no patient.
    if (dateContext(text, s, ref.getUTCFullYear())?.certain) continue;
    let weight: 2 | 3 = 3;
    let label = 'exact day';
    if (s.kind === 'month' || s.kind === 'season' || s.resolvedAs === 'month' || s.resolvedAs === 'season') {
      weight = 2;
      label = 'month or season';
    } else if (s.resolvedAs === 'week') {
      weight = 2;
      label = 'week';
    } else if (s.kind === 'holiday') label = 'holiday';
    const d: Detail = { cls: 'time', weight, label, start: s.start, end: s.end };
    if (weight === 3) {
      const recent = s.relative || (s.resolved !== undefined && Math.abs(daysBetween(s.resolved, ref)) <= 90);
      const f = dateFix(text, s.start, s.end, recent);
      if (f) d.fix = f;
    }
    out.push(d);
  }
  add('time', 3, 'same day', SAME_DAY);
  add('time', 1, 'year or vague time', YEAR);
  add('time', 1, 'year or vague time', LEX.timeYear);

  // Occupation or role.
  add('occupation', 3, 'unique role', LEX.uniqueRoles);
  add('occupation', 3, 'unique role', ONLY_ROLE);
  add('occupation', 3, 'unique role', SUPERLATIVE);
  add('occupation', 2, 'job title', LEX.occupations);
  add('occupation', 2, 'job title', OCC_VERB);
  add('occupation', 1, 'work sector', LEX.sectors);

  // Condition rarity.
  add('condition', 3, 'rare condition', LEX.rarity);
  add('condition', 3, 'rare condition', RARE_COUNT);
  add('condition', 2, 'uncommon condition', LEX.uncommon);
  add('condition', 1, 'common condition', LEX.common);

  // Event.
  add('event', 3, 'reported event', LEX.newsworthy);
  add('event', 3, 'reported event', DATED_EVENT);
  add('event', 3, 'local public event', LOCAL_EVENT);
  add('event', 2, 'unusual mechanism', LEX.unusual);
  add('event', 1, 'routine event', LEX.routine);

  // Family and social, physical, background.
  add('family', 3, 'unusual family or named community', LEX.familyUnusual);
  add('family', 3, 'unusual family or named community', LEX.communities);
  add('family', 2, 'household detail', LEX.family);
  add('family', 2, "relative's role", RELATIVE_ROLE);
  add('physical', 3, 'distinguishing mark', LEX.marks);
  add('physical', 2, 'height or weight extreme', LEX.extremes);
  add('background', 2, 'stated ethnicity, language or religion', LEX.background);
  // Details inside a quoted example of wording ("a post that opens with “…”") belong to the example
  // the author discusses, not to a patient of the paragraph.
  const examples = quotedExamples(text);
  const kept = examples.length === 0 ? out : out.filter((d) => !insideSpans(examples, d.start, d.end));
  return withWorkplaces(text, kept);
}

/** "at" or "for" (with an article or "the town's") between a job and the place it names. */
const WORKS_AT = /^[ \u00a0,]{0,3}(?:\p{Ll}{2,15}[ \u00a0]){0,3}(?:at|for|with)[ \u00a0](?:the[ \u00a0])?(?:\p{Lu}\p{Ll}{1,15}[ \u00a0]){0,2}$/u;

/**
 * A job joined to the named or only workplace ("taught kindergarten at Pine Ridge Elementary",
 * "teaches at the township's only school") picks out one person: the job counts as a unique role.
 */
function withWorkplaces(text: string, details: Detail[]): Detail[] {
  const jobs = details.filter((d) => d.cls === 'occupation' && d.weight === 2);
  if (jobs.length === 0) return details;
  const places = details.filter((d) => d.cls === 'place' && d.weight === 3);
  for (const job of jobs) {
    const at = places.find((p) => p.start >= job.end && p.start - job.end <= 60 && WORKS_AT.test(text.slice(job.end, p.start)));
    if (at) details.push({ cls: 'occupation', weight: 3, label: 'job at a named workplace', start: job.start, end: at.end });
  }
  return details;
}

/** Sum of the highest weight per class, plus 2 when place ≥ 2 and time ≥ 2. */
export function scoreDetails(details: readonly Detail[]): ReidScore {
  const best = new Map<ReidClass, Detail>();
  for (const d of details) {
    const cur = best.get(d.cls);
    // Highest weight wins; at equal weight the earliest, then the longest phrase.
    if (!cur || d.weight > cur.weight || (d.weight === cur.weight && (d.start < cur.start || (d.start === cur.start && d.end > cur.end)))) best.set(d.cls, d);
  }
  const winners = CLASS_ORDER.map((c) => best.get(c)).filter((d): d is Detail => d !== undefined);
  let score = winners.reduce((s, d) => s + d.weight, 0);
  const bonus = (best.get('place')?.weight ?? 0) >= 2 && (best.get('time')?.weight ?? 0) >= 2;
  if (bonus) score += 2;
  return { score, winners, bonus, details: [...details] };
}

/** Score a block of prose (no patient-cue check). */
export function scoreText(text: string | { text: string }, referenceDate: Date): ReidScore {
  return scoreDetails(tagDetails(typeof text === 'string' ? { text } : text, referenceDate));
}

/** The two strongest contributors, named by class and granularity ("place + time", "exact age"). */
function strongestLabels(r: ReidScore): string[] {
  const entries: { label: string; weight: number; order: number }[] = [];
  for (const d of r.winners) {
    if (r.bonus && (d.cls === 'place' || d.cls === 'time')) continue;
    entries.push({ label: d.label, weight: d.weight, order: CLASS_ORDER.indexOf(d.cls) });
  }
  if (r.bonus) {
    const w = r.winners.filter((d) => d.cls === 'place' || d.cls === 'time').reduce((s, d) => s + d.weight, 0) + 2;
    entries.push({ label: 'place + time', weight: w, order: -1 });
  }
  entries.sort((x, y) => y.weight - x.weight || x.order - y.order);
  return entries.slice(0, 2).map((e) => e.label);
}

/** The detail to generalize first: highest weight, a fixable one on ties, then class order. */
function strongestDetail(r: ReidScore): Detail | undefined {
  return [...r.winners].sort((x, y) => y.weight - x.weight || Number(!!y.fix) - Number(!!x.fix) || CLASS_ORDER.indexOf(x.cls) - CLASS_ORDER.indexOf(y.cls))[0];
}

function applyEdits(text: string, edits: readonly ProseEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const SPECIFIC_RARITY = /one of|first|second|third|only|never|cases|handful|million|read about|textbook|seen/i;
/** The author says the story was altered: "details have been changed", "a composite of several patients". */
const DEIDENTIFIED = latinRegExp(String.raw`(?<![\p{L}\p{N}_])(?:(?:identifying[ \u00a0]|some[ \u00a0]|the[ \u00a0]|key[ \u00a0])?details[ \u00a0](?:have[ \u00a0]been|were|are|has[ \u00a0]been)[ \u00a0](?:changed|altered|modified|fictionalized|fictionalised)|(?:a|is[ \u00a0]a)[ \u00a0]composite[ \u00a0]of)(?![\p{L}\p{N}_])`, 'iu');

function num(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : dflt;
}

/** The finding for one block, or null when the story scores below 4 (or below the warn threshold's floor). */
export function planBlock(block: { text: string }, referenceDate: Date, warnAt: number, errorAt: number): BlockReport | null {
  const text = block.text;
  const r = scoreText(block, referenceDate);
  const infoAt = Math.min(4, warnAt);
  // B2 on its own: counts, firsts and "the only patient" (a bare "rare" only adds weight 3).
  const rare = r.winners.some((d) => d.cls === 'condition' && d.weight === 3 && SPECIFIC_RARITY.test(text.slice(d.start, d.end)));
  if (r.score < infoAt && !rare) return null;
  let severity: Severity = r.score >= errorAt ? 'error' : r.score >= warnAt ? 'warning' : 'information';
  const labels = strongestLabels(r).join(', ');
  let message =
    severity === 'information'
      ? `Unexpected re-identification risk score ${r.score} (${labels}), expected below ${infoAt} for an unrecognizable story: consider generalizing the strongest detail.`
      : `Unexpected re-identification risk score ${r.score} (${labels}), expected below ${warnAt}: generalize the strongest detail first.`;
  // B3: a reported event joined to a place or time of weight 2+ is an error whatever the sum;
  // B2: a rarity marker is at least a warning.
  const w = (c: ReidClass): number => r.winners.find((d) => d.cls === c)?.weight ?? 0;
  if (w('event') === 3 && (w('place') >= 2 || w('time') >= 2)) {
    if (severity !== 'error') message = `Unexpected reported event tied to a place or time (risk score ${r.score}: ${labels}), expected a general description such as “a collision”: generalize the strongest detail first.`;
    severity = 'error';
  } else if (severity !== 'information' && DEIDENTIFIED.test(text) && !r.winners.some((d) => d.weight === 3 && (d.cls === 'age' || d.cls === 'place' || d.cls === 'time'))) {
    // "Details have been changed" with no exact age, named place or day left: the author generalized
    // on purpose; the score stays visible as information.
    severity = 'information';
    message = `Unexpected re-identification risk score ${r.score} (${labels}) in a story marked as altered, expected below ${infoAt}: check that the remaining details are generalized.`;
  } else if (rare && severity === 'information') {
    severity = 'warning';
    message = `Unexpected rarity marker (risk score ${r.score}: ${labels}), expected a general description such as “a rare condition” without counts or firsts.`;
  }
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = 0;
  while (start < end && /\s/.test(text[start])) start++;
  const related = r.winners.map((d) => ({ message: `${CLASS_NAME[d.cls]}: ${d.label} (+${d.weight})`, start: d.start, end: d.end }));
  const report: BlockReport = { start, end, message, severity, related };
  // One fix, and only when it is the paragraph's single fixable detail: re-applying the preferred
  // fixes then converges (the other rules still offer a fix for every detail one by one).
  const top = strongestDetail(r);
  const fixable = r.details.filter((d) => d.fix !== undefined);
  if (top?.fix && fixable.length === 1) {
    const after = scoreText(applyEdits(text, top.fix), referenceDate).score;
    if (after < r.score) report.fixes = [{ title: `Generalize the strongest detail (score ${r.score} → ${after})`, edits: top.fix }] satisfies ProseFix[];
  }
  return report;
}

/** Everyone the block names for sure is a public or historical figure (proper-nouns context "history"), and no sentence ties anyone to the author's care. */
function publicFiguresOnly(block: { text: string }): boolean {
  // The author speaking ("I", "we", "my") tells their own story, or a patient's.
  if (AUTHOR_VOICE.test(block.text)) return false;
  const a = analyze(block);
  const people = entities(a).filter((e) => e.kind === 'person');
  // Weak guesses (a capitalised word that may be a name) neither count nor block.
  if (!people.some((e) => e.context === 'history') || people.some((e) => e.context !== 'history' && e.evidence !== 'weak')) return false;
  for (let k = 0; k < a.words.length; k++) if ((k === 0 || a.words[k].sentenceStart) && sentenceCues(a, k).tie) return false;
  return true;
}

export const reidentificationRisk: BlockRule = {
  scope: 'block',
  meta: {
    id: 'reidentification-risk',
    category: 'case.detail',
    defaultSeverity: 'warning',
    description: 'Patient stories whose combined details (age, sex, place, time, job, rarity, events…) score as recognizable (catalog B1–B3).',
    note: NOTE,
    optionsSchema: {
      type: 'object',
      properties: {
        warnAt: { type: 'integer', minimum: 1, default: 8, description: 'Score at which a patient story becomes a warning (below it but at 4 or more: information).' },
        errorAt: { type: 'integer', minimum: 1, default: 11, description: 'Score at which a patient story becomes an error.' },
      },
      additionalProperties: false,
    },
  },
  check(block, env, report) {
    if (block.kind !== 'paragraph' && block.kind !== 'tableCell') return;
    const text = block.text;
    if (text.length < 20 || !readsAsPatientStory(text)) return;
    // A paragraph set a century back, or about a public figure or staff member the post introduced
    // with no patient in any sentence (document-facts.ts publicRecordAt), is no patient's story.
    if (publicRecordAt(block, env, 'all')) return;
    // A public figure's or a researcher's story ("the journalist Katie Couric …"): everyone named is public, and no one is tied to the author's care.
    if (publicFiguresOnly(block)) return;
    const warnAt = num(env.options.warnAt, 8);
    const errorAt = Math.max(warnAt, num(env.options.errorAt, 11));
    const r = planBlock(block, env.referenceDate, warnAt, errorAt);
    if (r) report(r);
  },
};
