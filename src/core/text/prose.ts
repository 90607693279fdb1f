// Prose text with an exact map back to source offsets.
//
// Rules see the words a reader sees (escapes resolved, markup removed); every prose character
// remembers the source span it came from, so findings and fixes land on exact UTF-16 offsets.

/** Stands in for content a reader does not read as words here (inline code, images, HTML). */
export const PLACEHOLDER = '\uFFFC';

const CHAR_REF = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const AMP_REF = /^&(?:amp|#0*38|#[xX]0*26);$/;

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** The YAML escape at source[p] ("\\t", "\\x41", "\\u00e9", "\\U0001F600"), decoded, or null. */
function yamlEscape(source: string, p: number, to: number): { decoded: string; end: number } | null {
  const c = source[p + 1];
  const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexLen > 0) {
    const hex = source.slice(p + 2, p + 2 + hexLen);
    if (p + 2 + hexLen > to || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLen) return null;
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? { decoded: String.fromCodePoint(cp), end: p + 2 + hexLen } : null;
  }
  return c in YAML_ESCAPES ? { decoded: YAML_ESCAPES[c], end: p + 2 } : null;
}

/** Numeric character reference ("&#169;", "&#xA9;") decoded, or null for a named one. */
function decodeNumericRef(ref: string): string | null {
  if (ref[1] !== '#') return null;
  const cp = ref[2] === 'x' || ref[2] === 'X' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
  return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
}

/**
 * How value[i..] is written at source[q]: the character itself, a character reference or a YAML
 * escape standing for it. `count` prose characters come from source[q, end). A named reference
 * cannot be decoded here, so it is only trusted where no source text is being skipped (`atStart`).
 */
function matchAt(value: string, i: number, source: string, q: number, to: number, atStart: boolean): { end: number; count: number } | null {
  const ch = value[i];
  if (source[q] === '&') {
    const ref = CHAR_REF.exec(source.slice(q, Math.min(to, q + 40)));
    // Literal text that merely looks like a reference is kept verbatim in value.
    if (ref && !value.startsWith(ref[0], i)) {
      const decoded = decodeNumericRef(ref[0]);
      const end = q + ref[0].length;
      if (ch === '&') {
        if (AMP_REF.test(ref[0])) return { end, count: 1 };
      } else if (decoded !== null && value.startsWith(decoded, i)) {
        return { end, count: decoded.length };
      } else if (atStart) {
        // Astral characters decode to a surrogate pair: both halves come from the one reference.
        return { end, count: /[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(value[i + 1] ?? '') ? 2 : 1 };
      }
    }
  }
  // The parser replaces NUL with U+FFFD in values.
  if (source[q] === ch || (ch === '\uFFFD' && source[q] === '\0')) return { end: q + 1, count: 1 };
  if (source[q] === '\\' && q + 1 < to) {
    const esc = yamlEscape(source, q, to);
    if (esc && value.startsWith(esc.decoded, i)) return { end: esc.end, count: esc.decoded.length };
  }
  return null;
}

export class ProseBuilder {
  private chars: string[] = [];
  // Offsets grow in typed arrays (doubling), not number[]: a 2,000-word post maps 12,000 characters.
  private startsArr = new Int32Array(64);
  private endsArr = new Int32Array(64);
  private n = 0;

  get length(): number {
    return this.n;
  }

  /** Source offset where prose character i starts. */
  startAt(i: number): number {
    return this.startsArr[i];
  }

  /** Source offset where prose character i ends. */
  endAt(i: number): number {
    return this.endsArr[i];
  }

  /** Room for `more` offsets. */
  private reserve(more: number): void {
    if (this.n + more <= this.startsArr.length) return;
    let size = this.startsArr.length * 2;
    while (size < this.n + more) size *= 2;
    const s = new Int32Array(size);
    s.set(this.startsArr.subarray(0, this.n));
    const e = new Int32Array(size);
    e.set(this.endsArr.subarray(0, this.n));
    this.startsArr = s;
    this.endsArr = e;
  }

  /** Append one prose character that stands for source[start, end). */
  pushChar(ch: string, start: number, end: number): void {
    this.chars.push(ch);
    this.reserve(1);
    this.startsArr[this.n] = start;
    this.endsArr[this.n] = end;
    this.n++;
  }

  /** Append `value` whose source is `source[from, to)`; aligns escapes, entities and prefixes. */
  pushAligned(value: string, source: string, from: number, to: number): void {
    if (source.length >= to && to - from === value.length && source.startsWith(value, from)) {
      this.chars.push(value);
      this.reserve(value.length);
      const { startsArr, endsArr } = this;
      for (let i = 0; i < value.length; i++) {
        startsArr[this.n] = from + i;
        endsArr[this.n] = from + i + 1;
        this.n++;
      }
      return;
    }
    let p = from;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      // value[i] is written at p, or after skipped source text: container prefixes ("> ",
      // indentation), backslash escapes, markup inside alt text.
      let m = p < to ? matchAt(value, i, source, p, to, true) : null;
      let q = p;
      const limit = Math.min(to, p + 24);
      while (!m && ++q < limit) m = matchAt(value, i, source, q, to, false);
      if (m) {
        for (let k = 0; k < m.count; k++) this.pushChar(value[i + k], q, m.end);
        i += m.count - 1;
        p = m.end;
        continue;
      }
      // Past the node's end: never map outside it (the rest has no source of its own).
      if (p >= to) {
        this.pushChar(ch, to, to);
        continue;
      }
      // Decoded character reference (&copy; &#169;) or anything else not present verbatim.
      let end = p + 1;
      if (source[p] === '&') {
        const semi = source.indexOf(';', p);
        if (semi !== -1 && semi < to && semi - p <= 32) end = semi + 1;
      }
      end = Math.min(Math.max(end, p + 1), to);
      this.pushChar(ch, p, end);
      p = end;
    }
  }

  build(): { text: string; starts: Int32Array; ends: Int32Array } {
    return {
      text: this.chars.join(''),
      starts: this.startsArr.slice(0, this.n),
      ends: this.endsArr.slice(0, this.n),
    };
  }
}
