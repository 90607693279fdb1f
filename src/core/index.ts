// Public API of the pure core (bundled as dist/core.js, CommonJS).
export { lint, LintSession, DEFAULT_DOCS_BASE_URL, type LintOptions, type LintResult } from './engine';
export { applyFixes, parseFixOnly, fixOnlyMatches, selectFixes, type ApplyFixesResult } from './fixes';
export { parseConfig, emptyConfig, CONFIG_FILE_NAMES, type ClearpostConfig, type ConfigProblem } from './config';
export { buildConfigSchema } from './schema';
export { RULES, ruleById } from './rules/index';
export { clearTextMemos } from './text/memo';
export { CATEGORIES, SEVERITIES } from './types';
export type { Category, Severity, Finding, Fix, Edit, Range, Point, RelatedLocation, SuppressedFinding } from './types';
export type { Rule, RuleMeta } from './rule';
export { markdownStructure } from './structure';
export { configProblemToFinding } from './config-findings';
export { ConfigLocator, type ConfigFs, type LoadedConfig } from './config-locator';
// Checklist, sign-off, content hash and audit record format (docs/checklist.md).
export * as checklist from './checklist/index';
