#!/usr/bin/env bash
# The read-only commands never write anywhere, and `new` never overwrites a file.
#
#   tests/readonly.sh MIRAGE_BINARY SOURCE_DIR
#
# A copy of the shipped data and schemas is made in a fresh tree, which is also the
# working directory, HOME, TMPDIR and XDG_* of every run. A full listing of the tree
# (type, mode, size, mtime in ns, path) and a checksum of every file are taken before
# and after each command and must be equal. When not run as root, the tree is also
# made read-only (chmod -R a-w), so a write would fail loudly too; root can write
# anyway, which is why the listing is the real proof.
#
# Commands the binary does not have (probed with `mirage CMD --help`) are skipped, so
# the list below can name commands that are still being written.
set -u
mirage=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
tree=$(mktemp -d)
trap 'chmod -R u+w "$tree" 2>/dev/null; rm -rf "$tree"' EXIT
mkdir -p "$tree/repo" "$tree/home" "$tree/tmp"
cp -R "$src/data" "$src/schemas" "$tree/repo/"
cd "$tree/repo" || exit 2

snapshot() {
  (cd "$tree" && find . -printf '%y %m %s %T@ %p\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
env_args=(PATH="$PATH" LANG=C.UTF-8 HOME="$tree/home" TMPDIR="$tree/tmp" XDG_CACHE_HOME="$tree/home/.cache"
  XDG_CONFIG_HOME="$tree/home/.config" XDG_DATA_HOME="$tree/home/.local/share" XDG_STATE_HOME="$tree/home/.local/state")
run() { env -i "${env_args[@]}" "$mirage" "$@" >"$out/stdout" 2>"$out/stderr" </dev/null; }
has() { env -i "${env_args[@]}" "$mirage" "$1" --help >/dev/null 2>&1 </dev/null; }

out=$(mktemp -d)  # outside the tree: only the binary's own writes would change the tree
trap 'chmod -R u+w "$tree" 2>/dev/null; rm -rf "$tree" "$out"' EXIT
first_meeting=$(cd data/meetings && ls | head -1)
first_meeting=${first_meeting%.yaml}

read_only=(
  "validate"
  "--data data validate"
  "validate --format json"
  "validate --format github"
  "list"
  "list --year 2009"
  "list meetings"
  "show $first_meeting"
  "summary"
  "totals"
  "diff"
)
[ "$(id -u)" -eq 0 ] || chmod -R a-w "$tree"
before=$(snapshot)
fail=0
ran=0
for line in "${read_only[@]}"; do
  read -ra args <<<"$line"
  cmd=${args[0]}
  [ "$cmd" = --data ] && cmd=${args[2]}
  if ! has "$cmd"; then echo "skip: mirage $line (no such command yet)"; continue; fi
  run "${args[@]}"
  status=$?
  ran=$((ran + 1))
  if [ "$status" -ge 3 ]; then echo "FAILED: mirage $line exited $status"; cat "$out/stderr"; fail=1; fi
  after=$(snapshot)
  if [ "$before" != "$after" ]; then
    echo "FAILED: mirage $line changed the tree:"
    diff <(echo "$before") <(echo "$after") | head -20
    fail=1
    before=$after
  else
    echo "ok: mirage $line (exit $status) wrote nothing"
  fi
done

# `new` may create a file, but never overwrite one: every file that was there must be
# unchanged, whatever arguments it is given.
if has new; then
  [ "$(id -u)" -eq 0 ] || chmod -R u+w "$tree"
  existing=$(cd "$tree" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  for line in "new meeting $first_meeting" "new meeting --id $first_meeting" "new meeting" "new activity" \
    "new investigation" "new statistic"; do
    read -ra args <<<"$line"
    run "${args[@]}"
    status=$?
    ran=$((ran + 1))
    if [ "$status" -ge 3 ]; then echo "FAILED: mirage $line exited $status"; fail=1; fi
    now=$(cd "$tree" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    if [ -n "$(comm -23 <(echo "$existing") <(echo "$now"))" ]; then
      echo "FAILED: mirage $line changed or removed an existing file:"
      comm -23 <(echo "$existing") <(echo "$now")
      fail=1
    else
      echo "ok: mirage $line (exit $status) overwrote nothing"
    fi
  done
else
  echo "skip: mirage new (no such command yet)"
fi
[ "$ran" -gt 0 ] || { echo "FAILED: no command ran"; fail=1; }
exit $fail
