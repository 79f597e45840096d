"""A numeral the quantity scanner is deciding on, what is learned about it stage by stage, the :class:`Atom` it
becomes once decided, and how the veto tables (:mod:`xuncha.quantities._vetoes`,
:mod:`xuncha.quantities._reading_vetoes`, :mod:`xuncha.quantities._figure_vetoes`) are applied to it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Literal, NamedTuple

import attrs

from xuncha._lexicon import Spelling
from xuncha.models import Qualifier
from xuncha.units import Unit


@attrs.define
class UnitReading:
    """What follows a number: its unit as written (None for none), where it ends, and a qualifier inside it."""

    unit_text: str | None
    end: int
    qualifier: Qualifier | None = None
    qualifier_text: str | None = None
    half: bool = False  # 一个半月: and a half
    spelling: str | None = None  # the lexicon spelling the unit was read as (方 in 万方)
    entry: Spelling | None = (
        None  # the lexicon's entry for that spelling (its tests: not_before, only_after …)
    )


@attrs.define
class Candidate:
    """A numeral found in the folded ``text`` of ``source``, and what is learned about it stage by stage."""

    text: str
    run: str  # the numeral as matched
    start: int
    number_end: int
    previous: str  # the character before the numeral, spaces skipped ("" at the start)
    quoted: tuple[list[int], list[int]]  # the starts and ends of quotations, titles and set phrases
    has_arabic: bool
    chinese: (
        bool  # no Arabic digit: 三, 五分之一 (read by many vetoes, so kept rather than computed each time)
    )
    fraction: bool  # 五分之一, 1/3
    written_big: bool  # with 万/亿: 5万, 五万
    big: bool  # a figure without a unit: Arabic digits with 万/亿 (5万, 1.2亿), a qualified bare magnitude (超百亿)
    yen_at: int | None = None  # where a ¥ (or ￥) stands before the number: ¥1,234.00 is money
    # once the unit after the number is read
    reading: UnitReading | None = None
    percent_words: bool = False  # 百分之五: the unit is in the numeral
    # once the value is known
    unit_text: str | None = None  # the unit with the magnitude moved into it: 500万 + 元 is 万元
    prefix: str = ""
    value: Decimal | None = None
    unit: Unit | None = None
    unknown_unit: bool = False


@attrs.define
class Atom:
    """One numeral found in the text, decided: where it stands, its value in its unit, and its words."""

    start: int  # first character, qualifier words included
    end: int  # one past the last character, unit and qualifiers included
    number_end: int
    value: Decimal  # in ``unit`` (exact unless the number is a fraction such as 三分之一)
    unit: str | None
    unit_factor: Fraction  # the 万/亿 moved from the number into the unit (1 when none)
    qualifier: Qualifier | None
    qualifier_text: str | None
    chinese: bool = False
    keep_bare: bool = False  # a bare number worth reporting (80万, 五分之一)
    poison: bool = False  # a year, a date or an ordinal: its list or range partners are not figures either
    ordinal: bool = False  # 第一: the numbers listed after it are ordinals too
    written_big: bool = False  # the number was written with 万/亿 (5万 in 5万-10万元)
    pre_qualified: bool = False  # the qualifier stands before the number: 约 in 约30%～40% bounds the range


class Veto(NamedTuple):
    """One reason a numeral is not a figure, the test that finds it, and the numerals it applies to: "arabic"
    (with an Arabic digit), "chinese" (without) or "any"."""

    reason: str
    test: Callable[[Candidate], bool]
    numerals: Literal["any", "arabic", "chinese"] = "any"


def first_veto(vetoes: tuple[Veto, ...], candidate: Candidate) -> str | None:
    """The reason of the first veto in ``vetoes`` that holds for ``candidate``, None when none does."""
    split = _SPLIT.get(id(vetoes))
    if split is None or split[0] is not vetoes:
        split = _split(vetoes)
    for reason, test in split[2] if candidate.chinese else split[1]:
        if test(candidate):
            return reason
    return None


#: Each table split by the numerals its vetoes apply to, made once per table (the tests may swap a table).
_Tests = tuple[tuple[str, Callable[[Candidate], bool]], ...]
_SPLIT: dict[int, tuple[tuple[Veto, ...], _Tests, _Tests]] = {}


def _split(vetoes: tuple[Veto, ...]) -> tuple[tuple[Veto, ...], _Tests, _Tests]:
    arabic = tuple((veto.reason, veto.test) for veto in vetoes if veto.numerals != "chinese")
    chinese = tuple((veto.reason, veto.test) for veto in vetoes if veto.numerals != "arabic")
    split = _SPLIT[id(vetoes)] = (vetoes, arabic, chinese)
    return split
