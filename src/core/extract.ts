// Turns mdast into what rules read: prose blocks (with source maps), targets and HTML comments.
import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import type { ProseBlock, Target, BlockKind } from './model';
import { PLACEHOLDER, ProseBuilder } from './text/prose';

/** An HTML node (block or inline): where directives live. */
export interface HtmlNode {
  value: string;
  start: number;
  end: number;
  /**
   * Source offset of value[i], relative to start, when value is not verbatim source (HTML inside
   * a block quote or list loses its "> " or indentation on continuation lines).
   */
  map?: Int32Array;
}

export interface Extracted {
  blocks: ProseBlock[];
  targets: Target[];
  html: HtmlNode[];
  /** A link reference or footnote definition occurs in this subtree (it can change other blocks). */
  hasDefinitions?: boolean;
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

class Extractor {
  readonly out: Extracted = { blocks: [], targets: [], html: [] };
  constructor(private readonly source: string) {}

  /** Walk a flow (block-level) node. */
  flow(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
        this.phrasingBlock('paragraph', node);
        return;
      case 'heading':
        this.phrasingBlock('heading', node);
        return;
      case 'tableCell':
        this.phrasingBlock('tableCell', node);
        return;
      case 'code':
      case 'yaml':
      case 'thematicBreak':
        return;
      case 'html':
        this.html(this.htmlNode(node.value, startOf(node), endOf(node)));
        return;
      case 'footnoteDefinition':
        this.out.hasDefinitions = true;
        for (const child of node.children) this.flow(child as Nodes);
        return;
      case 'definition': {
        this.out.hasDefinitions = true;
        this.out.targets.push({ kind: 'definition', url: node.url, start: startOf(node), end: endOf(node), label: '' });
        if (node.title) this.literalBlock('linkTitle', node.title, node);
        return;
      }
      default:
        if ('children' in node) {
          for (const child of (node as Parents).children) this.flow(child as Nodes);
        }
    }
  }

  /** Keep an HTML node (for directives) and hand its <img> tags to rules as image targets. */
  private html(h: HtmlNode): void {
    this.out.html.push(h);
    if (!/<img\b/i.test(h.value)) return;
    const at = (i: number): number => h.start + (h.map ? (h.map[i] ?? h.map[h.map.length - 1] + 1) : i);
    for (const img of htmlImages(h.value)) {
      this.out.targets.push({
        kind: 'image',
        url: img.src,
        start: at(img.start),
        end: at(img.end - 1) + 1,
        label: img.alt?.value ?? '',
        html: true,
        ...(img.alt ? { alt: { start: at(img.alt.start), end: img.alt.end > img.alt.start ? at(img.alt.end - 1) + 1 : at(img.alt.start) } } : {}),
      });
    }
  }

  private htmlNode(value: string, start: number, end: number): HtmlNode {
    if (this.source.slice(start, end) === value) return { value, start, end };
    const b = new ProseBuilder();
    b.pushAligned(value, this.source, start, end);
    return { value, start, end, map: b.build().starts.map((o) => o - start) };
  }

  private phrasingBlock(kind: BlockKind, node: Parents): void {
    const b = new ProseBuilder();
    this.phrasingChildren(node.children as PhrasingContent[], b, startOf(node), endOf(node));
    if (b.length > 0) this.out.blocks.push({ kind, ...b.build() });
  }

  /**
   * Walk phrasing children whose source lies within [from, to). Nodes made by the GFM autolink
   * transform (an address after a backslash escape, "a\_b@c.com") have no position: they are
   * aligned between the previous sibling's end and the next positioned sibling's start.
   */
  private phrasingChildren(children: readonly PhrasingContent[], b: ProseBuilder, from: number, to: number): void {
    let cursor = from;
    children.forEach((child, i) => {
      if (child.position) {
        this.phrasing(child, b, startOf(child), endOf(child));
        cursor = endOf(child);
        return;
      }
      let hi = to;
      for (let j = i + 1; j < children.length; j++) {
        if (children[j].position) {
          hi = startOf(children[j]);
          break;
        }
      }
      const before = b.length;
      this.phrasing(child, b, cursor, hi);
      if (b.length > before) cursor = b.endAt(b.length - 1);
    });
  }

  /** A literal string (alt, title) whose source lies somewhere inside node's range. */
  private literalBlock(kind: BlockKind, value: string, node: Nodes): void {
    if (!value) return;
    const b = new ProseBuilder();
    let from = startOf(node);
    let to = endOf(node);
    // A title is written last: look for it there, not in the link text, alt or URL before it.
    if (kind === 'linkTitle' || kind === 'imageTitle') [from, to] = this.titleRange(from, to, node.type !== 'definition');
    // Titles and alts are written once inside the node; find the raw occurrence to align with.
    const idx = this.source.indexOf(value, from);
    if (idx !== -1 && idx + value.length <= to) b.pushAligned(value, this.source, idx, idx + value.length);
    else b.pushAligned(value, this.source, from, to);
    this.out.blocks.push({ kind, ...b.build() });
  }

