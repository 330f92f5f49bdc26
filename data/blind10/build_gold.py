#!/usr/bin/env python3
"""Build the blind10 set from the hand-annotated sources in src/.

Each src/<doc>.txt has three parts separated by lines of '---':
  1. entity records:  @E Canonical Name | P or O | alias; alias; ...   and  @N not-speaker (byline etc.)
  2. the article, with every gold span wrapped in markers  ⟦k⟧ ... ⟦/k⟧  (k is a short label; spans may nest)
  3. one gold line per label, written by hand:
       k D Speaker ; mention ; cue [; note=... ; also=Name|Name ; rep=Name]   direct quote
       k I Speaker ; mention ; cue [; ...]                                    indirect (reported) speech
       k C Speaker [; note=...]                                               direct quote with no cue (continuation)
       k U note                                                               unscored quoted phrase
     Speaker '-' means anonymous (speaker null); mention or cue '-' means null (as in blind5: mention '-' for
     'the inquest heard', 'the court heard', where the text names no speaker at all). The speaker type is taken from the entity record.
This script only strips the markers, writes articles/<doc>.txt, numbers the gold lines in order of position and
writes quotes.jsonl. The gold itself (which span, which speaker) is the hand annotation. Run check_gold.py after.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
ART = os.path.join(HERE, "articles")
MARK = re.compile(r"⟦(/?)([A-Za-z0-9]+)⟧")


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body, gold = re.split(r"^---$\n", raw, maxsplit=2, flags=re.M)
    ents, nots = [], []
    for line in head.splitlines():
        line = line.strip()
        if line.startswith("@E "):
            name, typ, aliases = [x.strip() for x in line[3:].split("|")]
            al = [a.strip() for a in aliases.split(";") if a.strip()]
            if name not in al:
                al.insert(0, name)
            ents.append({"name": name, "type": {"P": "person", "O": "organization"}[typ], "aliases": al})
        elif line.startswith("@N "):
            nots.append(line[3:].strip())
    # strip markers
    text, spans, opened = [], {}, {}
    pos, out_len = 0, 0
    for m in MARK.finditer(body):
        chunk = body[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        if m.group(1):
            spans[m.group(2)] = (opened.pop(m.group(2)), out_len)
        else:
            if m.group(2) in opened or m.group(2) in spans:
                raise SystemExit(f"{path}: label {m.group(2)} used twice")
            opened[m.group(2)] = out_len
        pos = m.end()
    text.append(body[pos:])
    if opened:
        raise SystemExit(f"{path}: unclosed labels {list(opened)}")
    text = "".join(text).rstrip("\n") + "\n"
    return ents, nots, text, spans, gold


def main():
    etypes = {}
    parsed = {}
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        parsed[doc] = parse(os.path.join(SRC, fn))
        for e in parsed[doc][0]:
            etypes[e["name"]] = e["type"]
    out = []
    for doc, (ents, nots, text, spans, gold) in parsed.items():
        with open(os.path.join(ART, doc + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        entries, used = [], set()
        for line in gold.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            label, kind, rest = (line.split(None, 2) + [""])[:3]
            if label not in spans:
                raise SystemExit(f"{doc}: gold label {label} has no span")
            used.add(label)
            s, e = spans[label]
            quote = text[s:e]
            if kind == "U":
                rec = {"kind": "direct", "quote": quote, "speaker": None, "speaker_type": None, "mention": None,
                       "cue": None, "scored": False, "note": rest}
            else:
                parts = [p.strip() for p in rest.split(" ; ")]
                fields = [p for p in parts if not re.match(r"^(note|also|rep)=", p)]
                extra = dict(p.split("=", 1) for p in parts if re.match(r"^(note|also|rep)=", p))
                speaker = fields[0]
                if kind == "C":
                    mention, cue = None, None
                    extra.setdefault("note", "continues the previous quote of the same speaker")
                else:
                    mention, cue = fields[1], fields[2]
                    cue = None if cue == "-" else cue
                    mention = None if mention == "-" else mention
                if speaker == "-":
                    sp, st = None, "anonymous"
                else:
                    if speaker not in etypes:
                        raise SystemExit(f"{doc}: {label}: unknown speaker {speaker!r}")
                    sp, st = speaker, etypes[speaker]
                rec = {"kind": "indirect" if kind == "I" else "direct", "quote": quote, "speaker": sp,
                       "speaker_type": st, "mention": mention, "cue": cue}
                if "note" in extra:
                    rec["note"] = extra["note"]
                if "also" in extra:
                    rec["also_accept"] = [a.strip() for a in extra["also"].split("|")]
                if "rep" in extra:
                    rec["reported_by"] = extra["rep"]
            if text.count(quote) > 1:
                rec["occurrence"] = text[:s].count(quote) + 1 if quote else 1
                # count non-overlapping-safe: recompute by find
                k, p = 0, -1
                while True:
                    p = text.find(quote, p + 1)
                    k += 1
                    if p == s:
                        break
                rec["occurrence"] = k
            entries.append((s, -(e - s), rec))
        missing = set(spans) - used
        if missing:
            raise SystemExit(f"{doc}: spans without gold: {sorted(missing)}")
        entries.sort(key=lambda t: (t[0], t[1]))
        nn = doc.split("_")[1]
        for k, (_, _, rec) in enumerate(entries, 1):
            r = {"id": f"b10_{nn}-{k:02d}", "doc": doc}
            r.update(rec)
            out.append(r)
    with open(os.path.join(HERE, "quotes.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(parsed)} articles, {len(out)} records")


if __name__ == "__main__":
    main()
