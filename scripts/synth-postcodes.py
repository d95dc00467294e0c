#!/usr/bin/env python3
"""Writes caseflow-synth/src/main/resources/org/caseflow/synth/places/postcodes.csv: a small, fixed sample of full postcodes per council.

Usage: scripts/synth-postcodes.py ONSPD.csv.gz LTLA-UTLA_lookup.csv b1_children_in_need.csv OUT.csv

One line per council with children's services (upper-tier authority): old_la_code, new_la_code,
the old codes of its four nearest councils (by centroid, for placements outside the area), then
PER postcodes inside it (only postcodes with grid references, chosen by a fixed hash, sorted).
"""
import csv, gzip, hashlib, math, sys

PER = 40


def norm(pc):
    s = pc.replace(" ", "")
    return s[:-3] + " " + s[-3:]

onspd, lookup, b1, out = sys.argv[1:5]
utla = {}
with open(lookup, encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        utla[r["LTLA23CD"]] = r["UTLA23CD"]
codes = {}
with open(b1, encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        if r["geographic_level"] == "Local authority" and r["old_la_code"] and r["new_la_code"]:
            codes[r["new_la_code"]] = r["old_la_code"]
pcs = {}
with gzip.open(onspd, "rt", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        u = utla.get(r["laua"])
        if u not in codes or not r["oseast1m"] or not r["osnrth1m"]:
            continue
        pcs.setdefault(u, []).append((r["pcd"], int(r["oseast1m"]), int(r["osnrth1m"])))
# one council under several codes over the years: keep one list per old code
byold = {}
for u in list(pcs):
    o = codes[u]
    if o in byold:
        pcs[byold[o]].extend(pcs.pop(u))
    else:
        byold[o] = u
rows = []
cent = {}
for u, lst in pcs.items():
    cent[u] = (sum(p[1] for p in lst) / len(lst), sum(p[2] for p in lst) / len(lst))
for u in sorted(pcs, key=lambda c: codes[c]):
    lst = sorted(pcs[u], key=lambda p: hashlib.sha1(p[0].encode()).hexdigest())[:PER]
    near = sorted((c for c in cent if c != u), key=lambda c: math.dist(cent[u], cent[c]))[:4]
    rows.append([codes[u], u, " ".join(codes[c] for c in near)]
                + [norm(p[0]) for p in sorted(lst)])
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["old_la_code", "new_la_code", "nearest"] + [f"pc{i + 1}" for i in range(PER)])
    w.writerows(rows)
print(len(rows), "councils")
