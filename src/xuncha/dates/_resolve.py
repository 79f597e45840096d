"""Resolution: the dates a match of the grammar names, given the reference date and the text's context.

Groups are read by their names in the grammar (``_grammar``); a point's names carry no prefix here. The
point itself is read by ``_point``, a range by ``_ranges``, the forms outside the point grammar (近三年,
目前, 今天) by ``_spans``; here the relation (以来, 前, 起 …) and the year the text speaks of next.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from xuncha.dates._around import DATELINE
from xuncha.dates._calendar import Invalid, day_of, month_end
from xuncha.dates._context import (
    AFTER,
    BEFORE,
    BY_DAY,
    BY_MONTH,
    BY_YEAR,
    ON,
    RANGE,
    SINCE,
    UNTIL,
    Bounds,
    Context,
    Resolved,
)
from xuncha.dates._grammar import grammar
from xuncha.dates._point import (
    COMPARED_YEARS,
    Groups,
    Point,
    bare_point,
    names_whole_year_or_part,
    point_compares,
)
from xuncha.dates._ranges import resolve_range
from xuncha.dates._spans import resolve_special
from xuncha.dates._tense import (
    NEAR_FUTURE,
    holiday_looks_back,
    in_a_weekly_schedule,
    names_a_target,
    scheduled,
    tense_shift,
)
from xuncha.dates._weekday import printed_weekday
from xuncha.models import Precision

_QUARTER_NUMBERS: Final = frozenset("1234一二三四")


def _same_period(point: Point, context: Context, *, month: bool) -> Resolved:
    """上年同期, 去年同期, 2022年同期: the period the text reports on (the last it named of a month or
    longer: 一季度, 1-3月, 上半年; not a day such as 3月末), moved to that year; the whole year when the
    text has named none. With ``month`` (去年同月, 上年同月) the month the text reports on, and no bounds when the
    period it reports on is no single month (the month is not known)."""
    last = context.text_last
    reported = context.last
    if month and (last is None or last[3] is not BY_MONTH) and reported is not None and reported[3] is BY_DAY:
        # 七月底…較上年同月, 至7月31日…比上年同月: the day the text reports on, or reports up to, names its month
        day = reported[0] if reported[2] is ON else reported[1] if reported[2] is UNTIL else None
        if day is not None:
            last = (dt.date(day.year, day.month, 1), month_end(day.year, day.month), ON, BY_MONTH)
    if last is not None and last[0] is not None and point.counts_from_text():
        # 上年同期: a year before the period reported on, whatever year the paragraph (or the reference) has
        context = Context(context.reference, last[0].year, stated=True)
    year = point.year(context)
    if year is None:
        return (None, None, ON, BY_YEAR)
    first, end, precision = (None, None, BY_YEAR) if last is None else (last[0], last[1], last[3])
    if month and (last is None or last[1] is None or last[3] is not BY_MONTH or last[2] is not ON):
        return (None, None, ON, BY_MONTH)  # a month the text has not named: none is known
    if first is None or end is None:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31), ON, BY_YEAR)
    shift = year - first.year
    if month:
        return (
            dt.date(end.year + shift, end.month, 1),
            month_end(end.year + shift, end.month),
            ON,
            BY_MONTH,
        )
    return (
        day_of(first.year + shift, first.month, first.day),
        day_of(end.year + shift, end.month, end.day),
        ON,
        precision,
    )


_FORWARD_SUFFIXES: Final = frozenset({"前", "之前", "以前", "前夕", "后", "之后", "以后"})
# What a clause that a date's 到 opens follows: a clause break, a quotation mark or a bracket, a space, the text's start.
# The suffixes of a deadline after 到 (到12月底前).
_BY_SUFFIXES: Final = frozenset({"前", "之前", "以前"})
_BEFORE_A_CLAUSE: Final = frozenset("，,。；;：:！!？?\n“\"'（( \t\u3000")


def _still_to_come(match: re.Match[str], start: dt.date | None, ref: dt.date | None) -> bool:
    """Whether the match's prefix (到) opens its clause (到2025年，… after a comma, not 持续到5月底) and the time it
    names starts after the reference date (not 今年, a year under way)."""
    if ref is None or start is None or start <= ref:
        return False
    at = match.start("prefix")
    return at == 0 or match.string[at - 1] in _BEFORE_A_CLAUSE


# The suffixes of a start (从10日开始, 自15日起).
_STARTS: Final = frozenset({"起", "开始"})
# A bracket opening a gloss right after a day (2月4日(正月初七)): the characters a written day ends with.
_GLOSS_OPENS: Final = "(（〔["
_DAY_ENDS: Final = "日号"
# A CJK character right after a season: 冬季安全生产大检查.
_NOUN_FOLLOWS = re.compile(r"[\u4e00-\u9fff]")
# What states a standing rule after 全年 (全年应开展…, 全年须完成…): a modal verb of obligation.
_STANDING_RULE = re.compile(r"[ \t\u3000]*(?:应当|应该|应|须|必须|需)")
# A holiday as the label of a date with its year (- 中秋节:2023年9月29日, in a school calendar).
_LABELLED_YEAR = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*(?P<year>[12][0-9]{3})[ \t\u3000]*年")
# What follows a date after 从 that the date only dates (a figure, a document): 的, a digit, 《.
_DATES_A_THING: Final = frozenset("的《0123456789")
# What names a target after 全年 (确保完成全年各项目标任务, 冲刺全年经营目标, 全年主要经营目标): the year's goal,
# not a time; 全年任务 alone may be the base of a figure (占全年任务100.6%), which is the year's.
_YEARS_GOAL = re.compile(r"[ \t\u3000]*(?:(?:各项|主要|经营|发展|生产|工作|的)[ \t\u3000]*){0,3}目标")
# What a holiday names the kind of (违规发放春节慰问费, 中秋节福利): a thing given for it, not a time.
# (Simplified: the text is folded first, so 慰問費, 禮品, 紅包, 補貼 and 購物卡 read as these.)
_HOLIDAY_THING = re.compile(r"节?(?:慰问(?:[费金品]|物资)|福利|礼[品金]|红包|补贴|购物卡|过节费)")


def _after_the_range(
    point: Point, bounds: Bounds, last: Resolved, ref: dt.date, forward: dt.date | None
) -> Bounds:
    """A date without a year told after a range, that in the range's year would lie before the range began, is in
    the year after when that is not after the reference date either: "2020年9月至12月…进行了巡察。1月27日，…听取
    …汇报" on a page of February 2021 tells what followed, in January 2021."""
    first, end, relation, _ = last
    if (
        relation is not RANGE
        or first is None
        or end is None
        or bounds.end is None
        or bounds.end.year != end.year
        or bounds.end >= first
    ):
        return bounds
    later = point.bounds(end.year + 1, forward=forward)
    return later if later.end is not None and later.end <= ref else bounds


