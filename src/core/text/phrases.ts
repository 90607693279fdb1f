// Whole-word, case-insensitive phrase lists (bounded literals: the re-identification lexicon, the
// patient-story cues), matched as one global alternation of them would be, but tried only where a
// word with a phrase's lead (its first ASCII letters or digits) starts, with a small sticky regex per
// lead compiled on first use (eachMatchAtLeads in scan.ts). The words of a block are read once for
// all phrase sets (and the other lead-dispatched patterns), instead of running an alternation of a
// hundred phrases at every character.
import { latinRegExp } from './letters';
import { eachMatchAtLeads, registerLeads } from './scan';

const L = '(?<![\\p{L}\\p{N}_])';
const R = '(?![\\p{L}\\p{N}_])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: any case, one to three spaces or no-break spaces between words, either apostrophe. */
export function phrasePattern(p: string): string {
  return escape(p.toLowerCase()).replace(/ /g, '[ \\u00a0]{1,3}').replace(/['’]/g, "['’]");
}

export class PhraseSet {
  private readonly sources = new Map<string, string>();
  private readonly compiled = new Map<string, RegExp>();

  /** `suffix(phrase)` may add a look-ahead to a phrase's pattern (it must consume nothing). */
  constructor(list: readonly string[], suffix: (phrase: string) => string = () => '') {
    const sorted = [...list].sort((a, b) => b.length - a.length);
    const byLead = new Map<string, string[]>();
    for (const p of sorted) {
      const lead = /^[a-z0-9]+/.exec(p.toLowerCase());
      if (!lead) throw new Error(`phrase "${p}" does not start with an ASCII letter or digit`);
      byLead.set(lead[0], [...(byLead.get(lead[0]) ?? []), phrasePattern(p) + suffix(p)]);
    }
    for (const [lead, alts] of byLead) this.sources.set(lead, `${L}(?:${alts.join('|')})${R}`);
    this.leadId = registerLeads(this.sources.keys());
  }

  /** This set's id in the shared lead index (one per set, registered once: sets are module-level). */
  private readonly leadId: number;

  private pick = (_word: string, lead: string): RegExp | null => {
    const source = this.sources.get(lead);
    if (source === undefined) return null;
    let re = this.compiled.get(lead);
    if (!re) this.compiled.set(lead, (re = latinRegExp(source, 'iuy')));
    return re;
  };

  /** Each match, in order, not overlapping (as the global alternation would find them). */
  each(text: string, each: (m: RegExpExecArray) => void): void {
    eachMatchAtLeads(text, this.leadId, this.pick, each);
  }

  /** Does any phrase occur in the text? */
  some(text: string): boolean {
    let found = false;
    eachMatchAtLeads(text, this.leadId, this.pick, () => {
      found = true;
      return false;
    });
    return found;
  }
}
