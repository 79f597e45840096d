"""What is never a quantity: the vetoes, a named table of (reason, test), in the order the scanner applies them.

A numeral found in the text becomes a :class:`Candidate`; three tables of vetoes refuse it at three stages:

- :data:`NUMERAL_VETOES`, from the numeral and the characters around it (before its unit is read);
- :data:`READING_VETOES`, once the unit after it is read;
- :data:`FIGURE_VETOES`, once its value and unit are known.

Each veto is one small function over the candidate, testable on its own; the first that holds refuses the
candidate and its reason is what :func:`xuncha.quantities.refusals` reports. A veto says which numerals it
applies to (Arabic, Chinese or any), so that the others do not pay for it. The scanner's fast path refuses
most numerals before a candidate is built: it is the test of "nothing a figure is made of follows", run on the
text alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from decimal import Decimal
from typing import Literal, NamedTuple

import attrs

from xuncha.models import Qualifier
from xuncha.quantities._grammar import (
    ALL_CN_DIGITS,
    HAS_CN_DIGIT,
    HAS_NUMERAL,
    jiao_fen,
    spoken_jiao,
    unit_tables,
)
from xuncha.quantities._scan import (
    _counts_bare_unit,
    _has_big,
    _in_spans,
    _is_a_name,
    _is_proper_fraction,
    _opens_range,
    _skip_spaces,
)
from xuncha.quantities._words import (
    _CURRENCY_WORDS,
    _LONGEST_NUMERAL,
    _PLACE_NAMES,
    _SEPARATOR_STARTS,
    _SPACES,
    _WORD_BEFORE_CN,
    _WORD_BEFORE_ONE,
)
from xuncha.units import Unit

#: 一 after these is the article "a", not a count: 新一轮 (a new round), 当前一项重大任务, 今后一个时期.
_ARTICLE_AFTER = ("新", "当前", "今后")


@attrs.define
class UnitReading:
    """What follows a number: its unit as written (None for none), where it ends, and a qualifier inside it."""

    unit_text: str | None
    end: int
    qualifier: Qualifier | None = None
    qualifier_text: str | None = None
    half: bool = False  # 一个半月: and a half
    spelling: str | None = None  # the lexicon spelling the unit was read as (方 in 万方)


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
    big: bool  # Arabic digits with 万/亿: 5万, 1.2亿
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


class Veto(NamedTuple):
    """One reason a numeral is not a figure, the test that finds it, and the numerals it applies to: "arabic"
    (with an Arabic digit), "chinese" (without) or "any"."""

    reason: str
    test: Callable[[Candidate], bool]
    numerals: Literal["any", "arabic", "chinese"] = "any"


# --------------------------------------------------------------------------- the numeral and its neighbours


def _too_long(c: Candidate) -> bool:
    return len(c.run) > _LONGEST_NUMERAL


def _nothing_follows(c: Candidate) -> bool:
    """Most numerals in a notice have no unit (一是, 进一步, 12月): one look at the next character rules them out.
    Fractions and Arabic numbers with 万/亿 are figures on their own."""
    return not (c.fraction or c.big or c.yen_at is not None) and no_figure_follows(c.text, c.number_end)


def no_figure_follows(text: str, number_end: int) -> bool:
    """The test of :func:`_nothing_follows` on the text alone: the scanner's fast path runs it first."""
    following = text[number_end : number_end + 1]
    if following and following in _SPACES:
        after = _skip_spaces(text, number_end, len(text))
        following = text[after : after + 1]
    return following not in unit_tables().may_follow


def _in_a_code(c: Candidate) -> bool:
    """PM2.5, <sub>2, abc123@ (A、B两个标段 counts: Chinese numerals are never in codes); %E5%205: a figure
    never starts right after a percent sign, which there encodes a URL character."""
    previous = c.previous
    return (
        bool(previous)
        and previous.isascii()
        and (previous in "@>_#/\\.%" or (previous.isalpha() and c.has_arabic))
    )


