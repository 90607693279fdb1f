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

  it('finds overlapping and nested strings as includes does (one automaton for every gate)', () => {
    // The classic Aho–Corasick case: "he", "she", "his", "hers" in "ushers".
    assert.equal(new Gate(['his']).in('ushers'), false);
    assert.equal(new Gate(['hers']).in('ushers'), true);
    assert.equal(new Gate(['she']).in('ushers'), true);
    assert.equal(new Gate(['he']).in('USHERS'), true);
    assert.equal(new Gate(['i can', "i'll"]).in('I’ll call'), false, 'a curly apostrophe is not a straight one');
    assert.equal(new Gate(['i can', "i'll"]).in("I'll call"), true);
  });

  it('agrees with String.includes on random texts and strings', () => {
    // Bounded: 300 random gates over 300 random texts from a small alphabet (dense overlaps).
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'abc .\'\u00e9#';
    const word = (max: number): string => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    const texts = Array.from({ length: 300 }, () => word(40));
    for (let g = 0; g < 300; g++) {
      const needles = Array.from({ length: 1 + rand(4) }, () => word(4).toLowerCase());
      const gate = new Gate(needles);
      for (const t of texts) assert.equal(gate.in(t), needles.some((n) => t.toLowerCase().includes(n)), `${JSON.stringify(needles)} in ${JSON.stringify(t)}`);
    }
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
