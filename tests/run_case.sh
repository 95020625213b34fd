#!/usr/bin/env bash
# Runs one end-to-end case: the real mirage binary on a fixture directory.
#
#   tests/run_case.sh CASE_DIR MIRAGE_BINARY
#
# A case directory holds:
#   cmd      the arguments, as shell words, e.g.  --data data validate
#   stdout   expected standard output   (missing file = expect none)
#   stderr   expected standard error    (missing file = expect none)
#   status   expected exit code         (missing file = 0)
#   env      optional KEY=VALUE lines added to a clean environment
#   data/    usually, the fixture data directory
#   setup    optional shell script for inputs that cannot be committed (a 100 MB file,
#            a symbolic link out of the tree, an unreadable file): the case folder is
#            copied to a temporary folder, `setup` runs there, then the command.
#            A setup that exits 77 skips the case (e.g. a permission test run as root).
# The command runs in the case directory with a clean environment (no MIRAGE_DATA,
# NO_COLOR or GITHUB_ACTIONS unless `env` sets them).
# With MIRAGE_UPDATE_EXPECTED=1 the actual output is written as the expectation:
# review the diff before committing it.
set -u
case_dir=$(cd "$1" && pwd) || exit 2
mirage=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
cd "$case_dir" || exit 2
[ -f cmd ] || { echo "run_case: $case_dir has no cmd file" >&2; exit 2; }

env_args=(PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 TZ=UTC)
if [ -f env ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    [ -n "$line" ] && env_args+=("$line")
  done < env
fi

actual=$(mktemp -d)
trap 'chmod -R u+rwX "$actual" 2>/dev/null; rm -rf "$actual"' EXIT
if [ -f setup ]; then
  mkdir "$actual/work"
  cp -R . "$actual/work/"
  cd "$actual/work" || exit 2
  bash ./setup
  rc=$?
  if [ "$rc" = 77 ]; then echo "run_case: skipped by setup"; exit 77; fi
  if [ "$rc" != 0 ]; then echo "run_case: setup failed" >&2; exit 2; fi
fi
# shellcheck disable=SC2046
eval "set -- $(cat cmd)"
env -i "${env_args[@]}" "$mirage" "$@" >"$actual/stdout" 2>"$actual/stderr" </dev/null
echo $? >"$actual/status"

if [ "${MIRAGE_UPDATE_EXPECTED:-}" = 1 ]; then
  for f in stdout stderr; do
    if [ -s "$actual/$f" ]; then cp "$actual/$f" "$case_dir/$f"; else rm -f "$case_dir/$f"; fi
  done
  if [ "$(cat "$actual/status")" = 0 ]; then rm -f "$case_dir/status"; else cp "$actual/status" "$case_dir/status"; fi
  echo "updated $case_dir"
  exit 0
fi

fail=0
for f in stdout stderr; do
  expected=$case_dir/$f
  [ -f "$expected" ] || expected=/dev/null
  if ! diff -u --label "expected $f" --label "actual $f" "$expected" "$actual/$f"; then fail=1; fi
done
want_status=0
[ -f "$case_dir/status" ] && want_status=$(cat "$case_dir/status")
got_status=$(cat "$actual/status")
if [ "$want_status" != "$got_status" ]; then
  echo "exit status: expected $want_status, got $got_status"
  fail=1
fi
exit $fail
