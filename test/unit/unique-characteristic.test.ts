// unique-characteristic (catalog A19, Safe Harbor item R).
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core/index';

const found = (sentence: string): [string, string | null][] => {
  const src = `# T\n\n${sentence}\n`;
  return lint(src)
    .findings.filter((f) => f.ruleId === 'unique-characteristic')
    .map((f) => [src.slice(f.range.start.offset, f.range.end.offset), f.fixes[0] ? applyFixes(src, [f.fixes[0]]).text.split('\n')[2] : null]);
};

describe('unique-characteristic', () => {
  it('flags singular roles, records and offices of a patient, with general wording', () => {
    assert.deepEqual(found("My patient is the town's only veterinarian, and he came in after a long day."), [["the town's only veterinarian", 'My patient is a veterinarian, and he came in after a long day.']]);
    assert.deepEqual(found("She is our county's only female surgeon and was admitted last night."), [["our county's only female surgeon", 'She is a female surgeon and was admitted last night.']]);
    assert.deepEqual(found('The oldest woman in the village came in with a hip fracture.'), [['The oldest woman in the village', 'An older woman came in with a hip fracture.']]);
    assert.deepEqual(found('Our sheriff was admitted with chest pain.'), [['Our sheriff', 'A local official was admitted with chest pain.']]);
    assert.deepEqual(found('He was the first man to ever win the county marathon twice when I treated him.'), [['the first man to ever win', null]]);
  });

  it('stays quiet without a patient, in quotes, in general statements and about trials', () => {
    for (const sentence of [
      'The only clinic in town offers flu shots on Saturdays.',
      "Our town's only pharmacy stays open late.",
      'The mayor announced a new walking trail.',
      '"I am the only doctor in this valley," one physician told a reporter.',
      'The first patient in the trial to receive the drug did well.',
      'Our sheriff said he will run again.',
    ]) assert.deepEqual(found(sentence), [], sentence);
  });
});
