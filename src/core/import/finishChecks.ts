/**
 * Checks of the whole import, once every row is read (step 4 of importFiles): link ids, the ECTs
 * who answered "nobody", line-manager chains, and ECTs with no link rows at all.
 */
import type { LinkStore } from "../model/linkStore.ts";
import { linkIdNumbered, NO_ID } from "../model/linkIdNumbers.ts";
import type { ImportLog } from "./importLog.ts";
import { NumberSet } from "./numberSet.ts";
import type { PeopleIndex } from "./peopleIndex.ts";
import type { SourceLog } from "./sourceLog.ts";
import { StringIndex } from "./stringIndex.ts";

/**
 * Gives each link without an id one; generated ids never collide with written ones, and a repeated
 * id is replaced. Ids of the numbered form (L1, L2, …) are checked as numbers, never made as text.
 */
export function assignLinkIds(store: LinkStore, sources: SourceLog, log: ImportLog): void {
  // Typed tables sized once for every link, not a Set grown 500,000 times (see StringIndex).
  const numbers = new NumberSet(store.count);
  const written = new StringIndex();
  const codes = store.idCode;
  const needId: number[] = [];
  for (let i = 0; i < store.count; i++) {
    const code = codes[i]!;
    if (code === NO_ID) {
      needId.push(i);
      continue;
    }
    const id = code > 0 ? undefined : store.idAt(i);
    const repeated = id === undefined ? numbers.has(code) : written.indexOf(id) >= 0;
    if (!repeated) {
      if (id === undefined) numbers.add(code);
      else written.add(id);
      continue;
    }
    const src = sources.at(i);
    log.note(
      "warning",
      src.file,
      `The link id "${id ?? linkIdNumbered(code)}" is used by an earlier row, so this link was given a new id.`,
      src.row,
      "link_id",
    );
    needId.push(i);
  }
  let next = 1;
  for (const i of needId) {
    while (numbers.has(next)) next++;
    store.setIdNumber(i, next);
    numbers.add(next);
  }
}

/** An ECT who said they have nobody, and whom no link row names, has a map that is filled in (empty). */
export function confirmAnsweredNobody(people: PeopleIndex, answeredNobody: ReadonlySet<string>): void {
  for (const id of answeredNobody) {
    const entry = people.byId.get(id);
    if (entry && !entry.mentioned && entry.person.map_status === undefined) entry.person.map_status = "confirmed";
  }
}

/** Warns about line managers not in the people file, and about each line-manager cycle once. */
export function checkLineManagers(people: PeopleIndex, log: ImportLog): void {
  const byId = people.byId;
  const reported = new Set<string>();
  let i = 0;
  for (const { id, person } of byId.values()) {
    const src = people.sources.at(i++);
    const manager = person.line_manager_id;
    if (manager === undefined) continue;
    if (!byId.has(manager)) {
      log.note(
        "warning",
        src.file,
        `The line manager "${manager}" is not in the people file, so ${person.name}'s management line stops here.`,
        src.row,
        "line_manager_id",
      );
      continue;
    }
    const seen = new Set<string>([id]);
    let cur: string | undefined = manager;
    let curEntry = byId.get(cur);
    while (cur !== undefined && curEntry) {
      if (seen.has(cur)) {
        const members: string[] = [];
        let m: string | undefined = cur;
        do {
          members.push(m);
          m = byId.get(m)?.person.line_manager_id;
        } while (m !== undefined && m !== cur && members.length <= seen.size);
        const cycle = members.sort().join(",");
        if (!reported.has(cycle)) {
          reported.add(cycle);
          log.note(
            "warning",
            src.file,
            `The line-manager chain from ${person.name} comes back to ${curEntry.person.name}; the chain stops at the repeat. Check line_manager_id.`,
            src.row,
            "line_manager_id",
          );
        }
        break;
      }
      seen.add(cur);
      cur = curEntry.person.line_manager_id;
      curEntry = cur === undefined ? undefined : byId.get(cur);
    }
  }
}

/** Says which ECTs have no link rows: their map is not yet filled in, which is not the same as isolated. */
export function noteUnmappedEcts(people: PeopleIndex, answeredNobody: ReadonlySet<string>, log: ImportLog): void {
  let i = 0;
  for (const { id, person, mentioned } of people.byId.values()) {
    const at = i++;
    if (person.is_ect && !mentioned && !answeredNobody.has(id) && person.map_status !== "confirmed") {
      const src = people.sources.at(at);
      log.note(
        "info",
        src.file,
        `${person.name} is an ECT with no link rows, so their map is shown as not yet filled in (not as isolated).`,
        src.row,
      );
    }
  }
}
