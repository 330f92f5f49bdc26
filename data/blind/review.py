#!/usr/bin/env python3
"""Review pass: list quote marks and speech-verb sentences not covered by any gold record."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(HERE, "quotes.jsonl"), encoding="utf-8")]
VERBS = re.compile(r"\b(said|says|say|told|tells|according to|wrote|writes|added|noted|argued|argues|asked|claimed|insisted|warned|warns|"
                   r"explained|stated|announced|confirmed|estimated|suggest\w*|point\w* out|notes|cautioned|agreed|described|called)\b|"
                   r"cho biết|cho hay|khẳng định|nhận định|thừa nhận|nêu rõ|kể|khuyến cáo|nói|Theo |theo |chia sẻ|nhấn mạnh|cảnh báo|dẫn lời")
MARKS = re.compile(r"[\"“”‘’']")
for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
    doc = fn[:-4]
    text = open(os.path.join(HERE, "articles", fn), encoding="utf-8").read()
    cov = [0] * (len(text) + 1)
    for r in recs:
        if r["doc"] != doc:
            continue
        occ = r.get("occurrence", 1); p = -1
        for _ in range(occ):
            p = text.find(r["quote"], p + 1)
        for i in range(max(0, p - 1), min(len(text), p + len(r["quote"]) + 1)):
            cov[i] = 1
    out = []
    for m in MARKS.finditer(text):
        i = m.start()
        if m.group() in "’'" and i > 0 and text[i - 1].isalpha() and i + 1 < len(text) and text[i + 1].isalpha():
            continue  # apostrophe
        if not cov[i]:
            out.append(f"  mark {m.group()!r} @{i}: …{text[max(0,i-40):i+40]!r}")
    for para in re.finditer(r"[^\n]+", text):
        for sm in re.finditer(r"[^.!?]+[.!?]?", para.group()):
            s0 = para.start() + sm.start()
            if VERBS.search(sm.group()) and not any(cov[s0:s0 + len(sm.group())]):
                out.append(f"  verb: {sm.group().strip()[:150]!r}")
    if out:
        print(doc); print("\n".join(out))
