#!/usr/bin/env python3
"""Reads the published corpus with jixiao and reports, per form, how much of it reads as expected.

    python3 tools/corpus_report.py BUILD/engine/jixiao [--verbose] [--data DIR]

Runs `jixiao parse --json -` on every target of tests/data/published_targets.jsonl and
`jixiao parse --json --actual -` on every value of tests/data/published_actuals.jsonl (one
expression a line on standard input, one JSON object a line back), compares each expected
key of a line with what jixiao printed, and prints a table by form: how many entries, how
many read as expected, how many were parse errors. --verbose lists every mismatch.

How a line is compared:
- the keys input, source, province and form are not compared; every other key of the
  corpus line is;
- numbers agree within 1e-9 (relative to the larger, at least 1);
- a key jixiao does not print (today: note, bound) counts as null / false / [];
- finding_kinds: every expected kind must be among jixiao's (jixiao may add others);
- a magnitude may sit in the number or in the unit: 万 and 亿 at the head of a unit are
  factors 1e4 and 1e8, so "80" with unit "万" agrees with 800000 and no unit, and
  "5.2" "万株" with 52000 "株". This is this report's decision (SCORING.md section 3
  converts between magnitudes); 万元 therefore also agrees with 10000 元;
- an entry jixiao could not parse (an "error" in its JSON) is not read as expected.

The exit status is 0 whatever the figures: this is a report, not a test. It is 2 when the
command line is wrong or jixiao cannot be run.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

SKIPPED = {"input", "source", "province", "form"}
QUANTITY = ("value", "low", "high")
MAGNITUDES = {"万": 1e4, "亿": 1e8}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(jixiao, entries, actual):
    command = [jixiao, "parse", "--json"] + (["--actual"] if actual else []) + ["-"]
    stdin = "".join(e["input"] + "\n" for e in entries)
    done = subprocess.run(command, input=stdin.encode("utf-8"), capture_output=True, timeout=600)
    lines = [l for l in done.stdout.decode("utf-8", "replace").splitlines() if l.strip()]
    if len(lines) != len(entries):
        raise RuntimeError(f"{' '.join(command)} printed {len(lines)} lines for {len(entries)} inputs\n"
                           + done.stderr.decode("utf-8", "replace"))
    return [json.loads(l) for l in lines]


def split_magnitude(unit):
    if unit and unit[0] in MAGNITUDES:
        return MAGNITUDES[unit[0]], (unit[1:] or None)
    return 1.0, unit


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def same_quantity(expected, got):
    """value/low/high and unit, a magnitude in the unit or in the number."""
    e_unit, g_unit = expected.get("unit"), got.get("unit")
    e_factor, e_base = split_magnitude(e_unit)
    g_factor, g_base = split_magnitude(g_unit)
    if e_unit == g_unit:
        e_factor = g_factor = 1.0
    elif e_base != g_base:
        return False
    for key in QUANTITY:
        if key not in expected:
            continue
        e, g = expected[key], got.get(key)
        if (e is None) != (g is None):
            return False
        if e is not None and not same_number(e * e_factor, g * g_factor):
            return False
    return True


def absent(key):
    return [] if key == "finding_kinds" else (False if key == "bound" else None)


def mismatches(expected, got):
    """The keys of `expected` that `got` does not match, as "key: expected ≠ got" lines."""
    if "error" in got:
        return [f"error at column {got.get('column')}: {got['error']}"]
    out = []
    if not same_quantity(expected, got):
        e = {k: expected[k] for k in QUANTITY + ("unit",) if k in expected}
        g = {k: got.get(k) for k in e}
        out.append(f"quantity: {json.dumps(e, ensure_ascii=False)} ≠ {json.dumps(g, ensure_ascii=False)}")
    for key, e in expected.items():
        if key in SKIPPED or key in QUANTITY or key == "unit":
            continue
        g = got.get(key, absent(key))
        if key == "finding_kinds":
            ok = set(e) <= set(g or [])
        elif isinstance(e, (int, float)) and not isinstance(e, bool) and isinstance(g, (int, float)):
            ok = same_number(e, g)
        else:
            ok = e == g
        if not ok:
            out.append(f"{key}: {json.dumps(e, ensure_ascii=False)} ≠ {json.dumps(g, ensure_ascii=False)}")
    return out


def report(title, entries, results, verbose):
    by_form = collections.OrderedDict()
    wrong = []
    for entry, got in zip(entries, results):
        row = by_form.setdefault(entry["form"], [0, 0, 0])
        row[0] += 1
        bad = mismatches(entry, got)
        if not bad:
            row[1] += 1
        elif "error" in got:
            row[2] += 1
        if bad:
            wrong.append((entry, bad))
    width = max([len("form")] + [len(f) for f in by_form])
    print(f"{title}\n")
    print(f"| {'form':<{width}} | entries | read as expected | parse errors |")
    print(f"| {'-' * width} | ------: | ---------------: | -----------: |")
    for form, (n, ok, errors) in sorted(by_form.items(), key=lambda item: (-item[1][0], item[0])):
        print(f"| {form:<{width}} | {n:7d} | {ok:16d} | {errors:12d} |")
    total = [sum(r[i] for r in by_form.values()) for i in range(3)]
    print(f"| {'total':<{width}} | {total[0]:7d} | {total[1]:16d} | {total[2]:12d} |\n")
    if verbose:
        for entry, bad in wrong:
            print(f"- [{entry['form']}] {entry['input']!r} ({entry.get('province') or '?'}, {entry['source']})")
            for line in bad:
                print(f"    {line}")
        if wrong:
            print()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jixiao", help="the jixiao binary, e.g. build/engine/jixiao")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--data", default=os.path.join(here, "..", "tests", "data"),
                        help="the folder of published_targets.jsonl and published_actuals.jsonl")
    args = parser.parse_args()
    try:
        targets = load(os.path.join(args.data, "published_targets.jsonl"))
        actuals = load(os.path.join(args.data, "published_actuals.jsonl"))
        target_results = run(args.jixiao, targets, actual=False)
        actual_results = run(args.jixiao, actuals, actual=True)
    except (OSError, RuntimeError, subprocess.SubprocessError, json.JSONDecodeError) as e:
        print(f"corpus_report: {e}", file=sys.stderr)
        return 2
    report("Target expressions (published_targets.jsonl)", targets, target_results, args.verbose)
    report("Actual values (published_actuals.jsonl)", actuals, actual_results, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
