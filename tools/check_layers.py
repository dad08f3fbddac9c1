#!/usr/bin/env python3
"""Fails when a source file includes a file of a higher layer (docs/architecture.md).

    tools/check_layers.py [ROOT]

Every .hpp/.cpp under grammar/, rules/ and engine/ belongs to the layer of its
folder; a quoted #include may name a file of its own layer or of a layer below,
never one above. A file outside every known layer, and a source file left at the
top of engine/, are errors too, so a new folder must be given its place here.
Exit 0 when the tree holds, 1 with one line per offending include.
"""
import pathlib
import re
import sys

# Bottom to top. A folder's layer is the longest prefix that matches.
LAYERS = [
    "grammar/text",
    "grammar",
    "rules",
    "engine/model",
    "engine/io",
    "engine/yaml",
    "engine/load",
    "engine/import",
    "engine/score",
    "engine/report",
    "engine/serve",
    "engine/cli",
]
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"([^"]+)"', re.MULTILINE)


def layer_of(path):
    best = None
    for rank, folder in enumerate(LAYERS):
        if (path == folder or path.startswith(folder + "/")) and (best is None or len(folder) > len(LAYERS[best])):
            best = rank
    return best


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = []
    sources = sorted(p for top in ("grammar", "rules", "engine") for p in (root / top).rglob("*")
                     if p.suffix in (".hpp", ".cpp"))
    for source in sources:
        name = source.relative_to(root).as_posix()
        own = layer_of(str(pathlib.PurePosixPath(name).parent))
        if own is None:
            problems.append(f"{name}: in no layer (engine/ holds only its layer folders)")
            continue
        text = source.read_text(encoding="utf-8")
        for match in INCLUDE.finditer(text):
            included = match.group(1)
            target = layer_of(str(pathlib.PurePosixPath(included).parent))
            if target is None:
                continue  # a file of the same folder by bare name, or a library's header
            if target > own:
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{name}:{line}: includes {included} ({LAYERS[target]}), "
                                f"a layer above {LAYERS[own]}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_layers: {len(problems)} include(s) against the layers", file=sys.stderr)
        return 1
    print(f"check_layers: {len(sources)} files, every include points down or sideways")
    return 0


if __name__ == "__main__":
    sys.exit(main())
