"""Chinese dates and time expressions: absolute dates, ranges, parts of a year, relative dates and deadlines.

:func:`parse_period` reads one expression, :func:`extract_periods` finds every expression in a text. Each
result is a :class:`~xuncha.models.Period` with inclusive first and last days, its relation (on, range,
since, until, before, after), its precision, and the exact source text and span.

>>> import datetime as dt
>>> p = parse_period("2023年3月13日至4月28日")
>>> p.start, p.end, p.relation.value
(datetime.date(2023, 3, 13), datetime.date(2023, 4, 28), 'range')
>>> parse_period("春节前", reference=dt.date(2023, 12, 25)).end
datetime.date(2024, 2, 9)
>>> [p.text for p in extract_periods("今年 6 月、10 月，对领导小组进行了调整")]
['今年 6 月', '10 月']

Resolution rules (see docs/dates.md):

* Relative expressions (今年, 去年, 目前, …以来) are resolved against ``reference``, the date of the text
  (a notice's own date). Without a reference, every bound that depends on it is ``None``: never today's date.
* A month or month-day without a year takes the year stated last before it in the same paragraph
  ("2022年…，3月…"); with none stated, the reference year. 当年/同年 refer back the same way; 次年 is the
  year after it. Three things state no such year: a range of whole years (2017—2022年), a date inside a
  title (《…（2023-2026 年）》), and "…以来", after which the text speaks of the reference year.
* With no year stated before it, a bare date that would put a reported event more than two months after the
  reference date is last year's, and a deadline that would have passed is next year's, unless words of plan
  (计划, 预计 …) or of completion (已, 了) in the sentence say otherwise.
* In a range the second part inherits the first part's year and month ("2023年3月13日至4月28日"), moving to
  the next year when it would otherwise end before it starts ("2022年12月至3月").
* "…前" (之前, 以前, 内) is a deadline that includes the period it names (年底前, 2024年6月前 end on
  31 December and 30 June); "…后" (以后, 之后) starts with it. A holiday is the exception: 春节前 ends the day
  before the festival, and without a year it is the next one after the reference date (the one just
  passed when the next is months away and the sentence reports it done: "春节前，走访慰问了…" in March).
* "…以来" and "…至今" end on the reference date; "…起" and "自…" too once their start has come.
  截至/截止 fix the end only. Event-relative "整改工作以来" keeps its text with no dates, unless a date
  comes right before the event ("2023年9月5日进驻以来" runs from that date).
* Seasons are meteorological: 冬季 runs from December to the end of the next February.

The scanner is a set of compiled regular expressions whose every repetition is bounded, so matching is
linear in the length of the text; decisions are table look-ups.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from dateutil.relativedelta import relativedelta

from xuncha._fold import fold
from xuncha._holidays import FIRST_YEAR as _HOLIDAY_FIRST_YEAR
from xuncha._holidays import TABLE as _HOLIDAY_TABLE
from xuncha.errors import DateError
from xuncha.models import Period, Precision, Relation, Span, _trusted_period
from xuncha.numerals import DIGITS

__all__ = ["extract_periods", "parse_period"]

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100

# --------------------------------------------------------------------------- tables

# The digits a date is written with, valued by the numerals' table; 元 only as in 元月 (January).
_CN_DIGIT: Final = {digit: DIGITS[digit] for digit in "〇○零一二三四五六七八九两"} | {"元": 1}
# Years relative to the reference date (offset) or to the year stated last in the text (当年 …).
_REFERENCE_YEARS: Final = {
    "今": 0, "本": 0, "去": -1, "上": -1, "上一": -1, "下一": 1, "明": 1, "来": 1, "前": -2, "后": 2,
}  # fmt: skip
_RELATIVE_MONTHS: Final = {"本": 0, "上": -1, "下": 1}
# 近三年, 近6个月, 近两周: how far back each unit reaches.
_SPAN_MONTHS: Final = {"年": 12, "个月": 1, "个季度": 3}
_SPAN_DAYS: Final = {"周": 7, "天": 1}
# 全年 (全年共接待…) is the whole of the year under discussion, as 当年 (after a year, 2022年全年, it adds
# nothing to it).
_CONTEXT_YEARS: Final = {"当": 0, "同": 0, "次": 1, "翌": 1, "全": 0}
# Meteorological seasons, the convention of the China Meteorological Administration's climate statistics:
# 冬季 runs from December of its year to the end of February of the next.
_SEASONS: Final = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
# School terms and holidays by their first character (春季学期, 暑假); months past 12 run into the next year.
_SCHOOL_TERMS: Final = {"春": (2, 7), "秋": (9, 13), "暑": (7, 8), "寒": (1, 2)}
_SEASONS_IN_ORDER: Final = "春夏秋冬春"  # 冬春季 (冬春季森林防火) runs from December to May
_TEN_DAYS: Final = {
    "上旬": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "上中旬": (1, 20),
    "中下旬": (11, 31),
}
_TEN_DAYS_BY_DAYS: Final = {days: name for name, days in _TEN_DAYS.items()}
_SOLAR_HOLIDAYS: Final = {"元旦": (1, 1), "劳动": (5, 1), "建党": (7, 1), "建军": (8, 1), "国庆": (10, 1)}
_HOLIDAY_NAMES: Final = {
    "春节": "春节", "元旦": "元旦", "国庆": "国庆", "国庆节": "国庆", "中秋": "中秋", "中秋节": "中秋",
    "端午": "端午", "端午节": "端午", "清明": "清明", "清明节": "清明", "元宵": "元宵", "元宵节": "元宵",
    "除夕": "除夕", "七夕": "七夕", "七夕节": "七夕", "重阳": "重阳", "重阳节": "重阳", "五一": "劳动",
    "劳动节": "劳动", "五一劳动节": "劳动", "国际劳动节": "劳动", "五一国际劳动节": "劳动",
    "七一": "建党", "建党节": "建党", "建军节": "建军", "十一": "国庆",
}  # fmt: skip
# The opening days of the Party congresses that notices count from (党的十八大以来).
_CONGRESS_OPENINGS: Final = {
    "十六": dt.date(2002, 11, 8),
    "十七": dt.date(2007, 10, 15),
    "十八": dt.date(2012, 11, 8),
    "十九": dt.date(2017, 10, 18),
    "二十": dt.date(2022, 10, 16),
}
_PRECISION_ORDER: Final = list(Precision)

# --------------------------------------------------------------------------- the grammar

_SPACES = " \u3000\xa0"
_SP = rf"[{_SPACES}]{{0,2}}"  # writers put up to a space or two between numbers and units
_YEAR_NUM = r"(?<![0-9.])[12][0-9]{3}(?![0-9])|[〇○零一二三四五六七八九]{4}"
_SMALL_NUM = (
    r"(?<![0-9.])[0-9]{1,2}(?![0-9])|(?<![一二三四五六七八九十百千万亿零〇两第])[一二三四五六七八九十两]{1,3}"
)
_CONN = r"——|—|–|-|~|〜|至|到"
# Words that make 初/底/末 part of another word (初步, 底线), so not an edge of a month or year.
_EDGE = r"(?:初(?![步次心期见衷始级稿审核筛具创选赛任犯检查评判验值等])|底(?![线子数座层稿色部气蕴])|末(?![端梢位尾节]))"
_HOLIDAY = (
    r"五一国际劳动节|五一劳动节|国际劳动节|劳动节|(?<![一二三四五六七八九十百千第])五一(?![0-9一二三四五六七八九十])"
    r"|春节|元旦|国庆节?|中秋节?|端午节?|清明节|清明(?=前|后|期间|假期|小长假)|元宵节?|除夕|七夕节?|重阳节?"
    r"|(?<=“)十一(?=”)|建党节|建军节|(?<![一二三四五六七八九十百千第])七一(?=”?(?:前|后|期间|节))"
)


def _point(p: str, *, day_only: bool = False) -> str:
    """One date point; its group names carry the prefix ``p`` (a range has two points, s and e)."""
    month = (
        rf"(?:(?P<{p}m>{_SMALL_NUM}|元(?=月)){_SP}月(?:份)?|(?<![以每一])(?P<{p}rm>本|上个?|下个?)月)(?:{_SP}(?:(?P<{p}d>{_SMALL_NUM}){_SP}[日号]"
        rf"|(?P<{p}x>上中旬|中下旬|上旬|中旬|下旬)|(?P<{p}me>{_EDGE})))?"
    )
    year_part = (
        rf"(?P<{p}h>上|下)半年|(?<![以每])(?P<{p}rq>本|上个?|下个?)季度|(?P<{p}qf>前)?第?(?P<{p}q>[一二三四1-4]|(?<=前)两)(?:个)?季度(?P<{p}qe>末|底)?"
        # School terms and holidays (春季学期, 暑假) before seasons, which would take their first characters
        rf"|(?P<{p}sem>春|秋)季学期|(?P<{p}vac>暑|寒)假"
        rf"|(?<![春夏秋冬])(?P<{p}se>春|夏|秋|冬)(?P<{p}se2>春|夏|秋|冬)?季|(?:(?<=年)|年)(?P<{p}ye>{_EDGE})|岁(?P<{p}ye2>末|初)"
        rf"|前(?P<{p}fm>{_SMALL_NUM})个月|(?<![0-9一二三四五六七八九十两几多半每近])年(?=内)"
        # Two holidays named together for the time around them: 元旦春节期间, 中秋、国庆前后; up to two
        # more may stand between them (春节、清明、五一期间), inside the range of the first and the last
        # (there a bare 清明 is the festival, not the word of 政治清明).
        # (a holiday may stand in quotes after its year: 2024年“五一”期间)
        rf"|(?({p}yk)“?)(?P<{p}hol>{_HOLIDAY})(?:(?:[、和及与暨]?(?:{_HOLIDAY}|清明)){{0,2}}[、和及与暨]?(?P<{p}hol2>{_HOLIDAY})(?:“?[两双]节”?)?(?=”?(?:期间|假期|前后)))?"
    )
    year = rf"(?P<{p}yk>(?P<{p}y>{_YEAR_NUM}){_SP}年|(?<![以之每此其然最提])(?P<{p}ry>今|本|当|去|上一|下一|上|明|前|后|次|翌|同|来|(?<![年度])全)年)(?P<{p}yd>度)?"
    # A year and month with a dot and no day (2021.01—2023.06) is a date only in a range of two such, since
    # alone it reads as a decimal (2023.5万元).
    dotted_month = r"(?:(?<=[0-9]{4}\.[0-9])|(?<=[0-9]{4}\.[0-9]{2}))(?![0-9]|\.[0-9]|[万亿元%])"
    if not day_only:
        dotted_month += rf"(?={_SP}(?:{_CONN}){_SP}[12][0-9]{{3}}\.[0-9])"
    sep_date = (
        rf"(?<![0-9.])(?P<{p}sy>[12][0-9]{{3}})(?P<{p}ss>[./-])(?P<{p}sm>[0-9]{{1,2}})(?:(?P={p}ss)"
        rf"(?P<{p}sd>[0-9]{{1,2}})(?![0-9]|\.[0-9])(?:{_SP}日)?|{dotted_month})"
    )
    # A year, a part (month, quarter, holiday …), or a year with a part; the empty alternative is open only
    # after a year (a conditional group), so that one copy of each group serves with and without a year.
    # A year alone may keep the spaces after it; callers trim them.
    alternatives = [sep_date, rf"(?:{year})?(?({p}yk){_SP})(?:{month}|{year_part}|(?({p}yk)|(?!)))"]
    # 即日: the date of the text itself, a point that can start a range (即日起至2024年6月30日).
    alternatives.append(rf"(?P<{p}now>即日)")
    if day_only:  # a range end may name only a day or a part of the first part's month: 13-15日, 上旬至下旬
        alternatives.append(rf"(?P<{p}only>{_SMALL_NUM}){_SP}[日号]|(?P<{p}xo>上中旬|中下旬|上旬|中旬|下旬)")
    return "(?:" + "|".join(alternatives) + ")"


_PREFIX = (
    r"(?P<pre>自从|自|从|截至到|截止到|截止至|截至|截止|(?:(?<=[，,、；;：:\s（(])|^)(?:直至|直到|到|至))"
)
_SUFFIX = (
    r"(?P<suf>以来(?:至今)?|至今|期间|假期|开始|起(?![草步诉点飞源床义])|前后|前夕|之前|以前|前(?![期列景沿线])|之后|以后"
    r"|后(?![续期备勤台盾面方果者来])|为止|止(?![损步住])|以内|内(?![部容地外涵在务控设审蒙]))"
)
_BARE_START = (
    # Only worth trying when a range connector or a list's 、 follows within a few characters (most dates
    # are neither);
    # possessive, since the characters before a connector cannot be one, so nothing is to be gained by
    # backtracking.
    r"(?=[0-9〇○零一二三四五六七八九十两今本当去上明前后次翌同来年月份 \u3000\xa0]{1,12}+(?:—|–|-|~|〜|至|到|、))"
    rf"(?:(?P<by>{_YEAR_NUM}){_SP}年{_SP}|(?<![以之每此其然最提])(?P<bry>今|本|当|去|上|明|前|后|次|翌|同|来)年{_SP})?"
    rf"(?:(?P<bm>{_SMALL_NUM}){_SP}月(?:份)?{_SP})?(?P<bn>{_YEAR_NUM}|{_SMALL_NUM})"
)
# Every alternative below starts with one of these characters; the lookahead rejects other positions at
# once. (It does not let the engine skip ahead: only a pattern that starts with a literal or a set does, so a
# scan of a text finds its candidates with _CANDIDATE below.)
_FIRST_CHARACTERS = "0-9〇○零一二三四五六七八九十两全暑寒今本当去上下明前后次翌同来自从截直到至目现近第春夏秋冬年岁五国劳元中端清除重建即党迄"
_EXPRESSION = re.compile(
    rf"(?=[{_FIRST_CHARACTERS}])"
    # Five-year plan periods: "十四五"时期 is 2021–2025 (the 11th plan began in 2006).
    r"(?:(?P<special>十(?P<plan>[一二三四五六七八九])五(?:(?P<plansince>”?以来)|(?=”?(?:时期|期间)))"
    # 2023—2024学年: the academic year, from 1 September of the first year to 31 August of the next.
    rf"|(?P<acad>{_YEAR_NUM}){_SP}(?:{_CONN}){_SP}(?P<acad2>{_YEAR_NUM}){_SP}学年度?"
    # 今明两年: this year and the next.
    r"|(?P<thisnext>今明两年)"
    # 党的十八大以来: since the opening day of a Party congress.
    r"|(?:党的)?(?P<congress>十六|十七|十八|十九|二十)大”?以来"
    r"|(?P<now>(?P<nowpre>截至到|截止到|截至|截止|到)?(?:目前|当前|现阶段|至今(?!年)|迄今(?:为止)?))"
    rf"|近(?P<nn>{_SMALL_NUM}|半(?=年))(?P<nu>年|个月|个季度|周|天)(?:以来|来)?|(?P<nn2>{_SMALL_NUM})(?P<nu2>年|个月)(?:以来|来))"
    rf"|(?:{_PREFIX}{_SP})?"
    # A bare number (1-11月) needs the range tail; a point may have one. The bare start is tried first so
    # that "2023年1-11月" is one range, not the year 2023 followed by a month range.
    rf"(?:{_BARE_START}|{_point('s')})"
    rf"(?:(?:{_SP}(?P<qi>起|开始){_SP}[，,]?{_SP}(?:至|到)|{_SP}(?P<conn>{_CONN})){_SP}{_point('e', day_only=True)}"
    # The first items of a list that names its unit once (6、7月份, 2022、2023年) are bare numbers too.
    rf"|(?(bn)(?P<enum>)(?={_SP}、{_SP}(?:(?:{_SMALL_NUM}){_SP}、{_SP}){{0,10}}(?:{_SMALL_NUM}){_SP}(?P<enumunit>月|季度)"
    rf"|{_SP}、{_SP}(?:(?:{_YEAR_NUM}){_SP}、{_SP}){{0,10}}(?:{_YEAR_NUM}){_SP}年)))"
    rf"(?:{_SP}”?{_SUFFIX})?)"  # ”: a quoted holiday, “五一”前
    r"(?P<never>(?!))?"  # never takes part: the group of the fields a point lacks (see _POINT_INDEX)
)
# Where a match of _EXPRESSION can start: a first character and what must follow it, a necessary condition
# read off the grammar (a superset of the starts, never fewer). Characters such as 一 上 中 年 前 start dates
# rarely but occur everywhere; trying the whole expression at each of them cost most of a scan. Every
# alternative starts with a literal, so the engine skips to the next candidate with one set test; _matches
# then tries the expression only there.
_NUMERAL_RUN = f"[0-9〇○零一二三四五六七八九十两{_SPACES}]{{0,8}}"
_NUMERAL = "[0-9〇○零一二三四五六七八九十两]"
# A number is a date only when a unit, a range connector or a list's 、 and its next number follow it
# (2023年, 1-11月, 三季度, 三年来, 6、7月份, 二十大以来), or when it is a year before a separator (2023.3.13).
_AFTER_NUMERAL = (
    rf"(?={_NUMERAL_RUN}(?:[年月季—–\-~〜至到起开]|个[月季]|大”?以来"
    rf"|、[{_SPACES}]{{0,2}}{_NUMERAL}|(?<=[0-9]{{4}})[./]))"
)
_PREFIX_PLACE = r"(?<![^，,、；;：:\s（(]{0})"  # the start of the text or after punctuation, as in _PREFIX


def _ascii_digit_start(digit: str) -> str:
    """An Arabic digit starts a number only where no digit or decimal point comes before it (as in
    _SMALL_NUM and _YEAR_NUM), except as a quarter (12季度 holds 2季度)."""
    quarter = "|(?=个?季)" if digit in "1234" else ""
    return f"(?:(?<![0-9.]{digit}){_AFTER_NUMERAL}{quarter})"


_BEFORE_POINT = f"(?=[{_SPACES}]{{0,2}}[{_FIRST_CHARACTERS}])"  # 自, 从: a prefix before a date
_STARTS: Final = {
    **{digit: _ascii_digit_start(digit) for digit in "0123456789"},
    **dict.fromkeys("〇○零一二三四六八九两", _AFTER_NUMERAL),
    "全": "(?=年)",
    "五": rf"(?:{_AFTER_NUMERAL}|(?=一))",  # 五一 (劳动节)
    "七": rf"(?:{_AFTER_NUMERAL}|(?=[一夕]))",  # 七一, 七夕
    "十": rf"(?:{_AFTER_NUMERAL}|(?=[一二三四五六七八九]五)|(?<=“十)(?=一”))",  # "十四五"时期, “十一”
    "今": "(?=[年明])", "本": "(?=[年月季])", "当": "(?=[年前])", "去": "(?=年)", "明": "(?=年)",
    "来": "(?=年)", "次": "(?=年)", "翌": "(?=年)", "同": "(?=年)", "后": "(?=年)",
    "上": "(?=[个月半一年季])", "下": "(?=[个月半一年季])",
    "前": "(?=[年第一二三四五六七八九十两0-9])",
    "年": "(?=[初底末内])", "岁": "(?=[末初])",
    "自": _BEFORE_POINT, "从": _BEFORE_POINT, "截": "(?=[至止])", "迄": "(?=今)",
    "近": "(?=[0-9一二三四五六七八九十两半])", "第": "(?=[一二三四1-4]个?季)",
    "直": "(?=[至到])",
    "到": rf"(?:(?=[目当现至迄])|{_PREFIX_PLACE.format('到')})",
    "至": rf"(?:(?=今)|{_PREFIX_PLACE.format('至')})",
    "目": "(?=前)", "现": "(?=阶段)", "即": "(?=日)",
    # any pair of seasons: the expression matches out-of-order pairs (春秋季) too, and resolution refuses them
    "春": "(?=[春夏秋冬]?[季节])", "夏": "(?=[春夏秋冬]?季)", "秋": "(?=[春夏秋冬]?季)", "冬": "(?=[春夏秋冬]?季)",
    "暑": "(?=假)", "寒": "(?=假)",
    "国": "(?=[庆际])", "劳": "(?=动)", "元": "(?=[旦宵月])", "中": "(?=秋)", "端": "(?=午)",
    "清": "(?=明)", "除": "(?=夕)", "重": "(?=阳)", "建": "(?=[党军]节)",
    "党": "(?=的(?:十六|十七|十八|十九|二十)大”?以来)",
}  # fmt: skip
_CANDIDATE = re.compile("|".join(re.escape(first) + follows for first, follows in _STARTS.items()))


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_EXPRESSION.finditer(text)`` yields, with the expression tried only where _CANDIDATE allows.

    ``match(text, at)`` sees the whole text, so lookbehinds and ``^`` behave as in a search from ``at``;
    positions that are not candidates cannot start a match, so skipping them changes nothing. Where
    candidates come thick and fail (a long run of near-misses), one search of the whole expression goes
    faster than a call per candidate: it finds the same next match.
    """
    search, match, search_expression = _CANDIDATE.search, _EXPRESSION.match, _EXPRESSION.search
    position = misses = 0
    while True:
        if misses >= _MISSES_BEFORE_SEARCH:
            misses = 0
            found = search_expression(text, position)
            if found is None:
                return
        else:
            candidate = search(text, position)
            if candidate is None:
                return
            at = candidate.start()
            found = match(text, at)
            if found is None:
                position = at + 1
                misses += 1
                continue
        misses = 0
        yield found
        position = found.end()  # never empty: every alternative reads at least one character


