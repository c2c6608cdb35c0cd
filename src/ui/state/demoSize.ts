/** `?demo=N` opens a generated network of N people instead of the sample (for trying Mosaic at scale). */
export function demoSize(query: string): number | undefined {
  const n = Number(new URLSearchParams(query).get("demo"));
  return Number.isInteger(n) && n >= 10 ? Math.min(n, 200_000) : undefined;
}
