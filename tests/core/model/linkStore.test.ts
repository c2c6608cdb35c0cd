import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalLink, LINK_SLOTS } from "../../../src/core/model/canonical.ts";
import {
  FORMALITIES,
  FREQUENCIES,
  LINK_ROLES,
  MODES,
  ORIGINS,
  STATUSES,
  STYLES,
  VISIBILITIES,
  WILLINGNESSES,
} from "../../../src/core/model/enums.ts";
import { isCanonicalIso, isoOfDay, NO_DAY, NO_MINUTES, TRAIT_FORMAL } from "../../../src/core/model/linkCodes.ts";
import { linkAt, linkRecords, storeOfRecords } from "../../../src/core/model/linkRecords.ts";
import { LINK_ID_SLOT, LinkStore } from "../../../src/core/model/linkStore.ts";
import { ALL_TYPES, sortTypes } from "../../../src/core/model/supportTypes.ts";
import { dayNumber } from "../../../src/core/model/dayNumber.ts";
import { isoDateIn, linkIdOf, personIdOf } from "../../../src/core/model/slotValues.ts";
import type { IsoDate } from "../../../src/core/model/types.ts";
import { person } from "../../helpers/builders.ts";

function iso(text: string): IsoDate {
  const d = isoDateIn(text);
  if (d === undefined) throw new Error(`${text} is not an ISO date`);
  return d;
}

const odd = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(Number.NaN));
const date = fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2100-12-31") }).map((d) => isoOfDay(d));
const oneOf = (values: readonly string[]) => fc.constantFrom(...values);
/** A plausible value for each field (what the import writes), sometimes blank, now and then odd (what an edit may set). */
const FIELD: Record<string, fc.Arbitrary<unknown>> = {
  // Ids of the numbered form (held as numbers), near misses of it, and any other text (held as written).
  link_id: fc.oneof(
    fc.string({ minLength: 1, maxLength: 4 }),
    fc.integer({ min: 1, max: 2_000_000_000 }).map((n) => `L${n}`),
    fc.constantFrom("L0", "L01", "L", "l1", "L1 ", "L9999999999", "L1e3", "L-1"),
  ),
  from_id: fc.string({ maxLength: 3 }),
  to_id: fc.string({ maxLength: 3 }),
  support_types: fc.subarray([...ALL_TYPES]).map((t) => sortTypes(t)),
  other_types: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  assesses: fc.boolean(),
  formality: oneOf(FORMALITIES),
  origin: oneOf(ORIGINS),
  frequency: oneOf(FREQUENCIES),
  minutes_per_month: fc.nat({ max: 10_000 }),
  started_on: date,
  last_contact: date,
  status: oneOf(STATUSES),
  visibility: oneOf(VISIBILITIES),
  subtopics: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  link_role: oneOf(LINK_ROLES),
  brokered_by: fc.string({ maxLength: 3 }),
  willingness: oneOf(WILLINGNESSES),
  ends_on: date,
  trust: fc.integer({ min: 1, max: 5 }),
  similarity: fc.integer({ min: 1, max: 5 }),
  knew_before: fc.boolean(),
  style: oneOf(STYLES),
  modes: fc.subarray([...MODES]),
  agreement_in_place: fc.boolean(),
  notes: fc.string({ maxLength: 5 }),
};
const values = fc.tuple(
  ...LINK_SLOTS.map((k) =>
    k === "link_id"
      ? FIELD[k]!
      : fc.oneof(
          { weight: 4, arbitrary: FIELD[k]! },
          { weight: 3, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: odd },
        ),
  ),
);

const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("push" as const), values }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pop" as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("set" as const), at: fc.nat(), values }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("copy" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("keep" as const), seed: fc.nat() }) },
);

