import { afterEach, describe, expect, it, vi } from "vitest";
import { hasSize, whenSized } from "../../../src/ui/graph/hasSize.ts";

/** A stand-in for ResizeObserver (Node has none): `fire()` plays the browser noticing a new size. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed = 0;
  disconnected = false;
  constructor(private readonly callback: () => void) {
    FakeObserver.last = this;
  }
  observe() {
    this.observed++;
  }
  disconnect() {
    this.disconnected = true;
  }
  fire() {
    this.callback();
  }
}

/** A box whose size the test changes, as an element is shown (Node has no DOM elements). */
function box(width: number, height: number): HTMLElement {
  return Object.assign(Object.create(null), { offsetWidth: width, offsetHeight: height });
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = undefined;
});

describe("hasSize", () => {
  it("should be false when hidden or zero in either direction", () => {
    expect(hasSize({ offsetWidth: 0, offsetHeight: 460 })).toBe(false);
    expect(hasSize({ offsetWidth: 800, offsetHeight: 0 })).toBe(false);
    expect(hasSize({ offsetWidth: 800, offsetHeight: 460 })).toBe(true);
  });
});

describe("whenSized", () => {
  it("should call at once when the element already has a size", () => {
    vi.stubGlobal("ResizeObserver", FakeObserver);
    const ready = vi.fn();
    whenSized(box(800, 460), ready);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last).toBeUndefined();
  });
  it("should wait for a size, call once, and stop watching", () => {
    vi.stubGlobal("ResizeObserver", FakeObserver);
    const el = box(0, 0);
    const ready = vi.fn();
    whenSized(el, ready);
    const observer = FakeObserver.last!;
    observer.fire(); // still zero wide
    expect(ready).not.toHaveBeenCalled();
    Object.assign(el, { offsetWidth: 800, offsetHeight: 460 });
    observer.fire();
    observer.fire();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
  });
  it("should never call once cancelled (the view went away first)", () => {
    vi.stubGlobal("ResizeObserver", FakeObserver);
    const el = box(0, 0);
    const ready = vi.fn();
    const cancel = whenSized(el, ready);
    cancel();
    Object.assign(el, { offsetWidth: 800, offsetHeight: 460 });
    FakeObserver.last!.fire();
    expect(ready).not.toHaveBeenCalled();
  });
});
