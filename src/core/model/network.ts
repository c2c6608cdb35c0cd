/**
 * SupportNetwork: people and links plus a compact index for analysis (ids ↔ dense integers, CSR
 * adjacency in typed arrays). No graphology here: at 100,000 people and 500,000 links a graphology
 * graph costs seconds and hundreds of megabytes; these arrays cost milliseconds and a few megabytes.
 */
import { FREQUENCIES, LINK_ROLES, ORIGINS } from "./enums.ts";
import { typesToMask } from "./supportTypes.ts";
import type { LinkId, Person, SupportLink } from "./types.ts";
import { assessesReceiver, isLiveStatus } from "./types.ts";
import { dayNumber } from "./dayNumber.ts";
import type { LinkStore } from "./linkStore.ts";
import { linkRecord, linkRecords, madeRecords } from "./linkStore.ts";
import { effectiveSeniority } from "./seniorityFromRole.ts";

export interface SupportNetwork extends LinkColumns {
  readonly people: readonly Person[];
  /**
   * Every link as a record. Built from an import, the records are made when this is first read
   * (see LinkStore): whole-network passes read the link columns, `linkCount`, `linkIds` and
   * `linkAt(net, l)` instead, which never make them all.
   */
  readonly links: readonly SupportLink[];
  readonly linkCount: number;
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

/** Bits of `linkTraits`. */
export const TRAIT_FORMAL = 1;
export const TRAIT_DIRECTED = 2;
export const TRAIT_DIRECTIVE = 4;

/**
 * Link fields the whole-network passes read, as contiguous columns: walking 500,000 scattered
 * objects costs a cache miss per link, walking these costs almost nothing. Each comes from the
 * link alone, so the import can fill them as it reads each row (see ImportedColumns).
 */
export interface LinkColumns {
  /** Known support types of each link as bits (see SUPPORT_TYPES). */
  readonly typeMask: Uint8Array;
  readonly linkMinutes: Int32Array;
  /** Index into LINK_ROLES plus one; 0 when blank. */
  readonly linkRole: Uint8Array;
  /** Index into ORIGINS plus one; 0 when blank. */
  readonly linkOrigin: Uint8Array;
  /** 1 where the link's status lets it count (active, strained or blank). */
  readonly linkStatusLive: Uint8Array;
  /** 1 where the giver assesses the receiver (recorded, or assumed for an induction tutor). */
  readonly linkAssesses: Uint8Array;
  /** 1 where the status is strained. */
  readonly linkStrained: Uint8Array;
  /** Day numbers (days since 1970-01-01) of the link's dates; NO_DAY when blank. */
  readonly linkEndsDay: Int32Array;
  readonly linkStartedDay: Int32Array;
  readonly linkLastContactDay: Int32Array;
  /** Index into FREQUENCIES plus one; 0 when blank. */
  readonly linkFrequency: Uint8Array;
  /** Trust and similarity ratings; NaN when blank. */
  readonly linkTrust: Float64Array;
  readonly linkSimilarity: Float64Array;
  /** TRAIT_FORMAL, TRAIT_DIRECTED, TRAIT_DIRECTIVE. */
  readonly linkTraits: Uint8Array;
}

const LINK_COLUMN_ARRAYS = {
  typeMask: Uint8Array,
  linkMinutes: Int32Array,
  linkRole: Uint8Array,
  linkOrigin: Uint8Array,
  linkStatusLive: Uint8Array,
  linkAssesses: Uint8Array,
  linkStrained: Uint8Array,
  linkEndsDay: Int32Array,
  linkStartedDay: Int32Array,
  linkLastContactDay: Int32Array,
  linkFrequency: Uint8Array,
  linkTrust: Float64Array,
  linkSimilarity: Float64Array,
  linkTraits: Uint8Array,
} as const satisfies Record<keyof LinkColumns, Uint8ArrayConstructor | Int32ArrayConstructor | Float64ArrayConstructor>;

/** Columns for `m` links, holding the first `m` of `from` (to grow or cut a set being filled). */
export function resizeLinkColumns(m: number, from?: LinkColumns): LinkColumns {
  const out: Record<string, Uint8Array | Int32Array | Float64Array> = {};
  for (const [key, Make] of Object.entries(LINK_COLUMN_ARRAYS)) {
    const column = new Make(m);
    const old = from?.[key as keyof LinkColumns];
    if (old) column.set(old.length > m ? old.subarray(0, m) : old);
    out[key] = column;
  }
  return out as unknown as LinkColumns;
}

/** The link fields the columns are made from. */
export type LinkColumnSource = Pick<
  SupportLink,
  | "support_types"
  | "minutes_per_month"
  | "link_role"
  | "origin"
  | "status"
  | "assesses"
  | "ends_on"
  | "started_on"
  | "last_contact"
  | "frequency"
  | "trust"
  | "similarity"
  | "formality"
  | "willingness"
  | "style"
>;

/** Fills link `l`'s entries of every link column. */
export function setLinkColumns(c: LinkColumns, l: number, link: LinkColumnSource): void {
  c.typeMask[l] = typesToMask(link.support_types);
  c.linkMinutes[l] = link.minutes_per_month ?? NO_MINUTES;
  c.linkRole[l] = link.link_role ? (ROLE_CODE[link.link_role] ?? 0) : 0;
  c.linkOrigin[l] = link.origin ? (ORIGIN_CODE[link.origin] ?? 0) : 0;
  const status = link.status;
  c.linkStatusLive[l] = isLiveStatus(status) ? 1 : 0;
  c.linkStrained[l] = status === "strained" ? 1 : 0;
  c.linkAssesses[l] = assessesReceiver(link) ? 1 : 0;
  c.linkEndsDay[l] = dayOf(link.ends_on);
  c.linkStartedDay[l] = dayOf(link.started_on);
  c.linkLastContactDay[l] = dayOf(link.last_contact);
  c.linkFrequency[l] = link.frequency ? (FREQUENCY_CODE[link.frequency] ?? 0) : 0;
  c.linkTrust[l] = link.trust ?? NaN;
  c.linkSimilarity[l] = link.similarity ?? NaN;
  c.linkTraits[l] =
    (link.formality === "formal" ? TRAIT_FORMAL : 0) |
    (link.willingness === "directed" ? TRAIT_DIRECTED : 0) |
    (link.style === "directive" ? TRAIT_DIRECTIVE : 0);
}

/**
 * What the import worked out as it read: each link's giver and receiver as positions in `people`
 * (-1 where unknown) and its link columns. Valid for exactly the people and store it was made with:
 * records are read-only and every edit makes new arrays, so buildNetwork trusts it only for those.
 */
export interface ImportedColumns {
  readonly people: readonly Person[];
  readonly links: LinkStore;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly link: LinkColumns;
}

export const NO_DAY = -2147483648;
const dayOf = (iso: string | undefined) => (iso === undefined ? NO_DAY : dayNumber(iso));

export const NO_MINUTES = -1;
export const ROLE_CODE: Readonly<Record<string, number>> = Object.fromEntries(LINK_ROLES.map((r, i) => [r, i + 1]));
export const ORIGIN_CODE: Readonly<Record<string, number>> = Object.fromEntries(ORIGINS.map((o, i) => [o, i + 1]));
export const FREQUENCY_CODE: Readonly<Record<string, number>> = Object.fromEntries(
  FREQUENCIES.map((f, i) => [f, i + 1]),
);

export interface BuildOptions {
  /** Hears how many links have been indexed, every 32,768 (the page shows it). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** The import's columns: used when made for these very arrays, else everything is worked out here. */
  readonly columns?: ImportedColumns | undefined;
}

/**
 * The network of `people` and `links`: records, or an import's link store (whose records are then
 * made only when read). With the import's columns for these very people and store, nothing is
 * worked out again.
 */
export function buildNetwork(
  people: readonly Person[],
  links: readonly SupportLink[] | LinkStore,
  options: BuildOptions = {},
): SupportNetwork {
  const { onProgress } = options;
  const store = isStore(links) ? links : undefined;
  const records = isStore(links) ? undefined : links;
  const n = people.length;
  const m = store ? store.count : records!.length;
  const indexOf = new Map<string, number>();
  people.forEach((p, i) => indexOf.set(p.id, i));

  const given = options.columns;
  const known = given?.people === people && given.links === store ? given : undefined;
  const from = known?.from ?? new Int32Array(m);
  const to = known?.to ?? new Int32Array(m);
  const columns = known?.link ?? resizeLinkColumns(m);
  const linkIds = store ? store.ids : new Array<LinkId>(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let l = 0; l < m; l++) {
    if (onProgress && (l & 32767) === 0) onProgress(l, m);
    if (!known) {
      const link = records ? records[l]! : linkRecord(store!, l);
      from[l] = indexOf.get(link.from_id) ?? -1;
      to[l] = indexOf.get(link.to_id) ?? -1;
      setLinkColumns(columns, l, link);
      if (records) (linkIds as LinkId[])[l] = link.link_id;
    }
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
  const net = {
    people,
    linkCount: m,
    linkIds,
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
    ...columns,
  };
  const built = Object.defineProperty(net, "links", {
    enumerable: true,
    get: () => records ?? linkRecords(store!),
  }) as typeof net & { readonly links: readonly SupportLink[] };
  if (store) stores.set(built, store);
  return built;
}

/** The link store of each network built from one. */
const stores = new WeakMap<SupportNetwork, LinkStore>();

/** Link l of `net` as a record: made alone while the network's records have not all been made. */
export function linkAt(net: SupportNetwork, l: number): SupportLink {
  const store = stores.get(net);
  if (!store) return net.links[l]!;
  return madeRecords(store)?.[l] ?? linkRecord(store, l);
}

function isStore(links: readonly SupportLink[] | LinkStore): links is LinkStore {
  return !Array.isArray(links);
}

function peerLikeOf(p: Person): number {
  const s = effectiveSeniority(p);
  if (s === "middle_leader" || s === "senior_leader" || s === "headteacher") return PEER_LIKE.never;
  // Seniority "ect" (recorded, or read from a title such as "Second-year ECT") is an ECT too.
  if (p.kind === "group" || p.staff_type === "support" || p.is_ect || s === "ect") return PEER_LIKE.always;
  return s === "teacher" || s === undefined ? PEER_LIKE.outsideLine : PEER_LIKE.never;
}
