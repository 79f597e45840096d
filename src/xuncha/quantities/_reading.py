"""Reading one numeral: whether it is a figure, and its value, or the veto that refuses it.

:func:`decide` turns a numeral found by the candidate pattern into an :class:`Atom` (a figure, or a year, date or
ordinal whose list and range partners are not figures either), or None. It runs the fast paths and the three veto
stages in order, reads the unit after the number between them (in :mod:`xuncha.quantities._unit_reading`) and
the value (:func:`_value`), and hands a figure no veto refused to :mod:`xuncha.quantities._extent`, which reads
how far it reaches and the words around it. What is refused and why is in the veto tables of
:mod:`xuncha.quantities._vetoes`; this module reads.
"""

from __future__ import annotations

import re
from typing import Final

from xuncha._lexicon import NOT_PREFIXED
from xuncha.errors import UnitError
from xuncha.quantities._candidate import Atom, Candidate, UnitReading, first_veto
from xuncha.quantities._extent import MONEY_BEFORE_CHANGE, ONE, ZERO, figure_atom, small_change
from xuncha.quantities._figure_vetoes import FIGURE_VETOES, figure_is_clear
from xuncha.quantities._grammar import ARABIC_DIGITS, jiao_fen, post_qualifier, unit_tables
from xuncha.quantities._reading_vetoes import READING_VETOES, reading_is_clear
from xuncha.quantities._scan import (
    _counts_bare_unit,
    _in_spans,
    _number_value,
    _pre_qualifier,
    _skip_spaces,
    _skip_spaces_back,
    _split_magnitude,
)
from xuncha.quantities._unit_reading import give_back_unit_start, read_unit
from xuncha.quantities._vetoes import (
    NUMERAL_VETOES,
    arabic_numeral_is_clear,
    chinese_numeral_is_clear,
)
from xuncha.quantities._words import (
    _BARE_MAGNITUDES,
    _BIG_SET,
    _MAGNITUDE_ENDS,
    _PERCENT_WORDS,
    _SPACES_SET,
)
from xuncha.units import _lookup as lookup_unit


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
            run, number_end = give_back_unit_start(text, run, number_end)
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
        return Atom(start, number_end + 1, number_end, ZERO, "年", ONE, None, None, False, False, True)
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
    return figure_atom(c, source, reading)


def _financial_change(text: str, start: int, number_end: int) -> Atom | None:
    """肆角叁分, 壹分: 角 and 分 after a financial numeral are money without 元 (cheques and receipts write
    them; 三角 is a triangle and 十分 "very", but 叁角 and 拾分 are never words). After 元 they belong to the
    amount before them, read there."""
    change = jiao_fen().match(text, start)
    if change is None or (start and text[start - 1] in MONEY_BEFORE_CHANGE):
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
    return Atom(start, change.end(), number_end, small_change(change), "元", ONE, None, None, chinese=True)


def _ordinal(start: int, number_end: int, run: str) -> Atom:
    """An ordinal is no figure, and neither are the numbers listed after it: 第一、二、三批."""
    chinese = not "0" <= run[0] <= "9" and ARABIC_DIGITS.isdisjoint(run)
    return Atom(start, number_end, number_end, ZERO, None, ONE, None, None, chinese, False, True, True)


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


#: The financial digits (大写数字): 角 or 分 after one of them is money (肆角叁分).
_FINANCIAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")
#: The financial numerals, digits and units (拾 佰 仟), as a string for str.lstrip.
_FINANCIAL_NUMERALS = "".join(sorted(_FINANCIAL_DIGITS | set("拾佰仟")))
