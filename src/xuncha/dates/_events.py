"""The periods a scan adds around the grammar's matches: an event-relative 以来 or 期间 (整改工作以来, 巡察期间,
2023年9月5日进驻以来), and a deadline at a month's end that names no month (月底前)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from xuncha.dates._around import CLAUSE_BREAK, VAGUE_SINCE, month_end_deadline
from xuncha.dates._calendar import month_end
from xuncha.dates._context import BEFORE, BY_DAY, ON, SINCE
from xuncha.models import Period, Span


def deadline_at_month_end(original: str, start: int, end: int, reference: dt.date | None) -> Period:
    last = None if reference is None else month_end(reference.year, reference.month)
    return Period(None, last, BEFORE, BY_DAY, original[start:end], Span(start, end))


def add_month_end_deadlines(
    original: str, narrow: str, reference: dt.date | None, periods: list[Period]
) -> None:
    """月底前 without a month, where no other period covers it, in order among the others (one merge pass)."""
    spans = [period.span for period in periods if period.span is not None]  # in order, none overlapping
    added = False
    index = 0
    for found in month_end_deadline().finditer(narrow):
        while index < len(spans) and spans[index].end <= found.start():
            index += 1
        if index < len(spans) and spans[index].start < found.end():
            continue  # covered by a period found before
        periods.append(deadline_at_month_end(original, found.start(), found.end(), reference))
        added = True
    if added:
        periods.sort(key=lambda period: period.span.start if period.span is not None else 0)


# A body named as the subject of an event before 以来 (市退役军人事务局组建, 市委巡察, 巡察组进驻): the last
# character of its name after at least one other, then the verb, two characters at least (not 组织开展,
# 开展组织生活会, nor a bare 工作组).
_EVENT_SUBJECT: Final = re.compile(r"[^\s][局委院府厅室处站队司校]..|[^\s]组(?![织成])..")


# SINCE_EVENT's two words, each found by the engine's fast scan for a literal (an alternation of the two is
# tried at every 以 and 期 of the text).
_SINCE: Final = re.compile("以来")
_DURING: Final = re.compile("期间")


def since_events(text: str) -> list[re.Match[str]]:
    """What ``list(SINCE_EVENT.finditer(text))`` is (the words share no character: they never overlap)."""
    # (the words are looked for first: most texts hold neither, and a short one pays for two scans)
    since = list(_SINCE.finditer(text)) if "以来" in text else []
    during = list(_DURING.finditer(text)) if "期间" in text else []
    if since and during:
        return sorted(since + during, key=re.Match.start)
    return since or during


def event_since(text: str, at: int, floor: int) -> int:
    """Where an event phrase before 以来 (整改工作以来, 进驻以来) starts: the clause start, at most 12 back."""
    start = max(floor, at - 12)
    for index in range(at - 1, start - 1, -1):
        char = text[index]
        if CLAUSE_BREAK.match(char) or char in "自从":
            return index + 1
    return start


def add_event_since(
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

    ``events`` are the matches of SINCE_EVENT in the whole text, ``first`` the first not yet passed; returns
    the first after ``stop``.
    """
    reached = begin
    index = first
    while index < len(events) and events[index].start() < begin:
        index += 1  # inside a date, or before it
    while index < len(events) and events[index].end() <= stop:
        found = events[index]
        index += 1
        start = event_since(narrow, found.start(), reached)
        phrase = original[start : found.end()]
        during = found.group() == "期间"
        # "…期间" is a time only as a clause of its own (巡察期间，…), not before a noun (节日期间作风建设)
        if during and found.end() < len(narrow) and not CLAUSE_BREAK.match(narrow, found.end()):
            reached = found.end()
            continue
        dated = periods[-1] if periods and not during and start == begin else None
        if (
            dated is not None
            and dated.span is not None
            and dated.start is not None
            and dated.relation is ON
            and begin - dated.span.end <= 2
            # 自2018年5月市委巡察以来: 自 governs the event (it was left out of the date), the date is only its date
            and narrow[dated.span.start - 1 : dated.span.start] not in ("自", "从")
            # 2019年1月市退役军人事务局组建以来: an event with its own subject is a clause the date dates, and
            # 以来 counts from the event, as after 自
            and _EVENT_SUBJECT.search(narrow, dated.span.end, found.start()) is None
        ):
            # 2023年9月5日进驻以来: an event right after its date runs from that date, up to the reference date
            since_end = reference if reference is not None and dated.start <= reference else None
            first = dated.span.start
            periods[-1] = Period(
                dated.start,
                since_end,
                SINCE,
                dated.precision,
                original[first : found.end()],
                Span(first, found.end()),
            )
        elif start < found.start() and phrase not in VAGUE_SINCE:
            relation = ON if during else SINCE
            periods.append(Period(None, None, relation, BY_DAY, phrase, Span(start, found.end())))
        reached = found.end()
    return index
