// Lints open Markdown posts with the pure core: one LintSession per document (so a keystroke
// re-checks only the changed paragraph), debounced on type, immediate on open/save. Keeps the
// latest findings per document version; results for an outdated version are dropped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ConfigLocator, LintSession, configProblemToFinding, emptyConfig, type ClearpostConfig, type Finding } from '../core/index';
import { createImageMetaReader, ImageMetaCache } from '../node/image-meta';
import { LANGUAGE_ID, RUN_MODES } from './constants';
import { toDiagnostic } from './diagnostics';
import { mergeConfig, readSettings } from './settings';

/** The findings and diagnostics of one document version, in the same order. */
export interface LintedVersion {
  uri: vscode.Uri;
  version: number;
  findings: readonly Finding[];
  diagnostics: readonly vscode.Diagnostic[];
  /** The .clearpost.yml used, if any. */
  configFile: string | null;
}

interface DocState {
  session: LintSession;
  configKey: string;
  timer: NodeJS.Timeout | undefined;
  /** Short id for logs: never the file name or any post text. */
  logId: number;
}

export class Linter implements vscode.Disposable {
  private readonly docs = new Map<string, DocState>();
  private readonly results = new Map<string, LintedVersion>();
  private readonly configDiagnostics = new Set<string>();
  private readonly didLint = new vscode.EventEmitter<LintedVersion | vscode.Uri>();
  private readonly locator = new ConfigLocator({ exists: (f) => fs.existsSync(f), readText: (f) => fs.readFileSync(f, 'utf8') });
  /** Image metadata by file (re-read when a file's mtime or size changes), shared by all posts. */
  private readonly images = new ImageMetaCache();
  private nextLogId = 1;
  /** Duration and mode of the latest lint, for the editor bench (no document data). */
  lastLint: { ms: number; mode: string; count: number; publishedAt: number } = { ms: 0, mode: 'none', count: 0, publishedAt: 0 };
  /** Fires after a document's diagnostics were published (or, with a Uri, cleared). */
  readonly onDidLint = this.didLint.event;

