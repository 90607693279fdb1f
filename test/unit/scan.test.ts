// eachMatch: the one RegExp.exec loop the rules and text analysers share.
import assert from 'node:assert/strict';
import { eachMatch, eachMatchAtWords, firstAtOrAfter, hasDigits, LeadRegExp, SplitAlternation } from '../../src/core/text/scan';

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

  describe('SplitAlternation', () => {
    const ALTS = ['cures?', 'guaranteed(?: results)?', '(?:the )?best (?:doctor|clinic)', '\\d{2,3}% success', 'no side effects', 'painless', 'a', 'best'];
    const build = (alts: string[]): RegExp => new RegExp(`(?<![A-Za-z0-9_-])(?:${alts.map((a) => `(${a})`).join('|')})(?![A-Za-z0-9_])`, 'gi');
    const viaGlobal = (text: string): string[] => {
      const out: string[] = [];
      eachMatch(build(ALTS), text, (m) => {
        out.push(`${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
      });
      return out;
    };
    const viaSplit = (split: SplitAlternation, text: string): string[] => {
      const out: string[] = [];
      split.each(text, (m) => {
        out.push(`${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
      });
      return out;
    };

    it('finds the same matches and capture groups as the one global regex, in any grouping', () => {
      const words = ['the', 'best', 'doctor', 'clinic', 'cure', 'cures', 'guaranteed', 'results', '95%', 'success', 'no', 'side', 'effects', 'painless', 'a', 'an', 'best-in-class', 'x'];
      let seed = 7;
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
      for (const maxSource of [1, 60, 120, 100_000]) {
        const split = new SplitAlternation(build, ALTS, maxSource);
        for (let n = 0; n < 300; n++) {
          const text = Array.from({ length: 3 + (next() % 12) }, () => words[next() % words.length]).join(next() % 3 ? ' ' : ', ');
          assert.deepEqual(viaSplit(split, text), viaGlobal(text), `${text} (maxSource ${maxSource})`);
        }
      }
      assert.equal(new SplitAlternation(build, ALTS, 1).partCount, ALTS.length);
      assert.equal(new SplitAlternation(build, ALTS).partCount, 1);
    });

    it('dispatches alternatives with leads by word and still finds exactly what the global regex finds', () => {
      // The percentage has no fixed lead word, so it stays in a scanned part.
      const leads = [['cure', 'cures'], ['guaranteed'], ['the', 'best'], undefined, ['no'], ['painless'], ['a'], ['best']];
      const words = ['the', 'best', 'doctor', 'clinic', 'cure', 'cures', 'guaranteed', 'results', '95%', 'success', 'no', 'side', 'effects', 'painless', 'a', 'an', 'best-in-class', 'x', 'ſ', 'Best', 'CURES', 'x-painless', 'a1'];
      let seed = 11;
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
      for (const maxSource of [1, 100_000]) {
        const split = new SplitAlternation(build, ALTS, maxSource, leads);
        assert.equal(split.leadCount, 8);
        assert.equal(split.partCount, 1);
        for (let n = 0; n < 400; n++) {
          const text = Array.from({ length: 3 + (next() % 12) }, () => words[next() % words.length]).join(next() % 3 ? ' ' : ', ');
          assert.deepEqual(viaSplit(split, text), viaGlobal(text), `${text} (maxSource ${maxSource})`);
        }
      }
      // Leads are the contract: a wrong one loses the match, and a malformed one is refused.
      const wrong = new SplitAlternation(build, ['painless'], undefined, [['pain']]);
      assert.deepEqual(viaSplit(wrong, 'It is painless.'), []);
      assert.throws(() => new SplitAlternation(build, ['painless'], undefined, [['Painless']]), /lower-case ASCII/);
    });

    it('resumes where the callback says (to find a shorter match inside a rejected one) and stops on false', () => {
      const split = new SplitAlternation(build, ALTS, 1);
      const seen: string[] = [];
      split.each('the best doctor and the best clinic', (m) => {
        seen.push(m[0]);
        if (m[0] === 'the best doctor') return m.index + 1;
        return m[0] === 'the best clinic' ? false : undefined;
      });
      assert.deepEqual(seen, ['the best doctor', 'best doctor', 'the best clinic']);
    });
  });

  describe('LeadRegExp', () => {
    it('finds what eachMatch finds when every match begins with a lead, and only at those words', () => {
      const re = /(?<![A-Za-z0-9_])(?:(?:it|this)(?:'s| is) (?:probably|clearly)|sounds like|I think)(?: an?)? (\w+)/gi;
      const lead = new LeadRegExp(re, ['it', 'this', 'sounds', 'i']);
      const viaLead = (text: string): string[] => {
        const out: string[] = [];
        lead.each(text, (m) => {
          out.push(`${m.index}:${m[0]}:${m[1]}`);
        });
        return out;
      };
      const viaEach = (text: string): string[] => {
        const out: string[] = [];
        eachMatch(re, text, (m) => {
          out.push(`${m.index}:${m[0]}:${m[1]}`);
        });
        return out;
      };
      const words = ['it', "it's", 'this', 'is', 'probably', 'clearly', 'sounds', 'like', 'I', 'think', 'a', 'an', 'ulcer', 'sprain', 'It', 'SOUNDS', 'xit', '4it'];
      let seed = 3;
      const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
      for (let n = 0; n < 400; n++) {
        const text = Array.from({ length: 3 + (next() % 12) }, () => words[next() % words.length]).join(next() % 4 ? ' ' : '. ');
        assert.deepEqual(viaLead(text), viaEach(text), text);
      }
      assert.deepEqual(viaLead("Honestly it's probably a sprain. I think ulcer."), ["9:it's probably a sprain:sprain", '33:I think ulcer:ulcer']);
      const seen: string[] = [];
      lead.each('I think a sprain and I think an ulcer', (m) => {
        seen.push(m[1]);
        return false;
      });
      assert.deepEqual(seen, ['sprain']);
      // A lead ending in "*" is a prefix.
      const rx = new LeadRegExp(/(?<![A-Za-z])prescri[a-z]* (?:it|them)/gi, ['prescri*']);
      const got: string[] = [];
      rx.each('We prescribe it; they prescribed them; a prescription it is; xprescribe it.', (m) => void got.push(m[0]));
      assert.deepEqual(got, ['prescribe it', 'prescribed them', 'prescription it']);
      assert.equal(rx.leadsWith('prescriptions'), true);
      assert.equal(rx.leadsWith('prescri'), true);
      assert.equal(rx.leadsWith('describe'), false);
      assert.throws(() => new LeadRegExp(/x/y, ['x']), /global/);
      assert.throws(() => new LeadRegExp(/x/g, ["it's"]), /lower-case ASCII/);
    });
  });

  describe('eachMatchAtWords', () => {
    it('matches only at word starts the picker accepts, skips words inside a match, and resumes where told', () => {
      const sticky = /(?<![A-Za-z0-9_-])(?:drug seekers?|seeker|addicts?)(?![A-Za-z])/iy;
      const leads = new Set(['drug', 'seeker', 'addict', 'addicts']);
      const pick = (w: string): RegExp | null => (leads.has(w.toLowerCase()) ? sticky : null);
      const run = (text: string, each: (m: RegExpExecArray) => void | boolean | number = () => undefined): string[] => {
        const seen: string[] = [];
        eachMatchAtWords(text, pick, (m) => {
          seen.push(`${m.index}:${m[0]}`);
          return each(m);
        });
        return seen;
      };
      assert.deepEqual(run('A drug seeker, two addicts, an ex-addict, drug-seeker.'), ['2:drug seeker', '19:addicts']);
      // Resuming after the start of a rejected match finds the shorter term inside it.
      assert.deepEqual(run('A drug seeker.', (m) => (m[0] === 'drug seeker' ? m.index + 1 : undefined)), ['2:drug seeker', '7:seeker']);
      assert.deepEqual(run('A drug seeker, an addict.', () => false), ['2:drug seeker']);
      assert.deepEqual(run('A drug seeker.', () => undefined).length, 1);
      const none: string[] = [];
      eachMatchAtWords('A drug seeker.', () => null, (m) => {
        none.push(m[0]);
      });
      assert.deepEqual(none, []);
      assert.throws(() => eachMatchAtWords('x', () => /x/g, () => undefined), /sticky/);
    });
  });
});