def _split_by_a_space(c: Candidate) -> bool:
    """四点 五个百分点, 3. 5%, 二十一 点 一个百分点, 21点5吨: the fraction part of a numeral split by a space (or
    after 点 that Arabic digits leave outside the numeral) is not a number of its own."""
    text, start = c.text, c.start
    if start < 2 or (text[start - 1] not in _SPACES and text[start - 1] != "点"):
        return False  # most numerals have no space before them
    point = start
    while point > 0 and text[point - 1] in _SPACES:
        point -= 1
    if point < 2 or text[point - 1] not in "点.":
        return False
    before = point - 1
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    return before > 0 and HAS_NUMERAL.match(text, before - 1) is not None


def _in_a_place_name(c: Candidate) -> bool:
    """三门峡, 七台河, 十堰: names that start with a numeral and a counter."""
    return c.text.startswith(_PLACE_NAMES, c.start)


def _latin_letters_follow(c: Candidate) -> bool:
    """5G, 3D, 2B: a Latin letter after the number makes a code, unless it spells a unit (35km, 45mg/L)."""
    after = c.text[c.number_end : c.number_end + 1]
    return (
        after.isascii() and after.isalpha() and not c.text.startswith(unit_tables().latin_units, c.number_end)
    )


def _leading_zero(c: Candidate) -> bool:
    """0393, 000123: codes, not amounts (0.5 is an amount)."""
    return c.run[0] == "0" and len(c.run) > 1 and c.run[1] != "."


def _in_a_title(c: Candidate) -> bool:
    """Arabic digits in a 《title》 are part of its name (《2023年工作要点》); Chinese numerals are refused in any
    quotation (_in_a_quotation)."""
    starts, ends = c.quoted
    if not starts or not _in_spans(starts, ends, c.start):
        return False
    return c.text[starts[bisect.bisect_right(starts, c.start) - 1]] == "《"


def _digit_by_digit(c: Candidate) -> bool:
    """二〇二三 is a year written digit by digit, 三五 an approximation (three or five)."""
    return ALL_CN_DIGITS.fullmatch(c.run) is not None and "分之" not in c.run


def _bare_magnitude_word(c: Candidate) -> bool:
    """百年, 千家: words; 百万吨, 十年 and 百余人 are figures (a unit is required later)."""
    run = c.run
    return not (
        HAS_CN_DIGIT.search(run)
        or run == "十"
        or "分之" in run
        or _has_big(run)
        or _counts_bare_unit(c.text, run, c.start, c.number_end)
    )


def _part_of_a_word(c: Candidate) -> bool:
    """再三, 数十, 初三, 第三; 统一, 唯一, 进一步; 星期三; 新一轮, 当前一项任务, 今后一个时期 (一 as "a")."""
    text, start = c.text, c.start
    return start > 0 and (
        text[start - 1] in _WORD_BEFORE_CN
        or (
            c.run[0] == "一"
            and (text[start - 1] in _WORD_BEFORE_ONE or text.endswith(_ARTICLE_AFTER, 0, start))
        )
        or (start >= 2 and text.startswith("星期", start - 2))
    )


def _in_a_quotation(c: Candidate) -> bool:
    """“三个一批”, 五花八门: Chinese numerals in quotations and set phrases are names."""
    return bool(c.quoted[0]) and _in_spans(*c.quoted, c.start)


def _slashed_date(c: Candidate) -> bool:
    """2023/12/25 and 12/25 are dates; 1/3 and 3/100 are fractions."""
    if "/" not in c.run:
        return False
    numerator, _, denominator = c.run.rpartition("又")[2].partition("/")
    return c.text[c.number_end : c.number_end + 1] == "/" or not _is_proper_fraction(numerator, denominator)


