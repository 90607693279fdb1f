// Safe Harbor item (B): geographic subdivisions smaller than a state — street addresses, towns,
// counties, neighbourhoods, named hospitals and other landmarks used as locators. States and
// countries are not identifiers and are never flagged. ZIP codes have their own rule (zip-code).
import type { BlockRule, BlockReport, ProseFix } from '../rule';
import type { Severity } from '../types';
import { analyze, authorLine, endsWithPhrase, entities, practiceAddress, sentenceCues, AFFILIATION_CUES, FACILITY_HEADS, FACILITY_NOUNS, generalFacilityWord, KINSHIP, PATIENT_CONTEXT, patientSentence, sentenceOf, type Analysis, type Entity } from '../text/proper-nouns';
import { matchCase, removalEdit } from '../text/tidy';
import { agreeFix } from '../text/agreement';

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
