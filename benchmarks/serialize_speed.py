"""Speed of strict JSON reading: xuncha.from_json against jsonschema validating the same text.

Both read the same JSON text of the fictional notice from examples/build_notice.py; xuncha also builds the
objects and checks the cross-field invariants the schema cannot express. Prints microseconds per document
and the ratio.

    PYTHONPATH=src python benchmarks/serialize_speed.py
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

import xuncha

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import build_notice  # the example lives outside the package, on the path set above


def main() -> int:
    text = xuncha.to_json(build_notice.build())
    validator = Draft202012Validator(xuncha.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)

    def with_jsonschema() -> Any:
        document = json.loads(text)
        validator.validate(document)
        return document

    rounds = 500
    ours = min(timeit.repeat(lambda: xuncha.from_json(text), number=rounds, repeat=3)) / rounds
    theirs = min(timeit.repeat(with_jsonschema, number=rounds, repeat=3)) / rounds
    print(f"document: {len(text)} characters")
    print(f"xuncha.from_json:             {ours * 1e6:8.1f} µs")
    print(f"json.loads + jsonschema:      {theirs * 1e6:8.1f} µs")
    print(f"ratio (jsonschema / xuncha):  {theirs / ours:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
