// Safe Harbor item (B) for ZIP codes: a 5- or 9-digit ZIP near an address or residence cue. Only
// the first three digits may stay, and only when the ZIP3 area holds more than 20,000 people;
// the restricted prefixes are data (data/zip3-restricted.json) so a newer Census list is a data
// change. In a blog even a ZIP3 adds little, so the preferred fix removes the code.
import type { BlockRule, ProseFix } from '../rule';
import { analyze, isVerbLike, isNotIdentifier, ownAddress, STATE_ABBREVIATIONS, RESIDENCE_CUES, endsWithPhrase } from '../text/proper-nouns';
import { removalEdit } from '../text/tidy';
import zip3 from './data/zip3-restricted.json';

const RESTRICTED = new Set(zip3.restricted);
const ZIP_CUES = [...RESIDENCE_CUES, 'in', 'at', 'to', 'the'];
const NOTE =
  'Safe Harbor item (B), 45 CFR 164.514(b)(2)(i)(B): ZIP codes must be removed, except that the initial three digits may stay when the area formed by all ZIP codes sharing them holds more than 20,000 people; the 17 prefixes below that (HHS, 2000 Census) must become 000.';

// Five digits (optionally ZIP+4) not inside a longer number, phone number, date or decimal.
const ZIP = /(?<![\d.,/:-])\d{5}(?:-\d{4})?(?![\d/:]|[.,]\d|-\d)/g;
// Other countries' postal codes after an explicit cue ("ZIP: 394 13", "postal code 3520").
const CUED = /\b(?:zip(?: code)?|postal code|post code|postcode)(?: is)?\s{0,3}[:#]?\s{0,3}(\d{3} \d{2}|\d{3,5}(?:-\d{4})?)(?![\d])/gi;
const CUE_BEFORE = /(?:zip(?: code)?|postal code|post code|postcode)(?: is)?\s{0,3}[:#]?\s{0,3}$/i;

export const zipCode: BlockRule = {
  scope: 'block',
  meta: {
    id: 'zip-code',
    category: 'phi.location',
    defaultSeverity: 'error',
    description: 'ZIP codes near address or residence cues; keep at most the first three digits (Safe Harbor item B).',
    note: NOTE,
  },
  check(block, _env, report) {
    const text = block.text;
    if (!/\d{3}/.test(text)) return;
    const seen = new Set<number>();
    const a = analyze(block);
    ZIP.lastIndex = 0;
    let ai = 0;
    let m: RegExpExecArray | null;
    while ((m = ZIP.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 12);
      let strong = CUE_BEFORE.test(before);
      // "…, CO 80202", "Uruguay 64677", a code on the line after an address.
      const prevWord = /([\p{L}.]+)[ ,\t]{0,3}(?:\n[ \t>?*]{0,6})?$/u.exec(before)?.[1] ?? '';
      if (!strong && prevWord) {
        const lower = prevWord.toLowerCase().replace(/\.$/, '');
        if (STATE_ABBREVIATIONS.has(prevWord.replace(/\./g, '')) || (/^\p{Lu}{2,3}$/u.test(prevWord) && /\n|,/.test(before.slice(-8))) || isNotIdentifier(lower)) strong = true;
      }
      // Addresses are in text order and so are matches: advance one pointer.
      while (ai + 1 < a.addresses.length && a.addresses[ai + 1].end <= start) ai++;
      const addr = a.addresses[ai];
      const afterAddress = addr !== undefined && addr.end <= start && start - addr.end <= 12 && !/[.!?]/.test(text.slice(addr.end, start));
      if (!strong && afterAddress) strong = true;
      // The ZIP of the practice's own address (a contact line, or under the practice's name) is no patient's.
      const own = afterAddress && ownAddress(a, addr.start, addr.end);
      let weak = false;
      if (!strong) {
        // "from 59301", "lives in 59301", "in the 59301 area".
        const cue = endsWithPhrase(text, start, ZIP_CUES);
        const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
        weak =
          cue !== null &&
          (/^(?:\s*(?:$|[.,;:!?)\n])|\s+(?:area|zip|zip code|neighborhood|neighbourhood)\b)/i.test(after) ||
            (cue !== 'the' && cue !== 'to' && cue !== 'at' && nextWord !== undefined && !/^(?:to|and|or|of|in|per|people|patients|adults|children|visits|cases|steps|units|mg|mcg|ml|dollars)$/.test(nextWord) && isVerbLike(nextWord)));
        if (!weak) continue;
      }
      seen.add(start);
      report({
        start,
        end,
        severity: own ? 'information' : strong ? 'error' : 'warning',
        message: own ? 'Unexpected ZIP code in a practice or contact address, expected none unless it is the practice\'s own: allow-list it in .clearpost.yml.' : 'Unexpected ZIP code, expected none: remove it, or keep only its first three digits.',
        fixes: own ? undefined : zipFixes(text, start, end),
      });
    }
    CUED.lastIndex = 0;
    while ((m = CUED.exec(text))) {
      const start = m.index + m[0].length - m[1].length;
      if (seen.has(start)) continue;
      const end = start + m[1].length;
      report({
        start,
        end,
        message: 'Unexpected postal code, expected none: remove it.',
        fixes: [{ title: 'Remove the postal code', edits: [removalEdit(text, start, end)] }],
      });
    }
  },
};

/** Remove first; then the ZIP3 ("593") or 000 for a restricted prefix. */
export function zipFixes(text: string, start: number, end: number): ProseFix[] {
  const prefix = text.slice(start, start + 3);
  const zip3Text = RESTRICTED.has(prefix) ? '000' : prefix;
  return [
    { title: 'Remove the ZIP code', edits: [zipRemoval(text, start, end)] },
    {
      title: RESTRICTED.has(prefix) ? 'Replace with 000 (restricted ZIP3 area of 20,000 people or fewer)' : `Keep only the first three digits (${prefix})`,
      edits: [{ start, end, text: zip3Text }],
    },
  ];
}

/** "in ZIP code", "from the zip", "to postal code:" right before the number (a preposition is required). */
const ZIP_LABEL = /(?:^|\s)(?:from|in|near|at|to)\s+(?:the\s+)?(?:zip|postal)(?:[ -]?code)?\s*[:#]?\s*$/i;

/**
 * Remove the ZIP with a preposition that only served it ("a farmer from 59301" → "a farmer"), and
 * its label ("lives in ZIP code 68102 near the river" → "lives near the river").
 */
function zipRemoval(text: string, start: number, end: number): { start: number; end: number; text: string } {
  const label = ZIP_LABEL.exec(text.slice(Math.max(0, start - 30), start));
  // The label's leading space stays; removalEdit then swallows one side's whitespace.
  if (label) return removalEdit(text, start - label[0].length + (/^\s/.test(label[0]) ? 1 : 0), end);
  const m = /(?:^|\s)(?:from|in|near) $/i.exec(text.slice(Math.max(0, start - 6), start));
  if (m && !/^\s+(?:area|zip|neighbou?rhood)\b/i.test(text.slice(end, end + 14))) {
    const s = start - m[0].length + (/^\s/.test(m[0]) ? 0 : 0);
    return { start: s, end, text: '' };
  }
  return removalEdit(text, start, end);
}
