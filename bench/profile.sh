#!/usr/bin/env bash
# Where a department's scoring spends its time: samples BM_ScoreDepartment (the
# seed department, 25 projects and 129 indicators) with perf's cpu-clock, a
# software clock that works in a virtual machine without hardware counters, and
# prints the functions that took the most samples. It sees what a count of
# instructions (count_instructions.sh) does not: a division waited on, a branch
# guessed wrong, a line of memory fetched. A share of samples, unlike a time, moves
# little when a neighbour takes the core. Needs perf (Debian's linux-perf).
#   bench/profile.sh [jixiao_bench] [seconds]   (default: build-bench's, 4 s)
set -euo pipefail
command -v perf >/dev/null || { echo "profile.sh: perf is needed (apt install linux-perf)" >&2; exit 1; }
bench=$("$(dirname "$0")/bench_binary.sh" "${1:-}")
cd "$(dirname "$0")/.."
seconds=${2:-4}
data=$(mktemp)
trap 'rm -f "$data"' EXIT

perf record -q -e cpu-clock -F 10000 -o "$data" \
  "$bench" --benchmark_filter='BM_ScoreDepartment$' --benchmark_min_time="$seconds" >/dev/null 2>&1
# Percent and function, the function's name cut to a line (a parser's type runs to pages).
perf report -i "$data" --no-children --stdio --sort symbol 2>/dev/null |
  awk '/^ +[0-9.]+%/ && shown++ < 25 { sub(/\[\.\] |\[k\] /, ""); print substr($0, 1, 110) }'
