// Gates in front of the rules' regexes (strings a text must contain before a pattern runs) and the
// text memos behind them. Gates only skip work: the rules' own tests and the before/after
// comparison on the ~2,000 documents of the test corpus (see the commit) show no finding changes.
import assert from 'node:assert/strict';
import { Gate, lowerOf } from '../../src/core/text/gate';
import { TextMemo, clearTextMemos } from '../../src/core/text/memo';
import { lint } from '../../src/core/index';

describe('text/gate: Gate', () => {
  it('is true exactly when the text contains one of the strings, in any case', () => {
    const g = new Gate(['just', 'a.m.', '#', 'o(k)']);
    assert.equal(g.in('I JUST finished'), true);
    assert.equal(g.in('at 4 A.M. sharp'), true);
    assert.equal(g.in('at 4 aXmX sharp'), false, 'no character is special');
    assert.equal(g.in('#livetweeting'), true);
    assert.equal(g.in('O(K)'), true);
    assert.equal(g.in('adjusted at 4 am'), true, 'a substring inside a word passes too (a gate may be wider than its pattern)');
    assert.equal(g.in('nothing here'), false);
    assert.equal(g.in(''), false);
  });

  it('lower-cases each text once and returns the same string while it is memoised', () => {
    const t = `Some Block ${Math.random()}`;
    assert.equal(lowerOf(t), t.toLowerCase());
    assert.equal(lowerOf(t), lowerOf(t));
  });

  it('matches astral strings such as emoji', () => {
    const g = new Gate(['\u{1F644}']);
    assert.equal(g.in('sure \u{1F644}'), true);
    assert.equal(g.in('sure \u{1F612}'), false);
  });

  it('refuses no strings, empty strings and strings not in lower case (they could never match)', () => {
    assert.throws(() => new Gate([]), /at least one/);
    assert.throws(() => new Gate(['Just']), /lower case/);
    assert.throws(() => new Gate(['']), /non-empty/);
  });
});

describe('text/memo: TextMemo and clearTextMemos', () => {
  it('computes once per text, again after a new context, and never grows past its bound', () => {
    const memo = new TextMemo<number>(3);
    let calls = 0;
    const len = (t: string): number => {
      calls++;
      return t.length;
    };
    assert.equal(memo.get('abc', len, 1), 3);
    assert.equal(memo.get('abc', len, 1), 3);
    assert.equal(calls, 1, 'a hit does not recompute');
    assert.equal(memo.get('abc', len, 2), 3);
    assert.equal(calls, 2, 'a new context (another reference day) recomputes');
    for (const t of ['a', 'bb', 'ccc', 'dddd', 'eeeee']) memo.get(t, len, 2);
    assert.ok(memo.size <= 3, `size ${memo.size}`);
  });

  it('clearTextMemos empties every memo, so a benchmark can measure a cold full lint', () => {
    const memo = new TextMemo<string>(10);
    memo.get('x', (t) => t.toUpperCase());
    assert.equal(memo.size, 1);
    clearTextMemos();
    assert.equal(memo.size, 0);
  });

  it('a cold lint and a warm lint of the same post give the same findings', () => {
    const text = 'On March 3 my 67-year-old patient, a teacher, came to the ER. I just finished a code.\n';
    const now = new Date('2026-11-24T12:00:00Z');
    clearTextMemos();
    const cold = lint(text, { now }).findings;
    const warm = lint(text, { now }).findings;
    assert.ok(cold.length >= 3, `${cold.length} findings`);
    assert.deepEqual(warm, cold);
  });
});
