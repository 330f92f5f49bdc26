#!/usr/bin/env python3
"""Flag precision/recall and entity-merge pairwise F1 on a synthetic corpus.

    benches/flags_accuracy.py [ARTICLES] [SEED] [-v] [--keep DIR]

ARTICLES defaults to 1000, SEED to 7. Generates a corpus with
`quotegraph synth --gold`, builds it with target/release/quotegraph, then
compares `flags.json` with the planted flags and the speakers of
`quotes.jsonl` with the gold speakers. `-v` lists every missed planted flag
and every unmatched reported flag; `--keep DIR` writes the corpus, gold and
build output under DIR instead of a temporary folder.

Flags are matched one to one, a reported flag to at most one planted flag
and back, greedily in the order of the reported flags. A reported flag
matches a planted one when

- the kinds agree;
- the entities agree: the same set of names, folded (case, diacritics, a
  leading `the`), with conflicts compared as the set of names joined by
  ` / ` (`Ann Lee / Bo Ng` = `Bo Ng / Ann Lee`); a name counts as any name
  form of its gold entity (the canonical name or a planted variant name);
- the evidence overlaps: the reported flag cites one of the planted flag's
  articles.

Two reported flags for one planted inconsistency count as one match and
one false alarm. Kinds not planted by the generator (`unattributed`) are
not scored.

Entity merge: over the gold quotations matched to predicted ones (same doc,
Dice of word sets >= 0.5), pairs of quotations credited to one gold entity
versus pairs credited to one predicted entity (pairwise precision, recall, F1).
"""
import json, os, re, subprocess, sys, tempfile, unicodedata
from collections import Counter, defaultdict

args = [a for a in sys.argv[1:] if not a.startswith("-")]
verbose = "-v" in sys.argv[1:]
keep = None
if "--keep" in sys.argv:
    keep = sys.argv[sys.argv.index("--keep") + 1]
    args.remove(keep)
N = int(args[0]) if len(args) > 0 else 1000
SEED = args[1] if len(args) > 1 else "7"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qg = os.path.join(root, "target", "release", "quotegraph")
tmp = keep or tempfile.mkdtemp()
os.makedirs(tmp, exist_ok=True)
gold_dir, out_dir, corpus = f"{tmp}/gold", f"{tmp}/out", f"{tmp}/corpus.jsonl"
with open(corpus, "w") as f:
    subprocess.run([qg, "synth", "--articles", str(N), "--seed", SEED, "--gold", gold_dir], stdout=f, check=True)
subprocess.run([qg, "build", corpus, "--out", out_dir, "--no-render", "-q"], check=True)


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D").lower()


def norm_name(x):
    return re.sub(r"^the ", "", fold(x).strip())


# Every name form of a gold entity -> its canonical name.
canonical = {}
for line in open(f"{gold_dir}/entities.json"):
    line = line.strip().rstrip(",")
    if not line.startswith('{"name"'):
        continue
    e = json.loads(line)
    for form in [e["name"], *e.get("variant_names", {})]:
        canonical.setdefault(norm_name(form), norm_name(e["name"]))


def names(entity):
    return frozenset(canonical.get(norm_name(x), norm_name(x)) for x in entity.split(" / "))


gold_flags = json.load(open(f"{gold_dir}/flags.json"))["flags"]
pred_flags = json.load(open(f"{out_dir}/flags.json"))["flags"]
kinds = sorted({g["kind"] for g in gold_flags})
print(f"{N} articles, seed {SEED}: {len(gold_flags)} planted flags, {len(pred_flags)} reported")
print("| kind | planted | reported | matched | precision | recall |")
print("|---|---|---|---|---|---|")
tot = Counter()
details = []
for kind in kinds:
    G = [g for g in gold_flags if g["kind"] == kind]
    P = [p for p in pred_flags if p["kind"] == kind]
    used, matched, false_alarms = set(), 0, []
    for p in P:
        pdocs = {e["doc"] for e in p["evidence"]}
        for i, g in enumerate(G):
            if i not in used and names(p["entity"]) == names(g["entity"]) and pdocs & set(g["docs"]):
                used.add(i)
                matched += 1
                break
        else:
            false_alarms.append(p)
    prec = matched / len(P) if P else 1.0
    rec = len(used) / len(G) if G else 1.0
    tot.update(planted=len(G), reported=len(P), matched=matched)
    print(f"| {kind} | {len(G)} | {len(P)} | {matched} | {prec:.3f} | {rec:.3f} |")
    details.append((kind, [g for i, g in enumerate(G) if i not in used], false_alarms))
p = tot["matched"] / tot["reported"] if tot["reported"] else 1.0
r = tot["matched"] / tot["planted"] if tot["planted"] else 1.0
print(f"| all scored kinds | {tot['planted']} | {tot['reported']} | {tot['matched']} | {p:.3f} | {r:.3f} |")

if verbose:
    for kind, missed, false_alarms in details:
        for g in missed:
            print(f"\nMISSED {kind} {g['entity']}: {g['why']}")
            for d, v in g["evidence"].items():
                print(f"    {d}: {v[:150]}")
        for f in false_alarms:
            print(f"\nFALSE {kind} {f['entity']}: {f['message'][:600]}")
            for e in f["evidence"][:8]:
                print(f"    {e['doc']} {e['start']}..{e['end']}: {e['text'][:120]}")

# Entity merge, pairwise over matched quotations.
def toks(s):
    return set(re.findall(r"[^\W_]+", fold(s)))
gold_q = [json.loads(l) for l in open(f"{gold_dir}/quotes.jsonl")]
pred_q = [json.loads(l) for l in open(f"{out_dir}/quotes.jsonl")]
by_doc = defaultdict(list)
for q in pred_q:
    by_doc[q["doc"]].append(q)
pairs = []
for g in gold_q:
    if not g.get("speaker"):
        continue
    gt = toks(g["quote"]); best = None
    for q in by_doc[g["doc"]]:
        qt = toks(q["quote"])
        d = 2 * len(gt & qt) / (len(gt) + len(qt)) if gt and qt else 0
        if d >= 0.5 and (best is None or d > best[0]):
            best = (d, q)
    if best and best[1].get("speaker"):
        pairs.append((g["speaker"], best[1]["speaker"]))
def same_pairs(labels):
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())
both = same_pairs(pairs)
in_gold = same_pairs([g for g, _ in pairs])
in_pred = same_pairs([p for _, p in pairs])
mp = both / in_pred if in_pred else 1.0
mr = both / in_gold if in_gold else 1.0
mf = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
print(f"\nentity merge over {len(pairs)} attributed quotations: pairwise precision {mp:.4f}, recall {mr:.4f}, F1 {mf:.4f}")
