#!/usr/bin/env bash
# The man page is complete and clean: every command and option that `--help` shows, of
# the program and of every command and subcommand (walking the tree from the help's own
# command lists), appears in man/mirage.1, and `mandoc -Tlint -Wstyle` prints nothing.
#
#   tests/man_page.sh SOURCE_DIR MIRAGE_BINARY
set -u
man=$1/man/mirage.1
mirage=$2
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

# The page written as mdoc source, one macro line per line.
in_man() { grep -qE -- "$1" "$man"; }

# Commands listed under "Subcommands:" and options under "Options:"/"Positionals:" of one help.
commands_of() { awk '/^Subcommands:/ {s=1; next} /^[^ ]/ {s=0} s && /^  [a-z]/ {print $1}'; }
options_of() { awk '/^Options:/ {s=1; next} /^[^ ]/ {s=0} s && /^  -/ {print $1}' | tr ',' '\n'; }
positionals_of() { awk '/^Positionals:/ {s=1; next} /^[^ ]/ {s=0} s && /^  [a-z]/ {print $1}'; }

check_help() {  # WORDS... : the command path, empty for the program itself
  local help
  if ! help=$("$mirage" "$@" --help 2>&1); then fail "mirage $* --help exits with an error"; return; fi
  local where="mirage${*:+ $*}"
  local opt name
  while read -r opt; do
    [ -z "$opt" ] && continue
    case $opt in
      --*) name=${opt#--}; in_man "(^|[ ])Fl -$name( |$)" && pass || fail "$where: option $opt is missing from the man page (.Fl -$name)" ;;
      -*) name=${opt#-}; in_man "(^|[ ])Fl $name( |$)" && pass || fail "$where: option $opt is missing from the man page (.Fl $name)" ;;
    esac
  done < <(options_of <<<"$help")
  while read -r name; do
    [ -z "$name" ] && continue
    in_man "(^|[ ])Ar $name( |$)" && pass || fail "$where: argument $name is missing from the man page (.Ar $name)"
  done < <(positionals_of <<<"$help")
  local sub
  while read -r sub; do
    [ -z "$sub" ] && continue
    in_man "^\.It Cm $sub( |$)" && pass || fail "$where: command $sub is missing from the man page (.It Cm $sub)"
    check_help "$@" "$sub"
  done < <(commands_of <<<"$help")
}
check_help

if command -v mandoc >/dev/null; then
  lint=$(mandoc -Tlint -Wstyle "$man" 2>&1)
  if [ -z "$lint" ]; then pass; else fail "mandoc -Tlint -Wstyle: $lint"; fi
fi

echo "man page: $passed passed, $failed failed"
[ "$failed" = 0 ]
