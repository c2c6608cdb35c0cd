/**
 * Reads one row of a links file, an edge list or a one-ECT map: its giver and receiver (by id, or
 * by name where no people file gives ids: see PeopleIndex.resolve), then the link itself.
 */
import { LINK_ROLES } from "../model/enums.ts";
import { supportTypesIn, textIn, textListIn } from "../model/slotValues.ts";
import type { ImportState } from "./importState.ts";
import { FROM_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./linkSlots.ts";
import { collapseSpaces } from "./normalise.ts";
import type { ExtraColumn, PreparedFile } from "./preparedFile.ts";
import { readEnum } from "./vocabulary.ts";

/** `ectName` is the receiver of every row of a one-ECT map (the quick format has no ECT column). */
export function readLinkRow(
  s: ImportState,
  p: PreparedFile,
  row: number,
  cells: readonly string[],
  ectName: string | undefined,
): void {
  const { log, people } = s;
  const values = s.cells.readFields(p, row, cells);
  const extras = s.cells.extras;
  const source = { file: p.file.name, row };
  const col = p.columnOf;
  const to = p.shape === "quick" ? collapseSpaces(ectName ?? "Me") : textIn(values[TO_SLOT]);
  if (!to) return log.reject(p, row, cells, "This row does not say who receives the support.", col("to_id"));
  const from = textIn(values[FROM_SLOT]);
  if (!from) {
    if (p.shape === "links" && people.hasPeopleFile && !people.byId.has(to)) {
      return log.reject(
        p,
        row,
        cells,
        "This row has no giver, and its receiver is not in the people file.",
        col("from_id"),
      );
    }
    const nobody = people.resolve(p, row, col("to_id"), to, true);
    const school = extras.ectSchool;
    if (nobody && school && nobody.person.school === undefined && (!people.hasPeopleFile || p.shape !== "links")) {
      nobody.person.school = school;
      s.schools.read(school, p.file.name, row, extraHeader(p, "ectSchool"));
    }
    s.answeredNobody.add(nobody?.id ?? to);
    log.note("info", p.file.name, `No supporter on this row: read as "${to} has nobody" for now.`, row, col("from_id"));
    return;
  }
  const types = supportTypesIn(values[TYPES_SLOT]) ?? [];
  const other = textListIn(values[OTHER_TYPES_SLOT]) ?? [];
  if (types.length === 0 && other.length === 0) {
    return log.reject(
      p,
      row,
      cells,
      "This link has no support type. Add at least one: organisational literacy, behaviour, pedagogy or psychosocial.",
      col("support_types"),
    );
  }
  const receiver = people.resolve(p, row, col("to_id"), to, true);
  const giver = people.resolve(p, row, col("from_id"), from, false);
  const receiverId = receiver?.id ?? to;
  const giverId = giver?.id ?? from;
  if (giverId === receiverId)
    return log.reject(
      p,
      row,
      cells,
      `"${from}" is both giver and receiver; a link must join two different people.`,
      col("from_id"),
    );
  if (giver) giver.mentioned = true;
  if (receiver) receiver.mentioned = true;
  values[FROM_SLOT] = giverId;
  values[TO_SLOT] = receiverId;
  const roleTitle = extras.supporterRole ?? extras.roleText;
  if (extras.roleText !== undefined && p.shape === "links" && people.hasPeopleFile) {
    log.note(
      "warning",
      p.file.name,
      `"${extras.roleText}" is not a link role (${LINK_ROLES.join(", ")}); it was left blank.`,
      row,
      col("link_role"),
    );
  }
  if (roleTitle) {
    const asRole = readEnum("link_role", roleTitle, LINK_ROLES);
    if (asRole && values[ROLE_SLOT] === undefined) values[ROLE_SLOT] = asRole;
  }
  // Without a people file (or in a file that names people), the row says who the giver is too.
  if (giver && (!people.hasPeopleFile || p.shape !== "links")) {
    const g = giver.person;
    if (roleTitle && g.role_title === undefined) g.role_title = roleTitle;
    const school = extras.supporterSchool;
    if (school && g.school === undefined) {
      g.school = school;
      s.schools.read(school, p.file.name, row, extraHeader(p, "supporterSchool"));
    }
  }
  const ectSchool = extras.ectSchool;
  const r = receiver?.person;
  // The cheap tests first: reading the receiver's record is a cache miss on every row.
  if (ectSchool && (!people.hasPeopleFile || p.shape !== "links") && r && r.school === undefined) {
    r.school = ectSchool;
    s.schools.read(ectSchool, p.file.name, row, extraHeader(p, "ectSchool"));
  }
  s.links.add(p, row, values, source, giver, receiver);
}

/** The header of a file's extra column of this kind ("ECT school", "Supporter school"), for messages. */
function extraHeader(p: PreparedFile, kind: ExtraColumn): string | undefined {
  const at = p.extraColumns.find(([k]) => k === kind);
  return at === undefined ? undefined : p.header[at[1]];
}
