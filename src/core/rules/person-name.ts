// Safe Harbor item (A): names of a patient or of the patient's relatives, employers or household
// members. Strong cues (an honorific, a kinship word, "named …") give errors; a known first name
// gives a warning; an unknown capitalised word with no cue is only a hint, so clean prose stays
// quiet at warning level. The analysis is shared with the place rule (text/proper-nouns.ts).
import type { BlockRule, BlockReport, ProseFix } from '../rule';
import type { Severity } from '../types';
import { analyze, entities, type Analysis, type Entity } from '../text/proper-nouns';
import { matchCase } from '../text/tidy';
import { agreeFix } from '../text/agreement';

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
      if (e.evidence === 'weak') {
        // Uncertain: no automatic fix, so "fix all" never rewrites a brand or a colleague.
        return { ...base, message: 'Unexpected capitalised name-like word, expected a role if it names a patient or a relative.' };
      }
      if (e.cue === 'doctor') {
        // A named physician in a patient's story: the role, not "the patient".
        return { ...base, message: 'Unexpected name of a physician in a patient story, expected a role such as “a physician”.', fixes: [roleFix(text, e, sentenceStart, 'a physician')] };
      }
      return { ...base, message: 'Unexpected personal name, expected a role such as “the patient”.', fixes: [roleFix(text, e, sentenceStart)] };
  }
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
  check(block, _env, report) {
    const a = analyze(block);
    const heading = block.kind === 'heading';
    for (const e of entities(a)) {
      if (e.kind !== 'person') continue;
      // Title Case headings: only cued names.
      if (heading && e.evidence !== 'strong') continue;
      const r = plan(a, e);
      report(r.fixes ? { ...r, fixes: r.fixes.map((f) => agreeFix(a.text, f)) } : r);
    }
  },
};
