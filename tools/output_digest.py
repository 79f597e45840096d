"""One SHA-256 over what xuncha reads from every observed passage, to show a refactor changed no output.

    PYTHONPATH=src python tools/output_digest.py

It hashes the repr of ``extract_periods``, ``extract_quantities`` and ``parse_notice`` (or the error it raises) on
each passage of ``tests/corpus/observed/``, with the page's ``published:`` date as the reference. Run it before and
after a change meant to keep behaviour: the same digest means the same output on all 5,000-odd passages, every
field of every result included (a score can stay the same while spans or values move).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import xuncha

ROOT = Path(__file__).resolve().parents[1]
_PUBLISHED = re.compile(r"^published: (\S+)", re.MULTILINE)


def _reference(header: str) -> dt.date | None:
    found = _PUBLISHED.search(header)
    if found is None:
        return None
    try:
        return dt.date.fromisoformat(found.group(1))
    except ValueError:  # published: unknown
        return None


def digest() -> str:
    """The hex digest over every observed passage's readings."""
    hashed = hashlib.sha256()
    for path in sorted((ROOT / "tests" / "corpus" / "observed").glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        reference = _reference(header)
        hashed.update(repr(xuncha.extract_periods(body, reference=reference)).encode())
        hashed.update(repr(xuncha.extract_quantities(body)).encode())
        try:
            hashed.update(repr(xuncha.parse_notice(body, reference=reference)).encode())
        except xuncha.XunchaError as error:
            hashed.update(repr(error).encode())
    return hashed.hexdigest()


if __name__ == "__main__":
    print(digest())
