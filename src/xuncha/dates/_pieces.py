"""The pieces the date expression is written from: the numbers of years, months and days, with the lookbehinds
that keep each whole, the words before and after them that decide a form, and the guards that refuse a form at
once.

Plain strings (and the few small functions that write them), read both by the expression that
:mod:`xuncha.dates._grammar` assembles and by the candidate scan of :mod:`xuncha.dates._starts`: kept apart from
both so that each reads one copy. The strings are computed at import (``SHORT_YEAR_FOLLOWS`` reads
``HOLIDAY_WORDS`` then); ``part_of_year_guard`` reads the tables of :mod:`xuncha.dates._words` each time the
grammar is compiled.
"""

from __future__ import annotations

import re
from typing import Final

from xuncha._cues import COMPARED_BEFORE_QIAN
from xuncha.dates._weekday import WEEKDAY_CHARACTERS
from xuncha.dates._words import HOLIDAY_WORDS, YEAR_WORDS

SPACES: Final = " \u3000\xa0"
SP = rf"[{SPACES}]{{0,2}}"  # writers put up to a space or two between numbers and units
# Not after a digit or a dot (a longer number, a decimal), except a list number's dot before a year written with
# 年 (目录1.2023年…报告 2.2023年…: items 1 and 2, both of 2023).
# (Each number below is tested for its first digit before the lookbehinds on what comes before it, which then
# include that digit: an alternation tests a character at once, but calls the engine for each lookbehind.)
# The last two digits of the next year in a split fiscal year (2019/20年度, 二零一九/二零年度).
TWO_DIGITS = "[0-9]{2}(?![0-9])|[〇○零一二三四五六七八九]{2}(?![〇○零一二三四五六七八九])"
# A list number's dot before a date (目录1.2023年…, 1.11月21日), of one digit or two; a decimal's point is none.
LIST_DOT = r"(?<![0-9.])[0-9]\."
LIST_DOT_TWO_DIGITS = r"(?<![0-9.])[0-9]{2}\."
# A year after a list number's dot (1.2023年工作总结, 2.2023-2024学年第一学期): no decimal has four places before
# 年, nor before another year and 学年.
AFTER_LIST_DOT = r"(?=[0-9]{3}(?:年|[ ]?[-—–~〜至到]{1,2}[ ]?[12][0-9]{3}[ ]?学年))"
YEAR_NUM = (
    rf"[12](?:(?<![0-9.][12])|(?<={LIST_DOT}[12]){AFTER_LIST_DOT}|(?<={LIST_DOT_TWO_DIGITS}[12]){AFTER_LIST_DOT})"
    r"[0-9]{3}(?![0-9])|[〇○零一二三四五六七八九]{4}"
    # a Chinese year typed with the digit 0 for 〇 (二00八年, 二0二三年): a 一 or 二 first, a 0 among the rest
    r"|[一二](?=[〇○零一二三四五六七八九]{0,2}0)[〇○零一二三四五六七八九0]{3}(?![0-9])"
    # or with the letter O for 〇 (二OO八年, as typists write it): a 一 or 二 first, an O among the rest
    r"|[一二](?=[〇○零一二三四五六七八九0]{0,2}O)[〇○零一二三四五六七八九0O]{3}(?![0-9A-Za-z])"
)
# A year whose 年 a scraper dropped before its month (20249月至11月, 20231月1日, 202312月31日) or its half
# (2023上半年): four digits 19xx or 20xx glued to a month number and 月, which no count or amount is written as.
# (the four digits are also looked behind from where the month starts: _grammar._point's month)
YEAR_LOST_NIAN_BEFORE = "(?<![0-9.])(?:19|20)[0-9]{2}"
LOST_NIAN_MONTH = "(?:1[0-2]|[1-9])"
# (or before a half of the year: 2023上半年)
AFTER_LOST_NIAN = f"{LOST_NIAN_MONTH}月|[上下]半年"
YEAR_LOST_NIAN = f"{YEAR_LOST_NIAN_BEFORE}(?={AFTER_LOST_NIAN})"
# A year glued to the number of the figure or table it captions (图12017年 for 图1 2017年, 表102016年): the
# last four digits, 19xx or 20xx, since the whole number is no year; the figure number is not read.
# A figure's, table's or attachment's number glued before a year (图12017年, 附件12023年扶持…), or a converted
# page's number glued before the year that opens its line (12024年街道工作打算: page 1).
# (the century's first digit is read first, as in YEAR_NUM)
FIGURE_NUMBER_BEFORE = (
    "(?:(?<=[图圖表][0-9]{digit})|(?<=[图圖表][0-9]{{2}}{digit})|(?<=附件[0-9]{digit})"
    "|(?<![^\n][0-9]{digit})(?<=[0-9]{digit}))"
)
FIGURE_YEAR = (
    f"(?:1{FIGURE_NUMBER_BEFORE.format(digit='1')}9|2{FIGURE_NUMBER_BEFORE.format(digit='2')}0)"
    "[0-9]{2}(?![0-9])"
)
# A month glued to a zero-padded date before it, as a page prints its date and the story's (2025-03-183月6日).
PADDED_DATE = "[12][0-9]{3}[./-][0-9]{2}[./-][0-9]{2}"
GLUED_MONTH = rf"(?:0?[1-9]|1[0-2]){SP}月"
GLUED_TIME = "(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9]"
SMALL_NUM = (
    r"[0-9](?<![0-9.][0-9])[0-9]?(?![0-9])"
    r"|[一二三四五六七八九十两](?<![一二三四五六七八九十百千万亿零〇两第][一二三四五六七八九十两])[一二三四五六七八九十两]{0,2}"
)
# A two-digit year (15年, 零七年, 九七年) is one only before what can follow a year: a month, a quarter, a
# part of a year, a holiday or 度 (22年度预算; 15年来 and 五六年前 are counts of years). Its century comes from
# the text.
# In Chinese digits, not after another numeral (its first digit read first, then what comes before it, as in
# YEAR_NUM).
# (what a year in Chinese numerals does not follow: another numeral, 第 or 几, of which it would be part)
_NUMBER_BEFORE_A_CN_YEAR = "[〇○零一二三四五六七八九十百千万亿两第几]"
CN_SHORT_YEAR = f"[〇○零一二三四五六七八九](?<!{_NUMBER_BEFORE_A_CN_YEAR}[〇○零一二三四五六七八九])[〇○零一二三四五六七八九]"
# The months of a range from a month after a year (1至8月, 1-8月): what may follow a year that no count of years is
# followed by.
_MONTHS_FROM = rf"[0-9]{{1,2}} {SP} [至到\-—–~〜] {SP} [0-9]{{1,2}} {SP} 月"
# The parts of a year a short or a Minguo year may stand before (and no count of years does): the months of a range,
# a quarter (第4季, as Taiwan and Macao write it, or 季度), a half, the whole year.
_PARTS_AFTER_A_SHORT_YEAR = rf"{_MONTHS_FROM}|第[一二三四1-4]个?季|[一二三四1-4]个?季度|[上下]半年|全年"
SHORT_YEAR_FOLLOWS = (
    rf"度|{SP}(?:(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}|元){SP}月|{_PARTS_AFTER_A_SHORT_YEAR}|[底末初]"
    r"|“?(?:" + "|".join(sorted(HOLIDAY_WORDS, key=len, reverse=True)) + "))"
)
# A year of three digits (114年度, 101年9月, 102年1至8月, 105年上半年, 106年第4季, 107年全年) is a year of the Republic
# of China's calendar (民国纪年, year 1 is 1912), as Taiwan's pages date their own years: no other text writes a
# three-digit year before a month or the months of a range, a half or a quarter of the year, 全年 or 度 (建党100年初心
# is a count, so not before 初, 底 or a holiday); nor before 学年, an academic year (109學年).
_THREE_DIGIT_YEAR = r"1 (?<![0-9.]1) [0-9]{2}"
MINGUO_YEAR = (
    rf"{_THREE_DIGIT_YEAR} (?= 年 (?: 度 | {SP} [0-9]{{1,2}} {SP} 月 | {_PARTS_AFTER_A_SHORT_YEAR} ) )"
)
# A Minguo year in Chinese numerals without 民国 (九十一年度, 一一三年度), as Taiwan's budgets and audits name their fiscal
# years: only before 年度, which no count of years takes (三十年度过 is one spent), 二十 to 九十九 or 一〇〇 to 一二九 digit
# by digit (mainland text writes a year's four digits, 二〇一三年度).
MINGUO_NUMERALS_YEAR = (
    f"(?<!{_NUMBER_BEFORE_A_CN_YEAR})"
    "(?:[二三四五六七八九]十[一二三四五六七八九]?|一[〇○零一二][〇○零一二三四五六七八九])"
    "(?=年度(?!过))"
)
# A Minguo year before the months of a range (102年1至8月).
MINGUO_BARE_YEAR = rf"{_THREE_DIGIT_YEAR} (?= 年 {_MONTHS_FROM} )"
# An academic year of Taiwan's calendar (109學年, 從106學年起): read as the calendar year, as the corpus reads one.
MINGUO_SCHOOL_YEAR = rf"{_THREE_DIGIT_YEAR} (?= 学年 )"
# 后天 is also "acquired" (后天性, 后天努力): the day after tomorrow only before a clause break, a time of day
# or a word of when or what happens then.
AFTER_HOUTIAN = (
    r"[，,。；;！!？?、\s]|$|[上下中]午|早上|晚上|凌晨|[起前再就将会要到]|开始|召开|举行|出发|上班"
)
CONN = r"——|—|–|--|-|~|〜|至|到"  # (-- as typed for a dash: 10月15日--11月25日)
# 元 alone for 元月 (January) where a range to a later month follows it: 元至九月, 2013年元至9月份 (a statistics
# report's first months). Elsewhere 元 alone is a currency (收费5元至10月底, 200美元) or a word (元旦, 元素).
YUAN_BEFORE_A_MONTH = rf"{SP}(?:{CONN}){SP}(?:[0-9]{{1,2}}|[二三四五六七八九十]{{1,3}}){SP}月"
AMOUNT_BEFORE_YUAN = "[0-9〇○零一二三四五六七八九十百千万亿两美港欧日韩澳台]"
TEN_DAYS_WORDS = "上中旬|中下旬|上旬|中旬|下旬"
# The times of a day a news report puts after its day (3日上午, 7日清晨, 13日当天): a count of days takes none.
TIMES_OF_DAY = "[上下]午|早上|晚上|凌晨|清晨|早晨|中午|傍晚|晚间|夜间|当天|当晚|晚(?![于会报餐宴点些])"
# (or a range's connector or 起 after it: (记者某某)13日起至19日, …。3日至5日，…)
# What a news report's day stands before: a verb of announcing, meeting, acting or travelling (发布, 对外发布, 联合下发,
# 召开, 在京发布, 赴, 向社会公开), as wire copy writes it.
NEWS_VERBS = (
    "(?:(?:对外|正式|联合|集中)?(?:发布|公布|公开|印发|下发|召开|举办|开展)|举行|表示|宣布|通报|介绍|发出|披露|提请|审议|启动"
    "|进行|出席|主持|会见|走访|调研|考察|闭幕|开幕|透露|指出|赴|前往|向|对|从[^，,。；;]{1,10}(?:获悉|了解|得知)"
    "|在[京沪]|在此间|在[^，,。；;]{1,8}(?:召开|举行|发布|闭幕|开幕|介绍|表示|宣布|通报))"
)
LONE_DAY_FOLLOWS = (
    "[，,]|起(?![草步诉点飞源床义])|开始|[至到—–~〜-](?=[0-9]{1,2}[日号])"
    # (or what a news report's day stands before: …大会,28日审议…; 3省(区)9日向社会公开…)
    f"|{NEWS_VERBS}"
    # (or the next day of a list after a month's day, or the count of its days: 9月20日、21日、27日、28日四天)
    "|[、和](?=[0-9]{1,2}日)(?:(?<=月[0-9]日、)|(?<=月[0-9]{2}日、)|(?<=月[0-9]日和)|(?<=月[0-9]{2}日和))"
    "|[两二三四五六七八九十]天"
    # (or spaces and words: a chronicle's entry, 1日 市委召开…, under its month's heading)
    "|[ \u3000]{1,3}(?=[\u4e00-\u9fff])|"
) + TIMES_OF_DAY
# A day in brackets after a word of the day or the week that it dates (今天(8日), 截至昨日(26日), 周日(8日), 星期三
# (5日)), as a news lead writes it: the day of the month the word names (fixed-width lookbehinds, one per digit count).
_DAY_WORD = f"(?:今天|今日|昨天|昨日|明天|明日|[周期][{WEEKDAY_CHARACTERS}])"
BRACKETED_AFTER_A_DAY_WORD = (
    rf"(?=[）)])(?:(?<={_DAY_WORD}[（(][0-9][日号])|(?<={_DAY_WORD}[（(][0-9]{{2}}[日号]))"
)
# The bullets a page opens its news items with (◆3日上午，…): a clause starts after one.
BULLETS = "◆◇●■□▲△★☆•※"
TEXT_ENDS = r"[ \t\u3000]*\Z"
# (a page saved on Windows ends its lines with \r\n; a scraped page pads them with no-break spaces)
LINE_ENDS = r"[ \t\u3000\xa0]*\r?(?:\n|\Z)"
# A line's start, after an indent of up to four spaces (fixed-width lookbehinds: one per indent width).
INDENTED_LINE_START = (
    "(?:(?<![^\\n])"
    + "".join(
        rf"|(?<=\n[ \t\u3000\xa0]{{{width}}})|(?<=^[ \t\u3000\xa0]{{{width}}})" for width in range(1, 5)
    )
    + ")"
)
# A count of days (为期10日, 历时10日, 连续3日, 10日内, 10日以后) is no day of a month.
NOT_BEFORE_A_SENTENCE_DAY = (
    "〇○零一二三四五六七八九十两百千万次为期历时用共近约满超过达计第每个逾余已仅才多数前后起隔再等续"
)
NOT_AFTER_A_SENTENCE_DAY = "内以后前之左起来至到的时期间后余多个"
# A news report's day: right after the body or person that acted (国资委19日, 负责人22日, 某市28日, 督察组1日) and
# before a verb of announcing, meeting, acting or travelling (发布, 对外发布, 联合下发, 召开, 在京发布, 赴,
# 向社会公开) or a time of the day, as wire copy writes it; the days of a list before one (11日、12日赴东屿巡察)
# are as many such days.
NEWS_DAY_FOLLOWS = (
    "(?:(?<=[\u4e00-\u9fff、][0-9]日)|(?<=[\u4e00-\u9fff、][0-9]{2}日)"
    "|(?<=[\u4e00-\u9fff][ ][0-9]日)|(?<=[\u4e00-\u9fff][ ][0-9]{2}日))"
    "(?:、[0-9]{1,2}日){0,3}"
    f"(?:{NEWS_VERBS}|{TIMES_OF_DAY})"
    # or after 于 (将于21日、22日陆续公布, 於25日赴…): a count of days takes no 于 before it; and the next day of
    # such a list (the 22日 of 于21日、22日)
    f"|(?:(?<=[于於][0-9]日)|(?<=[于於][0-9]{{2}}日)|(?<=[于於][0-9]日、[0-9]日)|(?<=[于於][0-9]{{2}}日、[0-9]{{2}}日))"
    f"(?:、[0-9]{{1,2}}日){{0,3}}(?![{NOT_AFTER_A_SENTENCE_DAY}])"
)
# A day in Arabic digits may go without 日 before a clause break, the end of the text or a range to another
# month (10月31，…; 1月3至2月10). Not in Chinese numerals: 三月三 is a lunar festival; not before anything else
# (10月22个), nor at a line's end without a year, where hard-wrapped text breaks lines (11月7⏎个村).
_RANGE_TO_A_MONTH = rf"{SP}(?:—|–|-|~|〜|至|到){SP}(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}){SP}月"
# Right after the digits of a day of a month, 1–31 (fixed-width lookbehinds: 5, 05, 15, 31; not 46)
A_DAY_NUMBER_BEFORE = "(?:(?<=[^0-9][1-9])|(?<=[^0-9]0[1-9])|(?<=[^0-9][12][0-9])|(?<=[^0-9]3[01]))"
# A month and its day, or a part of the month, may follow a list number's dot (1.11月21日, 1.9月上旬, in a brief's
# run-in list: LIST_DOT), as a year may, where a bare decimal (1.5月) is no date.
MONTH_DAY_FOLLOWS = rf"[0-9]?{SP}月{SP}(?:[0-9]{{1,2}}{SP}[日号]|[上中下]旬|底|初|末)"  # (1.9月上旬)
# A month and day fused into digits that split one way only: 1027 (10-27), 426 (4-26); not 111 (1-11, 11-1).
ONE_WAY_MONTH_DAY = "(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])|[2-9](?:0[1-9]|[12][0-9]|3[01]))"
# A range end's day in Arabic digits may lose its 日 before a clause break too, after a start that wrote its day
# (2022年9月9日至28,…), as a day after its month may (10月31，…).
END_DAY_UNWRITTEN = rf"(?(start_day) {A_DAY_NUMBER_BEFORE} (?=[，,。；;]) | (?!) )"
DAY_UNWRITTEN_FOLLOWS = rf"[，,。；;！!？?]|{TEXT_ENDS}|{_RANGE_TO_A_MONTH}"


