// Every id the extension contributes or calls, in one place (no string-keyed lookups elsewhere).
// package.json must use the same ids; test/editor checks the two agree.
export const EXTENSION_ID = 'clearpost.clearpost';
export const DIAGNOSTIC_SOURCE = 'clearpost';
export const DIAGNOSTIC_COLLECTION = 'clearpost';
export const OUTPUT_CHANNEL = 'Clearpost';
export const LANGUAGE_ID = 'markdown';

export const SETTINGS = {
  section: 'clearpost',
  enable: 'enable',
  run: 'run',
  debounceMs: 'debounceMs',
  severity: 'severity',
  allow: 'allow',
  configFile: 'configFile',
  reviewerName: 'reviewer.name',
  reviewerEmail: 'reviewer.email',
} as const;

export const RUN_MODES = { onType: 'onType', onSave: 'onSave' } as const;
export const DEFAULT_DEBOUNCE_MS = 300;

export const COMMANDS = {
  lintActive: 'clearpost.lintActiveFile',
  ignoreOnce: 'clearpost.ignoreOnce',
  addToAllowList: 'clearpost.addToAllowList',
  applyFixAll: 'clearpost.applyFixAll',
  openDocumentation: 'clearpost.openDocumentation',
  showProblems: 'clearpost.showProblems',
  showChecklist: 'clearpost.showChecklist',
  refreshChecklist: 'clearpost.refreshChecklist',
  tickItem: 'clearpost.tickItem',
  untickItem: 'clearpost.untickItem',
  signOff: 'clearpost.signOff',
  overrideFinding: 'clearpost.overrideFinding',
  verifyAudit: 'clearpost.verifyAudit',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- command arguments come from anywhere
export type CommandHandlers = Partial<Record<CommandId, (...args: any[]) => unknown>>;

export const VIEWS = { checklist: 'clearpost.checklist' } as const;

/** Context keys we set for `when` clauses in package.json. */
export const CONTEXT = { active: 'clearpost.active' } as const;

/** Built-in commands we call. */
export const BUILTIN = {
  problemsFocus: 'workbench.actions.view.problems',
  problemsFilter: 'problems.action.focusFilter',
  open: 'vscode.open',
  setContext: 'setContext',
} as const;
