/**
 * A deterministic layout that groups people by school: each school a cluster on a large circle,
 * within a cluster the ECTs on an inner ring and everyone else on an outer ring. The same input
 * always gives the same picture, so a mentor lead's mental map survives a reload.
 */

export interface LayoutPerson {
  readonly key: number;
  readonly group: string;
  readonly inner: boolean;
}

export function layoutBySchool(people: readonly LayoutPerson[]): Map<number, { x: number; y: number }> {
  const groups = new Map<string, LayoutPerson[]>();
  for (const p of people) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  const names = [...groups.keys()].sort();
  const out = new Map<number, { x: number; y: number }>();
  const biggest = Math.max(1, ...[...groups.values()].map((g) => g.length));
  const clusterRadius = Math.sqrt(biggest);
  const ring = names.length === 1 ? 0 : (clusterRadius * 2.6 * names.length) / (2 * Math.PI);
  names.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / names.length;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    const members = [...groups.get(name)!].sort((a, b) => a.key - b.key);
    const inner = members.filter((m) => m.inner);
    const outer = members.filter((m) => !m.inner);
    const place = (list: readonly LayoutPerson[], radius: number) =>
      list.forEach((m, j) => {
        const a = (2 * Math.PI * j) / Math.max(1, list.length) + (radius > 0 ? 0.3 : 0);
        out.set(m.key, { x: round(cx + radius * Math.cos(a)), y: round(cy + radius * Math.sin(a)) });
      });
    place(inner, inner.length <= 1 ? 0 : Math.max(0.6, Math.sqrt(inner.length) * 0.45));
    place(outer, Math.max(1.2, Math.sqrt(members.length) * 0.75));
  });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * One school's picture: its own people in the middle (ECTs on the inner ring, the rest around
 * them) and the people from elsewhere who support them on an outer ring, grouped by their school.
 * On a ring of schools the chosen school was one small cluster among many, its labels piled up.
 */
export function layoutAroundHome(people: readonly LayoutPerson[], home: string): Map<number, { x: number; y: number }> {
  const byKey = (a: LayoutPerson, b: LayoutPerson) => a.key - b.key;
  const mine = people.filter((p) => p.group === home);
  const inner = mine.filter((p) => p.inner).sort(byKey);
  const middle = mine.filter((p) => !p.inner).sort(byKey);
  const outer = people
    .filter((p) => p.group !== home)
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.key - b.key));
  // Radii that leave about one unit between neighbours on each ring.
  const ri = inner.length <= 1 ? 0 : Math.max(1, inner.length / (2 * Math.PI));
  const rm = Math.max(ri + 1.5, middle.length / (2 * Math.PI));
  const ro = Math.max(rm + 2, outer.length / (2 * Math.PI));
  const out = new Map<number, { x: number; y: number }>();
  const place = (list: readonly LayoutPerson[], radius: number, turn: number) =>
    list.forEach((m, j) => {
      const a = (2 * Math.PI * j) / Math.max(1, list.length) + turn;
      out.set(m.key, { x: round(radius * Math.cos(a)), y: round(radius * Math.sin(a)) });
    });
  place(inner, ri, 0.3);
  place(middle, rm, 0.1);
  place(outer, ro, 0);
  return out;
}
