#!/usr/bin/env bash
# Scoring against the tree that met the province issue's bar of 50 ns an indicator
# (49f1bc8, 2026-11-24, at 42 to 45 ns on that day's machine): builds that tree's
# jixiao_bench in a temporary clone, then times it and this tree's in turns on
# BM_ScoreDepartment (bench/compare.sh) and counts both trees' instructions
# (bench/count_instructions.sh). The machines this project runs on differ by half
# in speed, so an absolute time says more about the machine than the code; a ratio
# to the tree that met the bar, measured in the same minutes, does not.
#   bench/against_bar_tree.sh [--rounds N] [COMMIT]   (N: 30; COMMIT: 49f1bc8)
set -euo pipefail
rounds=30
if [ "${1:-}" = "--rounds" ]; then
  rounds=$2
  shift 2
fi
commit=${1:-49f1bc8}
here=$(cd "$(dirname "$0")/.." && pwd)
current=$("$here/bench/bench_binary.sh")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone -q "$here" "$work/tree"
git -C "$work/tree" checkout -q "$commit"
cmake -S "$work/tree" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_BENCH=ON -DJIXIAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$work/build" -j "$(nproc)" --target jixiao_bench >/dev/null
then_bench=$work/build/bench/jixiao_bench

echo "in turns, ns a department of 129 indicators: first $commit, then this tree"
"$here/bench/compare.sh" --rounds "$rounds" "$then_bench" "$current"
echo "instructions:"
echo "  $commit: $("$here/bench/count_instructions.sh" "$then_bench" | tail -1)"
echo "  this tree: $("$here/bench/count_instructions.sh" "$current" | tail -1)"
