#!/usr/bin/env bash
# Instructions a department takes to score: callgrind over BM_ScoreDepartment (the
# seed department, 25 projects and 129 indicators), counting score_department and
# the release of its report, averaged over the departments scored. Unlike a time, the
# count does not move when a neighbour takes the core, so two trees can be compared
# on a shared machine (docs/performance.md). Needs valgrind.
#   bench/count_instructions.sh [jixiao_bench]    (default: builds build-bench's)
set -euo pipefail
command -v valgrind >/dev/null || { echo "count_instructions.sh: valgrind is needed (apt install valgrind)" >&2; exit 1; }
bench=$("$(dirname "$0")/bench_binary.sh" "${1:-}")
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT

valgrind --tool=callgrind --callgrind-out-file="$out" \
  --toggle-collect='jixiao::engine::score_department(std::shared_ptr*' \
  --toggle-collect='jixiao::engine::report::~report*' \
  "$bench" --benchmark_filter='BM_ScoreDepartment$' --benchmark_min_time=0.3 >/dev/null 2>&1
total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
# How many departments were scored: the calls of score_department from the benchmark.
# Read whole (no early exit in the pipe, which pipefail would count as a failure); the
# count may have thousands separators: (1,010x).
departments=$(callgrind_annotate --tree=caller --inclusive=yes "$out" 2>/dev/null | awk '
  !found && /\*  .*engine::score_department\(std::shared_ptr/ && match(prev, /\([0-9,]+x\)/) {
    count = substr(prev, RSTART + 1, RLENGTH - 3); gsub(",", "", count); print count; found = 1 }
  { prev = $0 }')
[ -n "$total" ] && [ -n "$departments" ] || { echo "count_instructions.sh: no count from callgrind" >&2; exit 1; }
awk -v t="$total" -v d="$departments" 'BEGIN {
  printf "%d departments: %.0f instructions a department, %.0f an indicator (129 indicators)\n", d, t / d, t / d / 129 }'
