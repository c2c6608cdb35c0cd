/**
 * A supporter's load in words: ECTs against capacity, then minutes. Minutes are said only where
 * some are known: "0 min · time not recorded" read as "no time at all" when it meant "we don't know".
 * A figure above its capacity says so in words ("200 of 120 min: over"), so it is never told by
 * colour alone.
 */
export interface LoadFigures {
  readonly ectsSupported: number;
  readonly capacity?: number | undefined;
  readonly minutesPerMonth: number;
  readonly capacityMinutesPerMonth?: number | undefined;
  readonly linksWithoutMinutes: number;
}

/** Above the number of ECTs or the minutes a month they have room for (the OVER_CAPACITY rule). */
export function isOverCapacity(r: LoadFigures): boolean {
  return (
    (r.capacity !== undefined && r.ectsSupported > r.capacity) ||
    (r.capacityMinutesPerMonth !== undefined && r.minutesPerMonth > r.capacityMinutesPerMonth)
  );
}

/**
 * How full they are: the larger of ECTs and minutes against their capacity (1 = exactly full), or
 * undefined where no capacity is recorded. Sorts the table by load against capacity.
 */
export function loadShare(r: LoadFigures): number | undefined {
  const shares: number[] = [];
  if (r.capacity !== undefined)
    shares.push(r.capacity > 0 ? r.ectsSupported / r.capacity : r.ectsSupported > 0 ? Infinity : 0);
  if (r.capacityMinutesPerMonth !== undefined)
    shares.push(
      r.capacityMinutesPerMonth > 0
        ? r.minutesPerMonth / r.capacityMinutesPerMonth
        : r.minutesPerMonth > 0
          ? Infinity
          : 0,
    );
  return shares.length === 0 ? undefined : Math.max(...shares);
}

/**
 * What a person can give, as recorded: "2 ECTs · 30 min a month", or "not recorded". The overview's
 * load column (loadWords) and the plan's capacity column read the same two fields through this
 * module, so the two pages cannot disagree about anyone's capacity.
 */
export function capacityWords(r: Pick<LoadFigures, "capacity" | "capacityMinutesPerMonth">): string {
  const parts: string[] = [];
  if (r.capacity !== undefined) parts.push(`${r.capacity} ${r.capacity === 1 ? "ECT" : "ECTs"}`);
  if (r.capacityMinutesPerMonth !== undefined) parts.push(`${r.capacityMinutesPerMonth} min a month`);
  return parts.length === 0 ? "not recorded" : parts.join(" · ");
}

export function loadWords(r: LoadFigures): string {
  // "1 ECTs" read as a slip: the noun follows the count it stands next to.
  const ects = r.capacity !== undefined ? r.capacity : r.ectsSupported;
  const noun = ects === 1 ? "ECT" : "ECTs";
  const over = (yes: boolean) => (yes ? ": over" : "");
  const parts = [
    r.capacity !== undefined
      ? `${r.ectsSupported} of ${r.capacity} ${noun}${over(r.ectsSupported > r.capacity)}`
      : `${r.ectsSupported} ${noun}`,
  ];
  const known = r.minutesPerMonth > 0 || r.linksWithoutMinutes === 0;
  if (known)
    parts.push(
      r.capacityMinutesPerMonth !== undefined
        ? `${r.minutesPerMonth} of ${r.capacityMinutesPerMonth} min${over(r.minutesPerMonth > r.capacityMinutesPerMonth)}`
        : `${r.minutesPerMonth} min`,
    );
  if (r.linksWithoutMinutes > 0)
    parts.push(known ? `time not recorded on ${r.linksWithoutMinutes}` : "time not recorded");
  return parts.join(" · ");
}
