#!/usr/bin/env bash
# End-to-end test of the editor's and reviewer's workflow in a real git repository made
# at test time: `mirage new` (a new record, a refused overwrite, a refused invalid record)
# and `mirage diff` between real commits (changes, removals, renames, moved files), in
# every format, checking that diff touches neither the working tree nor the index.
#
#   tests/workflow.sh SOURCE_DIR MIRAGE_BINARY
set -u
src=$(cd "$1" && pwd)
mirage=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
command -v git >/dev/null || { echo "workflow: git is not installed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home GIT_CONFIG_NOSYSTEM=1 LANG=C.UTF-8 TZ=UTC
unset MIRAGE_DATA NO_COLOR GITHUB_ACTIONS
mkdir -p "$HOME"
repo=$work/repo
git_() { git -C "$repo" -c user.name=Editor -c user.email=editor@example.org -c init.defaultBranch=main "$@"; }

passed=0 failed=0
# check NAME EXPECTED_STATUS EXPECTED_STDOUT_FILE [STDERR_PATTERN] -- COMMAND...
# runs COMMAND in the repository and compares its exit status and standard output.
check() {
  local name=$1 want_status=$2 want_out=$3 err_pattern=$4
  shift 5
  (cd "$repo" && "$@") >"$work/out" 2>"$work/err"
  local status=$? ok=1
  if [ "$status" != "$want_status" ]; then echo "FAIL $name: exit status $status, expected $want_status"; ok=0; fi
  if [ "$want_out" != - ] && ! diff -u --label expected --label actual "$want_out" "$work/out"; then
    echo "FAIL $name: standard output differs"; ok=0
  fi
  if [ -n "$err_pattern" ] && ! grep -qF -- "$err_pattern" "$work/err"; then
    echo "FAIL $name: standard error lacks '$err_pattern':"; cat "$work/err"; ok=0
  fi
  if [ $ok = 1 ]; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); fi
}
expect() { cat >"$work/expected-$1"; echo "$work/expected-$1"; }
same_file() {  # NAME FILE EXPECTED_FILE
  if diff -u --label expected --label actual "$3" "$2"; then passed=$((passed + 1)); echo "ok   $1"
  else failed=$((failed + 1)); echo "FAIL $1"; fi
}
truth() {  # NAME COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# First commit: the shipped data and schemas, without the 24th meeting.
mkdir -p "$repo"
git_ init -q
cp -r "$src/data" "$src/schemas" "$repo/"
rm "$repo/data/meetings/2017-24.yaml"
check "diff: before the first commit, everything is added" 0 - "" -- "$mirage" diff
truth "diff: ... the whole record" grep -Eq "^HEAD -> working tree: [1-9][0-9]* added, 0 removed, 0 renamed, 0 changed$" "$work/out"
git_ add -A && git_ commit -qm "the record without meeting 24"

# --- mirage new ---------------------------------------------------------------------------
title="24th Meeting of the Task Force on Countering Trafficking in Human Beings and Illegal Migration"
quote="24th Meeting of the Task Force on Countering Trafficking in Human Beings and Illegal Migration, 23 May 2017, Bucharest/Romania"
new_meeting=("$mirage" new meeting --number 24 --date 2017-05-23 --city Bucharest --country RO --title "$title" --quote "$quote")
check "new: writes the record and prints its path" 0 "$(expect new <<<'data/meetings/2017-24.yaml')" "" -- "${new_meeting[@]}"
same_file "new: the file has the schema line, the values and commented placeholders" "$repo/data/meetings/2017-24.yaml" \
  "$(expect new-file <<'YAML'
# yaml-language-server: $schema=../../schemas/meeting.schema.json
id: 2017-24
number: 24
title: 24th Meeting of the Task Force on Countering Trafficking in Human Beings and Illegal Migration
date: 2017-05-23
# end_date:  # The last day of a meeting that lasted more than one day.
city: Bucharest
country: RO
# reports:  # Ids of the report activities presented at the meeting.
# notes:  # Anything else the source says about the meeting.
citations:
  - source: seci-mirage-operational-activities
    quote: >-
      24th Meeting of the Task Force on Countering Trafficking in Human Beings and Illegal
      Migration, 23 May 2017, Bucharest/Romania
YAML
)"
check "new: the new record validates" 0 - "0 errors" -- "$mirage" validate
cp "$repo/data/meetings/2017-24.yaml" "$work/before-overwrite"
check "new: refuses to overwrite an existing file (exit 1)" 1 /dev/null \
  "mirage: error: data/meetings/2017-24.yaml already exists: not overwritten" -- \
  "$mirage" new meeting --number 24 --date 2017-05-23 --title "Another title" --quote "$quote"
