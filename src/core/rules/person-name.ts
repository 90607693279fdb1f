// Safe Harbor item (A): names of a patient or of the patient's relatives, employers or household
// members. Strong cues (an honorific, a kinship word, "named …") give errors; a known first name
// gives a warning; an unknown capitalised word with no cue is only a hint, so clean prose stays
// quiet at warning level. The analysis is shared with the place rule (text/proper-nouns.ts).
import type { BlockRule, BlockReport, ProseFix } from '../rule';
import type { Severity } from '../types';
import { analyze, bylineName, entities, isVerbLike, sentenceCues, staffName, testimonialSignOff, CREDENTIAL_WORDS, HONORIFICS, KINSHIP, type Analysis, type Entity } from '../text/proper-nouns';
import { matchCase } from '../text/tidy';
import { agreeFix } from '../text/agreement';
import { historicalReason } from '../text/context-cues';
import type { DocumentFacts } from '../text/document-facts';

const NOTE =
  'Safe Harbor item (A), 45 CFR 164.514(b)(2)(i)(A): names of the patient and of relatives, employers and household members must be removed; a role ("the patient", "her husband") tells the story without them. Allow-list your own name and consenting staff in .clearpost.yml.';
const PSEUDONYM_NOTE =
  'A stated pseudonym is not the patient\'s name, but readers still attach the story to a person; prefer a role. 45 CFR 164.514(b)(2)(i)(A) and (b)(2)(ii).';

const SEVERITY: Record<Entity['evidence'], Severity> = { strong: 'error', medium: 'warning', weak: 'hint', pseudonym: 'information' };

/** A role that can stand where the name was, with the name's capitalisation. */
function roleFix(text: string, e: Entity, sentenceStart: boolean, noun = 'the patient'): ProseFix {
  const original = text.slice(e.replaceStart, e.replaceEnd);
  const role = sentenceStart ? matchCase(original, noun) : noun;
  return { title: `Replace the name with “${noun}”`, edits: [{ start: e.replaceStart, end: e.replaceEnd, text: role }] };
}

/** "her son Daniel" → "her son"; "her son, Daniel, drove" → "her son drove". */
function dropNameFix(text: string, e: Entity, title: string, from: number): ProseFix {
  let s = from;
  let end = e.replaceEnd;
  while (s > 0 && /[ \t]/.test(text[s - 1])) s--;
  if (text[s - 1] === ',' && text[end] === ',') {
    s--;
    end++;
  } else if (text[s - 1] === ',' && /^[ \t]*(?:[.;:!?)]|$)/.test(text.slice(end, end + 2))) {
    s--;
  }
  return { title, edits: [{ start: s, end, text: '' }] };
}

