// Safe Harbor item (C): every element of a date (except year) directly related to an individual —
// full and partial dates, weekdays, holidays, relative dates, and months or seasons tied to an
// event. Severity follows the patient/case cues around the date; recurrences and advice stay quiet.
import { publicRecordAt } from '../text/document-facts';
import type { BlockRule, ProseEdit, ProseFix } from '../rule';
import type { Severity } from '../types';
import { CASE_EVENT, PERSON, SETTING_ABBREVIATION, SETTING_WORDS, CueIndex, dateContext } from '../text/cues';
import { QUESTION_BLOCK, SELF_HEALTH } from '../text/ages';
import { daysBetween, formatDay, formatMonth, scanDates, type DateSpan } from '../text/dates';
import { matchCase } from '../text/tidy';

const NOTE =
  'Safe Harbor item (C), 45 CFR 164.514(b)(2)(i)(C): all elements of dates (except year) for dates directly related to an individual — birth, admission, discharge, death, visits — must be removed; weekdays, holidays and relative dates ("last Tuesday") are date elements too, because staff, family and the patient know when it happened.';

/** Prepositions a vague replacement can absorb: "on March 3" → "recently". */
const ABSORBED = new Set(['on', 'in', 'during', 'over', 'at', 'around', 'about']);
/** Prepositions that stay before a year: "since 2026". */
const KEPT = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'through', 'from']);

const KIND_WORDS: Record<DateSpan['kind'], string> = {
  fullDate: 'full date',
  dayMonth: 'day and month',
  weekday: 'weekday',
  holiday: 'holiday used as a date',
  relative: 'relative date',
  month: 'month tied to an event',
  season: 'season tied to an event',
};

const KIN = 'mother|father|mom|dad|mum|mommy|daddy|son|daughter|husband|wife|brother|sister|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|aunt|uncle|niece|nephew|baby|toddler|child|kid|boy|girl|partner|fiancée?|stepson|stepdaughter|stepfather|stepmother|teenager|teen|newborn|twins?|infant|parents?|grandparents?';
const PERSON_NOUN = 'man|woman|boy|girl|gentleman|lady|teen|teenager|toddler|baby|infant|newborn|child|kid|grandmother|grandfather|mother|father|veteran|retiree|widow|widower';
/**
 * Specific people the shared cues miss: the author's or a reader's relatives ("my mother", "our
 * newborn son"), "one of my patients", and definite or aged noun phrases ("the boy", "a 9-year-old").
 */
