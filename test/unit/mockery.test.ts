// patient-mockery recall: sarcastic praise, contempt idioms, sarcastic address, written eye rolls,
// short exclamations about the sentence before; and the traps: self-deprecation, venting about the
// system, quoted dialogue, the airline kind of frequent flyer.
import assert from 'node:assert/strict';
import { checkBlock } from '../helpers/blocks';
import { patientMockery } from '../../src/core/rules/patient-mockery';
import { lint } from '../../src/core/index';

function spans(text: string): string[] {
  return checkBlock(patientMockery, text).map((r) => text.slice(r.start, r.end));
}

describe('patient-mockery recall', () => {
  it('flags sarcastic praise of a patient', () => {
    assert.deepEqual(spans('Next up, another genius who read a forum post and stopped his blood thinner.'), ['another genius']);
    assert.deepEqual(spans('Her son, this rocket scientist, decided she needed no oxygen.'), ['this rocket scientist']);
    assert.deepEqual(spans('This genius idea from our scheduling team helped her get seen sooner.'), []);
  });

  it('flags contempt idioms, even in a paragraph of their own', () => {
    assert.deepEqual(spans('He mixed bleach and ammonia to clean the tub. You can’t fix stupid.'), ['can’t fix stupid']);
    assert.deepEqual(spans('Some people really shouldn’t be allowed to raise kids.'), ['Some people really shouldn’t be allowed to']);
    assert.deepEqual(spans('Her dad drove home after six beers, a Darwin award waiting to happen.'), ['Darwin award']);
    assert.deepEqual(spans('He skipped dialysis for a month and brought it on himself.'), ['brought it on himself']);
    assert.deepEqual(spans('Patients with seizures should not drive until cleared; some people should be allowed to choose.'), []);
  });

  it('flags "frequent flyers who…" but not the airline kind', () => {
    assert.deepEqual(spans('The frequent flyers who camp in our waiting room know every nurse.'), ['frequent flyers who']);
    assert.deepEqual(spans('My mom is one of those frequent flyers who collect airline miles.'), []);
  });

  it('flags a sarcastic address and sarcastic agreement', () => {
    assert.deepEqual(spans('She swore she took every pill. Sure, lady.'), ['Sure, lady']);
    assert.deepEqual(spans('He says he only vapes on weekends. Riiight.'), ['Riiight']);
    assert.deepEqual(spans('“Sure, lady,” the clerk said to her, and I winced.'), []);
  });

  it('flags a written or emoji eye roll after a sentence about a patient', () => {
    assert.deepEqual(spans('His wife wants a CT for a stubbed toe. *eye roll*'), ['*eye roll*']);
    assert.deepEqual(spans('The patient asked for a work note for a hangover, smh.'), ['smh']);
    assert.deepEqual(spans('Her family demanded antibiotics for a cold 🤡'), ['🤡']);
    assert.deepEqual(spans('The printer jammed again. *sigh*'), []);
  });

  it('flags symptoms put in scare quotes and coarser insults', () => {
    assert.deepEqual(spans('Funny how her “migraines” vanish when the pharmacy closes.'), ['her “migraines”']);
    assert.deepEqual(spans('He rated his \'chest pain\' a twelve, lmao.'), ['his \'chest pain\'', 'lmao']);
    assert.deepEqual(spans('The patient, a total knucklehead, rode home without a helmet.'), ['knucklehead']);
    assert.deepEqual(spans('Her son is a waste of oxygen.'), ['waste of oxygen']);
    assert.deepEqual(spans('Her migraines were real and his chest pain was a heart attack.'), []);
    assert.deepEqual(spans('Put used strips in the trash so her toddler cannot reach them.'), []);
  });

  it('reads a short exclamation against the sentence before it', () => {
    assert.deepEqual(spans('He pulled out his own chest tube to go smoke. What a moron.'), ['moron']);
    assert.deepEqual(spans('The conference ran late and parking was full. What a moron I was to drive.'), []);
  });

  it('leaves self-deprecation and venting about the system alone', () => {
    assert.deepEqual(spans('I felt like an idiot after missing her fracture.'), []);
    assert.deepEqual(spans('I’m such an idiot, she told me twice it was her left knee.'), []);
    assert.deepEqual(spans('Her insurer’s prior-auth rules are idiotic, and she waited six weeks.'), []);
    assert.deepEqual(spans('He had to fill out a stupid form three times for his wheelchair.'), []);
    // "…like I was the idiot" says the other person is one.
    assert.deepEqual(spans('His daughter lectured me for an hour like I was the idiot.'), ['idiot']);
  });

  it('stays near-linear on long lines of its trigger words', () => {
    for (const text of ['sure lady '.repeat(50_000), 'some people should '.repeat(30_000), 'his "pain '.repeat(50_000), 'another genius '.repeat(40_000), 'I was the idiot '.repeat(30_000)]) {
      const t0 = performance.now();
      spans(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${text.length} chars took ${ms.toFixed(0)} ms`);
    }
  });

  it('reports conduct.mockery through lint', () => {
    const f = lint('Her son, another genius who googled it, stopped her insulin.\n').findings.filter((x) => x.ruleId === 'patient-mockery');
    assert.equal(f.length, 1);
    assert.equal(f[0].category, 'conduct.mockery');
    assert.equal(f[0].severity, 'warning');
  });
});
