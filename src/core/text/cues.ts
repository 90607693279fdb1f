// Sentence bounds and patient/case cue words around a span, shared by the date and real-time rules.
// Every look is bounded (MAX_REACH characters each way), so a megabyte-long line stays linear.
import { eachMatch, firstAtOrAfter } from './scan';

const MAX_REACH = 400;

const ABBREVIATION = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|jr|sr|vs|no|e\.g|i\.e|a\.m|p\.m|approx|dept)$/iu;

/** Words that place a patient encounter or a life event (case-insensitive, whole words). */
export const CASE_EVENT =
  /(?<![\p{L}\p{N}_])(?:admit(?:ted|s)?|admission|readmitted|discharged?|presented|presenting|came[ \u00a0]+in(?:to)?|come[ \u00a0]+in|brought[ \u00a0]+in|showed[ \u00a0]+up|rolled[ \u00a0]+in|seen|saw|diagnos(?:ed|is)|died|passed[ \u00a0]+away|death|born|birthday|date[ \u00a0]+of[ \u00a0]+birth|d\.?o\.?b\.?|delivered|gave[ \u00a0]+birth|surgery|operated|operation|procedure|coded|intubated|transferred|scanned|biopsied|resuscitated|overdosed|collapsed|injured|fell|crashed|treated|examined|visit|appointment|hospitalized|hospitalised|patient|pt|name[ \u00a0]*:|maiden[ \u00a0]+name|name[ \u00a0]+is)(?![\p{L}\p{N}_])/iu;

/** Care settings in words: a cue in the same sentence, too weak to tie a date across a paragraph. */
export const SETTING_WORDS =
  /(?<![\p{L}\p{N}_])(?:clinic|hospital|emergency[ \u00a0]+(?:room|department)|intensive[ \u00a0]+care|trauma[ \u00a0]+bay|labou?r[ \u00a0]+and[ \u00a0]+delivery)(?![\p{L}\p{N}_])/iu;

/** Care settings written as capitalised abbreviations (case-sensitive: "OR" is not "or"). */
export const SETTING_ABBREVIATION = /(?<![\p{L}\p{N}_])(?:ER|ED|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|OR|L&D|PACU|ICU's|ER's)(?![\p{L}\p{N}_])/u;

/** A specific person: pronouns, titles, "my patient". */
export const PERSON =
  /(?<![\p{L}\p{N}_])(?:he|she|him|his|her|hers|himself|herself|mr|mrs|ms|miss|my[ \u00a0]+patient|our[ \u00a0]+patient|this[ \u00a0]+patient)(?![\p{L}\p{N}_])/iu;

/** Population, habit and second-person language: the date is advice, not someone's day. */
export const GENERIC =
  /(?<![\p{L}\p{N}_])(?:you|your|yourself|you['’]re|every|each|anyone|everyone|people|most|can|should|might|usually|typically|often|generally|tends?[ \u00a0]+to)(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])may(?![\p{L}\p{N}_])/iu;

/** What the sentence around a date says about it. */
export interface CueReading {
  /** An encounter/life-event word or a care setting in the sentence. */
  sentenceEvent: boolean;
  sentencePerson: boolean;
  sentenceGeneric: boolean;
}

// ---------------------------------------------------------------------------------------------
// Indexed look-ups: each cue regex runs once over the block (linear), then every question about a
// span is answered by bisection, so a block with a hundred thousand dates stays cheap.

interface Ranges {
  starts: number[];
  ends: number[];
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A global copy of a cue regex, compiled once (compiling Unicode regexes per block is costly). */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Cue matches of named regexes and sentence ends of one block, found once and searched by bisection. */
export class CueIndex<K extends string> {
  private readonly ranges = new Map<K, Ranges>();
  private ends: number[] | null = null;

  constructor(
    private readonly text: string,
    private readonly cues: Record<K, RegExp>,
    /** Matches to ignore (e.g. the month "May" for the modal "may"). */
    private readonly skip: (kind: K, match: string) => boolean = () => false,
  ) {}

  /** Sentence bounds around [start, end), at most MAX_REACH characters each way. */
  sentence(start: number, end: number): [number, number] {
    if (this.ends === null) {
      const ends: number[] = [];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) ends.push(i);
        else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= t.length || /\s/.test(t[i + 1])) && !(c === 46 && ABBREVIATION.test(t.slice(Math.max(0, i - 8), i)))) ends.push(i);
      }
      this.ends = ends;
    }
    const ends = this.ends;
    const k = firstAtOrAfter(ends, start);
    const a = k > 0 ? ends[k - 1] + 1 : 0;
    const j = firstAtOrAfter(ends, end);
    const b = j < ends.length ? ends[j] + 1 : this.text.length;
    return [Math.max(a, start - MAX_REACH), Math.min(b, end + MAX_REACH)];
  }

  /** A cue of `kind` lies wholly inside [a, b). */
  has(kind: K, a: number, b: number): boolean {
    if (b <= a) return false;
    let r = this.ranges.get(kind);
    if (!r) {
      r = { starts: [], ends: [] };
      const found = r;
      eachMatch(globalOf(this.cues[kind]), this.text, (m) => {
        if (this.skip(kind, m[0])) return;
        found.starts.push(m.index);
        found.ends.push(m.index + m[0].length);
      });
      this.ranges.set(kind, r);
    }
    // Ends are not sorted in general, but cue matches of one regex never overlap, so they are.
    const i = firstAtOrAfter(r.starts, a);
    return i < r.starts.length && r.ends[i] <= b;
  }

  /** A cue of `kind` in the sentence around [s, e), outside the span itself. */
  around(kind: K, s: number, e: number): boolean {
    const [a, b] = this.sentence(s, e);
    return this.has(kind, a, s) || this.has(kind, e, b);
  }
}

const DATE_CUES = { event: CASE_EVENT, settingWords: SETTING_WORDS, settingAbbr: SETTING_ABBREVIATION, person: PERSON, generic: GENERIC };

/** The date rule's cue index for a block ("May" the month is not the modal "may"). */
export function dateCueIndex(text: string): CueIndex<keyof typeof DATE_CUES> {
  return new CueIndex(text, DATE_CUES, (kind, m) => kind === 'generic' && /^may$/i.test(m) && m !== 'may');
}

/** Cue reading of the sentence around a span, the span itself left out (bisection, no rescans). */
export function readIndexed(idx: CueIndex<keyof typeof DATE_CUES>, start: number, end: number): CueReading {
  return {
    sentenceEvent: idx.around('event', start, end) || idx.around('settingWords', start, end) || idx.around('settingAbbr', start, end),
    sentencePerson: idx.around('person', start, end),
    sentenceGeneric: idx.around('generic', start, end),
  };
}
