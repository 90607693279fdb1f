// Status bar item for the active post: counts by severity and the checklist state; a click opens
// the Problems view.
import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import { Linter, type LintedVersion } from './linter';

export function statusText(linted: LintedVersion | undefined, checklist?: string): string {
  if (!linted) return 'Clearpost';
  const n = [0, 0, 0, 0];
  for (const d of linted.diagnostics) n[d.severity]++;
  const parts: string[] = [];
  const plural = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  if (n[vscode.DiagnosticSeverity.Error]) parts.push(plural(n[vscode.DiagnosticSeverity.Error], 'error', 'errors'));
  if (n[vscode.DiagnosticSeverity.Warning]) parts.push(plural(n[vscode.DiagnosticSeverity.Warning], 'warning', 'warnings'));
  if (n[vscode.DiagnosticSeverity.Information]) parts.push(plural(n[vscode.DiagnosticSeverity.Information], 'info', 'infos'));
  if (n[vscode.DiagnosticSeverity.Hint]) parts.push(plural(n[vscode.DiagnosticSeverity.Hint], 'hint', 'hints'));
  return `Clearpost: ${parts.length ? parts.join(', ') : 'no findings'}${checklist ? ` · ${checklist}` : ''}`;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clearpost.status', vscode.StatusBarAlignment.Left, 10);

  constructor(
    private readonly linter: Linter,
    /** The checklist state of a post for the status bar ("checklist 5/7", "cleared"), if known. */
    private readonly checklist: (uri: vscode.Uri) => string | undefined = () => undefined,
  ) {
    this.item.name = 'Clearpost';
    this.item.command = COMMANDS.showProblems;
    this.item.tooltip = 'Clearpost findings and checklist state of this post. Click to open the Problems view (type "clearpost" in its filter to see only these).';
  }

  /** Show the counts for the active editor's post, or hide for anything else. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !Linter.isPost(doc)) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(this.linter.lastKnown(doc.uri), this.checklist(doc.uri));
    this.item.show();
  }

  /** The current text, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