# Candidates that fail in a row before _matches searches with the whole expression instead.
_MISSES_BEFORE_SEARCH: Final = 8


# 月底前 without a month: by the end of the reference month. Rare, so found by a pass of its own rather than
# by making every 月 in a text a place where the main expression is tried. The lookbehind comes after the
# 月 it guards so that the pattern starts with a literal, which the engine scans for (five times faster).
_MONTH_END_DEADLINE = re.compile(
    r"月(?<![0-9〇○零一二三四五六七八九十两本上下个每当同次]月)(?:底|末)(?:之前|以前|前)"
)
# Recurring dates (每年3月, 每月15日) name no particular period.
_RECURRING = re.compile(r"每[ \u3000]{0,2}(?:年|月|季度|周)?[ \u3000]{0,2}$")
# Time measured from or during an event (整改工作以来, 巡察进驻期间): kept with its text, no dates.
_SINCE_EVENT = re.compile(r"以来|期间")
# Durations with no event to start from, and periods named only by reference back: not periods at all.
_VAGUE_SINCE: Final = frozenset(
    {"长期以来", "一直以来", "多年以来", "近年以来", "历年以来", "有史以来", "年以来",
     "此期间", "这期间", "在此期间", "在这期间", "同期间", "该期间", "其期间", "节日期间", "假期期间"}
)  # fmt: skip
_DOCUMENT_NUMBER = re.compile(r"第[0-9〇○零一二三四五六七八九十百]{1,6}[号期]")
_CLAUSE_BREAK = re.compile(r"[\s，,。；;：:、！!？?（）()“”\"'《》〈〉【】\[\]0-9]")

