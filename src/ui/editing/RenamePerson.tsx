/**
 * Renaming someone on a map. When the new name is someone already on the map (naming "my mentor
 * (Chloë Barker)" as "Claire Beaumont", who is there already), the lead is asked "Same person?"
 * and can merge the two, rather than Mosaic quietly making a second Claire Beaumont. The same
 * matching as the import's "Same person?" (sameNameOnMap in the core).
 */
import { useEffect, useRef, useState } from "react";
import type { Edit, SameNameOnMap } from "../../core/index.ts";
import { personIdOf } from "../../core/index.ts";
import { useClient } from "../AppContext.tsx";
import { Name } from "../components/Name.tsx";
import type { NameOf } from "../names.ts";

interface Props {
  readonly id: string;
  readonly personId: string;
  /** The name as stored (not pseudonymised): what the field starts from. */
  readonly rawName: string;
  readonly busy: boolean;
  readonly nameOf: NameOf;
  readonly onEdit: (edits: readonly Edit[], step: string) => void;
}

/** "Head of maths, Hollinsfield Academy": what tells two people with one name apart. */
function detailsOf(m: SameNameOnMap): string {
  const details = [m.roleTitle, m.school].filter((x): x is string => x !== undefined && x !== "");
  return details.length > 0 ? ` (${details.join(", ")})` : "";
}

export function RenamePerson({ id, personId, rawName, busy, nameOf, onEdit }: Props) {
  const client = useClient();
  const [rename, setRename] = useState(rawName);
  const [checking, setChecking] = useState(false);
  const [asked, setAsked] = useState<{ readonly match: SameNameOnMap; readonly name: string } | undefined>();
  const question = useRef<HTMLParagraphElement>(null);
  // The question appears beside the button pressed: focus goes to it, so it is read out.
  useEffect(() => {
    if (asked) question.current?.focus();
  }, [asked]);

  const renameTo = (name: string) =>
    onEdit([{ op: "updatePerson", id: personIdOf(personId), changes: { name } }], `rename ${rawName} to ${name}`);

  const check = () => {
    const name = rename.trim();
    setChecking(true);
    client
      .request({ kind: "sameNameOnMap", person: personId, name })
      .then((match) => {
        setChecking(false);
        if (match) setAsked({ match, name });
        else renameTo(name);
      })
      .catch(() => {
        // The check could not be made: rename as asked, as before the check existed.
        setChecking(false);
        renameTo(name);
      });
  };

  const shown = asked && nameOf(asked.match.id, asked.match.name);
  return (
    <>
      <label htmlFor={`${id}-rename`}>Name</label>
      <input
        id={`${id}-rename`}
        type="text"
        value={rename}
        onChange={(e) => {
          setRename(e.target.value);
          setAsked(undefined);
        }}
      />
      <button
        type="button"
        disabled={!rename.trim() || rename === rawName || busy || checking || asked !== undefined}
        onClick={check}
      >
        Rename
      </button>
      {asked && shown !== undefined && (
        <div
          className="notice same-people-notice same-name"
          data-testid="same-name"
          role="group"
          aria-label="Same person?"
        >
          <p ref={question} tabIndex={-1}>
            Same person? <Name text={shown} />
            {detailsOf(asked.match)} is already on the map
            {!asked.match.exact && asked.match.why ? ` (${asked.match.why})` : ""}. Is{" "}
            <Name text={nameOf(personId, rawName)} /> the same person?
          </p>
          <div className="button-row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                onEdit(
                  [{ op: "mergePeople", from: personIdOf(personId), into: asked.match.id }],
                  `merge ${rawName} into ${asked.match.name}`,
                )
              }
            >
              Yes, the same person
            </button>
            <button type="button" disabled={busy} onClick={() => renameTo(asked.name)}>
              No, someone else called &ldquo;{asked.name}&rdquo;
            </button>
            <button type="button" onClick={() => setAsked(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
