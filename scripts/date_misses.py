#!/usr/bin/env python3
"""List the events whose date disagrees with a gold file, for working on
src/enrich/dates.c.

usage: date_misses.py GOLD.jsonl PRED.jsonl [--all]

Pairs each gold event that carries a date with a predicted event of the same
sentence, source country, CAMEO root and target country (as the scorer does)
and prints the pairs whose predicted date does not start with the gold one
(--all: every pair), with the sentence and the predicted date's source.
"""
import json
import re
import sys

WORD = re.compile(r"[0-9a-z]+")


def words(s):
    return set(WORD.findall(s.lower().replace("\u2019", "'")))


def primary(c):
    c = (c.get("code") if isinstance(c, dict) else c) or "---"
    c = str(c).upper()
    return c[:9] if c[:3] in ("IGO", "NGO", "IMG", "MNC", "NGM") else c[:3]


def main(argv):
    show_all = "--all" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    gold = [json.loads(l) for l in open(args[0], encoding="utf-8") if l.strip()]
    preds = {}
    for line in open(args[1], encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("type", "event") != "event":
            continue
        preds.setdefault(r["article"], []).append(r)
    ok = n = 0
    for g in gold:
        sents = g["sentences"]
        sw = [words(s["text"]) for s in sents]
        placed = {}
        for r in preds.get(g["id"], []):
            w = words(r["sentence"]["text"])
            best, bj = None, 0.0
            for i, s in enumerate(sw):
                j = len(w & s) / len(w | s) if w and s else 0.0
                if j > bj:
                    best, bj = i, j
            if bj >= 0.5:
                placed.setdefault(best, []).append(r)
        for i, s in enumerate(sents):
            pool = list(placed.get(i, []))
            for e in s.get("events", []):
                key = (primary(e["source"]), str(e["code"])[:2], primary(e["target"]))
                for j, r in enumerate(pool):
                    if (primary(r["source"]), r["code"][:2], primary(r["target"])) != key:
                        continue
                    pool.pop(j)
                    gd = e.get("date")
                    if gd:
                        n += 1
                        good = str(r.get("date", "")).startswith(str(gd))
                        ok += good
                        if show_all or not good:
                            mark = "ok " if good else "BAD"
                            print(f"{mark} {g['id']} s{i} {key} gold {gd} pred {r.get('date')}"
                                  f" ({r.get('date_source', '')})"
                                  f"{' background' if e.get('background') else ''}")
                            print(f"      {s['text'][:300]}")
                    break
    print(f"dates {ok}/{n}")


if __name__ == "__main__":
    main(sys.argv)
