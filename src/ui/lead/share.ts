/**
 * Small-count suppression for share mode (docs/domain.md section 8.9), as core shareRule decides it:
 * aggregate views shown to governors or a trust board show no names, counts below k as "fewer than
 * k", and no breakdown that would single someone out.
 */
import { countWords, shareRule } from "../../core/index.ts";

export function shownCount(n: number, share: boolean, k: number): string {
  return countWords(n, shareRule({ share, hideNames: share, k }));
}

/** A breakdown (e.g. by school) is shown in share mode only when each part has at least k ECTs. */
export function breakdownAllowed(parts: readonly number[], share: boolean, k: number): boolean {
  return !share || parts.every((n) => n === 0 || n >= k);
}
