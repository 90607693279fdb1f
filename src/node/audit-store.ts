// The audit log on disk (.clearpost/audit.jsonl and its head), shared by the CLI and the editor.
// Node only (fs), never `vscode`. Every change to a post's checklist state goes through
// withAudit/withAuditAsync: under a lock file, verify the log is intact, make the change, then
// append one hash-chained record. Nothing is written when the log is damaged or locked.
import fs from 'node:fs';
import path from 'node:path';
import { AUDIT_DIR, AUDIT_FILE, AUDIT_HEAD_FILE, headFor, headText, nextRecordLine, verifyAudit, type AuditEntry } from '../core/checklist/index';

/** A refusal with a one-line, user-facing message (the CLI prints it; the editor shows it). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

const LOCK_STALE_MS = 30_000;
const LOCK_ATTEMPTS = 100;
const LOCK_WAIT_MS = 50;

/** Paths of the audit log, its head and its lock under a workspace root. */
export function auditPaths(root: string): { dir: string; log: string; head: string; lock: string } {
  const dir = path.join(root, AUDIT_DIR);
  return { dir, log: path.join(dir, AUDIT_FILE), head: path.join(dir, AUDIT_HEAD_FILE), lock: path.join(dir, 'audit.lock') };
}

/** The time format of audit records, ticks and sign-offs: ISO 8601 UTC without milliseconds. */
export function auditTime(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Write a file atomically (temp file in the same folder, then rename), keeping its mode. */
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
    throw new StoreError(`cannot write ${file}: ${code(e)}; it is unchanged`);
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError(`cannot read ${file}: ${code(e)}`);
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Take the lock file, waiting up to ~5 s; a lock older than 30 s was left by a crashed process. */
function lock(root: string, wait: (ms: number) => void): { paths: ReturnType<typeof auditPaths>; fd: number } {
  const p = auditPaths(root);
  try {
    fs.mkdirSync(p.dir, { recursive: true });
  } catch (e) {
    throw new StoreError(`cannot create ${p.dir}: ${code(e)}`);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return { paths: p, fd: fs.openSync(p.lock, 'wx') };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreError(`cannot lock the audit log: ${code(e)}`);
      try {
        if (Date.now() - fs.statSync(p.lock).mtimeMs > LOCK_STALE_MS) fs.rmSync(p.lock, { force: true });
      } catch {
        /* it went away */
      }
      if (attempt >= LOCK_ATTEMPTS) throw new StoreError(`the audit log is locked by another clearpost process (${p.lock}); try again`);
      wait(LOCK_WAIT_MS);
    }
  }
}

function unlock(l: { paths: ReturnType<typeof auditPaths>; fd: number }): void {
  fs.closeSync(l.fd);
  fs.rmSync(l.paths.lock, { force: true });
}

/** Verify the log and build the record line to append (throws when the log is damaged). */
function prepare(p: ReturnType<typeof auditPaths>, entry: AuditEntry): { line: string; count: number } {
  const log = readOrNull(p.log) ?? '';
  const verdict = verifyAudit(log, readOrNull(p.head));
  if (!verdict.ok) throw new StoreError(`the audit log ${p.log} is damaged at line ${verdict.line}: ${verdict.reason} Nothing was written; run clearpost audit verify`);
  const lines = log === '' ? [] : log.slice(0, -1).split('\n');
  return { line: nextRecordLine(entry, lines.length ? lines[lines.length - 1] : null, lines.length), count: lines.length + 1 };
}

function append(p: ReturnType<typeof auditPaths>, rec: { line: string; count: number }): void {
  try {
    const out = fs.openSync(p.log, 'a');
    try {
      fs.writeSync(out, rec.line + '\n');
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
  } catch (e) {
    throw new StoreError(`cannot append to ${p.log}: ${code(e)}`);
  }
  writeFileAtomic(p.head, headText(headFor(rec.line, rec.count)));
}

/** Synchronous form (the CLI): check the log, run `change` (which writes the post), append one record. */
export function withAudit(root: string, entry: AuditEntry, change: () => void): void {
  const l = lock(root, sleepSync);
  try {
    const rec = prepare(l.paths, entry);
    change();
    append(l.paths, rec);
  } finally {
    unlock(l);
  }
}

/**
 * Asynchronous form (the editor, whose change is a WorkspaceEdit plus a save). The lock is taken
 * without blocking the extension host for long: at most one short synchronous wait per attempt.
 */
export async function withAuditAsync<T>(root: string, entry: AuditEntry, change: () => Promise<T>): Promise<T> {
  const l = lock(root, sleepSync);
  try {
    const rec = prepare(l.paths, entry);
    const out = await change();
    append(l.paths, rec);
    return out;
  } finally {
    unlock(l);
  }
}

/** Read the audit log and its head for verification (null when absent). */
export function readAudit(root: string): { log: string | null; head: string | null; paths: ReturnType<typeof auditPaths> } {
  const p = auditPaths(root);
  return { log: readOrNull(p.log), head: readOrNull(p.head), paths: p };
}
