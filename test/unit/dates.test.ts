// date-element and realtime-case beyond the fixtures: what relative dates resolve to, which
// sentences stay quiet, the case_date delay option, and bounded work on long lines.
import assert from 'node:assert/strict';
import { lint, parseConfig } from '../../src/core/index';
import { realtimeCase } from '../../src/core/rules/realtime-case';
import { scanDates, formatDay } from '../../src/core/text/dates';

const NOW = new Date('2026-11-24T12:00:00Z');

function findings(text: string, ruleId: string, config?: ReturnType<typeof parseConfig>['config']) {
  return lint(text, { now: NOW, config }).findings.filter((f) => f.ruleId === ruleId);
}

function summary(text: string, ruleId: string): [string, string][] {
  return findings(text, ruleId).map((f) => [text.slice(f.range.start.offset, f.range.end.offset), f.severity]);
}

describe('date-element', () => {
  it('resolves relative dates against publish_at and says so in the note', () => {
    const text = '---\npublish_at: 2026-03-05\n---\n\nYesterday she was admitted. Last Tuesday he was seen. Two weeks ago she died. Last month he was discharged. On Christmas Eve she was born.\n';
    const notes = findings(text, 'date-element').map((f) => /resolves to ([^.]+)\./.exec(f.note ?? '')?.[1]);
    assert.deepEqual(notes, [
      'Wednesday, 4 March 2026',
      'Tuesday, 3 March 2026',
      'Thursday, 19 February 2026',
      'February 2026',
      'Wednesday, 24 December 2025',
    ]);
  });

  it('says it cannot resolve a relative date when the post has no publication date', () => {
    const [f] = findings('Yesterday she was admitted.\n', 'date-element');
    assert.match(f.note ?? '', /this post has neither/);
    assert.doesNotMatch(f.note ?? '', /resolves to/);
  });

  it('resolves floating holidays and holiday-relative phrases', () => {
    const ref = new Date('2026-12-01T00:00:00Z');
    const text = 'the night after Thanksgiving; on Memorial Day; the day before Easter; the last Sunday before Labor Day; the weekend after Easter';
    assert.deepEqual(
      scanDates(text, { referenceDate: ref }).map((s) => [text.slice(s.start, s.end), s.resolved && formatDay(s.resolved)]),
      [
        ['the night after Thanksgiving', 'Friday, 27 November 2026'],
        ['Memorial Day', 'Monday, 25 May 2026'],
        ['the day before Easter', 'Saturday, 4 April 2026'],
        ['the last Sunday before Labor Day', 'Sunday, 6 September 2026'],
        ['the weekend after Easter', 'Saturday, 11 April 2026'],
      ],
    );
  });

  it('grades severity by the case cues around the date', () => {
    const text = 'She was seen on March 3.\n\nWe will meet on Monday. The conference ended on 4/2/2026.\n\nThe weather turned. On Tuesday she called.\n\nMy patient was admitted with sepsis. The next Friday was quiet.\n';
    assert.deepEqual(summary(text, 'date-element'), [
      ['March 3', 'error'],
      ['Monday', 'information'],
      ['4/2/2026', 'information'],
      ['Tuesday', 'error'],
      ['next Friday', 'error'],
    ]);
  });

  it('keeps general education and recurrences below warning', () => {
    const text = [
      'Flu season peaks in February.',
      'Take it every Tuesday.',
      'Heat stroke can happen on any summer afternoon.',
      'Schedule your screening this month.',
      'Clinics are closed on Thanksgiving.',
      'Most strokes happen on Monday mornings.',
      'If you were admitted on March 3, call your insurer.',
      'The study was published in 2024.',
    ].join(' ');
    const loud = findings(`${text}\n`, 'date-element').filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(loud, []);
  });

  it('does not flag years alone, versions, scores or floors', () => {
    assert.deepEqual(summary('In 2019 she was admitted. Version 1.2.3 shipped. The score was 12-10-20. She lives on the 3rd floor.\n', 'date-element'), []);
  });

  it('reads lab-report and other numeric date formats', () => {
    const ref = new Date('2026-03-05T00:00:00Z');
    const text = '3-Mar-2024; 07-MAR-24; 2024/03/01; 2024.04.15; in Mar 2024; Sept. 2024; in 03/2024; spring 2024; on may 5';
    assert.deepEqual(
      scanDates(text, { referenceDate: ref }).map((s) => [text.slice(s.start, s.end), s.kind, s.year]),
      [
        ['3-Mar-2024', 'fullDate', 2024],
        ['07-MAR-24', 'fullDate', 2024],
        ['2024/03/01', 'fullDate', 2024],
        ['2024.04.15', 'fullDate', 2024],
        ['Mar 2024', 'month', 2024],
        ['Sept. 2024', 'month', 2024],
        ['03/2024', 'month', 2024],
        ['spring 2024', 'season', 2024],
        ['may 5', 'dayMonth', undefined],
      ],
    );
  });

  it('does not read fractions, pain scores, rates or version numbers as dates', () => {
    const ref = new Date('2026-03-05T00:00:00Z');
    for (const text of [
      'Start on 1/2 a tablet.',
      'He rated the pain on 8/10 today.',
      'About 1/2000 births and 10/2000 patients.',
      'Version 2024.1.2 and build 2019.10.15.3 shipped.',
      'It may 2 times a day.',
      'Use 3-4 times a day for 2-3 weeks.',
      'OCT 2019 showed macular edema.',
    ]) {
      assert.deepEqual(scanDates(text, { referenceDate: ref }).map((s) => text.slice(s.start, s.end)), [], text);
    }
  });

  it('never offers a month or a season as the safe rung', () => {
    const text = 'On March 3, 2026 she was admitted. In March she was seen. Last summer he fell.\n';
    const replacements = findings(text, 'date-element').flatMap((f) => f.fixes.flatMap((x) => x.edits.map((e) => e.text)));
    assert.deepEqual(replacements, ['In 2026', 'Some time ago', 'Some time ago', 'Some time ago']);
  });

  it('drops the year rung when a birth date would reveal an age over 89', () => {
    const [f] = findings('She was born on 2/8/1935.\n', 'date-element');
    assert.deepEqual(f.fixes.map((x) => x.edits[0].text), ['some time ago']);
  });

  it('stays linear on a long line of dates', () => {
    const unit = 'she was seen on March 3 and last Tuesday ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = process.hrtime.bigint();
      lint(text, { now: NOW });
      return Number(process.hrtime.bigint() - t0);
    };
    time(200);
    const small = time(1000);
    const big = time(8000);
    assert.ok(big < small * 40, `8× the input took ${(big / small).toFixed(1)}× the time`);
  }).timeout(20000); // the ratio is the assertion; a loaded machine may take longer than 2 s
});

