// Shared analysis for the person-name, place and zip-code rules: words with capitalisation and
// sentence position, runs of capitalised words, street addresses, and lexicon look-ups. Computed
// once per prose block (WeakMap keyed on the block) so the three rules share the work.
//
// Lexicons: our own JSON tables (rules/data/person-names.json, places.json) plus compromise's
// word list (about 24,600 entries: first and last names, cities, countries, common words), used
// only as a dictionary. Running compromise's tagger was measured at ~84 ms per 1,000 words, far
// over the lint budget, so it is not run (see docs/rules/person-name.md); loading compromise
// itself cost 400–700 ms, so the six word classes read here are extracted from its lexicon at
// build time (scripts/lexicon.ts → rules/data/lexicon.json, kept current by npm run gen).
import lexiconData from '../rules/data/lexicon.json';
import people from '../rules/data/person-names.json';
import places from '../rules/data/places.json';
import publicFigures from '../rules/data/public-figures.json';
import { historyCues, practiceLocationSentence, TRAINING_CUES } from './context-cues';
import { TextMemo } from './memo';
import { readsAsPatientStory } from './story';
import { PRESENTS_WORK } from './cues';

export interface Word {
  start: number;
  /** End of the word without a possessive "'s". */
  end: number;
  text: string;
  lower: string;
  /** First letter upper case. */
  cap: boolean;
  /** Two or more letters, all upper case. */
  upper: boolean;
  num: boolean;
  /** A dot follows directly ("Mrs.", "J."). */
  dot: boolean;
  possessive: boolean;
  /** First word of a sentence, a line or a quotation. */
  sentenceStart: boolean;
  /** First word after a line break (or the block start). */
  lineStart: boolean;
}

export interface Run {
  /** Indexes into words, inclusive. */
  from: number;
  to: number;
}

export interface Analysis {
  text: string;
  words: Word[];
  /** Sentence number of each word, and whether that sentence talks about a patient or relative. */
  sentence: Int32Array;
  patient: boolean[];
  /** Per sentence: a patient cue other than GENERIC_MEDICAL vocabulary (a patient, an age, a relative, admitted …). */
  specificPatient: boolean[];
  /** Word index -> 1 when the word lies inside a street address. */
  inAddress: Uint8Array;
  runs: Run[];
  /** Street addresses and unit designators, prose offsets, with continuation lines. */
  addresses: { start: number; end: number }[];
}

