/** What leaves the worker in files: downloads, a map to share, the files stored on the device. */
import {
  linkRecords,
  linksToCsv,
  peopleToCsv,
  recordsToShare,
  shareMap,
  shareRule,
  toGexf,
  toGraphml,
} from "../../core/index.ts";
import { saveFiles } from "../../storage/deviceStore.ts";
import type { SharedFiles, TextFiles } from "../protocol.ts";
import type { Handler } from "./handler.ts";
import { needsNetwork } from "./handler.ts";

export const exportFiles: Handler<"export"> = needsNetwork(({ net, ctx }, req): TextFiles => {
  // One rule for screen and file: with names hidden or in share mode, only what the rule lets travel.
  const rule = shareRule({ share: req.share, hideNames: req.hideNames, k: ctx.settings.small_count_k });
  const { people, links } = recordsToShare(net.people, linkRecords(net.linkStore), rule);
  if (req.format === "csv")
    return [
      { name: "people.csv", text: peopleToCsv(people), type: "text/csv" },
      { name: "links.csv", text: linksToCsv(links), type: "text/csv" },
    ];
  return req.format === "gexf"
    ? [{ name: "mosaic.gexf", text: toGexf(people, links, false), type: "application/xml" }]
    : [{ name: "mosaic.graphml", text: toGraphml(people, links, false), type: "application/xml" }];
});

/** One ECT's map in files to send them, without the links they marked private. */
export const sharedMap: Handler<"shareMap"> = needsNetwork(({ net }, req): SharedFiles | undefined => {
  const shared = shareMap(net.people, linkRecords(net.linkStore), req.ect, req);
  if (!shared) return undefined;
  return {
    files: [
      { name: "shared-map-people.csv", text: peopleToCsv(shared.people), type: "text/csv" },
      { name: "shared-map-links.csv", text: linksToCsv(shared.links), type: "text/csv" },
    ],
    privateLinks: shared.privateLinks,
  };
});

/** The one request answered later: IndexedDB is asynchronous. False when the key's files are gone. */
export const storeFiles: Handler<"storeFiles"> = (state, req) =>
  state.files && state.files.key === req.filesKey ? saveFiles(state.files.files).then(() => true) : false;
