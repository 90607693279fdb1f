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
