#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes v4.tfproj, a project file in schema version 4 (version 3's tables; its settings hold
accelerators_life_years, the finance settings of issue 17, where version 3 held
depreciation_years; no scenario choice overrides, which version 5 added), and v4.json, the same
project in the JSON form, which the migration test expects the file to read as. The design is
v3's; the checksum is computed as contentChecksum() does.

Kept so the fixture's provenance is on record; the checked-in v4.tfproj is the fixture, frozen.
Run: python3 make_v4_fixture.py   (in this folder)
"""
import os
import shutil
import sqlite3

import make_v2_fixture as v2
import make_v3_fixture as v3
from make_v1_fixture import GOODS, LINKS, NODES, PARAMS, SETTINGS, TERMS

SETTINGS_V4 = [("accelerators_life_years" if k == "depreciation_years" else k, v) for k, v in SETTINGS]


def write_tfproj(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")
    db.execute("PRAGMA application_id=%d" % 0x5446504A)
    db.execute("PRAGMA user_version=4")
    for sql in v3.SCHEMA_V3:
        db.execute(sql)
    db.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", SETTINGS_V4)
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
    v2.DATA_TABLES_V2[:] = v3.DATA_TABLES_V3  # the checksum covers version 4's tables (3's)
    db.execute("INSERT INTO meta(key, value) VALUES ('checksum', ?)", (v2.checksum(db),))
    db.commit()
    db.execute("VACUUM")
    db.close()


if __name__ == "__main__":
    write_tfproj("v4.tfproj")
    v3.write_json("v4.json")
