#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes v2.tfproj, a project file in schema version 2 (links from_node/to_node; scenarios, view,
notes, catalog overrides and a checksum; no parameter distributions or canvas frames), and v2.json,
the same project in the JSON form, which the migration test expects the file to read as. The
design is v1's; the CREATE statements are copied verbatim from core/src/projectschema.cpp
(version 2), and the checksum is computed as contentChecksum() does.

Kept so the fixture's provenance is on record; the checked-in v2.tfproj is the fixture, frozen.
Run: python3 make_v2_fixture.py   (in this folder)
"""
import json
import os
import sqlite3
import struct

from make_v1_fixture import GOODS, LINKS, NODES, PARAMS, SCHEMA_V1, SETTINGS, TERMS, write_json as write_v1_json

SCHEMA_V2 = SCHEMA_V1[:-1] + [
    "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT, from_node TEXT NOT NULL, "
    "to_node TEXT NOT NULL, good TEXT, share REAL)",
    "CREATE TABLE scenarios(ord INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE scenario_overrides(scenario INTEGER NOT NULL, ord INTEGER NOT NULL, "
    "node TEXT NOT NULL, param TEXT NOT NULL, value REAL, PRIMARY KEY (scenario, ord))",
    "CREATE TABLE view(key TEXT PRIMARY KEY NOT NULL, value)",
    "CREATE TABLE view_notes(ord INTEGER PRIMARY KEY, x REAL, y REAL, text TEXT)",
    "CREATE TABLE catalog_entries(ord INTEGER PRIMARY KEY, entry TEXT NOT NULL)",
]
DATA_TABLES_V2 = ["settings", "goods", "nodes", "recipe_terms", "params", "choices", "links", "scenarios",
                  "scenario_overrides", "view", "view_notes", "catalog_entries"]

SCENARIOS = [(0, "Twice the fab")]
OVERRIDES = [(0, 0, "fab", "capacity", 1000.0)]
VIEW = [("zoom", 0.8), ("centre_x", 10.0), ("centre_y", -20.5)]
NOTES = [(0, -180.0, -90.0, "Wafer quote expires in March")]


def checksum(db):
    """FNV-1a 64 over the type and value of every cell, as ProjectDb::contentChecksum."""
    h = 0xcbf29ce484222325

    def mix(data):
        nonlocal h
        for b in data:
            h ^= b
            h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF

    def rows(sql):
        for row in db.execute(sql):
            for v in row:
                if v is None:
                    mix(bytes([5]))
                elif isinstance(v, int):
                    mix(bytes([1]) + struct.pack("<q", v))
                elif isinstance(v, float):
                    mix(bytes([2]) + struct.pack("<d", v))
                else:
                    data = v.encode("utf-8")
                    mix(bytes([3]) + struct.pack("<q", len(data)) + data)

    rows("SELECT key, value FROM meta WHERE key <> 'checksum' ORDER BY rowid")
    for table in DATA_TABLES_V2:
        rows("SELECT * FROM %s ORDER BY rowid" % table)
    return "%016x" % h


def write_tfproj(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=%d" % 0x5446504A)
    db.execute("PRAGMA user_version=2")
    for sql in SCHEMA_V2:
        db.execute(sql)
    db.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", SETTINGS)
    db.executemany("INSERT INTO goods VALUES (?, ?, ?, ?, ?, ?)", [(i,) + g for i, g in enumerate(GOODS)])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", NODES)
    db.executemany("INSERT INTO recipe_terms VALUES (?, ?, ?, ?, ?)", TERMS)
    db.executemany("INSERT INTO params VALUES (?, ?, ?, ?, ?)", PARAMS)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", LINKS)
    db.executemany("INSERT INTO scenarios VALUES (?, ?)", SCENARIOS)
    db.executemany("INSERT INTO scenario_overrides VALUES (?, ?, ?, ?, ?)", OVERRIDES)
    db.executemany("INSERT INTO view(key, value) VALUES (?, ?)", VIEW)
    db.executemany("INSERT INTO view_notes VALUES (?, ?, ?, ?)", NOTES)
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                   [("app_version", "0.0.9"), ("created", "2025-01-15T09:30:00Z"),
                    ("modified", "2025-06-01T08:00:00Z")])
    db.execute("INSERT INTO meta(key, value) VALUES ('checksum', ?)", (checksum(db),))
    db.commit()
    db.execute("VACUUM")
    db.close()


def write_json(path):
    write_v1_json(path)
    with open(path) as f:
        doc = json.load(f)
    doc["scenarios"] = [{"name": name, "overrides": [{"node": o[2], "param": o[3], "value": o[4]}
                                                     for o in OVERRIDES if o[0] == ord_]}
                        for ord_, name in SCENARIOS]
    view = dict(VIEW)
    doc["view"] = {"zoom": view["zoom"], "centre": [view["centre_x"], view["centre_y"]],
                   "notes": [{"position": [x, y], "text": text} for _, x, y, text in NOTES]}
    with open(path, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    write_tfproj("v2.tfproj")
    write_json("v2.json")
