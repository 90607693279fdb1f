// Safe Harbor items (D) telephone and (E) fax numbers of a patient, relative, employer or household member.
//
// Three detectors: libphonenumber-js (minimal metadata; US by default, any country with a leading "+")
// for full numbers, a linear regex for 7-digit local numbers written with a separator ("555-0142"),
// and grouped digits in another country's national format ("0490 75 40 81", "78 651 450") taken
// after a phone word, before a label, or on a trunk prefix 0 / access code 00 (cuedNumbers). libphonenumber-js is never handed a whole block: a linear scanner finds runs of
// digits and separators, a bounded-width shape regex picks the places that can hold a number, and
// only a window of at most ~50 characters around each is parsed. That keeps megabyte lines linear.
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { BlockRule, ProseFix } from '../rule';
import { removalEdit } from '../text/tidy';
import { hasDigits } from '../text/scan';
import { PRACTICE_CHECK_BUDGET, PRACTICE_CONTACT_NOTE, authorNames, isPracticeContact, isTollFree } from './data/practice-contact';

/**
 * Public crisis and emergency lines: printing them is good practice (catalog E5, K), never patient
 * data. Digits only; NANP numbers without the leading 1.
 */
export const PUBLIC_LINES: readonly { digits: string; name: string }[] = [
  { digits: '911', name: 'Emergency services' },
  { digits: '988', name: '988 Suicide & Crisis Lifeline' },
  { digits: '741741', name: 'Crisis Text Line' },
  { digits: '8002738255', name: 'National Suicide Prevention Lifeline (former number, still routed to 988)' },
  { digits: '8002221222', name: 'Poison Control' },
  { digits: '8007997233', name: 'National Domestic Violence Hotline' },
  { digits: '8006624357', name: 'SAMHSA National Helpline' },
  { digits: '8007848669', name: 'Tobacco quitline (1-800-QUIT-NOW)' },
];

const PUBLIC_DIGITS = new Set(PUBLIC_LINES.map((l) => l.digits));

/**
 * A named public service line right before the number, in the same sentence: "Mind's infoline on
 * 0300 …", "the Healthline on 0800 …", "Samaritans free on 116 123", "the state Poison Center at …",
 * "NHS 111". Organisations publish these numbers for everyone; a patient's or relative's number is
 * never introduced as a helpline. A personal cue between the name and the number ("her", "my
 * mother's") keeps it a finding.
 */
const PUBLIC_LINE_BEFORE =
  /\b(?:help\s?lines?|hot\s?lines?|life\s?lines?|quit\s?lines?|info\s?lines?|care\s?lines?|health\s?lines?|crisis\s{1,3}(?:line|service|team)s?|text\s{1,3}lines?|advice\s{1,3}lines?|support\s{1,3}lines?|poisons?\s{1,3}(?:control|information|cent(?:er|re)s?|help)|samaritans|childline|NHS\s{0,2}(?:111|direct|24)|telehealth\s{1,3}service)\b(?:[^.!?\n]|\n(?!\n)){0,40}$/i;
/** Any word PUBLIC_LINE_BEFORE needs, for a quick test of the whole block. */
const PUBLIC_LINE_WORD = /line|samaritans|poison|NHS|telehealth/i;
/** A personal cue in the same stretch: the number is someone's own. */
const PERSONAL_BEFORE = /\b(?:her|his|their|my|your|patient['’]s|family['’]s|mom|mum|mother|dad|father|wife|husband|son|daughter|sister|brother|cell|mobile|home)\b/i;

/** True when a named public service line introduces the number at `start` (see PUBLIC_LINE_BEFORE). */
function publicLineBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = PUBLIC_LINE_BEFORE.exec(before);
  if (!m) return false;
  // Only the words between the line's name and the number, and the sentence's start up to the name, may hold the personal cue.
  return !PERSONAL_BEFORE.test(before.slice(Math.max(0, m.index - 40)).replace(/\b(?:your|my)\s{1,3}(?:own\s{1,3})?(?:phone|mobile|cell)\b/gi, ''));
}

const NOTE_PHONE =
  'Safe Harbor item (D), 45 CFR 164.514(b)(2)(i)(D): telephone numbers of the patient, relatives, employers and household members must be removed. Allow-list the practice\'s public number in .clearpost.yml.';
