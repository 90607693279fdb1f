// phone-number beyond the fixtures: the public-line data, the fax/telephone note, and bounded work
// on pathological input (libphonenumber-js only ever sees short windows).
import assert from 'node:assert/strict';
import type { BlockReport } from '../../src/core/rule';
import type { ProseBlock } from '../../src/core/model';
import { PUBLIC_LINES, phoneNumber } from '../../src/core/rules/phone-number';

function block(text: string): ProseBlock {
  const n = text.length;
  return { kind: 'paragraph', text, starts: Int32Array.from({ length: n }, (_, i) => i), ends: Int32Array.from({ length: n }, (_, i) => i + 1) };
}

function check(text: string): BlockReport[] {
  const out: BlockReport[] = [];
  phoneNumber.check(block(text), { options: {}, frontMatter: {}, referenceDate: new Date(0) }, (r) => out.push(r));
  return out;
}

function spans(text: string): string[] {
  return check(text).map((r) => text.slice(r.start, r.end));
}

describe('phone-number', () => {
  it('keeps the public crisis and emergency lines as data', () => {
    assert.deepEqual(
      PUBLIC_LINES.map((l) => l.digits),
      ['911', '988', '741741', '8002738255', '8002221222', '8007997233', '8006624357'],
    );
    assert.deepEqual(spans('Call 911, 988, text 741741, 1-800-273-8255, (800) 222-1222, +1 800 799 7233 or 1-800-662-4357.'), []);
  });

  it('names item (E) when a fax cue is near, else item (D)', () => {
    const text = 'Phone 212-555-0142, fax 212-555-0177; records faxed from 555-0178; 617-555-0176 (fax).';
    assert.deepEqual(
      check(text).map((r) => [text.slice(r.start, r.end), /\(i\)\((.)\)/.exec(r.note ?? '')?.[1], r.message.split(',')[0]]),
      [
        ['212-555-0142', 'D', 'Unexpected phone number'],
        ['212-555-0177', 'E', 'Unexpected fax number'],
        ['555-0178', 'E', 'Unexpected fax number'],
        ['617-555-0176', 'E', 'Unexpected fax number'],
      ],
    );
  });

  it('never echoes the number in the message', () => {
    for (const r of check('Her cell is (555) 014-2297 and her work line 555-0142.')) assert.ok(!/\d{3}/.test(r.message), r.message);
  });

  it('finds NANP, international and local numbers but not dates, ranges, doses or other ids', () => {
    assert.deepEqual(
      spans('Call (555) 014-2297, +44 20 7946 0958, 1 (212) 555-0164 ext. 12, 2125550142 or 555-0142.'),
      ['(555) 014-2297', '+44 20 7946 0958', '1 (212) 555-0164', '2125550142', '555-0142'],
    );
    assert.deepEqual(
      spans('On 2024-03-01 (03/15/2024) the 2010-2015 cohort, ZIP 02115-4321, took 500-1000 mg; between 250-1000 patients; BP 140/90; NPI 2234567890; PMID: 29392591; NDC 0002-1433-80; 12 345 678 910.'),
      [],
    );
  });

  it('removes the number with the words that only served it', () => {
    const fixed = (text: string): string => {
      const [r] = check(text);
      const e = r.fixes![0].edits[0];
      return text.slice(0, e.start) + e.text + text.slice(e.end);
    };
    assert.equal(fixed('call her at 555-0142 tomorrow'), 'call her tomorrow');
    assert.equal(fixed('Records came in by fax from 555-0177.'), 'Records came in by fax.');
    assert.equal(fixed('She left her number, 555-0142, with the nurse.'), 'She left her number with the nurse.');
    assert.equal(fixed('His work line, 1 (212) 555-0164 ext. 12, goes to voicemail.'), 'His work line goes to voicemail.');
    assert.equal(fixed('Her cell: 555-0142.'), 'Her cell.');
  });

  it('stays fast on megabyte digit runs and number soup', () => {
    const cases = [
      '7'.repeat(1_000_000),
      'Call ' + '5'.repeat(100_000) + ' now.',
      '12 '.repeat(333_333),
      '555-0142 (402) 555 '.repeat(52_000),
      '+1 +2 +3 '.repeat(111_111),
      '212-555-0142 '.repeat(76_923),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      check(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${text.slice(0, 20)}… (${text.length} chars) took ${ms.toFixed(0)} ms`);
    }
  });
});
