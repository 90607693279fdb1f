// Precision on practice announcements, event listings, staff pages and research history (invented
// text in the patterns of test/fixtures/clean-posts-7): venues' addresses, the practice's lines
// and role mailboxes, staff with job titles, species names, works cited, a weekly schedule, work
// "presented" at a meeting. Every guard has a patient case that stays at warning or worse.
import assert from 'node:assert/strict';
import { loudCases, quietCases } from './precision-cases';
import { readsAsPatientStory } from '../../src/core/text/story';

quietCases('species names, diseases named for places, and works cited', [
  'The spirochete was named *Treponema pallidum*, and a related species, *Borrelia recurrentis*, causes relapsing fever.',
  'Cultures from the outbreak grew *Staphylococcus aureus* in most samples.',
  'The 1968 Hong Kong flu and the milder Pontiac fever cases were studied by the same laboratory.',
  '## Further reading\n\n- Marion Tate, *The Long Fever: Typhoid in the Valley* (Harbor Press, 1998)\n- Owen Liddell, *The Quiet Epidemic* (2011)',
], ['person-name', 'place']);

loudCases('names of people stay flagged', [
  ['Her children, Ana, Luis and Marco Reyes, visited her on the ward.', /person-name (?:error|warning) \[/],
  ['My patient Julia Moreno was named after her grandmother.', /person-name (?:error|warning) \[Julia Moreno\]/],
]);

quietCases('staff with job titles, the practice\'s lines and role mailboxes', [
  '**Priya Dasgupta**, RDH — Dental Hygienist. Priya has cleaned teeth in this town for nine years.',
  '**Owen Blackwood** — Billing Manager. Owen answers questions about statements and insurance.',
  'For help with forms, our patient navigator, Mr. Samuel Okoro, can walk you through the portal.',
  'Bring your questions to the front desk, or ask when you call 555-0144 to book.',
  'Concerns about privacy go to the hospital\'s compliance office at 555-0145 or compliance@riverbend.example.org.',
  'Closures are announced on our recorded information line, 555-0146.',
  'Call 555-0147 with any questions about the screening day.',
  'To help at the next fair, write to volunteers@riverbend.example.org.',
], ['person-name', 'phone-number', 'email-address']);

loudCases('relatives, patients and their numbers stay flagged', [
  ['Her son, Mr. Daniel Reyes — Shift Manager at the plant — called me at 555-0148 last night.', /person-name error \[(?:Mr\. )?Daniel Reyes\]/],
  ['Her son, Mr. Daniel Reyes — Shift Manager at the plant — called me at 555-0148 last night.', /phone-number (?:error|warning) \[555-0148\]/],
  ['Meet our patient, Mr. Howard Lin, who asked us to share his story.', /person-name (?:error|warning) \[/],
  ['She asked the nurse to call her husband when you call 555-0149 back.', /phone-number (?:error|warning) \[555-0149\]/],
  ['I emailed her results to maria.santos@example.com after the visit.', /email-address (?:error|warning)/],
]);

quietCases('venues\' addresses and the way into a car park', [
  '| Date | Place |\n|---|---|\n| Thursday, May 7, 2026 | Oakridge Public Library, Elm Branch, 14 Garden Row |\n| Saturday, May 9, 2026 | Lincoln Elementary School gymnasium, 220 Maple Avenue |',
  'The class meets in the fellowship hall, 40 Church Lane, on the second floor.',
  'Join our open house at Westbrook Family Medicine, 88 Heron Way, on Saturday, June 6, 2026.',
  'The garage behind the clinic is entered from Mill Lane; the ramp is accessible from Bishop Street.',
], ['place']);

loudCases('a patient\'s street stays flagged', [
  ['Her apartment building, 12 Elm Street, has no elevator, so she came in by ambulance.', /place error \[12 Elm Street\]/],
  ['He came in from Mill Lane last night with burns.', /place (?:error|warning) \[Mill Lane\]/],
  ['Our farmer friend lives at 7 Orchard Road; his house is the one with the red barn.', /place (?:error|warning) \[7 Orchard Road\]/],
]);

quietCases('the practice\'s openings and schedules, and research history', [
  '# Our New Eastside Clinic Opens June 1',
  'The Eastside office will welcome its first patients on Monday, June 1, 2026.',
  'Lactation consults are held Tuesday and Friday mornings in the second-floor suite.',
  'The answer came in late March 1961, when the laboratory team isolated the virus from stored samples.',
  'In May 2019, Dr. Ruth Abiola, an epidemiologist at Lakeshore Medical Center, presented her findings on childhood asthma to the city council.',
], ['date-element', 'person-name', 'place', 'reidentification-risk']);

loudCases('a patient\'s dates stay flagged', [
  ['She came in on Tuesday morning with a fever.', /date-element (?:error|warning) \[Tuesday(?: morning)?\]/],
  ['My patient presented on March 3 with crushing chest pain.', /date-element (?:error|warning) \[March 3\]/],
  ['The patient came in in March 1990 after a fall.', /date-element (?:error|warning) \[March 1990\]/],
  ['Mr. Osei presented his scans to me on June 2, and I admitted him that night.', /date-element (?:error|warning) \[June 2\]/],
]);

describe('the story test: the author\'s workplace alone is no story', () => {
  it('reads an event at our clinic as no story, and a person at our clinic as one', () => {
    assert.equal(readsAsPatientStory('Our clinic hosts a free diabetes class on Thursday, May 7, at 2 p.m. in the community room. Call 555-0150 to reserve a seat.'), false);
    assert.equal(readsAsPatientStory('A roofer came into our clinic on Friday; he had fallen from a ladder.'), true);
    assert.equal(readsAsPatientStory('Dr. Abiola presented her findings at grand rounds.'), false);
    assert.equal(readsAsPatientStory('A 52-year-old presented with chest pain.'), true);
  });
});

loudCases('a story at the practice still gets a score', [
  ['A 52-year-old roofer came into our ER on Friday, October 2, from his farm outside Harlan; he had fallen from a grain bin.', /reidentification-risk (?:error|warning)/],
], ['reidentification-risk']);
