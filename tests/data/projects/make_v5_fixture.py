#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes v5.tfproj, a project file in schema version 5 (version 4's tables and the scenario
choice overrides of issue 19; no timeline, schedules or lead times, which version 6 added), and
v5.json, the same project in the JSON form, which the migration test expects the file to read
as. The design is v4's; the checksum is computed as contentChecksum() does.

Kept so the fixture's provenance is on record; the checked-in v5.tfproj is the fixture, frozen.
Run: python3 make_v5_fixture.py   (in this folder)
"""
import os
import sqlite3

import make_v2_fixture as v2
import make_v3_fixture as v3
import make_v4_fixture as v4
from make_v1_fixture import GOODS, LINKS, NODES, PARAMS, TERMS

SCHEMA_V5 = v3.SCHEMA_V3 + [
    "CREATE TABLE scenario_choices(scenario INTEGER NOT NULL, ord INTEGER NOT NULL, "
    "node TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scenario, ord))",
]
DATA_TABLES_V5 = v3.DATA_TABLES_V3 + ["scenario_choices"]


def write_tfproj(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=%d" % 0x5446504A)
    db.execute("PRAGMA user_version=5")
    for sql in SCHEMA_V5:
        db.execute(sql)
    db.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", v4.SETTINGS_V4)
    db.executemany("INSERT INTO goods VALUES (?, ?, ?, ?, ?, ?)", [(i,) + g for i, g in enumerate(GOODS)])
    db.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", NODES)
    db.executemany("INSERT INTO recipe_terms VALUES (?, ?, ?, ?, ?)", TERMS)
    db.executemany("INSERT INTO params VALUES (?, ?, ?, ?, ?)", PARAMS)
    db.executemany("INSERT INTO param_distributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", v3.DISTRIBUTIONS)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)", LINKS)
    db.executemany("INSERT INTO scenarios VALUES (?, ?)", v2.SCENARIOS)
    db.executemany("INSERT INTO scenario_overrides VALUES (?, ?, ?, ?, ?)", v2.OVERRIDES)
    db.executemany("INSERT INTO view(key, value) VALUES (?, ?)", v2.VIEW)
    db.executemany("INSERT INTO view_notes VALUES (?, ?, ?, ?)", v2.NOTES)
    db.executemany("INSERT INTO view_frames VALUES (?, ?, ?, ?, ?, ?, ?)", v3.FRAMES)
    db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                   [("app_version", "0.0.9"), ("created", "2025-01-15T09:30:00Z"),
                    ("modified", "2025-12-01T08:00:00Z")])
    v2.DATA_TABLES_V2[:] = DATA_TABLES_V5  # the checksum covers version 5's tables
    db.execute("INSERT INTO meta(key, value) VALUES ('checksum', ?)", (v2.checksum(db),))
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    write_tfproj("v5.tfproj")
    v3.write_json("v5.json")
