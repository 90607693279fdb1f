// Recall classes of the stigma-terms rule beyond the table test: frequent-visitor "regulars",
// recovery "clean", drug-test "clean/dirty", drug nouns, condition nouns, "victim of", doubt
// markers, "refused", mental-illness slurs, and the traps that must stay quiet.
import assert from 'node:assert/strict';
import type { BlockReport } from '../../src/core/rule';
import { checkBlock } from '../helpers/blocks';
import { stigmaTerms } from '../../src/core/rules/stigma-terms';
import { lint } from '../../src/core/index';

function check(text: string): BlockReport[] {
  return checkBlock(stigmaTerms, text);
}

/** Matched text and preferred replacement ('-' when the finding only hints). */
function found(text: string): string[] {
  return check(text).map((r) => `${text.slice(r.start, r.end)} → ${r.fixes?.[0]?.edits[0].text ?? '-'}`);
}

describe('stigma-terms recall', () => {
  it('flags "regulars" meaning frequent visitors, only where visits are the subject', () => {
    assert.deepEqual(found('On night shift we had a regular who turned up most Sundays with the same cough.'), ['a regular who → a patient who visits often and']);
    assert.deepEqual(found('One of our regulars came back to the ED before dawn.'), ['One of our regulars → A patient who visits often']);
    assert.deepEqual(found('The triage nurses know the regulars by their first names.'), ['the regulars → the patients who visit often']);
    assert.deepEqual(found('Regular checkups, regular insulin and a regular bedtime all help.'), []);
    assert.deepEqual(found('My uncle was a regular who sat by the window at the diner every morning.'), []);
    assert.deepEqual(found('Another regular was at triage at 3 a.m.; another regular checkup was due.'), ['Another regular → Another patient who visits often']);
    assert.deepEqual(found('Most ER regulars are lonely.'), ['ER regulars → patients who visit the emergency department often']);
  });

  it('flags "clean" for recovery and "clean/dirty" for drug tests, not wounds or specimens', () => {
    assert.deepEqual(found('He has been clean for nine months and goes to his methadone clinic daily.'), ['been clean → been in recovery']);
    assert.deepEqual(found('Staying clean after rehab is hard; she got clean twice before.'), ['Staying clean → Staying in recovery', 'got clean → entered recovery']);
    assert.deepEqual(found('His last tox screen came back dirty, and the next one tested clean.'), ['came back dirty → came back positive', 'tested clean → tested negative']);
    assert.deepEqual(found('Her urine was dirty for fentanyl twice.'), ['dirty for → positive for']);
    assert.deepEqual(found('She has been clean and sober since spring.'), ['clean and sober → in recovery']);
    // Traps: wounds, catches, specimens, imaging, and "clean" with no drug talk around it.
    assert.deepEqual(found('The incision has been clean and dry since the opioid taper ended.'), []);
    assert.deepEqual(found('Keep the wound clean. A clean catch urine was sent, and his CT came back clean.'), []);
    assert.deepEqual(found('The kitchen has been clean for a week now.'), []);
  });

  it('flags drug nouns with a grammatical person-first fix', () => {
    assert.deepEqual(found('He was a meth addict before he was a father.'), ['a meth addict → a person who uses meth']);
    assert.deepEqual(found('Clinics rarely see IV drug users early.'), ['IV drug users → people who inject drugs']);
    assert.deepEqual(found('The crackheads downtown need services.'), ['crackheads → people who use drugs']);
    assert.deepEqual(found('The drunk in the hallway kept singing.'), ['The drunk → The intoxicated patient']);
    assert.deepEqual(found('Her abuser was arrested; a drunk driver hit them; I was drunk once.'), []);
  });

  it('flags condition nouns (a possessive "my asthmatics" at warning), and only nouns', () => {
    const [r] = check('Half of my asthmatics never got a spacer.');
    assert.equal(r.severity, 'warning');
    assert.deepEqual(found('Half of my asthmatics never got a spacer.'), ['my asthmatics → my patients with asthma']);
    assert.deepEqual(found('The man is schizophrenic and lives alone; she is a hemophiliac.'), ['is schizophrenic → has schizophrenia', 'a hemophiliac → a person with hemophilia']);
    assert.equal(check('She is a hemophiliac.')[0].severity, 'information');
    assert.deepEqual(found('A diabetic diet, a diabetic foot exam and a schizophrenic episode.'), []);
    // "type 2 diabetics" has no fix that reads well ("type 2 people with diabetes"): left to the reviewer.
    assert.deepEqual(found('Type 2 diabetics need eye exams.'), []);
  });

  it('flags "victim of" and "afflicted with" for illness, not for crime', () => {
    assert.deepEqual(found('Her father was a victim of pancreatic cancer.'), ['a victim of → a person with']);
    assert.deepEqual(found('Stroke victims often wait too long.'), ['Stroke victims → People who have had a stroke']);
    assert.equal(check('She is a victim of lupus.').length, 0); // lupus is not in the illness list: no guess
    assert.equal(check('She is a victim of cancer.')[0].severity, 'warning');
    assert.equal(check('She is afflicted with lupus.')[0].severity, 'information');
    assert.deepEqual(found('He was a victim of a robbery; victims of violence deserve care.'), []);
  });

  it('flags doubt markers and charting "refused" about patients', () => {
    assert.deepEqual(found('At the clinic visit she claims the rash started after camping.'), ['she claims → she says']);
    assert.deepEqual(found('The patient insisted the pain was worse than last time.'), ['patient insisted → patient said']);
    assert.deepEqual(found('In the ED he initially refused the lumbar puncture.'), ['refused → declined']);
    assert.deepEqual(found('She then refused the biopsy, and at the visit her mom claims it was fine.'), ['refused → declined', 'mom claims → mom says']);
    // Traps: claims as nouns or objects, insisting on something, institutions refusing.
    assert.deepEqual(found('Patient claims were denied, and the hospital claimed credit.'), []);
    assert.deepEqual(found('She insisted on driving herself home from the clinic.'), []);
    assert.deepEqual(found('The insurer refused the claim, and the pharmacy refused to fill it.'), []);
    assert.deepEqual(found('The manufacturer claims the supplement works.'), []);
    // "refused" only with something offered in care: resolve and courage are not refusal of care.
    assert.deepEqual(found('The patient refused to take his meds, so the team called his daughter.'), ['refused to take → declined to take']);
    assert.deepEqual(found('She refused dialysis twice before she agreed.'), ['refused → declined']);
    assert.deepEqual(found('She refused to let cancer define her.'), []);
    assert.deepEqual(found('He refused to give up after the diagnosis, and his patients loved him for it.'), []);
    assert.deepEqual(found('My mother refuses to slow down at 80.'), []);
  });

  it('flags mental-illness slurs and the "difficult patient" label', () => {
    assert.deepEqual(found('We had a crazy lady in the hallway yelling at nurses.'), ['a crazy lady → -']);
    assert.deepEqual(found('The night nurse called him a psycho on rounds.'), ['a psycho → -']);
    assert.deepEqual(found('He is a psycho, honestly.'), ['a psycho → -']);
    assert.deepEqual(found('Her ex is a total psycho.'), ['a total psycho → -']);
    assert.deepEqual(found('She was a difficult patient.'), ['a difficult patient → -']);
    assert.deepEqual(found('It was a crazy busy shift; difficult patient conversations take practice.'), []);
  });

  it('stays quiet on posts about the words themselves', () => {
    assert.deepEqual(found('Why we stopped saying noncompliant, and why the word addict still hurts.'), []);
    assert.deepEqual(found('Terms like junkie dehumanise people.'), []);
    assert.deepEqual(found('Noncompliant is a loaded word.'), []);
    assert.deepEqual(found('There is no such thing as a difficult patient.'), []);
    assert.deepEqual(found('We stopped calling patients noncompliant years ago.'), []);
    assert.deepEqual(found('He said “she has been clean for a year” about his daughter in recovery.'), []);
  });

  it('keeps the case of a table spelling that starts with capitals', () => {
    assert.deepEqual(found('He is an IV drug user.'), ['an IV drug user → a person who injects drugs']);
    assert.deepEqual(found('IV drug users need access.'), ['IV drug users → People who inject drugs']);
  });

  it('reports language.stigma through lint with a quick fix', () => {
    const text = 'She has been clean for a year since leaving rehab.\n';
    const f = lint(text).findings.filter((x) => x.ruleId === 'stigma-terms');
    assert.equal(f.length, 1);
    assert.equal(f[0].category, 'language.stigma');
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].fixes?.[0].edits[0].text, 'been in recovery');
  });
});
