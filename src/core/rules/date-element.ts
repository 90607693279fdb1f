// Safe Harbor item (C): every element of a date (except year) directly related to an individual —
// full and partial dates, weekdays, holidays, relative dates, and months or seasons tied to an
// event. Severity follows the patient/case cues around the date; recurrences and advice stay quiet.
import type { BlockRule, ProseEdit, ProseFix } from '../rule';
import type { Severity } from '../types';
import { CASE_EVENT, PERSON, dateCueIndex, readIndexed, type CueIndex } from '../text/cues';
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

/** Severity from the cues in the sentence, then the paragraph; null = no finding. */
function judge(idx: CueIndex<'event' | 'settingWords' | 'settingAbbr' | 'person' | 'generic'>, span: DateSpan, para: { event: boolean; person: boolean }): Severity | null {
  const c = readIndexed(idx, span.start, span.end);
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
  if (ofBefore) return fixes;
  if (span.year !== undefined && !reveals90) {
    const y = String(span.year);
    const phrase = absorbed || (!kept && !afterColon && prep !== null) ? `in ${y}` : y;
    fixes.push({ title: `Replace with the year only (“${phrase}”)`, edits: edit(phrase) });
  }
  if (!kept) {
    const v = vagueWord(span, ref);
    fixes.push({ title: `Replace with “${v}”`, edits: edit(v) });
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
    const para = { event: CASE_EVENT.test(text), person: PERSON.test(text) };
    const idx = dateCueIndex(text);
    for (const span of spans) {
      const severity = judge(idx, span, para);
      if (severity === null) continue;
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