  /** Source range inside the delimiters of the title that ends a link, image or definition. */
  private titleRange(from: number, to: number, inline: boolean): [number, number] {
    const src = this.source;
    let e = to;
    if (inline && src[e - 1] === ')') e--;
    while (e > from && /\s/.test(src[e - 1])) e--;
    const close = src[e - 1];
    if (close !== '"' && close !== "'" && close !== ')') return [from, to];
    const open = close === ')' ? '(' : close;
    for (let i = e - 2; i > from; i--) {
      if (src[i] !== open) continue;
      let slashes = 0;
      while (i - 1 - slashes >= from && src[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return [i + 1, e - 1];
    }
    return [from, to];
  }

  private placeholder(b: ProseBuilder, from: number, to: number): void {
    b.pushChar(PLACEHOLDER, from, to);
  }

  /** One phrasing node whose source is [from, to) (its own position when it has one). */
  private phrasing(node: PhrasingContent, b: ProseBuilder, from: number, to: number): void {
    switch (node.type) {
      case 'text':
        b.pushAligned(node.value, this.source, from, to);
        return;
      case 'inlineCode':
        this.placeholder(b, from, to);
        return;
      case 'break':
        b.pushChar('\n', from, to);
        return;
      case 'html':
        this.html(this.htmlNode(node.value, from, to));
        this.placeholder(b, from, to);
        return;
      case 'image':
        this.placeholder(b, from, to);
        this.out.targets.push({ kind: 'image', url: node.url, start: startOf(node), end: endOf(node), label: node.alt ?? '' });
        if (node.alt) this.literalBlock('imageAlt', node.alt, node);
        if (node.title) this.literalBlock('imageTitle', node.title, node);
        return;
      case 'imageReference':
        this.placeholder(b, from, to);
        if (node.alt) this.literalBlock('imageAlt', node.alt, node);
        return;
      case 'link': {
        const before = b.length;
        this.phrasingChildren(node.children, b, from, to);
        // A link without a position (see phrasingChildren) spans the prose it produced.
        const [s, e] = node.position || b.length === before ? [from, to] : [b.startAt(before), b.endAt(b.length - 1)];
        this.out.targets.push({ kind: 'link', url: node.url, start: s, end: e, label: linkLabel(node) });
        if (node.title) this.literalBlock('linkTitle', node.title, node);
        return;
      }
      case 'footnoteReference':
        this.placeholder(b, from, to);
        return;
      default:
        if ('children' in node) this.phrasingChildren((node as Parents).children as PhrasingContent[], b, from, to);
    }
  }
}

const IMG_TAG = /<img\b[^>]*>/gi;
const ATTRIBUTE = /\s([a-z][a-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (m, dec: string, hex: string, name: string) => {
    const cp = dec ? +dec : hex ? parseInt(hex, 16) : -1;
    if (cp >= 0) return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

interface HtmlImage {
  start: number;
  end: number;
  src: string;
  /** The alt value (entities decoded) and the range of its raw value in the HTML string. */
  alt?: { value: string; start: number; end: number };
}

/** <img> tags with a src in an HTML string, outside comments; offsets into the string. */
export function htmlImages(html: string): HtmlImage[] {
  const out: HtmlImage[] = [];
  const comments: [number, number][] = [];
  for (const m of html.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) comments.push([m.index, m.index + m[0].length]);
  for (const m of html.matchAll(IMG_TAG)) {
    if (comments.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const tag = m[0];
    let src: string | undefined;
    let alt: HtmlImage['alt'];
    for (const a of tag.slice(4).matchAll(ATTRIBUTE)) {
      const name = a[1].toLowerCase();
      const raw = a[2] ?? a[3] ?? a[4] ?? '';
      const valueStart = a[2] !== undefined || a[3] !== undefined ? a.index + a[0].length - raw.length - 1 : a.index + a[0].length - raw.length;
      if (name === 'src' && src === undefined) src = decodeEntities(raw.trim());
      else if (name === 'alt' && alt === undefined) alt = { value: decodeEntities(raw), start: m.index + 4 + valueStart, end: m.index + 4 + valueStart + raw.length };
    }
    if (src) out.push({ start: m.index, end: m.index + tag.length, src, ...(alt ? { alt } : {}) });
  }
  return out;
}

function linkLabel(node: Parents): string {
  let s = '';
  for (const c of node.children) {
    if (c.type === 'text' || c.type === 'inlineCode') s += c.value;
    else if ('children' in c) s += linkLabel(c as Parents);
  }
  return s;
}

/** Extract prose blocks, targets and HTML nodes from one top-level mdast node. */
export function extractTop(node: RootContent, source: string): Extracted {
  const ex = new Extractor(source);
  ex.flow(node as Nodes);
  return ex.out;
}
