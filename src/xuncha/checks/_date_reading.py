"""How the checker reads dates from the text: the one place where checks meet a date grammar.

Two questions only, so that answering them from :mod:`xuncha.dates` (its accepted periods and the candidates it
rejects) is a change here alone:

- :func:`backward_ranges`: the explicit ranges whose end comes before their start (2023年4月28日至3月13日);
- :func:`days_written`: the full dates (M月D日, with or without the year) in a stretch of text, with the day each
  names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["WrittenDay", "backward_ranges", "days_written"]

_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DASHES = r"(?:至|到|—{1,2}|–|-|－|~|～|〜)"
# A part of a month (9月中旬, 11月上旬, 6月底) stands for a day in it, so that ranges of them compare too.
_PART_OF_MONTH = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21, "底": 28, "末": 28}
_PART = "|".join(sorted(_PART_OF_MONTH, key=len, reverse=True))
_RANGE = re.compile(
    r"(?P<y1>[0-9０-９]{4})\s*年\s*(?P<m1>[0-9０-９]{1,2})\s*"
    rf"(?P<month>月(?:\s*(?P<d1>[0-9０-９]{{1,2}})\s*[日号]|(?P<p1>{_PART}))?)?"
    rf"\s*{_DASHES}\s*"
    r"(?:(?P<y2>[0-9０-９]{4})\s*年\s*)?(?:(?P<m2>[0-9０-９]{1,2})\s*月)?"
    rf"(?:\s*(?P<d2>[0-9０-９]{{1,2}})\s*[日号]|(?P<p2>{_PART}))?"
)

#: A range written without the year of its end ("11月20日至1月15日") is read as crossing a year end when it
#: would then last at most this many months; longer, it reads as written backwards.
_LONGEST_YEAR_CROSSING_MONTHS = 6


def _number(text: str | None) -> int | None:
    return int(text.translate(_ASCII_DIGITS)) if text else None


def backward_ranges(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the explicit ranges in ``text`` whose end comes before their start, in order."""
    for match in _RANGE.finditer(text):
        y1, m1, d1 = _number(match["y1"]), _number(match["m1"]), _number(match["d1"])
        y2, m2, d2 = _number(match["y2"]), _number(match["m2"]), _number(match["d2"])
        if match["p1"] and match["p2"]:
            d1, d2 = _PART_OF_MONTH[match["p1"]], _PART_OF_MONTH[match["p2"]]
        if y1 is None or m1 is None or (m2 is None and d2 is None) or (d1 is None) != (d2 is None):
            continue
        if d1 is not None and m2 is None and y2 is not None:
            continue
        if match["month"] is None and (m2 is None or d2 is not None):
            continue  # "2023年1-11月" is a month range; a bare "2023年5-" is not a date
        start = (y1, m1, d1 or 0)
        end = (y2 or y1, m2 or m1, d2 or 0)
        if end >= start:
            continue
        if y2 is None and m2 is not None and (m2 + 12 - m1) <= _LONGEST_YEAR_CROSSING_MONTHS:
            # "2022年11月20日至1月15日" most likely runs into the next year, as the dates module reads it;
            # a range that would then last most of a year was written backwards.
            continue
        yield match.start(), match.start() + len(match.group().rstrip())


class WrittenDay(NamedTuple):
    """A date written in full (M月D日, perhaps with its year): where it is, and the day it names (None when it
    names none: 2月30日, or no year is written or given)."""

    start: int
    end: int
    day: dt.date | None


_DAY = re.compile(
    r"(?:(?P<year>[0-9０-９]{4})\s*年\s*)?(?P<month>[0-9０-９]{1,2})\s*月\s*(?P<day>[0-9０-９]{1,2})\s*[日号]"
)


def days_written(text: str, start: int, end: int, year: int | None) -> list[WrittenDay]:
    """The dates written in full in ``text[start:end]``, in order; ``year`` stands for a year not written."""
    found = []
    for match in _DAY.finditer(text, start, end):
        stated_year = _number(match["year"]) or year
        day = None
        if stated_year is not None:
            try:
                day = dt.date(stated_year, _number(match["month"]) or 0, _number(match["day"]) or 0)
            except ValueError:
                day = None
        found.append(WrittenDay(match.start(), match.end(), day))
    return found
