// Exact ages under 90 ("a 67-year-old man", "aged 67", "she is 67"): not a Safe Harbor identifier,
// but the finest-grained age quasi-identifier (catalog B1, weight 3). Fixes keep the sentence's
// grammar: a decade ("a man in his 60s") first, then an age group ("an older man").
import { publicRecordAt } from '../text/document-facts';
import type { BlockRule, ProseEdit, ProseFix } from '../rule';
import { agreeFix } from '../text/agreement';
import { ageGroup, articleEdit, decadeWord, fitCase, headPhrase, indefiniteArticle, personNoun, scanAges, type AgeSpan } from '../text/ages';

const NOTE =
  'Ages under 90 are not one of the eighteen Safe Harbor identifiers, but an exact age is the finest-grained age detail and, combined with sex, place and time, helps readers recognize a patient; generalize it to a decade or an age group. 45 CFR 164.514(b)(1) (very small risk of identification); HHS OCR, Guidance Regarding Methods for De-identification of Protected Health Information (2012).';

/** "a school-age child", "an older adult". */
function withArticle(noun: string): string {
  return `${indefiniteArticle(noun)} ${noun}`;
}

function fix(title: string, edits: ProseEdit[]): ProseFix {
  return { title, edits };
}

interface Plan {
  message: string;
  fixes: ProseFix[];
}

