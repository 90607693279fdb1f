// The "Compliance checklist" TreeView of the active post and the commands that mirror
// `clearpost check|tick|sign|override|audit verify`.
import * as vscode from 'vscode';
import { ChecklistError, formatIdentity, override, parseIdentity, sign, tick, untick, verifyAudit, type AuditVerdict } from '../core/checklist/index';
import { readAudit, StoreError } from '../node/audit-store';
import { ChecklistService, defaultIdentity, identityProblem, isoNow, noteHash, type PostChecklist } from './checklist';
import { rowsFor, type Row } from './checklist-rows';
import { COMMANDS, VIEWS, type CommandHandlers } from './constants';
import { Linter } from './linter';

type Ok = Extract<PostChecklist, { ok: true }>;

export type { Row };

function toTreeItem(r: Row): vscode.TreeItem {
  const item = new vscode.TreeItem(r.label, r.children ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = r.id;
  item.description = r.description;
  item.tooltip = r.tooltip;
  item.contextValue = r.contextValue;
  if (r.icon) item.iconPath = new vscode.ThemeIcon(r.icon, r.color ? new vscode.ThemeColor(r.color) : undefined);
  if (r.checkbox) item.checkboxState = r.checkbox === 'checked' ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
  return item;
}

/** Tree data for the active post, refreshed as the post, its findings or the active editor change. */
export class ChecklistView implements vscode.TreeDataProvider<Row>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Row | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Row>;
  private rows: Row[] = [];
  private doc: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly service: ChecklistService,
    private readonly onTick: (doc: vscode.TextDocument, item: string, checked: boolean) => Promise<void>,
  ) {
    this.view = vscode.window.createTreeView(VIEWS.checklist, { treeDataProvider: this, showCollapseAll: false });
    this.subs.push(
      this.view,
      this.view.onDidChangeVisibility(() => this.schedule(0)),
      this.view.onDidChangeCheckboxState(async (e) => {
        const doc = this.doc;
        for (const [row, state] of e.items.slice(0, 20)) {
          if (doc && row.ref && row.id.startsWith('item:')) await this.onTick(doc, row.ref, state === vscode.TreeItemCheckboxState.Checked);
        }
        this.refresh();
      }),
    );
  }

  /** Recompute for the active post after `ms` (coalescing bursts of lints while typing). */
  schedule(ms = 250): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, ms);
  }

  /** Recompute now for the active post; the rows are what the view shows. */
  refresh(force = false): Row[] {
    const active = vscode.window.activeTextEditor?.document;
    if (active && Linter.isPost(active)) this.doc = active;
    else if (this.doc && (this.doc.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === this.doc))) this.doc = undefined;
    const c = this.doc ? this.service.compute(this.doc, force) : undefined;
    this.rows = c ? rowsFor(c) : [];
    this.view.description = c?.name;
    this.view.message = this.doc && !c ? (this.doc.uri.scheme === 'file' ? 'Clearpost is disabled for this post.' : 'Save the post as a file to track its checklist.') : undefined;
    this.view.badge = c?.ok && !c.status.cleared ? { value: c.status.blocking.length, tooltip: `${c.status.blocking.length} thing(s) block publication` } : undefined;
    this.changed.fire(undefined);
    return this.rows;
  }

  getTreeItem(r: Row): vscode.TreeItem {
    return toTreeItem(r);
  }

  getChildren(r?: Row): Row[] {
    return r ? (r.children ?? []) : this.rows;
  }

  /** The post the view shows, if any. */
  get post(): vscode.TextDocument | undefined {
    return this.doc;
  }

  get visible(): boolean {
    return this.view.visible;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subs.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

async function documentFor(uri: vscode.Uri | string | undefined, fallback: vscode.TextDocument | undefined): Promise<vscode.TextDocument | undefined> {
  if (!uri) return fallback;
  const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? vscode.workspace.openTextDocument(u);
}

/** Commands of the checklist. Each takes optional arguments so scripts and tests can skip the prompts. */
export function registerChecklistCommands(service: ChecklistService, view: ChecklistView, log: vscode.LogOutputChannel): CommandHandlers {
  const target = (uri?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> => documentFor(uri, view.post ?? vscode.window.activeTextEditor?.document);

  /** Run a change; refusals (ChecklistError, StoreError) become an error message, not a crash. */
  const run = async (what: string, fn: () => Promise<string | undefined>): Promise<boolean> => {
    try {
      const done = await fn();
      if (done === undefined) return false;
      log.info(`${what}: done`);
      void vscode.window.showInformationMessage(done);
      return true;
    } catch (e) {
      if (!(e instanceof ChecklistError) && !(e instanceof StoreError)) throw e;
      log.warn(`${what}: refused`);
      void vscode.window.showErrorMessage(`Clearpost: ${e.message}`);
      return false;
    } finally {
      view.refresh();
    }
  };

  const ready = (doc: vscode.TextDocument | undefined): Ok => {
    if (!doc) throw new ChecklistError('Open a Markdown post first.');
    const c = service.compute(doc);
    if (!c) throw new ChecklistError('Clearpost does not track this document (not a saved Markdown file, or disabled).');
    if (!c.ok) throw new ChecklistError(c.error);
    return c;
  };

  /** The reviewer: given, else confirmed in an input box pre-filled from settings or git config. */
  const whoIs = async (root: string, as: string | undefined, title: string): Promise<{ name: string; email: string } | undefined> => {
    if (as !== undefined) {
      const problem = identityProblem(as);
      if (problem) throw new ChecklistError(problem);
      return parseIdentity(as);
    }
    const known = defaultIdentity(root);
    const typed = await vscode.window.showInputBox({
      title,
      prompt: 'Your name and e-mail address, as recorded in the post and the audit log (set clearpost.reviewer.name/email to pre-fill).',
      value: known ? formatIdentity(known) : '',
      placeHolder: 'Dr. Ana Reyes <ana.reyes@example.org>',
      ignoreFocusOut: true,
      validateInput: identityProblem,
    });
    return typed === undefined ? undefined : parseIdentity(typed);
  };

  const tickItem = async (uri?: vscode.Uri | string, itemId?: string, note?: string, as?: string): Promise<boolean> =>
    run('tick', async () => {
      const doc = await target(uri);
      const c = ready(doc);
      let id = itemId;
      if (id === undefined) {
        const open = c.status.items.filter((i) => !i.done && (i.kind !== 'auto' || i.status === 'needs-person'));
        if (open.length === 0) throw new ChecklistError('No item is waiting for a tick.');
        const pick = await vscode.window.showQuickPick(
          open.map((i) => ({ label: i.title, description: i.kind, detail: i.note ?? undefined, id: i.id })),
          { title: 'Tick a checklist item', ignoreFocusOut: true },
        );
        if (!pick) return undefined;
        id = pick.id;
      }
      const item = c.facts.template.items.find((i) => i.id === id);
      let text = note;
      if (text === undefined && item && item.kind !== 'assisted') {
        text = await vscode.window.showInputBox({
          title: `Tick "${item.title}"`,
          prompt: item.prompt ?? 'What did you check? The note is kept in the post (front matter) for reviewers; the audit log keeps only its hash.',
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() ? undefined : 'A note is required.'),
        });
        if (text === undefined) return undefined;
      }
      const who = await whoIs(c.root, as, `Tick "${item?.title ?? id}" as…`);
      if (!who) return undefined;
      const time = isoNow();
      await service.change(
        doc!,
        (cc) => tick(cc.facts, id!, who, time, text),
        (cc) => ({ event: 'tick', time, post: cc.name, name: who.name, email: who.email, item: id, contentHash: cc.facts.current.hash, noteHash: noteHash(text) }),
      );
      return `Ticked ${id} as ${formatIdentity(who)}.`;
    });

  const untickItem = async (uri?: vscode.Uri | string, itemId?: string, as?: string): Promise<boolean> =>
    run('untick', async () => {
      const doc = await target(uri);
      const c = ready(doc);
      const id = itemId;
      if (!id) throw new ChecklistError('Which item? Untick it from the checklist view.');
      const who = await whoIs(c.root, as, `Untick ${id} as…`);
      if (!who) return undefined;
      const time = isoNow();
      await service.change(
        doc!,
        (cc) => untick(cc.facts, id),
        (cc) => ({ event: 'untick', time, post: cc.name, name: who.name, email: who.email, item: id, contentHash: cc.facts.current.hash }),
      );
      return `Unticked ${id}.`;
    });

  const signOff = async (uri?: vscode.Uri | string, role?: string, as?: string): Promise<boolean> =>
    run('sign-off', async () => {
      const doc = await target(uri);
      const interactive = role === undefined || as === undefined;
      if (doc?.isDirty && interactive) {
        const ok = await vscode.window.showWarningMessage('The post has unsaved changes. A sign-off covers the saved content.', { modal: true }, 'Save and Continue');
        if (ok !== 'Save and Continue') return undefined;
      }
      let c = ready(doc);
      let r = role;
      if (r === undefined) {
        const pick = await vscode.window.showQuickPick(
          c.status.requiredRoles.map((x) => {
            const mine = c.status.signoffs.filter((o) => o.role === x);
            const state = mine.length === 0 ? 'not signed' : mine.some((o) => !o.stale && !o.invalid) ? 'signed' : 'stale';
            return { label: x, description: state };
          }),
          { title: 'Sign off as which role?', ignoreFocusOut: true },
        );
        if (!pick) return undefined;
        r = pick.label;
      }
      const who = await whoIs(c.root, as, `Sign off as ${r}…`);
      if (!who) return undefined;
      if (interactive) {
        const ok = await vscode.window.showWarningMessage(
          `Sign off ${c.name} as ${r}?`,
          { modal: true, detail: `${formatIdentity(who)} approves this exact content (${c.status.hash}) for publication. Any later change to the body, the published front matter or a referenced image makes this sign-off stale.` },
          'Sign Off',
        );
        if (ok !== 'Sign Off') return undefined;
      }
      const time = isoNow();
      await service.change(
        doc!,
        (cc) => sign(cc.facts, who, r!, time),
        (cc) => ((c = cc), { event: 'signoff', time, post: cc.name, name: who.name, email: who.email, role: r, contentHash: cc.facts.current.hash }),
      );
      return `Signed off ${c.name} as ${r}: ${formatIdentity(who)}, ${c.facts.current.hash}.`;
    });

  const overrideFinding = async (uri?: vscode.Uri | string, ruleId?: string, reason?: string, role?: string, as?: string): Promise<boolean> =>
    run('override', async () => {
      const doc = await target(uri);
      const c = ready(doc);
      let rule = ruleId;
      if (rule === undefined) {
        const errors = [...new Set(c.facts.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
        if (errors.length === 0) throw new ChecklistError('There is no open error finding to override.');
        const pick = await vscode.window.showQuickPick(errors, { title: 'Override which rule\u2019s error findings?', ignoreFocusOut: true });
        if (!pick) return undefined;
        rule = pick;
      }
      let why = reason;
      if (why === undefined) {
        why = await vscode.window.showInputBox({
          title: `Override ${rule}`,
          prompt: 'Why may this post be published with these findings? Kept in the post for reviewers; the audit log keeps its hash.',
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() ? undefined : 'A written reason is required.'),
        });
        if (why === undefined) return undefined;
      }
      let r = role;
      if (r === undefined) {
        r = await vscode.window.showQuickPick(c.status.requiredRoles, { title: 'Override as which role?', ignoreFocusOut: true });
        if (!r) return undefined;
      }
      const who = await whoIs(c.root, as, `Override ${rule} as…`);
      if (!who) return undefined;
      const time = isoNow();
      await service.change(
        doc!,
        (cc) => override(cc.facts, rule!, why!, who, r!, time),
        (cc) => ({ event: 'override', time, post: cc.name, name: who.name, email: who.email, role: r, rule, contentHash: cc.facts.current.hash, noteHash: noteHash(why) }),
      );
      return `Overrode ${rule} as ${r}: ${formatIdentity(who)}.`;
    });

  /** clearpost.verifyAudit([uri]): checks the audit log of the post's workspace; returns the verdict. */
  const verify = async (uri?: vscode.Uri | string): Promise<AuditVerdict | undefined> => {
    const doc = await target(uri);
    const root = doc && doc.uri.scheme === 'file' ? service.root(doc) : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!root) {
      void vscode.window.showWarningMessage('Clearpost: open a folder or a post to verify its audit log.');
      return undefined;
    }
    const a = readAudit(root);
    const v = verifyAudit(a.log, a.head);
    if (v.ok) void vscode.window.showInformationMessage(a.log === null ? 'Clearpost: no audit log yet (0 records).' : `Clearpost: the audit log is intact, ${v.records} record(s).`);
    else void vscode.window.showErrorMessage(`Clearpost: the audit log ${a.paths.log} is broken at line ${v.line}: ${v.reason}`);
    log.info(`audit verify: ${v.ok ? 'intact' : `broken at line ${v.line}`}`);
    return v;
  };

  /** clearpost.showChecklist([uri]): focuses the view; returns the checklist status (for scripts). */
  const showChecklist = async (uri?: vscode.Uri | string): Promise<unknown> => {
    await vscode.commands.executeCommand(`${VIEWS.checklist}.focus`);
    const doc = await target(uri);
    const c = doc ? service.compute(doc) : undefined;
    view.refresh();
    return c?.ok ? c.status : c ? { error: c.error } : undefined;
  };

  const refresh = (): void => void view.refresh(true);

  return {
    [COMMANDS.tickItem]: (a?: unknown, ...rest: unknown[]) => tickItem(...(rowArgs(a, rest) as Parameters<typeof tickItem>)),
    [COMMANDS.untickItem]: (a?: unknown, ...rest: unknown[]) => untickItem(...(rowArgs(a, rest) as Parameters<typeof untickItem>)),
    [COMMANDS.signOff]: (a?: unknown, ...rest: unknown[]) => signOff(...(rowArgs(a, rest) as Parameters<typeof signOff>)),
    [COMMANDS.overrideFinding]: overrideFinding,
    [COMMANDS.verifyAudit]: verify,
    [COMMANDS.showChecklist]: showChecklist,
    [COMMANDS.refreshChecklist]: refresh,
  };
}

/** A view's inline action passes the row: turn it into (undefined uri, ref); other callers pass (uri, …). */
function rowArgs(a: unknown, rest: unknown[]): unknown[] {
  if (a && typeof a === 'object' && 'id' in a && 'label' in a && !(a instanceof vscode.Uri)) return [undefined, (a as Row).ref];
  return [a, ...rest];
}
