/**
 * One writer per project: tabs of this origin agree which one may change the remembered project.
 * The Web Locks API where the browser has it (the lock goes with the tab when it closes, and
 * "Use it here" steals it); where it has not, a BroadcastChannel where tabs answer "mine". A tab
 * that loses the lock is told, so it can stop writing and say so: never a silent overwrite.
 */
const NAME = "mosaic-project";

export interface TabLock {
  /** Takes the lock if no other tab holds it; true when this tab now writes. */
  claim(): Promise<boolean>;
  /** Takes the lock from whichever tab holds it (that tab hears `onLost`). */
  steal(): Promise<void>;
  /** Lets go (after "delete everything"). */
  release(): void;
  /** Whether this tab holds the lock now. */
  held(): boolean;
}

/** The lock for this origin's project; `onLost` runs when another tab takes it over. */
export function projectLock(onLost: () => void): TabLock {
  if (typeof navigator !== "undefined" && navigator.locks) return webLock(navigator.locks, onLost);
  if (typeof BroadcastChannel !== "undefined") return channelLock(onLost);
  // Neither: a browser this old has one tab's worth of storage coordination anyway.
  let mine = false;
  return {
    claim: () => Promise.resolve((mine = true)),
    steal: async () => {
      mine = true;
    },
    release: () => {
      mine = false;
    },
    held: () => mine,
  };
}

function webLock(locks: LockManager, onLost: () => void): TabLock {
  let letGo: (() => void) | undefined;
  // Holds the lock until released; an AbortError means another tab stole it.
  const hold = (options: LockOptions) =>
    new Promise<boolean>((granted) => {
      locks
        .request(NAME, options, (lock) => {
          if (!lock) {
            granted(false);
            return undefined;
          }
          granted(true);
          return new Promise<void>((resolve) => (letGo = resolve));
        })
        .catch((e: unknown) => {
          letGo = undefined;
          if (e instanceof Error && e.name === "AbortError") onLost();
        });
    });
  return {
    claim: () => (letGo ? Promise.resolve(true) : hold({ ifAvailable: true })),
    steal: async () => {
      await hold({ steal: true });
    },
    release: () => {
      letGo?.();
      letGo = undefined;
    },
    held: () => letGo !== undefined,
  };
}

type Message = { readonly kind: "who" } | { readonly kind: "mine" } | { readonly kind: "take" };

function channelLock(onLost: () => void): TabLock {
  const channel = new BroadcastChannel(NAME);
  let mine = false;
  let heardMine = false;
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data.kind === "who" && mine) channel.postMessage({ kind: "mine" } satisfies Message);
    if (e.data.kind === "mine") heardMine = true;
    if (e.data.kind === "take" && mine) {
      mine = false;
      onLost();
    }
  };
  return {
    async claim() {
      if (mine) return true;
      heardMine = false;
      channel.postMessage({ kind: "who" } satisfies Message);
      // Another tab answers within a few milliseconds; a quarter of a second covers a busy machine.
      await new Promise((resolve) => setTimeout(resolve, 250));
      mine = !heardMine;
      return mine;
    },
    async steal() {
      channel.postMessage({ kind: "take" } satisfies Message);
      mine = true;
    },
    release() {
      mine = false;
    },
    held: () => mine,
  };
}
