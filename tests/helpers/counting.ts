/**
 * Work counted rather than timed: a guard against quadratic work that holds on any machine and
 * under any load (a time limit either fails on a busy machine or is too loose to catch anything).
 */

/** Whether a property key is an array index (the reads worth counting). */
function isIndex(key: string | symbol): boolean {
  if (typeof key !== "string" || key.length === 0) return false;
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The same items behind a proxy that counts how often an element is read: a pass over them costs
 * one read per element, so linear code reads a few times their number and quadratic code far more.
 *
 * @example const { items, reads } = countedReads(ds); groupDiagnostics(items); reads() // about ds.length
 */
export function countedReads<T>(list: readonly T[]): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const items = new Proxy(list, {
    get(target, key, receiver) {
      if (isIndex(key)) reads++;
      const value: unknown = Reflect.get(target, key, receiver);
      return value;
    },
  });
  return { items, reads: () => reads };
}
