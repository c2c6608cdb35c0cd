/**
 * What the toolbar says about keeping work on this device: when it was last saved (with the date, as
 * a save from yesterday at 03:59 is not one from today), and why Remember cannot be ticked, said in
 * view rather than in a tooltip a phone cannot show.
 */

/** "Saved on this device, 5 Dec 03:59" in the device's own time zone. */
export function savedWords(iso: string, timeZone?: string): string {
  return `Saved on this device, ${dayAndTime(iso, timeZone)}`;
}

/** "5 Dec 03:59" in the given time zone (the device's own when none). */
function dayAndTime(iso: string, timeZone: string | undefined): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone });
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return `${day} ${time}`;
}

/** Why "Remember on this device" is greyed out, or undefined when it is not. */
export function rememberBlocked(s: {
  readonly isSample: boolean;
  readonly remember: boolean;
  readonly readOnly: boolean;
}): string | undefined {
  if (s.readOnly) return "Changes are turned off in this tab, as the project is open in another tab.";
  if (s.isSample && !s.remember)
    return "The sample is always here, so there is nothing to remember yet. Import your own files or make a change, then tick this.";
  return undefined;
}

/**
 * The plain words in the Data menu: where the work is, and how to clear it, the clearing said only
 * when the "Delete everything" button is there (something is or was kept on this device).
 */
export function whereKept(canDelete: boolean): string {
  const kept =
    "Your data stays in this browser on this device: nothing is sent anywhere. Remember keeps it here between visits";
  return canDelete ? `${kept}; Delete everything clears it.` : `${kept}.`;
}

/** "phone" on a small touch screen, otherwise "device": the word the ECT would use for what is in their hand. */
export function deviceWord(coarsePointer: boolean, width: number): "phone" | "device" {
  return coarsePointer && width < 600 ? "phone" : "device";
}

/** "Kept on this phone, last saved 5 Dec 07:12" (the time once the first save has landed). */
export function keptWords(device: "phone" | "device", iso: string | undefined, timeZone?: string): string {
  if (iso === undefined) return `Keeping your map on this ${device}…`;
  return `Kept on this ${device}, last saved ${dayAndTime(iso, timeZone)}`;
}
