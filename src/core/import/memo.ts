/**
 * A bounded memo for pure readers of cell text. Spreadsheet columns repeat the same few values
 * ("weekly", "yes", "pedagogy; behaviour") hundreds of thousands of times; reading each distinct
 * value once makes import several times faster. Free text past the bound is simply not cached.
 */

/**
 * A reading held in the cache. Boxed so that a reader whose answer is undefined ("not a date") is
 * cached too, and a hit is told from a miss by one lookup, with no cast: one small object per
 * distinct value stored (at most `limit`), none per cell.
 */
interface Held<T> {
  readonly value: T;
}

export function memoise<T>(read: (raw: string) => T, limit = 4096): (raw: string) => T {
  const cache = new Map<string, Held<T>>();
  return (raw) => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit.value;
    const value = read(raw);
    if (cache.size < limit) cache.set(raw, { value });
    return value;
  };
}
