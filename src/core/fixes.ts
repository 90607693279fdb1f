// One shared applyFixes for the CLI (--fix) and the editor: fixes are plain data.
import { CATEGORIES, type Edit, type Finding, type Fix } from './types';
import { RULES } from './rules/index';

export interface ApplyFixesResult {
  text: string;
  /** Fixes applied, in the order given. */
  applied: Fix[];
  /** Fixes skipped because an edit overlapped an earlier fix or fell outside the text. */
  skipped: Fix[];
  /**
   * The edits that turn the input into `text`, sorted by start and non-overlapping: the applied
   * fixes' edits, with removals that would strand a conjunction joined (see joinRemovals).
   */
  edits: Edit[];
}

/** What may lie between two removed items and go with them: a comma and/or a conjunction. */
const LIST_GLUE = /^[ \u00A0]*(?:,[ \u00A0]*)?(?:(?:and|or|nor|&)[ \u00A0]*)?$/i;

/**
 * Two removals with only ", ", "and" or "or" between them would leave that glue stranded ("Call
 * 402-555-0188 or 402-555-0199 for records" → "Call or for records"): remove it with them. Each
 * fix is right on its own; only their combination needs this. `edits` sorted by start.
 */
function joinRemovals(text: string, edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && prev.text === '' && e.text === '' && prev.end < e.start && prev.end > prev.start && e.end > e.start) {
      const gap = text.slice(prev.end, e.start);
      if (/[,&]|\b(?:and|or|nor)\b/i.test(gap) && LIST_GLUE.test(gap)) {
        out[out.length - 1] = { start: prev.start, end: e.end, text: '' };
        continue;
      }
    }
    out.push(e);
  }
  return out;
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
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  const edits = joinRemovals(text, accepted);
  let out = text;
  for (let i = edits.length - 1; i >= 0; i--) out = out.slice(0, edits[i].start) + edits[i].text + out.slice(edits[i].end);
  return { text: out, applied, skipped, edits };
}

// ---------------------------------------------------------------------------------------------
// Fix all of one rule or category (`clearpost lint --fix --fix-only …`, the editor's fix-all).

/**
 * Check `--fix-only` values: each a rule id ("exact-age"), a category ("phi.age") or a category prefix
 * ending in "." ("phi."); comma-separated lists are split. Returns the selectors, lowercased and
 * de-duplicated, and one message per value that names no rule or category.
 */
export function parseFixOnly(values: readonly string[]): { only: string[]; errors: string[] } {
  const only: string[] = [];
  const errors: string[] = [];
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const raw of values.flatMap((v) => v.split(','))) {
    const v = raw.trim().toLowerCase();
    if (!v) continue;
    const known = ids.has(v) || (CATEGORIES as readonly string[]).includes(v) || (v.endsWith('.') && CATEGORIES.some((c) => c.startsWith(v)));
    if (!known) errors.push(`"${raw.trim()}" is not a rule id, a category or a category prefix such as "phi."`);
    else if (!only.includes(v)) only.push(v);
  }
  if (only.length === 0 && errors.length === 0) errors.push('expected a rule id, a category or a category prefix such as "phi."');
  return { only, errors };
}

/** True when a finding's rule or category is selected by `only` (see parseFixOnly); everything when `only` is empty. */
export function fixOnlyMatches(finding: Pick<Finding, 'ruleId' | 'category'>, only: readonly string[]): boolean {
  if (only.length === 0) return true;
  return only.some((s) => s === finding.ruleId || s === finding.category || (s.endsWith('.') && finding.category.startsWith(s)));
}

function span(fix: Fix): [number, number] {
  let s = Infinity;
  let e = -Infinity;
  for (const x of fix.edits) {
    s = Math.min(s, x.start);
    e = Math.max(e, x.end);
  }
  return fix.edits.length ? [s, e] : [0, 0];
}

/**
 * The preferred fix of every selected finding that has one, in the order applyFixes should take
 * them so overlapping fixes resolve the same way every time: the fix whose edits start earlier wins,
 * then the one covering the longer range, then the lower rule id, then the earlier finding.
 */
export function selectFixes(findings: readonly Finding[], only: readonly string[] = []): { finding: Finding; fix: Fix }[] {
  return findings
    .map((finding, i) => ({ finding, fix: finding.fixes[0], i }))
    .filter((x) => x.fix !== undefined && fixOnlyMatches(x.finding, only))
    .map((x) => ({ ...x, span: span(x.fix) }))
    .sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1] || (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0) || a.i - b.i)
    .map(({ finding, fix }) => ({ finding, fix }));
}