const NOTE_FAX =
  'Safe Harbor item (E), 45 CFR 164.514(b)(2)(i)(E): fax numbers of the patient, relatives, employers and household members must be removed. Allow-list the practice\'s public fax number in .clearpost.yml.';
const MESSAGE_PHONE = 'Unexpected phone number, expected none: remove it, or allow-list the practice\'s public number in .clearpost.yml.';
const MESSAGE_FAX = 'Unexpected fax number, expected none: remove it, or allow-list the practice\'s public fax number in .clearpost.yml.';
const MESSAGE_PRACTICE =
  'Unexpected phone number that looks like the practice\'s own public line, expected it in the allow-list: add it to `allow` in .clearpost.yml (a patient\'s or relative\'s number must be removed).';

/** Characters that may sit between the digit groups of one number. */
const SEPARATOR = /[ \u00A0\-.()/\u2010\u2011]/;
/** A run of more digits than any phone number has (15 per E.164, plus slack) is something else. */
const MAX_DIGIT_RUN = 15;
/** Places in a run that can hold a number: NANP 3-3-4 groups (any separators), or "+" and 7+ digits. */
const SHAPE = /(?<!\d)(?:\+[ \u00A0]?\d(?:[ \u00A0\-.()\u2010\u2011]{0,2}\d){6}|\d{3}\)?[ \u00A0\-.\u2010\u2011]{0,2}\d{3}[ \u00A0\-.\u2010\u2011]{0,2}\d{4}(?!\d))/g;
/** An extension written after a number: "ext. 12", "x 12". */
const EXTENSION = /[ \u00A0]{0,2}(?:ext\.?|extension|x)[ \u00A0]{0,2}\d{1,6}(?!\d)/iy;
const EXTENSION_AT_END = /[ \u00A0,]*(?:ext\.?|extension|x)[ \u00A0]{0,2}\d{1,6}$/i;
/** 7-digit local number with a hyphen or dot: exchange 2-9, then 4 digits, not part of a longer number. */
const LOCAL = /(?<![\p{L}\p{N}_$€£¥.,+\-\u2010\u2011/])([2-9]\d{2})([-.\u2010\u2011])(\d{4})(?![\p{L}\p{N}_%/]|[-.,:\u2010\u2011]\d)/gu;
/** Words after a number that make it a quantity (dose, lab value, count), not a phone number. */
const UNIT_AFTER =
  /^[ \u00A0]?(?:mg|mcg|µg|μg|ug|g|kg|lbs?|ml|l|dl|mmol|mol|meq|iu|units?|u|cells|mm|cm|m|mmhg|ng|pg|bpm|kcal|cal|steps|patients|people|participants|subjects|cases|deaths|births|admissions|visits|days|weeks|months|years|hours|hrs|minutes|mins|seconds|times|x)(?![\p{L}])/iu;
