/**
 * Breakdowns in share mode (docs/domain.md section 8.9): aggregate views shown to governors or a
 * trust board show no breakdown that would single someone out. Counts go through core countWords
 * with the app's share rule (useShareRule).
 */

/** A breakdown (e.g. by school) is shown in share mode only when each part has at least k ECTs. */
export function breakdownAllowed(parts: readonly number[], share: boolean, k: number): boolean {
  return !share || parts.every((n) => n === 0 || n >= k);
}
