// Safe Harbor item (G): Social Security numbers of a patient, relative, employer or household member.
//
// Two detectors over one linear scan: a dashed 3-2-4 number that passes the SSA validity rules is
// flagged anywhere; any 9-digit shape (spaces, dots, no separator, masked "XXX-XX-1234") is flagged
// only after an SSN cue. Bare digit runs without a cue are left alone: they are too often other things.
import type { BlockRule } from '../rule';
import { labelledRemoval } from '../text/id-removal';
import { hasDigits } from '../text/scan';

const NOTE =
  'Safe Harbor item (G), 45 CFR 164.514(b)(2)(i)(G): Social Security numbers of the patient, relatives, employers and household members must be removed.';
const MESSAGE = 'Unexpected Social Security number, expected none: remove it; a blog post never needs it.';

/** 3-2-4 digits with the same separator twice (or none), not part of a longer number or code. */
const SHAPE = /(?<![\p{L}\p{N}_\-./])(\d{3})([-. \u00A0\u2010\u2011]?)(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|[-./\u2010\u2011]\d)/gu;
/** Masked forms that still reveal the last four digits. */
const MASKED = /(?<![\p{L}\p{N}_])(?:[xX*#]{3}[- ]?[xX*#]{2}[- ]?\d{4})(?![\p{L}\p{N}_])/gu;
/** An SSN cue within the 48 characters before a number. */
const CUE_BEFORE =
  /(?:^|[^\p{L}])(?:ssns?|ss#|s\.s\.n\.?|soc(?:ial)?\.?[ \u00A0-]?sec(?:urity)?|social[ \u00A0]*(?:#|no\b|num)|ssa[ \u00A0]+(?:number|no\b))(?![\p{L}])[^\n\d]{0,36}$/iu;
/** An SSN cue right after a number ("123-45-6789 (SSN)"). */
const CUE_AFTER = /^[ \u00A0]*[(\[]?[ \u00A0]*(?:ssn|social security)(?![\p{L}])/iu;

/** The label right before a number: "SSN: ", "his social security number is ". Group 1 is the label noun. */
const LABEL_BEFORE =
  /(ssns?|ss#|s\.s\.n\.?|social[ \u00A0-]security(?:[ \u00A0]+(?:numbers?|nos?\.?|#))?)(?:[ \u00A0]*(?:is|was|:|#|=)(?![\p{L}]))?[ \u00A0]*$/iu;
/** A label in brackets right after a number goes with it. */
const LABEL_AFTER = /^[ \u00A0]*\((?:ssn|social security(?: number)?)\)/i;

/** Remove the number and the words that only served it. */
function fixFor(text: string, start: number, end: number): { title: string; edits: { start: number; end: number; text: string }[] } {
  const after = LABEL_AFTER.exec(text.slice(end, end + 32));
  const to = after ? end + after[0].length : end;
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const edit = label
    ? labelledRemoval(text, start - label[0].length, start - label[0].length + label[1].length, to, { keepLabel: false, noun: false })
    : labelledRemoval(text, start, start, to, { keepLabel: false, noun: false });
  return { title: 'Remove the Social Security number', edits: [edit] };
}

/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function validSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area[0] === '9') return false;
  return group !== '00' && serial !== '0000';
}

function hasCue(text: string, start: number, end: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || CUE_AFTER.test(text.slice(end, end + 24));
}

export const ssn: BlockRule = {
  scope: 'block',
  meta: {
    id: 'ssn',
    category: 'phi.id',
    defaultSeverity: 'error',
    description: 'Social Security numbers (Safe Harbor item G).',
    note: NOTE,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!hasDigits(text, 4)) return;
    const emit = (start: number, end: number): void => {
      report({
        start,
        end,
        message: MESSAGE,
        fixes: [fixFor(text, start, end)],
      });
    };
    const found: [number, number][] = [];
    SHAPE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHAPE.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const [, area, sep, group, serial] = m;
      const cue = hasCue(text, start, end);
      // Without a cue only the canonical dashed form that passes the SSA rules counts.
      if (!cue && !(/^[-\u2010\u2011]$/.test(sep) && validSsn(area, group, serial))) continue;
      // A dashed number right after a "#" or a label like "order" is someone else's identifier.
      if (!cue && /(?:#|\b(?:order|invoice|claim|ref|case|lot|part|model|isbn)[ \u00A0]*[:#]?)[ \u00A0]*$/i.test(text.slice(Math.max(0, start - 16), start))) continue;
      found.push([start, end]);
    }
    if (/[xX*#]{2}/.test(text)) {
      MASKED.lastIndex = 0;
      while ((m = MASKED.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        if (hasCue(text, start, end)) found.push([start, end]);
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of found) emit(start, end);
  },
};
