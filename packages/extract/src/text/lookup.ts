/** The index of the last of `sorted` (ordered by start) that starts at or before `position`, or -1. */
export function lastIndexStartingBy(sorted: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as { start: number }).start <= position) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The last of `sorted` (ordered by start) that starts at or before `position`, by binary search. */
export function lastStartingBy<T extends { start: number }>(
  sorted: readonly T[],
  position: number,
): T | undefined {
  return sorted[lastIndexStartingBy(sorted, position)];
}

/** The first of `sorted` (ordered by start) that starts at or after `position`. */
export function firstStartingFrom<T extends { start: number }>(
  sorted: readonly T[],
  position: number,
): T | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = sorted[middle] as T;
    if (item.start >= position) {
      found = item;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}

/** The item of `sorted` (ordered by start, not overlapping) that covers `position`, if one does. */
export function covering<T extends { start: number; end: number }>(
  sorted: readonly T[],
  position: number,
): T | undefined {
  const item = lastStartingBy(sorted, position);
  return item !== undefined && position < item.end ? item : undefined;
}

/** The last of `sorted` that ends at or before `position` and starts after `after`. */
export function lastEndingBy<T extends { start: number; end: number }>(
  sorted: readonly T[],
  position: number,
  after = -1,
): T | undefined {
  // Items do not overlap, so the one starting last before `position` is the candidate, or the one before it.
  let index = lastIndexStartingBy(sorted, position - 1);
  if (index !== -1 && (sorted[index] as T).end > position) index--;
  const item = sorted[index];
  return item !== undefined && item.start > after ? item : undefined;
}

/** The first value `read` gives for the items in order, if it gives one. */
export function firstDefined<T, R>(items: readonly T[], read: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const value = read(item);
    if (value !== undefined) return value;
  }
  return undefined;
}