def arabic_numeral_is_clear(
    text: str, run: str, start: int, number_end: int, previous: str, quoted: tuple[list[int], list[int]]
) -> bool:
    """The fast path of :data:`NUMERAL_VETOES` for the commonest numeral, Arabic digits in Chinese text: True
    only when none of the table's vetoes for Arabic numerals can hold (a test checks this against the table).

    The scanner asks it after its own fast path, which has ruled out "nothing a figure is made of follows".
    """
    after = text[number_end : number_end + 1]
    return (
        len(run) <= _LONGEST_NUMERAL
        and (not previous or not previous.isascii())  # _in_a_code
        and previous not in ("点", ".")  # _split_by_a_space: what stands before the spaces
        and not (after.isascii() and after.isalpha())  # _latin_letters_follow
        and (run[0] != "0" or len(run) == 1 or run[1] == ".")  # _leading_zero
        and "/" not in run  # _slashed_date
        and (not quoted[0] or not _in_spans(*quoted, start))  # _in_a_title
    )


NUMERAL_VETOES: tuple[Veto, ...] = (
    Veto("too long to be one figure", _too_long),
    Veto("nothing a figure is made of follows", _nothing_follows),
    Veto("part of a code, a model name or markup", _in_a_code),
    Veto("part of a place name", _in_a_place_name, "chinese"),
    Veto("the rest of a numeral split by a space", _split_by_a_space),
    Veto("Latin letters follow", _latin_letters_follow),
    Veto("a code with a leading zero", _leading_zero, "arabic"),
    Veto("in a title", _in_a_title, "arabic"),
    Veto("digits read one by one", _digit_by_digit, "chinese"),
    Veto("a magnitude word without a number", _bare_magnitude_word, "chinese"),
    Veto("part of a word", _part_of_a_word, "chinese"),
    Veto("in a quotation or a set phrase", _in_a_quotation, "chinese"),
    Veto("a date written with slashes", _slashed_date),
)

# --------------------------------------------------------------------------- the unit after it


def _bare_without_partner(c: Candidate) -> bool:
    """A bare number matters only as the first item of a list or range that gives it a unit."""
    assert c.reading is not None
    if c.reading.unit_text is not None or c.fraction or c.big:
        return False
    after = _skip_spaces(c.text, c.number_end, min(len(c.text), c.number_end + 8))
    return c.text[after : after + 1] not in _SEPARATOR_STARTS


def _names_something(c: Candidate) -> bool:
    """三个一批, 两个责任, 一次性: a Chinese numeral and a counter that name something rather than count it."""
    assert c.reading is not None
    unit_text = c.reading.unit_text
    if unit_text in ("元", "圆") and jiao_fen().match(c.text, c.reading.end) is not None:
        return False  # 三元五角, 壹元贰角, 壹圆柒角: the 角 and 分 of the amount, not a name
    if unit_text == "块" and spoken_jiao().match(c.text, c.reading.end) is not None:
        return False  # 五块五: spoken money
    return unit_text is not None and _is_a_name(c.text, c.run, c.start, unit_text, c.reading.end)


def _percent_words_with_unit(c: Candidate) -> bool:
    """百分之五十万元 is not written: 百分之 gives the unit."""
    assert c.reading is not None
    return c.percent_words and c.reading.unit_text is not None


READING_VETOES: tuple[Veto, ...] = (
    Veto("a bare number outside a list or range", _bare_without_partner),
    Veto("a numeral and counter that name something", _names_something, "chinese"),
    Veto("百分之 before a unit", _percent_words_with_unit),
)

# --------------------------------------------------------------------------- the figure


def _needs_magnitude(c: Candidate) -> bool:
    """1.2亿度 (of electricity) is energy; a bare 5度 is a temperature, an angle or a grade."""
    spelling = c.reading.spelling if c.reading is not None else None
    # written with nothing before it: no 万/亿 in the number (c.prefix) nor before the unit (万度)
    return (
        spelling is not None
        and c.unit_text == spelling
        and unit_tables().spelling_of[spelling].needs_magnitude
    )


def _not_a_number(c: Candidate) -> bool:
    return c.value is None


def _bare_magnitude(c: Candidate) -> bool:
    """千万 (must), 十: only figures with a unit, or the first bound of a range (十至二十人)."""
    return c.unit_text is None and not HAS_CN_DIGIT.search(c.run) and not _opens_range(c.text, c.number_end)


def _unknown_unit(c: Candidate) -> bool:
    return c.unknown_unit


