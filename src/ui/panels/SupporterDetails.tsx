/** Details of one supporter in this ECT's constellation, opened from the graph or the table. */
import { useEffect, useRef } from "react";
import type { ConstellationPerson } from "../../core/index.ts";
import type { NameOf } from "../names.ts";
import { TypeBadges } from "./ConstellationTable.tsx";
import { Name } from "../components/Name.tsx";
import { formatDate } from "../formatDate.ts";

interface Props {
  readonly person: ConstellationPerson;
  readonly nameOf: NameOf;
  readonly onClose: () => void;
}

const ROLE: Record<string, string> = {
  ect_mentor: "ECT mentor",
  induction_tutor: "Induction tutor",
  subject_mentor: "Subject mentor",
  specialist_coach: "Specialist coach",
  peer_coach: "Peer coach",
  near_peer: "Near-peer",
  year_group_partner: "Year-group partner",
  line_manager: "Line manager",
  send_support: "SEND support",
  behaviour_support: "Behaviour support",
  informal_support: "Informal supporter",
  peer_group: "Peer group",
  mentor_support: "Mentor support",
  contribution: "Contribution",
  other: "Other",
};

/** Where focus goes back to on closing: the control that opened the details, or else the map. */
function focusBack(opener: Element | null): void {
  const target = opener instanceof HTMLElement && opener.isConnected && opener !== document.body ? opener : undefined;
  (target ?? document.getElementById("support-map"))?.focus();
}

export function SupporterDetails({ person, nameOf, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // What had focus when the details first opened (opening another person keeps the first opener).
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current ??= document.activeElement;
    heading.current?.focus();
  }, [person.id]);
  const close = () => {
    onClose();
    // After the details go: unless closing already moved focus somewhere (the keyboard walk's map),
    // it returns to where the details were opened from.
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (!now || now === document.body) focusBack(opener.current);
    });
  };
  return (
    <section
      className="details"
      aria-labelledby="details-h"
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        close();
      }}
    >
      <h2 id="details-h" tabIndex={-1} ref={heading}>
        <Name text={nameOf(person.id, person.name)} />
      </h2>
      <p className="muted">
        {[person.isGroup ? "Group" : person.roleTitle, person.school].filter(Boolean).join(" · ")}
      </p>
      <TypeBadges types={person.types} />
      <ul className="details-links">
        {person.links.map((l) => (
          <li key={l.linkId}>
            {l.role ? ROLE[l.role] : "Support"}
            {l.formality ? `, ${l.formality}` : ""}
            {l.assesses ? `, assesses${l.assessesAssumed ? " (assumed: induction tutor)" : ""}` : ""}
            {l.lineManages ? ", in the management line" : ""}
            {l.status === "strained" ? ", marked as strained" : ""}
            {l.lastContact ? `, last contact ${formatDate(l.lastContact)}` : ""}
          </li>
        ))}
      </ul>
      <button type="button" onClick={close}>
        Close details
      </button>
    </section>
  );
}