# The set phrase for the turn of the year (做好岁末年初安全生产): the end of one year and the start of the next,
# named as a season of work with no year (the text is folded first: 歲末 reads as 岁末).
_TURN_OF_THE_YEAR: Final = ("岁末年初", "年末岁初", "岁末岁初")


def _turn_of_the_year(match: re.Match[str]) -> bool:
    """Whether a bare year word (岁末, 年初) is half of the set phrase 岁末年初."""
    text, start = match.string, match.start()
    if match.end() - start != 2:  # (the word alone: not 今年年初, 2023年末)
        return False
    return any(
        text.startswith(phrase, start) or (start >= 2 and text.startswith(phrase, start - 2))
        for phrase in _TURN_OF_THE_YEAR
    )


def _before_the_last_deadline(end: dt.date, last: Resolved | None) -> bool:
    """Whether a deadline without a year, in the year of the deadline its paragraph set last, would fall before
    that one, and a year later within two months after it: a plan that closes a year ("12月25日前…，12月底前…；
    1月10日前报送") sets its next deadline after it (not "2020年底前须完成的任务…确保12月15日前完成", a step
    inside the year)."""
    if last is None or last[2] is not BEFORE or last[1] is None:
        return False
    previous = last[1]
    if end.year != previous.year or end >= previous:
        return False
    return day_of(end.year + 1, end.month, end.day) - previous <= NEAR_FUTURE