/** Words before a number that make it a range ("between 250-1000"). */
const RANGE_BEFORE = /(?:^|[^\p{L}])(?:between|range[sd]?|ranging|of|about|around|approximately|roughly)[ \u00A0]+$|~[ \u00A0]*$/iu;
/** Cue words that make a dotted 7-digit number ("555.0142") a phone number rather than a decimal. */
const PHONE_CUE_BEFORE = /(?:^|[^\p{L}])(?:call(?:ed|ing|s)?|phone[ds]?|tel|telephone|cell|mobile|number|fax(?:ed)?|text(?:ed)?|reach(?:ed)?|dial(?:ed|led)?|voicemail|contact|line|at)\b[^\d\n]{0,12}$/iu;
/** A label right before a number that says it is another kind of identifier (other rules own those). */
const OTHER_ID_BEFORE =
  /(?:^|[^\p{L}])(?:NPI|PMID|PMCID|ISBN|ISSN|DOI|NCT|NDC|CPT|ICD|MRN|SSN|account|acct|policy|member|ID|claim|invoice|order|serial|lot|batch|accession)[ \u00A0]*(?:(?:no\.?|number|#)[ \u00A0]*)?[:#]?[ \u00A0]*$/iu;
const FAX_BEFORE = /(?:^|[^\p{L}])fax(?:ed|es|ing)?(?![\p{L}])[^\d]{0,40}$/iu;
const FAX_AFTER = /^[ \u00A0]*[(\[]?[ \u00A0]*fax(?![\p{L}])(?![ \u00A0:]*[\d(+])/iu;
/** A label in brackets right after a number ("555-0177 (fax)") goes with it. */
const LABEL_AFTER = /^[ \u00A0]*\((?:fax|phone|tel|cell|mobile|home|work|office|landline|m|h|w|o|c|f)\)/i;
/** "… fax from 555-0177", "texted to 555-0142", "cell: 555-0142": the connector goes with the number. */
const CONNECTOR_BEFORE = /(?:(?:^|[ \t])(?:from|to)[ \t]+|(?<=\p{L}):[ \t]*)$/iu;

interface Candidate {
  start: number;
  /** End of the number itself (what the allow-list compares). */
  end: number;
  /** End including an extension: what the fix removes. */
  fixEnd: number;
}

interface Chain {
  start: number;
  end: number;
  /** End including a trailing extension, if any. */
  extEnd: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Runs of digit groups joined by at most two separator characters, in one linear pass. A run that
 * contains more than MAX_DIGIT_RUN consecutive digits is skipped whole.
 */
function* chains(text: string): Generator<Chain> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    if (text[start - 1] === '(') start--;
    if (text[start - 1] === '+') start--;
    else if (text[start - 1] === ' ' && text[start - 2] === '+') start -= 2;
    let j = i;
    let tooLong = false;
    for (;;) {
      const runStart = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j - runStart > MAX_DIGIT_RUN) tooLong = true;
      let k = j;
      while (k < n && k - j < 3 && SEPARATOR.test(text[k])) k++;
      if (k > j && k < n && isDigit(text.charCodeAt(k))) j = k;
      else break;
    }
    if (!tooLong) {
      EXTENSION.lastIndex = j;
      const ext = EXTENSION.exec(text);
      yield { start, end: j, extEnd: ext ? EXTENSION.lastIndex : j };
    }
    i = j + 1;
  }
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** NANP numbers must be written in a phone-like grouping with an area code that starts with 2-9. */
function plausibleNanp(raw: string): boolean {
  const groups = raw.split(/\D+/).filter((g) => g.length > 0).map((g) => g.length).join(',');
  const digits = digitsOf(raw);
  const national = digits.length === 11 ? digits.slice(1) : digits;
  if (national.length !== 10 || !/^[2-9]/.test(national)) return false;
  return ['10', '3,3,4', '1,10', '1,3,3,4', '11'].includes(groups) && (digits.length === 10 || digits[0] === '1');
}

/**
 * Freephone numbers of other countries, lines of businesses and public services like NANP toll-free
 * numbers: 0800/0808/0500 (UK), 0800/0508 (New Zealand, South Africa), 1800/1300 (Australia,
 * Ireland), written in national format.
 */
const FOREIGN_FREEPHONE = /^(?:080[08]\d{6,7}|050[08]\d{6}|1[38]00\d{6})$/;

/** A public crisis line, or a toll-free number (NANP 800, 888, 877, …, or a foreign freephone): a business or public line. */
function isPublicLine(raw: string): boolean {
  const digits = digitsOf(raw);
  return PUBLIC_DIGITS.has(digits) || (digits.length === 11 && digits[0] === '1' && PUBLIC_DIGITS.has(digits.slice(1))) || isTollFree(digits) || (!raw.includes('+') && FOREIGN_FREEPHONE.test(digits));
}

/** True when the characters around [start, end) join the candidate to a longer token. */
function joinedToNeighbours(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}_]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}_]/u.test(text[end] ?? '')) return true;
  if (/\d[-./\u2010\u2011]$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return /^[-./\u2010\u2011]\d/.test(text.slice(end, end + 2));
}

/**
 * Parser calls allowed per block. A blog paragraph holds a handful of numbers; past this budget
 * (machine-generated text) NANP-shaped candidates are judged by plausibleNanp alone, so the cost
 * stays linear with a small constant.
 */
const PARSER_BUDGET = 256;

