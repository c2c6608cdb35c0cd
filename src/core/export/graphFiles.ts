/**
 * The network for Gephi (GEXF, written by graphology-gexf) and Cytoscape or yEd (GraphML, written
 * here: graphology-graphml only parses). Names can be replaced by stable codes. Notes, trust and
 * similarity never leave in these files (docs/domain.md 8.3): they are the ECT's private view.
 */
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import type { Person, SupportLink } from "../model/types.ts";
import { personKind, pseudonymCodes } from "../report/pseudonyms.ts";

type Attrs = Record<string, string | number | boolean>;

function nodeAttrs(p: Person, label: string): Attrs {
  const a: Attrs = { label, is_ect: p.is_ect, kind: p.kind };
  for (const k of [
    "role_title",
    "school",
    "seniority",
    "department",
    "staff_type",
    "capacity",
    "capacity_minutes_per_month",
    "ect_year",
  ] as const) {
    const v = p[k];
    if (v !== undefined) a[k] = v;
  }
  return a;
}

function edgeAttrs(l: SupportLink): Attrs {
  const a: Attrs = { support_types: l.support_types.join(";"), status: l.status ?? "active" };
  for (const k of [
    "link_role",
    "formality",
    "origin",
    "frequency",
    "minutes_per_month",
    "assesses",
    "last_contact",
    "started_on",
  ] as const) {
    const v = l[k];
    if (v !== undefined) a[k] = v;
  }
  return a;
}

export function exportGraph(people: readonly Person[], links: readonly SupportLink[], hideNames: boolean): Graph {
  const codes = hideNames
    ? pseudonymCodes(
        people.map((p) => p.id),
        people.map(personKind),
      )
    : undefined;
  const key = (id: string) => codes?.get(id) ?? id;
  const g = new Graph({ type: "directed", multi: true });
  for (const p of people) g.addNode(key(p.id), nodeAttrs(p, codes ? key(p.id) : p.name));
  for (const l of links) {
    if (!g.hasNode(key(l.from_id)) || !g.hasNode(key(l.to_id))) continue;
    g.addEdgeWithKey(l.link_id, key(l.from_id), key(l.to_id), edgeAttrs(l));
  }
  return g;
}

export function toGexf(people: readonly Person[], links: readonly SupportLink[], hideNames: boolean): string {
  return writeGexf(exportGraph(people, links, hideNames));
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function graphmlType(values: readonly unknown[]): "boolean" | "double" | "string" {
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number")) return "double";
  return "string";
}

export function toGraphml(people: readonly Person[], links: readonly SupportLink[], hideNames: boolean): string {
  const g = exportGraph(people, links, hideNames);
  const keysOf = (forWhat: "node" | "edge") => {
    const values = new Map<string, unknown[]>();
    const each =
      forWhat === "node"
        ? g.forEachNode.bind(g)
        : (cb: (k: string, a: Attrs) => void) => g.forEachEdge((k, a) => cb(k, a));
    each((_k: string, a: Attrs) => {
      for (const [name, v] of Object.entries(a)) values.set(name, [...(values.get(name) ?? []), v]);
    });
    return [...values].map(([name, vs]) => ({ id: `${forWhat[0]}_${name}`, name, type: graphmlType(vs) }));
  };
  const nodeKeys = keysOf("node");
  const edgeKeys = keysOf("edge");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map((k) => `  <key id="${xml(k.id)}" for="node" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${xml(k.id)}" for="edge" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph edgedefault="directed">',
  ];
  const data = (keys: { id: string; name: string }[], a: Attrs) =>
    keys
      .filter((k) => a[k.name] !== undefined)
      .map((k) => `<data key="${xml(k.id)}">${xml(String(a[k.name]))}</data>`)
      .join("");
  g.forEachNode((n, a) => lines.push(`    <node id="${xml(n)}">${data(nodeKeys, a)}</node>`));
  g.forEachEdge((e, a, s, t) =>
    lines.push(`    <edge id="${xml(e)}" source="${xml(s)}" target="${xml(t)}">${data(edgeKeys, a)}</edge>`),
  );
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}
