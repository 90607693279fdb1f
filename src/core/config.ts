// Workspace configuration (.clearpost.yml): parse, validate against the schema, and report
// problems at their exact position. Never throws: invalid parts are dropped, defaults apply.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { buildConfigSchema, type Level } from './schema';
import { CATEGORIES, type Category } from './types';
import type { ChecklistConfig } from './checklist/types';
import { RULES } from './rules/index';

export interface RuleConfig {
  severity?: Level;
  options?: Record<string, unknown>;
}

export interface ClearpostConfig {
  rules: Record<string, RuleConfig>;
  categories: Partial<Record<Category, Level>>;
  allow: string[];
  /** The `checklist` key; absent when not configured (the default checklist applies). */
  checklist?: ChecklistConfig;
}

export interface ConfigProblem {
  message: string;
  /** Offsets into the config text. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ConfigParseResult {
  config: ClearpostConfig;
  problems: ConfigProblem[];
}

export const CONFIG_FILE_NAMES = ['.clearpost.yml', '.clearpost.yaml'] as const;

export function emptyConfig(): ClearpostConfig {
  return { rules: {}, categories: {}, allow: [] };
}

let validator: ValidateFunction | null = null;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(buildConfigSchema());
  }
  return validator;
}

type Path = (string | number)[];

function pathOf(instancePath: string): Path {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Source range of the node at path; for a missing/extra key, the key itself. */
function rangeAt(doc: Document, path: Path, key?: string): [number, number] {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      node = pair?.value ?? pair?.key ?? node;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] ?? node;
    }
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
  }
  const r = (node as YamlNode | null)?.range;
  return r ? [r[0], Math.max(r[1], r[0] + 1)] : [0, 1];
}

function describe(err: ErrorObject): string {
  const where = err.instancePath ? `"${pathOf(err.instancePath).join('.')}"` : 'the configuration';
  switch (err.keyword) {
    case 'additionalProperties': {
      const extra = String((err.params as { additionalProperty: string }).additionalProperty);
      // Only a key directly under rules/categories names a rule/category; deeper ones are options.
      const parent = err.instancePath === '/rules' || err.instancePath === '/categories' ? err.instancePath.slice(1) : undefined;
      if (parent === 'rules' && RULES.some((r) => r.meta.id === extra && r.meta.fixed)) return `Rule "${extra}" cannot be configured: it always reports as an error.`;
      if (parent === 'rules') return `Unknown rule "${extra}" in .clearpost.yml; see the rules table in README.md.`;
      if (parent === 'categories') return `Unknown category "${extra}", expected one of ${CATEGORIES.join(', ')}.`;
      return err.instancePath
        ? `Unexpected key "${extra}" under ${where}.`
        : `Unexpected top-level key "${extra}", expected rules, categories, allow or checklist.`;
    }
    case 'enum':
      return `Unexpected value at ${where}, expected one of ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}.`;
    case 'type':
      return `Unexpected value at ${where}, expected ${String((err.params as { type: string | string[] }).type).replace(',', ' or ')}.`;
    case 'required':
      return `Missing key "${String((err.params as { missingProperty: string }).missingProperty)}" under ${where}.`;
    case 'pattern':
      return `Unexpected value at ${where}, expected a kebab-case id such as "clinical" or "no-phi".`;
    case 'minLength':
      return `Unexpected empty string at ${where}.`;
    default:
      return `Invalid value at ${where}: ${err.message ?? err.keyword}.`;
  }
}

