// Safe Harbor items (H) medical record, (I) health-plan beneficiary, (J) account and (K)
// certificate/licence numbers of a patient, relative, employer or household member.
//
// Context-anchored: an identifier is flagged only right after a label that says what it is
// ("MRN 00482917", "member ID: XK422981", "driver's license number is F1628235"). Bare digit runs
// are far too noisy without one. Three shapes carry their own proof and need no label: payment card
// numbers that pass the Luhn check, IBANs that pass ISO 7064 mod 97, and Medicare Beneficiary
// Identifiers next to an insurance word.
import type { BlockRule, ProseFix } from '../rule';
import { labelledRemoval } from '../text/id-removal';
import { removalEdit } from '../text/tidy';
import { hasDigits } from '../text/scan';
import { latinRegExp } from '../text/letters';

type Kind = 'record' | 'plan' | 'account' | 'card' | 'licence' | 'other';

interface KindInfo {
  item: string;
  what: string;
  note: string;
}

export const KINDS: Record<Kind, KindInfo> = {
  record: {
    item: 'H',
    what: 'medical record number',
    note: 'Safe Harbor item (H), 45 CFR 164.514(b)(2)(i)(H): medical record numbers (chart, MRN, encounter, accession, patient ID) must be removed.',
  },
  plan: {
    item: 'I',
    what: 'health plan beneficiary number',
    note: 'Safe Harbor item (I), 45 CFR 164.514(b)(2)(i)(I): health plan beneficiary numbers (member, subscriber, policy, group, Medicare and Medicaid numbers) must be removed.',
  },
  account: {
    item: 'J',
    what: 'account number',
    note: 'Safe Harbor item (J), 45 CFR 164.514(b)(2)(i)(J): account numbers (billing, bank, payment plan) must be removed.',
  },
  card: {
    item: 'J',
    what: 'payment card number',
    note: 'Safe Harbor item (J), 45 CFR 164.514(b)(2)(i)(J): account numbers, payment card numbers included, must be removed.',
  },
  licence: {
    item: 'K',
    what: 'certificate or licence number',
    note: 'Safe Harbor item (K), 45 CFR 164.514(b)(2)(i)(K): certificate and licence numbers (driver\'s licence, professional licence, passport) must be removed. Allow-list the author\'s own licence or NPI number in .clearpost.yml.',
  },
  other: {
    item: 'R',
    what: 'identifying number',
    note: 'Safe Harbor item (R), 45 CFR 164.514(b)(2)(i)(R): any other unique identifying number or code (employee, student, badge, taxpayer numbers) must be removed.',
  },
};

/**
 * Labels as data: a pattern (regex source, matched case-insensitively at a word start), its kind,
 * whether the bare label reads as a noun on its own at a sentence start ("Chart 0048… shows" →
 * "The chart shows"), and whether a number word ("number", "#", "ID") must follow it.
 */
