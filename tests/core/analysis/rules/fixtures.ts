/**
 * A rule's raise and near-miss cases: the smallest network that raises the flag, and one that
 * just misses it. Each family of rules (src/core/analysis/rules/NAME.ts) has its cases in NAME.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Person, Settings, SupportLink } from "../../../../src/core/index.ts";
import { ect, person, run } from "../../../helpers/builders.ts";

export type Case = readonly [readonly Person[], readonly SupportLink[], Partial<Settings>?];
export interface Fixture {
  readonly code: string;
  /** Who should (or should not) carry the flag; "network" for network flags. */
  readonly subject: string;
  readonly raises: Case;
  readonly clears: Case;
}

export const E = ect("E", { school: "A", department: "Maths", years_experience: 0 });
export const teacher = (id: string, attrs: Partial<Person> = {}) =>
  person(id, { seniority: "teacher", school: "A", ...attrs });
export const senior = (id: string, attrs: Partial<Person> = {}) =>
  person(id, { seniority: "senior_leader", school: "A", ...attrs });
export const days = (n: number) => new Date(Date.UTC(2025, 2, 14) - n * 86400000).toISOString().slice(0, 10);

/** The codes `subject` carries (ECT and supporter flags), or the network's, in `c`. */
export function codesFor(subject: string, [people, links, overrides]: Case): string[] {
  const a = run(people, links, overrides ?? {});
  if (subject === "network") return a.network.flags.map((f) => f.code);
  return [
    ...(a.ects.find((e) => e.id === subject)?.flags ?? []),
    ...(a.supporters.find((s) => s.id === subject)?.flags ?? []),
  ].map((f) => f.code);
}

/** One block per flag: raised by its fixture, not by its near miss. */
export function describeFixtures(fixtures: readonly Fixture[]): void {
  describe.each(fixtures)("$code", ({ code, subject, raises, clears }) => {
    it("should be raised by its fixture", () => expect(codesFor(subject, raises)).toContain(code));
    it("should not be raised by its near miss", () => expect(codesFor(subject, clears)).not.toContain(code));
  });
}