describe('date-element: bounded work on the added forms', () => {
  it('a long line of ordinals, weekdays ago and first-person cues stays linear', () => {
    const unit = 'my mother was admitted the 4th, two Fridays ago, on a Tuesday night; some of you met her. ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = process.hrtime.bigint();
      scanDates(text, { referenceDate: NOW });
      return Number(process.hrtime.bigint() - t0);
    };
    time(200);
    const small = time(1000);
    const big = time(8000);
    assert.ok(big < small * 40, `8× the input took ${(big / small).toFixed(1)}× the time`);
    assert.equal(scanDates(unit.repeat(100), { referenceDate: NOW }).length, 300);
  });
});

describe('realtime-case', () => {
  it('errors with a setting or a patient, warns alone, and stays quiet on advice', () => {
    const text = [
      'Tonight in the ER a man came in.',
      'Busy night. #livetweeting',
      'I am on shift at the moment.',
      'If you have chest pain right now, call 911 right away.',
      'Today I want to talk about sunscreen.',
    ].join('\n\n');
    assert.deepEqual(summary(`${text}\n`, 'realtime-case'), [
      ['Tonight', 'error'],
      ['#livetweeting', 'warning'],
      ['I am on shift', 'warning'],
      ['at the moment', 'error'],
    ]);
  });

  it('reports a case_date closer to publication than minDelayDays', () => {
    const text = '---\ncase_date: 2026-10-01\npublish_at: 2026-11-20\n---\n\nA story.\n';
    assert.deepEqual(
      findings(text, 'realtime-case').map((f) => f.message),
      ['Unexpected publication 50 days after the case date, expected at least 90 days between the encounter and publication.'],
    );
    const parsed = parseConfig('rules:\n  realtime-case:\n    options:\n      minDelayDays: 30\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(findings(text, 'realtime-case', parsed.config), []);
    assert.deepEqual(parseConfig('rules:\n  realtime-case:\n    options:\n      minDelayDays: soon\n').problems.length, 1);
  });

  it('needs both case_date and a publication date', () => {
    assert.deepEqual(findings('---\ncase_date: 2026-11-01\n---\n\nA story.\n', 'realtime-case'), []);
  });

  it('declares minDelayDays in its options schema', () => {
    assert.deepEqual(realtimeCase.meta.optionsSchema?.properties, {
      minDelayDays: { type: 'integer', minimum: 0, default: 90, description: 'Minimum days between the front-matter case_date and publish_at/date.' },
    });
  });
});
