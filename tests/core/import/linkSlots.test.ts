import { describe, expect, it } from "vitest";
import { canonicalLink, LINK_SLOTS } from "../../../src/core/model/canonical.ts";
import type { SupportLink } from "../../../src/core/model/types.ts";
import { ColumnSourceView } from "../../../src/core/import/linkSlots.ts";

describe("link column sources", () => {
  it("should read each field the link columns are made from out of its own slot", () => {
    const link = canonicalLink({
      support_types: ["behaviour"],
      minutes_per_month: 30,
      link_role: "induction_tutor",
      origin: "emergent",
      status: "strained",
      assesses: false,
      ends_on: "2026-07-31",
      started_on: "2025-09-01",
      last_contact: "2025-10-02",
      frequency: "weekly",
      trust: 4,
      similarity: 2,
      formality: "formal",
      willingness: "asked",
      style: "mixed",
    });
    const values = LINK_SLOTS.map((k) => Object.entries(link).find(([f]) => f === k)?.[1]);
    const source = new ColumnSourceView().of(values);
    const fields = Object.entries(Object.getOwnPropertyDescriptors(ColumnSourceView.prototype)).filter(
      ([, d]) => d.get,
    );
    expect(fields).toHaveLength(15);
    for (const [k, d] of fields) expect([k, d.get?.call(source)]).toEqual([k, field(link, k)]);
  });
});

function field(link: SupportLink, k: string): unknown {
  return Object.entries(link).find(([f]) => f === k)?.[1];
}
