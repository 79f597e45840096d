"""How the checker reads hierarchy markers (一、 （一） 1. （1） 一是 第一 ①): through the one marker grammar of
:mod:`xuncha._markers`, which the cleaner and the parser read too; this module only asks it the checker's
questions.

A marker as written is read by :func:`xuncha._markers.parse_marker`, the measure markers inside running text
(一是, 第一，, （1）, ①) are found by :func:`xuncha._markers.measure_markers`, and where the number sits in a marker
(to spell a missing 三是 like its sibling 二是) is :func:`xuncha._markers.numeral_span`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from xuncha._markers import Marker, measure_markers, numeral_span, parse_marker
from xuncha.errors import NumberError
from xuncha.numerals import format_number

__all__ = [
    "heading_shape",
    "informal",
    "marker",
    "marker_family",
    "marker_level",
    "marker_number",
    "measure_markers_in",
    "spell_like",
]

_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def marker(text: str | None) -> Marker | None:
    """The marker as :func:`xuncha.numerals.parse_marker` reads it; None when the text is not a marker.

    Remembered: every rule asks about the same few markers (一、 （一） 1. 一是 …), and a Marker is immutable."""
    if not text or not text.strip():
        return None
    try:
        # Spaces inside a marker ("一 、", "（ 一 ）") are typesetting, not part of it.
        return parse_marker(_SPACES.sub("", text))
    except NumberError:
        return None


def marker_number(text: str | None) -> int | None:
    """The number a marker states: 一、→1, （十二）→12, 3.→3, 一是→1, 第二→2, ④→4."""
    found = marker(text)
    return found.ordinal if found is not None else None


def marker_level(text: str | None) -> int | None:
    """The GB/T 9704 level of a body marker: 一、 1, （一） 2, 1. 3, （1） 4; None for anything else."""
    found = marker(text)
    return found.level if found is not None else None


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ARABIC = re.compile(r"[0-9０-９]+")


def _without_number(text: str) -> str:
    """The marker's shape: its number replaced by N (第N部分); the text itself when it is no marker."""
    text = text.strip()
    where = numeral_span(text)
    return text if where is None else f"{text[: where[0]]}N{text[where[1] :]}"


def heading_shape(text: str) -> str:
    """ "" for the GB/T 9704 markers of a level (一、 and 二． alike, a writer may mix them), else the marker's
    shape with its number taken out (第N部分), so that 第一部分 and 一、 are not counted as one run."""
    found = marker(text)
    if found is not None and found.level is not None:  # (a part has no level: 第N部分 keeps its shape)
        return ""
    return _without_number(text)


def marker_family(text: str) -> str:
    """The shape of a marker, so that 一是/二是 and 第一/第二 (or 第一部分 and 一、) are counted apart."""
    found = marker(text)
    return found.kind.value if found is not None else _without_number(text)


def spell_like(example: str) -> Callable[[int], str]:
    """Spell a missing number the way a sibling marker is written (二是 for a gap among 一是/三是)."""
    where = numeral_span(example)
    if where is None:
        return str
    numeral = example[where[0] : where[1]]
    head, tail = example[: where[0]], example[where[1] :]
    if _ARABIC.fullmatch(numeral):
        return lambda n: f"{head}{n}{tail}"
    if numeral in _CIRCLED:
        return lambda n: f"{head}{_CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else n}{tail}"
    return lambda n: f"{head}{format_number(n)}{tail}"


_AFTER = "，,、：:"


def measure_markers_in(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """The measure markers (一是, 第一, （1）, ①) that start a clause in ``text[start:end]``: the span of each
    without the punctuation after it (第一，), and its number."""
    for found in measure_markers(text, start, end):
        written = found.marker.text.rstrip(_AFTER)
        yield found.start, found.start + len(written), found.marker.ordinal


_INFORMAL_MARKER = re.compile(r"[0-9０-９]+\s*[)）]")


def informal(text: str | None) -> bool:
    """A marker outside GB/T 9704 whose level writers choose freely: 1) (a closing bracket only) serves under
    (一) as often as under 1."""
    return bool(text) and _INFORMAL_MARKER.fullmatch((text or "").strip()) is not None
