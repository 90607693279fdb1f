// Public figures in the person-name rule (rule catalog A1): titled officials and appositive public
// roles are not flagged, public self-disclosure is at most a hint, and patient cues always win.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import figures from '../../src/core/rules/data/public-figures.json';

const names = (text: string) =>
  lint(text)
    .findings.filter((f) => f.ruleId === 'person-name')
    .map((f) => `${text.slice(f.range.start.offset, f.range.end.offset)} ${f.severity}`);

describe('person-name: public figures', () => {
  it('a public-office title before the name: not flagged', () => {
    for (const text of [
      'President Biden announced new funding.',
      'Senator Elizabeth Warren asked the FDA for data. Sen. Warren asked again.',
      'Surgeon General Vivek Murthy issued an advisory.',
      'Former CDC Director Rochelle Walensky explained the advice.',
      'CDC director Rochelle Walensky explained the advice.',
      'The speech by former president Obama was short.',
      'King Charles began treatment. Governor Gretchen Whitmer signed the order.',
      'Even then-Senator John McCain spoke about it.',
      // A visit is no care tie; "came into my ER" is.
      'Representative Maria Lopez visited our clinic to talk about funding.',
    ]) {
      assert.deepEqual(names(text), [], text);
    }
  });

  it('an appositive public role after the name: not flagged', () => {
    for (const text of [
      'Rochelle Walensky, the CDC director, said masks help.',
      'Jerome Adams, the former surgeon general, agreed.',
      'Dr. Anthony Fauci, the former NIAID director, said the trials were encouraging.',
      'Vivek Murthy, a former surgeon general, agreed.',
    ]) {
      assert.deepEqual(names(text), [], text);
    }
  });

  it('a public statement of one\'s own condition is at most a hint', () => {
    assert.deepEqual(names('Serena Williams wrote about her pulmonary embolism after childbirth in Vogue.'), ['Serena Williams hint']);
    assert.deepEqual(names('Katie Couric told reporters about her colon cancer screening.'), ['Katie Couric hint']);
    assert.deepEqual(names('Maria Lopez said in an interview that the pain began early.'), ['Maria Lopez hint']);
  });

  it('patient and relative cues always win', () => {
    assert.deepEqual(names('My patient, Senator Bob Smith, came into my ER with chest pain.'), ['Senator Bob Smith error']);
    assert.deepEqual(names('Senator Bob Smith came into my ER with chest pain.'), ['Bob Smith error']);
    assert.deepEqual(names('Her husband, Senator Tom Reyes, drove her in.'), ['Senator Tom Reyes error']);
    assert.deepEqual(names('Maria Lopez told reporters about her cancer after I treated her.'), ['Maria Lopez error']);
    assert.deepEqual(names('My patient Maria Lopez came in with chest pain.'), ['Maria Lopez error']);
  });

  it('private roles and generic titles are not public offices', () => {
    assert.deepEqual(names('My secretary Linda called. She had the lab results.'), ['Linda warning']);
    // With no patient story in its block the name is a hint (person-name.md, "Names in blocks that tell no patient story").
    assert.deepEqual(names('My secretary Linda called.'), ['Linda hint']);
    assert.deepEqual(names('Maria Lopez, the former director, retired. She now volunteers at the front desk.'), ['Maria Lopez warning']);
    assert.deepEqual(names('Maria Lopez, the former director, retired.'), ['Maria Lopez hint']);
    // The generic role goes with the name in the fix.
    const text = 'Yesterday Director Ana Ruiz left early. She had a migraine.';
    assert.deepEqual(names(text), ['Ana Ruiz warning']);
    const [f] = lint(text).findings.filter((x) => x.ruleId === 'person-name');
    assert.equal(text.slice(f.fixes[0].edits[0].start, f.fixes[0].edits[0].end), 'Director Ana Ruiz');
  });

  it('the tables are lower case without duplicates', () => {
    for (const [name, xs] of Object.entries(figures)) {
      if (!Array.isArray(xs)) continue;
      assert.deepEqual(xs.filter((x, i) => xs.indexOf(x) !== i), [], `${name} has duplicates`);
      assert.deepEqual(xs.filter((x) => x !== x.toLowerCase()), [], `${name} must be lower case`);
    }
  });
});
