// The phi.id and phi.web rules beyond the fixtures: check-digit helpers, the URL table, the note
// naming each Safe Harbor item, and bounded work on pathological input.
import assert from 'node:assert/strict';
import type { BlockReport, BlockRule } from '../../src/core/rule';
import { checkBlock } from '../helpers/blocks';
import { ssn, validSsn } from '../../src/core/rules/ssn';
import { recordNumber, luhn, validIban } from '../../src/core/rules/record-number';
import { vehicleDeviceId, vinCheckDigitValid } from '../../src/core/rules/vehicle-device-id';
import { webIdentifier, classifyUrl } from '../../src/core/rules/web-identifier';
import { biometric } from '../../src/core/rules/biometric';
import { lint, parseConfig } from '../../src/core/index';

function check(rule: BlockRule, text: string): BlockReport[] {
  return checkBlock(rule, text);
}

function spans(rule: BlockRule, text: string): string[] {
  return check(rule, text).map((r) => text.slice(r.start, r.end));
}

const RULES = [ssn, recordNumber, vehicleDeviceId, webIdentifier, biometric];

describe('identifier rules', () => {
  it('validates SSNs, cards, IBANs and VINs by their own rules', () => {
    assert.deepEqual([validSsn('054', '28', '6917'), validSsn('000', '12', '3456'), validSsn('666', '12', '3456'), validSsn('912', '12', '3456'), validSsn('123', '00', '4567'), validSsn('123', '45', '0000')], [true, false, false, false, false, false]);
    assert.deepEqual([luhn('4111111111111111'), luhn('4111111111111112'), luhn('5500000000000004')], [true, false, true]);
    assert.deepEqual([validIban('GB82 WEST 1234 5698 7654 32'), validIban('GB82WEST12345698765433'), validIban('gb82west12345698765432')], [true, false, true]);
    assert.deepEqual([vinCheckDigitValid('1HGCM82633A004352'), vinCheckDigitValid('1HGCM82634A004352')], [true, false]);
  });

  it('tells pages about one person from general pages', () => {
    const table: [string, string | null][] = [
      ['https://www.gofundme.com/f/help-tom-beat-cancer', 'fundraiser'],
      ['https://www.gofundme.com/c/blog', null],
      ['gofund.me/4f2a91bc', 'fundraiser'],
      ['https://www.caringbridge.org/visit/janedoe42', 'journal'],
      ['https://www.legacy.com/us/obituaries/name/john-smith-obituary?id=1', 'obituary'],
      ['https://www.legacy.com/', null],
      ['https://news.example/obituaries/2026/mary-jones-obituary', 'obituary'],
      ['https://www.facebook.com/jane.doe.77', 'social'],
      ['https://www.facebook.com/groups/heartfailuresupport', null],
      ['https://www.facebook.com/', null],
      ['https://www.instagram.com/p/Cx1a2b3/', 'social'],
      ['https://x.com/janedoe', 'social'],
      ['https://www.tiktok.com/@janedoe', 'social'],
      ['https://www.tiktok.com/discover/health', null],
      ['https://www.linkedin.com/in/jane-doe-123', 'social'],
      ['https://www.linkedin.com/company/cdc', null],
      ['https://paypal.me/janedoe', 'payment'],
      ['https://www.cdc.gov/heart-disease/index.html', null],
      ['https://pubmed.ncbi.nlm.nih.gov/31234567/', null],
    ];
    assert.deepEqual(table.map(([url]) => [url, classifyUrl(url)]), table);
  });

  it('finds IP addresses and social handles, not versions, times or emails', () => {
    assert.deepEqual(spans(webIdentifier, 'Logins from 203.0.113.24, 2001:db8::7334 and 6e40:4041:c617:e898:c11:40d2:c669:2eb4.'), ['203.0.113.24', '2001:db8::7334', '6e40:4041:c617:e898:c11:40d2:c669:2eb4']);
    assert.deepEqual(spans(webIdentifier, 'Version 2.4.1.12 shipped at 12:30:45; write to jane@clinic.example; 127.0.0.1 is local.'), []);
    assert.deepEqual(spans(webIdentifier, 'Her Instagram @jane_doe_runs and @mike on TikTok; the @ sign alone is fine.'), ['@jane_doe_runs', '@mike']);
  });

  it('needs a label for record numbers, and takes self-evident cards and IBANs without one', () => {
    assert.deepEqual(spans(recordNumber, 'She was seen 00482917 times; the chart is thin; group 2 got 500 mg.'), []);
    assert.deepEqual(spans(recordNumber, 'Card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, and 4111111111111111.'), ['4111 1111 1111 1111', 'GB82WEST12345698765432', '4111111111111111']);
    assert.deepEqual(spans(recordNumber, "My driver's license number is 2270-66-1551; the encounter on 03/14/2024 went well."), ['2270-66-1551']);
  });

  it('names the Safe Harbor item in every note and never echoes the identifier', () => {
    const text =
      'SSN 054-28-6917, MRN 7730-2291, member ID XK422981, account 7781-0233, card 4111 1111 1111 1111, license F16282354, ' +
      'plate 7KQ-4410, VIN 1HGCM82633A004352, serial PJN-204117, gofund.me/4f2a91bc, 203.0.113.24, her Instagram @jane_doe, here is his voice memo.';
    const items: string[] = [];
    for (const rule of RULES) {
      for (const r of check(rule, text)) {
        const note = r.note ?? rule.meta.note;
        const item = /Safe Harbor items? \(([A-R])\)/.exec(note);
        assert.ok(item, `${rule.meta.id}: ${note}`);
        items.push(item[1]);
        assert.ok(!r.message.includes(text.slice(r.start, r.end)), r.message);
        assert.match(r.message, /^Unexpected .+, expected none/);
      }
    }
    assert.deepEqual(items.sort().join(''), 'GHIJJKLLMNNOP');
  });

  it("leaves the author's allow-listed NPI and profile alone", () => {
    const text = 'My NPI 1234567893 is public; her NPI 1987654320 is not. Follow https://www.instagram.com/dr.example/ for news.\n';
    const config = parseConfig('allow:\n  - "1234567893"\n  - https://www.instagram.com/dr.example/\n').config;
    const found = lint(text, { config }).findings.filter((f) => f.category === 'phi.id' || f.category === 'phi.web');
    assert.deepEqual(found.map((f) => [f.ruleId, text.slice(f.range.start.offset, f.range.end.offset)]), [['record-number', '1987654320']]);
  });

  it('stays linear on megabyte lines and long digit runs', () => {
    const inputs = [
      '1'.repeat(100_000),
      'MRN '.repeat(50_000),
      'A'.repeat(200_000),
      'a.'.repeat(300_000),
      '12-'.repeat(100_000),
      'ab:'.repeat(100_000),
      '@a'.repeat(100_000),
      'https://www.gofundme.com/f/' + 'x'.repeat(500_000),
      'card 4111 '.repeat(50_000),
      '(01)'.repeat(50_000) + '(21)',
    ];
    for (const input of inputs) {
      const t0 = process.hrtime.bigint();
      for (const rule of RULES) check(rule, input);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.ok(ms < 4000, `${input.slice(0, 12)}… took ${ms} ms`);
    }
  });
});
