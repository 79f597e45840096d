"""Reading one numeral: its unit, its value and the words around it, or the veto that refuses it.

:func:`decide` turns a numeral found by the candidate pattern into an :class:`Atom` (a figure, or a year, date or
ordinal whose list and range partners are not figures either), or None. What is refused and why is in the
veto tables of :mod:`xuncha.quantities._vetoes`; this module reads.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from xuncha._lexicon import NOT_PREFIXED
from xuncha.errors import UnitError
from xuncha.models import Qualifier
from xuncha.quantities._candidate import Candidate, UnitReading, first_veto
from xuncha.quantities._figure_vetoes import FIGURE_VETOES, figure_is_clear
from xuncha.quantities._grammar import (
    ALTERNATIVE_COUNTER,
    ARABIC_DIGITS,
    DAYS_WITHIN,
    inner_qualified_unit,
    jiao_fen,
    leftover_change,
    post_qualifier,
    spoken_jiao,
    unit_pattern,
    unit_tables,
)
from xuncha.quantities._reading_vetoes import READING_VETOES, reading_is_clear
from xuncha.quantities._scan import (
    _counts_bare_unit,
    _in_spans,
    _is_poison_year,
    _is_time_frame,
    _number_value,
    _pre_qualifier,
    _skip_spaces,
    _skip_spaces_back,
    _split_magnitude,
    _up_to,
)
from xuncha.quantities._vetoes import (
    NUMERAL_VETOES,
    arabic_numeral_is_clear,
    chinese_numeral_is_clear,
)
from xuncha.quantities._words import (
    _AGO,
    _BARE_MAGNITUDES,
    _BIG,
    _BIG_CLASSES,
    _BIG_SET,
    _CN_DIGIT,
    _CN_UNIT,
    _DURATION_LIKE,
    _EMPTY_QUOTE_OPENERS,
    _EMPTY_QUOTES,
    _FRAME_DIMENSIONS,
    _INCLUDED_MARKS,
    _INNER_QUALIFIERS,
    _MAGNITUDE_ENDS,
    _MAGNITUDES,
    _NOT_AFTER_DUO,
    _OVER_AMOUNTS,
    _PERCENT_WORDS,
    _POST_QUALIFIERS,
    _PRE_QUALIFIER_ENDS,
    _SPACES,
    _SPACES_SET,
    _TENTHS,
    _TRAILING_CURRENCY,
)
from xuncha.units import PREFIXES
from xuncha.units import _lookup as lookup_unit

_ZERO = Decimal(0)
_ONE = Fraction(1)
_HALF = Decimal("0.5")
#: The factor of each magnitude a number hands over to its unit: 500万 + 元 is 500 万元.
_PREFIX_FACTORS = {"": _ONE, **{prefix: Fraction(PREFIXES[prefix]) for prefix in _MAGNITUDES}}
#: Measured dimensions in which 半 after the unit adds a half (一吨半, 两公里半); durations and 成 read it anywhere.
_MEASURED_BY_HALVES = frozenset({"money", "area", "length", "mass", "volume"})
#: The first characters of what may follow a figure's unit: qualifiers (以上, 左右), (含) and spaces.
_MAY_FOLLOW_FIGURE = frozenset({word[0] for word in _POST_QUALIFIERS} | {"(", "（"} | _SPACES_SET)
#: 公元前221年, 公元1368年: years of an era, like 2023年.
_ERA = ("公元", "公元前")
#: 内 after a duration is "within" (3个月内), unless it starts a word: 3年内部审计, 一年内容更新, 内审 (internal
#: audit); but 审批, 审核, 审结 and 审理 are the verbs of a time limit: 应在3个月内审批, 30日内审结.
_NEI_STARTS_WORD = frozenset("部容涵外在心地务审控设")
_NEI_THEN_VERB = ("审批", "审核", "审结", "审理", "审查")
#: The first characters of the qualifiers that may stand between a magnitude and its unit (500万以上人口).
_BETWEEN_MAGNITUDE_AND_UNIT_STARTS = frozenset(word[0] for word in _POST_QUALIFIERS)
#: The first characters of _BIG_CLASSES: 大 and 小.
_BIG_CLASS_STARTS = frozenset(word[0] for word in _BIG_CLASSES)
#: The brackets around an alternative counter: 46台（套）.
_BRACKETS = frozenset("（(")
#: What stands after 个 inside a unit (inner_qualified_unit): 一个多月, 三个余月, 两个半小时.
_INNER_WORDS = frozenset("多余半")
#: (含) after a bound says the bound is included: 10万元（含）以上.
_INCLUDED = _INCLUDED_MARKS  # (the one reading: brackets of either width, mixed too)


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


def _ends_a_decimal(text: str, number_end: int) -> bool:
    """Whether the number ending at ``number_end`` has a decimal point (93.46, not 3 nor 2023.)."""
    at = number_end
    while at > 0 and "0" <= text[at - 1] <= "9":
        at -= 1
    return at < number_end and at > 1 and text[at - 1] == "." and "0" <= text[at - 2] <= "9"


def read_unit(text: str, source: str, number_end: int) -> UnitReading:
    """The unit after a number, with 余/多 between them (80余名, 5.6 亿余元) or inside it (一个多月)."""
    position = number_end
    character = text[position : position + 1]  # the first character after the number, spaces skipped
    if character in _SPACES_SET:
        position = _skip_spaces(text, number_end, len(text))
        character = text[position : position + 1]
    if character in _EMPTY_QUOTE_OPENERS and text.startswith(_EMPTY_QUOTES, position):
        position = _skip_spaces(text, position + 2, len(text))  # 215“”公里: a converter's stray quotes
        character = text[position : position + 1]
    if (
        character == "个"
        and text[position + 1 : position + 2] in _INNER_WORDS  # (个 is common, 个多 rare)
        and (inner := inner_qualified_unit().match(text, position)) is not None
    ):
        unit_text = "个" + inner.group("rest")
        entry = unit_tables().spelling_of.get(unit_text)
        if inner.group("word") == "半":
            return UnitReading(unit_text, inner.end(), None, None, True, unit_text, entry)
        word = source[inner.start("word") : inner.end("word")]
        return UnitReading(
            unit_text, inner.end(), _INNER_QUALIFIERS[inner.group("word")], word, False, unit_text, entry
        )
    unit_at = position
    word_end = position  # where a qualifier between the number and its unit ends (none: position)
    if character in _INNER_QUALIFIERS:
        unit_at, word_end = _skip_spaces(text, position + 1, len(text)), position + 1
    elif (
        character in _BETWEEN_MAGNITUDE_AND_UNIT_STARTS
        and text[number_end - 1] in _BIG_SET
        and (between := post_qualifier().match(text, position)) is not None
        and unit_pattern().match(text, between.end()) is not None
    ):
        # 500万以上人口, 10亿左右元: a qualifier may stand between a number's magnitude and its unit, as 余 does
        unit_at = word_end = between.end()
    elif character in _BIG_CLASS_STARTS and text.startswith(_BIG_CLASSES, position):
        # 5大类 22项, 4大方面: 大 (major) before a counter of kinds counts the kinds.
        kind = next(word[1:] for word in _BIG_CLASSES if text.startswith(word, position))
        entry = unit_tables().spelling_of.get(kind)  # 部分 is read only here
        spelling = kind if entry is not None else None
        return UnitReading(kind, position + 1 + len(kind), None, None, False, spelling, entry)
    unit_match = unit_pattern().match(text, unit_at)
    if unit_match is None:
        if text.startswith("日", unit_at) and DAYS_WITHIN.match(text, unit_at) is not None:
            return UnitReading("日", unit_at + 1)  # 30日内: a time limit (after a month it is a date)
        return UnitReading(None, number_end)
    unit_text, prefix, spelling, per = unit_match.group(0, "prefix", "unit", "per")
    if prefix and prefix[0] in "十百千" and unit_at > number_end and text[number_end - 1] in _CN_NUMERAL:
        return UnitReading(None, number_end)  # 一百六 十万元: the numeral goes on across the space
    tables = unit_tables()
    unit_end = unit_match.end()
    following = text[unit_end : unit_end + 1]
    entry = tables.spelling_of[spelling]
    if following and (
        following in entry.not_before or (following.isascii() and following.isalpha() and spelling.isascii())
    ):
        return UnitReading(None, number_end)  # 处理, 台账, 方案, 5min: the spelling starts another word
    if (
        entry.only_before
        and not _before_one_of(text, unit_end, entry.only_before, entry.modifiers)
        and not (entry.after_a_decimal and _ends_a_decimal(text, number_end))
    ):
        return UnitReading(None, number_end)  # 下午三点: 点 counts only the points of what follows
    if (
        following in _BRACKETS or (following in " \u3000" and text[unit_end + 1 : unit_end + 2] in _BRACKETS)
    ) and unit_text in tables.counters:  # 836件(次), 29863件 (次)
        alternative = ALTERNATIVE_COUNTER.match(text, unit_end)
        if alternative is not None and alternative.group("other") in tables.counters:
            other = alternative.group("other")
            # (71项(次): occurrences of the things counted, the counter 项次 where there is one, as 人（次） is 人次)
            joined = unit_text + other
            unit_text = joined if other == "次" and joined in tables.counters else f"{unit_text}（{other}）"
            unit_end = alternative.end()
    if per is not None:
        unit_text = f"{prefix or ''}{spelling}/{per}"
    if unit_at == position:
        return UnitReading(unit_text, unit_end, None, None, False, spelling, entry)
    word = text[position:word_end]
    qualifier = _INNER_QUALIFIERS[word] if word in _INNER_QUALIFIERS else _POST_QUALIFIERS[word]
    return UnitReading(unit_text, unit_end, qualifier, source[position:word_end], False, spelling, entry)


def _before_one_of(text: str, at: int, words: tuple[str, ...], modifiers: tuple[str, ...]) -> bool:
    """Whether one of ``words`` starts at ``at``, or after one of ``modifiers`` (三点指导意见)."""
    if text.startswith(words, at):
        return True
    return any(
        text.startswith(modifier, at) and text.startswith(words, at + len(modifier)) for modifier in modifiers
    )


def _give_back_unit_start(text: str, run: str, number_end: int) -> tuple[str, int]:
    """2.3亿千瓦时, 5千瓦, 110千伏, 3.5百分点: the 千 or 百 that starts a unit does not multiply the number."""
    if (
        len(run) >= 2
        and run[-1] in "千百"
        and (run[-2] in _BIG or "0" <= run[-2] <= "9")
        and text.startswith(unit_tables().led_by_magnitude.get(run[-1], ()), number_end - 1)
    ):
        return run[:-1], number_end - 1
    return run, number_end


def decide(
    text: str,
    source: str,
    match: re.Match[str],
    quoted: tuple[list[int], list[int]],
    why: list[str] | None = None,
) -> Atom | None:
    """Turn a numeral found in the text into an atom, or None when a veto refuses it (its reason is appended to
    ``why`` when given).

    ``text`` is the folded view of ``source`` (same length, same offsets); qualifier words are quoted from
    ``source`` as written.
    """
    start, number_end = match.span()
    run = match.group()
    # Most runs are digits alone (12, 2023): they need none of the next three looks, and are Arabic without 万.
    # (The numeral pattern's characters that are digits are the Arabic ones: test_the_digits_of_numerals_are_arabic.)
    digits_only = run.isdigit()
    if not digits_only:
        if run[0] in _FINANCIAL_NUMERALS:  # (one look: most runs start otherwise)
            # 队伍14支, 抢险队伍86批次: no number mixes financial numerals and Arabic digits, so the financial ones
            # before the digits end a word (伍 is 队伍's); the number is the digits
            digits = run.lstrip(_FINANCIAL_NUMERALS)
            if "0" <= digits[:1] <= "9":
                start, run = number_end - len(digits), digits
        if "·" in run:
            run = run.replace("·", ".")  # 1·7%: old print and PDF pages set the decimal point as a middle dot
        if run[-1] in "千百":
            run, number_end = _give_back_unit_start(text, run, number_end)
        digits_only = run.isdigit()  # (伍14 is 14 now, and 16千 before 瓦 is 16)
    char_before = text[start - 1] if start else ""  # (spaces not skipped: see previous below)
    if char_before == "第":
        return _ordinal(
            start, number_end, run
        )  # the commonest ordinal, decided first (第 after spaces below)
    following = text[number_end : number_end + 1]
    if following in _SPACES_SET:
        after = _skip_spaces(text, number_end, len(text))
        following = text[after : after + 1]
    if (
        not digits_only
        and run in _FINANCIAL_DIGITS
        and following in "角毛分"
        and not (quoted[0] and _in_spans(*quoted, start))  # “壹分”: a name
        and char_before != "《"  # 《伍角》: a title that is the figure alone names a work
        and (money := _financial_change(text, start, number_end))
    ):
        return money
    # What no_figure_follows answers (the first veto of the numeral table), asked once here.
    nothing_follows = following not in unit_tables().may_follow
    # 5万, 五万 (_has_big, inline on the hot path; a run of digits alone, most runs, holds no 万 at one look)
    has_big = not digits_only and not _BIG_SET.isdisjoint(run)
    # Spaces around a numeral are rare: one look at the neighbouring character spares the scanning calls.
    if char_before in _SPACES_SET:
        before = _skip_spaces_back(text, start)
        previous = text[before - 1] if before > 0 else ""  # the character before, spaces skipped
    else:
        before, previous = start, char_before
    if (
        nothing_follows
        and why is None
        and "分之" not in run
        and "/" not in run
        and not has_big
        and previous not in ("第", "¥")
    ):
        # The scanner's fast path, before anything else is computed: most numerals are followed by nothing a
        # figure is made of (一是, 12月); only ordinals (第一、二) and money (¥5) are read further.
        return None
    has_arabic = digits_only or "0" <= run[0] <= "9" or not ARABIC_DIGITS.isdisjoint(run)
    if previous == "第":
        return _ordinal(start, number_end, run)
    fraction = "分之" in run or "/" in run
    # A number that is a figure without a unit after it: Arabic digits with 万/亿 (5万, 1.2亿), or a magnitude in
    # Chinese after a word of comparison, bare or counted (超百亿, 近千万, 突破万亿, 突破两百亿, 逾二十八万: 千万不要
    # and 亿万人民 have none).
    big = has_big and (
        has_arabic
        or ((run in _BARE_MAGNITUDES or run[-1] in _BIG_SET) and _pre_qualifier(text, start)[1] is not None)
    )
    yen_at = before - 1 if previous == "¥" else None
    if nothing_follows and why is None and not (fraction or big or yen_at is not None):
        return None  # 5万, 1/3 and ¥5 are figures without a unit after them
    if (
        why is None
        and len(run) == 4
        and digits_only
        and text[number_end : number_end + 1] == "年"
        and (after_year := text[number_end + 1 : number_end + 2]) not in "半多/"  # "" too: the text's end
        and after_year not in unit_tables().spelling_of["年"].not_before
        and previous != "¥"
        and arabic_numeral_is_clear(text, run, start, number_end, previous, quoted)
    ):
        # 2023年, a year (which its list and range partners share: 2023年、2024年), decided without the tables
        # when none of their numeral vetoes can hold. The figure table may refuse such a year with a reason of its
        # own (即将过去的2018年, 2015年工作计划): no figure either way (tests/test_quantities.py, on the corpus).
        return Atom(start, number_end + 1, number_end, _ZERO, "年", _ONE, None, None, False, False, True)
    c = Candidate(
        text,
        run,
        start,
        number_end,
        previous,
        quoted,
        has_arabic,
        not has_arabic,
        fraction,
        has_big,
        big,
        yen_at,
    )
    # Each stage's table is skipped when its fast path clears the numeral (unless asked why): Arabic digits in
    # Chinese text, most figures of a notice, by one test; Chinese numerals by one that asks the word vetoes.
    if has_arabic:
        clear = why is None and arabic_numeral_is_clear(text, run, start, number_end, previous, quoted)
    elif why is None:
        verdict = chinese_numeral_is_clear(c)
        if verdict is None:
            return None  # a veto surely holds (one the fast path tested in full): refused without the table
        clear = verdict
    else:
        clear = False
    if not clear and (reason := first_veto(NUMERAL_VETOES, c)) is not None:
        _refuse(why, reason)
        return None
    c.percent_words = run[0] in "百千万" and run.startswith(("百分之", "千分之", "万分之"))
    # A fraction takes no unit (五分之一), except a whole number with its fraction (一又二分之一天) and 百分之五,
    # whose unit is in its numeral: a unit after it is refused.
    reads_unit = c.percent_words or not c.fraction or "又" in run
    c.reading = reading = read_unit(text, source, number_end) if reads_unit else UnitReading(None, number_end)
    if c.yen_at is not None and reading.unit_text is None and not c.fraction:
        # ¥1,234.00: the sign gives the unit
        c.reading = reading = UnitReading(
            "元", number_end, None, None, False, "元", unit_tables().spelling_of.get("元")
        )
    if not (clear and reading_is_clear(c)) and (reason := first_veto(READING_VETOES, c)) is not None:
        _refuse(why, reason)
        return None
    _value(c)
    # The figure table's fast path needs the numeral stage's for an Arabic number (which rules out quotations,
    # an Arabic-only veto of the table); Chinese numerals reach no Arabic-only veto.
    clear = clear or (why is None and c.chinese)
    if not (clear and figure_is_clear(c)) and (reason := first_veto(FIGURE_VETOES, c)) is not None:
        _refuse(why, reason)
        return None
    return _figure(c, source, reading)


def _financial_change(text: str, start: int, number_end: int) -> Atom | None:
    """肆角叁分, 壹分: 角 and 分 after a financial numeral are money without 元 (cheques and receipts write
    them; 三角 is a triangle and 十分 "very", but 叁角 and 拾分 are never words). After 元 they belong to the
    amount before them, read there."""
    change = jiao_fen().match(text, start)
    if change is None or (start and text[start - 1] in _MONEY_BEFORE_CHANGE):
        return None
    digit_at = change.start("jiao") if change.group("jiao") is not None else change.start("fen_only")
    if digit_at != start or number_end != start + 1:
        return None  # 零壹分, 一角: only a financial digit standing alone opens the amount
    if _pre_qualifier(text, start)[1] is not None or post_qualifier().match(text, change.end()) is not None:
        return None  # 约壹角, 伍分左右: refused (the words around a figure are read for amounts with 元)
    spelling = unit_tables().spelling_of.get(text[change.end() - 1])
    following = text[change.end() : change.end() + 1]
    if spelling is not None and following and following in spelling.not_before:
        return None  # 壹分公司, 叁角形: 分 and 角 start a word, as after any numeral
    return Atom(start, change.end(), number_end, _small_change(change), "元", _ONE, None, None, chinese=True)


def _ordinal(start: int, number_end: int, run: str) -> Atom:
    """An ordinal is no figure, and neither are the numbers listed after it: 第一、二、三批."""
    chinese = not "0" <= run[0] <= "9" and ARABIC_DIGITS.isdisjoint(run)
    return Atom(start, number_end, number_end, _ZERO, None, _ONE, None, None, chinese, False, True, True)


def _refuse(why: list[str] | None, reason: str) -> None:
    if why is not None:
        why.append(reason)


def _value(c: Candidate) -> None:
    """The value and the unit; a trailing 万/亿 moves into the unit (500万 + 元 is 500 万元)."""
    assert c.reading is not None
    run, unit_text = c.run, c.reading.unit_text
    if c.percent_words:
        number_text, unit_text = run[3:], _PERCENT_WORDS[run[0]]
    else:
        numeral = "一" + run if c.chinese and _counts_bare_unit(c.text, run, c.start, c.number_end) else run
        if (
            unit_text is not None
            and numeral[-1] in _MAGNITUDE_ENDS
            and not _takes_no_prefix(c.reading)
            and not _LARGER_MAGNITUDES.get(numeral[-1], _NONE).intersection(numeral)
        ):  # (四十九兆九千亿元, 3亿5000万元, 一亿二千万元: the last magnitude belongs to the number after the larger)
            number_text, c.prefix = _split_magnitude(numeral, True)
        else:
            number_text = numeral  # most numbers end in a digit: nothing to move into the unit
        if c.prefix and unit_text is not None:
            unit_text = c.prefix + unit_text
    c.unit_text, c.value = unit_text, _number_value(number_text)
    if unit_text is not None:
        try:
            c.unit = lookup_unit(unit_text)  # get_unit without its argument check
        except UnitError:
            c.unknown_unit = True


_NONE: Final[frozenset[str]] = frozenset()
# The magnitudes above each that may end a number: before a unit, a trailing 万 moves into it (500万 + 元 is 500
# 万元) unless a larger magnitude stands earlier in the number, whose part it ends (3亿5000万 is 350,000,000).
_LARGER_MAGNITUDES: Final = {
    "千": frozenset("万萬亿億兆"),
    "万": frozenset("亿億兆"),
    "萬": frozenset("亿億兆"),
    "亿": frozenset("兆"),
    "億": frozenset("兆"),
}


def _takes_no_prefix(reading: UnitReading) -> bool:
    """七十五万个百分点, 5万倍: no magnitude multiplies these units (万个百分点 is no unit), so it stays in the
    number."""
    return reading.entry is not None and reading.entry.unit in NOT_PREFIXED


def _figure(c: Candidate, source: str, reading: UnitReading) -> Atom:
    """The atom of a figure that no veto refused: its extent, half and qualifiers."""
    text, start, run, number_end, unit = c.text, c.start, c.run, c.number_end, c.unit
    assert c.value is not None
    value = c.value
    unit_name, dimension = (None, "") if unit is None else (unit.name, unit.dimension)
    qualifier, qualifier_text = reading.qualifier, reading.qualifier_text
    end = reading.end if c.unit_text is not None and not c.percent_words else number_end
    if end < number_end:
        end = number_end  # ¥5: the unit stands before the number
    # (one look at the unit read rules out both kinds of small change for most figures)
    if reading.unit_text in _CHANGE_FOLLOWS and reading.qualifier is None:
        if reading.unit_text != "块":
            # 3元5角, 二十五万元一角, 壹佰捌拾壹圆柒角: the 角 and 分 after 元 belong to the amount (in the figure's
            # unit, 万元 too)
            change = jiao_fen().match(text, end)
            if change is not None:
                value += _small_change(change) / int(_PREFIX_FACTORS[c.prefix])
                end = change.end()
        elif not c.prefix:
            spoken = spoken_jiao().match(text, end)
            if spoken is not None:  # 5块5, 五块五毛: spoken money, 5.5 元
                value += (_number_value(spoken.group("jiao")) or _ZERO) / 10
                if spoken.group("fen") is not None:
                    value += (_number_value(spoken.group("fen")) or _ZERO) / 100
                unit_name, dimension, end = "元", "money", spoken.end()
            else:
                change = jiao_fen().match(text, end)
                if change is not None and change.group("fen_only") is not None:  # 1块1分, 三块零五分
                    value += _small_change(change)
                    unit_name, dimension, end = "元", "money", change.end()
    if dimension == "money":
        if text.startswith(_TRAILING_CURRENCY, end):
            end += len(_TRAILING_CURRENCY)  # 5万元人民币
        if text[end : end + 1] == "整" and not _is_cjk(text[end + 1 : end + 2]):
            end += 1  # 壹拾壹圆整: "exactly", as cheques write it (整改, 整治 are words)

    following = text[end : end + 1]
    if (
        # most figures: one look on either side shows that none of _cut_short's cases holds
        (following in _MAY_CUT_AFTER or (start and text[start - 1] in _MAY_CUT_BEFORE))
        and (refused_end := _cut_short(text, start, end, dimension, reading.unit_text)) is not None
    ):
        # 123元1角1分 with a tail left over, 两美元又三美分, 四十九兆…亿元, 百分之五 十: never a part of the figure
        return Atom(
            start,
            refused_end,
            c.number_end,
            _ZERO,
            unit_name,
            _PREFIX_FACTORS[c.prefix],
            None,
            None,
            poison=True,
        )

    half = reading.half
    if (
        following == "半"
        and not half
        and dimension in _MEASURED_BY_HALVES
        and not _is_cjk(text[end + 1 : end + 2])
    ):
        half, end = True, end + 1  # 一吨半, 3公里半。 (but 10公里半程: 半 starts another word)
    if (dimension in _DURATION_LIKE or unit_name == _TENTHS) and not half:
        # 一年多, 两年半, 1倍多
        after_unit = text[end : end + 2]
        if after_unit[:1] == "半" and dimension != "multiple":
            half, end = True, end + 1
        elif after_unit[:1] == "多" and after_unit[1:2] not in _NOT_AFTER_DUO and qualifier is None:
            qualifier, qualifier_text, end = Qualifier.MORE_THAN, source[end], end + 1
    if half:
        value += _HALF
    unit_factor = _PREFIX_FACTORS[c.prefix]
    if (
        unit_name == "年" and (_is_poison_year(run, unit_name, text, end) or text.endswith(_ERA, 0, start))
    ) or (
        dimension in _FRAME_DIMENSIONS and (text.startswith(_AGO, end) or _is_time_frame(text, start, end))
    ):
        # 2023年 (a year), 五年前 (a time point), 近三年来 (a time frame): dates, not figures; nor are their
        # list and range partners.
        return Atom(start, end, c.number_end, _ZERO, unit_name, unit_factor, None, None, poison=True)

    # Qualifiers before the number (and its ¥) and after the unit.
    anchor = c.yen_at if c.yen_at is not None else start
    if anchor and (text[anchor - 1] in _PRE_QUALIFIER_ENDS or text[anchor - 1] in _SPACES_SET):
        begin, pre_qualifier, pre_text = _pre_qualifier(text, anchor)
        if pre_qualifier is None and text[anchor - 1] in _SPACES_SET:
            begin, pre_qualifier, pre_text = _qualifier_before_currency(text, anchor)  # 约人民币 29.78 亿元
    elif anchor > 3 and text[anchor - 1] == "币":
        begin, pre_qualifier, pre_text = _qualifier_before_currency(text, anchor)
    else:  # most figures have no word before them: one look spares the call
        begin, pre_qualifier, pre_text = anchor, None, None
    if (
        pre_text == "过"
        and dimension not in _OVER_AMOUNTS
        and run not in _BARE_MAGNITUDES
        and not (unit_name is None and run[-1] in _MAGNITUDE_ENDS)
        and not c.prefix
    ):
        # (过 before a bare magnitude is "over" whatever is counted: 过万件, 过千人, and so it is before a number
        # with its magnitude, 涉案过100万的, 单月过2.6万辆; before a number of things it is the aspect particle or
        # "after": 受过两次处分, 过两年再看)
        begin, pre_qualifier, pre_text = anchor, None, None
    if pre_qualifier is None and run in _BARE_MAGNITUDES and _up_to(text, start):
        begin, pre_qualifier, pre_text = start - 1, Qualifier.MORE_THAN, "上"
    pre_qualified = pre_qualifier is not None and qualifier is None
    if pre_qualified:
        qualifier, qualifier_text = pre_qualifier, source[begin : begin + len(pre_text or "")]
    elif pre_qualifier is not None:
        begin = anchor
    # (a pure number ending in its magnitude takes one too: 资金55万左右, 投资5千万以上的项目; what may follow a
    # figure rarely does, so it is asked first)
    if text[end : end + 1] in _MAY_FOLLOW_FIGURE and (
        c.unit_text is not None or c.fraction or text[end - 1 : end] in _BIG_SET
    ):
        after = _skip_spaces(text, end, len(text))
        if text.startswith(_INCLUDED, after):  # 10万元（含）以上
            after += 3
        post = post_qualifier().match(text, after)
        if post is not None and qualifier is None:
            qualifier, qualifier_text = _POST_QUALIFIERS[post.group()], source[post.start() : post.end()]
            end = post.end()
            if text.startswith(_INCLUDED, end):  # 100万元以上（含）: the mark belongs to the bound
                end += 3
    if (
        qualifier is None
        and dimension in _FRAME_DIMENSIONS
        and text[end : end + 1] == "内"
        and (text[end + 1 : end + 2] not in _NEI_STARTS_WORD or text.startswith(_NEI_THEN_VERB, end + 1))
    ):
        qualifier, qualifier_text, end = (
            Qualifier.AT_MOST,
            source[end],
            end + 1,
        )  # 3个月内, 一周内: a time limit

    # No rate is read from words before the figure: in 人均可支配收入33616元 and 亩均税收 6.59 万元 the unit is
    # what is written after the number (元, 万元); a rate is a rate when written as one (元/人, 万元/亩).

    return Atom(
        begin,
        end,
        number_end,
        value,
        unit_name,
        unit_factor,
        qualifier,
        qualifier_text,
        c.chinese,
        unit_name is None and (c.fraction or c.big),  # keep_bare
        False,  # poison
        False,  # ordinal
        c.written_big,
        pre_qualified,
    )


def _is_cjk(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


_MONEY_BEFORE_CHANGE = frozenset("元圆块角毛")
#: The characters of Chinese numerals, on the folded text.
_CN_NUMERAL = frozenset(_CN_DIGIT + _CN_UNIT)
#: The units of an amount whose 角 and 分 follow it: 元, and 圆 as cheques write it.
_YUAN = ("元", "圆")
#: The units after which small change may follow: 元 and 圆 (3元5角), and the spoken 块 (5块5).
_CHANGE_FOLLOWS = frozenset({*_YUAN, "块"})
#: The financial digits (大写数字): 角 or 分 after one of them is money (肆角叁分).
_FINANCIAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")
#: The currency a financial text names before an amount (约人民币77.61亿元).
_CURRENCY_WORD = "人民币"


def _qualifier_before_currency(text: str, anchor: int) -> tuple[int, Qualifier | None, str | None]:
    """A qualifier before the currency named before an amount (约人民币77.61亿元, 约人民币 29.78 亿元: it stands
    between the qualifier and the number); with no qualifier the figure starts at its number, as ever."""
    before = _skip_spaces_back(text, anchor)
    if before > len(_CURRENCY_WORD) and text.endswith(_CURRENCY_WORD, 0, before):
        begin, qualifier, word = _pre_qualifier(text, before - len(_CURRENCY_WORD))
        if qualifier is not None:
            return begin, qualifier, word
    return anchor, None, None


#: The financial numerals, digits and units (拾 佰 仟), as a string for str.lstrip.
_FINANCIAL_NUMERALS = "".join(sorted(_FINANCIAL_DIGITS | set("拾佰仟")))
#: The characters after a figure or before it without which _cut_short finds nothing: the first characters of
#: leftover_change (digits of 角 and 分, 又), spaces and 百 after it; 兆, spaces and what comes before 角 or 分
#: (元圆块角毛) before it.
_MAY_CUT_AFTER = frozenset("0123456789一二两三四五六七八九壹贰叁肆伍陆柒捌玖又百" + _SPACES)
_MAY_CUT_BEFORE = frozenset("兆元圆块角毛" + _SPACES)
_NUMERAL_CONTINUES = frozenset("〇零一二两三四五六七八九十百千万亿点兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅")


def _cut_short(text: str, start: int, end: int, dimension: str, unit_text: str | None) -> int | None:
    """The end of a figure that would be read in part, or None: money with change left over after it (the end
    then covers the change, which is no count of its own), a numeral going on across a space (百分之五 十,
    一 百 五 十 个, 六 个 百 分点), or a figure right after 兆 (which the scanner reads before a 亿 group only)."""
    if dimension.startswith("money") or unit_text == "块":
        leftover = leftover_change().match(text, end)
        if leftover is not None:
            while leftover is not None:
                end = leftover.end()
                leftover = leftover_change().match(text, end)
            return end
    if start and text[start - 1] == "兆":
        return end
    if unit_text in ("分", "角", "毛") and start and text[start - 1] in _MONEY_BEFORE_CHANGE:
        return end  # 一块1分 (一块 read as a word): the 分 of an amount, never a count of its own
    if end < len(text) and text[end] in _SPACES_SET:
        after = _skip_spaces(text, end, len(text))
        if text[after : after + 1] in _NUMERAL_CONTINUES:
            return end
    if text.startswith("百", end) and text[end + 1 : end + 2] in _SPACES_SET | {"分"}:
        return end  # 2.4 个百分 点: the unit is 个百分点, not 个
    if start and text[start - 1] in _SPACES_SET:
        before = _skip_spaces_back(
            text, start
        )  # after 点 and a space, the veto "split by a space" refuses it
        # (Arabic digits across a space are two numbers, as parse_number reads them: a table's "1 12个")
        if before and text[before - 1] in _NUMERAL_CONTINUES and text[before - 1] != "点":
            return end
    return None


def _small_change(match: re.Match[str]) -> Decimal:
    """The 角 and 分 after 元, in 元: 5角2分 is 0.52, 零五分 0.05."""
    jiao = match.group("jiao")
    fen = match.group("fen") or match.group("fen_only")
    total = (_number_value(jiao) or _ZERO) / 10 if jiao is not None else _ZERO
    if fen is not None:
        total += (_number_value(fen) or _ZERO) / 100
    return total
