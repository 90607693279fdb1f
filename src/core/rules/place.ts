// Safe Harbor item (B): geographic subdivisions smaller than a state — street addresses, towns,
// counties, neighbourhoods, named hospitals and other landmarks used as locators. States and
// countries are not identifiers and are never flagged. ZIP codes have their own rule (zip-code).
import type { BlockRule, BlockReport, ProseFix } from '../rule';
import type { Severity } from '../types';
import { analyze, authorLine, residenceBefore, ORGANISATION_WORDS, endsWithPhrase, entities, gapBetween, isCity, isFirstName, isKnownWord, isLastName, isNotIdentifier, isVerbLike, PLACE_NOUNS, STREET_SUFFIXES, ownAddress, ownLocation, sentenceCues, AFFILIATION_CUES, FACILITY_HEADS, FACILITY_NOUNS, generalFacilityWord, KINSHIP, PATIENT_CONTEXT, patientSentence, RESIDENCE_CUES, sentenceOf, type Analysis, type Entity } from '../text/proper-nouns';
import places from './data/places.json';
import { matchCase, removalEdit } from '../text/tidy';
import { agreeFix } from '../text/agreement';
import { eachMatch, firstAtOrAfter } from '../text/scan';
import { historicalBlock } from '../text/context-cues';
import { documentRecord } from '../text/document-facts';

const NOTE =
  'Safe Harbor item (B), 45 CFR 164.514(b)(2)(i)(B): all geographic subdivisions smaller than a state — street address, city, county, precinct, ZIP code and their equivalent geocodes — must be removed. Describe the place generally ("a small town in our state") or leave it out.';

const SEVERITY: Record<Entity['evidence'], Severity> = { strong: 'error', medium: 'warning', weak: 'hint', pseudonym: 'information' };

function replaceFix(text: string, start: number, end: number, replacement: string): ProseFix {
  const atStart = text.slice(Math.max(0, start - 200), start).trim() === '' || /[.!?]\s+$/.test(text.slice(Math.max(0, start - 3), start));
  return { title: `Replace with “${replacement}”`, edits: [{ start, end, text: atStart ? matchCase(text.slice(start, end), replacement) : replacement }] };
}

const HEALTH_GENERICS = new Set(FACILITY_HEADS.values());

const lowerSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
const MEDICAL_HEADS = lowerSet(places.medicalHeads);
const PLACE_NAMED_DISEASES = lowerSet(places.placeNamedDiseases);
const COMPANIES = lowerSet(places.companies);
const MAKER_NOUNS = lowerSet(places.makerNouns);
const AREA_NOUNS = lowerSet(places.areaNouns);
/** Words that end a clinical term's modifiers: a head noun never follows them ("from Harlan and her fever"). */
const NOT_MODIFIERS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'with', 'without', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'as', 'after', 'before', 'since', 'when', 'while', 'who', 'that', 'which', 'her', 'his', 'their', 'my', 'our', 'your', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'got', 'gets', 'get', 'came', 'went', 'last', 'this', 'next', 'every']);
const SPACE_OR_HYPHEN = /^(?:[ \n]|[ ]?[-–][ ]?)$/;

/**
 * The place word is part of a clinical term: a disease, pathogen, score, rule, scale, diet or test
 * head follows, at most two modifier words after it ("Rocky Mountain spotted fever", "Ottawa ankle
 * rules", "Glasgow Coma Scale", "West Nile virus").
 */
function clinicalTerm(a: Analysis, e: Entity): boolean {
  const { words, text } = a;
  for (let k = e.to + 1; k <= e.to + 3 && k < words.length; k++) {
    const w = words[k];
    if (!SPACE_OR_HYPHEN.test(gapBetween(text, words[k - 1], w))) return false;
    if (MEDICAL_HEADS.has(w.lower)) return true;
    if (w.num || NOT_MODIFIERS.has(w.lower) || isVerbLike(w.lower) || words[k - 1].possessive) return false;
  }
  return false;
}

