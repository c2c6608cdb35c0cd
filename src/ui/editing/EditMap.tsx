/**
 * Editing one ECT's map: every link to and from them (live or not) with its kinds of support and
 * details; renaming, removing and merging people; adding someone. Each change is one step of the
 * project's history, so Undo (Ctrl+Z) takes it back.
 */
import type { ReactNode } from "react";
import { useCallback, useState } from "react";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import type { Edit, Frequency, LinkStatus, SupportLink, SupportType, Visibility } from "../../core/index.ts";
import { personIdOf, STATUSES, sortTypes } from "../../core/index.ts";
import { oneOf } from "../oneOf.ts";
import { FrequencySelect } from "../components/FrequencySelect.tsx";
import { VisibilitySelect } from "../components/VisibilitySelect.tsx";
import { Name } from "../components/Name.tsx";
import { useClient, useNameOf, useWording } from "../AppContext.tsx";
import type { NameOf } from "../names.ts";
import { TypeChoice } from "../components/TypeChoice.tsx";
import { RenamePerson } from "./RenamePerson.tsx";
import { SupporterForm } from "./SupporterForm.tsx";
import { EditDetails } from "./EditDetails.tsx";
import { voicedName } from "../voicedName.ts";

interface Props {
  readonly ectId: string;
  readonly takenIds: readonly string[];
  /** The schools on the map, for correcting someone's school. */
  readonly schools: readonly string[];
  /** The settings' years of induction, for an ECT's year. */
  readonly ectYears: number;
  readonly dataVersion: unknown;
  readonly busy: boolean;
  /** False when the change was refused (changes are off in this tab): nothing was changed. */
  readonly onEdit: (edits: readonly Edit[], step: string) => boolean;
}

const STATUS_WORDS: Readonly<Record<LinkStatus, string>> = {
  active: "going on",
  strained: "strained",
  paused: "paused",
  ended: "ended",
};

/** Whose details were just saved, and from which data (see EditDetails): kept here, as the map is redrawn on reload. */
interface Saved {
  readonly id: string;
  readonly from: unknown;
}

/** EditDetails wired to the map's edits and its memory of the last save. */
type DetailsFor = (personId: string) => ReactNode;

export function EditMap({ ectId, takenIds, schools, ectYears, dataVersion, busy, onEdit }: Props) {
  const client = useClient();
  const [saved, setSaved] = useState<Saved | undefined>();
  const forgetSaved = useCallback(() => setSaved(undefined), []);
  const detailsFor: DetailsFor = (personId) => (
    <EditDetails
      personId={personId}
      schools={schools}
      ectYears={ectYears}
      dataVersion={dataVersion}
      busy={busy}
      onEdit={onEdit}
      savedFrom={saved?.id === personId ? saved.from : undefined}
      onSaved={() => setSaved({ id: personId, from: dataVersion })}
      onFocused={forgetSaved}
    />
  );
  const nameOf = useNameOf();
  const { voice, types } = useWording();
  const data = useWorkerQuery(
    () => client.request({ kind: "ectLinks", ect: ectId }).then((links) => ({ for: dataVersion, links })),
    [client, ectId, dataVersion],
  );
  const links = data && data.for === dataVersion ? data.links : undefined;
  if (!links) return null;
  const people = [
    ...new Map(
      links.links.map((l) => [
        l.other.id,
        { id: l.other.id, name: voicedName(l.other.name, voice, l.other.unnamed === true) },
      ]),
    ).values(),
  ];
  const ectName = nameOf(links.ect.id, links.ect.name);
  return (
    <section className="card edit-map" aria-labelledby="edit-h" data-testid="edit-map">
      <h2 id="edit-h">
        Edit{" "}
        {voice === "you" ? (
          "your map"
        ) : (
          <>
            <Name text={ectName} />
            's map
          </>
        )}
      </h2>
      <p className="muted small">
        Every change can be undone (Undo, or Ctrl+Z). Nothing is sent anywhere.
        {links.ect.map_status !== "confirmed" && " "}
        {links.ect.map_status !== "confirmed" && (
          <button
            type="button"
            className="small-button"
            onClick={() =>
              onEdit(
                [{ op: "updatePerson", id: links.ect.id, changes: { map_status: "confirmed" } }],
                "mark the map as confirmed",
              )
            }
          >
            {voice === "you" ? "This is my network" : "Mark this map as confirmed"}
          </button>
        )}
      </p>
      {detailsFor(links.ect.id)}
      {links.links.length === 0 ? (
        <p>No one on this map yet.</p>
      ) : (
        <ul className="edit-links">
          {links.links.map(({ link, other, direction }) => (
            <LinkEditor
              // A new key when the record changes, so the form starts from what is saved.
              key={`${JSON.stringify(link)}|${other.name}`}
              link={link}
              otherName={nameOf(other.id, voicedName(other.name, voice, other.unnamed === true))}
              direction={direction}
              types={types}
              voice={voice}
              busy={busy}
              people={people.filter((p) => p.id !== other.id)}
              nameOf={nameOf}
              onEdit={onEdit}
              otherId={other.id}
              otherRawName={other.name}
              detailsFor={detailsFor}
              justSaved={saved?.id === other.id}
            />
          ))}
        </ul>
      )}
      {(["in", "out"] as const).map((direction) => (
        <details className="add-someone" key={direction}>
          <summary>
            Add someone{" "}
            {direction === "in"
              ? voice === "you"
                ? "who helps you"
                : "who helps this ECT"
              : voice === "you"
                ? "you help"
                : "this ECT helps"}
          </summary>
          <SupporterForm
            ectId={ectId}
            ectName={links.ect.name}
            direction={direction}
            takenIds={takenIds}
            known={people}
            allTypes={types}
            voice={voice}
            onAdd={onEdit}
          />
        </details>
      ))}
    </section>
  );
}

