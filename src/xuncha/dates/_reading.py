"""Reading a text's matches in order: each match of the grammar refused or resolved in what the text has said so
far.

:func:`read_matches` walks the matches of a folded text once, keeping the :class:`~xuncha.dates._context.Context`
the text builds as it goes: the year it speaks of, carried across sentences and paragraphs (a day written in
full, a year heading its part, a title's year, a repost's month), and the refusals that need the text around a
match (a lost prefix, a day of the lunar calendar, a document number, a date in a web address). Separate from
:mod:`xuncha.dates._extract`, which turns what it yields into periods and rejected stretches and adds the passes
around it (numbers wrapped alone on a line, glosses, lists joined, events).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from xuncha._chrome import on_a_chrome_line
from xuncha._markers import heading_shape_at
from xuncha.dates._around import (
    DOCUMENT_NUMBER,
    RECURRING,
    alone_on_its_line,
    on_a_title_line,
)
from xuncha.dates._calendar import Invalid
from xuncha.dates._context import (
    BY_DAY,
    BY_HALF_YEAR,
    BY_MONTH,
    BY_QUARTER,
    BY_TEN_DAYS,
    BY_YEAR,
    ON,
    RANGE,
    SINCE,
    UNTIL,
    Context,
    Resolved,
)
from xuncha.dates._grammar import Grammar, grammar, matches
from xuncha.dates._pieces import SPACES
from xuncha.dates._resolve import compared_at, resolve
from xuncha.dates._tense import SENTENCE_END, speaks_of_a_plan
from xuncha.dates._words import HOLIDAY_WORDS

# (Tuples, not sets: a set hashes an Enum member in Python, a tuple compares it by identity in C.)
_FINER_THAN_A_YEAR: Final = (BY_MONTH, BY_TEN_DAYS, BY_DAY)
_FINER_THAN_A_MONTH: Final = (BY_TEN_DAYS, BY_DAY)
# A web address running, without a space or a non-ASCII character, up to the point searched to.
_WEB_ADDRESS: Final = re.compile(r"(?:https?://|www\.)[!-~]*\Z")
# What follows the year whose prices a bulletin's figures are stated in ((2010年可比价，下同), 按2010年不变价格计算):
# a base of measure, not the year the text speaks of, which its 全年 and 上年 keep.
_PRICE_BASES: Final = ("可比价", "不变价", "价格")
# The spans shorter than a year a brief or an inspection is dated by (简况(2020年3月), 2022年第三季度督查).
_DATELINE_SPANS: Final = (BY_MONTH, BY_TEN_DAYS, BY_QUARTER)
# The periods reported with their year that tell a repost's later paragraphs their year (see read_matches).
_REPORTED_SPANS: Final = (*_DATELINE_SPANS, BY_HALF_YEAR)
# The relations of a day a text reports, rather than a deadline it sets (2026年6月30日前).
_REPORTED: Final = (ON, RANGE, SINCE, UNTIL)
#: The days whose year carries into later paragraphs with a reference: an event's day or days (not 截至…).
_ON_OR_RANGE: Final = (ON, RANGE)
# After 自 and a date, an event and the word that counts from it, in the same clause: 自2018年5月市委巡察以来,
# 自7月底的党代会后, 自2015年全国33个试点地区启动改革以来 (digits inside the event, not right after the date); or
# that starts from it or runs from it to another time: 从2015年第三批专项巡视动员部署开始, 从2015年12月在河北开展环保督察
# 试点起, 从2018年发现线索到如今.
# (the words of the clause after the date: no clause break, no digit right after the date, no range's dash)
_CLAUSE_AFTER_A_DATE = r"[^，,。；;：:\s0-9][^，,。；;：:\s—–~-]{0,39}?"
# (not a time of the day the date starts at: 自2020年1月1日零时起)
# (named where the span since the event runs up to now: 以来)
_EVENT_AFTER: Final = re.compile(
    rf"(?!零时|零点|[上下]午|凌晨|中午|晚上){_CLAUSE_AFTER_A_DATE}(?:(?P<up_to_now>以来|以來)|之后|以后|后|开始|起|到)"
)
# After 从 and a date, what a sentence is seen or heard from, in the same clause (从2025年办案数据看, 从前三季度看,
# 从…新闻通气会上获悉, 从去年…说起): 从 governs the source, and the date is only its date. (看 before a comma or
# at the text's end: 看齐 and 看望 are other words.)
_SOURCE_AFTER: Final = re.compile(rf"(?:{_CLAUSE_AFTER_A_DATE})?(?:看(?=[，,：:]|\Z)|获悉|了解到|说起|谈起)")


def _event_named(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The event that 自/从 before a date governs, following the date (自2018年5月市委巡察以来), or the source a
    sentence is seen from (从2025年办案数据看), rather than the date itself (自2018年5月起): None unless the match
    ends in neither a suffix nor a range, before an event or a source."""
    if match["suffix"] is not None or match["connector"] is not None or match["from_then"] is not None:
        return None
    if match["prefix"] not in ("自", "从", "自从"):
        return None
    end = match.end()
    return _EVENT_AFTER.match(text, end) or _SOURCE_AFTER.match(text, end)


