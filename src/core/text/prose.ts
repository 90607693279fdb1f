// Prose text with an exact map back to source offsets.
//
// Rules see the words a reader sees (escapes resolved, markup removed); every prose character
// remembers the source span it came from, so findings and fixes land on exact UTF-16 offsets.

/** Stands in for content a reader does not read as words here (inline code, images, HTML). */
export const PLACEHOLDER = '\uFFFC';

const CHAR_REF = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const AMP_REF = /^&(?:amp|#0*38|#[xX]0*26);$/;

export class ProseBuilder {
  private chars: string[] = [];
  private startsArr: number[] = [];
  private endsArr: number[] = [];

  get length(): number {
    return this.startsArr.length;
  }

  /** Source offset where prose character i starts. */
  startAt(i: number): number {
    return this.startsArr[i];
  }

  /** Source offset where prose character i ends. */
  endAt(i: number): number {
    return this.endsArr[i];
  }

  /** Append one prose character that stands for source[start, end). */
  pushChar(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.startsArr.push(start);
    this.endsArr.push(end);
  }

  /** Append `value` whose source is `source[from, to)`; aligns escapes, entities and prefixes. */
  pushAligned(value: string, source: string, from: number, to: number): void {
    if (source.length >= to && to - from === value.length && source.startsWith(value, from)) {
      this.chars.push(value);
      for (let i = 0; i < value.length; i++) {
        this.startsArr.push(from + i);
        this.endsArr.push(from + i + 1);
      }
      return;
    }
    let p = from;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      // A character reference must be matched before scanning ahead: "&#90; Zed" would otherwise
      // map the decoded "Z" onto the later literal one.
      const ref = source[p] === '&' && p < to ? CHAR_REF.exec(source.slice(p, Math.min(to, p + 40))) : null;
      if (ref && !value.startsWith(ref[0], i) && (ch !== '&' || AMP_REF.test(ref[0]))) {
        const end = p + ref[0].length;
        this.pushChar(ch, p, end);
        // Astral characters decode to a surrogate pair: both halves come from the one reference.
        if (/[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(value[i + 1] ?? '')) this.pushChar(value[++i], p, end);
        p = end;
        continue;
      }
      if (p < to && source[p] === ch) {
        this.pushChar(ch, p, p + 1);
        p++;
        continue;
      }
      // Skipped source text: container prefixes ("> ", indentation), backslash escapes.
      const limit = Math.min(to, p + 24);
      let q = p;
      while (q < limit && source[q] !== ch) q++;
      if (q < limit) {
        this.pushChar(ch, q, q + 1);
        p = q + 1;
        continue;
      }
      // Decoded character reference (&copy; &#169;) or anything else not present verbatim.
      let end = p + 1;
      if (source[p] === '&') {
        const semi = source.indexOf(';', p);
        if (semi !== -1 && semi < to && semi - p <= 32) end = semi + 1;
      }
      end = Math.min(Math.max(end, p + 1), Math.max(to, p + 1));
      this.pushChar(ch, Math.min(p, to), Math.min(end, Math.max(to, p + 1)));
      p = end;
    }
  }

  build(): { text: string; starts: Int32Array; ends: Int32Array } {
    return {
      text: this.chars.join(''),
      starts: Int32Array.from(this.startsArr),
      ends: Int32Array.from(this.endsArr),
    };
  }
}
