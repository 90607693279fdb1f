// What a post establishes about its people once, for every block: who is a public or historical
// figure and who is staff. A post introduces "Buffalo Bills safety Damar Hamlin" or "Ellie
// Sørensen — Front Desk Coordinator" in one paragraph and goes on with "In April 2023, Hamlin said
// publicly …" or "Ellie moved to Wisconsin from Fargo" in the next; read alone, the later
// paragraph looks like a patient's story.
//
// The engine gathers BlockFacts from every block before any rule runs, merges them into one
// DocumentFacts and hands it to the rules in RuleEnv.document. Rules stay pure functions of their
// block and their env; LintSession re-checks exactly the blocks whose answer can change when the
// facts change (see DocumentFacts.affects).
import type { ProseBlock } from '../model';
import { analyze, entities, publicTitled, sentenceCues, sentenceOf, staffName, HONORIFICS, KINSHIP, type Analysis, type Entity } from './proper-nouns';
import type { RuleEnv } from '../rule';
import { historicalBlock, historicalReason, ownCareOrEncounter, publicRoleAround, QUOTED } from './context-cues';

export interface BlockFacts {
  /** Lower-cased family names of people the block presents as public or historical figures. */
  publicNames: readonly string[];
  /** Lower-cased first and family names of staff the block introduces. */
  staffNames: readonly string[];
  /** Lower-cased first and family names of people the block names as a patient or relative ("Mrs. Rosa Alvarez", "her son Daniel", "my patient Jaylen Moss"). */
  patientNames: readonly string[];
  /** Family names of such people ("Alvarez", and "Willis" after "Mr." alone): a patient's unless the post made the name public or staff. */
  honorificNames: readonly string[];
  /** The block is the public record: history or a public figure's own disclosure. */
  record: boolean;
  /** The block tells of the author's own care, an encounter, or someone named with a patient's cue. */
  care: boolean;
  /** The author tells of their own health ("my knee replacement", "I was diagnosed"), outside quotation marks. */
  ownHealth: boolean;
  /** Someone named with more than a weak cue as a patient may be: for storyFacts. */
  strong: boolean;
  /** The block's text, and with quoted passages blanked, for storyFacts (asked only in posts with ownHealth). */
  text: string;
  unquoted: string;
}

/** What only the author's-own-story reading needs: computed lazily, as few posts tell of the author's health. */
interface StoryFacts {
  /** The block tells of one patient: "my patient", "I examined her", an encounter, a name with a patient's cue. */
  onePatient: boolean;
  /** The author speaks as a clinician: "my patients", "our practice", "I have treated", "as a physician". */
  clinician: boolean;
  /** Someone else's voice: a reader's question ("Q:", "a reader writes"), a testimonial. */
  otherVoice: boolean;
}

const storyCache = new WeakMap<BlockFacts, StoryFacts>();

function storyFacts(f: BlockFacts): StoryFacts {
  let s = storyCache.get(f);
  if (!s) {
    s = { onePatient: f.strong || ONE_PATIENT.test(f.unquoted), clinician: CLINICIAN_VOICE.test(f.unquoted), otherVoice: OTHER_VOICE.test(f.text) };
    storyCache.set(f, s);
  }
  return s;
}

const NO_FACTS: BlockFacts = { publicNames: [], staffNames: [], patientNames: [], honorificNames: [], record: false, care: false, ownHealth: false, strong: false, text: '', unquoted: '' };

