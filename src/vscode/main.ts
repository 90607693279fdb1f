// The adapter proper, loaded by extension.ts right after activation: linter, code actions, hover,
// status bar, checklist view, command handlers, one handler per event.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/index';
import { BUILTIN, COMMANDS, CONTEXT, type CommandHandlers, DIAGNOSTIC_COLLECTION, LANGUAGE_ID, OUTPUT_CHANNEL, SETTINGS } from './constants';
import { ChecklistService, checklistSummary, type PostChecklist } from './checklist';
import { ChecklistView, registerChecklistCommands, type Row } from './checklist-view';
import { CodeActionProvider } from './code-actions';
import { registerCommands } from './commands';
import { HoverProvider } from './hover';
import { Linter } from './linter';
import { readSettings } from './settings';
import { StatusBar } from './status-bar';

/** What activate() returns: for tests and the editor bench. */
export interface ClearpostApi {
  /** activate() itself: registering the command proxies (the adapter loads after it returns). */
  activationMs: number;
  /** Loading and starting the adapter (core bundle included), right after activation. */
  startMs(): number;
  statusText(): string;
  /**
   * Duration and mode (full | incremental | unchanged) of the latest lint, how many lints ran, and
   * when (performance.now() in the extension host) its diagnostics were handed to VS Code.
   */
  lastLint(): { ms: number; mode: string; count: number; publishedAt: number };
  /** The rows the Compliance checklist view shows now (recomputed), for tests. */
  checklistRows(): Row[];
  /** The checklist of a post's current version, for tests and scripts. */
  checklist(uri: vscode.Uri): PostChecklist | undefined;
}

/** How often referenced images are re-stat'ed while the window has focus (see Linter.pollImages). */
const IMAGE_POLL_MS = 2000;

const tabUri = (tab: vscode.Tab): vscode.Uri | undefined => (tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined);
const isConfigFile = (doc: vscode.TextDocument): boolean => CONFIG_FILE_NAMES.some((n) => doc.uri.path.endsWith(`/${n}`));

/** What start() gives the entry module: the API (minus its own timings) and the command handlers. */
export interface Started {
  api: Omit<ClearpostApi, 'activationMs' | 'startMs'>;
  handlers: CommandHandlers;
  ms: number;
}

