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
import { analyze, entities, publicTitled, sentenceOf, staffName, KINSHIP, type Analysis } from './proper-nouns';
import type { RuleEnv } from '../rule';
import { historicalBlock, historicalReason, ownCareOrEncounter, publicRoleAround } from './context-cues';

export interface BlockFacts {
  /** Lower-cased family names of people the block presents as public or historical figures. */
  publicNames: readonly string[];
  /** Lower-cased first and family names of staff the block introduces. */
  staffNames: readonly string[];
  /** The block is the public record: history or a public figure's own disclosure. */
  record: boolean;
  /** The block tells of the author's own care, an encounter, or someone named with a patient's cue. */
  care: boolean;
}

const NO_FACTS: BlockFacts = { publicNames: [], staffNames: [], record: false, care: false };

/** The facts one block contributes (cheap: the analysis and entities are the ones person-name uses). */
export function blockFacts(block: ProseBlock, referenceYear: number): BlockFacts {
  if (block.text.length < 2 || block.kind === 'frontMatter') return NO_FACTS;
  const a = analyze(block);
  const history = historicalReason(block.text, referenceYear);
  const publicNames: string[] = [];
  const staffNames: string[] = [];
  let care = ownCareOrEncounter(block.text);
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
    if (e.evidence === 'strong') care = true;
  }
  // "Senator Marguerite Ashby", "the journalist Katie Couric", "Catherine, the Princess of Wales":
  // public by title or role, and left out of the entities as such.
  for (const run of a.runs) {
    const first = a.words[run.from];
    const last = a.words[run.to];
    if (!first.cap || publicNames.includes(last.lower)) continue;
    if ((run.to > run.from && publicTitled(a, run.from, run.to)) || (publicRoleAround(a.text, first.start, last.end) && !authorSpeaks(a, run.from))) publicNames.push(last.lower);
  }
  if (publicNames.length === 0 && staffNames.length === 0 && history === null && !care) return NO_FACTS;
  return { publicNames, staffNames, record: history !== null || publicNames.length > 0, care };
}

/** The people a whole post establishes; equal facts have equal keys. */
export class DocumentFacts {
  static readonly EMPTY = new DocumentFacts(new Set(), new Set(), false);

  readonly key: string;

  private constructor(
    readonly publicNames: ReadonlySet<string>,
    readonly staffNames: ReadonlySet<string>,
    /** Public figures or history, and nowhere the author's own care or a patient named with a cue. */
    readonly publicRecordPost: boolean,
  ) {
    this.key = `${[...publicNames].sort().join(' ')}|${[...staffNames].sort().join(' ')}|${publicRecordPost ? 1 : 0}`;
  }

  static of(all: Iterable<BlockFacts>): DocumentFacts {
    const pub = new Set<string>();
    const staff = new Set<string>();
    let record = false;
    let care = false;
    for (const f of all) {
      if (f === NO_FACTS) continue;
      for (const n of f.publicNames) pub.add(n);
      for (const n of f.staffNames) staff.add(n);
      record ||= f.record;
      care ||= f.care;
    }
    // A name that is staff in one place and public in another stays out of both: a coincidence to leave flagged.
    for (const n of staff) if (pub.has(n)) {
      pub.delete(n);
      staff.delete(n);
    }
    if (pub.size === 0 && staff.size === 0 && !record) return DocumentFacts.EMPTY;
    return new DocumentFacts(pub, staff, record && !care);
  }

  get empty(): boolean {
    return this === DocumentFacts.EMPTY;
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
    if (prev.publicRecordPost !== next.publicRecordPost) return true;
    for (const w of analyze(block).words) {
      if (w.cap && prev.known(w.lower) !== next.known(w.lower)) return true;
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
 * introduced elsewhere? True when
 *   - the block names such a public figure (not after a kinship word: "his wife Claire Hamlin" is
 *     family) or opens with such a staff member's name, or the post is about public figures and
 *     no patient;
 *   - no one else is named in it with more than weak evidence;
 *   - the sentence at `at` (every sentence, for 'all') has no patient in it (no "patient", age,
 *     relative, "diagnosed"…);
 *   - and the block tells of no care of the author's own and no encounter ("was admitted").
 */
export function documentRecord(block: ProseBlock, doc: DocumentFacts | undefined, at: number | 'all'): boolean {
  if (!doc || doc.empty) return false;
  const a = analyze(block);
  if (a.words.length === 0) return false;
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
  return !ownCareOrEncounter(block.text, publicAt >= 0 || !staff);
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
