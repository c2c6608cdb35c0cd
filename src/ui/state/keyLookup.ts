/**
 * A person's key in the address is their place in the people list. Finding it by id needs an index
 * of every id, which takes a while for 100,000 people: it is made on the first look-up (opening an
 * ECT, marking someone away), not with every load on the way to the first paint.
 */
export function keyLookup(ids: readonly string[]): (id: string) => number | undefined {
  let index: Map<string, number> | undefined;
  return (id) => (index ??= new Map(ids.map((x, i) => [x, i]))).get(id);
}
