#!/usr/bin/env python3
"""Stress test of the real-order suite: re-check every record a court REJECTED
under recorder variations, alone and combined, and print each variation that
turns one Ready. A recorder reading the same order could have logged it any of
these ways, so a record that turns Ready here shows how thin the margin is.

Usage: scripts/stress-orders.py [BINARY]   (default target/release/goodfaith;
build it first with `cargo build --release`). Needs Python 3.11 (tomllib).

Variations: impasse (every "raised" outcome an impasse), answered (every
written attempt answered, with a position), particulars (every live contact
with a time and 30 minutes), everyone (the other side's every counsel and
party on every contact), allitems (every live contact or letter about every
request), gencert (a generated certificate), noresp (nothing served: every
request `no_response`), silence (every unanswered written attempt `reply:
none`). Most of these add facts an order did not state; a Ready here is a
question for the recording, not a bug by itself.
"""
import glob
import itertools
import json
import os
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDERS = os.path.join(ROOT, "tests", "fixtures", "orders")
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "goodfaith")
WRITTEN = ("letter", "email", "fax", "voicemail", "unanswered_call")
LIVE = ("telephone", "video", "in_person")


def sides(m):
    side_of = {p["id"]: p["side"] for p in m["parties"]}
    for c in m.get("counsel", []):
        side_of[c["id"]] = side_of.get(c["represents"][0]) if c.get("represents") else None
    return side_of


def apply(mode, m):
    side_of = sides(m)
    movant = m["motion"]["movant"]
    others = [i for i, s in side_of.items() if s and s != movant]
    for e in m.get("conferrals", []):
        mine = side_of.get(e["initiated_by"]) == movant
        if mode == "impasse":
            for it in e.get("items", []):
                if it.get("outcome", "raised") == "raised":
                    it["outcome"] = "impasse"
        if mode == "answered" and mine and e["method"] in WRITTEN:
            e["reply"] = "answered"
            for it in e.get("items", []):
                it.setdefault("opponent_position", "Objections maintained.")
                if it.get("outcome", "raised") == "raised":
                    it["outcome"] = "impasse"
        if mode == "particulars" and e["method"] in LIVE:
            e.setdefault("time", "10:00")
            e.setdefault("duration_minutes", 30)
        if mode == "everyone":
            ps = e.setdefault("participants", [])
            ps.extend(o for o in others if o not in ps)
        if mode == "allitems" and e["method"] in LIVE + ("letter", "email"):
            have = {it["item"] for it in e.get("items", [])}
            if have:
                e["items"] += [{"item": i["id"], "outcome": "impasse"} for i in m["items"] if i["id"] not in have]
        if mode == "silence" and mine and "reply" not in e and e["method"] in WRITTEN:
            e["reply"] = "none"
    if mode == "gencert":
        m["certificate"] = {"form": "generated"}
    if mode == "noresp":
        for it in m["items"]:
            it["no_response"] = True
    return m


def main():
    singles = ["impasse", "answered", "particulars", "everyone", "allitems", "gencert", "noresp", "silence"]
    pairs = list(itertools.combinations(["impasse", "particulars", "everyone", "gencert", "allitems"], 2))
    combos = [(s,) for s in singles] + pairs + [("noresp", "silence")]
    combos.append(("impasse", "particulars", "everyone", "gencert", "allitems"))
    ready = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "variant.json")
        for side_path in sorted(glob.glob(os.path.join(ORDERS, "*.order.toml"))):
            stem = os.path.basename(side_path)[: -len(".order.toml")]
            with open(side_path, "rb") as f:
                side = tomllib.load(f)
            if side["verdict"] != "rejected":
                continue
            for combo in combos:
                with open(os.path.join(ORDERS, stem + ".json")) as f:
                    m = json.load(f)
                for mode in combo:
                    m = apply(mode, m)
                with open(path, "w") as f:
                    json.dump(m, f)
                r = subprocess.run([BIN, "check", "--json", "--today", str(side["today"]), path], capture_output=True, text=True)
                checked += 1
                if r.returncode == 2:
                    print("INVALID", stem, "+".join(combo), r.stderr.strip()[:200])
                    continue
                if json.loads(r.stdout)["verdict"] == "ready":
                    ready += 1
                    print("READY", "+".join(combo), stem)
    print(f"{checked} variants of rejected records checked; {ready} Ready")


if __name__ == "__main__":
    main()
