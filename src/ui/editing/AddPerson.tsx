/** Adding someone to the data on their own (a new ECT, or a colleague who could help), as one undoable step. */
import { useState } from "react";
import type { Edit } from "../../core/index.ts";
import { canonicalPerson, freshId } from "../../core/index.ts";
import { notAName } from "./notAName.ts";

export function AddPerson({
  takenIds,
  busy,
  onAdd,
}: {
  takenIds: readonly string[];
  busy: boolean;
  onAdd: (edits: readonly Edit[], step: string) => void;
}) {
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [school, setSchool] = useState("");
  const [isEct, setIsEct] = useState(true);
  const problem = notAName(name);
  return (
    <details className="add-person">
      <summary>Add an ECT or a colleague</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (!n || problem) return;
          onAdd(
            [
              {
                op: "addPerson",
                person: canonicalPerson({
                  id: freshId(new Set(takenIds), n),
                  name: n,
                  kind: "person",
                  is_ect: isEct,
                  seniority: isEct ? "ect" : undefined,
                  map_status: isEct ? "not_started" : undefined,
                  role_title: role.trim() || undefined,
                  school: school.trim() || undefined,
                }),
              },
            ],
            `add ${n}`,
          );
          setName("");
          setRole("");
        }}
      >
        <label className="block">
          Name{" "}
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={problem ? "add-person-not-a-name" : undefined}
          />
        </label>
        {problem && (
          <p id="add-person-not-a-name" className="muted small" role="status">
            {problem}
          </p>
        )}
        <label className="block">
          Role (optional) <input type="text" value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label className="block">
          School (optional) <input type="text" value={school} onChange={(e) => setSchool(e.target.value)} />
        </label>
        <label className="toggle block">
          <input type="checkbox" checked={isEct} onChange={(e) => setIsEct(e.target.checked)} /> an early-career teacher
        </label>
        <button type="submit" disabled={!name.trim() || problem !== undefined || busy}>
          Add
        </button>
      </form>
    </details>
  );
}
