// The editor's checklist rows and status-bar summary (plain data), the minimal front-matter edit,
// reviewer identity checks and the audit store shared by the CLI and the editor.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluate, postFacts, resolveTemplate, sign, tick, verifyAudit, writeState, type ChecklistTemplate } from '../../src/core/checklist/index';
import { minimalEdit } from '../../src/core/edits/minimal-edit';
import { auditPaths, auditTime, StoreError, withAudit, withAuditAsync } from '../../src/node/audit-store';
import { firstIdentity, identityProblem } from '../../src/node/identity';
import { checklistSummary, rowsFor, type Row } from '../../src/vscode/checklist-rows';

const TEMPLATE: ChecklistTemplate = resolveTemplate({
  requiredRoles: ['clinical'],
  items: [
    { id: 'educational-disclaimer', title: 'Disclaimer present', kind: 'auto', check: 'educational-disclaimer' },
    { id: 'authorization', title: 'Authorization on file', kind: 'manual' },
  ],
});
const POST = '---\ntitle: Knees\nauthor: Dr. A\nauthor_email: a@example.org\n---\n\nRest helps.\n\nThis post is general education, not medical advice.\n';
const REVIEWER = { name: 'Dr. B', email: 'b@example.org' };
const noImages = (): null => null;
const facts = (text: string) => postFacts(text, TEMPLATE, [], noImages);
const lines = (rows: Row[], depth = 0): string[] =>
  rows.flatMap((r) => [`${'  '.repeat(depth)}${r.checkbox ? `[${r.checkbox === 'checked' ? 'x' : ' '}] ` : ''}${r.label}${r.description ? ` — ${r.description}` : ''}`, ...lines(r.children ?? [], depth + 1)]);

describe('checklist view rows and status summary', () => {
  it('shows items with their state, the roles to sign, and "checklist n/m"', () => {
    const status = evaluate(facts(POST));
    assert.deepEqual(lines(rowsFor({ ok: true, status })), ['Not cleared — 1/2 items', 'Disclaimer present — pass', '[ ] Authorization on file — manual', 'Sign-offs — 0/1 roles', '  clinical: not signed']);
    assert.equal(checklistSummary({ ok: true, status }), 'checklist 1/2');
    const rows = rowsFor({ ok: true, status });
    assert.equal(rows[0].tooltip, 'Blocking:\n• item authorization is not done\n• no clinical sign-off');
    assert.equal(rows[2].contextValue, 'clearpost.item.open');
    assert.equal(rows[3].children?.[0].contextValue, 'clearpost.role.unsigned');
  });

  it('after a tick and a sign-off: cleared; one changed character makes the sign-off stale', () => {
    const ticked = writeState(POST, tick(facts(POST), 'authorization', REVIEWER, '2026-11-24T10:00:00Z', 'A-1'));
    assert.equal(checklistSummary({ ok: true, status: evaluate(facts(ticked)) }), 'checklist 2/2, signed 0/1');
    const signed = writeState(ticked, sign(facts(ticked), REVIEWER, 'clinical', '2026-11-24T10:05:00Z'));
    const cleared = evaluate(facts(signed));
    assert.equal(checklistSummary({ ok: true, status: cleared }), 'cleared');
    assert.deepEqual(lines(rowsFor({ ok: true, status: cleared })), [
      'Cleared for publication — 2/2 items',
      'Disclaimer present — pass',
      '[x] Authorization on file — manual · ticked',
      'Sign-offs — 1/1 roles',
      '  clinical: Dr. B — current',
    ]);
    const edited = signed.replace('Rest helps.', 'Rest helps!');
    const stale = evaluate(facts(edited));
    assert.equal(checklistSummary({ ok: true, status: stale }), 'checklist 2/2, signed 0/1');
    const row = rowsFor({ ok: true, status: stale })[3].children![0];
    assert.deepEqual([row.label, row.description, row.icon, row.contextValue], ['clinical: Dr. B', 'stale: body changed', 'warning', 'clearpost.role.unsigned']);
  });

  it('an unreadable checklist is one error row, and the status bar says so', () => {
    assert.deepEqual(lines(rowsFor({ ok: false, error: 'bad block' })), ['The checklist cannot be read — bad block']);
    assert.equal(checklistSummary({ ok: false, error: 'x' }), 'checklist: error');
    assert.equal(checklistSummary(undefined), undefined);
  });
});

