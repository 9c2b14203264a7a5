// Spreading an array into a call (`out.push(...lines)`, `Math.max(...widths)`) passes every item as an
// argument on the stack: past roughly 100k items it throws "Maximum call stack size exceeded". Output and
// data code handles national-scale arrays, so it uses these loops instead (grep for `(...` before adding one).

/** Append every item of `items` to `out`, in order; returns `out`. */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}

/** The largest `measure(item)`, or `floor` when there are none (or all are smaller). */
export function maxOf<T>(
  items: Iterable<T>,
  measure: (item: T) => number,
  floor = Number.NEGATIVE_INFINITY,
): number {
  let max = floor;
  for (const item of items) {
    const m = measure(item);
    if (m > max) max = m;
  }
  return max;
}
