// A rule that throws must not crash the lint, hide other rules' findings, or let the post pass:
// the engine reports rule-failed (an error that configuration and directives cannot hide).
import assert from 'node:assert/strict';
import { lint, LintSession, RULES, parseConfig, type Rule, type Finding } from '../../src/core/index';
import { CHECKS } from '../../src/core/checklist/checks';
import type { BlockRule, DocumentRule } from '../../src/core/rule';
import { assertFindingContract } from '../helpers/contract';

const email = RULES.find((r) => r.meta.id === 'email-address') as Rule;

/** A block rule that reports "bang" twice as findings and throws on any block containing "boom". */
const exploding: BlockRule = {
  scope: 'block',
  meta: { id: 'exploding', category: 'phi.name', defaultSeverity: 'warning', description: 'Test rule that throws.', note: 'Only for the isolation tests of the engine.' },
  check(block, _env, report) {
    for (let i = block.text.indexOf('bang'); i >= 0; i = block.text.indexOf('bang', i + 1)) report({ start: i, end: i + 4, message: 'A bang was found here.' });
    if (block.text.includes('boom')) throw new Error(`cannot handle ${block.text}`);
  },
  checkTarget(target) {
    if (target.url.includes('boom')) throw new TypeError('bad target');
  },
};

const docThrows: DocumentRule = {
  scope: 'document',
  meta: { id: 'doc-throws', category: 'disclosure.missing', defaultSeverity: 'warning', description: 'Test document rule that throws.', note: 'Only for the isolation tests of the engine.' },
  check(doc, _env, report) {
    report({ start: 0, end: 1, message: 'A partial judgement about the post.' });
    if (doc.source.includes('boom')) throw new Error('document failure');
  },
};

const failures = (fs: Finding[]): Finding[] => fs.filter((f) => f.ruleId === 'rule-failed');

describe('rule isolation (rule-failed)', () => {
  const text = 'Write to jane@example.com about it.\n\nThe bang and boom of Jane Doe, 67.\n\nAnother bang here.\n';

  it('reports a throwing block rule on the block it failed on and keeps every other finding', () => {
    const { findings } = lint(text, { rules: [email, exploding, RULES.find((r) => r.meta.id === 'rule-failed') as Rule] });
    for (const f of failures(findings)) assertFindingContract(f, text);
    const failed = failures(findings);
    assert.equal(failed.length, 1);
    const para = text.indexOf('The bang');
    assert.deepEqual([failed[0].range.start.offset, failed[0].range.end.offset], [para, text.indexOf('\n', para)]);
    assert.equal(failed[0].severity, 'error');
    assert.equal(failed[0].category, 'config');
    assert.match(failed[0].message, /^Rule exploding failed on this passage \(Error at [^)]*rule-isolation\.test\.ts:\d+:\d+\)/);
    // The error's own message quotes the post: it must not reach the finding.
    assert.ok(!failed[0].message.includes('Jane') && !failed[0].note.includes('Jane'));
    // The other rule, and the throwing rule's findings in its other blocks and before the throw, remain.
    assert.deepEqual(
      findings.filter((f) => f.ruleId !== 'rule-failed').map((f) => [f.ruleId, text.slice(f.range.start.offset, f.range.end.offset)]),
      [
        ['email-address', 'jane@example.com'],
        ['exploding', 'bang'],
        ['exploding', 'bang'],
      ],
    );
  });

  it('reports a throwing link check at the link', () => {
    const src = 'See [the page](https://boom.example.com/x) for more.\n';
    const { findings } = lint(src, { rules: [exploding] });
    const failed = failures(findings);
    assert.equal(failed.length, 1);
    assert.equal(src.slice(failed[0].range.start.offset, failed[0].range.end.offset), '[the page](https://boom.example.com/x)');
    assert.match(failed[0].message, /failed on this link or image \(TypeError/);
  });

  it('drops a throwing document rule’s partial judgement and reports it at the start of the post', () => {
    const { findings } = lint('All fine.\n\nboom\n', { rules: [docThrows] });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.severity]), [['rule-failed', 1, 1, 'error']]);
    assert.match(findings[0].message, /^Rule doc-throws failed on the post/);
    // Without the trigger the same rule reports normally.
    assert.deepEqual(lint('All fine.\n', { rules: [docThrows] }).findings.map((f) => f.ruleId), ['doc-throws']);
  });

  it('a report without numeric offsets is a failure, not a finding at NaN', () => {
    const nan: BlockRule = { ...exploding, meta: { ...exploding.meta, id: 'nan-offsets' }, check: (_b, _e, report) => report({ start: NaN, end: 3, message: 'Broken report of a rule.' }) };
    const src = 'Some prose.\n';
    const { findings } = lint(src, { rules: [nan] });
    assert.deepEqual(findings.map((f) => f.ruleId), ['rule-failed']);
    assertFindingContract(findings[0], src);
    assert.match(findings[0].message, /RangeError/);
  });

  it('cannot be turned off, downgraded or suppressed', () => {
    const parsed = parseConfig('categories:\n  config: "off"\nrules:\n  rule-failed: "off"\n');
    // Naming it in the configuration is itself a problem, at the key.
    assert.deepEqual(parsed.problems.map((p) => p.message), ['Rule "rule-failed" cannot be configured: it always reports as an error.']);
    const config = parsed.config;
    const src = '<!-- clearpost-disable all -- testing -->\n\nboom\n';
    const { findings, suppressed } = lint(src, { config, rules: [exploding] });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['rule-failed', 'error']]);
    assert.deepEqual(suppressed, []);
  });

  it('keeps the post from passing the no-error-findings check', () => {
    const { findings } = lint('boom\n', { rules: [exploding] });
    const result = CHECKS['no-error-findings']({ findings, prose: 'boom', images: [] });
    assert.equal(result.status, 'fail');
    assert.match(result.note, /rule-failed/);
  });

  it('LintSession: incremental re-lints report the failure exactly as a full lint does', () => {
    const session = new LintSession({ rules: [email, exploding] });
    let doc = text;
    const steps = [
      (d: string) => d.replace('Another bang', 'Another bang!'),
      (d: string) => d.replace('boom', 'bloom'),
      (d: string) => d.replace('bloom', 'boom'),
      (d: string) => d.replace('jane@', 'janet@'),
    ];
    const shape = (fs: Finding[]) => fs.map((f) => `${f.ruleId}@${f.range.start.offset}-${f.range.end.offset}`);
    assert.deepEqual(shape(session.lint(doc).findings), shape(lint(doc, { rules: [email, exploding] }).findings));
    const modes: string[] = [];
    for (const step of steps) {
      doc = step(doc);
      const got = session.lint(doc).findings;
      modes.push(session.lastMode);
      assert.deepEqual(shape(got), shape(lint(doc, { rules: [email, exploding] }).findings));
    }
    assert.deepEqual(modes, ['incremental', 'incremental', 'incremental', 'incremental']);
    assert.equal(failures(session.lint(doc).findings).length, 1);
  });

  it('the built-in rules do not fail on hostile prose', () => {
    const hostile = ['constructor __proto__ toString hasOwnProperty valueOf', '\u0000\uFFFF\uD800 lone surrogate', 'a'.repeat(5000), '# \n\n> \n\n- \n\n| a |\n|---|\n| |\n'].join('\n\n');
    assert.deepEqual(failures(lint(hostile).findings), []);
  });
});
