/**
 * What the toolbar says about keeping work on this device: when it was last saved (with the date, as
 * a save from yesterday at 03:59 is not one from today), and why Remember cannot be ticked, said in
 * view rather than in a tooltip a phone cannot show.
 */

/** "Saved on this device, 5 Dec 03:59" in the device's own time zone. */
export function savedWords(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone });
  const time = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return `Saved on this device, ${day} ${time}`;
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

/** The plain words in the Data menu: where the work is, and how to clear it. */
export const WHERE_KEPT =
  "Your data stays in this browser on this device: nothing is sent anywhere. Remember keeps it here between visits; Delete everything clears it.";