describe("LinkStore", () => {
  it("should give back exactly what was pushed, written, popped, copied and kept, across chunk edges", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 2100 }), (steps, lead) => {
        let store = new LinkStore();
        const model: unknown[][] = [];
        // A run of plain links first, so the steps cross the 1,024-link chunk edges.
        for (let i = 0; i < lead; i++) {
          const v = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
          v[LINK_ID_SLOT] = `L${i}`;
          v[3] = i % 5 === 0 ? ["pedagogy"] : [];
          store.push(v, i, -1);
          model.push(v);
        }
        // The store first copied, and its first links then: a copy's writes must never reach it.
        let origin: { store: LinkStore; links: unknown[][] } | undefined;
        for (const s of steps) {
          if (s.kind === "push") {
            expect(store.push(s.values, 0, 0)).toBe(model.length);
            model.push([...s.values]);
          } else if (s.kind === "pop") {
            if (model.length === 0) continue;
            store.pop();
            model.pop();
          } else if (s.kind === "set") {
            if (model.length === 0) continue;
            const at = s.at % model.length;
            store.write(at, s.values);
            model[at] = [...s.values];
          } else if (s.kind === "copy") {
            origin ??= { store, links: model.slice(-50).map((v) => [...v]) };
            store = store.copy();
          } else {
            const keep = Uint8Array.from(model, (_, i) => ((i * 7 + s.seed) % 5 === 0 ? 0 : 1));
            store.keep(keep);
            for (let i = model.length - 1; i >= 0; i--) if (keep[i] === 0) model.splice(i, 1);
          }
        }
        expect(store.count).toBe(model.length);
        for (let i = Math.max(0, model.length - 80); i < model.length; i++) expect(store.valuesAt(i)).toEqual(model[i]);
        expect(store.idList()).toEqual(model.map((v) => v[LINK_ID_SLOT]));
        model.forEach((v, i) => expect(store.idAt(i)).toBe(v[LINK_ID_SLOT] || undefined));
        if (origin) {
          const { store: o, links } = origin;
          links.forEach((values, i) => expect(o.valuesAt(o.count - links.length + i)).toEqual(values));
        }
      }),
      { numRuns: 120 },
    );
  });

  it("should take a link pushed onto a copy of an empty store", () => {
    const store = new LinkStore().copy();
    const v = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
    v[LINK_ID_SLOT] = "L1";
    v[3] = ["pedagogy"];
    store.push(v, 2, 3);
    expect([store.from[0], store.to[0]]).toEqual([2, 3]);
    expect(store.valuesAt(0)).toEqual(v);
  });

  it("should decode the analysed fields once, into its typed columns", () => {
    const link = canonicalLink({
      link_id: linkIdOf("L1"),
      from_id: personIdOf("A"),
      to_id: personIdOf("E"),
      support_types: ["behaviour", "pedagogy"],
      minutes_per_month: 30,
      link_role: "induction_tutor",
      origin: "emergent",
      status: "strained",
      ends_on: iso("2026-07-31"),
      frequency: "weekly",
      trust: 4,
      formality: "formal",
      willingness: "asked",
      style: "mixed",
    });
    const store = storeOfRecords([person("A"), person("E")], [link]);
    expect([store.from[0], store.to[0], store.typeMask[0], store.linkMinutes[0]]).toEqual([0, 1, 6, 30]);
    expect(store.linkRole[0]).toBe(LINK_ROLES.indexOf("induction_tutor") + 1);
    expect(store.linkOrigin[0]).toBe(ORIGINS.indexOf("emergent") + 1);
    expect(store.linkFrequency[0]).toBe(FREQUENCIES.indexOf("weekly") + 1);
    // Strained counts; an induction tutor with `assesses` blank is taken to assess.
    expect([store.linkStatusLive[0], store.linkStrained[0], store.linkAssesses[0]]).toEqual([1, 1, 1]);
    expect([store.linkEndsDay[0], store.linkStartedDay[0]]).toEqual([dayNumber("2026-07-31"), NO_DAY]);
    expect([store.linkTrust[0], store.linkSimilarity[0], store.linkTraits[0]]).toEqual([4, Number.NaN, TRAIT_FORMAL]);
    expect(linkAt(store, 0)).toEqual(link);
    expect(Object.keys(linkAt(store, 0))).toEqual(LINK_SLOTS);
  });

  // A status outside the vocabulary (once "on hold") can no longer be written: canonicalLink takes a SupportLink.
  it("should keep a value its columns cannot hold as written, and read it as the analysis always has", () => {
    const link = canonicalLink({
      link_id: linkIdOf("L1"),
      from_id: personIdOf("A"),
      to_id: personIdOf("Z"),
      support_types: ["pedagogy"],
      last_contact: iso("2025-02-30"),
      minutes_per_month: 3e9,
    });
    const store = storeOfRecords([person("A")], [link]);
    expect([store.from[0], store.to[0]]).toEqual([0, -1]);
    expect(linkRecords(store)).toEqual([link]);
    expect([store.linkStatusLive[0], store.linkMinutes[0] === NO_MINUTES]).toEqual([1, false]);
  });

  it("should write dates as the day numbers give them back", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("0001-01-01"), max: dayNumber("9999-12-31") }), (d) => {
        const iso = isoOfDay(d);
        expect(isCanonicalIso(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(d);
      }),
    );
    expect(["2024-02-29", "2023-02-29", "2025-13-01", "2025-1-01", "2025-04-31"].map(isCanonicalIso)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
