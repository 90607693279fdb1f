// Does a block tell a patient's story? One cheap yes/no shared by the re-identification score
// (which scores only story blocks) and the name analysis (which keeps an uncued name at warning
// only in a block about a patient). The cue phrases are the reid lexicon's patientCues: "my
// patient", "came in", "she presented", "i treated", "her husband" and so on.
import lexicon from '../rules/data/reid-lexicon.json';
import { PhraseSet } from './phrases';

/** "the patient portal", "patient education": a service of the practice, not a patient. */
const SERVICE = '(?![ \\u00a0]+(?:portals?|education|safety|advisory|experience|satisfaction|privacy|information|forms|access|advocates?|navigators?|handouts?|resources|services|registration)(?![\\p{L}]))';

/** The patient cue phrases, read word by word (text/phrases.ts). */
const PATIENT_CUES = new PhraseSet(lexicon.patientCues, (p) => (/patient$/i.test(p) ? SERVICE : ''));
const AGE_OLD = /\b\d{1,3}[- ](?:year|yr|month|week)[- ]old\b/i;
const THIRD_PERSON_EVENT = /\b(?:he|she|came|presented|admitted|brought)\b/i;

/** Is the block a patient story? A patient cue phrase, or an "N-year-old" with a third person or an arrival. */
export function readsAsPatientStory(text: string): boolean {
  return PATIENT_CUES.some(text) || (AGE_OLD.test(text) && THIRD_PERSON_EVENT.test(text));
}
