// Diagnosing people the author has not examined (rules catalog D4, PRO.DIAGNOSE_PUBLIC; the
// "Goldwater rule"): "The senator clearly has early dementia", "that influencer obviously has an
// eating disorder". Warning; error when a named person is given a psychiatric diagnosis. Quiet:
// a person's own disclosure reported as such ("announced she has breast cancer", "was diagnosed
// with"), negations, quoted speech, people in the author's care (the identifier rules cover
// those), and conditions discussed without a person. No automatic fix: only the author can say
// what to write instead (the condition in general, not attached to a named person).
import type { BlockRule } from '../rule';
import { latinRegExp } from '../text/letters';
import { QuoteFilter, sentenceEnd, sentenceStart } from '../text/speech';
import { eachMatch } from '../text/scan';
import figures from './data/public-figures.json';

const S = '[ \\u00A0]+';
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, S)).join('|');

/** Psychiatric and neurocognitive conditions (the BLOCK case of D4 when a named person gets one). */
const PSYCHIATRIC = [
  'dementia', "alzheimer's", "alzheimer's disease", 'alzheimers', 'cognitive decline', 'cognitive impairment', 'depression', 'major depression',
  'bipolar disorder', 'bipolar', 'a personality disorder', 'personality disorder', 'narcissistic personality disorder', 'npd', 'borderline personality disorder',
  'an eating disorder', 'eating disorder', 'anorexia', 'bulimia', 'adhd', 'autism', 'schizophrenia', 'psychosis', 'paranoia', 'ptsd', 'ocd',
  'an addiction', 'a substance use disorder', 'alcoholism', 'an anxiety disorder', 'a mental illness', 'mental illness',
];
/** Other diagnoses people attach to public figures from a distance. */
const OTHER = ["parkinson's", "parkinson's disease", 'parkinsons', 'cancer', 'a brain tumor', 'a brain tumour', 'a heart condition', 'an autoimmune disease', 'long covid', 'hypothyroidism'];
/** "is senile", "is a narcissist": diagnoses as adjectives or nouns. */
const LABELS = ['senile', 'demented', 'psychotic', 'bipolar', 'autistic', 'narcissistic', 'delusional', 'paranoid', 'schizophrenic', 'manic', 'mentally ill', 'a narcissist', 'a sociopath', 'a psychopath', 'sociopathic', 'psychopathic'];
const PSYCHIATRIC_SET = new Set([...PSYCHIATRIC, ...LABELS].map((w) => w.replace(/^an? /, '')));

const HEDGE = '(?:clearly|obviously|definitely|certainly|probably|likely|surely|undoubtedly|plainly|visibly|must)';
const QUALIFIER = `(?:(?:early|early-stage|mild|severe|advanced|undiagnosed|untreated|full-blown|textbook|classic|some${S}(?:kind|form|sort)${S}of|a|an)${S})*`;

