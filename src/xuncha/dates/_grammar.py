"""The grammar of time expressions: one verbose regular expression, built from tables on first use.

Every group has a descriptive name and a comment beside it; resolution (``_resolve``) reads the groups by
those names. A point (a date, a month, a part of a year …) is written once and used twice, for the start and
the end of a range: its groups carry the prefix ``start_`` or ``end_``.

Here the forms are assembled (a point, a range, the prefix and suffix, the special forms), compiled and
matched; the pieces they are written from are in :mod:`xuncha.dates._pieces`, the candidate scan's starts in
:mod:`xuncha.dates._starts`. :func:`rebuild` compiles all of it again after a table has changed.

Adding a part of a year (年中, 岁末 …) is one row of ``YEAR_WORDS`` in :mod:`xuncha.dates._words`: the
expression, the candidate scan and resolution all derive from it. Every repetition is bounded, so matching is linear in the text's length.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from xuncha._regex import optional_groups_as_branches
from xuncha.dates._around import DATELINE_FOLLOWS
from xuncha.dates._pieces import (
    A_DAY_NUMBER_BEFORE,
    AFTER_A_DATE_LABEL,
    AFTER_A_STRETCH,
    AFTER_A_WORD,
    AFTER_AN_AIM,
    AFTER_DATING_YU,
    AFTER_HOUTIAN,
    AFTER_LOST_NIAN,
    AFTER_NO_WORD,
    AMOUNT_BEFORE_YUAN,
    ASIDE_TAIL,
    BRACKETED_AFTER_A_DAY_WORD,
    BULLETS,
    CHROME_GUARD,
    CLOCK_BEFORE_RANGE,
    CLOCK_TAIL,
    CN_SHORT_YEAR,
    COMPACT_DATE_AFTER,
    CONN,
    CONNECTOR_GUARD,
    COPYRIGHT_SIGNS,
    DATING_YU,
    DAY_UNWRITTEN_FOLLOWS,
    END_DAY_UNWRITTEN,
    FIGURE_YEAR,
    FROM_THEN_GUARD,
    GLUED_GUARD,
    GLUED_MONTH,
    GLUED_TIME,
    HOLIDAY_ENDS,
    INDENTED_LINE_START,
    LINE_ENDS,
    LIST_DOT,
    LONE_DAY_FOLLOWS,
    LOST_NIAN_MONTH,
    MINGUO_BARE_YEAR,
    MINGUO_NUMERALS_YEAR,
    MINGUO_SCHOOL_YEAR,
    MINGUO_YEAR,
    MONTH_DAY_FOLLOWS,
    NEWS_DAY_FOLLOWS,
    NEWS_VERBS,
    NOT_AFTER_A_SENTENCE_DAY,
    NOT_BEFORE_A_SENTENCE_DAY,
    ONE_WAY_MONTH_DAY,
    PADDED_DATE,
    PREVIOUS_ONE,
    RELATIVE_YEAR_FIRSTS,
    SCOPE_AFTER_A_YEAR,
    SEASON_ENDS,
    SEPARATED_GUARD,
    SHORT_YEAR_FOLLOWS,
    SMALL_NUM,
    SP,
    SPACES,
    SUFFIX_GUARD,
    TEN_DAYS_WORDS,
    TEXT_ENDS,
    TIMES_OF_DAY,
    TWO_DIGITS,
    UP_TO_WHAT,
    YEAR_LOST_NIAN,
    YEAR_LOST_NIAN_BEFORE,
    YEAR_NUM,
    YUAN_BEFORE_A_MONTH,
    part_of_year_guard,
    right_after,
)
from xuncha.dates._starts import candidate_source, starts
from xuncha.dates._weekday import WEEKDAY_GLOSS
from xuncha.dates._words import EDGE, EDGE_GUARDS, holiday_pattern, year_word_pattern


def _point(p: str, *, day_only: bool = False) -> str:
    """One date point (verbose syntax); its group names carry the prefix ``p`` (start_ or end_)."""
    holiday = holiday_pattern()
    month = rf"""
        (?:   (?P<{p}month> {SMALL_NUM}                     # 3月, 十二月, 元月, 6月份, 元至九月
                          | 元(?=月) | (?<!{AMOUNT_BEFORE_YUAN})元(?={YUAN_BEFORE_A_MONTH})
                          | [0-9] (?<={PADDED_DATE} (?={GLUED_MONTH}) [0-9]) [0-9]?
                          | [0-9] (?<={LIST_DOT}[0-9]) (?={MONTH_DAY_FOLLOWS}) [0-9]?       # 1.11月21日
                          | (?({p}year_given) (?<={YEAR_LOST_NIAN_BEFORE}) {LOST_NIAN_MONTH} | (?!)) )  # 20249月
          (?: {SP} 月 (?:份)? | (?<=元) )                                     # (元至九月: 元 alone, 元月)
            | (?<![以每一])                                                      # 本月, 上个月: by the reference;
              (?P<{p}relative_month> {AFTER_NO_WORD["本"]}本 | {AFTER_NO_WORD["当"]}当(?!月度) | (?<![0-9一二三四五六七八九十两几多])次(?!月度)  # 当月, 次月:
                                   | 上上个? | 下下个? | 上一个? | 下一个?        #   by a date before;
                                   | 上个? | 下个? ) 月                           #   上上个月: two back
        )
        (?: {SP}
            (?:   (?P<{p}day> {SMALL_NUM}) {SP}                               # 13日, 十五号,
                  (?: [日号] | (?=[上下]午|早上|晚上)                            #   3月4下午,
                    | (?({p}year_given) (?={LINE_ENDS}) | (?!) )                     #   a signature's
                                                                                #   2023年9月18⏎,
                    | {A_DAY_NUMBER_BEFORE} (?= {DAY_UNWRITTEN_FOLLOWS} ) )               #   10月31，1月3至2月10
                | (?P<{p}ten_days> {TEN_DAYS_WORDS})                                 # 上旬 … 中下旬
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
        | (?: (?P<{p}quarters_from_first> 前) {SP} )? (?: 第 {SP} )?          # 前两季度: from the first on
          (?: (?<=年) Q (?=[1-4]) )?                                            # 2025年Q2
          (?P<{p}quarter> [一二三四1-4] | (?<=前)两 | (?<![前第])首)             # 三季度, 首季度, 首季 (a
          (?: (?<=Q[1-4]) | (?<=首)季(?![节度]) | (?<=前[1-3一二三两])季(?![节度]) |  #   report's first quarter;
                                                                                #   前三季, the first three);
              (?({p}year_given) (?<=第[一二三四1-4])季(?![节度]) | (?!) ) |        #   2023年第4季 (Macao's);
          (?: (?<=[第前][一二三四1-4两])个 )? {SP} 季度 )                       #   第4个季度,
                                                                                #   spaced: 第 3 季度
          (?: (?P<{p}quarter_end> 末|底)                                        # 三季度末: its last day,
            | (?P<{p}quarter_start> 初{EDGE_GUARDS["初"]}) )?                   #   四季度初: its first
        # (not a school term: 秋季学期 and 寒假 have no calendar-fixed span, each school and province sets its own,
        # like a holiday season; a year before one is read alone, 2023年秋季学期 → 2023年)
        | (?<![春夏秋冬]) (?P<{p}season> 春|夏|秋|冬)                           # 冬季
          (?P<{p}second_season> 春|夏|秋|冬)? 季 (?!学期)                        # 秋冬季: two in a row
          (?({p}year_given) {SEASON_ENDS} | )                                  # (2018年夏季攻势: the year alone)
        | (?P<{p}year_word> {year_word_pattern(p)})                            # 年底, 上半年: YEAR_WORDS
        | (?({p}year_given) (?<=年) (?P<{p}same_period> 同期 | 同月) | (?!) )    # 上年同期: the last period,
                                                                                #   a year back; 去年同月 its month
        | [前首] {SP} (?P<{p}first_months> {SMALL_NUM}) {SP} 个?月           # 前10个月, 前11月,
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
          (?({p}year_given) {HOLIDAY_ENDS} | )                                 # (2014年春节假期门诊: the year)
    """
    year = rf"""
        (?P<{p}year_given>
              (?P<{p}year> {YEAR_NUM} | {FIGURE_YEAR} | {YEAR_LOST_NIAN})     # 2023年, 二〇二三年,
              (?: {SP} 学?年 | (?<=[0-9]) (?= {AFTER_LOST_NIAN} ) )           #   20249月 (年 lost),
                                                                                #   2025学年: its calendar year
            | (?P<{p}short_year> [0-9] (?<![0-9.][0-9]) (?<![0-9][:：][0-9]) [0-9]     # 15年3月, 零七年: the
                               | {CN_SHORT_YEAR}                                      #   century from the
                               | {MINGUO_YEAR} | {MINGUO_SCHOOL_YEAR} )              #   text, or refused;
              (?: 年 (?= {SHORT_YEAR_FOLLOWS} ) | (?<=1[0-9]{{2}}) 学年 )       #   114年度, 109学年: Minguo
            | 民国 {SP} (?P<{p}minguo_year> [0-9]{{1,3}} (?![0-9]) | 元                # 民國103年, 民國三十六年,
                                          | [〇○零一二三四五六七八九十百]{{1,5}} ) {SP} 年  #   中華民國一百零八年:
                                                                                #   the Republic's calendar
            | (?P<{p}minguo_numerals> {MINGUO_NUMERALS_YEAR}) 年               # 九十一年度, 一一三年度
            | (?<![以之每此其然最提]) [今本上去明]                                # 今（2025）年, 上(2020)年: a
              [（(] (?P<{p}bracketed_year> [12][0-9]{{3}}) [）)] 年             #   relative year that writes its
                                                                                #   number, as Taiwan's press does
            | (?<![以之每此其然最提])                                            # not 以前年 …
              (?P<{p}relative_year> 大前|大后|今|{RELATIVE_YEAR_FIRSTS}|上一|下一|(?<!上)下(?=年度)|{PREVIOUS_ONE}|前|翌) 年 (?!轻(?!微)|[龄薪级])
        ) (?:度)?                                                               # 2023年度
    """
    # A year and month with a dot and no day (2021.01—2023.06) is a date only in a range of two such, since
    # alone it reads as a decimal (2023.5万元).
    dotted_month = r"(?:(?<=[0-9]{4}\.[0-9])|(?<=[0-9]{4}\.[0-9]{2}))(?![0-9]|\.[0-9]|[万亿元%])"
    if not day_only:
        dotted_month += rf"(?={SP}(?:{CONN}){SP}[12][0-9]{{3}}\.[0-9])"
    separated = rf"""
        {SEPARATED_GUARD} (?<![0-9.]) (?P<{p}separated_year> [12][0-9]{{3}})                      # 2023-03-13, 2023.3.13
        (?P<{p}separator> [./-]                                                 # the same separator twice;
                        | (?<![^\n][12][0-9]{{3}}) (?P<{p}spaced> \x20) )       #   a space on a line of its
        (?P<{p}separated_month> [0-9]{{1,2}})                                    #   own (2022 11 23⏎)
        (?:   (?P={p}separator) (?P<{p}separated_day> [0-9]{{1,2}})
              (?: (?![0-9]|\.[0-9])                                             # a zero-padded date glued
                | (?<=[0-9]{{2}}[./-][0-9]{{2}}) (?={GLUED_MONTH}|{GLUED_TIME}) )   #   to a month or a time
                                                                                #   (2025-03-183月6日, 2023-11-2010:30)
              (?({p}spaced) (?={LINE_ENDS}) | (?:{SP}日)? )
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
        {GLUED_GUARD} (?<![0-9.]) (?:   (?P<{p}glued_year> (?:19|20)[0-9]{{2}}) (?: 年 (?= {ONE_WAY_MONTH_DAY} 日) )?
                          (?P<{p}glued_month_day> [0-9]{{1,4}})
                        | (?<=[，,、。；;：:\s于至]) (?P<{p}glued_short> [2-9](?:0[1-9]|[12][0-9]|3[01]) | 3[2-9] | [4-9][1-9]
                                                            | (?<=至) 1[0-2](?:0[1-9]|[12][0-9]|3[01]) ) )
        (?: 日 (?![0-9])
          | (?<=日期[:：][0-9]{{7}}) (?={LINE_ENDS})
          | (?<=[0-9]{{8}}) (?={COMPACT_DATE_AFTER})                           # (20230115): the guard's
          | (?<={DATING_YU}[0-9]{{7}}) (?={AFTER_DATING_YU}) )
    """
    # A page header's date written month-day, slash, year on a line of its own (09-17 / 2025), a template's;
    # the line may be indented (the digits and - first: one test, where the line start is nine lookbehinds).
    trailing_year = rf"""
        {CHROME_GUARD} {INDENTED_LINE_START} (?P<{p}chrome_month> 0?[1-9] | 1[0-2]) - (?P<{p}chrome_day> 0?[1-9] | [12][0-9] | 3[01])
        {SP} / {SP} (?P<{p}chrome_year> [12][0-9]{{3}}) (?={LINE_ENDS})
    """
    # A page header's date written day first with dots (19.05.2018  06:47, an aggregator's), at a line start
    # before a time of day or the line end: a day-first date inside a text is too easily a version or a list.
    day_first = rf"""
        (?<![^\n]) (?P<{p}dmy_day> 0?[1-9] | [12][0-9] | 3[01]) \. (?P<{p}dmy_month> 0?[1-9] | 1[0-2])
        \. (?P<{p}dmy_year> [12][0-9]{{3}}) (?= {LINE_ENDS} | [ \t\u3000]+ {GLUED_TIME} )
    """
    # A page's date after its label, as a page header prints it: month and day alone (时间: 01-19, 日期:08-29,
    # 创建于11-02), or after a three-digit year of the Republic's calendar (日期:109-11-02, 公告日期: 113/06/21).
    labelled = rf"""
        {AFTER_A_DATE_LABEL} (?: (?P<{p}label_minguo> 1[0-2][0-9]) [-/] )?
        (?P<{p}label_month> 0[1-9] | 1[0-2]) [-/] (?P<{p}label_day> 0[1-9] | [12][0-9] | 3[01]) (?![0-9/-])
    """
    alternatives = [
        separated,
        trailing_year,
        day_first,
        labelled,
        glued,
        rf"(?:{year})? (?({p}year_given){SP}) (?: {month} | {part_of_year_guard()} (?: {part_of_year} ) | (?({p}year_given)|(?!)) )",
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
            rf"""(?: (?<![^，,。；;：:）)\n{SPACES}{BULLETS}]) | (?<=图为) | (?<=报讯) | (?<=月[0-9]日、) | (?<=月[0-9]{{2}}日、)
                   | (?<=[0-9]日[上下]午、)
                   | (?<=[至到止自从]) (?(prefix)|(?!)) )
                 (?<![{NOT_BEFORE_A_SENTENCE_DAY}][{SPACES}])
                 (?<![{NOT_BEFORE_A_SENTENCE_DAY}][{SPACES}]{{2}})
                 (?: (?<![\s\S]) (?P<{p}whole_text>) )?
                 (?P<{p}lone_day> [0-9]{{1,2}}) {SP}
                 (?: 日 (?={LONE_DAY_FOLLOWS}) | (?({p}whole_text) [日号] (?={TEXT_ENDS}) | (?!) ) )""",
            # a news dateline's day (据新华网4日消息, 北京10日电) or a news report's, after the body that acted and
            # before what it did (国资委19日发布, 最高人民法院15日在京发布), or the day a news lead names as today or
            # yesterday or the next day with its number in brackets (今（18）日上午, 昨(17)日, 今(18日), 昨（二）日,
            # 翌(十六)日, 次(3)日: the number is the day); and a day
            # inside a sentence after a date of it (10月10日电…网站10日开设专栏; resolution refuses it with no day
            # of its paragraph before it)
            rf"""(?: (?P<{p}bracketed_day> [今昨翌次] [（(] ) | (?<![0-9.]) (?<![{NOT_BEFORE_A_SENTENCE_DAY}]) )
                 (?P<{p}dateline_day> [0-9]{{1,2}} | (?({p}bracketed_day) [一二三四五六七八九十]{{1,3}} | (?!) ) )
                 (?({p}bracketed_day) (?: [）)] 日 | 日 [）)] ) | 日 (?={DATELINE_FOLLOWS}|{NEWS_DAY_FOLLOWS}) )""",
            # a news report's day in Chinese numerals from 十 on (香港廉署十九日下午举行, 並於十五日下午勘察: Hong
            # Kong's and Taiwan's press), after a word and before a news verb or a time of the day: as one in digits
            rf"""(?<=[\u4e00-\u9fff]) (?<![〇○零一二三四五六七八九十两百千第{NOT_BEFORE_A_SENTENCE_DAY}])
                 (?P<{p}numerals_news_day> 二?十[一二三四五六七八九]? | 三十一? ) 日 (?= {NEWS_VERBS} | {TIMES_OF_DAY} )""",
            # a day in brackets after a word of the day or a weekday that it dates (今天(8日), 截至昨日(26日),
            # 周日(8日)): resolution takes that day nearest the reference
            rf"""(?<=[（(]) (?P<{p}day_of_word> [0-9]{{1,2}}) [日号] {BRACKETED_AFTER_A_DAY_WORD}""",
            # a day with its weekday in brackets after it (8日(周一):阴天…, 于12日（星期五）召开): a date, which
            # resolution reads as the day in brackets after a word of the day
            rf"""(?<![0-9.月第]) (?P<{p}day_of_weekday> [0-9]{{1,2}}) [日号] (?={WEEKDAY_GLOSS})""",
            # (or a day further down a list of days: 9月20日、21日、27日 — resolution asks a day of its sentence
            # before it, as for a day inside a sentence)
            rf"""(?: (?<=[\u4e00-\u9fff]) (?<![{NOT_BEFORE_A_SENTENCE_DAY}]) | (?<=[0-9]日、) )
                 (?P<{p}sentence_day> [0-9]{{1,2}}) 日
                 (?: (?=[\u4e00-\u9fff]) (?![{NOT_AFTER_A_SENTENCE_DAY}]) | (?<=[0-9]日、[0-9]日) (?=[、，,])
                   | (?<=[0-9]日、[0-9]{{2}}日) (?=[、，,]) )""",
        ]
    if day_only:  # a range end may name only a day or a part of the first part's month: 13-15日, 上旬至下旬
        alternatives.append(
            rf"(?P<{p}day_alone> {SMALL_NUM}) (?: {SP} [日号] | {END_DAY_UNWRITTEN} )"
            rf" | (?P<{p}ten_days_alone> {TEN_DAYS_WORDS})"
        )
    return "(?:" + "\n|".join(alternatives) + ")"


_PREFIX = rf"""
    (?=[自从截到至直]) (?P<prefix> 自从|自|从|截至到|截止到|截止至
              | (?:截至|截止) (?: (?:时间|日期) (?:为|是|到|[:：])? | [:：] )?        # 截止时间为…, 到…, 截止:…
              | (?: (?<=[，,、；;：:。\s（(]) | ^ ) (?:直至|直到|到|至)      # 到 only at a clause start,
              | {AFTER_AN_AIM.format("")} 到                        # or a target's,
              | {AFTER_A_STRETCH.format("")} (?:到|至)              # or the end of a stretch of work,
              | {AFTER_A_WORD.format("")} 至 (?={SP}{UP_TO_WHAT}) )     # or up to a date after a word
"""
# (来 is tested before the year it follows: the alternation tests a character, not a lookbehind; after a year of four
# digits it is "since" too, 2022年来, where a count of years is read as one by _SPECIAL; not 2019年来华, came)
_SUFFIX = rf"""
    {SUFFIX_GUARD} (?: 及 (?=[以之][前后]) )?                        # 8月31日及以前出生: the day included
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
# year glued to a month (YEAR_LOST_NIAN), four digits 19xx or 20xx that no amount is written as before 1-8月.
_YEAR_LOST_NIAN_BEFORE_MONTHS = (
    rf"{YEAR_LOST_NIAN_BEFORE} (?= 1 {SP} (?:{CONN}) {SP} (?:1[0-2]|[2-9]) {SP} 月 )"
)
# A bare number that borrows its unit from a range end or a list's last item (1-11月, 2017—2022年, 6、7月份).
# Only worth trying when a range connector or a list's 、 follows within a few characters (most dates are
# neither); possessive, since the characters before a connector cannot be one.
_BARE_START = rf"""
    (?=[0-9〇○零一二三四五六七八九十两今本当去上明前后次翌同来年月份{SPACES}]{{1,16}}+ (?:—|–|-|~|〜|至|到|、))
    {_BARE_NOT_SEPARATED}
    (?:   (?P<bare_year> {YEAR_NUM} | {FIGURE_YEAR} | {MINGUO_BARE_YEAR}
                       | {_YEAR_LOST_NIAN_BEFORE_MONTHS} )                            # 20191-8月份 (年 lost)
          (?: (?<=[0-9]{{4}}) (?=1[^0-9]) | {SP} 年 {SP} )                           # 2023年1-11月
        | (?<![以之每此其然最提]) (?P<bare_relative_year> 今|本|当|去|上|明|前|后|次|翌|同|来) 年 {SP}
    )?
    (?: (?P<bare_month> {SMALL_NUM}) {SP} 月 (?:份)? {SP} )?                        # 3月13-15日
    (?P<bare_number> {YEAR_NUM} | {SMALL_NUM} | (?(bare_year) (?<=[0-9]{{4}}) 1 | (?!) ) )
"""
# 当前 as "current" before what it qualifies (作为当前一项重大政治任务, 当前和今后一个时期, 是当前的重要任务,
# 以当前各项工作…): an attribute, which fixes no time.
_CURRENT_AS_ATTRIBUTE = "[和及与]今后|一[项个]|[的各]|重大|重要|主要|首要"
# What no form below starts with, though most dates do: a year of four digits and 年 (not 1990年代, 2007年与
# 2009年之间) and a month in digits (3月; a count is 3个月, 3年来, 10日内). Refused at once, the forms are not
# each tried there (the most frequent matches are a fifth faster).
_NOT_SPECIAL = rf"""
    (?!   [12][0-9]{{3}} {SP} 年 (?! {SP} [与和代] )
        | [0-9]{{1,2}} {SP} 月 )
"""
_SPECIAL = rf"""
    {_NOT_SPECIAL}
    (?P<special>
          十 (?P<five_year_plan> [一二三四五六七八九]) 五                        # "十四五"时期: 2021–2025
          (?: (?P<plan_since> ”?以来) | (?=”?(?:时期|期间)) )
        | (?P<academic_start> {YEAR_NUM}) {SP} (?:{CONN}) {SP}                # 2023—2024学年, and a term of
          (?P<academic_end> {YEAR_NUM}) {SP} (?: 学年度? | (?= 第[一二]学期 | [上下]学期 ) )  #   it: 2023-2024第一学期
        # a fiscal year split over two calendar years (2019/20年度, 二零一九/二零年度, 二○一○至一一财政年度), and a
        # range of them (二零二零/二一至二零二三/二四年度): the calendar years they span, as the corpus reads them
        | (?P<split_start> {YEAR_NUM}) {SP} [/／] {SP} (?P<split_next> {TWO_DIGITS} | {YEAR_NUM}) {SP}
          (?: (?:{CONN}) {SP} (?:{YEAR_NUM}) {SP} [/／] {SP} (?P<split_last> {TWO_DIGITS}) {SP} )?
          (?:财政)? 年度
        | (?P<fiscal_start> {YEAR_NUM}) {SP} (?:{CONN}) {SP} (?P<fiscal_next> {TWO_DIGITS}) {SP} (?:财政)? 年度
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
        | (?: (?:从|自) {SP} | (?<=[（(]) (?P<years_bracketed>)
            | (?:(?<=[图圖表][0-9][:：])|(?<=[图圖表][0-9]{{2}}[:：])) (?P<years_captioned>)
            | {right_after(COPYRIGHT_SIGNS)} (?P<years_copyright>) )
          (?P<years_first> [12][0-9]{{3}})
          (?: {SP} (?:{CONN}) {SP} (?P<years_last> [12][0-9]{{3}}) | (?(years_copyright)|(?!)) )
          (?(years_bracketed) (?=[）)]) | (?(years_captioned) (?![0-9年]) | (?(years_copyright) (?![0-9年])
                                                                              | (?=[，,。；;\s]|\Z) ) ) )
        # a year without 年 before the scope or the report it qualifies (2021全区…, 2016工作报告, 2024两会)
        | (?<![0-9.]) (?P<scope_year> (?:19|20)[0-9]{{2}}) (?={SCOPE_AFTER_A_YEAR})
        # the years between two (2007年与2009年之间): from the first to the second
        | (?P<between_first> {YEAR_NUM}) {SP} 年 {SP} (?:与|和) {SP}
          (?P<between_last> {YEAR_NUM}) {SP} 年 {SP} 之? 间
        | (?:党的)? (?P<congress> 十六|十七|十八|十九|二十) 大 ”? 以来             # 党的十八大以来
        | (?P<now> (?P<now_until> 截至到|截止到|截至|截止|到|至(?=目前|当前|现阶段))?  # 目前, 截至目前, 至今
                   (?: 目(?<![项题科节栏条书数剧名账帐盲醒注瞩纲细]目)前
                     | 当(?<![担相适充应正妥恰得理敢承失]当)前(?!(?:所在|的)?(?:位置|页)|{_CURRENT_AS_ATTRIBUTE})
                     | 现阶段|至今(?!年)|迄今(?:为止)? ) )
                   # (当前位置, 您当前所在位置, 当前页面, 当前页: a page's breadcrumb or pager, not a time; nor
                   # 目前 or 当前 whose first character ends a word: 项目前期, 题目前, 应当前往, 相当前卫)
        | (?:近|过去|最近|这) {SP} (?P<recent_count> {SMALL_NUM} | 半(?=年))    # 近三年, 过去三年, 这两年
          {SP} (?P<recent_unit> 年|个月|个季度|周|天) (?:以来|来)?
        | (?P<past_count> {SMALL_NUM}) {SP} (?:余|多)? {SP}                   # 三年来, 10 余年来, 两年多来
          (?P<past_unit> 年|个多?月) 多? (?:以来|来)
        | (?:今后|未来|往后) {SP} (?P<ahead_count> {SMALL_NUM} | 半(?=年))      # 今后五年, 未来2个月
          {SP} (?P<ahead_unit> 年|个月|个季度|周|天)
        # 3年后, 两年前, 三个季度后, from the reference date; not after an event (收到通知后3日内, 之日起60日内,
        # 撤组后,1个月内完成…: the event's clause just before). A time limit (60日内) is matched, so that 60日 is
        # read as no day of a month, and refused by resolution: a duration, not a date.
        | (?<![后起]) (?<![后起][{SPACES}，,]) (?P<offset_count> {SMALL_NUM} | 半(?=年)) {SP}
          (?:   (?P<offset_unit> 年|个月|个季度|个星期|周|天)
                (?P<offset_way> 以后|之后|后(?![续期备勤台盾面方果者来]) | 以前|之前|前(?![期列景沿线])
                              | 以内|内(?![部容地外涵在务控设审蒙])                 # 60天内: a time limit
                )
              | (?P<offset_days> 日|个工作日) (?P<offset_within> 以内|内(?![部容地外涵在务控设审蒙])) )  # 60日内
        | (?: (?P<deictic_until> 截至|截止) | (?P<deictic_from> 自|从) )? {SP}        # 截至昨天, 自今日起
          (?P<deictic_day> 今天(?!是[:：]?{SP}(?:{LINE_ENDS}|[0-9〇○零一二三四五六七八九]{{4}}))  # the reference date
                                  #   (not a widget's 今天是⏎ that lost its date, nor 今天是:2019年10月31日, the date
                                  #   it shows: the day the page was seen, written out)
                         | 今日(?!起)|本日|明天|昨天|昨日|大大前天|大前天|前天|大大后天|大后天
                         | (?<![光说表证声阐查])明日(?![报常益趋臻])  #   (not 光明日报, 表明日常: 明 ends a word)
                         | 后 (?<![天日年月周之以最然先]后) 天 (?={AFTER_HOUTIAN}) )  #   (not 后天性, 后天努力)
          (?(deictic_from) 起 | )                                                 # (自 only with 起: 自今日起)
    )
"""
_LIST = rf"""
    # the first items of a list that names its unit once (6、7月份, 2022、2023年) are bare numbers too
    (?(bare_number) (?P<list_item>)
        (?=   {SP}、{SP} (?: (?:{SMALL_NUM}) {SP}、{SP} ){{0,10}} (?:{SMALL_NUM}) {SP} (?P<list_unit> 月|季度)
            | {SP}、{SP} (?: (?:{YEAR_NUM}) {SP}、{SP} ){{0,10}} (?:{YEAR_NUM}) {SP} 年 )
    )
"""


def _body() -> str:
    """The whole expression but for its first-character guard (built when compiled, from the tables)."""
    return rf"""
    {_SPECIAL}
  | (?: {_PREFIX} {SP} )?
    # A bare number (1-11月) needs the range tail; a point may have one. The bare start is tried first so
    # that "2023年1-11月" is one range, not the year 2023 followed by a month range.
    (?: {_BARE_START} | {_point("start_")} )
    (?:   (?: {ASIDE_TAIL}? {CLOCK_TAIL}? {SP} {FROM_THEN_GUARD} (?P<from_then> 起|开始          # 即日起，至…;
                  | (?:开学|启动|开工|进驻) (?={SP}[至到]) )                      #   9月1日开学至1月22日
                {SP} [，,]? {SP}                                                 #   (not 5月进驻，6月结束)
                (?: 至|到 | (?P<then_ends>) )                                      # 自…开始，…结束
            | {ASIDE_TAIL}? {CLOCK_BEFORE_RANGE}? (?: {SP} | \r?\n (?=至) ) {CONNECTOR_GUARD} (?P<connector> {CONN}                       # a line wrapped before 至;
                                         | (?<=日) (?=[0-9]{{1,2}}月[0-9]{{1,2}}日)     # 至 lost between days;
                                         | (?<=日) 一 (?=[0-9]{{1,2}}月[0-9]{{1,2}}日)  # 一 typed for a dash;
                                         | (?(prefix) 截[止至][到至]? | (?!))          # 从…截止到…,
                                         | (?(prefix) (?:延续|持续|持续开展)[到至] | (?!)) ) )  #   从…持续到…
          {SP} {_point("end_", day_only=True)}
          (?(then_ends) {SP} 结束 )
        | {_LIST}
    )
    (?: {ASIDE_TAIL}? {CLOCK_TAIL}?                    # 9月28日(星期日)前, 10月8日(星期三)18:00前
        {SP} ”? (?(start_holiday) (?: {SP} 节 (?=[前后]) )? | ) {_SUFFIX} )?  # ”: a quoted holiday, “五一”前,
                                                                      #   “五一” 节前 (not 2025年节后: the festival's)
"""


# never takes part: the group a point reads for a field only the other point has (end_day_alone); never opened
# either (see SUFFIX_GUARD)
_ABSENT = "(?:(?!)(?P<absent>))?"


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
