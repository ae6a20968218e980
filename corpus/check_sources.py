#!/usr/bin/env python3
"""Lints hand-written corpus sources (corpus/sources/<kit>) before generation.

Checks, per kit: expected.json parses and follows CORPUS-FORMAT.md; every anchor
occurs (case-insensitive, whitespace collapsed) in the source text of each
intended function (the functions it can belong to), never across table cells;
every document has 150-800 words; 4-8 documents. Usage:

    python3 corpus/check_sources.py [corpus/sources] [kit ...]
"""
import fnmatch
import json
import os
import re
import sys

TYPES = {"contradiction", "unsupported-claim", "omission", "overpromise",
         "terminology-drift", "positioning-drift"}
STAGES = {"aligned", "fragmented-interpretation", "conflicting-execution", "market-confusion"}
FUNCS = {"product", "marketing", "sales", "strategy"}
ALIASES = {
    "product": "product", "products": "product", "specs": "product", "prd": "product",
    "marketing": "marketing", "mktg": "marketing", "web": "marketing", "campaigns": "marketing",
    "sales": "sales", "enablement": "sales", "decks": "sales", "battlecards": "sales",
    "strategy": "strategy", "positioning": "strategy", "messaging": "strategy",
}
EXTS = {"pdf", "docx", "pptx", "xlsx", "odt", "odp", "rtf", "html", "txt"}


def load_globs(kit):
    """Tiny reader for the launchlint.yml shape `functions: {f: [globs]}` (block style)."""
    path = os.path.join(kit, "launchlint.yml")
    if not os.path.exists(path):
        return None
    globs, current = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].rstrip()
        m = re.match(r"^\s{2,}(\w+):\s*\[(.*)\]\s*$", line)
        if m:
            globs[m.group(1)] = [g.strip().strip("\"'") for g in m.group(2).split(",") if g.strip()]
    return globs


def glob_match(rel, pattern):
    regex = re.escape(pattern).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
    return re.fullmatch(regex, rel) is not None


def target_name(rel):
    parts = rel.rsplit(".", 2)
    if len(parts) == 3 and parts[2] == "md" and parts[1] in EXTS:
        return parts[0] + "." + parts[1]
    return rel


def function_of(rel, globs):
    if globs is not None:
        target = target_name(rel)
        for fn, pats in globs.items():
            if any(glob_match(target, p) for p in pats):
                return fn
        return None
    return ALIASES.get(rel.split("/")[0].lower())


def text_units(src):
    """The source as plain text units: lines of paragraphs, table cells, notes."""
    units, para = [], []
    for raw in src.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            if para:
                units.append(" ".join(para)); para = []
            if re.fullmatch(r"\|[\s\-:|]+\|", line):
                continue
            units.extend(c.strip() for c in line.strip("|").split("|"))
            continue
        if not line or line == "---" or line.startswith("#") or line.startswith("- ") or line == "Notes:":
            if para:
                units.append(" ".join(para)); para = []
            if line.startswith("#"):
                units.append(re.sub(r"^#+\s*(Sheet:\s*)?", "", line))
            elif line.startswith("- "):
                units.append(line[2:])
            continue
        para.append(line)
    if para:
        units.append(" ".join(para))
    return [re.sub(r"\s+", " ", u).strip().lower() for u in units if u.strip()]


def words(src):
    return len([w for w in re.findall(r"\S+", src) if not re.fullmatch(r"[|#\-:]+", w)])


def check_kit(kit):
    problems, name = [], os.path.basename(kit)
    globs = load_globs(kit)
    docs = {}
    for dirpath, _, files in os.walk(kit):
        for f in sorted(files):
            rel = os.path.relpath(os.path.join(dirpath, f), kit).replace(os.sep, "/")
            if rel in ("expected.json", "launchlint.yml", "launchlint.json"):
                continue
            fn = function_of(rel, globs)
            src = open(os.path.join(kit, rel), encoding="utf-8").read()
            if fn is None:
                problems.append(f"{rel}: no function")
                continue
            n = words(src)
            if not 150 <= n <= 800:
                problems.append(f"{rel}: {n} words")
            if "**" in src or "__" in src:
                problems.append(f"{rel}: markdown emphasis is not in the subset")
            docs[rel] = (fn, text_units(src), n)
    if not 4 <= len(docs) <= 8:
        problems.append(f"{len(docs)} documents")
    try:
        exp = json.load(open(os.path.join(kit, "expected.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - report any parse error as a problem
        return [f"expected.json: {e}"], {}, docs
    if exp.get("stage") not in STAGES:
        problems.append(f"bad stage {exp.get('stage')}")
    counts = {}
    for i, lab in enumerate(exp.get("findings", [])):
        t = lab.get("type")
        counts[t] = counts.get(t, 0) + 1
        if t not in TYPES:
            problems.append(f"label {i}: bad type {t}")
        fns = lab.get("functions", [])
        if not fns or any(f not in FUNCS for f in fns):
            problems.append(f"label {i}: bad functions {fns}")
        if not lab.get("note"):
            problems.append(f"label {i}: no note")
        for a in lab.get("anchors", []):
            needle = re.sub(r"\s+", " ", a).strip().lower()
            if re.search(r"[*_|#`]", a):
                problems.append(f"label {i}: anchor with markup {a!r}")
            hits = [(rel, u) for rel, (fn, units, _) in docs.items() if fn in fns for u in units if needle in u]
            if not hits:
                problems.append(f"label {i} ({t}): anchor {a!r} not in {fns}")
            elif len(hits) > 3 and t not in ("terminology-drift", "omission"):
                print(f"   note: label {i} ({t}): anchor {a!r} in {len(hits)} units")
    stage = exp.get("stage")
    types = set(counts)
    if stage == "aligned" and counts:
        problems.append("aligned kit with findings")
    if stage == "fragmented-interpretation" and types - {"terminology-drift", "positioning-drift"}:
        problems.append("fragmented kit with other types")
    if stage == "market-confusion" and not any(
            l["type"] == "contradiction" and set(l["functions"]) == {"marketing", "sales"}
            for l in exp.get("findings", [])):
        problems.append("market-confusion kit without a marketing/sales contradiction")
    return problems, counts, docs


def main(argv):
    root = argv[1] if len(argv) > 1 else "corpus/sources"
    kits = argv[2:] or sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    total, bad = {}, 0
    for k in kits:
        problems, counts, docs = check_kit(os.path.join(root, k))
        exts = sorted({target_name(r).rsplit(".", 1)[-1] for r in docs})
        print(f"{k}: {len(docs)} docs {exts} labels {sum(counts.values())} {counts}")
        for p in problems:
            print("   PROBLEM", p)
        bad += len(problems)
        for t, c in counts.items():
            total[t] = total.get(t, 0) + c
    print("total", sum(total.values()), total)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