/** Full numbers: libphonenumber-js over bounded windows of each chain. */
function fullNumbers(text: string, out: Candidate[]): void {
  let budget = PARSER_BUDGET;
  for (const chain of chains(text)) {
    const chainText = text.slice(chain.start, chain.end);
    SHAPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let covered = chain.start;
    while ((m = SHAPE.exec(chainText))) {
      const at = chain.start + m.index;
      if (at < covered) continue;
      const plus = m[0][0] === '+';
      const shapeEnd = at + m[0].length;
      const from = Math.max(chain.start, at - 4);
      const to = plus ? Math.min(chain.extEnd, at + 28) : shapeEnd === chain.end ? chain.extEnd : shapeEnd;
      const hits: { start: number; fixEnd: number; nanp: boolean }[] = [];
      if (budget > 0) {
        budget--;
        for (const f of findPhoneNumbersInText(text.slice(from, to), { defaultCountry: 'US', extended: true })) {
          hits.push({ start: from + f.startsAt, fixEnd: from + f.endsAt, nanp: f.number.countryCallingCode === '1' });
        }
      } else if (!plus) {
        const lead = /(?:\+?1[ \u00A0\-.\u2010\u2011]{0,2})?\(?$/.exec(text.slice(from, at));
        hits.push({ start: at - (lead ? lead[0].length : 0), fixEnd: to, nanp: true });
      }
      for (const h of hits) {
        if (h.start < covered) continue;
        const ext = EXTENSION_AT_END.exec(text.slice(h.start, h.fixEnd));
        const end = ext ? h.fixEnd - ext[0].length : h.fixEnd;
        const raw = text.slice(h.start, end);
        if (h.nanp && !plausibleNanp(raw)) continue;
        if (joinedToNeighbours(text, h.start, h.fixEnd) || isPublicLine(raw)) continue;
        if (OTHER_ID_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start))) continue;
        out.push({ start: h.start, end, fixEnd: h.fixEnd });
        covered = h.fixEnd;
      }
      if (SHAPE.lastIndex < covered - chain.start) SHAPE.lastIndex = covered - chain.start;
    }
  }
}

/** 7-digit local numbers with a separator, minus dates, ranges, ZIP+4, doses and lab values. */
function localNumbers(text: string, out: Candidate[]): void {
  LOCAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOCAL.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    // Part of a longer grouped number ("(212) 555-0142" that the full parser rejected).
    if (/[\d)][ \u00A0]?$/.test(before)) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    if (RANGE_BEFORE.test(before)) continue;
    const [, exchange, sep, line] = m;
    // A range of round numbers ("250-1000"): phone line numbers are not written that way.
    if (line[0] !== '0' && Number(line) > Number(exchange) && Number(exchange) % 10 === 0 && Number(line) % 10 === 0) continue;
    // A dotted number is a decimal unless a phone cue says otherwise.
    if (sep === '.' && !PHONE_CUE_BEFORE.test(before)) continue;
    if (isPublicLine(m[0]) || OTHER_ID_BEFORE.test(before)) continue;
    EXTENSION.lastIndex = end;
    const ext = EXTENSION.exec(text);
    out.push({ start, end, fixEnd: ext ? EXTENSION.lastIndex : end });
  }
}

/**
 * Words that say the number after them is a telephone number. Strong cues may be followed by a few
 * function words ("call me on", "not answering at", "messages to", "his number is"); weak cues
 * (labels that also name other things: "Office", "Home", "Desk") need a colon or "#".
 */
const CUE_STRONG =
  'tel|(?:tele)?phone[ds]?|phoning|mobile|mob|cell(?:ular|phone)?|fax(?:ed)?|facsimile|pager|beeper|landline|whatsapp|sms|text(?:ed|ing|s)?|messages?|messaging|call(?:ed|ing|s)?|ring|rang|dial(?:ed|led|ing)?|voicemail|answer(?:ed|ing)?|reach(?:ed)?|contact(?:ed)?|hotline|helpline|number';
