"""What is never a quantity: the vetoes, a named table of (reason, test), in the order the scanner applies them.

A numeral found in the text becomes a :class:`Candidate`; three tables of vetoes refuse it at three stages:

- :data:`NUMERAL_VETOES`, from the numeral and the characters around it (before its unit is read): here;
- :data:`READING_VETOES`, once the unit after it is read: in :mod:`xuncha.quantities._reading_vetoes`;
- :data:`FIGURE_VETOES`, once its value and unit are known: in :mod:`xuncha.quantities._figure_vetoes`.

Each veto is one small function over the candidate, testable on its own; the first that holds refuses the
candidate and its reason is what :func:`xuncha.quantities.refusals` reports. A veto says which numerals it
applies to (Arabic, Chinese or any), so that the others do not pay for it. The scanner's fast path refuses
most numerals before a candidate is built: it is the test of "nothing a figure is made of follows", run on the
text alone.
"""

from __future__ import annotations

from xuncha._lines import line_start_before
from xuncha._markers import MarkerKind, heading_at
from xuncha.quantities._candidate import Candidate, Veto
from xuncha.quantities._figure_vetoes import FIGURE_VETOES
from xuncha.quantities._grammar import (
    ALL_CN_DIGITS,
    CN_DIGITS,
    HAS_NUMERAL,
    NOT_BEFORE_SPACE_GROUPS,
    SPACE_GROUPS_AT_MOST,
    unit_tables,
)
from xuncha.quantities._reading_vetoes import READING_VETOES
from xuncha.quantities._scan import (
    _counts_bare_unit,
    _has_big,
    _in_spans,
    _is_proper_fraction,
    _skip_spaces,
)
from xuncha.quantities._words import (
    _LONGEST_NUMERAL,
    _PLACE_NAMES,
    _SPACES,
    _WORD_BEFORE_CN,
    _WORD_BEFORE_ONE,
)

