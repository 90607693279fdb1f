// The compliance checklist of an open post, computed from the document's text and its latest
// findings with the pure core, and the operations that change it (tick, untick, sign, override).
// Changes edit the post's front matter through a WorkspaceEdit, save it, and append one audit
// record, like `clearpost tick|sign|override` do on disk.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ChecklistError,
  evaluate,
  formatIdentity,
  postFacts,
  resolveTemplate,
  sha256Hex,
  writeState,
  type AuditEntry,
  type ChecklistStatus,
  type Identity,
  type PostFacts,
  type PostState,
} from '../core/checklist/index';
import { StoreError, withAuditAsync } from '../node/audit-store';
export { auditTime as isoNow } from '../node/audit-store';
import { firstIdentity, gitIdentity } from '../node/identity';
export { identityProblem } from '../node/identity';
import { imageReader } from '../node/post-files';
import { minimalEdit } from '../core/edits/minimal-edit';
import { SETTINGS } from './constants';
import { Linter } from './linter';

/** The checklist of one document version, or why it cannot be computed. */
export type PostChecklist =
  | { ok: true; uri: vscode.Uri; version: number; name: string; root: string; text: string; facts: PostFacts; status: ChecklistStatus }
  | { ok: false; uri: vscode.Uri; version: number; name: string; error: string };

/** Computes and caches checklists per document version; tells listeners when one changed. */
export class ChecklistService implements vscode.Disposable {
  private readonly cache = new Map<string, PostChecklist>();
  /** The findings each cached checklist was computed from. */
  private readonly basis = new WeakMap<PostChecklist, readonly unknown[]>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly linter: Linter,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The workspace root of a post (see Linter.rootFor). */
  root(doc: vscode.TextDocument): string {
    return this.linter.rootFor(doc);
  }

  /**
   * The cached checklist of this exact version and these exact findings, if computed (a re-lint of
   * the same text after a configuration or image change gives new findings, hence a new checklist).
   */
  cached(doc: vscode.TextDocument): PostChecklist | undefined {
    const c = this.cache.get(doc.uri.toString());
    const findings = this.linter.latest(doc)?.findings;
    return c && c.version === doc.version && findings !== undefined && this.basis.get(c) === findings ? c : undefined;
  }

  /** The checklist of the document's current version (lints first when the findings are outdated). */
  compute(doc: vscode.TextDocument, force = false): PostChecklist | undefined {
    if (!Linter.isPost(doc) || doc.uri.scheme !== 'file') return undefined;
    const hit = force ? undefined : this.cached(doc);
    if (hit) return hit;
    const linted = this.linter.current(doc);
    if (!linted) return undefined;
    const started = performance.now();
    const root = this.root(doc);
    const name = path.relative(root, doc.uri.fsPath).split(path.sep).join('/') || path.basename(doc.uri.fsPath);
    const text = doc.getText();
    let result: PostChecklist;
    try {
      const template = resolveTemplate(this.linter.fileConfig(doc).config.checklist);
      const facts = postFacts(text, template, linted.findings, imageReader(path.dirname(doc.uri.fsPath), root), this.linter.imageMeta(doc));
      result = { ok: true, uri: doc.uri, version: doc.version, name, root, text, facts, status: evaluate(facts) };
    } catch (e) {
      if (!(e instanceof ChecklistError)) throw e;
      result = { ok: false, uri: doc.uri, version: doc.version, name, error: e.message };
    }
    this.cache.set(doc.uri.toString(), result);
    this.basis.set(result, linted.findings);
    // Counts and timings only: never post text, names or file names.
    this.log.trace(`checklist v${doc.version}: ${result.ok ? `${result.status.items.filter((i) => i.done).length}/${result.status.items.length} items, cleared=${result.status.cleared}` : 'error'} in ${(performance.now() - started).toFixed(1)} ms`);
    this.changed.fire(doc.uri);
    return result;
  }

  /** The latest checklist computed for a document, whatever its version (for the status bar). */
  lastKnown(uri: vscode.Uri): PostChecklist | undefined {
    return this.cache.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    if (this.cache.delete(uri.toString())) this.changed.fire(uri);
  }

  /**
   * Apply a state change: refuse while the post cannot be signed, save pending edits first, write
   * the clearpost: block through a WorkspaceEdit, save, then append the audit record.
   */
  async change(doc: vscode.TextDocument, makeState: (c: Extract<PostChecklist, { ok: true }>) => PostState, entry: (c: Extract<PostChecklist, { ok: true }>) => AuditEntry): Promise<void> {
    if (doc.uri.scheme !== 'file') throw new ChecklistError('Save the post as a file first: the checklist and the audit log name a post by its path.');
    if (doc.isDirty && !(await doc.save())) throw new ChecklistError('The post has unsaved changes that could not be saved; nothing was written.');
    const c = this.compute(doc);
    if (!c) throw new ChecklistError('Clearpost is disabled for this post or it is not a Markdown file.');
    if (!c.ok) throw new ChecklistError(c.error);
    const next = writeState(c.text, makeState(c));
    await withAuditAsync(c.root, entry(c), async () => {
      if (doc.getText() !== c.text) throw new StoreError(`${c.name} changed while Clearpost was working; nothing was written.`);
      const e = minimalEdit(c.text, next);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
      if (!(await vscode.workspace.applyEdit(edit))) throw new StoreError('The editor refused the edit; nothing was written.');
      if (!(await doc.save())) throw new StoreError(`The checklist change is in the editor but ${c.name} could not be saved, so it was not logged; undo it or save and try again.`);
    });
    this.compute(doc, true);
  }

  dispose(): void {
    this.cache.clear();
    this.changed.dispose();
  }
}

/** The reviewer: settings (user level only), else CLEARPOST_USER_NAME/EMAIL, else git config. */
export function defaultIdentity(root: string): Identity | null {
  const c = vscode.workspace.getConfiguration(SETTINGS.section);
  // inspect(): only the user's own settings count; a workspace must not choose who signs.
  const user = (key: string): string | undefined => {
    const v = c.inspect<string>(key)?.globalValue;
    return typeof v === 'string' ? v : undefined;
  };
  const fromSettings = { name: user(SETTINGS.reviewerName), email: user(SETTINGS.reviewerEmail) };
  const fromEnv = { name: process.env.CLEARPOST_USER_NAME, email: process.env.CLEARPOST_USER_EMAIL };
  return firstIdentity(fromSettings, fromEnv) ?? firstIdentity(fromSettings, fromEnv, gitIdentity(root));
}

export function noteHash(note: string | undefined): string | undefined {
  return note?.trim() ? sha256Hex(note.trim()) : undefined;
}

export { formatIdentity };
export { checklistSummary } from './checklist-rows';
