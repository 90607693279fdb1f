// Safe Harbor item (F): electronic mail addresses of a patient, relative, employer or household member.
import type { BlockRule } from '../rule';
import { removalEdit } from '../text/tidy';
import { PRACTICE_CHECK_BUDGET, PRACTICE_CONTACT_NOTE, authorNames, isPracticeContact } from './data/practice-contact';

// Local part and domain kept simple and linear: no nested quantifiers, bounded lengths.
// Letters are ASCII and Latin (accented names): CJK and other scripts written without spaces
// must not be swallowed into an address ("连絡先はpat@example.comです").
const EMAIL = /(?<![A-Za-z0-9\u00C0-\u024F._%+-])[A-Za-z0-9\u00C0-\u024F._%+-]{1,64}@[A-Za-z0-9\u00C0-\u024F-]{1,63}(?:\.[A-Za-z0-9\u00C0-\u024F-]{1,63}){1,8}/g;

export const emailAddress: BlockRule = {
  scope: 'block',
  meta: {
    id: 'email-address',
    category: 'phi.contact',
    defaultSeverity: 'error',
    description: 'Email addresses (Safe Harbor item F).',
    note: 'Safe Harbor item (F), 45 CFR 164.514(b)(2)(i)(F): electronic mail addresses must be removed. Allow-list the practice\'s public address in .clearpost.yml.',
  },
  check(block, env, report) {
    const text = block.text;
    if (!text.includes('@')) return;
    let authors: string[] | null = null;
    let budget = PRACTICE_CHECK_BUDGET;
    EMAIL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMAIL.exec(text))) {
      let start = m.index;
      let end = start + m[0].length;
      // Trailing dots or hyphens belong to the sentence, not the address.
      while (end > start && /[.-]/.test(text[end - 1])) end--;
      if (text[start] === '.') start++;
      const domain = text.slice(text.indexOf('@', start) + 1, end);
      if (!/\.[A-Za-z]{2,}$/.test(domain)) continue;
      authors ??= authorNames(env.frontMatter);
      if (budget-- > 0 && isPracticeContact(text, start, end, authors, text.slice(start, end))) {
        report({
          start,
          end,
          severity: 'information',
          message:
            'Unexpected email address that looks like the practice\'s or author\'s own public address, expected it in the allow-list: add it to `allow` in .clearpost.yml (a patient\'s or relative\'s address must be removed).',
          note: PRACTICE_CONTACT_NOTE,
        });
        continue;
      }
      report({
        start,
        end,
        message: 'Unexpected email address, expected none: remove it or point readers to the practice\'s public contact page.',
        fixes: emailFixes(text, start, end),
      });
    }
  },
  checkTarget(target, _env, report) {
    // A mailto: link whose visible text does not show the address (that case is caught as prose).
    if (!/^mailto:/i.test(target.url)) return;
    const address = decodeURIComponentSafe(target.url.slice(7).split('?')[0]);
    if (!address || target.label.includes(address)) return;
    report({
      start: target.start,
      end: target.end,
      matched: address,
      message: 'Unexpected mailto: link to an email address, expected none: remove the link or point to the practice\'s contact page.',
    });
  },
};

/** A contact verb the removal would leave without its object ("…, write." / "Email today."). */
const BARE_CONTACT = /\b(?:write|e-?mail|contact|message|reach out|get in touch)$/i;

/**
 * Remove the address; when that leaves a contact verb without its object ("write to
 * a@b.org." → "write."), point to the practice instead ("write to our office.") and keep removal second.
 */
function emailFixes(text: string, start: number, end: number): { title: string; edits: { start: number; end: number; text: string }[] }[] {
  // An appositive ("her email, a@b.org, was …") goes with its commas.
  const comma = /,[ \t]*$/.exec(text.slice(Math.max(0, start - 4), start));
  if (comma && text[end] === ',') return [{ title: 'Remove the email address', edits: [{ start: start - comma[0].length, end: end + 1, text: '' }] }];
  const removal = { title: 'Remove the email address', edits: [removalEdit(text, start, end)] };
  const r = removal.edits[0];
  if (!BARE_CONTACT.test(text.slice(Math.max(0, r.start - 20), r.start).trimEnd())) return [removal];
  return [{ title: 'Replace with “our office”', edits: [{ start, end, text: 'our office' }] }, removal];
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