#: 一 after these is the article "a", not a count: 新一轮 (a new round), 当前一项重大任务, 今后一个时期.
_ARTICLE_AFTER = ("新", "当前", "今后")


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
    never starts right after a percent sign, which there encodes a URL character, unless a percent figure ends
    there and a Chinese word follows the number (占年度计划的74%109个新建项目: a scraper dropped the comma). A space
    between (a table's row of rates, 318% 162% 205%) is no URL's: an address holds no space."""
    previous = c.previous
    return (
        bool(previous)
        and previous.isascii()
        and (
            (
                previous in _CODE_MARKS
                and not (previous == "%" and (c.text[c.start - 1] != "%" or _after_a_percent_figure(c)))
            )
            or (previous.isalpha() and c.has_arabic and not _names_the_amount(c) and not _after_a_word(c))
        )
    )


def _after_a_percent_figure(c: Candidate) -> bool:
    """74%109个, 增长4.1%5.1%6.6%: a percent figure before the sign, itself after no ASCII (a URL's encoded
    characters are all ASCII: %E5%205%20), and a Chinese character or another percent sign after the number."""
    text, at = c.text, c.start - 1
    if not (at >= 1 and text[at] == "%" and "0" <= text[at - 1] <= "9"):
        return False
    after = text[c.number_end : c.number_end + 1]
    if not ("\u4e00" <= after <= "\u9fff" or after == "%"):
        return False
    # (a bounded look back: a run of glued percent figures longer than _PERCENT_RUN is no text's, and an unbounded
    # one would be walked again for every figure of the run)
    before, limit = at - 1, max(-1, at - 1 - _PERCENT_RUN)
    while before > limit and text[before] in _PERCENT_FIGURE:
        before -= 1
    if before == limit and limit >= 0:
        return False
    return before < 0 or not text[before].isascii() or text[before] in _HALF_WIDTH_MARKS


#: The half-width forms of a text's marks, which a URL's encoded characters are not, and which a figure is read
#: after as after their full-width forms ((5%3台 as （5%3台).
_HALF_WIDTH_MARKS = frozenset(",():;~-")
#: The characters of a run of percent figures glued together (4.1%5.1%): digits, points and percent signs.
_PERCENT_FIGURE = frozenset("0123456789.%")
#: The longest such run looked back over (five or six figures of a list).
_PERCENT_RUN = 40


#: ASCII characters after which a number is part of a code or of markup: user@123, <sub>2, a_1, #3, a/2, 1.2.3.
_CODE_MARKS = "@>_#/\\.%"


def _after_a_word(c: Candidate) -> bool:
    """increased by 16.4%: a lower-case Latin word and a space before a number, as an English mirror of a
    page writes; a code is glued to its letters (A12, PM2.5) or upper case (MU 5735)."""
    text, start = c.text, c.start
    if start < 3 or text[start - 1] not in _SPACES:
        return False
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    return before >= 2 and text[before - 1].islower() and text[before - 2].isalpha()


def _names_the_amount(c: Candidate) -> bool:
    """GDP17.46亿元, CPI 1.2万: an upper-case abbreviation glued before a number written with 万 or 亿 names
    what is measured (a code or model name, PM2.5, A12, MU5735, has no magnitude)."""
    if not c.written_big:
        return False
    letters = c.start
    while letters > 0 and c.text[letters - 1] in _SPACES:
        letters -= 1
    end = letters
    while letters > 0 and "A" <= c.text[letters - 1] <= "Z":
        letters -= 1
    return end - letters >= 2 and not (
        letters > 0 and c.text[letters - 1].isascii() and c.text[letters - 1].isalnum()
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


def _a_thousands_group_after_a_space(c: Candidate) -> bool:
    """51 436个 at the start of a text, 1 234 567 890元: three digits after a space that groups the thousands
    of a number the grammar did not read whole (it reads 共对51 436个 and up to four groups after a word; see
    quantities._grammar._SPACE_GROUPING) are not a number of their own: the rest of one, or of a table's row
    that cannot be told from one. (A table's columns, set apart by spaces on both sides, 机构数 742 806, are
    numbers of their own.)"""
    return space_group_before(c.text, c.start, c.run)


# How many groups a space-grouped number's rest is looked back through: as many as the grammar reads in one number
# (a bound keeps the test short on a long run of groups, which is refused as a whole).
_GROUPS_LOOKED_BACK = SPACE_GROUPS_AT_MOST + 1


def space_group_before(text: str, start: int, run: str) -> bool:
    """The test of :func:`_a_thousands_group_after_a_space` on the text alone (the fast path asks it too)."""
    if start < 2 or text[start - 1] != " " or len(run.partition(".")[0]) != 3 or not run[:3].isdigit():
        return False
    space = start - 1
    for _ in range(_GROUPS_LOOKED_BACK):
        digits = space
        while digits > 0 and space - digits < 4 and "0" <= text[digits - 1] <= "9":
            digits -= 1
        width = space - digits
        if width == 3 and digits > 0 and text[digits - 1] == " ":
            space = digits - 1  # a group of three before this one: look further back
            continue
        if not 1 <= width <= 3:
            return False
        # the first group's start, as the grammar's
        return digits == 0 or (
            not text[digits - 1].isspace() and text[digits - 1] not in NOT_BEFORE_SPACE_GROUPS
        )
    return True  # a longer run of groups of three: no part of it is a number of its own


def _after_a_middle_dot(c: Candidate) -> bool:
    """2015·3·1, 5·12: numbers joined by middle dots are a date or a name; the one a middle dot decimal point
    joins (1·7%) is read whole, so a number right after "digit·" is the rest of such a row."""
    return c.previous == "·" and c.start >= 2 and "0" <= c.text[c.start - 2] <= "9"


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
    """0393, 000123: codes, not amounts (0.5 is an amount, and so is a zero with a magnitude: 预算数为0万元)."""
    return c.run[0] == "0" and len(c.run) > 1 and "0" <= c.run[1] <= "9"


def _digit_by_digit(c: Candidate) -> bool:
    """二〇二三 is a year written digit by digit, 三五 an approximation (three or five); 卅七 is 37."""
    run = c.run
    if len(run) == 2 and run[0] in "廿卅" and run[1] not in "廿卅〇零○":
        return False  # 廿三, 卅七: twenty-three and thirty-seven, 廿 and 卅 being tens
    # (two digits at least: most runs are one character, refused at one look)
    return len(run) > 1 and ALL_CN_DIGITS.fullmatch(run) is not None and "分之" not in run


def _bare_magnitude_word(c: Candidate) -> bool:
    """百年, 千家: words; 百万吨, 十年 and 百余人 are figures (a unit is required later)."""
    run = c.run
    return not (
        not CN_DIGITS.isdisjoint(run)
        or run == "十"
        or "分之" in run
        or _has_big(run)
        or _counts_bare_unit(c.text, run, c.start, c.number_end)
    )


def _a_heading_marker(c: Candidate) -> bool:
    """二、五个行政村垦造耕地项目: a Chinese numeral and 、 opening a line are the marker of a heading (the parser's
    一、, read by the one marker grammar), not the first item of a list with the numeral after it."""
    if c.text[c.number_end : c.number_end + 1] != "、":
        return False
    line_start = line_start_before(c.text, c.start)
    if line_start is None:
        return False
    heading = heading_at(c.text, line_start)
    return (
        heading is not None
        and heading.marker.kind is MarkerKind.NUMERAL_COMMA
        and heading.start == c.start
        and heading.end == c.number_end + 1
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


def _after_a_digit_comma(c: Candidate) -> bool:
    """16,4% (a European decimal comma), 12,34, 1,2345: digits glued after "digit," where the comma groups no
    three digits (1,234.5 is read whole) are neither a thousands group nor a number of their own. Reading them
    alone would give 4%; the decimal comma is not read either (3,5个 may be a list written with a half-width
    comma), so the whole is refused. One space may follow the comma, as the numeral pattern allows (1, 234);
    the full-width comma is read alike (1，234 is a thousands group there too)."""
    return not c.fraction and digit_comma_before(c.text, c.start)


def digit_comma_before(text: str, start: int) -> bool:
    """The test of :func:`_after_a_digit_comma` on the text alone (the fast path asks it too): a comma right
    before ``start`` after whole digits (not the end of a fraction, a decimal or a time of day: 1/3，1又1/2 is a
    list, and 下午17:30,23个问题 a clause after the time)."""
    comma = start - 1
    if comma >= 1 and text[comma] == " ":
        comma -= 1
    if comma < 1 or text[comma] not in ",，" or not "0" <= text[comma - 1] <= "9":
        return False
    digits = comma - 1
    while digits > 0 and "0" <= text[digits - 1] <= "9":
        digits -= 1
    return digits == 0 or text[digits - 1] not in "/.．·:："


#: The characters before an Arabic number that the four tests of arabic_numeral_is_clear on it ask about: Latin
#: letters and code marks, commas, the middle dot, 点 and the decimal point.
_ASKED_BEFORE_ARABIC = frozenset(
    [*(chr(code) for code in range(128) if chr(code).isalpha()), *_CODE_MARKS, ",", "，", "·", "点", "."]
)


def arabic_numeral_is_clear(
    text: str, run: str, start: int, number_end: int, previous: str, quoted: tuple[list[int], list[int]]
) -> bool:
    """The fast path of :data:`NUMERAL_VETOES` for the commonest numeral, Arabic digits in Chinese text: True
    only when none of the table's vetoes for Arabic numerals can hold (a test checks this against the table).

    The scanner asks it after its own fast path, which has ruled out "nothing a figure is made of follows"
    (_nothing_follows).
    """
    after = text[number_end : number_end + 1]
    return (
        len(run) <= _LONGEST_NUMERAL  # _too_long
        and (
            previous not in _ASKED_BEFORE_ARABIC  # (most numbers follow a Chinese character: one look)
            or (
                # _in_a_code: a Latin letter or a code mark before the number (a line break, a bracket or a colon
                # is none)
                not (previous.isascii() and (previous.isalpha() or previous in _CODE_MARKS))
                and (previous not in ",，" or not digit_comma_before(text, start))  # _after_a_digit_comma
                and previous != "·"  # _after_a_middle_dot
                and previous not in ("点", ".")  # _split_by_a_space: what stands before the spaces
            )
        )
        # _a_thousands_group_after_a_space (its first test inline: most numbers follow no space)
        and (start < 2 or text[start - 1] != " " or not space_group_before(text, start, run))
        and not (after.isascii() and after.isalpha())  # _latin_letters_follow
        and (run[0] != "0" or len(run) == 1 or not "0" <= run[1] <= "9")  # _leading_zero
        and "/" not in run  # _slashed_date
        and (not quoted[0] or not _in_spans(*quoted, start))  # _in_a_short_quotation, of the figure table
    )


def chinese_numeral_is_clear(c: Candidate) -> bool | None:
    """The fast path of :data:`NUMERAL_VETOES` for a Chinese numeral: the table's one-look tests inline, its
    word tests called once each. True only when none of the table's vetoes for Chinese numerals can hold (a test
    checks this against the table); None when one of them holds for sure (the vetoes tested here in full: the
    numeral is refused, and only :func:`~xuncha.quantities.refusals` needs the table to tell which veto refuses
    it first, so the scanner does not ask the table the word tests again); False when the table must decide.
    Asked after the scanner's fast path (_nothing_follows), as arabic_numeral_is_clear."""
    previous, text, run, start = c.previous, c.text, c.run, c.start
    after = text[c.number_end : c.number_end + 1]
    if not (
        len(run) <= _LONGEST_NUMERAL  # _too_long
        and not (previous and previous.isascii() and previous in _CODE_MARKS)  # _in_a_code (no letter counts)
        and previous not in ("点", ".")  # _split_by_a_space: what stands before the spaces
        and not (after.isascii() and after.isalpha())  # _latin_letters_follow
        and "/" not in run  # _slashed_date (三/四)
    ):
        return False  # (one-look tests that may hold where the veto does not: the table decides)
    if (
        (c.quoted[0] and _in_spans(*c.quoted, start))  # _in_a_quotation
        or text.startswith(_PLACE_NAMES, start)  # _in_a_place_name
        or _digit_by_digit(c)
        or _bare_magnitude_word(c)
        or _part_of_a_word(c)
        or (after == "、" and _a_heading_marker(c))
    ):
        return None  # each of these is its veto's own test: the numeral is refused
    return True