def _arabic_only_unit(c: Candidate) -> bool:
    """三方 (three parties), 十分 (very), 三角 (a triangle): these units follow Arabic digits only."""
    spelling = c.reading.spelling if c.reading is not None else None
    return spelling is not None and unit_tables().spelling_of[spelling].arabic_only


def _clock_time(c: Candidate) -> bool:
    """9时30分, 9点30分, 9:30分: the minutes of a clock time."""
    return c.unit_text == "分" and bool(c.previous) and c.previous in "时点:："


def _rank(c: Candidate) -> bool:
    """前3名, 后三位, 前六轮: a rank or the first so many of a series, like an ordinal."""
    return (
        bool(c.previous) and c.previous in "前后" and c.unit is not None and c.unit.name in ("名", "位", "轮")
    )


def _day_of_month(c: Candidate) -> bool:
    """12月30日内: a date (30日内 alone is a time limit)."""
    return c.unit_text == "日" and c.previous == "月"


_CURRENCY_FIRSTS = frozenset(word[0] for word in _CURRENCY_WORDS)
_CURRENCY_LASTS = frozenset(word[-1] for word in _CURRENCY_WORDS)


def _two_currencies(c: Candidate) -> bool:
    """三万元欧元, 欧元3万元, 5美元人民币, ¥5美元: an amount named in two currencies is read in neither."""
    if c.unit is None or c.reading is None or not c.unit.dimension.startswith("money"):
        return False
    yuan = c.unit.dimension == "money"
    if c.yen_at is not None and not yuan:
        return True
    text, end = c.text, c.reading.end
    before = c.yen_at if c.yen_at is not None else c.start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    if text[end : end + 1] not in _CURRENCY_FIRSTS and text[before - 1 : before] not in _CURRENCY_LASTS:
        return False  # one look each side rules out most amounts
    # 人民币 names 元 (5万元人民币, 人民币5万元); any other currency word names another currency
    for word in (
        text[end : end + 2],
        text[end : end + 3],
        text[before - 2 : before],
        text[before - 3 : before],
    ):
        if word in _CURRENCY_WORDS and (word != "人民币" or not yuan):
            return True
    return False


def _not_money_after_yen(c: Candidate) -> bool:
    """¥5个: a yen sign before a figure that is not an amount of money."""
    return c.yen_at is not None and (c.unit is None or not c.unit.dimension.startswith("money"))


#: The characters before a number that some figure veto looks at (_clock_time, _rank, _day_of_month).
_FIGURE_VETO_PREVIOUS = frozenset("时点:：前后月")


def arabic_figure_is_clear(c: Candidate) -> bool:
    """The fast path of :data:`FIGURE_VETOES` for an Arabic number with a known unit (money is asked the one
    veto that concerns it, two currencies): True only when none of the table's vetoes can hold (a test
    checks this against the table)."""
    unit, reading = c.unit, c.reading
    return (
        unit is not None  # _unknown_unit, and the unit_text of _clock_time and _day_of_month is known
        and c.value is not None
        and c.yen_at is None
        and c.previous not in _FIGURE_VETO_PREVIOUS
        and (not unit.dimension.startswith("money") or not _two_currencies(c))
        and (
            reading is None
            or reading.spelling is None
            or not unit_tables().spelling_of[reading.spelling].needs_magnitude
        )
    )


FIGURE_VETOES: tuple[Veto, ...] = (
    Veto("a unit read only with 万 or 亿", _needs_magnitude),
    Veto("not a number", _not_a_number),
    Veto("a magnitude word without a unit", _bare_magnitude, "chinese"),
    Veto("an unknown unit", _unknown_unit),
    Veto("a unit read after Arabic digits only", _arabic_only_unit, "chinese"),
    Veto("a clock time", _clock_time),
    Veto("a rank", _rank),
    Veto("a day of the month", _day_of_month),
    Veto("two currencies", _two_currencies),
    Veto("a yen sign before what is not money", _not_money_after_yen),
)

#: Every veto, for documentation and tests.
ALL_VETOES: tuple[Veto, ...] = NUMERAL_VETOES + READING_VETOES + FIGURE_VETOES


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