export const LABELS: readonly { pattern: string; kind: Kind; noun?: boolean; needsNumberWord?: boolean; card?: boolean }[] = [
  { pattern: 'medical[ \\u00A0-]records?', kind: 'record' },
  { pattern: 'health[ \\u00A0-]records?', kind: 'record' },
  { pattern: 'med(?:ical)?\\.?[ \\u00A0]?rec(?:ord)?\\.?', kind: 'record', needsNumberWord: true },
  { pattern: 'mrns?', kind: 'record' },
  { pattern: 'charts?', kind: 'record', noun: true },
  { pattern: 'encounter', kind: 'record', needsNumberWord: true },
  { pattern: 'accession', kind: 'record' },
  { pattern: 'specimen', kind: 'record', needsNumberWord: true },
  { pattern: '(?:patient|pt\\.?|hospital|case|visit|admission|ehr|emr|nhs)', kind: 'record', needsNumberWord: true },
  { pattern: '(?:health[ \\u00A0]+)?(?:plan|insurance)[ \\u00A0]+(?:member|subscriber|policy|card)', kind: 'plan' },
  { pattern: '(?:member|subscriber|beneficiary|enrollee|insured)', kind: 'plan', needsNumberWord: true },
  { pattern: 'polic(?:y|ies)', kind: 'plan', noun: true },
  { pattern: 'group', kind: 'plan', needsNumberWord: true },
  { pattern: '(?:insurance|plan|claim)', kind: 'plan', needsNumberWord: true },
  { pattern: '(?:blue[ \\u00A0]+cross(?:[ \\u00A0]+blue[ \\u00A0]+shield)?|bcbs|aetna|cigna|humana|united[ \\u00A0]?healthcare|uhc|anthem|kaiser|tricare|molina|centene|ambetter|wellcare|highmark|oscar)', kind: 'plan', needsNumberWord: true },
  { pattern: 'medicaid', kind: 'plan' },
  { pattern: 'medicare', kind: 'plan' },
  { pattern: '(?:mbi|hicn|hic)', kind: 'plan' },
  { pattern: '(?:bank[ \\u00A0]+)?accounts?', kind: 'account', noun: true },
  { pattern: 'acct\\.?', kind: 'account' },
  { pattern: '(?:billing|invoice|routing|statement|payment[ \\u00A0]+plan)', kind: 'account', needsNumberWord: true },
  { pattern: 'invoice', kind: 'account', noun: true },
  { pattern: 'iban', kind: 'account' },
  { pattern: '(?:credit|debit|bank|payment|visa|mastercard|amex)[ \\u00A0]+cards?', kind: 'card', card: true },
  { pattern: 'cards?', kind: 'card', noun: true, card: true },
  { pattern: 'cc', kind: 'card', card: true },
  { pattern: 'driver[\'\u2019]?s?[ \\u00A0]+licen[cs]es?', kind: 'licence' },
  { pattern: 'driving[ \\u00A0]+licen[cs]es?', kind: 'licence' },
  { pattern: 'dl', kind: 'licence', needsNumberWord: true },
  { pattern: 'licen[cs]es?(?![ \\u00A0-]?plates?)', kind: 'licence' },
  { pattern: '(?:certificate|cert\\.?|permit|registration|passport|state[ \\u00A0]+id|id[ \\u00A0]+card)', kind: 'licence', needsNumberWord: true },
  { pattern: 'passport', kind: 'licence' },
  { pattern: '(?:dea|npi)', kind: 'licence' },
  { pattern: '(?:employee|staff|student|badge|inmate|prisoner|service|military)', kind: 'other', needsNumberWord: true },
  { pattern: '(?:itin|ein|tax(?:payer)?[ \\u00A0]+(?:id|identification))', kind: 'other' },
];

