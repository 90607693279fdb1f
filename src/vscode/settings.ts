// Reads the clearpost.* settings and merges them with .clearpost.yml. Precedence (README
// "Editor settings"): a rule's entry in .clearpost.yml > a category in .clearpost.yml > the
// clearpost.severity setting > the rule's default; allow-lists from both are combined.
import * as vscode from 'vscode';
import type { ClearpostConfig, Category } from '../core/index';
import { CATEGORIES } from '../core/index';
import { DEFAULT_DEBOUNCE_MS, RUN_MODES, SETTINGS } from './constants';

type Level = ClearpostConfig['categories'][Category];
const LEVELS: readonly string[] = ['off', 'error', 'warning', 'information', 'hint'];

export interface EditorSettings {
  enable: boolean;
  run: (typeof RUN_MODES)[keyof typeof RUN_MODES];
  debounceMs: number;
  severity: Partial<Record<Category, Level>>;
  allow: string[];
  configFile: string;
}

export function readSettings(scope?: vscode.Uri): EditorSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section, scope);
  const severity: Partial<Record<Category, Level>> = {};
  const raw = c.get<Record<string, unknown>>(SETTINGS.severity, {}) ?? {};
  for (const cat of CATEGORIES) {
    const v = raw[cat];
    if (typeof v === 'string' && LEVELS.includes(v)) severity[cat] = v as Level;
  }
  const debounce = Number(c.get<number>(SETTINGS.debounceMs, DEFAULT_DEBOUNCE_MS));
  return {
    enable: c.get<boolean>(SETTINGS.enable, true) !== false,
    run: c.get<string>(SETTINGS.run, RUN_MODES.onType) === RUN_MODES.onSave ? RUN_MODES.onSave : RUN_MODES.onType,
    debounceMs: Number.isFinite(debounce) ? Math.min(5000, Math.max(0, debounce)) : DEFAULT_DEBOUNCE_MS,
    severity,
    allow: (c.get<unknown[]>(SETTINGS.allow, []) ?? []).filter((t): t is string => typeof t === 'string' && t.trim() !== ''),
    configFile: (c.get<string>(SETTINGS.configFile, '') ?? '').trim(),
  };
}

/** The file config with the settings underneath it. */
export function mergeConfig(file: ClearpostConfig, s: EditorSettings): ClearpostConfig {
  return {
    rules: file.rules,
    categories: { ...s.severity, ...file.categories },
    allow: [...file.allow, ...s.allow],
  };
}
