// Shared plumbing of the checklist commands: load a post with its config and findings, resolve
// the reviewer's identity, and append to the audit log. Formatting lives in each command.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { lint } from '../../core/engine';
import { ConfigLocator } from '../../core/config-locator';
import {
  ChecklistError,
  parseIdentity,
  postFacts,
  resolveTemplate,
  type AuditEntry,
  type Identity,
  type PostFacts,
} from '../../core/checklist/index';
import { imageReader } from '../../node/post-files';
import { InputError, readPost } from '../files';
import { createImageMetaReader } from '../../node/image-meta';
import * as store from '../../node/audit-store';
import { StoreError } from '../../node/audit-store';
import { firstIdentity, gitIdentity } from '../../node/identity';

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
  return store.auditTime(io.now);
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
  const imageMeta = createImageMetaReader(file, root);
  const findings = lint(text, { config: loaded.config, now: io.now, imageMeta }).findings;
  const template = resolveTemplate(loaded.config.checklist);
  const facts = guard(() => postFacts(text, template, findings, imageReader(path.dirname(file), root), imageMeta));
  return { file, name: rel(root, file), text, root, facts };
}

/** Run a core operation; its refusals become one-line CLI errors. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ChecklistError) throw new CliError(e.needs ? `${e.message} Give it with --${e.needs}.` : e.message);
    throw e;
  }
}

export { imageReader } from '../../node/post-files';

/** The reviewer: --as, else CLEARPOST_USER_NAME/EMAIL, else git config user.name/user.email. */
export function resolveIdentity(io: Io, as: string | undefined): Identity {
  if (as !== undefined) {
    const id = parseIdentity(as);
    if (!id.name || !id.email) throw new CliError(`--as must look like "Name <email>", got "${as}"`);
    return id;
  }
  const env = io.env ?? process.env;
  const fromEnv = { name: env.CLEARPOST_USER_NAME, email: env.CLEARPOST_USER_EMAIL };
  const who = firstIdentity(fromEnv) ?? firstIdentity(fromEnv, gitIdentity(io.cwd, env));
  if (!who) {
    throw new CliError('who are you? Pass --as "Name <email>", or set CLEARPOST_USER_NAME and CLEARPOST_USER_EMAIL, or git config user.name and user.email');
  }
  return who;
}

/** Check the audit log, run `change` (which writes the post), then append one record; see src/node/audit-store.ts. */
export function withAudit(root: string, entry: AuditEntry, change: () => void): void {
  try {
    store.withAudit(root, entry, change);
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  }
}

export function writeFileAtomic(file: string, text: string): void {
  try {
    store.writeFileAtomic(file, text);
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  }
}

export const auditPaths = store.auditPaths;
