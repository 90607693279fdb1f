// Code actions, per Clearpost diagnostic and in this order (as vscode-eslint does): the preferred
// fix, the other rungs of the fix ladder, "Ignore once…", "Add to the allow-list", "Fix all <rule>
// in file", "Fix all <category> in file", "Open documentation"; plus source.fixAll.clearpost for the
// whole file. Every edit
// targets the diagnostic's own document, never the active editor.
import * as vscode from 'vscode';
import type { Finding } from '../core/index';
import { COMMANDS } from './constants';
import { ruleIdOf, toRange, toWorkspaceEdit } from './diagnostics';
import { planFixAll } from './fix-all';
import type { Linter, LintedVersion } from './linter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('clearpost');

/** Categories whose matches can be legitimately public (the author's own name, number, town…). */
const ALLOWABLE = new Set(['phi.name', 'phi.location', 'phi.contact', 'phi.web', 'phi.id']);

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.latest(doc);
    if (!linted) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      if (linted.findings.some((f) => f.fixes.length > 0)) actions.push(fixAllAction(linted));
      return actions;
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return actions;
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const finding = linted.findings.find((f) => f.ruleId === ruleId && toRange(f.range).isEqual(diagnostic.range));
      if (finding) actions.push(...actionsFor(doc, linted, finding, diagnostic));
    }
    return actions;
  }
}

function quickFix(title: string, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  return a;
}

function actionsFor(doc: vscode.TextDocument, linted: LintedVersion, f: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  f.fixes.forEach((fix, i) => {
    const a = quickFix(fix.title, diagnostic);
    a.edit = toWorkspaceEdit(doc, fix.edits);
    a.isPreferred = i === 0;
    out.push(a);
  });
  const line = f.range.start.line - 1;
  if (f.category !== 'config' && !inFrontMatter(doc, line)) {
    const a = quickFix(`Ignore ${f.ruleId} once…`, diagnostic);
    a.command = { command: COMMANDS.ignoreOnce, title: a.title, arguments: [doc.uri, f.ruleId, line] };
    out.push(a);
  }
  if (ALLOWABLE.has(f.category)) {
    const a = quickFix('Add to the allow-list in .clearpost.yml', diagnostic);
    a.command = { command: COMMANDS.addToAllowList, title: a.title, arguments: [doc.uri, doc.getText(toRange(f.range))] };
    out.push(a);
  }
  const sameRule = linted.findings.filter((g) => g.ruleId === f.ruleId);
  if (sameRule.filter((g) => g.fixes.length > 0).length > 1) {
    const plan = planFixAll(doc, sameRule);
    if ('edit' in plan) {
      const a = quickFix(`Fix all ${f.ruleId} problems in this file`, diagnostic);
      a.edit = plan.edit;
      out.push(a);
    }
  }
  // The whole category, when it spans more than one rule (otherwise it is the action above).
  const sameCategory = linted.findings.filter((g) => g.category === f.category && g.fixes.length > 0);
  if (sameCategory.length > 1 && new Set(sameCategory.map((g) => g.ruleId)).size > 1) {
    const plan = planFixAll(doc, sameCategory);
    if ('edit' in plan) {
      const a = quickFix(`Fix all ${f.category} problems in this file`, diagnostic);
      a.edit = plan.edit;
      out.push(a);
    }
  }
  const docs = quickFix(`Open documentation for ${f.ruleId}`, diagnostic);
  docs.command = { command: COMMANDS.openDocumentation, title: docs.title, arguments: [f.url] };
  out.push(docs);
  return out;
}

/** The whole-file fix; a command so it can refuse when the document changed since it was offered. */
function fixAllAction(linted: LintedVersion): vscode.CodeAction {
  const a = new vscode.CodeAction('Fix all Clearpost findings that have a safe fix', FIX_ALL_KIND);
  a.command = { command: COMMANDS.applyFixAll, title: a.title, arguments: [linted.uri, linted.version] };
  return a;
}

/** Lines 0..n of a leading --- front matter block (directives cannot go there). */
export function inFrontMatter(doc: vscode.TextDocument, line: number): boolean {
  if (doc.lineCount === 0 || !/^---\s*$/.test(doc.lineAt(0).text)) return false;
  for (let i = 1; i < doc.lineCount && i < 2000; i++) {
    if (/^(---|\.\.\.)\s*$/.test(doc.lineAt(i).text)) return line <= i;
  }
  return false;
}