/** Fixes (preferred first) and the message for one exact age. */
export function exactAgePlan(text: string, span: AgeSpan): Plan {
  const { age, pronoun, form, sentenceStart } = span;
  const dec = decadeWord(age);
  const group = ageGroup(age);
  const range = dec ? `in ${pronoun} ${dec}` : null;
  const child = dec === null;
  const fixes: ProseFix[] = [];
  const replace = (title: string, start: number, end: number, replacement: string): void => {
    fixes.push(fix(title, [{ start, end, text: fitCase(text.slice(start, end), replacement, sentenceStart) }]));
  };
  const whole = (title: string, replacement: string): void => replace(title, span.start, span.end, replacement);
  let message = range
    ? `Unexpected exact age, expected an age range such as “${range}”.`
    : `Unexpected exact age, expected an age group such as “${withArticle(group.noun)}”.`;

  switch (span.shape) {
    case 'adjective': {
      const head = headPhrase(span);
      const det = span.determiner;
      // In place: "a 67-year-old man" → "an older man"; a child keeps the finer band word.
      const inPlace = (title: string, adjective: string): void => {
        const edits = articleEdit(span, adjective);
        // Chart shorthand "67 yo M" is rewritten through the head: "an older man".
        const spelledOut = span.head && head !== span.head.text ? ` ${head}` : '';
        const end = spelledOut && span.head ? span.head.end : span.end;
        const words = `${adjective}${spelledOut}`;
        edits.push({ start: span.start, end, text: fitCase(form, det ? words : `${indefiniteArticle(adjective)} ${words}`, sentenceStart) });
        fixes.push(fix(title, edits));
      };
      if (head && span.head && !span.possessive && !span.headFollowedByOf && range) {
        // Move the age behind the head: "a 67-year-old retired teacher" → "a retired teacher in her 60s".
        // Two edits (rewrite the age, delete the old head) so emphasis around the age survives.
        const edits = articleEdit(span, head);
        edits.push({ start: span.start, end: span.end, text: fitCase(form, det ? `${head} ${range}` : `${withArticle(head)} ${range}`, sentenceStart) });
        edits.push({ start: span.end, end: span.head.end, text: '' });
        fixes.push(fix(`Generalize to “${range}”`, edits));
      }
      if (child) {
        // "a 6-month-old infant" → "an infant", not "an infant infant".
        const redundant = head !== null && (head.toLowerCase().includes(group.adjective) || (age < 1 && /^(?:baby|newborn|neonate)/i.test(head)));
        if (!redundant) inPlace(`Generalize to “${group.adjective}”`, group.adjective);
        if (head && span.head && !span.possessive) {
          const edits = articleEdit(span, head);
          edits.push({ start: span.start, end: span.head.start, text: det ? '' : fitCase(form, `${indefiniteArticle(head)} `, sentenceStart) });
          fixes.push(fix('Remove the age', edits));
        }
        message = redundant
          ? 'Unexpected exact age, expected the noun without the age.'
          : `Unexpected exact age, expected an age group such as “${group.adjective}”.`;
      } else {
        inPlace(`Generalize to “${group.adjective}”`, group.adjective);
        if (fixes.length === 1) message = `Unexpected exact age, expected an age group such as “${group.adjective}”.`;
      }
      break;
    }
    case 'noun': {
      const det = span.determiner;
      const articleLike = !det || (span.determinerAdjacent === true && /^an?$/i.test(det.text));
      const from = det && articleLike ? det.start : span.start;
      const phrase = (noun: string): string => (articleLike ? withArticle(noun) : noun);
      if (range && !span.possessive) {
        const r = articleLike ? `someone in their ${dec}` : `${personNoun(span)} ${range}`;
        replace(`Generalize to “${r}”`, from, span.end, r);
        message = `Unexpected exact age, expected an age range such as “${articleLike ? r : range}”.`;
      }
      replace(`Generalize to “${phrase(group.noun)}”`, from, span.end, phrase(group.noun));
      if (fixes.length === 1) message = `Unexpected exact age, expected an age group such as “${phrase(group.noun)}”.`;
      if (child && group.noun !== 'child') replace(`Generalize to “${phrase('child')}”`, from, span.end, phrase('child'));
      break;
    }
    case 'predicate':
    case 'copula':
    case 'atAge':
    case 'aged':
    case 'age':
    case 'appositive': {
      const lead = span.shape === 'copula' ? 'copula' : span.shape === 'appositive' ? 'appositive' : span.shape === 'age' ? 'age' : span.shape === 'aged' ? 'noun' : span.lead;
      if (lead === 'copula') {
        whole(`Generalize to “${range ?? group.predicate}”`, range ?? group.predicate);
        if (range) whole(`Generalize to “${group.predicate}”`, group.predicate);
        else if (group.noun !== 'child') whole('Generalize to “a child”', 'a child');
      } else if (lead === 'at') {
        const as = `as ${withArticle(group.noun)}`;
        whole(`Generalize to “${range ?? as}”`, range ?? as);
        if (range) whole(`Generalize to “${as}”`, as);
      } else if (lead === 'since') {
        const since = dec ? `since ${pronoun} ${dec}` : age < 1 ? 'since infancy' : 'since early childhood';
        whole(`Generalize to “${since}”`, since);
      } else if (lead === 'appositive' || lead === 'age') {
        whole(`Generalize to “${range ?? withArticle(group.noun)}”`, range ?? withArticle(group.noun));
        if (range && lead === 'appositive') whole(`Generalize to “${withArticle(group.noun)}”`, withArticle(group.noun));
      } else if (lead !== 'turn') {
        const post = range ?? group.postnominal;
        if (post) whole(`Generalize to “${post}”`, post);
      }
      break;
    }
    case 'ageOf': {
      const phrase = dec ? `${pronoun} ${dec}` : age >= 6 ? 'school age' : null;
      if (phrase) whole(`Generalize to “${phrase}”`, phrase);
      break;
    }
    case 'ordinal': {
      let q = span.end;
      while (q < text.length && /[ \u00a0]/.test(text[q])) q++;
      fixes.push(fix('Remove the age from the birthday', [{ start: span.start, end: q, text: '' }]));
      message = 'Unexpected exact age in a birthday, expected the birthday without its number.';
      break;
    }
    default:
      break;
  }
  return { message, fixes: fixes.map((f) => agreeFix(text, f)) };
}

export const exactAge: BlockRule = {
  scope: 'block',
  meta: {
    id: 'exact-age',
    category: 'phi.age',
    defaultSeverity: 'warning',
    description: 'Exact ages under 90 ("a 67-year-old man"); generalize to a decade or an age group.',
    note: NOTE,
  },
  check(block, env, report) {
    const text = block.text;
    const year = env.referenceDate.getUTCFullYear();
    for (const span of scanAges(text, { referenceYear: year })) {
      if (span.age >= 90 || span.shape === 'birthYear' || span.shape === 'decade' || span.shape === 'term') continue;
      const { message, fixes } = exactAgePlan(text, span);
      // In a paragraph set a century back, or about a public figure or staff member the post
      // introduced (document-facts.ts publicRecordAt), the age is the public record: information.
      report({ start: span.start, end: span.end, message, fixes, ...(publicRecordAt(block, env, span.start) ? { severity: 'information' as const } : {}) });
    }
  },
};
