/**
 * Spreads points on a circle so that no two are closer than a given angle, each staying as near as
 * it can to where it wants to be. Points that would crowd form a cluster centred on the mean of
 * their wishes; touching clusters merge until none overlap (the usual one-dimensional label
 * spreading, cut open at the widest gap so it can work on a line). Pure and deterministic.
 */

const TAU = Math.PI * 2;

/** `targets[i]` in radians → the angle given to point i; any two at least `minGap` apart (or 2π/n when they cannot be). */
export function spreadOnCircle(targets: readonly number[], minGap: number): number[] {
  const n = targets.length;
  if (n === 0) return [];
  const gap = Math.min(minGap, TAU / n);
  const order = targets.map((t, i) => ({ i, t: ((t % TAU) + TAU) % TAU })).sort((a, b) => a.t - b.t || a.i - b.i);
  // Cut the circle open after the widest gap between neighbouring wishes.
  let cut = 0;
  let widest = 0;
  order.forEach((p, k) => {
    const next = order[(k + 1) % n];
    const width = next ? (next.t - p.t + TAU) % TAU : 0;
    if (width > widest) {
      widest = width;
      cut = (k + 1) % n;
    }
  });
  const line = [...order.slice(cut), ...order.slice(0, cut)];
  const base = line[0]?.t ?? 0;
  const wish = line.map((p) => base + ((p.t - base + TAU) % TAU));
  // Clusters of consecutive points: [first index, count, sum of wishes].
  const clusters: { first: number; count: number; sum: number }[] = [];
  const startOf = (c: { count: number; sum: number }) => c.sum / c.count - ((c.count - 1) * gap) / 2;
  const add = (c: { first: number; count: number; sum: number }) => {
    clusters.push(c);
    for (;;) {
      const last = clusters[clusters.length - 1];
      const before = clusters[clusters.length - 2];
      if (!last || !before || startOf(before) + before.count * gap <= startOf(last) + 1e-12) break;
      clusters.splice(clusters.length - 2, 2, {
        first: before.first,
        count: before.count + last.count,
        sum: before.sum + last.sum,
      });
    }
  };
  wish.forEach((w, k) => add({ first: k, count: 1, sum: w }));
  // The line is a circle cut open: when the last cluster reaches round to the first, the first's
  // points follow the last's a turn later, and they merge (n gaps fit in a turn, so this ends).
  for (let moved = 0; moved < n && clusters.length > 1; moved++) {
    const first = clusters[0];
    const last = clusters[clusters.length - 1];
    if (!first || !last || startOf(last) + last.count * gap <= startOf(first) + TAU + 1e-12) break;
    clusters.shift();
    add({ first: first.first, count: first.count, sum: first.sum + first.count * TAU });
  }
  const out = new Array<number>(n).fill(0);
  for (const c of clusters) {
    const from = startOf(c);
    for (let k = 0; k < c.count; k++) {
      const p = line[(c.first + k) % n];
      if (p) out[p.i] = from + k * gap;
    }
  }
  return out;
}
