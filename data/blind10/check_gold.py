#!/usr/bin/env python3
"""Sanity checks for the blind10 gold (a copy of data/blind9/check_gold.py, itself data/blind8/check_gold.py, data/blind7/check_gold.py and data/blind6/check_gold.py; only the folder name changed): quotes.jsonl and entities.json against articles/.

A copy of data/blind5/check_gold.py, which was data/blind4/check_gold.py (itself data/dev/check_gold.py with two
additions: a direct quote may open after a line-initial dash, and a Q&A answer may be a whole unmarked paragraph with
a note starting `Q&A answer`) plus: an interview answer may follow a bold speaker label (`**Okafor:** …`), and every
record is checked against the marker positions in src/ (character and UTF-8 byte offsets). Added for blind6: a
direct quote may be a whole paragraph printed after a line ending in a colon when its note starts `block quote`; a
line-initial dash quote may end before the ', ' or ' – ' / ' - ' that introduces its trailing cue; and a right double
mark (”) counts as an opening mark (local outlets that print ”…” ).

Usage: check_gold.py [FOLDER]   (default: the folder of this script, data/blind10)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
KEYS = ["id", "doc", "kind", "quote", "speaker", "speaker_type", "mention", "cue"]
OPEN, CLOSE = "\"“‘«‹'”", "\"”’»›'"


def main():
    errors = []
    ents = json.load(open(os.path.join(HERE, "entities.json"), encoding="utf-8"))
    etype = {e["name"]: e["type"] for e in ents["entities"]}
    edocs = {e["name"]: set(e.get("docs", [])) for e in ents["entities"]}
    texts = {}
    for fn in os.listdir(ART):
        if fn.endswith(".txt"):
            texts[fn[:-4]] = open(os.path.join(ART, fn), encoding="utf-8").read()

    seen = set()
    counts = collections.Counter()
    per_doc = collections.Counter()
    with open(os.path.join(HERE, "quotes.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            r = json.loads(line)
            where = f"line {n} ({r.get('id')})"
            for k in KEYS:
                if k not in r:
                    errors.append(f"{where}: missing key {k}")
            if r["id"] in seen:
                errors.append(f"{where}: duplicate id")
            seen.add(r["id"])
            if r["doc"] not in texts:
                errors.append(f"{where}: doc {r['doc']} does not exist")
                continue
            text = texts[r["doc"]]
            if r["kind"] not in ("direct", "indirect"):
                errors.append(f"{where}: bad kind {r['kind']}")
            if r["quote"] not in text:
                errors.append(f"{where}: quote is not an exact substring of {r['doc']}")
                continue
            scored = r.get("scored", True)
            if r["kind"] == "direct":
                occ = r.get("occurrence", 1)
                pos = -1
                for _ in range(occ):
                    pos = text.find(r["quote"], pos + 1)
                end = pos + len(r["quote"])
                # Interview answers (`A: …`) carry no quote marks.
                line_start = text.rfind("\n", 0, pos) + 1
                turn = re.fullmatch(r"(Q|A|[A-Z][A-Za-z’'. -]{0,40}):\s*", text[line_start:pos]) or re.fullmatch(
                    r"\*\*[A-Z][^*\n]{0,40}:\*\*\s*", text[line_start:pos])
                dash = re.fullmatch(r"[-–—]\s*", text[line_start:pos])
                qa = r.get("note", "").startswith("Q&A answer") and pos == line_start and (
                    end == len(text) or text[end] == "\n")
                # blind7: a block quote is a whole paragraph printed after a line ending in a colon (no marks)
                block = r.get("note", "").startswith("block quote") and text[max(0, pos - 3):pos].endswith(":\n\n") and (
                    end == len(text) or text[end] == "\n")
                if text[pos - 1] not in OPEN and not (turn or dash or qa or block):
                    errors.append(f"{where}: direct quote not preceded by an opening mark")
                # blind7: a dash quote may end before the comma or dash that introduces its trailing cue
                dash_end = dash and (text[end:end + 2] in (", ", " –", " -") )
                if end < len(text) and text[end] not in CLOSE and text[end] != "\n" and not dash_end:
                    errors.append(f"{where}: direct quote not followed by a closing mark")
            if r["mention"] is not None and r["mention"] not in text:
                errors.append(f"{where}: mention {r['mention']!r} not in article")
            if scored:
                sp = r["speaker"]
                if sp is None:
                    if r["speaker_type"] != "anonymous":
                        errors.append(f"{where}: null speaker must be anonymous")
                else:
                    if sp not in etype:
                        errors.append(f"{where}: speaker {sp!r} is not an entity name")
                    elif etype[sp] != r["speaker_type"]:
                        errors.append(f"{where}: speaker_type {r['speaker_type']} != entity type {etype[sp]}")
                    elif r["doc"] not in edocs[sp]:
                        errors.append(f"{where}: entity {sp!r} does not list doc {r['doc']}")
                for extra in r.get("also_accept", []) + ([r["reported_by"]] if r.get("reported_by") else []):
                    if extra not in etype:
                        errors.append(f"{where}: {extra!r} (also_accept/reported_by) is not an entity name")
                counts[r["kind"]] += 1
            else:
                if r["speaker"] is not None:
                    errors.append(f"{where}: unscored quote with a speaker")
                counts["unscored"] += 1
            per_doc[r["doc"]] += 1

    # offsets: compare with the marker positions in src/
    sys.path.insert(0, HERE)
    from build_gold import parse, SRC
    import build_gold
    recs = [json.loads(l) for l in open(os.path.join(HERE, "quotes.jsonl"), encoding="utf-8")]
    for doc in sorted(texts):
        _, _, text, spans, _ = parse(os.path.join(SRC, doc + ".txt"))
        if text != texts[doc]:
            errors.append(f"{doc}: articles/ differs from src/ (run build_gold.py)")
            continue
        want = sorted(spans.values())
        got = []
        for r in recs:
            if r["doc"] != doc:
                continue
            p = -1
            for _ in range(r.get("occurrence", 1)):
                p = text.find(r["quote"], p + 1)
            got.append((p, p + len(r["quote"])))
            b0 = len(text[:p].encode("utf-8"))
            if text.encode("utf-8")[b0:b0 + len(r["quote"].encode("utf-8"))].decode("utf-8") != r["quote"]:
                errors.append(f"{r['id']}: byte slice differs from quote")
        if sorted(got) != want:
            errors.append(f"{doc}: record offsets differ from the src markers: "
                          f"{sorted(set(want) ^ set(got))[:5]}")

    missing = sorted(set(texts) - set(per_doc))
    if missing:
        errors.append(f"articles without gold: {missing}")
    for e in ents["entities"]:
        for d in e.get("docs", []):
            for a in e["aliases"]:
                if a not in texts.get(d, ""):
                    errors.append(f"entity {e['name']}: alias {a!r} not in {d}")

    words = {d: len(t.split()) for d, t in texts.items()}
    print(f"articles: {len(texts)}  (words: min {min(words.values())}, max {max(words.values())}, "
          f"total {sum(words.values())})")
    print(f"quotes: {sum(counts.values())}  direct: {counts['direct']}  indirect: {counts['indirect']}  "
          f"unscored: {counts['unscored']}")
    print(f"entities: {len(ents['entities'])}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
