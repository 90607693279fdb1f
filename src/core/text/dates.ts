// Finds date elements finer than a year in prose ("March 3", "3/3/2026", "2026-03-03", "the 3rd",
// "last Tuesday", "on Christmas Eve", "two days ago", "in March"), resolves the ones it can against a
// reference date, and reads the sentence around each for patient/case cues.
//
// Linear time: a cheap prefilter, then a handful of global regexes made of bounded literal
// alternatives (no nested quantifiers); per match only a bounded window (a few dozen characters)
// around it is read. Years alone are not date elements here (Safe Harbor allows them).
import { TextMemo } from './memo';
import { latinRegExp } from './letters';

/** What kind of date element a span is (messages and fixes are chosen per kind). */
export type DateKind =
  /** Day, month and year: "March 3, 2026", "3/3/2026", "2026-03-03". */
  | 'fullDate'
  /** Day and month without a year: "March 3", "the 3rd", "on 3/3". */
  | 'dayMonth'
  /** "Tuesday", "last Tuesday", "Tuesday morning". */
  | 'weekday'
  /** "Christmas Eve", "the night after Thanksgiving". */
  | 'holiday'
  /** "yesterday", "last night", "two days ago", "last month". */
  | 'relative'
  /** "in March", "March 2026", "early March". */
  | 'month'
  /** "last summer", "in the winter of 2019". */
  | 'season';

export interface DateSpan {
  start: number;
  end: number;
  kind: DateKind;
  /** An explicit four-digit year inside the span. */
  year?: number;
  /** The calendar date (UTC midnight) the phrase most likely stands for, when it can be resolved. */
  resolved?: Date;
  /** How `resolved` should be read: a day, a week starting that day, a month, a season. */
  resolvedAs?: 'day' | 'week' | 'month' | 'season';
  /** The phrase counts back (or forward) from the reference date. */
  relative: boolean;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, few: 3, several: 3, couple: 2,
};

const PREFILTER = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|yesterday|night|last|ago|eve|christmas|thanksgiving|easter|halloween|hanukkah|passover|ramadan|diwali|eid|kippur|hashanah|spring|summer|fall|autumn|winter|kwanzaa|week/i;

const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';

const ISO = /(?<![\w/.:-])((?:1[89]|20)\d\d)-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?:[T ](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?![\w/]|[.-]\d)/g;
const NUMERIC = /(?<![\w/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.:-]\d)/g;
const ON_NUMERIC = latinRegExp(`${L}(on|since|until|by)[ \\u00a0]{1,3}(\\d{1,2})/(\\d{1,2})(?![\\w/]|[.-]\\d)`, 'giu');
const MONTH_DAY = latinRegExp(`${L}(${MONTH_ALT})\\.?[ \\u00a0]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}_:%])(?:,?[ \\u00a0]{1,3}((?:1[89]|20)\\d\\d)${R})?`, 'giu');
const DAY_MONTH = latinRegExp(`${L}(?:the[ \\u00a0]{1,3})?(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\u00a0]{1,3}of)?[ \\u00a0]{1,3}(${MONTH_ALT})${R}(?:,?[ \\u00a0]{1,3}((?:1[89]|20)\\d\\d)${R})?`, 'giu');
const MONTH_ALONE = latinRegExp(`${L}(?:(early|mid|late)[ \\u00a0-]{1,3})?(January|February|March|April|May|June|July|August|September|October|November|December)${R}(?:,?[ \\u00a0]{1,3}((?:1[89]|20)\\d\\d)${R})?`, 'giu');
/**
 * "on the 12th", "by the 20th", "admitted the 4th", "the morning of the 3rd": a day of the month
 * after a date preposition, an encounter verb or a part of a day.
 */
const ORDINAL_DAY = latinRegExp(
  `${L}(on|by|until|till|since|before|after|from|of|admitted|discharged|readmitted|seen|operated|delivered|died|born|arrived|returned|transferred|diagnosed|scheduled|booked)[ \\u00a0]{1,3}the[ \\u00a0]{1,3}(\\d{1,2})(st|nd|rd|th)${R}`,
  'giu',
);
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** "the third of March", "the twenty-first of June": a spelled-out day of a month. */
const SPELLED_DAY_MONTH = latinRegExp(
  `${L}the[ \\u00a0]{1,3}((?:twenty|thirty)[-\\u2010\\u2011 ](?:${ORDINAL_WORDS.slice(0, 9).join('|')})|thirtieth|${ORDINAL_WORDS.join('|')})[ \\u00a0]{1,3}of[ \\u00a0]{1,3}(${MONTH_ALT})${R}(?:,?[ \\u00a0]{1,3}((?:1[89]|20)\\d\\d)${R})?`,
  'giu',
);

