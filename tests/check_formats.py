#!/usr/bin/env python3
"""Parses mirage's CSV and JSON output with Python's standard csv and json modules.

    check_formats.py MIRAGE_BINARY DATA_DIR

For every query command, on the shipped data: the CSV must be RFC 4180 (CRLF record
ends, a header row, the same number of fields in every row) and the JSON an array of
objects (one object for `show`) whose keys are the CSV header, row for row. A few
values of the issue's examples are checked in both. Prints 'N passed, N failed'.
"""
import csv
import io
import json
import subprocess
import sys

mirage, data = sys.argv[1], sys.argv[2]
passed = failed = 0


def run(*args):
    result = subprocess.run([mirage, "--data", data, *args], capture_output=True, env={"PATH": "/usr/bin:/bin"})
    if result.returncode != 0:
        raise AssertionError(f"mirage {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
    except Exception as e:  # noqa: BLE001 - every failure is reported the same way
        failed += 1
        print(f"FAIL {name}: {e}")


def read_csv(text):
    assert text.endswith("\r\n"), "CSV records end in CRLF"
    assert "\n" not in text.replace("\r\n", ""), "no bare LF outside quoted fields in this data"
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows, "a header row"
    width = len(rows[0])
    for i, row in enumerate(rows):
        assert len(row) == width, f"row {i} has {len(row)} fields, the header {width}"
    return rows


TABLE_COMMANDS = [
    ["list"],
    ["list", "--year", "2009"],
    ["list", "--country", "Moldova"],
    ["summary"],
    ["summary", "--names", "historical"],
    ["summary", "--by", "year"],
    ["summary", "--country", "RO"],
    ["totals"],
    ["totals", "--from", "2002", "--to", "2004"],
    ["totals", "--by", "year"],
    ["totals", "--metric", "joint_investigations", "--from", "2008", "--to", "2010", "--cumulative"],
]


def same_shape(args):
    def fn():
        rows = read_csv(run(*args, "--format", "csv"))
        objects = json.loads(run(*args, "--format", "json"))
        assert isinstance(objects, list), "JSON is an array"
        assert len(objects) == len(rows) - 1, f"{len(objects)} objects, {len(rows) - 1} CSV rows"
        for obj in objects:
            assert isinstance(obj, dict), "each element is an object"
            assert list(obj.keys()) == rows[0], f"keys {list(obj.keys())} != header {rows[0]}"
    return fn


for args in TABLE_COMMANDS:
    check(" ".join(args), same_shape(args))


def list_2009():
    objects = json.loads(run("list", "--year", "2009", "--format", "json"))
    ids = [o["id"] for o in objects]
    assert ids == ["2009-blue-wolf", "2009-kanis", "2009-tara", "2009-tara-detentions", "2009-task-force-figures",
                   "2009-fbi-training", "2009-16", "2009-16th-meeting-report"], ids
    assert objects[0]["date"] == "2009" and objects[6]["date"] == "2009-05-19"
    assert objects[6]["countries"] == [{"code": "RO", "name": "Romania"}]
    rows = read_csv(run("list", "--year", "2009", "--format", "csv"))
    assert rows[7][rows[0].index("place")] == "Bucharest, Romania"


def totals_2002_2004():
    objects = json.loads(run("totals", "--from", "2002", "--to", "2004", "--format", "json"))
    assert {o["metric"]: o["total"] for o in objects} == {
        "victims_identified": 1301, "victims_assisted": 191, "traffickers_charged": 509}
    assert all(o["sets"] == ["2002-2004-mirage-operations"] for o in objects)
    rows = read_csv(run("totals", "--from", "2002", "--to", "2004", "--format", "csv"))
    assert rows[1] == ["victims_identified", "1301", "2002-2004-mirage-operations"], rows[1]


def cumulative():
    objects = json.loads(run("totals", "--metric", "joint_investigations", "--from", "2008", "--to", "2010",
                             "--cumulative", "--format", "json"))
    assert [(o["year"], o["cumulative"]) for o in objects] == [(2008, 10), (2009, 17), (2010, 27)]


def show():
    for record in ["2009-16", "2009-tara", "2010-tara-follow-up", "2002-2004-mirage-operations", "witness-programme"]:
        obj = json.loads(run("show", record, "--format", "json"))
        assert isinstance(obj, dict) and obj["id"] == record
        rows = read_csv(run("show", record, "--format", "csv"))
        assert rows[0] == ["field", "value"]
        assert ["id", record] in rows
    follow = json.loads(run("show", "2010-tara-follow-up", "--format", "json"))
    assert follow["follow_up_of"]["id"] == "2009-tara"
    tara = json.loads(run("show", "2009-tara", "--format", "json"))
    assert [r["id"] for r in tara["followed_by"]] == ["2010-tara-follow-up"]


check("list --year 2009 values", list_2009)
check("totals 2002-2004 values", totals_2002_2004)
check("totals cumulative values", cumulative)
check("show", show)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
