// Unsupported absolute, superlative and numeric efficacy claims (rules catalog, families I1–I3
// and F6). The phrase table is data compiled once into one alternation; negated, quoted and
// "beware of …" uses are discussions of a claim, not claims.
import type { BlockRule, ProseFix } from '../rule';
import type { ProseBlock } from '../model';
import { PLACEHOLDER } from '../text/prose';
import { matchCase, removalEdit } from '../text/tidy';
import { QuoteFilter, negatedBefore } from '../text/speech';
import { latinRegExp } from '../text/letters';

const S = '[ \\u00A0\\t\\n]{1,3}';
const SO = '[ \\u00A0]{0,2}';
const H = '(?:[ \\u00A0\\t\\n]{1,3}|[-\\u2010\\u2011])';

interface ClaimPhrase {
  /** Regex source of the phrase (whole words; S = space run, H = space or hyphen). */
  pattern: string;
  kind: 'absolute' | 'superlative' | 'substantiation';
  /** Hedged replacement; "" removes the phrase; undefined offers no fix. */
  replace?: string;
  /** What to write instead, for the message. */
  expected: string;
}

const CHRONIC =
  `(?:type${S}2${S}diabetes|diabetes|heart${S}disease|arthritis|osteoarthritis|aging|ageing|dementia|alzheimer['’]?s|autism|kidney${S}disease|hypertension|high${S}blood${S}pressure|multiple${S}sclerosis|MS|parkinson['’]?s|osteoporosis|cancer|fibromyalgia|lupus|COPD|heart${S}failure|hair${S}loss|atherosclerosis)`;

