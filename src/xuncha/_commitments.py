"""Commitments: what a notice promises to do, by when, for which finding.

A commitment is a measure that is planned or ongoing or names a deadline ("下一步，计划于2024年3月底前完成…"),
or a deadline stated in a finding's own text ("预计2024年底前完成"). :func:`commitments` lists them as typed rows
that join back to the notice by the finding's path, and flags those whose deadline had already passed on the
reference date although the notice states them as future.

>>> from pathlib import Path
>>> import xuncha
>>> notice = xuncha.parse_notice(Path("examples/sample_notice.md").read_text(encoding="utf-8"))
>>> [(c.finding_path, c.deadline.end.isoformat(), c.overdue) for c in commitments(notice) if c.deadline]
[('$.sections[0].sections[0].findings[0]', '2024-03-31', False), ('$.sections[1].sections[1].findings[0]', '2023-12-31', False), ('$.sections[2].findings[0]', '2024-12-31', False)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from xuncha.errors import require_reference
from xuncha.models import Finding, Modality, Notice, Period, Relation, Section, Span, Status

__all__ = ["Commitment", "commitments"]


@attrs.frozen
class Commitment:
    """One promise of a notice: the finding it answers, what is promised, by when, and how it stands.

    ``finding_path`` is the finding's JSON path in the notice (``$.sections[0].findings[2]``), ``measure``
    the index of the measure in that finding (None for a deadline in the finding's own text). ``overdue`` is
    True when the deadline ended before the reference date, None when either is unknown.
    """

    finding_path: str
    finding_title: str
    text: str
    modality: Modality
    deadline: Period | None
    status: Status
    overdue: bool | None
    measure: int | None = None
    span: Span | None = None


def commitments(notice: Notice, *, reference: dt.date | None = None) -> list[Commitment]:
    """Every commitment of ``notice`` in document order; ``reference`` (default: the notice's own date) is the
    day against which deadlines are judged."""
    if not isinstance(notice, Notice):
        raise TypeError(f"notice must be a Notice, not {type(notice).__name__}")
    today = require_reference(reference) or notice.date
    return list(_commitments(notice, today))


def _findings(sections: tuple[Section, ...], path: str) -> Iterator[tuple[str, Finding]]:
    for index, section in enumerate(sections):
        here = f"{path}.sections[{index}]"
        for number, finding in enumerate(section.findings):
            yield f"{here}.findings[{number}]", finding
        yield from _findings(section.sections, here)


def _overdue(deadline: Period | None, modality: Modality, today: dt.date | None) -> bool | None:
    if deadline is None or deadline.end is None or today is None:
        return None
    return modality is not Modality.DONE and deadline.end < today


def _commitments(notice: Notice, today: dt.date | None) -> Iterator[Commitment]:
    ordered = sorted(_findings(notice.sections, "$"), key=lambda item: _start(item[1].span))
    for path, finding in ordered:
        covered: list[Span] = []
        for index, measure in enumerate(finding.measures):
            if measure.span is not None:
                covered.append(measure.span)
            if measure.modality is Modality.DONE and measure.deadline is None:
                continue
            yield Commitment(
                finding_path=path,
                finding_title=finding.title,
                text=measure.text,
                modality=measure.modality,
                deadline=measure.deadline,
                status=finding.status,
                overdue=_overdue(measure.deadline, measure.modality, today),
                measure=index,
                span=measure.span,
            )
        for period in finding.periods:
            inside_a_measure = period.span is not None and any(
                span.start <= period.span.start < span.end for span in covered
            )
            if period.relation is Relation.BEFORE and not inside_a_measure:
                yield Commitment(
                    finding_path=path,
                    finding_title=finding.title,
                    text=_sentence_around(finding.text, period.text or ""),
                    modality=Modality.PLANNED,
                    deadline=period,
                    status=finding.status,
                    overdue=_overdue(period, Modality.PLANNED, today),
                    span=period.span,
                )


def _sentence_around(text: str, part: str) -> str:
    """The sentence of ``text`` that holds ``part`` (``part`` itself when it cannot be found)."""
    at = text.find(part) if part else -1
    if at < 0:
        return part
    start = max(text.rfind(mark, 0, at) for mark in "。；;！？\n") + 1
    ends = [end for mark in "。；;！？\n" if (end := text.find(mark, at + len(part))) >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


def _start(span: Span | None) -> int:
    return span.start if span is not None else -1
