#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang in build-fuzz/ (every object compiled
# with -fsanitize=fuzzer-no-link,address,undefined) and runs each for a bounded time,
# two at a time per two cores. Exits non-zero on any crash, leak, sanitizer report,
# timeout (-timeout=10 per input) or out-of-memory (-rss_limit_mb=2048).
#
#   fuzz/run.sh [HARNESS...]        JIXIAO_FUZZ_SECONDS=60 by default, per harness
#
# New inputs collect in build-fuzz/corpus/<harness>/; a finding is written to
# build-fuzz/findings/<harness>-crash-… (or leak-, timeout-, oom-). Once it is fixed,
# copy it to fuzz/regressions/<harness>/: CTest replays that folder (Fuzz.*.Replay).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${JIXIAO_FUZZ_SECONDS:-60}
build=${JIXIAO_FUZZ_BUILD:-build-fuzz}
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(fuzz_target_expression fuzz_actual_value fuzz_targets_yaml fuzz_actuals_yaml
                                                 fuzz_policy_yaml fuzz_csv_import fuzz_http_request)
cxx=${CXX_FUZZ:-$(command -v clang++ || command -v clang++-14 || true)}
if [ -z "$cxx" ]; then
  echo "fuzz/run.sh: clang++ not found" >&2
  exit 2
fi

cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
      -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
      -DJIXIAO_BUILD_FUZZERS=ON -DJIXIAO_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${harnesses[@]}"

mkdir -p "$build/findings" "$build/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

run_one() {
  local h=$1
  mkdir -p "$build/corpus/$h"
  "$build/fuzz/$h" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$build/findings/$h-" "$build/corpus/$h" "fuzz/corpus/$h" "fuzz/regressions/$h" \
      >"$build/logs/$h.log" 2>&1
}

parallel=$(( $(nproc) < 2 ? 1 : $(nproc) ))
declare -A pids
failed=0
start=$SECONDS
report() {
  local h=$1 status=$2
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$h.log" | grep -o '[0-9]*$' || echo "?")
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $h: clean, $runs inputs in ${seconds} s"
  else
    echo "fuzz: $h: FAILED (exit $status); the end of $build/logs/$h.log:" >&2
    tail -n 60 "$build/logs/$h.log" >&2
    failed=1
  fi
}
for h in "${harnesses[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do sleep 1; done
  run_one "$h" &
  pids[$h]=$!
done
for h in "${harnesses[@]}"; do
  status=0
  wait "${pids[$h]}" || status=$?
  report "$h" "$status"
done
echo "fuzz: done in $((SECONDS - start)) s"
exit $failed