# What follows a year that dates a record or a name rather than the time a text speaks of: 2022年度…会, 2023年“同级审”.
_NAMES_A_RECORD: Final = re.compile(r"年度|.年[“\"《]")


def _first_known(*years: int | None) -> int | None:
    """The first of ``years`` that is known (not None): the fallbacks of an undated page, in their order."""
    return next((year for year in years if year is not None), None)


def _year_to_date(period: Resolved, match: re.Match[str], writes_year: bool) -> bool:
    """Whether a period is a written year's span from 1 January (2024年1-5月, 2023年1-6月份): the year a budget
    report is about, as a bare year is (then 占年初预算, 较上年 in later paragraphs count from it)."""
    start = period[0]
    return (
        period[2] is RANGE
        and start is not None
        and (start.month, start.day) == (1, 1)
        and (match["bare_year"] is not None or writes_year)
    )


def _opens_a_heading(text: str, start: int) -> bool:
    """Whether ``start`` is right after the marker that opens its line: 一、2020年…, （二）2021年…."""
    # (the line's start is looked for no further back than a marker reaches: a long line is not read again)
    reach = max(0, start - _HEADING_MARKER_LONGEST - 1)
    newline = text.rfind("\n", reach, start)
    if newline < 0 and reach > 0:
        return False
    marker = heading_shape_at(text, newline + 1)
    return marker is not None and text[marker.end() : start].strip(SPACES) == ""


# The longest a heading's marker and the spaces around it run before the year it names: （ 十二 ） .
_HEADING_MARKER_LONGEST: Final = 12


# A number and 年 right before a match that the grammar did not read as a year (十九年底, 二〇〇年3月): the
# date lies in a year the text names some way the grammar does not read, never in the reference year.
_UNREAD_YEAR: Final = re.compile(r"[0-9〇○零一二三四五六七八九十百千两]年[\s\u3000]{0,2}$")


# What makes the 上 before a match the end of a word, 加上, not a first 上 of 上上年: a budget's 加上上年结转收入
# is last year's carry-over added, not the year before last's. (以上 is left out: 以上上半年数据 may be either.)
_ENDS_IN_SHANG: Final = frozenset("加")
# The characters before a match (or its first, 年) without which _lost_before finds nothing.
_MAY_LOSE_BEFORE: Final = frozenset("上下大年" + SPACES)


def _lost_before(text: str, start: int, matched: str, read_to: int) -> str | None:
    """Why a match cannot stand without what comes right before it, or None: a doubled prefix it dropped
    (上上年, 下下周 …, where the grammar reads only the last 上) or an unread year (十九年底). ``read_to`` is where
    the match before it ends: a year it read, a space before this one, is no unread year (1995年 1998年, a
    table's row of years; glued, 2023年2023年 stays refused, as a damaged year would be)."""
    before = text[start - 1]
    if (
        before in "上下"
        and matched[0] == before
        and not (before == "上" and start >= 2 and text[start - 2] in _ENDS_IN_SHANG)
    ) or (before == "大" and matched[0] in "大前后"):
        return f"{before}{matched[0]}: a doubled prefix the grammar does not read"
    after_a_year = matched[0] == "年" or before == "年" or before in SPACES
    if after_a_year:
        unread = _UNREAD_YEAR.search(text, max(0, start - 5), start + (matched[0] == "年"))
        if unread is not None and (unread.start() >= read_to or before not in SPACES):
            return "a year the grammar does not read"
    return None