const LABEL = latinRegExp(`(?<![\\p{L}\\p{N}_])(?:${LABELS.map((l) => `(${l.pattern})`).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
/** Between a label and its identifier: a number word, a verb or colon, a "#". All bounded. */
const ID_WORD = /(?:[ \u00A0]{0,3}(?:ids?|identifiers?)(?![\p{L}]))?/iuy;
const TAIL =
  /(?:[ \u00A0]{0,3}(?:numbers?|nos?\.?|num\.?|#|codes?)(?![\p{L}]))?(?:[ \u00A0]{0,3}(?:is|was|were|of|reads|:|=|\u2013|-)(?![\p{L}]))?[ \u00A0]{0,3}(?:#[ \u00A0]?)?/iuy;
/**
 * An identifier set off after its label: "member ID, WKQ448120377, was rejected", "policy number
 * (HMO-2281773)", "group # — 4471823 —". Only after a number word, and only with the closing mark.
 */
const APPOSITIVE = /[ \u00A0]{0,2}([,(\u2014])[ \u00A0]{0,2}/y;
const CLOSER: Record<string, RegExp> = { ',': /^(?:[,.;:!?]|$)/, '(': /^\)/, '\u2014': /^(?:[ \u00A0]{0,2}\u2014|[.;:!?]|$)/ };
const NUMBER_WORD = /(?:numbers?|nos?\.?|num\.?|#|ids?|identifiers?|codes?|:)/iu;
/** The identifier: letters, digits, inner dashes/slashes/dots; digit groups may be split by single spaces. */
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9]|[-/.\u2010\u2011](?=[A-Za-z0-9])|(?<=\d)[ \u00A0](?=\d{3,}(?![\p{L}]))){1,40}/uy;
/** Quantities, dates and years after a label are not identifiers. */
const UNIT_AFTER =
  /^[ \u00A0]?(?:%|mg|mcg|ml|kg|lbs?|units?|patients|people|persons|cases|visits|admissions|encounters|procedures|tests|samples|cells|beds|calls|members|families|children|adults|women|men|residents|physicians|doctors|nurses|hospitals|clinics|sites|studies|days|weeks|months|years|hours|minutes|times|steps|calories|miles|km|pages|words|dollars|usd)(?![\p{L}])/iu;
const DATE_LIKE = /^(?:\d+[.,]\d{1,2}|(?:19|20)\d{2})$/;
const DATE_PARTS = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;

/** "03/14/2024", "2024-03-14", "14.3.24": a date (other rules own those), not an identifier. */
function isDate(token: string): boolean {
  if (DATE_LIKE.test(token)) return true;
  const m = DATE_PARTS.exec(token);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (m[1].length === 4) return /^(?:19|20)/.test(m[1]) && b >= 1 && b <= 12;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
}

/** Payment cards written in groups (4-4-4-4 up to 19 digits, or Amex 4-6-5) or as one run. */
const CARD_GROUPED = /(?<![\p{L}\p{N}_\-.])(?:\d{4}([ \u00A0-])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ \u00A0-])\d{6}\2\d{4,5})(?![\p{L}\p{N}_]|[-.]\d)/gu;
const CARD_PLAIN = /(?<![\p{L}\p{N}_\-.,])\d{13,19}(?![\p{L}\p{N}_]|[-.,]\d)/gu;
/** Issuer prefixes of the major card networks (Visa, Mastercard, Amex, Discover, JCB, Diners). */
const CARD_IIN = /^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|30[0-5]|36|38|1800|2131)/;
const IBAN = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}(?:[ \u00A0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00A0]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}_])/gu;
/** Medicare Beneficiary Identifier: 11 characters, fixed positions of digits and letters (no S, L, O, I, B, Z). */
const MBI = /(?<![\p{L}\p{N}_])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[-\u2010]?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[-\u2010]?[AC-HJKMNP-RT-Y]{2}\d{2}(?![\p{L}\p{N}_])/gu;
const INSURANCE_CUE = /medicare|mbi|beneficiar|insur|member|medicaid|health[ \u00A0]plan/i;

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function validIban(raw: string): boolean {
  const s = raw.replace(/[ \u00A0]/g, '').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  fix: ProseFix;
}

const TITLE = 'Remove the number';

function message(kind: Kind): string {
  const what = KINDS[kind].what;
  return `Unexpected ${what}, expected none: remove it; a reader needs no ${what} to follow the story.`;
}

/** Labelled identifiers: label, number words, then the identifier itself. */
function labelled(text: string, out: Hit[]): void {
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    const labelStart = m.index;
    // "member ID" reads as a noun on its own: the ID word stays with the label when the number goes.
    ID_WORD.lastIndex = labelStart + m[0].length;
    const labelEnd = ID_WORD.exec(text) ? ID_WORD.lastIndex : labelStart + m[0].length;
    let idx = 1;
    while (idx < m.length && m[idx] === undefined) idx++;
    const spec = LABELS[idx - 1];
    TAIL.lastIndex = labelEnd;
    const tail = TAIL.exec(text);
    let tokenStart = tail ? TAIL.lastIndex : labelEnd;
    let opener = '';
    if (/^[ \u00A0]{0,2}[,(\u2014]/.test(text.slice(tokenStart, tokenStart + 3))) {
      APPOSITIVE.lastIndex = tokenStart;
      const ap = APPOSITIVE.exec(text);
      if (ap && NUMBER_WORD.test(text.slice(labelStart + m[0].length, tokenStart))) {
        opener = ap[1];
        tokenStart = APPOSITIVE.lastIndex;
      }
    }
    const tailText = text.slice(labelStart + m[0].length, tokenStart);
    if (spec.needsNumberWord && !NUMBER_WORD.test(tailText)) continue;
    // The label must be separated from its identifier ("MRN00482917" is one token, left alone).
    if (tokenStart === labelEnd) continue;
    TOKEN.lastIndex = tokenStart;
    const t = TOKEN.exec(text);
    if (!t) continue;
    let end = tokenStart + t[0].length;
    while (end > tokenStart && /[ \u00A0]/.test(text[end - 1])) end--;
    // Too long to be one identifier, or glued to more letters.
    if (/[\p{L}\p{N}_]/u.test(text[end] ?? '')) continue;
    const token = text.slice(tokenStart, end);
    const digits = countDigits(token);
    const compact = token.replace(/[^A-Za-z0-9]/g, '');
    if (isDate(token) || UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    const kind = spec.kind;
    if (spec.card) {
      const explicit = NUMBER_WORD.test(tailText);
      if (!(digits >= 12 && digits <= 19 && digits === compact.length) && !(explicit && digits >= 4)) continue;
    } else if (digits < 4 && !(digits >= 3 && compact.length >= 6)) {
      continue;
    }
    // A word that happens to carry digits ("COVID19") is not an identifier: identifiers are mostly digits or codes.
    if (digits * 3 < compact.length) continue;
    if (opener) {
      // Set off by a comma, a parenthesis or a dash: the closing mark must follow, and goes with the number.
      const close = CLOSER[opener].exec(text.slice(end, end + 4));
      if (!close || digits < 4) continue;
      const closeEnd = opener === ',' ? (text[end] === ',' ? end + 1 : end) : end + close[0].length;
      out.push({ start: tokenStart, end, kind, fix: { title: TITLE, edits: [{ start: labelEnd, end: opener === '\u2014' && /[.;:!?]/.test(text[end] ?? '') ? end : closeEnd, text: '' }] } });
      continue;
    }
    out.push({ start: tokenStart, end, kind, fix: { title: TITLE, edits: [labelledRemoval(text, labelStart, labelEnd, end, { keepLabel: true, noun: spec.noun === true })] } });
  }
}

/** Identifiers that prove themselves: Luhn-valid cards, IBANs, MBIs near an insurance word. */
function selfEvident(text: string, out: Hit[]): void {
  if (!hasDigits(text, 11)) {
    mbis(text, out);
    return;
  }
  const removal = (start: number, end: number): ProseFix => ({ title: TITLE, edits: [removalEdit(text, start, end)] });
  let m: RegExpExecArray | null;
  CARD_GROUPED.lastIndex = 0;
  while ((m = CARD_GROUPED.exec(text))) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'card', fix: removal(m.index, m.index + m[0].length) });
    }
  }
  CARD_PLAIN.lastIndex = 0;
  while ((m = CARD_PLAIN.exec(text))) {
    if (CARD_IIN.test(m[0]) && luhn(m[0]) && !/^(\d)\1+$/.test(m[0])) {
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'card', fix: removal(m.index, m.index + m[0].length) });
    }
  }
  IBAN.lastIndex = 0;
  while ((m = IBAN.exec(text))) {
    let raw = m[0];
    // A trailing word ("to") may have been taken as the last group: retry without it.
    if (!validIban(raw)) {
      const cut = raw.lastIndexOf(' ');
      if (cut <= 0 || !validIban(raw.slice(0, cut))) continue;
      raw = raw.slice(0, cut);
      IBAN.lastIndex = m.index + cut;
    }
    out.push({ start: m.index, end: m.index + raw.length, kind: 'account', fix: removal(m.index, m.index + raw.length) });
  }
  mbis(text, out);
}

/** Medicare Beneficiary Identifiers, only in a block that talks about insurance. */
function mbis(text: string, out: Hit[]): void {
  if (!INSURANCE_CUE.test(text)) return;
  MBI.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MBI.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, kind: 'plan', fix: { title: TITLE, edits: [removalEdit(text, start, end)] } });
  }
}

export const recordNumber: BlockRule = {
  scope: 'block',
  meta: {
    id: 'record-number',
    category: 'phi.id',
    defaultSeverity: 'error',
    description: 'Medical record, health-plan, account, payment card, licence and other labelled identifying numbers (Safe Harbor items H–K, R).',
    note: 'Safe Harbor items (H)–(K), 45 CFR 164.514(b)(2)(i)(H)–(K): medical record, health plan beneficiary, account and certificate/licence numbers must be removed.',
  },
  check(block, _env, report) {
    const text = block.text;
    if (!hasDigits(text, 3)) return;
    const hits: Hit[] = [];
    labelled(text, hits);
    if (hasDigits(text, 5)) selfEvident(text, hits);
    // Labelled hits come first so they win over a self-evident hit on the same number.
    hits.sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      report({ start: h.start, end: h.end, message: message(h.kind), note: KINDS[h.kind].note, fixes: [h.fix] });
    }
  },
};
