// The audit log format (.clearpost/audit.jsonl): one JSON record per line, hash-chained.
// Records carry ids, hashes and names only — never post text, notes or reasons (their hashes instead).
import { sha256Hex } from './hash';

export const AUDIT_DIR = '.clearpost';
export const AUDIT_FILE = 'audit.jsonl';
/** Count and hash of the last record, rewritten after each append, so truncation at the end shows. */
export const AUDIT_HEAD_FILE = 'audit.head';
export const GENESIS = '0'.repeat(64);

export const AUDIT_EVENTS = ['tick', 'untick', 'signoff', 'override', 'publish'] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

/** What the caller supplies; seq, prev and hash are filled in by appendRecord. */
export interface AuditEntry {
  event: AuditEvent;
  time: string;
  /** Post path relative to the workspace root, with "/" separators. */
  post: string;
  name: string;
  email: string;
  role?: string;
  item?: string;
  rule?: string;
  /** Content hash ("sha256:…") at the time of the event. */
  contentHash?: string;
  /** SHA-256 of the note or reason text; the text itself stays in the post. */
  noteHash?: string;
}

export interface AuditRecord extends AuditEntry {
  /** 1-based position in the log. */
  seq: number;
  /** SHA-256 of the previous record's line (without its line break); 64 zeros for the first. */
  prev: string;
  /** SHA-256 of this record's JSON without the hash field: pinpoints an edited record. */
  hash: string;
}

export interface AuditHead {
  count: number;
  last: string;
}

/** The line for the next record (no line break), given the log's current last line or null. */
export function nextRecordLine(entry: AuditEntry, lastLine: string | null, count: number): string {
  const body = { seq: count + 1, prev: lastLine === null ? GENESIS : sha256Hex(lastLine), ...dropUndefined(entry) };
  const json = JSON.stringify(body);
  return JSON.stringify({ ...body, hash: sha256Hex(json) });
}

function dropUndefined(entry: AuditEntry): AuditEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as AuditEntry;
}

export function headText(head: AuditHead): string {
  return JSON.stringify(head) + '\n';
}

/** Head for a log whose last line and record count are known. */
export function headFor(lastLine: string, count: number): AuditHead {
  return { count, last: sha256Hex(lastLine) };
}

export interface AuditVerdict {
  ok: boolean;
  /** Number of complete, intact records read before the first break (all of them when ok). */
  records: number;
  /** 1-based line of the first broken record, or null. */
  line: number | null;
  /** Why, one sentence, or null. */
  reason: string | null;
}

/** Split the log into lines; the last element is "" when the log ends with a line break. */
function lines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

function seqOf(line: string): number | null {
  try {
    const v = (JSON.parse(line) as { seq?: unknown }).seq;
    return typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** Verify the chain: every record parses, is numbered in order, hashes to itself and links to its predecessor. */
export function verifyAudit(logText: string | null, headRaw: string | null): AuditVerdict {
  const broken = (records: number, line: number, reason: string): AuditVerdict => ({ ok: false, records, line, reason });
  const all = lines(logText ?? '');
  const complete = all.length && all[all.length - 1] === '' ? all.slice(0, -1) : all;
  const partial = all.length > 0 && all[all.length - 1] !== '';
  let prevLine: string | null = null;
  for (let i = 0; i < complete.length; i++) {
    const n = i + 1;
    const raw = complete[i];
    if (partial && i === complete.length - 1) return broken(i, n, 'the record is cut off (no line break at the end): the log was truncated or a write was interrupted.');
    let rec: AuditRecord;
    try {
      rec = JSON.parse(raw) as AuditRecord;
    } catch {
      return broken(i, n, 'the line is not a JSON record: it was edited or corrupted.');
    }
    if (!rec || typeof rec !== 'object' || typeof rec.seq !== 'number' || typeof rec.prev !== 'string' || typeof rec.hash !== 'string') {
      return broken(i, n, 'the record lacks seq, prev or hash: it was edited or is not a Clearpost audit record.');
    }
    if (rec.seq > n) {
      const later = complete.slice(i + 1).some((l) => seqOf(l) === n);
      return broken(i, n, `expected record ${n} but found record ${rec.seq}: ${later ? 'records were reordered' : rec.seq - n === 1 ? 'a record was deleted before this line' : 'records were deleted before this line'}.`);
    }
    if (rec.seq < n) return broken(i, n, `expected record ${n} but found record ${rec.seq}: records were reordered or duplicated.`);
    const { hash, ...rest } = rec;
    if (sha256Hex(JSON.stringify(rest)) !== hash) return broken(i, n, 'the record does not match its own hash: it was edited.');
    const expected = prevLine === null ? GENESIS : sha256Hex(prevLine);
    if (rec.prev !== expected) {
      return broken(i, n, n === 1 ? 'the first record does not start the chain: earlier records were removed.' : `the record does not chain to line ${n - 1}: line ${n - 1} was rewritten or records were swapped.`);
    }
    prevLine = raw;
  }
  const count = complete.length;
  if (headRaw === null) {
    return count === 0 ? { ok: true, records: 0, line: null, reason: null } : broken(count, count, `${AUDIT_HEAD_FILE} is missing, so truncation cannot be ruled out.`);
  }
  let head: AuditHead;
  try {
    head = JSON.parse(headRaw) as AuditHead;
  } catch {
    return broken(count, count, `${AUDIT_HEAD_FILE} is not valid JSON.`);
  }
  if (head.count > count) return broken(count, count + 1, `the log ends after record ${count} but ${AUDIT_HEAD_FILE} says it has ${head.count}: records were removed from the end (truncated).`);
  if (head.count < count) return broken(count, head.count + 1, `${AUDIT_HEAD_FILE} says the log has ${head.count} records but it has ${count}: records were appended without Clearpost.`);
  if (count > 0 && head.last !== sha256Hex(prevLine!)) return broken(count - 1, count, `the last record does not match ${AUDIT_HEAD_FILE}: it was rewritten.`);
  return { ok: true, records: count, line: null, reason: null };
}
