"""A peer for the process bench: the networkx route, end to end, doing the graphology route's work.

Reads people.csv and links.csv with the csv module, builds a MultiDiGraph of everything, counts gaps,
sole sources and keystones from live links, and asks networkx for the cut vertices and bridges of the
undirected graph of live links. Prints the counts.

usage: python3 networkxRoute.py people.csv links.csv
"""
import csv
import json
import sys

import networkx as nx

CORE_TYPES = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


g = nx.MultiDiGraph()
for p in read(sys.argv[1]):
    if p["id"] not in g:
        g.add_node(p["id"], **p)
for l in read(sys.argv[2]):
    if l["from_id"] in g and l["to_id"] in g:
        g.add_edge(l["from_id"], l["to_id"], types=l.get("support_types", "").split(";"), status=l.get("status"))


def live(a):
    return a["status"] in ("active", "strained")


gaps = 0
sole_sources = 0
sole_for = {}
for node, attrs in g.nodes(data=True):
    if attrs.get("is_ect") != "true":
        continue
    providers = {t: set() for t in CORE_TYPES}
    for source, _, a in g.in_edges(node, data=True):
        if not live(a):
            continue
        for t in a["types"]:
            if t in providers:
                providers[t].add(source)
    for s in providers.values():
        if len(s) == 0:
            gaps += 1
        if len(s) == 1:
            sole_sources += 1
            sole_for.setdefault(next(iter(s)), set()).add(node)
keystones = sum(1 for ects in sole_for.values() if len(ects) >= 2)

u = nx.Graph()
u.add_edges_from((s, t) for s, t, a in g.edges(data=True) if live(a) and s != t)
cut_vertices = sum(1 for _ in nx.articulation_points(u))
bridges = sum(1 for _ in nx.bridges(u))
print(json.dumps({"gaps": gaps, "soleSources": sole_sources, "keystones": keystones, "cutVertices": cut_vertices, "bridges": bridges}))
