// Inline suppression directives in HTML comments:
//   <!-- clearpost-disable-next-line exact-age -- patient signed an authorization -->
//   <!-- clearpost-disable-line -->
//   <!-- clearpost-disable phi.age --> … <!-- clearpost-enable phi.age -->
import type { HtmlNode } from './extract';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or category names; empty means every rule. */
  targets: string[];
  reason: string | null;
  start: number;
  end: number;
}

export interface DirectiveProblem {
  message: string;
  start: number;
  end: number;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const VERB = /^\s*clearpost-([a-z-]*)/;
const KINDS: readonly string[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

/** Find every clearpost directive in the HTML nodes of a document. */
export function parseDirectives(html: readonly HtmlNode[]): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const node of html) {
    if (!node.value.includes('clearpost-')) continue;
    COMMENT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COMMENT.exec(node.value))) {
      const body = m[1];
      const verb = VERB.exec(body);
      if (!verb) continue;
      const at = (i: number): number => node.start + (node.map ? node.map[i] : i);
      const start = at(m.index);
      const end = at(m.index + m[0].length - 1) + 1;
      const kind = verb[1];
      if (!KINDS.includes(kind)) {
        problems.push({
          message: `Unexpected directive "clearpost-${kind}", expected one of ${KINDS.map((k) => `clearpost-${k}`).join(', ')}.`,
          start,
          end,
        });
        continue;
      }
      let rest = body.slice(verb[0].length);
      let reason: string | null = null;
      const sep = rest.search(/(^|\s)--(\s|$)/);
      if (sep !== -1) {
        reason = rest.slice(sep).replace(/^\s*--/, '').trim() || null;
        rest = rest.slice(0, sep);
      }
      const targets = rest.split(/[\s,]+/).filter(Boolean);
      directives.push({ kind: kind as DirectiveKind, targets, reason, start, end });
    }
  }
  directives.sort((a, b) => a.start - b.start);
  return { directives, problems };
}

export interface SuppressionQuery {
  ruleId: string;
  category: string;
  start: number;
  line: number;
}

function applies(d: Directive, ruleId: string, category: string): boolean {
  return d.targets.length === 0 || d.targets.includes(ruleId) || d.targets.includes(category) || d.targets.includes('all');
}

/**
 * Decides which directive, if any, hides a finding. Line directives are indexed by the line
 * they cover and range directives are scanned backwards from the finding, so the cost per
 * finding does not grow with the number of directives elsewhere in the post.
 */
export class Suppressor {
  private readonly byLine = new Map<number, Directive[]>();
  private readonly ranges: Directive[] = [];

  constructor(directives: readonly Directive[], lineOf: (offset: number) => number) {
    const add = (line: number, d: Directive): void => {
      const list = this.byLine.get(line);
      if (list) list.push(d);
      else this.byLine.set(line, [d]);
    };
    for (const d of directives) {
      if (d.kind === 'disable-line') {
        const startLine = lineOf(d.start);
        const endLine = Math.min(lineOf(d.end), startLine + 1000);
        // A directive spanning lines covers each of them (bounded: a comment is short).
        for (let l = startLine; l <= endLine; l++) add(l, d);
      } else if (d.kind === 'disable-next-line') {
        add(lineOf(d.end) + 1, d);
      } else {
        this.ranges.push(d);
      }
    }
  }

  /** The directive that suppresses this finding, or null. */
  find(q: SuppressionQuery): Directive | null {
    for (const d of this.byLine.get(q.line) ?? []) if (applies(d, q.ruleId, q.category)) return d;
    // The last applicable disable/enable before the finding decides.
    let hi = this.ranges.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid].start <= q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const d = this.ranges[i];
      if (applies(d, q.ruleId, q.category)) return d.kind === 'disable' ? d : null;
    }
    return null;
  }
}
