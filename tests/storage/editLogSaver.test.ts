import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/storage/editLog.ts";
import { EditLogSaver } from "../../src/storage/editLogSaver.ts";
import { FakeLogBackend, FakeMark } from "./fakeLogBackend.ts";

type Rest = { readonly setting: number };
type Snap = Snapshot<number, Rest>;

/** Lets promise callbacks run (the saver's acknowledgements). */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("EditLogSaver", () => {
  it("should write a base first, then one small entry per step", async () => {
    const backend = new FakeLogBackend<number, Rest>();
    const saver = new EditLogSaver(backend, new FakeMark());
    await saver.open(true);
    const a: Snap = { edits: [1], rest: { setting: 0 } };
    const saved = [saver.save(a, "t1"), saver.save({ edits: [...a.edits, 2], rest: a.rest }, "t2")];
    while (backend.settle());
    expect(await Promise.all(saved)).toEqual([true, true]);
    expect(backend.stored.base?.snapshot).toBe(a);
    expect(backend.stored.log).toEqual([{ seq: 2, savedAt: "t2", keep: 1, add: [2] }]);
  });

  it("should write nothing after reopening when the page adopts its own copy of what was read", async () => {
    type Obj = { readonly n: number };
    const backend = new FakeLogBackend<Obj, Rest>();
    const first = new EditLogSaver(backend, new FakeMark());
    await first.open(true);
    void first.save({ edits: [{ n: 1 }], rest: { setting: 0 } }, "t1");
    while (backend.settle());
    const copy = (): Snapshot<Obj, Rest> => ({ edits: [{ n: 1 }], rest: { setting: 0 } });
    // Without adopting, the page's copies differ by identity: everything is written again.
    const plain = new EditLogSaver(backend, new FakeMark());
    await plain.open(true);
    const rewrote = plain.save(copy(), "t2");
    while (backend.settle());
    expect(await rewrote).toBe(true);
    const again = new EditLogSaver(backend, new FakeMark());
    const { stored } = await again.open(true);
    const held = copy();
    again.adopt(held);
    // The page saves the step it holds (the same objects): nothing new, nothing written.
    const same = again.save({ edits: held.edits, rest: held.rest }, "t3");
    expect(backend.waiting).toBe(0);
    expect(await same).toBe(false);
    // A real change after it is one small entry, on top of what was adopted.
    const next = again.save({ edits: [...held.edits, { n: 2 }], rest: held.rest }, "t4");
    while (backend.settle());
    expect(await next).toBe(true);
    expect(backend.stored.log.at(-1)).toMatchObject({ savedAt: "t4", keep: 1, add: [{ n: 2 }] });
    expect(stored?.savedAt).toBe("t2");
  });

  it("should say on reopening that a step handed over never reached the store", async () => {
    const backend = new FakeLogBackend<number, Rest>();
    const mark = new FakeMark();
    const saver = new EditLogSaver(backend, mark);
    await saver.open(true);
    void saver.save({ edits: [1], rest: { setting: 0 } }, "t1");
    backend.settle();
    void saver.save({ edits: [1, 2], rest: { setting: 0 } }, "t2");
    backend.crash();
    const again = await new EditLogSaver(backend, mark).open(true);
    expect(again).toEqual({ stored: { snapshot: { edits: [1], rest: { setting: 0 } }, savedAt: "t1" }, lost: true });
    // Said once: the next opening is quiet.
    expect((await new EditLogSaver(backend, mark).open(true)).lost).toBe(false);
  });

  it("should leave another tab's mark alone", async () => {
    const mark = new FakeMark();
    mark.write(7);
    expect((await new EditLogSaver(new FakeLogBackend<number, Rest>(), mark).open(false)).lost).toBe(false);
    expect(mark.value).toBe(7);
  });

  it("should rewrite the whole record after a failed write, and not count entries after the gap", async () => {
    const backend = new FakeLogBackend<number, Rest>();
    const saver = new EditLogSaver(backend, new FakeMark());
    await saver.open(true);
    const rest = { setting: 0 };
    void saver.save({ edits: [1], rest }, "t1");
    backend.settle();
    backend.failNext();
    const failed = saver.save({ edits: [1, 2], rest }, "t2");
    const after = saver.save({ edits: [1, 2, 3], rest }, "t3");
    backend.settle();
    backend.settle();
    await expect(failed).rejects.toThrow();
    await expect(after).rejects.toThrow(/earlier change/);
    const healed = saver.save({ edits: [1, 2, 3, 4], rest }, "t4");
    backend.settle();
    expect(await healed).toBe(true);
    expect(backend.stored.log).toEqual([]);
    expect(backend.stored.base?.snapshot.edits).toEqual([1, 2, 3, 4]);
  });

  describe("any sequence of edits, saves and crashes", () => {
    type Command =
      | { readonly kind: "edit" }
      | { readonly kind: "undo" }
      | { readonly kind: "setting"; readonly value: number }
      | { readonly kind: "settle" }
      | { readonly kind: "fail" }
      | { readonly kind: "crash" };
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.constant({ kind: "edit" } as const),
      fc.constant({ kind: "undo" } as const),
      fc.integer({ min: 0, max: 3 }).map((value) => ({ kind: "setting", value }) as const),
      fc.constant({ kind: "settle" } as const),
      fc.constant({ kind: "settle" } as const),
      fc.constant({ kind: "fail" } as const),
      fc.constant({ kind: "crash" } as const),
    );

    it("should reopen with every acknowledged step, and say so whenever a later step was lost", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), async (cmds, every) => {
          const backend = new FakeLogBackend<number, Rest>();
          const mark = new FakeMark();
          let saver = new EditLogSaver(backend, mark, every);
          await saver.open(true);
          let next = 1;
          // What the page shows, the steps handed to the store in order, and the last one the store acknowledged.
          let shown: Snap = { edits: [], rest: { setting: 0 } };
          let handed: Snap[] = [];
          let acked = -1;
          const reopen = async () => {
            backend.crash();
            await flush();
            saver = new EditLogSaver(backend, mark, every);
            const { stored, lost } = await saver.open(true);
            const same = (h: Snap) =>
              stored !== undefined &&
              JSON.stringify(h.edits) === JSON.stringify(stored.snapshot.edits) &&
              h.rest.setting === stored.snapshot.rest.setting;
            // Every acknowledged step is there: what reopens is the acknowledged step or a later one.
            if (acked >= 0) expect(handed.slice(acked).some(same)).toBe(true);
            const last = handed.at(-1);
            // Anything less than the last step handed over is said.
            if (last && !same(last)) expect(lost).toBe(true);
            shown = stored ? stored.snapshot : { edits: [], rest: { setting: 0 } };
            handed = stored ? [stored.snapshot] : [];
            acked = stored ? 0 : -1;
          };
          const step = (s: Snap) => {
            shown = s;
            const index = handed.length;
            handed.push(s);
            saver.save(s, `t${index}`).then(
              (wrote) => {
                if (wrote) acked = Math.max(acked, index);
              },
              () => undefined,
            );
          };
          for (const c of cmds) {
            if (c.kind === "edit") step({ edits: [...shown.edits, next++], rest: shown.rest });
            else if (c.kind === "undo" && shown.edits.length > 0)
              step({ edits: shown.edits.slice(0, -1), rest: shown.rest });
            else if (c.kind === "setting") step({ edits: shown.edits, rest: { setting: c.value } });
            else if (c.kind === "settle") {
              backend.settle();
              await flush();
            } else if (c.kind === "fail") backend.failNext();
            else if (c.kind === "crash") await reopen();
          }
          await reopen();
        }),
        { numRuns: 400 },
      );
    });
  });
});