function plan(a: Analysis, e: Entity): BlockReport {
  const text = a.text;
  const first = a.words[e.from];
  const lead = a.words[e.from - 1] && a.words[e.from - 1].start === e.replaceStart ? a.words[e.from - 1] : first;
  const sentenceStart = lead.sentenceStart || text.slice(Math.max(0, e.replaceStart - 200), e.replaceStart).trim() === '';
  const lastWord = a.words[e.to];
  // Initials keep their final dot ("J.R.").
  const end = lastWord.text.length === 1 && lastWord.dot ? lastWord.end + 1 : lastWord.end;
  if (end > e.replaceEnd) e = { ...e, replaceEnd: end };
  const base = { start: first.start, end, severity: SEVERITY[e.evidence] };
  switch (e.cue) {
    case 'pseudonym':
      return { ...base, note: PSEUDONYM_NOTE, message: 'Unexpected pseudonym for a patient, expected a role such as “the patient”.' };
    case 'kinship':
      return {
        ...base,
        message: `Unexpected name after “${e.cueWord}”, expected the relationship alone.`,
        fixes: [dropNameFix(text, e, `Remove the name, keep “${e.cueWord}”`, e.replaceStart)],
      };
    case 'naming':
      return {
        ...base,
        message: 'Unexpected personal name, expected none: drop the name or use a role.',
        fixes: /^(?:name is|name's|names are)$/.test(e.cueWord ?? '') ? [roleFix(text, e, false)] : [dropNameFix(text, e, 'Remove the name', e.cueStart ?? e.replaceStart)],
      };
    case 'initials':
      return {
        ...base,
        message: 'Unexpected initials of a person, expected a role such as “the patient”.',
        fixes: e.evidence === 'strong' ? [dropNameFix(text, e, 'Remove the initials', e.replaceStart)] : undefined,
      };
    default:
      if (e.evidence === 'strong' && e.cue === 'unknown' && /^, (?:a|an|the|my|our) /.test(text.slice(e.replaceEnd, e.replaceEnd + 8))) {
        // "met Odalys, the 7-year-old who …" → "met the 7-year-old who …": the appositive already says who.
        const next = text[e.replaceEnd + 2];
        const edits = [{ start: e.replaceStart, end: e.replaceEnd + 3, text: sentenceStart ? next.toUpperCase() : next }];
        // "Brevik, a widower, lives alone" → "A widower lives alone": the appositive's closing comma goes too.
        const close = /^, (?:a|an|the|my|our) [^,.;:!?\n]{1,40}, (?=[a-z])/.exec(text.slice(e.replaceEnd, e.replaceEnd + 60));
        if (close) edits.push({ start: e.replaceEnd + close[0].length - 2, end: e.replaceEnd + close[0].length - 1, text: '' });
        return { ...base, message: 'Unexpected personal name, expected a role such as “the patient”.', fixes: [{ title: 'Remove the name', edits }] };
      }
      if (e.evidence === 'weak') {
        // Uncertain: no automatic fix, so "fix all" never rewrites a brand or a colleague.
        if (e.context === 'noStory') return { ...base, message: 'Unexpected personal name in a passage that tells no patient story, expected a role if it names a patient or a relative.' };
        return { ...base, message: 'Unexpected capitalised name-like word, expected a role if it names a patient or a relative.' };
      }
      if (e.cue === 'doctor') {
        // A named physician in a patient's story: the role, not "the patient".
        return { ...base, message: 'Unexpected name of a physician in a patient story, expected a role such as “a physician”.', fixes: [roleFix(text, e, sentenceStart, 'a physician')] };
      }
      return { ...base, message: 'Unexpected personal name, expected a role such as “the patient”.', fixes: [roleFix(text, e, sentenceStart)] };
  }
}

const STAFF_MESSAGE = 'Unexpected name of a staff member or clinician, expected a role if it names a patient; allow-list it in .clearpost.yml if the person consented.';
const SIGN_OFF_MESSAGE = 'Unexpected name in a testimonial sign-off, expected it only with the patient\'s written authorization; otherwise drop the name.';

/** Words of the front-matter author's name ("Dr. Priya Natarajan, MD" → priya, natarajan). */
function authorWords(fm: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const take = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const t of v.toLowerCase().split(/[^a-z\u00c0-\u024f'’-]+/)) if (t.length > 1 && !HONORIFICS.has(t) && !CREDENTIAL_WORDS.has(t)) out.add(t);
    } else if (Array.isArray(v)) v.forEach(take);
    else if (v && typeof v === 'object' && 'name' in v) take((v as { name: unknown }).name);
  };
  take(fm.author);
  take(fm.authors);
  return out;
}

/** "I'm Dr. …", "My name is Dr. …", "I am …": the author introducing themselves. */
const SELF_INTRO = /(?:^|[^\p{L}])(?:I['’]m|I\s+am|my\s+name\s+is|my\s+name['’]s)\s+((?:Dr\.?|Doctor|Prof\.?|Professor)\s+)?$/iu;
/** What shows the self-introduced person is a clinician: credentials or a clinician appositive after the name. */
const CLINICIAN_AFTER =
  /^,?\s+(?:(?:MD|DO|MBBS|MBChB|NP|FNP|FNP-C|PA-C|RN|DNP|PharmD|DDS|DMD|MRCGP|FRCP|FAAP|FACP|PhD)\b|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:physician|doctor|pediatrician|paediatrician|GP|internist|surgeon|nurse|midwife|dietitian|pharmacist|psychiatrist|psychologist|cardiologist|dermatologist|clinician|therapist|practitioner)\b)/iu;

