// `--format text` (default): one line per finding, `file:line:col severity message ruleId`.
import type { FileReport } from './report';

export function formatText(files: FileReport[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixedCount = 0;
  for (const file of files) {
    for (const fx of file.fixed ?? []) {
      lines.push(`${file.path}:${fx.line}:${fx.column} fixed ${fx.title} ${fx.ruleId}`);
      fixedCount++;
    }
    for (const f of file.findings) {
      counts[f.severity]++;
      lines.push(`${file.path}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message} ${f.ruleId}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = [`${total} finding${total === 1 ? '' : 's'}`, `${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  let summary = `${parts.join(', ')} in ${files.length} file${files.length === 1 ? '' : 's'}`;
  if (fixedCount) summary += `; ${fixedCount} fix${fixedCount === 1 ? '' : 'es'} applied`;
  lines.push(summary);
  return lines.join('\n') + '\n';
}