# --------------------------------------------------------------------------- numbers


def _small(text: str) -> int | None:
    """1–99 written in Arabic or Chinese digits (二十五, 十二, 3); None when malformed."""
    if text.isascii():
        return int(text)
    tens, ten, units = text.partition("十")
    if not ten:
        return _CN_DIGIT.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    high = _CN_DIGIT.get(tens, -1) if tens else 1
    low = _CN_DIGIT.get(units, -1) if units else 0
    return None if high < 1 or low < 0 else high * 10 + low


def _year_number(text: str) -> int:
    return int(text) if text.isascii() else int("".join(str(_CN_DIGIT[ch]) for ch in text))


# --------------------------------------------------------------------------- resolution


class _Invalid(Exception):
    """A match that reads like a date but names none (2023年13月); the message says why."""


class _Bounds(NamedTuple):
    """A resolved point or range before its relation is applied (a tuple: built for every match)."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision
    holiday: bool = False
    year: int | None = None  # the year the point resolved to, for the next bare date


@dataclasses.dataclass(slots=True)
class _Context:
    reference: dt.date | None
    year: int | None  # the year stated last in the text, else the reference year
    stated: bool = False  # whether ``year`` was stated in the text (else it is the reference year)


@functools.lru_cache(maxsize=4096)
def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may run past 12 into the next year (冬季 ends in month 14)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, 1) + relativedelta(day=31)


def _day_of(year: int, month: int, day: int) -> dt.date:
    """A day of a month, clamped to its last day (day 31 of any month is its end)."""
    end = _month_end(year, month)
    return end if day >= end.day else end.replace(day=day)


def _holiday(name: str, year: int) -> dt.date:
    if name in _SOLAR_HOLIDAYS:
        return dt.date(year, *_SOLAR_HOLIDAYS[name])
    table_name = "春节" if name == "除夕" else name
    row = _HOLIDAY_TABLE[table_name]
    index = (year - _HOLIDAY_FIRST_YEAR) * 4
    if not 0 <= index < len(row):
        raise _Invalid(f"the date of {name} in {year} is not in the holiday table")
    day = dt.date(year, int(row[index : index + 2]), int(row[index + 2 : index + 4]))
    return day - dt.timedelta(days=1) if name == "除夕" else day


_Resolved = tuple["dt.date | None", "dt.date | None", Relation, Precision]
_GROUP_INDEX: Final = {name: number - 1 for name, number in _EXPRESSION.groupindex.items()}


# Group numbers of the expression-level fields, read straight from match.groups().
_G_BM: Final = _GROUP_INDEX["bm"]
_G_BN: Final = _GROUP_INDEX["bn"]
_G_BRY: Final = _GROUP_INDEX["bry"]
_G_BY: Final = _GROUP_INDEX["by"]
_G_CONN: Final = _GROUP_INDEX["conn"]
_G_NN: Final = _GROUP_INDEX["nn"]
_G_NN2: Final = _GROUP_INDEX["nn2"]
_G_NOW: Final = _GROUP_INDEX["now"]
_G_PLAN: Final = _GROUP_INDEX["plan"]
_G_SPECIAL: Final = _GROUP_INDEX["special"]
_G_PLANSINCE: Final = _GROUP_INDEX["plansince"]
_G_CONGRESS: Final = _GROUP_INDEX["congress"]
_G_THISNEXT: Final = _GROUP_INDEX["thisnext"]
_G_ACAD: Final = _GROUP_INDEX["acad"]
_G_ACAD2: Final = _GROUP_INDEX["acad2"]
_G_ENUM: Final = _GROUP_INDEX["enum"]
_G_ENUMUNIT: Final = _GROUP_INDEX["enumunit"]
_QUARTER_NUMBERS: Final = frozenset("1234一二三四")
_G_NOWPRE: Final = _GROUP_INDEX["nowpre"]
_G_NU: Final = _GROUP_INDEX["nu"]
_G_NU2: Final = _GROUP_INDEX["nu2"]
_G_PRE: Final = _GROUP_INDEX["pre"]
_G_QI: Final = _GROUP_INDEX["qi"]
_G_SUF: Final = _GROUP_INDEX["suf"]
# The fields of a point, each the number of its group in match.groups() for prefix s and for prefix e. A
# year or a day can be spelt two ways (2023年3月13日 or 2023-03-13), so they have two fields each.
_POINT_FIELD_NAMES: Final = (
    "y", "sy", "ry", "m", "sm", "rm", "d", "sd", "only", "x", "me", "h", "qf", "q", "qe", "se", "ye", "ye2", "fm", "hol",
    "now", "hol2", "xo", "se2", "rq", "sem", "vac",
)  # fmt: skip
_NO_GROUP: Final = _GROUP_INDEX["never"]  # a group that never matches, for fields a prefix lacks
_POINT_INDEX: Final = {
    p: {name: _GROUP_INDEX.get(p + name, _NO_GROUP) for name in _POINT_FIELD_NAMES} for p in ("s", "e")
}
_FIELD_INDEX: Final = {name: number for number, name in enumerate(_POINT_FIELD_NAMES)}
# The groups that name a year (or a month or day fixed by the reference date) in any part of a match.
_YEAR_GROUPS: Final = tuple(
    [_POINT_INDEX[p][name] for p in ("s", "e") for name in ("y", "sy", "ry", "rm", "rq", "now")]
    + [_GROUP_INDEX[name] for name in ("by", "bry")]
)
_year_values: Final = operator.itemgetter(*_YEAR_GROUPS)
_NO_YEAR: Final = (None,) * len(_YEAR_GROUPS)
_Values = tuple["str | None", ...]


def _fields(**given: str | None) -> tuple[_Values, dict[str, int]]:
    """Values and index for a point built from a bare number (the first part of 1-11月)."""
    values = tuple(given.get(name) for name in _POINT_FIELD_NAMES)
    return values, _FIELD_INDEX


class _Point:
    """The fields of one matched date point, read from the match groups with prefix ``p``."""

    __slots__ = (
        "day", "has_year", "index", "month", "month_year", "quarter", "reference", "relative_year", "text_year",
        "values",
    )  # fmt: skip

    def __init__(self, values: _Values, index: dict[str, int], reference: dt.date | None = None) -> None:
        self.values, self.index, self.reference = values, index, reference
        self.text_year = values[index["y"]] or values[index["sy"]]
        self.relative_year = values[index["ry"]]
        month_text = values[index["m"]] or values[index["sm"]]
        day_text = values[index["d"]] or values[index["sd"]] or values[index["only"]]
        self.month = None if month_text is None else _small(month_text)
        # 本月, 上个月, 下月 fix both month and year from the reference date (unknown without one).
        relative_month = values[index["rm"]]
        self.month_year: int | None = None
        if relative_month is not None:
            if reference is None:
                self.month = 0
            else:
                months = reference.year * 12 + reference.month - 1 + _RELATIVE_MONTHS[relative_month[0]]
                self.month_year, self.month = months // 12, months % 12 + 1
        # 本季度, 上季度: the quarter and its year from the reference date (unknown without one).
        relative_quarter = values[index["rq"]]
        self.quarter: int | None = None
        if relative_quarter is not None:
            if reference is None:
                self.month = 0
            else:
                quarters = (
                    reference.year * 4 + (reference.month - 1) // 3 + _RELATIVE_MONTHS[relative_quarter[0]]
                )
                self.month_year, self.quarter = quarters // 4, quarters % 4 + 1
        self.has_year = bool(
            self.text_year or self.relative_year or relative_month or relative_quarter or values[index["now"]]
        )
        self.day = None if day_text is None else _small(day_text)
        if (month_text is not None and self.month is None) or (day_text is not None and self.day is None):
            raise _Invalid("not a month or day number")

    def field(self, name: str) -> str | None:
        return self.values[self.index[name]]

    def year(self, context: _Context) -> int | None:
        if self.month == 0:  # a relative month without a reference date
            return None
        if self.month_year is not None:
            return self.month_year
        if self.text_year is not None:
            year = _year_number(self.text_year)
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise _Invalid(f"year {year} is outside {MIN_YEAR}–{MAX_YEAR}")
            return year
        if self.relative_year in _REFERENCE_YEARS:
            ref = context.reference
            return None if ref is None else ref.year + _REFERENCE_YEARS[self.relative_year]
        if self.relative_year in _CONTEXT_YEARS:
            stated = context.year
            return None if stated is None else stated + _CONTEXT_YEARS[self.relative_year]
        return context.year

    def bounds(
        self, year: int | None, month: int | None = None, *, forward: dt.date | None = None
    ) -> _Bounds:
        """Inclusive bounds in ``year`` (None: unknown); ``month`` fills in a range end's missing month."""
        if self.values[self.index["now"]] is not None:  # 即日: the reference date, unknown without one
            ref = self.reference
            return _Bounds(ref, ref, Precision.DAY, year=None if ref is None else ref.year)
        month = self.month if self.month is not None else month
        holiday = self.values[self.index["hol"]]
        if holiday is not None:
            name = _HOLIDAY_NAMES[holiday]
            other = self.values[self.index["hol2"]]
            if other is not None:
                return self._holiday_pair(name, _HOLIDAY_NAMES[other], year)
            if forward is not None and not self.has_year:
                # A deadline such as 春节前 looks ahead: the next holiday after the reference date.
                year = forward.year
                if _holiday(name, year) <= forward:
                    year += 1
            if year is None:
                return _Bounds(None, None, Precision.DAY, holiday=True)
            day = _holiday(name, year)
            return _Bounds(day, day, Precision.DAY, holiday=True, year=year)
        if (month is not None and not 0 <= month <= 12) or (month == 0 and self.month != 0):
            raise _Invalid(f"there is no month {month}")
        if self.day is not None:
            if month is None:
                raise _Invalid("a day needs a month")
            if not 1 <= self.day <= 31:
                raise _Invalid(f"there is no day {self.day}")
            if year is None or month == 0:
                return _Bounds(None, None, Precision.DAY)
            try:
                day = dt.date(year, month, self.day)
            except ValueError:
                raise _Invalid(f"{year}-{month:02}-{self.day:02} is not a date") from None
            return _Bounds(day, day, Precision.DAY, False, year)  # positional: a third faster than keywords
        precision, first, last = self._shape(month)
        if year is None or month == 0:  # unknown without a reference date
            return _Bounds(None, None, precision)
        start = _day_of(year, *first)
        end = _day_of(year, *last)
        return _Bounds(start, end, precision, False, year)

    @staticmethod
    def _holiday_pair(first: str, second: str, year: int | None) -> _Bounds:
        """元旦春节期间: from the first of two holidays of one year to the last."""
        if first == second:
            raise _Invalid("the same holiday twice")
        if year is None:
            return _Bounds(None, None, Precision.DAY)
        days = sorted((_holiday(first, year), _holiday(second, year)))
        return _Bounds(days[0], days[1], Precision.DAY, year=year)

    def _shape(self, month: int | None) -> tuple[Precision, tuple[int, int], tuple[int, int]]:
        """Precision, first (month, day), last (month, day; day 31 is clamped to the month end)."""
        values, index = self.values, self.index

        def get(name: str) -> str | None:
            return values[index[name]]

        if get("rq") is not None:  # 本季度; quarter is None only without a reference date
            quarter = self.quarter or 1
            return Precision.QUARTER, (quarter * 3 - 2, 1), (quarter * 3, 31)
        if month is not None:
            ten_days = get("x") or get("xo")
            if ten_days is not None:
                first_day, last_day = _TEN_DAYS[ten_days]
                return Precision.TEN_DAYS, (month, first_day), (month, last_day)
            edge = get("me")
            if edge is not None:
                day = 1 if edge == "初" else 31
                return Precision.DAY, (month, day), (month, day)
            return Precision.MONTH, (month, 1), (month, 31)
        half = get("h")
        if half is not None:
            return (Precision.HALF_YEAR, (1, 1), (6, 30)) if half == "上" else (
                Precision.HALF_YEAR, (7, 1), (12, 31))  # fmt: skip
        quarter_text = get("q")
        if quarter_text is not None:
            quarter = _small(quarter_text) or 1  # the pattern admits 1-4, 一二三四 and 前两 only
            if get("qe"):  # 三季度末: the quarter's last day
                return Precision.DAY, (quarter * 3, 31), (quarter * 3, 31)
            first_quarter = 1 if get("qf") else quarter
            return Precision.QUARTER, (first_quarter * 3 - 2, 1), (quarter * 3, 31)
        term = get("sem") or get("vac")
        if term is not None:
            # The usual calendar of Chinese schools, to the month: 春季学期 February–July, 秋季学期 September–
            # January of the next year, 暑假 July–August, 寒假 January–February.
            first_month, last_month = _SCHOOL_TERMS[term]
            return Precision.MONTH, (first_month, 1), (last_month, 31)
        season = get("se")
        if season is not None:
            first_month, last_month = _SEASONS[season]
            second = get("se2")
            if (
                second is not None
            ):  # 秋冬季: two seasons in a row, from the first month of one to the last of the other
                if _SEASONS_IN_ORDER.find(season + second) < 0:
                    raise _Invalid(f"{season}{second}季 are not two seasons in a row")
                second_last = _SEASONS[second][1]
                last_month = second_last if second_last > first_month else second_last + 12
            return Precision.SEASON, (first_month, 1), (last_month, 31)
        months_so_far = get("fm")
        if months_so_far is not None:  # 前10个月
            count = _small(months_so_far)
            if count is None or not 1 <= count <= 12:
                raise _Invalid(f"a year has no first {months_so_far} months")
            return Precision.MONTH, (1, 1), (count, 31)
        edge = get("ye") or get("ye2")
        if edge is not None:
            return (Precision.DAY, (1, 1), (1, 1)) if edge == "初" else (
                Precision.DAY, (12, 31), (12, 31))  # fmt: skip
        return Precision.YEAR, (1, 1), (12, 31)


