#!/usr/bin/env python3
"""Write entities.json for the blind10 set from the @E / @N records at the top of each src/<doc>.txt.

Entity records are written by hand in the sources; this script collects them, adds 'docs', and checks that every
alias occurs in the article. Run build_gold.py first (it writes articles/).
"""
import json
import os

from build_gold import SRC, ART, HERE, parse


def main():
    ents, nots = {}, []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        e_list, n_list, _, _, _ = parse(os.path.join(SRC, fn))
        text = open(os.path.join(ART, doc + ".txt"), encoding="utf-8").read()
        for e in e_list:
            for a in e["aliases"]:
                if a not in text:
                    raise SystemExit(f"alias not in {doc}: {a!r} ({e['name']})")
            if e["name"] in ents:
                raise SystemExit(f"entity {e['name']} defined twice")
            e["docs"] = [doc]
            ents[e["name"]] = e
        nots += [f"{n}, {doc}" for n in n_list]
    data = {
        "about": ("Who is who in the blind10 articles (original fictional texts written for quotegraph): one record "
                  "per entity, with the name forms the articles use for it. A speaker predicted under any listed form "
                  "counts as that entity. 'docs' lists the articles where the entity appears; generic forms such as "
                  "'the company' are only valid inside those articles."),
        "entities": list(ents.values()),
        "not_speakers": nots,
    }
    with open(os.path.join(HERE, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(ents)} entities")


if __name__ == "__main__":
    main()
