"""The words of the date grammar: the parts of a year (:data:`YEAR_WORDS`) and the holidays
(:data:`HOLIDAY_WORDS`), with the patterns the expression builds from them.

Adding a part of a year (年中, 岁末 …) or a holiday's spelling is one row of a table here: the expression
(:mod:`xuncha.dates._grammar`), the candidate scan and resolution all derive from it.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from xuncha.dates._calendar import LUNAR_FIRST_MONTH_DAYS, LUNAR_NEW_YEAR_DAYS
from xuncha.models import Precision

__all__ = [
    "EDGE",
    "EDGE_GUARDS",
    "HOLIDAY_WORDS",
    "YEAR_WORDS",
    "HolidayWord",
    "YearWord",
    "holiday_pattern",
    "year_word_pattern",
]


class YearWord(NamedTuple):
    """A part of a year named by one word, as its first and last (month, day); day 31 is the month's end.

    A word that starts with 年 shares it with a year written before it (2023年底 is 2023年 + 年底).
    ``follows`` is a lookahead the word must pass, ``bare_guard`` a lookbehind before a word's own 年 and
    ``after_year_guard`` one after a year's 年, for words that also occur inside other words.
    ``looks_forward``: a deadline word (年底), which in a notice means the next one unless the sentence's
    tense says otherwise (docs/dates.md). ``needs_year``: a word read only after a year (2022年伊始,
    2022年半年度).
    """

    precision: Precision
    first: tuple[int, int]
    last: tuple[int, int]
    follows: str = ""
    bare_guard: str = ""
    after_year_guard: str = ""
    looks_forward: bool = False
    needs_year: bool = False


# Words that make 初/底/末 part of another word (初步, 底线), so not an edge of a month or a year.
EDGE_GUARDS: Final = {
    "初": "(?![步次心期见衷始级稿审核筛具创选赛任犯检查评判验值等])",
    "底": "(?![线子数座层稿色部气蕴])",
    "末": "(?![端梢位尾节])",
}
EDGE = "(?:" + "|".join(edge + guard for edge, guard in EDGE_GUARDS.items()) + ")"

#: The parts of a year named by a word. One row is all a new word needs (the docs page "Extending xuncha"
#: shows one added).
YEAR_WORDS: Final[dict[str, YearWord]] = {
    "上半年": YearWord(Precision.HALF_YEAR, (1, 1), (6, 30)),
    "下半年": YearWord(Precision.HALF_YEAR, (7, 1), (12, 31)),
    # 半年度, the half year of an interim report or summary (2022年半年度报告, 工作总结): the first, and only
    # right after a year's 年 (半年度 alone may be any half year's)
    "半年度": YearWord(Precision.HALF_YEAR, (1, 1), (6, 30), needs_year=True),
    # 半年 and 中期 right after a year name the first half likewise: a company's interim report and dividend
    # (2019年半年报, 2024年中期利润分配); not a 中期 that is a plan's middle stage (2024年中期评估), nor the half
    # year up to now (今年半年来)
    "半年": YearWord(Precision.HALF_YEAR, (1, 1), (6, 30), follows="(?!度|来|以来)", needs_year=True),
    "中期": YearWord(Precision.HALF_YEAR, (1, 1), (6, 30), follows="(?!评估|检查|调整)", needs_year=True),
    "年初": YearWord(Precision.DAY, (1, 1), (1, 1), follows=EDGE_GUARDS["初"]),
    "年底": YearWord(Precision.DAY, (12, 31), (12, 31), follows=EDGE_GUARDS["底"], looks_forward=True),
    "年末": YearWord(Precision.DAY, (12, 31), (12, 31), follows=EDGE_GUARDS["末"], looks_forward=True),
    "岁初": YearWord(Precision.DAY, (1, 1), (1, 1)),
    # 伊始 (the very start) only after a year: 2022年伊始, 今年伊始 (新年伊始 names no year)
    "年伊始": YearWord(Precision.DAY, (1, 1), (1, 1), needs_year=True),
    "岁末": YearWord(Precision.DAY, (12, 31), (12, 31), looks_forward=True),
    # 年中, mid-year: the end of June, as government writing uses it (年中 is when the first half's work is
    # reviewed, 年中前 "by the end of June"); a point, like 年底. It is a date only before a clause break,
    # a suffix or a verb (完成, 开展 …; not 年中央, 今年中秋), and not in 三年中, 多年中 or 全年中 (in the
    # course of years).
    "年中": YearWord(
        Precision.DAY,
        (6, 30),
        (6, 30),
        follows=r"(?=[前后以之，,。；;、：:）)\s]|$|完成|实现|达到|基本|全面|开展|启动|召开|组织|进行)",
        bare_guard="(?<![0-9一二三四五六七八九十两几多半每近全])",
        after_year_guard="(?<!全年)",
        looks_forward=True,
    ),
}


# A template or a redacted page masks the year's digits (XXXX年底, ××年末): its 年 is that unknown year's, so
# the word after it names no time.
_MASK = "[XxＸｘ×*＊]"
_NOT_AFTER_A_MASK = f"(?<!{_MASK})"


def year_word_pattern(p: str) -> str:
    """The alternation of YEAR_WORDS for the point with prefix ``p``, longest words first."""
    alternatives = []
    for word, row in sorted(YEAR_WORDS.items(), key=lambda item: -len(item[0])):
        if word.startswith("年"):
            # the 年 of a year written before the word (2023年底), or the word's own (年底前)
            own = "(?!)" if row.needs_year else f"{_NOT_AFTER_A_MASK}{row.bare_guard}年"
            shared = rf"(?:(?({p}year_given)(?<=年){row.after_year_guard}|(?!))|{own})"
            alternatives.append(shared + re.escape(word[1:]) + row.follows)
        else:
            # (a word that needs a year stands right after the point's year: 2022年半年度, 今年半年度; not after
            # another word's 年, 2023年年中期间)
            needs = rf"(?({p}year_given)(?<=年)|(?!))" if row.needs_year else ""
            alternatives.append(f"(?<!{_MASK}年){needs}" + row.bare_guard + re.escape(word) + row.follows)
    return "|".join(alternatives)


class HolidayWord(NamedTuple):
    """A spelling of a holiday: the holiday's name (a key of _calendar.SOLAR_HOLIDAYS or WEEKDAY_HOLIDAYS, 除夕 or one of the
    generated table), and the lookbehind and lookahead that keep it out of other words."""

    name: str
    before: str = ""
    after: str = ""


_NOT_AFTER_A_NUMERAL = "(?<![一二三四五六七八九十百千第])"  # 五一 and 七一 are not the end of 三十五一 …
#: What follows a holiday roster's 年三十: a range's connector, a suffix, a time of the day or a break.
_ROSTER_FOLLOWS = r"至|到|前|后|晚|夜|当天|[上下]午|[，,、。；;(（\s]|$"
#: Where a bare 初二 … 初十 is a day of the festival: a range's end (除夕至初六) or a start (初三至初六, 初四起).
_BARE_LUNAR_DAY = r"(?:(?<=[至到]初.)|(?=(?:[上下]午)?(?:至|到|起)))"
#: Every spelling of a holiday. One row is all a new spelling needs: the expression, the candidate starts and
#: resolution derive from it; the festival's dates come from _calendar (fixed days) or _holidays (the table).
HOLIDAY_WORDS: Final[dict[str, HolidayWord]] = {
    "春节": HolidayWord("春节"),
    "除夕": HolidayWord("除夕"),
    "大年初一": HolidayWord("春节"),  # the first day of the lunar year, the festival's own day
    "正月初一": HolidayWord("春节"),
    # the eve, as a holiday roster writes it (年三十至初六): not the 年 of a year and a count (2023年三十个项目)
    "年三十": HolidayWord(
        "除夕", before="(?<![0-9〇○零一二三四五六七八九十])", after=f"(?={_ROSTER_FOLLOWS})"
    ),
    # the days of the festival after it (正月初六, 大年初三; 初四起, 除夕至初六): alone, 初三 is also a school's
    # grade (初三学生) and 年初 the year's start, so a bare day is read only as a range's end or before 至, 到 or 起
    **{prefix + day: HolidayWord(day) for day in LUNAR_NEW_YEAR_DAYS for prefix in ("正月", "大年")},
    **{day: HolidayWord(day, before="(?<!年)", after=_BARE_LUNAR_DAY) for day in LUNAR_NEW_YEAR_DAYS},
    # the later days of the first month, after 正月 only (正月十五 is 元宵; 正月初二至正月十五)
    **{"正月" + day: HolidayWord(day) for day in LUNAR_FIRST_MONTH_DAYS},
    "元旦": HolidayWord("元旦"),
    "元宵": HolidayWord("元宵"),
    "元宵节": HolidayWord("元宵"),
    # 清明 alone is a festival only before a word of time (政治清明 is "clean politics"); after a year, and
    # in a list of holidays, the expression reads it too
    "清明": HolidayWord("清明", after="(?=前|后|期间|假期|小长假)"),
    "清明节": HolidayWord("清明"),
    "五一": HolidayWord("劳动", before=_NOT_AFTER_A_NUMERAL, after="(?![0-9一二三四五六七八九十])"),
    "五一节": HolidayWord("劳动"),
    "劳动节": HolidayWord("劳动"),
    "五一劳动节": HolidayWord("劳动"),
    "国际劳动节": HolidayWord("劳动"),
    "五一国际劳动节": HolidayWord("劳动"),
    "端午": HolidayWord("端午"),
    "端午节": HolidayWord("端午"),
    "七一": HolidayWord("建党", before=_NOT_AFTER_A_NUMERAL, after="(?=”?(?:前|后|期间|节))"),
    "建党节": HolidayWord("建党"),
    "建军节": HolidayWord("建军"),
    "七夕": HolidayWord("七夕"),
    "七夕节": HolidayWord("七夕"),
    "中秋": HolidayWord("中秋"),
    "中秋节": HolidayWord("中秋"),
    "国庆": HolidayWord("国庆"),
    "国庆节": HolidayWord("国庆"),
    "十一": HolidayWord("国庆", before="(?<=“)", after="(?=”)"),  # only in quotes: “十一”
    "重阳": HolidayWord("重阳"),
    "重阳节": HolidayWord("重阳"),
    "妇女节": HolidayWord("妇女"),
    "三八妇女节": HolidayWord("妇女"),
    "国际妇女节": HolidayWord("妇女"),
    "三八国际妇女节": HolidayWord("妇女"),
    "植树节": HolidayWord("植树"),
    "青年节": HolidayWord("青年"),
    "五四青年节": HolidayWord("青年"),
    "儿童节": HolidayWord("儿童"),
    "六一儿童节": HolidayWord("儿童"),
    "国际儿童节": HolidayWord("儿童"),
    "教师节": HolidayWord("教师"),
    "母亲节": HolidayWord("母亲"),
    "父亲节": HolidayWord("父亲"),
    "感恩节": HolidayWord("感恩"),
}


def holiday_pattern() -> str:
    """The alternation of HOLIDAY_WORDS, longest spellings first (国庆节 before 国庆)."""
    words = sorted(HOLIDAY_WORDS.items(), key=lambda item: -len(item[0]))
    return "|".join(row.before + re.escape(word) + row.after for word, row in words)
