/**
 * Says a result now, or once typing pauses: a name search announced "4 of 9 ECTs shown" after every
 * keystroke, so a screen reader talked over the person typing. What is said after a pause is the last
 * thing asked for; saying something now drops whatever was waiting (it is out of date).
 */

/** How long typing must pause before its result is said: long enough for a slow typist's next key. */
export const TYPING_PAUSE_MS = 600;

export interface PauseAnnouncer {
  /** Says `message` now, dropping any waiting for a pause. */
  readonly now: (message: string) => void;
  /** Says `message` once nothing else has been asked for `pauseMs`; each call restarts the wait. */
  readonly afterPause: (message: string) => void;
  /** Drops anything waiting (the page goes away). */
  readonly cancel: () => void;
}

/**
 * @example
 * const a = pauseAnnouncer(announce);
 * a.afterPause("3 of 9 ECTs shown."); // typing "z"
 * a.afterPause("1 of 9 ECTs shown."); // "zo": only this is said, 600 ms after the last key
 */
export function pauseAnnouncer(say: (message: string) => void, pauseMs = TYPING_PAUSE_MS): PauseAnnouncer {
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (waiting !== undefined) clearTimeout(waiting);
    waiting = undefined;
  };
  return {
    now: (message) => {
      cancel();
      say(message);
    },
    afterPause: (message) => {
      cancel();
      waiting = setTimeout(() => {
        waiting = undefined;
        say(message);
      }, pauseMs);
    },
    cancel,
  };
}
