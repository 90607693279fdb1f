// The audit log format: a hash chain of JSON lines, and verification that names the first
// broken record for an edit, a deletion, a reordering or a truncation.
import assert from 'node:assert/strict';
import { GENESIS, headFor, headText, nextRecordLine, verifyAudit, type AuditEntry } from '../../src/core/checklist/index';
import { sha256Hex } from '../../src/core/checklist/hash';

const T = '2026-11-24T12:00:00Z';

function entry(i: number): AuditEntry {
  return { event: i % 2 ? 'tick' : 'signoff', time: T, post: 'posts/a.md', name: `Reviewer ${i}`, email: `r${i}@example.org`, item: `item-${i}`, contentHash: `sha256:${'ab'.repeat(32)}` };
}

/** A log of n records and its head, as the CLI writes them. */
function build(n: number): { log: string; head: string; lines: string[] } {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(nextRecordLine(entry(i + 1), lines.length ? lines[lines.length - 1] : null, lines.length));
  return { log: lines.map((l) => l + '\n').join(''), head: headText(headFor(lines[n - 1], n)), lines };
}

const join = (lines: string[]): string => lines.map((l) => l + '\n').join('');

describe('audit log format', () => {
  it('chains each record to the SHA-256 of the previous line, starting from 64 zeros', () => {
    const { lines } = build(3);
    const recs = lines.map((l) => JSON.parse(l));
    assert.equal(recs[0].prev, GENESIS);
    assert.equal(recs[1].prev, sha256Hex(lines[0]));
    assert.equal(recs[2].prev, sha256Hex(lines[1]));
    const { hash, ...rest } = recs[0];
    assert.equal(hash, sha256Hex(JSON.stringify(rest)));
    assert.deepEqual(rest, {
      seq: 1,
      prev: GENESIS,
      event: 'tick',
      time: T,
      post: 'posts/a.md',
      name: 'Reviewer 1',
      email: 'r1@example.org',
      item: 'item-1',
      contentHash: `sha256:${'ab'.repeat(32)}`,
    });
  });

  it('leaves out fields that are not set and never carries note text', () => {
    const line = nextRecordLine({ event: 'override', time: T, post: 'a.md', name: 'N', email: 'e@x.org', rule: 'email-address', noteHash: sha256Hex('reason') }, null, 0);
    assert.deepEqual(Object.keys(JSON.parse(line)), ['seq', 'prev', 'event', 'time', 'post', 'name', 'email', 'rule', 'noteHash', 'hash']);
  });

  it('verifies an intact log, and an empty one', () => {
    const { log, head } = build(4);
    assert.deepEqual(verifyAudit(log, head), { ok: true, records: 4, line: null, reason: null });
    assert.deepEqual(verifyAudit(null, null), { ok: true, records: 0, line: null, reason: null });
  });
});

describe('audit log tampering', () => {
  const { head, lines } = build(4);

  it('detects an edited record', () => {
    const edited = [...lines];
    edited[1] = edited[1].replace('Reviewer 2', 'Reviewer X');
    assert.deepEqual(verifyAudit(join(edited), head), { ok: false, records: 1, line: 2, reason: 'the record does not match its own hash: it was edited.' });
  });

  it('detects an edited record whose own hash was recomputed, at the next line', () => {
    const rec = JSON.parse(lines[1]);
    delete rec.hash;
    rec.name = 'Reviewer X';
    const forged = JSON.stringify({ ...rec, hash: sha256Hex(JSON.stringify(rec)) });
    assert.deepEqual(verifyAudit(join([lines[0], forged, lines[2], lines[3]]), head), {
      ok: false,
      records: 2,
      line: 3,
      reason: 'the record does not chain to line 2: line 2 was rewritten or records were swapped.',
    });
  });

  it('detects an edit of the last record against the head', () => {
    const rec = JSON.parse(lines[3]);
    delete rec.hash;
    rec.item = 'other';
    const forged = JSON.stringify({ ...rec, hash: sha256Hex(JSON.stringify(rec)) });
    assert.deepEqual(verifyAudit(join([...lines.slice(0, 3), forged]), head), { ok: false, records: 3, line: 4, reason: 'the last record does not match audit.head: it was rewritten.' });
  });

  it('detects a deleted record', () => {
    assert.deepEqual(verifyAudit(join([lines[0], lines[2], lines[3]]), head), {
      ok: false,
      records: 1,
      line: 2,
      reason: 'expected record 2 but found record 3: a record was deleted before this line.',
    });
    assert.deepEqual(verifyAudit(join(lines.slice(2)), head), { ok: false, records: 0, line: 1, reason: 'expected record 1 but found record 3: records were deleted before this line.' });
  });

  it('detects reordered records', () => {
    assert.deepEqual(verifyAudit(join([lines[0], lines[2], lines[1], lines[3]]), head), {
      ok: false,
      records: 1,
      line: 2,
      reason: 'expected record 2 but found record 3: records were reordered.',
    });
    assert.deepEqual(verifyAudit(join([lines[1], lines[0], lines[2], lines[3]]), head).line, 1);
    assert.deepEqual(verifyAudit(join([lines[0], lines[1], lines[1], lines[3]]), head), {
      ok: false,
      records: 2,
      line: 3,
      reason: 'expected record 3 but found record 2: records were reordered or duplicated.',
    });
  });

  it('detects truncation: whole records removed from the end, or a record cut off', () => {
    assert.deepEqual(verifyAudit(join(lines.slice(0, 2)), head), {
      ok: false,
      records: 2,
      line: 3,
      reason: 'the log ends after record 2 but audit.head says it has 4: records were removed from the end (truncated).',
    });
    const cut = join(lines).slice(0, -20);
    assert.deepEqual(verifyAudit(cut, head), {
      ok: false,
      records: 3,
      line: 4,
      reason: 'the record is cut off (no line break at the end): the log was truncated or a write was interrupted.',
    });
    assert.deepEqual(verifyAudit('', head).line, 1);
  });

  it('detects lines that are not records, records appended by hand and a missing head', () => {
    assert.deepEqual(verifyAudit(join([lines[0], 'hello']), head), { ok: false, records: 1, line: 2, reason: 'the line is not a JSON record: it was edited or corrupted.' });
    assert.deepEqual(verifyAudit(join([lines[0], '{"a":1}']), head), {
      ok: false,
      records: 1,
      line: 2,
      reason: 'the record lacks seq, prev or hash: it was edited or is not a Clearpost audit record.',
    });
    const five = build(5);
    assert.deepEqual(verifyAudit(five.log, head), {
      ok: false,
      records: 5,
      line: 5,
      reason: 'audit.head says the log has 4 records but it has 5: records were appended without Clearpost.',
    });
    assert.deepEqual(verifyAudit(join(lines), null), { ok: false, records: 4, line: 4, reason: 'audit.head is missing, so truncation cannot be ruled out.' });
  });
});