def _finer(a: Precision, b: Precision) -> Precision:
    return a if _PRECISION_ORDER.index(a) <= _PRECISION_ORDER.index(b) else b


_FORWARD_SUFFIXES: Final = frozenset({"前", "之前", "以前", "前夕", "后", "之后", "以后"})
# Words that say a sentence speaks of a plan (so a date after the text is meant) or of something done.
_PLAN_WORDS = re.compile(
    r"计划|预计|力争|争取|拟|将(?:于|在|要|开展|进一步|持续|继续|全面|启动|推进|完成|组织)|即将|确保|预期|有望"
    r"|下一步|届时|待|要在|要于|目标"
)
# A word of plan right before a date: 计划3月, 预计于6月, 力争年底.
_PLAN_BEFORE = re.compile(r"(?:计划|预计|力争|争取|拟|将|确保|预期)(?:于|在|到)?$")
_PLAN_LAST_CHARACTERS: Final = frozenset("划计争取拟将保期于在到")
_PAST_WORDS = re.compile(r"已|(?<![为除])了(?!解)|曾")
_NEAR_FUTURE: Final = dt.timedelta(days=61)
_SENTENCE_END = re.compile(r"[。；;\n!?！？]")
# A CJK character right after a season: 冬季安全生产大检查.
_NOUN_FOLLOWS = re.compile(r"[\u4e00-\u9fff]")


