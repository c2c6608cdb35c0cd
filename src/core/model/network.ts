/**
 * SupportNetwork: people and links plus a compact index for analysis (ids ↔ dense integers, CSR
 * adjacency in typed arrays). No graphology here: at 100,000 people and 500,000 links a graphology
 * graph costs seconds and hundreds of megabytes; these arrays cost milliseconds and a few megabytes.
 */
import type { LinkId, Person, SupportLink } from "./types.ts";
import { LinkStore } from "./linkStore.ts";
import { storeOfRecords } from "./linkRecords.ts";
import { effectiveSeniority } from "./seniorityFromRole.ts";

export { linkAt } from "./linkRecords.ts";
export {
  FREQUENCY_CODE,
  NO_DAY,
  NO_MINUTES,
  ORIGIN_CODE,
  ROLE_CODE,
  TRAIT_DIRECTED,
  TRAIT_DIRECTIVE,
  TRAIT_FORMAL,
} from "./linkCodes.ts";

/** The link store's typed columns the whole-network passes read, one entry per link. */
type LinkColumnName =
  | "typeMask"
  | "linkMinutes"
  | "linkRole"
  | "linkOrigin"
  | "linkStatusLive"
  | "linkAssesses"
  | "linkStrained"
  | "linkEndsDay"
  | "linkStartedDay"
  | "linkLastContactDay"
  | "linkFrequency"
  | "linkTrust"
  | "linkSimilarity"
  | "linkTraits";

