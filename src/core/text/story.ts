// Does a block tell a patient's story? One cheap yes/no shared by the re-identification score
// (which scores only story blocks) and the name analysis (which keeps an uncued name at warning
// only in a block about a patient). The cue phrases are the reid lexicon's patientCues: "my
// patient", "came in", "she presented", "i treated", "her husband" and so on.
import lexicon from '../rules/data/reid-lexicon.json';
import { PhraseSet } from './phrases';
import { PRESENTED_WORK } from './cues';

/** "the patient portal", "patient education": a service of the practice, not a patient. */
const SERVICE = '(?![ \\u00a0]+(?:portals?|education|safety|advisory|experience|satisfaction|privacy|information|forms|access|advocates?|navigators?|handouts?|resources|services|registration)(?![\\p{L}]))';

/** The author's workplace ("our clinic", "my ER", "our unit"): where a story happens, not a story by itself. */
const WORKPLACE = /^(?:my|our) (?:er|ed|clinic|practice|office|unit|ward|icu|shift)$/;

/**
 * The patient cue phrases, read word by word (text/phrases.ts), in two sets. "presented an
 * analysis", "presenting our findings": work presented, not a patient (cues.ts).
 */
const suffix = (p: string): string => (/patient$/i.test(p) ? SERVICE : /present(?:ed|ing)$/i.test(p) ? PRESENTED_WORK : '');
const PATIENT_CUES = new PhraseSet(lexicon.patientCues.filter((p) => !WORKPLACE.test(p)), suffix);
const WORKPLACE_CUES = new PhraseSet(lexicon.patientCues.filter((p) => WORKPLACE.test(p)), suffix);
const AGE_OLD = /\b\d{1,3}[- ](?:year|yr|month|week)[- ]old\b/i;
const THIRD_PERSON_EVENT = /\b(?:he|she|came|presented|admitted|brought)\b/i;
/** One person spoken of: "he", "her", "his" (not "he or she"). */
const ONE_PERSON = /(?<![\p{L}])(?:he|she|him|her|his|hers|himself|herself)(?![\p{L}])(?![ \u00a0]*(?:or|\/)[ \u00a0]*(?:he|she|him|her|his|hers)(?![\p{L}]))/iu;

/**
 * Is the block a patient story? A patient cue phrase; the author's workplace with one person in it
 * ("a man came into our clinic …; he …"), not a practice announcement ("Our clinic hosts a talk on
 * …"); or an "N-year-old" with a third person or an arrival.
 */
export function readsAsPatientStory(text: string): boolean {
  return PATIENT_CUES.some(text) || (WORKPLACE_CUES.some(text) && ONE_PERSON.test(text)) || (AGE_OLD.test(text) && THIRD_PERSON_EVENT.test(text));
}
