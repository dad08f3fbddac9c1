#!/usr/bin/env bash
# End-to-end benchmark: generates provinces of about 10,000, 100,000 and 1,000,000
# indicators and, for each, times a bare yaml-cpp event parse of the same files (the
# floor) and `jixiao score DIR --format json -j 1`; then -j 1 against -j 2 on a
# 200-department province (five rounds in turns, the shortest of each, the machine
# being shared).
# Prints a Markdown table for docs/performance.md.
#   bench/run.sh [--quick]     (--quick: only the 10,000 and 100,000 sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_BENCH=ON -DJIXIAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target jixiao generate_province yaml_event_floor measure jixiao_bench >/dev/null
jixiao=$build/engine/jixiao
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name departments projects [generator flag]; "heavy": most indicators carry a finding
sizes=("10k 20 91" "100k 200 91" "heavy 200 91 --findings-heavy" "1m 200 910")
[ "${1:-}" = "--quick" ] && sizes=("10k 20 91" "100k 200 91" "heavy 200 91 --findings-heavy")

measure() {  # prints "wall peak status"
  "$build/bench/measure" "$@" 2>&1 >/dev/null | sed -n 's/wall_s=\([^ ]*\) peak_mib=\([^ ]*\) status=\([^ ]*\)/\1 \2 \3/p' | tail -1
}

echo "| shape | indicators | input MiB | floor s | jixiao -j 1 s | ratio | peak MiB | input + 64 MiB | indicators/s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  read -r name departments projects flag <<<"$size"
  dir=$work/$name
  "$build/bench/generate_province" --departments "$departments" --projects "$projects" --seed 1 --out "$dir" $flag
  files=("$dir"/*/targets.yaml "$dir"/*/actuals.yaml)
  indicators=$(grep -h -c '^      - name:' "$dir"/*/targets.yaml | awk '{s += $1} END {print s}')
  input_mib=$(du -cm "${files[@]}" | tail -1 | cut -f1)
  read -r floor _ _ < <(measure "$build/bench/yaml_event_floor" "${files[@]}")
  read -r wall peak status < <(measure "$jixiao" score "$dir" --format json -j 1 -o "$work/$name.json")
  [ "$status" = 0 ] || [ "$status" = 2 ] || { echo "jixiao failed on $name (status $status)" >&2; exit 1; }
  awk -v shape="$name" -v n="$indicators" -v mib="$input_mib" -v f="$floor" -v w="$wall" -v p="$peak" 'BEGIN {
    printf "| %s | %d | %d | %.2f | %.2f | %.2f | %.0f | %d | %.0f |\n", shape, n, mib, f, w, w / f, p, mib + 64, n / w }'
  rm -f "$work/$name.json"
done

echo
dir=$work/100k
# -j 1 and -j 2 in turns, five rounds, the shortest wall time of each: a neighbour
# who takes a core for a few seconds slows a round of both, not three runs of one.
shorter() {  # the shorter of a wall time and the shortest so far (none yet: "")
  awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'
}
one="" two=""
for _ in 1 2 3 4 5; do
  read -r wall _ _ < <(measure "$jixiao" score "$dir" --format json -j 1 -o "$work/j1.json")
  one=$(shorter "$wall" "$one")
  read -r wall _ _ < <(measure "$jixiao" score "$dir" --format json -j 2 -o "$work/j2.json")
  two=$(shorter "$wall" "$two")
done
awk -v a="$one" -v b="$two" 'BEGIN { printf "200 departments, best of five in turns: -j 1 %.2f s, -j 2 %.2f s, speed-up %.2f\n", a, b, a / b }'
cmp -s "$work/j1.json" "$work/j2.json" && echo "(-j 1 and -j 2 reports are identical)"
echo
"$build/bench/jixiao_bench" --benchmark_filter='BM_ScoreDepartment|BM_ScoreRule' 2>/dev/null | grep -E "^BM_" || true
