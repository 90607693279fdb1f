// planFixes refuses fixes that would change the Markdown structure or break the front matter.
import assert from 'node:assert/strict';
import { lint, parseConfig, type Finding } from '../../src/core/index';
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
    assert.equal(plan.text, 'Write now.\n');
    assert.deepEqual(plan.applied.map((a) => a.fix.title), ['Remove the email address']);
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
