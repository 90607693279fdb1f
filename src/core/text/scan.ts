// Tiny scanning helpers shared by rules and text analysers.

/** True when `text` holds at least `min` ASCII digits (stops counting as soon as it does). */
export function hasDigits(text: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= min) return true;
  }
  return false;
}

/** Index of the first element >= x in a sorted array (binary search). */
export function firstAtOrAfter(arr: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `each` for every non-empty match of the global (or sticky) regex `re` in `text`,
 * scanning from `from`. Empty matches are stepped over, so a pattern that can match the empty
 * string cannot loop forever. `each` may move `re.lastIndex` forward (to rescan from just after
 * a match's start, say); a move that would not make progress is overridden. Returning `false`
 * from `each` stops the scan.
 */
export function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void | boolean, from = 0): void {
  if (!re.global && !re.sticky) throw new TypeError(`eachMatch needs a global or sticky regex, got ${re}`);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    if (m[0].length === 0) {
      re.lastIndex = at + 1;
      continue;
    }
    if (each(m) === false) return;
    if (re.lastIndex <= at) re.lastIndex = at + 1;
  }
}