# The first characters of a relative year (今年, 本月 …) that also end other words, and the characters before
# them that make such a word: there the 年 or 月 after them starts a word of its own (基本年薪, 成本月报, 健全年度,
# 不同年龄, 担当年轻, 说明年度, 马上年底, 未来年度, 首次年度), and no time is named. Only where the other reading
# is rare: 超过去年, 追回去年, 确保全年, 公安全年 are 去年 and 全年 after a word. (年轻, 年龄, 年薪,
# 年级 after any relative year are words too: 担当年轻干部, 本年级; not 纪, which starts 纪委 in 去年纪委…, nor 轻微,
# "slightly": 较前年轻微上升)
AFTER_NO_WORD: Final = {
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
PREVIOUS_ONE = rf"(?<![^{''.join(sorted(COMPARED_BEFORE_QIAN))}，,。；;：:\s(（“])前一"
RELATIVE_YEAR_FIRSTS = "|".join(f"{AFTER_NO_WORD.get(first, '')}{first}" for first in "本当去上明后次同来全")


# Lookaheads on what a form must start with, that refuse it at once elsewhere (most candidates are years,
# and each of these forms, tried in full, failed there only after its lookbehinds and alternatives). Each
# is a necessary condition of its form: tests/test_dates_grammar.py compares the expression without them.
SEPARATED_GUARD: Final = r"(?=[12][0-9]{3}[./\x20-])"  # 2023-03-13, 2023.3.13, 2022 11 23
# The adverbs before a 于 that dates what was done (并于, 已于, 将于, 分别于, 先后于, 随后于, 同时于), after which
# seven digits are a date that lost 年, 月 and 日 (并于2025218向…反馈): its last character (a fixed-width
# lookbehind).
DATING_YU = "[并已将拟均别后时]于"
# What may follow such a date: a verb or preposition of the sentence or a clause break, not a unit (2025218元).
AFTER_DATING_YU = "[向对在召开反完起前后进组和与，,。；;]"
# A date written as eight digits, year, month and day zero-padded (20230115), where a page prints it so: in
# brackets after a title (工作报告(20230115)) or on a line of its own; elsewhere eight digits are as often a number
# (an index, a file's name, IMG_20231012_153406).
COMPACT_DATE = r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
COMPACT_DATE_AFTER = rf"(?:[)）]|{LINE_ENDS})"
GLUED_GUARD: Final = (  # 2019318日, 815日, 2025年1027日, 2024926 ending its line, 并于2025218向, (20230115)
    rf"(?=[0-9]{{2,8}}日|[0-9]{{4}}年[0-9]{{3,4}}日|(?:19|20)[0-9]{{5}}{LINE_ENDS}"
    rf"|(?<={DATING_YU})(?:19|20)[0-9]{{5}}{AFTER_DATING_YU}"
    rf"|(?<![^\n(（]){COMPACT_DATE}{COMPACT_DATE_AFTER})"
)


def right_after(words: tuple[str, ...], then: str = "") -> str:
    """Right after one of ``words`` and ``then`` (a number's first digit, for the candidate scan): a fixed-width
    lookbehind per word, escaped (the expression is verbose: an escaped space stays a space)."""
    return "(?:" + "|".join(f"(?<={re.escape(word)}{then})" for word in words) + ")"


# A page's date labels (日期:, 时间: , 创建于, 最后更新:), each with the separators a header puts after it.
DATE_LABELS: Final = tuple(
    label + separator
    for label in ("日期", "时间", "创建于", "更新", "发布于")
    for separator in ("", ":", "：", ": ", "： ", " ")
)
AFTER_A_DATE_LABEL: Final = right_after(DATE_LABELS)
CHROME_GUARD: Final = "(?=[0-9]{1,2}-)"  # 09-17 / 2025 (the digits first: the line start is nine lookbehinds)
# What the suffix and a range's 起 or connector start with, tested before their groups open: a group opened, even to
# fail, costs the engine a pass over the groups numbered below it (it clears them when a group numbered above
# all those set so far opens).
SUFFIX_GUARD: Final = "(?=[以至来期假开起前之后为止内及])"
FROM_THEN_GUARD: Final = "(?=[起开启进])"
CONNECTOR_GUARD: Final = "(?=[—–\\-~〜至到截延持0-9一])"  # (a digit: 至 lost between two days, 3日4月5日)


def part_of_year_guard() -> str:
    """The lookahead for the first characters of a part of a year (part_of_year in _grammar._point): of its words
    (a year word's second character too, as 2023年底 shares its 年), its holidays and its fixed forms."""
    words = "".join(word[:2] if word.startswith("年") else word[0] for word in YEAR_WORDS)
    holidays = "".join(word[0] for word in HOLIDAY_WORDS)
    # 本季度 上季度 前两季度 第一季度 一季度 首季度 冬季 同期 年内 “五一” 清明 Q2
    fixed = "本上下前第一二三四1234两首春夏秋冬同年“清Q"
    characters = dict.fromkeys(fixed + words + holidays)
    return "(?=[" + "".join(map(re.escape, characters)) + "])"


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
AFTER_AN_AIM = "(?:" + "|".join(f"(?<={aim}{{0}})" for aim in (*AIMS_BEFORE_TO, "[和及并]")) + ")"
#: The verbs of a stretch of work whose 到 or 至 is read as its end (持续到5月底: until the end of May; 从现在开始到
#: 4月中下旬结束: from a start that is no date, until the end of April; 进驻约20天，要到9月底 and 在当地一直工作到
#: 9月底: it lasts until then).
_STRETCHES_BEFORE_TO: Final = ("持续", "延续", "一直", "延长", "开始", "要", "工作")
AFTER_A_STRETCH = "(?:" + "|".join(f"(?<={verb}{{0}})" for verb in _STRETCHES_BEFORE_TO) + ")"
# 至 after a word and before a year, a month or a word of the year is "up to" it (财政储备至2020年3月底为…, 公布至七月底
# 的人口统计, 有效期至2025年2月12日, 预计至2025年底): a range's 至 follows its start, read with it. Not after 甚, 乃, 以,
# 及 (甚至, 乃至: "even"), 截 or 直 (截至, 直至: read above), 起 (自…起至…: a range's); nor after a verb of change
# or of moving to (增至2024年的, 降至106年, 下滑至一一三年度, 上升至2024年第12位, 追溯至1912年, 结转至2024年, 顺延至5月3日, 扩展至):
# the date there is the figure's or the new one, on.
AFTER_A_WORD = "(?<=[\u4e00-\u9fff]{0})(?<![甚乃以及截直起增长升降跌涨滑落减缩扩提达溯转延展推回]{0})"
UP_TO_WHAT = "[0-9〇○零一二三四五六七八九十元本明去年]"


# What a copyright's years stand right after (Copyright © 2016-2025, ©2025): its sign or its word, one fixed-width
# lookbehind apiece.
COPYRIGHT_SIGNS: Final = ("©", "© ", "©\u00a0", "Copyright ", "Copyright", "COPYRIGHT ", "copyright ")


# What a year without 年 may stand before: the whole of an administrative area (全区, 全县), a year's report or
# plan, the annual sessions (两会). A count would need a unit there, so the number can only be a year.
SCOPE_AFTER_A_YEAR = "全[区县市省国镇乡州盟旗]|工作(?:报告|总结|要点|计划)|两会"


# After a year, a season names a period only where the phrase ends there (2023年夏季，…; 2023年秋季以来): before a
# noun it names a thing of that year, a campaign, a term or an intake (2018年夏季攻势, 2025年秋季招生, 2023年秋季
# 学期), whose date is the year, as a season with no year before a noun names a kind of campaign, no period.
SEASON_ENDS = (
    r"(?: (?![\u4e00-\u9fff]) | (?=以来|期间|前|后|之[前后]|以[前后]|开始|起|末|初|中|至|到|和|与|及|或) )"
)
# After a year, a holiday names its day (or the days a suffix fixes around it) only where the phrase ends there or
# a suffix follows (2024年春节前, 2018年清明，…): before a noun it names the season of that year's holiday, a thing
# of the year (2014年春节假期门诊安排, 2019年元旦春节期间, 2024年国庆节前安全生产大检查 is a deadline still), whose
# date is the year, as a holiday season with no year is no period and every writer of the corpus reads it.
HOLIDAY_ENDS = (
    r"""(?: (?!”?[\u4e00-\u9fff、]) | (?=”?(?:节?(?:前|后|之[前后]|以[前后]|当天|当日)|至|到|起|以来)) )"""
)
# A short aside in brackets after a date, which notices print after the day: its weekday (9月28日(星期日)前,
# 1月18日（星期三）至2月16日), a note (8月31日（含）前, 1月28日〔农历除夕〕至2月4日); no digits (not a bracketed
# date of its own, but for a note of what is included: 2020年9月1日(含9月1日)—2021年8月31日). Read over only before a
# range's connector or a suffix (a date alone keeps its span).
ASIDE_TAIL = rf"(?: {SP} [（(〔] (?: [^（()）〔〕\n0-9０-９]{{1,8}} | 含 [^（()）〔〕\n]{{1,10}} ) [）)〕] )"
# A time of the day before a deadline's 前 (9月30日上午8:00前, 1月22日下午5点前, 1月6日17:00前): the deadline is the
# day's (the conventions date a deadline by its day).
# (or the end of the working day: 4月15日上午下班前)
_CLOCK = rf"""(?: {SP} (?:上午|下午|晚上|中午|凌晨)? {SP}
                 (?: [0-9]{{1,2}} (?: [:：][0-9]{{2}} 时? | 点 (?:半|[0-9]{{1,2}}分)? | 时 (?:[0-9]{{1,2}}分)? ) | 下班
                   | (?<=午) [一二三四五六七八九十]{{1,2}} [点时] 半? ) )"""  # (下午三点前: an hour in words after 午)
# (and before a start's 后, 起 or 开始: 2023年5月18日9:00后, 11月26日22:00起, 自2020年3月1日0时起至6月30日)
CLOCK_TAIL = rf"(?: {_CLOCK} (?= {SP} (?: (?:之|以)?[前后] | 起 | 开始 ) ) )"
# The same hour before a range's connector (11月18日(星期四)8:00—11月27日: an application window's opening hour), or
# the part of the day alone (1月27日下午—1月29日, 6月6日白天到6月10日, 4月1日零时至30日): the range runs from that day.
CLOCK_BEFORE_RANGE = (
    rf"(?: (?: {_CLOCK} | {SP} (?:上午|下午|中午|晚上|凌晨|白天|零时) ) (?= {SP} [—–\-~〜至到] ) )"
)