def _coming_holiday(point: Point, bounds: Bounds, last: Resolved | None) -> tuple[Bounds, bool]:
    """A holiday without a year, told after a date of its paragraph, that in that date's year would lie before
    it but in the next year lies within two months after it, is the coming one: 元旦 in "12月18日，排练元旦汇演节目"
    is the next 1 January (and whether the next bare date changes year: it does not)."""
    if last is None or last[0] is None or bounds.start is None or bounds.start >= last[0]:
        return bounds, False
    coming = point.bounds(bounds.start.year + 1)
    if coming.start is None or coming.start - last[0] > NEAR_FUTURE:
        return bounds, False
    return coming, True


#: The last characters of the words a compared period follows (比2021年, 较上月, 环比上月), and the characters
#: before 于 that make it one (低于上月, 高于上年, 快于去年同期).
_COMPARED_AFTER: Final = frozenset("比较")
_COMPARED_BY_YU: Final = frozenset("高低快慢多少强弱好优")
#: 与上年相比, 同2021年比较: a period between one of these and a word of comparison is compared with.
_COMPARED_WITH: Final = frozenset("与同和跟")
_COMPARED_WORDS: Final = ("相比", "比较", "对比", "持平")


def compared_at(text: str, start: int, end: int | None = None) -> bool:
    """Whether a period starting at ``start`` is one figures are compared with (比上年, 较上月, 低于上月), not
    the one they are of; given the period's ``end``, also one between 与 and 相比 (与上年相比, 同2021年比较)."""
    if start == 0:
        return False
    before = text[start - 1]
    return (
        before in _COMPARED_AFTER
        or (before == "于" and start > 1 and text[start - 2] in _COMPARED_BY_YU)
        or (end is not None and before in _COMPARED_WITH and text.startswith(_COMPARED_WORDS, end))
    )