class _ScanGroups(NamedTuple):
    """The numbers of the groups read_matches reads of every match (by number: once per match)."""

    year_word: int
    same_period: int
    sentence_day: int
    written_day: tuple[int, ...]
    written_year: tuple[int, ...]
    prefix: int
    academic_start: int  # a school year's first year (2022-2023学年, 2023-2024第一学期)


# The words before a date of the lunar calendar (folded: 農曆 is 农历).
_LUNAR_CALENDAR = ("农历", "阴历")
# The group numbers of the grammar last scanned with, beside its expression (a grammar rebuilt has another).
_LAST_SCAN_GROUPS: list[tuple[re.Pattern[str], _ScanGroups]] = []


def _scan_groups(compiled: Grammar) -> _ScanGroups:
    """The group numbers read_matches reads, computed once per grammar rather than once per text."""
    if _LAST_SCAN_GROUPS and _LAST_SCAN_GROUPS[0][0] is compiled.expression:
        return _LAST_SCAN_GROUPS[0][1]
    start = compiled.start
    groups = _ScanGroups(
        start["year_word"] + 1,
        start["same_period"] + 1,
        start["sentence_day"] + 1,
        tuple(
            start[name] + 1 for name in ("day", "separated_day", "glued_month_day", "chrome_day", "dmy_day")
        ),
        tuple(
            start[name] + 1 for name in ("year", "separated_year", "glued_year", "chrome_year", "dmy_year")
        ),
        compiled.expression.groupindex["prefix"],
        compiled.expression.groupindex["academic_start"],
    )
    _LAST_SCAN_GROUPS[:] = [(compiled.expression, groups)]
    return groups


#: How far into a text its title's year, quarter or month may start (after a page's chrome lines), and the spans
#: that name a report's own (a year, a half, a quarter, a month; not a day, a page's date).
_TITLE_REACH: Final = 300
#: How far into its first line a text may name its year (2024年，在区…的指导下, …: the year it reports on).
_FIRST_LINE_REACH: Final = 80
_TITLE_SPANS: Final = (BY_YEAR, BY_HALF_YEAR, BY_QUARTER, BY_MONTH)
#: The first day of Unix time, which pages print for an empty date field, and how they print it.
_EPOCH: Final = dt.date(1970, 1, 1)
_EPOCH_WRITTEN: Final = ("1970-01-01", "1970/01/01", "1970.01.01")


#: The months after a year's end in which its reviews are published (statistical bulletins by May).
_REVIEW_MONTHS: Final = 5
#: The words of a review of a whole year: 全年 and a comparison with the year before it.
_COMPARED_WITH_LAST_YEAR: Final = ("比上年", "较上年")


def _reviews_a_whole_year(text: str) -> bool:
    """Whether a text reviews a whole year: it speaks of 全年 and compares with the year before (比上年增长)."""
    return "全年" in text and any(words in text for words in _COMPARED_WITH_LAST_YEAR)


