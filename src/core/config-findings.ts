// Config problems as findings of rule config-invalid, positioned in the config file itself.
import type { ConfigProblem } from './config';
import { DEFAULT_DOCS_BASE_URL } from './engine';
import { configInvalid } from './rules/config-invalid';
import type { Finding } from './types';

export function configProblemToFinding(p: ConfigProblem, docsBaseUrl = DEFAULT_DOCS_BASE_URL): Finding {
  const meta = configInvalid.meta;
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: meta.defaultSeverity,
    message: p.message,
    range: {
      start: { line: p.line, column: p.column, offset: p.start },
      end: { line: p.endLine, column: p.endColumn, offset: Math.max(p.end, p.start) },
    },
    url: `${docsBaseUrl.replace(/\/+$/, '')}/${meta.id}.md`,
    note: meta.note,
    related: [],
    fixes: [],
  };
}
