/** "Change over time": snapshots of the network kept side by side, and how they differ. */
import {
  buildNetwork,
  diffSnapshots,
  importFiles,
  prepareAnalysis,
  resolveSettings,
  timelineOf,
} from "../../core/index.ts";
import type { PreparedAnalysis } from "../../core/index.ts";
import type { History, SnapshotHead } from "../protocol.ts";
import type { WorkerState } from "../workerState.ts";
import type { Handler } from "./handler.ts";

function snapshotHeads(state: WorkerState): SnapshotHead[] {
  return [...(state.snapshots?.values() ?? [])].map((s) => s.head);
}

/**
 * Adds a snapshot: of its own files, or of what is loaded. One that cannot be read is not kept,
 * but its head (with the problems) comes first in the answer so the page can say why.
 */
export const addSnapshot: Handler<"addSnapshot"> = (state, req) => {
  const snapshots = (state.snapshots ??= new Map());
  const key = (state.nextSnapshot = (state.nextSnapshot ?? 0) + 1);
  let prepared: PreparedAnalysis | undefined = state.prepared;
  let problems: string[] = [];
  if (req.files) {
    const imported = importFiles(req.files);
    problems = imported.diagnostics
      .filter((d) => d.level === "error")
      .map((d) => `${d.file}${d.row ? `, row ${d.row}` : ""}${d.column ? `, column ${d.column}` : ""}: ${d.message}`);
    const net = buildNetwork(imported.people, imported.linkStore);
    if (net.people.length === 0 && net.linkCount === 0) {
      problems.unshift("Nothing could be read from these files, so no snapshot was added.");
      prepared = undefined;
    } else {
      const { settings } = resolveSettings(req.settings, req.today);
      prepared = prepareAnalysis(net, settings, { skipStructure: true });
    }
  }
  const head: SnapshotHead = {
    key,
    label: req.label,
    asOf: prepared?.result.asOf ?? "",
    people: prepared?.net.people.length ?? 0,
    problems,
  };
  if (prepared) snapshots.set(key, { head, prepared });
  return prepared ? snapshotHeads(state) : [head, ...snapshotHeads(state)];
};

export const dropSnapshot: Handler<"dropSnapshot"> = (state, req) => {
  state.snapshots?.delete(req.key);
  return snapshotHeads(state);
};

export const history: Handler<"history"> = (state, req): History => {
  const all = [...(state.snapshots?.values() ?? [])];
  const timeline = timelineOf(all.map((s) => ({ label: s.head.label, prepared: s.prepared })));
  const byDate = [...all].sort((a, b) => a.prepared.result.asOf.localeCompare(b.prepared.result.asOf));
  const from = state.snapshots?.get(req.from ?? -1) ?? byDate.at(-2);
  const to = state.snapshots?.get(req.to ?? -1) ?? byDate.at(-1);
  return {
    snapshots: snapshotHeads(state),
    timeline,
    diff:
      from && to && from !== to
        ? { from: from.head.key, to: to.head.key, diff: diffSnapshots(from.prepared, to.prepared) }
        : undefined,
  };
};
