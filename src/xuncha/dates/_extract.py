"""Extraction: every time expression of a text in order (``extract_periods``), one expression
(``parse_period``), and the scan both come from (``scan_periods``, for the checker).

The matches of a text are read in order, each in the context of those before it, by
:mod:`xuncha.dates._reading`; here they become periods and rejected stretches, with the passes around that
reading: a date's number wrapped alone on its line, a converter's glosses, the events and month-end deadlines
of :mod:`xuncha.dates._events`, and a list of adjacent periods read as one."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection
from typing import Final, NamedTuple

from xuncha._fold import fold, without_glosses
from xuncha._lazy import LazyPattern
from xuncha._lines import runs_on_into
from xuncha.dates._around import SINCE_EVENT, month_end_deadline
from xuncha.dates._calendar import Invalid
from xuncha.dates._context import (
    BY_DAY,
    BY_MONTH,
    BY_YEAR,
    ON,
    RANGE,
    SINCE,
    UNTIL,
    Context,
    Resolved,
)
from xuncha.dates._events import (
    add_event_since,
    add_month_end_deadlines,
    deadline_at_month_end,
    event_since,
    since_events,
)
from xuncha.dates._grammar import grammar
from xuncha.dates._pieces import SPACES
from xuncha.dates._reading import read_matches
from xuncha.dates._resolve import resolve
from xuncha.dates._spans import DEICTIC_DAYS
from xuncha.errors import DateError, require_reference, require_text
from xuncha.models import Period, Span, _trusted_period, _trusted_span


class Rejected(NamedTuple):
    """A candidate the grammar matched but refused to read as a date, with where and why.

    ``kind`` is one of ``"no-such-date"`` (2023年4月31日, 2023年13月), ``"backwards"`` (a range that ends
    before it starts), ``"out-of-range"`` (a year outside 1900–2100), ``"ambiguous-year"`` (15年3月2日 with
    no four-digit year before it), ``"document-number"`` (2023年第45号, a date in a web address),
    ``"lost-prefix"`` (上上年, 十九年底: a doubled prefix or a year the grammar does not read, which would
    change the date) and ``"unreadable"``;
    ``reason`` is a short message in English.
    """

    text: str
    span: Span
    kind: str
    reason: str


class Scan(NamedTuple):
    """What :func:`scan_periods` finds: the periods read (as :func:`extract_periods` returns them) and the
    candidates refused, each list in text order."""

    periods: list[Period]
    rejected: list[Rejected]


# Spans are immutable values; sharing the common ones (0 to the length of a short phrase) saves building a new
# one for every parse. The scan's offsets are valid (0 <= start < end): built without the validators, which
# cost more than the rest of the span (most spans of a text of any length are new).
_span = functools.lru_cache(maxsize=4096)(_trusted_span)


def _with_source(resolved: Resolved, original: str, start: int, end: int) -> Period:
    """The Period of a resolved match, its text and span cut from the original (see models._trusted_period)."""
    first, last, relation, precision = resolved
    return _trusted_period(first, last, relation, precision, original[start:end], _span(start, end))


def _trimmed_end(narrow: str, match: re.Match[str]) -> int:
    end = match.end()
    while narrow[end - 1] in SPACES:  # a year alone may have taken the spaces after it
        end -= 1
    return end


def scan_periods(
    text: str, *, reference: dt.date | None = None, kinds: Collection[str] | None = None
) -> Scan:
    """The periods of ``text`` and the candidates the date grammar refused, for checks that need both.

    Contract: ``scan_periods(text, reference=r).periods == extract_periods(text, reference=r)``, always.
    ``rejected`` holds, in text order, every stretch the grammar matched as a date expression but resolution
    refused: a day or month that does not exist (2023年4月31日), a range whose end precedes its start
    (2023年12月至2023年3月), a year beyond 1900–2100, a two-digit year whose century the text does not state
    (15年3月2日), a year before a document number (2023年第45号) and other
    malformed forms; each with its span in ``text``, a ``kind`` (see :class:`Rejected`) and a reason. A
    rejected stretch never overlaps a period. Recurring dates (每年3月) are neither. Same arguments, same
    type checks and same cost (linear in the text) as :func:`extract_periods`. ``kinds``, when given, keeps
    only the rejected stretches of those kinds (a text of ten thousand refused years need not hold them all).

    >>> import datetime as dt
    >>> scan = scan_periods("2023年4月31日前，2023年3月至5月", reference=dt.date(2023, 12, 25))
    >>> [(p.text, p.start, p.end) for p in scan.periods]
    [('2023年3月至5月', datetime.date(2023, 3, 1), datetime.date(2023, 5, 31))]
    >>> [(r.text, r.span.start, r.kind) for r in scan.rejected]
    [('2023年4月31日前', 0, 'no-such-date')]
    """
    require_text(text)
    require_reference(reference)
    return _scan_unglossed(text, reference, keep_rejected=True, kinds=kinds)


def extract_periods(text: str, *, reference: dt.date | None = None) -> list[Period]:
    """Every time expression in ``text``, in order, none overlapping; see the module docs for the rules.

    >>> import datetime as dt
    >>> [(p.text, p.start, p.end) for p in extract_periods("截止11月底，2017—2022年", reference=dt.date(2023, 12, 25))]
    [('截止11月底', None, datetime.date(2023, 11, 30)), ('2017—2022年', datetime.date(2017, 1, 1), datetime.date(2022, 12, 31))]
    """
    require_text(text)
    require_reference(reference)
    return _scan_unglossed(text, reference, keep_rejected=False).periods


def _scan_unglossed(
    text: str, reference: dt.date | None, *, keep_rejected: bool, kinds: Collection[str] | None = None
) -> Scan:
    """_scan_all of a text that may hold a converter's pinyin glosses (今年前兩個(gè)月): the dates are read in the
    text without them, each kept with the text and the span it has in ``text``, glosses included, as the figures
    are (xuncha.quantities). The parser's cleaned text has none: the cleaner deletes them."""
    unglossed = without_glosses(text)
    if unglossed is None:
        return _scan_all(text, reference, keep_rejected=keep_rejected, kinds=kinds)
    plain, to_text = unglossed
    scan = _scan_all(plain, reference, keep_rejected=keep_rejected, kinds=kinds)
    periods = []
    for period in scan.periods:
        if period.span is None:  # (every period the scan reads has a span)
            periods.append(period)
            continue
        start, end = to_text(period.span.start, period.span.end)
        periods.append(
            _trusted_period(
                period.start,
                period.end,
                period.relation,
                period.precision,
                text[start:end],
                _trusted_span(start, end),
            )
        )
    rejected = []
    for refused in scan.rejected:
        start, end = to_text(refused.span.start, refused.span.end)
        rejected.append(refused._replace(text=text[start:end], span=Span(start, end)))
    return Scan(periods, rejected)


