// Clean health-education prose stays quiet: the quiet-prose budget over whole invented posts
// (test/fixtures/clean-posts, clean-posts-2 and clean-posts-3: drug and device brands, eponyms, organisations,
// Title Case headings, public helplines, booking lines, quoted survey items and disclaimers in
// varied wording), and the classes of look-alikes behind it, each with the guard that keeps a
// patient's or relative's name, number or testimonial flagged. All text is invented.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { assertLinear } from './linear';

const NOW = new Date('2026-11-24T12:00:00Z');
const SETS = ['clean-posts', 'clean-posts-2', 'clean-posts-3'].map((d) => path.join(__dirname, '..', 'fixtures', d));
const OURS = new Set(['missing-disclosure', 'person-name', 'phone-number', 'testimonial']);
const loud = (severity: string): boolean => severity === 'warning' || severity === 'error';

/** "ruleId severity [text]" for each finding of the given rules. */
function found(text: string, rules: string[]): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]`);
}

describe('clean prose: whole posts', () => {
  const posts = SETS.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f)));

  it('clean-posts-2 holds 5 to 8 full posts', () => {
    const n = posts.filter((p) => p.includes('clean-posts-2')).length;
    assert.ok(n >= 5 && n <= 8, `${n} posts`);
  });

  for (const file of posts) {
    it(`${path.basename(path.dirname(file))}/${path.basename(file)}: no warning-or-worse disclaimer, name, phone or testimonial finding`, () => {
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.split(/\s+/).filter(Boolean).length >= 500, 'a full post');
      const bad = lint(text, { now: NOW }).findings.filter((f) => OURS.has(f.ruleId) && loud(f.severity));
      assert.deepEqual(bad.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${text.slice(f.range.start.offset, f.range.end.offset)}`), []);
    });
  }

  // The place rule is being reworked separately: its findings on these posts ("Rocky Mountain
  // spotted fever", "Pfizer-BioNTech", the Title Case "Household Poisons" in a title) put the set at
  // 0.58 per 1,000 words. Empty this set once place.ts no longer reports them.
  const PENDING = new Set<string>([]);

  it('all rules together: at most 0.5 warning-or-worse findings per 1,000 words across both sets', () => {
    let words = 0;
    const bad: string[] = [];
    for (const file of posts) {
      const text = fs.readFileSync(file, 'utf8');
      words += text.split(/\s+/).filter(Boolean).length;
      for (const f of lint(text, { now: NOW }).findings) {
        if (loud(f.severity) && !PENDING.has(f.ruleId)) bad.push(`${path.basename(file)}:${f.range.start.line} ${f.ruleId} ${text.slice(f.range.start.offset, f.range.end.offset)}`);
      }
    }
    const rate = (bad.length * 1000) / words;
    assert.ok(rate <= 0.5, `${rate.toFixed(2)} per 1,000 words over ${words} words:\n${bad.join('\n')}`);
  });
});

