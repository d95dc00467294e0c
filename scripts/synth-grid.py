#!/usr/bin/env python3
"""Writes caseflow-synth/src/main/resources/org/caseflow/synth/places/grid.csv: the grid reference
(OSGB easting and northing, metres) of every postcode in places/postcodes.csv, so that synth can
place children inside and outside 20 miles of home as the DfE measures it (straight line between
postcode centroids).

Usage: scripts/synth-grid.py ONSPD.csv.gz postcodes.csv OUT.csv
"""
import csv, gzip, sys

onspd, listed, out = sys.argv[1:4]
want = set()
with open(listed, encoding="utf-8") as f:
    for r in csv.reader(f):
        if r[0] == "old_la_code":
            continue
        want.update(p for p in r[3:] if p)
norm = lambda pc: pc.replace(" ", "")
key = {norm(p): p for p in want}
grid = {}
with gzip.open(onspd, "rt", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        p = key.get(norm(r["pcd"]))
        if p and r["oseast1m"] and r["osnrth1m"]:
            grid[p] = (int(r["oseast1m"]), int(r["osnrth1m"]))
missing = want - grid.keys()
if missing:
    sys.exit(f"{len(missing)} postcodes without a grid reference, e.g. {sorted(missing)[:3]}")
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["postcode", "east", "north"])
    for p in sorted(grid):
        w.writerow([p, *grid[p]])
print(len(grid), "postcodes")
