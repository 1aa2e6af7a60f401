/**
 * Selection algorithms of the consensus step: weighted quantiles (the first value whose cumulative weight
 * exceeds a target) and a plain quickselect. Pure functions over the caller's arrays.
 */

/**
 * The first value x (in ascending order) whose cumulative weight Σ_{v ≤ x} w exceeds `target`, over
 * vals[0..len) with weights wts[0..len); `fallback` when none does. Linear expected time (weighted
 * quickselect with a three-way partition, median-of-three pivot); reorders both arrays. Used for short
 * ranges; {@link weightedSelect} handles long ones.
 */
export function weightedQuantile(vals: Float64Array, wts: Float64Array, len: number, target: number, fallback: number): number {
  let lo = 0;
  let hi = len;
  let acc = 0;
  while (lo < hi) {
    const a = vals[lo]!;
    const b = vals[(lo + hi) >>> 1]!;
    const c = vals[hi - 1]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let lt = lo;
    let i = lo;
    let gt = hi;
    let wl = 0;
    let we = 0;
    while (i < gt) {
      const v = vals[i]!;
      if (v < pivot) {
        const w = wts[i]!;
        vals[i] = vals[lt]!;
        wts[i] = wts[lt]!;
        vals[lt] = v;
        wts[lt] = w;
        wl += w;
        lt++;
        i++;
      } else if (v > pivot) {
        gt--;
        const w = wts[i]!;
        vals[i] = vals[gt]!;
        wts[i] = wts[gt]!;
        vals[gt] = v;
        wts[gt] = w;
      } else {
        we += wts[i]!;
        i++;
      }
    }
    if (acc + wl > target) hi = lt;
    else if (acc + wl + we > target) return pivot;
    else {
      acc += wl + we;
      lo = gt;
    }
  }
  return fallback;
}


export const BUCKETS = 1024;
const SHORT = 12;

/**
 * Same contract as {@link weightedQuantile}, for long ranges: a weighted histogram select. Each round
 * buckets the values linearly (min(len, 1,024) buckets) between their min and max (a monotone map, so buckets keep the order),
 * finds the bucket where the cumulative weight passes `target`, and keeps only that bucket; short
 * ranges finish with the quickselect. Branch-predictable, O(len) per round, in place; `hist` is scratch of
 * at least 1,024 entries.
 */
export function weightedSelect(
  vals: Float64Array,
  wts: Float64Array,
  len: number,
  target: number,
  fallback: number,
  hist: Float64Array,
  known?: { readonly min: number; readonly max: number; readonly total: number },
): number {
  let acc = 0;
  let first = known !== undefined;
  for (;;) {
    if (len <= SHORT) return weightedQuantile(vals, wts, len, target - acc, fallback);
    let mn = Infinity;
    let mx = -Infinity;
    let tot = 0;
    if (first && known) {
      mn = known.min;
      mx = known.max;
      tot = known.total;
      first = false;
    } else {
      for (let i = 0; i < len; i++) {
        const v = vals[i]!;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
        tot += wts[i]!;
      }
    }
    if (!(mx > mn)) return acc + tot > target ? mn : fallback;
    const K = len < BUCKETS ? len : BUCKETS;
    const top = K - 1;
    const scale = K / (mx - mn);
    for (let b = 0; b < K; b++) hist[b] = 0;
    for (let i = 0; i < len; i++) {
      let b = ((vals[i]! - mn) * scale) | 0;
      if (b > top) b = top;
      hist[b] = hist[b]! + wts[i]!;
    }
    let cum = acc;
    let bs = -1;
    for (let b = 0; b < K; b++) {
      const h = hist[b]!;
      if (cum + h > target) {
        bs = b;
        break;
      }
      cum += h;
    }
    if (bs < 0) return fallback;
    acc = cum;
    let k = 0;
    for (let i = 0; i < len; i++) {
      const v = vals[i]!;
      let b = ((v - mn) * scale) | 0;
      if (b > top) b = top;
      if (b === bs) {
        vals[k] = v;
        wts[k] = wts[i]!;
        k++;
      }
    }
    len = k;
  }
}


/**
 * The r-th smallest of a[lo..hi) (Hoare quickselect, median-of-three pivot), for lo ≤ r < hi; reorders that
 * range so that a[lo..r) ≤ a[r] ≤ a[r+1..hi), so a second call for a larger rank can start at r.
 */
export function select(a: Float64Array, r: number, lo: number, hi: number): number {
  let l = lo;
  let h = hi - 1;
  while (l < h) {
    const x = a[l]!;
    const y = a[(l + h) >>> 1]!;
    const z = a[h]!;
    const p = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = h;
    while (i <= j) {
      while (a[i]! < p) i++;
      while (a[j]! > p) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (r <= j) h = j;
    else if (r >= i) l = i;
    else return a[r]!;
  }
  return a[r]!;
}