describe('minimalEdit', () => {
  it('replaces only what differs, so a front-matter change leaves the body untouched', () => {
    const before = POST;
    const after = writeState(POST, tick(facts(POST), 'authorization', REVIEWER, '2026-11-24T10:00:00Z', 'A-1'));
    const e = minimalEdit(before, after);
    assert.equal(before.slice(0, e.start) + e.text + before.slice(e.end), after);
    assert.ok(e.end <= before.indexOf('\n---\n') + 1, 'the edit ends inside the front matter');
  });
  it('handles equal texts, insertions, deletions and repeated characters', () => {
    for (const [a, b] of [['abc', 'abc'], ['ab', 'aXb'], ['aXb', 'ab'], ['aaa', 'aaaa'], ['', 'x'], ['x', '']]) {
      const e = minimalEdit(a, b);
      assert.equal(a.slice(0, e.start) + e.text + a.slice(e.end), b, `${a} → ${b}`);
      assert.ok(e.start <= e.end);
    }
    assert.deepEqual(minimalEdit('abc', 'abc'), { start: 3, end: 3, text: '' });
  });
});

describe('reviewer identity', () => {
  it('takes each field from the first source that has it', () => {
    assert.deepEqual(firstIdentity({ name: ' Dr. B ' }, { name: 'Git Name', email: 'g@x.org' }), { name: 'Dr. B', email: 'g@x.org' });
    assert.equal(firstIdentity({ name: 'Only' }, {}), null);
  });
  it('validates "Name <email>"', () => {
    assert.equal(identityProblem('Dr. B <b@example.org>'), undefined);
    for (const bad of ['Dr. B', '<b@example.org>', 'Dr. B <not an email>', '']) assert.ok(identityProblem(bad), bad);
  });
  it('formats audit times as ISO 8601 UTC without milliseconds', () => {
    assert.equal(auditTime(new Date(Date.UTC(2026, 10, 24, 9, 8, 7, 654))), '2026-11-24T09:08:07Z');
  });
});

describe('audit store (shared by the CLI and the editor)', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'clearpost-store-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const entry = (n: number) => ({ event: 'tick' as const, time: `2026-11-24T10:00:0${n}Z`, post: 'p.md', name: 'Dr. B', email: 'b@example.org', item: 'authorization', contentHash: 'sha256:00' });
  const read = () => {
    const p = auditPaths(root);
    return { log: fs.existsSync(p.log) ? fs.readFileSync(p.log, 'utf8') : null, head: fs.existsSync(p.head) ? fs.readFileSync(p.head, 'utf8') : null };
  };

  it('appends chained records after an async change, and releases the lock', async () => {
    let ran = 0;
    await withAuditAsync(root, entry(1), async () => {
      ran++;
    });
    withAudit(root, entry(2), () => {
      ran++;
    });
    await withAuditAsync(root, entry(3), async () => {
      ran++;
    });
    assert.equal(ran, 3);
    const { log, head } = read();
    assert.deepEqual(verifyAudit(log, head), { ok: true, records: 3, line: null, reason: null });
    assert.equal(fs.existsSync(auditPaths(root).lock), false);
  });

  it('appends nothing when the change fails, and still releases the lock', async () => {
    await withAuditAsync(root, entry(1), async () => undefined);
    await assert.rejects(
      withAuditAsync(root, entry(2), async () => {
        throw new StoreError('the editor refused the edit');
      }),
      /refused/,
    );
    assert.equal(verifyAudit(read().log, read().head).records, 1);
    assert.equal(fs.existsSync(auditPaths(root).lock), false);
  });

  it('refuses to run the change when the log was tampered with', async () => {
    await withAuditAsync(root, entry(1), async () => undefined);
    const p = auditPaths(root);
    fs.writeFileSync(p.log, fs.readFileSync(p.log, 'utf8').replace('authorization', 'disclosures'));
    let ran = false;
    await assert.rejects(
      withAuditAsync(root, entry(2), async () => {
        ran = true;
      }),
      (e: Error) => e instanceof StoreError && /damaged at line 1/.test(e.message),
    );
    assert.equal(ran, false);
  });
});
