// Safe Harbor item (C): ages over 89, and date elements that reveal them ("her 93rd birthday",
// "born in 1930"), may appear only as the single category "90 or older".
import { publicRecordAt } from '../text/document-facts';
import type { BlockRule, ProseEdit, ProseFix } from '../rule';
import { ageGroup, articleEdit, fitCase, headPhrase, indefiniteArticle, personNoun, scanAges, type AgeSpan } from '../text/ages';
import { agreeFix } from '../text/agreement';
import { removalEdit } from '../text/tidy';

const NOTE =
  'Safe Harbor item (C), 45 CFR 164.514(b)(2)(i)(C): all ages over 89 and all elements of dates (including year) indicative of such age must be removed, except that such ages and elements may be aggregated into a single category of age 90 or older.';

const CATEGORY = '90 or older';

function fix(title: string, edits: ProseEdit[]): ProseFix {
  return { title, edits };
}

interface Plan {
  message: string;
  note?: string;
  fixes: ProseFix[];
}

/** Fixes (preferred first) and the message for one age over 89. */
export function ageOver89Plan(text: string, span: AgeSpan, referenceDate: Date): Plan {
  const { form, sentenceStart } = span;
  const fixes: ProseFix[] = [];
  const replace = (title: string, start: number, end: number, replacement: string): void => {
    fixes.push(fix(title, [{ start, end, text: fitCase(text.slice(start, end), replacement, sentenceStart && start === span.start) }]));
  };
  const whole = (replacement: string): void => replace(`Replace with “${replacement}”`, span.start, span.end, replacement);
  // "aged 93" → "aged 90 or older": only the number (and any unit after it) changes.
  const numberOnly = (): void => replace(`Replace with “${CATEGORY}”`, span.number.start, span.end, CATEGORY);
  let message = `Unexpected age over 89, expected “${CATEGORY}”.`;
  let note: string | undefined;

  switch (span.shape) {
    case 'adjective': {
      const head = headPhrase(span);
      const det = span.determiner;
      if (head && span.head && !span.possessive && !span.headFollowedByOf) {
        // "a 93-year-old woman" → "a woman aged 90 or older" (two edits keep emphasis around the age).
        const edits = articleEdit(span, head);
        const phrase = `${head} aged ${CATEGORY}`;
        edits.push({ start: span.start, end: span.end, text: fitCase(form, det ? phrase : `${indefiniteArticle(head)} ${phrase}`, sentenceStart) });
        edits.push({ start: span.end, end: span.head.end, text: '' });
        fixes.push(fix(`Replace with “aged ${CATEGORY}”`, edits));
      }
      const older = ageGroup(span.age).adjective;
      const edits = articleEdit(span, older);
      // Chart shorthand "93 yo F" is rewritten through the head: "an older woman".
      const spelledOut = span.head && head !== span.head.text ? ` ${head}` : '';
      const end = spelledOut && span.head ? span.head.end : span.end;
      const words = `${older}${spelledOut}`;
      edits.push({ start: span.start, end, text: fitCase(form, det ? words : `${indefiniteArticle(older)} ${words}`, sentenceStart) });
      fixes.push(fix(`Replace with “${older}”`, edits));
      break;
    }
    case 'noun': {
      const det = span.determiner;
      const articleLike = !det || (span.determinerAdjacent === true && /^an?$/i.test(det.text));
      const from = det && articleLike ? det.start : span.start;
      if (!span.possessive) {
        const r = `${articleLike ? 'someone' : personNoun(span)} aged ${CATEGORY}`;
        replace(`Replace with “${r}”`, from, span.end, r);
      }
      const noun = ageGroup(span.age).noun;
      const g = articleLike ? `${indefiniteArticle(noun)} ${noun}` : noun;
      replace(`Replace with “${g}”`, from, span.end, g);
      break;
    }
    case 'predicate':
      if (span.lead === 'copula') whole(CATEGORY);
      else if (span.lead === 'at') whole(`at ${CATEGORY}`);
      else if (span.lead !== 'turn') whole(`aged ${CATEGORY}`);
      break;
    case 'copula':
      whole(CATEGORY);
      break;
    case 'aged':
    case 'atAge':
    case 'age':
    case 'ageOf':
      numberOnly();
      break;
    case 'appositive':
      whole(`aged ${CATEGORY}`);
      break;
    case 'decade':
      whole(span.lead === 'copula' ? CATEGORY : `aged ${CATEGORY}`);
      message = `Unexpected age band over 89, expected the single category “${CATEGORY}”.`;
      break;
    case 'term':
      whole(`person aged ${CATEGORY}`);
      message = `Unexpected age band over 89, expected the single category “${CATEGORY}”.`;
      break;
    case 'ordinal': {
      let q = span.end;
      while (q < text.length && /[ \u00a0]/.test(text[q])) q++;
      fixes.push(fix('Remove the age from the birthday', [{ start: span.start, end: q, text: '' }]));
      message = 'Unexpected birthday number that reveals an age over 89, expected the birthday without it.';
      break;
    }
    case 'birthYear': {
      message = `Unexpected year of birth that reveals an age over 89, expected no birth year or “${CATEGORY}”.`;
      note = `${NOTE} The year is judged against the post's date (${referenceDate.toISOString().slice(0, 10)}).`;
      birthYearFixes(text, span, fixes, replace);
      break;
    }
    default:
      break;
  }
  const agreed = fixes.map((f) => agreeFix(text, f));
  return note ? { message, note, fixes: agreed } : { message, fixes: agreed };
}

