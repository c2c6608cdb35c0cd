/**
 * Adding someone to a map: a new person by name, or someone already there, with a few optional
 * details (do they assess you? how often do you talk? did you choose them?). Produces the edits;
 * links added here are private unless the person adding them says otherwise (docs/domain.md 8.3).
 */
import { useEffect, useRef, useState } from "react";
import type {
  Edit,
  Frequency,
  LinkRole,
  SupportLink,
  SupportType,
  TypedPiece,
  TypedSupporter,
  Visibility,
} from "../../core/index.ts";
import {
  freshId,
  LINK_ROLES,
  linkIdOf,
  listWords,
  personIdOf,
  readTypedSupporters,
  ROLE_HELP,
  sortTypes,
} from "../../core/index.ts";
import { oneOf } from "../oneOf.ts";
import { newLinkId } from "./newLinkId.ts";
import { newSupporter } from "./newSupporter.ts";
import { supporterStep } from "./supporterStep.ts";
import { FrequencySelect } from "../components/FrequencySelect.tsx";
import { TypeChoice } from "../components/TypeChoice.tsx";
import { VisibilitySelect } from "../components/VisibilitySelect.tsx";

export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  /** Their link to the ECT in this direction, if any: new kinds of support are added to it. */
  readonly link?: { readonly id: string; readonly types: readonly SupportType[] } | undefined;
  /** Every kind of support they give the ECT (over all their links), where known. */
  readonly types?: readonly SupportType[];
}

interface Props {
  /** The ECT whose map this is. */
  readonly ectId: string;
  /** Their name: someone typed as "my mentor" or "Mum" is named after them, as the import does. */
  readonly ectName: string;
  /** "in": they support the ECT; "out": the ECT helps them. */
  readonly direction: "in" | "out";
  /** Ids already taken (new people get a readable id that is not). */
  readonly takenIds: readonly string[];
  /**
   * People already on this map: a typed name is matched against all of them; the list to choose
   * from leaves out anyone who already gives every preset kind of support (choosing them adds nothing).
   */
  readonly known: readonly KnownPerson[];
  /** Preset kinds of support (one per prompt in the guided flow); otherwise the user ticks them. */
  readonly types?: readonly SupportType[] | undefined;
  readonly allTypes: readonly SupportType[];
  readonly voice: "you" | "they";
  readonly onAdd: (edits: readonly Edit[], step: string) => void;
  readonly submitLabel?: string;
}

const YES_NO = ["yes", "no"] as const; // a yes/no select's answers besides "not sure" ("")