export const CLAIM_PHRASES: ClaimPhrase[] = [
  { pattern: `cures|will${S}cure|(?<=(?:we|I|they)${S})cure|cure(?=${S}\\p{L}{2,20}(?:${S}\\p{L}{2,20})?${S}in${S}\\d)`, kind: 'absolute', replace: 'may help with', expected: '“may help with” and the evidence' },
  { pattern: `(?:lose|drop|shed)${S}\\d{1,3}${S}(?:pounds|lbs?|kg)${S}in${S}(?:just${S}|only${S})?\\d{1,3}${S}(?:days|weeks)|without${S}(?:dieting|diet${S}(?:or|and)${S}exercise)`, kind: 'absolute', expected: 'the results people generally get, with evidence' },
  { pattern: `guaranteed${S}to${S}\\p{L}{2,20}`, kind: 'absolute', expected: 'what people generally experience, with evidence' },
  { pattern: `guaranteed${S}(?:results|relief|weight${S}loss)`, kind: 'absolute', expected: 'the results people generally get' },
  { pattern: 'guaranteed', kind: 'absolute', replace: '', expected: 'no guarantee' },
  { pattern: `miracle${S}(?:cure|drug|pill|treatment|supplement)s?`, kind: 'absolute', expected: 'a plain name and the evidence' },
  { pattern: 'miraculous|miracle', kind: 'absolute', expected: 'a plain description and the evidence' },
  { pattern: `(?:100${SO}%|one${S}hundred${S}percent|completely|totally|perfectly|entirely)${S}safe`, kind: 'absolute', replace: 'generally safe', expected: '“generally safe” and the main risks' },
  { pattern: `risk${H}free`, kind: 'absolute', replace: 'low-risk', expected: '“low-risk” and the main risks' },
  { pattern: `(?:no|zero)${S}side${H}effects`, kind: 'absolute', replace: 'few side effects', expected: '“few side effects” and the common ones' },
  { pattern: `permanent${S}(?:results|fix|cure|relief|solution)`, kind: 'absolute', replace: 'long-lasting results', expected: '“long-lasting results” and how long they last' },
  { pattern: `painless`, kind: 'absolute', expected: 'the discomfort people usually feel' },
  { pattern: `never${S}fails`, kind: 'absolute', replace: 'often works', expected: '“often works” and how often' },
  { pattern: `works${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, kind: 'absolute', replace: 'works for many people', expected: '“works for many people” and for whom' },
  { pattern: `work${S}for${S}(?:everyone|everybody|anyone|all${S}patients)`, kind: 'absolute', replace: 'work for many people', expected: '“work for many people” and for whom' },
  { pattern: `instant${S}(?:results|relief|cure|weight${S}loss)`, kind: 'absolute', expected: 'how long results usually take' },
  { pattern: `(?:reverses|reverse|reversing|reversed)${S}(?:your${S})?${CHRONIC}`, kind: 'absolute', expected: 'what the treatment can change, with evidence' },
  { pattern: `detox(?:ify|ifies|ifying|es)?${S}(?:your${S}(?:body|liver|system|colon|kidneys|blood)|the${S}(?:body|liver|kidneys|colon|blood)|teas?|cleanses?|diets?|drinks?|juices?|pads?|baths?|smoothies?|kits?|supplements?|water)|detoxify|detoxifies|detoxifying`, kind: 'absolute', expected: 'what the product actually does (the liver and kidneys clear toxins)' },
  { pattern: `(?:boosts?|boosting|strengthens?)${S}(?:your${S})?(?:immunity|immune${S}system|immune${S}health)|immune${H}boosting|immunity${H}boosting`, kind: 'absolute', expected: 'the measured effect, with evidence' },
  { pattern: `clinically${H}proven|scientifically${H}proven|proven${S}to${S}(?:cure|work|reverse|prevent|heal)`, kind: 'substantiation', expected: 'the trial it rests on, with a citation' },
  { pattern: `doctor${H}recommended|recommended${S}by${S}(?:doctors|physicians)|(?:doctors|physicians)${S}recommend${S}(?:this|it|our)`, kind: 'substantiation', expected: 'who recommends it and on what evidence' },
  { pattern: `(?:the${S})?best${S}(?:surgeon|doctor|physician|dermatologist|cardiologist|dentist|clinic|practice|hospital|specialist|team)s?${S}in${S}(?:the${S})?(?!(?:your|their|his|her|its|this|that|these|those|my|a|an)${S})(?:city|town|state|country|region|area|world|nation|\\p{L}{3,20})`, kind: 'superlative', expected: 'a verifiable fact, such as how many procedures and since when' },
  { pattern: `the${S}only${S}(?:clinic|practice|doctor|surgeon|physician|center|centre|provider|hospital|specialist)${S}(?:that|who|in|to|offering|with)`, kind: 'superlative', expected: 'a verifiable fact with its source' },
  { pattern: `top${S}(?:1|one|2|two|5|five)${SO}(?:%|percent)|top${S}(?:doctor|surgeon|physician)s?`, kind: 'superlative', expected: 'the named, verifiable source of the ranking' },
];

function kindMessage(kind: ClaimPhrase['kind']): string {
  if (kind === 'superlative') return 'superlative claim about the practice';
  if (kind === 'substantiation') return 'unsubstantiated endorsement of efficacy';
  return 'absolute health claim';
}

/** One alternation, each phrase in its own group so the matched entry is known by group index. */
const PHRASES = latinRegExp(`(?<![\\p{L}\\p{N}_-])(?:${CLAIM_PHRASES.map((p) => `(${p.pattern})`).join('|')})(?![\\p{L}\\p{N}_]|-\\p{L})`, 'giu');

const HEDGE_BEFORE = /(?<![\p{L}])(?:usually|mostly|nearly|almost|often|generally|relatively|typically|largely|virtually|sometimes|rarely|may|might|can)[ \u00A0]{1,3}$/iu;
const QUANTIFIED_AFTER = /^[ \u00A0]{1,3}(?:most|many|some|about|around|nearly|roughly|\d)/iu;

/** Cheap pre-check: a word stem each phrase contains. */
const PREFILTER = /cur|guarant|lose|drop|shed|without|miracl|safe|risk|side|perman|pain|fail|work|instant|revers|detox|immun|proven|recommend|best|only|top/i;

/** "90% success rate", "95% of our patients see results", "success rate of 90%". */
const EFFICACY = latinRegExp(
  `(?<![\\p{L}\\p{N}_.])(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}(?:success|cure|response|remission|improvement|satisfaction|effectiveness|efficacy|reduction${S}in${S}(?:pain|symptoms))(?:${S}rates?)?` +
    `|\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|clients|people|users|participants)${S}(?:see|saw|report|reported|achieve|achieved|get|got|improve|improved|are|were|become|became|feel|felt|lose|lost|need${S}no)(?:${S}(?:results|relief|better|pain${H}free|cured|symptom${H}free))?` +
    `|in${S}\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)${S}of${S}(?:our${S})?(?:patients|cases|people|clients)` +
    `|(?:success|cure|response|satisfaction)${S}rates?${S}(?:of|is|was|are|above|over)(?:${S}(?:above|over|nearly|almost|about|around))?${S}(?:\\d{1,3}(?:\\.\\d{1,2})?${SO}(?:%|percent)))(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** A citation in the paragraph: a footnote or link placeholder, "[citation", "et al.", "(Author 2021)", a DOI or PMID. */
const CITATION = /\[citation|\[\^|et al\.|doi:|doi\.org|PMID|PMC\d|\((?:[^()\n]{1,60}[ ,])?(?:19|20)\d\d[a-z]?\)|\[\d{1,3}\]/i;

/** True when the block has a citation, or a link (its URL leaves a gap of 8+ source characters between two prose characters). */
function hasCitation(block: ProseBlock): boolean {
  const text = block.text;
  if (text.includes(PLACEHOLDER) || CITATION.test(text)) return true;
  for (let i = 1; i < text.length; i++) {
    if (block.starts[i] - block.ends[i - 1] >= 8 && text[i - 1] !== '\n' && text[i] !== '\n') return true;
  }
  return false;
}

export const unsupportedClaim: BlockRule = {
  scope: 'block',
  meta: {
    id: 'unsupported-claim',
    category: 'claim.unsupported',
    defaultSeverity: 'warning',
    description: 'Absolute, superlative and uncited efficacy claims ("cures", "100% safe", "best surgeon in the city", "90% success rate").',
    note: 'Health benefit claims need competent and reliable scientific evidence, generally randomized controlled human trials (FTC Health Products Compliance Guidance, December 2022; FTC Act sections 5 and 12); physicians must not misrepresent outcomes (AMA Code of Medical Ethics 8.12; FSMB online professionalism guidance).',
  },
  check(block, _env, report) {
    const text = block.text;
    const hasPhrase = PREFILTER.test(text);
    const hasNumber = /%|percent/i.test(text);
    if (!hasPhrase && !hasNumber) return;
    const quotes = new QuoteFilter(text);
    if (hasPhrase) {
      PHRASES.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PHRASES.exec(text))) {
        if (m[0].length === 0) {
          PHRASES.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (quotes.quoted(start, end) || negatedBefore(text, start)) continue;
        let k = 1;
        while (k < m.length && m[k] === undefined) k++;
        const phrase = CLAIM_PHRASES[k - 1];
        // Already hedged ("usually painless", "often cures") or quantified ("cures most infections").
        if (phrase.kind === 'absolute' && (HEDGE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || QUANTIFIED_AFTER.test(text.slice(end, end + 20)))) continue;
        const term = m[0].replace(/\s+/g, ' ');
        const fixes: ProseFix[] = [];
        if (phrase.replace === '') {
          let edit = removalEdit(text, start, end);
          // "…, guaranteed." and "— guaranteed.": take the dash or comma that introduced it too.
          const lead = /[ \u00A0]*(?:[—–,]|--)[ \u00A0]*$/.exec(text.slice(Math.max(0, start - 8), start));
          if (lead && /^[.!?;]/.test(text.slice(end, end + 1))) edit = { start: start - lead[0].length, end, text: '' };
          fixes.push({ title: `Remove “${term}”`, edits: [edit] });
        } else if (phrase.replace !== undefined) {
          const replacement = matchCase(m[0], phrase.replace);
          fixes.push({ title: `Replace with “${replacement}”`, edits: [{ start, end, text: replacement }] });
        }
        report({ start, end, message: `Unexpected ${kindMessage(phrase.kind)} “${term}”, expected ${phrase.expected}.`, fixes });
      }
    }
    if (hasNumber && !hasCitation(block)) {
      EFFICACY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = EFFICACY.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        if (quotes.quoted(start, end) || negatedBefore(text, start)) continue;
        report({
          start,
          end,
          message: 'Unexpected efficacy number without a citation, expected a source with the denominator and time frame in the same paragraph.',
          fixes: [{ title: 'Insert “[citation needed]”', edits: [{ start: end, end, text: ' [citation needed]' }] }],
        });
      }
    }
  },
};
