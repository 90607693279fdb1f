// Every id the extension contributes, in one place (no string-keyed lookups elsewhere).
export const EXTENSION_ID = 'clearpost';
export const DIAGNOSTIC_SOURCE = 'clearpost';
export const SETTINGS = {
  section: 'clearpost',
  enable: 'enable',
  run: 'run',
  debounceMs: 'debounceMs',
} as const;
export const COMMANDS = {
  lintActive: 'clearpost.lintActiveFile',
} as const;