def _resolve_special(values: _Values, ref: dt.date | None) -> _Resolved:
    """Five-year plans, 即日起, 目前/截至目前 and 近三年: expressions outside the point grammar."""
    plan = values[_G_PLAN]
    if plan is not None:
        first_year = 2006 + 5 * (_CN_DIGIT[plan] - 1)
        if values[_G_PLANSINCE] is not None:
            plan_start = dt.date(first_year, 1, 1)
            since_end = ref if ref is not None and plan_start <= ref else None
            return (plan_start, since_end, Relation.SINCE, Precision.YEAR)
        return (
            dt.date(first_year, 1, 1),
            dt.date(first_year + 4, 12, 31),
            Relation.RANGE,
            Precision.YEAR,
        )
    first_academic, second_academic = values[_G_ACAD], values[_G_ACAD2]
    if first_academic is not None and second_academic is not None:
        first, second = _year_number(first_academic), _year_number(second_academic)
        if second != first + 1 or not MIN_YEAR <= first < MAX_YEAR:
            raise _Invalid("an academic year spans two years in a row")
        return (dt.date(first, 9, 1), dt.date(second, 8, 31), Relation.RANGE, Precision.MONTH)
    if values[_G_THISNEXT] is not None:
        if ref is None:
            return (None, None, Relation.RANGE, Precision.YEAR)
        return (dt.date(ref.year, 1, 1), dt.date(ref.year + 1, 12, 31), Relation.RANGE, Precision.YEAR)
    congress = values[_G_CONGRESS]
    if congress is not None:
        opened = _CONGRESS_OPENINGS[congress]
        return (opened, ref if ref is not None and opened <= ref else None, Relation.SINCE, Precision.DAY)
    now = values[_G_NOW]
    if now is not None:
        if values[_G_NOWPRE] is not None or now.endswith(("至今", "迄今", "为止")):
            return (None, ref, Relation.UNTIL, Precision.DAY)
        return (ref, ref, Relation.ON, Precision.DAY)
    count_text, unit = (
        (values[_G_NN], values[_G_NU]) if values[_G_NN] is not None else (values[_G_NN2], values[_G_NU2])
    )
    if count_text is None or unit is None:  # the grammar has no other special form
        raise _Invalid("not a time expression")
    # 近三年, 三年来: the span up to the reference date
    if count_text == "半":  # 近半年
        step = relativedelta(months=6)
    else:
        count = _small(count_text)
        if not count:
            raise _Invalid("not a count of years or months")
        months = _SPAN_MONTHS.get(unit)
        step = (
            relativedelta(months=count * months) if months else relativedelta(days=count * _SPAN_DAYS[unit])
        )
    precision = {"年": Precision.YEAR, "个月": Precision.MONTH, "个季度": Precision.QUARTER}.get(
        unit, Precision.DAY
    )
    return (None if ref is None else ref - step, ref, Relation.SINCE, precision)