/** Day number of a spelled ordinal ("twenty-first" → 21). */
function ordinalValue(words: string): number {
  const w = words.toLowerCase();
  const tens = w.startsWith('twenty') ? 20 : w.startsWith('thirty') ? 30 : 0;
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const unit = tens ? w.slice(7) : w;
  return tens + ORDINAL_WORDS.indexOf(unit) + 1;
}
/** Parts of a day or a week before "of the 3rd" ("the night of the 3rd"). */
const OF_ORDINAL_LEAD = /(?:morning|afternoon|evening|night|day|weekend|week|early[ \u00a0]{1,3}hours)[ \u00a0]{1,3}$/i;
const WEEKDAY = latinRegExp(`${L}(?:(last|this|next|past|that|early|late)[ \\u00a0]{1,3})?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(s)?${R}(?:[ \\u00a0]{1,3}(morning|afternoon|evening|night|overnight)${R})?`, 'giu');
const HOLIDAY_NAMES =
  "Christmas[ \\u00a0]Eve|Christmas[ \\u00a0]Day|Christmas|Xmas|New[ \\u00a0]Year['’]?s[ \\u00a0]Eve|New[ \\u00a0]Year['’]?s[ \\u00a0]Day|New[ \\u00a0]Year['’]?s|Thanksgiving(?:[ \\u00a0]Day)?|Easter(?:[ \\u00a0]Sunday)?|Halloween|Valentine['’]?s[ \\u00a0]Day|Mother['’]?s[ \\u00a0]Day|Father['’]?s[ \\u00a0]Day|Memorial[ \\u00a0]Day|Labou?r[ \\u00a0]Day|Independence[ \\u00a0]Day|(?:the[ \\u00a0])?Fourth[ \\u00a0]of[ \\u00a0]July|Veterans['’]?[ \\u00a0]Day|St\\.?[ \\u00a0]Patrick['’]?s[ \\u00a0]Day|Black[ \\u00a0]Friday|Super[ \\u00a0]Bowl[ \\u00a0]Sunday|Cinco[ \\u00a0]de[ \\u00a0]Mayo|Martin[ \\u00a0]Luther[ \\u00a0]King(?:[ \\u00a0]Jr\\.?)?[ \\u00a0]Day|MLK[ \\u00a0]Day|Presidents['’]?[ \\u00a0]Day|Hanukkah|Chanukah|Passover|Yom[ \\u00a0]Kippur|Rosh[ \\u00a0]Hashanah|Ramadan|Diwali|Eid(?:[ \\u00a0]al-(?:Fitr|Adha))?|Lunar[ \\u00a0]New[ \\u00a0]Year|Good[ \\u00a0]Friday|Boxing[ \\u00a0]Day|Juneteenth|Kwanzaa|Mardi[ \\u00a0]Gras|Ash[ \\u00a0]Wednesday|Palm[ \\u00a0]Sunday|Columbus[ \\u00a0]Day|Indigenous[ \\u00a0]Peoples['’]?[ \\u00a0]Day|Election[ \\u00a0]Day|Groundhog[ \\u00a0]Day|Patriots['’]?[ \\u00a0]Day";
