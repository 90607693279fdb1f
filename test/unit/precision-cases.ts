// Shared by the precision tests: findings as "rule severity [text]" lines, and describe blocks of
// cases that must stay below warning ("quiet") or keep a finding at warning or worse ("loud").
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';

const NOW = new Date('2026-11-24T12:00:00Z');
const RANK = { hint: 0, information: 1, warning: 2, error: 3 } as const;

/** Which findings count: the rules to keep (all but missing-disclosure when none are given). */
export type RuleFilter = ReadonlySet<string> | readonly string[] | undefined;
function keeps(rules: RuleFilter, id: string): boolean {
  if (!rules) return id !== 'missing-disclosure';
  return Array.isArray(rules) ? rules.includes(id) : (rules as ReadonlySet<string>).has(id);
}

/** Each kept finding of the text, whatever its severity. */
export function allFindings(text: string, rules?: RuleFilter): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => keeps(rules, f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

/** Each kept finding at warning or worse. */
export function loudFindings(text: string, rules?: RuleFilter): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => keeps(rules, f.ruleId) && RANK[f.severity] >= RANK.warning)
    .map((f) => `${f.ruleId} ${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

const label = (text: string): string => text.replace(/\n/g, '⏎').slice(0, 90);

/** One test per text: no kept finding at warning or worse. */
export function quietCases(title: string, cases: readonly string[], rules?: RuleFilter): void {
  describe(title, () => {
    for (const text of cases) it(`quiet at warning: ${label(text)}`, () => assert.deepEqual(loudFindings(text, rules), []));
  });
}

/** One test per text: a kept finding at warning or worse matches the pattern. */
export function loudCases(title: string, cases: readonly [string, RegExp][], rules?: RuleFilter): void {
  describe(title, () => {
    for (const [text, want] of cases) {
      it(`still flagged: ${label(text)}`, () => {
        const got = loudFindings(text, rules);
        assert.ok(got.some((g) => want.test(g)), `expected ${want} in ${JSON.stringify(got)}`);
      });
    }
  });
}
