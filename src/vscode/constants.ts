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
} as const;

/** Built-in commands we call. */
export const BUILTIN = {
  problemsFocus: 'workbench.actions.view.problems',
  problemsFilter: 'problems.action.focusFilter',
  open: 'vscode.open',
} as const;
