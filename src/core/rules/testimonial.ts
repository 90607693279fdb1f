// Testimonials and reviews (rules catalog F1, F4). A document rule: whether a typicality statement
// is present anywhere in the post decides whether a testimonial is a finding; each finding sits on
// the testimonial. Undisclosed material connections (affiliate links, "use my code", gifted
// products, catalog F2 / K DISC.SPONSOR) are disclosure.missing findings of missing-disclosure.
import type { DocumentRule, SourceReport } from '../rule';
import type { ProseBlock } from '../model';
import { QuoteFilter, negatedBefore, quotedSpans, sentenceEnd, sentenceStart } from '../text/speech';
import { latinRegExp } from '../text/letters';
import { Gate } from '../text/gate';

const S = '[ \\u00A0\\t\\n]{1,3}';

/** "Dana lost 58 pounds", "he is now off all his insulin": a patient's key result. */
const RESULT = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:lost|dropped|shed)${S}(?:(?:over|more${S}than|nearly|almost)${S})?\\d{1,3}(?:\\.\\d)?[ \\u00A0]{0,2}(?:pounds|lbs?|kg|kilos|kilograms|inches|dress${S}sizes)` +
    `|(?:is|was|were|are)${S}(?:now${S})?(?:completely${S}|totally${S})?off${S}(?:all${S})?(?:his|her|their)${S}(?:insulin|meds|medications|medicines|pain${S}pills))(?![\\p{L}\\p{N}_])`,
  'giu',
);
/** Research context: a trial's average result is not a testimonial. */
const RESEARCH = latinRegExp(String.raw`(?<![\p{L}])(?:average|on average|median|mean|participants|trial|study|studies|randomi[sz]ed)(?![\p{L}])`, 'iu');
const PRAISE = /changed my life|saved my life|life[- ]changing|best doctor|highly recommend|new person|so grateful|thank you,? dr|can['’]t thank|feel amazing|miracle/i;
const ATTRIBUTION = /^[,.!]?["”]?[ \u00A0]{0,2}(?:[—–]|--?)[ \u00A0]{0,2}(?:\p{Lu}|(?:a|one|our)[ \u00A0]+(?:patient|client))|^[,.!]?["”]?[ \u00A0]{0,2}(?:says|said|writes|wrote)[ \u00A0]+(?:one[ \u00A0]+|a[ \u00A0]+|our[ \u00A0]+)?(?:patient|client)/iu;
/**
 * Quotes that are no one person's testimonial, judged on the words before the quote in its sentence:
 * what people in general say ("Patients often tell us, …", "many parents ask"), a claim being
 * examined ("ads promising …", "Myth: …", "so-called"), or a survey item ("agreed with the
 * statement …").
 */
const GENERIC_SPEAKER =
  /\b(?:we|I)\s{1,3}(?:often\s{1,3}|commonly\s{1,3}|frequently\s{1,3}|sometimes\s{1,3})?hear\b[^.!?"“]{0,20}$|\b(?:patients|people|clients|parents|readers|families|folks|many|most|some|others|everyone|you)\b[^.!?"“]{0,40}\b(?:tell|tells|say|says|ask|asks|told|describe|report|write|wonder|hear|often|sometimes|usually|commonly)\b[^.!?"“]{0,30}$/i;
const CLAIM_CONTEXT = /\b(?:myths?|claims?|claiming|claimed|promis\w{1,4}|ads?|advert\w{0,10}|marketed|marketing|labell?ed|so-called|beware|headlines?|hype|slogans?|sales\s{1,3}pitch\w{0,2}|touted|billed)\b[^.!?]{0,60}$/i;
const SURVEY_CONTEXT = /\b(?:surveys?|surveyed|polls?|polled|respondents|questionnaires?|statements?|agreed|disagreed|items?|scale)\b[^.!?]{0,60}$/i;
/** A general or hypothetical subject right before a result: "people who", "someone who has", "if you have", "having". */
const GENERIC_RESULT =
  /(?:\b(?:people|persons?|someone|somebody|anyone|anybody|those|adults|women|men|individuals|everyone|a\s{1,3}person|readers)\s{1,3}(?:who|that)\s{1,3}(?:(?:have|has|had|already|recently)\s{1,3}){0,2}|\b(?:if|when|once|unless)\s{1,3}(?:you|someone|a\s{1,3}person|anyone|they)\s{1,3}(?:(?:have|has|had|already|recently|unintentionally)\s{1,3}){0,2}|\bhaving\s{1,3})$/i;
/** First-person words: an attributed quote without them and without praise is an epigraph ("… — Hippocrates"). */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|me|my|mine|we|our|us)\b/;
const PATIENT_ATTRIBUTION = /(?:[—–]|--?)[ \u00A0]{0,2}(?:a|one|our)[ \u00A0]+(?:patient|client)|(?:says|said|writes|wrote)[ \u00A0]+(?:one[ \u00A0]+|a[ \u00A0]+|our[ \u00A0]+)?(?:patient|client)|,[ \u00A0]*(?:happy|satisfied|grateful|former|longtime|long-time)?[ \u00A0]*(?:patient|client)\b/i;
const TYPICAL = /results (?:may |will |can )?vary|typical results|results are not typical|(?:most|the average|typical) (?:people|patients|participants|clients)(?: in (?:our|the|this) program)? (?:lose|see|get|achieve|gain|have)|on average,? (?:people|patients|participants|clients)|not everyone (?:will|gets|sees|loses|has)/i;

/** "Results like mine are typical", "and you will too!": a result asserted to be typical. */
const ASSERTED_TYPICAL = latinRegExp(String.raw`(?<![\p{L}])(?:(?:results|outcomes)[ \u00A0]+like[ \u00A0]+(?:mine|hers|his|theirs|these|this|that|(?:\p{L}{2,20}['’]s))|these[ \u00A0]+results)[ \u00A0]+(?:are|is)[ \u00A0]+(?:typical|normal|what[ \u00A0]+you[ \u00A0]+can[ \u00A0]+expect)|and[ \u00A0]+you[ \u00A0]+(?:will|can|could)[ \u00A0]+too(?![\p{L}])`, 'giu');

/** "Every reader who has tried it has told me …": a result claimed for everyone who used the product. */
const EVERY_USER =
  /\b(?:every|each|all)\s+(?:single\s+)?(?:(?:one\s+)?of\s+(?:my|our)\s+)?(?:readers?|patients?|clients?|customers?|users?|people|members?|one)\s+who\s+(?:has\s+|have\s+|had\s+)?(?:tried|used|taken|bought|started|done|completed|followed|joined)\b[^.!?\n]{0,60}?\b(?:told|tells?|swears?|swore|raves?|raved|loves?|loved|says?|said|reports?|reported|(?:has|have)\s+(?:seen|gotten|felt|lost))\b/gi;

/** Strings every match of each pattern contains: a block without them skips the pattern. */
const RESULT_GATE = new Gate(['lost', 'dropped', 'shed', 'off']);
const TYPICAL_GATE = new Gate(['result', 'typical', 'most', 'average', 'everyone']);
const ASSERTED_GATE = new Gate(['results', 'outcomes', 'too']);
const EVERY_USER_GATE = new Gate(['who']);
const REVIEW_GATE = new Gate(['review', 'star', 'rating']);

const REVIEW_WORD = latinRegExp(String.raw`(?<![\p{L}])(?:reviews?|(?:5|five)[- ]stars?|ratings?)(?![\p{L}])`, 'giu');
/** Something of value offered for a review. "Pain-free", a "$10,000 settlement" and a bare price are not incentives. */
const INCENTIVE = latinRegExp(
  String.raw`\d{1,3} ?% off|discount|gift card|(?<![-\p{L}])free (?:\p{L}{3,})|(?:get|receive|earn|win|enjoy|save|give you|send you)[ \u00A0]+(?:a[ \u00A0]+)?\$\d+|\$\d+(?:\.\d\d)?[ \u00A0]?(?:off|credit|gift|discount|voucher|coupon|cash|reward|bonus|back)(?![\p{L}])|coupon|raffle|drawing|giveaway|entered to win|store credit|account credit`,
  'iu',
);
/**
 * "Review" in the scholarly sense: "a systematic review", "a 2015 review in the American Journal of
 * …", "a Cochrane review of 12 trials". Checked on the words right before and after the review word.
 */
const SCHOLARLY_BEFORE =
  /(?:systematic|literature|narrative|scoping|umbrella|cochrane|meta-?analytic|evidence|evidence-based|clinical|peer|critical|research|(?:19|20)\d\d|journal['’]s)[ \u00A0-]+(?:[A-Za-z]+[ \u00A0]+)?$/i;
/** "… review in the American Journal of …" (a capitalised title: case-sensitive). */
const SCHOLARLY_IN = /^[ \u00A0]+(?:published[ \u00A0]+)?in[ \u00A0]+(?:the[ \u00A0]+)?(?:[Jj]ournal|[A-Z])/;
const SCHOLARLY_AFTER =
  /^[ \u00A0]+(?:of[ \u00A0]+(?:\d+[ \u00A0]+|the[ \u00A0]+|all[ \u00A0]+|published[ \u00A0]+|randomi[sz]ed[ \u00A0]+)*(?:studies|trials|the[ \u00A0]+literature|evidence|research|data)|(?:found|concluded|showed|suggests?|suggested|reported|published|looked|pooled|identified)(?![A-Za-z]))/i;
/**
 * A sentence that reports on or warns about review incentives rather than offering one: the FTC rule,
 * settlements and penalties ("The FTC's 2024 rule …", "a $10,000 settlement").
 */
const DISCUSSION = /\b(?:FTC|Federal Trade Commission|illegal|unlawful|banned|bans?|prohibit\w*|penalt\w*|fined|settle(?:d|ment)\w*|violat\w*|regulators?|HHS|OCR)\b/i;
const GATING = /only (?:leave|post|write|give)[^.!?]{0,40}review|if you (?:loved|were happy|had a (?:great|good|positive))[^.!?]{0,60}(?:review|stars?)[^!?]{0,80}(?:if not|otherwise)|(?:unhappy|not (?:happy|satisfied))[^.!?]{0,40}(?:contact|email|call|tell) us (?:directly|first|privately|instead)/i;
const HONEST_REVIEW = 'We welcome honest reviews, positive or negative.';

/** Source range of prose [s, e) of a block. */
interface Span {
  s: number;
  e: number;
}

/** What one block contributes, in prose offsets (valid as long as the block's text is unchanged). */
interface BlockFacts {
  text: string;
  typical: boolean;
  results: (Span & { quote: boolean })[];
  asserted: Span[];
  reviews: (Span & { ss: number; se: number })[];
}

const factsCache = new WeakMap<ProseBlock, BlockFacts>();

function blockFacts(block: ProseBlock): BlockFacts {
  const hit = factsCache.get(block);
  if (hit && hit.text === block.text) return hit;
  const text = block.text;
  const f: BlockFacts = { text, typical: TYPICAL_GATE.in(text) && TYPICAL.test(text), results: [], asserted: [], reviews: [] };
  const [result, asserted, everyUser, review] = [RESULT_GATE.in(text), ASSERTED_GATE.in(text), EVERY_USER_GATE.in(text), REVIEW_GATE.in(text)];
  const quotes = new QuoteFilter(text);
  RESULT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (result && (m = RESULT.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    if (quotes.quoted(s, e) || negatedBefore(text, s)) continue;
    if (RESEARCH.test(text.slice(sentenceStart(text, s), sentenceEnd(text, e)))) continue;
    // "people who lost 10 pounds", "if you have lost 15 pounds", "having lost 10 pounds in six months": no one's result.
    if (GENERIC_RESULT.test(text.slice(Math.max(sentenceStart(text, s), s - 60), s))) continue;
    f.results.push({ s, e, quote: false });
  }
  if (text.includes('"') || text.includes('“')) {
    for (const [qs, qe] of quotedSpans(text)) {
      if (qe - qs < 12) continue;
      const after = text.slice(qe, qe + 40);
      const quote = text.slice(qs, qe + 1);
      const praise = PRAISE.test(quote);
      const attributed = ATTRIBUTION.test(after);
      if (!praise && !attributed) continue;
      const lead = text.slice(sentenceStart(text, qs), qs);
      if (GENERIC_SPEAKER.test(lead) || CLAIM_CONTEXT.test(lead) || SURVEY_CONTEXT.test(lead)) continue;
      // An epigraph attributed to a name ("… — Hippocrates") with neither praise nor first person.
      if (!praise && !FIRST_PERSON.test(quote) && !PATIENT_ATTRIBUTION.test(after)) continue;
      f.results.push({ s: qs, e: qe + 1, quote: true });
    }
  }
  ASSERTED_TYPICAL.lastIndex = 0;
  let a: RegExpExecArray | null;
  while (asserted && (a = ASSERTED_TYPICAL.exec(text))) {
    if (!quotes.quoted(a.index, a.index + a[0].length)) f.asserted.push({ s: a.index, e: a.index + a[0].length });
  }
  EVERY_USER.lastIndex = 0;
  while (everyUser && (a = EVERY_USER.exec(text))) {
    const s = a.index;
    const e = s + a[0].length;
    if (quotes.quoted(s, e) || RESEARCH.test(text.slice(sentenceStart(text, s), sentenceEnd(text, e)))) continue;
    f.asserted.push({ s, e });
  }
  REVIEW_WORD.lastIndex = 0;
  let r: RegExpExecArray | null;
  let checkedUntil = -1;
  while (review && (r = REVIEW_WORD.exec(text))) {
    // One check per sentence: later review words in a sentence already checked are skipped.
    if (r.index < checkedUntil) continue;
    const ss = sentenceStart(text, r.index);
    const se = sentenceEnd(text, r.index + r[0].length);
    checkedUntil = se;
    const sentence = text.slice(ss, se);
    const inc = INCENTIVE.exec(sentence);
    // An incentive the sentence warns against ("Never offer discounts for reviews") is advice, not an offer.
    const offered = inc !== null && !negatedBefore(text, ss + inc.index);
    if (!offered && !GATING.test(sentence)) continue;
    if (quotes.quoted(r.index, r.index + r[0].length)) continue;
    if (DISCUSSION.test(sentence)) continue;
    const re = r.index + r[0].length;
    const after = text.slice(re, Math.min(se, re + 60));
    if (SCHOLARLY_BEFORE.test(text.slice(Math.max(ss, r.index - 40), r.index)) || SCHOLARLY_IN.test(after) || SCHOLARLY_AFTER.test(after)) continue;
    f.reviews.push({ s: r.index, e: r.index + r[0].length, ss, se });
  }
  factsCache.set(block, f);
  return f;
}

function src(block: ProseBlock, s: number, e: number): { start: number; end: number } {
  return { start: block.starts[s], end: block.ends[e - 1] };
}

export const testimonial: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'testimonial',
    category: 'endorsement.testimonial',
    defaultSeverity: 'warning',
    description: 'Testimonials without a typicality statement, results claimed for everyone, and review incentives or gating.',
    note: 'FTC Guides Concerning the Use of Endorsements and Testimonials, 16 CFR Part 255 (255.2 typicality); FTC Rule on Consumer Reviews and Testimonials, 16 CFR Part 465 (465.4 incentives, 465.7 review suppression); FTC Health Products Compliance Guidance 2022.',
  },
  check(doc, _env, report) {
    // Per-block facts are memoized on the block object: after an edit only the edited block is
    // scanned again (unchanged blocks keep their identity across incremental re-lints).
    const facts = doc.blocks.map(blockFacts);
    const typical = facts.some((f) => f.typical);
    const out: SourceReport[] = [];
    doc.blocks.forEach((block, i) => {
      const f = facts[i];
      if (!typical) {
        for (const x of f.results) {
          out.push({
            ...src(block, x.s, x.e),
            message: x.quote
              ? 'Unexpected patient testimonial presented as typical, expected a statement of what people generally experience (or drop the testimonial).'
              : 'Unexpected patient result presented without what people generally achieve, expected a typicality statement with the program’s real figures.',
          });
        }
      }
      for (const x of f.asserted) {
        out.push({
          ...src(block, x.s, x.e),
          message: 'Unexpected claim that a testimonial’s result is typical, expected what people generally achieve, with its source.',
        });
      }
      for (const x of f.reviews) {
        const fixRange = src(block, x.ss, x.se);
        out.push({
          ...src(block, x.s, x.e),
          severity: 'error',
          message: 'Unexpected incentive or condition attached to reviews, expected an invitation to leave honest reviews, positive or negative.',
          fixes: [{ title: `Replace with “${HONEST_REVIEW}”`, edits: [{ start: fixRange.start, end: fixRange.end, text: HONEST_REVIEW }] }],
        });
      }
    });
    out.sort((a, b) => a.start - b.start);
    for (const f of out) report(f);
  },
};
