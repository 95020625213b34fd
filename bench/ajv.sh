#!/usr/bin/env bash
# What a user of ajv-cli 5 would run to check a mirage data directory: one ajv call per
# kind of file, each with its schema and the shared definitions.
#
#   bench/ajv.sh AJV_BINARY SCHEMA_DIR DATA_DIR
#
# SCHEMA_DIR is a copy of schemas/ with an "$id" added to each schema (bench/run.sh makes
# it): ajv resolves "common.schema.json#/..." only by id. Exits 1 when a file is invalid.
set -u
ajv=$1 schemas=$2 data=$3
status=0
run() { "$ajv" validate --spec=draft7 --strict=false -s "$schemas/$1.schema.json" -r "$schemas/common.schema.json" -d "$2" >/dev/null 2>&1 || status=1; }
for pair in meeting:meetings investigation:investigations statistic:statistics activity:activities; do
  kind=${pair%%:*} folder=${pair#*:}
  if compgen -G "$data/$folder/*.yaml" >/dev/null; then run "$kind" "$data/$folder/*.yaml"; fi
done
for kind in countries sources taskforce; do
  [ -f "$data/$kind.yaml" ] && run "$kind" "$data/$kind.yaml"
done
exit $status
