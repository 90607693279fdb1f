// reidentification-risk (catalog B1–B3): scores of constructed paragraphs, the thresholds option,
// exact related spans, the single preferred fix, and linear time on long input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, parseConfig } from '../../src/core/index';
import { planBlock, readsAsPatientStory, scoreText } from '../../src/core/rules/reidentification-risk';
import lexicon from '../../src/core/rules/data/reid-lexicon.json';

const REF = new Date('2026-11-24T12:00:00Z');
/** Each winning class as "class:label:weight:phrase". */
const brief = (text: string): { score: number; bonus: boolean; parts: string[] } => {
  const r = scoreText(text, REF);
  return { score: r.score, bonus: r.bonus, parts: r.winners.map((d) => `${d.cls}:${d.label}:${d.weight}:${text.slice(d.start, d.end)}`) };
};
const RISKY =
  'Last month a 34-year-old commercial fisherman from a harbor town of 900 people came in with a rare infection after his boat capsized in the storm that made the evening news.';
const SAFER = 'A working-age adult developed a serious infection after a water injury.';
const findings = (text: string, options?: Record<string, unknown>) =>
  lint(text, { now: REF, config: { rules: options ? { 'reidentification-risk': { options } } : {}, categories: {}, allow: [] } }).findings.filter((f) => f.ruleId === 'reidentification-risk');

