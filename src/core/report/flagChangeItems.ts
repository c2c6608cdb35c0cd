/**
 * Flags that a plan or a what-if would clear or add, as the items a reader sees: grouped by whom
 * they are about, each group read through flagItems, so SOLE_SOURCE items share one line or fold
 * under SINGLE_SUPPORTER exactly as on the ECT's own page (docs/domain.md 5.1 and 5.5). Listed one
 * by one, an ECT with one supporter showed four "One source for …" lines beside "All support through
 * one person", and the count said 46 where the ECT view would say a handful.
 */
import type { Flag } from "../analysis/flags.ts";
import type { NameOf } from "./describeFlag.ts";
import type { FlagItem } from "./flagItems.ts";
import { flagItems } from "./flagItems.ts";

export interface FlagChangeItem {
  /** Whom the item is about; undefined for the whole network. */
  readonly subject?: string | undefined;
  readonly item: FlagItem;
}

/** The items, subjects in the order their first flag comes, most serious first within each. */
export function flagChangeItems(flags: readonly Flag[], nameOf: NameOf): FlagChangeItem[] {
  const bySubject = new Map<string | undefined, Flag[]>();
  for (const f of flags) {
    const list = bySubject.get(f.subject);
    if (list) list.push(f);
    else bySubject.set(f.subject, [f]);
  }
  return [...bySubject].flatMap(([subject, group]) =>
    flagItems(group, nameOf, "they", "").map((item) => ({ subject, item })),
  );
}