const CUE_WEAK = 'ph|office|home|work|desk|direct|main|private|personal|daytime|evening|emergency|no|nr';
const CUE_FILLER = 'is|was|at|on|to|me|us|her|him|them|you|back|from|via|by|my|his|their|our|number|directly|anytime';
const CUE_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:(?:${CUE_STRONG})\\.?(?:[ \\t]*(?:#|no\\.?|number|nr\\.?))?[ \\t]*[:#]?|(?:${CUE_WEAK})\\.?[ \\t]*(?:#|no\\.?|number|nr\\.?)?[ \\t]*[:#])[ \\t]*(?:\\r?\\n[ \\t]*)?(?:(?:${CUE_FILLER})[ \\t]+){0,4}$`,
  'i',
);
/** "call the clinic at", "text her sister on": a phone verb, a few words, then "at" or "on". */
const CALL_AT_BEFORE = /(?:^|[^a-z])(?:call|phone|ring|dial|text)(?:s|ed|ing|led|ling)?[ \t][^\d\n.!?;:]{0,30}[ \t](?:at|on)[ \t]+$/i;
/** One-letter signature labels, capitalised: "T: …", "M: …", "F: …" (P is left to pulse). */
const LETTER_LABEL_BEFORE = /(?:^|[^A-Za-z])[TMFCHW]\.?[ \t]*:[ \t]*(?:\r?\n[ \t]*)?$/;
/** A phone noun right before a number written as one run of digits ("Phone: 0496464670"). */
const PHONE_NOUN_BEFORE =
  /(?:^|[^a-z])(?:tel|(?:tele)?phone|mobile|mob|cell(?:ular|phone)?|fax|pager|landline|whatsapp)\.?(?:[ \t]*(?:#|no\.?|number|nr\.?))?[ \t]*[:#]?[ \t]*(?:\r?\n[ \t]*)?(?:(?:is|was|at|on)[ \t]+)?$/i;
/** A label right after a number ("416 60 039 office", "082 490 1693-Office", "(m)"), not followed by a word. */
const LABEL_AFTER_CUE =
  /^[ \t]*(?:[-\u2013(\[]?[ \t]*(?:office|fax|mobile|cell|home|work|desk|tel|phone|landline)[)\]]?(?![ \t]*[a-z])|\((?:m|h|w|o|c|f)\))/i;
/** "case number", "card number", "room no.": a number-word cue that names another kind of number. */
const OTHER_NUMBER_BEFORE =
  /(?:security|social|insurance|ssn|sin|nhs|medicare|medicaid|case|reference|ref|tracking|confirmation|room|bed|badge|registration|record|chart|file|patient|study|trial|licen[cs]e|plate|serial|part|model|ticket|booking|card|credit|debit|routing|bank|tax|passport|product|item|catalog(?:ue)?|version|page|report|sample|specimen|kit|device|unit|box|suite|apt|apartment|building|flight|seat|gate|house|street|lot|batch)[ \t]*(?:number|no\.?|nr\.?|#)[ \t]*[:#]?[ \t]*(?:is[ \t]+|was[ \t]+)?$/i;
const CURRENCY_BEFORE = /[$\u20ac\u00a3\u00a5][ \u00A0]?$|(?:usd|eur|gbp|rs\.?|inr)[ \u00A0]$/i;

interface Group {
  s: number;
  e: number;
}

/** True for shapes that are dates, years, ZIP+4, drug codes, SSNs, counts, clock times or decimals, never phones. */
function notPhoneShape(text: string, groups: Group[]): boolean {
  const raw = text.slice(groups[0].s, groups[groups.length - 1].e);
  const lens = groups.map((g) => g.e - g.s);
  const parts = groups.map((g) => text.slice(g.s, g.e));
  // Dates: 3/15/2024, 15.03.2024, 2024-03-15, 05 06 2024.
  if (/^\d{1,2}([-/. ])\d{1,2}\1\d{2,4}$/.test(raw) || /^\d{4}([-/. ])\d{1,2}\1\d{1,2}$/.test(raw)) return true;
  // Years alone or in a row: "2019 2020", "1998-2004".
  if (parts.every((p) => /^(?:1[89]|20)\d\d$/.test(p))) return true;
  // ZIP+4 (hyphen or space) and drug codes (NDC 4-4-2, 5-3-2, 5-4-1, 5-4-2) written with hyphens.
  if (/^\d{5}[- \u00A0]\d{4}$/.test(raw)) return true;
  if (/^\d+-\d+-\d+$/.test(raw) && ['4,4,2', '5,3,2', '5,4,1', '5,4,2'].includes(lens.join(','))) return true;
  // Social Security numbers (3-2-4): the ssn rule's.
  if (/^\d{3}([- \u00A0])\d{2}\1\d{4}$/.test(raw)) return true;
  // Counts with thousands separators: "1 250 000", "2 400 000" (a phone group of one digit, or
  // a round ending, is rare; "699 956 915" stays).
  if (/^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/.test(raw) && (lens[0] === 1 || raw.endsWith('000'))) return true;
  // Clock times and their ranges: "0800-1700", "0930 1000 1030", "08.30 09.15".
  if (lens.every((n) => n === 4) && parts.every((p) => +p.slice(0, 2) < 24 && +p.slice(2) < 60)) return true;
  if (/^(?:[01]?\d|2[0-3])\.\d\d(?:[ \u00A0\-\u2010\u2011]{1,3}(?:[01]?\d|2[0-3])\.\d\d)+$/.test(raw)) return true;
  // Decimal numbers: "0.125 0.250".
  if (groups.some((g, i) => i > 0 && text[g.s - 1] === '.' && text[groups[i - 1].e] === '.' && lens[i - 1] === 1 && text[groups[i - 1].s] === '0')) return true;
  return false;
}

/**
 * Numbers written in the national format of another country ("0490 75 40 81", "(08) 8747 6301",
 * "699 956 915") or with an international access code ("001-518-640-0854"): grouped digits, 7 to
 * 15 in all, taken when a phone word comes right before ("Phone:", "call me on", "messages to") or a
 * label right after ("office", "-Fax"); without a cue only when the number starts with a trunk
 * prefix 0 (9 to 13 digits) or an access code 00/011, shapes that quantities, years and ids do not
 * take. Dates, year runs, ZIP+4, drug codes and clock-time ranges are never taken.
 */
function cuedNumbers(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const chain of chains(text)) {
    const all: Group[] = [];
    for (let i = chain.start; i < chain.end && all.length <= 16; ) {
      if (!isDigit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      while (i < chain.end && isDigit(text.charCodeAt(i))) i++;
      all.push({ s, e: i });
    }
    if (all.length > 16) continue;
    // A sentence end inside the run ("…-9781. 416 60 039") separates two numbers.
    let from = 0;
    for (let k = 1; k <= all.length; k++) {
      if (k < all.length && !/\.[ \u00A0]/.test(text.slice(all[k - 1].e, all[k].s))) continue;
      const c = cuedCandidate(text, all.slice(from, k), k === all.length ? chain.extEnd : all[k - 1].e, found);
      if (c) out.push(c);
      from = k;
    }
  }
  return out;
}

/** True when a candidate in `found` (sorted by start) overlaps [start, end) without lying inside it. */
function straddles(found: Candidate[], start: number, end: number): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  // Candidates of one detector never overlap, so only the one before \`lo\` can reach in from the left.
  if (lo > 0 && found[lo - 1].fixEnd > start) return true;
  for (let i = lo; i < found.length && found[i].start < end; i++) if (found[i].fixEnd > end) return true;
  return false;
}

/** One run of digit groups judged as a cued, trunk-prefix or access-code number (see cuedNumbers). */
function cuedCandidate(text: string, groups: Group[], extEnd: number, found: Candidate[]): Candidate | null {
  let digits = 0;
  for (const g of groups) digits += g.e - g.s;
  if (digits > 24) return null;
  // A postcode or house number run into the number ("Hungary 34796 (37) 788-063"): drop it.
  while (groups.length > 2) {
    const g0 = groups[0];
    const len = g0.e - g0.s;
    const gap = text.slice(g0.e, groups[1].s);
    if (len < 4 || len > 5 || text[g0.s] === '0' || !/^[ \u00A0]{1,2}\(?$/.test(gap) || digits - len < 7) break;
    groups = groups.slice(1);
    digits -= len;
  }
  if (digits < 7 || digits > 15) return null;
  let start = groups[0].s;
  if (text[start - 1] === '(') start--;
  if (text[start - 1] === '+' || text[start - 2] === '+') return null; // international: fullNumbers' job
  const end = groups[groups.length - 1].e;
  const fixEnd = Math.max(end, extEnd);
  if (straddles(found, start, fixEnd)) return null;
  if (notPhoneShape(text, groups)) return null;
  if (joinedToNeighbours(text, start, end)) return null;
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(fixEnd, fixEnd + 16);
  if (CURRENCY_BEFORE.test(before) || /^[ \u00A0]?%|^:\d/.test(after)) return null;
  // A unit, unless it is the next label ("… M: 467 3395").
  if (UNIT_AFTER.test(after) && !/^[ \u00A0]?[A-Za-z]{1,6}\.?[ \t]*:/.test(after)) return null;
  if (OTHER_ID_BEFORE.test(before.slice(-24)) || OTHER_NUMBER_BEFORE.test(before)) return null;
  const raw = text.slice(start, end);
  if (isPublicLine(raw)) return null;
  const first = text.slice(groups[0].s, groups[0].e);
  const dotted = groups.every((g, i) => i === 0 || text[g.s - 1] === '.');
  const trunk = /^0[1-9]/.test(first) && digits >= 9 && digits <= 13 && (!dotted || groups.length >= 3);
  const access = /^(?:00[1-9]|011)/.test(first) && digits >= 10;
  if (groups.length === 1) {
    // One run of digits: only right after a phone noun, 8 to 12 digits, and not a compact date.
    if (digits < 8 || digits > 12 || /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(first)) return null;
    return PHONE_NOUN_BEFORE.test(before) ? { start, end, fixEnd } : null;
  }
  const cue = CUE_BEFORE.test(before) || CALL_AT_BEFORE.test(before) || LETTER_LABEL_BEFORE.test(before);
  if (!trunk && !access && !cue && !LABEL_AFTER_CUE.test(after)) return null;
  return { start, end, fixEnd };
}

function hasFaxCue(text: string, c: Candidate): boolean {
  return FAX_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start)) || FAX_AFTER.test(text.slice(c.fixEnd, c.fixEnd + 16));
}

/** Remove the number and the words that only served it. */
function removal(text: string, c: Candidate, title: string): ProseFix {
  const label = LABEL_AFTER.exec(text.slice(c.fixEnd, c.fixEnd + 16));
  const end = c.fixEnd + (label ? label[0].length : 0);
  // An appositive ("her number, 555-0142, with the nurse") goes with its commas.
  const comma = /,[ \t]*$/.exec(text.slice(Math.max(0, c.start - 4), c.start));
  if (comma) {
    const from = c.start - comma[0].length;
    if (text[end] === ',') return { title, edits: [{ start: from, end: end + 1, text: '' }] };
    if (end >= text.length || /[.;:!?)\]\r\n]/.test(text[end])) return { title, edits: [{ start: from, end, text: '' }] };
  }
  const connector = CONNECTOR_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
  const from = connector ? c.start - connector[0].length + (/^[ \t]/.test(connector[0]) ? 1 : 0) : c.start;
  return { title, edits: [removalEdit(text, from, end)] };
}

