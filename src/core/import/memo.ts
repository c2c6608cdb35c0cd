/**
 * A bounded memo for pure readers of cell text. Spreadsheet columns repeat the same few values
 * ("weekly", "yes", "pedagogy; behaviour") hundreds of thousands of times; reading each distinct
 * value once makes import several times faster. Free text past the bound is simply not cached.
 */
export function memoise<T>(read: (raw: string) => T, limit = 4096): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    const hit = cache.get(raw);
    if (hit !== undefined || cache.has(raw)) return hit as T;
    const value = read(raw);
    if (cache.size < limit) cache.set(raw, value);
    return value;
  };
}
