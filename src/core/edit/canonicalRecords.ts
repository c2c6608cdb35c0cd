/** Records in the model's one fixed shape (see canonical.ts), from the plain objects edits carry. */
import { canonicalLink as toLink, canonicalPerson as toPerson } from "../model/canonical.ts";
import type { Person, SupportLink } from "../model/types.ts";

export const canonicalPerson = (p: object): Person => toPerson(p as Record<string, unknown>);
export const canonicalLink = (l: object): SupportLink => toLink(l as Record<string, unknown>);
