// Precision on biographies and public figures' own health stories (invented text in the patterns of
// test/fixtures/clean-posts-12): paragraphs whose years are 20 or more years back and that use the
// words of a career or a public life, timeline entries labelled with a year, deaths 50 or more
// years back; "New York City" and "North Carolina" read whole; a work's author after "from"; the
// verb "degenerate". Each guard has a patient case that stays at warning or worse.
import assert from 'node:assert/strict';
import { loudCases, quietCases } from './precision-cases';
import { historicalBlock } from '../../src/core/text/context-cues';

const HISTORY_RULES = ['person-name', 'place', 'date-element', 'exact-age', 'age-over-89', 'reidentification-risk'];

quietCases('a public figure\'s story from the public record, 20 or more years back', [
  'Marla Quist won the national championship in 1984 and played in the World Cup in 1986. In March 1988, at 29, she had a knee reconstruction in Denver and returned the next season.',
  'Dorian Vale announced the diagnosis at a press conference on April 8, 1992, in Chicago, after a newspaper had learned of it. He was 49.',
  'Hal Brenner\'s final album was released in August 2003, and he died in Tucson on September 7, 2003, at 56. The album later won two Grammy Awards.',
], HISTORY_RULES);

quietCases('a career or a death 50 or more years back, and timeline entries', [
  'Edith Marsh became First Lady of the state in August 1974, and on September 28, 1974, she had a mastectomy at Harbor Naval Hospital in Calder. She was 56.',
  '1961 — She dies at Ashcombe in May, at 84.',
  '**1938.** She returns to Wrenfield General Hospital as director of its new division of anesthesia.',
  'In 1948, working as an almoner, she came to know Tomas Adler, a refugee from Lodz who was dying of cancer in a city hospital. When he died, he left her his savings.',
], HISTORY_RULES);

loudCases('patients and recent years stay flagged', [
  // A patient or an encounter vetoes the public-record reading, however public the words.
  ['In March 2001 the league\'s star pitcher, Dorian Vale, 31, was admitted to St. Brendan\'s Hospital after a press conference.', /(?:person-name|date-element|exact-age|place) (?:error|warning)/],
  // The author's own care.
  ['In June 1998 I treated Marla Quist, 29, a championship skier, in the emergency room at Denver General, after her Olympic trial.', /(?:person-name|date-element|exact-age) (?:error|warning)/],
  // Under 20 years back, with no public role and no announcement.
  ['On March 3, 2012, Hal Brenner, 45, a teacher from Tucson, told his family the diagnosis.', /(?:date-element|exact-age|place) (?:error|warning)/],
  // One word of a public life is not enough between 20 and 50 years back.
  ['In June 1990, at 45, Hal Brenner announced he had cancer, and he moved to Tucson in July 1990.', /(?:date-element|exact-age|place|person-name|reidentification-risk) (?:error|warning)/],
  // A year label under 20 years back.
  ['2019 — He dies at Ashcombe in May, at 84.', /(?:date-element|exact-age) (?:error|warning)/],
]);

describe('historicalBlock: the public record', () => {
  it('reads two words of a public life 20 or more years back, and not one', () => {
    assert.equal(historicalBlock('In 1979, at 36, he had a heart attack, four years after his Wimbledon title and a decade after his first championship.', 2026), true);
    assert.equal(historicalBlock('In 1979, at 36, he had a heart attack, four years after his Wimbledon title.', 2026), false);
  });
  it('reads a death 50 or more years back, and not a move', () => {
    assert.equal(historicalBlock('She died in Ashcombe in August 1974, at 65.', 2026), true);
    assert.equal(historicalBlock('She moved to Ashcombe in August 1974, at 15.', 2026), false);
  });
  it('counts a year label as a stated year', () => {
    assert.equal(historicalBlock('1938. She returns to the hospital as director of anesthesia.', 2026), true);
    assert.equal(historicalBlock('2024 — She returns to the hospital as director of anesthesia.', 2026), false);
  });
  it('lets a patient or "we" veto the 20-year reading', () => {
    assert.equal(historicalBlock('In 1992 we held a press conference about the championship team.', 2026), false);
    assert.equal(historicalBlock('In 1992 the patient held a press conference about the championship team.', 2026), false);
  });
});

