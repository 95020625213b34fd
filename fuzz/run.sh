#!/usr/bin/env bash
# Builds the libFuzzer target in build-fuzz and fuzzes the loader for SECONDS.
#
#   fuzz/run.sh SECONDS
#
# Seeds: every YAML file of data/ and tests/cases/*/data, prefixed with the byte that
# selects its kind (see fuzz/fuzz_one.hpp), and every input in fuzz/regressions/.
# The corpus grows in build-fuzz/corpus across runs. A crash, a leak, a timeout (10 s)
# or running out of memory (2 GB) stops the run with exit 1 and leaves the input in
# build-fuzz/artifacts/: copy it to fuzz/regressions/, fix the bug, and ctest replays it.
set -euo pipefail
seconds=${1:?usage: fuzz/run.sh SECONDS}
cd "$(dirname "$0")/.."

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DMIRAGE_FUZZ=ON -DMIRAGE_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
nice cmake --build build-fuzz --target fuzz_load -j"$(nproc)"

seeds=build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds" build-fuzz/corpus build-fuzz/artifacts
kind_byte() {  # meeting investigation statistic activity countries sources taskforce
  case "$1" in
    */meetings/*) echo 0 ;; */investigations/*) echo 1 ;; */statistics/*) echo 2 ;; */activities/*) echo 3 ;;
    */countries.yaml) echo 4 ;; */sources.yaml) echo 5 ;; */taskforce.yaml) echo 6 ;; *) echo 0 ;;
  esac
}
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  { printf "\\$(printf '%03o' "$(kind_byte "$f")")"; cat "$f"; } >"$seeds/seed-$n"
done < <(find data tests/cases/*/data -name '*.yaml' -type f -size -64k -print0 2>/dev/null)
cp fuzz/regressions/* "$seeds/" 2>/dev/null || true

ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  nice build-fuzz/fuzz_load -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict=fuzz/yaml.dict -artifact_prefix=build-fuzz/artifacts/ -print_final_stats=1 \
  build-fuzz/corpus "$seeds"
