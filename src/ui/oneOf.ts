/**
 * The member of a closed list equal to some text (a <select>'s value, a line of a file), or undefined:
 * how text becomes a narrower type without a cast, and a value the list lacks is never let through.
 */
export function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return values.find((v) => v === text);
}
