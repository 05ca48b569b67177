#!/usr/bin/env python3
"""The held-out sentences parley misses or gets wrong, with its output.

usage: heldout_misses.py SHARED PARLEY [--set gsr|plover] [--cause C] [--summary]

For each sentence of PETR2 GSR and PLOVER GSR (see heldout.py) that is not
fully right, prints the gold, then each event parley coded (code, source,
target, verb root and pattern), and a cause:

  none      parley coded no event
  code      an event, but no code/type matches the gold
  actors    the code/type matches, the source or target does not
  extra     (GSR) gold found, plus events the gold does not have

--summary prints the counts per cause and per gold root/type only; grouping
the misses this way shows which verb families or actors are missing.
"""
import argparse, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout import code as code_records, gsr_data, plover_data, plover_map  # noqa: E402


def code(parley, arts):
    by = collections.defaultdict(list)
    for r in code_records(parley, arts):
        if r["type"] == "event":
            by[r["article"]].append(r)
    return by


def show(r):
    ev = r.get("evidence") or {}
    return (f"{r['code']:<5} {r['source']['code']:<10} -> {r['target']['code']:<10} "
            f"verb {ev.get('verb')} pattern {ev.get('pattern')} "
            f"[{r['source']['text']} / {r['target']['text']}]")


def gsr(shared, parley):
    arts, gold = gsr_data(shared)
    pred = code(parley, arts)
    out = []
    for a in arts:
        g = {(s[:3], t[:3], e[:2]) for e, s, t in gold[a["id"]]}
        ps = pred.get(a["id"], [])
        p = {(r["source"]["code"][:3], r["target"]["code"][:3], r["root"]) for r in ps}
        if g <= p and p <= g:
            continue
        if not ps:
            cause = "none"
        elif g <= p:
            cause = "extra"
        elif {x[2] for x in g} & {x[2] for x in p}:
            cause = "actors"
        else:
            cause = "code"
        roots = sorted({x[2] for x in g})
        out.append((cause, roots, a, [f"{e} {s} -> {t}" for e, s, t in gold[a["id"]]], ps))
    return out


def plover(shared, parley):
    arts, gold = plover_data(shared)
    plov = plover_map()
    pred = code(parley, arts)
    out = []
    for a in arts:
        e, srcs, etext = gold[a["id"]]
        ps = pred.get(a["id"], [])
        types = [(plov(r["code"]), r["source"]["code"][:3]) for r in ps]
        if any(t == e and s in srcs for t, s in types):
            continue
        if not ps:
            cause = "none"
        elif any(t == e for t, _ in types):
            cause = "actors"
        else:
            cause = "code"
        out.append((cause, [e], a, [f"{e} src {'/'.join(sorted(srcs))} (\"{etext}\")"],
                    ps, [t for t, _ in types]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared")
    ap.add_argument("parley")
    ap.add_argument("--set", choices=["gsr", "plover"])
    ap.add_argument("--cause")
    ap.add_argument("--summary", action="store_true")
    o = ap.parse_args()
    for name, fn in (("gsr", gsr), ("plover", plover)):
        if o.set and o.set != name:
            continue
        misses = fn(o.shared, o.parley)
        if o.cause:
            misses = [m for m in misses if m[0] == o.cause]
        print(f"== {name}: {len(misses)} sentences not fully right")
        by_cause = collections.Counter(m[0] for m in misses)
        by_root = collections.Counter(r for m in misses for r in m[1])
        print("   causes: " + ", ".join(f"{k} {v}" for k, v in by_cause.most_common()))
        print("   gold:   " + ", ".join(f"{k} {v}" for k, v in by_root.most_common()))
        if o.summary:
            continue
        for m in misses:
            cause, _, a, g, ps = m[:5]
            print(f"\n[{cause}] {a['id']} {a['date']}\n  {a['text']}")
            for x in g:
                print(f"  gold  {x}")
            for i, r in enumerate(ps):
                extra = f" ({m[5][i]})" if len(m) > 5 else ""
                print(f"  got   {show(r)}{extra}")


if __name__ == "__main__":
    main()
