// `--format json`: the contract other tools parse (design.md §2). Extend only by adding fields.
import type { FileReport } from './report';

export function formatJson(files: FileReport[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => ({ path: f.path, findings: f.findings, ...(f.fixed ? { fixed: f.fixed } : {}) })) }) + '\n';
}