def periods_of(text: str, folded: str, reference: dt.date | None) -> list[Period]:
    """extract_periods of a checked ``text`` whose ``fold`` the caller has already (the parser folds the cleaned
    text once for every grammar)."""
    return _scan_all(text, reference, keep_rejected=False, folded=folded).periods


# A year, month or day alone on its line, with 年, 月 or 日 opening the next (a PDF text layer sets every figure on
# a line of its own: 县农业农村局⏎2023⏎年工作总结, 实施方案(⏎2023-2025⏎年)): the break after the number is a wrap.
# So is the break after a number that ends a line of text (a fixed-width wrap: …对2026⏎年的发展方向, 完成 2021⏎年度).
_LONE_DATE_NUMBER: Final = LazyPattern(
    r"\n[ \t\u3000]*[0-9]{1,4}(?:[-—–~～至][0-9]{1,4})?[ \t\u3000\r]*\n(?=[ \t\u3000]*[年月日号])"
    r"|(?<=[^\s0-9.])[ \t\u3000]?[0-9]{1,4}[ \t\u3000\r]*\n(?=[ \t\u3000]*[年月日号])"
)


# What every wrap _LONE_DATE_NUMBER reads ends with: a line opening on 年, 月, 日 or 号. Its first character is a
# literal, which the engine looks for alone: most texts have no such line, and skip the lookbehind's test at every
# character (a fifth of the date stage's time on the observed passages).
_LINE_OPENING_ON_A_DATE_WORD: Final = LazyPattern(r"\n[ \t\u3000]*[年月日号]")


def _lone_numbers_joined(narrow: str) -> str:
    """``narrow`` with the wrap after each date's number alone on its line read as a space, where the line before
    runs on into it (_lines.runs_on_into). One character for one: offsets stay valid."""
    if "\n" not in narrow or _LINE_OPENING_ON_A_DATE_WORD.search(narrow) is None:
        return narrow
    pieces: list[str] = []
    done = 0
    for found in _LONE_DATE_NUMBER.finditer(narrow):
        # (a number alone on its line continues the line before only where that one runs on; one ending a line of
        # text runs on itself)
        if narrow[found.start()] != "\n" or runs_on_into(narrow, found.start() + 1):
            wrap = found.end() - 1
            pieces += (narrow[done:wrap], " ")
            done = wrap + 1
    return "".join(pieces) + narrow[done:] if pieces else narrow


