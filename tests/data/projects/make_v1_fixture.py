#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes v1.tfproj, a project file in schema version 1 (the first layout: links named their ends
source/target; no scenarios, view, catalog overrides or checksum), and v1.json, the same design in
the JSON form, which the migration test expects the file to read as. The CREATE statements are
copied verbatim from core/src/projectschema.cpp (version 1): the reader compares them exactly.

Kept so the fixture's provenance is on record; the checked-in v1.tfproj is the fixture, frozen.
Run: python3 make_v1_fixture.py   (in this folder)
"""
import json
import os
import sqlite3

SCHEMA_V1 = [
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE settings(key TEXT PRIMARY KEY NOT NULL, value)",
    "CREATE TABLE goods(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, unit TEXT, basis TEXT, color TEXT)",
    "CREATE TABLE nodes(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, "
    "name TEXT, x REAL, y REAL, good TEXT, notes TEXT)",
    "CREATE TABLE recipe_terms(node INTEGER NOT NULL, side TEXT NOT NULL, "
    "ord INTEGER NOT NULL, good TEXT NOT NULL, amount REAL, PRIMARY KEY (node, side, ord))",
    "CREATE TABLE params(node INTEGER NOT NULL, key TEXT NOT NULL, value REAL, "
    "source TEXT, estimate INTEGER, PRIMARY KEY (node, key))",
    "CREATE TABLE choices(node INTEGER NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (node, key))",
    "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT, source TEXT NOT NULL, "
    "target TEXT NOT NULL, good TEXT, share REAL)",
]

SETTINGS = [("horizon_months", 24.0), ("currency", "EUR"), ("electricity_usd_per_mwh", 95.5),
            ("depreciation_years", 4.0), ("pue_default", 1.3)]
GOODS = [("wafer", "Logic wafer", "wafers/month", "flow", "#3366cc"),
         ("logic_die", "Logic die", "dies/month", "flow", None)]
NODES = [  # ord, id, kind, name, x, y, good, notes
    (0, "wafers", "supplier", "Wafer supply", -200.0, 0.0, "wafer", None),
    (1, "fab", "process", "Fab", 0.0, 0.0, None, "28 dies per wafer"),
    (2, "demand", "sink", "Die demand", 200.0, 0.0, "logic_die", None),
]
TERMS = [(1, "in", 0, "wafer", 1.0), (1, "out", 0, "logic_die", 28.0)]
PARAMS = [  # node, key, value, source, estimate
    (0, "capacity", 1000.0, None, None),
    (0, "unit_cost_usd", 16000.0, "TSMC N5 wafer price, 2023", 1),
    (1, "capacity", 500.0, None, None),
    (2, "rate", 5600.0, None, None),
]
LINKS = [(0, "l1", "wafers", "fab", "wafer", None), (1, "l2", "fab", "demand", "logic_die", 1.0)]


def write_tfproj(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=%d" % 0x5446504A)
    db.execute("PRAGMA user_version=1")
    for sql in SCHEMA_V1:
        db.execute(sql)
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                   [("app_version", "0.0.9"), ("created", "2025-01-15T09:30:00Z"),
                    ("modified", "2025-02-01T17:05:00Z")])
    db.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", SETTINGS)
    db.executemany("INSERT INTO goods VALUES (?, ?, ?, ?, ?, ?)", [(i,) + g for i, g in enumerate(GOODS)])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", NODES)
    db.executemany("INSERT INTO recipe_terms VALUES (?, ?, ?, ?, ?)", TERMS)
    db.executemany("INSERT INTO params VALUES (?, ?, ?, ?, ?)", PARAMS)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", LINKS)
    db.commit()
    db.execute("VACUUM")
    db.close()


def write_json(path):
    def param(p):
        _, _, value, source, estimate = p
        if source is None and not estimate:
            return value
        o = {"value": value}
        if source is not None:
            o["source"] = source
        if estimate:
            o["estimate"] = True
        return o

    nodes = []
    for ord_, id_, kind, name, x, y, good, notes in NODES:
        n = {"id": id_, "kind": kind, "name": name, "position": [x, y]}
        if good is not None:
            n["good"] = good
        terms = [t for t in TERMS if t[0] == ord_]
        if terms:
            n["recipe"] = {"inputs": {t[3]: t[4] for t in terms if t[1] == "in"},
                           "outputs": {t[3]: t[4] for t in terms if t[1] == "out"}}
        params = {p[1]: param(p) for p in PARAMS if p[0] == ord_}
        if params:
            n["params"] = params
        if notes is not None:
            n["notes"] = notes
        nodes.append(n)
    doc = {"format": "tokenfactory-design", "version": 1,
           "settings": dict(SETTINGS),
           "goods": [dict(zip(["id", "name", "unit", "basis", "color"], g))
                     for g in GOODS],
           "nodes": nodes,
           "links": [{k: v for k, v in zip(["id", "from", "to", "good", "share"], l[1:]) if v is not None}
                     for l in LINKS]}
    for g in doc["goods"]:
        if g["color"] is None:
            del g["color"]
    with open(path, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    write_tfproj("v1.tfproj")
    write_json("v1.json")
