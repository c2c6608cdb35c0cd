import { describe, expect, it } from "vitest";
import { analyse, namedSupporters } from "../../../src/core/index.ts";
import { buildContext } from "../../../src/core/analysis/context.ts";
import { ect, link, net, person, settings } from "../../helpers/builders.ts";

// As of 2025-03-14 (builders' AS_OF): Sam's link to Ellie ended the week before; Ben's and Fay's go on.
const people = [
  ect("E", { name: "Ellie" }),
  ect("F", { name: "Fay" }),
  person("S", { name: "Sam" }),
  person("B", { name: "Ben" }),
  person("R", { name: "Head of Science", unnamed: "role" }),
];
const links = [
  link("S", "E", ["pedagogy"], { ends_on: "2025-03-07" }),
  link("B", "E", ["pedagogy"]),
  link("F", "E", ["psychosocial"]),
  link("R", "E", ["behaviour"]),
];

describe("namedSupporters", () => {
  it("counts every link's named givers for an import, which has no date: Sam's ended link too", () => {
    expect(namedSupporters(net(people, links), "every link")).toEqual({ supporters: 3, ectsSupporting: 1 });
  });

  it("counts only links live as of the date for the analysis: Sam supports nobody now", () => {
    const network = net(people, links);
    const { live } = buildContext(network, settings());
    expect(namedSupporters(network, { liveAsOf: live })).toEqual({ supporters: 2, ectsSupporting: 1 });
    expect(analyse(network, settings()).summary).toMatchObject({ supporters: 2, ectsSupporting: 1, namedByRole: 1 });
  });
});
