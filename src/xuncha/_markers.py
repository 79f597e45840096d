"""The one grammar of list markers: the four heading levels of GB/T 9704 and the measure markers below them.

Every reader of markers derives from the table :data:`_SHAPES` below: :func:`parse_marker` (a whole text that
must be a marker), :func:`heading_at` (the heading marker a paragraph opens with, for the parser),
:func:`heading_shape_at` (the same shape without reading its number, for the cleaner, which only asks "does a
numbered part start here?") and :func:`measure_markers` (一是, 第一, ①, （1） at the start of a sentence or a
clause inside running text). Adding a shape, or a spelling of one, is one row of that table.

===============  ==========================================  =====
kind             written                                     level
===============  ==========================================  =====
NUMERAL_COMMA    一、 一. 一．                                1
PART             第一部分 第一部分：                          --
PAREN_NUMERAL    （一） (一) （一）、 一）                     2
DIGIT_DOT        1. 1． 1、 ⒈                                 3
PAREN_DIGIT      （1） (1) 1） ⑴                              4
NUMERAL_SHI      一是 一是， 一是：                           --
ORDINAL          第一， 第一、 第一：                         --
CIRCLED          ① … ㊿                                       --
===============  ==========================================  =====

A plain numeral set apart from its heading by spaces at a line's start (一 机构设置, as statutes print it) is
level 1 too. A part (第一部分) stands above the four levels and has none; it opens a level-1 section (the model
has no level above 一、). The measure markers have no section.

Half-width and full-width punctuation are the same to every shape (``(`` and ``（``, ``,`` and ``，``, ``:`` and
``：``); stray spaces inside a marker are typesetting. Chinese numerals include the financial and traditional
digits (壹 贰 貳 …) that :mod:`xuncha.numerals` reads.

For the checker (``xuncha.checks``), which still spells two grammars of its own:

- ``checks._MEASURE_MARKER`` is :func:`measure_markers` (it yields each marker's span and its :class:`Marker`,
  so the number needs no second reading). A marker starts a clause: at the start of the range scanned, or
  after sentence or clause punctuation of either width or a line break — the parser's rule; the checker's own
  pattern also took a marker after a closing quote or a space, which the parser never did;
- ``checks._NUMERAL`` is :func:`numeral_span` (where the number sits inside a marker as written, so that a
  missing 三是 can be spelt like its sibling 二是).

>>> parse_marker("（三）")
Marker(text='（三）', kind=<MarkerKind.PAREN_NUMERAL: 'paren_numeral'>, level=2, ordinal=3)
>>> found = heading_at("  二、总体情况")
>>> found.marker.level, found.start, found.end
(1, 2, 4)
>>> [(m.start, m.marker.text) for m in measure_markers("主要措施：一是建立制度，二是开展培训。第三，完善台账。")]
[(5, '一是'), (12, '二是'), (19, '第三，')]
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from xuncha._lazy import LazyPattern
from xuncha.errors import NumberError

__all__ = [
    "HeadingMatch",
    "Marker",
    "MarkerKind",
    "MarkerMatch",
    "heading_at",
    "heading_shape_at",
    "measure_marker_pattern",
    "measure_markers",
    "numeral_span",
    "parse_marker",
]


class MarkerKind(enum.Enum):
    """The shapes of list markers in official documents (GB/T 9704 levels and the measure markers below them)."""

    NUMERAL_COMMA = "numeral_comma"  #: 一、 (level 1)
    PART = "part"  #: 第一部分, the parts of long notices: above the four levels (no level; a level-1 section)
    PAREN_NUMERAL = "paren_numeral"  #: （一） (一) 一） (level 2)
    DIGIT_DOT = "digit_dot"  #: 1. 1． 1、 ⒈ (level 3)
    PAREN_DIGIT = "paren_digit"  #: （1） ⑴ 1） (level 4)
    NUMERAL_SHI = "numeral_shi"  #: 一是 (a measure, no section level)
    ORDINAL = "ordinal"  #: 第一 (a measure, no section level)
    CIRCLED = "circled"  #: ① (a measure, no section level)


_LEVELS = {
    MarkerKind.NUMERAL_COMMA: 1,
    MarkerKind.PAREN_NUMERAL: 2,
    MarkerKind.DIGIT_DOT: 3,
    MarkerKind.PAREN_DIGIT: 4,
}


@attrs.frozen
class Marker:
    """A list marker as written (``text``), its shape, its GB/T 9704 level and its number.

    ``level`` is one of the four heading levels (1–4) of 一、 （一） 1. （1）; None for a part (第一部分), which
    stands above them, and for the measure markers (一是, 第一, ①).
    """

    text: str
    kind: MarkerKind
    level: int | None
    ordinal: int

    @property
    def section_level(self) -> int | None:
        """The level of the section the marker opens: its GB/T level, and 1 for a part (the model has no level
        above 一、, so a part and the 一、 sections beside it are siblings); None for a measure marker."""
        return 1 if self.kind is MarkerKind.PART else self.level

    @property
    def is_section(self) -> bool:
        """True for the markers that open a section: the four heading levels 一、 （一） 1. （1） and a part."""
        return self.section_level is not None


# Matches are plain named tuples: one is made for every paragraph and every measure of every notice.
class HeadingMatch(NamedTuple):
    """The heading marker a paragraph opens with: ``text[start:end]`` is the marker without surrounding spaces."""

    marker: Marker
    start: int
    end: int


class MarkerMatch(NamedTuple):
    """A measure marker found in running text: ``text[start:end]`` is ``marker.text``."""

    marker: Marker
    start: int
    end: int


# --------------------------------------------------------------------------- the table

# Spaces a writer or a converter leaves inside a marker ("（ 一 ）", "1 ．").
_S = r"[ \t\u3000]*"
# A digit, either width. A heading's number is at most three digits: "2023." opens a sentence, not a part.
_D = "[0-9０-９]"
# A marker's point: either width, or the small form some pages set (1﹒).
_DOTS = ".．﹒"
# The characters that spell a Chinese ordinal: the digits of xuncha.numerals.DIGITS (ordinary, financial,
# traditional; 〇 only inside a number) and the units up to 百.
_CN = "[一二三四五六七八九十零〇两兩壹贰貳弍叁參弎肆伍陆陸柒捌玖弌拾百佰廿卅]"
# The measure markers in running text take the ten plain digits only: 两是, 陆是 or 百是 after a comma are words.
_CN_PLAIN = "[一二三四五六七八九十]"
# The extensions of a file's name: 1.jpg is an image a scraper left in the text, never a heading.
_FILE_TYPE = "(?i:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|wps)(?![A-Za-z])"
# Punctuation after 一是 / 第一 (either width); after 第一 it is required in running text, where 第一 alone is
# an adjective (第一议题, 第一责任人).
_AFTER_MEASURE = "[，,、：:]"

# The brackets around a bracketed marker's number: full and half width, and the tortoise shells 〔〕.
_OPENING = "（(〔"
_CLOSING = "）)〕"

# A year after a list number's dot (1.2023年): four digits, the first two a century's (19, 20), and 年, a class's
# 级 or 届 (2.2023级新生, 3.2024届毕业生) or a second year (1.2023-2024学年); or a Minguo year of three digits and 年
# (2.111年度). No decimal has four places before 年 or 级, nor three before 年.
_NOT_A_YEAR = "(?!(?:19|20)[0-9]{2}(?:年|级|届|[-—–~～至](?:19|20)[0-9]{2})|1[0-2][0-9]年)"
# A month and its day after a list number's dot (1.9月28日, 3.10月8日-10月22日, a schedule's items), or a part of
# the month (1.9月上旬, 2.6月底): one or two digits, 月, a day and 日 or the part; a decimal (1.5月) has neither.
_NOT_A_MONTH_DAY = r"(?![0-9]{1,2}[ \u3000]?月[ \u3000]?(?:[0-9]{1,2}[ \u3000]?[日号]|[上中下]旬|底|初|末))"

# A line's start, up to two spaces of indentation before the marker.
_AT_LINE_START = (
    r"(?:(?<![^\n])|(?<=\n[ \t\u3000])|(?<=\n[ \t\u3000]{2})|(?<=^[ \t\u3000])|(?<=^[ \t\u3000]{2}))"
)

#: (kind, pattern with one group named ``n`` for the number). Group names in the compiled alternations are
#: ``{kind}_{index}``; the order of the rows is the order in which the alternatives are tried.
_SHAPES: tuple[tuple[MarkerKind, str], ...] = (
    # 一、 一. 一． — not 一.5 (a decimal); a digit may follow 、 (一、2023年预算执行情况); a converter that doubles
    # punctuation leaves a comma before the 、 (一,、), which is still the marker; a colon stands for the 、 on some
    # pages (一:加强组织领导; not 十一:30, an hour)
    (MarkerKind.NUMERAL_COMMA, rf"(?P<n>{_CN}{{1,4}}){_S}(?:[,，]?、|[{_DOTS}:：](?![0-9０-９]))"),
    # 一 机构设置: a plain numeral set apart from its heading by spaces at a line's start, as statutes and budget
    # notes print it; whole words must follow (一 年 来, letter-spaced, is no heading; nor is 记者 叢 一 通讯员, a
    # name inside a line), and the marker is the numeral alone (parse_marker reads it alone: _whole)
    (
        MarkerKind.NUMERAL_COMMA,
        rf"{_AT_LINE_START}(?P<n>{_CN_PLAIN}{{1,3}})(?=[ \u3000]+[\u4e00-\u9fff]{{2}})",
    ),
    # 第一部分, 第二部分：
    (MarkerKind.PART, rf"第(?P<n>{_CN}{{1,3}})部分(?:{_S}[、：:{_DOTS}])?"),
    # （一） (一)、 （一）， 〔一〕 (tortoise-shell brackets, as some converted documents print them)
    (MarkerKind.PAREN_NUMERAL, rf"[{_OPENING}]{_S}(?P<n>{_CN}{{1,4}}){_S}[{_CLOSING}][、{_DOTS}，,]?"),
    # 一） with the closing bracket only
    (MarkerKind.PAREN_NUMERAL, rf"(?P<n>{_CN}{{1,3}})[）)]"),
    # 1. 1． 1、 — not 1.5, nor a file's name (1.jpg, an image's caption left by the scraper); a digit may follow 、,
    # and a year or a month's day may follow the dot (1.2023年工作总结: no decimal has four places before 年;
    # 1.9月28日); a converter's doubled comma before the 、 stays the marker (1,、), as for 一,、
    (
        MarkerKind.DIGIT_DOT,
        rf"(?P<n>{_D}{{1,3}}){_S}(?:[,，]?、|[{_DOTS}](?!{_NOT_A_YEAR}{_NOT_A_MONTH_DAY}[0-9０-９]|{_FILE_TYPE}))",
    ),
    # 1,全国法院上半年审结多少案件: a comma for the dot, only where it opens its line (43。5,两年 is a decimal whose
    # point a page lost; 1,234 a number)
    (MarkerKind.DIGIT_DOT, rf"{_AT_LINE_START}(?P<n>{_D}{{1,3}})[,，](?![0-9０-９])"),
    # （1） (1)、 〔1〕 (not 〔2023〕, a document number's year: three digits at most)
    (MarkerKind.PAREN_DIGIT, rf"[{_OPENING}]{_S}(?P<n>{_D}{{1,3}}){_S}[{_CLOSING}][、{_DOTS}]?"),
    # 1） with the closing bracket only — not 5%) or 12)3
    (MarkerKind.PAREN_DIGIT, rf"(?P<n>{_D}{{1,2}})[）)](?![0-9０-９%％])"),
    # ⒈ … ⒛ and ⑴ … ⒇, one character each
    (MarkerKind.DIGIT_DOT, "(?P<n>[⒈-⒛])"),
    # 1️⃣ … 9️⃣, a digit in a keycap, as blog and WeChat pages number a list (the variation selector may be lost)
    (MarkerKind.DIGIT_DOT, "(?P<n>[0-9])\ufe0f?\u20e3"),
    (MarkerKind.PAREN_DIGIT, "(?P<n>[⑴-⒇])"),
    # 一是 一是， — not 一是否 (whether)
    (MarkerKind.NUMERAL_SHI, rf"(?P<n>{_CN}{{1,3}})是(?!否){_AFTER_MEASURE}?"),
    # 第一 第一， 第1：
    (MarkerKind.ORDINAL, rf"第(?P<n>{_CN}{{1,3}}|{_D}{{1,3}}){_AFTER_MEASURE}?"),
    # ① … ⑳ ㉑ … ㉟ ㊱ … ㊿
    (MarkerKind.CIRCLED, "(?P<n>[①-⑳㉑-㉟㊱-㊿])"),
)

# Single characters that are numbered markers by themselves, by their code-point ranges.
_ONE_CHARACTER = (
    (0x2460, 0x2473, 1),  # ① … ⑳
    (0x3251, 0x325F, 21),  # ㉑ … ㉟
    (0x32B1, 0x32BF, 36),  # ㊱ … ㊿
    (0x2474, 0x2487, 1),  # ⑴ … ⒇
    (0x2488, 0x249B, 1),  # ⒈ … ⒛
)

# The markers that open a section: the four levels, and the parts above them.
_HEADING_KINDS = frozenset({*_LEVELS, MarkerKind.PART})


def _alternation(rows: tuple[tuple[MarkerKind, str], ...]) -> str:
    """The rows as one alternation, each number group renamed ``{kind}_{index}`` (names must be unique)."""
    return "|".join(
        pattern.replace("(?P<n>", f"(?P<{kind.value}_{index}>", 1)
        for index, (kind, pattern) in enumerate(rows)
    )


def _kind_of(group: str) -> MarkerKind:
    return MarkerKind(group.rsplit("_", 1)[0])


@functools.cache
def _whole() -> re.Pattern[str]:
    """Every shape, for a text that must be one marker (a plain numeral alone too: the marker of 一 机构设置)."""
    return re.compile(_alternation((*_SHAPES, (MarkerKind.NUMERAL_COMMA, rf"(?P<n>{_CN_PLAIN}{{1,3}})\Z"))))


# The characters a written heading marker starts with: a numeral, 第, an opening bracket, a digit.
_WRITTEN_FIRSTS = f"{_CN[1:-1]}第{_OPENING}0-9０-９"
#: The characters a heading marker starts with (a class), the enclosed numbers ⒈ ⑴ too.
HEADING_FIRSTS = f"[{_WRITTEN_FIRSTS}⒈-⒛⑴-⒇]"
#: The same without the enclosed numbers (a class).
WRITTEN_HEADING_FIRSTS = f"[{_WRITTEN_FIRSTS}]"
# The heading shapes at the start of a paragraph, leading spaces allowed. The lookahead names the characters a
# heading starts with, so that the many lines that start otherwise are refused at once.
_HEADING = LazyPattern(
    rf"[ \t\u3000]*(?={HEADING_FIRSTS})"
    rf"(?:{_alternation(tuple(row for row in _SHAPES if row[0] in _HEADING_KINDS))})"
)


#: The measure shapes in running text, as a pattern source with groups named ``{kind}_{index}`` (the parser
#: composes it with the other ways a measure starts). It matches at the start of a clause only: after the start
#: of the text, or after sentence or clause punctuation (either width), a closing quote or a space.
_MEASURE_ROWS: tuple[tuple[MarkerKind, str], ...] = (
    (MarkerKind.NUMERAL_SHI, rf"(?P<n>{_CN_PLAIN}{{1,3}})是(?!否){_AFTER_MEASURE}?"),
    (MarkerKind.ORDINAL, rf"第(?P<n>{_CN_PLAIN}{{1,3}}){_AFTER_MEASURE}"),
    (MarkerKind.CIRCLED, "(?P<n>[①-⑳㉑-㉟㊱-㊿])"),
    (MarkerKind.PAREN_DIGIT, rf"[（(](?P<n>{_D}{{1,2}})[）)]"),
)
# A line break ends a clause too, for a scanner that reads a whole text rather than a paragraph.
_CLAUSE_BREAK = "。；;！？!?：:，,\n"
_MEASURE_FIRST = "一二三四五六七八九十第①-⑳㉑-㉟㊱-㊿（("


def measure_marker_pattern() -> str:
    """The source of the measure-marker pattern, clause start included, for a scanner that adds alternatives of
    its own; read a match with :func:`marker_of`. Its groups are named ``{kind}_{index}``."""
    return rf"(?:^|(?<=[{_CLAUSE_BREAK}]))[ \t\u3000]*(?:{_alternation(_MEASURE_ROWS)})"


#: The characters a measure marker may start with, spaces before it aside (for a scanner's lookahead).
MEASURE_FIRST_CHARACTERS = _MEASURE_FIRST


@functools.cache
def _measure() -> re.Pattern[str]:
    return re.compile(rf"(?=[ \t\u3000{_MEASURE_FIRST}]){measure_marker_pattern()}")


# --------------------------------------------------------------------------- reading


def _number(numeral: str) -> int | None:
    """A marker's number: a whole number from 1 up, else None."""
    if len(numeral) == 1 and not numeral.isascii():
        code = ord(numeral)
        for first, last, base in _ONE_CHARACTER:
            if first <= code <= last:
                return base + code - first
    # The one numeral grammar of xuncha.numerals, which re-exports this module and so is imported here.
    from xuncha.numerals import _exact

    try:
        exact = _exact(numeral)
    except NumberError:
        return None
    return int(exact) if exact.denominator == 1 and exact >= 1 else None