NUMERAL_VETOES: tuple[Veto, ...] = (
    Veto("too long to be one figure", _too_long),
    Veto("nothing a figure is made of follows", _nothing_follows),
    Veto("part of a code, a model name or markup", _in_a_code),
    Veto("part of a place name", _in_a_place_name, "chinese"),
    Veto("after a middle dot in a row of numbers", _after_a_middle_dot, "arabic"),
    Veto("the rest of a numeral split by a space", _split_by_a_space),
    Veto("three digits after a space that may group thousands", _a_thousands_group_after_a_space, "arabic"),
    Veto("Latin letters follow", _latin_letters_follow),
    Veto("a code with a leading zero", _leading_zero, "arabic"),
    Veto("digits read one by one", _digit_by_digit, "chinese"),
    Veto("a magnitude word without a number", _bare_magnitude_word, "chinese"),
    Veto("part of a word", _part_of_a_word, "chinese"),
    Veto("the marker of a heading", _a_heading_marker, "chinese"),
    Veto("in a quotation or a set phrase", _in_a_quotation, "chinese"),
    Veto("a date written with slashes", _slashed_date),
    Veto("digits after a comma that groups no thousands", _after_a_digit_comma, "arabic"),
)


#: Every veto, for documentation and tests.
ALL_VETOES: tuple[Veto, ...] = NUMERAL_VETOES + READING_VETOES + FIGURE_VETOES
