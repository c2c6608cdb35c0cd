/** Why the browser refused to store something, in plain words for the person using Mosaic. */
export function storageProblem(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : "";
  const message = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  if (name === "QuotaExceededError" || /quota|full/i.test(message))
    return "this device's storage is full (or this browser allows Mosaic very little of it)";
  if (name === "SecurityError" || name === "InvalidStateError" || name === "UnknownError" || name === "NotAllowedError")
    return "this browser is not letting websites store anything here (a private window does this, and so can the browser's privacy settings)";
  return message.replace(/\.$/, "") || "the browser gave no reason";
}
