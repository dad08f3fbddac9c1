#!/usr/bin/env bash
# Two or more builds of jixiao_bench timed in turns on BM_ScoreDepartment (the seed
# department): each round runs every binary once for a tenth of a second, so a
# neighbour who takes the core slows them alike, and the figures are the fastest,
# the first quartile and the median of the rounds, in ns a department. On a loud
# machine only the fastest is worth comparing, and only a difference of more than
# a few percent (docs/performance.md).
#   bench/compare.sh [--rounds N] A/jixiao_bench B/jixiao_bench ...   (N: 30)
set -euo pipefail
rounds=30
if [ "${1:-}" = "--rounds" ]; then
  rounds=$2
  shift 2
fi
[ $# -ge 2 ] || { echo "usage: bench/compare.sh [--rounds N] BENCH_A BENCH_B ..." >&2; exit 2; }
times=$(mktemp)
trap 'rm -f "$times"' EXIT

for _ in $(seq "$rounds"); do
  for k in $(seq $#); do
    bench=${!k}
    ns=$("$bench" --benchmark_filter='BM_ScoreDepartment$' --benchmark_min_time=0.1 --benchmark_format=csv 2>/dev/null |
         awk -F, '/BM_ScoreDepartment"?,/ { print $4; exit }')
    echo "$k $ns" >>"$times"
  done
done
for k in $(seq $#); do
  awk -v k="$k" '$1 == k { print $2 }' "$times" | sort -n |
    awk -v name="${!k}" '{ t[NR] = $1 }
      END { printf "fastest %.0f  quartile %.0f  median %.0f  (%d rounds)  %s\n",
                   t[1], t[int(NR / 4) + 1], t[int(NR / 2) + 1], NR, name }'
done
