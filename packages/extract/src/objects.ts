// What `merged` builds starts from a constructor of its own. V8 keeps the hidden classes of objects
// built key by key in a tree rooted at their constructor; the tree of `{}` is shared with every
// library in the process, and once one has built large dictionaries from `{}` (compromise does), each
// object built from `{}` gets a class of its own. The prototype is Object.prototype: what comes out
// is a plain object like any other.
const Plain = function Plain() {} as unknown as new () => Record<string, unknown>;
Plain.prototype = Object.prototype;

/**
 * `{ ...first, ...second }`, built by assignment. In V8 (Node 20) an object literal that spreads an
 * object and then gets more properties has a hidden class of its own, so every later reader of such
 * objects (the output check, `JSON.stringify`) takes the slow path; built key by key they share one.
 * The same keys in the same order: the first object's, then the second's that are new.
 */
export function merged<A extends object, B extends object>(first: A, second: B): Omit<A, keyof B> & B {
  const result = new Plain();
  for (const key of Object.keys(first)) result[key] = (first as Record<string, unknown>)[key];
  for (const key of Object.keys(second)) result[key] = (second as Record<string, unknown>)[key];
  return result as Omit<A, keyof B> & B;
}