def _resolve(match: re.Match[str], context: _Context) -> tuple[_Resolved, int | None, bool]:
    """The period a match names, the year it leaves as the text's last year, and whether the text stated it."""
    values = match.groups()
    if values[_G_SPECIAL] is not None:
        return _resolve_special(values, context.reference), context.year, context.stated
    ref = context.reference
    suffix = values[_G_SUF]
    forward = ref if suffix in _FORWARD_SUFFIXES else None
    if values[_G_ENUM] is not None:
        bare, prefix_year, relative_year = values[_G_BN], values[_G_BY], values[_G_BRY]
        if values[_G_BM] is not None or (len(bare or "") == 4 and (prefix_year or relative_year)):
            raise _Invalid("a list item with a month or a year before it")
        if len(bare or "") == 4:  # 2022、2023年
            point = _Point(*_fields(y=bare))
        elif values[_G_ENUMUNIT] == "季度":  # 二、三季度
            if bare not in _QUARTER_NUMBERS:
                raise _Invalid(f"there is no quarter {bare}")
            point = _Point(*_fields(y=prefix_year, ry=relative_year, q=bare))
        else:  # 6、7月份, 2023年11、12月
            point = _Point(*_fields(y=prefix_year, ry=relative_year, m=bare))
        bounds = point.bounds(point.year(context))
        relation, stated_year = Relation.ON, point.has_year
        names_year = stated_year
    elif values[_G_QI] is not None or values[_G_CONN] is not None:
        bounds = _resolve_range(values, context)
        relation, stated_year = Relation.RANGE, True
        names_year = _states_year(values)
    else:
        point = _Point(values, _POINT_INDEX["s"], ref)
        if point.field("sy") is not None and point.day is None:
            # 2023.5 (a year and month with a dot) is read only as a range end: the range fell through
            raise _Invalid("a dotted year and month outside a range")
        if (
            point.field("se")
            and not point.has_year
            and suffix is None
            and _NOUN_FOLLOWS.match(match.string, match.end())
        ):
            # 冬季安全生产大检查: a bare season before a noun names a kind of campaign, not a period.
            raise _Invalid("a season without a year before a noun")
        bounds = point.bounds(point.year(context), forward=forward)
        if (
            bounds.holiday
            and forward is not None
            and bounds.start is not None
            and not point.has_year
            and bounds.start > forward + _NEAR_FUTURE
            and _holiday_looks_back(match, suffix)
        ):
            bounds = point.bounds(bounds.start.year - 1)
        relation, stated_year = Relation.ON, point.has_year
        names_year = stated_year
        if point.field("hol2") is not None or point.field("se2") is not None:
            relation = Relation.RANGE  # 元旦春节期间, 秋冬季: from one festival day or season to the other
    start, end = bounds.start, bounds.end
    prefix = values[_G_PRE]
    if (prefix is not None and prefix[0] in "截到至直") or suffix in ("为止", "止"):
        relation, start = Relation.UNTIL, None
    elif suffix in ("以来", "至今", "以来至今"):
        relation = Relation.SINCE
        end = ref if ref is not None and (start is None or start <= ref) else None
    elif suffix in ("起", "开始") or (prefix is not None and relation is Relation.ON):
        # From then on: up to the reference date when that is later, open for a start still to come.
        relation = Relation.SINCE
        end = ref if ref is not None and start is not None and start <= ref else None
    elif suffix in ("前", "之前", "以前", "前夕", "内", "以内"):
        # A deadline includes the period it names (6月底前, 2024年6月前 = by the end of June);
        # a holiday is the exception: 春节前 is before the festival day.
        if bounds.holiday:
            end = None if start is None else start - dt.timedelta(days=1)
        relation, start = Relation.BEFORE, None
    elif suffix in ("后", "之后", "以后"):
        if bounds.holiday:
            start = None if end is None else end + dt.timedelta(days=1)
        relation, end = Relation.AFTER, None
    if not names_year and ref is not None and not context.stated and not (bounds.holiday and forward):
        shift = _tense_shift(match, relation, start, end, ref)
        if shift and context.year is not None:
            return _resolve(match, _Context(ref, context.year + shift, stated=True))
    stated = context.stated
    if bounds.holiday and forward:
        year = context.year  # the next holiday after the reference date says nothing about the text's year
    elif relation is Relation.SINCE and end is not None:
        # 2018年以来 runs up to the reference date: the text now speaks of the reference year
        year, stated = end.year, False
    elif relation is Relation.RANGE and bounds.precision is Precision.YEAR:
        year = context.year  # 2017—2022年 names several years, none of which a later 9月 would mean
    elif bounds.year is not None or stated_year:
        # a year the text states, or one it cannot be known without a reference (今年)
        year, stated = bounds.year, stated or names_year
    else:
        year = context.year
    return (start, end, relation, bounds.precision), year, stated


def _holiday_looks_back(match: re.Match[str], suffix: str | None) -> bool:
    """Whether a holiday without a year that lies months after the text means the last one instead.

    春节前 and 国庆节后 look ahead to the next festival, but a report of something done ("春节前，走访慰问了…"
    in March, "国庆节后，全面开展自查自纠" in December) speaks of the one just passed: a deadline when its
    sentence has a word of completion, a start after a holiday unless its sentence has a word of plan.
    """
    sentence = _sentence(match)
    if _PLAN_WORDS.search(sentence):
        return False
    return suffix in ("后", "之后", "以后") or _PAST_WORDS.search(sentence) is not None


def _tense_shift(
    match: re.Match[str], relation: Relation, start: dt.date | None, end: dt.date | None, ref: dt.date
) -> int:
    """How many years a date without a year moves from the reference year, by the tense of its sentence.

    A reported event months after the text was written is last year's (a notice of March speaking of
    "11月11日…反馈了"); a deadline that has passed is next year's ("3月底前" in December) unless the sentence
    says it was met (已, 了), and one far ahead is last year's when the sentence says so ("已于年底前完成" in
    January); a passed date right after a word of plan is next year's ("计划3月完成" in December). A date
    in the next two months keeps the reference year (国庆节前后 in September). The date tests come first:
    the sentence is read only for the few dates that cross the reference date.
    """
    if relation is Relation.BEFORE:
        if end is None:
            return 0
        if end < ref:
            return 0 if _PAST_WORDS.search(_sentence(match)) else 1
        if end > ref + _NEAR_FUTURE:
            sentence = _sentence(match)
            return -1 if _PAST_WORDS.search(sentence) and not _PLAN_WORDS.search(sentence) else 0
        return 0
    if relation is Relation.AFTER:
        return 0
    first = start if start is not None else end
    if first is not None and first > ref + _NEAR_FUTURE:
        return 0 if _PLAN_WORDS.search(_sentence(match)) else -1
    at = match.start()
    if (
        relation is not Relation.SINCE
        and end is not None
        and end < ref
        and at > 0
        and match.string[at - 1] in _PLAN_LAST_CHARACTERS  # most dates follow no plan word: skip the search
        and _PLAN_BEFORE.search(match.string, max(0, at - 4), at)
        and not _PAST_WORDS.search(_sentence(match))
    ):
        return 1
    return 0


def _states_year(values: _Values) -> bool:
    """Whether a match names its year (2023年, 今年, 本月, 即日), so that it needs none from the context."""
    found: tuple[str | None, ...] = _year_values(values)
    return found != _NO_YEAR


def _sentence(match: re.Match[str]) -> str:
    """The sentence around a match (at most 80 characters either side), where words of tense are looked for."""
    text = match.string
    low, high = max(0, match.start() - 80), min(len(text), match.end() + 80)
    found = _SENTENCE_END.search(text[low : match.start()][::-1])
    if found is not None:
        low = match.start() - found.start()
    after = _SENTENCE_END.search(text, match.end(), high)
    return text[low : high if after is None else after.start()]


def _resolve_range(values: tuple[str | None, ...], context: _Context) -> _Bounds:
    last = _Point(values, _POINT_INDEX["e"], context.reference)
    bare = values[_G_BN]
    if bare is None:
        first = _Point(values, _POINT_INDEX["s"], context.reference)
        first_year = first.year(context) if first.has_year or not last.has_year else None
        # 次年/当年 in the second part refer back to the first part's year.
        inner = context if first_year is None else _Context(context.reference, first_year)
        last_year = last.year(inner) if last.has_year else first_year
        if first_year is None and last.has_year:
            first_year = last_year
        start = first.bounds(first_year)
        # Only a bare day borrows the first part's month (3月13日至15日); 2023年3月至2024年 ends with its year.
        borrows = last.day is not None or last.field("xo") is not None
        month = first.month if borrows and last.month is None else None
        end = last.bounds(last_year, month)
        if not last.has_year and start.start and end.start and end.start < start.start and last_year:
            end = last.bounds(last_year + 1, month)
        elif not first.has_year and start.start and end.end and start.start > end.end and first_year:
            start = first.bounds(first_year - 1)
        return _checked_range(start, end, end.year)
    # A bare number borrows its unit from the end: 1-11月, 2017—2022年, 13-15日, 一至三季度.
    prefix_year = values[_G_BY] or values[_G_BRY]
    if prefix_year is not None:
        year_point = _Point(*_fields(y=values[_G_BY], ry=values[_G_BRY]))
        year = year_point.year(context)
    elif last.has_year:
        year = last.year(context)
    else:
        year = context.year
    if last.has_year and prefix_year is not None:
        raise _Invalid("a range with a year on both sides of a bare number")
    end_year = year
    get = last.field
    if (
        get("y") is not None
        and last.month is None
        and not (get("h") or get("q") or get("se") or get("ye") or get("hol"))
    ):
        if prefix_year is not None or values[_G_BM] is not None:
            raise _Invalid("a year range with a year or month before it")
        start_year = _year_number(bare) if len(bare) == 4 else None
        if start_year is None or not MIN_YEAR <= start_year <= MAX_YEAR:
            raise _Invalid(f"{bare} is not a year")
        return _checked_range(_Point(*_fields()).bounds(start_year), last.bounds(end_year), end_year)
    if get("se") is not None and get("y") is not None and len(bare) == 4 and last.month is None:
        # 2023—2024年冬季, 2023-2024年秋冬季: the two years a season crossing the year end spans name it
        season = last.bounds(_year_number(bare))
        if prefix_year is None and season.end is not None and season.end.year == end_year:
            return season
        raise _Invalid("a range of years before a season that does not span them")
    number = _small(bare) if len(bare) <= 3 else None
    if number is None:
        raise _Invalid(f"{bare} is not a month, day or quarter number")
    if last.day is not None:
        month_text = values[_G_BM]
        month = last.month if last.month is not None else (_small(month_text) if month_text else None)
        if month is None:
            raise _Invalid("a day range needs a month")
        first = _Point(*_fields(m=str(month), d=str(number)))
    elif last.month is not None:
        if values[_G_BM] is not None:
            raise _Invalid("a month range with a month before it")
        first = _Point(*_fields(m=str(number)))
        if last.field("x") or last.field("me"):
            return _checked_range(first.bounds(end_year), last.bounds(end_year), end_year)
    elif get("q") is not None and not get("qf"):
        if not 1 <= number <= 4:
            raise _Invalid(f"there is no quarter {number}")
        first = _Point(*_fields(q=str(number)))
    else:
        raise _Invalid("a bare number before a range end it cannot share a unit with")
    start = first.bounds(end_year, last.month)
    end = last.bounds(end_year, first.month)
    return _checked_range(start, end, end_year)


