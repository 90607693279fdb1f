// phi.web and phi.id recall: links to news coverage of a patient's case, links to a patient's
// images or records, and plan/member/policy/group numbers set off by commas, parentheses or dashes.
import assert from 'node:assert/strict';
import type { BlockReport } from '../../src/core/rule';
import { checkBlock } from '../helpers/blocks';
import { webIdentifier } from '../../src/core/rules/web-identifier';
import { recordNumber } from '../../src/core/rules/record-number';
import { lint } from '../../src/core/index';

function run(rule: typeof webIdentifier, text: string): BlockReport[] {
  return checkBlock(rule, text);
}

const spans = (rule: typeof webIdentifier, text: string): string[] => run(rule, text).map((r) => text.slice(r.start, r.end));

/** Apply the preferred fix of every finding (edits do not overlap here). */
function fixed(rule: typeof webIdentifier, text: string): string {
  const edits = run(rule, text).flatMap((r) => r.fixes?.[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('web-identifier: news coverage and patient media', () => {
  it('flags a news article about a patient after a coverage cue, as a warning with a removal', () => {
    const text = 'The teenager from the quarry rescue is home now; the local paper covered it: https://www.millbrookherald.com/local/teen-pulled-from-quarry-home';
    assert.deepEqual(spans(webIdentifier, text), ['https://www.millbrookherald.com/local/teen-pulled-from-quarry-home']);
    assert.equal(run(webIdentifier, text)[0].severity, 'warning');
    assert.equal(fixed(webIdentifier, text), 'The teenager from the quarry rescue is home now; the local paper covered it:');
    assert.deepEqual(
      spans(webIdentifier, 'He asked me to share his story, which the station ran last week: https://kxtv12.example.com/2025/06/02/farmer-survives-grain-bin'),
      ['https://kxtv12.example.com/2025/06/02/farmer-survives-grain-bin'],
    );
  });

  it('flags the news section of a site that is not named like a paper', () => {
    const text = 'She is walking again, and Channel 10 covered her recovery: https://www.channel10.example.com/news/2026/04/12/runner-walks-again';
    assert.deepEqual(spans(webIdentifier, text), ['https://www.channel10.example.com/news/2026/04/12/runner-walks-again']);
    assert.deepEqual(spans(webIdentifier, 'Our news page covers the new wing: https://www.stmarys.example.org/news/2026/new-cancer-wing-opens'), []);
  });

  it('leaves news links about research, news front pages and links without a coverage cue alone', () => {
    assert.deepEqual(spans(webIdentifier, 'She sent me the Reuters story on the new trial: https://www.reuters.com/health/blood-pressure-trial-results-2026'), []);
    assert.deepEqual(spans(webIdentifier, 'He reads the headlines at https://www.cnn.com every morning.'), []);
    assert.deepEqual(spans(webIdentifier, 'Her guide to the diet is at https://www.dailyhealthtips.example.com/low-salt-diet-guide for reference.'), []);
    assert.deepEqual(spans(webIdentifier, 'The CDC explains flu shots at https://www.cdc.gov/flu/prevention/flushot.htm and he agreed.'), []);
  });

  it('flags a link to a patient\'s own images or records', () => {
    assert.deepEqual(spans(webIdentifier, 'Her ultrasound images are up at https://share.example.net/u/7731 if you are curious.'), ['https://share.example.net/u/7731']);
    assert.deepEqual(spans(webIdentifier, 'The patient\'s CT is here: https://viewer.example.org/study/55120'), ['https://viewer.example.org/study/55120']);
    assert.deepEqual(spans(webIdentifier, 'The images in this atlas are at https://radiopaedia.org/cases/appendicitis'), []);
  });

  it('flags a news link written as a Markdown link whose text names the person\'s coverage', () => {
    const text = 'We were proud of him. [His story on the evening news](https://www.wxyz7.example.com/2026/03/04/lineman-survives-shock) got a lot of attention.\n';
    const f = lint(text).findings.filter((x) => x.category === 'phi.web');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    const plain = lint('The [Times piece on the vaccine study](https://www.nytimes.com/2026/01/02/health/vaccine-study-results.html) is worth reading.\n').findings;
    assert.deepEqual(plain.filter((x) => x.category === 'phi.web'), []);
  });
});

describe('record-number: plan numbers set off by punctuation', () => {
  it('flags a member ID, policy number or group number between commas, in parentheses or between dashes', () => {
    assert.deepEqual(spans(recordNumber, 'Her plan member ID, QH5502918874, kept bouncing back.'), ['QH5502918874']);
    assert.deepEqual(spans(recordNumber, 'His policy number (PLX-4410297) was wrong on the form.'), ['PLX-4410297']);
    assert.deepEqual(spans(recordNumber, 'The group # — 88120044 — belonged to his old employer.'), ['88120044']);
    assert.deepEqual(spans(recordNumber, 'Her subscriber ID, 77012-3345.'), ['77012-3345']);
  });

  it('flags an ID or number after an insurer\'s name', () => {
    assert.deepEqual(spans(recordNumber, 'Her Blue Cross ID XKJ449102231 was rejected.'), ['XKJ449102231']);
    assert.deepEqual(spans(recordNumber, 'His Aetna member number is W228194410.'), ['W228194410']);
    assert.deepEqual(spans(recordNumber, 'Aetna covers 4000 of our patients, and Cigna 2024 plans changed.'), []);
  });

  it('removes the number with its punctuation', () => {
    assert.equal(fixed(recordNumber, 'Her plan member ID, QH5502918874, kept bouncing back.'), 'Her plan member ID kept bouncing back.');
    assert.equal(fixed(recordNumber, 'His policy number (PLX-4410297) was wrong on the form.'), 'His policy was wrong on the form.');
  });

  it('leaves asides, years and unclosed commas alone', () => {
    assert.deepEqual(spans(recordNumber, 'Her member ID, as you might guess, was wrong.'), []);
    assert.deepEqual(spans(recordNumber, 'The policy, 2024 edition, changed twice.'), []);
    assert.deepEqual(spans(recordNumber, 'His member ID (which I will not share) was rejected.'), []);
    assert.deepEqual(spans(recordNumber, 'The group, 1200 patients strong, met monthly.'), []);
    assert.deepEqual(spans(recordNumber, 'Her member ID, 5521 and counting'), []);
  });

  it('reports phi.id through lint', () => {
    const f = lint('His insurance member ID, RT99120455, was denied.\n').findings.filter((x) => x.category === 'phi.id');
    assert.equal(f.length, 1);
    assert.equal(f[0].ruleId, 'record-number');
  });
});
