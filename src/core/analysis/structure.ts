/**
 * Cut vertices (articulation points) and bridges of the undirected support graph (docs/domain.md 5.4).
 * graphology has neither, so this is an iterative Tarjan in O(V + E): no recursion, so a chain of
 * 100,000 people cannot overflow the stack. It is structural information, kept apart from the flags.
 */

export interface UndirectedGraph {
  /** Neighbours of v: adj[start[v] .. start[v+1]), no duplicates, no self-loops. */
  readonly start: Int32Array;
  readonly adj: Int32Array;
}

/** Builds a simple undirected graph from edge endpoints (parallel edges and self-loops dropped). */
export function simpleGraph(n: number, a: ArrayLike<number>, b: ArrayLike<number>, count: number): UndirectedGraph {
  const deg = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) {
    if (a[i] === b[i]) continue;
    deg[a[i]! + 1]!++;
    deg[b[i]! + 1]!++;
  }
  for (let v = 0; v < n; v++) deg[v + 1]! += deg[v]!;
  const raw = new Int32Array(deg[n]!);
  const fill = deg.slice(0, n);
  for (let i = 0; i < count; i++) {
    if (a[i] === b[i]) continue;
    raw[fill[a[i]!]!++] = b[i]!;
    raw[fill[b[i]!]!++] = a[i]!;
  }
  // Drop repeats, keeping first-seen order: a mark per neighbour is linear, where sorting each of
  // 100,000 lists cost as much as the whole search.
  const start = new Int32Array(n + 1);
  const seenFrom = new Int32Array(n).fill(-1);
  let w = 0;
  for (let v = 0; v < n; v++) {
    start[v] = w;
    for (let k = deg[v]!; k < deg[v + 1]!; k++) {
      const u = raw[k]!;
      if (seenFrom[u] === v) continue;
      seenFrom[u] = v;
      raw[w++] = u;
    }
  }
  start[n] = w;
  return { start, adj: raw.slice(0, w) };
}

export interface Structure {
  /** Component id of each vertex; -1 for vertices with no edges (not part of the graph). */
  readonly component: Int32Array;
  readonly componentSizes: readonly number[];
  /** The largest component's id, or -1 when there are no edges. */
  readonly largest: number;
  readonly articulationPoints: readonly CutVertex[];
  readonly bridges: readonly Bridge[];
}

export interface CutVertex {
  readonly v: number;
  /** How many vertices are cut off from the largest remaining piece when v is removed. */
  readonly separatedCount: number;
  /** How many of them are marked (ECTs). */
  readonly separatedMarked: number;
  /** Up to SAMPLE of the separated vertices, and up to SAMPLE of the marked ones. */
  readonly separatedSample: readonly number[];
  readonly markedSample: readonly number[];
  /** Removing it separates only degree-1 vertices. */
  readonly pendant: boolean;
}

export const SAMPLE = 50;

export interface Bridge {
  readonly a: number;
  readonly b: number;
  /** One end has degree 1. */
  readonly pendant: boolean;
}

/**
 * Components, cut vertices and bridges. `marked` (e.g. "is an ECT") is counted and listed among the
 * vertices each cut vertex separates; counts use prefix sums over the DFS order, so a long chain of
 * cut vertices stays linear apart from the capped samples.
 */
