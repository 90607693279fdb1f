// Named health facilities in the place rule (saint names, possessives, multi-word heads, units):
// what is flagged, at what severity, with which fixes, and what stays quiet.
import assert from 'node:assert/strict';
import { lint, applyFixes } from '../../src/core/index';
import { facilityGeneric } from '../../src/core/rules/place';
import places from '../../src/core/rules/data/places.json';

const placeFindings = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'place');
const spans = (text: string) => placeFindings(text).map((f) => `${text.slice(f.range.start.offset, f.range.end.offset)} ${f.severity}`);
const preferred = (text: string) => applyFixes(text, placeFindings(text).map((f) => f.fixes[0]).filter((f) => f !== undefined)).text;

describe('place: named health facilities', () => {
  it('finds saint names, possessives and multi-word heads', () => {
    assert.deepEqual(spans("She was admitted to St. Mary's Hospital last year."), ["St. Mary's Hospital error"]);
    assert.deepEqual(spans('We transferred him to Mercy Medical Center.'), ['Mercy Medical Center error']);
    assert.deepEqual(spans('He works at Harlan Regional Medical Center.'), ['Harlan Regional Medical Center warning']);
    assert.deepEqual(spans('A nurse from Saint Agnes Children\'s Hospital spoke to her.'), ["Saint Agnes Children's Hospital warning"]);
    // In a block that tells no patient story a bare mention is a hint (place.md).
    assert.deepEqual(spans('A nurse from Saint Agnes Children\'s Hospital spoke.'), ["Saint Agnes Children's Hospital hint"]);
  });

  it('a care or residence cue before the facility makes it an error; a bare mention is a warning in a story, a hint elsewhere', () => {
    assert.deepEqual(spans('Her father lives at Sunrise Nursing Home.'), ['Sunrise Nursing Home error']);
    assert.deepEqual(spans('She likes Sunrise Nursing Home, which hosts a fair every spring.'), ['Sunrise Nursing Home warning']);
    assert.deepEqual(spans('Sunrise Nursing Home hosts a fair every spring.'), ['Sunrise Nursing Home hint']);
    // The facility's own head word ("Clinic") is no patient cue.
    assert.deepEqual(spans('The Harlan Clinic opened a new wing. She was its first patient.'), ['Harlan Clinic warning']);
    assert.deepEqual(spans('The Harlan Clinic opened a new wing.'), ['Harlan Clinic hint']);
  });

  it('names the hospital after a unit ("the ICU at X", "Emergency Department of X")', () => {
    assert.deepEqual(spans('The patient went to the ICU at Riverside.'), ['Riverside error']);
    assert.deepEqual(spans('The Emergency Department of Lakeview was busy when he arrived.'), ['Lakeview warning']);
    assert.deepEqual(spans('The Emergency Department of Lakeview was busy.'), ['Lakeview hint']);
  });

  it('offers the general description first, then removal, with article agreement', () => {
    const text = 'She was moved to an Oak Grove Care Center.';
    const [f] = placeFindings(text);
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace with “a nursing home”', 'Remove the name']);
    assert.equal(preferred(text), 'She was moved to a nursing home.');
    assert.equal(applyFixes(text, [f.fixes[1]]).text, 'She was moved to an.');
    assert.equal(preferred('We transferred him to Mercy Medical Center.'), 'We transferred him to a local hospital.');
    assert.equal(preferred("Mercy Medical Center's ICU called about him."), "A local hospital's ICU called about him.");
    assert.equal(preferred('Her scans were done at Harlan Cancer Center.'), 'Her scans were done at a local cancer center.');
    // In a block that tells no patient story the name is a guess: no fix, so "fix all" leaves it.
    assert.equal(preferred('Scans were done at Harlan Cancer Center.'), 'Scans were done at Harlan Cancer Center.');
  });

  it('stays quiet on well-known institutions, generic descriptors and bare heads', () => {
    for (const text of [
      'The Mayo Clinic recommends screening at 45.',
      'Researchers at Memorial Sloan Kettering Cancer Center and Boston Children\'s Hospital agree.',
      'St. Jude Children\'s Research Hospital treats children from every state.',
      'Community Hospital staff and University Hospital nurses were kind.',
      'Choosing a Nursing Home is hard. The Children\'s Hospital was full.',
      'Read our Guide To Urgent Care before flu season.',
      'Texas Children\'s Hospital publishes guidance.',
    ]) {
      assert.deepEqual(spans(text), [], text);
    }
  });

  it('facilityGeneric: the longest head wins, landmarks keep their noun, unit-named hospitals are hospitals', () => {
    assert.equal(facilityGeneric('Saint Agnes Regional Medical Center'), 'a local hospital');
    assert.equal(facilityGeneric('Oak Grove Nursing Home'), 'a nursing home');
    assert.equal(facilityGeneric('Brakpan Rehabilitation Center'), 'a rehabilitation center');
    assert.equal(facilityGeneric('the Delmar cannery'), 'a local cannery');
    assert.equal(facilityGeneric('Riverside'), 'a local hospital');
  });

  it('facility tables are lower case without duplicates', () => {
    const lists: [string, string[]][] = [
      ['facilityHeads', Object.keys(places.facilityHeads)],
      ['facilityDescriptors', places.facilityDescriptors],
      ['facilityUnits', places.facilityUnits],
      ['facilityCareCues', places.facilityCareCues],
      ['wellKnown', places.wellKnown],
    ];
    for (const [name, xs] of lists) {
      assert.deepEqual(xs.filter((x, i) => xs.indexOf(x) !== i), [], `${name} has duplicates`);
      assert.deepEqual(xs.filter((x) => x !== x.toLowerCase()), [], `${name} must be lower case`);
    }
  });
});