@functools.lru_cache(maxsize=1024)
def _marker(text: str, group: str, numeral: str) -> Marker | None:
    """A Marker, remembered: notices share a small vocabulary of markers (一、 … （一） … 1. … 一是 …), and a
    Marker is immutable, so sharing one is safe."""
    number = _number(numeral)
    kind = _kind_of(group)
    return None if number is None else Marker(text, kind, _LEVELS.get(kind), number)


def marker_of(match: re.Match[str]) -> Marker | None:
    """The marker a match of one of this module's patterns found (None when its number is not 1 or more).

    Each alternative holds one group, the number, so the last group the match closed names the shape."""
    group = match.lastgroup
    if group is None or not group[-1].isdigit():
        return None
    return _marker(match.group().strip(" \t\u3000"), group, match.group(group))


def parse_marker(text: str) -> Marker:
    """Read a list marker; the whole text must be the marker (surrounding spaces allowed).

    Levels follow GB/T 9704: 一、 is 1, （一） 2, 1. 3, （1） 4, with the variants writers use: 一. (一) 一）
    1、 1． 1) （ 1 ）. A part (第一部分) stands above the four levels and has none (it opens a level-1 section:
    :attr:`Marker.section_level`); the measure markers 一是, 第一 and ① have no level either.
    Anything else raises :class:`~xuncha.errors.NumberError`.

    >>> parse_marker("1．").level, parse_marker("(1)").level, parse_marker("二是").kind.value, parse_marker("③").ordinal
    (3, 4, 'numeral_shi', 3)
    >>> parse_marker("第十二届")
    Traceback (most recent call last):
    ...
    xuncha.errors.NumberError: not a list marker: '第十二届'
    """
    if not isinstance(text, str):
        raise TypeError(f"marker must be a str, not {type(text).__name__}")
    body = text.strip(" \t\u3000")
    match = _whole().fullmatch(body)
    marker = marker_of(match) if match is not None else None
    if marker is None:
        raise NumberError("not a list marker", source=text[:60])
    return marker


