/**
 * Reads one response of a wide survey export: the respondent is the ECT, and each support-type
 * column lists the people who give them that support, by name (found or created by
 * PeopleIndex.findOrCreateByName).
 */
import { LINK_SLOTS } from "../model/canonical.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { ColumnTarget } from "./columns.ts";
import type { ImportState } from "./importState.ts";
import { FROM_SLOT, TO_SLOT, TYPES_SLOT } from "./linkSlots.ts";
import { headerWords } from "./normalise.ts";
import type { PersonEntry } from "./peopleIndex.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { splitList } from "./values.ts";

/** Answers that name nobody (as headerWords reads them). */
const NOBODY = new Set(["nobody", "no one", "noone", "none", "n a", "na", "not applicable", "nil"]);

export function readSurveyRow(s: ImportState, p: PreparedFile, row: number, cells: readonly string[]): void {
  const { log, people } = s;
  const at = (kind: ColumnTarget["kind"]) => p.columns.findIndex((c) => c?.kind === kind);
  const nameAt = at("respondent");
  const name = cells[nameAt] ?? "";
  if (!name)
    return log.reject(
      p,
      row,
      cells,
      "This response has no name, so Mosaic cannot tell whose support it describes.",
      p.header[nameAt],
    );
  const source = { file: p.file.name, row };
  const ectEntry = people.findOrCreateByName(name, true, source);
  const ect = ectEntry.person;
  const respondents = (s.respondents.get(p.file.name) ?? new Map<string, number>()).set(ect.id, row);
  if (s.respondents.get(p.file.name)?.has(ect.id) && respondents.get(ect.id) !== row) {
    log.note(
      "warning",
      p.file.name,
      `${name} answered more than once; every answer was read. Remove the older response if it no longer applies.`,
      row,
      p.header[nameAt],
    );
  }
  s.respondents.set(p.file.name, respondents);
  const school = cells[at("ectSchool")] ?? "";
  if (school && ect.school === undefined) ect.school = school;
  const given = new Map<string, { entry: PersonEntry; types: Set<SupportType> }>();
  p.columns.forEach((c, i) => {
    if (c?.kind !== "type") return;
    for (const supporter of splitList(cells[i] ?? "", /[;,\n]/)) {
      const words = headerWords(supporter);
      if (words.length === 0 || NOBODY.has(words)) continue;
      const entry = people.findOrCreateByName(supporter, false, source);
      if (entry.person.id === ect.id) {
        log.note(
          "warning",
          p.file.name,
          `${name} named themselves as a supporter; that entry was skipped.`,
          row,
          p.header[i],
        );
        continue;
      }
      const g = given.get(entry.person.id) ?? { entry, types: new Set<SupportType>() };
      g.types.add(c.type);
      given.set(entry.person.id, g);
    }
  });
  if (given.size === 0) {
    s.answeredNobody.add(ect.id);
    log.note("info", p.file.name, `No supporters named on this row: read as "${name} has nobody" for now.`, row);
    return;
  }
  ectEntry.mentioned = true;
  for (const [from, { entry, types }] of given) {
    entry.mentioned = true;
    const values = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
    values[FROM_SLOT] = from;
    values[TO_SLOT] = ect.id;
    values[TYPES_SLOT] = sortTypes(types);
    s.links.add(p, row, values, source, entry, ectEntry);
  }
}
