import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pauseAnnouncer, TYPING_PAUSE_MS } from "../../../src/ui/lead/pauseAnnouncer.ts";

describe("pauseAnnouncer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("should say typing's result once, after the typing pauses, with the last count", () => {
    const said: string[] = [];
    const a = pauseAnnouncer((m) => said.push(m));
    a.afterPause("3 of 9 ECTs shown.");
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 100);
    a.afterPause("2 of 9 ECTs shown.");
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 100);
    a.afterPause("1 of 9 ECTs shown.");
    expect(said).toEqual([]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    expect(said).toEqual(["1 of 9 ECTs shown."]);
  });

  it("should say a select's change at once, dropping a count still waiting for a pause", () => {
    const said: string[] = [];
    const a = pauseAnnouncer((m) => said.push(m));
    a.afterPause("3 of 9 ECTs shown.");
    a.now("1 of 9 ECTs shown.");
    expect(said).toEqual(["1 of 9 ECTs shown."]);
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(said).toEqual(["1 of 9 ECTs shown."]);
  });

  it("should say nothing once cancelled", () => {
    const said: string[] = [];
    const a = pauseAnnouncer((m) => said.push(m));
    a.afterPause("3 of 9 ECTs shown.");
    a.cancel();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 2);
    expect(said).toEqual([]);
  });
});
