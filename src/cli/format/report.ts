// The data every output format renders: one entry per linted file (design.md §2).
import type { Finding } from '../../core/index';

export interface FixedEntry {
  ruleId: string;
  title: string;
  line: number;
  column: number;
}

export interface FileReport {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  findings: Finding[];
  /** Present with --fix: the fixes that were applied and written. */
  fixed?: FixedEntry[];
}
