#!/usr/bin/env bash
# Benchmarks mirage against the tools a user would otherwise pick, in one run, and
# writes docs/performance.md.
#
#   bench/run.sh                 # the shipped data and 1,000 / 10,000 / 20,000 / 100,000 records
#   BENCH_SIZES="1000" bench/run.sh
#
# Measures whole-process wall time (hyperfine, mean of several runs) and peak RSS
# (/usr/bin/time) of:
#   mirage validate, and list --year 2009, summary, totals when the binary has them
#   bench/validate.py   Python 3, PyYAML's C loader + jsonschema's Draft7Validator
#   bench/ajv.sh        ajv-cli 5 (npm), one call per kind of file
#   yaml_floor          a plain libyaml event parse of every file (bench/yaml_floor.c)
# and counts instructions with callgrind (repeatable on a busy machine) for the profile.
# Needs the Debian packages in bench/packages (installed when run as root) and npm for ajv-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=build-bench
sizes=${BENCH_SIZES:-1000 10000 20000 100000}
mkdir -p "$out/results"

missing=$(while read -r p; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done <bench/packages)
command -v npm >/dev/null || missing="$missing npm"  # node's own npm counts too
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "bench/run.sh: install these Debian packages first: $missing" >&2
    exit 2
  fi
fi

echo "== building mirage (Release) and the libyaml floor"
# -g only adds line tables, so callgrind can tell mirage's code from the headers it inlines.
cmake -S . -B "$out/mirage" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-g -DMIRAGE_TESTS=OFF >/dev/null
nice cmake --build "$out/mirage" -j"$(nproc)" >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
mirage=$root/$out/mirage/mirage
cc -O2 -Wall -Wextra bench/yaml_floor.c -lyaml -o "$out/yaml_floor"

echo "== ajv-cli 5"
ajv_note=""
if [ ! -x "$out/node/node_modules/.bin/ajv" ]; then
  if ! npm install --prefix "$out/node" --no-audit --no-fund ajv-cli@5 >"$out/npm.log" 2>&1; then
    ajv_note="ajv-cli could not be installed (npm install ajv-cli@5 failed: is the npm registry reachable?); its rows are missing."
  fi
fi
ajv=$root/$out/node/node_modules/.bin/ajv
rm -rf "$out/ajv-schemas" && mkdir -p "$out/ajv-schemas"
python3 - "$out/ajv-schemas" <<'PY'
import json, os, sys
for name in os.listdir("schemas"):
    if name.endswith(".schema.json"):
        with open(os.path.join("schemas", name)) as f:
            s = json.load(f)
        with open(os.path.join(sys.argv[1], name), "w") as f:
            json.dump({"$id": name, **s}, f)
PY

has() { "$mirage" "$1" --help >/dev/null 2>&1; }
queries=()
has list && queries+=("list --year 2009")
has summary && queries+=("summary")
has totals && queries+=("totals")

datasets=("shipped:$root/data")
for n in $sizes; do
  dir=$out/data-$n
  if [ ! -f "$dir/.complete" ]; then
    echo "== generating $n records"
    nice python3 bench/generate.py "$n" "$dir" >/dev/null
    touch "$dir/.complete"
  fi
  datasets+=("$n:$root/$dir")
done

for entry in "${datasets[@]}"; do
  name=${entry%%:*} dir=${entry#*:}
  files=$(find "$dir" -name '*.yaml' | wc -l)
  case $name in shipped | 1000) runs=20 ;; 10000 | 20000) runs=5 ;; *) runs=3 ;; esac
  echo "== $name ($files files, $runs runs each)"
  cmds=("$mirage --data $dir validate")
  labels=("mirage validate")
  for q in "${queries[@]}"; do cmds+=("$mirage --data $dir $q"); labels+=("mirage $q"); done
  cmds+=("/usr/bin/python3 $root/bench/validate.py $root/schemas $dir")
  labels+=("Python: PyYAML CLoader + jsonschema Draft7Validator")
  if [ -x "$ajv" ]; then
    cmds+=("bash $root/bench/ajv.sh $ajv $root/$out/ajv-schemas $dir")
    labels+=("ajv-cli 5")
  fi
  cmds+=("$root/$out/yaml_floor $dir")
  labels+=("libyaml parse (floor)")
  hyperfine -N -i -w 1 -r "$runs" --export-json "$out/results/$name.json" "${cmds[@]}" >/dev/null 2>&1
  : >"$out/results/$name.rss"
  for i in "${!cmds[@]}"; do
    # shellcheck disable=SC2086
    kb=$({ /usr/bin/time -f '%M' ${cmds[$i]} 2>&1 >/dev/null || true; } | tail -1)
    printf '%s\t%s\t%s\n' "${labels[$i]}" "$kb" "${cmds[$i]}" >>"$out/results/$name.rss"
  done
done

echo "== callgrind (instructions, 1,000 records)"
prof=$out/data-1000
[ -d "$prof" ] || { nice python3 bench/generate.py 1000 "$prof" >/dev/null; touch "$prof/.complete"; }
nice valgrind --tool=callgrind --callgrind-out-file="$out/results/mirage.cg" "$mirage" --data "$prof" validate >/dev/null 2>&1 || true
nice valgrind --tool=callgrind --callgrind-out-file="$out/results/floor.cg" "$out/yaml_floor" "$prof" >/dev/null 2>&1 || true
callgrind_annotate "$out/results/mirage.cg" >"$out/results/mirage.cg.txt" 2>/dev/null
callgrind_annotate "$out/results/floor.cg" >"$out/results/floor.cg.txt" 2>/dev/null

python3 bench/report.py "$out/results" "$sizes" "$ajv_note" >docs/performance.md
echo "== wrote docs/performance.md"
