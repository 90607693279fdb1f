// Which edits a "fix all" applies: each finding's preferred fix, overlaps resolved as the CLI's
// --fix does (core selectFixes: earlier start, then longer range, then rule id), refused when the
// result changes the Markdown structure.
import * as vscode from 'vscode';
import { applyFixes, markdownStructure, selectFixes, type Finding } from '../core/index';
import { toWorkspaceEdit } from './diagnostics';

export type FixAllPlan = { edit: vscode.WorkspaceEdit; count: number } | { refusal: string };

export function planFixAll(doc: vscode.TextDocument, findings: readonly Finding[]): FixAllPlan {
  const fixes = selectFixes(findings).map((x) => x.fix);
  const text = doc.getText();
  const result = applyFixes(text, fixes);
  if (result.applied.length > 0 && markdownStructure(result.text) !== markdownStructure(text)) {
    return { refusal: 'the fixes would change the Markdown structure (headings, lists, links, tables or code)' };
  }
  const edit = new vscode.WorkspaceEdit();
  // result.edits, not each fix's own: removals that would strand an "or" between them are joined.
  toWorkspaceEdit(doc, result.edits, edit);
  return { edit, count: result.applied.length };
}
