// Hover on a finding: why it matters (the rule's note), the source clause, and the ladder of
// safer wordings (the fixes, preferred first).
import * as vscode from 'vscode';
import { ruleById, type Finding } from '../core/index';
import { toRange } from './diagnostics';
import type { Linter } from './linter';

/** Split a note into its plain-language rationale and its citations (CFR, AMA opinions, guidance). */
export function splitNote(note: string): { why: string; source: string } {
  const sentences = note.split(/(?<=\.)\s+(?=[A-Z0-9])/);
  const cites = /\b\d+ CFR\b|\bCode of Medical Ethics\b|\bOpinion \d|\bGuidance\b|§/;
  const firstCite = sentences.findIndex((s, i) => i > 0 && cites.test(s));
  if (firstCite === -1) return { why: note, source: '' };
  return { why: sentences.slice(0, firstCite).join(' '), source: sentences.slice(firstCite).join(' ') };
}

/** Escape Markdown syntax without turning spaces into &nbsp; (as appendText does). */
function text(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

export function hoverMarkdown(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const rule = ruleById(f.ruleId);
  md.appendMarkdown('**Clearpost** · ');
  md.appendMarkdown(text(`${f.ruleId} (${f.category}, ${f.severity})`));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(text(f.message));
  const { why, source } = splitNote(f.note || rule?.meta.note || '');
  if (why) {
    md.appendMarkdown('\n\n**Why it matters:** ');
    md.appendMarkdown(text(why));
  }
  if (source) {
    md.appendMarkdown('\n\n**Source:** ');
    md.appendMarkdown(text(source));
  }
  if (f.fixes.length > 0) {
    md.appendMarkdown('\n\n**Safer wordings** (first is preferred):\n');
    f.fixes.forEach((fix, i) => {
      md.appendMarkdown(`\n${i + 1}. `);
      md.appendMarkdown(text(fix.title));
    });
  } else {
    md.appendMarkdown('\n\n**No automatic rewording:** remove or generalize this detail by hand.');
  }
  md.appendMarkdown(`\n\n[Rule documentation](${vscode.Uri.parse(f.url).toString()})`);
  return md;
}

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.latest(doc);
    const hits = linted?.findings.filter((f) => toRange(f.range).contains(position)) ?? [];
    if (hits.length === 0) return undefined;
    return new vscode.Hover(hits.map(hoverMarkdown), toRange(hits[0].range));
  }
}