const PERSON_MORE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:my|our)[ \\u00a0]{1,3}(?:(?:\\p{L}{1,20}|\\d{1,2}-(?:year|month|week)-old)[ \\u00a0]{1,3})?(?:${KIN})(?:['’]s)?` +
    `|one[ \\u00a0]{1,3}of[ \\u00a0]{1,3}(?:my|our)[ \\u00a0]{1,3}(?:\\p{L}{1,20}[ \\u00a0]{1,3})?(?:patients|clients)` +
    `|(?:the|this|that)[ \\u00a0]{1,3}(?:\\p{L}{1,20}[ \\u00a0]{1,3})?(?:${PERSON_NOUN})(?:['’]s)?` +
    `|(?:a|an|the)[ \\u00a0]{1,3}\\p{N}{1,3}[-\\u2010\\u2011](?:year|month|week)[-\\u2010\\u2011]old)(?![\\p{L}\\p{N}_])`,
  'iu',
);
/** The writer in the first person: in a reader's question it is the patient speaking. */
const FIRST_PERSON = /(?<![\p{L}\p{N}_])(?:i|i['’]m|i['’]ve|i['’]d|me|my|myself)(?![\p{L}\p{N}_])/iu;
const BODY = 'arm|arms|leg|legs|back|neck|head|chest|stomach|belly|skin|eye|eyes|ear|ears|throat|knee|knees|hip|hips|foot|feet|hand|hands|wrist|ankle|ankles|shoulder|breast|face|mouth|tooth|teeth|side|toe|finger';
/**
 * The writer as a patient: "my" before a health or body word ("my TSH", "the rash on my arm") or
 * "I" with an experience verb ("I've had a headache", "I was diagnosed"); the author's own work
 * ("Last month I gave a talk on diabetes") is not.
 */
const SELF_EXPERIENCE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:my[ \\u00a0]{1,3}(?:\\p{L}{1,15}[ \\u00a0]{1,3}){0,2}(?:${SELF_HEALTH.source}|(?:${BODY})(?![\\p{L}]))` +
    `|i(?:['’]ve|[ \\u00a0]{1,3}have|[ \\u00a0]{1,3}had|['’]d)?[ \\u00a0]{1,3}(?:been[ \\u00a0]{1,3})?(?:had|have|having|got|developed|noticed|felt|feel|feeling|woke|fainted|fell|broke|started[ \\u00a0]{1,3}(?:having|feeling|getting|taking|bleeding|coughing|vomiting)|threw[ \\u00a0]{1,3}up|passed[ \\u00a0]{1,3}out|was[ \\u00a0]{1,3}(?:diagnosed|admitted|hospitali[sz]ed|prescribed|sick))(?![\\p{L}]))`,
  'iu',
);
const TIME_WORDS = 'day|morning|afternoon|evening|night|week|weekend|month|summer|winter|spring|fall|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/**
 * Population, habit and second-person language, as in the shared GENERIC cue, except for words that
 * talk about someone specific: the audience as a group ("some of you know her", "as you may
 * remember"), a person's own habit ("every Tuesday until this summer").
 */
const GENERIC_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?<!(?:of|as)[ \\u00a0]{1,3})you(?![ \\u00a0]{1,3}(?:(?:may|might|will)[ \\u00a0]{1,3})?(?:know|knew|remember|recall|saw|met|heard|read|followed)(?![\\p{L}]))` +
    `|your|yourself|you['’]re|(?:every|each)(?![ \\u00a0]{1,3}(?:other[ \\u00a0]{1,3})?(?:${TIME_WORDS})s?(?![\\p{L}]))` +
    `|anyone|everyone|people|most|can|should|usually|typically|often|generally|tends?[ \\u00a0]+to|if[ \\u00a0]{1,3}(?:a|an|someone)(?![\\p{L}]))(?![\\p{L}\\p{N}_])` +
    `|(?<![\\p{L}\\p{N}_])(?<!you[ \\u00a0]{1,3})(?:may|might)(?![\\p{L}\\p{N}_])`,
  'iu',
);
const CUES = {
  event: CASE_EVENT,
  settingWords: SETTING_WORDS,
  settingAbbr: SETTING_ABBREVIATION,
  person: PERSON,
  personMore: PERSON_MORE,
  firstPerson: FIRST_PERSON,
  selfExperience: SELF_EXPERIENCE,
  health: SELF_HEALTH,
  generic: GENERIC_DATE,
};
type Cue = keyof typeof CUES;

/** The rule's cue index for a block ("May" the month is not the modal "may"). */
function cueIndex(text: string): CueIndex<Cue> {
  return new CueIndex(text, CUES, (kind, m) => kind === 'generic' && /^may$/i.test(m) && m !== 'may');
}

/** Severity from the cues in the sentence, then the paragraph; null = no finding. */
function judge(idx: CueIndex<Cue>, span: DateSpan, para: { event: boolean; person: boolean; question: boolean }): Severity | null {
  const a = (k: Cue): boolean => idx.around(k, span.start, span.end);
  // A reader or patient speaking of themselves: "the rash on my arm started two days ago".
  const self = (para.question && a('firstPerson')) || (a('selfExperience') && a('health'));
  const c = {
    sentenceEvent: a('event') || a('settingWords') || a('settingAbbr'),
    sentencePerson: a('person') || a('personMore') || self,
    sentenceGeneric: a('generic'),
  };
  const coarse = span.kind === 'month' || span.kind === 'season' || span.kind === 'holiday';
  if (c.sentenceEvent && (c.sentencePerson || !c.sentenceGeneric)) return 'error';
  if (c.sentencePerson && !c.sentenceGeneric) return 'error';
  // A month, a season or a holiday is a date element only when the sentence ties it to someone's
  // event ("Clinics are closed on Thanksgiving" is not).
  if (coarse) return null;
  if (c.sentenceGeneric) return 'information';
  if (para.event) return 'error';
  if (para.person) return 'warning';
  return 'information';
}

/** The word before `pos` (within a few characters) and where it starts. */
function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  const m = /(\p{L}+)[ \u00a0]{1,3}$/u.exec(text.slice(Math.max(0, pos - 16), pos));
  if (!m) return null;
  return { word: m[1], start: pos - m[0].length };
}

