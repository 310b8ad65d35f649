/**
 * `{ ...first, ...second }`, built by assignment. In V8 (Node 20) an object literal that spreads an
 * object and then gets more properties has a hidden class of its own, so every later reader of such
 * objects (the output check, `JSON.stringify`) takes the slow path; built key by key they share one.
 * The same keys in the same order: the first object's, then the second's that are new.
 */
export function merged<A extends object, B extends object>(first: A, second: B): Omit<A, keyof B> & B {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(first)) result[key] = (first as Record<string, unknown>)[key];
  for (const key of Object.keys(second)) result[key] = (second as Record<string, unknown>)[key];
  return result as Omit<A, keyof B> & B;
}
