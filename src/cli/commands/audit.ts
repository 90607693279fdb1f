// `clearpost audit verify [DIR]`: check the audit log's hash chain and name the first broken record.
import path from 'node:path';
import fs from 'node:fs';
import { verifyAudit } from '../../core/checklist/index';
import { auditPaths, CliError, EXIT, parse, rel, type Io } from './common';

export const AUDIT_USAGE = 'clearpost audit verify [DIR]';

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function auditCommand(args: string[], io: Io): number {
  const { positionals } = parse(args, {});
  const [sub, dir, ...extra] = positionals;
  if (sub !== 'verify') throw new CliError(sub ? `unknown audit subcommand "${sub}", expected verify` : 'expected a subcommand: verify');
  if (extra.length) throw new CliError('expected at most one DIR');
  const root = path.resolve(io.cwd, dir ?? '.');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new CliError(`no such directory: ${dir}`);
  const p = auditPaths(root);
  const log = read(p.log);
  const verdict = verifyAudit(log, read(p.head));
  const name = rel(io.cwd, p.log);
  if (verdict.ok) {
    io.stdout(log === null ? `${name}: no audit log yet (0 records)\n` : `${name}: intact, ${verdict.records} record${verdict.records === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  }
  io.stdout(`${name}:${verdict.line}: broken: ${verdict.reason}\n`);
  return EXIT.errors;
}
