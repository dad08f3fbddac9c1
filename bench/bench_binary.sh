#!/usr/bin/env bash
# Builds build-bench's jixiao_bench (Release, without the tests) and prints its
# path: what count_instructions.sh and profile.sh measure when given no binary.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build-bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_BENCH=ON -DJIXIAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target jixiao_bench >/dev/null
echo "$PWD/$build/bench/jixiao_bench"
