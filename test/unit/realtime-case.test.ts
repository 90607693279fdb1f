// realtime-case (catalog C1): the live-posting pattern classes beyond "tonight"/"right now" —
// end-of-shift and commute narration, clock times and running counts in a story told as it happens,
// "minutes ago", posting from the workplace — and the traps that must stay quiet: advice to readers,
// the author's own non-clinical day, retrospective stories, questions and quoted speech.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { scanRealtime } from '../../src/core/rules/realtime-case';

const NOW = new Date('2026-11-24T12:00:00Z');
/** Each report of one sentence as [matched text, severity]. */
const hits = (text: string): [string, string][] => scanRealtime(text).map((r) => [text.slice(r.start, r.end), r.severity]);

describe('realtime-case pattern classes', () => {
  it('end of a shift: "just" + wrapped up / got home from + clinic, call, rounds', () => {
    assert.deepEqual(hits('Just wrapped up clinic and I need a minute.'), [['Just wrapped up', 'warning']]);
    assert.deepEqual(hits('Just got home from call and I keep replaying it.'), [['Just got home from', 'warning']]);
    assert.deepEqual(hits('Just signed out the last patient of the day.'), [['Just signed out', 'error']]);
  });

  it('commute to or from a shift', () => {
    assert.deepEqual(hits('Headed back in for another overnight shift.'), [['Headed back in for another overnight shift', 'warning']]);
    assert.deepEqual(hits('Dictating this on my way home from a 26-hour call.'), [['on my way home from a 26-hour call', 'warning']]);
    assert.deepEqual(hits('On my way back to the hospital for a double.'), [['On my way back to the hospital for a double', 'warning']]);
  });

  it('still/currently at a care setting, or still in scrubs, opening the sentence', () => {
    assert.deepEqual(hits('Still at the clinic, and the waiting room is full.'), [['Still at the clinic', 'warning']]);
    assert.deepEqual(hits("I'm still in the ICU with the family."), [["I'm still in the ICU", 'warning']]);
    assert.deepEqual(hits('Currently in the ER waiting on a scan.'), [['Currently in the ER', 'warning']]);
    assert.deepEqual(hits('Still in my scrubs and thinking about the boy from tonight.'), [
      ['Still in my scrubs', 'error'],
      ['tonight', 'error'],
    ]);
  });

  it('a patient who is still in a unit, told in the present tense', () => {
    assert.deepEqual(hits('My patient is still in the NICU and I check on her every hour.'), [['My patient is still in the NICU', 'error']]);
  });

  it('"minutes ago", "an hour ago" with a case or clinical work', () => {
    assert.deepEqual(hits('A teenager with a stab wound rolled in minutes ago.'), [['minutes ago', 'error']]);
    assert.deepEqual(hits('Finished rounds an hour ago and cannot stop thinking.'), [['an hour ago', 'warning']]);
    assert.deepEqual(hits('Wrapped up a brutal clinic day twenty minutes ago.'), [['twenty minutes ago', 'warning']]);
  });

  it('clock times in a first-person case narration', () => {
    assert.deepEqual(hits('A little after 3 a.m. we got a 19-year-old from a house fire.'), [['A little after 3 a.m.', 'warning']]);
    assert.deepEqual(hits('Around 4:30 a.m. we intubated a woman with a massive bleed.'), [['Around 4:30 a.m.', 'warning']]);
    assert.deepEqual(hits("It's almost 5 a.m. and we are still working on a man from the crash."), [["It's almost 5 a.m.", 'warning']]);
  });

  it("a shift's running count", () => {
    assert.deepEqual(hits('Four deliveries before sunrise!'), [['Four deliveries before sunrise', 'warning']]);
    assert.deepEqual(hits('Third code of the night and it is not even midnight.'), [['Third code of the night', 'warning']]);
    assert.deepEqual(hits("Three hours into my shift and we've had two traumas."), [['Three hours into my shift', 'warning']]);
  });

  it('posting from the workplace or between patients', () => {
    assert.deepEqual(hits('Posting from the break room between cases.'), [['Posting from the break room', 'warning']]);
    assert.deepEqual(hits('Writing this from the call room.'), [['Writing this from the call room', 'warning']]);
    assert.deepEqual(hits('Typing this between patients, bear with me.'), [['Typing this between patients', 'warning']]);
  });

  it('a same-day possessive naming a case: "tonight\'s admission", "this morning\'s consult"', () => {
    assert.deepEqual(hits("Tonight's admission kept the whole team busy."), [["Tonight's", 'error']]);
    assert.deepEqual(hits("This morning's consult was a hard one."), [["This morning's", 'error']]);
    assert.deepEqual(hits('Another frequent flyer tonight.'), [['tonight', 'error']]);
  });

  it('"as I write this" (no longer lost to the pre-filter)', () => {
    assert.deepEqual(hits('As I write this, she is in surgery.'), [['As I write this', 'error']]);
  });
});

