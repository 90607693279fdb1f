// Document facts (text/document-facts.ts): a public figure or staff member introduced in one block
// is known in the others, and LintSession re-checks exactly the blocks such a change can affect.
import assert from 'node:assert/strict';
import { lint, LintSession, type Finding, type LintOptions } from '../../src/core/index';
import { FIXTURE_NOW } from '../helpers/fixtures';

const OPTIONS: LintOptions = { now: FIXTURE_NOW };
const DISCLAIMER = '\n\nThis post is general education, not medical advice.\n';

/** The severity of the finding of `rule` on exactly `text` (the first occurrence after `after`), or 'none'. */
function severityOf(doc: string, rule: string, text: string, after = ''): string {
  const from = doc.indexOf(after) + after.length;
  const at = doc.indexOf(text, from);
  assert.ok(at >= 0, `${text} in the post`);
  const f = lint(doc, OPTIONS).findings.find((x: Finding) => x.ruleId === rule && x.range.start.offset === at);
  return f ? f.severity : 'none';
}
const loud = (s: string): boolean => s === 'error' || s === 'warning';

const HAMLIN_INTRO = 'Three years ago, Buffalo Bills safety Damar Hamlin collapsed on the field during a Monday night game, and millions of viewers watched the team medical staff start CPR.';
const HAMLIN_LATER = 'In April 2023, Hamlin said publicly that his doctors had diagnosed commotio cordis.';

describe('document facts: people introduced once, known everywhere', () => {
  it('a public figure introduced by team position: later paragraphs about him are the public record', () => {
    const doc = `${HAMLIN_INTRO}\n\n${HAMLIN_LATER}${DISCLAIMER}`;
    assert.equal(severityOf(doc, 'date-element', 'April 2023'), 'information');
    // The fact comes from the other paragraph: alone, the same paragraph stays loud.
    assert.ok(loud(severityOf(`${HAMLIN_LATER}${DISCLAIMER}`, 'date-element', 'April 2023')));
  });

  it('an appositive role and a title introduce public figures too', () => {
    const princess = `In March 2024, Catherine, the Princess of Wales, released a video about her treatment.\n\nIn September 2024, Catherine released another video saying she had finished chemotherapy.${DISCLAIMER}`;
    assert.equal(severityOf(princess, 'date-element', 'September 2024'), 'information');
    const later = 'In March 2025, Ashby told reporters she had finished rehabilitation.';
    const senator = `Senator Marguerite Ashby of Ohio posted a video from her hospital bed after a stroke.\n\n${later}${DISCLAIMER}`;
    assert.equal(severityOf(senator, 'date-element', 'March 2025'), 'information');
    assert.ok(loud(severityOf(`${later}${DISCLAIMER}`, 'date-element', 'March 2025')));
  });

  it('staff introduced under a heading: their own town, age and dates are not a patient’s', () => {
    const doc = `## Ellie Sørensen — Front Desk Coordinator\n\nEllie moved to Wisconsin from Fargo in 2019. She turns 40 in March.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(doc, 'place', 'Fargo')));
    assert.equal(severityOf(doc, 'exact-age', 'turns 40'), 'information');
    assert.equal(severityOf(doc, 'date-element', 'March'), 'information');
    const alone = `Ellie moved to Wisconsin from Fargo in 2019. She turns 40 in March.${DISCLAIMER}`;
    assert.ok(loud(severityOf(alone, 'place', 'Fargo')));
    assert.ok(loud(severityOf(alone, 'date-element', 'March')));
  });

  describe('stays flagged', () => {
    it('a staff member in apposition inside a patient’s paragraph', () => {
      const doc = `## Priya Natarajan, RN — Nurse Educator\n\nShe teaches our asthma classes.\n\nMr. Ochs called the office on January 8 with a cough. Our nurse, Priya Natarajan, heard his breathing on the phone.${DISCLAIMER}`;
      assert.ok(loud(severityOf(doc, 'date-element', 'January 8')));
    });

    it('someone else in a sentence that names the public figure', () => {
      const doc = `${HAMLIN_INTRO}\n\nIn March 2025 a 17-year-old boy collapsed at practice in Omaha, just like Hamlin did.${DISCLAIMER}`;
      assert.ok(loud(severityOf(doc, 'date-element', 'March 2025')));
      assert.ok(loud(severityOf(doc, 'exact-age', '17-year-old')));
    });

    it('the author’s own care of the public figure', () => {
      const doc = `${HAMLIN_INTRO}\n\nIn April 2023, Hamlin came in to see me for a follow-up visit.${DISCLAIMER}`;
      assert.ok(loud(severityOf(doc, 'date-element', 'April 2023')));
    });

    it('family of the public figure, named with a relationship word', () => {
      const doc = `${HAMLIN_INTRO}\n\nIn April 2023, his brother Jordan Hamlin spoke about the night.${DISCLAIMER}`;
      assert.equal(severityOf(doc, 'person-name', 'Jordan Hamlin'), 'error');
    });

    it('the author speaking where the public figure is told of', () => {
      const doc = `The novelist Rosa Klein wrote about her stroke in a memoir.\n\nWe got a call: Rosa Klein, 71, had fallen at home.${DISCLAIMER}`;
      assert.ok(loud(severityOf(doc, 'exact-age', '71', 'We got a call')));
    });

    it('a name that is staff in one place and public in another', () => {
      const doc = `## Dana Hamlin, RN — Nurse Manager\n\n${HAMLIN_INTRO}\n\nIn April 2023, Hamlin said publicly that his doctors had diagnosed commotio cordis.${DISCLAIMER}`;
      assert.ok(loud(severityOf(doc, 'date-element', 'April 2023')));
    });
  });
});

