/** Reads one row of a people file into a person, or rejects it (no id, or an id already used). */
import { PERSON_SLOTS, personDraftFromSlots } from "../model/canonical.ts";
import { boolIn, personIdIn, personKindIn, staffTypeIn, textIn } from "../model/slotValues.ts";
import type { ImportState } from "./importState.ts";
import { CAPACITY_FIELDS, implausibleCapacity } from "./plausible.ts";
import type { PreparedFile } from "./preparedFile.ts";

const slot = (name: string) => PERSON_SLOTS.indexOf(name);
const ID_SLOT = slot("id");
const NAME_SLOT = slot("name");
const KIND_SLOT = slot("kind");
const IS_ECT_SLOT = slot("is_ect");
const STAFF_TYPE_SLOT = slot("staff_type");
const SCHOOL_SLOT = slot("school");
const CAPACITY_SLOTS = CAPACITY_FIELDS.map((field) => [field, slot(field)] as const);

export function readPeopleRow(s: ImportState, p: PreparedFile, row: number, cells: readonly string[]): void {
  const slots = s.cells.readFields(p, row, cells);
  const id = personIdIn(slots[ID_SLOT]);
  if (!id) return s.log.reject(p, row, cells, "This person has no id.", "id");
  if (s.people.byId.has(id))
    return s.log.reject(p, row, cells, `The id "${id}" is already used by an earlier row; ids must be unique.`, "id");
  let name = textIn(slots[NAME_SLOT]);
  if (!name) {
    name = id;
    s.log.note("warning", p.file.name, `This person has no name, so their id "${id}" is shown instead.`, row, "name");
  }
  let isEct = boolIn(slots[IS_ECT_SLOT]);
  if (isEct === undefined) {
    isEct = false;
    s.log.note("warning", p.file.name, `"is_ect" is blank, so ${name} is taken not to be an ECT.`, row, "is_ect");
  }
  const kind = personKindIn(slots[KIND_SLOT]) ?? (staffTypeIn(slots[STAFF_TYPE_SLOT]) === "group" ? "group" : "person");
  // Capacity is believable or not by kind (groups are exempt), so it is checked once the kind is known.
  for (const [field, at] of CAPACITY_SLOTS) {
    const n = slots[at];
    const why = typeof n === "number" ? implausibleCapacity(field, n, kind === "group") : undefined;
    if (why === undefined) continue;
    slots[at] = undefined;
    s.log.note(
      "warning",
      p.file.name,
      `${why}; the value was left blank and the rest of the row imported.`,
      row,
      p.columnOf(field) ?? field,
    );
  }
  const school = textIn(slots[SCHOOL_SLOT]);
  if (school !== undefined) s.schools.read(school, p.file.name, row, p.columnOf("school"));
  s.people.add(personDraftFromSlots(slots, id, name, kind, isEct), { file: p.file.name, row }, true);
}
