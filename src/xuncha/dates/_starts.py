"""Where a match of the date expression can start: the first characters of its forms, each with a lookahead it
must pass, and the candidate scan's pattern built from them.

A necessary condition read off the grammar (:mod:`xuncha.dates._grammar`), kept apart from it: the expression
says what a date is, this table only where one may begin, and ``_grammar.matches`` tries the expression only
where the scan allows. The words of :mod:`xuncha.dates._words` add their own starts when the grammar is compiled.
"""

from __future__ import annotations

import re
from typing import Final

from xuncha.dates._pieces import (
    AFTER_A_STRETCH,
    AFTER_A_WORD,
    AFTER_AN_AIM,
    AFTER_DATING_YU,
    AFTER_LIST_DOT,
    AMOUNT_BEFORE_YUAN,
    COMPACT_DATE_AFTER,
    COPYRIGHT_SIGNS,
    DATE_LABELS,
    DATING_YU,
    FIGURE_NUMBER_BEFORE,
    LINE_ENDS,
    LIST_DOT,
    LIST_DOT_TWO_DIGITS,
    MONTH_DAY_FOLLOWS,
    NEWS_VERBS,
    PADDED_DATE,
    SCOPE_AFTER_A_YEAR,
    SP,
    SPACES,
    TEXT_ENDS,
    TIMES_OF_DAY,
    UP_TO_WHAT,
    YUAN_BEFORE_A_MONTH,
    right_after,
)
from xuncha.dates._words import HOLIDAY_WORDS, YEAR_WORDS

# Where a match of the expression can start: a first character and what must follow it, a necessary condition
# read off the grammar (a superset of the starts, never fewer). Characters such as 一 上 中 年 前 start dates
# rarely but occur everywhere; trying the whole expression at each of them cost most of a scan. The scan's
# pattern (candidate_source) starts with the set of these characters, so the engine skips to the next one with a
# set test; ``matches`` then tries the expression only where its lookahead holds. YEAR_WORDS add their own starts.
_NUMERAL_RUN = (
    f"[0-9〇○零一二三四五六七八九十两O{SPACES}]{{0,8}}+"  # possessive: what follows is none of these
)
_NUMERAL = "[0-9〇○零一二三四五六七八九十两]"
# A number is a date only when a unit, a range connector or a list's 、 and its next number follow it
# (2023年, 1-11月, 三季度, 三年来, 10余年来, 60日内, 3个星期后, 6、7月份, 二十大以来), or when it is a year
# before a separator (2023.3.13).
_NUMERAL_FOLLOWERS = (
    r"[年月季—–\-~〜至到起开]|学年|世纪|个[月季星工多]|[余多](?:年|个)|[天周日]以?[后前内]|[天周]之[后前]|大”?以来"
    # (a news report's day in Chinese numerals before its verb or time of the day: 十九日下午举行)
    f"|日(?:{NEWS_VERBS}|{TIMES_OF_DAY})"
    rf"|、[{SPACES}]{{0,2}}{_NUMERAL}"
    # (the separator first, then the year before it: a set the engine tests at once, not a lookbehind tried at
    # every number; a year's first digit, 1 or 2, as every form of four digits or more has: 3987.62亩 is no date,
    # and the expression was tried there in full)
    r"|[./](?<=[12][0-9]{3}[./])"
    # (a fiscal year split over two, written in Chinese digits: 二零一九/二零年度)
    r"|/(?<=[〇○零一二三四五六七八九]{4}/)"
    # (a year whose 年 was dropped before its half: 2023上半年)
    r"|[上下](?<=[0-9]{4}[上下])半年"
)
_AFTER_NUMERAL = f"(?={_NUMERAL_RUN}(?:{_NUMERAL_FOLLOWERS}))"
_COUNT_FOLLOWS = f"[{SPACES}]{{0,2}}[0-9一二三四五六七八九十两半]"  # 近 3 年, 今后五年, 这两年
_PREFIX_PLACE = r"(?<![^，,、；;：:。\s（(]{0})"  # the start of the text or after punctuation, as in _PREFIX
# After a verb of aim or a conjunction, as in _grammar._PREFIX: 力争到2025年底, 和到2019年…的目标 (after the 到 read)
_TARGET_PLACE = AFTER_AN_AIM.format("到")


