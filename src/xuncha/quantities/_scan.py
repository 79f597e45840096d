"""Reading the text around a numeral: spaces, qualifier words, time frames, names and values.

Small functions over the folded text (:mod:`xuncha._fold`), each answering one question about one place; the
vetoes (:mod:`xuncha.quantities._vetoes`) and the reader (:mod:`xuncha.quantities._reading`) are built of them.
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal

from xuncha._cues import COMPARED_BEFORE_QIAN
from xuncha._lazy import LazyPattern
from xuncha.errors import NumberError
from xuncha.models import Qualifier
from xuncha.numerals import _tidy, parse_number
from xuncha.quantities._grammar import ARABIC_ONLY
from xuncha.quantities._words import (
    _BARE_MAGNITUDES,
    _BIG,
    _BIG_SET,
    _CLAUSE_OPENERS,
    _CN_DIGIT,
    _CN_IDIOMS,
    _CN_UNIT,
    _FRAME_FOLLOWERS,
    _FRAME_SUFFIXES,
    _FRAME_WORDS,
    _MAGNITUDE_ENDS,
    _MAGNITUDES,
    _NOT_FRAME_BEFORE_QIAN,
    _NOT_SHANG_AFTER,
    _NOT_SINCE_AFTER_LAI,
    _PASSED,
    _PEOPLE_COUNTERS,
    _PLAIN_HEADS,
    _PRE_QUALIFIER_ENDS,
    _PRE_QUALIFIER_LENGTHS,
    _PRE_QUALIFIER_WORDS,
    _PRE_QUALIFIERS,
    _RANGE_STARTS,
    _SINCE_SUFFIXES,
    _SLOGAN_COUNTERS,
    _SLOGAN_HEADS,
    _SPACES,
)


def _skip_spaces(text: str, index: int, limit: int) -> int:
    while index < limit and text[index] in _SPACES:  # callers in hot paths test the first character inline
        index += 1
    return index


def _skip_spaces_back(text: str, index: int) -> int:
    while index > 0 and text[index - 1] in _SPACES:
        index -= 1
    return index


def _pre_qualifier(text: str, start: int) -> tuple[int, Qualifier | None, str | None]:
    before = _skip_spaces_back(text, start)
    if before == 0 or text[before - 1] not in _PRE_QUALIFIER_ENDS:
        return start, None, None  # most figures have none: one look at the last character decides
    for length in _PRE_QUALIFIER_LENGTHS:
        at = before - length
        qualifier = _PRE_QUALIFIERS.get(text[at:before]) if at >= 0 else None
        if qualifier is None:
            continue
        word = text[at:before]
        if length == 1 and at > 0 and text[at - 1] in _PRE_QUALIFIER_WORDS.get(word, ""):
            continue
        return at, qualifier, word
    return start, None, None


def _split_magnitude(run: str, unit_follows: bool) -> tuple[str, str]:
    """Move a trailing 万/亿 (and 千 after Arabic digits) from the number into the unit: 500万 + 元 is 500 万元."""
    if not unit_follows or run[-1] not in _MAGNITUDE_ENDS:  # the run never ends in a space
        return run, ""
    for prefix in _BIG_MAGNITUDES:
        if run.endswith(prefix):
            head = run[: -len(prefix)].rstrip(_SPACES)
            if head and head[-1] not in _BIG:
                return head, prefix
    if run.endswith("千") and ARABIC_ONLY.fullmatch(run[:-1] or "x"):
        return run[:-1], "千"
    return run, ""


#: The magnitudes _split_magnitude moves after any number (千 only after Arabic digits).
_BIG_MAGNITUDES = _MAGNITUDES[:-1]


def _is_poison_year(run: str, unit: str | None, text: str, after: int) -> bool:
    if unit != "年":
        return False
    if len(run) == 4 and run.isdigit():  # the text is folded: full-width digits are ASCII already
        return True
    if text.startswith(("度", "底", "初", "末", "代"), after):  # 2023年度, 90年代
        return True
    # 16年3月2日, 105年10月, 105年上半年: a year of two or three digits (a Minguo year) before its month or half
    # (5年3个月 is a duration, and 5年3月 too short a year to tell)
    return 2 <= len(run) <= 3 and run.isdigit() and _PART_OF_A_YEAR.match(text, after) is not None


# What follows a year of two or three digits and no duration: a month (not 个月) or a half of the year.
_PART_OF_A_YEAR = LazyPattern(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月|[上下]半年")


def _is_time_frame(text: str, start: int, end: int) -> bool:
    """近三年来, 过去三年, 前三年 …: a duration that names the period reported on (see _FRAME_WORDS)."""
    after = _skip_spaces(text, end, len(text))
    if text.startswith(_SINCE_SUFFIXES, after):
        lai = after + (2 if text.startswith("以来", after) else 1)
        if lai == after + 2 or lai == len(text) or text[lai] not in _NOT_SINCE_AFTER_LAI:
            return True
    before = _skip_spaces_back(text, start)
    if before == 0:
        return False
    if text.endswith(_FRAME_WORDS, 0, before):
        return not text.endswith(_PASSED, 0, before)
    word = text[before - 1]
    if word not in "近前首":
        return False
    opener_at = before - 1
    if word == "首":  # 今年首3個月: the first months of a year, as 前 (a 首 after no year is left a figure)
        return text.endswith(_YEARS_BEFORE_QIAN, 0, opener_at)
    if text.endswith(_FRAME_WORDS, 0, opener_at):
        return True  # 过去近三年
    if word == "前" and text.endswith(_YEARS_BEFORE_QIAN, 0, opener_at):
        return True  # 今年前11个月, 去年前三季度: the first months of a year
    if opener_at > 0:
        previous = text[opener_at - 1]
        if word == "前" and previous in _NOT_FRAME_BEFORE_QIAN:
            return False
        if word == "前" and previous in COMPARED_BEFORE_QIAN:
            return True  # 比前五年上升38%, 较前10个月提高: the span before, compared with
        if word == "近" and previous in _PRE_QUALIFIER_WORDS["近"]:
            return False  # 将近, 接近 (nearly); 最近 is a frame word of its own
    if text.startswith(_FRAME_SUFFIXES, after) or text.startswith(_FRAME_FOLLOWERS, after):
        return True
    if opener_at == 0:
        # 近三年，… opens the text; 近三年 alone is the figure "nearly three years" (parse_quantity("近三年")).
        return _skip_spaces(text, end, len(text)) < len(text)
    return text[opener_at - 1] in _CLAUSE_OPENERS


#: A year before 前 (or 首) and a duration: 今年前11个月 is the first eleven months of this year.
_YEARS_BEFORE_QIAN = ("今年", "去年", "上年", "本年", "当年", "全年", "年")


def _in_spans(starts: list[int], ends: list[int], position: int) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def _counts_bare_unit(text: str, run: str, start: int, number_end: int) -> bool:
    """百余人, 千余家, 万余元, 近万人, 逾千万元: a bare 百, 千, 万 or 亿 counts once when a qualifier says how
    near the figure is (余/多 after it, 近/约/超/逾 … before it)."""
    if run not in _BARE_MAGNITUDES:
        return False
    return (
        text[number_end : number_end + 1] in ("余", "多", "餘")
        or _pre_qualifier(text, start)[1] is not None
        or _up_to(text, start)
    )


def _up_to(text: str, start: int) -> bool:
    """上千人, 上百家, 上万元: 上 before a bare magnitude says "upwards of" (more than)."""
    return (
        start > 0
        and text[start - 1] == "上"
        and (start == 1 or text[start - 2] not in _NOT_SHANG_AFTER)
        and text[start : start + 1] in "百千万亿"
    )


#: Groups named by their number after these words: 市委巡察二组, 区委专项巡察一组, 中央巡视组 (a count of groups
#: is written 两个巡察组 or 三个组).
_GROUP_NAMERS = ("巡察", "巡视")
#: Financial numerals that are words when they stand alone before a counter (參處); amounts write 參拾, 叁佰.
_LONE_FINANCIAL = frozenset({"參", "参"})
#: The words before a numeral and 期 that make it a count of batches or issues, not a phase's name (二期工程).
_COUNTING_BATCHES = ("分", "连续", "共", "累计", "先后", "举办", "开办")
#: What the sessions of a congress or committee are called: 一次会议, 三次全会, 二次全体会议, 四次执委会议, and the
#: congresses a term's session is named with (二届三次职工代表大会, 五届二次职代会, 三届四次理事会).
_SESSIONS = (
    "会议", "全会", "全体会议", "全委", "执委", "常委", "职工", "职代会", "代表大会", "党代会", "理事会", "董事会",
    "监事会", "会员",
)  # fmt: skip
# What a session's number follows: the congress's term or the body (十四届人大一次会议, 中央纪委五次全会,
# 州政府七次全会), or the session listed before it (十二届七次、八次全会).
_SESSION_OF = ("届", "委", "人大", "政协", "政府", "次、")
# Sessions listed before the one a session word follows: 七次、八次全会.
_LISTED_SESSIONS = LazyPattern(rf"(?:、[一二三四五六七八九十]{{1,3}}次)+(?:{'|'.join(_SESSIONS)})")


def _is_a_name(text: str, run: str, start: int, unit_text: str, unit_end: int) -> bool:
    """A Chinese numeral and counter that name something rather than count it: 三个一批, 两个责任, 一次性."""
    following = text[unit_end : unit_end + 1]
    if run == "一" and following == "不":
        return True  # 一个不落, 一户不漏, 一项不少: "not a single one", an idiom
    if following == "一" and unit_text in _PEOPLE_COUNTERS and run != "一":
        return False  # 五人一组, 两人一岗: so many to each group, a count (一户一档 is a catchword)
    return bool(
        (following and (following in _CN_DIGIT or following in _CN_UNIT or following == "双"))
        or text.startswith(_CN_IDIOMS, start)
        or (
            text.startswith(_SLOGAN_HEADS, unit_end)
            and (unit_text in _SLOGAN_COUNTERS or not text.startswith(_PLAIN_HEADS, unit_end))
        )
        or following in ("性", "化")  # 一次性, 一元化
        # 參處 (refer for handling, Taiwan's 函請…參處): a financial numeral alone is no number a text counts with
        or run in _LONE_FINANCIAL
        # 一期, 二期: the phases of a project; 两 only counts (两期培训班), and so does any numeral after a word
        # that counts batches (分七期, 连续四期, 共三期)
        or (unit_text == "期" and run != "两" and not text.endswith(_COUNTING_BATCHES, 0, start))
        # 一场场, 一次次: a reduplicated counter says "one after another", not how many; so does a repeated
        # 一个问题一个问题 (问题一个一个地解决 is read by _repeats)
        or (len(unit_text) == 1 and following == unit_text)
        or (run == "一" and _repeated_nearby(text, start, "一" + unit_text, unit_end))
        # 巡察二组, 专项巡视一组: a group named by its number
        or (unit_text == "组" and text.endswith(_GROUP_NAMERS, 0, start))
        # 十四届人大一次会议, 二十届三次全会, 三届十二次全委会议, 中央纪委五次全会, 七次、八次全会: the session of a
        # congress or a committee, an ordinal
        or (
            unit_text == "次"
            and text.endswith(_SESSION_OF, 0, start)
            and (text.startswith(_SESSIONS, unit_end) or _LISTED_SESSIONS.match(text, unit_end) is not None)
        )
        or _repeats(text, start, run + unit_text)
    )


@functools.lru_cache(maxsize=4096)
def _number_value(numeral: str) -> Decimal | None:
    """The value of a numeral, or None when it is not one. Notices repeat their numerals (1, 2, 10, 一, 两 …), so
    the values are cached; a Decimal is immutable and safe to share."""
    if " " in numeral:
        # 51 436: the grammar admits a space between digits only where it groups thousands (_SPACE_GROUPING);
        # any other space (5.6 亿, 1, 234) is one parse_number leaves out too
        numeral = numeral.replace(" ", "")
    if numeral.isdigit() and numeral.isascii() and len(numeral) <= 18:
        # 12, 2023: most numerals, read as parse_number reads them (an integer Decimal, exact below its 28
        # significant digits) without its steps; a process starts with the cache empty, and a notice's numerals
        # are mostly new to it.
        return Decimal(int(numeral))
    if numeral.isascii() and len(numeral) <= 18 and _PLAIN_DECIMAL.fullmatch(numeral) is not None:
        # 5.6, 12.35: most other numerals, read as parse_number reads them (_fast_number's first case: the
        # decimal in its normal form) without its steps
        return _tidy(Decimal(numeral))
    try:
        return parse_number(numeral)
    except NumberError:
        return None


#: A plain decimal in ASCII digits (the numerals' text is folded).
_PLAIN_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")


def _opens_range(text: str, number_end: int) -> bool:
    after = _skip_spaces(text, number_end, min(len(text), number_end + 4))
    return text[after : after + 1] in _RANGE_STARTS


def _is_proper_fraction(numerator: str, denominator: str) -> bool:
    # Denominators of written fractions are small (1/3, 3/4) or round (1/100); 12/25 is a date.
    if not (numerator.isdigit() and denominator.isdigit()):
        return False
    top, bottom = int(numerator), int(denominator)
    return 0 < top < bottom and (bottom <= 10 or bottom in (100, 1000))


def _repeated_nearby(text: str, start: int, word: str, end: int) -> bool:
    """一个问题一个问题, 一件销号一件: the same 一 and counter again after a short word, before or after (not
    across punctuation: 一次检查，一次约谈 counts twice)."""
    after = text.find(word, end, end + len(word) + _REPEAT_GAP)
    if after != -1 and all(_is_ideograph(character) for character in text[end:after]):
        return True
    before = text.rfind(word, max(0, start - len(word) - _REPEAT_GAP), start)
    return before != -1 and all(_is_ideograph(character) for character in text[before + len(word) : start])


def _is_ideograph(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


#: The widest word between the two halves of a repeated count: 一个问题一个问题 (问题), 一件销号一件 (销号).
_REPEAT_GAP = 3


def _repeats(text: str, start: int, word: str) -> bool:
    """一项一项, 一个一个: a reduplicated count is manner, not a figure."""
    return start >= len(word) and text.startswith(word, start - len(word))


def _has_big(run: str) -> bool:
    return not _BIG_SET.isdisjoint(run)
