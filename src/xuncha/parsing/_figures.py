"""Figures and dates of a notice: extracted once over the cleaned text, then given to the part they stand in.

Every part of the notice that can hold figures (the notice's own text, a section, a finding, a measure) is an
:class:`Owner`; the parser records which cleaned ranges each owner holds, and :func:`place` hands every figure
to the owner of the range it starts in, by bisection.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from operator import itemgetter

from xuncha._text import SourceText
from xuncha.dates._extract import periods_of
from xuncha.models import Period, Quantity, Span, _trusted_period, _trusted_span
from xuncha.quantities import _extract as _extract_quantities


class Owner:
    """Something figures attach to: collects quantities and periods found inside its ranges."""

    __slots__ = ("periods", "quantities")  # owners are made for every part of every notice

    def __init__(self) -> None:
        # Most parts hold no figure: an owner gets its lists with its first figure (a body of bare headings
        # makes an owner per line, and two empty lists each were a fifth of a parse's peak memory).
        self.quantities: Sequence[Quantity] = ()
        self.periods: Sequence[Period] = ()


#: (cleaned start, cleaned end, owner) of a piece of text.
Range = tuple[int, int, Owner]


class Figures:
    """Every figure and date of the cleaned text, with original spans for keeping (and cleaned starts for
    placing: kept beside each date, found again from each figure's span, see :func:`place`)."""

    def __init__(self, source: SourceText, folded: str, reference: dt.date | None) -> None:
        text = source.text
        original = source.original
        self.source = source
        # The cleaner only deletes characters: a text it left as it was (most notices) has its offsets as they
        # are, and no offset is mapped between the two (a parse maps every figure and every part).
        unchanged = source.unchanged
        # Both extractors promise never to raise on text; they search the cleaned text. Quantities are built
        # with their spans already in the original (no second construction); periods are moved here. A notice
        # may hold a figure every dozen characters: no (start, figure) pair is kept for each.
        self.quantities: list[Quantity] = _extract_quantities(
            text, None if unchanged else (original, source.to_original), folded
        )
        self.periods: list[tuple[int, Period]] = []
        periods = periods_of(text, folded, reference)
        if unchanged:
            # The scan read the original itself, and a period's text is the slice its span covers: every period is
            # in place already (nothing mapped, sliced or compared for each).
            self.periods = [(period.span.start, period) for period in periods if period.span is not None]
        else:
            for period in periods:
                if period.span is not None:
                    clean_start = period.span.start
                    start, end = source.to_original(clean_start, period.span.end)
                    written = original[start:end]
                    self.periods.append((clean_start, _moved(period, written, _trusted_span(start, end))))
        self.quantities.sort(key=_original_start)
        self.periods.sort(key=itemgetter(0))
        self._period_starts = [position for position, _ in self.periods]

    def periods_within(self, start: int, end: int) -> list[tuple[int, Period]]:
        """The dates that start in the cleaned range [start, end), with their cleaned starts."""
        starts = self._period_starts
        return self.periods[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _original_start(quantity: Quantity) -> int:
    return quantity.span.start if quantity.span is not None else -1  # the extractor gives every figure a span


def _moved(period: Period, text: str, span: Span) -> Period:
    """``period`` with its ``text`` and ``span`` in the original text (see models._trusted_period): every other
    field comes from a Period that passed the validators, and ``text`` is the slice ``span`` covers."""
    return _trusted_period(period.start, period.end, period.relation, period.precision, text, span)


def place(figures: Figures, ranges: list[Range], fallback: Owner) -> None:
    """Give every figure to the owner of the range it starts in (``fallback`` before the first range)."""
    ordered = sorted(ranges, key=itemgetter(0))
    starts = list(map(itemgetter(0), ordered))
    owners = list(map(itemgetter(2), ordered))
    if owners.count(fallback) == len(owners):
        # Every range is the fallback's (a text with no numbered part, as most texts read are): every figure is
        # its own, in order, with no figure's range looked for.
        if figures.quantities:
            fallback.quantities = [*fallback.quantities, *figures.quantities]
        if figures.periods:
            fallback.periods = [*fallback.periods, *map(itemgetter(1), figures.periods)]
        return
    # The cleaned text is the original with characters deleted: a figure's cleaned start is its original start
    # mapped back (exactly: every figure starts on a kept character). Figures come in order of their starts, so
    # the range of each is found by a search on from the last one's (a body of many short parts with few figures
    # would be walked range by range).
    # (A notice may hold a figure every dozen characters: the lists are filled here, not through Owner's methods.)
    to_clean = figures.source.to_clean
    unchanged = figures.source.unchanged
    index = -1
    for quantity in figures.quantities:
        position = quantity.span.start if quantity.span is not None else 0
        if not unchanged:
            position = to_clean(position)
        index = bisect.bisect_right(starts, position, index + 1) - 1
        owner = owners[index] if index >= 0 else fallback
        if isinstance(owner.quantities, list):
            owner.quantities.append(quantity)
        else:
            owner.quantities = [quantity]
    index = -1
    for position, period in figures.periods:
        index = bisect.bisect_right(starts, position, index + 1) - 1
        owner = owners[index] if index >= 0 else fallback
        if isinstance(owner.periods, list):
            owner.periods.append(period)
        else:
            owner.periods = [period]
