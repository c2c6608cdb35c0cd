/**
 * The constellation as one tab stop a keyboard can walk: arrow keys go from the ECT to each
 * person and round them, each said in the live region and shown under the graph; Enter opens
 * their details; Escape stops the walk. The order and the words are pure (walkOrder.ts,
 * describeStop.ts); this keeps only where the walk is.
 */
import type { KeyboardEvent, ReactNode } from "react";
import { useMemo, useState } from "react";
import type { Constellation, SupportType } from "../../core/index.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { describeStop } from "./describeStop.ts";
import { walkKey, walkOrder } from "./walkOrder.ts";
import { sentenceStart } from "../voicedName.ts";

interface Props {
  readonly constellation: Constellation;
  readonly types: readonly SupportType[];
  readonly nameOf: (id: string, name: string) => string;
  readonly voice: "you" | "they";
  /** Opens a person's details (as a click on their node does). */
  readonly onOpen: (personId: string) => void;
  /** The graph, given the person to highlight (undefined when not walking). */
  readonly children: (highlightedPersonId: string | undefined) => ReactNode;
}

export function ConstellationWalk({ constellation, types, nameOf, voice, onOpen, children }: Props) {
  const stops = useMemo(() => walkOrder(constellation, types, nameOf), [constellation, types, nameOf]);
  // Where the walk is, for this ECT only: another ECT (or new data) starts again from outside.
  const [walk, setWalk] = useState<{ readonly ect: string; readonly at: number } | undefined>();
  const at = walk && walk.ect === constellation.ect.id && walk.at < stops.length ? walk.at : undefined;
  const announce = useAnnounce();
  const ectName = nameOf(constellation.ect.id, constellation.ect.name);
  const words = (i: number) => {
    const stop = stops[i];
    // A stop can open with "your mentor (…)" (voicedName): it starts a sentence.
    return stop ? sentenceStart(describeStop(constellation, stop, i, stops.length, voice, nameOf, types)) : "";
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = walkKey(e.key, at, stops.length);
    if (!action) return;
    e.preventDefault();
    if (action.kind === "move") {
      setWalk({ ect: constellation.ect.id, at: action.to });
      announce(words(action.to));
    } else if (action.kind === "open") {
      const stop = at === undefined ? undefined : stops[at];
      if (stop) onOpen(stop.personId);
    } else {
      setWalk(undefined);
      announce("Stopped walking the map. Tab moves on; arrow keys start again.");
    }
  };

  const current = at === undefined ? undefined : stops[at];
  return (
    <div
      id="support-map"
      className="walk"
      tabIndex={0}
      role="application"
      aria-roledescription="support map"
      aria-label={`Support map of ${ectName}`}
      aria-describedby="support-map-help"
      onKeyDown={onKeyDown}
      data-testid="support-map"
      data-walk-at={current?.personId ?? ""}
    >
      {children(current?.personId)}
      {at !== undefined && (
        <p className="walk-now" aria-hidden="true" data-testid="walk-now">
          {words(at)}
        </p>
      )}
      <p id="support-map-help" className="muted small walk-help">
        To walk the map with the keyboard: arrow keys go from {ectName} to each person and round them, Home comes back
        to {ectName}, Enter opens a person's details and Escape stops.
      </p>
    </div>
  );
}
