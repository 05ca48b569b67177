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
import argparse, collections, csv, json, os, re, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def code(parley, arts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(json.dumps(a) for a in arts) + "\n")
        path = f.name
    out = subprocess.run([parley, "code", "--quiet", path], capture_output=True, text=True).stdout
    os.unlink(path)
    by = collections.defaultdict(list)
    for line in out.splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            if r["type"] == "event":
                by[r["article"]].append(r)
    return by


def show(r):
    ev = r.get("evidence") or {}
    return (f"{r['code']:<5} {r['source']['code']:<10} -> {r['target']['code']:<10} "
            f"verb {ev.get('verb')} pattern {ev.get('pattern')} "
            f"[{r['source']['text']} / {r['target']['text']}]")


def gsr(shared, parley):
    s = open(os.path.join(shared, "peers/phoenix/PETR2_GSR_validation.xml"), encoding="utf-8").read()
    arts, gold = [], {}
    for b in re.split(r"<Sentence ", s)[1:]:
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', b.split(">", 1)[0]))
        t = re.search(r"<Text>(.*?)</Text>", b, re.S)
        if not t or "id" not in attrs:
            continue
        d = attrs.get("date", "20000101")
        arts.append({"id": attrs["id"], "date": f"{d[:4]}-{d[4:6]}-{d[6:8]}", "text": " ".join(t.group(1).split())})
        gold[attrs["id"]] = [(ev, src, tgt) for ev, src, tgt in
                             re.findall(r'eventcode="([^"]*)" sourcecode="([^"]*)" targetcode="([^"]*)"', b)]
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
    recs = json.load(open(os.path.join(shared, "peers/plover/PLOVER_GSR_CAMEO.txt"), encoding="utf-8"))
    to_plover = {}
    for row in csv.reader(open(os.path.join(HERE, "../data/plover/cameo2plover.tsv"), encoding="utf-8"),
                          delimiter="\t"):
        if len(row) > 1 and not row[0].startswith("#"):
            to_plover[row[0]] = row[1]

    def plov(c):
        for k in range(len(c), 0, -1):
            if c[:k] in to_plover:
                return to_plover[c[:k]]
        return None

    arts, gold = [], {}
    for r in recs:
        if "text" not in r:
            continue
        arts.append({"id": r["id"], "date": r.get("date", "2000-01-01"), "text": r["text"]})
        gold[r["id"]] = (r["event"], {a.get("code", "")[:3] for a in r.get("source", []) if isinstance(a, dict)},
                         r.get("eventText", ""))
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
