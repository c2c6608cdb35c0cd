import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LINK_SLOTS } from "../../../src/core/model/canonical.ts";
import { LINK_ID_SLOT, linkRecord, linkRecords, LinkStoreWriter } from "../../../src/core/model/linkStore.ts";

/** Values in slot order, most fields blank, as an import row gives them. */
const values = fc
  .array(fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean()), { nil: undefined, freq: 3 }), {
    minLength: LINK_SLOTS.length,
    maxLength: LINK_SLOTS.length,
  })
  .map((v): unknown[] => v.map((x, k) => (k === LINK_ID_SLOT ? `L${String(x)}` : x)));

const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("push" as const), values }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pop" as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      at: fc.nat(),
      field: fc.nat({ max: LINK_SLOTS.length - 1 }),
      value: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
    }),
  },
);

describe("LinkStoreWriter", () => {
  it("should hold what was pushed, popped and set, across chunk boundaries, as records", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 0, max: 2100 }), (steps, lead) => {
        const store = new LinkStoreWriter();
        const model: unknown[][] = [];
        // A run of plain links first, so the steps cross the 1,024-link chunk edges.
        for (let i = 0; i < lead; i++) {
          const v = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
          v[LINK_ID_SLOT] = `L${i}`;
          v[3] = i % 5 === 0 ? ["pedagogy"] : undefined;
          store.push(v);
          model.push(v);
        }
        for (const s of steps) {
          if (s.kind === "push") {
            expect(store.push(s.values)).toBe(model.length);
            model.push([...s.values]);
          } else if (s.kind === "pop") {
            if (model.length === 0) continue;
            store.pop();
            model.pop();
          } else {
            if (model.length === 0) continue;
            const at = s.at % model.length;
            store.set(s.field, at, s.value);
            model[at]![s.field] = s.value;
          }
        }
        expect(store.count).toBe(model.length);
        const records = linkRecords(store);
        expect(records).toHaveLength(model.length);
        for (let i = Math.max(0, model.length - 80); i < model.length; i++) {
          const expected = Object.fromEntries(LINK_SLOTS.map((f, k) => [f, model[i]![k]]));
          expect(records[i]).toEqual(expected);
          expect(linkRecord(store, i)).toEqual(expected);
          expect(Object.keys(records[i]!)).toEqual(LINK_SLOTS);
        }
        expect(store.ids).toEqual(model.map((v) => v[LINK_ID_SLOT]));
      }),
      { numRuns: 150 },
    );
  });

  it("should make no column for a field no link has", () => {
    const store = new LinkStoreWriter();
    const v = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
    v[LINK_ID_SLOT] = "L1";
    store.push(v);
    expect(store.fields.every((f) => f === undefined)).toBe(true);
  });
});