def heading_shape_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """Whether a heading marker's shape starts at ``pos`` (spaces before it allowed), its number unread.

    The cleaner asks this of every line; reading the number is left to :func:`heading_at`."""
    return _HEADING.match(text, pos)


def heading_at(text: str, pos: int = 0, end: int | None = None) -> HeadingMatch | None:
    """The heading marker (level 1–4) that ``text[pos:end]`` opens with, spaces before it allowed; its offsets
    are in ``text``."""
    match = _HEADING.match(text, pos, len(text) if end is None else end)
    if match is None:
        return None
    marker = marker_of(match)
    if marker is None:
        return None
    written = match.group()
    start = match.start() + len(written) - len(written.lstrip(" \t\u3000"))
    return HeadingMatch(marker, start, start + len(marker.text))


def measure_markers(text: str, start: int = 0, end: int | None = None) -> Iterator[MarkerMatch]:
    """The measure markers (一是 第一， ① （1）) that start a clause in ``text[start:end]``, in order.

    ``start`` counts as the start of a clause (a paragraph, a measure's text). The span of each marker excludes
    the spaces before it; its text keeps the punctuation after it (一是，)."""
    stop = len(text) if end is None else end
    segment = text if start == 0 and stop == len(text) else text[start:stop]
    for match in _measure().finditer(segment):
        marker = marker_of(match)
        if marker is not None:
            yield MarkerMatch(marker, start + match.end() - len(marker.text), start + match.end())


def numeral_span(marker: str) -> tuple[int, int] | None:
    """Where the number sits in a marker as written: (start, end) of 二 in （二）, of 12 in 12., of ③ in ③."""
    match = _whole().fullmatch(marker)
    if match is None:
        return None
    group = next(name for name, value in match.groupdict().items() if value is not None)
    return match.span(group)
