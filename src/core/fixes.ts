// One shared applyFixes for the CLI (--fix) and the editor: fixes are plain data.
import type { Edit, Fix } from './types';

export interface ApplyFixesResult {
  text: string;
  /** Fixes applied, in the order given. */
  applied: Fix[];
  /** Fixes skipped because an edit overlapped an earlier fix or fell outside the text. */
  skipped: Fix[];
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at the same point conflict too (their order would be ambiguous).
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/**
 * Apply fixes to text. Fixes are taken in order; a fix whose edits overlap an already accepted
 * fix is skipped whole, so the result is deterministic and no fix is half-applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyFixesResult {
  const accepted: Edit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits;
    const valid = edits.every((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end >= e.start && e.end <= text.length);
    const selfOverlap = edits.some((e, i) => edits.some((f, j) => i < j && overlaps(e, f)));
    if (!valid || selfOverlap || edits.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...edits);
    applied.push(fix);
  }
  accepted.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of accepted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied, skipped };
}
