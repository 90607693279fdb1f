// Command handlers, one per command id. They receive the document's URI (never "the active
// editor") so an action always edits the document its diagnostic belongs to.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addToAllowList } from '../core/edits/allow-list';
import { BUILTIN, COMMANDS, type CommandHandlers } from './constants';
import { planFixAll } from './fix-all';
import { inFrontMatter } from './code-actions';
import type { Linter } from './linter';
import { readSettings } from './settings';

async function documentFor(uri: vscode.Uri | string): Promise<vscode.TextDocument> {
  const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? vscode.workspace.openTextDocument(u);
}

/** A reason fit for an HTML comment directive: one line, no comment terminators, no "--" separator. */
export function cleanReason(reason: string): string {
  return reason.replace(/[\r\n]+/g, ' ').replace(/-->/g, '').replace(/--+/g, '-').replace(/\s+/g, ' ').trim();
}

export function registerCommands(linter: Linter, log: vscode.LogOutputChannel): CommandHandlers {
  /** clearpost.applyFixAll(uri, version): applies the preferred fixes; refuses on a changed version. */
  const applyFixAll = async (uri?: vscode.Uri | string, version?: number): Promise<boolean> => {
    // From the command palette (no arguments): the active post.
    const active = vscode.window.activeTextEditor?.document;
    const doc = uri ? await documentFor(uri) : active;
    if (!doc) return false;
    if (version !== undefined && doc.version !== version) {
      log.info(`fix-all refused: document changed (v${version} offered, v${doc.version} now)`);
      return false;
    }
    const linted = linter.current(doc);
    if (!linted) return false;
    const plan = planFixAll(doc, linted.findings);
    if ('refusal' in plan) {
      void vscode.window.showWarningMessage(`Clearpost did not fix the file: ${plan.refusal}.`);
      return false;
    }
    if (plan.count === 0) return true;
    const ok = await vscode.workspace.applyEdit(plan.edit);
    log.info(`fix-all applied ${plan.count} fix(es): ${ok ? 'ok' : 'rejected by the editor'}`);
    return ok;
  };

  /** clearpost.ignoreOnce(uri, ruleId, line[, reason]): inserts a disable-next-line directive with a reason. */
  const ignoreOnce = async (uri: vscode.Uri | string, ruleId: string, line: number, givenReason?: string): Promise<boolean> => {
    const doc = await documentFor(uri);
    const reason =
      givenReason ??
      (await vscode.window.showInputBox({
        title: `Ignore ${ruleId} once`,
        prompt: 'Why is this acceptable here? The reason is kept in the post as a hidden HTML comment for reviewers.',
        placeHolder: 'e.g. the patient signed authorization A-2026-031',
        ignoreFocusOut: true,
        validateInput: (v) => (cleanReason(v) ? undefined : 'A reason is required.'),
      }));
    if (reason === undefined || !cleanReason(reason) || line < 0 || line >= doc.lineCount || inFrontMatter(doc, line)) return false;
    const directive = `<!-- clearpost-disable-next-line ${ruleId} -- ${cleanReason(reason)} -->`;
    const edit = new vscode.WorkspaceEdit();
    const prev = line > 0 ? doc.lineAt(line - 1) : undefined;
    const own = !prev || prev.isEmptyOrWhitespace || /^\s*(```|~~~|---\s*$)/.test(prev.text) || inFrontMatter(doc, line - 1);
    if (own) {
      // First line of a block: the comment goes on its own line (an HTML block) just above it.
      const indent = /^\s*/.exec(doc.lineAt(line).text)?.[0] ?? '';
      edit.insert(doc.uri, new vscode.Position(line, 0), `${indent}${directive}${doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}`);
    } else {
      // Inside a paragraph or list: a new line would split it, so end the previous line with the comment.
      edit.insert(doc.uri, prev.range.end, ` ${directive}`);
    }
    return vscode.workspace.applyEdit(edit);
  };

  /** clearpost.addToAllowList(uri, term): appends term to allow: in the post's .clearpost.yml (created when missing). */
  const addTerm = async (uri: vscode.Uri | string, term: string): Promise<boolean> => {
    const post = await documentFor(uri);
    const linted = linter.current(post);
    const folder = vscode.workspace.getWorkspaceFolder(post.uri) ?? vscode.workspace.workspaceFolders?.[0];
    const configured = readSettings(post.uri).configFile;
    const file =
      linted?.configFile ??
      (configured && folder ? path.resolve(folder.uri.fsPath, configured) : undefined) ??
      (folder ? path.join(folder.uri.fsPath, '.clearpost.yml') : post.uri.scheme === 'file' ? path.join(path.dirname(post.uri.fsPath), '.clearpost.yml') : undefined);
    if (!file) {
      void vscode.window.showWarningMessage('Clearpost: open a folder to keep an allow-list.');
      return false;
    }
    const configUri = vscode.Uri.file(file);
    const edit = new vscode.WorkspaceEdit();
    let result;
    if (fs.existsSync(file)) {
      const config = await documentFor(configUri);
      result = addToAllowList(config.getText(), term);
      if (result.ok && result.changed) edit.replace(configUri, new vscode.Range(config.positionAt(0), config.positionAt(config.getText().length)), result.text);
    } else {
      result = addToAllowList('', term);
      if (result.ok) {
        edit.createFile(configUri, { ignoreIfExists: true });
        edit.insert(configUri, new vscode.Position(0, 0), result.text);
      }
    }
    if (!result.ok) {
      void vscode.window.showWarningMessage(`Clearpost could not change ${path.basename(file)}: ${result.reason}`);
      return false;
    }
    if (!result.changed) return true;
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    // Saving re-lints every open post (onDidSaveTextDocument).
    const saved = await (await documentFor(configUri)).save();
    log.info(`allow-list: one term added to ${path.basename(file)}`);
    return saved;
  };

  const openDocumentation = async (url: string): Promise<boolean> => vscode.env.openExternal(vscode.Uri.parse(url));

  /** Status bar click: the Problems view, with its filter focused (type "clearpost" to narrow it). */
  const showProblems = async (): Promise<void> => {
    await vscode.commands.executeCommand(BUILTIN.problemsFocus);
    await vscode.commands.executeCommand(BUILTIN.problemsFilter);
  };

  /** Re-check the active post from scratch: configuration and referenced images are read again. */
  const lintActive = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc) linter.relint(doc);
  };

  return {
    [COMMANDS.applyFixAll]: applyFixAll,
    [COMMANDS.ignoreOnce]: ignoreOnce,
    [COMMANDS.addToAllowList]: addTerm,
    [COMMANDS.openDocumentation]: openDocumentation,
    [COMMANDS.showProblems]: showProblems,
    [COMMANDS.lintActive]: lintActive,
  };
}