export function start(context: vscode.ExtensionContext): Started {
  const started = performance.now();
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  // A referenced image edited, replaced or scrubbed on disk: its metadata findings and the
  // checklist's images item must follow, though no post text changed (debounced: exports write often).
  let imageTimer: NodeJS.Timeout | undefined;
  const onImageEvent = (): void => {
    if (imageTimer) clearTimeout(imageTimer);
    imageTimer = setTimeout(() => {
      imageTimer = undefined;
      linter.imagesChanged();
      view.schedule(0);
    }, 300);
  };
  const linter = new Linter(collection, log, onImageEvent);
  const imagePoll = setInterval(() => {
    if (vscode.window.state.focused) linter.pollImages();
  }, IMAGE_POLL_MS);
  const checklists = new ChecklistService(linter, log);
  const status = new StatusBar(linter, (uri) => checklistSummary(checklists.lastKnown(uri)));
  const view = new ChecklistView(checklists, async (doc, item, checked) => {
    await vscode.commands.executeCommand(checked ? COMMANDS.tickItem : COMMANDS.untickItem, doc.uri, item);
  });
  const selector: vscode.DocumentSelector = [
    { language: LANGUAGE_ID, scheme: 'file' },
    { language: LANGUAGE_ID, scheme: 'untitled' },
  ];

  const onDidOpenTextDocument = (doc: vscode.TextDocument): void => {
    if (Linter.isPost(doc)) linter.lintNow(doc);
  };
  const onDidChangeTextDocument = (e: vscode.TextDocumentChangeEvent): void => {
    if (e.contentChanges.length > 0) linter.schedule(e.document);
  };
  const onDidSaveTextDocument = (doc: vscode.TextDocument): void => {
    if (isConfigFile(doc)) linter.relintAll();
    else if (Linter.isPost(doc)) linter.lintNow(doc);
  };
  const onDidCloseTextDocument = (doc: vscode.TextDocument): void => {
    linter.forget(doc.uri);
    checklists.forget(doc.uri);
  };
  const onDidChangeConfiguration = (e: vscode.ConfigurationChangeEvent): void => {
    if (e.affectsConfiguration(SETTINGS.section)) linter.relintAll();
  };
  const onDidChangeActiveTextEditor = (): void => {
    status.update();
    view.schedule(0);
  };
  // VS Code may keep a document open long after its last editor closed (onDidCloseTextDocument
  // comes late or never): clear a post's diagnostics when its last tab closes, re-lint on reopen.
  const onDidChangeTabs = (e: vscode.TabChangeEvent): void => {
    const shown = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map(tabUri).filter((u) => u !== undefined).map(String));
    for (const tab of e.closed) {
      const uri = tabUri(tab);
      if (uri && !shown.has(uri.toString())) linter.forget(uri);
    }
    for (const tab of e.opened) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === tabUri(tab)?.toString());
      if (doc && Linter.isPost(doc)) linter.lintNow(doc);
    }
  };
  // Back from another app (an image editor, exiftool in a terminal): images may have changed
  // without an event reaching us (file watchers can miss or delay events); re-check them.
  const onDidChangeWindowState = (e: vscode.WindowState): void => {
    if (e.focused) onImageEvent();
  };
  // The checklist follows the active post's findings, a moment after they settle.
  const onDidLint = (e: unknown): void => {
    status.update();
    const active = vscode.window.activeTextEditor?.document;
    if (active && (e instanceof vscode.Uri ? e : (e as { uri: vscode.Uri }).uri).toString() === active.uri.toString()) view.schedule();
  };
  // A post deleted or renamed away leaves the workspace: its diagnostics go with it.
  const onDidDeleteFiles = (e: vscode.FileDeleteEvent): void => e.files.forEach((uri) => linter.forget(uri));
  const onDidRenameFiles = (e: vscode.FileRenameEvent): void => e.files.forEach(({ oldUri }) => linter.forget(oldUri));
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
  const onConfigFileEvent = (): void => linter.relintAll();

  context.subscriptions.push(
    log,
    collection,
    linter,
    checklists,
    view,
    status,
    configWatcher,
    { dispose: () => (imageTimer && clearTimeout(imageTimer), clearInterval(imagePoll)) },
    vscode.languages.registerCodeActionsProvider(selector, new CodeActionProvider(linter), CodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(linter)),
    vscode.workspace.onDidOpenTextDocument(onDidOpenTextDocument),
    vscode.workspace.onDidChangeTextDocument(onDidChangeTextDocument),
    vscode.workspace.onDidSaveTextDocument(onDidSaveTextDocument),
    vscode.workspace.onDidCloseTextDocument(onDidCloseTextDocument),
    vscode.workspace.onDidChangeConfiguration(onDidChangeConfiguration),
    vscode.workspace.onDidDeleteFiles(onDidDeleteFiles),
    vscode.workspace.onDidRenameFiles(onDidRenameFiles),
    vscode.window.onDidChangeActiveTextEditor(onDidChangeActiveTextEditor),
    vscode.window.onDidChangeWindowState(onDidChangeWindowState),
    vscode.window.tabGroups.onDidChangeTabs(onDidChangeTabs),
    linter.onDidLint(onDidLint),
    checklists.onDidChange(() => status.update()),
    configWatcher.onDidCreate(onConfigFileEvent),
    configWatcher.onDidDelete(onConfigFileEvent),
    configWatcher.onDidChange(onConfigFileEvent),
  );
  const handlers: CommandHandlers = { ...registerCommands(linter, log), ...registerChecklistCommands(checklists, view, log) };
  void vscode.commands.executeCommand(BUILTIN.setContext, CONTEXT.active, true);
  vscode.workspace.textDocuments.forEach(onDidOpenTextDocument);
  status.update();
  const ms = performance.now() - started;
  log.info(`started in ${ms.toFixed(1)} ms (run: ${readSettings().run})`);
  const api: Started['api'] = {
    statusText: () => status.text,
    lastLint: () => linter.lastLint,
    checklistRows: () => view.refresh(),
    checklist: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc ? checklists.compute(doc) : undefined;
    },
  };
  return { api, handlers, ms };
}
