// Shared helpers for the in-host suite. Every wait is bounded.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClearpostApi } from '../../../src/vscode/extension';
import { DIAGNOSTIC_SOURCE, EXTENSION_ID } from '../../../src/vscode/constants';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function workspaceFile(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace folder');
  return vscode.Uri.file(path.join(folder.uri.fsPath, ...parts));
}

/** Poll fn until it returns a truthy value; throws after ms. */
export async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (let i = 0; ; i++) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(Math.min(200, 20 + i * 10));
  }
}

/** The rules the fixtures exercise; other rules (the catalog grows) are left out of the assertions. */
export const RULES_UNDER_TEST: readonly string[] = ['email-address', 'phone-number', 'exact-age', 'age-over-89', 'stigma-terms'];

export function ruleOf(d: vscode.Diagnostic): string {
  return String((d.code as { value: string | number }).value);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && RULES_UNDER_TEST.includes(ruleOf(d)));
}

/** Resolves at the next onDidChangeDiagnostics for uri whose Clearpost diagnostics satisfy accept. */
export function nextDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = () => true, ms = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const d = ours(uri);
      if (!accept(d)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching diagnostics for ${path.basename(uri.fsPath)} within ${ms} ms (have ${ours(uri).length})`));
    }, ms);
  });
}

/** The Clearpost diagnostics of uri once they satisfy accept (now, or at a later change). */
export async function diagnosticsMatching(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, ms = 15_000): Promise<vscode.Diagnostic[]> {
  const pending = nextDiagnostics(uri, accept, ms);
  const now = ours(uri);
  if (accept(now)) {
    pending.catch(() => undefined);
    return now;
  }
  return pending;
}

/** Open a post, wait for its diagnostics (through onDidChangeDiagnostics when they are not there yet). */
export async function openPost(uri: vscode.Uri, expectCount: number): Promise<{ doc: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const pending = nextDiagnostics(uri, (d) => d.length === expectCount);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await api();
  const already = ours(uri);
  const diagnostics = already.length === expectCount ? already : await pending;
  pending.catch(() => undefined);
  return { doc, diagnostics: [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start)) };
}

export async function api(): Promise<ClearpostApi> {
  const ext = vscode.extensions.getExtension<ClearpostApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Plain shape of a diagnostic, for whole-object assertions. */
export function shape(d: vscode.Diagnostic): Record<string, unknown> {
  const code = d.code as { value: string; target: vscode.Uri };
  return {
    range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
    severity: vscode.DiagnosticSeverity[d.severity],
    source: d.source,
    code: code.value,
    target: code.target.toString(),
    message: d.message,
  };
}

/** Code actions the workbench computes for a range; polls because its marker copy arrives a bit later. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string, accept: (a: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  return waitFor(`code actions (${kind})`, async () => {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
    return accept(actions) ? actions : undefined;
  });
}

/** Revert unsaved changes (closing a dirty editor would open a save prompt) and close every editor. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty).slice(0, 50)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
