"""The grammar of time expressions: one verbose regular expression, built from tables on first use.

Every group has a descriptive name and a comment beside it; resolution (``_resolve``) reads the groups by
those names. A point (a date, a month, a part of a year …) is written once and used twice, for the start and
the end of a range: its groups carry the prefix ``start_`` or ``end_``.

Adding a part of a year (年中, 岁末 …) is one row of ``YEAR_WORDS`` in :mod:`xuncha.dates._words`: the
expression, the candidate scan and resolution all derive from it. Every repetition is bounded, so matching is linear in the text's length.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from xuncha._cues import COMPARED_BEFORE_QIAN
from xuncha._regex import optional_groups_as_branches
from xuncha.dates._around import DATELINE_FOLLOWS
from xuncha.dates._words import (
    EDGE,
    EDGE_GUARDS,
    HOLIDAY_WORDS,
    YEAR_WORDS,
    holiday_pattern,
    year_word_pattern,
)

# --------------------------------------------------------------------------- pieces of the expression

SPACES: Final = " \u3000\xa0"
_SP = rf"[{SPACES}]{{0,2}}"  # writers put up to a space or two between numbers and units
# Not after a digit or a dot (a longer number, a decimal), except a list number's dot before a year written with
# 年 (目录1.2023年…报告 2.2023年…: items 1 and 2, both of 2023).
# (Each number below is tested for its first digit before the lookbehinds on what comes before it, which then
# include that digit: an alternation tests a character at once, but calls the engine for each lookbehind.)
# The last two digits of the next year in a split fiscal year (2019/20年度, 二零一九/二零年度).
_TWO_DIGITS = "[0-9]{2}(?![0-9])|[〇○零一二三四五六七八九]{2}(?![〇○零一二三四五六七八九])"
# A list number's dot before a date (目录1.2023年…, 1.11月21日), of one digit or two; a decimal's point is none.
_LIST_DOT = r"(?<![0-9.])[0-9]\."
_LIST_DOT_TWO_DIGITS = r"(?<![0-9.])[0-9]{2}\."
# A year after a list number's dot (1.2023年工作总结, 2.2023-2024学年第一学期): no decimal has four places before
# 年, nor before another year and 学年.
_AFTER_LIST_DOT = r"(?=[0-9]{3}(?:年|[ ]?[-—–~〜至到]{1,2}[ ]?[12][0-9]{3}[ ]?学年))"
_YEAR_NUM = (
    rf"[12](?:(?<![0-9.][12])|(?<={_LIST_DOT}[12]){_AFTER_LIST_DOT}|(?<={_LIST_DOT_TWO_DIGITS}[12]){_AFTER_LIST_DOT})"
    r"[0-9]{3}(?![0-9])|[〇○零一二三四五六七八九]{4}"
    # a Chinese year typed with the digit 0 for 〇 (二00八年, 二0二三年): a 一 or 二 first, a 0 among the rest
    r"|[一二](?=[〇○零一二三四五六七八九]{0,2}0)[〇○零一二三四五六七八九0]{3}(?![0-9])"
    # or with the letter O for 〇 (二OO八年, as typists write it): a 一 or 二 first, an O among the rest
    r"|[一二](?=[〇○零一二三四五六七八九0]{0,2}O)[〇○零一二三四五六七八九0O]{3}(?![0-9A-Za-z])"
)
# A year whose 年 a scraper dropped before its month (20249月至11月, 20231月1日, 202312月31日) or its half
# (2023上半年): four digits 19xx or 20xx glued to a month number and 月, which no count or amount is written as.
# (the four digits are also looked behind from where the month starts: _point's month)
_YEAR_LOST_NIAN_BEFORE = "(?<![0-9.])(?:19|20)[0-9]{2}"
_LOST_NIAN_MONTH = "(?:1[0-2]|[1-9])"
# (or before a half of the year: 2023上半年)
_AFTER_LOST_NIAN = f"{_LOST_NIAN_MONTH}月|[上下]半年"
_YEAR_LOST_NIAN = f"{_YEAR_LOST_NIAN_BEFORE}(?={_AFTER_LOST_NIAN})"
# A year glued to the number of the figure or table it captions (图12017年 for 图1 2017年, 表102016年): the
# last four digits, 19xx or 20xx, since the whole number is no year; the figure number is not read.
# A figure's, table's or attachment's number glued before a year (图12017年, 附件12023年扶持…), or a converted
# page's number glued before the year that opens its line (12024年街道工作打算: page 1).
# (the century's first digit is read first, as in _YEAR_NUM)
_FIGURE_NUMBER_BEFORE = (
    "(?:(?<=[图圖表][0-9]{digit})|(?<=[图圖表][0-9]{{2}}{digit})|(?<=附件[0-9]{digit})"
    "|(?<![^\n][0-9]{digit})(?<=[0-9]{digit}))"
)
_FIGURE_YEAR = (
    f"(?:1{_FIGURE_NUMBER_BEFORE.format(digit='1')}9|2{_FIGURE_NUMBER_BEFORE.format(digit='2')}0)"
    "[0-9]{2}(?![0-9])"
)
# A month glued to a zero-padded date before it, as a page prints its date and the story's (2025-03-183月6日).
_PADDED_DATE = "[12][0-9]{3}[./-][0-9]{2}[./-][0-9]{2}"
_GLUED_MONTH = rf"(?:0?[1-9]|1[0-2]){_SP}月"
_GLUED_TIME = "(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9]"
_SMALL_NUM = (
    r"[0-9](?<![0-9.][0-9])[0-9]?(?![0-9])"
    r"|[一二三四五六七八九十两](?<![一二三四五六七八九十百千万亿零〇两第][一二三四五六七八九十两])[一二三四五六七八九十两]{0,2}"
)
# A two-digit year (15年, 零七年, 九七年) is one only before what can follow a year: a month, a quarter, a
# part of a year, a holiday or 度 (22年度预算; 15年来 and 五六年前 are counts of years). Its century comes from
# the text.
# In Chinese digits, not after another numeral (its first digit read first, then what comes before it, as in
# _YEAR_NUM).
# (what a year in Chinese numerals does not follow: another numeral, 第 or 几, of which it would be part)
_NUMBER_BEFORE_A_CN_YEAR = "[〇○零一二三四五六七八九十百千万亿两第几]"
_CN_SHORT_YEAR = f"[〇○零一二三四五六七八九](?<!{_NUMBER_BEFORE_A_CN_YEAR}[〇○零一二三四五六七八九])[〇○零一二三四五六七八九]"
# The months of a range from a month after a year (1至8月, 1-8月): what may follow a year that no count of years is
# followed by.
_MONTHS_FROM = rf"[0-9]{{1,2}} {_SP} [至到\-—–~〜] {_SP} [0-9]{{1,2}} {_SP} 月"
# The parts of a year a short or a Minguo year may stand before (and no count of years does): the months of a range,
# a quarter (第4季, as Taiwan and Macao write it, or 季度), a half, the whole year.
_PARTS_AFTER_A_SHORT_YEAR = rf"{_MONTHS_FROM}|第[一二三四1-4]个?季|[一二三四1-4]个?季度|[上下]半年|全年"
_SHORT_YEAR_FOLLOWS = (
    rf"度|{_SP}(?:(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}|元){_SP}月|{_PARTS_AFTER_A_SHORT_YEAR}|[底末初]"
    r"|“?(?:" + "|".join(sorted(HOLIDAY_WORDS, key=len, reverse=True)) + "))"
)
# A year of three digits (114年度, 101年9月, 102年1至8月, 105年上半年, 106年第4季, 107年全年) is a year of the Republic
# of China's calendar (民国纪年, year 1 is 1912), as Taiwan's pages date their own years: no other text writes a
# three-digit year before a month or the months of a range, a half or a quarter of the year, 全年 or 度 (建党100年初心
# is a count, so not before 初, 底 or a holiday); nor before 学年, an academic year (109學年).
_THREE_DIGIT_YEAR = r"1 (?<![0-9.]1) [0-9]{2}"
_MINGUO_YEAR = (
    rf"{_THREE_DIGIT_YEAR} (?= 年 (?: 度 | {_SP} [0-9]{{1,2}} {_SP} 月 | {_PARTS_AFTER_A_SHORT_YEAR} ) )"
)
# A Minguo year in Chinese numerals without 民国 (九十一年度, 一一三年度), as Taiwan's budgets and audits name their fiscal
# years: only before 年度, which no count of years takes (三十年度过 is one spent), 二十 to 九十九 or 一〇〇 to 一二九 digit
# by digit (mainland text writes a year's four digits, 二〇一三年度).
_MINGUO_NUMERALS_YEAR = (
    f"(?<!{_NUMBER_BEFORE_A_CN_YEAR})"
    "(?:[二三四五六七八九]十[一二三四五六七八九]?|一[〇○零一二][〇○零一二三四五六七八九])"
    "(?=年度(?!过))"
)
# A Minguo year before the months of a range (102年1至8月).
_MINGUO_BARE_YEAR = rf"{_THREE_DIGIT_YEAR} (?= 年 {_MONTHS_FROM} )"
# An academic year of Taiwan's calendar (109學年, 從106學年起): read as the calendar year, as the corpus reads one.
_MINGUO_SCHOOL_YEAR = rf"{_THREE_DIGIT_YEAR} (?= 学年 )"
# 后天 is also "acquired" (后天性, 后天努力): the day after tomorrow only before a clause break, a time of day
# or a word of when or what happens then.
_AFTER_HOUTIAN = (
    r"[，,。；;！!？?、\s]|$|[上下中]午|早上|晚上|凌晨|[起前再就将会要到]|开始|召开|举行|出发|上班"
)
_CONN = r"——|—|–|--|-|~|〜|至|到"  # (-- as typed for a dash: 10月15日--11月25日)
_TEN_DAYS = "上中旬|中下旬|上旬|中旬|下旬"
# The times of a day a news report puts after its day (3日上午, 7日清晨, 13日当天): a count of days takes none.
_TIMES_OF_DAY = "[上下]午|早上|晚上|凌晨|清晨|早晨|中午|傍晚|晚间|夜间|当天|当晚|晚(?![于会报餐宴点些])"
# (or a range's connector or 起 after it: (记者某某)13日起至19日, …。3日至5日，…)
# What a news report's day stands before: a verb of announcing, meeting, acting or travelling (发布, 对外发布, 联合下发,
# 召开, 在京发布, 赴, 向社会公开), as wire copy writes it.
_NEWS_VERBS = (
    "(?:(?:对外|正式|联合|集中)?(?:发布|公布|公开|印发|下发|召开|举办|开展)|举行|表示|宣布|通报|介绍|发出|披露|提请|审议|启动"
    "|出席|主持|会见|走访|调研|考察|闭幕|开幕|透露|指出|赴|前往|向|对|从[^，,。；;]{1,10}(?:获悉|了解|得知)"
    "|在[京沪]|在此间|在[^，,。；;]{1,8}(?:召开|举行|发布|闭幕|开幕|介绍|表示|宣布|通报))"
)
_LONE_DAY_FOLLOWS = (
    "[，,]|起(?![草步诉点飞源床义])|开始|[至到—–~〜-](?=[0-9]{1,2}[日号])"
    # (or what a news report's day stands before: …大会,28日审议…; 3省(区)9日向社会公开…)
    f"|{_NEWS_VERBS}"
    # (or the next day of a list after a month's day, or the count of its days: 9月20日、21日、27日、28日四天)
    "|[、和](?=[0-9]{1,2}日)(?:(?<=月[0-9]日、)|(?<=月[0-9]{2}日、)|(?<=月[0-9]日和)|(?<=月[0-9]{2}日和))"
    "|[两二三四五六七八九十]天"
    # (or spaces and words: a chronicle's entry, 1日 市委召开…, under its month's heading)
    "|[ \u3000]{1,3}(?=[\u4e00-\u9fff])|"
) + _TIMES_OF_DAY
# A day in brackets after a word of the day or the week that it dates (今天(8日), 截至昨日(26日), 周日(8日), 星期三
# (5日)), as a news lead writes it: the day of the month the word names (fixed-width lookbehinds, one per digit count).
_DAY_WORD = "(?:今天|今日|昨天|昨日|明天|明日|[周期][一二三四五六日天])"
_BRACKETED_AFTER_A_DAY_WORD = (
    rf"(?=[）)])(?:(?<={_DAY_WORD}[（(][0-9][日号])|(?<={_DAY_WORD}[（(][0-9]{{2}}[日号]))"
)
# The bullets a page opens its news items with (◆3日上午，…): a clause starts after one.
_BULLETS = "◆◇●■□▲△★☆•※"
_TEXT_ENDS = r"[ \t\u3000]*\Z"
# (a page saved on Windows ends its lines with \r\n; a scraped page pads them with no-break spaces)
_LINE_ENDS = r"[ \t\u3000\xa0]*\r?(?:\n|\Z)"
# A line's start, after an indent of up to four spaces (fixed-width lookbehinds: one per indent width).
_INDENTED_LINE_START = (
    "(?:(?<![^\\n])"
    + "".join(
        rf"|(?<=\n[ \t\u3000\xa0]{{{width}}})|(?<=^[ \t\u3000\xa0]{{{width}}})" for width in range(1, 5)
    )
    + ")"
)
# A count of days (为期10日, 历时10日, 连续3日, 10日内, 10日以后) is no day of a month.
_NOT_BEFORE_A_SENTENCE_DAY = (
    "〇○零一二三四五六七八九十两百千万次为期历时用共近约满超过达计第每个逾余已仅才多数前后起隔再等续"
)
_NOT_AFTER_A_SENTENCE_DAY = "内以后前之左起来至到的时期间后余多个"
# A news report's day: right after the body or person that acted (国资委19日, 负责人22日, 某市28日, 督察组1日) and
# before a verb of announcing, meeting, acting or travelling (发布, 对外发布, 联合下发, 召开, 在京发布, 赴,
# 向社会公开) or a time of the day, as wire copy writes it; the days of a list before one (11日、12日赴东屿巡察)
# are as many such days.
_NEWS_DAY_FOLLOWS = (
    "(?:(?<=[\u4e00-\u9fff、][0-9]日)|(?<=[\u4e00-\u9fff、][0-9]{2}日)"
    "|(?<=[\u4e00-\u9fff][ ][0-9]日)|(?<=[\u4e00-\u9fff][ ][0-9]{2}日))"
    "(?:、[0-9]{1,2}日){0,3}"
    f"(?:{_NEWS_VERBS}|{_TIMES_OF_DAY})"
    # or after 于 (将于21日、22日陆续公布, 於25日赴…): a count of days takes no 于 before it; and the next day of
    # such a list (the 22日 of 于21日、22日)
    f"|(?:(?<=[于於][0-9]日)|(?<=[于於][0-9]{{2}}日)|(?<=[于於][0-9]日、[0-9]日)|(?<=[于於][0-9]{{2}}日、[0-9]{{2}}日))"
    f"(?:、[0-9]{{1,2}}日){{0,3}}(?![{_NOT_AFTER_A_SENTENCE_DAY}])"
)
# A day in Arabic digits may go without 日 before a clause break, the end of the text or a range to another
# month (10月31，…; 1月3至2月10). Not in Chinese numerals: 三月三 is a lunar festival; not before anything else
# (10月22个), nor at a line's end without a year, where hard-wrapped text breaks lines (11月7⏎个村).
_RANGE_TO_A_MONTH = rf"{_SP}(?:—|–|-|~|〜|至|到){_SP}(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}月"
# Right after the digits of a day of a month, 1–31 (fixed-width lookbehinds: 5, 05, 15, 31; not 46)
_A_DAY_NUMBER_BEFORE = "(?:(?<=[^0-9][1-9])|(?<=[^0-9]0[1-9])|(?<=[^0-9][12][0-9])|(?<=[^0-9]3[01]))"
# A month and its day, or a part of the month, may follow a list number's dot (1.11月21日, 1.9月上旬, in a brief's
# run-in list: _LIST_DOT), as a year may, where a bare decimal (1.5月) is no date.
_MONTH_DAY_FOLLOWS = rf"[0-9]?{_SP}月{_SP}(?:[0-9]{{1,2}}{_SP}[日号]|[上中下]旬|底|初|末)"  # (1.9月上旬)
# A month and day fused into digits that split one way only: 1027 (10-27), 426 (4-26); not 111 (1-11, 11-1).
_ONE_WAY_MONTH_DAY = "(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])|[2-9](?:0[1-9]|[12][0-9]|3[01]))"
# A range end's day in Arabic digits may lose its 日 before a clause break too, after a start that wrote its day
# (2022年9月9日至28,…), as a day after its month may (10月31，…).
_END_DAY_UNWRITTEN = rf"(?(start_day) {_A_DAY_NUMBER_BEFORE} (?=[，,。；;]) | (?!) )"
_DAY_UNWRITTEN_FOLLOWS = rf"[，,。；;！!？?]|{_TEXT_ENDS}|{_RANGE_TO_A_MONTH}"


# The first characters of a relative year (今年, 本月 …) that also end other words, and the characters before
# them that make such a word: there the 年 or 月 after them starts a word of its own (基本年薪, 成本月报, 健全年度,
# 不同年龄, 担当年轻, 说明年度, 马上年底, 未来年度, 首次年度), and no time is named. Only where the other reading
# is rare: 超过去年, 追回去年, 确保全年, 公安全年 are 去年 and 全年 after a word. (年轻, 年龄, 年薪,
# 年级 after any relative year are words too: 担当年轻干部, 本年级; not 纪, which starts 纪委 in 去年纪委…, nor 轻微,
# "slightly": 较前年轻微上升)
_AFTER_NO_WORD: Final = {
    first: f"(?<![{before}])"
    for first, before in {
        # (simplified: xuncha._fold folds the traditional forms before the grammar reads them)
        "本": "基资成根样版账帐课剧文标原范读脚副蓝书",
        "当": "担相适充应正妥恰得理敢承失",
        "上": "马线晚",
        "明": "光文说证表声透发鲜分聪英精阐查指讲注标载写言申辨澄廉清",
        "后": "今落随背幕善稍",
        "次": "0-9一二三四五六七八九十两几多首层批档名班车人依再屡累初",
        "同": "不共相协连等认赞合陪伙混雷",
        "来": "未本原近向历",
        "全": "年度健齐完",
    }.items()
}
# 前一年, the year before the one spoken of, after a word of comparison or where a clause starts (较前一年上升,
# 前一年的增速); after a noun it is the year before an event (换届前一年), which no calendar fixes.
_PREVIOUS_ONE = rf"(?<![^{''.join(sorted(COMPARED_BEFORE_QIAN))}，,。；;：:\s(（“])前一"
_RELATIVE_YEAR_FIRSTS = "|".join(
    f"{_AFTER_NO_WORD.get(first, '')}{first}" for first in "本当去上明后次同来全"
)


# Lookaheads on what a form must start with, that refuse it at once elsewhere (most candidates are years,
# and each of these forms, tried in full, failed there only after its lookbehinds and alternatives). Each
# is a necessary condition of its form: tests/test_dates_grammar.py compares the expression without them.
_SEPARATED_GUARD: Final = r"(?=[12][0-9]{3}[./\x20-])"  # 2023-03-13, 2023.3.13, 2022 11 23
# The adverbs before a 于 that dates what was done (并于, 已于, 将于, 分别于, 先后于, 随后于, 同时于), after which
# seven digits are a date that lost 年, 月 and 日 (并于2025218向…反馈): its last character (a fixed-width
# lookbehind).
_DATING_YU = "[并已将拟均别后时]于"
# What may follow such a date: a verb or preposition of the sentence or a clause break, not a unit (2025218元).
_AFTER_DATING_YU = "[向对在召开反完起前后进组和与，,。；;]"
_GLUED_GUARD: Final = (  # 2019318日, 815日, 2025年1027日, 2024926 ending its line, 并于2025218向
    rf"(?=[0-9]{{2,8}}日|[0-9]{{4}}年[0-9]{{3,4}}日|(?:19|20)[0-9]{{5}}{_LINE_ENDS}"
    rf"|(?<={_DATING_YU})(?:19|20)[0-9]{{5}}{_AFTER_DATING_YU})"
)


def _right_after(words: tuple[str, ...], then: str = "") -> str:
    """Right after one of ``words`` and ``then`` (a number's first digit, for the candidate scan): a fixed-width
    lookbehind per word, escaped (the expression is verbose: an escaped space stays a space)."""
    return "(?:" + "|".join(f"(?<={re.escape(word)}{then})" for word in words) + ")"


# A page's date labels (日期:, 时间: , 创建于, 最后更新:), each with the separators a header puts after it.
_DATE_LABELS: Final = tuple(
    label + separator
    for label in ("日期", "时间", "创建于", "更新", "发布于")
    for separator in ("", ":", "：", ": ", "： ", " ")
)
_AFTER_A_DATE_LABEL: Final = _right_after(_DATE_LABELS)
_CHROME_GUARD: Final = (
    "(?=[0-9]{1,2}-)"  # 09-17 / 2025 (the digits first: the line start is nine lookbehinds)
)
# What the suffix and a range's 起 or connector start with, tested before their groups open: a group opened, even to
# fail, costs the engine a pass over the groups numbered below it (it clears them when a group numbered above
# all those set so far opens).
_SUFFIX_GUARD: Final = "(?=[以至来期假开起前之后为止内及])"
_FROM_THEN_GUARD: Final = "(?=[起开启进])"
_CONNECTOR_GUARD: Final = "(?=[—–\\-~〜至到截延持0-9一])"  # (a digit: 至 lost between two days, 3日4月5日)


def _part_of_year_guard() -> str:
    """The lookahead for the first characters of a part of a year (part_of_year in _point): of its words
    (a year word's second character too, as 2023年底 shares its 年), its holidays and its fixed forms."""
    words = "".join(word[:2] if word.startswith("年") else word[0] for word in YEAR_WORDS)
    holidays = "".join(word[0] for word in HOLIDAY_WORDS)
    # 本季度 上季度 前两季度 第一季度 一季度 首季度 冬季 同期 年内 “五一” 清明 Q2
    fixed = "本上下前第一二三四1234两首春夏秋冬同年“清Q"
    characters = dict.fromkeys(fixed + words + holidays)
    return "(?=[" + "".join(map(re.escape, characters)) + "])"


def _point(p: str, *, day_only: bool = False) -> str:
    """One date point (verbose syntax); its group names carry the prefix ``p`` (start_ or end_)."""
    holiday = holiday_pattern()
    month = rf"""
        (?:   (?P<{p}month> {_SMALL_NUM} | 元(?=月)                            # 3月, 十二月, 元月, 6月份
                          | [0-9] (?<={_PADDED_DATE} (?={_GLUED_MONTH}) [0-9]) [0-9]?
                          | [0-9] (?<={_LIST_DOT}[0-9]) (?={_MONTH_DAY_FOLLOWS}) [0-9]?       # 1.11月21日
                          | (?({p}year_given) (?<={_YEAR_LOST_NIAN_BEFORE}) {_LOST_NIAN_MONTH} | (?!)) )  # 20249月
          {_SP} 月 (?:份)?
            | (?<![以每一])                                                      # 本月, 上个月: by the reference;
              (?P<{p}relative_month> {_AFTER_NO_WORD["本"]}本 | {_AFTER_NO_WORD["当"]}当(?!月度) | (?<![0-9一二三四五六七八九十两几多])次(?!月度)  # 当月, 次月:
                                   | 上上个? | 下下个? | 上一个? | 下一个?        #   by a date before;
                                   | 上个? | 下个? ) 月                           #   上上个月: two back
        )
        (?: {_SP}
            (?:   (?P<{p}day> {_SMALL_NUM}) {_SP}                               # 13日, 十五号,
                  (?: [日号] | (?=[上下]午|早上|晚上)                            #   3月4下午,
                    | (?({p}year_given) (?={_LINE_ENDS}) | (?!) )                     #   a signature's
                                                                                #   2023年9月18⏎,
                    | {_A_DAY_NUMBER_BEFORE} (?= {_DAY_UNWRITTEN_FOLLOWS} ) )               #   10月31，1月3至2月10
                | (?P<{p}ten_days> {_TEN_DAYS})                                 # 上旬 … 中下旬
                | (?: 月 (?=[初底末]) )? (?P<{p}month_edge> {EDGE})             # 月初, 月底, 月末;
                                                                                #   12月月底: 月 twice
            )
        )?
    """
    part_of_year = rf"""
          (?<![以每]) (?P<{p}relative_quarter>                                  # 本季度: by the reference,
              本|上上个?|下下个?|上一个?|下一个?|上个?|下个?) 季度                #   下下个季度: two ahead
          (?: (?P<{p}relative_quarter_end> 末|底)                               # 上季度末: its last day,
            | (?P<{p}relative_quarter_start> 初{EDGE_GUARDS["初"]}) )?          #   本季度初: its first
        | (?: (?P<{p}quarters_from_first> 前) {_SP} )? (?: 第 {_SP} )?          # 前两季度: from the first on
          (?: (?<=年) Q (?=[1-4]) )?                                            # 2025年Q2
          (?P<{p}quarter> [一二三四1-4] | (?<=前)两 | (?<![前第])首)             # 三季度, 首季度, 首季 (a
          (?: (?<=Q[1-4]) | (?<=首)季(?![节度]) | (?<=前[1-3一二三两])季(?![节度]) |  #   report's first quarter;
                                                                                #   前三季, the first three);
              (?({p}year_given) (?<=第[一二三四1-4])季(?![节度]) | (?!) ) |        #   2023年第4季 (Macao's);
          (?: (?<=[第前][一二三四1-4两])个 )? {_SP} 季度 )                       #   第4个季度,
                                                                                #   spaced: 第 3 季度
          (?: (?P<{p}quarter_end> 末|底)                                        # 三季度末: its last day,
            | (?P<{p}quarter_start> 初{EDGE_GUARDS["初"]}) )?                   #   四季度初: its first
        # (not a school term: 秋季学期 and 寒假 have no calendar-fixed span, each school and province sets its own,
        # like a holiday season; a year before one is read alone, 2023年秋季学期 → 2023年)
        | (?<![春夏秋冬]) (?P<{p}season> 春|夏|秋|冬)                           # 冬季
          (?P<{p}second_season> 春|夏|秋|冬)? 季 (?!学期)                        # 秋冬季: two in a row
          (?({p}year_given) {_SEASON_ENDS} | )                                  # (2018年夏季攻势: the year alone)
        | (?P<{p}year_word> {year_word_pattern(p)})                            # 年底, 上半年: YEAR_WORDS
        | (?({p}year_given) (?<=年) (?P<{p}same_period> 同期 | 同月) | (?!) )    # 上年同期: the last period,
                                                                                #   a year back; 去年同月 its month
        | [前首] {_SP} (?P<{p}first_months> {_SMALL_NUM}) {_SP} 个?月           # 前10个月, 前11月,
                                                                                #   前 11 月 (spaced); 首五月,
                                                                                #   首10個月 (Hong Kong, Macao)
        | 年 (?<![0-9一二三四五六七八九十两几多半每近]年) (?=内)                 # 年内: the year itself
        # A holiday (in quotes after its year: 2024年“五一”期间), or two named together for the time around
        # them (元旦春节期间, 中秋、国庆前后) with up to two more between them (春节、清明、五一期间); there
        # a bare 清明 is the festival, not the word of 政治清明.
        | (?({p}year_given)“?) (?P<{p}holiday> {holiday} | (?({p}year_given)清明|(?!)) )    # 2018年清明
          (?: (?: [、和及与暨]? (?: {holiday} | 清明 ) ){{0,2}} [、和及与暨]?
              (?P<{p}last_holiday> {holiday}) (?: “?[两双]节”? )? (?= ”?(?:期间|假期|前后) )
          )?
          (?({p}year_given) {_HOLIDAY_ENDS} | )                                 # (2014年春节假期门诊: the year)
    """
    year = rf"""
        (?P<{p}year_given>
              (?P<{p}year> {_YEAR_NUM} | {_FIGURE_YEAR} | {_YEAR_LOST_NIAN})     # 2023年, 二〇二三年,
              (?: {_SP} 学?年 | (?<=[0-9]) (?= {_AFTER_LOST_NIAN} ) )           #   20249月 (年 lost),
                                                                                #   2025学年: its calendar year
            | (?P<{p}short_year> [0-9] (?<![0-9.][0-9]) [0-9]                          # 15年3月, 零七年: the
                               | {_CN_SHORT_YEAR}                                      #   century from the
                               | {_MINGUO_YEAR} | {_MINGUO_SCHOOL_YEAR} )              #   text, or refused;
              (?: 年 (?= {_SHORT_YEAR_FOLLOWS} ) | (?<=1[0-9]{{2}}) 学年 )       #   114年度, 109学年: Minguo
            | 民国 {_SP} (?P<{p}minguo_year> [0-9]{{1,3}} (?![0-9]) | 元                # 民國103年, 民國三十六年,
                                          | [〇○零一二三四五六七八九十百]{{1,5}} ) {_SP} 年  #   中華民國一百零八年:
                                                                                #   the Republic's calendar
            | (?P<{p}minguo_numerals> {_MINGUO_NUMERALS_YEAR}) 年               # 九十一年度, 一一三年度
            | (?<![以之每此其然最提]) [今本上去明]                                # 今（2025）年, 上(2020)年: a
              [（(] (?P<{p}bracketed_year> [12][0-9]{{3}}) [）)] 年             #   relative year that writes its
                                                                                #   number, as Taiwan's press does
            | (?<![以之每此其然最提])                                            # not 以前年 …
              (?P<{p}relative_year> 大前|大后|今|{_RELATIVE_YEAR_FIRSTS}|上一|下一|{_PREVIOUS_ONE}|前|翌) 年 (?!轻(?!微)|[龄薪级])
        ) (?:度)?                                                               # 2023年度
    """
    # A year and month with a dot and no day (2021.01—2023.06) is a date only in a range of two such, since
    # alone it reads as a decimal (2023.5万元).
    dotted_month = r"(?:(?<=[0-9]{4}\.[0-9])|(?<=[0-9]{4}\.[0-9]{2}))(?![0-9]|\.[0-9]|[万亿元%])"
    if not day_only:
        dotted_month += rf"(?={_SP}(?:{_CONN}){_SP}[12][0-9]{{3}}\.[0-9])"
    separated = rf"""
        {_SEPARATED_GUARD} (?<![0-9.]) (?P<{p}separated_year> [12][0-9]{{3}})                      # 2023-03-13, 2023.3.13
        (?P<{p}separator> [./-]                                                 # the same separator twice;
                        | (?<![^\n][12][0-9]{{3}}) (?P<{p}spaced> \x20) )       #   a space on a line of its
        (?P<{p}separated_month> [0-9]{{1,2}})                                    #   own (2022 11 23⏎)
        (?:   (?P={p}separator) (?P<{p}separated_day> [0-9]{{1,2}})
              (?: (?![0-9]|\.[0-9])                                             # a zero-padded date glued
                | (?<=[0-9]{{2}}[./-][0-9]{{2}}) (?={_GLUED_MONTH}|{_GLUED_TIME}) )   #   to a month or a time
                                                                                #   (2025-03-183月6日, 2023-11-2010:30)
              (?({p}spaced) (?={_LINE_ENDS}) | (?:{_SP}日)? )
            | (?({p}spaced) (?!) | {dotted_month} )                             # 2021.01—2023.06
        )
    """
    # A year, a part (month, quarter, holiday …), or a year with a part; the empty alternative is open only
    # after a year (a conditional group), so that one copy of each group serves with and without a year.
    # A year alone may keep the spaces after it; callers trim them.
    # A date whose 年 and 月 a scraper dropped (2019318日 for 2019年3月18日, 815日 for 8月15日): read where
    # the digits split one way only. With a year, resolution refuses a split that is ambiguous (2019111日);
    # without one, only shapes that cannot be a day or split two ways: a month 2–9 and a day (815日), or two
    # digits past 31 (86日), after a clause break, 于, 至 or 、; and a month 10–12 with its day as a range's end
    # (20241014日至1213日: four digits and 日 after 至 are no count).
    # With its 年 kept and only 月 lost (2025年1027日), only where the digits split one way (2019年111日 is read as
    # 2019年 alone).
    # With 日 lost too (2024926), only as seven digits that end their line after a date label (公开日期:2024926),
    # where they split one way as well: seven digits alone or after spaces are as often an amount in a table
    # (办公费  2024618), and a false date is worse than a date missed; and after an adverb's 于 before a verb
    # (并于2025218向…反馈), where an amount would be followed by its unit.
    glued = rf"""
        {_GLUED_GUARD} (?<![0-9.]) (?:   (?P<{p}glued_year> (?:19|20)[0-9]{{2}}) (?: 年 (?= {_ONE_WAY_MONTH_DAY} 日) )?
                          (?P<{p}glued_month_day> [0-9]{{1,4}})
                        | (?<=[，,、。；;：:\s于至]) (?P<{p}glued_short> [2-9](?:0[1-9]|[12][0-9]|3[01]) | 3[2-9] | [4-9][1-9]
                                                            | (?<=至) 1[0-2](?:0[1-9]|[12][0-9]|3[01]) ) )
        (?: 日 (?![0-9])
          | (?<=日期[:：][0-9]{{7}}) (?={_LINE_ENDS})
          | (?<={_DATING_YU}[0-9]{{7}}) (?={_AFTER_DATING_YU}) )
    """
    # A page header's date written month-day, slash, year on a line of its own (09-17 / 2025), a template's;
    # the line may be indented (the digits and - first: one test, where the line start is nine lookbehinds).
    trailing_year = rf"""
        {_CHROME_GUARD} {_INDENTED_LINE_START} (?P<{p}chrome_month> 0?[1-9] | 1[0-2]) - (?P<{p}chrome_day> 0?[1-9] | [12][0-9] | 3[01])
        {_SP} / {_SP} (?P<{p}chrome_year> [12][0-9]{{3}}) (?={_LINE_ENDS})
    """
    # A page header's date written day first with dots (19.05.2018  06:47, an aggregator's), at a line start
    # before a time of day or the line end: a day-first date inside a text is too easily a version or a list.
    day_first = rf"""
        (?<![^\n]) (?P<{p}dmy_day> 0?[1-9] | [12][0-9] | 3[01]) \. (?P<{p}dmy_month> 0?[1-9] | 1[0-2])
        \. (?P<{p}dmy_year> [12][0-9]{{3}}) (?= {_LINE_ENDS} | [ \t\u3000]+ {_GLUED_TIME} )
    """
    # A page's date after its label, as a page header prints it: month and day alone (时间: 01-19, 日期:08-29,
    # 创建于11-02), or after a three-digit year of the Republic's calendar (日期:109-11-02, 公告日期: 113/06/21).
    labelled = rf"""
        {_AFTER_A_DATE_LABEL} (?: (?P<{p}label_minguo> 1[0-2][0-9]) [-/] )?
        (?P<{p}label_month> 0[1-9] | 1[0-2]) [-/] (?P<{p}label_day> 0[1-9] | [12][0-9] | 3[01]) (?![0-9/-])
    """
    alternatives = [
        separated,
        trailing_year,
        day_first,
        labelled,
        glued,
        rf"(?:{year})? (?({p}year_given){_SP}) (?: {month} | {_part_of_year_guard()} (?: {part_of_year} ) | (?({p}year_given)|(?!)) )",
        # the date of the text itself: 即日起至2024年6月30日; 今起, 今日起 (from today on, a headline's 今起实施)
        # (not the 今 of 至今, 迄今, 如今: 至今起到了作用)
        rf"(?P<{p}today> 即日 | (?<![至迄如而现古当])今日? (?=起(?![草步诉点飞源床义到])) )",
        # the week of the text itself, Monday to Sunday (本周, 上周, 下一周; 週 is folded to 周): by the reference,
        # as 本月, or a weekday of it (下周三, 本周五前); not its weekend (上周末), nor 周年, 周岁, 周期, 周边, nor a
        # weekly (本周刊)
        rf"""(?<![以每]) (?P<{p}relative_week> 本 | 上一? | 下一? | 上个 | 下个 ) 周
             (?: (?P<{p}week_day> [一二三四五六天] | 日(?![0-9]) ) (?!次|年) | (?![一二三四五六日天末年岁期边刊报转]) )""",
    ]
    if not day_only:  # (a range's end is no day alone at a clause start: 至 27 日, spaced, is the end's day)
        alternatives += [
            # a day alone at a clause start before a comma or a time of day (a news lead's "26日，…", "5日上午"):
            # in the month of the paragraph's last date, else the reference month
            # or a day that is the whole text (29日, 12号: what parse_period is asked to read; inside a text 12号
            # may be a number, 30日 a count of days)
            # (after a space too, as after 本报讯, but not after a count's word: 为期 30 日 is a count)
            # (or the next of a list of days after a day or a day's time: 8月27日、28日，…; 9月20日、21日、27日、
            # 28日四天; 15日下午、16日上午)
            # (or right after a prefix, itself at a clause start: 截至6日，…; 到25日，现场已找到…; 从10日开始)
            rf"""(?: (?<![^，,。；;：:）)\n{SPACES}{_BULLETS}]) | (?<=图为) | (?<=报讯) | (?<=月[0-9]日、) | (?<=月[0-9]{{2}}日、)
                   | (?<=[0-9]日[上下]午、)
                   | (?<=[至到止自从]) (?(prefix)|(?!)) )
                 (?<![{_NOT_BEFORE_A_SENTENCE_DAY}][{SPACES}])
                 (?<![{_NOT_BEFORE_A_SENTENCE_DAY}][{SPACES}]{{2}})
                 (?: (?<![\s\S]) (?P<{p}whole_text>) )?
                 (?P<{p}lone_day> [0-9]{{1,2}}) {_SP}
                 (?: 日 (?={_LONE_DAY_FOLLOWS}) | (?({p}whole_text) [日号] (?={_TEXT_ENDS}) | (?!) ) )""",
            # a news dateline's day (据新华网4日消息, 北京10日电) or a news report's, after the body that acted and
            # before what it did (国资委19日发布, 最高人民法院15日在京发布), or the day a news lead names as today or
            # yesterday or the next day with its number in brackets (今（18）日上午, 昨(17)日, 今(18日), 昨（二）日,
            # 翌(十六)日, 次(3)日: the number is the day); and a day
            # inside a sentence after a date of it (10月10日电…网站10日开设专栏; resolution refuses it with no day
            # of its paragraph before it)
            rf"""(?: (?P<{p}bracketed_day> [今昨翌次] [（(] ) | (?<![0-9.]) (?<![{_NOT_BEFORE_A_SENTENCE_DAY}]) )
                 (?P<{p}dateline_day> [0-9]{{1,2}} | (?({p}bracketed_day) [一二三四五六七八九十]{{1,3}} | (?!) ) )
                 (?({p}bracketed_day) (?: [）)] 日 | 日 [）)] ) | 日 (?={DATELINE_FOLLOWS}|{_NEWS_DAY_FOLLOWS}) )""",
            # a day in brackets after a word of the day or a weekday that it dates (今天(8日), 截至昨日(26日),
            # 周日(8日)): resolution takes that day nearest the reference
            rf"""(?<=[（(]) (?P<{p}day_of_word> [0-9]{{1,2}}) [日号] {_BRACKETED_AFTER_A_DAY_WORD}""",
            # (or a day further down a list of days: 9月20日、21日、27日 — resolution asks a day of its sentence
            # before it, as for a day inside a sentence)
            rf"""(?: (?<=[\u4e00-\u9fff]) (?<![{_NOT_BEFORE_A_SENTENCE_DAY}]) | (?<=[0-9]日、) )
                 (?P<{p}sentence_day> [0-9]{{1,2}}) 日
                 (?: (?=[\u4e00-\u9fff]) (?![{_NOT_AFTER_A_SENTENCE_DAY}]) | (?<=[0-9]日、[0-9]日) (?=[、，,])
                   | (?<=[0-9]日、[0-9]{{2}}日) (?=[、，,]) )""",
        ]
    if day_only:  # a range end may name only a day or a part of the first part's month: 13-15日, 上旬至下旬
        alternatives.append(
            rf"(?P<{p}day_alone> {_SMALL_NUM}) (?: {_SP} [日号] | {_END_DAY_UNWRITTEN} )"
            rf" | (?P<{p}ten_days_alone> {_TEN_DAYS})"
        )
    return "(?:" + "\n|".join(alternatives) + ")"


#: The words of aim a target's 到 may follow (力争到2025年底, 方案提出到2022年底, 工作目标到2025年底, 明确了到2025年,
#: 展望到2035年): the prefix reads
#: 到 after them or after a conjunction (和到2019年…的目标), and xuncha.dates._tense reads the date after such a 到
#: as a deadline.
AIMS_BEFORE_TO: Final = (
    "力争",
    "争取",
    "确保",
    "计划",
    "预计",
    "提出",
    "要求",
    "目标",
    "明确",
    "明确了",
    "展望",
)
_AFTER_AN_AIM = "(?:" + "|".join(f"(?<={aim}{{0}})" for aim in (*AIMS_BEFORE_TO, "[和及并]")) + ")"
#: The verbs of a stretch of work whose 到 or 至 is read as its end (持续到5月底: until the end of May; 从现在开始到
#: 4月中下旬结束: from a start that is no date, until the end of April; 进驻约20天，要到9月底 and 在当地一直工作到
#: 9月底: it lasts until then).
_STRETCHES_BEFORE_TO: Final = ("持续", "延续", "一直", "延长", "开始", "要", "工作")
_AFTER_A_STRETCH = "(?:" + "|".join(f"(?<={verb}{{0}})" for verb in _STRETCHES_BEFORE_TO) + ")"
# 至 after a word and before a year, a month or a word of the year is "up to" it (财政储备至2020年3月底为…, 公布至七月底
# 的人口统计, 有效期至2025年2月12日, 预计至2025年底): a range's 至 follows its start, read with it. Not after 甚, 乃, 以,
# 及 (甚至, 乃至: "even"), 截 or 直 (截至, 直至: read above), 起 (自…起至…: a range's); nor after a verb of change
# or of moving to (增至2024年的, 降至106年, 下滑至一一三年度, 上升至2024年第12位, 追溯至1912年, 结转至2024年, 顺延至5月3日, 扩展至):
# the date there is the figure's or the new one, on.
_AFTER_A_WORD = "(?<=[\u4e00-\u9fff]{0})(?<![甚乃以及截直起增长升降跌涨滑落减缩扩提达溯转延展推回]{0})"
_UP_TO_WHAT = "[0-9〇○零一二三四五六七八九十元本明去年]"
_PREFIX = rf"""
    (?=[自从截到至直]) (?P<prefix> 自从|自|从|截至到|截止到|截止至
              | (?:截至|截止) (?: (?:时间|日期) (?:为|是|到|[:：])? | [:：] )?        # 截止时间为…, 到…, 截止:…
              | (?: (?<=[，,、；;：:。\s（(]) | ^ ) (?:直至|直到|到|至)      # 到 only at a clause start,
              | {_AFTER_AN_AIM.format("")} 到                        # or a target's,
              | {_AFTER_A_STRETCH.format("")} (?:到|至)              # or the end of a stretch of work,
              | {_AFTER_A_WORD.format("")} 至 (?={_SP}{_UP_TO_WHAT}) )     # or up to a date after a word
"""
# (来 is tested before the year it follows: the alternation tests a character, not a lookbehind; after a year of four
# digits it is "since" too, 2022年来, where a count of years is read as one by _SPECIAL; not 2019年来华, came)
_SUFFIX = rf"""
    {_SUFFIX_GUARD} (?: 及 (?=[以之][前后]) )?                        # 8月31日及以前出生: the day included
    (?P<suffix> 以来(?:至今)? | 至今 | 来(?:(?<=[今本]年来)|(?<=[0-9]{{4}}年来))(?![到自源看说访临华京沪这]) | 期间 | 假期 | 开始 | 起(?![草步诉点飞源床义]) | 前后 | 前夕 | 之前 | 以前
              | 前(?![期列景沿线往]|[进移](?!一步)了?[0-9一二三四五六七八九十两xX]) | 之后 | 以后 | 后(?![续期备勤台盾面方果者来汛]|半(?!个)) | 为止 | 止(?![损步住])
              | 以内 | 内(?![部容地外涵在务控设审蒙]) )
"""
# (后 before 汛 or 半 opens a noun, not "after": 2023年后汛期 is the late flood season of 2023, 后半年 its second
# half; 后半个月 is still half a month after. 前 before 进 or 移 and a number is a ranking's move: 较上年前进137位,
# 前移6名, 比2011年前进了三名, 比去年前进x-x位 (a template's masked figure); 年底前进一步完善 is still "before". 前往 is
# a verb: 12日前往东屿 goes there on the 12th.)
# A date written with dashes (2018-12-04 09:48:31, a page's date line) is no bare number: after 2018- no range end
# reads 12-04 (a month needs 月, a day 日, a year four digits), so the bare start, tried first, fails only after
# every form of the range end was tried at 12 (a few microseconds, at every such date line). A necessary condition,
# like the guards above (tests/test_dates_grammar.py compares the expression without it).
_BARE_NOT_SEPARATED: Final = "(?![12][0-9]{3}-[0-9]{1,2}-)"
# A year whose 年 a scraper dropped before the months of a range from January (20191-8月份, 20201-6月): as the
# year glued to a month (_YEAR_LOST_NIAN), four digits 19xx or 20xx that no amount is written as before 1-8月.
_YEAR_LOST_NIAN_BEFORE_MONTHS = (
    rf"{_YEAR_LOST_NIAN_BEFORE} (?= 1 {_SP} (?:{_CONN}) {_SP} (?:1[0-2]|[2-9]) {_SP} 月 )"
)
# A bare number that borrows its unit from a range end or a list's last item (1-11月, 2017—2022年, 6、7月份).
# Only worth trying when a range connector or a list's 、 follows within a few characters (most dates are
# neither); possessive, since the characters before a connector cannot be one.
_BARE_START = rf"""
    (?=[0-9〇○零一二三四五六七八九十两今本当去上明前后次翌同来年月份{SPACES}]{{1,16}}+ (?:—|–|-|~|〜|至|到|、))
    {_BARE_NOT_SEPARATED}
    (?:   (?P<bare_year> {_YEAR_NUM} | {_FIGURE_YEAR} | {_MINGUO_BARE_YEAR}
                       | {_YEAR_LOST_NIAN_BEFORE_MONTHS} )                            # 20191-8月份 (年 lost)
          (?: (?<=[0-9]{{4}}) (?=1[^0-9]) | {_SP} 年 {_SP} )                           # 2023年1-11月
        | (?<![以之每此其然最提]) (?P<bare_relative_year> 今|本|当|去|上|明|前|后|次|翌|同|来) 年 {_SP}
    )?
    (?: (?P<bare_month> {_SMALL_NUM}) {_SP} 月 (?:份)? {_SP} )?                        # 3月13-15日
    (?P<bare_number> {_YEAR_NUM} | {_SMALL_NUM} | (?(bare_year) (?<=[0-9]{{4}}) 1 | (?!) ) )
"""
# What a copyright's years stand right after (Copyright © 2016-2025, ©2025): its sign or its word, one fixed-width
# lookbehind apiece.
_COPYRIGHT_SIGNS: Final = ("©", "© ", "©\u00a0", "Copyright ", "Copyright", "COPYRIGHT ", "copyright ")


# What a year without 年 may stand before: the whole of an administrative area (全区, 全县), a year's report or
# plan, the annual sessions (两会). A count would need a unit there, so the number can only be a year.
_SCOPE_AFTER_A_YEAR = "全[区县市省国镇乡州盟旗]|工作(?:报告|总结|要点|计划)|两会"
# 当前 as "current" before what it qualifies (作为当前一项重大政治任务, 当前和今后一个时期, 是当前的重要任务,
# 以当前各项工作…): an attribute, which fixes no time.
_CURRENT_AS_ATTRIBUTE = "[和及与]今后|一[项个]|[的各]|重大|重要|主要|首要"
# What no form below starts with, though most dates do: a year of four digits and 年 (not 1990年代, 2007年与
# 2009年之间) and a month in digits (3月; a count is 3个月, 3年来, 10日内). Refused at once, the forms are not
# each tried there (the most frequent matches are a fifth faster).
_NOT_SPECIAL = rf"""
    (?!   [12][0-9]{{3}} {_SP} 年 (?! {_SP} [与和代] )
        | [0-9]{{1,2}} {_SP} 月 )
"""
_SPECIAL = rf"""
    {_NOT_SPECIAL}
    (?P<special>
          十 (?P<five_year_plan> [一二三四五六七八九]) 五                        # "十四五"时期: 2021–2025
          (?: (?P<plan_since> ”?以来) | (?=”?(?:时期|期间)) )
        | (?P<academic_start> {_YEAR_NUM}) {_SP} (?:{_CONN}) {_SP}                # 2023—2024学年
          (?P<academic_end> {_YEAR_NUM}) {_SP} 学年度?
        # a fiscal year split over two calendar years (2019/20年度, 二零一九/二零年度, 二○一○至一一财政年度), and a
        # range of them (二零二零/二一至二零二三/二四年度): the calendar years they span, as the corpus reads them
        | (?P<split_start> {_YEAR_NUM}) {_SP} [/／] {_SP} (?P<split_next> {_TWO_DIGITS} | {_YEAR_NUM}) {_SP}
          (?: (?:{_CONN}) {_SP} (?:{_YEAR_NUM}) {_SP} [/／] {_SP} (?P<split_last> {_TWO_DIGITS}) {_SP} )?
          (?:财政)? 年度
        | (?P<fiscal_start> {_YEAR_NUM}) {_SP} (?:{_CONN}) {_SP} (?P<fiscal_next> {_TWO_DIGITS}) {_SP} (?:财政)? 年度
        | (?P<this_and_next_year> 今明两年)
        # a decade (1990年代, 20世纪90年代, 上世纪九十年代; 90年代 alone takes its century from the text), not
        # the decimals of a number (1.90年代 is no decade, and the candidate scan never starts after a point)
        | (?: (?P<decade_century> [12](?<![0-9][12])[0-9] | 二十一 | 二十 | 十九 ) 世纪
            | (?P<decade_last_century> 上世纪 ) )?
          (?P<decade> [12] (?<![0-9.][12]) [0-9]{{2}}0 | [0-9] (?<![0-9.][0-9]) 0 | [一二三四五六七八九] (?<![一二三四五六七八九十][一二三四五六七八九]) 十
                    | (?<![一二三四五六七八九十零〇]) [零〇]{{2}} ) 年代
        # two years without 年 after 从 or 自 and before a clause break (从2016到2018，), alone in brackets
        # after a plan's name (实施方案(2020-2022)), or opening a chart's caption (图2:2012-2016三次产业…): a
        # range of years; after a copyright sign, one year or two (Copyright © 2025, © 2016-2025)
        | (?: (?:从|自) {_SP} | (?<=[（(]) (?P<years_bracketed>)
            | (?:(?<=[图圖表][0-9][:：])|(?<=[图圖表][0-9]{{2}}[:：])) (?P<years_captioned>)
            | {_right_after(_COPYRIGHT_SIGNS)} (?P<years_copyright>) )
          (?P<years_first> [12][0-9]{{3}})
          (?: {_SP} (?:{_CONN}) {_SP} (?P<years_last> [12][0-9]{{3}}) | (?(years_copyright)|(?!)) )
          (?(years_bracketed) (?=[）)]) | (?(years_captioned) (?![0-9年]) | (?(years_copyright) (?![0-9年])
                                                                              | (?=[，,。；;\s]|\Z) ) ) )
        # a year without 年 before the scope or the report it qualifies (2021全区…, 2016工作报告, 2024两会)
        | (?<![0-9.]) (?P<scope_year> (?:19|20)[0-9]{{2}}) (?={_SCOPE_AFTER_A_YEAR})
        # the years between two (2007年与2009年之间): from the first to the second
        | (?P<between_first> {_YEAR_NUM}) {_SP} 年 {_SP} (?:与|和) {_SP}
          (?P<between_last> {_YEAR_NUM}) {_SP} 年 {_SP} 之? 间
        | (?:党的)? (?P<congress> 十六|十七|十八|十九|二十) 大 ”? 以来             # 党的十八大以来
        | (?P<now> (?P<now_until> 截至到|截止到|截至|截止|到|至(?=目前|当前|现阶段))?  # 目前, 截至目前, 至今
                   (?: 目(?<![项题科节栏条书数剧名账帐盲醒注瞩纲细]目)前
                     | 当(?<![担相适充应正妥恰得理敢承失]当)前(?!(?:所在|的)?(?:位置|页)|{_CURRENT_AS_ATTRIBUTE})
                     | 现阶段|至今(?!年)|迄今(?:为止)? ) )
                   # (当前位置, 您当前所在位置, 当前页面, 当前页: a page's breadcrumb or pager, not a time; nor
                   # 目前 or 当前 whose first character ends a word: 项目前期, 题目前, 应当前往, 相当前卫)
        | (?:近|过去|最近|这) {_SP} (?P<recent_count> {_SMALL_NUM} | 半(?=年))    # 近三年, 过去三年, 这两年
          {_SP} (?P<recent_unit> 年|个月|个季度|周|天) (?:以来|来)?
        | (?P<past_count> {_SMALL_NUM}) {_SP} (?:余|多)? {_SP}                   # 三年来, 10 余年来, 两年多来
          (?P<past_unit> 年|个多?月) 多? (?:以来|来)
        | (?:今后|未来|往后) {_SP} (?P<ahead_count> {_SMALL_NUM} | 半(?=年))      # 今后五年, 未来2个月
          {_SP} (?P<ahead_unit> 年|个月|个季度|周|天)
        # 3年后, 两年前, 三个季度后, from the reference date; not after an event (收到通知后3日内, 之日起60日内,
        # 撤组后,1个月内完成…: the event's clause just before). A time limit (60日内) is matched, so that 60日 is
        # read as no day of a month, and refused by resolution: a duration, not a date.
        | (?<![后起]) (?<![后起][{SPACES}，,]) (?P<offset_count> {_SMALL_NUM} | 半(?=年)) {_SP}
          (?:   (?P<offset_unit> 年|个月|个季度|个星期|周|天)
                (?P<offset_way> 以后|之后|后(?![续期备勤台盾面方果者来]) | 以前|之前|前(?![期列景沿线])
                              | 以内|内(?![部容地外涵在务控设审蒙])                 # 60天内: a time limit
                )
              | (?P<offset_days> 日|个工作日) (?P<offset_within> 以内|内(?![部容地外涵在务控设审蒙])) )  # 60日内
        | (?: (?P<deictic_until> 截至|截止) | (?P<deictic_from> 自|从) )? {_SP}        # 截至昨天, 自今日起
          (?P<deictic_day> 今天(?!是[:：]?{_SP}(?:{_LINE_ENDS}|[0-9〇○零一二三四五六七八九]{{4}}))  # the reference date
                                  #   (not a widget's 今天是⏎ that lost its date, nor 今天是:2019年10月31日, the date
                                  #   it shows: the day the page was seen, written out)
                         | 今日(?!起)|本日|明天|昨天|昨日|大大前天|大前天|前天|大大后天|大后天
                         | (?<![光说表证声阐查])明日(?![报常益趋臻])  #   (not 光明日报, 表明日常: 明 ends a word)
                         | 后 (?<![天日年月周之以最然先]后) 天 (?={_AFTER_HOUTIAN}) )  #   (not 后天性, 后天努力)
          (?(deictic_from) 起 | )                                                 # (自 only with 起: 自今日起)
    )
"""
_LIST = rf"""
    # the first items of a list that names its unit once (6、7月份, 2022、2023年) are bare numbers too
    (?(bare_number) (?P<list_item>)
        (?=   {_SP}、{_SP} (?: (?:{_SMALL_NUM}) {_SP}、{_SP} ){{0,10}} (?:{_SMALL_NUM}) {_SP} (?P<list_unit> 月|季度)
            | {_SP}、{_SP} (?: (?:{_YEAR_NUM}) {_SP}、{_SP} ){{0,10}} (?:{_YEAR_NUM}) {_SP} 年 )
    )
"""


def _body() -> str:
    """The whole expression but for its first-character guard (built when compiled, from the tables)."""
    return rf"""
    {_SPECIAL}
  | (?: {_PREFIX} {_SP} )?
    # A bare number (1-11月) needs the range tail; a point may have one. The bare start is tried first so
    # that "2023年1-11月" is one range, not the year 2023 followed by a month range.
    (?: {_BARE_START} | {_point("start_")} )
    (?:   (?: {_ASIDE_TAIL}? {_CLOCK_TAIL}? {_SP} {_FROM_THEN_GUARD} (?P<from_then> 起|开始          # 即日起，至…;
                  | (?:开学|启动|开工|进驻) (?={_SP}[至到]) )                      #   9月1日开学至1月22日
                {_SP} [，,]? {_SP}                                                 #   (not 5月进驻，6月结束)
                (?: 至|到 | (?P<then_ends>) )                                      # 自…开始，…结束
            | {_ASIDE_TAIL}? {_CLOCK_BEFORE_RANGE}? (?: {_SP} | \r?\n (?=至) ) {_CONNECTOR_GUARD} (?P<connector> {_CONN}                       # a line wrapped before 至;
                                         | (?<=日) (?=[0-9]{{1,2}}月[0-9]{{1,2}}日)     # 至 lost between days;
                                         | (?<=日) 一 (?=[0-9]{{1,2}}月[0-9]{{1,2}}日)  # 一 typed for a dash;
                                         | (?(prefix) 截[止至][到至]? | (?!))          # 从…截止到…,
                                         | (?(prefix) (?:延续|持续|持续开展)[到至] | (?!)) ) )  #   从…持续到…
          {_SP} {_point("end_", day_only=True)}
          (?(then_ends) {_SP} 结束 )
        | {_LIST}
    )
    (?: {_ASIDE_TAIL}? {_CLOCK_TAIL}?                    # 9月28日(星期日)前, 10月8日(星期三)18:00前
        {_SP} ”? (?(start_holiday) (?: {_SP} 节 (?=[前后]) )? | ) {_SUFFIX} )?  # ”: a quoted holiday, “五一”前,
                                                                      #   “五一” 节前 (not 2025年节后: the festival's)
"""


# After a year, a season names a period only where the phrase ends there (2023年夏季，…; 2023年秋季以来): before a
# noun it names a thing of that year, a campaign, a term or an intake (2018年夏季攻势, 2025年秋季招生, 2023年秋季
# 学期), whose date is the year, as a season with no year before a noun names a kind of campaign, no period.
_SEASON_ENDS = (
    r"(?: (?![\u4e00-\u9fff]) | (?=以来|期间|前|后|之[前后]|以[前后]|开始|起|末|初|中|至|到|和|与|及|或) )"
)
# After a year, a holiday names its day (or the days a suffix fixes around it) only where the phrase ends there or
# a suffix follows (2024年春节前, 2018年清明，…): before a noun it names the season of that year's holiday, a thing
# of the year (2014年春节假期门诊安排, 2019年元旦春节期间, 2024年国庆节前安全生产大检查 is a deadline still), whose
# date is the year, as a holiday season with no year is no period and every writer of the corpus reads it.
_HOLIDAY_ENDS = (
    r"""(?: (?!”?[\u4e00-\u9fff、]) | (?=”?(?:节?(?:前|后|之[前后]|以[前后]|当天|当日)|至|到|起|以来)) )"""
)
# A short aside in brackets after a date, which notices print after the day: its weekday (9月28日(星期日)前,
# 1月18日（星期三）至2月16日), a note (8月31日（含）前, 1月28日〔农历除夕〕至2月4日); no digits (not a bracketed
# date of its own, but for a note of what is included: 2020年9月1日(含9月1日)—2021年8月31日). Read over only before a
# range's connector or a suffix (a date alone keeps its span).
_ASIDE_TAIL = (
    rf"(?: {_SP} [（(〔] (?: [^（()）〔〕\n0-9０-９]{{1,8}} | 含 [^（()）〔〕\n]{{1,10}} ) [）)〕] )"
)
# A time of the day before a deadline's 前 (9月30日上午8:00前, 1月22日下午5点前, 1月6日17:00前): the deadline is the
# day's (the conventions date a deadline by its day).
# (or the end of the working day: 4月15日上午下班前)
_CLOCK = rf"""(?: {_SP} (?:上午|下午|晚上|中午|凌晨)? {_SP}
                 (?: [0-9]{{1,2}} (?: [:：][0-9]{{2}} 时? | 点 (?:半|[0-9]{{1,2}}分)? | 时 (?:[0-9]{{1,2}}分)? ) | 下班
                   | (?<=午) [一二三四五六七八九十]{{1,2}} [点时] 半? ) )"""  # (下午三点前: an hour in words after 午)
# (and before a start's 后, 起 or 开始: 2023年5月18日9:00后, 11月26日22:00起, 自2020年3月1日0时起至6月30日)
_CLOCK_TAIL = rf"(?: {_CLOCK} (?= {_SP} (?: (?:之|以)?[前后] | 起 | 开始 ) ) )"
# The same hour before a range's connector (11月18日(星期四)8:00—11月27日: an application window's opening hour), or
# the part of the day alone (1月27日下午—1月29日, 6月6日白天到6月10日, 4月1日零时至30日): the range runs from that day.
_CLOCK_BEFORE_RANGE = (
    rf"(?: (?: {_CLOCK} | {_SP} (?:上午|下午|中午|晚上|凌晨|白天|零时) ) (?= {_SP} [—–\-~〜至到] ) )"
)

# never takes part: the group a point reads for a field only the other point has (end_day_alone); never opened
# either (see _SUFFIX_GUARD)
_ABSENT = "(?:(?!)(?P<absent>))?"

# --------------------------------------------------------------------------- where a match can start

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
# After a verb of aim or a conjunction, as in _PREFIX: 力争到2025年底, 和到2019年…的目标 (after the 到 read)
_TARGET_PLACE = _AFTER_AN_AIM.format("到")


def _ascii_digit_start(digit: str) -> str:
    """An Arabic digit starts a number only where no digit or decimal point comes before it (as in
    _SMALL_NUM and _YEAR_NUM), except as a quarter (12季度 holds 2季度)."""
    quarter = "|(?=个?季)" if digit in "1234" else ""
    # The years below have three digits or more after this one: one test of that rejects all of them at a digit
    # inside a shorter number, the most frequent candidate, where each would be tried in turn.
    three_digits_follow = []
    if digit in "12":  # a year, month and day with spaces on a line of their own (2022 11 23)
        three_digits_follow.append(rf"(?=[0-9]{{3}} [0-9]{{1,2}} [0-9]{{1,2}}{_LINE_ENDS})")
    # a day alone (26日，…, 12号 as the whole text) or a glued date (2019318日): the expression checks
    # (a day set apart by spaces too, as template sites print numbers: 24 日，…)
    # (or 号 in brackets after a word of the day: 昨天(25号))
    lone_day = rf"[0-9]{{0,7}}日|[0-9]?[{SPACES}]{{1,2}}日|[0-9]?号(?:{_TEXT_ENDS}|[）)])"
    # a page header's date written day first at a line start (19.05.2018  06:47): where no digit or point comes
    # before, so it is tried with a number's start
    day_first = r"(?<![^\n].)(?=[0-9]?\.[0-9]{1,2}\.[12][0-9]{3})"
    if digit in "12":  # a year glued to a figure's number (图12017年)
        three_digits_follow.append(f"{_FIGURE_NUMBER_BEFORE.format(digit=digit)}(?=[0-9]{{3}}{_SP}年)")
    if (
        digit in "12"
    ):  # a year after a list number's dot (目录1.2023年…, 2.2023-2024学年), as _YEAR_NUM allows
        three_digits_follow.append(
            rf"(?:(?<={_LIST_DOT}{digit})|(?<={_LIST_DOT_TWO_DIGITS}{digit})){_AFTER_LIST_DOT}"
        )
    if digit in "12":  # a date that lost 年, 月 and 日, seven digits ending its line (公开日期:2024926)
        three_digits_follow.append(
            rf"(?=[0-9]{{6}}{_LINE_ENDS})|(?<={_DATING_YU}{digit})(?=[0-9]{{6}}{_AFTER_DATING_YU})"
        )
    if digit in "12":  # a year without 年 before what it qualifies (2021全区)
        three_digits_follow.append(rf"(?=[0-9]{{3}}(?:{_SCOPE_AFTER_A_YEAR}))")
    if digit in "12":  # a copyright's year (© 2025)
        three_digits_follow.append(_right_after(_COPYRIGHT_SIGNS, digit))
    if three_digits_follow:
        quarter += f"|(?=[0-9]{{3}})(?:{'|'.join(three_digits_follow)})"
    # a month glued to a zero-padded date (2025-03-183月6日)
    quarter += rf"|(?<={_PADDED_DATE}{digit})(?=[0-9]?{_SP}月)"
    if (
        digit == "1"
    ):  # a page's date after its label with a year of the Republic's calendar (公告日期: 113/06/21)
        quarter += rf"|{_right_after(_DATE_LABELS, digit)}(?=[0-2][0-9]/[0-9]{{2}}/)"
    # a month and its day after a list number's dot (1.11月21日7时30分), as the month allows
    quarter += rf"|(?<={_LIST_DOT}{digit})(?={_MONTH_DAY_FOLLOWS})"
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
    "近": f"(?={_COUNT_FOLLOWS})", "第": f"(?={_SP}[一二三四1-4]{_SP}个?季)",
    "直": "(?=[至到])",
    "到": rf"(?:(?=[目当现至迄])|{_PREFIX_PLACE.format('到')}|{_TARGET_PLACE}|{_AFTER_A_STRETCH.format('到')})",
    "至": rf"(?:(?=[今目当现])|{_PREFIX_PLACE.format('至')}|{_AFTER_A_STRETCH.format('至')}|{_AFTER_A_WORD.format('至')}(?={_SP}{_UP_TO_WHAT}))",
    "目": "(?=前)", "现": "(?=阶段)", "即": "(?=日)",
    # any pair of seasons: the expression matches out-of-order pairs (春秋季) too, and resolution refuses them
    "春": "(?=[春夏秋冬]?季)", "夏": "(?=[春夏秋冬]?季)", "秋": "(?=[春夏秋冬]?季)", "冬": "(?=[春夏秋冬]?季)",
    "元": "(?=月)",  # 元月; the holidays add their own starts (元旦, 国庆 …)
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


def expression_source(*, guarded: bool = True) -> str:
    """The verbose source of the expression; ``guarded`` adds the lookahead for its first characters (a
    necessary condition that lets a search reject other positions at once)."""
    first = "".join(re.escape(character) for character in starts())
    guard = f"(?=[{first}])" if guarded else ""
    return f"{guard}(?:{_body()}){_ABSENT}"


#: The groups outside the points that every match is tested for, in the order :attr:`Grammar.outer` gives them.
OUTER_GROUPS: Final = ("special", "suffix", "list_item", "from_then", "connector", "prefix")
#: The groups of a point that resolution tests a point's match for, in the order :attr:`Grammar.start_checks` gives
#: them.
START_CHECKS: Final = (
    "same_period", "separated_year", "season", "holiday", "relative_year", "year_word", "first_months", "last_holiday",
    "second_season",
)  # fmt: skip


class Grammar(NamedTuple):
    """The compiled expression, the candidate scan, and each point group's place in ``match.groups()``.

    (Other groups outside the points are read from a match by name, ``match["absent"]``.)
    """

    expression: re.Pattern[str]
    candidate: re.Pattern[str]
    start: dict[str, int]  # the start point's groups by their name without the prefix
    end: dict[str, int]  # the end point's
    names_year: tuple[int, ...]  # the groups that name a year (or a month or day fixed by the reference)
    # The OUTER_GROUPS of ``match.groups()`` in one C call: every match is tested for each of them, and a lookup
    # by name apiece costs more (the expression has 130 groups; a notice resolves thousands of matches).
    outer: Callable[[tuple[str | None, ...]], tuple[str | None, ...]]
    # The START_CHECKS of the start point, likewise: resolution tests each of a point's match.
    start_checks: Callable[[tuple[str | None, ...]], tuple[str | None, ...]]


@functools.cache
def grammar() -> Grammar:
    """The grammar, compiled on first use (building it costs tens of milliseconds: not at import)."""
    expression = re.compile(optional_groups_as_branches(expression_source()), re.VERBOSE)
    candidate = re.compile(candidate_source(starts()))
    index = {name: number - 1 for name, number in expression.groupindex.items()}
    absent = index["absent"]
    point_fields = {name.partition("_")[2] for name in index if name.startswith(("start_", "end_"))}
    start, end = ({name: index.get(p + name, absent) for name in point_fields} for p in ("start_", "end_"))
    year_fields = (
        "year", "short_year", "separated_year", "bracketed_year", "chrome_year", "dmy_year", "relative_year", "relative_month",
        "relative_quarter", "today", "relative_week",
    )  # fmt: skip
    names_year = (
        *(point[name] for point in (start, end) for name in year_fields),
        index["bare_year"],
        index["bare_relative_year"],
    )
    outer = operator.itemgetter(*(index[name] for name in OUTER_GROUPS))
    start_checks = operator.itemgetter(*(start[name] for name in START_CHECKS))
    return Grammar(expression, candidate, start, end, names_year, outer, start_checks)


def rebuild() -> None:
    """Compile the grammar again on its next use, after a table above has changed (docs and tests)."""
    grammar.cache_clear()


def matches(text: str) -> Iterator[re.Match[str]]:
    """What ``grammar().expression.finditer(text)`` yields, with the expression tried only where the
    candidate scan allows.

    ``match(text, at)`` sees the whole text, so lookbehinds and ``^`` behave as in a search from ``at``;
    positions that are not candidates cannot start a match, so skipping them changes nothing. Where
    candidates come thick and fail (a long run of near-misses), one search of the whole expression goes
    faster than a call per candidate: it finds the same next match.
    """
    compiled = grammar()
    search, match = compiled.candidate.search, compiled.expression.match
    search_expression = compiled.expression.search
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


# Candidates that fail in a row before ``matches`` searches with the whole expression instead.
_MISSES_BEFORE_SEARCH: Final = 8
