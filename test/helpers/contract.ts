// Checks that a finding honours design.md §2 exactly: used by the registry and fixture tests.
import assert from 'node:assert/strict';
import { CATEGORIES, SEVERITIES, RULES, type Finding } from '../../src/core/index';

const FINDING_KEYS = ['ruleId', 'category', 'severity', 'message', 'range', 'url', 'note', 'related', 'fixes'];

function checkPoint(p: unknown, source: string, what: string): void {
  assert.ok(p && typeof p === 'object', `${what} is an object`);
  const pt = p as { line: number; column: number; offset: number };
  assert.deepEqual(Object.keys(pt).sort(), ['column', 'line', 'offset'], `${what} has line, column, offset`);
  assert.ok(Number.isInteger(pt.line) && pt.line >= 1, `${what}.line is 1-based`);
  assert.ok(Number.isInteger(pt.column) && pt.column >= 1, `${what}.column is 1-based`);
  assert.ok(Number.isInteger(pt.offset) && pt.offset >= 0 && pt.offset <= source.length, `${what}.offset within the source`);
  // line/column must agree with the offset.
  const before = source.slice(0, pt.offset);
  const lines = before.split(/\r\n|\r|\n/);
  assert.equal(pt.line, lines.length, `${what}.line agrees with offset ${pt.offset}`);
  assert.equal(pt.column, lines[lines.length - 1].length + 1, `${what}.column agrees with offset ${pt.offset}`);
}

/** Assert that `f` is a contract-conforming finding for `source`. */
export function assertFindingContract(f: Finding, source: string): void {
  assert.deepEqual(Object.keys(f).sort(), [...FINDING_KEYS].sort(), 'finding has exactly the contract fields');
  assert.match(f.ruleId, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'ruleId is kebab-case');
  const rule = RULES.find((r) => r.meta.id === f.ruleId);
  assert.ok(rule, `ruleId ${f.ruleId} is registered`);
  assert.ok((CATEGORIES as readonly string[]).includes(f.category), `category ${f.category} is in the fixed set`);
  assert.equal(f.category, rule.meta.category, 'category matches the rule');
  assert.ok((SEVERITIES as readonly string[]).includes(f.severity), `severity ${f.severity} is valid`);
  assert.ok(typeof f.message === 'string' && f.message.length > 10 && !f.message.includes('\n'), 'message is one line');
  checkPoint(f.range.start, source, 'range.start');
  checkPoint(f.range.end, source, 'range.end');
  assert.ok(f.range.end.offset >= f.range.start.offset, 'range is ordered');
  assert.ok(f.url.endsWith(`/${f.ruleId}.md`), 'url points at docs/rules/<id>.md');
  assert.ok(typeof f.note === 'string' && f.note.length > 10, 'note gives the rationale and source');
  assert.ok(Array.isArray(f.related));
  for (const r of f.related) {
    assert.equal(typeof r.message, 'string');
    checkPoint(r.range.start, source, 'related.start');
    checkPoint(r.range.end, source, 'related.end');
  }
  assert.ok(Array.isArray(f.fixes));
  for (const fix of f.fixes) {
    assert.deepEqual(Object.keys(fix).sort(), ['edits', 'title']);
    assert.ok(fix.title.length > 0);
    assert.ok(fix.edits.length > 0, 'a fix has at least one edit');
    for (const e of fix.edits) {
      assert.deepEqual(Object.keys(e).sort(), ['end', 'start', 'text']);
      assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start <= e.end && e.end <= source.length, 'edit within source');
    }
  }
}
