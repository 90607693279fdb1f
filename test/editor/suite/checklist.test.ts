// The Compliance checklist view and its commands in a real extension host: tick a manual item,
// refuse the author's sign-off, sign as a reviewer, see the sign-off go stale after a one-character
// edit, and verify (then catch tampering in) the audit log.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Row } from '../../../src/vscode/checklist-view';
import { COMMANDS } from '../../../src/vscode/constants';
import { api, closeAll, waitFor, workspaceFile } from './helpers';

const REVIEWER = 'Dr. Ben Ade <ben.ade@example.org>';
const AUTHOR = 'Dr. Maya Okonkwo <maya@example.org>';

/** Label, description, checkbox and icon of each row, children indented: what a reviewer sees. */
function render(rows: Row[], depth = 0): string[] {
  return rows.flatMap((r) => [
    `${'  '.repeat(depth)}${r.checkbox ? (r.checkbox === 'checked' ? '[x] ' : '[ ] ') : ''}${r.label}${r.description ? ` — ${r.description}` : ''}${r.icon ? ` (${r.icon})` : ''}`,
    ...render(r.children ?? [], depth + 1),
  ]);
}

describe('Compliance checklist view and commands', function () {
  this.timeout(60_000);
  const post = workspaceFile('reviewed', 'post.md');
  const auditDir = workspaceFile('reviewed', '.clearpost');
  let original = '';

  before(() => {
    original = fs.readFileSync(post.fsPath, 'utf8');
    fs.rmSync(auditDir.fsPath, { recursive: true, force: true });
  });
  after(async () => {
    await closeAll();
    fs.writeFileSync(post.fsPath, original);
    fs.rmSync(auditDir.fsPath, { recursive: true, force: true });
  });

  const auditLines = (): string[] => {
    const f = path.join(auditDir.fsPath, 'audit.jsonl');
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : [];
  };
  const rows = async (accept: (lines: string[]) => boolean, what: string): Promise<string[]> => {
    const a = await api();
    return waitFor(what, () => {
      const lines = render(a.checklistRows());
      return accept(lines) ? lines : undefined;
    });
  };

  it('shows the active post\'s items, their state and the roles still to sign, and the status bar counts them', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    const lines = await rows((l) => l.length > 0, 'checklist rows');
    assert.deepEqual(lines, [
      'Not cleared — 1/2 items (shield)',
      'Educational disclaimer present — pass (pass)',
      '[ ] Patient authorization on file — manual',
      'Sign-offs — 0/1 roles',
      '  clinical: not signed (circle-large-outline)',
    ]);
    const a = await api();
    await waitFor('status bar with the checklist', () => a.statusText().endsWith('checklist 1/2'));
    assert.equal(a.statusText(), 'Clearpost: no findings · checklist 1/2');
  });

  it('ticks a manual item with a note: front matter written and saved, one audit record', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.tickItem, post, 'authorization', 'A-2026-031, covers this blog', REVIEWER), true);
    const onDisk = fs.readFileSync(post.fsPath, 'utf8');
    assert.equal(doc.isDirty, false);
    assert.equal(doc.getText(), onDisk);
    // Everything outside the clearpost: block is byte for byte what it was (comment and quoting kept).
    assert.ok(onDisk.startsWith('---\ntitle: "Knee pain in runners"   # shown as the page title\nauthor: Dr. Maya Okonkwo\nauthor_email: maya@example.org\nclearpost:\n'), onDisk);
    assert.ok(onDisk.endsWith(original.slice(original.indexOf('\n---\n'))), 'body unchanged');
    assert.match(onDisk, /note: A-2026-031, covers this blog/);
    const records = auditLines().map((l) => JSON.parse(l));
    assert.equal(records.length, 1);
    assert.equal(records[0].event, 'tick');
    assert.equal(records[0].item, 'authorization');
    assert.equal(records[0].post, 'post.md');
    assert.ok(!auditLines()[0].includes('A-2026-031'), 'the audit log holds the note\'s hash, never its text');
    const lines = await rows((l) => l.some((x) => x.startsWith('[x] ')), 'ticked row');
    assert.equal(lines[2], '[x] Patient authorization on file — manual · ticked');
    const a = await api();
    await waitFor('status bar after the tick', () => a.statusText().endsWith('checklist 2/2, signed 0/1'));
  });

  it('refuses the author\'s own sign-off and writes nothing', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    const before = fs.readFileSync(post.fsPath, 'utf8');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.signOff, post, 'clinical', AUTHOR), false);
    assert.equal(fs.readFileSync(post.fsPath, 'utf8'), before);
    assert.equal(auditLines().length, 1);
  });

  it('signs off as a reviewer: the post is cleared; a one-character edit makes the sign-off stale', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.signOff, post, 'clinical', REVIEWER), true);
    assert.equal(auditLines().length, 2);
    assert.equal(JSON.parse(auditLines()[1]).event, 'signoff');
    const cleared = await rows((l) => l[0]?.startsWith('Cleared'), 'cleared summary');
    assert.deepEqual(cleared.slice(3), ['Sign-offs — 1/1 roles', '  clinical: Dr. Ben Ade — current (verified-filled)']);
    const a = await api();
    await waitFor('status bar: cleared', () => a.statusText().endsWith('· cleared'));

    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('Most knee pain'));
    assert.ok(line > 0);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'x')));
    const stale = await rows((l) => l.some((x) => x.includes('stale')), 'stale sign-off');
    assert.deepEqual(stale.slice(3), ['Sign-offs — 0/1 roles', '  clinical: Dr. Ben Ade — stale: body changed (warning)']);
    assert.equal(stale[0], 'Not cleared — 2/2 items (shield)');
    await waitFor('status bar: stale', () => a.statusText().endsWith('checklist 2/2, signed 0/1'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await rows((l) => l[0]?.startsWith('Cleared'), 'cleared again after the revert');
  });

  it('verifies the audit log and names the first broken record after tampering', async () => {
    const doc = await vscode.workspace.openTextDocument(post);
    await vscode.window.showTextDocument(doc);
    const ok = await vscode.commands.executeCommand<{ ok: boolean; records: number }>(COMMANDS.verifyAudit, post);
    assert.deepEqual([ok?.ok, ok?.records], [true, 2]);
    const log = path.join(auditDir.fsPath, 'audit.jsonl');
    fs.writeFileSync(log, fs.readFileSync(log, 'utf8').replace('"tick"', '"untick"'));
    const broken = await vscode.commands.executeCommand<{ ok: boolean; line: number }>(COMMANDS.verifyAudit, post);
    assert.deepEqual([broken?.ok, broken?.line], [false, 1]);
    // A damaged log refuses further changes: nothing is written to the post.
    const before = fs.readFileSync(post.fsPath, 'utf8');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.untickItem, post, 'authorization', REVIEWER), false);
    assert.equal(fs.readFileSync(post.fsPath, 'utf8'), before);
  });
});