/** The author as a clinician, so that a first-person health story is the physician's own, not a patient's guest post. */
const CLINICIAN_VOICE = /(?<![\p{L}])(?:(?:my|our)[ \u00a0]+(?:own[ \u00a0]+)?(?:patients|practice|clinic|colleagues|residents|trainees|partners[ \u00a0]+in[ \u00a0]+practice|call[ \u00a0]+schedule|clinic[ \u00a0]+days?)|(?:I|have|I['’]ve)[ \u00a0]+(?:treated|operated[ \u00a0]+on|cared[ \u00a0]+for|counsel(?:l?ed)?|seen)[ \u00a0]+(?:hundreds|thousands|dozens|many|countless|plenty)|(?:as|I[ \u00a0]+am|I['’]m)[ \u00a0]+an?[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?(?:doctor|physician|surgeon|nurse|GP|pediatrician|paediatrician|internist|clinician|midwife|anaesthetist|anesthesiologist|cardiologist|oncologist|psychiatrist|dermatologist)|back[ \u00a0]+to[ \u00a0]+(?:operating|clinic|seeing[ \u00a0]+patients|the[ \u00a0]+(?:clinic|ward|OR|operating[ \u00a0]+room)))(?![\p{L}])/u;

/**
 * Care of one patient, for the author's own story: "my patients" in general ("I now give my
 * patients a more honest version"), "our practice" and the author as "a patient" ("I had never
 * been a patient for this long") are what a physician's own story says.
 */
const ONE_PATIENT = /(?<![\p{L}])(?:(?<!(?:been|being|was|am|as|be|become|became)[ \u00a0]+)(?:my|our|a|the|this)[ \u00a0]+patient(?![\p{L}])|(?:I|we)[ \u00a0]+(?:treated|examined|saw|admitted|diagnosed|cared[ \u00a0]+for|operated[ \u00a0]+on|delivered|intubated|resuscitated)[ \u00a0]+(?:him|her|them|a|an|the|this|Mr|Mrs|Ms)(?![\p{L}])|admitted|(?:came|brought)[ \u00a0]+in(?![\p{L}])|presented[ \u00a0]+(?:to|with))/iu;

/** The author's own health event, in the first person. */
const OWN_HEALTH = /(?<![\p{L}])(?:[Mm]y[ \u00a0]+(?:own[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+){0,2}(?:surgery|operation|diagnosis|appendix|appendectomy|gallbladder|replacement|fracture|recovery|rehab|rehabilitation|chemo(?:therapy)?|biopsy|cancer|stroke|heart[ \u00a0]+attack|illness|injury|concussion|anaesthetic|anesthetic|incisions?|scar|physical[ \u00a0]+therapist|surgeon)|I[ \u00a0]+(?:was|got)[ \u00a0]+diagnosed|I[ \u00a0]+(?:had|needed|underwent)[ \u00a0]+(?:surgery|an[ \u00a0]+operation|a[ \u00a0]+(?:heart[ \u00a0]+attack|stroke|biopsy|scan))|I[ \u00a0]+(?:broke|tore|fractured)[ \u00a0]+my)(?![\p{L}])/u;
/** Another person's voice in a post: a reader's question or letter, a testimonial. */
const OTHER_VOICE = /^[\s*_>"“]{0,6}(?:Q|Question)[ \u00a0]{0,2}[:.)]|(?<![\p{L}])(?:a[ \u00a0]+reader|readers?[ \u00a0]+(?:asks?|writes?|wrote|question)|(?:asks|writes|wrote[ \u00a0]+in)[:,]|testimonials?|reviews?[ \u00a0]+(?:from|by)|sent[ \u00a0]+(?:me|us)[ \u00a0]+(?:a|this)[ \u00a0]+(?:message|question|note|e-?mail))(?![\p{L}])/iu;
function unquote(text: string): string {
  return /["“”]/.test(text) ? text.replace(QUOTED, (m) => ' '.repeat(m.length)) : text;
}

/** Before "named": a person ("a boy named", "my patient, a farmer named"), not a cow or a cell line. */
const PERSON_BEFORE_NAMED = /(?<![\p{L}])(?:boy|girl|man|woman|men|women|patient|child|kid|baby|infant|toddler|teen(?:ager)?|son|daughter|husband|wife|partner|mother|father|mom|mum|dad|brother|sister|grandmother|grandfather|grandson|granddaughter|gentleman|lady|client|veteran|farmer|friend|neighbou?r|twins?|someone|somebody|person)[ \u00a0]*,?[ \u00a0]*(?:who[ \u00a0]+(?:is|was)[ \u00a0]+)?$/iu;

/** "my daughter Maya", "our son, Leo": the author's family, by a first-person possessive before the relationship word. */
function ownFamily(a: Analysis, e: Entity): boolean {
  return e.cue === 'kinship' && /(?<![\p{L}])(?:my|our)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?$/iu.test(a.text.slice(Math.max(0, e.replaceStart - 60), a.words[e.from].start).replace(/[\p{L}'’-]+[ \u00a0,]*$/u, ''));
}

/** Honorifics of private persons and family terms, as opposed to titles of office, rank or calling. */
const PERSONAL_HONORIFIC = /^(?:mr|mrs|ms|miss|mx|mister|madam|mme|mlle|herr|frau|señor|señora|sra|sr|auntie|aunt|uncle|grandma|grandpa|nana|granny|baby)\b/i;

/** The cue that makes a strongly named person a patient or relative (see blockFacts). */
function patientCue(a: Analysis, e: Entity): boolean {
  switch (e.cue) {
    case 'honorific':
      // "Mrs. Alvarez", "Grandma Rose"; not a title that may be anyone's ("Captain", "Coach", "Judge").
      return PERSONAL_HONORIFIC.test(a.text.slice(e.replaceStart, a.words[e.from].start));
    case 'kinship':
      return true;
    case 'naming':
      return e.cueStart !== undefined && PERSON_BEFORE_NAMED.test(a.text.slice(Math.max(0, e.cueStart - 40), e.cueStart));
    case 'fullName':
    case 'firstName':
    case 'unknown':
      return sentenceCues(a, e.from).tie;
    default:
      return false;
  }
}

/** The facts one block contributes (cheap: the analysis and entities are the ones person-name uses). */
export function blockFacts(block: ProseBlock, referenceYear: number): BlockFacts {
  if (block.text.length < 2 || block.kind === 'frontMatter') return NO_FACTS;
  const a = analyze(block);
  const history = historicalReason(block.text, referenceYear);
  const publicNames: string[] = [];
  const staffNames: string[] = [];
  const patientNames: string[] = [];
  const honorificNames: string[] = [];
  let care = ownCareOrEncounter(block.text);
  let strong = false;
  for (const e of entities(a)) {
    if (e.kind !== 'person' || e.evidence === 'pseudonym') continue;
    const kin = e.cue === 'kinship' || e.cue === 'naming' || e.cue === 'pseudonym';
    if (!kin && e.cue !== 'initials') {
      const last = a.words[e.to].lower;
      if (e.to > e.from && staffName(a, e)) {
        staffNames.push(a.words[e.from].lower, last);
        continue;
      }
      // A one-word name counts only with its role said right there ("Catherine, the Princess of Wales").
      // Not where the author speaks ("We got a call: the novelist Rosa Klein, 71, had fallen").
      const role = publicRoleAround(a.text, a.words[e.from].start, a.words[e.to].end);
      if ((role || (e.to > e.from && (e.context === 'history' || (history !== null && e.cue !== 'honorific')))) && !authorSpeaks(a, e.from)) {
        publicNames.push(last);
        continue;
      }
    }
    // "Mrs. Alvarez", "her son Daniel", "a boy named Timmie": someone the post may be protecting.
    if (e.evidence === 'strong') care = strong = true;
    // Named with a patient's or relative's cue: an honorific, a relationship word, "a boy named …",
    // or a tie to the author's care ("my patient Jaylen Moss"). Later bare mentions of the name
    // ("Rosa", "Alvarez") are the same person.
    // Not in a paragraph of history ("a boy named James Greenlees" in 1865); in a public figure's
    // disclosure, only family named by a relationship word ("his wife, Claire Marlow").
    // The author's own family ("my daughter Maya", "our son") is no patient's.
    if (e.evidence === 'strong' && history !== 'history' && (history === null || e.cue === 'kinship') && patientCue(a, e) && !ownFamily(a, e)) {
      // A family name may be a public figure's or staff member's too ("his wife, Claire Hamlin";
      // "Mr. Willis"): it yields to them. A first name stands.
      for (let q = e.from; q <= e.to; q++) {
        const w = a.words[q];
        if (!w.cap || w.text.length < 2 || HONORIFICS.has(w.lower)) continue;
        const family = q === e.to && (e.to > e.from || e.cue === 'honorific');
        (family ? honorificNames : patientNames).push(w.lower);
      }
    }
  }
  // "Senator Marguerite Ashby", "the journalist Katie Couric", "Catherine, the Princess of Wales":
  // public by title or role, and left out of the entities as such.
  for (const run of a.runs) {
    const first = a.words[run.from];
    const last = a.words[run.to];
    if (!first.cap || publicNames.includes(last.lower)) continue;
    if ((run.to > run.from && publicTitled(a, run.from, run.to)) || (publicRoleAround(a.text, first.start, last.end) && !authorSpeaks(a, run.from))) publicNames.push(last.lower);
  }
  const unquoted = unquote(a.text);
  return { publicNames, staffNames, patientNames, honorificNames, record: history !== null || publicNames.length > 0, care, ownHealth: OWN_HEALTH.test(unquoted), strong, text: a.text, unquoted };
}

/** The people a whole post establishes; equal facts have equal keys. */
export class DocumentFacts {
  static readonly EMPTY = new DocumentFacts(new Set(), new Set(), new Set(), false, false);

  readonly key: string;

  private constructor(
    readonly publicNames: ReadonlySet<string>,
    readonly staffNames: ReadonlySet<string>,
    /** Names the post gave a patient or a relative (never also a public figure's or staff's). */
    readonly patientNames: ReadonlySet<string>,
    /** Public figures or history, and nowhere the author's own care or a patient named with a cue. */
    readonly publicRecordPost: boolean,
    /** The clinician author's own health story, and nowhere one patient's care, a named patient or another's voice. */
    readonly authorStory: boolean,
  ) {
    this.key = `${[...publicNames].sort().join(' ')}|${[...staffNames].sort().join(' ')}|${[...patientNames].sort().join(' ')}|${publicRecordPost ? 1 : 0}${authorStory ? 1 : 0}`;
  }

  static of(all: Iterable<BlockFacts>): DocumentFacts {
    const pub = new Set<string>();
    const staff = new Set<string>();
    const patients = new Set<string>();
    const honorific = new Set<string>();
    let record = false;
    let care = false;
    let own = false;
    const blocks: BlockFacts[] = [];
    for (const f of all) {
      if (f === NO_FACTS) continue;
      blocks.push(f);
      for (const n of f.publicNames) pub.add(n);
      for (const n of f.staffNames) staff.add(n);
      for (const n of f.patientNames) patients.add(n);
      for (const n of f.honorificNames) honorific.add(n);
      record ||= f.record;
      care ||= f.care;
      own ||= f.ownHealth;
    }
    // A name that is staff in one place and public in another stays out of both: a coincidence to leave flagged.
    for (const n of staff) if (pub.has(n)) {
      pub.delete(n);
      staff.delete(n);
    }
    // A family name shared by a patient or relative and a public figure or staff member ("his wife,
    // Claire Hamlin"): the standing of each mention is unknown, so it counts as none of them.
    for (const n of patients) {
      if (pub.has(n) || staff.has(n)) {
        pub.delete(n);
        staff.delete(n);
        patients.delete(n);
      }
    }
    // A family name ("Mr. Willis", "his wife, Claire Hamlin") is the public figure's or staff
    // member's of that name, if the post has one.
    for (const n of honorific) if (!pub.has(n) && !staff.has(n)) patients.add(n);
    const authorStory = own && blocks.some((f) => storyFacts(f).clinician) && !blocks.some((f) => storyFacts(f).onePatient || storyFacts(f).otherVoice);
    if (pub.size === 0 && staff.size === 0 && patients.size === 0 && !record && !authorStory) return DocumentFacts.EMPTY;
    return new DocumentFacts(pub, staff, patients, record && !care, authorStory);
  }

  get empty(): boolean {
    return this === DocumentFacts.EMPTY;
  }

  /** Did the post name a patient or a relative with this lower-cased word? */
  patientName(lower: string): boolean {
    return this.patientNames.has(lower);
  }

  /** 'public', 'staff' or null for a lower-cased word. */
  known(lower: string): 'public' | 'staff' | null {
    return this.publicNames.has(lower) ? 'public' : this.staffNames.has(lower) ? 'staff' : null;
  }

  /**
   * Can a block's findings differ between `this` and `next`? Only when it holds a capitalised word
   * whose standing changed, or when the post-level reading changed (then every block may).
   */
  static affects(prev: DocumentFacts, next: DocumentFacts, block: ProseBlock): boolean {
    if (prev.publicRecordPost !== next.publicRecordPost || prev.authorStory !== next.authorStory) return true;
    for (const w of analyze(block).words) {
      if (w.cap && (prev.known(w.lower) !== next.known(w.lower) || prev.patientName(w.lower) !== next.patientName(w.lower))) return true;
    }
    return false;
  }
}

/** The word index at or before prose offset `at`. */
function wordAt(a: Analysis, at: number): number {
  let lo = 0;
  let hi = a.words.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.words[mid].start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Is what the block says at prose offset `at` about a public figure or staff member the post
 * introduced elsewhere, or, in a post that is the clinician author's own health story, the
 * author's own (authorsOwn)? About a known person (aboutKnownPeople) when
 *   - the block names such a public figure (not after a kinship word: "his wife Claire Hamlin" is
 *     family) or opens with such a staff member's name, or the post is about public figures and
 *     no patient;
 *   - no one else is named in it with more than weak evidence;
 *   - the sentence at `at` (every sentence, for 'all') has no patient in it (no "patient", age,
 *     relative, "diagnosed"…);
 *   - for a public figure, the author does not speak in the sentence ("We got a call: …");
 *   - and the block tells of no care of the author's own and no encounter ("was admitted").
 */
export function documentRecord(block: ProseBlock, doc: DocumentFacts | undefined, at: number | 'all'): boolean {
  if (!doc || doc.empty) return false;
  const a = analyze(block);
  if (a.words.length === 0) return false;
  return aboutKnownPeople(a, doc, at) || (doc.authorStory && authorsOwn(a, at));
}

/** First person singular; the third person singular; a patient or client named as such. */
const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}])/u;
const THIRD_PERSON = /(?<![\p{L}])(?:he|she|him|his|her|hers|himself|herself|patients?|clients?)(?![\p{L}])/iu;

/**
 * In a post that is the author's own health story (DocumentFacts.authorStory), is the sentence at
 * `at` (every sentence, for 'all') the author's: the first person outside quotation marks, no one
 * else spoken of ("he", "her", "the patient"), no one named with more than weak evidence, and no
 * reader's question?
 */
function authorsOwn(a: Analysis, at: number | 'all'): boolean {
  if (OTHER_VOICE.test(a.text)) return false;
  for (const e of entities(a)) {
    if (e.kind === 'person' && e.evidence !== 'weak' && (at === 'all' || a.sentence[e.from] === a.sentence[wordAt(a, at)])) return false;
  }
  const unquoted = unquote(a.text);
  if (at === 'all') return FIRST_PERSON.test(unquoted) && !THIRD_PERSON.test(unquoted);
  const s = sentenceOf(a, wordAt(a, at));
  const sentence = unquoted.slice(a.words[s.from].start, a.words[s.to].end);
  // The date itself inside quotation marks is someone's words.
  return unquoted[at] === a.text[at] && FIRST_PERSON.test(sentence) && !THIRD_PERSON.test(sentence);
}

function aboutKnownPeople(a: Analysis, doc: DocumentFacts, at: number | 'all'): boolean {
  // A public figure anywhere in the block; a staff member only as the subject of the block's first
  // sentence ("Ellie is the first voice …", "When she is not at work, Ellie coaches …"), not in
  // apposition to a role ("Our nurse, Priya Natarajan, heard her breathing" is about the patient).
  let publicAt = -1;
  let staff = false;
  for (let i = 0; i < a.words.length; i++) {
    const w = a.words[i];
    const known = w.cap ? doc.known(w.lower) : null;
    if (known === 'public' && !(i > 0 && KINSHIP.has(a.words[i - 1].lower))) {
      if (publicAt < 0) publicAt = i;
    } else if (known === 'staff' && a.sentence[i] === 0 && !APPOSITION.test(a.text.slice(Math.max(0, w.start - 40), w.start))) staff = true;
  }
  if (publicAt < 0 && !staff && !doc.publicRecordPost) return false;
  // No patient in the sentence, or in any sentence: "diagnosed" or "surgery" may be the public
  // figure's own in a sentence that names them, unless it brings in someone else ("a 17-year-old").
  const patientIn = (s: number): boolean => a.specificPatient[s] && !(publicAt >= 0 && namesPublic(a, doc, s) && !SOMEONE_ELSE.test(sentenceText(a, s)));
  if (at === 'all' ? a.specificPatient.some((_, s) => patientIn(s)) : patientIn(a.sentence[wordAt(a, at)])) return false;
  // The author speaking where the public figure is told of ("We got a call: …") may be telling of their care.
  if (!staff && (at === 'all' ? AUTHOR_VOICE.test(a.text) : authorSpeaks(a, wordAt(a, at)))) return false;
  for (const e of entities(a)) {
    if (e.kind !== 'person' || e.evidence === 'weak') continue;
    if (e.cue === 'kinship' || e.cue === 'naming' || e.cue === 'pseudonym') return false;
    if (!doc.known(a.words[e.to].lower) && !doc.known(a.words[e.from].lower)) return false;
  }
  // "our clinic" is what a staff introduction says; care of a patient is not.
  return !ownCareOrEncounter(a.text, publicAt >= 0 || !staff);
}

/** A role and a comma right before a name: the name is in apposition ("Our nurse, ", "the pharmacist, "). */
const APPOSITION = /(?:^|[^\p{L}])(?:our|my|the|a|an|his|her|their)[ \u00a0]+[\p{L}-]+(?:[ \u00a0]+[\p{L}-]+)?,[ \u00a0]*(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?[ \u00a0]+)?$/iu;
/** Someone other than the public figure brought into a sentence: "a 17-year-old", "a patient", "one boy". */
const SOMEONE_ELSE = /(?<![\p{L}])(?:a|an|one|another|my|our)[ \u00a0]+(?:\d{1,3}-year-old|patient|man|woman|boy|girl|teen(?:ager)?|child|baby|infant|toddler|student|player|client|mother|father)(?![\p{L}])/iu;

/** The author's voice, capitalised at a sentence start too ("We got a call"); not "US". */
const AUTHOR_VOICE = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Uu]s)(?![\p{L}])/u;

function authorSpeaks(a: Analysis, i: number): boolean {
  const s = sentenceOf(a, i);
  return AUTHOR_VOICE.test(a.text.slice(a.words[s.from].start, a.words[s.to].end));
}

function sentenceText(a: Analysis, s: number): string {
  let from = -1;
  let to = -1;
  for (let i = 0; i < a.words.length; i++) {
    if (a.sentence[i] !== s) continue;
    if (from < 0) from = i;
    to = i;
  }
  return from < 0 ? '' : a.text.slice(a.words[from].start, a.words[to].end);
}

function namesPublic(a: Analysis, doc: DocumentFacts, s: number): boolean {
  for (let i = 0; i < a.words.length; i++) if (a.sentence[i] === s && a.words[i].cap && doc.known(a.words[i].lower) === 'public') return true;
  return false;
}

/**
 * Is what the block says at `at` the public record: the block is history or a public figure's
 * disclosure by itself (context-cues.ts historicalBlock), or it speaks of a public figure or staff
 * member the post introduced (documentRecord)?
 */
export function publicRecordAt(block: ProseBlock, env: RuleEnv, at: number | 'all'): boolean {
  return historicalBlock(block.text, env.referenceDate.getUTCFullYear()) || documentRecord(block, env.document, at);
}
