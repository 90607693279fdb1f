// person-name and place: who is not a patient (the author, practice staff, a consented testimonial
// signature), what is not a name (acronyms, eponyms, organisations, publications) and what is not a
// patient's place (the practice's own address and workplace) — each with the guard that keeps a
// real patient identifier flagged.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { assertLinear } from './linear';

const OURS = new Set(['person-name', 'place']);
const found = (text: string): string[] =>
  lint(text)
    .findings.filter((f) => OURS.has(f.ruleId))
    .map((f) => `${f.ruleId} ${text.slice(f.range.start.offset, f.range.end.offset)} ${f.severity}`);

describe('person-name: the author, staff and testimonial signatures', () => {
  it('skips the front-matter author wherever the name appears, and only that name', () => {
    const text = '---\nauthor: "Dr. Miriam Okonkwo, MD"\n---\n\nMiriam Okonkwo answers questions. Dr. Okonkwo agrees. Maria Delgado called. Her son has a rash.\n';
    assert.deepEqual(found(text), ['person-name Maria Delgado warning']);
  });

  it('skips the byline name, but not a name followed by prose', () => {
    assert.deepEqual(found('Some intro text.\n\nBy Miriam Okonkwo, MD'), []);
    assert.deepEqual(found('Some intro text.\n\nDr. Anika Sorensen, DO · Family Medicine'), []);
    assert.deepEqual(found('Dr. Hoffmann, the patient\'s neighbour, called.'), ['person-name Hoffmann error']);
    assert.deepEqual(found('She came in with a cough. By Tuesday, Maria Delgado had called twice.'), ['person-name Maria Delgado warning']);
  });

  it('makes introduced staff a hint with an allow-list message, unless the sentence ties them to care', () => {
    const [f] = lint('We are thrilled to welcome Rafael Ortega, FNP-C, to the practice.').findings.filter((x) => x.ruleId === 'person-name');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /allow-list it in \.clearpost\.yml/);
    assert.deepEqual(found('Please meet our new PA, Ingrid Solberg, who joins us from Ohio.'), ['person-name Ingrid Solberg hint']);
    assert.deepEqual(found('My patient Kwame Mensah came in with chest pain.'), ['person-name Kwame Mensah error']);
    assert.deepEqual(found('I treated Rafael Ortega, RN, for a fracture.'), ['person-name Rafael Ortega error']);
  });

  it('makes a first name and initial signing a testimonial a hint, unless the text shows no consent', () => {
    assert.deepEqual(found('"I sleep again!" — Dolores K.'), ['person-name Dolores K. hint']);
    assert.deepEqual(found('"I sleep again!" — Dolores K.\nWe posted this without her permission.'), ['person-name Dolores K. warning']);
  });
});

describe('person-name: acronyms, eponyms and organisations are no names', () => {
  it('ignores codes after "called" but keeps a real name after "named"', () => {
    assert.deepEqual(found('A drug that targets a molecule called CGRP, and a test called HbA1c.'), []);
    assert.deepEqual(found('A boy named Timmie came in.'), ['person-name Timmie error']);
  });

  it('ignores eponyms joined by a dash or a hyphen, or possessive, before a disease word', () => {
    assert.deepEqual(found('She was diagnosed with Kikuchi–Fujimoto disease and Guillain-Barré syndrome.'), []);
    assert.deepEqual(found('A torn Achilles tendon, Lynch syndrome and a Cochrane review.'), []);
    // Guards: a relative's name and a first name's possessive stay names.
    assert.deepEqual(found('Her son Chester has Lynch syndrome.'), ['person-name Chester error']);
    assert.deepEqual(found('After Maria\'s disease came back, her husband Paulo stayed.'), ['person-name Maria error', 'person-name Paulo error']);
  });

  it('ignores organisations, publications, topics opening a sentence and initialisms', () => {
    assert.deepEqual(found('The SAMHSA National Helpline and the Dietary Guidelines agree. The American Academy of Dermatology and the Global Initiative for Asthma do too.'), []);
    assert.deepEqual(found('Calcium helps. Statins are safe. Nicotine is addictive. About 7 in 10 U.S. adults agree.'), []);
    assert.deepEqual(found('A 2018 study in Science and a trial in JAMA Internal Medicine found it.'), []);
    assert.deepEqual(found('Alvir spent the night in the ER.'), ['person-name Alvir hint']);
  });
});

describe('place: the practice, its workplace and numbered roads', () => {
  it('makes the practice address information without a fix, and keeps a home address an error', () => {
    const [own] = lint('Visit us at 88 Birchwood Lane, Suite 4, or call (555) 014-2211.').findings.filter((x) => x.ruleId === 'place');
    assert.equal(own.severity, 'information');
    assert.deepEqual(own.fixes, []);
    assert.deepEqual(found('Visit her at 12 Oak Street; she lives there with her sister.'), ['place 12 Oak Street error']);
  });

  it('makes the author\'s workplace information, unless a patient is in the sentence', () => {
    assert.deepEqual(found('At our clinic, Pine Ridge Medical Center, we see walk-ins.'), ['place Pine Ridge Medical Center information']);
    assert.deepEqual(found('My patient was admitted to Cedar Hollow Medical Center.'), ['place Cedar Hollow Medical Center error']);
    assert.deepEqual(found('Her husband works at Harlan Regional Medical Center.'), ['place Harlan Regional Medical Center error']);
  });

  it('finds numbered roads, common-word streets, a local "Regional" and a town after a role', () => {
    assert.deepEqual(found('The 12-year-old was hit on Route 17 near the mill.'), ['place Route 17 error']);
    assert.deepEqual(found('The patient lived on Church Street near the mill.'), ['place Church Street error']);
    assert.deepEqual(found('I was on call at St. Luke\'s Regional that night. She came in at two.'), ["place St. Luke's Regional warning"]);
    // With no patient story in the block it is the author's workplace, most likely: a hint.
    assert.deepEqual(found('I was on call at St. Luke\'s Regional that night.'), ["place St. Luke's Regional hint"]);
    assert.deepEqual(found('She was the retired postmaster of Millbrook.'), ['place Millbrook hint']);
    assert.deepEqual(found('Free help is at Smokefree.gov, and the National Academy of Medicine agrees.'), []);
  });

  it('stays linear on long lines of sign-offs, contact lines and eponyms', () => {
    const rules = RULES.filter((r) => OURS.has(r.meta.id));
    const unit = '"Great!" — Dolores K. Visit us at 88 Birchwood Lane, Suite 4 · (555) 014-2211 · Lynch syndrome, Erdheim–Chester disease, Route 9, our nurse Kwame Mensah, MSN. ';
    assertLinear(unit, rules);
  });
});