def _checked_range(start: _Bounds, end: _Bounds, year: int | None) -> _Bounds:
    if start.start is not None and end.end is not None and end.end < start.start:
        raise _Invalid(f"the range ends on {end.end} before it starts on {start.start}")
    return _Bounds(start.start, end.end, _finer(start.precision, end.precision), False, year)


def _event_since(text: str, at: int, floor: int) -> int:
    """Where an event phrase before 以来 (整改工作以来, 进驻以来) starts: the clause start, at most 12 back."""
    start = max(floor, at - 12)
    for index in range(at - 1, start - 1, -1):
        char = text[index]
        if _CLAUSE_BREAK.match(char) or char in "自从":
            return index + 1
    return start


def _scan(text: str, reference: dt.date | None) -> Iterator[tuple[re.Match[str], _Resolved | _Invalid]]:
    reference_year = None if reference is None else reference.year
    context = _Context(reference, reference_year)
    previous_end = 0
    for match in _matches(text):
        # A year stated in one paragraph does not carry into the next (a plan's 2026年 before a report's 9月).
        if text.find("\n", previous_end, match.start()) >= 0:
            context.year, context.stated = reference_year, False
        previous_end = match.end()
        start = match.start()
        # (the find is a cheap first test: most dates have no 每 before them)
        if text.find("每", max(0, start - 6), start) >= 0 and _RECURRING.search(
            text, max(0, start - 6), start
        ):
            continue
        # 2023年第45号 (公告), 2023年第3期: a year before a number of a document or an issue is no period.
        if text.startswith("第", match.end()) and _DOCUMENT_NUMBER.match(text, match.end()):
            yield match, _Invalid("the year of a document number")
            continue
        try:
            period, year, stated = _resolve(match, context)
        except (_Invalid, OverflowError, ValueError) as error:  # ValueError: before year 1 (近三年 in year 2)
            yield match, _Invalid(str(error))
            continue
        # A date inside a title (《…（2023-2026 年）》) names the document, not the time the text speaks of.
        if text.rfind("《", max(0, start - 60), start) <= text.rfind("》", max(0, start - 60), start):
            context.year, context.stated = year, stated
        yield match, period


def _check_arguments(text: object, reference: object) -> None:
    """Callers without type checking get a DateError, never a TypeError from deep inside."""
    if not isinstance(text, str):
        raise DateError(f"expected a string, got {type(text).__name__}", source=repr(text))
    if reference is not None and (not isinstance(reference, dt.date) or isinstance(reference, dt.datetime)):
        raise DateError(f"reference must be a datetime.date, got {type(reference).__name__}", source=text)


# Spans are immutable values; sharing the common ones (0 to the length of a short phrase) saves building
# and validating a new one for every parse.
_span = functools.lru_cache(maxsize=4096)(Span)


def _with_source(resolved: _Resolved, original: str, start: int, end: int) -> Period:
    """The Period of a resolved match, its text and span cut from the original (see models._trusted_period)."""
    first, last, relation, precision = resolved
    return _trusted_period(first, last, relation, precision, original[start:end], _span(start, end))


def extract_periods(text: str, *, reference: dt.date | None = None) -> list[Period]:
    """Every time expression in ``text``, in order, none overlapping; see the module docs for the rules.

    >>> import datetime as dt
    >>> [(p.text, p.start, p.end) for p in extract_periods("截止11月底，2017—2022年", reference=dt.date(2023, 12, 25))]
    [('截止11月底', None, datetime.date(2023, 11, 30)), ('2017—2022年', datetime.date(2017, 1, 1), datetime.date(2022, 12, 31))]
    """
    _check_arguments(text, reference)
    narrow = fold(text)  # one character for one: offsets stay valid
    periods: list[Period] = []
    covered = 0
    # 以来 and 期间 cannot overlap one another, so one scan finds those of every gap between two dates.
    events = list(_SINCE_EVENT.finditer(narrow))
    event = 0
    for match, result in _scan(narrow, reference):
        if event < len(events):
            event = _add_event_since(text, narrow, covered, match.start(), periods, events, event, reference)
        if not isinstance(result, _Invalid):
            end = match.end()
            while narrow[end - 1] in _SPACES:  # a year alone may have taken the spaces after it
                end -= 1
            periods.append(_with_source(result, text, match.start(), end))
        covered = match.end()
    _add_event_since(text, narrow, covered, len(narrow), periods, events, event, reference)
    if "月底" in narrow or "月末" in narrow:
        _add_month_end_deadlines(text, narrow, reference, periods)
    return periods


def _month_end_deadline(original: str, start: int, end: int, reference: dt.date | None) -> Period:
    last = None if reference is None else _month_end(reference.year, reference.month)
    return Period(None, last, Relation.BEFORE, Precision.DAY, original[start:end], Span(start, end))


def _add_month_end_deadlines(
    original: str, narrow: str, reference: dt.date | None, periods: list[Period]
) -> None:
    """月底前 without a month, where no other period covers it, in order among the others (one merge pass)."""
    spans = [period.span for period in periods if period.span is not None]  # in order, none overlapping
    added = False
    index = 0
    for found in _MONTH_END_DEADLINE.finditer(narrow):
        while index < len(spans) and spans[index].end <= found.start():
            index += 1
        if index < len(spans) and spans[index].start < found.end():
            continue  # covered by a period found before
        periods.append(_month_end_deadline(original, found.start(), found.end(), reference))
        added = True
    if added:
        periods.sort(key=lambda period: period.span.start if period.span is not None else 0)


def _add_event_since(
    original: str,
    narrow: str,
    begin: int,
    stop: int,
    periods: list[Period],
    events: list[re.Match[str]],
    first: int,
    reference: dt.date | None,
) -> int:
    """Event-relative "…以来", "…期间" (整改工作以来, 巡察期间) between two dates: kept with its text, no dates.

    ``events`` are the matches of _SINCE_EVENT in the whole text, ``first`` the first not yet passed; returns
    the first after ``stop``.
    """
    reached = begin
    index = first
    while index < len(events) and events[index].start() < begin:
        index += 1  # inside a date, or before it
    while index < len(events) and events[index].end() <= stop:
        found = events[index]
        index += 1
        start = _event_since(narrow, found.start(), reached)
        phrase = original[start : found.end()]
        during = found.group() == "期间"
        # "…期间" is a time only as a clause of its own (巡察期间，…), not before a noun (节日期间作风建设)
        if during and found.end() < len(narrow) and not _CLAUSE_BREAK.match(narrow, found.end()):
            reached = found.end()
            continue
        dated = periods[-1] if periods and not during and start == begin else None
        if (
            dated is not None
            and dated.span is not None
            and dated.start is not None
            and dated.relation is Relation.ON
            and begin - dated.span.end <= 2
        ):
            # 2023年9月5日进驻以来: an event right after its date runs from that date, up to the reference date
            since_end = reference if reference is not None and dated.start <= reference else None
            first = dated.span.start
            periods[-1] = Period(
                dated.start,
                since_end,
                Relation.SINCE,
                dated.precision,
                original[first : found.end()],
                Span(first, found.end()),
            )
        elif start < found.start() and phrase not in _VAGUE_SINCE:
            relation = Relation.ON if during else Relation.SINCE
            periods.append(Period(None, None, relation, Precision.DAY, phrase, Span(start, found.end())))
        reached = found.end()
    return index


_LIST_JOINERS: Final = frozenset("、 \u3000")


def _adjacent_list(text: str, first: int, last: int, reference: dt.date | None) -> Period | None:
    """A list of adjacent periods read as one ("6、7月份" is June to July), or None.

    Only whole months or years that follow each other without a gap, joined by 、: "6月、10月" names two
    periods, not the time between them, and "3月和4月" two as well.
    """
    if "、" not in text:
        return None
    items = extract_periods(text[first:last], reference=reference)
    if len(items) < 2 or any(p.relation is not Relation.ON or p.span is None for p in items):
        return None
    precision = items[0].precision
    if precision not in (Precision.MONTH, Precision.YEAR) or any(p.precision is not precision for p in items):
        return None
    reached = 0
    for before, after in zip([None, *items], items, strict=False):
        span = after.span
        assert span is not None
        if any(char not in _LIST_JOINERS for char in text[first + reached : first + span.start]):
            return None
        if before is not None and (
            before.end is None or after.start is None or after.start != before.end + dt.timedelta(days=1)
        ):
            return None
        reached = span.end
    if reached != last - first:
        return None
    return Period(
        items[0].start, items[-1].end, Relation.RANGE, precision, text[first:last], Span(first, last)
    )


