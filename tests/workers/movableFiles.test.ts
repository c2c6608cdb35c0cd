import { describe, expect, it } from "vitest";
import { movableFiles } from "../../src/workers/movableFiles.ts";
import type { Request } from "../../src/workers/protocol.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("movableFiles", () => {
  it("hands over copies of a load's bytes, leaving the page's own intact", () => {
    const people = bytes("id,name\nP1,Ann\n");
    // A file cut from a larger buffer (a zip's member): only its own bytes travel.
    const zip = bytes("....id,from,to\n....");
    const links = zip.subarray(4, 15);
    const req: Request = {
      kind: "load",
      files: [
        { name: "people.csv", bytes: people },
        { name: "links.csv", bytes: links },
        { name: "t.csv", text: "x" },
      ],
      today: "2025-03-14",
    };
    const { request, transfer } = movableFiles(req);
    expect(transfer).toHaveLength(2);
    // What the worker receives: the transfer detaches the copies, never the page's bytes.
    const received = structuredClone(request, { transfer });
    expect(received).toEqual({
      ...req,
      files: [
        { name: "people.csv", bytes: people },
        { name: "links.csv", bytes: links },
        { name: "t.csv", text: "x" },
      ],
    });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    expect(new TextDecoder().decode(people)).toBe("id,name\nP1,Ann\n");
    expect(links.byteLength).toBe(11);
    expect(zip.byteLength).toBe(19);
    expect(transfer.map((b) => b !== people.buffer && b !== zip.buffer)).toEqual([true, true]);
  });

  it("moves nothing for a request without files", () => {
    const req: Request = { kind: "load", filesKey: 3, today: "2025-03-14" };
    expect(movableFiles(req)).toEqual({ request: req, transfer: [] });
    const names: Request = { kind: "names", ids: ["P1"] };
    expect(movableFiles(names).request).toBe(names);
  });

  it("moves a snapshot's files too", () => {
    const req: Request = {
      kind: "addSnapshot",
      label: "May",
      files: [{ name: "a.csv", bytes: bytes("a") }],
      today: "2025-03-14",
    };
    expect(movableFiles(req).transfer).toHaveLength(1);
  });
});