export function SupporterForm(props: Props) {
  const { ectId, ectName, direction, takenIds, known, types, allTypes, voice, onAdd } = props;
  const [who, setWho] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<SupportType>>(new Set(types ?? []));
  const [assesses, setAssesses] = useState<"" | "yes" | "no">("");
  const [frequency, setFrequency] = useState<"" | Frequency>("");
  const [choseThem, setChoseThem] = useState<"" | "yes" | "no">("");
  const [visibility, setVisibility] = useState<Visibility>("private");
  const [linkRole, setLinkRole] = useState<"" | LinkRole>("");
  // After adding, the emptied form's button is disabled: focus goes back to the name, ready for the next person.
  const nameField = useRef<HTMLInputElement>(null);
  // "Use …" hides the name field it sits under: focus goes to the choice it made, not to the page's body.
  const whoField = useRef<HTMLSelectElement>(null);
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (added > 0) nameField.current?.focus();
  }, [added]);
  const kinds = types ?? [...chosen];
  const you = voice === "you";
  // Someone who already helps with every kind of this question: typing their name again must find
  // them (not make a second person), and adding them would change nothing.
  const alreadyHelps = (k: KnownPerson | undefined) =>
    k !== undefined &&
    direction === "in" &&
    types !== undefined &&
    types.every((t) => (k.types ?? k.link?.types ?? []).includes(t));
  const listed = known.filter((k) => !alreadyHelps(k));
  // The typed words read as the survey import reads an answer: "Mr Khan and Priya" is two people,
  // "my mentor" and "Mum" are not colleagues' names, "nobody" is no one at all. Each piece is matched
  // against the people already here as the import's "Same person?" does: a name equal to someone's
  // apart from case, accents and spacing is them; a near one is offered (never for "my mentor").
  const pieces =
    who === ""
      ? readTypedSupporters(
          name,
          ectName,
          known.map((k) => k.name),
        )
      : [];
  const noOne = who === "" && name.trim() !== "" && pieces.length === 0;
  const sameAs = (n: string | undefined) => (n === undefined ? undefined : known.find((k) => k.name === n));
  const toAdd = pieces.filter((p) => !alreadyHelps(sameAs(p.exact)));
  const ready = (who !== "" || toAdd.length > 0) && kinds.length > 0;
  const hints = pieces.filter((p) => p.exact !== undefined || p.near !== undefined);
  const several = pieces.length > 1;

  /** "Use Mr Khan": one piece is the person chosen; among several, that piece's words become their name. */
  const chooseNear = (piece: TypedPiece, person: KnownPerson) => {
    if (!several) {
      setWho(person.id);
      requestAnimationFrame(() => whoField.current?.focus());
      return;
    }
    setName(pieces.map((p) => (p === piece ? person.name : p.written)).join(", "));
    requestAnimationFrame(() => nameField.current?.focus());
  };

  /** The edits for one supporter (someone already here, or someone new) and the name to say. */
  const editsFor = (person: KnownPerson | undefined, reading: TypedSupporter | undefined, taken: Set<string>) => {
    if (person) {
      const existing = direction === "in" ? person.link : undefined;
      if (existing) {
        const update: Edit = {
          op: "updateLink",
          id: linkIdOf(existing.id),
          changes: { support_types: sortTypes([...new Set([...existing.types, ...kinds])]) },
        };
        return { edits: [update], name: person.name, updated: true };
      }
      return { edits: [linkTo(person.id, undefined)], name: person.name, updated: false };
    }
    if (!reading) return { edits: [], name: "", updated: false };
    const newId = freshId(taken, reading.name);
    taken.add(newId);
    // With several people at once, a role typed in "Their role" is said of each of them.
    const add: Edit = { op: "addPerson", person: newSupporter(reading, newId, role) };
    return { edits: [add, linkTo(newId, reading)], name: reading.name, updated: false };
  };

  const linkTo = (personId: string, reading: TypedSupporter | undefined): Edit => {
    const link: SupportLink = {
      link_id: newLinkId(),
      from_id: personIdOf(direction === "in" ? personId : ectId),
      to_id: personIdOf(direction === "in" ? ectId : personId),
      support_types: sortTypes(kinds),
      visibility,
      status: "active",
      link_role: direction === "out" ? "contribution" : linkRole || reading?.linkRole,
      assesses: assesses === "" ? undefined : assesses === "yes",
      frequency: frequency || undefined,
      origin: choseThem === "" ? undefined : choseThem === "yes" ? "ect_chosen" : "school_assigned",
    };
    return { op: "addLink", link };
  };

  const submit = () => {
    if (!ready) return;
    const taken = new Set(takenIds);
    const chosenPerson = known.find((k) => k.id === who);
    const each = chosenPerson
      ? [editsFor(chosenPerson, undefined, taken)]
      : toAdd.map((p) => editsFor(sameAs(p.exact), p.reading, taken));
    const names = listWords(each.map((e) => e.name));
    const onlyUpdates = each.every((e) => e.updated);
    onAdd(
      each.flatMap((e) => e.edits),
      supporterStep({ names, direction, onlyUpdates, kinds, voice, ectName }),
    );
    setWho("");
    setName("");
    setRole("");
    setAssesses("");
    setFrequency("");
    setChoseThem("");
    setLinkRole("");
    if (!types) setChosen(new Set());
    setAdded((n) => n + 1);
  };

  const idBase = `sf-${direction}-${(types ?? []).join("-") || "any"}`;
  return (
    <form
      className="supporter-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {/* The name comes first, at every question: Tab from the question lands where typing is meant to go,
          never in the list of people already here (where typed letters would pick someone). */}
      <div className="filters">
        {who === "" && (
          <>
            <label htmlFor={`${idBase}-name`}>Name</label>
            <input
              id={`${idBase}-name`}
              ref={nameField}
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={several || hints.length > 0 ? `${idBase}-same` : undefined}
            />
            {noOne && (
              <p className="muted small" role="status" data-testid="typed-no-one">
                &ldquo;{name.trim()}&rdquo; reads as no one.{" "}
                {types
                  ? "If no one helps with this yet, that is fine: go on to the next question."
                  : "Type a name to add someone."}
              </p>
            )}
            {(several || hints.length > 0) && (
              <div id={`${idBase}-same`} role="status">
                {several && toAdd.length > 0 && (
                  <p className="same-as-typed" data-testid="typed-people">
                    Adding {toAdd.length > 1 && <>{toAdd.length} people: </>}
                    {listWords(toAdd.map((p) => sameAs(p.exact)?.name ?? p.reading.name))}. Not right? Change the names
                    above: a comma or &ldquo;and&rdquo; goes between two people.
                  </p>
                )}
                {hints.map((piece) => {
                  const exact = sameAs(piece.exact);
                  const near = exact ? undefined : sameAs(piece.near);
                  return (
                    <p key={piece.written} className="same-as-typed" data-testid="same-as-typed">
                      {exact && alreadyHelps(exact) ? (
                        <>
                          <bdi>{exact.name}</bdi> already helps {you ? "you" : "them"} with this, so there is nothing to
                          add for them.
                        </>
                      ) : exact ? (
                        <>
                          <bdi>{exact.name}</bdi> is already on {you ? "your" : "this"} map: adding will use them, not
                          make a second person.
                        </>
                      ) : near && alreadyHelps(near) ? (
                        <>
                          {several && <>&ldquo;{piece.written}&rdquo;: </>}
                          Did you mean <bdi>{near.name}</bdi>? They already help {you ? "you" : "them"} with this. If
                          &ldquo;{piece.written}&rdquo; is someone else, add them.
                        </>
                      ) : (
                        near && (
                          <>
                            {several && <>&ldquo;{piece.written}&rdquo;: </>}
                            Did you mean <bdi>{near.name}</bdi> (already on {you ? "your" : "this"} map)?{" "}
                            <button type="button" onClick={() => chooseNear(piece, near)}>
                              Use {near.name}
                            </button>
                          </>
                        )
                      )}
                    </p>
                  );
                })}
              </div>
            )}
          </>
        )}
        {listed.length > 0 && (
          <label>
            {who === "" ? "Or someone already here" : "Someone already here"}{" "}
            <select ref={whoField} value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">no, someone new</option>
              {listed.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {who === "" && (
          <>
            <label htmlFor={`${idBase}-role`}>Their role (optional)</label>
            <input
              id={`${idBase}-role`}
              type="text"
              value={role}
              placeholder="e.g. teaching assistant"
              onChange={(e) => setRole(e.target.value)}
            />
          </>
        )}
      </div>
      {!types && (
        <TypeChoice
          legend={direction === "in" ? "What they help with" : "What you help with"}
          types={allTypes}
          chosen={chosen}
          onChange={setChosen}
        />
      )}
      {direction === "in" && (
        <details className="more-details">
          <summary>A few optional details</summary>
          <div className="role-choice">
            <label htmlFor={`${idBase}-link-role`}>{you ? "Their role for you" : "Their role for this ECT"}</label>{" "}
            <select
              id={`${idBase}-link-role`}
              value={linkRole}
              aria-describedby={`${idBase}-link-role-${linkRole ? "help" : "hint"}`}
              onChange={(e) => setLinkRole(LINK_ROLES.find((r) => r === e.target.value) ?? "")}
            >
              <option value="">not sure</option>
              {LINK_ROLES.filter((r) => r !== "contribution").map((r) => (
                <option key={r} value={r} title={ROLE_HELP[r].text}>
                  {ROLE_HELP[r].label}
                </option>
              ))}
            </select>
            {/* The standing hint sits outside the live region, so only a chosen role's meaning is read out. */}
            {!linkRole && (
              <p id={`${idBase}-link-role-hint`} className="muted small role-help">
                Choose a role to see what it usually means; an informal supporter counts as much as anyone.
              </p>
            )}
            <p id={`${idBase}-link-role-help`} className="muted small role-help" aria-live="polite">
              {linkRole ? ROLE_HELP[linkRole].text : ""}
            </p>
          </div>
          <div className="filters">
            <label>
              {you ? "Do they assess you?" : "Do they assess this ECT?"}{" "}
              <select value={assesses} onChange={(e) => setAssesses(oneOf(YES_NO, e.target.value) ?? "")}>
                <option value="">not sure</option>
                <option value="yes">yes</option>
                <option value="no">no</option>
              </select>
            </label>
            <label>
              How often do {you ? "you" : "they"} talk?{" "}
              <FrequencySelect value={frequency} blank="not sure" onChange={setFrequency} />
            </label>
            <label>
              {you ? "Did you choose them?" : "Did the ECT choose them?"}{" "}
              <select value={choseThem} onChange={(e) => setChoseThem(oneOf(YES_NO, e.target.value) ?? "")}>
                <option value="">not sure</option>
                <option value="yes">yes</option>
                <option value="no">no, it was arranged</option>
              </select>
            </label>
            <label>
              Who may see this link <VisibilitySelect value={visibility} voice={voice} onChange={setVisibility} />
            </label>
          </div>
        </details>
      )}
      <button type="submit" className="primary" disabled={!ready}>
        {props.submitLabel ?? "Add"}
      </button>
    </form>
  );
}