describe('document facts: the author’s own health story', () => {
  const OWN = 'My knee replacement was on March 3. I checked in at 6 a.m. and went home the next day.\n\nBy March 17, I was walking with a cane after surgery. I am 52 and had never been a patient for this long. I went back to operating in May.';
  it('the author’s own dates and age are information', () => {
    const doc = `${OWN}${DISCLAIMER}`;
    assert.equal(severityOf(doc, 'date-element', 'March 3'), 'information');
    assert.equal(severityOf(doc, 'date-element', 'March 17'), 'information');
    // Without the author's own health event anywhere, the same dates stay loud.
    const plain = `${OWN.replace('My knee replacement', 'The knee replacement')}${DISCLAIMER}`;
    assert.ok(loud(severityOf(plain, 'date-element', 'March 17')));
    // Without the author speaking as a clinician the first person may be a patient's guest post.
    const guest = `${OWN.replace(' I went back to operating in May.', '')}${DISCLAIMER}`;
    assert.ok(loud(severityOf(guest, 'date-element', 'March 17')));
  });

  it('not in a post that also tells of a patient, a reader’s question or someone else', () => {
    const patient = `${OWN}\n\nMy patient Mr. Jones had the same surgery on March 10.${DISCLAIMER}`;
    assert.ok(loud(severityOf(patient, 'date-element', 'March 3')));
    const reader = `${OWN}\n\nQ: I'm 34 and my periods stopped in March. What should I do?${DISCLAIMER}`;
    assert.ok(loud(severityOf(reader, 'date-element', 'March 3')));
    assert.ok(loud(severityOf(reader, 'exact-age', '34')));
    const someoneElse = `${OWN}\n\nMy neighbour had her operation on April 9, and I drove her home.${DISCLAIMER}`;
    assert.ok(loud(severityOf(someoneElse, 'date-element', 'April 9')));
    const quoted = `${OWN}\n\n“I had my surgery on April 9,” Linda told me at the gym.${DISCLAIMER}`;
    assert.ok(loud(severityOf(quoted, 'date-element', 'April 9')));
  });
});

describe('document facts: a patient or relative named once is the same person later', () => {
  const INTRO = 'Every month we share a story from our diabetes program. This month, meet Mrs. Rosa Alvarez.';
  const LATER = 'Rosa drove a school bus for thirty years before she joined the program.';
  it('a bare first name after "meet Mrs. Rosa Alvarez" is a warning', () => {
    assert.equal(severityOf(`${INTRO}\n\n${LATER}${DISCLAIMER}`, 'person-name', 'Rosa', INTRO), 'warning');
    // Alone the bare name is at most a hint.
    assert.ok(!loud(severityOf(`${LATER}${DISCLAIMER}`, 'person-name', 'Rosa')));
  });

  it('relatives named with a relationship word, and a family name that the block did not take for a name', () => {
    const doc = `My patient came in with her son Daniel last spring.\n\nDaniel asked the best questions.${DISCLAIMER}`;
    assert.equal(severityOf(doc, 'person-name', 'Daniel', 'questions'.slice(0, 0) + 'spring.'), 'warning');
  });

  it('not the author’s own family, an animal, a cell line, history, or a common word at a sentence start', () => {
    const family = `I coach my daughter Maya's netball team on Saturdays.\n\nMaya scored twice last week and our clinic cheered.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(family, 'person-name', 'Maya', 'Saturdays.')));
    const cow = `Jenner took the matter from a cow named Blossom, our patient's cow.\n\nBlossom has a memorial of her own.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(cow, 'person-name', 'Blossom', 'cow.')));
    const history = `On 12 August 1865 an eleven-year-old boy named James Greenlees was brought to the Glasgow Royal Infirmary, where Lister treated him.\n\nLister's notes on Greenlees are a landmark.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(history, 'person-name', 'Greenlees', 'landmark'.slice(0, 0) + 'notes on ')));
    const common = `My patient brought her daughter Grace to the visit.\n\nGrace periods for refills vary by pharmacy.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(common, 'person-name', 'Grace', 'visit.')));
  });

  it('a family name shared with a public figure yields to the public figure', () => {
    const doc = `${HAMLIN_INTRO} His brother, Jordan Hamlin, was in the stands.\n\n${HAMLIN_LATER}${DISCLAIMER}`;
    assert.equal(severityOf(doc, 'date-element', 'April 2023'), 'information');
    assert.equal(severityOf(doc, 'person-name', 'Jordan Hamlin'), 'error');
  });

  it('LintSession agrees while "Mrs. " is typed before the name and deleted again', () => {
    const base = `Every month we share a story from our program. This month, meet Rosa Alvarez.\n\n${LATER}${DISCLAIMER}`;
    const at = base.indexOf('meet ') + 'meet '.length;
    const insert = 'Mrs. ';
    const session = new LintSession(OPTIONS);
    session.lint(base);
    const steps: string[] = [];
    for (let i = 1; i <= insert.length; i++) steps.push(base.slice(0, at) + insert.slice(0, i) + base.slice(at));
    for (let i = insert.length - 1; i >= 0; i--) steps.push(base.slice(0, at) + insert.slice(0, i) + base.slice(at));
    const seen = new Set<string>();
    for (const text of steps) {
      const got = session.lint(text);
      assert.deepEqual(got, lint(text, OPTIONS), `${session.lastMode}: ${JSON.stringify(text.slice(at - 5, at + 12))}`);
      const start = text.indexOf('Rosa drove');
      seen.add(got.findings.find((f) => f.ruleId === 'person-name' && f.range.start.offset === start)?.severity ?? 'none');
    }
    assert.ok(seen.has('warning') && [...seen].some((s) => !loud(s)), `severities seen: ${[...seen].join(', ')}`);
  });
});