def resolve(
    match: re.Match[str], context: Context, *, weekday_read: bool = False
) -> tuple[Resolved, int | None, bool]:
    """The period a match names, the year it leaves as the text's last year, and whether the text stated it.
    (``weekday_read``: the year was already chosen by the weekday in brackets after the day, _weekday_year.)"""
    compiled = grammar()
    values = match.groups()
    get = match  # the groups outside the points, by name
    special, suffix, list_item, from_then, connector, prefix = compiled.outer(values)
    if special is not None:
        return resolve_special(get, context), context.year, context.stated
    start_at = match.start()
    if (
        start_at > 1
        and match.string[start_at - 1] in _GLOSS_OPENS
        and match.string[start_at - 2] in _DAY_ENDS
        and values[compiled.start["holiday"]] is not None
    ):
        # 2月4日(正月初七), 2月3日~4日(初四至初五): the festival's name for the days just written, a gloss
        raise Invalid("a holiday in brackets after the day it names")
    ref = context.reference
    coming_holiday = False
    # The point whose deadline word (年底, 9月底) looks forward, asked only where the tense is (rarely: once a scan
    # asked every point, a call per match)
    deadline_point: Point | None = None
    forward = ref if suffix in _FORWARD_SUFFIXES else None
    if list_item is not None:
        bare, prefix_year, relative_year = get["bare_number"], get["bare_year"], get["bare_relative_year"]
        if get["bare_month"] is not None or (len(bare or "") == 4 and (prefix_year or relative_year)):
            raise Invalid("a list item with a month or a year before it")
        if len(bare or "") == 4:  # 2022、2023年
            point = Point(bare_point(year=bare))
        elif get["list_unit"] is None:  # 一、2023年: a heading's number before a year, not a list of years
            raise Invalid("a list of years whose first item is no year")
        elif get["list_unit"] == "季度":  # 二、三季度
            if bare not in _QUARTER_NUMBERS:
                raise Invalid(f"there is no quarter {bare}", "no-such-date")
            point = Point(bare_point(year=prefix_year, relative_year=relative_year, quarter=bare))
        else:  # 6、7月份, 2023年11、12月
            point = Point(bare_point(year=prefix_year, relative_year=relative_year, month=bare))
        bounds = point.bounds(point.year(context))
        relation, stated_year = ON, point.has_year
        names_year = stated_year
    elif from_then is not None or connector is not None:
        bounds = resolve_range(get, Groups(values, compiled.start), Groups(values, compiled.end), context)
        relation, stated_year = RANGE, True
        names_year = any(values[index] is not None for index in compiled.names_year)
    else:
        # (a day alone that something starts on, 从10日开始, is announced: still to come in the reference month)
        point = Point(
            Groups(values, compiled.start),
            ref,
            context,
            starts_ahead=suffix in _STARTS or scheduled(match),
            compared=compared_at(match.string, start_at),
            looks_forward=suffix in _FORWARD_SUFFIXES,
        )
        (
            same_period, separated_year, season, holiday_text, relative_year, year_word, first_months,
            last_holiday, second_season,
        ) = compiled.start_checks(values)  # fmt: skip
        if (
            (context.year != context.text_year or context.stated != context.text_stated)
            and (context.text_stated or not context.stated)
            and names_whole_year_or_part(point, suffix)
        ):
            # 全年, 上年, 年末, 上半年 after a paragraph break: the year the text is about
            paragraph = context
            context = Context(ref, context.text_year, stated=context.text_stated)
            context.text_year, context.text_stated = paragraph.text_year, paragraph.text_stated
            context.text_last, context.last_day = paragraph.text_last, paragraph.last_day
        if point.week is not None and in_a_weekly_schedule(match):
            # 每周五梳理下周工作, 每周一通报上周清单: the weeks of a standing schedule, not a time the text speaks of
            raise Invalid("a week of a weekly schedule")
        if same_period is not None:
            # 上年同期 after a paragraph break: the period the text reports on, a year back
            return _same_period(point, context, month=same_period == "同月"), context.year, context.stated
        if separated_year is not None and point.day is None:
            # 2023.5 (a year and month with a dot) is read only as a range end: the range fell through
            raise Invalid("a dotted year and month outside a range")
        if (
            season
            and not point.has_year
            and suffix is None
            and _NOUN_FOLLOWS.match(match.string, match.end())
        ):
            # 冬季安全生产大检查: a bare season before a noun names a kind of campaign, not a period.
            raise Invalid("a season without a year before a noun")
        if (
            holiday_text is not None
            and not point.has_year
            and suffix is None
            and _HOLIDAY_THING.match(match.string, match.end())
        ):
            raise Invalid("a holiday without a year naming a thing given for it")
        if relative_year == "全" and suffix is None:
            if _STANDING_RULE.match(match.string, match.end()):
                # 中心组全年应开展集体学习12次: a rule that holds in every year, not a time the text speaks of
                raise Invalid("全年 in a standing rule")
            if _YEARS_GOAL.match(match.string, match.end()):
                raise Invalid("全年 naming the year's goal")
        if suffix is None and year_word is not None and _turn_of_the_year(match):
            raise Invalid("岁末年初: the turn of any year, a season of work, not a period")
        last_day = context.last_day
        if (
            last_day is not None
            and point.day is not None
            and point.month
            and not point.has_year
            and DATELINE.match(match.string, match.end())
        ):
            # 新华社北京2月28日电 under a repost's 来源 line of 2017年03月01日: a story is filed on or before the
            # day of the page it came from, the last day stated above it, not in the year of the repost.
            filed = last_day.year - ((point.month, point.day) > (last_day.month, last_day.day))
            context = Context(ref, filed, stated=True)
        labelled = (
            _LABELLED_YEAR.match(match.string, match.end())
            if holiday_text is not None and not point.has_year and suffix is None
            else None
        )
        if labelled is not None:  # 中秋节:2023年9月29日, a calendar's row: the holiday of the date it labels
            context = Context(ref, int(labelled["year"]), stated=context.stated)
        bounds = point.bounds(point.year(context), forward=forward)
        if not point.has_year and context.stated and ref is not None and context.last is not None:
            bounds = _after_the_range(point, bounds, context.last, ref, forward)
        if bounds.holiday and forward is None and not point.has_year:
            bounds, coming_holiday = _coming_holiday(point, bounds, context.last)
        if (
            bounds.holiday
            and forward is not None
            and bounds.start is not None
            and not point.has_year
            and bounds.start > forward + NEAR_FUTURE
            and holiday_looks_back(match, suffix)
        ):
            bounds = point.bounds(bounds.start.year - 1)
        if holiday_text is not None and suffix in ("期间", "假期") and last_holiday is None:
            # 春节期间, 国庆假期: the season around one festival, whose days off the State Council sets each year,
            # so no calendar rule fixes its span: no bound, like 巡察期间 (two festivals, 元旦春节期间, span from one
            # day to the other)
            bounds = Bounds(None, None, bounds.precision, year=bounds.year)
        relation, stated_year = ON, point.has_year
        names_year = stated_year
        deadline_point = point
        if first_months is not None:
            relation = RANGE  # 前11个月: from 1 January to the end of the 11th month
        if last_holiday is not None or second_season is not None:
            relation = RANGE  # 元旦春节期间, 秋冬季: from one festival day or season to the other
    start, end = bounds.start, bounds.end
    if prefix is None and suffix is None:
        pass  # (most matches: one test, not a comparison with each word below)
    elif prefix == "到" and (
        suffix in _BY_SUFFIXES
        or names_a_target(match)
        or _still_to_come(match, start, ref)
        # 到2017年，首轮督察已实现全覆盖: a written year as a whole is reached by its end, a deadline met (as every
        # writer of the corpus reads it, 23 of 23), where 到2013年末 and 到10月31日 may end a span counted up to them
        or (bounds.precision is BY_YEAR and suffix is None and values[compiled.start["year"]] is not None)
    ):
        # 到12月底前, 力争到2025年底, 到2019年…的目标: a deadline, by its end; and so is a 到 opening a clause whose
        # time the text has not reached yet (到2025年，全市新增…750人以上 in a plan of 2023; not 到今年已走过97年, a
        # year under way), where a stretch of work announced runs on to its end after its verb (工作到5月15日结束,
        # 持续到5月底: until)
        relation, start = BEFORE, None
    elif (prefix is not None and prefix[0] in "截到至直") or (
        suffix in ("为止", "止") and relation is not RANGE  # 自3月1日至3月7日止: still the range
    ):
        relation, start = UNTIL, None
    elif suffix in ("以来", "至今", "以来至今", "来"):  # 来: 今年来
        relation = SINCE
        end = ref if ref is not None and (start is None or start <= ref) else None
    elif prefix == "从" and suffix is None and match.string[match.end() : match.end() + 1] in _DATES_A_THING:
        # 从2006年的16.2亿元增至…, 从2018年55元提高至69元: the date of a figure a change starts from, not a time
        # from then on; 从1996年《职业教育法》的…: the year of a document
        pass
    elif suffix == "开始" and prefix is None:
        pass  # 9月份开始对…进行巡察, 3月下旬开始,…启动…: when the work began (the date itself), as sets I and K say
    elif suffix in ("起", "开始") or (prefix is not None and relation is ON):
        # From then on: up to the reference date when that is later, open for a start still to come.
        relation = SINCE
        end = ref if ref is not None and start is not None and start <= ref else None
    elif suffix in ("前", "之前", "以前", "前夕", "内", "以内"):
        # A deadline includes the period it names (6月底前, 2024年6月前 = by the end of June);
        # a holiday is the exception: 春节前 is before the festival day.
        if bounds.holiday:
            end = None if start is None else start - dt.timedelta(days=1)
        relation, start = BEFORE, None
    elif suffix in ("后", "之后", "以后"):
        if bounds.holiday:
            start = None if end is None else end + dt.timedelta(days=1)
        relation, end = AFTER, None
    if (
        not names_year
        and ref is not None
        and not context.stated
        and not (bounds.holiday and forward)
        and not _continues_the_last(start, context.last)
    ):
        looks_forward = deadline_point is not None and deadline_point.looks_forward()
        shift = tense_shift(match, relation, start, end, ref, deadline=looks_forward)
        if shift and context.year is not None:
            return resolve(match, Context(ref, context.year + shift, stated=True))
    if (
        relation is BEFORE
        and not names_year
        and not bounds.holiday
        and end is not None
        and _before_the_last_deadline(end, context.last)
    ):
        # 12月底前…；1月10日前报送决算资料: a plan's deadlines run forward, into the next year
        ahead = Context(ref, end.year + 1, stated=context.stated)
        ahead.text_year, ahead.text_stated = context.text_year, context.text_stated
        return resolve(match, ahead)
    if not names_year and not weekday_read:
        day = start if start is not None else end
        year_of_the_weekday = _weekday_year(match, day, bounds.precision, ref)
        if year_of_the_weekday is not None and day is not None and context.written != day.year:
            # 5月11日(星期六) in a notice of February: the weekday the writer printed names the year (not where the
            # paragraph wrote the year the rules chose: 2019年…，5月11日(星期一) is a misprint)
            weekday_year = Context(ref, year_of_the_weekday, stated=True)
            weekday_year.text_year, weekday_year.text_stated = context.text_year, context.text_stated
            return resolve(match, weekday_year, weekday_read=True)
    stated = context.stated
    if (
        values[compiled.start["relative_year"]] in COMPARED_YEARS
        and relation is ON
        and point_compares(values, compiled.start)
    ):
        year = context.year  # 比上年增长, 与去年持平: a comparison, the text still speaks of its own year
    elif bounds.holiday and forward:
        year = context.year  # the next holiday after the reference date says nothing about the text's year
    elif coming_holiday:
        year, stated = (
            context.year,
            False,
        )  # (nor does the coming one: 12月18日…元旦汇演 stays in December's year)
    elif relation is SINCE and end is not None:
        # 2018年以来 runs up to the reference date: the text now speaks of the reference year
        year, stated = end.year, False
    elif relation is RANGE and bounds.precision is BY_YEAR:
        year = context.year  # 2017—2022年 names several years, none of which a later 9月 would mean
    elif bounds.year is not None or stated_year:
        # a year the text states, or one it cannot be known without a reference (今年)
        year, stated = bounds.year, stated or names_year
    else:
        year = context.year
    return (start, end, relation, bounds.precision), year, stated