describe('reidentification-risk (reid)', () => {
  describe('reid scores', () => {
    it('the catalog risky example scores 20 with every class the catalog names', () => {
      assert.deepEqual(brief(RISKY), {
        score: 20,
        bonus: true,
        parts: [
          'age:exact age:3:34-year-old',
          'sex:stated sex:2:fisherman',
          'place:town by population:3:town of 900 people',
          'time:month or season:2:Last month',
          'occupation:job title:2:commercial fisherman',
          'condition:rare condition:3:rare',
          'event:reported event:3:the storm that',
        ],
      });
    });
    it('the catalog safer example scores 4 (below the warning threshold)', () => {
      assert.deepEqual(brief(SAFER), {
        score: 4,
        bonus: false,
        parts: ['age:age group:1:working-age', 'condition:common condition:1:serious infection', 'event:unusual mechanism:2:water injury'],
      });
    });
    it('highest weight per class, not the sum of phrases', () => {
      assert.deepEqual(brief('She came in with a cough; her husband and her sister and her mother were there.'), {
        score: 2,
        bonus: false,
        parts: ['sex:stated sex:2:She'],
      });
    });
    it('place + time bonus only when both are at least 2', () => {
      assert.deepEqual(brief('My patient from our county came in on March 3.').score, 2 + 3 + 2);
      assert.deepEqual(brief('My patient from our state came in on March 3.').score, 1 + 3);
    });
    it('granularity per class', () => {
      assert.deepEqual(brief('My patient in her early 40s, a Hmong woman with tattoos and twins, lives in the suburbs.').parts, [
        'age:5-year age band:2:in her early 40s',
        'sex:stated sex:2:her',
        'place:county or metro area:2:the suburbs',
        'family:household detail:2:twins',
        'physical:distinguishing mark:3:tattoos',
        'background:stated ethnicity, language or religion:2:Hmong',
      ]);
      assert.deepEqual(brief("The patient, the town's only veterinarian, was one of only twelve known cases in the literature.").parts, [
        'occupation:unique role:3:the town\'s only veterinarian',
        'condition:rare condition:3:one of only twelve known cases',
      ]);
    });
    it('patient cues: stories yes, education no', () => {
      assert.equal(readsAsPatientStory(RISKY), true);
      assert.equal(readsAsPatientStory('She presented with fever.'), true);
      assert.equal(readsAsPatientStory('Patients with diabetes should check their feet every day.'), false);
      assert.equal(readsAsPatientStory('A rare infection can follow a water injury in summer.'), false);
    });
  });

  describe('reid findings', () => {
    it('one finding per risky paragraph, error at 11+, related spans exact', () => {
      const text = `# Case\n\n${RISKY}\n`;
      const f = findings(text);
      assert.equal(f.length, 1);
      assert.equal(f[0].severity, 'error');
      assert.equal(f[0].category, 'case.detail');
      assert.equal(f[0].message, 'Unexpected re-identification risk score 20 (place + time, exact age), expected below 8: generalize the strongest detail first.');
      const base = text.indexOf(RISKY);
      assert.deepEqual(
        f[0].related.map((r) => [r.message, text.slice(r.range.start.offset, r.range.end.offset), r.range.start.offset - base]),
        [
          ['age: exact age (+3)', '34-year-old', 13],
          ['sex/gender: stated sex (+2)', 'fisherman', 36],
          ['place: town by population (+3)', 'town of 900 people', 60],
          ['time: month or season (+2)', 'Last month', 0],
          ['occupation: job title (+2)', 'commercial fisherman', 25],
          ['condition: rare condition (+3)', 'rare', 94],
          ['event: reported event (+3)', 'the storm that', 136],
        ],
      );
      assert.deepEqual(f[0].fixes.map((x) => x.title), ['Generalize the strongest detail (score 20 → 18)']);
    });
    it('messages never quote the patient text', () => {
      for (const f of findings(`${RISKY}\n\nMy patient, a 58-year-old teacher from Harlan County, was admitted on March 3.\n`)) {
        for (const w of ['34', 'fisherman', 'Harlan', 'March', 'teacher']) assert.ok(!f.message.includes(w), f.message);
      }
    });
    it('thresholds are options: warnAt and errorAt', () => {
      const text = 'A 45-year-old woman came in last Tuesday with appendicitis.\n';
      assert.deepEqual(findings(text).map((f) => [f.severity, f.message]), [
        ['warning', 'Unexpected re-identification risk score 9 (exact age, exact day), expected below 8: generalize the strongest detail first.'],
      ]);
      assert.deepEqual(findings(text, { warnAt: 6, errorAt: 9 }).map((f) => f.severity), ['error']);
      assert.deepEqual(findings(text, { warnAt: 10, errorAt: 12 }).map((f) => f.severity), ['information']);
      assert.deepEqual(parseConfig('rules:\n  reidentification-risk:\n    options:\n      warnAt: 6\n      errorAt: 9\n').problems, []);
    });
    it('below 4: no finding; education prose: no finding', () => {
      assert.deepEqual(findings('She came in with a cough.\n'), []);
      assert.deepEqual(findings(`${SAFER}\n\nAdults in their 40s who live in rural areas should be screened every year.\n`), []);
    });
    it('a fix only when the strongest detail is the single fixable one, with the new score', () => {
      const one = planBlock({ text: 'I saw her in the clinic on March 3 and she was a tattooed trans woman.' }, REF, 8, 11);
      assert.deepEqual(one?.fixes, [{ title: 'Generalize the strongest detail (score 9 → 7)', edits: [{ start: 24, end: 34, text: 'some time ago' }] }]);
      const two = planBlock({ text: 'A 45-year-old woman came in last Tuesday with appendicitis.' }, REF, 8, 11);
      assert.equal(two?.fixes, undefined);
    });
    it('reported event with a time is an error whatever the sum (B3); a rarity marker alone warns (B2)', () => {
      assert.deepEqual(findings("The driver from Saturday's bridge crash came in with a broken leg.\n").map((f) => f.severity), ['error']);
      assert.deepEqual(findings('The patient was one of only twelve known cases worldwide.\n').map((f) => f.severity), ['warning']);
    });
    it('clean education posts: no warning-or-worse', () => {
      const dir = path.join(__dirname, '..', 'fixtures', 'clean-posts');
      for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
        const loud = findings(fs.readFileSync(path.join(dir, name), 'utf8')).filter((f) => f.severity === 'warning' || f.severity === 'error');
        assert.deepEqual(loud.map((f) => `${name}:${f.range.start.line}`), []);
      }
      assert.deepEqual(findings('The patient said a rare diagnosis and a small town can point to one person.\n').map((f) => f.severity), []);
    });
    it('stays linear on a long paragraph', () => {
      const para = 'My patient, a 45-year-old woman, came in last Tuesday with a rare infection. '.repeat(4000);
      const t0 = process.hrtime.bigint();
      const f = findings(`${para}\n`);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.equal(f.length, 1);
      assert.ok(ms < 8000, `took ${ms} ms`);
    });
  });

  describe('reid lexicon', () => {
    it('has no duplicate entries', () => {
      for (const [key, list] of Object.entries(lexicon)) {
        const lower = (list as string[]).map((x) => x.toLowerCase());
        assert.equal(new Set(lower).size, lower.length, `duplicates in ${key}`);
      }
    });
  });
});