/** A residence cue other than "from" ("lives in Lyme"): the listed disease names stay places there. */
function livesThere(e: Entity): boolean {
  return e.cue === 'residence' && e.cueWord !== undefined && e.cueWord !== 'from';
}

/** The words of the name, lower case, split at hyphens, spaces and "&" ("Pfizer-BioNTech" → pfizer, biontech). */
function nameParts(name: string): string[] {
  return name.toLowerCase().split(/[\s\-–&]+/).filter(Boolean);
}

/** A drug or device maker ("Pfizer-BioNTech", "Novo Nordisk", "Johnson & Johnson"), or a name after "vaccines from". */
function maker(a: Analysis, e: Entity, name: string): boolean {
  const lower = name.toLowerCase();
  if (COMPANIES.has(lower)) return true;
  const parts = nameParts(name);
  if (parts.length > 0 && parts.every((p) => COMPANIES.has(p))) return true;
  if (e.cueWord !== 'from') return false;
  const fromWord = a.words[e.from - 1];
  const before = a.words[e.from - 2];
  return fromWord?.lower === 'from' && before !== undefined && MAKER_NOUNS.has(before.lower) && !patientSentence(a, e.from);
}

/**
 * Title words, not a place name: at least one common English word ("Poisons"), and no word that is
 * a town, a person's name, a region or a place noun ("Household Poisons", not "Harlan County").
 */
function commonWords(a: Analysis, e: Entity): boolean {
  let common = false;
  for (let k = e.from; k <= e.to; k++) {
    const w = a.words[k].lower;
    if (w.length < 3 || !a.words[k].cap || isNotIdentifier(w) || isCity(w) || isFirstName(w) || isLastName(w) || PLACE_NOUNS.has(w) || STREET_SUFFIXES.has(w)) return false;
    if (isKnownWord(w) || (w.endsWith('s') && isKnownWord(w.slice(0, -1)))) common = true;
  }
  return common;
}

/** Title Case around the cue ("Keeping Kids Safe from Household Poisons"): a capitalised word, not a sentence start, right before the cue. */
function titleCased(a: Analysis, e: Entity): boolean {
  const cueWords = e.cueWord ? e.cueWord.split(' ').length : 0;
  const w = a.words[e.from - cueWords - 1];
  const next = a.words[e.to + 1];
  return w !== undefined && w.cap && !w.upper && !w.sentenceStart && isKnownWord(w.lower) && !(next?.num && gapBetween(a.text, a.words[e.to], next) === ' ');
}

/**
 * A place word that names no place: part of a clinical term, a disease named after a place, a
 * drug maker, or a Title Case heading, title or book name made of common words.
 */
function notAPlace(a: Analysis, e: Entity, title: boolean): boolean {
  if (e.kind !== 'place' && e.kind !== 'street') return false;
  const name = a.text.slice(a.words[e.from].start, a.words[e.to].end);
  if (clinicalTerm(a, e)) return !livesThere(e);
  if (PLACE_NAMED_DISEASES.has(name.toLowerCase()) && !livesThere(e)) return true;
  if (e.kind === 'place' && maker(a, e, name)) return true;
  if ((title || titleCased(a, e)) && commonWords(a, e)) return true;
  return false;
}

/**
 * "the Harlan area", "the Harlan County region": the article and the area noun go with the place,
 * so the fix reads "our region", not "the a small town in our state area".
 */
function areaSpan(a: Analysis, e: Entity): { start: number; end: number } | null {
  const { words, text } = a;
  const det = words[e.from - 1];
  const noun = words[e.to + 1];
  if (!det || !noun || det.lower !== 'the' || noun.cap || !AREA_NOUNS.has(noun.lower)) return null;
  if (gapBetween(text, det, words[e.from]) !== ' ' || gapBetween(text, words[e.to], noun) !== ' ') return null;
  const tail = words[e.to + 2];
  const end = noun.lower === 'metro' && tail?.lower === 'area' && gapBetween(text, noun, tail) === ' ' ? tail.end : noun.end;
  return { start: det.start, end };
}

