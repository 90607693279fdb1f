// Safe Harbor item (B): geographic subdivisions smaller than a state — street addresses, towns,
// counties, neighbourhoods, named hospitals and other landmarks used as locators. States and
// countries are not identifiers and are never flagged. ZIP codes have their own rule (zip-code).
import type { BlockRule, BlockReport, ProseFix } from '../rule';
import type { Severity } from '../types';
import { analyze, authorLine, endsWithPhrase, entities, practiceAddress, sentenceCues, AFFILIATION_CUES, FACILITY_HEADS, FACILITY_NOUNS, generalFacilityWord, KINSHIP, PATIENT_CONTEXT, patientSentence, sentenceOf, type Analysis, type Entity } from '../text/proper-nouns';
import { matchCase, removalEdit } from '../text/tidy';
import { agreeFix } from '../text/agreement';
import { eachMatch, firstAtOrAfter } from '../text/scan';

const NOTE =
  'Safe Harbor item (B), 45 CFR 164.514(b)(2)(i)(B): all geographic subdivisions smaller than a state — street address, city, county, precinct, ZIP code and their equivalent geocodes — must be removed. Describe the place generally ("a small town in our state") or leave it out.';

const SEVERITY: Record<Entity['evidence'], Severity> = { strong: 'error', medium: 'warning', weak: 'hint', pseudonym: 'information' };

function replaceFix(text: string, start: number, end: number, replacement: string): ProseFix {
  const atStart = text.slice(Math.max(0, start - 200), start).trim() === '' || /[.!?]\s+$/.test(text.slice(Math.max(0, start - 3), start));
  return { title: `Replace with “${replacement}”`, edits: [{ start, end, text: atStart ? matchCase(text.slice(start, end), replacement) : replacement }] };
}

const HEALTH_GENERICS = new Set(FACILITY_HEADS.values());

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

function planEntity(a: Analysis, e: Entity): BlockReport {
  const text = a.text;
  const start = a.words[e.from].start;
  const end = a.words[e.to].end;
  const severity = SEVERITY[e.evidence];
  // Remove the place with its preposition ("outside Harlan"), or the place alone.
  const prep = e.cueWord?.split(' ').pop() ?? '';
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
      message: `Unexpected named ${what}, expected a general description such as “${generic}”.`,
      fixes: [replaceFix(text, e.replaceStart, e.replaceEnd, generic), removeFacility],
    };
  }
  if (e.kind === 'street') {
    return {
      start,
      end,
      severity: patientSentence(a, e.from) ? 'error' : severity,
      message: 'Unexpected street name, expected a general description such as “a rural road”.',
      fixes: [replaceFix(text, e.replaceStart, e.replaceEnd, 'a local road'), remove],
    };
  }
  if (e.evidence === 'weak') {
    return { start, end, severity, message: 'Unexpected capitalised place-like word, expected a general description if it locates a patient.' };
  }
  return {
    start,
    end,
    severity: e.cueWord === 'from' && !patientSentence(a, e.from) ? 'warning' : severity,
    message: 'Unexpected town, county or neighbourhood, expected a general description such as “a small town in our state”.',
    fixes: [replaceFix(text, e.replaceStart, e.replaceEnd, 'a small town in our state'), remove],
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
      // The practice's own address in a contact or signature line is no patient's (catalog A2).
      const own = practiceAddress(a, x.start, x.end);
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
    for (const e of entities(a)) {
      if (e.kind === 'person') continue;
      if (heading && e.evidence !== 'strong') continue;
      if (sponsor && a.text.slice(e.replaceStart, e.replaceEnd).trim().toLowerCase() === sponsor) continue;
      let r = planEntity(a, e);
      if (e.kind === 'facility' && ownWorkplace(a, e)) {
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
