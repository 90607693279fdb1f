// `npm run bench:editor`: editor-side figures measured inside the extension host (printed, not asserted).
//  - activation: extension module load + activate(), measured around ext.activate() before any post is open;
//  - edit → diagnostics: one-character edit in a 2,000-word post (bench/post-2000.md) until
//    onDidChangeDiagnostics delivers the new result, with debounceMs = 0 (so the figure is the cost
//    after the debounce) and with the default 300 ms.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, EXTENSION_ID, SETTINGS } from '../../../src/vscode/constants';
import type { ClearpostApi } from '../../../src/vscode/extension';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);

const lintCosts: { ms: number; mode: string; publishedAt: number }[] = [];
/** Document change event in the extension host → our diagnostics event, per edit. */
const fromChange: number[] = [];
/** Document change event → our DiagnosticCollection.set (what the editor then draws), per edit. */
const toPublish: number[] = [];

/**
 * Insert (or delete) one character at `at` and time until the diagnostics event that follows OUR
 * re-lint (the lint counter moved): other extensions (Markdown link validation) publish
 * diagnostics for the same file, so any event would not do. Bounded: 10 s.
 */
async function timeEdit(editor: vscode.TextEditor, at: vscode.Position, remove: boolean, api: ClearpostApi): Promise<number> {
  const uri = editor.document.uri;
  const before = api.lastLint().count;
  return new Promise<number>((resolve, reject) => {
    let changedAt = NaN;
    const timer = setTimeout(() => {
      sub.dispose();
      change.dispose();
      reject(new Error('our diagnostics did not update within 10 s'));
    }, 10_000);
    // When the extension host learns of the edit (the document change event every extension gets).
    const change = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === uri.toString() && Number.isNaN(changedAt)) changedAt = performance.now();
    });
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || api.lastLint().count === before) return;
      const now = performance.now();
      const elapsed = now - t0;
      lintCosts.push(api.lastLint());
      fromChange.push(now - changedAt);
      toPublish.push(api.lastLint().publishedAt - changedAt);
      sub.dispose();
      change.dispose();
      clearTimeout(timer);
      resolve(elapsed);
    });
    const t0 = performance.now();
    void editor.edit((b) => (remove ? b.delete(new vscode.Range(at, at.translate(0, 1))) : b.insert(at, 'x')));
  });
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<ClearpostApi>(EXTENSION_ID);
  if (!ext) throw new Error('extension not loaded');
  const wasActive = ext.isActive;
  const t0 = performance.now();
  const api = await ext.activate();
  const activateCall = performance.now() - t0;
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const uri = vscode.Uri.file(path.join(folder, 'posts', 'bench-2000.md'));
  const config = vscode.workspace.getConfiguration(SETTINGS.section);
  const firstDiagnostics = new Promise<number>((resolve) => {
    const start = performance.now();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ours(uri).length > 0) {
        sub.dispose();
        resolve(performance.now() - start);
      }
    });
  });
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const open = await firstDiagnostics;
  const words = doc.getText().split(/\s+/).filter(Boolean).length;
  const diagnostics = ours(uri);
  const findings = diagnostics.length;
  // Inside a word of a paragraph line halfway through the post: the common case of typing.
  let line = Math.floor(doc.lineCount / 2);
  while (line < doc.lineCount - 1 && !/^[A-Za-z][^|]{40,}$/.test(doc.lineAt(line).text)) line++;
  const at = new vscode.Position(line, doc.lineAt(line).text.indexOf(' ', 20) - 1);
  const rounds = async (n: number): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await timeEdit(editor, at, i % 2 === 1, api));
    return out;
  };
  try {
    await config.update(SETTINGS.debounceMs, 0, vscode.ConfigurationTarget.Workspace);
    await rounds(4); // warm-up
    lintCosts.length = 0;
    fromChange.length = 0;
    toPublish.length = 0;
    const immediate = await rounds(30);
    const hostSide = [...fromChange];
    const published = [...toPublish];
    const lintMs = lintCosts.map((c) => c.ms);
    const modes = [...new Set(lintCosts.map((c) => c.mode))].join('/');
    await config.update(SETTINGS.debounceMs, undefined, vscode.ConfigurationTarget.Workspace);
    const debounced = await rounds(6);
    console.log('Clearpost editor bench (inside the VS Code extension host)');
    console.log(`  host: ${vscode.env.appName} ${vscode.version}, node ${process.version}`);
    console.log(`  post: bench/post-2000.md, ${words} words, ${doc.lineCount} lines, ${findings} findings`);
    console.log(`  activation (module load + activate()): ${wasActive ? 'n/a (already active)' : `${activateCall.toFixed(1)} ms`}; activate() body: ${api.activationMs.toFixed(1)} ms`);
    console.log(`  adapter start right after activation (main.js with the core: load + start): ${api.startMs().toFixed(1)} ms`);
    console.log(`  open → first Clearpost diagnostics (first, full lint): ${open.toFixed(1)} ms`);
    console.log(`  edit: one character at line ${at.line + 1}, column ${at.character + 1} (inside a word of a paragraph), halfway through the post`);
    console.log(`  one-character edit → updated diagnostics, debounceMs 0: median ${median(immediate).toFixed(1)} ms, min ${Math.min(...immediate).toFixed(1)} ms, max ${Math.max(...immediate).toFixed(1)} ms (n=${immediate.length})`);
    console.log(`    from the change event in the extension host to our diagnostics published (DiagnosticCollection.set): median ${median(published).toFixed(1)} ms, max ${Math.max(...published).toFixed(1)} ms`);
    console.log(`    from the change event to the onDidChangeDiagnostics event: median ${median(hostSide).toFixed(1)} ms (VS Code debounces that extension-facing event by 50 ms)`);
    console.log(`    of which the re-lint in the extension (${modes}): median ${median(lintMs).toFixed(1)} ms; the rest is the edit's round trip through the workbench and the diagnostics event`);
    console.log(`  one-character edit → updated diagnostics, debounceMs 300 (default): median ${median(debounced).toFixed(1)} ms (n=${debounced.length})`);
  } finally {
    await config.update(SETTINGS.debounceMs, undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