same_file "new: the existing file is unchanged" "$repo/data/meetings/2017-24.yaml" "$work/before-overwrite"
check "new: refuses an id another record has (exit 1)" 1 /dev/null "the id '2017-24' is taken by data/meetings/2017-24.yaml" -- \
  "$mirage" new activity --id 2017-24 --type report --title "A report" --quote "$quote"
check "new: refuses an invalid record with validate's message (exit 1)" 1 /dev/null \
  "data/meetings/2018-25.yaml:8:10: error: 'country' must be an ISO 3166-1 alpha-2 country code in capitals such as RO, not 'Romania': did you mean 'RO'? [schema]" -- \
  "$mirage" new meeting --number 25 --date 2018-05-22 --country Romania --title "$title" --quote "$quote"
truth "new: the invalid record was not written" test ! -e "$repo/data/meetings/2018-25.yaml"
check "new: a calendar error is the date rule's" 1 /dev/null "'date' is no calendar date" -- \
  "$mirage" new meeting --number 25 --date 2018-02-30 --title "$title" --quote "$quote"
check "new: a missing required option is a usage error (exit 2)" 2 /dev/null "--number is required" -- \
  "$mirage" new meeting --title "$title" --quote "$quote"
check "new: no id can be made without a date (exit 2)" 2 /dev/null "give --date, or --id" -- \
  "$mirage" new meeting --number 25 --title "$title" --quote "$quote"
truth "new: no temporary file is left in the data" test -z "$(find "$repo/data" -name '.*' -print)"

# --- mirage diff: HEAD against the working tree ------------------------------------------
check "diff: HEAD against the working tree shows the new record" 0 "$(expect diff-new <<'EOF2'
added: meeting 24 (data/meetings/2017-24.yaml)
answers that change:
  RO meetings_hosted: 6 -> 7
HEAD -> working tree: 1 added, 0 removed, 0 renamed, 0 changed
EOF2
)" "" -- "$mirage" diff
git_ add -A && git_ commit -qm "meeting 24"
check "diff: nothing differs after the commit" 0 "$(expect diff-none <<<'HEAD -> working tree: no record differs')" "" -- "$mirage" diff
check "diff --exit-code: 0 when nothing differs" 0 - "" -- "$mirage" diff --exit-code

# Second commit: a changed record, a removed one, a renamed one and a moved file.
sed -i 's/^date: 2009-05-19$/date: 2009-05-18/; s/^city: Bucharest$/city: Sofia/' "$repo/data/meetings/2009-16.yaml"
sed -i 's/^countries: \[MK, RS\]$/countries: [MK, RS, AL]/' "$repo/data/investigations/2009-kanis.yaml"
sed -i 's/^  persons_detained: 52$/  persons_detained: 53/' "$repo/data/statistics/2009-tara-detentions.yaml"
git_ mv data/activities/2009-fbi-training.yaml data/activities/2009-fbi-skopje-training.yaml
sed -i 's/^id: 2009-fbi-training$/id: 2009-fbi-skopje-training/' "$repo/data/activities/2009-fbi-skopje-training.yaml"
git_ mv data/investigations/2009-tara.yaml data/investigations/2009-tara.yml
git_ rm -q data/investigations/2008-dora.yaml
git_ add -A && git_ commit -qm "edits"

status_before=$(git_ status --porcelain=v1 --untracked-files=all)  # may refresh the index: before the hash
index_before=$(sha256sum <"$repo/.git/index")