/** Parse and validate the text of a .clearpost.yml file. */
export function parseConfig(text: string): ConfigParseResult {
  const lc = new LineCounter();
  const problems: ConfigProblem[] = [];
  const at = (from: number, to: number, message: string): void => {
    // YAML reports errors at the end of input one character past it: keep ranges inside the text.
    let end = Math.min(Math.max(to, from), text.length);
    let start = Math.min(from, end);
    // Never split a CRLF: an error at a line end is reported on the whole line break.
    if (text[start - 1] === '\r' && text[start] === '\n') start--;
    if (text[end - 1] === '\r' && text[end] === '\n') end++;
    const s = lc.linePos(start);
    const e = lc.linePos(end);
    problems.push({ message, start, end, line: s.line, column: s.col, endLine: e.line, endColumn: e.col });
  };
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) at(err.pos[0], Math.max(err.pos[1], err.pos[0] + 1), `Malformed YAML in .clearpost.yml: ${err.message.split('\n')[0]}`);
    return { config: emptyConfig(), problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    at(0, 1, `.clearpost.yml could not be read: ${(e as Error).message.split('\n')[0]}`);
    return { config: emptyConfig(), problems };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    at(0, Math.max(1, text.length), 'Unexpected .clearpost.yml content, expected a mapping with rules, categories or allow.');
    return { config: emptyConfig(), problems };
  }
  const v = validate();
  const invalidPaths: Path[] = [];
  if (!v(data)) {
    // anyOf produces one error per branch; keep the deepest error for each location.
    const errors = [...(v.errors ?? [])].filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
    const seen = new Set<string>();
    // Deepest first; at one location an unexpected key beats the other anyOf branch's complaint.
    errors.sort((a, b) => b.instancePath.length - a.instancePath.length || Number(b.keyword === 'additionalProperties') - Number(a.keyword === 'additionalProperties'));
    for (const err of errors) {
      const path = pathOf(err.instancePath);
      const extra = err.keyword === 'additionalProperties' ? String((err.params as { additionalProperty: string }).additionalProperty) : undefined;
      const id = err.instancePath + '|' + (extra ?? '');
      // Skip a parent error when a child of it was already reported.
      if (seen.has(id) || [...seen].some((s) => (s.startsWith(err.instancePath + '/') || s.startsWith(err.instancePath + '|')) && !extra)) continue;
      seen.add(id);
      const [s, e] = rangeAt(doc, path, extra);
      at(s, e, describe(err));
      invalidPaths.push(extra !== undefined ? [...path, extra] : path);
    }
  }
  duplicateItemIds(data as Record<string, unknown>, doc, invalidPaths, at);
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { config: sanitize(data as Record<string, unknown>, invalidPaths), problems };
}

/** Checklist item ids must be unique: ticks and the audit log refer to them. */
function duplicateItemIds(data: Record<string, unknown>, doc: Document, invalid: Path[], at: (s: number, e: number, m: string) => void): void {
  const cl = data.checklist as { items?: unknown } | undefined;
  if (!cl || typeof cl !== 'object' || !Array.isArray(cl.items)) return;
  const seen = new Set<string>();
  cl.items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      const [s, e] = rangeAt(doc, ['checklist', 'items', i, 'id']);
      at(s, e, `Duplicate checklist item id "${id}"; ids must be unique.`);
      invalid.push(['checklist', 'items', i]);
    }
    seen.add(id);
  });
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));
}

/** Keep only the parts of the config that validated; drop every invalid subtree. */
function sanitize(data: Record<string, unknown>, invalid: Path[]): ClearpostConfig {
  const bad = (path: Path): boolean => invalid.some((p) => isPrefix(p, path) || isPrefix(path, p));
  const config = emptyConfig();
  const rules = data.rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
      if (bad(['rules', id])) continue;
      if (typeof value === 'string') config.rules[id] = { severity: value as Level };
      else if (value && typeof value === 'object') config.rules[id] = value as RuleConfig;
    }
  }
  const cats = data.categories;
  if (cats && typeof cats === 'object' && !Array.isArray(cats)) {
    for (const [c, value] of Object.entries(cats as Record<string, unknown>)) {
      if (!bad(['categories', c])) config.categories[c as Category] = value as Level;
    }
  }
  if (Array.isArray(data.allow)) {
    data.allow.forEach((term, i) => {
      // Unquoted phone numbers arrive as YAML numbers.
      if (!bad(['allow', i]) && (typeof term === 'string' || typeof term === 'number')) config.allow.push(String(term));
    });
  }
  const cl = data.checklist;
  if (cl && typeof cl === 'object' && !Array.isArray(cl) && !bad(['checklist'])) {
    config.checklist = cl as ChecklistConfig;
  } else if (cl && typeof cl === 'object' && !Array.isArray(cl)) {
    // Keep the valid parts; an invalid items list falls back to the default items as a whole.
    const c = cl as Record<string, unknown>;
    const out: ChecklistConfig = {};
    if (Array.isArray(c.items) && !bad(['checklist', 'items'])) out.items = c.items as ChecklistConfig['items'];
    if (Array.isArray(c.requiredRoles) && !bad(['checklist', 'requiredRoles'])) out.requiredRoles = c.requiredRoles as string[];
    if (typeof c.authorMayNotSign === 'boolean' && !bad(['checklist', 'authorMayNotSign'])) out.authorMayNotSign = c.authorMayNotSign;
    if (c.authorFields && typeof c.authorFields === 'object' && !bad(['checklist', 'authorFields'])) out.authorFields = c.authorFields as ChecklistConfig['authorFields'];
    config.checklist = out;
  }
  return config;
}