@functools.lru_cache(maxsize=64)
def _fresh_context(reference: dt.date | None) -> _Context:
    """The context of a text with no year stated yet; shared, since resolving never changes a context
    (only the scan of a whole text does, on its own)."""
    return _Context(reference, None if reference is None else reference.year)


def parse_period(text: str, *, reference: dt.date | None = None) -> Period:
    """Read ``text`` as exactly one time expression (surrounding spaces are allowed).

    >>> import datetime as dt
    >>> parse_period("2023 年 1-11 月").end
    datetime.date(2023, 11, 30)
    >>> parse_period("年底前", reference=dt.date(2023, 12, 25)).end
    datetime.date(2023, 12, 31)
    >>> parse_period("今年以来").start is None
    True
    >>> parse_period("2023年13月")
    Traceback (most recent call last):
    ...
    xuncha.errors.DateError: there is no month 13: '2023年13月'
    >>> parse_period("94.5%")
    Traceback (most recent call last):
    ...
    xuncha.errors.DateError: not a time expression: '94.5%'
    """
    if text.__class__ is not str or (reference is not None and reference.__class__ is not dt.date):
        _check_arguments(text, reference)  # the exact types pass without a call: most calls
    first, last = 0, len(text)
    if text[:1].isspace() or text[-1:].isspace():
        first, last = last - len(text.lstrip()), len(text.rstrip())
    narrow = fold(text)  # one character for one: offsets stay valid
    match = _EXPRESSION.fullmatch(narrow, first, last) if first < last else None
    if match is None:
        if _MONTH_END_DEADLINE.fullmatch(narrow, first, last):
            return _month_end_deadline(text, first, last, reference)
        joined = _adjacent_list(text, first, last, reference)
        if joined is not None:
            return joined
        since = _SINCE_EVENT.search(narrow, first, last)
        if (
            since is not None
            and since.end() == last
            and _event_since(narrow, since.start(), first) == first < since.start()
        ):
            relation = Relation.SINCE if since.group() == "以来" else Relation.ON
            return Period(None, None, relation, Precision.DAY, text[first:last], Span(first, last))
        raise DateError("not a time expression", source=text, start=first, end=last)
    try:
        period, _, _ = _resolve(match, _fresh_context(reference))
    except (_Invalid, OverflowError, ValueError) as error:  # ValueError, OverflowError: beyond the calendar
        raise DateError(str(error), source=text, start=first, end=last) from None
    return _with_source(period, text, first, last)


# --------------------------------------------------------------------------- formatting (used by Period)


def _is_chinese(locale: str) -> bool:
    return locale.replace("-", "_").split("_")[0].lower() == "zh"


_QUARTER_NAMES: Final = "一二三四"


def _canonical_on(period: Period) -> bool:
    """Whether an ON period's bounds are exactly those its precision names (a whole month, quarter …)."""
    start, end = period.start, period.end
    assert start is not None
    assert end is not None
    precision = period.precision
    if precision is Precision.DAY:
        return start == end
    if precision is Precision.YEAR:
        return (start.month, start.day, end.month, end.day, end.year) == (1, 1, 12, 31, start.year)
    if precision is Precision.MONTH:
        return start.day == 1 and end == _month_end(start.year, start.month)
    if precision is Precision.HALF_YEAR:
        return start.year == end.year and (start.month, start.day) in ((1, 1), (7, 1)) and (
            end == _month_end(start.year, start.month + 5))  # fmt: skip
    if precision is Precision.QUARTER:
        return start.year == end.year and start.day == 1 and start.month % 3 == 1 and (
            end == _month_end(start.year, start.month + 2))  # fmt: skip
    if precision is Precision.SEASON:
        return start.day == 1 and start.month in (3, 6, 9, 12) and end == (
            dt.date(start.year, start.month, 1) + relativedelta(months=2, day=31))  # fmt: skip
    month_end = _month_end(end.year, end.month).day
    same_month = (start.year, start.month) == (end.year, end.month)
    return same_month and (start.day, min(end.day, 31) if end.day < month_end else 31) in _TEN_DAYS_BY_DAYS


def _format_on(period: Period, locale: str) -> str:
    from babel.dates import format_date, format_skeleton

    start = period.start
    assert start is not None
    precision = period.precision
    if precision is Precision.DAY:
        return str(format_date(start, "long", locale=locale))
    if precision is Precision.MONTH:
        return str(format_skeleton("yMMM", start, locale=locale))
    year = str(format_skeleton("y", start, locale=locale))
    if precision is Precision.YEAR:
        return year
    if precision is Precision.HALF_YEAR:
        return year + ("上半年" if start.month == 1 else "下半年")
    if precision is Precision.QUARTER:
        return f"{year}第{_QUARTER_NAMES[start.month // 3]}季度"
    if precision is Precision.SEASON:
        return year + {3: "春季", 6: "夏季", 9: "秋季", 12: "冬季"}[start.month]
    assert period.end is not None
    last = 31 if period.end.day > 20 else period.end.day
    return str(format_skeleton("yMMM", start, locale=locale)) + _TEN_DAYS_BY_DAYS[(start.day, last)]


def _format_period(period: Period, locale: str = "zh_CN") -> str:
    """Implementation of :meth:`Period.format` (kept here so that the models know nothing of babel)."""
    from babel.dates import format_date, format_interval

    start, end, relation = period.start, period.end, period.relation
    chinese = _is_chinese(locale)

    def day(value: dt.date) -> str:
        return str(format_date(value, "long", locale=locale))

    def interval(first: dt.date, last: dt.date, skeleton: str) -> str:
        text = str(format_interval(first, last, skeleton, locale=locale))
        return re.sub(r"\s*[–~-]\s*", "至", text) if chinese else text

    if relation in (Relation.ON, Relation.RANGE) and start is not None and end is not None:
        if chinese and relation is Relation.ON and _canonical_on(period):
            return _format_on(period, locale)
        if start == end:
            return day(start)
        whole_months = start.day == 1 and end == _month_end(end.year, end.month)
        if period.precision is Precision.YEAR and whole_months and (start.month, end.month) == (1, 12):
            return interval(start, end, "y")
        if period.precision is Precision.MONTH and whole_months:
            return interval(start, end, "yMMM")
        return interval(start, end, "yMMMd")
    words: dict[Relation, Callable[[str], str]] = {
        Relation.BEFORE: (lambda d: f"{d}前") if chinese else (lambda d: f"before {d}"),
        Relation.UNTIL: (lambda d: f"截至{d}") if chinese else (lambda d: f"until {d}"),
        Relation.SINCE: (lambda d: f"{d}以来") if chinese else (lambda d: f"since {d}"),
        Relation.AFTER: (lambda d: f"{d}以后") if chinese else (lambda d: f"from {d}"),
    }
    bound = end if relation in (Relation.BEFORE, Relation.UNTIL) else start
    if relation in words and bound is not None:
        return words[relation](day(bound))
    if period.text is not None:
        return period.text
    raise DateError("a period without dates cannot be formatted", source=repr(period))


_EDTF_SEASONS: Final = {3: 21, 6: 22, 9: 23, 12: 24}


def _iso_period(period: Period) -> str:
    """Implementation of :meth:`Period.iso`: an ISO 8601 / EDTF date or interval."""
    start, end = period.start, period.end
    if period.relation is Relation.ON and start is not None and end is not None and _canonical_on(period):
        precision = period.precision
        if precision is Precision.DAY:
            return start.isoformat()
        if precision is Precision.MONTH:
            return f"{start.year:04}-{start.month:02}"
        if precision is Precision.YEAR:
            return f"{start.year:04}"
        if precision is Precision.QUARTER:
            return f"{start.year:04}-{32 + (start.month + 2) // 3}"
        if precision is Precision.HALF_YEAR:
            return f"{start.year:04}-{40 if start.month == 1 else 41}"
        if precision is Precision.SEASON:
            return f"{start.year:04}-{_EDTF_SEASONS[start.month]}"
    # EDTF: ".." is an open end (a deadline has no start), "" an unknown one (no reference date given).
    open_start = period.relation in (Relation.BEFORE, Relation.UNTIL)
    open_end = period.relation is Relation.AFTER
    first = ".." if open_start else (start.isoformat() if start else "")
    last = ".." if open_end else (end.isoformat() if end else "")
    return f"{first}/{last}"