  /** One non-recursive watcher per folder holding an image a post references (see watchImages). */
  private readonly imageWatchers = new Map<string, vscode.FileSystemWatcher>();

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly log: vscode.LogOutputChannel,
    /** Called when a referenced image is created, changed or deleted on disk. */
    private readonly onImageChange: () => void = () => undefined,
  ) {}

  /**
   * Watch the folders of the images posts reference (at most 64), each non-recursively: a
   * workspace-wide recursive watcher missed folders created after it started (code-server 1.100),
   * and only these files matter.
   */
  private watchImages(): void {
    const dirs = new Set(this.images.paths().map((p) => path.dirname(p)));
    for (const [dir, w] of this.imageWatchers) {
      if (!dirs.has(dir)) {
        w.dispose();
        this.imageWatchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (this.imageWatchers.has(dir) || this.imageWatchers.size >= 64) continue;
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), '*'));
      w.onDidCreate(this.onImageChange);
      w.onDidChange(this.onImageChange);
      w.onDidDelete(this.onImageChange);
      this.imageWatchers.set(dir, w);
    }
  }

  static isPost(doc: vscode.TextDocument): boolean {
    return doc.languageId === LANGUAGE_ID && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
  }

  /**
   * The findings for exactly this document version, or undefined while a lint is pending: editor
   * providers (code actions, hover) drop outdated results instead of linting ahead of the debounce.
   */
  latest(doc: vscode.TextDocument): LintedVersion | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  /** The most recent findings for a document, whatever its version (for the status bar). */
  lastKnown(uri: vscode.Uri): LintedVersion | undefined {
    return this.results.get(uri.toString());
  }

  /** The findings for the document's current version, linting now when stale (explicit commands only). */
  current(doc: vscode.TextDocument): LintedVersion | undefined {
    const key = doc.uri.toString();
    const r = this.results.get(key);
    if (r && r.version === doc.version) return r;
    // Only documents we track (open in an editor, not forgotten): a provider asking about a
    // just-closed post must not bring its diagnostics back.
    return this.docs.has(key) ? this.lintNow(doc) : undefined;
  }

  lintNow(doc: vscode.TextDocument): LintedVersion | undefined {
    const key = doc.uri.toString();
    const settings = readSettings(doc.uri);
    if (!Linter.isPost(doc) || !settings.enable || doc.isClosed) {
      this.forget(doc.uri);
      return undefined;
    }
    const st = this.stateFor(doc, settings);
    if (st.timer) clearTimeout(st.timer);
    st.timer = undefined;
    const version = doc.version;
    const started = performance.now();
    const result = st.session.lint(doc.getText());
    this.lastLint = { ms: performance.now() - started, mode: st.session.lastMode, count: this.lastLint.count + 1, publishedAt: 0 };
    // Drop results for a version that is no longer current (linting is synchronous today; this
    // keeps the contract if it ever is not).
    if (doc.version !== version || doc.isClosed) return undefined;
    const diagnostics = result.findings.map((f) => toDiagnostic(f, doc.uri));
    const linted: LintedVersion = { uri: doc.uri, version, findings: result.findings, diagnostics, configFile: this.configFileFor(doc, settings.configFile) };
    this.results.set(key, linted);
    this.collection.set(doc.uri, diagnostics);
    this.lastLint.publishedAt = performance.now();
    this.watchImages();
    // Counts and timings only: never post text or file names.
    this.log.trace(`doc#${st.logId} v${version}: ${st.session.lastMode} lint in ${(performance.now() - started).toFixed(1)} ms, ${result.findings.length} findings, ${result.suppressed.length} suppressed`);
    this.didLint.fire(linted);
    return linted;
  }

  /** Lint after the debounce delay (run mode onType). */
  schedule(doc: vscode.TextDocument): void {
    const settings = readSettings(doc.uri);
    if (!Linter.isPost(doc) || !settings.enable || settings.run !== RUN_MODES.onType) return;
    const st = this.stateFor(doc, settings);
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(() => {
      st.timer = undefined;
      this.lintNow(doc);
    }, settings.debounceMs);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const st = this.docs.get(key);
    if (st?.timer) clearTimeout(st.timer);
    this.docs.delete(key);
    const had = this.results.delete(key);
    if (had || this.collection.has(uri)) {
      this.collection.delete(uri);
      this.didLint.fire(uri);
    }
  }

  /** After a settings or .clearpost.yml change: reload configuration and re-lint every open post. */
  relintAll(): void {
    this.locator.clear();
    for (const uri of this.configDiagnostics) this.collection.delete(vscode.Uri.parse(uri));
    this.configDiagnostics.clear();
    for (const doc of vscode.workspace.textDocuments) {
      if (Linter.isPost(doc)) this.lintNow(doc);
      else if (this.results.has(doc.uri.toString())) this.forget(doc.uri);
    }
  }

  dispose(): void {
    for (const w of this.imageWatchers.values()) w.dispose();
    this.imageWatchers.clear();
    for (const st of this.docs.values()) if (st.timer) clearTimeout(st.timer);
    this.docs.clear();
    this.results.clear();
    this.didLint.dispose();
  }

  private explicitConfig(doc: vscode.TextDocument, configured: string): string | undefined {
    if (!configured) return undefined;
    if (path.isAbsolute(configured)) return configured;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? path.join(folder.uri.fsPath, configured) : undefined;
  }

  /** The workspace root of a post: its .clearpost.yml's folder, else its workspace folder, else its own folder. */
  rootFor(doc: vscode.TextDocument): string {
    const configFile = this.fileConfig(doc).file;
    if (configFile) return path.dirname(configFile);
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    return folder ? folder.uri.fsPath : path.dirname(doc.uri.fsPath);
  }

  /** Image metadata for a post's local images (what the image-metadata rule and the checklist read). */
  imageMeta(doc: vscode.TextDocument): ReturnType<typeof createImageMetaReader> | undefined {
    return doc.uri.scheme === 'file' ? createImageMetaReader(doc.uri.fsPath, this.rootFor(doc), this.images) : undefined;
  }

  /**
   * The safety net under the watchers (which can start late or drop events): one stat per
   * referenced image; re-checks when one changed. Called on a slow timer while the window has focus.
   */
  pollImages(): void {
    if (this.images.stale()) this.onImageChange();
  }

  /** An image changed on disk: re-check every open post from scratch (their text did not change). */
  imagesChanged(): void {
    for (const st of this.docs.values()) if (st.timer) clearTimeout(st.timer);
    this.docs.clear();
    for (const doc of vscode.workspace.textDocuments) {
      if (!Linter.isPost(doc)) continue;
      try {
        this.lintNow(doc);
      } catch (e) {
        // One post's failure must not leave the others unchecked.
        this.log.error(`re-check after an image change failed for doc#${this.docs.get(doc.uri.toString())?.logId ?? '?'}: ${(e as Error).message}`);
      }
    }
  }

  /** Lint one post from scratch (not from its session's cache): what an explicit "lint" asks for. */
  relint(doc: vscode.TextDocument): LintedVersion | undefined {
    const st = this.docs.get(doc.uri.toString());
    if (st?.timer) clearTimeout(st.timer);
    this.docs.delete(doc.uri.toString());
    return this.lintNow(doc);
  }

  /** The post's .clearpost.yml (path and parsed content, including its checklist template). */
  fileConfig(doc: vscode.TextDocument): { file: string | null; config: ClearpostConfig } {
    if (doc.uri.scheme !== 'file') return { file: null, config: emptyConfig() };
    const loaded = this.locator.forPost(doc.uri.fsPath, this.explicitConfig(doc, readSettings(doc.uri).configFile));
    return { file: loaded.file, config: loaded.config };
  }

  private configFileFor(doc: vscode.TextDocument, configured: string): string | null {
    if (doc.uri.scheme !== 'file') return null;
    return this.locator.forPost(doc.uri.fsPath, this.explicitConfig(doc, configured)).file;
  }

  /** The document's session, rebuilt when the merged configuration changed. */
  private stateFor(doc: vscode.TextDocument, settings: ReturnType<typeof readSettings>): DocState {
    const key = doc.uri.toString();
    const loaded = doc.uri.scheme === 'file' ? this.locator.forPost(doc.uri.fsPath, this.explicitConfig(doc, settings.configFile)) : null;
    if (loaded?.file && loaded.problems.length > 0 && !this.configDiagnostics.has(vscode.Uri.file(loaded.file).toString())) {
      const uri = vscode.Uri.file(loaded.file);
      this.configDiagnostics.add(uri.toString());
      this.collection.set(uri, loaded.problems.map((p) => toDiagnostic(configProblemToFinding(p), uri)));
    }
    const config = mergeConfig(loaded?.config ?? { rules: {}, categories: {}, allow: [] }, settings);
    const configKey = JSON.stringify(config);
    let st = this.docs.get(key);
    if (!st) {
      st = { session: new LintSession({ config, imageMeta: this.imageMeta(doc) }), configKey, timer: undefined, logId: this.nextLogId++ };
      this.docs.set(key, st);
    } else if (st.configKey !== configKey) {
      st.session.setOptions({ config, imageMeta: this.imageMeta(doc) });
      st.configKey = configKey;
    }
    return st;
  }
}