diff_text=$(expect diff-text <<'EOF2'
meeting 16: city Bucharest -> Sofia
meeting 16: date 2009-05-19 -> 2009-05-18
removed: investigation 2008-dora (data/investigations/2008-dora.yaml)
investigation 2009-kanis: countries [MK, RS] -> [MK, RS, AL]
renamed: investigation 2009-tara (data/investigations/2009-tara.yaml -> data/investigations/2009-tara.yml)
statistic 2009-tara-detentions: figures.persons_detained 52 -> 53
renamed: activity 2009-fbi-training -> 2009-fbi-skopje-training (data/activities/2009-fbi-training.yaml -> data/activities/2009-fbi-skopje-training.yaml)
answers that change:
  total persons_detained: 52 -> 53
  MK investigations: 5 -> 4
  RS investigations: 5 -> 4
HEAD~1 -> HEAD: 0 added, 1 removed, 2 renamed, 3 changed
EOF2
)
check "diff REV REV: records by field, renames, moved files" 0 "$diff_text" "" -- "$mirage" diff HEAD~1 HEAD
check "diff REV: that revision against the working tree" 0 - "" -- "$mirage" diff HEAD~1
same_file "diff REV: the same as against HEAD when the working tree is clean" "$work/out" \
  "$(sed 's/^HEAD~1 -> HEAD:/HEAD~1 -> working tree:/' "$diff_text" >"$work/expected-wt"; echo "$work/expected-wt")"
check "diff: from a subfolder, by commit id" 0 - "" -- bash -c "cd data/meetings && '$mirage' diff $(git_ rev-parse --short HEAD~1) HEAD"
truth "diff: the same records from a subfolder" diff <(head -n -1 "$work/out") <(head -n -1 "$diff_text")
check "diff --exit-code: 1 when a record differs" 1 - "" -- "$mirage" diff --exit-code HEAD~1 HEAD
check "diff: with --data" 0 - "" -- bash -c "cd / && '$mirage' --data '$repo/data' diff HEAD~1 HEAD"
truth "diff: with --data, the same records" diff <(head -n -1 "$work/out") <(head -n -1 "$diff_text")

check "diff --format json" 0 "$(expect diff-json <<'EOF2'
{
  "from": "HEAD~1",
  "to": "HEAD",
  "summary": {
    "added": 0,
    "removed": 1,
    "renamed": 2,
    "changed": 3
  },
  "records": [
    {
      "status": "changed",
      "kind": "meeting",
      "id": "2009-16",
      "label": "meeting 16",
      "file": "data/meetings/2009-16.yaml",
      "changes": [
        {
          "field": "city",
          "path": "/city",
          "old": "Bucharest",
          "new": "Sofia"
        },
        {
          "field": "date",
          "path": "/date",
          "old": "2009-05-19",
          "new": "2009-05-18"
        }
      ]
    },
    {
      "status": "removed",
      "kind": "investigation",
      "id": "2008-dora",
      "label": "investigation 2008-dora",
      "file": "data/investigations/2008-dora.yaml",
      "changes": []
    },
    {
      "status": "changed",
      "kind": "investigation",
      "id": "2009-kanis",
      "label": "investigation 2009-kanis",
      "file": "data/investigations/2009-kanis.yaml",
      "changes": [
        {
          "field": "countries",
          "path": "/countries",
          "old": [
            "MK",
            "RS"
          ],
          "new": [
            "MK",
            "RS",
            "AL"
          ]
        }
      ]
    },
    {
      "status": "renamed",
      "kind": "investigation",
      "id": "2009-tara",
      "label": "investigation 2009-tara",
      "file": "data/investigations/2009-tara.yml",
      "old_id": "2009-tara",
      "old_file": "data/investigations/2009-tara.yaml",
      "changes": []
    },
    {
      "status": "changed",
      "kind": "statistic",
      "id": "2009-tara-detentions",
      "label": "statistic 2009-tara-detentions",
      "file": "data/statistics/2009-tara-detentions.yaml",
      "changes": [
        {
          "field": "figures.persons_detained",
          "path": "/figures/persons_detained",
          "old": 52,
          "new": 53
        }
      ]
    },
    {
      "status": "renamed",
      "kind": "activity",
      "id": "2009-fbi-skopje-training",
      "label": "activity 2009-fbi-skopje-training",
      "file": "data/activities/2009-fbi-skopje-training.yaml",
      "old_id": "2009-fbi-training",
      "old_file": "data/activities/2009-fbi-training.yaml",
      "changes": []
    }
  ],
  "answers": [
    {
      "question": "total persons_detained",
      "old": 52,
      "new": 53
    },
    {
      "question": "MK investigations",
      "old": 5,
      "new": 4
    },
    {
      "question": "RS investigations",
      "old": 5,
      "new": 4
    }
  ]
}
EOF2
)" "" -- "$mirage" diff --format json HEAD~1 HEAD

