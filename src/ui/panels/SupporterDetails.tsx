/** Details of one supporter in this ECT's constellation, opened from the graph or the table. */
import { useEffect, useRef } from "react";
import type { ConstellationPerson } from "../../core/index.ts";
import type { NameOf } from "../names.ts";
import { TypeBadges } from "./ConstellationTable.tsx";
import { Name } from "../components/Name.tsx";

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

export function SupporterDetails({ person, nameOf, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [person.id]);
  return (
    <section className="details" aria-labelledby="details-h">
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
            {l.lastContact ? `, last contact ${l.lastContact}` : ""}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close details
      </button>
    </section>
  );
}
