// Reading rule fixtures: test/fixtures/rules/<id>/{ok*.md, not-ok*.md, not-ok*.expected.txt, not-ok*.fixed.md, .clearpost.yml}
import fs from 'node:fs';
import path from 'node:path';
import { parseConfig, type ClearpostConfig, type Finding } from '../../src/core/index';

export const FIXTURE_ROOT = path.join(__dirname, '..', 'fixtures', 'rules');
/** Fixtures are linted as of this date so date arithmetic is reproducible. */
export const FIXTURE_NOW = new Date('2026-11-24T12:00:00Z');

export interface FixtureDir {
  ruleId: string;
  dir: string;
  config: ClearpostConfig | undefined;
  ok: string[];
  notOk: string[];
  /** Config fixtures (for config-invalid): ok*.yml and not-ok*.yml. */
  okYaml: string[];
  notOkYaml: string[];
}

export function listFixtureDirs(): FixtureDir[] {
  if (!fs.existsSync(FIXTURE_ROOT)) return [];
  return fs
    .readdirSync(FIXTURE_ROOT)
    .sort()
    .map((ruleId) => {
      const dir = path.join(FIXTURE_ROOT, ruleId);
      const files = fs.readdirSync(dir).sort();
      const cfgFile = path.join(dir, '.clearpost.yml');
      const config = fs.existsSync(cfgFile) ? parseConfig(fs.readFileSync(cfgFile, 'utf8')).config : undefined;
      return {
        ruleId,
        dir,
        config,
        ok: files.filter((f) => /^ok.*\.md$/.test(f)),
        notOk: files.filter((f) => /^not-ok.*\.md$/.test(f) && !f.endsWith('.fixed.md')),
        okYaml: files.filter((f) => /^ok.*\.ya?ml$/.test(f)),
        notOkYaml: files.filter((f) => /^not-ok.*\.ya?ml$/.test(f)),
      };
    });
}

/** One line per finding: "3:5-3:16 warning Message text". */
export function formatExpected(findings: Finding[]): string {
  return findings
    .map((f) => `${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.severity} ${f.message}`)
    .join('\n') + (findings.length ? '\n' : '');
}

export function readFixture(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