const HOLIDAY = latinRegExp(
  `${L}(?:((?:[Tt]he[ \\u00a0]{1,3})?(?:(?:last|first)[ \\u00a0]{1,3})?(?:day|night|morning|evening|afternoon|weekend|week|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)[ \\u00a0]{1,3}(?:before|after|of))[ \\u00a0]{1,3})?(?:([Ll]ast|[Tt]his|[Tt]hat|[Oo]n|[Oo]ver|[Dd]uring|[Aa]t|[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Aa]round)[ \\u00a0]{1,3})?(${HOLIDAY_NAMES})${R}(?:[ \\u00a0]{1,3}(morning|afternoon|evening|night|weekend|week|break|vacation|dinner|holidays?)${R})?`,
  'gu',
);
const RELATIVE = latinRegExp(
  `${L}(?:(the[ \\u00a0]{1,3}day[ \\u00a0]{1,3}before[ \\u00a0]{1,3}yesterday|yesterday|the[ \\u00a0]{1,3}other[ \\u00a0]{1,3}(?:day|night)|(?:last|this[ \\u00a0]{1,3}past)[ \\u00a0]{1,3}(?:night|week|weekend|month)|over[ \\u00a0]{1,3}the[ \\u00a0]{1,3}weekend|earlier[ \\u00a0]{1,3}this[ \\u00a0]{1,3}(?:week|month))|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \\u00a0]{1,3}few|a[ \\u00a0]{1,3}couple[ \\u00a0]{1,3}of|several|\\d{1,2})[ \\u00a0]{1,3}(days?|nights?|weeks?|months?|weekends?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)[ \\u00a0]{1,3}ago)${R}`,
  'giu',
);
const SEASON = latinRegExp(
  `${L}(?:(last|this[ \\u00a0]{1,3}past|this|that|early|late|mid|in[ \\u00a0]{1,3}the|during[ \\u00a0]{1,3}the|over[ \\u00a0]{1,3}the|in[ \\u00a0]{1,3}(?:early|late|mid)|in|during|since|until)[ \\u00a0-]{1,3})(spring|summer|fall|autumn|winter)${R}(?:[ \\u00a0]{1,3}of[ \\u00a0]{1,3}((?:1[89]|20)\\d\\d)${R})?`,
  'giu',
);

/** Year first with a slash or a dot, two-digit month and day: "2024/03/01", "2024.03.01". */
const YMD_OTHER = /(?<![\w/.:-])((?:1[89]|20)\d\d)([/.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\w/]|[.:-]\d)/g;
/** Day, month abbreviation and year joined by hyphens (clinical and lab style): "3-Mar-2024", "03-MAR-24". */
const DAY_MON_YEAR = new RegExp(`(?<![\\w/.-])(\\d{1,2})-(${MONTH_ALT})-((?:1[89]|20)\\d\\d|\\d\\d)(?![\\w-]|\\.\\d)`, 'gi');
/** A month abbreviation with a year: "Mar 2024", "Sept. 2024" (capitalised only: "OCT 2024" is a scan). */
const MON_YEAR = /(?<![\w])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?[ \u00a0]{1,3}((?:1[89]|20)\d\d)(?![\w]|[.,:/-]\d)/g;
/** A two-digit month and a year: "in 03/2024", "since 11/2023". */
const MONTH_YEAR_NUM = /(?<![\w/.:-])(0[1-9]|1[0-2])\/((?:1[89]|20)\d\d)(?![\w/]|[.:-]\d)/g;
/** A season with a year: "spring 2024", "winter of 2019". */
const SEASON_YEAR = /(?<![\w])(spring|summer|fall|autumn|winter)[ \u00a0]{1,3}(?:of[ \u00a0]{1,3})?((?:1[89]|20)\d\d)(?![\w]|[.,:/-]\d)/gi;
/** Words after "on 1/2" that make it a fraction or a score, not a day and month. */
const FRACTION_AFTER = /^[ \u00a0]*(?:of|a|an|the|tab|tabs|tablets?|pills?|caps?|capsules?|cups?|doses?|strength|teaspoons?|tsp|tbsp|inch(?:es)?|miles?|hours?|mg|ml|pain|scale|score)(?![A-Za-z])/i;
const SCORE_BEFORE = /(?:pain|scale|score[ds]?|scoring|rated|rating|rate[ds]?|graded?|out[ \u00a0]of)[^.!?\n]{0,24}$/i;

// ---------------------------------------------------------------------------------------------
// Calendar helpers (UTC days; no clock reads: everything counts from the reference date).

