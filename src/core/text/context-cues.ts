// Sentence-level context for the person-name and place rules: history and research wording
// ("In 1847, …", "a 2010 study … published in …", "the work of …", "Basedow's disease, after …"),
// and the practice speaking of its own location ("we are moving …", "welcoming you on …").
// All tests run on one sentence, lower-cased with punctuation turned into spaces (see
// sentenceCues in proper-nouns.ts), and only when a candidate name or place was found.

/** Research, citation, eponym and literary wording (in addition to person-names.json publicContextCues). */
const RESEARCH_PHRASES = [
  'the work of',
  'developed by',
  'devised by',
  'introduced by',
  'described by',
  'who described',
  'first described',
  'first reported',
  'published in',
  'published by',
  'and colleagues',
  'et al',
  'led by',
  'coined',
  'readers of',
  'the novel',
  'novelist',
  'fictional',
  'the character',
  'in honor of',
  'in honour of',
  'named after',
  'named for',
  'disease after',
  'syndrome after',
  'sign after',
  'in his book',
  'in her book',
  'in their book',
  'the book',
  'author of',
  'bestselling',
  'best-selling',
  'textbook',
  'honors dr',
  'honours dr',
  'eponym',
  'eponymous',
];

/** The author's own training and past workplaces, before a named hospital ("when I was a resident at …"). */
export const TRAINING_CUES = [
  'i worked at',
  'i trained at',
  'where i trained',
  'i was a resident at',
  'i was an intern at',
  'i was a medical student at',
  'i studied at',
  'medical school at',
  'internship at',
  'during my residency at',
  'my residency at',
  'my training at',
  'my fellowship at',
];

/** "a 2010 study", "the 1991 paper": a dated publication. */
const DATED_WORK = / (?:1[5-9]\d\d|20[0-3]\d) (?:study|studies|trial|paper|analysis|meta-analysis|review|report|survey|article|book|novel|monograph|lecture|cohort)\b/;

export interface HistoryCues {
  /** Research, citation, eponym, literary or dated-history wording. */
  history: boolean;
  /** A year before 1900: the sentence is history even when it mentions patients. */
  ancient: boolean;
}

/**
 * History and research cues of a normalised sentence (" lower case words with spaces "), given the
 * earliest past year it states after a preposition (before 1990, or 0: see pastYear in proper-nouns.ts).
 */
export function historyCues(s: string, year: number): HistoryCues {
  const ancient = year > 0 && year < 1900;
  const history = year > 0 || DATED_WORK.test(s) || RESEARCH_PHRASES.some((p) => s.includes(` ${p} `));
  return { history, ancient };
}

// ---------------------------------------------------------------------------------------------
// The practice's own location ("our practice will be located at …", "the Carver Street office",
// "We look forward to welcoming you on Larkspur Avenue").

/** The practice speaking: a first-person plural word. */
const WE = / (?:we|we're|we've|we'll|our|ours|us) /;
/** What the practice says about its own place: moving, opening, welcoming, its office or building. */
const PRACTICE_PLACE = / (?:practice|office|offices|clinic|building|location|locations|located|move|moving|moved|relocating|relocate|welcome|welcoming|team|space|suite|entrance|parking|hours|open|opening|reopen|reopening|find us|visit us) /;
/** Someone whose whereabouts a street would reveal: a single patient, a person, a pronoun, an age, a residence. */
const PERSON_HERE = / (?:patient|pt|he|she|him|her|hers|his|they|them|their|man|woman|boy|girl|child|kid|baby|infant|toddler|teen|teenager|lady|guy|gentleman|resident|neighbor|neighbour|lives|live|living|lived|resides|reside|home|house|apartment|found|crash|accident|collapsed|died|\d{1,3}-year-old|year-old|years old) /;

/** The sentence is the practice talking about its own location, with no person it could locate. */
export function practiceLocationSentence(s: string): boolean {
  return WE.test(s) && PRACTICE_PLACE.test(s) && !PERSON_HERE.test(s);
}
