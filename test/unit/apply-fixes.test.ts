// applyFixes: fixes are plain data, applied in order; a fix that conflicts with an accepted one or
// falls outside the text is skipped whole, so the result is deterministic and never half-applied.
import assert from 'node:assert/strict';
import { applyFixes, lint, type Fix } from '../../src/core/index';

function fix(title: string, ...edits: [number, number, string][]): Fix {
  return { title, edits: edits.map(([start, end, text]) => ({ start, end, text })) };
}

/** The result with fixes named by title, for compact whole-object assertions. */
function apply(text: string, fixes: Fix[]): { text: string; applied: string[]; skipped: string[] } {
  const r = applyFixes(text, fixes);
  return { text: r.text, applied: r.applied.map((f) => f.title), skipped: r.skipped.map((f) => f.title) };
}

describe('applyFixes', () => {
  it('removes the comma or conjunction between two removed items with them, and nothing else', () => {
    const text = 'Call 402-555-0188 or 402-555-0199 for records, MRN 12, 13 and 14 today.';
    const del = (a: string, from = 0): Fix => {
      const i = text.indexOf(a, from);
      return fix(`remove ${a}`, [i - 1, i + a.length, '']);
    };
    const r = applyFixes(text, [del('402-555-0188'), del('402-555-0199'), del('12'), del('13'), del('14', 60)]);
    assert.equal(r.text, 'Call for records, MRN today.');
    assert.equal(r.applied.length, 5);
    // The merged edits are what the editor applies: they give the same text.
    let out = text;
    for (const e of [...r.edits].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    assert.equal(out, r.text);
    assert.equal(r.edits.length, 2);
    // One removal alone keeps its conjunction; a replacement next to a removal is not joined; other words between are kept.
    assert.equal(applyFixes(text, [del('402-555-0188')]).text, 'Call or 402-555-0199 for records, MRN 12, 13 and 14 today.');
    const i = text.indexOf('402-555-0199');
    assert.equal(applyFixes(text, [del('402-555-0188'), fix('generalise', [i, i + 12, 'our office'])]).text, 'Call or our office for records, MRN 12, 13 and 14 today.');
    assert.equal(applyFixes('a 1 then 2 b', [fix('x', [1, 3, '']), fix('y', [8, 10, ''])]).text, 'a then b');
  });

  it('returns the text unchanged when there are no fixes', () => {
    assert.deepEqual(applyFixes('abc\r\n😀', []), { text: 'abc\r\n😀', applied: [], skipped: [], edits: [] });
    assert.deepEqual(applyFixes('', []), { text: '', applied: [], skipped: [], edits: [] });
  });

  it('applies non-overlapping fixes whatever their order, reporting them in the order given', () => {
    const late = fix('late', [4, 5, 'E']);
    const early = fix('early', [0, 1, 'A']);
    const result = applyFixes('abcdef', [late, early]);
    assert.deepEqual(result, { text: 'AbcdEf', applied: [late, early], skipped: [], edits: [{ start: 0, end: 1, text: 'A' }, { start: 4, end: 5, text: 'E' }] });
    // The very objects given are reported, not copies.
    assert.equal(result.applied[0], late);
    assert.deepEqual(apply('abcdef', [early, late]), { text: 'AbcdEf', applied: ['early', 'late'], skipped: [] });
  });

  it('applies replacements, deletions and insertions of other lengths at the right places', () => {
    assert.deepEqual(apply('The 67-year-old man', [fix('age', [4, 15, 'older']), fix('noun', [16, 19, 'patient'])]), {
      text: 'The older patient',
      applied: ['age', 'noun'],
      skipped: [],
    });
    assert.deepEqual(apply('abcdef', [fix('delete all', [0, 6, ''])]), { text: '', applied: ['delete all'], skipped: [] });
    assert.deepEqual(apply('abcdef', [fix('append', [6, 6, '!'])]), { text: 'abcdef!', applied: ['append'], skipped: [] });
    assert.deepEqual(apply('', [fix('into empty', [0, 0, 'x'])]), { text: 'x', applied: ['into empty'], skipped: [] });
  });

  it('skips a fix that overlaps an earlier accepted fix, whole, so the first one wins', () => {
    assert.deepEqual(apply('abcdef', [fix('first', [1, 3, 'X']), fix('second', [2, 4, 'Y'])]), { text: 'aXdef', applied: ['first'], skipped: ['second'] });
    assert.deepEqual(apply('abcdef', [fix('second', [2, 4, 'Y']), fix('first', [1, 3, 'X'])]), { text: 'abYef', applied: ['second'], skipped: ['first'] });
    // Containment is overlap too.
    assert.deepEqual(apply('abcdef', [fix('outer', [0, 6, 'Z']), fix('inner', [2, 3, 'Y'])]), { text: 'Z', applied: ['outer'], skipped: ['inner'] });
    assert.deepEqual(apply('abcdef', [fix('same', [2, 3, 'Y']), fix('same again', [2, 3, 'Q'])]), { text: 'abYdef', applied: ['same'], skipped: ['same again'] });
  });

  it('skips a multi-edit fix whole when any one of its edits conflicts', () => {
    const accepted = fix('accepted', [4, 5, 'E']);
    const multi = fix('multi', [0, 1, 'A'], [4, 5, 'Z']);
    assert.deepEqual(apply('abcdef', [accepted, multi]), { text: 'abcdEf', applied: ['accepted'], skipped: ['multi'] });
    // Later fixes are still considered against the accepted ones only.
    assert.deepEqual(apply('abcdef', [accepted, multi, fix('later', [0, 1, 'A'])]), {
      text: 'AbcdEf',
      applied: ['accepted', 'later'],
      skipped: ['multi'],
    });
  });

  it('applies all edits of a multi-edit fix together', () => {
    assert.deepEqual(apply('abcdef', [fix('both ends', [0, 1, 'A'], [4, 6, 'EF!'])]), { text: 'AbcdEF!', applied: ['both ends'], skipped: [] });
    assert.deepEqual(apply('abcdef', [fix('edits out of order', [4, 6, 'EF'], [0, 1, 'A'])]), { text: 'AbcdEF', applied: ['edits out of order'], skipped: [] });
    assert.deepEqual(apply('abcdef', [fix('m', [0, 1, 'A'], [4, 5, 'E']), fix('n', [4, 5, 'Z']), fix('o', [2, 3, 'C'])]), {
      text: 'AbCdEf',
      applied: ['m', 'o'],
      skipped: ['n'],
    });
  });

  it('skips a fix whose own edits overlap each other', () => {
    assert.deepEqual(apply('abcdef', [fix('self-overlap', [0, 2, 'A'], [1, 3, 'B'])]), { text: 'abcdef', applied: [], skipped: ['self-overlap'] });
    assert.deepEqual(apply('abcdef', [fix('two inserts at one point', [3, 3, 'A'], [3, 3, 'B'])]), {
      text: 'abcdef',
      applied: [],
      skipped: ['two inserts at one point'],
    });
  });

  it('keeps the first of two insertions at the same point and skips the second', () => {
    assert.deepEqual(apply('abcdef', [fix('X first', [2, 2, 'X']), fix('Y second', [2, 2, 'Y'])]), { text: 'abXcdef', applied: ['X first'], skipped: ['Y second'] });
    assert.deepEqual(apply('abcdef', [fix('Y first', [2, 2, 'Y']), fix('X second', [2, 2, 'X'])]), { text: 'abYcdef', applied: ['Y first'], skipped: ['X second'] });
  });

  it('puts an insertion at either edge of a replacement outside it, whatever the order', () => {
    for (const fixes of [
      [fix('insert', [2, 2, 'X']), fix('replace', [2, 3, 'Y'])],
      [fix('replace', [2, 3, 'Y']), fix('insert', [2, 2, 'X'])],
    ]) {
      assert.deepEqual(apply('abcdef', fixes).text, 'abXYdef');
      assert.deepEqual(apply('abcdef', fixes).skipped, []);
    }
    assert.deepEqual(apply('abcdef', [fix('replace', [2, 3, 'Y']), fix('insert after', [3, 3, 'X'])]), { text: 'abYXdef', applied: ['replace', 'insert after'], skipped: [] });
    // Adjacent replacements do not overlap.
    assert.deepEqual(apply('abcdef', [fix('a', [1, 2, 'P']), fix('b', [2, 3, 'Q'])]), { text: 'aPQdef', applied: ['a', 'b'], skipped: [] });
  });

  it('skips an insertion strictly inside an accepted replacement', () => {
    assert.deepEqual(apply('abcdef', [fix('replace', [1, 4, 'Y']), fix('insert inside', [2, 2, 'X'])]), { text: 'aYef', applied: ['replace'], skipped: ['insert inside'] });
    assert.deepEqual(apply('abcdef', [fix('insert inside', [2, 2, 'X']), fix('replace', [1, 4, 'Y'])]), { text: 'abXcdef', applied: ['insert inside'], skipped: ['replace'] });
  });

  it('skips edits outside the text or malformed, and applies the rest', () => {
    assert.deepEqual(
      apply('abcdef', [
        fix('past the end', [5, 7, 'P']),
        fix('negative', [-1, 0, 'Q']),
        fix('reversed', [3, 2, 'R']),
        fix('fractional', [1.5, 2, 'S']),
        fix('NaN', [Number.NaN, 1, 'T']),
        fix('insert at start', [0, 0, '>']),
      ]),
      { text: '>abcdef', applied: ['insert at start'], skipped: ['past the end', 'negative', 'reversed', 'fractional', 'NaN'] },
    );
    // A multi-edit fix with one edit out of range is skipped whole.
    assert.deepEqual(apply('abc', [fix('half valid', [0, 1, 'A'], [2, 9, 'C'])]), { text: 'abc', applied: [], skipped: ['half valid'] });
  });

  it('counts offsets in UTF-16 code units', () => {
    assert.deepEqual(apply('😀 pat', [fix('after emoji', [3, 6, 'X'])]), { text: '😀 X', applied: ['after emoji'], skipped: [] });
    assert.deepEqual(apply('a\r\nb', [fix('crlf', [1, 3, '\n'])]), { text: 'a\nb', applied: ['crlf'], skipped: [] });
  });

  it('is deterministic and does not modify its inputs', () => {
    const fixes = [fix('c', [4, 6, 'Z']), fix('a', [0, 2, 'X']), fix('b', [1, 3, 'Y']), fix('d', [3, 3, '-'])];
    const copy = JSON.parse(JSON.stringify(fixes)) as Fix[];
    const first = apply('abcdef', fixes);
    assert.deepEqual(first, { text: 'Xc-dZ', applied: ['c', 'a', 'd'], skipped: ['b'] });
    assert.deepEqual(apply('abcdef', fixes), first);
    assert.deepEqual(fixes, copy);
  });

  it('applies the preferred fixes of real findings to text that no longer has them', () => {
    const text = 'Write to pat@example.com or pam@example.org.\n';
    const found = lint(text).findings.filter((f) => f.ruleId === 'email-address');
    assert.deepEqual(
      found.map((f) => text.slice(f.range.start.offset, f.range.end.offset)),
      ['pat@example.com', 'pam@example.org'],
    );
    const result = applyFixes(text, found.map((f) => f.fixes[0]));
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.applied.length, found.length);
    assert.deepEqual(lint(result.text).findings.filter((f) => f.ruleId === 'email-address'), []);
    for (const address of ['pat@example.com', 'pam@example.org']) assert.equal(result.text.includes(address), false);
  });
});