describe('clean prose: person-name look-alikes', () => {
  const quiet: [string, string[]][] = [
    // Eponyms with more heads, coordinated, or wrapped onto the next line.
    ['Tommy John surgery repairs the elbow ligament.', []],
    ['The Jenny Craig program and the Ornish diet are very different.', []],
    ['Labs now use the Martin–Hopkins or Sampson\nmethods for LDL.', []],
    ['The Rome and Manning criteria describe irritable bowel syndrome.', []],
    // A name in a term after "a name:".
    ['That pattern has a name: seasonal affective disorder.', []],
    // Product, app and mascot names.
    ['An app such as Migraine Buddy helps you track attacks.', ['person-name hint [Buddy]']],
    ['Many of us grew up with the Mr. Yuk stickers on cleaning products.', ['person-name hint [Yuk]']],
    ['Ask Alexa or Siri to remind you of the evening dose.', []],
    // Researchers, historical figures and celebrities.
    ['A 2019 study led by Maria Lopez found that walking after meals lowers sugar.', ['person-name hint [Maria Lopez]']],
    ['Edward Jenner tested the first smallpox vaccine in 1796.', ['person-name hint [Edward Jenner]']],
    ['Celebrities such as Selena Gomez have raised awareness of lupus.', ['person-name hint [Selena Gomez]']],
    ['Michael J. Fox has spoken openly about Parkinson\'s.', ['person-name hint [Michael J. Fox]']],
    ['The Tanner stages describe puberty.', []],
    // A thing's name after a naming cue.
    ['There is an app called Flo that tracks periods, and a device called Nerivio.', []],
    ['A program called Couch to 5K helps beginners; a breathing method called Buteyko is popular.', []],
    // The author introducing themselves as a clinician.
    ["Hi, I'm Dr. Sarah Lin, and I answer reader questions every month.", []],
    ['I am Sarah Lin, a family physician in Ohio.', []],
  ];
  for (const [text, want] of quiet) {
    it(`at most a hint: ${text}`, () => assert.deepEqual(found(text, ['person-name']), want));
  }

  const flagged: [string, string[]][] = [
    ['Her son Daniel had Tommy John surgery.', ['person-name error [Daniel]']],
    ['After Maria\'s surgery, her husband Paulo stayed.', ['person-name error [Maria]', 'person-name error [Paulo]']],
    ['My patient Maria Lopez enrolled in a study led by our team.', ['person-name error [Maria Lopez]']],
    ['Her name: rosa delgado.', ['person-name error [rosa delgado]']],
    ['Her baby was named Olivia, and a boy named Timmie came in.', ['person-name error [Olivia]', 'person-name error [Timmie]']],
    ['Mr. Okafor called the clinic every day.', ['person-name error [Okafor]']],
    ['We saw Mr. Okafor again in 1988 and in 2024.', ['person-name error [Okafor]']],
    // An uncued name is a warning in a block that tells a patient story, a hint elsewhere.
    ['She came in with a cough. By Tuesday, Maria Delgado had called twice.', ['person-name warning [Maria Delgado]']],
    ['By Tuesday, Maria Delgado had called twice.', ['person-name hint [Maria Delgado]']],
    ['Hi, my name is Lena Andersson and my son has asthma.', ['person-name error [Lena Andersson]']],
    ["I'm Rosa, a mom of two, and my daughter Ana has eczema.", ['person-name error [Rosa]', 'person-name error [Ana]']],
    ['I am Maria Delgado, a teacher. My son has asthma.', ['person-name warning [Maria Delgado]']],
    ['I am Maria Delgado, a teacher.', ['person-name hint [Maria Delgado]']],
    ['The Yoga Maria class was full, and Maria Delgado came anyway. She had a sore knee.', ['person-name hint [Maria]', 'person-name warning [Maria Delgado]']],
  ];
  for (const [text, want] of flagged) {
    it(`still flagged: ${text}`, () => assert.deepEqual(found(text, ['person-name']), want));
  }
});

describe('clean prose: the new checks stay linear', () => {
  it('on long lines of eponyms, self-introductions, mascots, helplines, quotes and disclaimer look-alikes', function () {
    this.timeout(20_000);
    const rules = RULES.filter((r) => OURS.has(r.meta.id));
    const unit =
      "the Martin–Hopkins or Sampson methods, I'm Dr. Sarah Lin, the Mr. Yuk stickers, a name: seasonal disorder, led by Maria Lopez in 1796, " +
      "Mind's infoline on 0300 123 3393, Healthline 0800 611 116, patients tell us \"this changed my life\" — Hippocrates, not medical advice for social media, this is not for informational purposes ";
    assertLinear(unit, rules);
  });
});

// Tuning sets still above the 0.5 budget are held to the rate they have reached, so that a change
// that brings their false alarms back fails here; lower a ceiling when the rate falls.
const CEILINGS: [string, number][] = [
  ['clean-posts-5', 0.5],
  ['clean-posts-7', 0.5],
  ['clean-posts-9', 0.5],
  ['clean-posts-10', 0.9],
  ['clean-posts-12', 1.3],
  ['clean-posts-13', 0.5],
  ['clean-posts-14', 2.5],
];
for (const [set, ceiling] of CEILINGS) describe(`clean prose: ${set} (scored blind, then seen; see its README.txt)`, () => {
  it(`all rules together: at most ${ceiling} warning-or-worse findings per 1,000 words${ceiling > 0.5 ? ' (budget 0.5 not yet met)' : ''}`, () => {
    const dir = path.join(__dirname, '..', 'fixtures', set);
    let words = 0;
    const bad: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      words += text.split(/\s+/).filter(Boolean).length;
      for (const f of lint(text, { now: NOW }).findings) if (loud(f.severity)) bad.push(`${file}:${f.range.start.line} ${f.ruleId}`);
    }
    assert.ok(words > 5_000, `${words} words`);
    assert.ok((bad.length * 1000) / words <= ceiling, `${bad.length} findings in ${words} words: ${bad.join(', ')}`);
  });
});
