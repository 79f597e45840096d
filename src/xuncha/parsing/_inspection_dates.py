"""The dates of an inspection: the period its groups spent on site and the day they fed back.

:func:`opening_dates` reads both from the opening, sentence by sentence (one sentence may give both:
"2023年3月至5月，…进行了常规巡视，并于6月28日反馈了巡视意见"); the parser completes a period the opening only
began (进驻) from the closing (:func:`period_from_closing`), or takes it from under a heading that announces it
(:func:`names_the_period`, :func:`period_under`). Apart from :mod:`._facts` because these facts are read from
the periods already extracted (``Figures``) and placed by sentence, where the others are names read by grammar.
"""

from __future__ import annotations

import bisect
import datetime as dt
from itertools import repeat

import attrs

from xuncha._chrome import on_a_chrome_line
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha.errors import InvariantError
from xuncha.models import Inspection, Period, Precision, Relation
from xuncha.parsing._figures import Figures

# Every pattern below reads the folded text (xuncha._fold: traditional characters as simplified, full-width
# digits as ASCII, same offsets), and punctuation of either width: "，" and ",", "；" and ";", "（" and "(".
_SENTENCE_ENDS = "。；;\n"
# The inspection itself told in a sentence: 对…开展了巡察, 进驻, 巡视了.
INSPECTED = LazyPattern(r"(?:开展|进行|实施|展开)了?[^，,。；;]{0,16}?(?:巡视|巡察)|进驻|(?:巡视|巡察)了")
# (a class alone, which a search skips to; no mark before the end: the sentence ends there)
_SENTENCE_END = LazyPattern(f"[{_SENTENCE_ENDS}]")


def opening_dates(text: str, start: int, end: int, figures: Figures) -> tuple[Period | None, dt.date | None]:
    """The inspection's period and the feedback date, read sentence by sentence.

    One sentence may give both ("2023年3月至5月，…进行了常规巡视，并于6月28日反馈了巡视意见"): the feedback
    date is the date nearest before 反馈 (else the first after it), the period a range about 巡视/巡察/进驻.
    """
    # Only a sentence that says 反馈, 巡 or 进驻 gives either date: an opening that says none of them (most texts
    # read are no notice, and their opening is the whole text) is not read date by date.
    if (
        text.find("巡", start, end) < 0
        and text.find("反馈", start, end) < 0
        and text.find("进驻", start, end) < 0
    ):
        return None, None
    period = None
    day = None  # a single day the inspection began (进驻) stands in for the period when no range is given
    feedback = None
    # (a page's date on a chrome line in the opening, 来源:县委巡察办 发布时间:2025-09-19, dates no inspection)
    periods = [(pos, p) for pos, p in figures.periods_within(start, end) if not on_a_chrome_line(text, pos)]
    positions = [pos for pos, _ in periods]
    # Only the sentences that hold a date are read: each is found from its first date (it starts after the last
    # sentence end before the date, and ends at the first one after), not by walking every sentence in turn.
    # (The search for the sentence's start looks back no further than the end of the last sentence read, the
    # search for its end no further than its end: the opening is read once.)
    index = 0
    floor = start
    while index < len(positions):
        at = positions[index]
        offset = max(floor, max(map(text.rfind, _SENTENCE_ENDS, repeat(floor), repeat(at))) + 1)
        stop = _SENTENCE_END.search(text, at, end)
        stop_at = stop.start() if stop is not None else end
        floor = stop_at
        first = bisect.bisect_left(positions, offset)
        last = bisect.bisect_left(positions, stop_at)
        if last <= index:  # a date on a sentence end belongs to no sentence
            index += 1
            continue
        index = last
        inside = periods[first:last]
        sentence = text[offset:stop_at]
        used = None
        keyword = sentence.find("反馈")
        if keyword >= 0 and feedback is None:
            used = _feedback_period(inside, offset + keyword, text)
            feedback = used.start if used is not None else None
        if (
            period is None
            and ("巡" in sentence or "进驻" in sentence)
            and (day is None or "整改" not in sentence)
        ):
            # (a start announced without an end, 自2024年8月6日起…为期7天, stands in for the period as the day of
            # entry does; not a time looked back to, 2023年以来)
            candidates = [
                p
                for pos, p in inside
                if p is not used
                and (p.relation in (Relation.RANGE, Relation.ON) or _announced_start(p))
                and (keyword < 0 or pos < offset + keyword)
            ]
            period = next((p for p in candidates if p.relation is Relation.RANGE), None)
            if period is not None:
                period = _through_listed_ranges(period, candidates, text)
            if period is None and candidates and keyword < 0 and day is None:
                # A later sentence may still give the range ("巡察期间(2020年8月24日至10月23日)"), unless it
                # is about the rectification.
                day = candidates[0]
                period = _entry_to_end(day, candidates[1:], text)
        if period is not None and feedback is not None:
            break
    return period or _as_start(day), feedback


