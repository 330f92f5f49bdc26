#!/usr/bin/env python3
"""Flag precision/recall and entity-merge pairwise F1 on a synthetic corpus.

    benches/flags_accuracy.py [ARTICLES] [SEED]     (defaults 1000, 7)

Generates a corpus with `quotegraph synth --gold`, builds it, then compares
`flags.json` with the planted flags and the speakers of `quotes.jsonl` with
the gold speakers.

Flags: a predicted flag matches a planted one of the same kind when their
entity names agree (the same set of names for conflicts) and they share an
article. Kinds not planted by the generator (`unattributed`) are not scored.

Entity merge: over the gold quotations matched to predicted ones (same doc,
Dice of word sets >= 0.5), pairs of quotations credited to one gold entity
versus pairs credited to one predicted entity (pairwise precision, recall, F1).
"""
import json, os, re, subprocess, sys, tempfile, unicodedata
from collections import Counter, defaultdict

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SEED = sys.argv[2] if len(sys.argv) > 2 else "7"
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
qg = os.path.join(root, "target", "release", "quotegraph")
tmp = tempfile.mkdtemp()
gold_dir, out_dir, corpus = f"{tmp}/gold", f"{tmp}/out", f"{tmp}/corpus.jsonl"
with open(corpus, "w") as f:
    subprocess.run([qg, "synth", "--articles", str(N), "--seed", SEED, "--gold", gold_dir], stdout=f, check=True)
subprocess.run([qg, "build", corpus, "--out", out_dir, "--no-render", "-q"], check=True)

def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D").lower()

def names(entity):
    return frozenset(re.sub(r"^the ", "", fold(x).strip()) for x in entity.split(" / "))

gold_flags = json.load(open(f"{gold_dir}/flags.json"))["flags"]
pred_flags = json.load(open(f"{out_dir}/flags.json"))["flags"]
kinds = sorted({g["kind"] for g in gold_flags})
print(f"{N} articles, seed {SEED}: {len(gold_flags)} planted flags, {len(pred_flags)} reported")
print("| kind | planted | reported | matched | precision | recall |")
print("|---|---|---|---|---|---|")
tot = Counter()
for kind in kinds:
    G = [g for g in gold_flags if g["kind"] == kind]
    P = [p for p in pred_flags if p["kind"] == kind]
    used, matched = set(), 0
    for p in P:
        pdocs = {e["doc"] for e in p["evidence"]}
        for i, g in enumerate(G):
            if i not in used and names(p["entity"]) == names(g["entity"]) and pdocs & set(g["docs"]):
                used.add(i); matched += 1; break
    prec = matched / len(P) if P else 1.0
    rec = len(used) / len(G) if G else 1.0
    tot.update(planted=len(G), reported=len(P), matched=matched)
    print(f"| {kind} | {len(G)} | {len(P)} | {matched} | {prec:.3f} | {rec:.3f} |")
p = tot["matched"] / tot["reported"] if tot["reported"] else 1.0
r = tot["matched"] / tot["planted"] if tot["planted"] else 1.0
print(f"| all scored kinds | {tot['planted']} | {tot['reported']} | {tot['matched']} | {p:.3f} | {r:.3f} |")

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
