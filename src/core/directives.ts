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

/** Decides which directive, if any, hides a finding. Directive lines are computed once. */
export class Suppressor {
  constructor(
    private readonly directives: readonly Directive[],
    private readonly lineOf: (offset: number) => number,
  ) {}

  private lines = new Map<Directive, { startLine: number; endLine: number }>();

  private linesOf(d: Directive): { startLine: number; endLine: number } {
    let l = this.lines.get(d);
    if (!l) {
      l = { startLine: this.lineOf(d.start), endLine: this.lineOf(d.end) };
      this.lines.set(d, l);
    }
    return l;
  }

  /** The directive that suppresses this finding, or null. */
  find(q: SuppressionQuery): Directive | null {
    let rangeState: Directive | null = null;
    for (const d of this.directives) {
      if (!applies(d, q.ruleId, q.category)) continue;
      if (d.kind === 'disable-line') {
        const { startLine, endLine } = this.linesOf(d);
        if (q.line >= startLine && q.line <= endLine) return d;
      } else if (d.kind === 'disable-next-line') {
        if (q.line === this.linesOf(d).endLine + 1) return d;
      } else if (d.start <= q.start) {
        rangeState = d.kind === 'disable' ? d : null;
      }
    }
    return rangeState;
  }
}
