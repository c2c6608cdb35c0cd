/** Links as records, made from a link store when asked, and a store made from records. */
import { linkFromSlots } from "./canonical.ts";
import { LinkStore } from "./linkStore.ts";
import type { Person, SupportLink } from "./types.ts";

/** Link `l` as a record: of a store, or of the network or import holding one. */
export function linkAt(source: LinkStore | { readonly linkStore: LinkStore }, l: number): SupportLink {
  const store = source instanceof LinkStore ? source : source.linkStore;
  return linkFromSlots(store.valuesAt(l));
}

/** Every link of `store` as a record, in order (for exports, plans and reports that want them all). */
export function linkRecords(store: LinkStore): SupportLink[] {
  const out = new Array<SupportLink>(store.count);
  for (let l = 0; l < store.count; l++) out[l] = linkAt(store, l);
  return out;
}

/** A store of `links`, their ends as positions in `people`. */
export function storeOfRecords(people: readonly Person[], links: readonly SupportLink[]): LinkStore {
  const indexOf = new Map<string, number>();
  people.forEach((p, i) => indexOf.set(p.id, i));
  const store = new LinkStore(Math.max(1, links.length));
  for (const link of links) store.pushLink(link, indexOf.get(link.from_id) ?? -1, indexOf.get(link.to_id) ?? -1);
  return store;
}
