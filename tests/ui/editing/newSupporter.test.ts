/**
 * A map typed into "Map my support" with "my mentor", "Mum" and a colleague reads as an imported
 * survey with the same words would: one named supporter, Mum no peer, and suggestions that never
 * propose family (the reviewer's p1-12 screenshots showed "3 supporters" and Mum first in "Who could help").
 */
import { describe, expect, it } from "vitest";
import type { Person, SupportType } from "../../../src/core/index.ts";
import { buildNetwork, personIdOf, prepareAnalysis, readTypedSupporter, suggestFor } from "../../../src/core/index.ts";
import { newSupporter } from "../../../src/ui/editing/newSupporter.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

function typed(words: string, id: string): Person {
  const reading = readTypedSupporter(words, "Jess Hartley");
  if (!reading) throw new Error(`"${words}" read as no one`);
  return newSupporter(reading, personIdOf(id), "");
}

describe("newSupporter", () => {
  it("should record 'my mentor' and 'Mum' as the import does", () => {
    expect(typed("my mentor", "m")).toMatchObject({
      name: "my mentor (Jess Hartley)",
      unnamed: "role",
      role_title: "mentor",
    });
    expect(typed("Mum", "f")).toMatchObject({ name: "Mum (Jess Hartley)", unnamed: "family", staff_type: "external" });
    expect(typed("Steve Low", "s").unnamed).toBeUndefined();
  });

  it("should let the role typed in its own field win", () => {
    const reading = readTypedSupporter("my mentor", "Jess Hartley");
    expect(reading && newSupporter(reading, personIdOf("m"), " ECT mentor ").role_title).toBe("ECT mentor");
  });

  it("should count only the colleague as a supporter, see no peer in Mum, and never suggest family", () => {
    const colleague = person("s", { name: "Steve Low", school: "H" });
    const other = person("o", { name: "Olu Ade", school: "H" });
    const people = [
      ect("E", { name: "Jess Hartley", school: "H" }),
      typed("my mentor", "m"),
      colleague,
      typed("Mum", "f"),
      other,
    ];
    const links = [
      link("m", "E", ["organisational_literacy", "behaviour"]),
      link("s", "E", ["pedagogy"]),
      link("f", "E", ["psychosocial"]),
      link("o", "E", ["career"] satisfies SupportType[], { status: "ended" }),
    ];
    const prepared = prepareAnalysis(buildNetwork(people, links), settings());
    expect(prepared.result.summary.supporters).toBe(1);
    const e = prepared.result.ects.find((r) => r.id === "E");
    expect(e?.coverage.psychosocial).toBe(1);
    const k = prepared.net.indexOf.get("E");
    expect(k === undefined ? [] : prepared.ectAt(k)?.flags.map((f) => f.code)).not.toContain("GAP");
    const suggested = suggestFor(prepared, "E").flatMap((s) => s.candidates.map((c) => c.id));
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested).not.toContain("f");
    expect(suggested).not.toContain("m");
  });
});
