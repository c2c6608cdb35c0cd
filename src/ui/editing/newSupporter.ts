/**
 * The person a supporter form adds for a typed name, recorded as the survey import would record the
 * same words (readTypedSupporter): someone known only by role keeps the role as their title, family
 * and friends are outside school, and both are marked `unnamed` so they count for this ECT's
 * coverage and nothing else (not supporter totals, peers or suggestions).
 */
import type { Person, PersonId, TypedSupporter } from "../../core/index.ts";
import { canonicalPerson } from "../../core/index.ts";

/** @param roleTyped what the "Their role" field says, if anything: it wins over the role the name said. */
export function newSupporter(reading: TypedSupporter, id: PersonId, roleTyped: string): Person {
  return canonicalPerson({
    id,
    name: reading.name,
    kind: "person",
    is_ect: false,
    role_title: roleTyped.trim() || reading.roleTitle,
    staff_type: reading.external ? "external" : undefined,
    unnamed: reading.unnamed,
  });
}
