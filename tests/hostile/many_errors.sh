#!/usr/bin/env bash
# Hostile input: one file with 10,000 errors. Every one is reported, in order, and
# the run stays fast (the whole output is built in well under the time limit).
#
#   tests/hostile/many_errors.sh MIRAGE_BINARY
set -u
mirage=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/meetings"
cp -R "$here/../cases/validate-clean/data/." "$work/data/"
{
  cat "$here/../cases/validate-clean/data/meetings/2009-16.yaml"
  echo "reports:"
  for i in $(seq 0 9999); do echo "  - Not An Id $i"; done
} >"$work/data/meetings/2009-16.yaml"

cd "$work" || exit 2
start=$(date +%s%N)
env -i PATH="$PATH" LANG=C.UTF-8 "$mirage" --data data validate >stdout 2>stderr
status=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))

fail=0
check() { if ! eval "$1"; then echo "FAILED: $2"; fail=1; fi; }
check '[ "$status" = 1 ]' "exit status 1 (got $status)"
check '[ "$(cat stderr)" = "3 files checked: 10000 errors, 0 warnings" ]' "summary line (got: $(cat stderr))"
check '[ "$(grep -c ": error: " stdout)" = 10000 ]' "10,000 diagnostics printed (got $(grep -c ": error: " stdout))"
# The first and the last, with their lines and carets: the order is by line.
check 'grep -qxF "data/meetings/2009-16.yaml:11:5: error: '"'"'reports[0]'"'"' must be an id of lowercase letters and digits in groups joined by single hyphens, such as 2009-tara, not '"'"'Not An Id 0'"'"' [schema]" stdout' "first diagnostic at line 11"
check '[ "$(grep -n "" stdout | tail -3 | head -1 | cut -d: -f2-)" = "data/meetings/2009-16.yaml:10010:5: error: '"'"'reports[9999]'"'"' must be an id of lowercase letters and digits in groups joined by single hyphens, such as 2009-tara, not '"'"'Not An Id 9999'"'"' [schema]" ]' "last diagnostic at line 10010"
check '[ "$(tail -2 stdout | head -1)" = "10010 |   - Not An Id 9999" ]' "excerpt of the last line"
# Sanitizer builds are several times slower: the bound is generous, it catches quadratic work.
check '[ "$elapsed_ms" -lt 10000 ]' "finished in under 10 s (took $elapsed_ms ms)"
if [ "$fail" = 0 ]; then echo "10,000 errors reported in $elapsed_ms ms"; fi
exit $fail
