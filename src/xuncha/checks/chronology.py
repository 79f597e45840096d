"""Chronology: ranges written backwards, the inspection, its feedback and the notice in the wrong order, and a
day's weekday misprinted.

Dates are compared with the notice's own date, never with today's. The dates of the text are the date grammar's
reading of it (:attr:`Context.dates <xuncha.checks._context.Context.dates>`, through
:mod:`xuncha.checks._date_reading`): the checker has no date pattern of its own.
"""

from __future__ import annotations

import array
import bisect
import datetime as dt
import re
from collections.abc import Iterable

from xuncha.checks._context import Context, quote
from xuncha.checks._registry import Code, Severity, rule
from xuncha.models import Period, Span

__all__: list[str] = []

_INSPECTION = re.compile(r"巡视|巡察")
_SENTENCE_END = re.compile(r"[。\n]")


def _first_part(context: Context) -> int:
    """Where the body starts in the cleaned text: the opening is what comes before it."""
    assert context.source is not None
    return context.clean(context.first_start if context.first_start is not None else len(context.source))


@rule(
    Code(
        "date-range-reversed",
        Severity.ERROR,
        "a date range ends before it starts (2023年5月10日至5月1日, 2023年11-1月)",
    ),
    Code(
        "inspection-end-before-start",
        Severity.ERROR,
        "the inspection period in the opening ends before it starts",
    ),
)
def check_reversed_ranges(context: Context) -> None:
    """Scan the source for explicit ranges whose end comes before their start (2023年4月28日至3月13日)."""
    if context.source is None:
        return
    text = context.text
    first_part = _first_part(context)
    # The sentences of the opening, by their ends, to find the one around a range by bisection: found when a
    # range stands in the opening, and held as machine integers (as a list, 40 bytes a line break: a text of
    # line breaks cost 36 times its size here).
    ends: array.array[int] | None = None
    names_inspection: dict[tuple[int, int], bool] = {}
    for start, end in context.dates.backward_ranges():
        span = context.original(start, end)
        code, path = "date-range-reversed", context.path_at(span.start)
        if start < first_part:
            # The range of the opening sentence that names the inspection is the inspection period. (The
            # sentence runs from the last break before the range to the first after it: a range may hold one.)
            if ends is None:
                ends = array.array(
                    "q", (match.start() for match in _SENTENCE_END.finditer(text, 0, first_part))
                )
            before = bisect.bisect_left(ends, start)
            after = bisect.bisect_left(ends, end)
            sentence = (
                ends[before - 1] + 1 if before > 0 else 0,
                ends[after] if after < len(ends) else _sentence_end(text, max(end, first_part)),
            )
            if sentence not in names_inspection:
                names_inspection[sentence] = _INSPECTION.search(text, *sentence) is not None
            if names_inspection[sentence]:
                code, path = "inspection-end-before-start", "$.inspection.period"
        context.reversed_ranges.append(span)
        context.add(code, f'"{quote(text[start:end])}" ends before it starts', path, span)


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start)
    return found.start() if found is not None else len(text)


def _date_span(day: dt.date, periods: Iterable[Period]) -> Span | None:
    for period in periods:
        if period.span is not None and period.start == day and period.end == day:
            return period.span
    return None


# The weekdays' names for a message (a notice's 星期六 is quoted in its text), Monday first.
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@rule(
    Code(
        "weekday-mismatch",
        Severity.WARNING,
        "the weekday printed after a date is not that day's (2024年5月11日(星期五): a Saturday)",
    ),
)
def check_weekdays(context: Context) -> None:
    """A weekday in brackets after a day names the day's own weekday (a day without a year takes the year near
    the notice's whose calendar has it, so only a weekday no such year has is reported)."""
    if context.source is None:
        return
    for misprint in context.dates.wrong_weekdays():
        span = context.original(misprint.start, misprint.end)
        context.add(
            "weekday-mismatch",
            f"{context.dated(misprint.day, span)} is a {_WEEKDAY_NAMES[misprint.day.weekday()]}, not the "
            f"{_WEEKDAY_NAMES[misprint.printed]} printed after it",
            context.path_at(span.start),
            span,
        )


@rule(
    Code(
        "feedback-before-inspection-end", Severity.ERROR, "the feedback is dated before the inspection ended"
    ),
    Code("notice-before-feedback", Severity.ERROR, "the notice is dated before the feedback it reports on"),
    Code(
        "notice-before-inspection-end",
        Severity.ERROR,
        "the notice is dated before the inspection ended (and no feedback date is given)",
    ),
)
def check_date_order(context: Context) -> None:
    """Inspection, feedback and notice follow each other in time."""
    notice = context.notice
    if notice is None or notice.inspection is None:
        return
    inspection = notice.inspection
    period = inspection.period
    ended = period.end if period is not None else None
    if (
        period is not None
        and period.span is not None
        and any(
            span.start < period.span.end and period.span.start < span.end for span in context.reversed_ranges
        )
    ):
        ended = None  # already reported as written backwards
    period_span = period.span if period is not None else None
    periods = list(notice.periods)
    feedback = inspection.feedback_date
    feedback_span = _date_span(feedback, periods) if feedback is not None else None
    if feedback is None:
        # The model cannot hold a feedback date before the inspection began, so a parser leaves it out:
        # read it from the opening sentence that reports the feedback.
        found = _feedback_in_text(context)
        if found is not None:
            feedback, feedback_span = found
    if feedback is not None and ended is not None and feedback < ended:
        context.add(
            "feedback-before-inspection-end",
            f"feedback on {context.dated(feedback, feedback_span)} is before the inspection "
            f'"{quote(period.text) if period is not None and period.text else ended}" ended on '
            f"{ended.isoformat()}",
            "$.inspection.feedback_date",
            feedback_span or period_span,
        )
    if notice.date is None:
        return
    date_span = _date_span(notice.date, reversed(periods))
    if feedback is not None and notice.date < feedback:
        context.add(
            "notice-before-feedback",
            f"the notice is dated {context.dated(notice.date, date_span)}, before the feedback on "
            f"{context.dated(feedback, feedback_span)}",
            "$.date",
            date_span,
        )
    elif ended is not None and notice.date < ended:
        context.add(
            "notice-before-inspection-end",
            f"the notice is dated {context.dated(notice.date, date_span)}, before the inspection "
            f"{context.dated(ended, period_span)} ended",
            "$.date",
            date_span,
        )


# The feedback given (反馈了巡察意见, 反馈意见), not the problems it listed (巡察反馈的356个问题).
_FEEDBACK_GIVEN = re.compile(r"反馈了?(?:巡视|巡察)?(?:意见|情况)")


def _feedback_in_text(context: Context) -> tuple[dt.date, Span] | None:
    """The date of the opening sentence that reports the inspection's feedback (…反馈了巡察意见)."""
    if context.source is None:
        return None
    text = context.text
    end_of_opening = _first_part(context)
    start = 0
    while start <= end_of_opening:
        stop = _SENTENCE_END.search(text, start, end_of_opening)
        end = stop.start() if stop is not None else end_of_opening
        sentence_start, start = start, end + 1
        feedback = _FEEDBACK_GIVEN.search(text, sentence_start, end)
        if feedback is None or _INSPECTION.search(text, sentence_start, end) is None:
            continue
        days = context.dates.days_written(sentence_start, feedback.start())
        if not days or days[-1].until:
            continue  # 截至10月31日，巡察反馈的356个问题… dates a count, not the feedback
        last = days[-1]
        if last.day is None:
            continue
        return last.day, context.original(last.start, last.end)
    return None
