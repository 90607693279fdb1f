// Catalog J6: identifiers in image file names and in alt text the prose rules do not see.
//
// - File names (Markdown images and HTML <img src>): a person's name (after an honorific or
//   "patient", a known first name with a surname, "Lastname_R"), a date finer than a year
//   ("2024-11-02", "20241102"), a labelled record number ("mrn_00482917"), a room or bed number.
//   Renaming a file is not a text edit: the message says what to rename it to, and no fix is offered.
// - Alt text of HTML <img> tags: the identifier rules (person-name, date-element, record-number, …)
//   run on it as they do on prose, and their fixes are offered when the alt is written plainly.
// - Room and bed numbers in Markdown alt text and titles. Other identifiers there are already
//   reported by the identifier rules, which read Markdown alt text and titles as prose.
import type { BlockReport, BlockRule, RuleEnv, SourceReport } from '../rule';
import type { ProseBlock, Target } from '../model';
import type { Severity } from '../types';
import { imageFileName } from '../images';
import { HONORIFICS, isFirstName, isKnownWord } from '../text/proper-nouns';
import { removalEdit } from '../text/tidy';
import { personName } from './person-name';
import { dateElement } from './date-element';
import { recordNumber } from './record-number';
import { ssn } from './ssn';
import { phoneNumber } from './phone-number';
import { emailAddress } from './email-address';
import { exactAge } from './exact-age';
import { ageOver89 } from './age-over-89';

const NOTE =
  'Image file names, alt text and captions are published with the image: a name (Safe Harbor item (A)), a date finer than the year (item (C)), a record number (item (H)) or a room number (items (B), (R)) there identifies the patient as surely as in the text (45 CFR 164.514(b)(2)(i); rule catalog J6). Name files by what they show ("ankle-fracture-xray-1.jpg") and describe the finding, not the person, in alt text.';

type FileHit = 'name' | 'date' | 'record' | 'room';

const FILE_WORDS: Record<FileHit, string> = {
  name: 'person\'s name',
  date: 'date',
  record: 'record number',
  room: 'room or bed number',
};

/** What each identifier rule finds, for messages about alt text. */
const ALT_WORDS: Record<string, string> = {
  'person-name': 'person\'s name',
  'date-element': 'date',
  'record-number': 'record or account number',
  ssn: 'Social Security number',
  'phone-number': 'phone number',
  'email-address': 'email address',
  'exact-age': 'exact age',
  'age-over-89': 'age over 89',
};
const ALT_RULES: readonly BlockRule[] = [personName, dateElement, recordNumber, ssn, phoneNumber, emailAddress, exactAge, ageOver89];

/** Words that sit next to a single letter in clinical file names ("knee_l", "xray_r_ankle"). */
const CLINICAL = new Set(
  'xray x-ray cxr ct cta mri mra us usg ecg ekg eeg emg pet spect dexa echo scan film view views ap pa lat lateral oblique axial coronal sagittal fig figure image img photo pic pict slide case dermoscopy derm rash lesion wound ulcer mole nevus scar burn fracture fx fibula tibia femur radius ulna humerus hand wrist knee ankle foot hip spine chest lung heart abdomen skull face eye ear nose mouth skin arm leg finger toe thumb shoulder elbow neck back pelvis left right before after pre post op day week'.split(' '),
);
const PATIENT_WORDS = new Set(['patient', 'pt', 'client', 'resident']);

/** Dates finer than a year: separated (2024-11-02, 11-02-2024) or compact (20241102). */
const FILE_DATE =
  /(?<![0-9])(?:(?:19|20)\d\d([-_.]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])([-_.])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)\d\d)(?![0-9])/;