def _ascii_digit_start(digit: str) -> str:
    """An Arabic digit starts a number only where no digit or decimal point comes before it (as in
    SMALL_NUM and YEAR_NUM), except as a quarter (12季度 holds 2季度)."""
    quarter = "|(?=个?季)" if digit in "1234" else ""
    # The years below have three digits or more after this one: one test of that rejects all of them at a digit
    # inside a shorter number, the most frequent candidate, where each would be tried in turn.
    three_digits_follow = []
    if digit in "12":  # a year, month and day with spaces on a line of their own (2022 11 23)
        three_digits_follow.append(rf"(?=[0-9]{{3}} [0-9]{{1,2}} [0-9]{{1,2}}{LINE_ENDS})")
    # a day alone (26日，…, 12号 as the whole text) or a glued date (2019318日): the expression checks
    # (a day set apart by spaces too, as template sites print numbers: 24 日，…)
    # (or 号 in brackets after a word of the day: 昨天(25号))
    lone_day = rf"[0-9]{{0,7}}日|[0-9]?[{SPACES}]{{1,2}}日|[0-9]?号(?:{TEXT_ENDS}|[）)])"
    # a page header's date written day first at a line start (19.05.2018  06:47): where no digit or point comes
    # before, so it is tried with a number's start
    day_first = r"(?<![^\n].)(?=[0-9]?\.[0-9]{1,2}\.[12][0-9]{3})"
    if digit in "12":  # a year glued to a figure's number (图12017年)
        three_digits_follow.append(f"{FIGURE_NUMBER_BEFORE.format(digit=digit)}(?=[0-9]{{3}}{SP}年)")
    if digit in "12":  # a year after a list number's dot (目录1.2023年…, 2.2023-2024学年), as YEAR_NUM allows
        three_digits_follow.append(
            rf"(?:(?<={LIST_DOT}{digit})|(?<={LIST_DOT_TWO_DIGITS}{digit})){AFTER_LIST_DOT}"
        )
    if digit in "12":  # a date that lost 年, 月 and 日, seven digits ending its line (公开日期:2024926)
        three_digits_follow.append(
            rf"(?=[0-9]{{6}}{LINE_ENDS})|(?<={DATING_YU}{digit})(?=[0-9]{{6}}{AFTER_DATING_YU})"
        )
        # a date of eight digits in brackets or ending its line (工作报告(20230115)): the expression checks
        three_digits_follow.append(rf"(?=[0-9]{{7}}{COMPACT_DATE_AFTER})")
    if digit in "12":  # a year without 年 before what it qualifies (2021全区)
        three_digits_follow.append(rf"(?=[0-9]{{3}}(?:{SCOPE_AFTER_A_YEAR}))")
    if digit in "12":  # a copyright's year (© 2025)
        three_digits_follow.append(right_after(COPYRIGHT_SIGNS, digit))
    if three_digits_follow:
        quarter += f"|(?=[0-9]{{3}})(?:{'|'.join(three_digits_follow)})"
    # a month glued to a zero-padded date (2025-03-183月6日)
    quarter += rf"|(?<={PADDED_DATE}{digit})(?=[0-9]?{SP}月)"
    if (
        digit == "1"
    ):  # a page's date after its label with a year of the Republic's calendar (公告日期: 113/06/21)
        quarter += rf"|{right_after(DATE_LABELS, digit)}(?=[0-2][0-9]/[0-9]{{2}}/)"
    # a month and its day after a list number's dot (1.11月21日7时30分), as the month allows
    quarter += rf"|(?<={LIST_DOT}{digit})(?={MONTH_DAY_FOLLOWS})"
    # 0 and three more digits start nothing (0731-…, an area code): a year starts with 1 or 2, and every
    # other number the grammar reads has one or two digits (nor does a day first: a point follows its digits)
    four_digits = "(?![0-9]{3})" if digit == "0" else ""
    # (the number's followers and a lone day in one lookahead: each lookaround costs the engine a call, and most
    # numbers are no date)
    number = f"(?={_NUMERAL_RUN}(?:{_NUMERAL_FOLLOWERS})|{lone_day})|{day_first}"
    return f"(?:(?<![0-9.]{digit}){four_digits}(?:{number}){quarter})"


# A year written in brackets inside a relative year (今（2025）年), which the candidate scan lets start at 今, 本, 上 ….
_BRACKETED_YEAR_FOLLOWS = "[（(][12][0-9]{3}[）)]年"

