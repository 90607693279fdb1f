// Rooms, beds, bays, wards and hospital wings tied to a patient (place rule, phi.location): a
// location smaller than a state (catalog A2; a unit is a Place quasi-identifier in B1).
import assert from 'node:assert/strict';
import type { BlockReport } from '../../src/core/rule';
import { checkBlock } from '../helpers/blocks';
import { place } from '../../src/core/rules/place';
import { lint } from '../../src/core/index';

/** Room findings only (the place rule also reports towns and facilities). */
function rooms(text: string): BlockReport[] {
  return checkBlock(place, text).filter((r) => r.message.startsWith('Unexpected room, bed or unit number'));
}

const spans = (text: string): string[] => rooms(text).map((r) => text.slice(r.start, r.end));
const preferred = (text: string): string[] =>
  rooms(text).map((r) => {
    const e = r.fixes?.[0]?.edits[0];
    return e ? text.slice(0, e.start) + e.text + text.slice(e.end) : '-';
  });

describe('place: rooms, beds and wards', () => {
  it('flags a room, bed, bay or ward number in a sentence about a patient, as a warning', () => {
    assert.deepEqual(spans('The woman in room 214 had not eaten in two days.'), ['room 214']);
    assert.deepEqual(spans('We moved him to Bed 6B just before sunrise.'), ['Bed 6B']);
    assert.deepEqual(spans('Her grandson slept in a chair by trauma bay 2; Ward 11C was full.'), ['trauma bay 2', 'Ward 11C']);
    assert.deepEqual(spans('She was transferred up to 6 North after the surgery.'), ['6 North']);
    assert.deepEqual(spans('Our cubicle 5 patient asked for his daughter.'), ['cubicle 5']);
    assert.deepEqual(spans('We took him straight to resus 2 and intubated.'), ['resus 2']);
    assert.deepEqual(spans('Her mother was admitted to 5-East overnight.'), ['5-East']);
    assert.deepEqual(rooms('The boy in rm. 12 was crying.').map((r) => r.severity), ['warning']);
  });

  it('offers a general description, or removal where the number labels the patient', () => {
    assert.deepEqual(preferred('The woman in room 214 had not eaten in two days.'), ['The woman in a patient room had not eaten in two days.']);
    assert.deepEqual(preferred('We moved him to Bed 6B just before sunrise.'), ['We moved him to a bed just before sunrise.']);
    assert.deepEqual(preferred('The bed 3 lady kept asking for her husband.'), ['The lady kept asking for her husband.']);
    assert.deepEqual(preferred('Room 9 was a man with a broken wrist.'), ['A patient room was a man with a broken wrist.']);
  });

  it('leaves rooms that are no patient\'s, and room words without a number, alone', () => {
    assert.deepEqual(spans('Store the vials at room temperature and ask her to sit in the waiting room.'), []);
    assert.deepEqual(spans('Grand rounds meet in Room 101 at noon.'), []);
    assert.deepEqual(spans('Her class meets in Conference Room B, and his lecture is in conference room 4.'), []);
    assert.deepEqual(spans('He was on bed rest for 3 days and breathed room air.'), []);
    assert.deepEqual(spans('The unit has 24 beds, and she sat in waiting room 2.'), []);
    assert.deepEqual(spans('She lives at 12 West Maple Street and drove the 5 North freeway.'), []);
    assert.deepEqual(spans('The clinic is in Suite 3, and he parks in loading bay 12 or parking bay 4.'), []);
  });

  it('stays near-linear on long lines full of room numbers', () => {
    for (const text of ['she was in room 1 '.repeat(6_000), 'moved to 4 West '.repeat(6_000), 'bed 2 '.repeat(20_000)]) {
      const t0 = performance.now();
      rooms(text);
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${text.length} chars took ${ms.toFixed(0)} ms`);
    }
  });

  it('reports phi.location through lint', () => {
    const f = lint('The patient in bed 14 had a fever all night.\n').findings.filter((x) => x.ruleId === 'place');
    assert.equal(f.length, 1);
    assert.equal(f[0].category, 'phi.location');
    assert.equal(f[0].severity, 'warning');
  });
});
