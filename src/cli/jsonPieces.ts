/**
 * Compact JSON in pieces: an object's top-level values one by one, and each element of a top-level
 * array on its own, so a result for millions of people is written without ever being one string
 * (2 million people's analysis is about 900 MB of JSON, beyond the longest string V8 can make).
 * The pieces joined are exactly `JSON.stringify(value)`.
 */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  if (value === null || typeof value !== "object" || Array.isArray(value) || hasToJson(value)) {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    // Left out as JSON.stringify leaves them out.
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(v) && !hasToJson(v)) {
      yield "[";
      for (let i = 0; i < v.length; i++) yield `${i > 0 ? "," : ""}${JSON.stringify(v[i]) ?? "null"}`;
      yield "]";
    } else yield JSON.stringify(v);
  }
  yield "}";
}

function hasToJson(value: object): boolean {
  return "toJSON" in value && typeof value.toJSON === "function";
}
