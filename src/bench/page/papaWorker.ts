/// <reference lib="webworker" />
/**
 * The bench page's baseline worker: the chosen files read and decoded, then parsed with
 * papaparse's defaults (`Papa.parse(text)`), as a module worker of the same build as the app's.
 * Answers with the number of rows, so nothing is optimised away. Part of the bench page only.
 */
import Papa from "papaparse";

self.onmessage = async (event: MessageEvent<readonly File[]>) => {
  let rows = 0;
  for (const file of event.data) {
    const text = new TextDecoder().decode(await file.arrayBuffer());
    rows += Papa.parse(text).data.length;
  }
  self.postMessage(rows);
};