/**
 * Places the shared analysis leaves out: "the Harlan area" after a residence cue or in a patient
 * sentence ("lives in the Harlan area", "a farmer from the Harlan region"). One pass over the area
 * nouns; the name is one to three capitalised words that are neither common words nor regions.
 */
function areaPlaces(a: Analysis, taken: Uint8Array): Entity[] {
  const { words, text } = a;
  const out: Entity[] = [];
  for (let i = 2; i < words.length; i++) {
    const noun = words[i];
    if (noun.cap || !AREA_NOUNS.has(noun.lower)) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && words[j].cap && !words[j].num && !taken[j] && gapBetween(text, words[j], words[j + 1]) === ' ') j--;
    const from = j + 1;
    const to = i - 1;
    if (from > to || j < 0 || words[j].lower !== 'the' || gapBetween(text, words[j], words[from]) !== ' ' || words[from].sentenceStart) continue;
    const name = words.slice(from, to + 1);
    if (name.some((w) => isNotIdentifier(w.lower)) || isNotIdentifier(name.map((w) => w.lower).join(' '))) continue;
    if (name.every((w) => isKnownWord(w.lower) && !/^(?:county|parish|valley|township)$/.test(w.lower))) continue;
    const residence = residenceBefore(text, words[j].start);
    if (!residence && !patientSentence(a, from)) continue;
    const e: Entity = { kind: 'place', from, to, evidence: residence ? 'strong' : 'medium', cue: residence ? 'residence' : 'placeNoun', replaceStart: words[from].start, replaceEnd: words[to].end, ...(residence ? { cueWord: residence } : {}) };
    if (clinicalTerm(a, e) || PLACE_NAMED_DISEASES.has(name.map((w) => w.lower).join(' '))) continue;
    out.push(e);
  }
  return out;
}

/**
 * The general description for a named facility: from its head ("Mercy Medical Center" → "a local
 * hospital", "Sunrise Nursing Home" → "a nursing home"), else from its last word ("the Delmar
 * cannery" → "a local cannery"); a hospital named after a unit ("the ICU at Riverside") is a hospital.
 */
