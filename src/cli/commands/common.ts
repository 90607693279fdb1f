// Shared plumbing of the checklist commands: load a post with its config and findings, resolve
// the reviewer's identity, and append to the audit log. Formatting lives in each command.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { lint } from '../../core/engine';
import { ConfigLocator } from '../../core/config-locator';
import {
  AUDIT_DIR,
  AUDIT_FILE,
  AUDIT_HEAD_FILE,
  ChecklistError,
  headFor,
  headText,
  nextRecordLine,
  parseIdentity,
  postFacts,
  resolveTemplate,
  verifyAudit,
  type AuditEntry,
  type Identity,
  type PostFacts,
} from '../../core/checklist/index';
import { InputError, readPost } from '../files';

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reference date for lints and the clock of sign-offs and ticks (tests pin it). */
  now?: Date;
  /** Environment for the reviewer's identity (defaults to process.env). */
  env?: Record<string, string | undefined>;
}

/** A one-line error for stderr with its exit code; the command prints `clearpost <cmd>: <message>`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Parse a command's arguments; usage errors become CliError. */
export function parse<T extends ParseArgsConfig['options']>(args: string[], options: T): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    // Node's own wording varies between versions and is long; keep the one line that matters.
    const msg = (e as Error).message.split('\n')[0];
    const unknown = /^Unknown option '([^']+)'/.exec(msg);
    throw new CliError(unknown ? `unknown option ${unknown[1]}` : msg);
  }
}

/** ISO 8601 UTC without milliseconds. */
export function isoTime(io: Io): string {
  return (io.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/') || path.basename(file);
}

export interface LoadedPost {
  file: string;
  /** Post path relative to the workspace root, "/" separated. */
  name: string;
  text: string;
  /** The workspace root: --workspace, else the config's folder, else the current directory. */
  root: string;
  facts: PostFacts;
}

/** Read a post, its configuration and findings, and the facts the checklist needs. */
export function loadPost(io: Io, postArg: string | undefined, opts: { config?: string; workspace?: string }): LoadedPost {
  if (!postArg) throw new CliError('no POST given');
  const file = path.resolve(io.cwd, postArg);
  const locator = new ConfigLocator({ exists: (f) => fs.existsSync(f), readText: (f) => fs.readFileSync(f, 'utf8') });
  const loaded = locator.forPost(file, opts.config ? path.resolve(io.cwd, opts.config) : undefined);
  if (loaded.file && loaded.problems.length > 0) {
    const p = loaded.problems[0];
    throw new CliError(`invalid configuration ${rel(io.cwd, loaded.file)}:${p.line}:${p.column}: ${p.message}`);
  }
  const root = opts.workspace ? path.resolve(io.cwd, opts.workspace) : loaded.file ? path.dirname(loaded.file) : io.cwd;
  let text: string;
  try {
    if (!fs.existsSync(file)) throw new InputError(`no such file: ${postArg}`);
    text = readPost(file);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message.replace(`${file}: `, `${postArg}: `));
    throw e;
  }
  const findings = lint(text, { config: loaded.config, now: io.now }).findings;
  const template = resolveTemplate(loaded.config.checklist);
  const facts = guard(() => postFacts(text, template, findings, imageReader(path.dirname(file), root)));
  return { file, name: rel(root, file), text, root, facts };
}

/** Run a core operation; its refusals become one-line CLI errors. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ChecklistError) throw new CliError(e.message);
    throw e;
  }
}

/** Reads images relative to the post, or to the workspace root for "/…" paths; null when absent. */
export function imageReader(postDir: string, root: string): (p: string) => Uint8Array | null {
  return (p) => {
    const abs = p.startsWith('/') ? path.join(root, p) : path.resolve(postDir, p);
    try {
      return fs.statSync(abs).isFile() ? fs.readFileSync(abs) : null;
    } catch {
      return null;
    }
  };
}

/** The reviewer: --as, else CLEARPOST_USER_NAME/EMAIL, else git config user.name/user.email. */
export function resolveIdentity(io: Io, as: string | undefined): Identity {
  if (as !== undefined) {
    const id = parseIdentity(as);
    if (!id.name || !id.email) throw new CliError(`--as must look like "Name <email>", got "${as}"`);
    return id;
  }
  const env = io.env ?? process.env;
  const git = (key: string): string => {
    const r = spawnSync('git', ['config', key], { cwd: io.cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const name = env.CLEARPOST_USER_NAME?.trim() || git('user.name');
  const email = env.CLEARPOST_USER_EMAIL?.trim() || git('user.email');
  if (!name || !email) {
    throw new CliError('who are you? Pass --as "Name <email>", or set CLEARPOST_USER_NAME and CLEARPOST_USER_EMAIL, or git config user.name and user.email');
  }
  return { name, email };
}

/** Write a file atomically (temp file in the same folder, then rename). */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.clearpost-${process.pid}-${Date.now()}.tmp`);
  let mode = 0o644;
  try {
    mode = fs.statSync(file).mode & 0o7777;
  } catch {
    /* new file */
  }
  try {
    fs.writeFileSync(tmp, text, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; it is unchanged`);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Paths of the audit log and its head under a workspace root. */
export function auditPaths(root: string): { dir: string; log: string; head: string; lock: string } {
  const dir = path.join(root, AUDIT_DIR);
  return { dir, log: path.join(dir, AUDIT_FILE), head: path.join(dir, AUDIT_HEAD_FILE), lock: path.join(dir, 'audit.lock') };
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Under the audit lock, check the log is intact, run `change` (which writes the post), then append
 * one record. Nothing is written when the log is damaged or locked.
 */
export function withAudit(root: string, entry: AuditEntry, change: () => void): void {
  const p = auditPaths(root);
  try {
    fs.mkdirSync(p.dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create ${p.dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let fd: number | null = null;
  for (let attempt = 0; fd === null; attempt++) {
    try {
      fd = fs.openSync(p.lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot lock the audit log: ${(e as NodeJS.ErrnoException).code}`);
      // A lock older than 30 s was left by a crashed process.
      try {
        if (Date.now() - fs.statSync(p.lock).mtimeMs > 30000) fs.rmSync(p.lock, { force: true });
      } catch {
        /* it went away */
      }
      if (attempt >= 100) throw new CliError(`the audit log is locked by another clearpost process (${p.lock}); try again`);
      sleep(50);
    }
  }
  try {
    const log = readOrNull(p.log) ?? '';
    const verdict = verifyAudit(log, readOrNull(p.head));
    if (!verdict.ok) throw new CliError(`the audit log ${p.log} is damaged at line ${verdict.line}: ${verdict.reason} Nothing was written; run clearpost audit verify`);
    const lines = log === '' ? [] : log.slice(0, -1).split('\n');
    const line = nextRecordLine(entry, lines.length ? lines[lines.length - 1] : null, lines.length);
    change();
    const out = fs.openSync(p.log, 'a');
    try {
      fs.writeSync(out, line + '\n');
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
    writeFileAtomic(p.head, headText(headFor(line, lines.length + 1)));
  } finally {
    fs.closeSync(fd);
    fs.rmSync(p.lock, { force: true });
  }
}
