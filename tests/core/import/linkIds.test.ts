import { describe, expect, it } from "vitest";
import { importText } from "../../helpers/files.ts";

const PEOPLE = "id,name,kind,is_ect\nP1,Ann,person,false\nP2,Bo,person,false\nE1,Cy,person,true\n";

describe("link ids", () => {
  it("should keep written ids, give new ones that none was written with, and replace a repeat", () => {
    const links = [
      "link_id,from_id,to_id,support_types",
      "L2,P1,E1,pedagogy",
      ",P2,E1,pedagogy",
      "L01,P1,E1,behaviour",
      "L2,P2,E1,behaviour",
      "x,P1,E1,psychosocial",
      "x,P2,E1,psychosocial",
      "L1,P1,P2,pedagogy",
    ].join("\n");
    const r = importText({ "people.csv": PEOPLE, "links.csv": links });
    expect(r.links.map((l) => l.link_id)).toEqual(["L2", "L3", "L01", "L4", "x", "L5", "L1"]);
    const repeats = r.diagnostics.filter((d) => d.message.includes("is used by an earlier row"));
    expect(repeats.map((d) => [d.file, d.row, d.column, d.message])).toEqual([
      ["links.csv", 5, "link_id", 'The link id "L2" is used by an earlier row, so this link was given a new id.'],
      ["links.csv", 7, "link_id", 'The link id "x" is used by an earlier row, so this link was given a new id.'],
    ]);
  });

  it("should find a link by an id it was given, written or numbered, for the network and its flags", () => {
    const r = importText({
      "people.csv": PEOPLE,
      "links.csv": "link_id,from_id,to_id,support_types\n,P1,E1,pedagogy\nA-7,P2,E1,behaviour\n",
    });
    expect(r.linkStore.idAt(0)).toBe("L1");
    expect(r.linkStore.idAt(1)).toBe("A-7");
    expect(r.linkStore.indexOfId("A-7")).toBe(1);
    expect(r.linkStore.indexOfId("L1")).toBe(0);
    expect(r.linkStore.indexOfId("L01")).toBe(-1);
    expect(r.linkStore.idList()).toEqual(["L1", "A-7"]);
  });
});
