// Safe Harbor items (D) telephone and (E) fax numbers of a patient, relative, employer or household member.
//
// Two detectors: libphonenumber-js (minimal metadata; US by default, any country with a leading "+")
// for full numbers, and a linear regex for 7-digit local numbers written with a separator
// ("555-0142"). libphonenumber-js is never handed a whole block: a linear scanner finds runs of
// digits and separators, a bounded-width shape regex picks the places that can hold a number, and
// only a window of at most ~50 characters around each is parsed. That keeps megabyte lines linear.
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import type { BlockRule, ProseFix } from '../rule';
import { removalEdit } from '../text/tidy';
import { hasDigits } from '../text/scan';

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
];

const PUBLIC_DIGITS = new Set(PUBLIC_LINES.map((l) => l.digits));

const NOTE_PHONE =
  'Safe Harbor item (D), 45 CFR 164.514(b)(2)(i)(D): telephone numbers of the patient, relatives, employers and household members must be removed. Allow-list the practice\'s public number in .clearpost.yml.';
const NOTE_FAX =
  'Safe Harbor item (E), 45 CFR 164.514(b)(2)(i)(E): fax numbers of the patient, relatives, employers and household members must be removed. Allow-list the practice\'s public fax number in .clearpost.yml.';
const MESSAGE_PHONE = 'Unexpected phone number, expected none: remove it, or allow-list the practice\'s public number in .clearpost.yml.';
const MESSAGE_FAX = 'Unexpected fax number, expected none: remove it, or allow-list the practice\'s public fax number in .clearpost.yml.';

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
const LABEL_AFTER = /^[ \u00A0]*\((?:fax|phone|tel|cell|mobile|home|work|office|landline)\)/i;
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

function isPublicLine(raw: string): boolean {
  const digits = digitsOf(raw);
  return PUBLIC_DIGITS.has(digits) || (digits.length === 11 && digits[0] === '1' && PUBLIC_DIGITS.has(digits.slice(1)));
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
  check(block, _env, report) {
    const text = block.text;
    if (!hasDigits(text, 7)) return;
    const found: Candidate[] = [];
    fullNumbers(text, found);
    localNumbers(text, found);
    found.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const c of found) {
      if (c.start < lastEnd) continue;
      lastEnd = c.fixEnd;
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
