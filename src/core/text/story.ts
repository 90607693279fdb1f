// Does a block tell a patient's story? One cheap yes/no shared by the re-identification score
// (which scores only story blocks) and the name analysis (which keeps an uncued name at warning
// only in a block about a patient). The cue phrases are the reid lexicon's patientCues: "my
// patient", "came in", "she presented", "i treated", "her husband" and so on.
import lexicon from '../rules/data/reid-lexicon.json';
import { latinRegExp } from './letters';

const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';

function phrasePattern(p: string): string {
  return p
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[ \\u00a0]{1,3}')
    .replace(/['’]/g, "['’]");
}

/** "the patient portal", "patient education": a service of the practice, not a patient. */
const SERVICE = '(?![ \\u00a0]+(?:portals?|education|safety|advisory|experience|satisfaction|privacy|information|forms|access|advocates?|navigators?|handouts?|resources|services|registration)(?![\\p{L}]))';

/** Any patient cue phrase, whole words, any case (longest first). */
const PATIENT_CUE = latinRegExp(
  `${L}(?:${[...lexicon.patientCues]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p) + (/patient$/i.test(p) ? SERVICE : ''))
    .join('|')})${R}`,
  'iu',
);
const AGE_OLD = /\b\d{1,3}[- ](?:year|yr|month|week)[- ]old\b/i;
const THIRD_PERSON_EVENT = /\b(?:he|she|came|presented|admitted|brought)\b/i;

/** Is the block a patient story? A patient cue phrase, or an "N-year-old" with a third person or an arrival. */
export function readsAsPatientStory(text: string): boolean {
  return PATIENT_CUE.test(text) || (AGE_OLD.test(text) && THIRD_PERSON_EVENT.test(text));
}
