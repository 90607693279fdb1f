// Precision on history-of-medicine posts and the practice's event announcements (invented text in
// the patterns of test/fixtures/clean-posts-10): paragraphs whose years are 50 or more years back
// and that use the words of history, a month before a year followed by a name, quoted historical
// speech, talks the author will give, commemorations of the day. Each guard has a patient case
// that stays at warning or worse.
import assert from 'node:assert/strict';
import { loudCases, quietCases } from './precision-cases';
import { historicalBlock } from '../../src/core/text/context-cues';

quietCases('history paragraphs set 50 or more years back', [
  'On 9 March 1962 Dr. Hollis Grant, then fifty-one, began the first trial of the new vaccine in the laboratory at Mercy General, and a volunteer named Walter Brandt received the first dose.',
  'In early 1931 an outbreak of diphtheria struck the Harrow Street orphanage; a nurse named Ada Kell, twenty-four, died on 2 April 1931 after caring for the children.',
  'On 14 May 1806 Corbin inoculated Thomas Hale, the seven-year-old son of a farm hand, in the village of Stenbury.',
  'On 1 June 1899 Webb wrote to his sister, Agnes: "I have not slept for three nights, and my hands shake."',
], ['person-name', 'place', 'date-element', 'exact-age', 'age-over-89', 'reidentification-risk']);

loudCases('the author\'s own patients of long ago stay flagged', [
  ['In March 1975 I admitted Walter Brandt, 51, to the ward at Mercy General after the first dose of the new vaccine in our laboratory.', /person-name (?:error|warning) \[Walter Brandt\]/],
  ['In June 2001 a laboratory technician named Ada Kell, 24, came to my clinic with a fever.', /person-name (?:error|warning) \[Ada Kell\]|date-element (?:error|warning)/],
]);

describe('historicalBlock reads a month before a year as a year, not a house number', () => {
  it('counts "On 14 May 1806 Corbin …" and still skips "from 1820 Larkspur Avenue"', () => {
    assert.equal(historicalBlock('On 14 May 1806 Corbin inoculated a boy in the village of Stenbury.', 2026), true);
    assert.equal(historicalBlock('She walked from 1820 Larkspur Avenue to the clinic.', 2026), false);
  });
  it('needs the words of history between 50 and 100 years back', () => {
    assert.equal(historicalBlock('In March 1962 the family moved to Harlan and the boy started school.', 2026), false);
    assert.equal(historicalBlock('In March 1962 an outbreak of measles closed the school in Harlan.', 2026), true);
  });
});

quietCases('talks and events the author will hold', [
  'I will give a free talk, "Cowpox to Eradication," at the Linden Grove Public Library, 220 Orchard Avenue, on Thursday, 11 June 2026, at 6:30 p.m.',
  'We will repeat the session at the Glenmoor Community Centre on Saturday, 23 May 2026, at 10:00 a.m. For information call 555-0147.',
  'Our next history lecture is on Tuesday, 12 May 2026, at 6:30 p.m. Details are at www.example.com/events or 555-0191.',
], ['date-element', 'realtime-case', 'phone-number', 'place']);

loudCases('a patient\'s visit at a clock time stays flagged', [
  ['Today, March 3, she came in with crushing chest pain and was admitted.', /date-element (?:error|warning) \[March 3\]/],
  ['Today, 12 May, my patient turned 60 and was discharged home.', /date-element (?:error|warning) \[12 May\]/],
  // Conservative: a commemoration with a pronoun may be a patient's or a relative's birthday.
  ['Today, 7 June, would have been her 80th birthday; she died in the spring.', /date-element (?:error|warning) \[7 June\]/],
  ['Tonight at 11:40 p.m. I admitted a 52-year-old roofer to our ICU.', /realtime-case (?:error|warning)|date-element (?:error|warning)/],
  ['She will come back on Thursday, 11 June, for her biopsy.', /date-element (?:error|warning) \[(?:Thursday|11 June)/],
  ['Call her husband at 555-0147 for information about her discharge.', /phone-number (?:error|warning) \[555-0147\]/],
]);

quietCases('commemorations of the day', [
  'Today, 7 June, would have been the birthday of the anaesthetist who gave the newborn score its name.',
  'Eighty-five years ago today, on 12 February 1941, the first patient received the purified drug in a hospital laboratory.',
  'Today, 12 May, is International Nurses Day.',
], ['date-element', 'realtime-case']);

quietCases('a superlative about something else, and places listed with a name', [
  'It led to one of the best conversations our team has had about stigma.',
  '# Ada Kell, North Brother Island, and the Ethics of Quarantine',
], ['unsupported-claim', 'person-name']);
