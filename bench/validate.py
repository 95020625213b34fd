#!/usr/bin/python3
"""The validator a user would write instead of mirage: PyYAML's C loader and jsonschema's
Draft7Validator over every file of a data directory. For the benchmark only.

    bench/validate.py SCHEMA_DIR DATA_DIR

Plain scalars are typed as mirage types them (YAML 1.2 core schema): PyYAML's default
YAML 1.1 resolvers would turn 2009-05-19 into a date and the country code NO into False,
and the schemas would reject valid data. Exits 1 when a file is invalid.
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class Loader(yaml.CLoader):
    pass


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.CLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                             list("tTfF"))

KINDS = {"meetings": "meeting", "investigations": "investigation", "statistics": "statistic",
         "activities": "activity", "countries.yaml": "countries", "sources.yaml": "sources",
         "taskforce.yaml": "taskforce"}


def main():
    schema_dir, data_dir = sys.argv[1], sys.argv[2]
    validators = {}
    base = "file://" + os.path.abspath(schema_dir) + "/"
    for name in set(KINDS.values()):
        with open(os.path.join(schema_dir, name + ".schema.json")) as f:
            schema = json.load(f)
        resolver = jsonschema.RefResolver(base_uri=base + name + ".schema.json", referrer=schema)
        validators[name] = jsonschema.Draft7Validator(schema, resolver=resolver)
    files = errors = 0
    for top in sorted(os.listdir(data_dir)):
        path = os.path.join(data_dir, top)
        if top not in KINDS:
            continue
        paths = [path] if os.path.isfile(path) else [os.path.join(path, f) for f in sorted(os.listdir(path))]
        for p in paths:
            files += 1
            with open(p, "rb") as f:
                doc = yaml.load(f, Loader=Loader)
            for e in validators[KINDS[top]].iter_errors(doc):
                errors += 1
                print(f"{p}: {'/'.join(map(str, e.path))}: {e.message}")
    print(f"{files} files checked: {errors} errors", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