const DAY_MS = 86_400_000;

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** The n-th (1-based; -1 = last) weekday `wd` of month m (0-based) in year y. */
function nthWeekday(y: number, m: number, wd: number, n: number): Date {
  if (n > 0) {
    const first = new Date(Date.UTC(y, m, 1));
    return addDays(first, ((wd - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  }
  const last = new Date(Date.UTC(y, m + 1, 0));
  return addDays(last, -((last.getUTCDay() - wd + 7) % 7));
}

/** Gregorian Easter Sunday (anonymous algorithm). */
function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(y, month - 1, day));
}

/** The date of a holiday in year y, or null when it follows a lunar calendar. */
function holidayIn(name: string, y: number): Date | null {
  const n = name.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ');
  const fixed = (m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
  if (n.startsWith('christmas eve')) return fixed(12, 24);
  if (n.startsWith('christmas') || n === 'xmas') return fixed(12, 25);
  if (n.startsWith('boxing')) return fixed(12, 26);
  if (n.startsWith('new years eve')) return fixed(12, 31);
  if (n.startsWith('new year')) return fixed(1, 1);
  if (n.startsWith('halloween')) return fixed(10, 31);
  if (n.startsWith('valentine')) return fixed(2, 14);
  if (n.startsWith('st')) return fixed(3, 17);
  if (n.startsWith('independence') || n.includes('fourth of july')) return fixed(7, 4);
  if (n.startsWith('veterans')) return fixed(11, 11);
  if (n.startsWith('cinco')) return fixed(5, 5);
  if (n.startsWith('thanksgiving')) return nthWeekday(y, 10, 4, 4);
  if (n.startsWith('black friday')) return addDays(nthWeekday(y, 10, 4, 4), 1);
  if (n.startsWith('memorial')) return nthWeekday(y, 4, 1, -1);
  if (n.startsWith('labor') || n.startsWith('labour')) return nthWeekday(y, 8, 1, 1);
  if (n.startsWith('mother')) return nthWeekday(y, 4, 0, 2);
  if (n.startsWith('father')) return nthWeekday(y, 5, 0, 3);
  if (n.startsWith('martin') || n.startsWith('mlk')) return nthWeekday(y, 0, 1, 3);
  if (n.startsWith('presidents')) return nthWeekday(y, 1, 1, 3);
  if (n.startsWith('easter')) return easter(y);
  if (n.startsWith('good friday')) return addDays(easter(y), -2);
  if (n.startsWith('palm sunday')) return addDays(easter(y), -7);
  if (n.startsWith('ash wednesday')) return addDays(easter(y), -46);
  if (n.startsWith('mardi gras')) return addDays(easter(y), -47);
  if (n.startsWith('juneteenth')) return fixed(6, 19);
  if (n.startsWith('kwanzaa')) return fixed(12, 26);
  if (n.startsWith('groundhog')) return fixed(2, 2);
  if (n.startsWith('columbus') || n.startsWith('indigenous')) return nthWeekday(y, 9, 1, 2);
  if (n.startsWith('patriots')) return nthWeekday(y, 3, 1, 3);
  if (n.startsWith('election')) return addDays(nthWeekday(y, 10, 1, 1), 1);
  return null;
}

/** The most recent date on or before `ref` produced by `inYear`. */
function mostRecent(ref: Date, inYear: (y: number) => Date | null): Date | null {
  const y = ref.getUTCFullYear();
  const d = inYear(y);
  if (d === null) return null;
  return d.getTime() <= ref.getTime() ? d : inYear(y - 1);
}

function validDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

/** Month words that are also common English words need a capital ("may", "march"). */
function plausibleMonthWord(word: string, hasDay: boolean): boolean {
  const lower = word.toLowerCase();
  const capital = /^\p{Lu}/u.test(word);
  if (lower.length <= 4 && lower !== 'june' && lower !== 'july') return capital; // abbreviations, "May"
  if (lower === 'march') return capital || hasDay;
  return true;
}

// ---------------------------------------------------------------------------------------------

export interface DateScanOptions {
  referenceDate: Date;
}

/**
 * Date elements finer than a year, in text order, never overlapping. Recurrences ("every Tuesday",
 * "on Mondays") and bare years are left out; months and seasons are returned only where a
 * preposition or a year ties them to a time ("in March", "March 2026", "last summer").
 */
export function scanDates(text: string, options: DateScanOptions): DateSpan[] {
  if (!PREFILTER.test(text)) return [];
  // date-element and reidentification-risk scan the same blocks with the same reference day:
  // memoize by text (a pure function of text and day). Callers only read the spans.
  return memo.get(text, (t) => scan(t, options), utcDay(options.referenceDate).getTime());
}

const memo = new TextMemo<DateSpan[]>(16384);

function scan(text: string, options: DateScanOptions): DateSpan[] {
  const ref = utcDay(options.referenceDate);
  const found: DateSpan[] = [];
  const push = (s: DateSpan): void => {
    found.push(s);
  };
  let m: RegExpExecArray | null;

  ISO.lastIndex = 0;
  while ((m = ISO.exec(text))) {
    const y = +m[1], mo = +m[2], d = +m[3];
    push({ start: m.index, end: m.index + m[0].length, kind: 'fullDate', year: y, resolved: new Date(Date.UTC(y, mo - 1, d)), resolvedAs: 'day', relative: false });
  }

  NUMERIC.lastIndex = 0;
  while ((m = NUMERIC.exec(text))) {
    const a = +m[1], b = +m[3], sep = m[2];
    const yRaw = m[4];
    if (yRaw.length === 2 && sep !== '/') continue; // "1.2.34", "12-10-20": versions, scores, ranges
    const y = yRaw.length === 2 ? (+yRaw > (ref.getUTCFullYear() % 100) ? 1900 : 2000) + +yRaw : +yRaw;
    if (y < 1800 || y > 2100) continue;
    let resolved: Date | undefined;
    if (validDay(a, b)) resolved = new Date(Date.UTC(y, a - 1, b));
    else if (validDay(b, a)) resolved = new Date(Date.UTC(y, b - 1, a));
    else continue;
    push({ start: m.index, end: m.index + m[0].length, kind: 'fullDate', year: y, resolved, resolvedAs: 'day', relative: false });
  }

  YMD_OTHER.lastIndex = 0;
  while ((m = YMD_OTHER.exec(text))) {
    const y = +m[1], mo = +m[3], d = +m[4];
    push({ start: m.index, end: m.index + m[0].length, kind: 'fullDate', year: y, resolved: new Date(Date.UTC(y, mo - 1, d)), resolvedAs: 'day', relative: false });
  }

  DAY_MON_YEAR.lastIndex = 0;
  while ((m = DAY_MON_YEAR.exec(text))) {
    const d = +m[1], mi = monthIndex(m[2]);
    if (mi < 0 || d < 1 || d > 31) continue;
    const y = m[3].length === 2 ? (+m[3] > (ref.getUTCFullYear() % 100) ? 1900 : 2000) + +m[3] : +m[3];
    push({ start: m.index, end: m.index + m[0].length, kind: 'fullDate', year: y, resolved: new Date(Date.UTC(y, mi, d)), resolvedAs: 'day', relative: false });
  }

  MON_YEAR.lastIndex = 0;
  while ((m = MON_YEAR.exec(text))) {
    const mi = monthIndex(m[1]), y = +m[2];
    push({ start: m.index, end: m.index + m[0].length, kind: 'month', year: y, resolved: new Date(Date.UTC(y, mi, 1)), resolvedAs: 'month', relative: false });
  }

  MONTH_YEAR_NUM.lastIndex = 0;
  while ((m = MONTH_YEAR_NUM.exec(text))) {
    // "1/2000 births", "10/2000 patients": a rate, not a month.
    if (/^[ \u00a0]*(?:[a-z]+[ \u00a0]+)?(?:births?|patients|people|persons|adults|children|cases|deaths|live|of|per|in)(?![a-z])/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const mo = +m[1], y = +m[2];
    push({ start: m.index, end: m.index + m[0].length, kind: 'month', year: y, resolved: new Date(Date.UTC(y, mo - 1, 1)), resolvedAs: 'month', relative: false });
  }

  SEASON_YEAR.lastIndex = 0;
  while ((m = SEASON_YEAR.exec(text))) {
    push({ start: m.index, end: m.index + m[0].length, kind: 'season', year: +m[2], resolvedAs: 'season', relative: false });
  }

  ON_NUMERIC.lastIndex = 0;
  while ((m = ON_NUMERIC.exec(text))) {
    const a = +m[2], b = +m[3];
    if (!validDay(a, b)) continue;
    // "on 1/2 a tablet", "rated her pain on 7/10": a fraction or a score.
    const onEnd = m.index + m[0].length;
    if (FRACTION_AFTER.test(text.slice(onEnd, onEnd + 16)) || SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    const s = m.index + m[0].length - (m[2].length + 1 + m[3].length);
    push({ start: s, end: m.index + m[0].length, kind: 'dayMonth', resolved: mostRecent(ref, (y) => new Date(Date.UTC(y, a - 1, b))) ?? undefined, resolvedAs: 'day', relative: false });
  }

  MONTH_DAY.lastIndex = 0;
  while ((m = MONTH_DAY.exec(text))) {
    const mi = monthIndex(m[1]);
    const d = +m[2];
    if (mi < 0 || d < 1 || d > 31) continue;
    // Lower-case "may 5", "jun 3" (all-lower-case text) only after a date preposition.
    if (!plausibleMonthWord(m[1], true) && !/(?:^|[^A-Za-z])(?:on|since|until|till|by|from|before|after|of)[ \u00a0]{1,3}$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const y = m[3] ? +m[3] : undefined;
    const resolved = y !== undefined ? new Date(Date.UTC(y, mi, d)) : mostRecent(ref, (yy) => new Date(Date.UTC(yy, mi, d))) ?? undefined;
    push({ start: m.index, end: m.index + m[0].length, kind: y !== undefined ? 'fullDate' : 'dayMonth', year: y, resolved, resolvedAs: 'day', relative: false });
  }

  DAY_MONTH.lastIndex = 0;
  while ((m = DAY_MONTH.exec(text))) {
    const mi = monthIndex(m[2]);
    const d = +m[1];
    if (mi < 0 || d < 1 || d > 31 || !plausibleMonthWord(m[2], true)) continue;
    // "5 May patients" is rare; "3 March" and "the 3rd of March" are dates.
    const y = m[3] ? +m[3] : undefined;
    const resolved = y !== undefined ? new Date(Date.UTC(y, mi, d)) : mostRecent(ref, (yy) => new Date(Date.UTC(yy, mi, d))) ?? undefined;
    push({ start: m.index, end: m.index + m[0].length, kind: y !== undefined ? 'fullDate' : 'dayMonth', year: y, resolved, resolvedAs: 'day', relative: false });
  }

  SPELLED_DAY_MONTH.lastIndex = 0;
  while ((m = SPELLED_DAY_MONTH.exec(text))) {
    const mi = monthIndex(m[2]);
    const d = ordinalValue(m[1]);
    if (mi < 0 || d < 1 || d > 31 || !plausibleMonthWord(m[2], true)) continue;
    const y = m[3] ? +m[3] : undefined;
    const resolved = y !== undefined ? new Date(Date.UTC(y, mi, d)) : mostRecent(ref, (yy) => new Date(Date.UTC(yy, mi, d))) ?? undefined;
    push({ start: m.index, end: m.index + m[0].length, kind: y !== undefined ? 'fullDate' : 'dayMonth', year: y, resolved, resolvedAs: 'day', relative: false });
  }

  ORDINAL_DAY.lastIndex = 0;
  while ((m = ORDINAL_DAY.exec(text))) {
    const d = +m[2];
    if (d < 1 || d > 31) continue;
    // "on the 3rd floor", "after the 2nd dose": an ordinal followed by a noun is not a date.
    const after = /^[ \u00a0]{0,3}(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (after && !/^(?:of|at|and|when|she|he|they|we|i|in|around|about|before|after|with|for|but|so|because|then|while|until|his|her|my|our|their|the|a|an|to|was|is|had|after)$/i.test(after[1])) continue;
    const lead = m[1].toLowerCase();
    // "of the 3rd" only after a part of a day ("the night of the 3rd"), not "one of the 3rd-year students".
    if (lead === 'of' && !OF_ORDINAL_LEAD.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "on the 1st of each month": a recurrence.
    if (/^[ \u00a0]{0,3}of[ \u00a0]{1,3}(?:each|every|the[ \u00a0]{1,3}month)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const s = m.index + m[0].search(/the[ \u00a0]/i);
    // The most recent such day of a month on or before the reference date.
    const back = ref.getUTCDate() >= d ? 0 : 1;
    const resolved = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, d));
    push({ start: s, end: m.index + m[0].length, kind: 'dayMonth', resolved: resolved.getUTCDate() === d ? resolved : undefined, resolvedAs: 'day', relative: false });
  }

  WEEKDAY.lastIndex = 0;
  while ((m = WEEKDAY.exec(text))) {
    if (m[3]) continue; // "on Mondays": a recurrence
    const word = m[2];
    if (!/^\p{Lu}/u.test(word) && word !== word.toLowerCase()) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "every Tuesday", "once a Tuesday" recur; "on a Tuesday night", "it was a Sunday" happened once.
    if (/(?:every|each|any|per)[ \u00a0]{1,3}$/i.test(before)) continue;
    if (/(?:^|[^\p{L}])a[ \u00a0]{1,3}$/iu.test(before) && !/(?:^|[^\p{L}])(?:on|was|is|it['’]s|that)[ \u00a0]{1,3}a[ \u00a0]{1,3}$/iu.test(before)) continue;
    // "Monday through Friday", "Mon–Fri": opening hours, not a day something happened.
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 24);
    if (/^[ \u00a0]{0,3}(?:through|thru|to|until|till|-|–|—)[ \u00a0]{0,3}(?:mon|tue|wed|thu|fri|sat|sun)/i.test(after)) continue;
    if (/(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}[ \u00a0]{0,3}(?:through|thru|to|until|till|-|–|—)[ \u00a0]{0,3}$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const wd = WEEKDAYS.indexOf(word.toLowerCase());
    const mod = (m[1] ?? '').toLowerCase();
    let resolved: Date;
    if (mod === 'next') resolved = addDays(ref, ((wd - ref.getUTCDay() + 7) % 7) || 7);
    else resolved = addDays(ref, -(((ref.getUTCDay() - wd + 7) % 7) || 7));
    // "on a Tuesday night": the article belongs to the date (a fix replaces "a Tuesday night" whole).
    const art = /(?:^|[^\p{L}])(a)[ \u00a0]{1,3}$/iu.exec(before);
    const start = art ? m.index - (before.length - before.lastIndexOf(art[1])) : m.index;
    push({ start, end: m.index + m[0].length, kind: 'weekday', resolved, resolvedAs: 'day', relative: true });
  }

  HOLIDAY.lastIndex = 0;
  while ((m = HOLIDAY.exec(text))) {
    const name = m[3];
    const prep = (m[2] ?? '').toLowerCase();
    const relativeTo = m[1];
    const suffix = m[4];
    // A holiday is a date when something places an event on it; "Christmas can be stressful" is not.
    if (!relativeTo && !prep && !suffix && !/(?:Eve|Day|Sunday)$/.test(name)) continue;
    let s = m.index;
    // The preposition is not part of the date (fixes consume it separately).
    if (!relativeTo && prep && !['last', 'this', 'that'].includes(prep)) s = m.index + m[0].indexOf(name);
    let resolved = mostRecent(ref, (y) => holidayIn(name, y)) ?? undefined;
    if (resolved && relativeTo) {
      const r = relativeTo.toLowerCase();
      const wd = r.includes('weekend') ? 6 : WEEKDAYS.findIndex((w) => r.includes(w));
      if (wd >= 0) {
        // "the Sunday before Labor Day", "the weekend after Easter": the nearest such day on that side.
        const h = resolved;
        if (r.includes('before')) resolved = addDays(h, -(((h.getUTCDay() - wd + 7) % 7) || 7));
        else if (r.includes('after')) resolved = addDays(h, ((wd - h.getUTCDay() + 7) % 7) || 7);
      } else {
        const shift = r.includes('week') ? 7 : 1;
        if (r.includes('before')) resolved = addDays(resolved, -shift);
        else if (r.includes('after')) resolved = addDays(resolved, shift);
      }
    }
    push({ start: s, end: m.index + m[0].length, kind: 'holiday', resolved, resolvedAs: 'day', relative: true });
  }

  RELATIVE.lastIndex = 0;
  while ((m = RELATIVE.exec(text))) {
    const s = m.index, e = m.index + m[0].length;
    let resolved: Date | undefined;
    let as: DateSpan['resolvedAs'] = 'day';
    if (m[1]) {
      const p = m[1].toLowerCase().replace(/\s+/g, ' ');
      if (p.includes('before yesterday')) resolved = addDays(ref, -2);
      else if (p === 'yesterday' || p.endsWith('night') && !p.includes('other')) resolved = addDays(ref, -1);
      else if (p.includes('other')) resolved = undefined;
      else if (p.endsWith('weekend')) resolved = addDays(ref, -(((ref.getUTCDay() - 6 + 7) % 7) || 7));
      else if (p.endsWith('week')) {
        as = 'week';
        const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7));
        resolved = p.startsWith('earlier') ? monday : addDays(monday, -7);
      } else if (p.endsWith('month')) {
        as = 'month';
        resolved = p.startsWith('earlier') ? new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1)) : new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1));
      }
    } else {
      const q = m[2].toLowerCase().replace(/\s+/g, ' ');
      const n = /^\d/.test(q) ? +q : NUMBER_WORDS[q.split(' ').pop() === 'of' ? 'couple' : (q.split(' ').pop() ?? '')] ?? 1;
      const unit = m[3].toLowerCase();
      const exact = !/few|several|couple/.test(q);
      const wd = WEEKDAYS.indexOf(unit.replace(/s$/, ''));
      if (wd >= 0 || unit.startsWith('weekend')) {
        // "two Fridays ago": the n-th such day back.
        const day = wd >= 0 ? wd : 6;
        resolved = exact ? addDays(ref, -(((ref.getUTCDay() - day + 7) % 7) || 7) - 7 * (n - 1)) : undefined;
      } else if (unit.startsWith('month')) {
        as = 'month';
        resolved = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1));
        if (!exact) resolved = undefined;
      } else {
        resolved = exact ? addDays(ref, -n * (unit.startsWith('week') ? 7 : 1)) : undefined;
      }
    }
    push({ start: s, end: e, kind: 'relative', resolved, resolvedAs: as, relative: true });
  }

  MONTH_ALONE.lastIndex = 0;
  while ((m = MONTH_ALONE.exec(text))) {
    const word = m[2];
    if (!plausibleMonthWord(word, false) || (word !== word.toLowerCase() && !/^\p{Lu}/u.test(word))) continue;
    if (word === word.toLowerCase() && ['march', 'may'].includes(word)) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const prep = /(?:^|[^\p{L}])(in|during|since|until|by|of|last|this|that|early|mid|late|through|from)[ \u00a0]{1,3}$/iu.exec(before);
    if (!m[3] && !m[1] && !prep) continue;
    if (prep && /^(?:this|last|that)$/i.test(prep[1]) === false && /every|each/i.test(before)) continue;
    const mi = MONTH_NAMES.indexOf(word.toLowerCase());
    const y = m[3] ? +m[3] : undefined;
    const resolved = y !== undefined ? new Date(Date.UTC(y, mi, 1)) : mostRecent(ref, (yy) => new Date(Date.UTC(yy, mi, 1))) ?? undefined;
    push({ start: m.index, end: m.index + m[0].length, kind: 'month', year: y, resolved, resolvedAs: 'month', relative: y === undefined });
  }

  SEASON.lastIndex = 0;
  while ((m = SEASON.exec(text))) {
    const lead = m[1].toLowerCase();
    // "in the spring" keeps its preposition outside the span; "last summer" is the whole phrase.
    const inside = /^(?:last|this|that|early|late|mid)/.test(lead);
    // "in fall semester", "during winter break" stay (a term, not a season of someone's life) only when a noun follows.
    if (/^(?:in|during|since|until)$/.test(lead) && /^[ \u00a0]{1,3}(?:months?|semester|term|break|session|quarter|season|sports?|camp|clothes|weather|vacation|olympics|solstice)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // "in early spring": the span starts at "early" so the fix absorbs "in".
    const s = inside ? m.index : /^in\s+(?:early|late|mid)/.test(lead) ? m.index + m[0].search(/early|late|mid/i) : m.index + m[0].search(/spring|summer|fall|autumn|winter/i);
    const y = m[3] ? +m[3] : undefined;
    push({ start: s, end: m.index + m[0].length, kind: 'season', year: y, relative: y === undefined, resolvedAs: 'season' });
  }

  // Earliest first; at the same start the longest wins; overlapping later spans are dropped.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateSpan[] = [];
  let lastEnd = -1;
  for (const s of found) {
    if (s.start < lastEnd) continue;
    out.push(s);
    lastEnd = s.end;
  }
  return out;
}

/** "Tuesday, 3 March 2026". */
export function formatDay(d: Date): string {
  const wd = WEEKDAYS[d.getUTCDay()];
  const mo = MONTH_NAMES[d.getUTCMonth()];
  const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
  return `${cap(wd)}, ${d.getUTCDate()} ${cap(mo)} ${d.getUTCFullYear()}`;
}

/** "March 2026". */
export function formatMonth(d: Date): string {
  const mo = MONTH_NAMES[d.getUTCMonth()];
  return `${mo[0].toUpperCase()}${mo.slice(1)} ${d.getUTCFullYear()}`;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((utcDay(b).getTime() - utcDay(a).getTime()) / DAY_MS);
}
