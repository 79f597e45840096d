"""How the checker reads hierarchy markers (一、 （一） 1. （1） 一是 第一 ①): the one place where checks meet the marker
grammar, so that adopting another grammar is a change here only.

The markers of sections and findings are read by :func:`xuncha.numerals.parse_marker`; the measure markers inside
running text (一是, 第一，, （1）, ①) are found by :data:`MEASURE_MARKER`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from xuncha.errors import NumberError
from xuncha.numerals import Marker, MarkerKind, format_number, parse_marker

__all__ = [
    "MEASURE_MARKER",
    "heading_shape",
    "informal",
    "marker",
    "marker_family",
    "marker_level",
    "marker_number",
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
_NUMERAL = re.compile(r"[0-9０-９]+|[零〇一二两三四五六七八九十百]+|[①-⑳]")


def heading_shape(text: str) -> str:
    """ "" for the GB/T 9704 markers of a level (一、 and 二． alike, a writer may mix them), else the marker's
    shape with its number taken out (第N部分), so that 第一部分 and 一、 are not counted as one run."""
    found = marker(text)
    if found is not None and found.level is not None and found.kind is not MarkerKind.PART:
        return ""
    return _NUMERAL.sub("N", text.strip())


def marker_family(text: str) -> str:
    """The shape of a marker, so that 一是/二是 and 第一/第二 (or 第一部分 and 一、) are counted apart."""
    found = marker(text)
    return found.kind.value if found is not None else _NUMERAL.sub("N", text.strip())


def spell_like(example: str) -> Callable[[int], str]:
    """Spell a missing number the way a sibling marker is written (二是 for a gap among 一是/三是)."""
    match = _NUMERAL.search(example)
    if match is None:
        return str
    numeral = match.group()
    head, tail = example[: match.start()], example[match.end() :]
    if _ARABIC.fullmatch(numeral):
        return lambda n: f"{head}{n}{tail}"
    if numeral in _CIRCLED:
        return lambda n: f"{head}{_CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else n}{tail}"
    return lambda n: f"{head}{format_number(n)}{tail}"


# At the start of a sentence or clause: 一是/二是 … (not 一是否), 第一/第二 … followed by a comma, （1）（2） …
# and ①②; each shape is counted on its own. A comma may come before one ("市委高度重视，一是…").
MEASURE_MARKER = re.compile(
    r"(?:^|(?<=[。；;：:！？!?\s”*，,]))"
    r"(?:[一二三四五六七八九十]{1,3}是(?!否)|第[一二三四五六七八九十]{1,3}(?=[，,、：:])|[（(][0-9０-９]{1,2}[)）]|[①-⑳])"
)

_INFORMAL_MARKER = re.compile(r"[0-9０-９]+\s*[)）]")


def informal(text: str | None) -> bool:
    """A marker outside GB/T 9704 whose level writers choose freely: 1) (a closing bracket only) serves under
    (一) as often as under 1."""
    return bool(text) and _INFORMAL_MARKER.fullmatch((text or "").strip()) is not None
