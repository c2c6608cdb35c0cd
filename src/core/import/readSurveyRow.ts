/**
 * Reads one response of a wide survey export: the respondent is the ECT, and each support-type
 * column lists, in free text, who gives them that support. Each answer is split into names and
 * each name read for what it is (src/core/names): a non-answer, a person (found or created by
 * PeopleIndex.findOrCreateByName), a role ("my mentor": the person the data records in that role,
 * else a supporter of this ECT alone, for the lead to name) or family ("Mum": a supporter of this
 * ECT alone, outside school). A name that says it is a group ("Calder Vale ECT group") is made a
 * group node, and a role the answer says ("my induction tutor", "Sam (my mentor)", a group) is kept
 * as the link's role when it is one of docs/domain.md 3.3, so role flags read survey links too.
 */
import { namedPersonDraft } from "../model/canonical.ts";
import { LINK_SLOTS } from "../model/canonical.ts";
import { ROLE_CODE } from "../model/network.ts";
import { personIdOf } from "../model/slotValues.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { LinkRole } from "../model/enums.ts";
import type { Mention } from "../names/index.ts";
import { classifyMention, foldName, groupWordOf, splitAnswer } from "../names/index.ts";
import type { ImportState } from "./importState.ts";
import { FROM_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./linkSlots.ts";
import type { PersonEntry } from "./peopleIndex.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { unnamedName } from "./samePeople.ts";
import type { SourceRef } from "./sourceLog.ts";

interface Given {
  readonly entry: PersonEntry;
  readonly types: Set<SupportType>;
  /** Named under "Who do you help?": the ECT gives, this person receives. */
  readonly helps: boolean;
  /** The link role the answer said (the first, when answers differ). */
  role: LinkRole | undefined;
}

export function readSurveyRow(s: ImportState, p: PreparedFile, row: number, cells: readonly string[]): void {
  const { log, people } = s;
  const at = (kind: string) => p.columns.findIndex((c) => c?.kind === kind);
  const nameAt = at("respondent");
  // A name written as a formula was read, or the row kept back, before (readFormulaCells.ts).
  const name = (cells[nameAt] ?? "").trim();
  if (!name)
    return log.reject(
      p,
      row,
      cells,
      "This response has no name, so Mosaic cannot tell whose support it describes.",
      p.header[nameAt],
    );
  const source = { file: p.file.name, row };
  const ectEntry = people.findOrCreateByName(name, true, { ...source, column: p.header[nameAt] ?? "" });
  const ect = ectEntry.person;
  const respondents = s.respondents.get(p.file.name) ?? new Map<string, number>();
  const earlier = respondents.get(ect.id);
  if (earlier !== undefined && earlier !== row) {
    log.note(
      "warning",
      p.file.name,
      `${name} answered more than once (also row ${earlier}); every answer was read. Remove the older response if it no longer applies.`,
      row,
      p.header[nameAt],
    );
  }
  s.respondents.set(p.file.name, respondents.set(ect.id, row));
  readAboutTheEct(s, p, row, cells, ect);

  const given = new Map<string, Given>();
  const add = (entry: PersonEntry, type: SupportType | undefined, helps: boolean, role: LinkRole | undefined) => {
    const key = `${helps ? ">" : "<"}${entry.id}`;
    const g = given.get(key) ?? { entry, types: new Set<SupportType>(), helps, role: undefined };
    if (type) g.types.add(type);
    // "Who do you help?" is the ECT's contribution, whatever the other person is to them.
    if (!helps) g.role ??= role;
    given.set(key, g);
  };
  p.columns.forEach((c, i) => {
    if (c?.kind !== "type" && c?.kind !== "helps") return;
    const type = c.type;
    for (const piece of splitAnswer(cells[i] ?? "")) {
      const mention = classifyMention(piece);
      if (mention.kind === "blank") continue;
      const where = { file: p.file.name, row, column: p.header[i] ?? "" };
      const entry = supporterOf(s, mention, ectEntry, where, type, c.kind === "helps");
      if (entry.id === ect.id) {
        log.note(
          "warning",
          p.file.name,
          `${name} named themselves as a supporter; that entry was skipped.`,
          row,
          p.header[i],
        );
        continue;
      }
      const role = roleSaid(mention, entry);
      if (role && mention.kind === "person" && entry.person.kind !== "group" && c.kind !== "helps") {
        log.note(
          "info",
          p.file.name,
          `"${piece.trim()}" was read as ${entry.person.name}, ${name}'s ${role.label}: the link is recorded in that role.`,
          row,
          p.header[i],
        );
      }
      add(entry, type, c.kind === "helps", role?.linkRole);
    }
  });
  if (![...given.values()].some((g) => !g.helps)) {
    s.answeredNobody.add(ect.id);
    // The first "Who…" question is where the lead will look for the answers.
    const first = p.columns.findIndex((c) => c?.kind === "type" || c?.kind === "helps");
    log.note(
      "info",
      p.file.name,
      `No supporters named on this row: read as "${name} has nobody" for now.`,
      row,
      first >= 0 ? p.header[first] : undefined,
    );
  }
  if (given.size === 0) return;
  ectEntry.mentioned = true;
  for (const { entry, types, helps, role } of given.values()) {
    entry.mentioned = true;
    if (helps) {
      s.helps.push({ p, row, ect: ectEntry, helped: entry, types: sortTypes(types) });
      continue;
    }
    // A respondent answering twice: one link each supporter, with the kinds of both answers.
    const earlier = s.links.linkBetween(entry, ectEntry.index);
    if (earlier !== undefined) {
      s.links.addTypes(earlier, sortTypes(types));
      if (role) s.links.setRoleIfBlank(earlier, role);
      continue;
    }
    const values = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
    values[FROM_SLOT] = entry.id;
    values[TO_SLOT] = ect.id;
    values[TYPES_SLOT] = sortTypes(types);
    if (role) values[ROLE_SLOT] = role;
    s.links.add(p, row, values, source, entry, ectEntry);
  }
}

/**
 * The "Who do you help?" answers as links from the ECT, once every row is read: one the person
 * helped already gave (they named the ECT) is marked as the ECT's contribution, not doubled.
 */
export function addHelps(s: ImportState): void {
  for (const h of s.helps) {
    const existing = s.links.linkBetween(h.ect, h.helped.index);
    if (existing !== undefined) {
      s.links.setRoleIfBlank(existing, "contribution");
      continue;
    }
    const values = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
    values[FROM_SLOT] = h.ect.id;
    values[TO_SLOT] = h.helped.id;
    values[TYPES_SLOT] = h.types;
    values[ROLE_SLOT] = "contribution";
    s.links.add(h.p, h.row, values, { file: h.p.file.name, row: h.row }, h.ect, h.helped);
  }
}

/** The ECT's school, department and year, when the form asked. */
function readAboutTheEct(
  s: ImportState,
  p: PreparedFile,
  row: number,
  cells: readonly string[],
  ect: PersonEntry["person"],
): void {
  p.columns.forEach((c, i) => {
    const value = (cells[i] ?? "").trim();
    if (!value) return;
    if (c?.kind === "ectSchool") {
      if (ect.school === undefined) s.schools.read(value, p.file.name, row, p.header[i]);
      ect.school ??= value;
    } else if (c?.kind === "ectDepartment") ect.department ??= value;
    else if (c?.kind === "ectYear" && ect.ect_year === undefined) {
      const year = inductionYear(value);
      if (year !== undefined) ect.ect_year = year;
      else
        s.log.note(
          "warning",
          p.file.name,
          `"${value}" is not an induction year Mosaic can read (1 or 2, or "ECT1", "Year 2"); it was left blank.`,
          row,
          p.header[i],
        );
    }
  });
}

const YEAR_WORDS: Readonly<Record<string, number>> = { first: 1, one: 1, second: 2, two: 2, third: 3, three: 3 };

/** "ECT1", "Year 2", "2", "First year", "second": the induction year, if the answer says one. */
function inductionYear(value: string): number | undefined {
  const digit = /^\D*([1-9])\D*$/.exec(value)?.[1];
  if (digit) return Number(digit);
  const words = value.toLowerCase().match(/[a-z]+/g) ?? [];
  const years = words.flatMap((w) => (YEAR_WORDS[w] !== undefined ? [YEAR_WORDS[w]] : []));
  return years.length === 1 ? years[0] : undefined;
}

/** The person a mention names, for this ECT. */
function supporterOf(
  s: ImportState,
  mention: Exclude<Mention, { kind: "blank" }>,
  ect: PersonEntry,
  source: SourceRef,
  type: SupportType | undefined,
  helps: boolean,
): PersonEntry {
  if (mention.kind === "person") return namedSupporter(s, mention.name, source);
  if (mention.kind === "role") {
    const recorded = recordedInRole(s, mention.role.linkRole, mention.role.key, ect);
    s.roleReferences.push({
      written: mention.written,
      ect: ect.person.name,
      where: source,
      ...(recorded ? { resolvedTo: recorded.person.name } : {}),
      // Under "Who do you help?" the link is the ECT's contribution, whatever the role.
      ...(mention.role.linkRole && !helps ? { linkRoleLabel: mention.role.label } : {}),
    });
    if (recorded) return recorded;
  } else s.familyNamed.push({ ect: ect.id, type });
  // One per ECT and wording ("My mentor" and "my mentor" are one), never shared between ECTs.
  const key = `${foldName(mention.written)}\u0000${ect.id}`;
  const existing = s.unnamed.get(key);
  if (existing) return existing;
  const name = unnamedName(mention.written, ect.person.name);
  let id = name;
  for (let n = 2; s.people.byId.has(id); n++) id = `${name} ${n}`;
  const person = namedPersonDraft(personIdOf(id), name, false);
  person.unnamed = mention.kind;
  if (mention.kind === "role") person.role_title = mention.role.label;
  else person.staff_type = "external";
  const entry = s.people.add(person, source);
  s.unnamed.set(key, entry);
  return entry;
}

/** A supporter named by name: a group when the name says so ("Trust ECT peer network"), said once in the log. */
function namedSupporter(s: ImportState, name: string, where: SourceRef): PersonEntry {
  const before = s.people.byId.size;
  const entry = s.people.findOrCreateByName(name, false, where);
  const word = s.people.byId.size > before && !entry.person.is_ect ? groupWordOf(name) : undefined;
  if (word) {
    entry.person.kind = "group";
    s.log.note(
      "info",
      where.file,
      `"${entry.person.name}" was read as a group, not one person, because its name says "${word}". It is shown as a group on the map.`,
      where.row,
      where.column,
    );
  }
  return entry;
}

/**
 * The role an answer gave a supporter, when it is a link role of docs/domain.md 3.3: "my induction
 * tutor", "Sam (my mentor)", or a group (`peer_group`, support from a group node).
 */
function roleSaid(
  mention: Mention,
  entry: PersonEntry,
): { readonly label: string; readonly linkRole: LinkRole } | undefined {
  if (entry.person.kind === "group") return { label: "group", linkRole: "peer_group" };
  if (mention.kind !== "person" && mention.kind !== "role") return undefined;
  const role = mention.role;
  return role?.linkRole ? { label: role.label, linkRole: role.linkRole } : undefined;
}

/** The one person the data records in a role for this ECT (their line manager, or a link with that role). */
function recordedInRole(
  s: ImportState,
  linkRole: string | undefined,
  key: string,
  ect: PersonEntry,
): PersonEntry | undefined {
  if (key === "line_manager" && ect.person.line_manager_id !== undefined)
    return s.people.byId.get(ect.person.line_manager_id);
  const code = linkRole === undefined ? undefined : ROLE_CODE[linkRole];
  if (code === undefined) return undefined;
  const givers = s.links.giversInRole(ect.index, code);
  return givers.length === 1 ? s.people.entries[givers[0]!] : undefined;
}
