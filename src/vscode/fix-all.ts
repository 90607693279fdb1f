// Which edits a "fix all" applies: each finding's preferred fix, in order, skipping overlaps
// (the shared core applyFixes decides), refused when the result changes the Markdown structure.
import * as vscode from 'vscode';
import { applyFixes, markdownStructure, type Finding } from '../core/index';
import { toWorkspaceEdit } from './diagnostics';

export type FixAllPlan = { edit: vscode.WorkspaceEdit; count: number } | { refusal: string };

export function planFixAll(doc: vscode.TextDocument, findings: readonly Finding[]): FixAllPlan {
  const fixes = findings.filter((f) => f.fixes.length > 0).map((f) => f.fixes[0]);
  const text = doc.getText();
  const result = applyFixes(text, fixes);
  if (result.applied.length > 0 && markdownStructure(result.text) !== markdownStructure(text)) {
    return { refusal: 'the fixes would change the Markdown structure (headings, lists, links, tables or code)' };
  }
  const edit = new vscode.WorkspaceEdit();
  for (const fix of result.applied) toWorkspaceEdit(doc, fix.edits, edit);
  return { edit, count: result.applied.length };
}
