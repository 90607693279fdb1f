// eachMatch: the one RegExp.exec loop the rules and text analysers share.
import assert from 'node:assert/strict';
import { eachMatch, firstAtOrAfter, hasDigits } from '../../src/core/text/scan';

function all(re: RegExp, text: string, from = 0): [number, string][] {
  const out: [number, string][] = [];
  eachMatch(re, text, (m) => {
    out.push([m.index, m[0]]);
  }, from);
  return out;
}

describe('text/scan', () => {
  it('visits every match in order, from the start, whatever lastIndex was left at', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    assert.deepEqual(all(re, 'a1 b22 c333'), [[1, '1'], [4, '22'], [8, '333']]);
  });

  it('starts from `from` when given', () => {
    assert.deepEqual(all(/\d+/g, 'a1 b22 c333', 3), [[4, '22'], [8, '333']]);
  });

  it('steps over empty matches and still terminates on patterns that can match nothing', () => {
    assert.deepEqual(all(/x*/g, 'axxbx'), [[1, 'xx'], [4, 'x']]);
    assert.deepEqual(all(/(?=a)|b?/g, 'aaa'), []);
    assert.deepEqual(all(/\b/g, 'one two'), []);
  });

  it('lets the callback rescan from just after a match start', () => {
    const seen: number[] = [];
    const re = /aa/g;
    eachMatch(re, 'aaaa', (m) => {
      seen.push(m.index);
      re.lastIndex = m.index + 1;
    });
    assert.deepEqual(seen, [0, 1, 2]);
  });

  it('overrides a callback that would move lastIndex backwards (no endless loop)', () => {
    const re = /a/g;
    let calls = 0;
    eachMatch(re, 'aaa', () => {
      calls++;
      if (calls > 10) throw new Error('endless loop');
      re.lastIndex = 0;
    });
    assert.equal(calls, 3);
  });

  it('stops when the callback returns false, not on other falsy values', () => {
    const seen: string[] = [];
    eachMatch(/\w/g, 'abcd', (m) => {
      seen.push(m[0]);
      if (m[0] === 'b') return false;
      return undefined;
    });
    assert.deepEqual(seen, ['a', 'b']);
    let n = 0;
    eachMatch(/\w/g, 'abcd', () => {
      n++;
      return 0 as unknown as boolean;
    });
    assert.equal(n, 4);
  });

  it('works with sticky regexes and refuses non-global ones', () => {
    assert.deepEqual(all(/\d/y, '12a3'), [[0, '1'], [1, '2']]);
    assert.throws(() => eachMatch(/\d/, '1', () => undefined), /global or sticky/);
  });

  it('hasDigits and firstAtOrAfter', () => {
    assert.equal(hasDigits('a1b2', 2), true);
    assert.equal(hasDigits('a1b', 2), false);
    assert.equal(firstAtOrAfter([1, 3, 5], 3), 1);
    assert.equal(firstAtOrAfter([1, 3, 5], 6), 3);
    assert.equal(firstAtOrAfter([], 0), 0);
  });
});