function LinkEditor({
  link,
  otherId,
  otherName,
  otherRawName,
  direction,
  types,
  voice,
  busy,
  people,
  nameOf,
  onEdit,
  detailsFor,
  justSaved,
}: {
  link: SupportLink;
  otherId: string;
  otherName: string;
  otherRawName: string;
  direction: "in" | "out";
  types: readonly SupportType[];
  voice: "you" | "they";
  busy: boolean;
  people: readonly { id: string; name: string }[];
  nameOf: NameOf;
  onEdit: Props["onEdit"];
  detailsFor: DetailsFor;
  /** This person's details were just saved: "Change …" opens again once the map is redrawn. */
  justSaved: boolean;
}) {
  const [changing, setChanging] = useState(justSaved);
  const [kinds, setKinds] = useState<ReadonlySet<SupportType>>(new Set(link.support_types));
  const [frequency, setFrequency] = useState<"" | Frequency>(link.frequency ?? "");
  const [status, setStatus] = useState<LinkStatus>(link.status ?? "active");
  const [assesses, setAssesses] = useState(link.assesses === true);
  // A blank visibility reads as mentor_lead, as an imported link's does (docs/domain.md 8).
  const [visibility, setVisibility] = useState<Visibility>(link.visibility ?? "mentor_lead");
  const [mergeInto, setMergeInto] = useState("");
  const changed =
    sortTypes([...kinds]).join() !== link.support_types.join() ||
    frequency !== (link.frequency ?? "") ||
    status !== (link.status ?? "active") ||
    assesses !== (link.assesses === true) ||
    visibility !== (link.visibility ?? "mentor_lead");
  const id = `edit-${link.link_id}`;
  return (
    <li className="edit-link" data-link={link.link_id}>
      {/* Names bounded and isolated (<Name>): a 5,000-character name filled the screen. */}
      <h3>
        {direction === "in" ? (
          <>
            <Name text={otherName} /> helps with
          </>
        ) : (
          <>
            Helping <Name text={otherName} /> with
          </>
        )}
      </h3>
      <TypeChoice
        legend={`Kinds of support from ${otherName}`}
        hideLegend
        types={types}
        chosen={kinds}
        onChange={setKinds}
      />
      <div className="filters">
        <label>
          How often <FrequencySelect value={frequency} blank="not recorded" onChange={setFrequency} />
        </label>
        <label>
          Now{" "}
          <select value={status} onChange={(e) => setStatus(oneOf(STATUSES, e.target.value) ?? status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who may see this link <VisibilitySelect value={visibility} voice={voice} onChange={setVisibility} />
        </label>
        {direction === "in" && (
          <label className="toggle">
            <input type="checkbox" checked={assesses} onChange={(e) => setAssesses(e.target.checked)} /> assesses
          </label>
        )}
        <button
          type="button"
          disabled={!changed || kinds.size === 0 || busy}
          onClick={() =>
            onEdit(
              [
                {
                  op: "updateLink",
                  id: link.link_id,
                  changes: {
                    support_types: sortTypes([...kinds]),
                    frequency: frequency || null,
                    status,
                    assesses,
                    ...(visibility !== (link.visibility ?? "mentor_lead") ? { visibility } : {}),
                  },
                },
              ],
              `change the link with ${otherRawName}`,
            )
          }
        >
          Save changes
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onEdit([{ op: "removeLink", id: link.link_id }], `remove the link with ${otherRawName}`)}
        >
          Remove this link
        </button>
      </div>
      <details className="person-actions" open={changing} onToggle={(e) => setChanging(e.currentTarget.open)}>
        <summary>
          Change <Name text={otherName} />
        </summary>
        <div className="filters">
          <RenamePerson id={id} personId={otherId} rawName={otherRawName} busy={busy} nameOf={nameOf} onEdit={onEdit} />
          {people.length > 0 && (
            <>
              <label>
                Same person as{" "}
                <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
                  <option value="">choose…</option>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {nameOf(p.id, p.name)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={!mergeInto || busy}
                onClick={() =>
                  onEdit(
                    [{ op: "mergePeople", from: personIdOf(otherId), into: personIdOf(mergeInto) }],
                    `merge ${otherRawName} into ${people.find((p) => p.id === mergeInto)?.name ?? mergeInto}`,
                  )
                }
              >
                Merge
              </button>
            </>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              onEdit([{ op: "removePerson", id: personIdOf(otherId) }], `remove ${otherRawName} from the data`)
            }
          >
            Remove {otherName} from the data
          </button>
        </div>
        {detailsFor(otherId)}
      </details>
    </li>
  );
}