quietCases('state names read whole, works\' authors, and tissue that degenerates', [
  'He later worked for New York City\'s parole commission.',
  'She finished her training in Chapel Hill, North Carolina.',
  'Most of the details below come from Michael Bliss\'s history of the discovery, which remains the standard account.',
  'The idea was to tie off the pancreatic ducts of dogs and wait for the digestive tissue to degenerate.',
], ['place', 'person-name', 'patient-mockery']);

quietCases('teachers, co-authors, sources and eras', [
  'She trains with Harlan Moss in Madison, and with Edwin Castellan at Bellevue Hospital in New York.',
  'In his memoir, written with Colin Ashby, he describes years of tests.',
  'Management now looks very different from Slayton\'s era, with modern monitoring.',
  'Breckinridge borrowed from British midwifery; American hospice pioneers borrowed from Saunders.',
  'The trial was coordinated from Oxford by a small team.',
], ['place', 'person-name']);

loudCases('a patient from New York City, and a patient called a degenerate', [
  ['My patient trained with Harlan Moss at the gym, and she told me so last week.', /person-name (?:error|warning) \[Harlan Moss\]/],
  ['My patient, a 52-year-old roofer, moved here from Carlisle in June.', /place (?:error|warning) \[Carlisle\]/],
  ['My patient, a 45-year-old teacher, moved here from New York City last year.', /place (?:error|warning) \[New York City\]/],
  ['That patient in bed 4 is a total degenerate.', /patient-mockery (?:error|warning) \[degenerate\]/],
]);

loudCases('an honorific after leading capitalised words still names a patient', [
  ['Meet Mrs. Alvarez, who beat breast cancer last spring.', /person-name (?:error|warning) \[Alvarez\]/],
  ['Thank You Dr. Okonkwo, said my patient after her surgery.', /person-name (?:error|warning) \[Okonkwo\]|person-name (?:error|warning) \[Dr\. Okonkwo\]/],
]);

quietCases('"Nurse" and "Baby" inside titles are no honorifics', [
  'With the journalist Joan Beck she publishes *Is My Baby All Right?*, a book for parents.',
  '**Priya Castellanos-Whitford, FNP-C — Family Nurse Practitioner.** Priya will lead our same-day appointments.',
], ['person-name']);

quietCases('a public figure\'s own disclosure, an agency\'s announcement, whatever the year', [
  'On 5 February 2025, the palace announced that King Aldric IV, then 71, had been diagnosed with cancer found during treatment at the Harwell Clinic.',
  'On 8 December 2024, the Canadian singer Mara Lune, then 54, posted a video saying she had been diagnosed with a rare neurological disorder.',
  'On 22 October 2025, the CDC announced an outbreak linked to slivered onions served in Dunmore, Colorado.',
  'On March 3, 2012, the singer Hal Brenner, 45, announced the diagnosis at a press conference in Tucson.',
], HISTORY_RULES);

quietCases('the author says the person is not their patient; the author\'s and staff\'s own towns', [
  'I have not examined Ms. Lune, and I know only what she has chosen to share.',
  'I grew up in Duluth, trained in family medicine in Madison, and joined this practice in 2019.',
  'Tomasz joined us last spring after residency. He grew up in Milwaukee, the son of a machinist.',
], ['person-name', 'place']);

loudCases('patients stay flagged next to these readings', [
  ['My patient, a retired senator, announced on 3 March 2025 that he had been admitted to Harwell General.', /(?:date-element|place|reidentification-risk) (?:error|warning)/],
  ['The family announced on 3 March 2025 that their son, 7, had died at Harwell General.', /(?:date-element|exact-age|place) (?:error|warning)/],
  ['Dana joined our team last spring; her first patient there came in from Harlan with chest pain.', /place (?:error|warning) \[Harlan\]/],
  ['I have not examined my patient\'s husband, but Mr. Okafor told me he was worried.', /person-name (?:error|warning) \[Okafor\]/],
]);
