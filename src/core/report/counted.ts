/**
 * "1 person", "2,300 people": a count in UK form with its word, singular when the count said is
 * "1". `shown` is the count as said, when it is not the bare number (a share rule's "fewer than 3"
 * takes the plural).
 * @example
 * counted(2, "person", "people"); // "2 people"
 * counted(1, "link", "links", countWords(1, rule)); // "fewer than 3 links" (rule's k = 3)
 */
export function counted(n: number, one: string, many: string, shown = n.toLocaleString("en-GB")): string {
  return `${shown} ${shown === "1" ? one : many}`;
}
