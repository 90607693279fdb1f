// Removal of a labelled identifier ("MRN 00482917", "plate 7KQ-4410") that leaves tidy prose.
import type { ProseEdit } from '../rule';
import { removalEdit } from './tidy';

const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|my|your|our|its|the|a|an|this|that|whose)[ \u00A0]+$/iu;

export interface LabelledRemovalOptions {
  /** Keep the label words even without a determiner before them ("for card 4111… at" → "for card at"). */
  keepLabel: boolean;
  /** The bare label reads as a noun: at a sentence start it becomes "The <label>". */
  noun: boolean;
}

/**
 * Remove the identifier text[tokenEnd-…, end) that follows the label text[labelStart, labelEnd), with
 * the words that only served it: the number words and colon between them, a parenthesis or a pair
 * of commas around them, and the label itself when nothing would be left to read it ("serial PJN-2041"
 * → gone; "her pacemaker serial PJN-2041" → "her pacemaker").
 */
export function labelledRemoval(text: string, labelStart: number, labelEnd: number, end: number, opts: LabelledRemovalOptions): ProseEdit {
  if ((text[labelStart - 1] === '(' && text[end] === ')') || (text[labelStart - 1] === '[' && text[end] === ']')) {
    return removalEdit(text, labelStart, end);
  }
  const comma = /,[ \u00A0]*$/.exec(text.slice(Math.max(0, labelStart - 4), labelStart));
  if (comma) {
    const from = labelStart - comma[0].length;
    if (text[end] === ',') return { start: from, end: end + 1, text: '' };
    if (end >= text.length || /[.;:!?)\]\r\n]/.test(text[end])) return { start: from, end, text: '' };
  }
  const label = text.slice(labelStart, labelEnd);
  const before = text.slice(Math.max(0, labelStart - 12), labelStart);
  const atSentenceStart = labelStart === 0 || /(?:[.!?][ \u00A0]+|\n)$/.test(before);
  if (opts.noun && atSentenceStart && /^[A-Z][a-z]+$/.test(label)) {
    // "Chart 00482917 shows two visits." → "The chart shows two visits."
    return { start: labelStart, end, text: `The ${label.toLowerCase()}` };
  }
  if (opts.keepLabel || DETERMINER_BEFORE.test(before)) {
    // "medical record number 00482917 shows" → "medical record shows".
    return { start: labelEnd, end, text: '' };
  }
  return removalEdit(text, labelStart, end);
}