/** "(clearly) has (early) dementia", "is showing signs of Parkinson's", "is (obviously) a narcissist". */
const DIAGNOSIS = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:${HEDGE}${S})?(?:` +
    `(?:has|have|is${S}suffering${S}from|suffers${S}from|is${S}showing${S}(?:signs|symptoms)${S}of|shows${S}(?:signs|symptoms)${S}of|is${S}in${S}the${S}(?:early${S}|late${S})?stages?${S}of|is${S}battling)${S}${QUALIFIER}(${alt([...PSYCHIATRIC, ...OTHER])})` +
    `|is${S}(?:${HEDGE}${S})?(${alt(LABELS)})` +
    `)(?![\\p{L}\\p{N}_])`,
  'gi',
);

const PREFILTER = /dementia|alzheimer|cognitive|depress|bipolar|personality|npd|eating disorder|anorexi|bulimi|adhd|autis|schizophren|psycho|paranoi|ptsd|ocd|addiction|substance use|alcoholi|anxiety disorder|mental|parkinson|cancer|tumou?r|heart condition|autoimmune|long covid|hypothyroid|senile|demented|narcissis|delusional|sociopath|manic/i;

const TITLES = [...figures.titles, ...figures.roleTitles].filter((t) => t.length > 3);
const ROLES = ['influencer', 'celebrity', 'actor', 'actress', 'singer', 'rapper', 'ceo', 'billionaire', 'candidate', 'star', 'pop star', 'host', 'talk show host', 'anchor', 'athlete', 'quarterback', 'politician', 'president', 'senator', 'governor', 'mayor', 'prime minister'];

/** "the senator", "that influencer", "the former president": a public figure by role. */
const ROLE_SUBJECT = latinRegExp(`(?<![\\p{L}\\p{N}_])(?:the|that|this|our|their)${S}(?:(?:former|current|sitting|new)${S})?(?:${alt([...new Set([...TITLES, ...ROLES])])})(?![\\p{L}\\p{N}_])`, 'i');
/** "Senator Elizabeth Warren", "President Biden": a title (any case) and the word after it. */
const TITLE_THEN_WORD = latinRegExp(`(?<![\\p{L}\\p{N}_])(?:${alt(TITLES)})\\.?${S}([A-Za-z'’-]+)`, 'gi');

/** A title followed by a capitalised name in `text`. */
function titledName(text: string): boolean {
  let found = false;
  eachMatch(TITLE_THEN_WORD, text, (t) => {
    found = /^[A-Z][a-z]/.test(t[1]);
    return !found;
  });
  return found;
}
/** "Taylor Swift": two capitalised words (a name) — counted only with a hedge ("obviously has"). */
const NAME = /(?:^|[^A-Za-z])[A-Z][a-z'’-]+ [A-Z][a-z'’-]+(?![A-Za-z])/;
const HEDGED = latinRegExp(`(?<![\\p{L}\\p{N}_])(?:${HEDGE}|I${S}(?:think|bet|suspect|believe|guarantee)|I['’]m${S}(?:sure|convinced|certain)|no${S}doubt|anyone${S}can${S}see|you${S}can${S}(?:just${S})?tell)(?![\\p{L}\\p{N}_])`, 'i');

/** The person's own disclosure or a report of a diagnosis, a negation, or the author's own care. */
const REPORTED = latinRegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:was|were|has${S}been|had${S}been|is${S}being)${S}diagnosed|announced|disclosed|revealed|confirmed|shared|said|says|told|wrote|posted|according${S}to|publicly|in${S}(?:a|an|her|his|their)${S}(?:statement|interview|memoir|op-ed|post)|(?:his|her|their)${S}(?:doctors?|physicians?|office|family|spokes(?:person|woman|man))|does${S}not|doesn['’]t|did${S}not|didn['’]t|never|no${S}evidence|my${S}patients?|I${S}(?:treated|examined|saw|admitted)|under${S}my${S}care)(?![\\p{L}\\p{N}_])`,
  'i',
);

const MESSAGE = 'Unexpected diagnosis of a person you have not examined, expected a general discussion of the condition that is not attached to a named person.';
const NOTE =
  'Diagnosing public figures or other people one has not examined misleads readers and harms trust in the profession (rules catalog D4; APA Principles of Medical Ethics, Section 7.3, the "Goldwater rule"; AMA Code of Medical Ethics on professionalism in the use of social media). Discuss the condition in general instead.';

export const publicDiagnosis: BlockRule = {
  scope: 'block',
  meta: {
    id: 'public-diagnosis',
    category: 'conduct.mockery',
    defaultSeverity: 'warning',
    description: 'Diagnoses of public figures and other people the author has not examined (the Goldwater rule).',
    note: NOTE,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!PREFILTER.test(text)) return;
    const quotes = new QuoteFilter(text);
    eachMatch(DIAGNOSIS, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (quotes.quoted(start, end)) return;
      const from = sentenceStart(text, start);
      const to = sentenceEnd(text, end);
      const sentence = text.slice(from, to);
      if (REPORTED.test(sentence)) return;
      const before = text.slice(from, start);
      const hedged = HEDGED.test(sentence);
      const titled = titledName(before);
      const role = ROLE_SUBJECT.test(before);
      const named = titled || (hedged && NAME.test(before));
      if (!titled && !role && !named) return;
      const condition = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^an? /, '');
      const psychiatric = PSYCHIATRIC_SET.has(condition);
      report({ start, end, message: MESSAGE, severity: named && psychiatric ? 'error' : 'warning' });
    });
  },
};