const set = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export const HONORIFICS = set(people.honorifics);
export const KINSHIP = set(people.kinship);
export const NOT_NAMES = set(people.notNames);
export const FIRST_NAMES = set(people.firstNames);
export const INITIALS_NOT_NAMES = set(people.initialsNotNames);
export const NAMING = people.naming.map((x) => x.toLowerCase());
/** The last word of each naming phrase as the tokenizer gives it ("name's", "name:" → name). */
const NAMING_LAST_WORDS = new Set(NAMING.map((p) => p.split(' ').pop()!.replace(/[?:]+$/, '').replace(/['’]s$/, '')));
export const PSEUDONYM = people.pseudonym.map((x) => x.toLowerCase());
export const PATIENT_CONTEXT = set(people.patientContext);
/**
 * Medical vocabulary that general education and research prose uses as readily as a case story
 * ("patients", "pain", "symptoms", "surgery", "a bedside test", "the clinic"). Enough to keep a
 * name's sentence clinical, but not to undo the history and research context of "described by
 * … in 1952" or "research by … and colleagues": only the rest of PATIENT_CONTEXT (a patient, an
 * age, a relative, admitted, died …) names someone in the author's care.
 */
const GENERIC_MEDICAL = set(['patients', 'clinic', 'er', 'ed', 'icu', 'nicu', 'ward', 'bedside', 'exam', 'chart', 'visit', 'appointment', 'symptoms', 'pain', 'surgery', 'treated', 'prescribed', 'labs', 'scan', 'biopsy', 'family']);
const COMMON_NOUNS = set(people.commonNouns);
const EPONYM_HEADS = set(people.eponymHeads);
export const ORGANISATION_WORDS = set(people.organisationWords);
export const CREDENTIAL_WORDS = set(people.credentials);
const STAFF_CUES = people.staffCues.map((x) => x.toLowerCase());
const STAFF_ROLES = set(people.staffRoles);
/** Words inside a job title before its role word ("Nurse Case Manager", "Clinical Nurse Educator"). */
const JOB_TITLE_MODIFIERS = set(['case', 'lead', 'clinical', 'senior', 'head', 'charge', 'chief', 'practice', 'care', 'unit', 'office', 'program', 'programme', 'patient', 'infection', 'quality', 'wound', 'research', 'staff']);
const BYLINE_CUES = people.bylineCues.map((x) => x.toLowerCase());
const NAMED_THINGS = set(people.namedThings);
const PUBLIC_CONTEXT_CUES = people.publicContextCues.map((x) => x.toLowerCase());
/** A year before 1990 in a sentence ("in 1796", "the 1950s"): history, not a patient's story. */
const HISTORIC_YEAR = / (?:1[0-8]\d\d|19[0-8]\d)s? /;
const NO_CONSENT_CUES = people.noConsentCues.map((x) => x.toLowerCase());
const PUBLICATION_CUES = set(places.publicationCues);
const PRACTICE_ADDRESS_CUES = places.practiceAddressCues.map((x) => x.toLowerCase());
const RESIDENTIAL_CUES = set(places.residentialCues);
export const AFFILIATION_CUES = [...places.affiliationCues.map((x) => x.toLowerCase()), ...TRAINING_CUES];
const ROUTE_WORDS = set(places.routeWords);
export const STREET_SUFFIXES = set(places.streetSuffixes);
export const STREET_ENDINGS = places.streetSuffixEndings.map((x) => x.toLowerCase());
export const STREET_PREFIXES = set(places.streetPrefixes);
export const UNITS = set(places.units);
export const PLACE_NOUNS = set(places.placeNouns);
export const FACILITY_NOUNS = set(places.facilityNouns);
export const RESIDENCE_CUES = places.residenceCues.map((x) => x.toLowerCase());
export const PLACE_CUES = set(places.placeCues);
export const WELL_KNOWN = set(places.wellKnown);
export const NOT_IDENTIFIERS = set(places.notIdentifiers);
export const STATE_ABBREVIATIONS = new Set(places.stateAbbreviations);
/** Heads ending a named health facility, with the general description a fix offers. */
export const FACILITY_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(places.facilityHeads as Record<string, string>));
const FACILITY_DESCRIPTORS = set(places.facilityDescriptors);
const FACILITY_UNIT_CUES = places.facilityUnits.flatMap((u) => [`${u} at`, `${u} of`]);
const FACILITY_CARE_CUES = places.facilityCareCues.map((x) => x.toLowerCase());
export const PUBLIC_TITLES = set(publicFigures.titles);
const ROLE_TITLES = set(publicFigures.roleTitles);
const TITLE_MODIFIERS = set(publicFigures.titleModifiers);
const TITLE_ABBREVIATIONS = set(publicFigures.titleAbbreviations);
const CARE_TIES = publicFigures.careTies.map((x) => x.toLowerCase());
const DISCLOSURE_CUES = publicFigures.disclosureCues.map((x) => x.toLowerCase());
const DISCLOSURE_VERBS = set(publicFigures.disclosureVerbs);
/** Head phrases grouped by their first word, longest first. */
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of FACILITY_HEADS.keys()) {
  const toks = h.split(' ');
  const list = HEADS_BY_FIRST.get(toks[0]) ?? [];
  list.push(toks);
  list.sort((x, y) => y.length - x.length);
  HEADS_BY_FIRST.set(toks[0], list);
}
/** Title phrases (public offices and, after a modifier, public roles) grouped by first word, longest first. */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const t of [...PUBLIC_TITLES, ...ROLE_TITLES]) {
  const toks = t.split(' ');
  const list = TITLES_BY_FIRST.get(toks[0]) ?? [];
  list.push(toks);
  list.sort((x, y) => y.length - x.length);
  TITLES_BY_FIRST.set(toks[0], list);
}

const MONTHS_DAYS = set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
/** Lower-case words allowed inside a multi-word name ("Ludwig van Beethoven", "Rua Vinte e Cinco"). */
const PARTICLES = set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e']);
/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = set(['st', 'mt', 'ft', 'no', 'vs', 'etc', 'apt', 'ste', 'jr', 'sr', 'ul', 'ave', 'rd', 'blvd', 'co', 'inc', 'ltd', 'approx', 'dept', 'fig', 'ref', 'vol', 'ed']);

type WordClass = 'first' | 'last' | 'word' | 'geo' | 'verb' | 'city';
const CLASS_BITS: Record<WordClass, number> = { first: 1, last: 2, word: 4, geo: 8, verb: 16, city: 32 };
let classes: Map<string, number> | null = null;
/**
 * compromise's word classes, built on first use as one map from a word to the bits of its classes:
 * the rules ask several classes of the same word, and one look-up in one table costs less than one
 * in each of six large sets.
 */
function classBits(lower: string): number {
  if (!lexiconSwitch.compromise) return 0;
  if (classes === null) {
    classes = new Map();
    for (const k of Object.keys(CLASS_BITS) as WordClass[]) {
      for (const w of lexiconData[k]) classes.set(w, (classes.get(w) ?? 0) | CLASS_BITS[k]);
    }
  }
  return classes.get(lower) ?? 0;
}

/** Answers of the is… look-ups below, as bits of one number per word (see WORD_FACTS). */
const FIRST = 1;
const LAST = 2;
const KNOWN = 4;
const NOT_ID = 8;
const VERB = 16;
const CITY = 32;
const CONTRACTION = /^[a-z]+(?:n['’]t|['’](?:re|ll|ve|d|m|s))$|^c['’]mon$/;
function wordFacts(lower: string): number {
  const bits = classBits(lower);
  let f = bits & (LAST | VERB | CITY);
  if (FIRST_NAMES.has(lower) || bits & CLASS_BITS.first) f |= FIRST;
  // A word of the language (or a non-name proper word we know): contractions ("Don't", "They're", "C'mon") too.
  if (NOT_NAMES.has(lower) || COMMON_NOUNS.has(lower) || MONTHS_DAYS.has(lower) || /^i['’]/.test(lower) || ROMAN.test(lower) || CONTRACTION.test(lower) || bits & CLASS_BITS.word) f |= KNOWN;
  if (NOT_IDENTIFIERS.has(lower) || bits & CLASS_BITS.geo) f |= NOT_ID;
  return f;
}
/**
 * The large tables are a cache miss per look-up, and the rules ask about the same few hundred words
 * of a post many times each: every answer for a word is computed once and kept in a small memo
 * (see memo.ts), one map look-up per question afterwards.
 */
const WORD_FACTS = new TextMemo<number>(20_000);
const facts = (lower: string): number => WORD_FACTS.get(lower, wordFacts, lexiconSwitch.compromise);

/** Options for measuring the lexicon's contribution (see scripts in docs); production uses both. */
export const lexiconSwitch = { compromise: true };

const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/;
// Endings of English common nouns and adjectives ("Animation", "Adventure", "Wisdom"): a
// capitalised word with one of them and no cue is more likely a title word than a name.
const ENGLISH_ENDING = /(?:tion|sion|ment|ness|ity|ities|ure|ures|ery|ance|ence|ancy|ency|ogy|ism|(?<![qv])ists?|ship|dom|hood|able|ible|ous|ive|ful|less|ics|ings?|ies|ed|ly|ers|person|people|ence|osis|itis|emia|algia|pathy|ectomy|otomy|ostomy|scopy|iasis|icians|ologists?|statins?|prazole|olol|pril|sartan|cillin|mycin|cycline|floxacin|azepines?|zolam|oxetine|umab|tinib)$/;

/** Looks like an English word by its ending (used only for words with no cue). */
export function englishLooking(lower: string): boolean {
  return lower.length >= 5 && ENGLISH_ENDING.test(lower) && (facts(lower) & (FIRST | LAST)) === 0;
}

export function isFirstName(lower: string): boolean {
  return (facts(lower) & FIRST) !== 0;
}

export function isLastName(lower: string): boolean {
  return (facts(lower) & LAST) !== 0;
}

/** A word of the language (or a non-name proper word we know), not a person or a place. */
export function isKnownWord(lower: string): boolean {
  return (facts(lower) & KNOWN) !== 0;
}

/** A state, country or region: not a Safe Harbor identifier. */
export function isNotIdentifier(lower: string): boolean {
  return (facts(lower) & NOT_ID) !== 0;
}

/** A verb form in the lexicon ("told", "said", "lives"). */
export function isVerbLike(lower: string): boolean {
  return (facts(lower) & VERB) !== 0;
}

export function isCity(lower: string): boolean {
  return (facts(lower) & CITY) !== 0;
}

export function isMonthOrDay(lower: string): boolean {
  return MONTHS_DAYS.has(lower);
}

// Words are letters, marks and digits joined by apostrophes or hyphens, as the regex
// /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+){0,6}/gu would find them (eachWord below).
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

// A bare domain ("Smokefree.gov", "cdc.gov/flu"): its words are no names or places.
const DOMAIN_HINT = /\.(?:gov|com|org|net|edu|io|info|us)\b/i;
const DOMAIN = /^[("'“<]?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:gov|com|org|net|edu|io|info|us)(?:[/?#][^\s]*)?[)"'”>.,;:!?]*$/i;

/** Ranges of whitespace-separated chunks that are addresses or links (name@host, https://…, www.…). */
function addressChunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.') && !DOMAIN_HINT.test(text)) return out;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && /\s/.test(text[i])) i++;
    const s = i;
    while (i < n && !/\s/.test(text[i])) i++;
    if (i > s) {
      const chunk = text.slice(s, i);
      if (chunk.includes('@') || chunk.includes('://') || /^[("'“<]?www\./i.test(chunk) || DOMAIN.test(chunk)) out.push([s, i]);
    }
  }
  return out;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Whether the gap text[from, to) (no line break in it) opens a sentence: "!" or "?", an opening
 * quotation mark or bracket at its end (after a space or at its start), or a list dash or bullet
 * at its start ("; - ", ": • "). Scans character codes; this runs for every word not preceded by
 * a single space.
 */
function gapOpensSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63) return true;
  }
  // An opening mark, then only spaces, at the end; the mark at the start or after a space.
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > from) {
    const q = text.charCodeAt(e - 1);
    if ((q === 34 || q === 0x201c || q === 0x2018 || q === 40) && (e - 1 === from || isSpace(text.charCodeAt(e - 2)))) return true;
  }
  // Spaces, an optional ":" or ";", spaces, a dash or bullet, then a space.
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i < to && (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 59)) {
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
  }
  if (i + 1 < to) {
    const d = text.charCodeAt(i);
    if ((d === 45 || d === 42 || d === 0x2022 || d === 0x2013 || d === 0x2014) && isSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Whether text[from, to) holds the character code c. */
function hasCode(text: string, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** Whether text[from, to) is one "." with only spaces around it. */
function loneDot(text: string, from: number, to: number): boolean {
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (!isSpace(c)) return false;
  }
  return dots === 1;
}

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  // Words inside an email address or a URL are not names (other rules own those).
  const skip = addressChunks(text);
  let si = 0;
  let prev: Word | undefined;
  // Per word, the common cases are answered from character codes; the regexes below only run
  // for the rare shapes they describe (this loop visits every word of every block).
  eachWord(text, (start, end0) => {
    while (si < skip.length && skip[si][1] <= start) si++;
    if (si < skip.length && skip[si][0] <= start) return;
    let possessive = false;
    let end = end0;
    const n = end0 - start;
    const last = text.charCodeAt(end0 - 1);
    if (n > 2 && (last === 115 || last === 83) && isApostrophe(text.charCodeAt(end0 - 2))) {
      end = end0 - 2;
      possessive = true;
    } else if (n > 1 && isApostrophe(last) && text.charCodeAt(end0 - 2) === 115) {
      possessive = true;
    }
    const w = text.slice(start, end);
    let lineStart: boolean;
    let sentenceStart: boolean;
    if (!prev) {
      lineStart = sentenceStart = true;
    } else {
      const from = prev.end + (prev.possessive && !isApostrophe(text.charCodeAt(prev.end - 1)) ? 2 : 0);
      if (start === from + 1 && text.charCodeAt(from) === 32) {
        lineStart = sentenceStart = false;
      } else {
        lineStart = sentenceStart = hasCode(text, from, start, 10);
        if (!sentenceStart) {
          if (gapOpensSentence(text, from, start)) sentenceStart = true;
          else if (hasCode(text, from, start, 46)) {
            const abbreviation = loneDot(text, from, start) && (prev.text.length === 1 || HONORIFICS.has(prev.lower) || ABBREVIATIONS.has(prev.lower) || (prev.cap && TITLE_ABBREVIATIONS.has(prev.lower)));
            sentenceStart = !abbreviation;
          }
        }
      }
    }
    const first = w.charCodeAt(0);
    const cap = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(w);
    const upper = cap && w.length >= 2 && !HAS_LOWER.test(w) && /\p{L}.*\p{L}/u.test(w);
    const word: Word = {
      start,
      end,
      text: w,
      lower: w.toLowerCase(),
      cap,
      upper,
      num: first >= 48 && first <= 57 && /^\d+$/.test(w),
      dot: text.charCodeAt(end) === 46,
      possessive,
      sentenceStart,
      lineStart,
    };
    words.push(word);
    prev = word;
  });
  return words;
}

/** A letter, mark or digit as the word pattern sees it: ASCII answered from the code, the rest by the regex. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Length of the word character at i (1, or 2 for an astral one), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}
/** The end of a run of word characters starting at i (i itself when there is none). */
function wordRunEnd(text: string, i: number): number {
  let k = i;
  for (let n = wordCharAt(text, k); n > 0; n = wordCharAt(text, k)) k += n;
  return k;
}
/**
 * Each match of the word pattern in order, as (start, end), found by hand: letters, marks and digits joined by
 * at most six apostrophes or hyphens. The same matches as the regex, without a match array per word.
 */
export function eachWord(text: string, each: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const first = wordRunEnd(text, i);
    if (first === i) {
      i++;
      continue;
    }
    let end = first;
    for (let rep = 0; rep < 6; rep++) {
      const c = text.charCodeAt(end);
      if (c !== 39 && c !== 0x2019 && c !== 45) break;
      const next = wordRunEnd(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    each(i, end);
    i = end;
  }
}

/** Text between two words (exclusive of both). */
export function gapBetween(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}

function buildRuns(text: string, words: Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.cap || w.num) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      const cur = words[j];
      const next = words[j + 1];
      const gap = gapBetween(text, cur, next);
      const joined = gap === ' ' || gap === '\u00a0' || ((gap === '. ' || gap === '.') && cur.dot && (cur.text.length === 1 || HONORIFICS.has(cur.lower) || cur.lower === 'st' || (cur.cap && TITLE_ABBREVIATIONS.has(cur.lower))));
      if (!joined || cur.possessive) break;
      if (next.cap && !next.num) {
        j++;
        continue;
      }
      // A particle between two capitalised words.
      const after = words[j + 2];
      if (PARTICLES.has(next.lower) && after && after.cap && gapBetween(text, next, after) === ' ') {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

const MAX_STREET_WORDS = 6;
const PATIENT_APPOSITIVE = /^, (?:a|an|the|my|our) (?:\d{1,3}-(?:year|month|week)-old|patient|client|newborn|toddler|teen|teenager|widow|widower)\b/;
const FULL_STREET = /^(?:street|road|avenue|lane|drive|boulevard|highway|parkway|pike)$/;
/** Endings of English town names ("Ashford", "Millville", "Harrisburg"): a place after "of". */
const TOWN_ENDING = /(?:ford|ville|burg|burgh|boro|borough|field|port|mouth|dale|bury|chester|minster|stead|wich|ington|haven|brook|ridge|crest)$/;
const MILITARY = /^(?:dpo|fpo|apo)$/;
const ADDRESS_CUES = ['address:', 'address is', 'address', 'lives at', 'live at', 'living at', 'located at', 'is at', 'off at', 'sent to', 'send to', 'ship to', 'mail to', 'mailed to', 'deliver to', 'return to', 'moved to', 'resides at', 'stay at', 'staying at'];

/** A one-word street name in another language ("Koskikatu", "Hersnapvej"). */
function hasStreetEnding(lower: string): boolean {
  return lower.length > 4 && STREET_ENDINGS.some((e) => lower.endsWith(e) && lower.length > e.length + 2);
}

function isUnitWord(w: Word): boolean {
  return (w.cap && (UNITS.has(w.lower) || w.lower === 'po' || w.lower === 'p')) || (w.dot && (w.lower === 'apt' || w.lower === 'ste'));
}

/** A number that ends a sentence before a common word ("begin screening at 50. In 2018 the …"), not "49. Suite 638". */
function sentenceEndNumber(text: string, w: Word, next: Word): boolean {
  return next.sentenceStart && gapBetween(text, w, next).includes('.') && isKnownWord(next.lower) && !isUnitWord(next) && !STREET_PREFIXES.has(next.lower) && !STREET_SUFFIXES.has(next.lower);
}

/** Street addresses: number + street words + (suffix | number), street words + number, units. */
function findAddresses(text: string, words: Word[]): { start: number; end: number }[] {
  const out: { start: number; end: number; last: number }[] = [];
  const n = words.length;
  const streetWord = (w: Word): boolean => (w.cap && !w.num && !NOT_NAMES.has(w.lower)) || hasStreetEnding(w.lower) || PARTICLES.has(w.lower) || STREET_SUFFIXES.has(w.lower) || w.lower === 'ul';
  const closeEnough = (a: Word, b: Word): boolean => {
    const g = gapBetween(text, a, b);
    return g === ' ' || g === '. ' || g === ', ' || g === '.';
  };
  let i = 0;
  while (i < n) {
    const w = words[i];
    let end = -1;
    // number + street words + (suffix | house number)
    if (w.num && w.text.length <= 6 && i + 1 < n && closeEnough(w, words[i + 1]) && !gapBetween(text, w, words[i + 1]).includes(',') && !sentenceEndNumber(text, w, words[i + 1])) {
      let j = i + 1;
      // "935 69 Gordon Terrace": a second number before the street name.
      if (words[j].num && words[j].text.length <= 4 && gapBetween(text, words[j], words[j + 1] ?? words[j]) === ' ' && words[j + 1] && !words[j + 1].num) j++;
      let capSeen = false;
      let k = j;
      for (; k < n && k < j + MAX_STREET_WORDS; k++) {
        const x = words[k];
        if (k > j && !/^(?: |\. |\.)$/.test(gapBetween(text, words[k - 1], x))) break;
        if (x.num) break;
        if (!streetWord(x)) break;
        if (x.cap || hasStreetEnding(x.lower)) capSeen = true;
        if (capSeen && STREET_SUFFIXES.has(x.lower) && k > j) end = k;
      }
      // "9816 214 Pavlou Drandaki": two numbers before capitalised words.
      if (end === -1 && j === i + 2 && capSeen && k - 1 >= j) end = k - 1;
      // house number after the street name ("Koskikatu 25", "Rua ... 1257")
      if (capSeen && k < n && k > j && words[k].num && words[k].text.length <= 5 && gapBetween(text, words[k - 1], words[k]) === ' ') end = k;
      else if (capSeen && k > j && end === -1 && hasStreetEnding(words[k - 1].lower)) end = k - 1;
    }
    // street words + house number with no leading number ("Hersnapvej 75", "Via Franscini 71")
    if (end === -1 && w.cap && (STREET_PREFIXES.has(w.lower) || hasStreetEnding(w.lower)) && !w.sentenceStart) {
      let k = i;
      while (k + 1 < n && k < i + MAX_STREET_WORDS && !words[k + 1].num && streetWord(words[k + 1]) && gapBetween(text, words[k], words[k + 1]) === ' ') k++;
      const num = words[k + 1];
      if (num && num.num && num.text.length <= 5 && gapBetween(text, words[k], num) === ' ' && (k > i || hasStreetEnding(w.lower))) end = k + 1;
    }
    // unit designators ("Apt. 864", "Suite 084", "PO Box 12")
    if (end === -1 && isUnitWord(w)) {
      let k = i;
      if ((w.lower === 'po' || w.lower === 'p') && words[k + 1] && (words[k + 1].lower === 'box' || words[k + 1].lower === 'o')) k++;
      if (words[k].lower === 'o' && words[k + 1]?.lower === 'box') k++;
      const num = words[k + 1];
      if (num && /^\d{1,6}[A-Za-z]?$/.test(num.text) && /^\.? ?#? ?$/.test(gapBetween(text, words[k], num)) && (UNITS.has(words[k].lower))) end = k + 1;
    }
    // After an explicit cue ("lives at", "address:"), a number starts an address that runs to the
    // end of the clause, whatever its spelling ("lives at 255 hersnapvej 18, københavn k").
    if (end === -1 && (w.num || isUnitWord(w) || MILITARY.test(w.lower)) && endsWithPhrase(text, w.start, ADDRESS_CUES)) {
      let k = i;
      while (k + 1 < n && k < i + 14) {
        const g = gapBetween(text, words[k], words[k + 1]);
        if (/[.!?]\s|[;()]|\n\s*\n/.test(g) || g.length > 4) break;
        k++;
      }
      if (k > i) end = k;
    }
    // Military mail ("Unit 5022 Box 1225, DPO AE 44085").
    if (end === -1 && MILITARY.test(w.lower) && words[i + 1] && /^(?:aa|ae|ap)$/.test(words[i + 1].lower) && words[i + 2]?.num) end = i + 2;
    if (end === -1) {
      i++;
      continue;
    }
    // Same-line continuation: units, ", City", ALL-CAPS town, state code.
    let last = end;
    for (;;) {
      const nx = words[last + 1];
      if (!nx) break;
      const g = gapBetween(text, words[last], nx);
      if (g.includes('\n')) {
        // Next line(s) of an address block: units, towns, state codes, countries.
        const line = lineOf(text, nx.start);
        const rest = text.slice(nx.start, line.end);
        if (/[.!?]\s*$/.test(rest) && /\p{Ll}{3,} \p{Ll}{3,}/u.test(rest)) break;
        if (!/^[\s>?*\-,]*$/.test(g.replace(/\n/g, ''))) break;
        const lineWords: number[] = [];
        for (let q = last + 1; q < n && words[q].start < line.end; q++) lineWords.push(q);
        if (lineWords.length === 0 || lineWords.length > 6) break;
        const ok = lineWords.every((q) => words[q].cap || words[q].num || PARTICLES.has(words[q].lower));
        if (!ok) break;
        // A trailing bare ZIP code is left to the zip-code rule.
        let to = lineWords[lineWords.length - 1];
        if (words[to].num && /^\d{5}$/.test(words[to].text)) to--;
        if (to < last + 1) break;
        last = to;
        if (to !== lineWords[lineWords.length - 1]) break;
        continue;
      }
      if (!/^(?:,? |\n)$/.test(g) && g !== ', ') break;
      if (isUnitWord(nx) || (nx.cap && !nx.sentenceStart && !HAS_LOWER.test(text.slice(nx.start, nx.end)))) {
        let q = last + 1;
        if (isUnitWord(nx) && words[q + 1] && words[q + 1].num) q++;
        last = q;
        continue;
      }
      if (g === ', ' && nx.cap && !isNotIdentifier(nx.lower)) {
        last++;
        continue;
      }
      break;
    }
    out.push({ start: words[i].start, end: words[last].end, last });
    i = last + 1;
  }
  return out.map(({ start, end }) => ({ start, end }));
}

export function lineOf(text: string, at: number): { start: number; end: number } {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = text.indexOf('\n', at);
  if (e === -1) e = text.length;
  return { start: s, end: e };
}

/** " our clinic nurse ", " my office staff ": a workplace naming its people or things (see sentenceCues). */
const WORKPLACE_ROLE = / (my|our) (clinic|practice|office|er|unit|ward) (?=(?:nurses?|staff|team|manager|coordinator|director|physicians?|doctors?|pharmacists?|volunteers?|newsletter|website|blog|lobby|parking|phone|hours|administrator|receptionists?|assistants?|educators?|navigators?|dietitians?|therapists?|social|front|lab|pharmacy) )/g;
/** " patient portal ", " patient navigator " in a sentence's normalised words (see sentenceCues). */
const PATIENT_SERVICE = / patient (?=(?:portals?|education|safety|advisory|experience|satisfaction|privacy|information|forms|access|advocates?|navigators?|handouts?|resources|services|registration) )/g;

/**
 * "family medicine", "a family physician", "the patient portal", "patient education": the word
 * modifies a noun of the practice's own (a specialty, a service), and names no one.
 */
const MODIFIED_NOUNS: Record<string, ReadonlySet<string>> = {
  family: set(['medicine', 'physician', 'physicians', 'practice', 'practices', 'practitioner', 'practitioners', 'doctor', 'doctors', 'planning', 'medical', 'nurse']),
  patient: set(['portal', 'portals', 'education', 'safety', 'advisory', 'experience', 'satisfaction', 'privacy', 'information', 'forms', 'access', 'advocate', 'advocates', 'navigator', 'navigators', 'handout', 'handouts', 'resources', 'services', 'registration']),
};
function modifierUse(text: string, w: Word, next: Word | undefined): boolean {
  const nouns = MODIFIED_NOUNS[w.lower];
  return nouns !== undefined && next !== undefined && nouns.has(next.lower) && next.start === w.end + 1 && text.charCodeAt(w.end) === 32;
}

/** A group of people as the subject of a sentence's care words. */
const POPULATION = /(?<![\p{L}])(?:people|adults|children|kids|men|women|participants|residents|americans|individuals|persons|smokers|nonsmokers|adolescents|teens|teenagers|infants|babies|seniors|survivors|families|volunteers|subjects)(?![\p{L}])/iu;
/** One person in the sentence: a third-person pronoun or "the/a/my … man, patient, child". */
const ONE_OF_THEM = /(?<![\p{L}])(?:he|she|him|her|his|hers|himself|herself|(?:my|our|this|that|the|a|an)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:patient|man|woman|boy|girl|child|baby|infant|toddler|teen|teenager|gentleman|lady|mother|father|husband|wife|son|daughter))(?![\p{L}])/iu;

const cache = new WeakMap<object, Analysis>();

/** The analysis of one prose block, shared by the three rules. */
export function analyze(block: { text: string }): Analysis {
  const hit = cache.get(block);
  if (hit && hit.text === block.text) return hit;
  const text = block.text;
  const words = tokenize(text);
  const sentence = new Int32Array(words.length);
  const patient: boolean[] = [];
  const specificPatient: boolean[] = [];
  /** First and last word of each sentence. */
  const bounds: number[] = [];
  let id = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.sentenceStart || id < 0) {
      id++;
      patient.push(false);
      specificPatient.push(false);
      bounds.push(i, i);
    }
    bounds[2 * id + 1] = i;
    sentence[i] = id;
    // A Title Case word inside a name ("Family Medicine", "Pain Center") is no patient cue; "ER" and a sentence's first word are.
    if ((PATIENT_CONTEXT.has(w.lower) || KINSHIP.has(w.lower) || /^\d{1,3}-year-old$/.test(w.lower)) && !(w.cap && !w.upper && !w.sentenceStart) && !modifierUse(text, w, words[i + 1]) && !((w.lower === 'presented' || w.lower === 'presenting') && PRESENTS_WORK.test(text.slice(w.end, w.end + 60)))) {
      patient[id] = true;
      if (!GENERIC_MEDICAL.has(w.lower)) specificPatient[id] = true;
    }
  }
  // "90,000 people are diagnosed each year", "people who smoked died earlier": a population, no one patient.
  for (let q = 0; q <= id; q++) {
    if (!specificPatient[q]) continue;
    const t = text.slice(words[bounds[2 * q]].start, words[bounds[2 * q + 1]].end);
    if (POPULATION.test(t) && !ONE_OF_THEM.test(t)) specificPatient[q] = false;
  }
  const addresses = findAddresses(text, words);
  const inAddr = new Uint8Array(words.length);
  let k = 0;
  for (const x of addresses) {
    while (k < words.length && words[k].start < x.start) k++;
    for (let q = k; q < words.length && words[q].end <= x.end; q++) inAddr[q] = 1;
  }
  const a: Analysis = { text, words, sentence, patient, specificPatient, inAddress: inAddr, runs: buildRuns(text, words), addresses };
  cache.set(block, a);
  return a;
}

/** The lower-cased text of up to `count` words before word i (same sentence), joined by spaces. */
export function wordsBefore(a: Analysis, i: number, count: number): string {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && out.length < count; k--) {
    out.unshift(a.words[k].lower + (a.words[k].possessive ? "'s" : ''));
    if (a.words[k].sentenceStart) break;
  }
  return out.join(' ');
}

/** Start and end offsets of the sentence holding word i. */
export function sentenceOf(a: Analysis, i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && !a.words[from].sentenceStart) from--;
  let to = i;
  while (to + 1 < a.words.length && !a.words[to + 1].sentenceStart) to++;
  return { from, to };
}

/**
 * First word of the whole sentence holding word i, across the line breaks of a hard-wrapped
 * paragraph: for the context cues of sentenceCues ("… the work of Howard\nFlorey and Ernst Chain …").
 * Patient cues keep the line-based sentence of sentenceOf.
 */
function fullSentenceStart(a: Analysis, i: number): number {
  const { words, text } = a;
  // First word of each word's full sentence, computed once per block on first use (linear).
  let starts = fullStarts.get(a);
  if (!starts) {
    starts = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) starts[k] = k > 0 && (!words[k].sentenceStart || wrapped(text, words[k - 1], words[k])) ? starts[k - 1] : k;
    fullStarts.set(a, starts);
  }
  return starts[i];
}
const fullStarts = new WeakMap<Analysis, Int32Array>();

/**
 * Word w starts a line that continues the sentence of the line before (a hard-wrapped paragraph):
 * one line break, no sentence punctuation or colon before it, and either a lower-case word or a
 * long previous line ("… the work of Howard\nFlorey and Ernst Chain …"). Short lines (an address
 * block, a signature) stay separate.
 */
function wrapped(text: string, prev: Word, w: Word): boolean {
  if (!w.lineStart) return false;
  const gap = text.slice(prev.end + (prev.possessive && !/['’]$/.test(prev.text) ? 2 : 0), w.start);
  if (!/^[,)]?[ \t]*\n[ \t]*$/.test(gap)) return false;
  if (!w.cap) return true;
  let s = prev.start;
  while (s > 0 && text[s - 1] !== '\n') s--;
  return prev.end - s >= 50;
}

/** True when the sentence around word i talks about a patient or a relative. */
export function patientSentence(a: Analysis, i: number): boolean {
  return a.patient[a.sentence[i]] === true;
}

/** Whitespace as \s sees it, for the characters that occur in prose. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Does the text before offset `at` (same sentence) end with one of the phrases? */
export function endsWithPhrase(text: string, at: number, phrases: readonly string[]): string | null {
  // Cheap first: only phrases whose last word is the word right before `at`.
  // The word before the spaces before `at` (within 24 characters), scanned by hand: a regex
  // anchored at the end ("([^\s]+)\s+$") is tried from every start position.
  const floor = Math.max(0, at - 24);
  let e = at;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === at || e === floor) return null;
  let b = e;
  while (b > floor && !isSpace(text.charCodeAt(b - 1))) b--;
  const candidates = byLastWord(phrases).get(text.slice(b, e).toLowerCase().replace(/[’]/g, "'").replace(/[,]$/, ''));
  if (!candidates) return null;
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
  for (const p of candidates) {
    if (before.endsWith(` ${p} `) || before === `${p} ` || before.endsWith(`\n${p} `) || before.endsWith(`${p}: `) || before.endsWith(` ${p}: `) || before.endsWith(`${p}, `)) {
      const idx = before.lastIndexOf(p);
      const prev = before[idx - 1];
      if (idx === 0 || prev === ' ' || prev === '\n' || prev === '"' || prev === '(') return p;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Classifying runs of capitalised words (one decision shared by person-name and place).

export type Evidence = 'strong' | 'medium' | 'weak' | 'pseudonym';

export interface Entity {
  kind: 'person' | 'place' | 'street' | 'facility';
  /** Words of the name itself (indexes, inclusive). */
  from: number;
  to: number;
  evidence: Evidence;
  /** Why: for choosing messages and fixes. */
  cue: 'honorific' | 'doctor' | 'kinship' | 'naming' | 'pseudonym' | 'fullName' | 'firstName' | 'unknown' | 'residence' | 'placeCue' | 'placeNoun' | 'street' | 'facility' | 'initials';
  /** Start of the text a replacement should cover (honorific, "the"), prose offset. */
  replaceStart: number;
  /** End of the text a replacement should cover (a trailing "hospital"), prose offset. */
  replaceEnd: number;
  /** The cue phrase that precedes the name, when any (for removal fixes). */
  cueStart?: number;
  cueWord?: string;
  /** Why the evidence was lowered: a sentence about history or research, or a block that tells no patient's story. */
  context?: 'history' | 'noStory';
}

const CREDENTIALS = CREDENTIAL_WORDS;
const HOSPITALISH = set(['hospital', 'general', 'medical center', 'medical centre', 'health center', 'health centre', 'clinic', 'infirmary', 'memorial', 'regional', "children's", 'hospice', 'nursing home', 'rehab', 'er', 'icu', 'nicu', 'picu', 'trauma center', 'health system', 'medical group', 'urgent care']);
const TITLE_BEFORE_GENERAL = set(['surgeon', 'attorney', 'secretary', 'governor', 'inspector', 'postmaster', 'consul', 'brigadier', 'lieutenant', 'major', 'solicitor', 'accountant']);
const FORMAL_DETERMINERS = set(['the', 'a', 'an', 'this', 'these', 'those', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'every', 'each', 'some', 'any', 'no']);

export function generalFacilityWord(lower: string): string {
  return HOSPITALISH.has(lower) ? 'hospital' : lower;
}



// ---------------------------------------------------------------------------------------------
// Named health facilities ("St. Mary's Hospital", "Mercy Medical Center", "the ICU at Riverside").

/** Text between word x and the next word, after x's possessive "'s". */
function gapAfter(text: string, x: Word, next: Word): string {
  return text.slice(x.end + (x.possessive && !/['’]$/.test(x.text) ? 2 : 0), next.start);
}

/** A word that can name a facility on its own: not a descriptor, a brand, a month, a state or a country. */
function namingWord(w: Word): boolean {
  return !FACILITY_DESCRIPTORS.has(w.lower) && !NOT_NAMES.has(w.lower) && !isMonthOrDay(w.lower) && !isNotIdentifier(w.lower) && !w.num;
}

/** The lower-case key of words from..to as a reader writes it ("st. mary's hospital"). */
function phraseKey(text: string, words: Word[], from: number, to: number): string {
  return text.slice(words[from].start, words[to].end + (words[to].possessive && !/['’]$/.test(words[to].text) ? 2 : 0)).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

function wellKnownPhrase(key: string): boolean {
  return WELL_KNOWN.has(key) || WELL_KNOWN.has(key.replace(/\./g, '')) || WELL_KNOWN.has(key.replace(/'s\b/g, ''));
}

/** A capitalised head phrase ("Medical Center", "Children's Hospital") starting at word i: its last index, or -1. */
function headAt(text: string, words: Word[], i: number): number {
  const w0 = words[i];
  const list = HEADS_BY_FIRST.get(w0.lower + (w0.possessive && !/['’]$/.test(w0.text) ? "'s" : '')) ?? (w0.possessive ? HEADS_BY_FIRST.get(w0.lower) : undefined);
  if (!list || !w0.cap) return -1;
  for (const toks of list) {
    let ok = i + toks.length <= words.length;
    for (let k = 0; ok && k < toks.length; k++) {
      const w = words[i + k];
      const key = w.lower + (w.possessive && !/['’]$/.test(w.text) ? "'s" : '');
      // The facility itself may be possessive ("Mercy Medical Center's ICU").
      const same = key === toks[k] || (k === toks.length - 1 && w.possessive && w.lower === toks[k]);
      if (!same || (!w.cap && toks[k] !== 'and') || (k > 0 && gapAfter(text, words[i + k - 1], w) !== ' ')) ok = false;
    }
    if (ok) return i + toks.length - 1;
  }
  return -1;
}

/** Named health facilities and the words of well-known institutions (covered, never reported). */
function findFacilities(a: Analysis): { found: Entity[]; quiet: [number, number][] } {
  const { words, text } = a;
  const found: Entity[] = [];
  const quiet: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (a.inAddress[i]) continue;
    const end = headAt(text, words, i);
    if (end < 0) continue;
    // A bare "Regional" ends a hospital's name only when no capitalised word follows ("Harlan Regional", not "… Regional Poison Center").
    const bare = end === i && (words[i].lower === 'regional' || words[i].lower === 'general');
    if (bare && words[i + 1] && words[i + 1].cap && gapAfter(text, words[i], words[i + 1]) === ' ') continue;
    // Name words before the head: capitalised, one space apart, "St." joined, a possessive only last.
    const name: number[] = [];
    for (let k = i - 1; k >= 0 && name.length < 5; k--) {
      const x = words[k];
      const g = gapAfter(text, x, words[k + 1]);
      const joined = g === ' ' || g === '\u00a0' || (x.dot && (g === '. ' || g === '.') && (x.lower === 'st' || x.lower === 'mt' || x.text.length === 1));
      if (!x.cap || x.num || !joined || (x.possessive && k !== i - 1) || a.inAddress[k]) break;
      name.unshift(k);
      if (x.sentenceStart) break;
    }
    // Leading determiners at a sentence start ("The Harlan Clinic") are replaced with the name.
    let from = 0;
    while (from < name.length && FORMAL_DETERMINERS.has(words[name[from]].lower)) from++;
    const nameWords = name.slice(from);
    const key = name.length ? phraseKey(text, words, name[from] ?? i, end) : '';
    // A well-known name before a bare "Regional" is another, local hospital ("St. Jude's Regional").
    if (nameWords.length && (wellKnownPhrase(key) || (!bare && wellKnownPhrase(phraseKey(text, words, nameWords[0], nameWords[nameWords.length - 1]))))) {
      quiet.push([nameWords[0], end]);
      i = end;
      continue;
    }
    if (!nameWords.some((k) => namingWord(words[k]))) {
      // Descriptors only ("Community Hospital", "the Children's Hospital"): no facility is named.
      quiet.push([nameWords.length ? nameWords[0] : i, end]);
      i = end;
      continue;
    }
    const nf = nameWords[0];
    const det = words[nf - 1];
    let rs = words[name[0]].start;
    if (from === 0 && det && det.lower === 'the' && !det.cap && gapBetween(text, det, words[nf]) === ' ') rs = det.start;
    const care = endsWithPhrase(text, rs, FACILITY_CARE_CUES);
    found.push({ kind: 'facility', from: nf, to: end, evidence: care ? 'strong' : 'medium', cue: 'facility', replaceStart: rs, replaceEnd: words[end].end, cueWord: care ?? undefined });
    i = end;
  }
  return { found, quiet };
}

/** "the ICU at Riverside", "the Emergency Department of Lakeview": the run names the hospital. */
function unitFacility(a: Analysis, run: Run): Entity | null {
  const { words, text } = a;
  const first = words[run.from];
  if (first.sentenceStart || !endsWithPhrase(text, first.start, FACILITY_UNIT_CUES)) return null;
  let to = run.to;
  while (to > run.from && CREDENTIALS.has(words[to].lower)) to--;
  const core = words.slice(run.from, to + 1);
  if (!core.some(namingWord) || core.every((w) => w.upper && w.text.length <= 3)) return null;
  const key = phraseKey(text, words, run.from, to);
  if (wellKnownPhrase(key) || isNotIdentifier(key)) return null;
  const care = endsWithPhrase(text, first.start, FACILITY_CARE_CUES) ?? (patientSentence(a, run.from) ? 'patient' : null);
  return { kind: 'facility', from: run.from, to, evidence: care ? 'strong' : 'medium', cue: 'facility', replaceStart: first.start, replaceEnd: words[to].end };
}

// ---------------------------------------------------------------------------------------------
// Words that look like names but are not: acronyms, eponyms, organisations, publications.

/** A word shaped like an acronym, a code or a brand, not a name: "CGRP", "SSRIs", "HbA1c", "B6", "VitaBright". */
export function acronymShape(w: Word): boolean {
  // An inner capital after four letters is a brand ("VitaBright"); "McKenzie", "DeShawn", "MacArthur" are names.
  return w.upper || /^[A-Z]{2,}s$/.test(w.text) || (/[0-9]/.test(w.text) && /[A-Za-z]/.test(w.text)) || /^[A-Z][a-z]{3,}[A-Z][a-z]/.test(w.text);
}

/**
 * An eponym or a named instrument ("Lynch syndrome", "Erdheim–Chester disease", "Guillain-Barré
 * syndrome", "Achilles tendon", "Cochrane review"): the last word index of the name, or -1.
 */
function eponymEnd(a: Analysis, run: Run): number {
  const { words, text } = a;
  const w0 = words[run.from];
  if (HONORIFICS.has(w0.lower) || run.to - run.from > 3) return -1;
  let k = run.to;
  while (k + 1 < words.length && k - run.from < 4 && !words[k].possessive && words[k + 1].cap && /^ ?[–—-] ?$/.test(gapBetween(text, words[k], words[k + 1]))) k++;
  let head = words[k + 1];
  // Coordinated eponyms share the head: "the Martin–Hopkins or Sampson methods", "Rome and Manning criteria".
  let last = k;
  if (head && !head.cap && (head.lower === 'or' || head.lower === 'and') && !words[k].possessive && SPACE_OR_BREAK.test(gapAfter(text, words[k], head))) {
    let q = k + 2;
    while (q < words.length && q <= k + 3 && words[q].cap && !words[q].num && SPACE_OR_BREAK.test(gapBetween(text, words[q - 1], words[q]))) q++;
    if (q > k + 2 && words[q] && EPONYM_HEADS.has(words[q].lower) && !words[q].cap) {
      head = words[q];
      last = q - 1;
    }
  }
  if (!head || head.cap || head.num || !EPONYM_HEADS.has(head.lower)) return -1;
  // One space, or the line break of a wrapped paragraph ("… Sampson\nmethods").
  if (!SPACE_OR_BREAK.test(gapAfter(text, words[last], head))) return -1;
  const prev = words[run.from - 1];
  if (prev && !w0.sentenceStart && (KINSHIP.has(prev.lower) || HONORIFICS.has(prev.lower))) return -1;
  // "Maria's disease" is hers; listed eponyms ("Addison's") are in notNames.
  if (words[k].possessive && isFirstName(words[k].lower) && !NOT_NAMES.has(words[k].lower)) return -1;
  return k;
}

/**
 * The residence cue ending just before `at` ("lives in", "from", "near"), or null. "entered from
 * Tamarack Street", "accessible from Route 9": a way in, not where someone lives.
 */
export function residenceBefore(text: string, at: number): string | null {
  const r = endsWithPhrase(text, at, RESIDENCE_CUES);
  if (r === null) return null;
  const before = text.slice(Math.max(0, at - r.length - 40), at - r.length - 1);
  if (r === 'from' && ACCESS_BEFORE_FROM.test(before.trimEnd())) return null;
  // "1,000 people born in Dunedin", "children living in Flint": a population, not one person's home.
  if (POPULATION_BEFORE.test(before)) return null;
  return r;
}

/** After a possessive name: a person's time or work ("Slayton's era", "Osler's day", "Koch's lab"). */
const PERSONS_TIME = /^['’]s[ \u00a0]+(?:era|day|days|time|times|generation|lifetime|heyday|lab|laboratory|team|group)(?![\p{L}])/u;

/** A group of people right before a residence cue. */
const POPULATION_BEFORE = /(?<![\p{L}])(?:people|residents|adults|children|kids|men|women|participants|babies|infants|families|workers|veterans|students|volunteers|americans|those|households|communities)[ \u00a0]*$/iu;
/**
 * Before "from": a way in or out ("entered from", "accessible from", "a ramp from"), a source or
 * a base of work ("borrowed from", "learned from", "coordinated from"), or a comparison ("very
 * different from"): no one's home.
 */
const ACCESS_BEFORE_FROM = /(?<![\p{L}])(?:enter(?:ed|s|ing)?|entrance|entry|access(?:ed|ible)?|reach(?:ed|able)?|approach(?:ed|ing)?|exit(?:s|ed|ing)?|turn(?:s|ed|ing)?|visible|ramp|driveway|doors?|gates?|borrow(?:ed|s|ing)?|learn(?:ed|t|s|ing)?|adapt(?:ed|s|ing)?|cop(?:ied|ies|y|ying)|inherit(?:ed|s|ing)?|coordinat(?:ed|es|ing)|run|ran|direct(?:ed|s|ing)|broadcast|quot(?:ed|es|ing)|drawn|translated|different|differs?|differed|apart)$/iu;

/** The author speaking in the first person (shared with reidentification-risk). */
export const AUTHOR_VOICE = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|our|us)(?![\p{L}])/u;
/**
 * Words from..to are a name after a public figure's title ("the journalist Katie Couric"), in a
 * sentence with no care tie, not in the author's voice and without an age after the name ("We got
 * a call: the novelist Rosa Klein, 71, had fallen" is the author telling of a patient).
 */
export function publicTitled(a: Analysis, from: number, to: number): boolean {
  const { words, text } = a;
  // Cheap first (this runs for every capitalised run): the word before must end such a title.
  if (from === 0 || !PUBLIC_TITLE_LAST.has(words[from - 1].lower)) return false;
  if (!PUBLIC_TITLE_BEFORE.test(text.slice(Math.max(0, words[from].start - 60), words[from].start)) || sentenceCues(a, from).tie) return false;
  const s = sentenceOf(a, from);
  return !AUTHOR_VOICE.test(text.slice(words[s.from].start, words[s.to].end)) && !/^,[ \u00a0]+\d{1,3}(?!\d|[.,]\d)/.test(text.slice(words[to].end, words[to].end + 6));
}

/** An age right after a name: ", 71," (not ", 1847" or ", 7.5"). */
const AGE_AFTER_NAME = /^,[ \u00a0]+\d{1,3}(?!\d|[.,]\d)/;

/** The last words of PUBLIC_TITLE_BEFORE's titles. */
const PUBLIC_TITLE_LAST = set(['physician', 'surgeon', 'neurologist', 'psychiatrist', 'pathologist', 'physiologist', 'chemist', 'physicist', 'biologist', 'bacteriologist', 'microbiologist', 'scientist', 'nurse', 'doctor', 'anatomist', 'epidemiologist', 'pharmacologist', 'researcher', 'inventor', 'obstetrician', 'pediatrician', 'anesthetist', 'cardiologist', 'historian', 'professor', 'economist', 'journalist', 'actor', 'actress', 'singer', 'songwriter', 'athlete', 'novelist', 'author', 'writer', 'poet', 'comedian', 'broadcaster', 'anchor', 'host', 'personality', 'politician', 'senator', 'congressman', 'congresswoman', 'president', 'lady', 'quarterback', 'player', 'golfer', 'boxer', 'rapper', 'musician', 'guitarist', 'filmmaker', 'director', 'playwright', 'astronaut', 'activist', 'advocate', 'philanthropist']);
/** A public figure's title right before the name: "the actor", "the folk singer", "the French neurologist". */
const PUBLIC_TITLE_BEFORE = /(?<![\p{L}])(?:(?:the|a|an)[ \u00a0]+)?(?:(?:American|British|English|French|German|Italian|Spanish|Dutch|Austrian|Swiss|Swedish|Norwegian|Danish|Scottish|Irish|Welsh|Canadian|Australian|Japanese|Chinese|Russian|Polish|Hungarian|Greek|Indian|Brazilian|Mexican|Portuguese|Belgian|Czech|Finnish|Israeli|Nigerian|Egyptian|Persian|Scottish-born|German-born|Austrian-born)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?(?:physician|surgeon|neurologist|psychiatrist|pathologist|physiologist|chemist|physicist|biologist|bacteriologist|microbiologist|scientist|nurse|doctor|anatomist|epidemiologist|pharmacologist|researcher|inventor|obstetrician|pediatrician|anesthetist|cardiologist)|(?:(?:[\p{Ll}-]+[ \u00a0]+)?(?:researcher|scientist|historian|epidemiologist|professor|economist)|journalist|actor|actress|singer|folk[ \u00a0]+singer|songwriter|athlete|novelist|author|writer|poet|comedian|broadcaster|news[ \u00a0]+anchor|anchor|talk[ \u00a0]+show[ \u00a0]+host|television[ \u00a0]+personality|TV[ \u00a0]+personality|politician|senator|congressman|congresswoman|president|first[ \u00a0]+lady|quarterback|tennis[ \u00a0]+player|golfer|boxer|rapper|musician|guitarist|filmmaker|director|playwright|astronaut|activist|advocate|philanthropist))[ \u00a0]+$/u;
/**
 * Right before a name: a teacher ("trained under", "studied with") or a co-author ("written with",
 * "co-authored with"), also as the second of a list ("trains with X in Madison, and with …").
 */
const MENTOR_OR_COAUTHOR = /(?<![\p{L}])(?:(?:train(?:ed|s|ing)?|stud(?:ied|ies|ying)|apprenticed)[ \u00a0]+(?:with|under)|worked[ \u00a0]+under|(?:co-?)?written[ \u00a0]+with|co-?authored[ \u00a0]+with|edited[ \u00a0]+by)(?:[ \u00a0]+[^.;!?\n]{1,80}?,?[ \u00a0]+and[ \u00a0]+(?:with|under))?[ \u00a0]+$/u;

/** Right before a name: the author saying they never cared for the person ("I have not examined", "I never treated"). */
const NOT_MY_PATIENT = /(?<![\p{L}])(?:I|we)(?:[ \u00a0]+have)?[ \u00a0]+(?:not|never)[ \u00a0]+(?:examined|treated|met|seen|cared[ \u00a0]+for|evaluated)[ \u00a0]+$|(?<![\p{L}])(?:I|we)[ \u00a0]+(?:haven['’]t|didn['’]t)[ \u00a0]+(?:examined|treated|met|seen|cared[ \u00a0]+for|evaluated)[ \u00a0]+$/u;

/** After a name: ", 2002." as a dated label. */
const DATED_LABEL = /^[*_]*,[ \u00a0]+(?:1[5-9]|20)\d\d[*_]*[.:]/;

/** Does the sentence after word i speak of research or a public figure (with no care tie)? */
function nextSentenceResearch(a: Analysis, i: number): boolean {
  let k = i + 1;
  while (k < a.words.length && !a.words[k].sentenceStart) k++;
  if (k >= a.words.length) return false;
  const c = sentenceCues(a, k);
  return c.research && !c.tie;
}

/**
 * After a name: its work, as in a reading list or a citation. "'s historical essays", "'s account
 * of …", "'s novel Cutting for Stone (2009)", ", When Breath Becomes Air (2016)".
 */
const AUTHOR_OF_WORK = /^(?:['’]s[ \u00a0](?:[\p{Ll}-]+[ \u00a0]){0,2}(?:essays?|books?|novels?|memoirs?|accounts?|papers?|studies|works|writings|biography|autobiography|textbook|lectures?|poems?|plays?|articles?|reports?|classic|history|histories|letters|diar(?:y|ies)|trials?|findings)(?![\p{L}])|(?:['’]s|,)[ \u00a0](?:(?:novel|memoir|book|essay|classic|textbook|paper)[ \u00a0])?[*_"“‘]*(?:\p{Lu}|\d)[^()\n]{0,120}?[ \u00a0]\((?:[^()\n]{0,40}[ ,])?(?:1[5-9]|20)\d\d\))/u;

/** After a capitalised run: a subtitle ("Polio: An …") or a year in brackets ("… (2005)", "(Knopf, 2006)"), as a work's title has. */
const WORK_TITLE_AFTER = /^(?::[ \u00a0]+\p{Lu}|(?:[ \u00a0]+(?:of|the|and|for|a|an|in|on|to|with|from|who|is)[ \u00a0]+\p{Lu}[\p{L}'’-]*)*[*_"”]*[ \u00a0]*\((?:[^()\n]{0,60}[ ,])?(?:1[5-9]|20)\d\d\))/u;

/** A species epithet after its genus: Latin endings, and no English word ("burgdorferi", "pneumophila", "aureus"). */
const EPITHET = /^[a-z]{2,}(?:i|ae|is|us|um|ensis|oides)$|^[a-z]{5,}a$/;
const NOT_EPITHET = /ous$|^(?:this|thus|status|census|campus|bonus|basis|thesis|genius|nexus|chorus|focus|apparatus|premium|medium|stadium|podium|museum|forum|minimum|maximum|spectrum|curriculum|agenda|camera|drama|extra|formula)$/;

/**
 * A genus before its species ("Borrelia burgdorferi", "Legionella pneumophila", "Coccidioides
 * immitis"): a Latin binomial names an organism, not a person or a place, even after "named".
 */
function taxonRun(a: Analysis, run: Run): boolean {
  if (run.to !== run.from) return false;
  const w = a.words[run.from];
  const next = a.words[run.from + 1];
  if (!next || next.cap || next.num || w.possessive || next.possessive || gapBetween(a.text, w, next) !== ' ') return false;
  return next.text.length >= 4 && EPITHET.test(next.text) && !NOT_EPITHET.test(next.text) && !isKnownWord(next.lower);
}

/** The run is part of an organisation's or a publication's name, or a venue ("a study in Science"). */
function organisationRun(a: Analysis, run: Run): boolean {
  const { words, text } = a;
  const first = words[run.from];
  const last = words[run.to];
  const after = words[run.to + 1];
  // "National Academy of Sciences", "American College of …", "Gulf of Mexico", "University of Texas".
  if (after && after.lower === 'of' && !last.possessive && gapBetween(text, last, after) === ' ') {
    const y = words[run.to + 2];
    if (ORGANISATION_WORDS.has(last.lower) && y && y.cap) return true;
    if (y && y.cap && gapBetween(text, after, y) === ' ' && isNotIdentifier(y.lower) && !HONORIFICS.has(first.lower)) return true;
  }
  // "… College of Obstetricians", "Initiative for Asthma", "Proceedings of the National Academy".
  let p = run.from - 1;
  if (words[p] && words[p].lower === 'the' && !words[p].cap) p--;
  const link = words[p];
  const owner = words[p - 1];
  // Not "University of Nicosia", "School of Harlan": a place can follow those.
  if (link && owner && /^(?:of|for|on)$/.test(link.lower) && owner.cap && (ORGANISATION_WORDS.has(owner.lower) || (NOT_NAMES.has(owner.lower) && !MONTHS_DAYS.has(owner.lower))) && gapBetween(text, owner, link) === ' ') {
    if (!PLACE_BEARING.has(owner.lower) || words.slice(run.from, run.to + 1).every((w) => isKnownWord(w.lower) || englishLooking(w.lower))) return true;
  }
  // A study's venue: "a 2018 study in Science", "a trial published in JAMA Internal Medicine".
  if (link && owner && (link.lower === 'in' || link.lower === 'by') && !owner.cap && PUBLICATION_CUES.has(owner.lower)) return true;
  // "988 Suicide & Crisis Lifeline": a run joined by "&" to an organisation's name.
  if (after && gapBetween(text, last, after) === ' ' && text[last.end + 1] === '&') {
    for (let k = run.to + 1; k < words.length && k <= run.to + 5; k++) {
      if (!words[k].cap) break;
      if (ORGANISATION_WORDS.has(words[k].lower)) return true;
    }
  }
  // "SAMHSA National Helpline", "Dietary Guidelines", "JAMA Internal Medicine".
  return run.to > run.from && ORGANISATION_WORDS.has(last.lower) && !HONORIFICS.has(first.lower);
}

/** Institutions often named after their town ("University of Nicosia"). */
const PLACE_BEARING = set(['university', 'school', 'college', 'hospital', 'clinic', 'center', 'centre', 'academy', 'institute', 'department']);

const lowerWords = new WeakMap<Analysis, Set<string>>();
/** Does the block write `lower` as a lower-case word ("Asthma is …; adults with asthma")? Links and hyphenated tokens are whole words. */
function lowerElsewhere(a: Analysis, lower: string): boolean {
  let set = lowerWords.get(a);
  if (!set) {
    set = new Set();
    for (const w of a.words) if (!w.cap) set.add(w.lower);
    lowerWords.set(a, set);
  }
  return set.has(lower);
}

/** The line around offset `at` when it is at most `max` characters long, else null (bounded work per call). */
function shortLineOf(text: string, at: number, max: number): { start: number; end: number } | null {
  let s0 = at;
  while (s0 > 0 && text[s0 - 1] !== '\n') if (at - --s0 > max) return null;
  let e0 = at;
  while (e0 < text.length && text[e0] !== '\n') if (++e0 - s0 > max) return null;
  return { start: s0, end: e0 };
}

const consentMemo = new WeakMap<Analysis, boolean>();
/** Does the block say the testimonial was published without consent? */
function noConsent(a: Analysis): boolean {
  let v = consentMemo.get(a);
  if (v === undefined) {
    const lower = a.text.toLowerCase().replace(/’/g, "'");
    v = NO_CONSENT_CUES.some((c) => lower.includes(c));
    consentMemo.set(a, v);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Authors, staff and testimonial sign-offs (rule catalog A1: "allow-list the author's own name,
// staff who consented").

const BYLINE_PREFIX = /^[\s>*_#]*(?:(?:[—–~]|--?)\s*)?((?:[A-Za-z]+\s+){0,2}?by\s+|author:\s*|about the author:\s*)?((?:dr|doctor|prof|professor)\.?\s+)?$/i;

/**
 * Words from..to are the author's name on an author line: "By Priya Natarajan, MD", "— Dr. Elena
 * Marsh, MD, Internal Medicine", "Written by Dr. Hannah Cole, OB-GYN, …", "Dr. Priya Natarajan, DO ·
 * Family Medicine". The line opens with the name (after a dash, "By" or "Dr."), and what follows is
 * credentials, specialty or affiliation, with no clause of prose.
 */
export function bylineName(a: Analysis, from: number, to: number): boolean {
  const { words, text } = a;
  if (to - from > 3) return false;
  const line = shortLineOf(text, words[from].start, 240);
  if (!line) return false;
  const m = BYLINE_PREFIX.exec(text.slice(line.start, words[from].start));
  if (!m) return false;
  const by = m[1] !== undefined && BYLINE_CUES.includes(m[1].trim().toLowerCase().replace(/\s+/g, ' '));
  if (m[1] !== undefined && !by) return false;
  const rest = text.slice(words[to].end + (words[to].possessive ? 2 : 0), line.end);
  if (!/^(?:\s*$|\.?\s*$|,|\s*[·|—–(•]|\s+-\s)/.test(rest)) return false;
  // Prose after the name ("Dr. Smith, the patient's neighbour, …") is no byline.
  if (/\b[a-z]{4,}\b/.test(rest.replace(/\b(?:with|from|and|for|the|of)\b/g, '').replace(/https?:\S+|\S+@\S+/g, ''))) return false;
  const cred = /^,\s*([A-Za-z][A-Za-z.-]*)/.exec(rest);
  const credential = cred !== null && /[A-Z]/.test(cred[1].slice(1)) && CREDENTIAL_WORDS.has(cred[1].replace(/\./g, '').toLowerCase());
  return by || m[2] !== undefined || credential;
}

/** The line holding word i is an author line: its first name run is the author's (see bylineName). */
export function authorLine(a: Analysis, i: number): boolean {
  const { words, text } = a;
  const line = shortLineOf(text, words[i].start, 240);
  if (!line) return false;
  let f = i;
  while (f > 0 && words[f - 1].start >= line.start) f--;
  while (f < words.length && words[f].start < line.end && (!words[f].cap || HONORIFICS.has(words[f].lower) || BYLINE_CUES.includes(words[f].lower))) f++;
  if (f >= words.length || words[f].start >= line.end) return false;
  let t = f;
  while (t + 1 < words.length && t - f < 3 && words[t + 1].cap && !words[t].possessive && gapBetween(text, words[t], words[t + 1]) === ' ') t++;
  return bylineName(a, f, t);
}

/**
 * Staff introduced by the practice ("We're happy to welcome Jordan Ellis, MSN, CPNP", "our nurse
 * practitioner Jordan Ellis", "meet our new PA, Sam Ortiz"), or a clinician marked by credentials
 * after the name: not a patient unless the sentence ties them to the author's care.
 */
export function staffName(a: Analysis, e: Entity): boolean {
  const { words, text } = a;
  const prev = words[e.from - 1];
  if (prev && KINSHIP.has(prev.lower) && !words[e.from].sentenceStart) return false;
  if (sentenceCues(a, e.from).tie) return false;
  const rest = text.slice(words[e.to].end, words[e.to].end + 24);
  const cred = /^,? ([A-Z][A-Za-z-]*[A-Z])\b/.exec(rest);
  if (cred && CREDENTIAL_WORDS.has(cred[1].toLowerCase())) return true;
  // "Luis Ortega — Front Desk Coordinator", "Tessa Kaur, CMA — Medical Assistant": a name and its job title.
  const title = ROLE_TITLE_AFTER.exec(text.slice(words[e.to].end, words[e.to].end + 80));
  if (title && STAFF_ROLES.has(title[1].toLowerCase()) && !a.specificPatient[a.sentence[e.from]]) return true;
  // "Dr. Lee is a board-certified family physician", "Dr. Lee begins seeing patients", "joins us".
  if (e.cue === 'doctor' && CLINICIAN_PREDICATE.test(text.slice(words[e.to].end + (words[e.to].possessive ? 2 : 0), words[e.to].end + 90))) return true;
  const before = wordsBefore(a, e.replaceStart < words[e.from].start && e.from > 0 ? e.from - 1 : e.from, 6).split(' ');
  // "our program coordinator, …", "a pantry whose director, Rev. …", "its president, …".
  const ourAt = Math.max(before.lastIndexOf('our'), before.lastIndexOf('whose'), before.lastIndexOf('its'), before.lastIndexOf('their'));
  if (ourAt !== -1 && before.length - ourAt <= 5 && STAFF_ROLES.has((before[before.length - 1] ?? '').replace(/s$/, '')) && !KINSHIP.has(before[before.length - 1]) && (e.cue !== 'honorific' || !a.specificPatient[a.sentence[e.from]])) return true;
  // With an honorific only the job title says staff ("our program coordinator, Ms. Grant"): "Meet Mrs. Alvarez" may be a patient.
  if (e.cue === 'honorific') return false;
  const joined = ` ${before.join(' ')} `;
  return STAFF_CUES.some((c) => joined.includes(` ${c} `)) && !patientSentence(a, e.from);
}

/** After a name: credentials perhaps, then a dash or comma and a job title in Title Case whose last word is captured. */
const ROLE_TITLE_AFTER = /^\*{0,2}(?:,? [A-Z][A-Za-z-]*[A-Z]\b)*\*{0,2}(?: ?[—–] ?| - |, )(?:[A-Z][a-z]+ ){0,3}([A-Z][a-z]+)(?![\p{L}])/u;

/** What a clinician is or does, said right after the name: the practice introducing its own clinician. */
const CLINICIAN_PREDICATE =
  /^\*{0,2},? (?:(?:is|will be|has been) (?:a|an|our|the practice's) (?:[\p{L}-]+ ){0,4}(?:physician|doctor|pediatrician|paediatrician|internist|surgeon|nurse practitioner|physician assistant|midwife|clinician|GP|psychiatrist|dermatologist|cardiologist|specialist)\b|(?:(?:will|now|also) )?(?:joins|joined|is joining|will join|has joined) (?:us|our (?:team|practice|clinic|staff))\b|(?:(?:will|now|also) )?(?:begins|began|will begin|starts|started|will start|is|will be) (?:seeing|accepting) (?:new )?patients\b|(?:(?:now|also) )?(?:sees|is accepting|accepts) (?:new )?patients\b)/u;

/**
 * The signature of a published testimonial ("— Greg T.", "— Linda R., happy patient", "Patricia M.,
 * Omaha"): a first name, perhaps with an initial, after a dash that follows the quote or opens the line.
 */
export function testimonialSignOff(a: Analysis, e: Entity): boolean {
  const { words, text } = a;
  if (e.to - e.from > 1) return false;
  const last = words[e.to];
  if (e.to > e.from && last.text.length !== 1) return false;
  const line = shortLineOf(text, words[e.from].start, 240);
  if (!line) return false;
  const before = text.slice(line.start, words[e.from].start);
  const dashed = /(?:^|["”“’'.!?)*_]\s*)(?:[—–~]|--?)\s*$/.test(before);
  const bare = /^[\s>*_]*$/.test(before) && e.to > e.from;
  if (!dashed && !bare) return false;
  const rest = text.slice(last.end + (last.dot ? 1 : 0), line.end);
  if (!/^(?:\s*$|,)/.test(rest)) return false;
  return !noConsent(a);
}

/** A phone number on the line, with or without an area code ("(555) 010-4400", "555-0142"). */
const PHONE_ON_LINE = /(?<![\d-])(?:\(?\d{3}\)?[ .-])?\d{3}[ .-]\d{4}(?![\d-])/;
/** The practice naming one of its sites: "our original office at", "our Westside clinic is at", "the Main Street office —". */
const OWN_SITE = / our (?:[a-z'-]+ ){1,3}(?:office|offices|clinic|practice|location|site)s? | office [—–-] /;

/** A practice's own address: a contact, booking or signature line ("Visit us at …", "Our office: …", "… · (555) 010-4400"), with no residence word in its sentence. */
export function practiceAddress(a: Analysis, start: number, end: number): boolean {
  const { words, text } = a;
  const line = shortLineOf(text, start, 400);
  if (!line) return false;
  const lineText = ` ${text.slice(line.start, line.end).toLowerCase().replace(/’/g, "'")} `;
  const cue = PRACTICE_ADDRESS_CUES.some((c) => lineText.includes(` ${c}`)) || / [·|•] /.test(lineText) || PHONE_ON_LINE.test(lineText) || OWN_SITE.test(lineText);
  if (!cue) return false;
  // First word ending after `start` (binary search: many addresses in one block stay linear).
  const k = firstWordEndingAfter(words, start);
  if (k >= words.length) return true;
  for (let q = k; q >= 0 && words[q].end > line.start; q--) {
    const w = words[q];
    if (w.start >= start && w.end <= end) continue;
    if (residentialWord(words, q) || (KINSHIP.has(w.lower) && w.lower !== 'patient')) return false;
    if (w.sentenceStart) break;
  }
  for (let q = k + 1; q < words.length && words[q].start < line.end && !words[q].sentenceStart; q++) {
    const w = words[q];
    if (w.start >= start && w.end <= end) continue;
    if (residentialWord(words, q) || (KINSHIP.has(w.lower) && w.lower !== 'patient')) return false;
  }
  return true;
}

/**
 * Right before an address: the venue it belongs to, a capitalised name or a room ending in a venue
 * word, and a comma ("Hawthorne Middle School gymnasium, 1450 …", "Larchmont Public Library,
 * Central Branch, 1 Civic Plaza", "Cedar Bluff Family Clinic, 210 Ridge Road", "community room, …").
 */
const VENUE_BEFORE =
  /(?:\p{Lu}[\p{L}'’.&-]*|community|main|meeting|conference|multipurpose|activity|fellowship|lecture)(?:[ \u00a0]+[\p{L}'’.&-]+){0,5}[ \u00a0]+(?:school|library|branch|gym|gymnasium|room|hall|church|chapel|temple|mosque|synagogue|centre|center|museum|park|college|university|ymca|ywca|plaza|building|office|campus|auditorium|pavilion|lodge|arena|fairgrounds|clinic|hospital|pharmacy|group|practice|associates|medicine|pediatrics|health|station|market|mall|stadium|theater|theatre|cafeteria|annex)[*_]{0,2},[ \u00a0]*$/iu;

/** An address given as a venue's ("… School gymnasium, 1450 Juniper Street"), with no residence word or relative on its line. */
function venueAddress(a: Analysis, start: number, end: number): boolean {
  const { text } = a;
  let ls = start;
  while (ls > 0 && start - ls < 120 && text[ls - 1] !== '\n' && text[ls - 1] !== '|') ls--;
  if (!VENUE_BEFORE.test(text.slice(ls, start))) return false;
  return !residenceNear(a, start, end, ls, Math.min(text.length, end + 120));
}

/** A residence word or a relative on [from, to) outside the address [start, end). */
function residenceNear(a: Analysis, start: number, end: number, from: number, to: number): boolean {
  const { words } = a;
  for (let q = firstWordEndingAfter(words, from); q < words.length && words[q].start < to; q++) {
    const w = words[q];
    if (w.start >= start && w.end <= end) continue;
    if (w.start >= end && w.sentenceStart) break;
    if (residentialWord(words, q) || (KINSHIP.has(w.lower) && w.lower !== 'patient')) return true;
  }
  return false;
}

/** Index of the first word ending after `pos` (binary search). */
function firstWordEndingAfter(words: Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A residence word ("lives", "home", "her"), but not "stays open" or "staying open". */
function residentialWord(words: Word[], q: number): boolean {
  const w = words[q];
  if (!RESIDENTIAL_CUES.has(w.lower)) return false;
  // "an open house" is an event.
  if (w.lower === 'house' && words[q - 1]?.lower === 'open') return false;
  return !(w.lower.startsWith('stay') && /^(?:open|closed)$/.test(words[q + 1]?.lower ?? ''));
}

/** Last words of an organisation's name on the line above an address ("Millbrook Family Medicine", "Lakeside Pediatrics"). */
const PRACTICE_NAME_ENDS = set(['medicine', 'pediatrics', 'paediatrics', 'practice', 'clinic', 'clinics', 'health', 'healthcare', 'associates', 'group', 'partners', 'center', 'centre', 'care', 'surgery', 'dermatology', 'cardiology', 'obstetrics', 'gynecology', 'orthopedics', 'hospital', 'institute', 'pllc', 'llc', 'pc', 'pa', 'inc']);

/**
 * A street address that is the practice's or another organisation's, not a patient's: a contact
 * line (practiceAddress), or an address block whose line above is an organisation's name
 * ("Millbrook Family Medicine\n1820 Larkspur Avenue, Suite 200").
 */
export function ownAddress(a: Analysis, start: number, end: number): boolean {
  if (practiceAddress(a, start, end) || venueAddress(a, start, end)) return true;
  const { text } = a;
  // The address opens its line (bounded look-back: long lines stay linear).
  let ls = start;
  while (ls > 0 && start - ls < 8 && (text[ls - 1] === ' ' || text[ls - 1] === '\t' || text[ls - 1] === '>')) ls--;
  if (ls === 0 || text[ls - 1] !== '\n') return false;
  const above = shortLineOf(text, ls - 1, 120);
  if (!above) return false;
  // "> **Cedar Hollow Family Medicine – Westside**": the quote marker, emphasis and a site label go.
  const name = text
    .slice(above.start, above.end)
    .replace(/[*_]/g, '')
    .replace(/^[\s>]+/, '')
    .replace(/\s+[–—-]\s+\p{Lu}[\p{L} ]{0,30}$/u, '')
    .trim();
  if (name.length === 0 || name.length > 80 || /[.!?:;]$/.test(name)) return false;
  const toks = name.split(/\s+/);
  if (toks.length < 2 || toks.length > 7 || !toks.every((t) => /^[\p{Lu}&]/u.test(t) || PARTICLES.has(t.toLowerCase()) || t === 'and' || t === 'of')) return false;
  const last = toks[toks.length - 1].toLowerCase().replace(/[.,]/g, '');
  return PRACTICE_NAME_ENDS.has(last) || ORGANISATION_WORDS.has(last) || FACILITY_NOUNS.has(last);
}

/**
 * A street named as the practice's own location ("after fourteen years … on Carver Street, we have
 * outgrown our space", "the Carver Street office", "welcoming you on Larkspur Avenue"): the practice
 * speaks (we, our), about its office, move or welcome, with no person, pronoun, age, relative or
 * residence the street could locate, and no care tie.
 */
export function ownLocation(a: Analysis, e: Entity): boolean {
  if (e.kind !== 'street' || e.evidence === 'strong') return false;
  const c = sentenceCues(a, e.from);
  if (c.tie) return false;
  // One answer per sentence (the cues object is memoised per sentence): a long run-on sentence
  // with many streets must not be re-read for each of them.
  let own = practiceSentence.get(c);
  if (own === undefined) {
    // No relative in the sentence ("her son").
    own = practiceLocationSentence(c.s) && !c.s.split(' ').some((t) => KINSHIP.has(t));
    practiceSentence.set(c, own);
  }
  return own;
}
const practiceSentence = new WeakMap<SentenceCues, boolean>();

// ---------------------------------------------------------------------------------------------
// Public figures (rule catalog A1: "public figures discussed in non-clinical context").

export interface SentenceCues {
  tie: boolean;
  disclosure: boolean;
  venue: number;
  research: boolean;
  /** Research, citation, eponym or dated-history wording (context-cues.ts), for places as well as people. */
  history: boolean;
  /** A year before 1900: history even when patients are mentioned. */
  ancient: boolean;
  /** The sentence, lower case, punctuation as spaces, padded with spaces. */
  s: string;
}

const sentenceFlags = new WeakMap<Analysis, Map<number, SentenceCues>>();

/**
 * Does the sentence of word i tie someone to the author's care, report a public statement, or
 * speak of research, history or celebrity (`research`: "a study led by …", "discovered", "in 1796")?
 */
export function sentenceCues(a: Analysis, i: number): SentenceCues {
  let m = sentenceFlags.get(a);
  if (!m) sentenceFlags.set(a, (m = new Map()));
  const from = fullSentenceStart(a, i);
  const id = from;
  const hit = m.get(id);
  if (hit) return hit;
  let to = i;
  while (to + 1 < a.words.length && fullSentenceStart(a, to + 1) === from) to++;
  const s = ` ${a.text.slice(a.words[from].start, a.words[to].end).toLowerCase().replace(/’/g, "'").replace(/[^a-z0-9'\-]+/g, ' ')} `;
  // "our patient portal", "our patient navigator": a service of the practice, no tie to a patient.
  let sTie = s.includes(' patient ') ? s.replace(PATIENT_SERVICE, ' service ') : s;
  // "thanks to our clinic nurse": a role at the clinic, not someone who came to it.
  if (/ (?:my|our) (?:clinic|practice|office|er|unit|ward) /.test(sTie)) sTie = sTie.replace(WORKPLACE_ROLE, ' $1-$2 ');
  const tie = CARE_TIES.some((p) => sTie.includes(` ${p} `));
  let disclosure = DISCLOSURE_CUES.some((p) => s.includes(` ${p} `));
  let venue = -1;
  // "wrote about it in Vogue": a verb of writing, then in/on/for and a capitalised venue that is no place.
  for (let k = from; !disclosure && k <= to; k++) {
    if (!DISCLOSURE_VERBS.has(a.words[k].lower)) continue;
    for (let q = k + 1; q < to; q++) {
      const p = a.words[q];
      const v = a.words[q + 1];
      if ((p.lower === 'in' || p.lower === 'on' || p.lower === 'for') && v.cap && !v.num && gapBetween(a.text, p, v) === ' ' && !isMonthOrDay(v.lower) && !isNotIdentifier(v.lower) && !isCity(v.lower) && !isFirstName(v.lower) && !PLACE_NOUNS.has(a.words[q + 2]?.lower ?? '')) {
        disclosure = true;
        venue = q + 1;
        break;
      }
    }
  }
  const { history, ancient } = historyCues(s, pastYear(a, from, to));
  const research = history || PUBLIC_CONTEXT_CUES.some((p) => s.includes(` ${p} `)) || HISTORIC_YEAR.test(s);
  const out = { tie, disclosure, venue, research, history, ancient, s };
  m.set(id, out);
  return out;
}

const YEAR_PREPOSITIONS = set(['in', 'since', 'by', 'from', 'until', 'till', 'around', 'circa', 'c', 'during', 'before', 'after', 'of', 'the']);

/**
 * The earliest year before 1990 that words from..to give after a preposition, perhaps with a month
 * and a day ("In 1847,", "in September 1928", "since the 1950s"), or 0. A number inside a street
 * address or before a capitalised word ("from 1820 Larkspur Avenue") is no year.
 */
function pastYear(a: Analysis, from: number, to: number): number {
  const { words, text } = a;
  let found = 0;
  for (let k = from; k <= to; k++) {
    const w = words[k];
    const c = w.text.charCodeAt(0);
    if (c !== 49 || w.text.length < 4 || w.text.length > 5 || a.inAddress[k]) continue;
    const m = /^(1\d{3})s?$/.exec(w.text);
    if (!m) continue;
    const y = Number(m[1]);
    if (y >= 1990) continue;
    let p = k - 1;
    if (p >= from && /^\d{1,2}$/.test(words[p].text)) p--;
    if (p >= from && isMonthOrDay(words[p].lower)) p--;
    if (p >= from && /^(?:early|late|mid)$/.test(words[p].lower)) p--;
    if (p < from || !YEAR_PREPOSITIONS.has(words[p].lower)) continue;
    const nx = words[k + 1];
    if (nx && k + 1 <= to && nx.cap && gapBetween(text, w, nx) === ' ') continue;
    if (!found || y < found) found = y;
  }
  return found;
}

/** Length of a title phrase starting at word i ("Surgeon General", "Senator"), or 0; role titles only when `role`. */
function titleAt(words: Word[], i: number, role: boolean, text: string): number {
  const w0 = words[i];
  if (!w0) return 0;
  const lower0 = w0.lower.replace(/^(?:then|former|ex)-/, '');
  const list = TITLES_BY_FIRST.get(lower0);
  if (!list) return 0;
  for (const toks of list) {
    let ok = i + toks.length <= words.length;
    for (let k = 1; ok && k < toks.length; k++) if (words[i + k].lower !== toks[k] || gapBetween(text, words[i + k - 1], words[i + k]) !== ' ') ok = false;
    if (ok && (role || !ROLE_TITLES.has(toks.join(' ')))) return toks.length;
  }
  return 0;
}

const isModifier = (w: Word): boolean => TITLE_MODIFIERS.has(w.lower) || (w.upper && w.text.length <= 5) || (w.text.length === 1 && w.cap && w.dot);
/** Modifiers that name a public body ("CDC", "U.S.", "Health"), which make a generic role public. */
const TIME_MODIFIERS = set(['former', 'then', 'then-', 'acting', 'interim', 'deputy', 'assistant', 'associate', 'vice', 'lieutenant', 'late', 'outgoing', 'incoming', 'current', 'new']);
const isBody = (w: Word): boolean => isModifier(w) && !TIME_MODIFIERS.has(w.lower);

/**
 * A public-office or public-role title right before the run's name or in an appositive right after
 * it: { at: where the title starts, name: the first word of the name }, or null.
 */
function publicTitle(a: Analysis, run: Run): { at: number; name: number } | null {
  const { words, text } = a;
  // Inside the run: modifiers, then a title, then the name ("Former CDC Director Rochelle Walensky").
  let p = run.from;
  let body = false;
  while (p < run.to && isModifier(words[p]) && !titleAt(words, p, body, text)) {
    if (isBody(words[p])) body = true;
    p++;
  }
  const len = titleAt(words, p, body, text);
  if (len && p + len <= run.to) return { at: words[run.from].start, name: p + len };
  // Lower case before the run ("former president Obama", "CDC director Rochelle Walensky"), not
  // "my secretary Linda" or "her rep Tom".
  for (let k = run.from - 1; k >= 0 && k > run.from - 5; k--) {
    const w = words[k];
    if ((w.cap && !w.upper) || gapBetween(text, w, words[k + 1]) !== ' ') break;
    const l = titleAt(words, k, k > 0 && isBody(words[k - 1]), text);
    if (l && k + l === run.from) {
      let b = k - 1;
      while (b >= 0 && isModifier(words[b]) && gapBetween(text, words[b], words[b + 1]) === ' ') b--;
      const det = words[b];
      if (det && (KINSHIP.has(det.lower) || /^(?:my|our|his|her|their|your)$/.test(det.lower))) return null;
      return { at: words[k].start, name: run.from };
    }
    if (!isModifier(w)) break;
  }
  // Appositive after the run: ", the CDC director," / ", a former senator,".
  const nx = words[run.to + 1];
  if (nx && gapAfter(text, words[run.to], nx) === ', ') {
    let k = run.to + 1;
    if (/^(?:the|a|an)$/.test(words[k].lower)) k++;
    let b = false;
    while (k < words.length && isModifier(words[k]) && !titleAt(words, k, b, text)) {
      if (isBody(words[k])) b = true;
      k++;
    }
    if (k < words.length && titleAt(words, k, b, text)) return { at: words[run.from].start, name: run.from };
  }
  return null;
}

/** Classify every run of capitalised words in the block (memoized with the analysis). */
export function entities(a: Analysis): Entity[] {
  const memo = entityCache.get(a);
  if (memo) return memo;
  const out: Entity[] = [];
  const { words, text } = a;
  const covered = new Uint8Array(words.length);
  const byFrom = new Map<number, Entity>();
  const byTo = new Map<number, Entity>();
  const add = (e: Entity): void => {
    out.push(e);
    for (let q = e.from; q <= e.to; q++) covered[q] = 1;
    byFrom.set(e.from, e);
    byTo.set(e.to, e);
  };
  const isCovered = (from: number, to: number): boolean => {
    for (let q = from; q <= to; q++) if (covered[q]) return true;
    return false;
  };
  const facilities = findFacilities(a);
  for (const e of facilities.found) add(e);
  for (const [f, t] of facilities.quiet) for (let q = f; q <= t; q++) covered[q] = 1;
  // Runs of public figures left unflagged: not names for the list pass either.
  const quiet = new Uint8Array(words.length);
  for (const run0 of a.runs) {
    let run = run0;
    if (isCovered(run.from, run.to)) {
      // The uncovered words before a facility ("Yesterday" in "Yesterday Mercy Medical Center").
      let t = run.from;
      while (t <= run.to && !covered[t]) t++;
      if (t === run.from) continue;
      run = { from: run.from, to: t - 1 };
    }
    // Eponyms ("Lynch syndrome", "Erdheim–Chester disease") and organisations are neither.
    const ep = eponymEnd(a, run);
    if (ep >= 0 || organisationRun(a, run) || taxonRun(a, run)) {
      for (let q = run.from; q <= Math.max(ep, run.to); q++) covered[q] = 1;
      continue;
    }
    const u = unitFacility(a, run);
    const e = u ?? classify(a, run, quiet);
    if (e) add(e);
  }
  // Numbered roads ("Route 9", "Highway 12"): a street, a locator in a patient sentence.
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const nx = words[i + 1];
    if (!w.cap || covered[i] || !ROUTE_WORDS.has(w.lower) || !nx.num || nx.text.length > 4 || gapBetween(text, w, nx) !== ' ' || a.inAddress[i]) continue;
    add({ kind: 'street', from: i, to: i + 1, evidence: patientSentence(a, i) ? 'medium' : 'weak', cue: 'street', replaceStart: w.start, replaceEnd: nx.end });
    i++;
  }
  // Lists of names ("Monjeau, Graves and Reed"): a capitalised word joined to a name by a comma
  // or "and" is a name too.
  for (let pass = 0; pass < 2; pass++) {
    for (const run of a.runs) {
      if (isCovered(run.from, run.to) || quiet[run.from]) continue;
      const w = words[run.from];
      const last = words[run.to];
      const core = words.slice(run.from, run.to + 1);
      if (core.some((x) => isNotIdentifier(x.lower) || NOT_NAMES.has(x.lower) || isMonthOrDay(x.lower) || x.upper) || (core.length === 1 && englishLooking(w.lower))) continue;
      // "Mary Mallon, North Brother Island": a place listed with a name is no name.
      if (PLACE_NOUNS.has(last.lower) || FACILITY_NOUNS.has(last.lower)) continue;
      const prevW = words[run.from - 1];
      const nextW = words[run.to + 1];
      const joinedTo = (x: Word | undefined, left: boolean): Entity | undefined => {
        if (!x) return undefined;
        const g = left ? gapBetween(text, x, w) : gapBetween(text, last, x);
        const and = x.lower === 'and' || x.lower === 'or';
        const ok = g === ', ' || (and && g === ' ');
        if (!ok) return undefined;
        if (and) {
          const y = words[left ? run.from - 2 : run.to + 2];
          if (!y || (left ? !/^,? $/.test(gapBetween(text, y, x)) : gapBetween(text, x, y) !== ' ')) return undefined;
          const e2 = left ? byTo.get(run.from - 2) : byFrom.get(run.to + 2);
          return e2 && e2.kind === 'person' ? e2 : undefined;
        }
        const e1 = left ? byTo.get(run.from - 1) : byFrom.get(run.to + 1);
        return e1 && e1.kind === 'person' ? e1 : undefined;
      };
      // "Paul Offit, The Cutter Incident (2005)", "…, Polio: An American Story": a work's title in a reference.
      if (WORK_TITLE_AFTER.test(text.slice(last.end, last.end + 80))) continue;
      const mate = joinedTo(prevW, true) ?? joinedTo(nextW, false);
      if (!mate || (mate.evidence === 'weak' && !core.some((x) => isFirstName(x.lower) || isLastName(x.lower)))) continue;
      add({ kind: 'person', from: run.from, to: run.to, evidence: mate.evidence === 'strong' ? 'medium' : mate.evidence, cue: 'unknown', replaceStart: w.start, replaceEnd: last.end });
    }
  }
  // Names written in lower case after a naming cue ("my name is lena andersson").
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Cheapest first: the word before must end a naming phrase ("named", "is", "me" …).
    if (w.cap || w.num || covered[i] || i === 0 || !NAMING_LAST_WORDS.has(words[i - 1].lower) || isKnownWord(w.lower)) continue;
    const cue = endsWithPhrase(text, w.start, NAMING);
    // Bare "called"/"signed" are verbs too ("her daughter called recently").
    if (!cue || /^(?:signed|dear|called|known as|goes by|answered to)$/.test(cue) || englishLooking(w.lower)) continue;
    if (namedThing(a, i)) continue;
    // "That pattern has a name: seasonal affective disorder", "the medical name is …": a term, not a person.
    if (!isFirstName(w.lower) && ARTICLE_BEFORE_CUE.test(text.slice(Math.max(0, w.start - cue.length - 24), w.start - cue.length - 1))) continue;
    let j = i;
    while (j + 1 < words.length && j < i + 2 && gapBetween(text, words[j], words[j + 1]) === ' ' && !words[j + 1].num && !isKnownWord(words[j + 1].lower)) j++;
    add({ kind: 'person', from: i, to: j, evidence: 'strong', cue: 'naming', replaceStart: w.start, replaceEnd: words[j].end, cueStart: w.start - cue.length - 1, cueWord: cue });
    i = j;
  }
  // Text typed without capitals ("follow up with patricia desrosiers"): a first name that is not
  // a word of the language, with the unknown word after it, is at most a hint.
  if (!/\p{Lu}/u.test(text)) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (covered[i] || w.num || isKnownWord(w.lower) || !isFirstName(w.lower) || w.text.length < 3) continue;
      let j = i;
      if (words[i + 1] && gapBetween(text, w, words[i + 1]) === ' ' && !words[i + 1].num && !isKnownWord(words[i + 1].lower) && !englishLooking(words[i + 1].lower)) j = i + 1;
      add({ kind: 'person', from: i, to: j, evidence: 'weak', cue: 'unknown', replaceStart: w.start, replaceEnd: words[j].end });
      i = j;
    }
  }
  // Initials after a cue ("patient J.R."): single letters with dots.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!(w.cap && w.text.length === 1 && w.dot)) continue;
    const nx = words[i + 1];
    if (!nx || nx.text.length !== 1 || !nx.cap || !/^\. ?$/.test(gapBetween(text, w, nx))) continue;
    if (covered[i]) continue;
    let j = i + 1;
    while (words[j + 1] && words[j + 1].text.length === 1 && words[j + 1].cap && words[j].dot && /^\. ?$/.test(gapBetween(text, words[j], words[j + 1]))) j++;
    const lit = text.slice(w.start, words[j].end + 1).replace(/\s/g, '').toLowerCase();
    if (INITIALS_NOT_NAMES.has(lit)) continue;
    const prev = words[i - 1];
    const cue = prev && KINSHIP.has(prev.lower) && /^,? $/.test(gapBetween(text, prev, w));
    add({ kind: 'person', from: i, to: j, evidence: cue ? 'strong' : 'weak', cue: 'initials', replaceStart: w.start, replaceEnd: words[j].end + (words[j].dot ? 1 : 0) });
    i = j;
  }
  // "the journalist Katie Couric", "the French neurologist Jean-Martin Charcot": a public or historical figure by title.
  for (let q = 0; q < out.length; q++) {
    const e = out[q];
    if (e.kind !== 'person' || e.to === e.from || e.evidence === 'pseudonym' || e.cue === 'doctor' || e.cue === 'kinship' || e.cue === 'naming') continue;
    if (publicTitled(a, e.from, e.to)) out[q] = { ...e, evidence: 'weak', context: 'history' };
  }
  // Someone who disclosed their own condition in public ("wrote about it in Vogue", "told
  // reporters") is at most a hint, unless the sentence ties them to the author's care.
  for (let q = 0; q < out.length; q++) {
    const e = out[q];
    if (e.kind !== 'person' || e.evidence === 'weak' || e.evidence === 'pseudonym') continue;
    // "I have not examined Ms. Dion": the author says the person is not their patient.
    if (e.cue !== 'kinship' && NOT_MY_PATIENT.test(a.text.slice(Math.max(0, e.replaceStart - 60), e.replaceStart))) {
      out[q] = { ...e, evidence: 'weak', context: 'history' };
      continue;
    }
    if (e.cue !== 'fullName' && e.cue !== 'firstName' && e.cue !== 'unknown' && e.cue !== 'doctor') continue;
    const c = sentenceCues(a, e.from);
    if (c.disclosure && !c.tie) out[q] = { ...e, evidence: 'weak' };
    // "**Sharon Osbourne, 2002.** The television personality spoke publicly …": a dated label before a sentence about a public figure.
    else if (e.to > e.from && !c.tie && DATED_LABEL.test(a.text.slice(a.words[e.to].end, a.words[e.to].end + 12)) && nextSentenceResearch(a, e.to)) out[q] = { ...e, evidence: 'weak', context: 'history' };
    // "Oliver Sacks, The Man Who Mistook … (1985)", "Alice Wexler's account of …": the author of a work.
    else if (e.cue !== 'doctor' && !c.tie && AUTHOR_OF_WORK.test(a.text.slice(a.words[e.to].end, a.words[e.to].end + 160))) out[q] = { ...e, evidence: 'weak', context: 'history' };
    // "She trains with Ralph Waters … and with Emery Rovenstine", "his memoir, written with Michael
    // Cassutt": a teacher or a co-author, no patient.
    else if (!c.tie && !a.specificPatient[a.sentence[e.from]] && MENTOR_OR_COAUTHOR.test(a.text.slice(Math.max(0, a.words[e.from].start - 120), a.words[e.from].start))) out[q] = { ...e, evidence: 'weak', context: 'history' };

    // A researcher, a historical figure or a celebrity in a sentence about none of the author's
    // patients; before 1900 the patients a sentence mentions are history too.
    // Not with an age right after the name ("the novelist Rosa Klein, 71, had fallen"): a case's way of introducing someone.
    else if (c.research && !c.tie && (!a.specificPatient[a.sentence[e.from]] || c.ancient) && (e.cue !== 'unknown' || e.evidence === 'medium') && !AGE_AFTER_NAME.test(a.text.slice(a.words[e.to].end, a.words[e.to].end + 6))) out[q] = { ...e, evidence: 'weak', context: 'history' };
  }
  // The same family name again in the block ("Paul Kalanithi, When Breath Becomes Air (2016) …
  // an epilogue by his wife, Dr. Lucy Kalanithi"; "Gerald Ostrowski … Mr. Ostrowski accepted"):
  // the public figure or author already named, unless the sentence ties them to the author's care.
  const publicNames = new Set<string>();
  for (const e of out) if (e.kind === 'person' && e.context === 'history' && e.to > e.from) publicNames.add(words[e.to].lower);
  // Public figures the lexicon knows ("Woody Guthrie") are left unflagged, but their family name counts.
  for (const run of a.runs) {
    if (run.to > run.from && (quiet[run.from] || publicTitled(a, run.from, run.to))) publicNames.add(words[run.to].lower);
  }
  if (publicNames.size > 0) {
    for (let q = 0; q < out.length; q++) {
      const e = out[q];
      if (e.kind !== 'person' || e.evidence === 'weak' || e.evidence === 'pseudonym' || e.context === 'history' || !publicNames.has(words[e.to].lower)) continue;
      if (e.cue === 'kinship' || e.cue === 'naming' || e.cue === 'initials' || sentenceCues(a, e.from).tie) continue;
      out[q] = { ...e, evidence: 'weak', context: 'history' };
    }
  }
  // A full or first name with no cue in a block that tells no patient's story (no patient,
  // relative, age or care event in any sentence, no "she presented", "I treated" …) is a
  // researcher, a historical figure, a colleague or an author far more often than a patient; a
  // town, hospital or street there is a study site, a setting or the practice's own. Safe Harbor
  // counts them only when they relate to an individual: a hint. Inside a story the same words stay
  // a warning, and any cue (an honorific, a relationship word, "lives in") still makes an error.
  // Of the residence cues only the ones that also locate things and populations ("from Toronto to
  // …", "residents of Framingham", "based in") are lowered so; "lives in", "near", "outside",
  // "grew up in", "a resident of" and "hometown" speak of one person and stay errors.
  let storyBlock: boolean | undefined;
  for (let q = 0; q < out.length; q++) {
    const e = out[q];
    if (e.evidence === 'strong' ? e.kind === 'person' || e.cue !== 'residence' || !GENERAL_LOCATORS.has(e.cueWord ?? '') : e.evidence !== 'medium') continue;
    // A capitalised word listed with a name ("Monjeau, Graves and Reed") goes with the names.
    if (e.kind === 'person' && e.cue !== 'fullName' && e.cue !== 'firstName' && !(e.cue === 'unknown' && e.evidence === 'medium')) continue;
    // One person spoken of ("she", "him", "his"; not "he or she") is a story too, and so is a
    // testimonial posted without consent ("we posted this without her permission").
    // So is anyone named with a cue ("Mrs. Kelly", "her son Daniel", "a boy named Timmie").
    storyBlock ??= out.some((x) => x.kind === 'person' && x.evidence === 'strong') || a.specificPatient.includes(true) || readsAsPatientStory(text) || ONE_PERSON.test(text.replace(EITHER_SEX, ' ')) || noConsent(a);
    if (storyBlock) break;
    // "outside Harlan" in "He lives off Miller Creek Road outside Harlan" locates a person, and
    // "from" is a residence unless a route follows ("From Winnipeg to the Corner Pharmacy").
    if (e.cue === 'residence' && e.evidence === 'strong' && (LIVES.test(text) || (e.cueWord === 'from' && !/^[ \u00a0]+to[ \u00a0]/i.test(text.slice(e.replaceEnd, e.replaceEnd + 5))))) continue;
    out[q] = { ...e, evidence: 'weak', context: 'noStory' };
  }
  // Sentences about a researcher, an author or a public figure named above: their places are theirs.
  const publicSentences = new Set<number>();
  for (const e of out) if (e.kind === 'person' && e.context === 'history') publicSentences.add(a.sentence[e.from]);
  // A hospital, town or street in a sentence about history or research ("at the Vienna General
  // Hospital" in 1847, "at Epworth Hospital … published in 1991") is a hint; a residence cue keeps it.
  for (let q = 0; q < out.length; q++) {
    const e = out[q];
    if (e.kind === 'person' || e.evidence !== 'medium') continue;
    const c = sentenceCues(a, e.from);
    const publicFigure = publicSentences.has(a.sentence[e.from]);
    if ((c.research || publicFigure) && !c.tie && (!a.specificPatient[a.sentence[e.from]] || c.ancient)) out[q] = { ...e, evidence: 'weak', context: 'history' };
  }
  // The publication of such a statement ("in Vogue") is no place.
  for (let q = out.length - 1; q >= 0; q--) {
    const e = out[q];
    if (e.kind === 'place' && e.evidence === 'weak' && e.cue === 'placeCue' && sentenceCues(a, e.from).venue === e.from) out.splice(q, 1);
  }
  entityCache.set(a, out);
  return out;
}
const entityCache = new WeakMap<Analysis, Entity[]>();
/** A third person singular pronoun: the block speaks of one person. */
const ONE_PERSON = /(?<![\p{L}])(?:he|she|him|her|his|hers|himself|herself)(?![\p{L}])/iu;
/** "he or she", "his/her", "him or her": anyone, not one person. */
const EITHER_SEX = /(?<![\p{L}])(?:he|she|him|her|his|hers)[ \u00a0]*(?:or|\/)[ \u00a0]*(?:he|she|him|her|his|hers)(?![\p{L}])/giu;
/** A residence verb anywhere in the block. */
const LIVES = /(?<![\p{L}])(?:lives|lived|living|resides|resided|stays|stayed|moved)(?![\p{L}])/iu;
/** Residence cues that locate things and populations as often as a person (see entities). */
const GENERAL_LOCATORS = set(['from', 'based in', 'located in', 'located at', 'residents of', 'town of', 'city of', 'village of']);

function classify(a: Analysis, run: Run, quiet?: Uint8Array): Entity | null {
  const e = classifyRun(a, run, quiet);
  // A generic role before a private name ("Director Ana Ruiz left") goes with the name in the fix.
  if (e && e.kind === 'person' && e.from > run.from && e.replaceStart === a.words[e.from].start && titleAt(a.words, e.from - 1, true, a.text) === 1) {
    return { ...e, replaceStart: a.words[e.from - 1].start };
  }
  return e;
}

/** Naming cues that can introduce the name of a thing ("an app called Flo"). */
const THING_CUE = /^(?:called|named|nicknamed|dubbed|as|the)$/;
const THING_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s{1,3}(?:called|named|nicknamed|dubbed|known\s{1,3}as|branded\s{1,3}as|sold\s{1,3}as|marketed\s{1,3}as)\s{1,3}(?:the\s{1,3})?$/u;

/** Word i follows "app called", "a device named", "the condition known as": a thing's name, not a person's. */
function namedThing(a: Analysis, i: number): boolean {
  const prev = a.words[i - 1];
  if (!prev || prev.cap || !THING_CUE.test(prev.lower)) return false;
  const m = THING_BEFORE.exec(a.text.slice(Math.max(0, a.words[i].start - 48), a.words[i].start));
  if (!m) return false;
  const noun = m[1].toLowerCase();
  return NAMED_THINGS.has(noun) || (noun.endsWith('s') && NAMED_THINGS.has(noun.slice(0, -1)));
}

/**
 * The index after a multi-word state or country name ("new york", "north carolina") that starts
 * at word `from` (up to word `to`), or `from` when none does.
 */
function notIdentifierPrefix(words: Word[], from: number, to: number): number {
  if (from >= to || !isKnownWord(words[from].lower)) return from;
  let phrase = words[from].lower;
  let end = from;
  for (let k = from + 1; k <= to && k <= from + 3; k++) {
    phrase += ' ' + words[k].lower;
    if (isNotIdentifier(phrase)) end = k + 1;
  }
  return end;
}

/** Honorifics that only ever stand before a person's name ("Mrs.", "Dr"; not "Nurse" or "Baby"). */
const PERSONAL_HONORIFICS = set(['mr', 'mrs', 'ms', 'mx', 'miss', 'mister', 'dr', 'prof']);

function classifyRun(a: Analysis, run: Run, quiet?: Uint8Array): Entity | null {
  const { words, text } = a;
  let from = run.from;
  let to = run.to;
  if (a.inAddress[from]) return null;
  // "an app called Flo", "a program called Couch to 5K": the name of a thing.
  if (namedThing(a, from)) return null;
  // A public office or role ("Senator Elizabeth Warren", "Rochelle Walensky, the CDC director,"):
  // not flagged unless the sentence ties the person to the author's care ("my patient, Senator …").
  const prevW = words[run.from - 1];
  const kin = prevW && KINSHIP.has(prevW.lower) && /^,? $/.test(gapBetween(text, prevW, words[run.from])) && !words[run.from].sentenceStart;
  const pub = kin ? null : publicTitle(a, run);
  if (pub) {
    if (!sentenceCues(a, run.from).tie) {
      if (quiet) for (let q = run.from; q <= run.to; q++) quiet[q] = 1;
      return null;
    }
    let t = to;
    while (t > pub.name && CREDENTIALS.has(words[t].lower)) t--;
    return { kind: 'person', from: pub.name, to: t, evidence: 'strong', cue: 'honorific', replaceStart: Math.min(pub.at, words[pub.name].start), replaceEnd: words[t].end };
  }
  // A leading initialism ("U.S. children"): no initials of a person.
  if (words[from].text.length === 1 && words[from].dot) {
    let j = from;
    while (j + 1 <= to && words[j + 1].text.length === 1 && words[j].dot) j++;
    if (j > from && INITIALS_NOT_NAMES.has(text.slice(words[from].start, words[j].end + 1).replace(/\s/g, '').toLowerCase())) from = j + 1;
    if (from > to) return null;
  }
  // Honorific ("Mrs. Okafor", "Dr Burke").
  let honorific: Word | null = null;
  /** The honorific's word index (the run's first word unless common words lead it). */
  let honorificAt = run.from;
  if (from < to && HONORIFICS.has(words[from].lower) && !words[from].upper) {
    honorific = words[from];
    from++;
  }
  // A naming phrase outranks the dictionary ("her maiden name is Key").
  if (!honorific && !words[from].upper) {
    const naming = endsWithPhrase(text, words[from].start, NAMING);
    let t = Math.min(to, from + 3);
    while (t > from && CREDENTIALS.has(words[t].lower)) t--;
    const named = words.slice(from, t + 1);
    if (naming && titleAfterVerb(naming, words[from]) && !patientSentence(a, from)) return { kind: 'person', from, to: t, evidence: 'weak', cue: 'unknown', replaceStart: words[from].start, replaceEnd: words[t].end };
    if (naming && !named.some((w) => isNotIdentifier(w.lower) || NOT_NAMES.has(w.lower) || acronymShape(w))) {
      return { kind: 'person', from, to: t, evidence: 'strong', cue: 'naming', replaceStart: words[from].start, replaceEnd: words[t].end, cueStart: words[from].start - naming.length - 1, cueWord: naming };
    }
  }
  // A street named with common words after a locating preposition ("on Main Street", "off Church Road").
  if (!honorific && to > from && to - from <= 2 && FULL_STREET.test(words[to].lower) && isKnownWord(words[from].lower) && !words[from].sentenceStart) {
    const p = words[from - 1];
    const res = residenceBefore(text, words[from].start);
    if (p && /^(?:on|off|along|down|up|near|onto|at|by|to)$/.test(p.lower) && gapBetween(text, p, words[from]) === ' ' && words.slice(from, to).every((w) => !isNotIdentifier(w.lower) && !NOT_NAMES.has(w.lower) && !isMonthOrDay(w.lower))) {
      return { kind: 'street', from, to, evidence: res ? 'strong' : patientSentence(a, from) ? 'medium' : 'weak', cue: 'street', replaceStart: words[from].start, replaceEnd: words[to].end, cueStart: res ? words[from].start - res.length - 1 : undefined, cueWord: res ?? undefined };
    }
  }
  // Leading common words: "The", "When", "Yesterday" (sentence starts, Title Case).
  // A Title Case common noun inside a sentence before the name makes the whole run a product,
  // app or program name ("an app such as Migraine Buddy"), unless it is a role or a relation.
  let titled = false;
  if (!honorific) {
    // A state or country whose name opens with a common word is not cut down to its second word:
    // "North Carolina" is no identifier, and "New York City" is a city, not "York City".
    const stateEnd = notIdentifierPrefix(words, from, to);
    if (stateEnd > to) return null;
    const cityOfState = stateEnd > from && words.slice(stateEnd, to + 1).every((w) => PLACE_NOUNS.has(w.lower));
    if (stateEnd > from && !cityOfState) from = stateEnd;
    while (!cityOfState && from <= to && isKnownWord(words[from].lower) && !isFirstName(words[from].lower) && !FACILITY_NOUNS.has(words[from].lower) && !PLACE_NOUNS.has(words[from].lower) && !(from < to && PERSONAL_HONORIFICS.has(words[from].lower))) {
      const w = words[from];
      titled = !w.sentenceStart && !w.upper && !isMonthOrDay(w.lower) && !KINSHIP.has(w.lower) && !STAFF_ROLES.has(w.lower) && !TITLES_BY_FIRST.has(w.lower) && !NOT_NAMES.has(w.lower);
      from++;
    }
    // "Meet Mrs. Alvarez", "Thank You Dr. Ruiz": an honorific after the leading common words.
    if (from > run.from && from < to && PERSONAL_HONORIFICS.has(words[from].lower) && !words[from].upper) {
      honorific = words[from];
      honorificAt = from;
      titled = false;
      from++;
    }
  }
  // Trailing credentials ("Giovanna Rodrigues MD").
  while (to > from && CREDENTIALS.has(words[to].lower)) to--;
  if (from > to) return null;
  const first = words[from];
  const last = words[to];
  const core = words.slice(from, to + 1);
  const lowerPhrase = core.map((w) => w.lower).join(' ');
  const prevIdx = (honorific ? honorificAt : from) - 1;
  const prev = prevIdx >= 0 ? words[prevIdx] : undefined;
  const startAt = honorific ? honorific.start : first.start;
  const gapPrev = prev ? gapBetween(text, prev, words[prevIdx + 1]) : '';
  const sameSentence = prev !== undefined && !words[prevIdx + 1].sentenceStart;
  const residence = sameSentence ? residenceBefore(text, startAt) : null;
  const placeCue = sameSentence && prev && PLACE_CUES.has(prev.lower) && /^ $/.test(gapPrev) ? prev.lower : null;
  const allKnown = core.every((w) => isKnownWord(w.lower) || isNotIdentifier(w.lower) || (w.upper && !honorific));
  const next = words[to + 1];
  const nextLowerFacility = next && !next.cap && text.slice(last.end + (last.possessive ? 2 : 0), next.start) === ' ' && FACILITY_NOUNS.has(next.lower) ? next : null;

  // Places first: facilities, streets and place nouns are explicit.
  const lastFacility = FACILITY_NOUNS.has(last.lower) && core.length > 1 && !(last.lower === 'general' && TITLE_BEFORE_GENERAL.has(words[to - 1].lower));
  if (!honorific && (lastFacility || (nextLowerFacility && !allKnown && !isNotIdentifier(lowerPhrase)))) {
    const full = (nextLowerFacility ? `${lowerPhrase} ${nextLowerFacility.lower}` : lowerPhrase).replace(/'s\b/g, '');
    const named = core.filter((w) => !FACILITY_NOUNS.has(w.lower));
    if (WELL_KNOWN.has(full) || WELL_KNOWN.has(lowerPhrase) || named.some((w) => NOT_NAMES.has(w.lower) && !FACILITY_NOUNS.has(w.lower)) || named.length === 0) return null;
    let rs = first.start;
    const det = words[from - 1];
    if (det && det.lower === 'the' && gapBetween(text, det, first) === ' ') rs = det.start;
    return { kind: 'facility', from, to, evidence: 'medium', cue: 'facility', replaceStart: rs, replaceEnd: nextLowerFacility ? nextLowerFacility.end : last.end + (last.possessive ? 2 : 0) };
  }
  if (!honorific && core.length > 1 && STREET_SUFFIXES.has(last.lower) && core.slice(0, -1).some((w) => !isNotIdentifier(w.lower))) {
    if (!(last.lower === 'dr' || last.lower === 'st' || last.lower === 'pl' || last.lower === 'way' || last.lower === 'walk' || last.lower === 'run' || last.lower === 'close' || last.lower === 'row' || last.lower === 'loop' || last.lower === 'path' || last.lower === 'place' || last.lower === 'square') || core.length > 2) {
      return { kind: 'street', from, to, evidence: residence ? 'strong' : 'medium', cue: 'street', replaceStart: first.start, replaceEnd: last.end, cueStart: residence ? startAt - residence.length - 1 : undefined, cueWord: residence ?? undefined };
    }
  }
  if (!honorific && core.length > 1 && PLACE_NOUNS.has(last.lower) && !isNotIdentifier(core.slice(0, -1).map((w) => w.lower).join(' ')) && !core.slice(0, -1).every((w) => isKnownWord(w.lower))) {
    return { kind: 'place', from, to, evidence: residence ? 'strong' : 'medium', cue: 'placeNoun', replaceStart: first.start, replaceEnd: last.end, cueWord: residence ?? placeCue ?? undefined };
  }
  if (!honorific && !first.upper) {
    const naming = endsWithPhrase(text, first.start, NAMING);
    if (naming && core.length <= 4 && !core.some((w) => isNotIdentifier(w.lower) || NOT_NAMES.has(w.lower) || acronymShape(w))) return { kind: 'person', from, to, evidence: 'strong', cue: 'naming', replaceStart: first.start, replaceEnd: last.end, cueStart: first.start - naming.length - 1, cueWord: naming };
  }
  if (!honorific && isNotIdentifier(lowerPhrase)) return null;
  if (!honorific && core.every((w) => isNotIdentifier(w.lower) || isKnownWord(w.lower))) {
    // Known words only, unless a cue says otherwise ("her daughter Rose").
    const kin = prev && KINSHIP.has(prev.lower) && /^,? $/.test(gapPrev) && sameSentence && core.length <= 3 && !first.sentenceStart;
    if (!kin || core.some((w) => isNotIdentifier(w.lower) || NOT_NAMES.has(w.lower) || isMonthOrDay(w.lower))) return null;
  }
  const firstName = isFirstName(first.lower) && !isKnownWord(first.lower);

  // Person cues.
  if (honorific) {
    const doctor = honorific.lower === 'dr' || honorific.lower === 'doctor' || honorific.lower === 'prof' || honorific.lower === 'professor';
    // A physician in a patient's story; a setting word alone ("Outside the clinic, Dr. Lee coaches …") makes none.
    if (doctor) return { kind: 'person', from, to, evidence: patientSentence(a, from) && personInSentence(a, from) ? 'strong' : 'weak', cue: 'doctor', replaceStart: honorific.start, replaceEnd: last.end };
    if (core.some((w) => isNotIdentifier(w.lower) || NOT_NAMES.has(w.lower))) return null;
    // "Nurse Manager", "Nurse Educator", "Nurse Case Manager": a job title, not a nurse's name.
    if (core.every((w) => STAFF_ROLES.has(w.lower) || JOB_TITLE_MODIFIERS.has(w.lower)) && STAFF_ROLES.has(last.lower)) return null;
    // "the Mr. Yuk stickers", "a Mr. Clean sponge": a mascot or brand used as a modifier, not a person.
    const det = words[run.from - 1];
    if (det && /^(?:the|a|an)$/.test(det.lower) && !last.possessive && next && !next.cap && !next.num && gapBetween(text, last, next) === ' ' && !isVerbLike(next.lower) && !/^(?:and|or|who|was|is|had|has|came|said|told)$/.test(next.lower) && !patientSentence(a, from)) {
      return { kind: 'person', from, to, evidence: 'weak', cue: 'honorific', replaceStart: honorific.start, replaceEnd: last.end };
    }
    return { kind: 'person', from, to, evidence: 'strong', cue: 'honorific', replaceStart: honorific.start, replaceEnd: last.end };
  }
  if (sameSentence) {
    const pseud = endsWithPhrase(text, first.start, PSEUDONYM);
    if (pseud) return { kind: 'person', from, to, evidence: 'pseudonym', cue: 'pseudonym', replaceStart: first.start, replaceEnd: last.end };
    // "North Brother Island": a capitalised kin word inside a longer name is part of that name.
    const inName = prev && prev.cap && !prev.sentenceStart && words[prevIdx - 1]?.cap && gapBetween(text, words[prevIdx - 1], prev) === ' ';
    if (prev && KINSHIP.has(prev.lower) && /^,? $/.test(gapPrev) && !inName) {
      return { kind: 'person', from, to, evidence: 'strong', cue: 'kinship', replaceStart: first.start, replaceEnd: last.end, cueStart: prev.start, cueWord: prev.lower };
    }
  }
  const naming = endsWithPhrase(text, first.start, NAMING);
  // "a molecule called CGRP", "a test called HbA1c": codes, not names.
  if (naming && core.every(acronymShape)) return null;
  if (naming && titleAfterVerb(naming, first) && !patientSentence(a, from)) return { kind: 'person', from, to, evidence: 'weak', cue: 'unknown', replaceStart: first.start, replaceEnd: last.end };
  if (naming && core.length <= 4) return { kind: 'person', from, to, evidence: 'strong', cue: 'naming', replaceStart: first.start, replaceEnd: last.end, cueStart: first.start - naming.length - 1, cueWord: naming };
  // Places after cues. Acronyms ("recovering from COPD") are at most a hint.
  const acronym = core.every((w) => w.upper);
  if (acronym && core.length === 1 && first.text.length <= 3) return null;
  // "… come from Michael Bliss's history of insulin": a work's author, not a place of origin; "from
  // Slayton's era": a person's time.
  const author = (firstName && core.length > 1 && AUTHOR_OF_WORK.test(text.slice(last.end, last.end + 160))) || (last.possessive && PERSONS_TIME.test(text.slice(last.end, last.end + 24)));
  if (residence && !author && !(firstName && core.length > 1 && !residence.startsWith('from') && residence !== 'in')) {
    return { kind: 'place', from, to, evidence: acronym ? 'weak' : 'strong', cue: 'residence', replaceStart: first.start, replaceEnd: last.end, cueStart: startAt - residence.length - 1, cueWord: residence };
  }
  const townOf = placeCue === 'of' && core.length === 1 && !firstName && (isCity(first.lower) || TOWN_ENDING.test(first.lower)) && !!prev && !KINSHIP.has(words[prevIdx - 1]?.lower ?? '') && !ORGANISATION_WORDS.has(words[prevIdx - 1]?.lower ?? '');
  if (placeCue && (placeCue !== 'of' || townOf) && !(firstName && (placeCue === 'to' || core.length > 1))) {
    // A town in a sentence about a patient ("a 47-year-old from Elm Street in Springfield").
    const town = core.length === 1 && /^(?:in|near|outside|at)$/.test(placeCue) && (isCity(first.lower) || TOWN_ENDING.test(first.lower)) && patientSentence(a, from);
    if (town) return { kind: 'place', from, to, evidence: 'medium', cue: 'placeCue', replaceStart: first.start, replaceEnd: last.end, cueWord: placeCue };
    return { kind: 'place', from, to, evidence: 'weak', cue: 'placeCue', replaceStart: first.start, replaceEnd: last.end, cueWord: placeCue };
  }
  if (core.every((w) => w.upper)) {
    // Acronyms (COPD, CDC) are not names; an ALL-CAPS town stands alone on an address line.
    if (core.length === 1 && (residence || placeCue) && first.text.length > 3 && !isKnownWord(first.lower)) {
      return { kind: 'place', from, to, evidence: residence ? 'strong' : 'weak', cue: residence ? 'residence' : 'placeCue', replaceStart: first.start, replaceEnd: last.end, cueWord: residence ?? placeCue ?? undefined };
    }
    if (core.length === 1 && first.lineStart && first.text.length > 3 && /^\s*(?:\n|,|$)/.test(text.slice(last.end, last.end + 2)) && !isKnownWord(first.lower)) {
      return { kind: 'place', from, to, evidence: 'weak', cue: 'placeCue', replaceStart: first.start, replaceEnd: last.end };
    }
    return null;
  }
  // Names without a cue. Plural acronyms and codes ("SSRIs", "HbA1c") are none.
  if (core.length === 1 && acronymShape(first)) return null;
  const proper = core.filter((w) => !isKnownWord(w.lower) || isFirstName(w.lower));
  if (proper.length === 0) return null;
  // A place whose name is also a first name: "the University of Sydney", "GII.4 Sydney after the city".
  if (firstName && core.length === 1 && placeByContext(a, from, to)) return { kind: 'place', from, to, evidence: 'weak', cue: 'placeCue', replaceStart: first.start, replaceEnd: last.end, cueWord: prev?.lower };
  if (firstName && core.length > 1 && core.slice(1).every((w) => !NOT_NAMES.has(w.lower) && !isNotIdentifier(w.lower) && !isMonthOrDay(w.lower))) {
    return { kind: 'person', from, to, evidence: patientSentence(a, from) ? 'strong' : 'medium', cue: 'fullName', replaceStart: first.start, replaceEnd: last.end };
  }
  if (firstName && core.length === 1 && !first.sentenceStart) {
    if (titled && !patientSentence(a, from)) return { kind: 'person', from, to, evidence: 'weak', cue: 'firstName', replaceStart: first.start, replaceEnd: last.end };
    return { kind: 'person', from, to, evidence: patientSentence(a, from) ? 'strong' : 'medium', cue: 'firstName', replaceStart: first.start, replaceEnd: last.end };
  }
  if (core.length === 1 && (englishLooking(first.lower) || STREET_SUFFIXES.has(first.lower))) return null;
  // A lone capital letter without a dot is a unit or a label ("40 °C", "104 °F", "Plan B"), not an initial.
  if (core.length === 1 && first.text.length === 1 && !first.dot && !firstName) return null;
  // "Vitamin D", "Hepatitis B", "Plan B": a word plus a bare capital letter.
  if (core.length === 2 && last.text.length === 1 && !last.dot && !isFirstName(first.lower)) return null;
  // Title Case phrases ("Personal Info", "Cautionary Tales"): a common word among unknown ones.
  if (core.length > 1 && core.some((w) => isKnownWord(w.lower) && !isFirstName(w.lower) && !isLastName(w.lower) && w.text.length > 1)) return null;
  if ((first.sentenceStart || from > run.from) && core.length === 1 && !firstName) {
    // A sentence-initial unknown word is a name only when a verb or "and Name" follows ("Alvir spent").
    const after = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 40);
    const m = /^ ([a-z]+)\b/.exec(after);
    // A vocative ("Danial, can I speak to …").
    if (/^, (?:can|could|would|will|please|thank|thanks|do|did|are|is|i|you|we)\b/i.test(after) && !isKnownWord(first.lower)) return { kind: 'person', from, to, evidence: 'weak', cue: 'unknown', replaceStart: first.start, replaceEnd: last.end };
    if (!isKnownWord(first.lower) && PATIENT_APPOSITIVE.test(after)) return { kind: 'person', from, to, evidence: 'strong', cue: 'unknown', replaceStart: first.start, replaceEnd: last.end };
    const verbish = m !== null && (isVerbLike(m[1]) || /^(?:is|was|has|had|and|said|says|told|lives|lived|works|worked|went|got|came)$/.test(m[1]));
    if (isKnownWord(first.lower) || !(verbish || /^ (?:and|&) \p{Lu}/u.test(after) || last.possessive)) return null;
  }
  // "the Hobbits" is a title or a group; "the Petersson novel" names someone.
  if (core.length === 1 && FORMAL_DETERMINERS.has(prev?.lower ?? '') && !isLastName(first.lower) && !firstName && !(next && !next.cap && !next.num && text.slice(last.end, next.start) === ' ' && !isVerbLike(next.lower))) return null;
  // A word the block also writes in lower case is a common noun ("Asthma is …; adults with asthma").
  if (core.length === 1 && !firstName && lowerElsewhere(a, first.lower)) return null;
  // An appositive that makes the name a patient's ("Jaylen, the 9-year-old from our practice").
  if (core.length <= 2 && PATIENT_APPOSITIVE.test(text.slice(last.end, last.end + 40))) {
    return { kind: 'person', from, to, evidence: 'strong', cue: 'unknown', replaceStart: first.start, replaceEnd: last.end };
  }
  return { kind: 'person', from, to, evidence: 'weak', cue: firstName ? 'firstName' : 'unknown', replaceStart: first.start, replaceEnd: last.end };
}

const SPACE_OR_BREAK = /^(?: |\r?\n)$/;

/** Verbs that name things as readily as people ("a companion called Disclosures 101", "known as List G"). */
const THING_NAMING = /^(?:called|known as|named|nicknamed|dubbed)$/;
/** After such a verb, a common English word that is no first or last name is a title or a label, not a person. */
function titleAfterVerb(cue: string, w: Word): boolean {
  return THING_NAMING.test(cue) && !isFirstName(w.lower) && !isLastName(w.lower) && (isKnownWord(w.lower) || englishLooking(w.lower));
}

/** Words that set a scene without naming anyone in it ("clinic", "ER", "visit"). */
const SETTING_WORDS = set(['clinic', 'er', 'ed', 'icu', 'nicu', 'ward', 'bedside', 'exam', 'chart', 'visit', 'appointment']);
/** The sentence of word i has a patient, a relative or an age, not only a setting word. */
function personInSentence(a: Analysis, i: number): boolean {
  let memo = personMemo.get(a);
  if (!memo) personMemo.set(a, (memo = new Map()));
  const id = a.sentence[i];
  let v = memo.get(id);
  if (v === undefined) {
    v = false;
    const { from, to } = sentenceOf(a, i);
    for (let k = from; k <= to && !v; k++) {
      const w = a.words[k];
      if (SETTING_WORDS.has(w.lower) || (w.cap && !w.upper && !w.sentenceStart) || modifierUse(a.text, w, a.words[k + 1])) continue;
      if (PATIENT_CONTEXT.has(w.lower) || KINSHIP.has(w.lower) || /^\d{1,3}-year-old$/.test(w.lower)) v = true;
    }
    memo.set(id, v);
  }
  return v;
}
const personMemo = new WeakMap<Analysis, Map<number, boolean>>();

/** Nouns after which "of X" names a place ("the University of Sydney", "the city of Sydney"). */
const PLACE_OWNERS = set(['university', 'city', 'town', 'village', 'county', 'suburb', 'port', 'bishop', 'archbishop', 'mayor', 'lord', 'duke', 'earl']);
/** The single word from..to names a place by its context: after "University of", or before "after the city". */
function placeByContext(a: Analysis, from: number, to: number): boolean {
  const { words, text } = a;
  const of = words[from - 1];
  const owner = words[from - 2];
  if (of && owner && of.lower === 'of' && !of.cap && PLACE_OWNERS.has(owner.lower) && gapBetween(text, owner, of) === ' ' && gapBetween(text, of, words[from]) === ' ') return true;
  return /^,? (?:after|for) the (?:city|town|village|suburb|region|river|island)\b/.test(text.slice(words[to].end, words[to].end + 30));
}

/** "a name:", "the medical name is", "its name is": a cue that names a thing. */
const ARTICLE_BEFORE_CUE = /\b(?:a|an|the|its|another|this|that|one|scientific|medical|technical|official|proper|common|fancy|formal|clinical)\s{1,3}$/i;

const phraseIndex = new WeakMap<readonly string[], Map<string, string[]>>();
/** Phrases grouped by their last word (memoized per phrase list). */
function byLastWord(phrases: readonly string[]): Map<string, string[]> {
  let m = phraseIndex.get(phrases);
  if (!m) {
    m = new Map();
    for (const p of phrases) {
      const last = p.split(' ').pop() ?? p;
      for (const key of [last, `${last}:`]) {
        const list = m.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        m.set(key, list);
      }
    }
    phraseIndex.set(phrases, m);
  }
  return m;
}