def _as_start(day: Period | None) -> Period | None:
    """The day a group arrived (进驻), standing in for a period no sentence gives whole: the period's start, with
    no end (the inspection lasts beyond that day; an announced start, 自2024年8月6日起, too, though the reading
    of its words runs it up to the reference date)."""
    if day is not None and _announced_start(day) and day.end is not None:
        return attrs.evolve(day, end=None)
    if day is None or day.relation is not Relation.ON or day.start is None or day.start != day.end:
        return day
    return attrs.evolve(day, end=None, relation=Relation.SINCE)


def _announced_start(period: Period) -> bool:
    """自2024年8月6日起, 从2022年3月21日开始: a start the text announces, with no end (an entry announcement's
    period)."""
    return period.relation is Relation.SINCE and fold(period.text or "").endswith(("起", "开始"))


# What follows the last day of an inspection told apart from its first: 4月28日结束.
_ENDED = LazyPattern(r"[ \t\u3000]*(?:结束|撤离)")


def _through_listed_ranges(first: Period, candidates: list[Period], text: str) -> Period:
    """An inspection on site in several stretches listed together ("2022年4月11日至4月15日、6月6日至8月5日"): from
    the first one's start to the last one's end; ``first`` itself when no range follows it across a 、 or 和."""
    last = first
    for other in candidates:
        if (
            last.span is not None
            and other.span is not None
            and other.relation is Relation.RANGE
            and other.span.start == last.span.end + 1
            and text[last.span.end] in _RANGES_JOINED
            and other.end is not None
            and last.end is not None
            and other.start is not None
            and other.start > last.end
        ):
            last = other
    if last is first:
        return first
    return Period(first.start, last.end, Relation.RANGE, first.precision)


#: What joins the stretches of one inspection listed in a sentence.
_RANGES_JOINED = frozenset("、和及")


def _entry_to_end(day: Period, later: list[Period], text: str) -> Period | None:
    """The period from the day of entry to a later day the same sentence says it ended on ("于2023年3月13日进驻
    …开展巡察，4月28日结束"); None when it names no end."""
    if day.relation is not Relation.ON or day.start is None or day.start != day.end:
        return None
    for other in later:
        if (
            other.relation is Relation.ON
            and other.span is not None
            and other.end is not None
            and other.start == other.end
            and other.end > day.start
            and _ENDED.match(text, other.span.end) is not None
        ):
            return Period(day.start, other.end, Relation.RANGE, Precision.DAY)
    return None