def _scan_all(
    text: str,
    reference: dt.date | None,
    *,
    keep_rejected: bool,
    kinds: Collection[str] | None = None,
    folded: str | None = None,
) -> Scan:
    # (one character for one: offsets stay valid)
    narrow = _lone_numbers_joined(fold(text) if folded is None else folded)
    periods: list[Period] = []
    rejected: list[Rejected] = []
    covered = 0
    # 以来 and 期间 cannot overlap one another, so one scan finds those of every gap between two dates.
    events = since_events(narrow)
    event = 0
    # (where the next event starts and ends: most matches have none before them, and need no call)
    next_start, next_end = (events[0].start(), events[0].end()) if events else (len(narrow), len(narrow) + 1)
    for match, result in read_matches(narrow, reference):
        start, matched_end = match.span()
        if next_start < covered or next_end <= start:  # (else add_event_since would add and pass none)
            event = add_event_since(text, narrow, covered, start, periods, events, event, reference)
            if event < len(events):
                next_start, next_end = events[event].start(), events[event].end()
            else:
                next_start, next_end = len(narrow), len(narrow) + 1
        if not isinstance(result, Invalid):
            end = matched_end
            while narrow[end - 1] in SPACES:  # (as _trimmed_end, inline: once per period)
                end -= 1
            first, last, relation, precision = result
            if start and narrow[start - 1] in _BRACKETS_OPENING and periods:
                _date_the_day_word(periods, start - 1, result)
            periods.append(
                _trusted_period(first, last, relation, precision, text[start:end], _span(start, end))
            )
        elif keep_rejected and (kinds is None or result.kind in kinds):
            end = _trimmed_end(narrow, match)
            rejected.append(
                Rejected(text[match.start() : end], Span(match.start(), end), result.kind, str(result))
            )
        covered = matched_end
    add_event_since(text, narrow, covered, len(narrow), periods, events, event, reference)
    if "月底" in narrow or "月末" in narrow:
        add_month_end_deadlines(text, narrow, reference, periods)
    return Scan(periods, rejected)


_BRACKETS_OPENING: Final = frozenset("(（")
# The words of a day counted from the reference (今天, 截至昨日), as the periods' texts end with them.
_DAY_WORDS: Final = tuple(DEICTIC_DAYS)


def _date_the_day_word(periods: list[Period], bracket: int, bracketed: Resolved) -> None:
    """今天(10月24日), 截至昨日(26日): a word of the day that a day in brackets right after it dates is that day (a
    news lead dates its 今天, and its page may be published the day after: the word counts from the page's date,
    the bracket says which day it was). The word's period, the last of ``periods``, takes the bracketed day."""
    word = periods[-1]
    day, last, relation, precision = bracketed
    if (
        word.span is None
        or word.text is None
        or word.span.end != bracket
        or relation is not ON
        or precision is not BY_DAY
        or day is None
        or day != last
        or word.relation not in (ON, UNTIL)
        or not word.text.endswith(_DAY_WORDS)
    ):
        return
    periods[-1] = _trusted_period(
        day if word.relation is ON else None, day, word.relation, word.precision, word.text, word.span
    )


_LIST_JOINERS: Final = frozenset("、 \u3000")


def _adjacent_list(text: str, first: int, last: int, reference: dt.date | None) -> Period | None:
    """A list of adjacent periods read as one ("6、7月份" is June to July), or None.

    Only whole months or years that follow each other without a gap, joined by 、: "6月、10月" names two
    periods, not the time between them, and "3月和4月" two as well.
    """
    if "、" not in text:
        return None
    items = extract_periods(text[first:last], reference=reference)
    if len(items) < 2 or any(p.relation is not ON or p.span is None for p in items):
        return None
    precision = items[0].precision
    if precision not in (BY_MONTH, BY_YEAR) or any(p.precision is not precision for p in items):
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
    return Period(items[0].start, items[-1].end, RANGE, precision, text[first:last], Span(first, last))


@functools.lru_cache(maxsize=64)
def _fresh_context(reference: dt.date | None) -> Context:
    """The context of a text with no year stated yet; shared, since resolving never changes a context
    (only the scan of a whole text does, on its own)."""
    return Context(reference, None if reference is None else reference.year)


def parse_period(text: str, *, reference: dt.date | None = None) -> Period:
    """Read ``text`` as exactly one time expression (surrounding spaces are allowed).

    A ``text`` that is not a ``str`` or a ``reference`` that is not a ``datetime.date`` is a :class:`TypeError`;
    text that names no period a :class:`~xuncha.errors.DateError`.

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
        require_text(text)  # the exact types pass without a call: most calls
        require_reference(reference)
    first, last = 0, len(text)
    if text[:1].isspace() or text[-1:].isspace():
        first, last = last - len(text.lstrip()), len(text.rstrip())
    narrow = fold(text)  # one character for one: offsets stay valid
    match = grammar().expression.fullmatch(narrow, first, last) if first < last else None
    if match is None:
        if month_end_deadline().fullmatch(narrow, first, last):
            return deadline_at_month_end(text, first, last, reference)
        joined = _adjacent_list(text, first, last, reference)
        if joined is not None:
            return joined
        since = SINCE_EVENT.search(narrow, first, last)
        if (
            since is not None
            and since.end() == last
            and event_since(narrow, since.start(), first) == first < since.start()
        ):
            relation = SINCE if since.group() == "以来" else ON
            return Period(None, None, relation, BY_DAY, text[first:last], Span(first, last))
        raise DateError("not a time expression", source=text, start=first, end=last)
    try:
        period, _, _ = resolve(match, _fresh_context(reference))
    except (Invalid, OverflowError, ValueError) as error:  # ValueError, OverflowError: beyond the calendar
        raise DateError(str(error), source=text, start=first, end=last) from None
    return _with_source(period, text, first, last)
