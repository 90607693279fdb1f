// Thin adapter: lint Markdown documents with the pure core and publish diagnostics.
// (The full editor experience — code actions, hover, status bar — is tracked in its own issue.)
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ConfigLocator, LintSession } from '../core/index';
import { COMMANDS, SETTINGS } from './constants';
import { toDiagnostic } from './diagnostics';

interface DocState {
  session: LintSession;
  timer: NodeJS.Timeout | undefined;
}

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Clearpost', { log: true });
  const collection = vscode.languages.createDiagnosticCollection('clearpost');
  const locator = new ConfigLocator({ exists: (f) => fs.existsSync(f), readText: (f) => fs.readFileSync(f, 'utf8') });
  const docs = new Map<string, DocState>();
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration(SETTINGS.section);

  const isPost = (doc: vscode.TextDocument): boolean => doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');

  /** Lint now; drops the result if the document changed meanwhile. */
  const lintNow = (doc: vscode.TextDocument): void => {
    if (!isPost(doc) || !settings().get<boolean>(SETTINGS.enable, true)) {
      collection.delete(doc.uri);
      return;
    }
    const key = doc.uri.toString();
    let st = docs.get(key);
    const loaded = doc.uri.scheme === 'file' ? locator.forPost(doc.uri.fsPath) : null;
    const options = { config: loaded?.config };
    if (!st) {
      st = { session: new LintSession(options), timer: undefined };
      docs.set(key, st);
    }
    const version = doc.version;
    const started = Date.now();
    const result = st.session.lint(doc.getText());
    if (doc.version !== version || doc.isClosed) return;
    collection.set(doc.uri, result.findings.map((f) => toDiagnostic(f, doc.uri)));
    // Never log post text: counts and timings only.
    log.trace(`linted ${doc.uri.scheme} document v${version} (${st.session.lastMode}) in ${Date.now() - started} ms: ${result.findings.length} findings`);
  };

  const schedule = (doc: vscode.TextDocument): void => {
    const st = docs.get(doc.uri.toString());
    if (st?.timer) clearTimeout(st.timer);
    const delay = Math.max(0, settings().get<number>(SETTINGS.debounceMs, 300));
    const timer = setTimeout(() => lintNow(doc), delay);
    if (st) st.timer = timer;
    else lintNow(doc);
  };

  const onDidOpenTextDocument = (doc: vscode.TextDocument): void => lintNow(doc);
  const onDidChangeTextDocument = (e: vscode.TextDocumentChangeEvent): void => {
    if (isPost(e.document) && settings().get<string>(SETTINGS.run, 'onType') === 'onType') schedule(e.document);
  };
  const onDidSaveTextDocument = (doc: vscode.TextDocument): void => {
    if (doc.uri.fsPath.endsWith('.clearpost.yml') || doc.uri.fsPath.endsWith('.clearpost.yaml')) relintAll();
    else lintNow(doc);
  };
  const onDidCloseTextDocument = (doc: vscode.TextDocument): void => {
    const st = docs.get(doc.uri.toString());
    if (st?.timer) clearTimeout(st.timer);
    docs.delete(doc.uri.toString());
    collection.delete(doc.uri);
  };
  const relintAll = (): void => {
    locator.clear();
    docs.clear();
    vscode.workspace.textDocuments.forEach(lintNow);
  };

  context.subscriptions.push(
    log,
    collection,
    vscode.workspace.onDidOpenTextDocument(onDidOpenTextDocument),
    vscode.workspace.onDidChangeTextDocument(onDidChangeTextDocument),
    vscode.workspace.onDidSaveTextDocument(onDidSaveTextDocument),
    vscode.workspace.onDidCloseTextDocument(onDidCloseTextDocument),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS.section) && relintAll()),
    vscode.commands.registerCommand(COMMANDS.lintActive, () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) lintNow(doc);
    }),
    { dispose: () => docs.forEach((st) => st.timer && clearTimeout(st.timer)) },
  );
  vscode.workspace.textDocuments.forEach(lintNow);
}

export function deactivate(): void {
  // Subscriptions are disposed by VS Code.
}
