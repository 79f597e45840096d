"""What a notice page marks in its text: figures, dates and diagnostics, each with its data attributes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from xuncha._commitments import Commitment
from xuncha.models import Notice, Period, Progress, Quantity
from xuncha.report._marks import Annotation, mark_up
from xuncha.tables import _in_base

if TYPE_CHECKING:
    from xuncha.checks import Diagnostic

__all__ = ["NoticeView", "page_annotations", "period_label", "quantity_label", "read_view", "render"]

_STATUS_NAMES = {
    "completed": "已完成",
    "basically_completed": "基本完成",
    "in_progress": "推进中",
    "long_term": "长期坚持",
    "not_completed": "未完成",
    "unknown": "未标明",
}
_MODALITY_NAMES = {"done": "已完成", "ongoing": "推进中", "planned": "计划"}


@attrs.frozen
class NoticeView:
    """Everything a notice page shows, read once: the notice, its diagnostics, commitments and progress."""

    text: str
    notice: Notice
    diagnostics: tuple[Diagnostic, ...]
    commitments: tuple[Commitment, ...]
    progress: tuple[tuple[Progress, tuple[str, ...]], ...]
    reference: dt.date | None


def read_view(text: str, *, reference: dt.date | None) -> NoticeView:
    """Parse, check and read the commitments and progress of the notice in ``text``.

    Relative dates in the text resolve against the notice's own date; ``reference`` is only the day against
    which deadlines are judged (default: the notice's date).
    """
    from xuncha._commitments import commitments
    from xuncha.checks import _check_parsed
    from xuncha.parsing import parse_notice
    from xuncha.progress import progress_problems

    notice = parse_notice(text)
    return NoticeView(
        text=text,
        notice=notice,
        diagnostics=tuple(_check_parsed(notice, text)),  # the text is parsed once
        commitments=tuple(commitments(notice, reference=reference)),
        progress=tuple((p, tuple(progress_problems(p))) for p in notice.progress),
        reference=reference or notice.date,
    )


def render(view: NoticeView, *, source: str, back: str | None) -> str:
    """The HTML page of a notice view."""
    from xuncha import __version__
    from xuncha.report import css, environment
    from xuncha.report._charts import timeline

    page: str = (
        environment()
        .get_template("notice.html")
        .render(
            version=__version__,
            css=css(),
            notice=view.notice,
            source=source,
            back=back,
            marked=mark_up(view.text, page_annotations(view.notice, view.diagnostics)),
            figures=sum(1 for _ in view.notice.iter_quantities()),
            dates=sum(1 for _ in view.notice.iter_periods()),
            diagnostics=view.diagnostics,
            progress=view.progress,
            commitments=view.commitments,
            timeline=timeline(view.commitments, view.reference),
            status_names=_STATUS_NAMES,
            modality_names=_MODALITY_NAMES,
        )
    )
    return page


_QUALIFIER_WORDS = {"more_than": "多于", "nearly": "近", "about": "约", "at_least": "至少", "at_most": "至多"}
_RELATION_WORDS = {"on": "", "range": "", "since": "起", "until": "截至", "before": "前", "after": "后"}


def quantity_label(quantity: Quantity) -> str:
    """The value read, for a reader: ``= 52000000 元 (多于)``; in the unit as written when it cannot be
    converted (a unit the registry does not know)."""
    base = _in_base(quantity) or quantity
    value = f"{base.value}" if base.upper is None else f"{base.value}–{base.upper}"
    qualifier = f" ({_QUALIFIER_WORDS[quantity.qualifier.value]})" if quantity.qualifier else ""
    return f"= {value} {base.unit or ''}{qualifier}".rstrip()


def period_label(period: Period) -> str:
    """The dates read, for a reader: ``2024-03-31 前``, ``2023-03-13 – 2023-04-28``."""
    start = period.start.isoformat() if period.start else "…"
    end = period.end.isoformat() if period.end else "…"
    word = _RELATION_WORDS[period.relation.value]
    if period.relation.value in ("before", "until"):
        return f"{word} {end}".strip() if word == "截至" else f"{end} {word}"
    if period.relation.value in ("since", "after"):
        return f"{start} {word}"
    return start if start == end else f"{start} – {end}"


def _quantity(quantity: Quantity, index: int) -> Annotation | None:
    if quantity.span is None:
        return None
    base = _in_base(quantity)  # None for a unit that cannot be converted: no base attributes
    attributes = (
        ("id", f"q{index}"),
        ("data-kind", "quantity"),
        ("data-value", str(quantity.value)),
        ("data-unit", quantity.unit or ""),
        ("data-qualifier", quantity.qualifier.value if quantity.qualifier else ""),
        ("data-upper", "" if quantity.upper is None else str(quantity.upper)),
        ("data-base-value", str(base.value) if base else ""),
        ("data-base-unit", (base.unit or "") if base else ""),
        ("data-label", quantity_label(quantity)),
        ("tabindex", "0"),
        ("aria-label", f"{quantity.text} {quantity_label(quantity)}"),
    )
    return Annotation(quantity.span.start, quantity.span.end, "mark", attributes, rank=2)


def _period(period: Period, index: int) -> Annotation | None:
    if period.span is None:
        return None
    attributes = (
        ("id", f"p{index}"),
        ("data-kind", "period"),
        ("data-start", period.start.isoformat() if period.start else ""),
        ("data-end", period.end.isoformat() if period.end else ""),
        ("data-relation", period.relation.value),
        ("data-precision", period.precision.value),
        ("data-label", period_label(period)),
        ("tabindex", "0"),
        ("aria-label", f"{period.text} {period_label(period)}"),
    )
    return Annotation(period.span.start, period.span.end, "mark", attributes, rank=2)


def page_annotations(notice: Notice, diagnostics: Sequence[Diagnostic]) -> list[Annotation]:
    """Every figure and date of ``notice`` and every located diagnostic, as annotations of the source text."""
    marks: list[Annotation | None] = [
        _quantity(q, i) for i, q in enumerate(notice.iter_quantities(), start=1)
    ]
    marks += [_period(p, i) for i, p in enumerate(notice.iter_periods(), start=1)]
    for number, diagnostic in enumerate(diagnostics, start=1):
        if diagnostic.span is None:
            continue
        severity = diagnostic.severity.value
        marks.append(
            Annotation(
                diagnostic.span.start,
                diagnostic.span.end,
                "span",
                (
                    ("class", "diagnostic"),
                    ("data-code", diagnostic.code),
                    ("data-severity", severity),
                    ("title", f"{diagnostic.code}: {diagnostic.message}"),
                ),
                rank=1,
            )
        )
        marks.append(
            Annotation(
                diagnostic.span.start,
                diagnostic.span.start,
                "a",
                (
                    ("class", "diagnostic-anchor"),
                    ("id", f"at-diagnostic-{number}"),
                    ("href", f"#diagnostic-{number}"),
                    ("data-code", diagnostic.code),
                    ("data-severity", severity),
                    ("aria-label", f"diagnostic {number}: {diagnostic.code}"),
                ),
                content=str(number),
            )
        )
    return [mark for mark in marks if mark is not None]