export const phoneNumber: BlockRule = {
  scope: 'block',
  meta: {
    id: 'phone-number',
    category: 'phi.contact',
    defaultSeverity: 'error',
    description: 'Telephone and fax numbers (Safe Harbor items D and E).',
    note: NOTE_PHONE,
  },
  check(block, env, report) {
    const text = block.text;
    if (!hasDigits(text, 7)) return;
    const found: Candidate[] = [];
    fullNumbers(text, found);
    localNumbers(text, found);
    found.sort((a, b) => a.start - b.start);
    const cued = cuedNumbers(text, found);
    if (cued.length > 0) {
      // A cued number replaces the parts of it the other detectors took ("21 284 698 2548").
      let j = 0;
      const kept = found.filter((f) => {
        while (j < cued.length && cued[j].fixEnd <= f.start) j++;
        return !(j < cued.length && cued[j].start <= f.start && f.fixEnd <= cued[j].fixEnd);
      });
      found.length = 0;
      for (const f of kept) found.push(f);
      for (const c of cued) found.push(c);
    }
    found.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    let authors: string[] | null = null;
    let budget = PRACTICE_CHECK_BUDGET;
    // Public service lines are judged only in blocks that name one (cheap test, once per block).
    const publicLines = PUBLIC_LINE_WORD.test(text);
    for (const c of found) {
      if (c.start < lastEnd) continue;
      lastEnd = c.fixEnd;
      // An opening bracket that does not close around an area code ("(1-800-…", "(555-0142)") is not part of the number.
      if (text[c.start] === '(' && !/^\(\d{2,4}\)/.test(text.slice(c.start, c.end))) c.start++;
      if (publicLines && budget > 0 && publicLineBefore(text, c.start)) continue;
      authors ??= authorNames(env.frontMatter);
      if (budget-- > 0 && isPracticeContact(text, c.start, c.end, authors)) {
        report({ start: c.start, end: c.end, severity: 'information', message: MESSAGE_PRACTICE, note: PRACTICE_CONTACT_NOTE });
        continue;
      }
      const fax = hasFaxCue(text, c);
      report({
        start: c.start,
        end: c.end,
        message: fax ? MESSAGE_FAX : MESSAGE_PHONE,
        note: fax ? NOTE_FAX : NOTE_PHONE,
        fixes: [removal(text, c, fax ? 'Remove the fax number' : 'Remove the phone number')],
      });
    }
  },
};
