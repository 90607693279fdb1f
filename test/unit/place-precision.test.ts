// Place-rule precision: words that look like places but name a disease, a pathogen, a score or
// rule, a diet, a drug maker or a Title Case title stay quiet; patients' towns, counties, streets,
// hospitals and "the … area" stay flagged, with a fix that replaces the whole phrase. Invented text.
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index';
import { RULES } from '../../src/core/rules/index';
import { assertLinear } from './linear';

const NOW = new Date('2026-11-24T12:00:00Z');

/** "severity [text] first fix title" for each place finding. */
function found(text: string): string[] {
  return lint(text, { now: NOW })
    .findings.filter((f) => f.ruleId === 'place')
    .map((f) => `${f.severity} [${text.slice(f.range.start.offset, f.range.end.offset)}]${f.fixes[0] ? ` ${f.fixes[0].title}` : ''}`);
}

describe('place precision: clinical terms named after places', () => {
  const quiet = [
    // A head noun (fever, virus, score, rule, scale, diet, chromosome …) after up to two modifiers.
    'She was admitted with Rocky Mountain spotted fever last summer.',
    'Other tick-borne infections include anaplasmosis and Rocky Mountain\nspotted fever.',
    'My patient recovered from West Nile virus after a long month.',
    'Deaths from Middle East respiratory syndrome were high in 2015.',
    'His risk from the Framingham risk score was low.',
    'We checked the Ottawa ankle rules before ordering an X-ray for him.',
    'The patient scored 8 on the Glasgow Coma Scale.',
    'Her leukemia carried the Philadelphia chromosome.',
    'Millions died from the Spanish flu and from Hong Kong flu.',
    'Patients who switch to the Mediterranean diet lower their risk.',
    // Diseases and pathogens named after places, listed in places.json.
    'She was worried from Ebola and Marburg outbreaks in the news.',
    'He came home from Lassa fever country, the news said.',
    'Her son came down with Coxsackie at day care.',
    'Outbreaks in Zika season worry pregnant patients.',
    'Her husband was exposed to Hendra virus on the farm.',
    'Our patient got sick in West Nile virus season.',
  ];
  for (const text of quiet) it(`quiet: ${text.replace(/\n/g, ' ')}`, () => assert.deepEqual(found(text), []));

  const flagged: [string, string[]][] = [
    // A residence cue keeps a listed name a place; a head noun far away does not hide the town.
    ['The family lives in Powassan and the kids play outside.', ['error [Powassan] Replace with “a small town in our state”']],
    ['My patient from Harlan County had Lyme disease.', ['error [Harlan County] Replace with “a small town in our state”']],
    ['She lives in Framingham and had a high risk score.', ['error [Framingham] Replace with “a small town in our state”']],
    // A comma ends the clinical term: "test" is not the town's.
    ['He lives in Harlan, test results are pending.', ['error [Harlan] Replace with “a small town in our state”']],
    ['A farmer near Ottawa had a stroke and a fever.', ['error [Ottawa] Replace with “a small town in our state”']],
    ['She was admitted to St. Mary\'s Hospital with Rocky Mountain spotted fever.', ['error [St. Mary\'s Hospital] Replace with “a local hospital”']],
    ['He was transferred to Glasgow Royal Infirmary.', ['error [Glasgow Royal Infirmary] Replace with “a local hospital”']],
  ];
  for (const [text, want] of flagged) it(`still flagged: ${text}`, () => assert.deepEqual(found(text), want));
});

describe('place precision: makers and titles', () => {
  const quiet = [
    'COVID-19 vaccines from Pfizer-BioNTech, Moderna and Novavax are offered each autumn.',
    'Semaglutide is a drug from Novo Nordisk.',
    'A one-dose shot came from Johnson & Johnson.',
    '# Keeping Kids Safe from Household Poisons',
    '---\ntitle: "Keeping Kids Safe from Household Poisons"\n---\n\nLock cleaning products away.',
    'Our handout, Keeping Kids Safe from Household Poisons, is free.',
  ];
  for (const text of quiet) it(`quiet: ${text.replace(/\n/g, ' ')}`, () => assert.deepEqual(found(text), []));

  const flagged: [string, string[]][] = [
    ['My patient drove in from Brakpan for the vaccine.', ['error [Brakpan] Replace with “a small town in our state”']],
    ['A retired teacher from Harlan County came in.', ['warning [Harlan County] Replace with “a small town in our state”']],
    // A Title Case run with a town or a place noun in it is still a place.
    ['Our Story Began in Millbrook Valley last spring, when she fell ill.', ['warning [Millbrook Valley] Replace with “a small town in our state”']],
  ];
  for (const [text, want] of flagged) it(`still flagged: ${text}`, () => assert.deepEqual(found(text), want));
});

describe('place precision: a town after "of" describing a person', () => {
  const cases: [string, string[]][] = [
    ['She was 96, the retired postmistress of Ashford, and she still walked to the library.', ['warning [Ashford] Replace with “a small town in our state”']],
    ['My patient, the retired postmaster of Millbrook, came in.', ['warning [Millbrook] Replace with “a small town in our state”']],
    // No patient, relative or age: a hint only.
    ['He is the mayor of Ashford and wrote a book.', ['hint [Ashford]']],
    ['The University of Ashford published the trial.', []],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(found(text), want));
});

describe('place precision: "the … area" is generalised whole', () => {
  const cases: [string, string[]][] = [
    ['She lives in the Millbrook area with her husband.', ['error [Millbrook] Replace with “our region”']],
    ['My patient lives in the Brakpan region.', ['error [Brakpan] Replace with “our region”']],
    ['A farmer from the Millbrook area had a stroke.', ['warning [Millbrook] Replace with “our region”']],
    ['He grew up in the Harlan County area.', ['error [Harlan County] Replace with “our region”']],
  ];
  for (const [text, want] of cases) it(`flagged: ${text}`, () => assert.deepEqual(found(text), want));

  const quiet = ['Many people in the Boston area get Lyme disease.', 'We serve the Brakpan metro area.', 'Ticks are common in the Midwest region.'];
  for (const text of quiet) it(`quiet: ${text}`, () => assert.deepEqual(found(text), []));

  it('the fix replaces the article and the area noun with the name', () => {
    const text = 'He grew up in the Harlan County area.';
    const f = lint(text, { now: NOW }).findings.find((x) => x.ruleId === 'place');
    assert.deepEqual(f?.fixes[0].edits, [{ start: 14, end: 36, text: 'our region' }]);
  });
});

describe('place precision: the new guards stay linear', () => {
  it('on long lines of disease names, makers and area phrases', function () {
    this.timeout(20_000);
    const rules = RULES.filter((r) => r.meta.id === 'place');
    const unit = 'from Rocky Mountain spotted fever, vaccines from Pfizer-BioNTech, lives in the Millbrook area, from Ebola and Marburg, the Ottawa ankle rules, ';
    assertLinear(unit, rules);
  });
});