const FILE_RECORD = /(?:^|[^a-z])(?:mrn|mr|med[-_ ]?rec|record|chart|acct|account|accession|acc|encounter|enc|pid|patient[-_ ]?id|pt[-_ ]?id)[-_ #.]*(?:no|num|number|id)?[-_ #.]*\d{4,}/i;
const ROOM = /(?<![\p{L}\p{N}])(?:room|rm|bed|bay|ward)[ \u00A0_#.-]{0,3}(?:no\.?[ \u00A0]?)?\d{1,4}[a-z]?(?![\p{L}\p{N}])/giu;

/** Kinds of identifier in a file name (without its extension). */
export function fileNameHits(fileName: string): FileHit[] {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  const hits = new Set<FileHit>();
  if (FILE_DATE.test(stem)) hits.add('date');
  if (FILE_RECORD.test(stem)) hits.add('record');
  ROOM.lastIndex = 0;
  if (ROOM.test(stem.replace(/[_-]/g, ' '))) hits.add('room');
  const tokens = stem
    .normalize('NFC')
    .split(/[^\p{L}\p{N}']+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  const wordy = (t: string | undefined): t is string => !!t && /^\p{L}{2,}$/u.test(t) && !CLINICAL.has(t) && !isKnownWord(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "dr-smith-headshot.jpg" is usually the author: only patient honorifics count.
    if (((HONORIFICS.has(t) && t !== 'dr') || PATIENT_WORDS.has(t)) && wordy(next)) hits.add('name');
    else if (wordy(t) && t.length >= 3 && next !== undefined && /^\p{L}$/u.test(next) && (i === 0 || !/^\p{L}$/u.test(tokens[i - 1]))) hits.add('name');
    else if (/^\p{L}$/u.test(t) && i === 0 && wordy(next) && next.length >= 3) hits.add('name');
    else if (isFirstName(t) && !CLINICAL.has(t) && !isKnownWord(t) && wordy(next) && next.length >= 2) hits.add('name');
  }
  return (['name', 'date', 'record', 'room'] as const).filter((h) => hits.has(h));
}

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A prose block over a plain string (offsets are the string's own). */
function plainBlock(text: string): ProseBlock {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { kind: 'imageAlt', text, starts, ends };
}

/** Identifier findings in an HTML alt, mapped to source when the alt is written without entities. */
function checkHtmlAlt(target: Target, env: RuleEnv, report: (r: SourceReport) => void): void {
  const alt = target.label;
  if (!target.alt || alt.trim() === '') return;
  const verbatim = target.alt.end - target.alt.start === alt.length;
  const block = plainBlock(alt);
  const found: (BlockReport & { ruleId: string; severity: Severity })[] = [];
  for (const rule of ALT_RULES) {
    rule.check(block, { ...env, options: {} }, (r) => {
      const severity = r.severity ?? rule.meta.defaultSeverity;
      if (severity === 'error' || severity === 'warning') found.push({ ...r, ruleId: rule.meta.id, severity });
    });
  }
  found.sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const base = target.alt.start;
    const fix = f.fixes?.[0];
    report({
      start: verbatim ? base + f.start : target.alt.start,
      end: verbatim ? base + f.end : target.alt.end,
      severity: f.severity,
      message: `Unexpected ${ALT_WORDS[f.ruleId] ?? 'identifier'} in an image's alt text, expected a description of the finding only.`,
      fixes: verbatim && fix ? [{ title: fix.title, edits: fix.edits.map((e) => ({ start: base + e.start, end: base + e.end, text: e.text })) }] : undefined,
    });
  }
}

/** Remove a room number with the comma that introduced it ("X-ray, room 412" → "X-ray"). */
function roomRemoval(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const before = /,[ \u00A0]*$/.exec(text.slice(0, start));
  if (before && /^[ \u00A0]*(?:[.;:!?)]|$)/.test(text.slice(end))) return { start: start - before[0].length, end, text: '' };
  return removalEdit(text, start, end);
}

export const imageNaming: BlockRule = {
  scope: 'block',
  meta: {
    id: 'image-naming',
    category: 'phi.image',
    defaultSeverity: 'error',
    description: 'Names, dates, record and room numbers in image file names and HTML alt text, and room numbers in alt text (rule catalog J6).',
    note: NOTE,
  },
  check(block, _env, report) {
    if (block.kind !== 'imageAlt' && block.kind !== 'imageTitle') return;
    const text = block.text;
    ROOM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROOM.exec(text))) {
      const where = block.kind === 'imageAlt' ? 'alt text' : 'title';
      report({
        start: m.index,
        end: m.index + m[0].length,
        message: `Unexpected room or bed number in an image's ${where}, expected none.`,
        fixes: [{ title: 'Remove the room or bed number', edits: [roomRemoval(text, m.index, m.index + m[0].length)] }],
      });
    }
  },
  checkTarget(target, env, report) {
    if (target.kind !== 'image') return;
    const name = imageFileName(target.url);
    const hits = name ? fileNameHits(name) : [];
    if (hits.length > 0) {
      report({
        start: target.start,
        end: target.end,
        matched: target.url,
        message: `Unexpected ${list(hits.map((h) => FILE_WORDS[h]))} in the image's file name, expected a name that says what it shows: rename the file (e.g. "ankle-fracture-xray-1.jpg") and update the link.`,
      });
    }
    if (target.html) checkHtmlAlt(target, env, report);
  },
};
