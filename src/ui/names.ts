/**
 * How people are shown: by name, or in "hide names" mode by stable codes ("ECT 3", "Supporter 12",
 * "Group 2") numbered by their order in the people list, the same on screen, in PNG and in print.
 */
export type NameOf = (id: string, name: string) => string;

export function pseudonymiser(
  order: readonly { readonly id: string; readonly isEct: boolean }[],
  groups: ReadonlySet<string> = new Set(),
): (id: string) => string {
  const codes = new Map<string, string>();
  let ects = 0;
  let others = 0;
  let groupCount = 0;
  for (const p of order) {
    if (p.isEct) codes.set(p.id, `ECT ${++ects}`);
    else if (groups.has(p.id)) codes.set(p.id, `Group ${++groupCount}`);
    else codes.set(p.id, `Supporter ${++others}`);
  }
  return (id) => codes.get(id) ?? "Someone";
}

export function nameFunction(hide: boolean, code: (id: string) => string): NameOf {
  return hide ? (id) => code(id) : (_id, name) => name;
}
