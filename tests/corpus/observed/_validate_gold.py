"""Check the observed corpus's gold files against their passages (no xuncha import).

Run: python tests/corpus/observed/_validate_gold.py [folder]
Checks: JSON parses; required keys; every ``text`` occurs in the passage in document order per list;
dates are ISO; bounds are ordered; values are exact decimals or fractions; marker levels 1-4.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

RELATIONS = {"on", "range", "since", "until", "before", "after"}
HEADER_KEYS = ("url:", "published:", "issuer:", "kind:", "traits:")
QUANTITY_KEYS = {"text", "value", "unit", "qualifier", "upper"}


def _iso(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _exact(value: str) -> bool:
    try:
        if "/" in value:
            Fraction(value)
        else:
            Decimal(value)
    except (InvalidOperation, ValueError, ZeroDivisionError):
        return False
    return True


def check(gold_path: Path) -> list[str]:
    errors: list[str] = []
    raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    head, _, passage = raw.partition("\n---\n")
    for key in HEADER_KEYS:
        if not re.search("(?m)^" + re.escape(key), head):
            errors.append(f"header lacks {key}")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for key in ("reference", "quantities", "periods", "markers"):
        if key not in gold:
            errors.append(f"missing {key}")
            return errors
    if not _iso(gold["reference"]):
        errors.append("reference is not ISO")
    for name in ("quantities", "periods", "markers"):
        pos = 0
        for item in gold[name]:
            found = passage.find(item["text"], pos)
            if found < 0:
                errors.append(f"{name}: {item['text']!r} not found in order")
            else:
                pos = found + len(item["text"])
    for q in gold["quantities"]:
        if set(q) - {"at"} != QUANTITY_KEYS:  # (at: an offset, where the text occurs unannotated before)
            errors.append(f"quantity keys {sorted(q)}")
        elif not _exact(q["value"]) or (q["upper"] is not None and not _exact(q["upper"])):
            errors.append(f"inexact value in {q['text']!r}")
    for p in gold["periods"]:
        if p["relation"] not in RELATIONS:
            errors.append(f"relation {p['relation']!r}")
        if not (_iso(p["start"]) and _iso(p["end"])):
            errors.append(f"non-ISO bound in {p['text']!r}")
        elif p["start"] and p["end"] and p["start"] > p["end"]:
            errors.append(f"start after end in {p['text']!r}")
    for m in gold["markers"]:
        if m["level"] not in (1, 2, 3, 4):
            errors.append(f"marker level {m['level']}")
    return errors


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    bad = 0
    for gold_path in sorted(folder.glob("[0-9]*.gold.json")):
        errors = check(gold_path)
        if errors:
            bad += 1
            print(gold_path.name, "; ".join(errors))
    print("OK" if not bad else f"{bad} file(s) with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
