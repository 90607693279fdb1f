// Article, capital and pronoun agreement of replacement fixes (issue #4): golden cases through lint +
// the preferred fixes, and the pure helper on its own (text/agreement.ts).
import assert from 'node:assert/strict';
import { lint, applyFixes, parseConfig } from '../../src/core/index';
import { agreeEdit, agreeFix, atSentenceStart, indefiniteArticle } from '../../src/core/text/agreement';

const NOW = new Date('2026-11-24T12:00:00Z');
const OPTIONS = { now: NOW, config: parseConfig('rules:\n  missing-disclosure: off\n  date-element: off\n').config };

/** The text after every preferred fix of the given rules. */
function fixed(text: string, rules: string[]): string {
  const findings = lint(text, OPTIONS).findings.filter((f) => rules.includes(f.ruleId));
  return applyFixes(text, findings.map((f) => f.fixes[0]).filter((f) => f !== undefined)).text;
}

/** Each single fix on its own (as an editor applies it) gives the same text as all together. */
function eachAlone(text: string, rule: string): string[] {
  return lint(text, OPTIONS).findings.filter((f) => f.ruleId === rule && f.fixes.length > 0).map((f) => applyFixes(text, [f.fixes[0]]).text);
}

describe('agreement of fixes', () => {
  describe('articles', () => {
    const cases: [string, string[], string][] = [
      ['We saw an 81-year-old man with pain.', ['exact-age'], 'We saw a man in his 80s with pain.'],
      ['An 81-year-old man came in. He had pain.', ['exact-age'], 'A man in his 80s came in. He had pain.'],
      ['She treated an 85-year-old woman.', ['exact-age'], 'She treated a woman in her 80s.'],
      ['A 93-year-old woman came in.', ['age-over-89'], 'A woman aged 90 or older came in.'],
      ['The patient was an 8-year-old boy.', ['exact-age'], 'The patient was a school-age boy.'],
      // The place rule's own determiner replaces the article before the name.
      ['Later she came to a Harlan clinic.', ['place'], 'Later she came to a local hospital.'],
      ['Later she came to the Harlan clinic.', ['place'], 'Later she came to a local hospital.'],
    ];
    for (const [input, rules, expected] of cases) {
      it(`${input} → ${expected}`, () => assert.equal(fixed(input, rules), expected));
    }
    it('an article edit is part of the fix itself (applied alone, it still agrees)', () => {
      assert.deepEqual(eachAlone('We saw an 81-year-old man with pain.', 'exact-age'), ['We saw a man in his 80s with pain.']);
      assert.deepEqual(eachAlone('Later she came to a Harlan clinic.', 'place'), ['Later she came to a local hospital.']);
    });
    it('emphasis between the article and the age survives', () => {
      assert.equal(fixed('A **58-year-old** man came in.\n', ['exact-age']), 'A **man in his 50s** came in.\n');
    });
  });

  describe('capitals', () => {
    it('a replacement that starts a sentence is capitalised', () => {
      assert.equal(fixed('A 67-year-old came in.', ['exact-age']), 'Someone in their 60s came in.');
      assert.equal(fixed('He left. Mr. Alvarez came in with chest pain.', ['person-name']), 'He left. The patient came in with chest pain.');
    });
    it('a lowercase sentence start is not left lowercase', () => {
      assert.equal(fixed('a 67-year-old man came in.', ['exact-age']), 'A man in his 60s came in.');
      assert.equal(fixed('the 45-year-old had chest pain. She was fine.', ['exact-age']), 'The woman in her 40s had chest pain. She was fine.');
    });
    it('mid-sentence replacements stay lowercase, also after an abbreviation', () => {
      assert.equal(fixed('We saw a 67-year-old man.', ['exact-age']), 'We saw a man in his 60s.');
      assert.equal(atSentenceStart('Ask Dr. Lee', 0), true);
      assert.equal(atSentenceStart('Ask Dr. Lee', 8), false);
      assert.equal(atSentenceStart('He left. She came', 9), true);
      assert.equal(atSentenceStart('He left, she came', 9), false);
    });
  });

  describe('pronouns', () => {
    it('a decade uses the pronoun the text uses for the person', () => {
      assert.equal(fixed('A 67-year-old man came in. He had pain.', ['exact-age']), 'A man in his 60s came in. He had pain.');
      assert.equal(fixed('She is 67 and runs every day.', ['exact-age']), 'She is in her 60s and runs every day.');
      assert.equal(fixed('He is 67 and runs every day.', ['exact-age']), 'He is in his 60s and runs every day.');
    });
    it('"their" when the text gives no pronoun', () => {
      assert.equal(fixed('The patient, 67, came in.', ['exact-age']), 'The patient, in their 60s, came in.');
    });
  });

  describe('the helper', () => {
    it('indefiniteArticle reads numbers and words aloud', () => {
      assert.deepEqual(['older', 'man', '81', '18', 'hour', 'unit', 'eight'].map(indefiniteArticle), ['an', 'a', 'an', 'an', 'an', 'a', 'an']);
    });
    it('agreeEdit adds an article edit only when the article must change', () => {
      const text = 'We saw a 67-year-old.';
      assert.deepEqual(agreeEdit(text, { start: 9, end: 20, text: 'older adult' }), [
        { start: 7, end: 8, text: 'an' },
        { start: 9, end: 20, text: 'older adult' },
      ]);
      assert.deepEqual(agreeEdit(text, { start: 9, end: 20, text: 'man' }), [{ start: 9, end: 20, text: 'man' }]);
      // "in his 60s" is not a noun an article could take.
      assert.deepEqual(agreeEdit(text, { start: 9, end: 20, text: 'in his 60s' }), [{ start: 9, end: 20, text: 'in his 60s' }]);
    });
    it('agreeFix leaves an article another edit of the fix already rewrites', () => {
      const text = 'We saw an 81-year-old man.';
      const fix = { title: 't', edits: [{ start: 7, end: 9, text: 'a' }, { start: 10, end: 21, text: 'man in his 80s' }, { start: 21, end: 25, text: '' }] };
      assert.deepEqual(agreeFix(text, fix), fix);
    });
    it('removals are left alone', () => {
      assert.deepEqual(agreeEdit('a b', { start: 2, end: 3, text: '' }), [{ start: 2, end: 3, text: '' }]);
    });
  });
});
