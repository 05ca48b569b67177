#!/usr/bin/env python3
"""Agreement of parley's news mode with two sets it was never tuned on.

usage: heldout.py SHARED PARLEY

- PETR2_GSR_validation.xml (peers/phoenix): 79 wire sentences with silver
  (source, target, code) triples; compared on (source country, target
  country, CAMEO root).
- PLOVER_GSR_CAMEO.txt (peers/plover): the CAMEO manual's example sentences
  with PLOVER event types; compared on event type, and type + source.

The seeds are parley's development set; these are the check that rules and
dictionaries generalise. Prints one line per set.
"""
import csv, json, os, re, subprocess, sys, tempfile


def code(parley, arts):
    """parley's JSONL records for articles `arts` ({"id","date","text"})."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(json.dumps(a) for a in arts) + "\n")
        path = f.name
    out = subprocess.run([parley, "code", "--quiet", path], capture_output=True, text=True).stdout
    os.unlink(path)
    return [json.loads(l) for l in out.splitlines() if l.startswith("{")]


def gsr_data(shared):
    """PETR2 GSR: the articles and, per id, the gold (code, source, target) triples."""
    s = open(os.path.join(shared, "peers/phoenix/PETR2_GSR_validation.xml"), encoding="utf-8").read()
    arts, gold = [], {}
    for b in re.split(r"<Sentence ", s)[1:]:
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', b.split(">", 1)[0]))
        t = re.search(r"<Text>(.*?)</Text>", b, re.S)
        if not t or "id" not in attrs:
            continue
        d = attrs.get("date", "20000101")
        arts.append({"id": attrs["id"], "date": f"{d[:4]}-{d[4:6]}-{d[6:8]}", "text": " ".join(t.group(1).split())})
        gold[attrs["id"]] = re.findall(r'eventcode="([^"]*)" sourcecode="([^"]*)" targetcode="([^"]*)"', b)
    return arts, gold


# Type names of the older PLOVER drafts the GSR set uses -> the 2021 names.
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


def plover_data(shared):
    """PLOVER GSR: the articles and, per id, (event type, source countries, event text)."""
    recs = json.load(open(os.path.join(shared, "peers/plover/PLOVER_GSR_CAMEO.txt"), encoding="utf-8"))
    arts, gold = [], {}
    for r in recs:
        if "text" not in r:
            continue
        arts.append({"id": r["id"], "date": r.get("date", "2000-01-01"), "text": r["text"]})
        gold[r["id"]] = (OLD_PLOVER.get(r["event"], r["event"]),
                         {a.get("code", "")[:3] for a in r.get("source", []) if isinstance(a, dict)},
                         r.get("eventText", ""))
    return arts, gold


def plover_map(table=None):
    """A function from a CAMEO code to its PLOVER type (parley's table)."""
    table = table or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                  "../data/plover/cameo2plover.tsv")
    to_plover = {}
    for row in csv.reader(open(table, encoding="utf-8"), delimiter="\t"):
        if len(row) > 1 and not row[0].startswith("#"):
            to_plover[row[0]] = row[1]

    def plov(c):
        for k in range(len(c), 0, -1):
            if c[:k] in to_plover:
                return to_plover[c[:k]]
        return None
    return plov


def gsr(shared, parley):
    arts, triples = gsr_data(shared)
    gold = {k: {(src[:3], tgt[:3], ev[:2]) for ev, src, tgt in v} for k, v in triples.items()}
    pred = {}
    for r in code(parley, arts):
        if r["type"] == "event":
            pred.setdefault(r["article"], set()).add((r["source"]["code"][:3], r["target"]["code"][:3], r["root"]))
    tp = sum(len(g & pred.get(k, set())) for k, g in gold.items())
    n_pred = sum(len(v) for v in pred.values())
    n_gold = sum(len(v) for v in gold.values())
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    print(f"PETR2 GSR  {len(gold)} sentences: (src, tgt, root) P {p:.2f} R {r:.2f} "
          f"(tp {tp}, predicted {n_pred}, gold {n_gold})")


def plover(shared, parley):
    arts, gold = plover_data(shared)
    plov = plover_map()
    pred = {}
    for r in code(parley, arts):
        if r["type"] == "event":
            pred.setdefault(r["article"], []).append((plov(r["code"]), r["source"]["code"][:3]))
    n = len(gold)
    typ = sum(1 for k, (e, _, _) in gold.items() if any(p[0] == e for p in pred.get(k, [])))
    full = sum(1 for k, (e, s, _) in gold.items() if any(p[0] == e and p[1] in s for p in pred.get(k, [])))
    print(f"PLOVER GSR {n} sentences: coded {len(pred)}; event type right {typ / n:.2f}; "
          f"type and source right {full / n:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    shared, parley = sys.argv[1], sys.argv[2]
    gsr(shared, parley)
    plover(shared, parley)