export interface SupportNetwork extends Readonly<Pick<LinkStore, LinkColumnName>> {
  readonly people: readonly Person[];
  /** The links, one column per field: `linkAt(net, l)` makes one record, `linkRecords(net.linkStore)` all. */
  readonly linkStore: LinkStore;
  readonly linkCount: number;
  /** Every link's id, made when first read (see LinkStore.idList); `linkStore.idAt(l)` gives one. */
  readonly linkIds: readonly LinkId[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Person index of each link's giver and receiver; -1 where the id is unknown. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Outgoing links of person p: outLinks[outStart[p] .. outStart[p+1]). */
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
  readonly isEct: Uint8Array;
  readonly isGroup: Uint8Array;
  /** Person index of the line manager; -1 when none or unknown. */
  readonly lineManager: Int32Array;
  /** Person indices of the ECTs, in file order. */
  readonly ects: Int32Array;
  /** Interned school of each person; -1 when blank. */
  readonly school: Int32Array;
  /** Senior leader or headteacher. */
  readonly isSenior: Uint8Array;
  readonly isExternal: Uint8Array;
  /** A person (not a group). */
  readonly isPerson: Uint8Array;
  /**
   * Named by role or as family, not by name (Person.unnamed): counts for its one ECT's coverage,
   * never for supporter totals, keystones, supporter flags or the network's outside ties.
   */
  readonly isUnnamed: Uint8Array;
  /** How a giver stands to an ECT by role alone (see PEER_LIKE): the peer-like test without the records. */
  readonly peerLike: Uint8Array;
  /** Interned department of each person; -1 when blank. */
  readonly department: Int32Array;
  /** Years of experience; NaN when blank. */
  readonly yearsExperience: Float64Array;
}

/** peerLike values: never (a middle or senior leader), always (a group, support staff, an ECT), or unless in the ECT's line. */
export const PEER_LIKE = { never: 0, always: 1, outsideLine: 2 } as const;

export interface BuildOptions {
  /** Hears how many links have been indexed, every 32,768 (the page shows it). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * The network of `people` and `links`: a link store whose ends are positions in `people` (an
 * import's, or one an edit made from it), or records, put in a store first. The store's columns
 * are the network's link columns, as they are.
 */
export function buildNetwork(
  people: readonly Person[],
  links: readonly SupportLink[] | LinkStore,
  options: BuildOptions = {},
): SupportNetwork {
  const { onProgress } = options;
  const store = links instanceof LinkStore ? links : storeOfRecords(people, links);
  const n = people.length;
  const m = store.count;
  const indexOf = new Map<string, number>();
  people.forEach((p, i) => indexOf.set(p.id, i));
  // The store may hold room for more links than it has: the network sees exactly its links.
  const i32 = (a: Int32Array) => a.subarray(0, m);
  const u8 = (a: Uint8Array) => a.subarray(0, m);
  const f64 = (a: Float64Array) => a.subarray(0, m);
  const from = i32(store.from);
  const to = i32(store.to);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let l = 0; l < m; l++) {
    if (onProgress && (l & 32767) === 0) onProgress(l, m);
    if (from[l]! >= 0) outStart[from[l]! + 1]!++;
    if (to[l]! >= 0) inStart[to[l]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outLinks = new Int32Array(outStart[n]!);
  const inLinks = new Int32Array(inStart[n]!);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let l = 0; l < m; l++) {
    if (from[l]! >= 0) outLinks[outFill[from[l]!]!++] = l;
    if (to[l]! >= 0) inLinks[inFill[to[l]!]!++] = l;
  }

  const isEct = new Uint8Array(n);
  const isGroup = new Uint8Array(n);
  const lineManager = new Int32Array(n).fill(-1);
  const ects: number[] = [];
  const school = new Int32Array(n).fill(-1);
  const isSenior = new Uint8Array(n);
  const isExternal = new Uint8Array(n);
  const isPerson = new Uint8Array(n);
  const isUnnamed = new Uint8Array(n);
  const peerLike = new Uint8Array(n);
  const department = new Int32Array(n).fill(-1);
  const yearsExperience = new Float64Array(n);
  const schools = new Map<string, number>();
  const departments = new Map<string, number>();
  people.forEach((p, i) => {
    if (p.department !== undefined) {
      let d = departments.get(p.department);
      if (d === undefined) departments.set(p.department, (d = departments.size));
      department[i] = d;
    }
    isPerson[i] = p.kind === "person" ? 1 : 0;
    isUnnamed[i] = p.unnamed !== undefined ? 1 : 0;
    peerLike[i] = peerLikeOf(p);
    yearsExperience[i] = p.years_experience ?? NaN;
    if (p.school !== undefined) {
      let s = schools.get(p.school);
      if (s === undefined) schools.set(p.school, (s = schools.size));
      school[i] = s;
    }
    // A blank seniority is read from the role title (edge lists and surveys carry none).
    const seniority = effectiveSeniority(p);
    isSenior[i] = seniority === "senior_leader" || seniority === "headteacher" ? 1 : 0;
    isExternal[i] = p.staff_type === "external" ? 1 : 0;
    isEct[i] = p.is_ect ? 1 : 0;
    isGroup[i] = p.kind === "group" ? 1 : 0;
    if (p.line_manager_id !== undefined) lineManager[i] = indexOf.get(p.line_manager_id) ?? -1;
    if (p.is_ect) ects.push(i);
  });
  let linkIds: readonly LinkId[] | undefined;
  return {
    people,
    linkStore: store,
    linkCount: m,
    // Made when first read, once: most ids are kept as numbers (see linkIdNumbers.ts), and an analysis
    // that names a few links asks the store for those alone.
    get linkIds() {
      return (linkIds ??= store.idList());
    },
    indexOf,
    from,
    to,
    outStart,
    outLinks,
    inStart,
    inLinks,
    isEct,
    isGroup,
    lineManager,
    ects: Int32Array.from(ects),
    school,
    isSenior,
    isExternal,
    isPerson,
    isUnnamed,
    peerLike,
    department,
    yearsExperience,
    typeMask: u8(store.typeMask),
    linkMinutes: i32(store.linkMinutes),
    linkRole: u8(store.linkRole),
    linkOrigin: u8(store.linkOrigin),
    linkStatusLive: u8(store.linkStatusLive),
    linkAssesses: u8(store.linkAssesses),
    linkStrained: u8(store.linkStrained),
    linkEndsDay: i32(store.linkEndsDay),
    linkStartedDay: i32(store.linkStartedDay),
    linkLastContactDay: i32(store.linkLastContactDay),
    linkFrequency: u8(store.linkFrequency),
    linkTrust: f64(store.linkTrust),
    linkSimilarity: f64(store.linkSimilarity),
    linkTraits: u8(store.linkTraits),
  };
}

function peerLikeOf(p: Person): number {
  const s = effectiveSeniority(p);
  if (s === "middle_leader" || s === "senior_leader" || s === "headteacher") return PEER_LIKE.never;
  // Seniority "ect" (recorded, or read from a title such as "Second-year ECT") is an ECT too.
  if (p.kind === "group" || p.staff_type === "support" || p.is_ect || s === "ect") return PEER_LIKE.always;
  return s === "teacher" || s === undefined ? PEER_LIKE.outsideLine : PEER_LIKE.never;
}
