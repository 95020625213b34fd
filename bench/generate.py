#!/usr/bin/env python3
"""Writes a deterministic synthetic mirage data directory of N records.

    bench/generate.py N DIR

The records are the shipped ones (data/), cloned as often as needed, so they have real
field sizes, cover every kind and cite quotes that verify against the shipped source
text (countries.yaml, sources.yaml, taskforce.yaml and sources/ are copied as they are).
Each clone gets fresh ids (a '-gN' suffix), and its references (reports, subjects,
follow_up_of, breakdown_of) point at the clones of the same group, so the data stays
valid across records too:
  - meetings are renumbered 1, 2, 3, ... with dates that never go back in time
    (meeting-order, meeting-gap), and their ids are <year>-<number>;
  - every figure set gets a period of its own single day, so no two overlap (double-count);
  - every date stays between 1900 and 2025 (future-date).
Records are written in an order where what is referred to comes first, so any N gives a
closed set. The same N always gives byte-identical files.
"""
import datetime
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHIPPED = os.path.join(HERE, "..", "data")
KINDS = ["meetings", "investigations", "statistics", "activities"]
REF_KEYS = ("reports", "subjects", "follow_up_of", "breakdown_of")
EPOCH = datetime.date(1900, 1, 1)
LAST = datetime.date(2025, 12, 31)


def templates():
    """Every shipped record as (kind, id, lines, referenced ids), in reference order."""
    out = {}
    for kind in KINDS:
        folder = os.path.join(SHIPPED, kind)
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".yaml"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            out[name[:-5]] = (kind, lines)
    ids = set(out)
    refs = {}
    for rid, (kind, lines) in out.items():
        found = set()
        key = None
        for line in lines:
            m = re.match(r"^([a-z_]+):(.*)$", line)
            if m:
                key = m.group(1)
            if key in REF_KEYS:
                found.update(t for t in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", line) if t in ids and t != rid)
        refs[rid] = found
    order, seen = [], set()

    def visit(rid):
        if rid in seen:
            return
        seen.add(rid)
        for r in sorted(refs[rid]):
            visit(r)
        order.append(rid)

    for rid in sorted(out, key=lambda r: (KINDS.index(out[r][0]), r)):
        visit(rid)
    return [(out[r][0], r, out[r][1]) for r in order]


def day(n):
    d = EPOCH + datetime.timedelta(days=n)
    if d > LAST:
        sys.exit("generate.py: too many records for one day per figure set between 1900 and 2025")
    return d


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit("usage: bench/generate.py N DIR")
    n, out = int(sys.argv[1]), sys.argv[2]
    tpl = templates()
    meetings_per_group = sum(1 for k, _, _ in tpl if k == "meetings")
    groups = -(-n // len(tpl))
    total_meetings = groups * meetings_per_group
    span = (LAST - EPOCH).days

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for name in ("countries.yaml", "sources.yaml", "taskforce.yaml"):
        shutil.copy(os.path.join(SHIPPED, name), out)
    shutil.copytree(os.path.join(SHIPPED, "sources"), os.path.join(out, "sources"))
    for kind in KINDS:
        os.makedirs(os.path.join(out, kind))

    written = meeting_no = statistic_no = 0
    for g in range(groups):
        new_ids = {}
        for kind, rid, lines in tpl:
            if written == n:
                break
            if kind == "meetings":
                meeting_no += 1
                date = EPOCH + datetime.timedelta(days=(meeting_no - 1) * span // max(1, total_meetings))
                new_id = f"{date.year}-{meeting_no}"
            else:
                new_id = rid if g == 0 else f"{rid}-g{g}"
            new_ids[rid] = new_id
            body, key, in_period = [], None, False
            for line in lines:
                m = re.match(r"^([a-z_]+):(.*)$", line)
                if m:
                    key = m.group(1)
                    in_period = key == "period"
                if m and key == "id":
                    line = f"id: {new_id}"
                elif kind == "meetings" and m and key == "number":
                    line = f"number: {meeting_no}"
                elif kind == "meetings" and m and key == "date":
                    line = f"date: {date.isoformat()}"
                elif kind == "meetings" and m and key == "end_date":
                    continue
                elif kind == "statistics" and in_period and re.match(r"^  (from|to):", line):
                    line = re.sub(r":.*", f": {day(statistic_no).isoformat()}", line)
                elif key in REF_KEYS:
                    head, sep, tail = line.partition(":") if m else ("", "", line)
                    tail = re.sub(r"[a-z0-9]+(?:-[a-z0-9]+)*", lambda t: new_ids.get(t.group(0), t.group(0)), tail)
                    line = head + sep + tail
                body.append(line)
            if kind == "statistics":
                statistic_no += 1
            with open(os.path.join(out, kind, new_id + ".yaml"), "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(body))
            written += 1
    print(f"{written} records in {out}")


if __name__ == "__main__":
    main()
