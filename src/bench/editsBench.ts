/**
 * `npm run bench -- --edits`: #19's measure of edits at 100k. A reload of the network with ten edits
 * (links removed, changed and added; people added, changed, merged and removed) against the same
 * reload with none, both through the worker's own `load` with the import cached (as the page does
 * after each edit), interleaved, medians; then a what-if on the network after the edits against one
 * on the network without them. Times are the process's CPU time, not the wall clock.
 */
import type { Edit, PreparedAnalysis } from "../core/index.ts";
import { linkAt, whatIf } from "../core/index.ts";
import { readEdit } from "../core/edit/edits.ts";
import { generateNetwork, seededRandom } from "../core/generate/syntheticNetwork.ts";
import { loadInMemory } from "../workers/handlers/load.ts";
import type { WorkerState } from "../workers/workerState.ts";
import type { Row } from "./row.ts";

const TODAY = "2025-03-14";
const settings = { as_of_date: TODAY };

function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Milliseconds of this process's CPU (user and system, all threads): on a machine shared with
 * other work the wall clock measured the neighbours as much as the code.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Ten edits of every kind on people and links of `prepared`'s network, read as a project file's would be. */
function tenEdits(prepared: PreparedAnalysis): Edit[] {
  const { net } = prepared;
  const ect = net.people[net.ects[0]!]!.id;
  const ect2 = net.people[net.ects[1]!]!.id;
  const staff = net.people.filter((p) => !p.is_ect && p.kind === "person").map((p) => p.id);
  // Links spread through the store, at the same fractions at any size.
  const link = (share: number) => linkAt(net, Math.floor(share * net.linkCount)).link_id;
  const plain = [
    { op: "removeLink", id: link(0.00002) },
    { op: "updateLink", id: link(0.04), changes: { minutes_per_month: 45 } },
    { op: "addLink", link: { link_id: "bench-l1", from_id: staff[3], to_id: ect, support_types: ["psychosocial"] } },
    { op: "removeLink", id: link(0.5) },
    { op: "updateLink", id: link(0.8), changes: { status: "ended" } },
    { op: "addPerson", person: { id: "bench-p1", name: "Sam Newcomer", is_ect: false } },
    { op: "updatePerson", id: staff[40], changes: { role_title: "Head of Year 9" } },
    { op: "mergePeople", from: staff[60], into: staff[61] },
    { op: "removePerson", id: staff[80] },
    { op: "addLink", link: { link_id: "bench-l2", from_id: "bench-p1", to_id: ect2, support_types: ["pedagogy"] } },
  ];
  return plain.map((e) => {
    const read = readEdit(e);
    if (typeof read === "string") throw new Error(`bench edit: ${read}`);
    return read;
  });
}

export function editsBench(people: number, runs: number): Row[] {
  const label = `${people / 1000}k`;
  const g = generateNetwork(people, 42);
  const files = [
    { name: "people.csv", text: g.people },
    { name: "links.csv", text: g.links },
  ];
  const state: WorkerState = {};
  // The first load reads the files; every later one (as after an edit in the page) reuses the import.
  loadInMemory(state, { kind: "load", files, filesKey: 1, settings, today: TODAY }, undefined);
  const base = state.prepared;
  if (!base) throw new Error("bench: the first load kept nothing");
  const edits = tenEdits(base);
  const reload = (withEdits: readonly Edit[]) => {
    settle();
    const t = cpuMs();
    const loaded = loadInMemory(
      state,
      { kind: "load", filesKey: 1, settings, today: TODAY, edits: withEdits },
      undefined,
    );
    const ms = cpuMs() - t;
    if (withEdits.length > 0 && loaded.diagnostics.some((d) => d.file === "your changes"))
      throw new Error("bench: an edit could not be made");
    return ms;
  };
  const none: number[] = [];
  const edited: number[] = [];
  // One of each first, unmeasured, so neither side pays for warming the code up.
  reload([]);
  reload(edits);
  for (let i = 0; i < runs; i++) {
    none.push(reload([]));
    edited.push(reload(edits));
  }
  const [a, b] = [median(none), median(edited)];
  const rows: Row[] = [
    { size: label, measure: `reload with no edits (worker's load, import cached; CPU ms, median of ${runs})`, ms: a },
    {
      size: label,
      measure: `reload with 10 edits (links and people removed, changed, added, merged; interleaved)`,
      ms: b,
      baseline: "no edits",
      ratio: b / a,
      goal: "≤ 1.2×",
      met: b / a <= 1.2,
    },
  ];
  // What-if on one supporter at a time, the same supporters on both networks.
  const whatIfMs = (prepared: PreparedAnalysis, who: readonly string[]) => {
    const samples: number[] = [];
    for (let i = 0; i < who.length; i++) {
      const t = cpuMs();
      whatIf(prepared, [who[i]!]);
      if (i >= 20) samples.push(cpuMs() - t);
    }
    return median(samples);
  };
  reload([]);
  const plain = state.prepared;
  reload(edits);
  const after = state.prepared;
  if (!plain || !after) throw new Error("bench: a load kept nothing");
  const rand = seededRandom(7);
  const givers = plain.result.supporters
    .filter((s) => s.ectsSupported > 0 && after.net.indexOf.has(s.id))
    .map((s) => s.id);
  const who = Array.from({ length: 70 }, () => givers[Math.floor(rand() * givers.length)]!);
  const w0 = whatIfMs(plain, who);
  const w1 = whatIfMs(after, who);
  rows.push(
    { size: label, measure: "what-if, one person, no edits (CPU ms, median of 50, after 20 warm-up)", ms: w0 },
    {
      size: label,
      measure: "what-if, one person, after the 10 edits",
      ms: w1,
      baseline: "no edits",
      ratio: w1 / w0,
      goal: "≤ 1.2×",
      met: w1 / w0 <= 1.2,
    },
  );
  return rows;
}
