#!/usr/bin/env bash
# The jixiao_bench that count_instructions.sh and profile.sh measure, as an
# absolute path: the one given (a relative path is found from where the caller was
# started), else build-bench's, built first (Release, without the tests).
#   bench/bench_binary.sh [jixiao_bench]
set -euo pipefail
if [ -n "${1:-}" ]; then
  [ -x "$1" ] || { echo "$(basename "$0"): no benchmark binary at $1" >&2; exit 1; }
  realpath "$1"
  exit 0
fi
cd "$(dirname "$0")/.."
build=build-bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_BENCH=ON -DJIXIAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target jixiao_bench >/dev/null
echo "$PWD/$build/bench/jixiao_bench"
