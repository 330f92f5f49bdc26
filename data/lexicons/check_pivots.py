#!/usr/bin/env python3
"""Check the English pivot columns of the title, place and organization lexicons.

A pivot is the English column that lets a title, place or organization be
matched across languages:

  vi/titles.txt   title[<TAB>english]          english: an entry of en/titles.txt
  en/titles.txt   title[<TAB>english]          english: a canonical entry of en/titles.txt
  vi/places.txt   name[<TAB>english]           english: an entry of en/places.txt
  en/places.txt   name[<TAB>english]           english: a main entry of en/places.txt
  vi/orgs.txt     name|alias<TAB>type<TAB>english   english: a name or alias in en/orgs.txt

Pivots must land on a canonical entry (one with no pivot of its own), so that
one lookup is enough. Also checked: one TAB between columns, NFC text, no
trailing spaces, no empty columns except the org type. Stdlib only.

Usage: python3 data/lexicons/check_pivots.py   (exit status 1 on any error)
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def read(rel):
    """Yield (line number, columns) of the entries of a lexicon file."""
    path = os.path.join(HERE, rel)
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f.read().split("\n"), 1):
            where = "%s:%d" % (rel, no)
            if line != line.rstrip():
                errors.append("%s: trailing whitespace" % where)
            if unicodedata.normalize("NFC", line) != line:
                errors.append("%s: not NFC" % where)
            if not line.strip() or line.startswith("#"):
                continue
            yield where, line.split("\t")


def load_simple(rel):
    """Return {entry lowercased: pivot or None} and the list of (where, entry, pivot)."""
    table, rows = {}, []
    for where, cols in read(rel):
        if len(cols) > 2:
            errors.append("%s: more than two columns" % where)
        entry = cols[0]
        pivot = cols[1] if len(cols) > 1 else None
        if entry != entry.strip() or not entry:
            errors.append("%s: empty or padded entry %r" % (where, entry))
        if pivot is not None and (pivot != pivot.strip() or not pivot):
            errors.append("%s: empty or padded pivot %r" % (where, pivot))
        table.setdefault(entry.lower(), pivot)
        rows.append((where, entry, pivot))
    return table, rows


def check_pivots(rows, target, target_name):
    n = 0
    for where, entry, pivot in rows:
        if pivot is None:
            continue
        n += 1
        key = pivot.lower()
        if key not in target:
            errors.append("%s: pivot %r of %r is not an entry of %s" % (where, pivot, entry, target_name))
        elif target[key] is not None:
            errors.append("%s: pivot %r of %r is itself pivoted to %r in %s"
                          % (where, pivot, entry, target[key], target_name))
    return n


def main():
    counts = []
    en_titles, en_title_rows = load_simple("en/titles.txt")
    vi_titles, vi_title_rows = load_simple("vi/titles.txt")
    en_places, en_place_rows = load_simple("en/places.txt")
    vi_places, vi_place_rows = load_simple("vi/places.txt")
    for rel, rows, target, tname in (
        ("en/titles.txt", en_title_rows, en_titles, "en/titles.txt"),
        ("vi/titles.txt", vi_title_rows, en_titles, "en/titles.txt"),
        ("en/places.txt", en_place_rows, en_places, "en/places.txt"),
        ("vi/places.txt", vi_place_rows, en_places, "en/places.txt"),
    ):
        n = check_pivots(rows, target, tname)
        counts.append((rel, len(rows), n))

    en_orgs = set()
    n_en_orgs = 0
    for where, cols in read("en/orgs.txt"):
        n_en_orgs += 1
        if len(cols) > 2:
            errors.append("%s: more than two columns" % where)
        for name in cols[0].split("|"):
            if not name or name != name.strip():
                errors.append("%s: empty or padded name %r" % (where, name))
            en_orgs.add(name.lower())
    counts.append(("en/orgs.txt", n_en_orgs, 0))

    n_vi_orgs = n_pivot = 0
    for where, cols in read("vi/orgs.txt"):
        n_vi_orgs += 1
        if len(cols) > 3:
            errors.append("%s: more than three columns" % where)
        for name in cols[0].split("|"):
            if not name or name != name.strip():
                errors.append("%s: empty or padded name %r" % (where, name))
        if len(cols) < 3:
            continue
        english = cols[2]
        if not english or english != english.strip():
            errors.append("%s: empty or padded english name %r" % (where, english))
            continue
        n_pivot += 1
        if english.lower() not in en_orgs:
            errors.append("%s: english name %r is not a name or alias in en/orgs.txt" % (where, english))
    counts.append(("vi/orgs.txt", n_vi_orgs, n_pivot))

    for rel, n, p in counts:
        print("%-15s %4d entries %4d pivots" % (rel, n, p))
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    if errors:
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
