/**
 * Where the data comes from and its date, for a printed page read away from the screen's header:
 * the network summary and the draft plan print the same line.
 */
import { Name } from "./Name.tsx";

export function SourceLine({ source, asOf }: { readonly source?: string | undefined; readonly asOf: string }) {
  return source ? (
    <>
      Data: <Name text={source} />, as of {asOf}.
    </>
  ) : (
    <>As of {asOf}.</>
  );
}
