/** The page's edits: made on an import, and one ECT's links listed for editing. */
import type { Diagnostic, Edit, ImportResult, SupportLink } from "../../core/index.ts";
import { applyEdits, linkAt, linkRecords, personIdOf, sameNameOnMap } from "../../core/index.ts";
import type { EctLinks, PersonHit } from "../protocol.ts";
import type { Handler } from "./handler.ts";
import { needsNetwork } from "./handler.ts";

/**
 * The import with the page's edits made on a copy of its link store: the import itself when there
 * are none. Either way the network is built from a store, and no link record is made on the way to
 * the overview.
 */
export function withEdits(base: ImportResult, edits: readonly Edit[]): ImportResult {
  if (edits.length === 0) return base;
  const edited = applyEdits({ people: base.people, links: base.linkStore }, edits);
  const store = edited.data.links;
  let records: readonly SupportLink[] | undefined;
  return {
    people: edited.data.people,
    linkStore: store,
    get links() {
      return (records ??= linkRecords(store));
    },
    rejected: base.rejected,
    files: base.files,
    samePeople: base.samePeople,
    autoMerged: base.autoMerged,
    roleReferences: base.roleReferences,
    schools: base.schools,
    diagnostics: [
      ...base.diagnostics,
      ...edited.problems.map((p): Diagnostic => ({
        level: "warning",
        file: "your changes",
        message: `Change ${p.index + 1} could not be made (${p.message}); the rest were.`,
      })),
    ],
    // The import's sources, made only if read (nothing in the worker reads them).
    get sources() {
      return base.sources;
    },
  };
}

/** Every link to and from one ECT, live or not, each with the person at its other end. */
export const ectLinks: Handler<"ectLinks"> = needsNetwork(({ net }, req): EctLinks | undefined => {
  const e = net.indexOf.get(req.ect);
  const ect = e === undefined ? undefined : net.people[e];
  if (e === undefined || !ect) return undefined;
  const hit = (i: number): PersonHit | undefined => {
    const p = net.people[i];
    return (
      p && {
        id: p.id,
        name: p.name,
        role: p.role_title,
        school: p.school,
        isEct: p.is_ect,
        ...(p.unnamed ? { unnamed: true } : {}),
      }
    );
  };
  const links: EctLinks["links"][number][] = [];
  // A link whose other end is an unknown id (-1) has no one to show (the import report lists it).
  for (const l of net.inLinks.subarray(net.inStart[e], net.inStart[e + 1])) {
    const other = hit(net.from[l] ?? -1);
    if (other) links.push({ link: linkAt(net, l), other, direction: "in" });
  }
  for (const l of net.outLinks.subarray(net.outStart[e], net.outStart[e + 1])) {
    const other = hit(net.to[l] ?? -1);
    if (other) links.push({ link: linkAt(net, l), other, direction: "out" });
  }
  return { ect, links };
});

/** Before a rename: the one person already on the map the new name may mean. */
export const sameName: Handler<"sameNameOnMap"> = needsNetwork(({ net }, req) =>
  sameNameOnMap(net.people, personIdOf(req.person), req.name),
);

/** One person's record as held, edits made: what the "Edit details" form starts from. */
export const personRecord: Handler<"person"> = needsNetwork(({ net }, req) => {
  const i = net.indexOf.get(req.id);
  return i === undefined ? undefined : net.people[i];
});
