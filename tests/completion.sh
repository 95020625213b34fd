#!/usr/bin/env bash
# The completion scripts work in their shells: bash's is run for real on typed command
# lines (COMP_LINE), zsh's and fish's are syntax-checked when those shells are installed.
#
#   tests/completion.sh SOURCE_DIR MIRAGE_BINARY
set -u
src=$(cd "$1" && pwd)
bin=$(cd "$(dirname "$2")" && pwd)
[ "$(basename "$2")" = mirage ] || { echo "completion: the binary must be named mirage"; exit 1; }
export PATH="$bin:$PATH" LANG=C.UTF-8
unset MIRAGE_DATA
cd "$src" || exit 1  # inside the repository, so the shipped data is found

passed=0 failed=0
source <(mirage completion bash) || { echo "completion: the bash script does not load"; exit 1; }

# expect LINE WORD... : completing LINE (the cursor at its end) offers exactly WORD...
expect() {
  local line=$1
  shift
  COMP_LINE=$line COMP_POINT=${#line} COMPREPLY=()
  _mirage
  local got="${COMPREPLY[*]}" want="$*"
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); echo "ok   '$line'"
  else failed=$((failed + 1)); echo "FAIL '$line': got [$got], expected [$want]"; fi
}
# expect_has LINE WORD : WORD is among the offers
expect_has() {
  local line=$1 word=$2
  COMP_LINE=$line COMP_POINT=${#line} COMPREPLY=()
  _mirage
  local c
  for c in "${COMPREPLY[@]}"; do
    if [ "$c" = "$word" ]; then passed=$((passed + 1)); echo "ok   '$line' offers $word"; return; fi
  done
  failed=$((failed + 1)); echo "FAIL '$line' does not offer $word: [${COMPREPLY[*]}]"
}

expect "mirage va" validate
expect_has "mirage " diff
expect_has "mirage " completion
expect "mirage completion " bash zsh fish
expect "mirage diff --for" --format
expect "mirage diff --format " text json markdown
expect "mirage diff --format=m" markdown
expect "mirage --color a" auto always
expect "mirage new " meeting investigation statistic activity
expect "mirage new meeting --num" --number
expect "mirage new meeting --country R" RO RS
expect "mirage new investigation --crime m" migrant_smuggling
expect "mirage new investigation --form " joint_investigation operation
expect "mirage new activity --type w" witness_testimony witness_programme
expect "mirage new statistic --scope t" task_force
expect "mirage new statistic --figure persons" persons_detained=
expect "mirage new meeting --report 2009-16" 2009-16 2009-16th-meeting-report
expect "mirage new statistic --subject 2009-t" 2009-tara 2009-tara-detentions 2009-task-force-figures
expect_has "mirage diff " HEAD
expect "mirage show 2009-ta" 2009-tara 2009-tara-detentions 2009-task-force-figures
expect "mirage list --country M" MD ME MK
expect "mirage totals --metric victims" victims_identified victims_assisted
expect "mirage list --kind i" investigation
expect "mirage summary --by " country year
expect "mirage --data tests/cases/validate-clean/data new meeting --country " $(grep -o 'code: [A-Z]*' tests/cases/validate-clean/data/countries.yaml | cut -c7- | sort | tr '\n' ' ')
expect "mirage validate --nothing-like-this" ""

if command -v zsh >/dev/null; then
  if mirage completion zsh | zsh -n; then passed=$((passed + 1)); echo "ok   zsh -n"; else failed=$((failed + 1)); echo "FAIL zsh -n"; fi
fi
if command -v fish >/dev/null; then
  if mirage completion fish | fish -n; then passed=$((passed + 1)); echo "ok   fish -n"; else failed=$((failed + 1)); echo "FAIL fish -n"; fi
  got=$(HOME=$(mktemp -d) fish --no-config -c 'mirage completion fish | source; complete -C "mirage new meeting --country R"' | tr '\n' ' ')
  if [ "$got" = $'RO\tRomania RS\tSerbia ' ]; then passed=$((passed + 1)); echo "ok   fish completes country codes with names"
  else failed=$((failed + 1)); echo "FAIL fish: [$got]"; fi
fi

echo "completion: $passed passed, $failed failed"
[ "$failed" = 0 ]
