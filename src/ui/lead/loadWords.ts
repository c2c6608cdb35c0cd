/**
 * A supporter's load in words: ECTs against capacity, then minutes. Minutes are said only where
 * some are known: "0 min · time not recorded" read as "no time at all" when it meant "we don't know".
 */
export interface LoadFigures {
  readonly ectsSupported: number;
  readonly capacity?: number | undefined;
  readonly minutesPerMonth: number;
  readonly capacityMinutesPerMonth?: number | undefined;
  readonly linksWithoutMinutes: number;
}

export function loadWords(r: LoadFigures): string {
  // "1 ECTs" read as a slip: the noun follows the count it stands next to.
  const ects = r.capacity !== undefined ? r.capacity : r.ectsSupported;
  const noun = ects === 1 ? "ECT" : "ECTs";
  const parts = [
    r.capacity !== undefined ? `${r.ectsSupported} of ${r.capacity} ${noun}` : `${r.ectsSupported} ${noun}`,
  ];
  const known = r.minutesPerMonth > 0 || r.linksWithoutMinutes === 0;
  if (known)
    parts.push(
      r.capacityMinutesPerMonth !== undefined
        ? `${r.minutesPerMonth} of ${r.capacityMinutesPerMonth} min`
        : `${r.minutesPerMonth} min`,
    );
  if (r.linksWithoutMinutes > 0)
    parts.push(known ? `time not recorded on ${r.linksWithoutMinutes}` : "time not recorded");
  return parts.join(" · ");
}
