// planFixes refuses fixes that would change the Markdown structure or break the front matter.
import assert from 'node:assert/strict';
import { applyFixes, fixOnlyMatches, lint, parseConfig, parseFixOnly, selectFixes, type Finding } from '../../src/core/index';
import { planFixes } from '../../src/cli/fix';

const NOW = new Date('2026-11-24T12:00:00Z');
// The document-level disclaimer check is not what these tests are about.
const OPTIONS = { now: NOW, config: parseConfig('rules:\n  missing-disclosure: off\n').config };

/** A finding shaped like a rule's, carrying a hand-made (possibly harmful) fix. */
function fakeFinding(start: number, end: number, text: string): Finding {
  const base = lint('Write to a@example.com now.\n', { now: NOW }).findings[0];
  return { ...base, range: { start: { ...base.range.start, offset: start }, end: { ...base.range.end, offset: end } }, fixes: [{ title: 'test fix', edits: [{ start, end, text }] }] };
}

describe('planFixes (--fix safety)', () => {
  it('applies safe fixes and returns what remains', () => {
    const text = 'Write to a@example.com now.\n';
    const plan = planFixes(text, lint(text, OPTIONS).findings, OPTIONS);
    assert.equal(plan.refusal, null);
    // "Write now." would leave the verb without its object: the address becomes the practice.
    assert.equal(plan.text, 'Write to our office now.\n');
    assert.deepEqual(plan.applied.map((a) => a.fix.title), ['Replace with “our office”']);
    assert.deepEqual(plan.remaining, []);
  });

  it('refuses a fix that would cut a link apart', () => {
    const text = 'See [the guide](https://example.org/guide) today.\n';
    // Deleting "](" turns the link into plain text.
    const plan = planFixes(text, [fakeFinding(14, 16, '')], OPTIONS);
    assert.equal(plan.refusal, 'they would change the Markdown structure (headings, lists, links, tables or code)');
    assert.equal(plan.text, text);
    assert.deepEqual(plan.applied, []);
  });

  it('refuses a fix that would turn a paragraph into a heading', () => {
    const text = 'Intro\n\nThe body of the post.\n';
    const plan = planFixes(text, [fakeFinding(7, 7, '# ')], { now: NOW });
    assert.notEqual(plan.refusal, null);
    assert.equal(plan.text, text);
  });

  it('refuses a fix that would break the YAML front matter', () => {
    const text = '---\ntitle: "Flu shots"\n---\n\nBody.\n';
    const plan = planFixes(text, [fakeFinding(21, 22, "")], OPTIONS);
    assert.equal(plan.refusal, 'they would break the YAML front matter');
    assert.equal(plan.text, text);
  });
});

describe('selecting fixes by rule or category (--fix-only)', () => {
  const text = 'We saw a 67-year-old man. Write to r.lindqvist@example.com or call 555-867-5309.\n';
  const findings = lint(text, OPTIONS).findings;

  it('planFixes fixes only the selected rules', () => {
    assert.equal(planFixes(text, findings, OPTIONS, ['email-address']).text, 'We saw a 67-year-old man. Write to our office or call 555-867-5309.\n');
    assert.equal(planFixes(text, findings, OPTIONS, ['phi.contact']).text, 'We saw a 67-year-old man. Write to our office or call.\n');
    assert.equal(planFixes(text, findings, OPTIONS, ['phi.']).text, 'We saw a man in his 60s. Write to our office or call.\n');
    assert.equal(planFixes(text, findings, OPTIONS, []).text, 'We saw a man in his 60s. Write to our office or call.\n');
    assert.equal(planFixes(text, findings, OPTIONS, ['language.stigma']).text, text);
  });

  it('parseFixOnly splits, lowercases, de-duplicates and validates against the registry', () => {
    assert.deepEqual(parseFixOnly(['exact-age, phi.age', 'PHI.', 'exact-age']), { only: ['exact-age', 'phi.age', 'phi.'], errors: [] });
    assert.deepEqual(parseFixOnly(['phi']).errors, ['"phi" is not a rule id, a category or a category prefix such as "phi."']);
    assert.deepEqual(parseFixOnly(['zzz.']).only, []);
    assert.equal(parseFixOnly(['']).errors.length, 1);
  });

  it('fixOnlyMatches by rule id, category or prefix', () => {
    const f = { ruleId: 'exact-age', category: 'phi.age' as const };
    assert.deepEqual(['exact-age', 'phi.age', 'phi.', 'phi.date', 'case.', 'age'].map((s) => fixOnlyMatches(f, [s])), [true, true, true, false, false, false]);
    assert.equal(fixOnlyMatches(f, []), true);
  });

  it('resolves overlapping fixes deterministically: earlier start, then longer range, then rule id', () => {
    const mk = (ruleId: string, start: number, end: number): Finding => ({ ...findings[0], ruleId, fixes: [{ title: ruleId, edits: [{ start, end, text: 'X' }] }] });
    const given = [mk('b-rule', 5, 9), mk('z-rule', 2, 6), mk('c-rule', 2, 8), mk('a-rule', 5, 9), mk('d-rule', 2, 8)];
    const order = (fs: Finding[]): string[] => selectFixes(fs).map((x) => x.finding.ruleId);
    assert.deepEqual(order(given), ['c-rule', 'd-rule', 'z-rule', 'a-rule', 'b-rule']);
    // The same whatever order the findings come in.
    assert.deepEqual(order([...given].reverse()), order(given));
    const plan = applyFixes('0123456789ABC', selectFixes(given).map((x) => x.fix));
    assert.deepEqual(plan.applied.map((f) => f.title), ['c-rule']);
    assert.equal(plan.text, '01X89ABC');
  });
});
