// Article and capital agreement for replacement fixes (issue #4), shared by the age, place and name
// rules. Pure, and applied where a rule builds its fix, so every fix's edit list is correct on its
// own (editors apply a single fix without the others):
//   - a directly preceding "a"/"an" is made to agree with the replacement's first word by an extra
//     edit in the same fix ("a 67-year-old" → "an older adult", "an 81-year-old man" → "a man in
//     his 80s"); a separate edit, not a wider one, so markup between the two survives;
//   - a directly preceding "a"/"an"/"the" is dropped when the replacement brings its own determiner
//     ("a Harlan clinic" → "a local hospital", not "a a local hospital");
//   - a replacement that starts a sentence gets a capital, also when the original sentence start
//     was lowercase ("the patient said" at the start of a paragraph keeps its capital once fixed).
import type { ProseEdit, ProseFix } from '../rule';

/** "a" or "an" before a word or number as it is read aloud. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(?:8|11|18)(?!\d)|^8\d{1,2}(?!\d)/.test(w)) return 'an';
  if (/^(?:eu|uni|use|usu|uti|ure|one|once)/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

const ABBREVIATION = /(?:^|[^\p{L}])(?:mr|mrs|ms|dr|st|vs|e\.g|i\.e|etc|no|approx|jr|sr)\.$/iu;

/** True when prose position `pos` starts a sentence: the block start, or after ". ", "! ", "? " (not "Dr. "). */
export function atSentenceStart(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 200), pos).replace(/[\s"'“‘(\[]+$/u, '');
  if (before === '') return pos <= 200 || text.slice(0, pos).trim() === '';
  if (!/[.!?][”’"')\]]*$/u.test(before)) return false;
  return !ABBREVIATION.test(before.replace(/[”’"')\]]+$/u, ''));
}

/** Words that bring their own determiner: no article may stand before them. */
const OWN_DETERMINER = /^(?:a|an|the|some|someone|somebody|his|her|their|my|our|your|its)\b/i;
/** Replacements that are not a noun phrase an article could attach to ("in his 60s", "aged 90 or older"). */
const NOT_NOUN = /^(?:in|at|as|of|since|aged|from|during|around|about|recently)\b/i;

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * The edits for one replacement made to agree with the text before it: the replacement (capitalised
 * when it starts a sentence) and, when the article before it must change, a separate edit of that
 * article. Separate, so emphasis or a link between the article and the replaced words survives
 * ("A **96-year-old** man" keeps its bold). `others` are the other edits of the same fix: an
 * article they already rewrite is left to them.
 */
export function agreeEdit(text: string, edit: ProseEdit, others: readonly ProseEdit[] = []): ProseEdit[] {
  if (!edit.text || !/^\p{L}/u.test(edit.text)) return [edit];
  let out = edit.text;
  let article: ProseEdit | null = null;
  // The article directly before the edit ("a " / "an " / "the ", one space, as a whole word).
  const m = /(?:^|[^\p{L}\p{N}_'’-])(a|an|the)[ \u00a0]$/iu.exec(text.slice(Math.max(0, edit.start - 5), edit.start));
  const artStart = m ? edit.start - m[1].length - 1 : -1;
  if (m && !others.some((o) => o !== edit && o.start < edit.start && o.end > artStart)) {
    const art = m[1];
    const upper = /^\p{Lu}/u.test(art);
    const initial = atSentenceStart(text, artStart);
    if (OWN_DETERMINER.test(out)) {
      // Drop the article with its space; the replacement takes over its capital.
      article = { start: artStart, end: edit.start, text: '' };
      if (upper || initial) out = capitalise(out);
    } else if (/^an?$/i.test(art) && !NOT_NOUN.test(out)) {
      const agreed = indefiniteArticle(out);
      const fixed = upper || initial ? capitalise(agreed) : agreed;
      if (fixed !== art) article = { start: artStart, end: artStart + art.length, text: fixed };
    } else if (!upper && initial) {
      // "the 45-year-old had…" opening a paragraph: the fixed sentence starts with a capital.
      article = { start: artStart, end: artStart + art.length, text: capitalise(art) };
    }
  }
  if (atSentenceStart(text, edit.start)) out = capitalise(out);
  const main = out === edit.text ? edit : { start: edit.start, end: edit.end, text: out };
  return article ? [article, main] : [main];
}

/** Every replacement edit of a fix made to agree with its context (see agreeEdit). */
export function agreeFix(text: string, fix: ProseFix): ProseFix {
  const edits = fix.edits.flatMap((e) => agreeEdit(text, e, fix.edits));
  return edits.length === fix.edits.length && edits.every((e, i) => e === fix.edits[i]) ? fix : { title: fix.title, edits };
}
