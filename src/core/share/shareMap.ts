/**
 * Sharing an ECT's own map (docs/domain.md 8.2–8.4): only their links leave, links marked `private`
 * are left out, or, when the ECT opts in to "share coverage counts", sent as anonymous "private
 * supporter" entries with only the kinds of support and whether the link is going on, so a
 * mentor lead sees coverage without identities. `trust`, `similarity` and notes never leave.
 * Analysis on the device is unchanged: visibility governs what leaves, not what is analysed.
 */
import { canonicalLink, canonicalPerson } from "../model/canonical.ts";
import { linkIdOf, personIdOf } from "../model/slotValues.ts";
import type { Person, PersonId, SupportLink } from "../model/types.ts";
import { recordsToShare } from "./recordsToShare.ts";
import { shareRule } from "./shareRule.ts";

export interface ShareOptions {
  /** Send private links as anonymous entries instead of leaving them out. */
  readonly coverageCounts: boolean;
  readonly hideNames: boolean;
}

export interface SharedMap {
  readonly people: readonly Person[];
  readonly links: readonly SupportLink[];
  /** Private links left out, or sent anonymously. */
  readonly privateLinks: number;
}

const anonymousId = (n: number): PersonId => personIdOf(`private-supporter-${n}`);

export function shareMap(
  people: readonly Person[],
  links: readonly SupportLink[],
  ectId: string,
  options: ShareOptions,
): SharedMap | undefined {
  const ect = people.find((p) => p.id === ectId);
  if (!ect) return undefined;
  const mine = links.filter((l) => l.from_id === ectId || l.to_id === ectId);
  const open = mine.filter((l) => l.visibility !== "private");
  const hidden = mine.filter((l) => l.visibility === "private");
  const byId = new Map<string, Person>(people.map((p) => [p.id, p]));
  const others = new Set<string>(open.map((l) => (l.from_id === ectId ? l.to_id : l.from_id)));
  const shared: Person[] = [ect, ...[...others].map((id) => byId.get(id)).filter((p): p is Person => p !== undefined)];
  const sharedIds = new Set<string>(shared.map((p) => p.id));
  const outPeople: Person[] = shared.map((p) =>
    canonicalPerson({
      ...p,
      notes: undefined,
      // A line manager who is not on the shared map is not shared either.
      line_manager_id: p.line_manager_id && sharedIds.has(p.line_manager_id) ? p.line_manager_id : undefined,
    }),
  );
  const strip = (l: SupportLink): SupportLink =>
    canonicalLink({
      ...l,
      trust: undefined,
      similarity: undefined,
      notes: undefined,
    });
  const outLinks: SupportLink[] = open.map(strip);
  if (options.coverageCounts && hidden.length > 0) {
    // One anonymous entry per private person, numbered in link order.
    const numbers = new Map<string, number>();
    for (const l of hidden) {
      const other: string = l.from_id === ectId ? l.to_id : l.from_id;
      let n = numbers.get(other);
      if (n === undefined) {
        numbers.set(other, (n = numbers.size + 1));
        outPeople.push(
          canonicalPerson({ id: anonymousId(n), name: `Private supporter ${n}`, kind: "person", is_ect: false }),
        );
      }
      outLinks.push(
        canonicalLink({
          link_id: linkIdOf(`private-${outLinks.length + 1}`),
          from_id: l.from_id === ectId ? l.from_id : anonymousId(n),
          to_id: l.from_id === ectId ? anonymousId(n) : l.to_id,
          support_types: l.support_types,
          status: l.status,
          ends_on: l.ends_on,
          visibility: "mentor_lead",
        }),
      );
    }
  }
  // With names hidden, the same rule as every other coded file: no role titles or strengths beside a code either.
  const out = recordsToShare(outPeople, outLinks, shareRule({ share: false, hideNames: options.hideNames, k: 0 }));
  return { people: out.people, links: out.links, privateLinks: hidden.length };
}