export function findStructure(g: UndirectedGraph, marked?: Uint8Array): Structure {
  const n = g.start.length - 1;
  const { start, adj } = g;
  const degree = (v: number) => start[v + 1]! - start[v]!;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const size = new Int32Array(n);
  const order = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const componentSizes: number[] = [];
  const componentStart: number[] = [];
  const cutChildren = new Map<number, number[]>();
  const bridges: Bridge[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1 || degree(root) === 0) continue;
    const c = componentSizes.length;
    componentStart.push(time);
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time;
    order[time++] = root;
    next[root] = start[root]!;
    component[root] = c;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < start[v + 1]!) {
        const u = adj[next[v]!++]!;
        if (disc[u] === -1) {
          parent[u] = v;
          disc[u] = low[u] = time;
          order[time++] = u;
          next[u] = start[u]!;
          component[u] = c;
          stack[top++] = u;
        } else if (u !== parent[v]) {
          if (disc[u]! < low[v]!) low[v] = disc[u]!;
        }
      } else {
        top--;
        size[v] = time - disc[v]!;
        const p = parent[v]!;
        if (p >= 0) {
          if (low[v]! < low[p]!) low[p] = low[v]!;
          if (low[v]! > disc[p]!) bridges.push({ a: p, b: v, pendant: degree(p) === 1 || degree(v) === 1 });
          if (low[v]! >= disc[p]!) {
            const list = cutChildren.get(p);
            if (list) list.push(v);
            else cutChildren.set(p, [v]);
          }
        }
      }
    }
    componentSizes.push(time - componentStart[c]!);
  }

  let largest = -1;
  componentSizes.forEach((s, c) => {
    if (largest < 0 || s > componentSizes[largest]!) largest = c;
  });

  // Prefix sums of marks along the DFS order, and the DFS positions of marked vertices.
  const markPrefix = new Int32Array(time + 1);
  const markedPos: number[] = [];
  for (let k = 0; k < time; k++) {
    const isMarked = marked?.[order[k]!] ? 1 : 0;
    markPrefix[k + 1] = markPrefix[k]! + isMarked;
    if (isMarked) markedPos.push(k);
  }
  const lowerBound = (x: number) => {
    let lo = 0;
    let hi = markedPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (markedPos[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  type Range = readonly [number, number];
  const rangeSize = (rs: readonly Range[]) => rs.reduce((s, [a, b]) => s + b - a, 0);

  const articulationPoints: CutVertex[] = [];
  for (const [v, children] of cutChildren) {
    const isRoot = parent[v] === -1;
    if (isRoot && children.length < 2) continue;
    const c = component[v]!;
    const cutSet = new Set(children);
    const pieces: Range[][] = children.map((ch) => [[disc[ch]!, disc[ch]! + size[ch]!]]);
    if (!isRoot) {
      // The rest: the component outside v's subtree, plus v's children that reach above v.
      const from = componentStart[c]!;
      const rest: Range[] = [
        [from, disc[v]!],
        [disc[v]! + size[v]!, from + componentSizes[c]!],
      ];
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const u = adj[k]!;
        if (parent[u] === v && !cutSet.has(u)) rest.push([disc[u]!, disc[u]! + size[u]!]);
      }
      pieces.push(rest.filter(([a, b]) => b > a));
    }
    // The biggest piece stays; every other piece is cut off from it.
    let keep = 0;
    pieces.forEach((p, i) => {
      if (rangeSize(p) > rangeSize(pieces[keep]!)) keep = i;
    });
    const cut = pieces.filter((_, i) => i !== keep).flat();
    const separatedSample: number[] = [];
    const markedSample: number[] = [];
    let separatedMarked = 0;
    let pendant = true;
    for (const [a, b] of cut) {
      separatedMarked += markPrefix[b]! - markPrefix[a]!;
      for (let k = a; k < b && separatedSample.length < SAMPLE; k++) separatedSample.push(order[k]!);
      for (let i = lowerBound(a); i < markedPos.length && markedPos[i]! < b && markedSample.length < SAMPLE; i++) {
        markedSample.push(order[markedPos[i]!]!);
      }
    }
    for (const p of pieces.filter((_, i) => i !== keep)) {
      if (rangeSize(p) !== 1 || degree(order[p.find(([a, b]) => b > a)![0]]!) !== 1) pendant = false;
    }
    articulationPoints.push({
      v,
      separatedCount: rangeSize(cut),
      separatedMarked,
      separatedSample,
      markedSample,
      pendant,
    });
  }
  articulationPoints.sort((x, y) => x.v - y.v);
  return { component, componentSizes, largest, articulationPoints, bridges };
}
