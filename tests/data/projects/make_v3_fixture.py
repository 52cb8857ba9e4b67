#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes v3.tfproj, a project file in schema version 3 (v2 plus parameter distributions and
canvas frames; its settings hold depreciation_years, the one straight-line life version 4 replaced
by finance settings per asset class), and v3.json, the same project in the JSON form (design format
version 1, whose depreciation_years is read the same way), which the migration test expects the
file to read as. The design is v1's; the CREATE statements are copied verbatim from
core/src/io/projectschema.cpp (version 3), and the checksum is computed as contentChecksum() does.

Kept so the fixture's provenance is on record; the checked-in v3.tfproj is the fixture, frozen.
Run: python3 make_v3_fixture.py   (in this folder)
"""
import json
import os
import sqlite3

import make_v2_fixture as v2
from make_v1_fixture import GOODS, LINKS, NODES, PARAMS, SETTINGS, TERMS

SCHEMA_V3 = v2.SCHEMA_V2 + [
    "CREATE TABLE param_distributions(node INTEGER NOT NULL, key TEXT NOT NULL, kind TEXT NOT "
    "NULL, min REAL, "
    "mode REAL, max REAL, mean REAL, sd REAL, median REAL, sigma REAL, PRIMARY KEY (node, key))",
    "CREATE TABLE view_frames(ord INTEGER PRIMARY KEY, title TEXT, color TEXT, x REAL, "
    "y REAL, width REAL, height REAL)",
]
DATA_TABLES_V3 = v2.DATA_TABLES_V2 + ["param_distributions", "view_frames"]

# node, key, kind, min, mode, max, mean, sd, median, sigma: the wafer price is triangular.
DISTRIBUTIONS = [(0, "unit_cost_usd", "triangular", 15000.0, 16000.0, 18000.0, None, None, None, None)]
FRAMES = [(0, "Front end", "#88aa44", -260.0, -120.0, 520.0, 240.0)]


def write_tfproj(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=%d" % 0x5446504A)
    db.execute("PRAGMA user_version=3")
    for sql in SCHEMA_V3:
        db.execute(sql)
    db.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", SETTINGS)
    db.executemany("INSERT INTO goods VALUES (?, ?, ?, ?, ?, ?)", [(i,) + g for i, g in enumerate(GOODS)])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", NODES)
    db.executemany("INSERT INTO recipe_terms VALUES (?, ?, ?, ?, ?)", TERMS)
    db.executemany("INSERT INTO params VALUES (?, ?, ?, ?, ?)", PARAMS)
    db.executemany("INSERT INTO param_distributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", DISTRIBUTIONS)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", LINKS)
    db.executemany("INSERT INTO scenarios VALUES (?, ?)", v2.SCENARIOS)
    db.executemany("INSERT INTO scenario_overrides VALUES (?, ?, ?, ?, ?)", v2.OVERRIDES)
    db.executemany("INSERT INTO view(key, value) VALUES (?, ?)", v2.VIEW)
    db.executemany("INSERT INTO view_notes VALUES (?, ?, ?, ?)", v2.NOTES)
    db.executemany("INSERT INTO view_frames VALUES (?, ?, ?, ?, ?, ?, ?)", FRAMES)
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                   [("app_version", "0.0.9"), ("created", "2025-01-15T09:30:00Z"),
                    ("modified", "2025-09-01T08:00:00Z")])
    v2.DATA_TABLES_V2[:] = DATA_TABLES_V3  # the checksum covers version 3's tables
    db.execute("INSERT INTO meta(key, value) VALUES ('checksum', ?)", (v2.checksum(db),))
    db.commit()
    db.execute("VACUUM")
    db.close()


def write_json(path):
    v2.write_json(path)
    with open(path) as f:
        doc = json.load(f)
    for node, key, kind, lo, mode, hi, *_ in DISTRIBUTIONS:
        n = doc["nodes"][node]
        p = n["params"][key]
        if not isinstance(p, dict):
            p = {"value": p}
        p["distribution"] = {"kind": kind, "min": lo, "mode": mode, "max": hi}
        n["params"][key] = p
    doc["view"]["frames"] = [{"title": t, "color": c, "position": [x, y], "size": [w, h]}
                             for _, t, c, x, y, w, h in FRAMES]
    with open(path, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    write_tfproj("v3.tfproj")
    write_json("v3.json")
