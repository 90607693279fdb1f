// --fix: apply each finding's preferred fix, then prove the result is safe before writing.
import { applyFixes, lint, markdownStructure, selectFixes, type Finding, type Fix, type LintOptions } from '../core/index';

export interface FixPlan {
  /** The fixed text; equal to the input when nothing applies or when refused. */
  text: string;
  applied: { finding: Finding; fix: Fix }[];
  /** Why the fixes must not be written; null when they are safe. */
  refusal: string | null;
  /** Findings of the fixed text (or of the input when refused). */
  remaining: Finding[];
}

/**
 * Pure: plan the preferred fixes for `findings` of `text`, refusing anything that breaks markup.
 * `only` (from parseFixOnly: rule ids, categories, "phi."-style prefixes) limits the fixes to those
 * rules; empty means all. Overlapping fixes resolve as selectFixes orders them: the earlier start
 * wins, then the longer range, then the lower rule id.
 */
export function planFixes(text: string, findings: Finding[], options: LintOptions, only: readonly string[] = []): FixPlan {
  const selected = selectFixes(findings, only);
  if (selected.length === 0) return { text, applied: [], refusal: null, remaining: findings };
  const byFix = new Map<Fix, Finding>(selected.map((x) => [x.fix, x.finding]));
  const result = applyFixes(text, selected.map((x) => x.fix));
  const refuse = (refusal: string): FixPlan => ({ text, applied: [], refusal, remaining: findings });
  if (markdownStructure(result.text) !== markdownStructure(text)) {
    return refuse('they would change the Markdown structure (headings, lists, links, tables or code)');
  }
  const remaining = lint(result.text, options).findings;
  const brokeFrontMatter = !findings.some((f) => f.ruleId === 'front-matter-invalid') && remaining.some((f) => f.ruleId === 'front-matter-invalid');
  if (brokeFrontMatter) return refuse('they would break the YAML front matter');
  return { text: result.text, applied: result.applied.map((fix) => ({ finding: byFix.get(fix)!, fix })), refusal: null, remaining };
}