def _weekday_year(
    match: re.Match[str], day: dt.date | None, precision: Precision, reference: dt.date | None
) -> int | None:
    """The year next to ``day``'s (the year before or after it) in which the month and day a match writes without
    a year fall on the weekday printed in brackets after them, where ``day`` does not, and which puts the day
    nearer the reference date: notices print a date's weekday from the calendar of the year they mean (a plan of
    February: 5月11日(星期六)上班 is this May's, not last May's). A weekday falls on the same month and day only once
    in three years running; but the next year's day is one or two weekdays on, as a misprint by a day is, so a
    weekday that would move a day away from the reference date (6月3日(星期二) on a page of 20 June) is taken
    for a misprint, which the checker reports (weekday-mismatch). None where no weekday is printed, where ``day``
    has it, and without a reference date."""
    if day is None or reference is None or precision is not BY_DAY:
        return None
    weekday = printed_weekday(match.string, match.start(), match.end())
    if weekday is None or day.weekday() == weekday:
        return None
    distance = abs(day - reference)
    for year in (day.year - 1, day.year + 1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 2月29日 in a year without it
            continue
        if moved.weekday() == weekday and abs(moved - reference) < distance:
            return year
    return None


# How soon after the paragraph's last date a date without a year continues its sequence.
_SEQUENCE_GAP = dt.timedelta(days=62)


def _continues_the_last(start: dt.date | None, last: Resolved | None) -> bool:
    """Whether a date without a year starts soon after the last date of its paragraph, in that date's year: the
    next step of a schedule (3月11日至22日…；3月23日至4月25日…；4月26日至6月25日), which keeps the year the
    steps before it were read in whatever the words of its sentence (已销号问题 names problems, it reports no
    step done)."""
    if start is None or last is None or last[1] is None:
        return False
    return last[1].year == start.year and dt.timedelta(0) < start - last[1] <= _SEQUENCE_GAP