def read_matches(text: str, reference: dt.date | None) -> Iterator[tuple[re.Match[str], Resolved | Invalid]]:
    reference_year = None if reference is None else reference.year
    context = Context(reference, reference_year)
    if reference is not None and reference.month <= _REVIEW_MONTHS and _reviews_a_whole_year(text):
        # 全年…比上年增长 on a page of the year's first months, with no year stated: a review of the year before
        # (a bulletin, a year's summary), whose 全年, 上年 and 年末 count from it, as a stated year would make them
        context.text_year = reference.year - 1
    compiled = grammar()
    year_word, same_period, sentence_day, written_day, written_year, prefix, academic_start = _scan_groups(
        compiled
    )
    # Characters most texts lack, looked for once rather than before every match.
    every_in_text = "每" in text
    titles_in_text = "《" in text
    dated_end = 0  # where the last period read ends (a day inside a sentence needs one in its sentence)
    sentence_clear_to = 0  # up to where no sentence has ended since dated_end (searched already)
    previous_end = 0
    day_year: int | None = None  # the year of the last day reported, for a later paragraph without reference
    full_day_year: int | None = None  # the same, of a day written with its year and day number (not 2007年底)
    # Without a reference, 今年/去年 leave the year unknown for the rest of their sentence only: the next sentence
    # is back in the year of the last day or month the text reported (简况(2020年3月) 今年以来,…放缓。1-3月: in
    # 2020), not in a plan's (2025年6月投入使用。今年12月完成…。8月18日 is not in 2025); failing those, in the year
    # the text is about, as a next paragraph would be (2025年是…之年。做好今年工作…。2月底前: in 2025).
    unknown_from: int | None = (
        None  # where the sentence of such a year of unknown number ends (searched from)
    )
    # With no reference, the year of the last period finer than a year the text reports, outside a plan's
    # sentence (2022年第三季度督查; not 2021年“同级审”, a name's year, nor 计划2026年上半年完成)
    undated_year: int | None = None
    # With no reference, the last year the text stated as the year it is about (2025年，…; 一、2025年主要工作),
    # not as the year of a record it names (2022年度党支部组织生活会, 2023年“同级审”报告) nor in a plan
    named_year: int | None = None
    # With no reference, the year of the last document the text names in 《》 (《2024年国庆节前安全生产大检查工作方案》):
    # not the year the text speaks of, but, failing every year above and a title's, the year its undated days
    # are read in (then 在9月23日至27日期间 is in 2024: a text about a year's plan, programme or calendar)
    document_year: int | None = None
    chrome_line, chrome_line_end = False, 0  # whether the last line asked is chrome, and where it ends
    for match in matches(text):
        if unknown_from is not None:
            if SENTENCE_END.search(text, unknown_from, match.start()):
                if context.year is None and day_year is not None:
                    context.year, context.stated = day_year, True
                elif (
                    context.year is None
                    and (known := _first_known(undated_year, named_year, document_year)) is not None
                ):
                    # (the years a paragraph break falls back on, below, but for a title's)
                    context.year, context.stated = known, False
                unknown_from = None
            else:
                # (no end up to here: the next search starts here, so that a run of matches in one long sentence
                # is searched once, not from its start again for each)
                unknown_from = match.start()
        # A year stated in one paragraph does not carry into the next (a plan's 2026年 before a report's 9月,
        # a report's name 2023年“同级审” before a caption's 7月4日). With no reference year, the year of the
        # last day the text reports (2020年8月24日进驻, 截止2007年底, a range of days) carries instead; so does,
        # before the reference year, the year of the last day written with its year and day number in another
        # year (巡察组2023年11月20日至2024年1月12日进驻…, then 4月9日反馈会 in the next paragraph is in 2024).
        if text.find("\n", previous_end, match.start()) >= 0:
            if full_day_year is not None and full_day_year != reference_year:
                context.year, context.stated = full_day_year, True
            else:
                context.year, context.stated = (reference_year, False) if reference_year else (day_year, True)
            if context.year is None:
                # On an undated page, failing a day, the first known of: the year of a period it reports
                # (某某工作2022年第三季度督查, then 10月9日 in the next paragraph is in 2022); the year the text is
                # about (气象局2025年工作总结…, then 1-11月 and 截至11月底 under a later heading); the year a title
                # names, even as a record's (关于2019年《政府工作报告》…的汇报, then 1月14日下午; 集团发布2022年度社会
                # 责任报告, then 6月19日电; not a first line's sentence: 督促2023年“同级审”报告指出的问题整改。 names
                # a report's year); the year of a document the text names (see document_year). None is stated, so
                # 年底前 and 今年 stay unknown.
                known = _first_known(undated_year, named_year, context.titled_year, document_year)
                context.year, context.stated = known, False
            context.last = None
            context.written = None
        read_to, previous_end = previous_end, match.end()
        runs_to_now = False  # whether the match dates an event a span since runs from up to now (自…以来)
        if match.group(prefix) is not None and (event := _event_named(text, match)) is not None:
            # 自2018年5月市委巡察以来: 自 governs the event, and the date is only its date
            runs_to_now = event.lastgroup == "up_to_now"
            after = match.end(prefix)
            while text[after] in SPACES:  # (自 2018 年 5 月…: a space after 自; the date follows)
                after += 1
            rematch = compiled.expression.match(text, after)
            if rematch is not None:
                match = rematch
        start, match_end = match.span()  # (read once: most tests below look after the match)
        if (
            start
            and (text[start - 1] in _MAY_LOSE_BEFORE or text[start] == "年")  # (most dates: one look decides)
            and (lost := _lost_before(text, start, match.group(), read_to)) is not None
        ):
            yield match, Invalid(lost, "lost-prefix")
            continue
        # 农历十月初七: a day of the lunar calendar, which no Gregorian date names (its festivals, 农历正月初一, are
        # read as the festivals they are)
        if (
            start >= 2
            and text.endswith(_LUNAR_CALENDAR, 0, start)
            and not any(word in match.group() for word in HOLIDAY_WORDS)
        ):
            yield match, Invalid("a day of the lunar calendar")
            continue
        # (the find is a cheap first test: most dates have no 每 before them)
        if (
            every_in_text
            and text.find("每", start - 6 if start > 6 else 0, start) >= 0
            and RECURRING.search(text, start - 6 if start > 6 else 0, start)
        ):
            continue
        # 2023年第45号 (公告): a year before the number of a document is no period (an issue's, 2023年第3期, is one).
        if text.startswith("第", match_end) and DOCUMENT_NUMBER.match(text, match_end):
            yield match, Invalid("the year of a document number", "document-number")
            continue
        # 本年度报告…: "this annual report", a report naming itself (本 points at 年度报告), not this year.
        if text.startswith("报告", match_end) and match.group().endswith("本年度"):
            yield match, Invalid("本年度报告 names the report itself", "document-number")
            continue
        # http://…/system/2021/09/08/…: the date is part of a page's address (chrome), not of its text.
        if start and text[start - 1] in "/=_" and _WEB_ADDRESS.search(text, max(0, start - 200), start):
            yield match, Invalid("a date in a web address", "document-number")
            continue
        if match.group(sentence_day) is not None:
            # (searched from where the last search found no end: a run of days in one long sentence is read once)
            if SENTENCE_END.search(text, max(dated_end, sentence_clear_to), start):
                yield match, Invalid("a day inside a sentence with no date of its sentence before it")
                continue
            sentence_clear_to = start
        try:
            period, year, stated = resolve(match, context)
        except Invalid as error:
            yield match, error
            continue
        except (OverflowError, ValueError) as error:  # ValueError: before year 1 (近三年 in year 2)
            yield match, Invalid(str(error), "out-of-range")
            continue
        # Whether the match writes a year in digits (2024年; not 前年, 本年): a dozen tests below ask, read once.
        writes_year = any(match.group(*written_year))
        if (
            start < _TITLE_REACH
            and period[2] is ON
            and period[0] is not None
            and period[3] in _TITLE_SPANS
            # (the first of each: a breadcrumb's 2022年 names the year, the title below it 2022年7月 the month)
            and (
                context.title_year is None
                or (period[3] is BY_MONTH and context.title_month is None)
                or (period[3] is BY_QUARTER and context.title_quarter is None)
            )
            and writes_year
            and (
                (start < _FIRST_LINE_REACH and "\n" not in text[:start].lstrip())
                or on_a_title_line(text, start)
            )
        ):
            # the year, quarter or month the first line or the title names: a report's own (its 本年, 本季度, 本月)
            if context.title_year is None:
                context.title_year = period[0].year
                if on_a_title_line(text, start):  # (not a first line's sentence: 督促2023年“同级审”…整改。)
                    context.titled_year = period[0].year
            if period[3] is BY_QUARTER:
                context.title_quarter = (period[0].year, (period[0].month - 1) // 3 + 1)
            elif period[3] is BY_MONTH:
                context.title_month = (period[0].year, period[0].month)
        if period[0] == _EPOCH and period[1] == _EPOCH and match.group().startswith(_EPOCH_WRITTEN):
            # 1970-01-01 08:00, as a template prints it (zero-padded, not an offset landing there, nor 1970年1月1日):
            # Unix time zero, what a page prints for an empty date field (in Beijing time); no text dates a thing
            # so, and it tells a later date no year
            yield match, Invalid("the placeholder of an empty date field", "document-number")
            continue
        if (
            period[3] is BY_YEAR
            and period[2] is ON
            and period[0] is not None
            and alone_on_its_line(text, start, match_end)
            and writes_year
        ):
            # a year alone on its line heads what follows (a calendar's or a chronicle's 2009年⏎9月⏎9月1日…): the
            # paragraphs after it carry its year, as they carry a day's written in full
            full_day_year = day_year = period[0].year
        if (
            match.group(academic_start) is not None
            and period[0] is not None
            and period[1] is not None
            and period[1].year == period[0].year + 1
        ):
            # 2022-2023学年, 2023-2024第一学期: a school year, whose undated days the context places (Point.year)
            context.school_year = period[0].year
        # A date inside a title (《…（2023-2026 年）》) names the document, not the time the text speaks of; a period
        # compared with (增速比2021年减低, 较1—9月份提高, 与上年相比) is not the one it speaks of either, as 比上年 is
        # not, nor is the year of a price base (2010年可比价).
        if titles_in_text:
            reach = start - 60 if start > 60 else 0
            in_a_title = text.rfind("《", reach, start) > text.rfind("》", reach, start)
        else:
            in_a_title = False  # (no 《 in the text: none before the match)
        if (
            in_a_title
            and reference_year is None
            and year is not None
            and not (period[2] is RANGE and period[3] is BY_YEAR)  # (not a plan's span, 《…（2023-2026年）》)
            and writes_year
        ):
            document_year = year
        if (
            not in_a_title
            and not compared_at(text, start, match_end)
            and not text.startswith(_PRICE_BASES, match_end)
        ):
            if year is None and reference_year is None:
                unknown_from = match_end
            # Whether the match's sentence speaks of a plan, once searched (the search of a sentence is the
            # dearest test here, and both years below may ask it of the same match).
            in_a_plan: bool | None = None
            if match.group(same_period) is None:  # (上年同期 compares: the last period stays)
                # (but a day a school year placed, with no year stated before it in the paragraph, leaves the year
                # unknown: the next day is placed by the school year too, 8月26日 then 1月15日, see Point.year)
                if not (context.school_year is not None and context.year is None and not stated):
                    context.year, context.stated = year, stated
                last = context.last
                # A year the last period lies in (2021年11月15日至24日，…2021年第6统计督察组…。1月12日) tells nothing
                # finer: the period a later 当月, 26日 or a date after a range reads from stays the finer one.
                if not (
                    last is not None
                    and period[3] is BY_YEAR
                    and period[2] is ON
                    and last[1] is not None
                    and period[0] is not None
                    and last[1].year == period[0].year
                ):
                    context.last = period
                # (not a range of years, a caption's 2012-2016: 上年同期 is one year's span a year back, nor a span
                # since a month of one year up to a reference in the next, 5月份以来 on a page of January; nor a
                # period still to come, a plan's 预计2023年9月建成 on a page of April 2022)
                if (
                    period[3] not in _FINER_THAN_A_MONTH
                    and not (period[2] is RANGE and period[3] is BY_YEAR)
                    and not (
                        period[0] is not None and period[1] is not None and period[0].year != period[1].year
                    )
                    and not (reference is not None and period[0] is not None and period[0] > reference)
                    # (nor a word for a whole year after a part of one: 同期 is said of a part of a year, and a
                    # forecast's 全年 after 前三季度 leaves 上年同期 the three quarters a year back; a year written in
                    # digits, 2023年, starts anew)
                    and not (
                        period[3] is BY_YEAR
                        and period[2] is ON
                        and context.text_last is not None
                        and context.text_last[3] is not BY_YEAR
                        and not writes_year
                    )
                ):
                    context.text_last = period
            # The year a text is about is stated as a year (2022年，…; 2019年统计公报; 2007年底), not by a
            # month or a day, which may be a plan's (2025年6月投入使用), nor by a range of years (a caption's
            # 2012-2016年, a plan's 十三五); 去年 with no reference leaves it known.
            if (
                year is not None
                and (
                    period[3] not in _FINER_THAN_A_YEAR
                    or match.group(year_word) is not None
                    or _year_to_date(period, match, writes_year)
                )
                and not (period[2] is RANGE and period[3] is BY_YEAR)
                # (nor by a part of a year a span since then starts in: a bulletin's 扭转了2018年第四季度以来的放缓
                # leaves its 全年 and 上年 in 2019's, where 2024年以来 in a half year's summary is its year)
                and not (period[2] is SINCE and period[3] is not BY_YEAR and writes_year)
                # (nor by a span since a day other than a year's first, with no year written: one counted back
                # from the reference day, 过去一年 or 近三年来, names no year of the calendar, and a work report's
                # 过去一年，…全年 in March 2026 speaks of 2025; nor does one since a month, 5月份以来)
                and not (
                    period[2] is SINCE
                    and period[0] is not None
                    and (period[0].month, period[0].day) != (1, 1)
                    and not writes_year
                )
            ):
                context.text_year, context.text_stated = year, stated
                if stated and writes_year:
                    context.report_year = year
                if reference_year is None and stated and not _NAMES_A_RECORD.match(text, match_end - 2):
                    in_a_plan = speaks_of_a_plan(match)
                    if not in_a_plan:  # (not a plan's: 计划2026年上半年完成)
                        named_year = year
            last_day = period[1] or period[0]  # (a range's end, as for a day: …至2023年1月中旬)
            if (
                reference_year is not None
                and stated
                and last_day is not None
                and last_day.year <= reference_year
                and period[3] in _REPORTED_SPANS
                and period[2] in _ON_OR_RANGE
                and writes_year
                and not (speaks_of_a_plan(match) if in_a_plan is None else in_a_plan)
            ):
                # (a repost: a month, a quarter or a half year reported with its year, before the page's year,
                # tells a later paragraph its year as a day written in full does: 介绍2015年上半年商务运行情况…,
                # then 前6个月 and 1至6月 in the next paragraphs are 2015's on a page of 2018; one in the page's
                # year, …至2023年1月中旬 on a page of 2023, sends the next paragraph back to the page's year)
                full_day_year = last_day.year
            if (
                reference_year is None
                and stated
                and year is not None
                and period[3] in _DATELINE_SPANS
                and period[2] in _REPORTED
                and not (speaks_of_a_plan(match) if in_a_plan is None else in_a_plan)
            ):
                # (a month, ten days or a quarter the text reports tells a later paragraph or sentence its year
                # without a reference: 简况(2020年3月), then 1-2月; not a bare year, which may name a report:
                # 2023年“同级审”, nor a half year, nor a plan's month: 计划…2025年6月投入使用, then 9月底)
                undated_year = year
            if stated and period[3] is BY_DAY and period[2] in _REPORTED:
                day = period[0] or period[1]  # (目前 with no reference fixes no day)
                if day is not None:
                    day_year = day.year
                    # (the groups are read once: both tests below ask whether the day is written in full)
                    in_full = period[2] in _ON_OR_RANGE and any(match.group(*written_day)) and writes_year
                    # (not a chrome line's day: 来源：… 2017年03月01日 is the page's own date; a line is read
                    # once, for its first day written in full: the matches come in order, so a later one before
                    # the line's end is on the same line)
                    if in_full and start >= chrome_line_end:
                        line_end = text.find("\n", start)
                        chrome_line_end = len(text) if line_end < 0 else line_end
                        chrome_line = on_a_chrome_line(text, start)
                    if in_full and not chrome_line:
                        full_day_year = (period[1] or day).year  # (a range's end: …至2024年1月12日)
                    if in_full and period[2] is ON:
                        context.last_day = day  # written in full (not 2016年末, 3月5日): a page's date
            if (
                stated
                and period[3] is BY_YEAR
                and period[2] is ON
                and year is not None
                and writes_year
                and not _NAMES_A_RECORD.match(text, match_end - 2)
                and _opens_a_heading(text, start)
            ):
                # 一、2020年国民经济和社会发展计划执行情况: the year a heading names is the year its part speaks
                # of, in the paragraphs below it too (全年 and 12月份 there are 2020's, not the year of the date
                # the report was given); not a record's year (一、2023年度审计整改工作情况: the work is later)
                full_day_year = day_year = year
            context.remember(match)  # (its written year is read only if a 15年 needs it)
            if runs_to_now and reference_year is not None:
                # 自2010年推行开放日活动以来，…。8月17日的这次活动: the span since the event runs up to the reference
                # date, and the sentences after it speak of the reference year, as after 2010年以来
                context.year, context.stated = reference_year, False
        dated_end = match_end
        yield match, period
