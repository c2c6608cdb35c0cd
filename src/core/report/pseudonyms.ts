/**
 * Stable codes for "hide names" (docs/domain.md 8.8): "ECT 3", "Supporter 12", "Group 2", numbered by
 * position in the people list, the same on screen, in images and in every export.
 */

/** `kinds[i]`: 1 for an ECT, 2 for a group, else 0. */
export function pseudonymCodes(ids: readonly string[], kinds: ArrayLike<number>): Map<string, string> {
  const codes = new Map<string, string>();
  const counts = [0, 0, 0];
  const label = ["Supporter", "ECT", "Group"];
  ids.forEach((id, i) => {
    const k = kinds[i] ?? 0;
    codes.set(id, `${label[k]} ${++counts[k]!}`);
  });
  return codes;
}

export function personKind(p: { readonly is_ect: boolean; readonly kind: string }): number {
  return p.is_ect ? 1 : p.kind === "group" ? 2 : 0;
}

/**
 * People and links with every id and name replaced by its code (ids can be names when no people
 * file gave them), and free-text notes left out, for exports made with names hidden.
 */
export function pseudonymiseData<
  P extends {
    readonly id: string;
    readonly name: string;
    readonly is_ect: boolean;
    readonly kind: string;
    readonly line_manager_id?: string | undefined;
    readonly notes?: string | undefined;
  },
  L extends {
    readonly from_id: string;
    readonly to_id: string;
    readonly brokered_by?: string | undefined;
    readonly notes?: string | undefined;
  },
>(people: readonly P[], links: readonly L[]): { people: P[]; links: L[] } {
  const codes = pseudonymCodes(
    people.map((p) => p.id),
    people.map(personKind),
  );
  const code = (id: string | undefined) => (id === undefined ? undefined : (codes.get(id) ?? "Someone"));
  return {
    people: people.map((p) => ({
      ...p,
      id: code(p.id)!,
      name: code(p.id)!,
      line_manager_id: code(p.line_manager_id),
      notes: undefined,
    })),
    links: links.map((l) => ({
      ...l,
      from_id: code(l.from_id)!,
      to_id: code(l.to_id)!,
      brokered_by: code(l.brokered_by),
      notes: undefined,
    })),
  };
}