/** The author introducing themselves as a clinician: "I'm Dr. Sarah Lin", "I am Sarah Lin, a family physician". */
function selfIntroduction(a: Analysis, e: Entity): boolean {
  const text = a.text;
  const first = a.words[e.from];
  const m = SELF_INTRO.exec(text.slice(Math.max(0, first.start - 40), first.start));
  if (!m) return false;
  const last = a.words[e.to];
  return m[1] !== undefined || CLINICIAN_AFTER.test(text.slice(last.end + (last.possessive ? 2 : 0), last.end + 80));
}

/**
 * Whether the post established elsewhere who this person is (document-facts.ts): by the family
 * name, or by the only word of a one-word name ("Ellie" after "Ellie Sørensen — Front Desk
 * Coordinator"). Kinship and naming cues, initials, a word after a kinship word, and a sentence
 * tying the person to the author's care keep the name flagged.
 */
function knownPerson(a: Analysis, e: Entity, doc: DocumentFacts): 'public' | 'staff' | null {
  if (e.cue === 'kinship' || e.cue === 'naming' || e.cue === 'pseudonym' || e.cue === 'initials' || e.evidence === 'pseudonym') return null;
  const known = doc.known(a.words[e.to].lower);
  if (!known) return null;
  const prev = a.words[e.from - 1];
  if (prev && KINSHIP.has(prev.lower)) return null;
  return sentenceCues(a, e.from).tie ? null : known;
}

/**
 * A word opening a sentence that may be an ordinary word there ("Grace periods vary", "Will you
 * …"): a name the post gave a patient counts there only before a verb, a possessive or a comma
 * ("Rosa drove", "Daniel's mother", "Mike, Tanya and …").
 */
function commonOpening(a: Analysis, i: number): boolean {
  const w = a.words[i];
  if (!w.sentenceStart) return false;
  if (w.possessive) return false;
  const next = a.words[i + 1];
  if (!next || /^[ \u00a0]*[,;:]/.test(a.text.slice(w.end, next.start))) return false;
  return !(isVerbLike(next.lower) || /ed$/.test(next.lower) || next.lower === 'and');
}