/** Start of the sentence containing pos (only whitespace, quotes or brackets before it). */
function atSentenceStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && pos - p < 8 && /[\s"“‘'(\[*_]/.test(text[p - 1])) p--;
  return p === 0 || /[.!?\n]/.test(text[p - 1]);
}

/** The vague phrase that fits: "recently" within 90 days of the post, else "some time ago". */
function vagueWord(span: DateSpan, ref: Date): string {
  if (span.kind === 'weekday' || span.kind === 'relative' || span.kind === 'holiday') return 'recently';
  if (span.resolved && Math.abs(daysBetween(span.resolved, ref)) <= 90) return 'recently';
  return 'some time ago';
}

/** Fixes, preferred first: year only (when the year is written), then a vague time. */
function fixesFor(text: string, span: DateSpan, ref: Date, reveals90: boolean): ProseFix[] {
  const fixes: ProseFix[] = [];
  const prep = wordBefore(text, span.start);
  const prepLower = prep?.word.toLowerCase() ?? '';
  const absorbed = prep !== null && ABSORBED.has(prepLower);
  const kept = prep !== null && KEPT.has(prepLower);
  const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(span.end, span.end + 3));
  const from = absorbed && prep ? prep.start : span.start;
  const to = possessive ? span.end + 2 : span.end;
  const first = text.slice(from, to);
  const startsSentence = atSentenceStart(text, from);
  // A capital only where the sentence starts ("On March 3 she" → "Recently she"), or all capitals.
  const cased = (s: string): string => {
    const word = first.split(/\s/)[0];
    if (/^\p{L}/u.test(word) && /\p{L}{2}/u.test(word) && word === word.toUpperCase()) return matchCase(word, s);
    return startsSentence ? s[0].toUpperCase() + s.slice(1) : s;
  };
  const edit = (replacement: string): ProseEdit[] => [{ start: from, end: to, text: cased(replacement) }];
  const afterColon = /:[ \u00a0]*$/.test(text.slice(Math.max(0, from - 3), from));
  const ofBefore = prepLower === 'of';

  if (possessive) {
    fixes.push({ title: 'Replace with “the recent”', edits: edit('the recent') });
    return fixes;
  }
  if (ofBefore) {
    // "the morning of the 3rd" → "one morning".
    const part = /(?:^|[^\p{L}])([Tt]he[ \u00a0]{1,3}(morning|afternoon|evening|night|day|weekend|week))[ \u00a0]{1,3}of[ \u00a0]{1,3}$/u.exec(text.slice(Math.max(0, from - 32), from));
    if (part) {
      const s0 = Math.max(0, from - 32) + part.index + part[0].indexOf(part[1]);
      const phrase = `one ${part[2]}`;
      fixes.push({ title: `Replace with “${phrase}”`, edits: [{ start: s0, end: to, text: atSentenceStart(text, s0) ? phrase[0].toUpperCase() + phrase.slice(1) : phrase }] });
    }
    return fixes;
  }
  if (span.year !== undefined && !reveals90) {
    const y = String(span.year);
    const phrase = absorbed || (!kept && !afterColon && prep !== null) ? `in ${y}` : y;
    fixes.push({ title: `Replace with the year only (“${phrase}”)`, edits: edit(phrase) });
  }
  if (!kept) {
    const v = vagueWord(span, ref);
    fixes.push({ title: `Replace with “${v}”`, edits: edit(v) });
  } else if (prep) {
    // "until this summer" → "until recently"; "since Monday" → "recently"; "right after Christmas" → "recently".
    const v = vagueWord(span, ref);
    const recent = v === 'recently';
    const lead = wordBefore(text, prep.start)?.word.toLowerCase() ?? '';
    const adverbBefore = /^(?:right|just|shortly|soon|long|immediately|straight|well|not|even|only)$/.test(lead);
    if (prepLower === 'until' || prepLower === 'till') {
      if (recent || span.relative) fixes.push({ title: 'Replace with “recently”', edits: [{ start: span.start, end: to, text: 'recently' }] });
    } else if (prepLower === 'since') {
      const phrase = recent ? 'recently' : 'for some time';
      const at = atSentenceStart(text, prep.start);
      fixes.push({ title: `Replace with “${phrase}”`, edits: [{ start: prep.start, end: to, text: at ? phrase[0].toUpperCase() + phrase.slice(1) : phrase }] });
    } else if ((prepLower === 'after' || prepLower === 'before') && !adverbBefore) {
      const at = atSentenceStart(text, prep.start);
      fixes.push({ title: `Replace with “${v}”`, edits: [{ start: prep.start, end: to, text: at ? v[0].toUpperCase() + v.slice(1) : v }] });
    }
  }
  return fixes;
}