_STARTS: Final = {
    **{digit: _ascii_digit_start(digit) for digit in "0123456789"},
    **dict.fromkeys("〇○零一二三四六八九两", _AFTER_NUMERAL),
    "全": "(?=年)",
    "五": _AFTER_NUMERAL, "七": _AFTER_NUMERAL,
    "十": rf"(?:{_AFTER_NUMERAL}|(?=[一二三四五六七八九]五))",  # "十四五"时期
    "今": rf"(?:(?=[年明天日（(起])|(?=后{_COUNT_FOLLOWS}))", "本": f"(?=[年月季日周]|{_BRACKETED_YEAR_FOLLOWS})", "当": "(?=[年前月])", "去": f"(?=年|{_BRACKETED_YEAR_FOLLOWS})", "明": f"(?=[年天日]|{_BRACKETED_YEAR_FOLLOWS})",
    "来": "(?=年)", "次": "(?=[年月（(])", "翌": "(?=[年（(])", "同": "(?=年)", "后": "(?=[年天])",
    # (上一 and 下一 only before a month, a quarter or 年: not 下一步, the most frequent near-miss)
    "上": f"(?=[上个月半年季周]|一(?:个?[月季]|年|周)|世纪|{_BRACKETED_YEAR_FOLLOWS})", "下": "(?=[下个月半年季周]|一(?:个?[月季]|年|周))",
    "前": "(?=[年第一二三四五六七八九十两0-9天]|[ \u3000\xa0][0-9])",
    "大": "(?=[前后][年天]|大[前后]天)", "过": "(?=去)", "最": "(?=近)", "未": "(?=来)", "往": "(?=后)", "昨": "(?=[天日（(])",
    "这": f"(?={_COUNT_FOLLOWS})", "首": "(?=季|[一二三四五六七八九十0-9])", "半": "(?=年(?:[后前内]|以[后前内]|之[后前]))",
    "年": "(?=内)",
    "自": "", "从": "", "截": "(?=[至止])", "迄": "(?=今)",
    "近": f"(?={_COUNT_FOLLOWS})", "第": f"(?={SP}[一二三四1-4]{SP}个?季)",
    "直": "(?=[至到])",
    "到": rf"(?:(?=[目当现至迄])|{_PREFIX_PLACE.format('到')}|{_TARGET_PLACE}|{AFTER_A_STRETCH.format('到')})",
    "至": rf"(?:(?=[今目当现])|{_PREFIX_PLACE.format('至')}|{AFTER_A_STRETCH.format('至')}|{AFTER_A_WORD.format('至')}(?={SP}{UP_TO_WHAT}))",
    "目": "(?=前)", "现": "(?=阶段)", "即": "(?=日)",
    # any pair of seasons: the expression matches out-of-order pairs (春秋季) too, and resolution refuses them
    "春": "(?=[春夏秋冬]?季)", "夏": "(?=[春夏秋冬]?季)", "秋": "(?=[春夏秋冬]?季)", "冬": "(?=[春夏秋冬]?季)",
    # 元月, 元至九月; the holidays add their own starts (元旦, 国庆 …)
    "元": f"(?:(?=月)|(?<!{AMOUNT_BEFORE_YUAN}元)(?={YUAN_BEFORE_A_MONTH}))",
    "民": "(?=国)",  # 民国103年 (read on the folded text: 民國)
    "党": "(?=的(?:十六|十七|十八|十九|二十)大”?以来)",
}  # fmt: skip


def starts() -> dict[str, str]:
    """Every first character of a match and the lookahead a candidate start must pass there."""
    table = dict(_STARTS)
    seconds: dict[str, dict[str, None]] = {}  # the words' first characters and what follows each, in order
    for word in (*YEAR_WORDS, *HOLIDAY_WORDS):
        seconds.setdefault(word[0], {})[word[1]] = None
    for first, following in seconds.items():
        follows = "(?=[" + "".join(map(re.escape, following)) + "])"
        table[first] = f"(?:{table[first]}|{follows})" if first in table else follows
    first_characters = "".join(map(re.escape, table))
    for prefix in "自从":  # a prefix before a date: 自2023年, 从 3月
        table[prefix] = f"(?=[{SPACES}]{{0,2}}[{first_characters}])"
    return table


def candidate_source(table: dict[str, str]) -> str:
    """The candidate scan's pattern for a table of :func:`starts`: a first character where its lookahead holds.

    The engine tries the alternatives of an alternation one by one (a test of its first character apiece), so an
    alternative per first character, 84, cost most of the scan at every position holding one (a fifth of a
    notice's characters: digits, 一, 年, 党 …). Here the pattern first matches one of the characters (a set the
    engine skips to at once), then a lookbehind reads it again: the digits, most frequent, each on its own, the
    other characters in a few groups tried as a set before their own alternatives. Every lookahead of the table
    is zero-width, so each alternative is one character wide, as a lookbehind needs.
    """
    digits = [first for first in table if first.isascii() and first.isdigit()]
    others = [first for first in table if first not in digits]
    size = -(-len(others) // _CANDIDATE_GROUPS)
    groups = [others[at : at + size] for at in range(0, len(others), size)]
    alternatives = [re.escape(digit) + table[digit] for digit in digits]
    for group in groups:
        inside = "|".join(re.escape(first) + table[first] for first in group)
        alternatives.append(f"{_character_set(group)}(?<={inside})")
    return f"{_character_set(list(table))}(?<={'|'.join(alternatives)})"


def _character_set(characters: list[str]) -> str:
    return "[" + "".join(map(re.escape, characters)) + "]"


# How many groups candidate_source splits the characters other than digits into (two to four cost about the same).
_CANDIDATE_GROUPS: Final = 3
