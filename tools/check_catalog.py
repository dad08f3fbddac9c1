#!/usr/bin/env python3
"""Fails when a text a person reads has no Chinese or no English (docs/language.md).

    tools/check_catalog.py [ROOT]

Every text is written in English in the source, marked tr("…"), trf("…", …),
trn("…", "…", n) or N_("…"); xgettext collects them. Each must
- be English: no Chinese character in the source text (a Chinese word that is
  data, such as a unit, is an argument, never part of the text);
- have a Chinese translation in po/zh_CN/*.po, not empty and not fuzzy;
- keep its placeholders: the translation uses exactly the {N} of the source;
- have one Chinese: a text in two .po files is translated alike in both.
And the catalog holds no entry that no source uses any more.
Exit 0 when all hold, 1 with one line per fault.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

KEYWORDS = ["-ktr", "-ktrf", "-ktrn:1,2", "-kN_"]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{(\d+)[^}]*\}")


def entries(po_text):
    """(msgid, msgid_plural, [msgstr…], fuzzy, location) of each entry but the header."""
    out = []
    for block in re.split(r"\n\s*\n", po_text):
        lines = [line for line in block.splitlines() if line.strip()]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        where = next((line[3:].split()[0] for line in lines if line.startswith("#: ")), "")
        fields, current = {}, None
        for line in lines:
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if "msgid" not in fields or fields["msgid"] == "":
            continue
        strs = [v for k, v in sorted(fields.items()) if k.startswith("msgstr")]
        out.append((decode(fields["msgid"]), decode(fields.get("msgid_plural", "")), [decode(s) for s in strs],
                    fuzzy, where))
    return out


ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def decode(s):
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(0)), s)


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    sources = sorted(str(p.relative_to(root)) for top in ("grammar", "rules", "engine")
                     for p in (root / top).rglob("*") if p.suffix in (".hpp", ".cpp"))
    with tempfile.TemporaryDirectory() as tmp:
        pot = pathlib.Path(tmp) / "jixiao.pot"
        subprocess.run(["xgettext", "--language=C++", "--from-code=UTF-8", "--no-wrap", *KEYWORDS,
                        "-o", str(pot), *sources], cwd=root, check=True)
        used = entries(pot.read_text(encoding="utf-8")) if pot.exists() else []
        catalog = pathlib.Path(tmp) / "zh_CN.po"
        po_files = sorted(str(p) for p in (root / "po" / "zh_CN").glob("*.po"))
        subprocess.run(["msgcat", "--use-first", "--no-wrap", "-o", str(catalog), *po_files], check=True)
        translated = {(m, p): (s, f) for m, p, s, f, _ in entries(catalog.read_text(encoding="utf-8"))}
    problems = []
    # One text, one Chinese: the build keeps the first file's, so two would be a silent choice.
    seen = {}
    for po in po_files:
        for msgid, plural, strs, _, _ in entries(pathlib.Path(po).read_text(encoding="utf-8")):
            before = seen.setdefault((msgid, plural), (strs, po))
            if before[0] != strs:
                problems.append(f"{pathlib.Path(po).name}: {msgid!r} is translated {strs} here and "
                                f"{before[0]} in {pathlib.Path(before[1]).name}")
    for msgid, plural, _, _, where in used:
        if CJK.search(msgid + plural):
            problems.append(f"{where}: the source text is not English: {msgid!r}")
        found = translated.get((msgid, plural))
        if found is None:
            problems.append(f"{where}: no Chinese in po/zh_CN/: {msgid!r}")
            continue
        strs, fuzzy = found
        if fuzzy or not strs or any(s == "" for s in strs):
            problems.append(f"{where}: the Chinese is empty or fuzzy: {msgid!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(msgid + plural)))
        for s in strs:
            if sorted(set(PLACEHOLDER.findall(s))) != wanted:
                problems.append(f"{where}: the Chinese does not use the placeholders {wanted}: {msgid!r}")
    known = {(m, p) for m, p, _, _, _ in used}
    for key in translated:
        if key not in known:
            problems.append(f"po/zh_CN: no source uses {key[0]!r} any more")
    for line in problems:
        print(line)
    print(f"{len(used)} texts, {len(problems)} faults")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