/** The note: which kind of date element, and what a relative one resolves to. */
function noteFor(span: DateSpan, hasPublishDate: boolean, ref: Date): string {
  const kind = KIND_WORDS[span.kind];
  let note = `${NOTE} This is a ${kind}.`;
  if (span.relative) {
    if (hasPublishDate && span.resolved) {
      const when =
        span.resolvedAs === 'month'
          ? formatMonth(span.resolved)
          : span.resolvedAs === 'week'
            ? `the week of ${formatDay(span.resolved)}`
            : formatDay(span.resolved);
      note += ` Counted from the post's publication date (${ref.toISOString().slice(0, 10)}) it resolves to ${when}.`;
    } else if (!hasPublishDate) {
      note += ' Relative dates are resolved against the publish_at or date front matter; this post has neither.';
    }
  }
  return note;
}

export const dateElement: BlockRule = {
  scope: 'block',
  meta: {
    id: 'date-element',
    category: 'phi.date',
    defaultSeverity: 'error',
    description: 'Dates finer than a year tied to a patient: days, months, weekdays, holidays, relative dates (Safe Harbor item C).',
    note: NOTE,
  },
  check(block, env, report) {
    const text = block.text;
    const ref = env.referenceDate;
    const spans = scanDates(text, { referenceDate: ref });
    if (spans.length === 0) return;
    const fm = env.frontMatter;
    const hasPublishDate = fm.publish_at !== undefined || fm.date !== undefined;
    const para = { event: CASE_EVENT.test(text), person: PERSON.test(text) || PERSON_MORE.test(text), question: QUESTION_BLOCK.test(text) };
    const idx = cueIndex(text);
    for (const span of spans) {
      let severity = judge(idx, span, para);
      if (severity === null) continue;
      // History, a recurring season or the practice's own schedule: not a patient's date. Clear
      // cases are dropped; merely suggestive ones stay visible as information.
      const ctx = dateContext(text, span, ref.getUTCFullYear());
      if (ctx?.certain) continue;
      if (ctx && severity !== 'hint') severity = 'information';
      // A paragraph set a century back, or about a public figure or staff member the post
      // introduced (document-facts.ts publicRecordAt): its dates are the public record.
      else if (severity !== 'hint' && publicRecordAt(block, env, span.start)) severity = 'information';
      const born = /born|birth|d\.?o\.?b/i.test(text.slice(Math.max(0, span.start - 40), span.start));
      const reveals90 = span.year !== undefined && born && ref.getUTCFullYear() - span.year >= 90;
      const kind = KIND_WORDS[span.kind];
      const expected =
        span.year !== undefined && !reveals90
          ? 'the year only or a vague time such as “some time ago”'
          : `a vague time such as “${vagueWord(span, ref)}”`;
      report({
        start: span.start,
        end: span.end,
        severity,
        message: `Unexpected ${kind}, expected ${expected}.`,
        note: noteFor(span, hasPublishDate, ref),
        fixes: fixesFor(text, span, ref, reveals90),
      });
    }
  },
};
