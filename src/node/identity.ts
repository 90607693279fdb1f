// Who is ticking or signing: shared by the CLI and the editor. Node only, never `vscode`.
import { spawnSync } from 'node:child_process';
import { parseIdentity, type Identity } from '../core/checklist/index';

/** git config user.name / user.email as seen from `cwd` (empty strings when unset or no git). */
export function gitIdentity(cwd: string, env: Record<string, string | undefined> = process.env): Identity {
  const get = (key: string): string => {
    const r = spawnSync('git', ['config', '--get', key], { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 5000 });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  return { name: get('user.name'), email: get('user.email') };
}

/** The first complete identity among candidates (a candidate may fill only one field). */
export function firstIdentity(...candidates: Partial<Identity>[]): Identity | null {
  const name = candidates.map((c) => c.name?.trim()).find((v) => v);
  const email = candidates.map((c) => c.email?.trim()).find((v) => v);
  return name && email ? { name, email } : null;
}

/** Why "Name <email>" typed by a reviewer is not usable, or undefined when it is. */
export function identityProblem(value: string): string | undefined {
  const id = parseIdentity(value);
  return id.name && id.email && /^[^\s@<>]+@[^\s@<>]+$/.test(id.email) ? undefined : 'Type your name and e-mail address as "Name <email>".';
}
