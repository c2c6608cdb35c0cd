import { personIdOf } from "../model/slotValues.ts";
import type { PersonId } from "../model/types.ts";

/** A person id not yet taken, readable where it can be: "maya-patel", then "maya-patel-2". */
export function freshId(taken: ReadonlySet<string>, base: string): PersonId {
  return personIdOf(freeText(taken, base));
}

function freeText(taken: ReadonlySet<string>, base: string): string {
  const stem =
    base
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "person";
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