/** "born in 1930": removal where the sentence stays whole, else "aged 90 or older". */
function birthYearFixes(text: string, span: AgeSpan, fixes: ProseFix[], replace: (title: string, start: number, end: number, replacement: string) => void): void {
  const aged = `aged ${CATEGORY}`;
  let p = span.start;
  while (p > 0 && /[ \u00a0]/.test(text[p - 1])) p--;
  let q = span.end;
  while (q < text.length && /[ \u00a0]/.test(text[q])) q++;
  if (text[span.start - 1] === '(' && text[span.end] === ')') {
    fixes.push(fix('Remove the year of birth', [removalEdit(text, span.start, span.end)]));
  } else if (text[p - 1] === ',' && /[,.;]/.test(text[q] ?? '')) {
    // "My patient, born in 1930, still drives" → "My patient still drives".
    fixes.push(fix('Remove the year of birth', [{ start: p - 1, end: text[q] === ',' ? q + 1 : q, text: '' }]));
    replace(`Replace with “${aged}”`, span.start, span.end, aged);
  } else if (span.lead === 'copula') {
    // "She was born in 1930 and …": removing would break the sentence.
    replace('Replace with “born at least 90 years ago”', span.start, span.end, 'born at least 90 years ago');
  } else if (span.lead === 'other') {
    fixes.push(fix('Remove the year of birth', [removalEdit(text, span.start, span.end)]));
    replace(`Replace with “${aged}”`, span.start, span.end, aged);
  } else {
    replace(`Replace with “${aged}”`, span.start, span.end, aged);
  }
}

export const ageOver89: BlockRule = {
  scope: 'block',
  meta: {
    id: 'age-over-89',
    category: 'phi.age',
    defaultSeverity: 'error',
    description: 'Ages over 89, and birthdays or birth years that reveal them (Safe Harbor item C).',
    note: NOTE,
  },
  check(block, env, report) {
    const text = block.text;
    const year = env.referenceDate.getUTCFullYear();
    for (const span of scanAges(text, { referenceYear: year })) {
      if (span.age < 90) continue;
      // A birth year no living person can have (120 years or more back: the oldest verified
      // lifespan is 122) dates a historical figure ("Hashimoto, born in 1881"), not a patient.
      if (span.shape === 'birthYear' && span.age >= 120) continue;
      const plan = ageOver89Plan(text, span, env.referenceDate);
      // In a paragraph set a century back, or about a public figure the post introduced
      // (document-facts.ts publicRecordAt), the age is the public record: information.
      report({ start: span.start, end: span.end, message: plan.message, note: plan.note, fixes: plan.fixes, ...(publicRecordAt(block, env, span.start) ? { severity: 'information' as const } : {}) });
    }
  },
};