export const personName: BlockRule = {
  scope: 'block',
  meta: {
    id: 'person-name',
    category: 'phi.name',
    defaultSeverity: 'error',
    description: 'Names, initials and nicknames of patients and relatives (Safe Harbor item A).',
    note: NOTE,
  },
  check(block, env, report) {
    const a = analyze(block);
    const heading = block.kind === 'heading';
    const author = authorWords(env.frontMatter);
    // Surnames of staff introduced earlier in the block ("welcome Dr. Samuel Lee … Dr. Lee is …").
    const staff = new Set<string>();
    // A paragraph set a century back (context-cues.ts historicalBlock): its people are history.
    // A public figure's own disclosure lowers the public figure, not a relative the sentence
    // introduces by a kinship cue ("His wife, Claire Marlow, …"): conservative, as elsewhere.
    const history = historicalReason(block.text, env.referenceDate.getUTCFullYear());
    const doc = env.document && !env.document.empty ? env.document : undefined;
    // Names the post gave a patient or a relative elsewhere ("meet Mrs. Rosa Alvarez" … "Rosa drove
    // a school bus"): a bare mention is the same person, a warning (document-facts.ts).
    const patients = doc && doc.patientNames.size > 0 && !history ? doc : undefined;
    const covered = patients ? new Uint8Array(a.words.length) : undefined;
    const patientNamed = (e: Entity): boolean =>
      patients !== undefined &&
      (e.cue === 'fullName' || e.cue === 'firstName' || e.cue === 'unknown') &&
      e.context !== 'history' &&
      (patients.patientName(a.words[e.to].lower) || patients.patientName(a.words[e.from].lower)) &&
      !(e.from === e.to && commonOpening(a, e.from));
    for (let e of entities(a)) {
      if (covered) for (let q = e.from; q <= e.to; q++) covered[q] = 1;
      if (e.kind !== 'person') continue;
      if (history && e.evidence !== 'weak' && !(history === 'disclosure' && e.cue === 'kinship')) e = { ...e, evidence: 'weak', context: 'history' };
      if (e.evidence === 'weak' && patientNamed(e)) e = { ...e, evidence: 'medium', context: undefined };
      // A public figure or staff member the post introduced in another block ("Buffalo Bills
      // safety Damar Hamlin" … "In April 2023, Hamlin said …"), unless a cue makes this one family
      // or a patient ("his brother Jordan Hamlin", "my patient Hamlin").
      const known = doc && e.evidence !== 'weak' ? knownPerson(a, e, doc) : null;
      if (known === 'public') e = { ...e, evidence: 'weak', context: 'history' };
      // The author is never the patient (catalog A1): the front-matter author and the byline name.
      if (author.size && a.words.slice(e.from, e.to + 1).every((w) => author.has(w.lower) || CREDENTIAL_WORDS.has(w.lower))) continue;
      if (e.cue !== 'kinship' && e.cue !== 'naming' && e.cue !== 'pseudonym' && bylineName(a, e.from, e.to)) continue;
      // So is the clinician who introduces themselves ("Hi, I'm Dr. Sarah Lin, …").
      if (e.cue !== 'kinship' && e.cue !== 'pseudonym' && selfIntroduction(a, e)) continue;
      // Staff the practice introduces and the signature of a published testimonial are at most hints.
      let why: string | undefined;
      if (e.evidence !== 'pseudonym' && (e.cue === 'fullName' || e.cue === 'firstName' || e.cue === 'unknown' || e.cue === 'doctor' || e.cue === 'initials' || e.cue === 'honorific')) {
        const prev = a.words[e.from - 1];
        const kin = prev !== undefined && KINSHIP.has(prev.lower) && !a.words[e.from].sentenceStart;
        if (known === 'staff' || staffName(a, e)) {
          why = STAFF_MESSAGE;
          staff.add(a.words[e.to].lower);
        } else if (!kin && e.cue !== 'initials' && staff.has(a.words[e.to].lower) && !sentenceCues(a, e.from).tie) why = STAFF_MESSAGE;
        else if (testimonialSignOff(a, e)) why = SIGN_OFF_MESSAGE;
        if (why) e = { ...e, evidence: 'weak' };
      }
      // Title Case headings: only cued names.
      if (heading && e.evidence !== 'strong') continue;
      const plain = plan(a, e);
      const r = why ? { ...plain, message: why } : plain;
      report(r.fixes ? { ...r, fixes: r.fixes.map((f) => agreeFix(a.text, f)) } : r);
    }
    // A patient's or relative's name that the block's own analysis did not take for a name
    // ("Rosa called the office"): not a common word at a sentence start ("Grace", "Will").
    if (patients && covered && !heading) {
      for (let i = 0; i < a.words.length; i++) {
        const w = a.words[i];
        if (covered[i] || !w.cap || w.upper || w.text.length < 2 || !patients.patientName(w.lower) || author.has(w.lower)) continue;
        if (commonOpening(a, i)) continue;
        const prev = a.words[i - 1];
        if (prev && (HONORIFICS.has(prev.lower) || KINSHIP.has(prev.lower))) continue;
        const r = plan(a, { kind: 'person', from: i, to: i, evidence: 'medium', cue: 'firstName', replaceStart: w.start, replaceEnd: w.end });
        report(r.fixes ? { ...r, fixes: r.fixes.map((f) => agreeFix(a.text, f)) } : r);
      }
    }
  },
};