describe('document facts: LintSession re-checks the blocks a change affects', () => {
  it('typing and deleting the introduction of a public figure, one keystroke at a time', () => {
    const base = `A paragraph about sleep.\n\n${HAMLIN_LATER}\n\nAnother paragraph about salt.${DISCLAIMER}`;
    const at = base.indexOf('A paragraph about sleep.') + 'A paragraph about sleep.'.length;
    const insert = ' Buffalo Bills safety Damar Hamlin collapsed on the field.';
    const session = new LintSession(OPTIONS);
    session.lint(base);
    const seen = new Set<string>();
    let incremental = 0;
    const steps: string[] = [];
    for (let i = 1; i <= insert.length; i++) steps.push(base.slice(0, at) + insert.slice(0, i) + base.slice(at));
    for (let i = insert.length - 1; i >= 0; i--) steps.push(base.slice(0, at) + insert.slice(0, i) + base.slice(at));
    for (const text of steps) {
      const got = session.lint(text);
      if (session.lastMode === 'incremental') incremental++;
      assert.deepEqual(got, lint(text, OPTIONS), `${session.lastMode} re-lint of ${JSON.stringify(text.slice(at, at + insert.length))}`);
      const start = text.indexOf('April 2023');
      seen.add(got.findings.find((f) => f.ruleId === 'date-element' && f.range.start.offset === start)?.severity ?? 'none');
    }
    assert.ok(incremental > steps.length / 2, `most re-lints are incremental (${incremental} of ${steps.length})`);
    // The other paragraph's finding changed during the walk: the facts did change.
    assert.ok(seen.has('information') && [...seen].some(loud), `severities seen: ${[...seen].join(', ')}`);
  });

  it('typing a staff introduction heading above a staff paragraph', () => {
    const base = `## Front desk\n\nEllie moved to Wisconsin from Fargo in 2019.${DISCLAIMER}`;
    const at = base.indexOf('## Front desk') + '## Front desk'.length;
    const insert = ': Ellie Sørensen — Front Desk Coordinator';
    const session = new LintSession(OPTIONS);
    session.lint(base);
    for (let i = 1; i <= insert.length; i++) {
      const text = base.slice(0, at) + insert.slice(0, i) + base.slice(at);
      assert.deepEqual(session.lint(text), lint(text, OPTIONS), `step ${i}`);
    }
  });
});

describe('job titles are not names', () => {
  it('"Nurse Manager" in a staff heading is no honorific and a name', () => {
    const doc = `## Marcus Bellweather, RN — Nurse Manager\n\nMarcus runs our vaccine clinic.${DISCLAIMER}`;
    assert.ok(!lint(doc, OPTIONS).findings.some((f) => f.ruleId === 'person-name' && doc.slice(f.range.start.offset, f.range.end.offset).includes('Manager')));
    // A nurse's name after "Nurse" still is one.
    const named = `Nurse Ratched gave the patient her pills on March 3.${DISCLAIMER}`;
    assert.ok(lint(named, OPTIONS).findings.some((f) => f.ruleId === 'person-name' && named.slice(f.range.start.offset, f.range.end.offset).includes('Ratched')));
  });
});

describe('an age after a name keeps it a name', () => {
  it('"the novelist Rosa Klein, 71, had fallen": the profession does not make her a researcher', () => {
    const doc = `We got a call: the novelist Rosa Klein, 71, had fallen.${DISCLAIMER}`;
    assert.equal(severityOf(doc, 'person-name', 'Rosa Klein'), 'warning');
    // Without the age the title reads as a public figure's and the name is a hint.
    const titled = `The novelist Rosa Klein wrote about her stroke in a memoir.${DISCLAIMER}`;
    assert.ok(!loud(severityOf(titled, 'person-name', 'Rosa Klein')));
  });
});