def period_from_closing(
    inspection: Inspection, figures: Figures, folded: str, start: int, end: int
) -> Inspection:
    """The inspection with its whole period when the opening gave only the day it began (进驻) and the closing
    gives a range from that very day ("巡察期间(2020年8月24日至10月23日)，设有举报电话…"), or when the opening
    gave none and the closing dates the stay ("进驻期间(2018年10月31日-11月30日)设立专门值班电话": an
    announcement whose group entered 近日)."""
    began = inspection.period
    if began is None:
        for position, period in figures.periods_within(start, end):
            if (
                period.relation is Relation.RANGE
                and period.start is not None
                and period.end is not None
                and _DURING_THE_STAY.search(folded, max(start, position - _DURING_THE_STAY_LONGEST), position)
            ):
                try:
                    return attrs.evolve(inspection, period=period)
                except InvariantError:
                    return inspection
        return inspection
    if began.start is None or began.end is not None:
        return inspection
    return _with_range(inspection, figures, start, end, began.start)


# The words that name the stay a range after them dates: 巡察期间(…), 进驻期间(…), 督察进驻期间：…
_DURING_THE_STAY = LazyPattern(r"(?:巡视|巡察|督察|进驻)(?:工作)?期间[ \t\u3000：:]*[（(]?[ \t\u3000]*\Z")
_DURING_THE_STAY_LONGEST = 14


# A heading that announces the inspection period: 一、巡察时间, （二）巡视期间.
_PERIOD_WORDS = r"(?:巡视|巡察)(?:工作)?(?:时间|期间|时间安排)"
_PERIOD_HEADING = LazyPattern(rf"{_PERIOD_WORDS}[ \t\u3000：:。]*$")
# The same heading with its text run into it (a page that lost the line break): 一、巡察时间2025年3月25日至….
_PERIOD_HEADING_RUN_IN = LazyPattern(rf"{_PERIOD_WORDS}[ \t\u3000：:]*(?=[0-9])")


def names_the_period(heading: str) -> bool:
    """Whether a heading (folded paragraph text) announces the inspection period under it, or runs it in."""
    if len(heading) <= 30 and _PERIOD_HEADING.search(heading) is not None:
        return True
    return _PERIOD_HEADING_RUN_IN.search(heading, 0, 16) is not None


def period_under(inspection: Inspection, figures: Figures, start: int, end: int) -> Inspection:
    """The inspection with the first range stated in ``start:end`` (a heading and the paragraph under it)."""
    return _with_range(inspection, figures, start, end)


def _with_range(
    inspection: Inspection, figures: Figures, start: int, end: int, starting: dt.date | None = None
) -> Inspection:
    """The inspection with the first whole range stated in ``start:end`` (one from the day ``starting`` when
    given); unchanged when none is, or when the range contradicts it (a feedback date inside the range)."""
    for _, period in figures.periods_within(start, end):
        if (
            period.relation is Relation.RANGE
            and period.start is not None
            and period.end is not None
            and (starting is None or period.start == starting)
        ):
            try:
                return attrs.evolve(inspection, period=period)
            except InvariantError:
                return inspection
    return inspection


def _feedback_period(inside: list[tuple[int, Period]], keyword: int, text: str) -> Period | None:
    """The date a feedback sentence gives: the last one before 反馈, else the first after; single days first.

    A year alone dates no feedback: in "2023年X月中旬…于X月21日反馈" the masked month leaves only the year. A
    range told before the inspection itself ("2024年10月14日至12月13日，…对…开展了巡察，并于…反馈") is its period,
    not the feedback's; nor is a range after 反馈 (a title's 反馈意见 run into the opening's period on a flattened
    page, a review's days after 评估反馈问题): a feedback given over days is told before the word (于2月2日至4日…反馈)."""
    inside = [(pos, p) for pos, p in inside if p.precision is not Precision.YEAR]
    dated = [(pos, p) for pos, p in inside if p.start is not None and p.relation is not Relation.RANGE]
    dated = dated or [
        (pos, p)
        for pos, p in inside
        if p.start is not None and pos < keyword and INSPECTED.search(text, pos, keyword) is None
    ]
    before = [p for pos, p in dated if pos < keyword]
    if before:
        return before[-1]
    return next((p for pos, p in dated if pos > keyword), None)
