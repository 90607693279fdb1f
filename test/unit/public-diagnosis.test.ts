// public-diagnosis (catalog D4): diagnosing people the author has not examined.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';

const hits = (text: string): [string, string][] =>
  lint(`# T\n\n${text}\n`)
    .findings.filter((f) => f.ruleId === 'public-diagnosis')
    .map((f) => [`# T\n\n${text}\n`.slice(f.range.start.offset, f.range.end.offset), f.severity]);

describe('public-diagnosis', () => {
  it('flags a diagnosis attached to a public figure by role, title or hedged name', () => {
    assert.deepEqual(hits('The senator clearly has early dementia.'), [['clearly has early dementia', 'warning']]);
    assert.deepEqual(hits('Governor Ana Reyes obviously has depression.'), [['obviously has depression', 'error']]);
    assert.deepEqual(hits('Governor Ana Reyes obviously has cancer.'), [['obviously has cancer', 'warning']], 'named, not psychiatric: warning');
    assert.deepEqual(hits('You can tell Jordan Blake is a narcissist.'), [['is a narcissist', 'error']]);
    assert.deepEqual(hits('That actor must have ADHD.'), [['must have ADHD', 'warning']]);
    assert.deepEqual(hits('The prime minister is obviously manic.'), [['is obviously manic', 'warning']]);
  });

  it('stays quiet on disclosures, reports, negations, quotes, patients and general statements', () => {
    for (const text of [
      'The senator announced that she has breast cancer.',
      'The governor was diagnosed with Parkinson\'s disease in 2019.',
      'According to his doctors, the president has a heart condition.',
      'The senator does not have dementia, whatever the clips suggest.',
      '"The mayor clearly has dementia," a reader wrote.',
      'My patient clearly has depression, and we started treatment.',
      'About one in nine adults over 65 has Alzheimer\'s disease.',
      'Jordan Blake has depression.',
      'Anyone can have depression, including the people we admire.',
    ]) assert.deepEqual(hits(text), [], text);
  });
});
