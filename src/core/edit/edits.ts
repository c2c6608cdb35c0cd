/**
 * Applying edits (see edit.ts): one, or a batch made on one copy of the link store. Applying never
 * throws: an edit that no longer fits (its person has gone) comes back with a problem in words and
 * leaves the data as it was.
 */
import type { Edit, EditOutcome, PeopleAndLinks } from "./edit.ts";
import { Editing } from "./editing.ts";
import { editOne } from "./editOne.ts";

export type { Changes, Edit, EditOutcome, PeopleAndLinks } from "./edit.ts";
export { freshId } from "./freshId.ts";
export { readEdit } from "./readEdit.ts";

export function applyEdit(data: PeopleAndLinks, edit: Edit): EditOutcome {
  const w = new Editing(data.people, data.links.copy(edit.op === "addLink" ? 1 : 0));
  const problem = editOne(w, edit);
  return problem === undefined ? { data: w.finish() } : { data, problem };
}

/** Applies edits in order; those that no longer fit are skipped and listed, the rest still apply. */
export function applyEdits(
  data: PeopleAndLinks,
  edits: readonly Edit[],
): { data: PeopleAndLinks; problems: { readonly index: number; readonly message: string }[] } {
  const problems: { index: number; message: string }[] = [];
  if (edits.length === 0) return { data, problems };
  // Room for the links added, so that adding one does not grow every column to twice its size.
  const w = new Editing(data.people, data.links.copy(edits.filter((e) => e.op === "addLink").length));
  edits.forEach((e, index) => {
    const problem = editOne(w, e);
    if (problem !== undefined) problems.push({ index, message: problem });
  });
  return { data: w.finish(), problems };
}
