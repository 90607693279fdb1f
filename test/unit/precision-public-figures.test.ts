// Precision on posts that name people who are not patients (invented text in the patterns of
// test/fixtures/clean-posts-9): authors in reading lists, researchers in population statements,
// public figures by title and their families, dated labels, staff by role, organisations' seats,
// observance days, populations "born in" a city. Every guard has a patient case that stays loud.
import assert from 'node:assert/strict';
import { loudCases, quietCases, allFindings } from './precision-cases';

quietCases('authors of works in reading lists and citations', [
  '**Harriet Vance, *The Ward at Night* (1994).** A nurse\'s memoir of thirty years on a surgical floor.',
  'Try Leonard Abara\'s novel *The Quiet Ward* (2008) and his memoir *Rounds* (2015), or Celia Brandt\'s *Listening to Illness* (2011).',
  'Marcus Feld\'s historical essays on the asylum era are worth an evening, as is Greta Lund\'s account of her own family and the search for a gene.',
  'Samuel Arden, *The House of Small Hours* (1978), is still assigned in some residency programs.',
], ['person-name']);

quietCases('researchers in sentences about populations, and their institutions', [
  'In 2021, a study led by Dr. Ines Parr at the University of Leeds estimated that 40,000 people in Britain are diagnosed with the disease each year.',
  'In 2004, Hale, Robert Quint and colleagues published results showing that people who smoked died about ten years earlier than those who never smoked.',
  'A 2023 analysis led by Dr. Tomas Rhee of the Institute for Lung Health and the University of Sydney estimated that 500 million people had asthma.',
  'The study has followed about 1,000 people born in Dunedin between April 1972 and March 1973.',
], ['person-name', 'place']);

quietCases('public figures by title, and their families', [
  'The actor Dennis Marlow spoke publicly about his own diagnosis in 2011. Claire Marlow, his wife, later founded a caregivers\' network.',
  'After her husband died of the disease, the journalist Renata Voss became a visible advocate for screening and co-founded a research alliance.',
  '**Dana Whitcombe, 2004.** The television personality spoke publicly about her treatment and urged viewers to get checked.',
  'Decades later, the French neurologist Henri Lamarque, working at the Bicêtre hospital in Paris, gave the syndrome its name.',
], ['person-name', 'place', 'reidentification-risk']);

loudCases('a patient named beside a public figure stays flagged', [
  ['My patient Claire Marlow told me she saw the actor on television.', /person-name (?:error|warning) \[Claire Marlow\]/],
  ['Her husband, Tom Vasquez, came in with her on Tuesday; she had just read the journalist\'s memoir.', /person-name (?:error|warning) \[Tom Vasquez\]/],
  ['The French teacher Anna Meyer, 58, presented to our ER with chest pain.', /person-name (?:error|warning) \[Anna Meyer\]|reidentification-risk/],
]);

quietCases('staff by role, with credentials or an owner\'s title', [
  'Thanks to our clinic nurse, Petra Holm, RN, for reviewing this post.',
  'Anya Brooks, RD, CDCES, a registered dietitian, led the cooking session.',
  '**Marcus Lyle, MA**, our quality improvement coordinator, built the dashboard.',
  'Our thanks go to Eastside Food Pantry, whose director, Rev. Samuel Tate, helped spread the word.',
  'Illustrations by our clinic\'s volunteer artist, Jonah Reyes.',
], ['person-name']);

quietCases('observance days, awards, shows and present-day organisations', [
  'April 11 is World Parkinson\'s Day, chosen because it is the birthday of the physician who described the disease.',
  'The award was presented on October 9 at the association\'s annual meeting.',
  'She discussed screening on NBC\'s *Today* show, and the foundation later joined today\'s Colon Cancer Alliance.',
], ['date-element', 'realtime-case']);

loudCases('a patient\'s birthday and a live shift stay flagged', [
  ['My patient turned 60 on April 11, her birthday, and came in that evening.', /date-element (?:error|warning) \[April 11\]/],
  ['Today\'s patient in bed 4 had the worst night of her life.', /realtime-case (?:error|warning) \[Today['’]s\]/],
]);

quietCases('practice lines and mailboxes for readers', [
  'You can reach our pharmacy counter with general questions at 555-0117.',
  'Our care coordinator helps people check their coverage and can be reached at 555-0129.',
  'Students and colleagues can send suggestions to booklist@example.org.',
], ['phone-number', 'email-address']);

describe('the public-figure guards leave patients\' families alone', () => {
  it('does not lower a relative introduced by a kinship cue, even with a public figure\'s family name (conservative)', () => {
    const spouse = allFindings('The actor Dennis Marlow spoke publicly about his diagnosis. His wife, Claire Marlow, later founded a network.', ['person-name']);
    assert.ok(spouse.some((g) => /person-name (?:error|warning) \[Claire Marlow\]/.test(g)), JSON.stringify(spouse));
    const got = allFindings('The actor Dennis Marlow visited. Her son Daniel Marlow, my patient, was admitted on Friday.', ['person-name']);
    assert.ok(got.some((g) => /person-name (?:error|warning) \[Daniel Marlow\]/.test(g)), JSON.stringify(got));
  });
});

loudCases('a story the author tells about someone with a public title is still scored', [
  ['We got a call at 3 a.m. on Friday: the novelist Rosa Klein, 71, had fallen at her farm outside Harlan, and her husband found her in the barn.', /reidentification-risk (?:error|warning)/],
  ['We got a call at 3 a.m. on Friday: the novelist Rosa Klein, 71, had fallen at her farm outside Harlan, and her husband found her in the barn.', /person-name (?:error|warning) \[Rosa Klein\]/],
], ['reidentification-risk', 'person-name']);