describe('realtime-case traps stay quiet', () => {
  const quiet = [
    // Education and advice to readers.
    'Call 911 right now if you have crushing chest pain.',
    'If you are in labor now, go to the hospital.',
    'Today, many clinics offer walk-in flu shots.',
    'This morning routine helps people with arthritis loosen up.',
    'Take your dose at 8 a.m. with food.',
    'If you took your dose an hour ago, skip the next one.',
    'Patients who ate a few hours ago may need to wait.',
    'If your baby is still in the NICU, ask about kangaroo care.',
    'When a patient is in the ICU, families need clear updates.',
    'Our clinic opens at 8 a.m. on weekdays.',
    'I usually see my first patient at 8 a.m.',
    'Nurses heading in for the night shift should eat a proper meal first.',
    'Heading to a night shift? Pack healthy snacks and water.',
    'Still in the hospital? Ask your nurse about a discharge plan.',
    'Posting from the break room is against most hospital policies.',
    'Two hours into a shift, most nurses have not had a break.',
    "This afternoon's webinar covers insulin pumps.",
    // The patient's history told in a story ("ago" is the onset, not the posting time).
    'She said the pain started two hours ago.',
    'He came in because his chest pain began an hour ago.',
    // The author's own, non-clinical day.
    'I just finished a marathon and my legs are sore.',
    'I just wrapped up my taxes.',
    'I had a coffee an hour ago and feel fine.',
    'My baby woke at 3 a.m. again, so I am tired.',
    'Heading to the gym after a long week.',
    "I'm writing this from my hospital bed after my own surgery.",
    // Retrospective stories and past tense.
    'Years ago, around 2 a.m., we admitted a young man after a crash.',
    'As a resident I once got a trauma a little after 3 a.m.',
    'Ten hours into my shift that night in residency, I finally sat down.',
    'He was still on call when the storm hit.',
    'Still in the hospital after three weeks, he finally went home.',
    // Quoted speech.
    'She told me, "I\'m in labor right now," and laughed.',
    'He said, "My chest started hurting an hour ago."',
  ];
  for (const text of quiet) {
    it(text, () => assert.deepEqual(hits(text), []));
  }
});

describe('realtime-case through lint', () => {
  it('reports the new classes with the rule id, category and message', () => {
    const text = '# Night\n\nJust wrapped up clinic and I need to vent.\n\nA little after 2 a.m. we got a 16-year-old from a rollover.\n';
    const found = lint(text, { now: NOW }).findings.filter((f) => f.ruleId === 'realtime-case');
    assert.deepEqual(
      found.map((f) => [text.slice(f.range.start.offset, f.range.end.offset), f.category, f.severity, f.message]),
      [
        ['Just wrapped up', 'case.realtime', 'warning', 'Unexpected “just” before a case event, expected no same-day timing.'],
        ['A little after 2 a.m.', 'case.realtime', 'warning', 'Unexpected clock time in a case narration, expected no timing that dates the case.'],
      ],
    );
    // "just" keeps its fix; a clock time has none (no safe automatic rewrite).
    assert.deepEqual(found.map((f) => f.fixes.map((x) => x.title)), [['Remove “just”'], []]);
  });

  it('stays linear on a long block of live-looking prose', () => {
    const unit = 'Still at the hospital. A little after 2 a.m. we got a man in. Posting from the break room minutes ago. ';
    const time = (n: number): number => {
      const t0 = process.hrtime.bigint();
      scanRealtime(unit.repeat(n));
      return Number(process.hrtime.bigint() - t0);
    };
    time(200);
    const small = time(500);
    const big = time(4000);
    assert.ok(big < small * 40, `8× the input took ${(big / small).toFixed(1)}× the time`);
  });
});