check "diff --format markdown" 0 "$(expect diff-md <<'EOF2'
### mirage diff: `HEAD~1` → HEAD

**0 added, 1 removed, 2 renamed, 3 changed**

| record | change |
| --- | --- |
| meeting 16 | `city`: `Bucharest` → `Sofia` |
| meeting 16 | `date`: `2009-05-19` → `2009-05-18` |
| investigation 2008-dora | removed: `data/investigations/2008-dora.yaml` |
| investigation 2009-kanis | `countries`: `[MK, RS]` → `[MK, RS, AL]` |
| investigation 2009-tara | renamed: `data/investigations/2009-tara.yaml` → `data/investigations/2009-tara.yml` |
| statistic 2009-tara-detentions | `figures.persons_detained`: `52` → `53` |
| activity 2009-fbi-training → 2009-fbi-skopje-training | renamed: `data/activities/2009-fbi-training.yaml` → `data/activities/2009-fbi-skopje-training.yaml` |

**Answers that change**

| answer | before | after |
| --- | --- | --- |
| total persons\_detained | `52` | `53` |
| MK investigations | `5` | `4` |
| RS investigations | `5` | `4` |
EOF2
)" "" -- "$mirage" diff --format markdown HEAD~1 HEAD

check "diff: the first commit against HEAD" 0 - "" -- "$mirage" diff HEAD~2 HEAD
truth "diff: ... adds meeting 24 and shows every edit" grep -qx "added: meeting 24 (data/meetings/2017-24.yaml)" "$work/out"

check "diff: an unknown revision is exit 2" 2 /dev/null "mirage: error: unknown revision 'no-such-branch'" -- \
  "$mirage" diff no-such-branch
check "diff: more than two revisions is a usage error" 2 /dev/null "" -- "$mirage" diff HEAD HEAD HEAD
check "diff: a bad format is a usage error" 2 /dev/null "--format" -- "$mirage" diff --format xml
check "diff: a revision without the data has no records" 0 - "" -- "$mirage" diff "$(git_ hash-object -t tree /dev/null)" HEAD
truth "diff: ... so everything is added" grep -Eq " -> HEAD: [1-9][0-9]* added, 0 removed, 0 renamed, 0 changed$" "$work/out"
truth "diff: ... the task force included" grep -qx "added: taskforce (data/taskforce.yaml)" "$work/out"

truth "diff did not touch the index" test "$(sha256sum <"$repo/.git/index")" = "$index_before"
truth "diff did not touch the working tree" test "$(git_ status --porcelain=v1 --untracked-files=all)" = "$status_before"

# A broken file in the working tree: left out with a warning, not reported as removed.
printf 'id: 2009-16\nnumber: [16\n' >"$repo/data/meetings/2009-16.yaml"
check "diff: an unreadable file is left out with a warning; answers are not compared" 0 \
  "$(expect diff-broken <<'EOF2'
answers not compared: the data has errors at working tree
HEAD -> working tree: no record differs
EOF2
)" \
  "mirage: warning: working tree: data/meetings/2009-16.yaml cannot be read as YAML: its records are left out" -- "$mirage" diff
git_ checkout -q -- data/meetings/2009-16.yaml


outside=$work/outside
mkdir -p "$outside"
cp -r "$src/data" "$outside/"
check "diff: data outside a git repository is exit 2" 2 /dev/null "is not in a git repository" -- \
  bash -c "cd '$outside' && GIT_CEILING_DIRECTORIES='$work' '$mirage' diff"

# A repository of another user (as in a CI container) is refused until marked safe, as the
# GitHub workflow does with `git config --global --add safe.directory`.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
  theirs=$work/theirs
  cp -r "$repo" "$theirs"
  chown -R nobody "$theirs"
  check "diff: another user's repository is refused (exit 2)" 2 /dev/null "belongs to another user" -- \
    bash -c "cd '$theirs' && '$mirage' diff"
  git config --global --add safe.directory "$theirs"
  check "diff: ... and read once marked safe.directory" 0 "$work/expected-diff-none" "" -- \
    bash -c "cd '$theirs' && '$mirage' diff"
fi

echo "workflow: $passed passed, $failed failed"
[ "$failed" = 0 ]