export function facilityGeneric(name: string): string {
  const tokens = name.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  for (let k = 0; k < tokens.length; k++) {
    const g = FACILITY_HEADS.get(tokens.slice(k).join(' '));
    if (g) return g;
  }
  const last = (tokens[tokens.length - 1] ?? '').replace(/'s$/, '');
  if (!FACILITY_NOUNS.has(last)) return 'a local hospital';
  const noun = generalFacilityWord(last);
  return noun === 'hospital' || noun === 'clinic' ? 'a local hospital' : `a local ${noun}`;
}

/** The author's own residence cue: "I grew up in", "I was born in", "I moved here from". */
const AUTHOR_RESIDENCE = /(?<![\p{L}])I[ \u00a0]+(?:grew[ \u00a0]+up|was[ \u00a0]+(?:born|raised)|moved(?:[ \u00a0]+here)?|live|lived|came|come)[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,3}(?:in|near|from|to|outside)[ \u00a0]+$/u;
/**
 * A staff introduction: a colleague who joined the practice or is named by role in it ("joined us
 * last spring", "joined our team", "is our new nurse practitioner", "our front desk").
 */
const STAFF_INTRODUCTION = /(?<![\p{L}])(?:joined[ \u00a0]+(?:us|our[ \u00a0]+(?:team|practice|clinic|office|staff))|(?:is|as)[ \u00a0]+our[ \u00a0]+(?:new[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){0,2}(?:nurse|physician|doctor|manager|coordinator|assistant|receptionist|practitioner|scheduler|biller|technician|pharmacist|navigator|educator|therapist|midwife)|(?:our|the)[ \u00a0]+(?:front[ \u00a0]+desk|office[ \u00a0]+manager|practice[ \u00a0]+manager|lead[ \u00a0]+nurse|medical[ \u00a0]+assistant))(?![\p{L}])/iu;

/** A patient or relative word in the sentence outside the facility's own name ("Harlan Clinic" is no patient cue) and before `skipFrom` (a cue phrase). */
function patientOutside(a: Analysis, e: Entity, skipFrom = Infinity): boolean {
  if (!patientSentence(a, e.from)) return false;
  const { from, to } = sentenceOf(a, e.from);
  for (let k = from; k <= to; k++) {
    if (k >= e.from && k <= e.to) continue;
    if (a.words[k].start >= skipFrom && a.words[k].end <= e.replaceStart) continue;
    const w = a.words[k].lower;
    if (PATIENT_CONTEXT.has(w) || KINSHIP.has(w) || /^\d{1,3}-year-old$/.test(w)) return true;
  }
  return false;
}

/** A patient or an encounter (not a relative: "the son of a machinist" introduces a colleague) in the sentence around e. */
const PATIENT_OR_CARE = /(?<![\p{L}])(?:patients?|clients?|admitted|diagnosed|treated|came[ \u00a0]+in|presented)(?![\p{L}])/iu;
function patientWordInSentence(a: Analysis, e: Entity): boolean {
  const { from, to } = sentenceOf(a, e.from);
  // Bounded: a long line with no sentence end must not make every place read the whole line.
  return PATIENT_OR_CARE.test(a.text.slice(Math.max(a.words[from].start, e.replaceStart - 300), Math.min(a.words[to].end, e.replaceEnd + 300)));
}

/** A person's stated age in the sentence ("She was 96", "he is 47", "aged 80", "a 52-year-old"). */
const PERSON_AGE = /(?:^|[^\p{L}])(?:(?:she|he)(?:'s|’s| was| is| turned)|aged) \d{1,3}(?![\d.,]\d|\s*(?:%|percent|minutes|pounds|kg|lb|mg))|\d{1,3}-year-old/iu;
function personAge(a: Analysis, e: Entity): boolean {
  const { from, to } = sentenceOf(a, e.from);
  return PERSON_AGE.test(a.text.slice(a.words[from].start, Math.min(a.words[to].end, a.words[from].start + 600)));
}

function planEntity(a: Analysis, e: Entity): BlockReport {
  const text = a.text;
  const start = a.words[e.from].start;
  const end = a.words[e.to].end;
  let severity = SEVERITY[e.evidence];
  // Remove the place with its preposition ("outside Harlan"), or the place alone.
  const area = e.kind === 'place' ? areaSpan(a, e) : null;
  if (area) e = { ...e, replaceStart: area.start, replaceEnd: area.end };
  // Before "the Harlan area" the preposition is read from the text ("grew up in the Harlan County area").
  const prep = area ? (/(?:^|\s)(in|from|near|outside|to|around)\s$/i.exec(text.slice(Math.max(0, e.replaceStart - 9), e.replaceStart))?.[1].toLowerCase() ?? '') : (e.cueWord?.split(' ').pop() ?? '');
  const withPrep = /^(?:in|from|near|outside|at|off|on|to)$/.test(prep) && text.slice(e.replaceStart - prep.length - 1, e.replaceStart).toLowerCase() === `${prep} `;
  const cut = withPrep ? e.replaceStart - prep.length - 1 : e.replaceStart;
  const remove: ProseFix = { title: 'Remove the place', edits: [{ start: cut > 0 && text[cut - 1] === ' ' ? cut - 1 : cut, end: e.replaceEnd, text: '' }] };
  if (e.kind === 'facility') {
    const generic = facilityGeneric(text.slice(e.replaceStart, e.replaceEnd));
    const what = generic === 'a local hospital' ? 'hospital or unit' : generic === 'a nursing home' ? 'care facility' : HEALTH_GENERICS.has(generic) ? 'health facility' : 'landmark';
    const before = /(?:^|[\s(])(in|at|to|into|from|near)[ \u00a0]$/i.exec(text.slice(Math.max(0, e.replaceStart - 6), e.replaceStart));
    const cutAt = before ? e.replaceStart - before[1].length - 1 : e.replaceStart;
    const removeFacility: ProseFix = { title: 'Remove the name', edits: [{ start: cutAt > 0 && /[ \u00a0]/.test(text[cutAt - 1]) ? cutAt - 1 : cutAt, end: e.replaceEnd, text: '' }] };
    return {
      start,
      end,
      severity: e.evidence === 'medium' && patientOutside(a, e) ? 'error' : severity,
      message: `Unexpected named ${what}, expected a general description such as “${generic}”${e.context === 'noStory' ? ' if a patient was there' : ''}.`,
      // In a passage that tells no patient story the name is a guess: no fix, so "fix all" leaves it.
      fixes: e.context === 'noStory' ? undefined : [replaceFix(text, e.replaceStart, e.replaceEnd, generic), removeFacility],
    };
  }
  if (e.kind === 'street') {
    return {
      start,
      end,
      severity: patientSentence(a, e.from) && e.context === undefined ? 'error' : severity,
      message: `Unexpected street name, expected a general description such as “a rural road”${e.context === 'noStory' ? ' if a patient lives or was found there' : ''}.`,
      fixes: e.context === 'noStory' ? undefined : [replaceFix(text, e.replaceStart, e.replaceEnd, 'a local road'), remove],
    };
  }
  // "the retired postmistress of Ashford" about a patient or a person of a stated age: a town, not a guess.
  // Not "the University of Sydney" or a sentence about research: an organisation's seat.
  const ofOrganisation = ORGANISATION_WORDS.has(a.words[e.from - 2]?.lower ?? '') || sentenceCues(a, e.from).research;
  if (e.evidence === 'weak' && e.context === undefined && e.cueWord === 'of' && e.cue === 'placeCue' && !ofOrganisation && (patientOutside(a, e) || personAge(a, e))) e = { ...e, evidence: 'medium' };
  severity = SEVERITY[e.evidence];
  if (e.evidence === 'weak') {
    if (e.context === 'noStory') return { start, end, severity, message: 'Unexpected place name in a passage that tells no patient story, expected a general description if it locates a patient.' };
    return { start, end, severity, message: 'Unexpected capitalised place-like word, expected a general description if it locates a patient.' };
  }
  // "lives in the Harlan County area": the residence cue sits before the article.
  const lives = area && e.evidence === 'medium' && residenceBefore(text, e.replaceStart) !== null;
  const generic = area ? 'our region' : 'a small town in our state';
  return {
    start,
    end,
    severity: e.cueWord === 'from' && !patientSentence(a, e.from) ? 'warning' : lives ? 'error' : severity,
    message: `Unexpected town, county or neighbourhood, expected a general description such as “${generic}”.`,
    fixes: [replaceFix(text, e.replaceStart, e.replaceEnd, generic), remove],
  };
}

export const place: BlockRule = {
  scope: 'block',
  meta: {
    id: 'place',
    category: 'phi.location',
    defaultSeverity: 'error',
    description: 'Street addresses, towns, counties, neighbourhoods and named hospitals (Safe Harbor item B).',
    note: NOTE,
  },
  check(block, env, report) {
    if (!/[\p{Lu}\d]/u.test(block.text)) return;
    roomsAndBeds(block.text, report);
    const a = analyze(block);
    // The front-matter sponsor is an organisation the post must name (its disclosure), not a place.
    const sponsor = typeof env.frontMatter.sponsor === 'string' ? env.frontMatter.sponsor.trim().toLowerCase() : '';
    for (const x of a.addresses) {
      // The practice's own address in a contact or signature line, or under its name, is no patient's (catalog A2).
      const own = ownAddress(a, x.start, x.end);
      report({
        start: x.start,
        end: x.end,
        ...(own ? { severity: 'information' as const } : {}),
        message: own
          ? 'Unexpected street address in a contact line, expected none unless it is the practice\'s own: allow-list it in .clearpost.yml.'
          : 'Unexpected street address, expected none: remove it.',
        // The practice's own address gets no automatic fix, so "fix all" never strips the contact line.
        fixes: own ? undefined : [{ title: 'Remove the address', edits: [addressRemoval(a.text, x.start, x.end)] }],
      });
    }
    const heading = block.kind === 'heading';
    const title = heading || (block.kind === 'frontMatter' && block.field === 'title');
    const found = entities(a);
    const taken = new Uint8Array(a.words.length);
    // A weak person guess ("the Millbrook area") does not keep the area pass off the name.
    for (const e of found) if (!(e.kind === 'person' && e.evidence === 'weak')) for (let k = e.from; k <= e.to; k++) taken[k] = 1;
    // A paragraph set a century back (context-cues.ts historicalBlock): its places are history.
    const history = historicalBlock(block.text, env.referenceDate.getUTCFullYear());
    let staffIntro: boolean | undefined;
    for (let e of [...found, ...areaPlaces(a, taken)].sort((x, y) => x.from - y.from)) {
      if (e.kind === 'person') continue;
      if ((history || documentRecord(block, env.document, a.words[e.from].start)) && e.evidence !== 'weak') e = { ...e, evidence: 'weak', context: 'history' };
      if (heading && e.evidence !== 'strong') continue;
      if (notAPlace(a, e, title)) continue;
      if (sponsor && a.text.slice(e.replaceStart, e.replaceEnd).trim().toLowerCase() === sponsor) continue;
      let r = planEntity(a, e);
      if (ownLocation(a, e)) {
        // The practice naming its own street ("the Carver Street office", "welcoming you on Larkspur Avenue").
        r = { ...r, severity: 'information', message: 'Unexpected street name in the practice\'s own news, expected none unless it is the practice\'s location: allow-list it in .clearpost.yml.', fixes: undefined };
      } else if (e.kind === 'place' && e.cue === 'residence' && !patientWordInSentence(a, e) && (AUTHOR_RESIDENCE.test(a.text.slice(Math.max(0, e.replaceStart - 40), e.replaceStart)) || (staffIntro ??= STAFF_INTRODUCTION.test(a.text)))) {
        // "I grew up in Duluth", "Tomasz joined us last spring … He grew up in Milwaukee": the
        // author's or a colleague's own town, in an introduction with no patient in it.
        r = { ...r, severity: 'information', message: 'Unexpected town in an introduction of the author or staff, expected none unless it is theirs and they agreed to share it.', fixes: undefined };
      } else if (e.kind === 'facility' && ownWorkplace(a, e)) {
        r = { ...r, severity: 'information', message: 'Unexpected named health facility in an author or practice line, expected none unless it is your workplace: allow-list it in .clearpost.yml.', fixes: undefined };
      }
      report(r.fixes ? { ...r, fixes: r.fixes.map((f) => agreeFix(a.text, f)) } : r);
    }
  },
};

/**
 * The author's or practice's workplace: a facility on an author line ("Dr. Marcus Bell, MD —
 * Riverbend Community Health Center") or after an affiliation cue ("practices at", "at our clinic,"),
 * with no patient or relative word and no care tie in the sentence.
 */
function ownWorkplace(a: Analysis, e: Entity): boolean {
  if (e.evidence === 'strong') return false;
  if (authorLine(a, e.from)) return true;
  const cue = endsWithPhrase(a.text, e.replaceStart, AFFILIATION_CUES);
  // The cue's own words ("at our clinic,") are no patient cue.
  return cue !== null && !patientOutside(a, e, e.replaceStart - cue.length - 3) && !sentenceCues(a, e.from).tie;
}

/** Remove an address with its connector and the comma that only served it ("lives, in" → "lives in"). */
function addressRemoval(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const edit = removalEdit(text, start, end);
  if (text[edit.start - 1] === ',' && (edit.end >= text.length || /[.;:!?]/.test(text[edit.end]))) return { ...edit, start: edit.start - 1 };
  if (text[edit.end] === ',' && /[\p{L}\d]/u.test(text[edit.start - 1] ?? '')) return { ...edit, end: edit.end + 1 };
  return edit;
}

// Rooms, beds, bays and wards tied to a patient ("the man in Room 12", "bed 4", "Ward 7B", "up to
// 4 West"): a location smaller than a state (catalog A2; a unit is a Place quasi-identifier in B1),
// which staff and family can match to one person and one date. Self-contained: no proper-noun
// analysis, only a number after a room word and a patient word in the same sentence.

/** "Room 12", "rm. 4", "bed 4A", "Bay 3", "Ward 7B", "cubicle 2", "trauma bay 1", "room #12". */
const ROOM =
  /(?<![\p{L}\p{N}_-])(?:(?:exam(?:ination)?|patient|hospital|trauma|resus(?:citation)?|isolation|procedure|delivery|labor|labour|recovery|icu|er|ed|icu)[ \u00A0]+)?(room|rm\.?|bed|bay|ward|cubicle|cubie|pod|stall|isolette|crib|cot|resus)[ \u00A0]*#?[ \u00A0]?(\d{1,4}[A-Za-z]?|[A-Z]?\d{1,4})(?![\p{L}\p{N}_]|[.,]\d|[ \u00A0]*(?:%|°|mg|ml|mcg|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|beds|rooms|patients|people|percent|degrees|times|x)(?![\p{L}]))/giu;
/** "4 West", "5-North", "the 6 East unit": a hospital floor and wing after "on", "to", "from", "in". */
const WING =
  /(?<=(?:^|[^\p{L}])(?:on|to|onto|from|in|at|up[ \u00A0]+to|off)[ \u00A0]+)(\d{1,2}[ \u00A0-]?(?:West|East|North|South|W|E|N|S)\b)(?![ \u00A0]*(?:[A-Z][a-z]|St\b|Ave|Rd|Blvd|Dr\b|Street|Avenue|Road|Lane|Way|Hwy|Highway|Interstate|freeway)|[ \u00A0]*[.,]?[ \u00A0]*\d)/gu;
/** Rooms that are no patient's: "conference room 4", "waiting room 2", "hotel room 12". */
const NOT_A_PATIENT_ROOM =
  /(?:conference|class|meeting|board|lecture|seminar|break|locker|hotel|call|chat|escape|study|storage|supply|utility|staff|waiting|living|dining|bath|rest|court|lab|computer|server|control|training|sim(?:ulation)?|on-?call|motel|dorm|office|parking|loading|garage|docking|cargo|sick)[ \u00A0]+$/iu;
/** A patient, a relative or a person in the sentence. */
const ROOM_PATIENT_CUE =
  /(?<![\p{L}])(?:patients?|pts?|he|she|him|her|his|they|them|their|man|woman|lady|guy|boy|girl|baby|infant|newborn|child|kid|toddler|teen|mom|dad|mother|father|son|daughter|wife|husband|family|grandmother|grandfather|grandma|grandpa|admitted|transferred|moved|discharged|coded|died|passed)(?![\p{L}])/giu;
/** "the Room 12 patient": the number used as a label, where removal reads best. */
const LABEL_USE = /^[ \u00A0]+(?:patient|pt|lady|guy|man|woman|kid|baby|family|mom|dad)(?![\p{L}])/iu;

const ROOM_GENERIC: Record<string, string> = {
  room: 'a patient room', rm: 'a patient room', 'rm.': 'a patient room', bed: 'a bed', bay: 'a bay', ward: 'a ward',
  cubicle: 'a cubicle', cubie: 'a cubicle', pod: 'a care area', stall: 'a care area',
  isolette: 'an isolette', crib: 'a crib', cot: 'a cot', resus: 'a resuscitation bay',
};

const SENTENCE_END = /[.!?\n]/g;

/**
 * Is there a patient cue in the sentence around [start, end) (at most 300 characters either side)?
 * Cue and sentence-end positions are collected once per block, then each hit is two binary searches.
 */
function cueFinder(text: string): (start: number, end: number) => boolean {
  const cues: number[] = [];
  const cueEnds: number[] = [];
  eachMatch(ROOM_PATIENT_CUE, text, (m) => {
    cues.push(m.index);
    cueEnds.push(m.index + m[0].length);
  });
  const stops: number[] = [];
  eachMatch(SENTENCE_END, text, (m) => {
    stops.push(m.index);
  });
  return (start, end) => {
    const k = firstAtOrAfter(stops, start) - 1;
    const from = Math.max(k >= 0 ? stops[k] + 1 : 0, start - 300);
    const j = firstAtOrAfter(stops, end);
    const to = Math.min(j < stops.length ? stops[j] : text.length, end + 300);
    const c = firstAtOrAfter(cues, from);
    // A cue inside the hit itself ("bed 4" has none, but be safe) does not count.
    for (let i = c; i < cues.length && cues[i] < to; i++) if (cueEnds[i] <= to && (cueEnds[i] <= start || cues[i] >= end)) return true;
    return false;
  };
}

function roomsAndBeds(text: string, report: (r: BlockReport) => void): void {
  if (!/\d/.test(text) || !/room|rm\b|bed|bay|ward|cubic|pod|stall|resus|isolette|crib|cot|west|east|north|south|\d[ \u00A0-]?[WENS]\b/i.test(text)) return;
  const hits: { start: number; end: number; generic: string }[] = [];
  eachMatch(ROOM, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_A_PATIENT_ROOM.test(text.slice(Math.max(0, start - 24), start))) return;
    // A year after the word ("the ward 2019 audit") is no room number.
    if (/^(?:19|20)\d\d$/.test(m[2])) return;
    hits.push({ start, end, generic: ROOM_GENERIC[m[1].toLowerCase()] ?? 'a patient room' });
  });
  eachMatch(WING, text, (m) => {
    hits.push({ start: m.index, end: m.index + m[0].length, generic: 'an inpatient unit' });
  });
  if (hits.length === 0) return;
  hits.sort((x, y) => x.start - y.start);
  const cueNear = cueFinder(text);
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    if (!cueNear(h.start, h.end)) continue;
    lastEnd = h.end;
    const label = LABEL_USE.test(text.slice(h.end, h.end + 12));
    const remove: ProseFix = label
      ? { title: 'Remove the room number', edits: [{ start: h.start, end: h.end + 1, text: '' }] }
      : { title: 'Remove the room number', edits: [removalEdit(text, h.start, h.end)] };
    const sentenceStartHere = h.start === 0 || /[.!?][ \u00A0]+$|\n$/.test(text.slice(Math.max(0, h.start - 3), h.start));
    const generic = sentenceStartHere ? h.generic[0].toUpperCase() + h.generic.slice(1) : h.generic;
    // After "the"/"his" a generic with its own article would double up: offer only the removal there.
    const determiner = /(?:^|[^\p{L}])(?:the|a|an|his|her|their|this|that)[ \u00A0]+$/iu.test(text.slice(Math.max(0, h.start - 8), h.start));
    report({
      start: h.start,
      end: h.end,
      severity: 'warning',
      message: `Unexpected room, bed or unit number tied to a patient, expected a general description such as “${h.generic}”.`,
      fixes: label || determiner ? [remove] : [{ title: `Replace with “${generic}”`, edits: [{ start: h.start, end: h.end, text: generic }] }, remove],
    });
  }
}
