"""Charts as inline SVG: a timeline of commitments' deadlines and bar charts, accessible and dependency-free."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Sequence
from decimal import Decimal

from markupsafe import Markup, escape

from xuncha._commitments import Commitment

__all__ = ["bar_chart", "column_chart", "timeline"]

_WIDTH, _ROW = 720, 22


def timeline(commitments: Sequence[Commitment], today: dt.date | None) -> Markup:
    """Each dated commitment as a dot on a time axis, red when overdue, with the reference date as a line."""
    dated = [c for c in commitments if c.deadline is not None and c.deadline.end is not None]
    if not dated:
        return Markup("")
    days = [c.deadline.end for c in dated if c.deadline and c.deadline.end]
    first = min([*days, *([today] if today else [])])
    last = max([*days, *([today] if today else [])])
    span = max(1, (last - first).days)
    left, right = 90, _WIDTH - 20
    height = 40 + _ROW * len(dated)

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    parts = [
        (
            f'<svg class="chart timeline" role="img" aria-labelledby="timeline-title" viewBox="0 0 {_WIDTH} {height}" '
            f'width="100%" xmlns="http://www.w3.org/2000/svg">'
        ),
        f'<title id="timeline-title">承诺时限：{len(dated)}项，{escape(first.isoformat())}至{escape(last.isoformat())}</title>',
        f'<line class="axis" x1="{left}" y1="{height - 20}" x2="{right}" y2="{height - 20}"/>',
        f'<text x="{left}" y="{height - 4}">{escape(first.isoformat())}</text>',
        f'<text x="{right}" y="{height - 4}" text-anchor="end">{escape(last.isoformat())}</text>',
    ]
    if today is not None:
        parts.append(
            f'<line class="today" x1="{x(today):.1f}" y1="8" x2="{x(today):.1f}" y2="{height - 20}"/>'
        )
        parts.append(f'<text x="{x(today) + 4:.1f}" y="16">{escape(today.isoformat())}</text>')
    for row, commitment in enumerate(dated):
        assert commitment.deadline is not None
        assert commitment.deadline.end is not None
        end = commitment.deadline.end
        y = 30 + _ROW * row
        css = "overdue" if commitment.overdue else "due"
        label = f"{commitment.deadline.text}（{end.isoformat()}）：{commitment.text[:60]}"
        parts.append(
            f'<g class="deadline" data-deadline="{end.isoformat()}" data-overdue="{str(bool(commitment.overdue)).lower()}">'
            f'<circle class="{css}" cx="{x(end):.1f}" cy="{y}" r="6"><title>{escape(label)}</title></circle>'
            f'<text x="8" y="{y + 4}">{escape((commitment.deadline.text or "")[:8])}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(items: Sequence[tuple[str, Decimal | int]], *, title: str, unit: str = "") -> Markup:
    """Horizontal bars, one per labelled value, with the values written beside them."""
    if not items:
        return Markup('<p class="empty">无数据 No data</p>')
    top = max((float(value) for _, value in items), default=0.0) or 1.0
    left, right = 170, _WIDTH - 90
    height = 30 + _ROW * len(items)
    ident = f"chart-{zlib.crc32(title.encode('utf-8')):08x}"  # stable across runs, unlike hash()
    parts = [
        (
            f'<svg class="chart bars" role="img" aria-labelledby="{ident}" viewBox="0 0 {_WIDTH} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="{ident}">{escape(title)}</title>'
        )
    ]
    for row, (label, value) in enumerate(items):
        y = 10 + _ROW * row
        width = (right - left) * float(value) / top
        parts.append(
            f'<g class="bar-row"><text x="{left - 8}" y="{y + 14}" text-anchor="end">{escape(label[:14])}</text>'
            f'<rect class="bar" x="{left}" y="{y}" width="{width:.1f}" height="{_ROW - 6}"><title>{escape(label)}：'
            f"{escape(str(value))}{escape(unit)}</title></rect>"
            f'<text x="{left + width + 6:.1f}" y="{y + 14}">{escape(str(value))}{escape(unit)}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(items: Sequence[tuple[str, int]], *, title: str) -> Markup:
    """Vertical columns for a series over time (``2024-03``), labels under the first column of each year."""
    if not items:
        return Markup('<p class="empty">无数据 No data</p>')
    top = max(value for _, value in items) or 1
    left, bottom, height = 40, 190, 220
    step = (_WIDTH - left - 10) / len(items)
    ident = f"chart-{zlib.crc32(title.encode('utf-8')):08x}"
    parts = [
        (
            f'<svg class="chart columns" role="img" aria-labelledby="{ident}" viewBox="0 0 {_WIDTH} {height}" '
            f'width="100%" xmlns="http://www.w3.org/2000/svg"><title id="{ident}">{escape(title)}</title>'
        ),
        f'<line class="axis" x1="{left}" y1="{bottom}" x2="{_WIDTH - 10}" y2="{bottom}"/>',
        f'<text x="{left - 6}" y="16" text-anchor="end">{top}</text>',
    ]
    year = ""
    for index, (label, value) in enumerate(items):
        x = left + step * index
        column = (bottom - 20) * value / top
        parts.append(
            f'<rect class="bar" x="{x + 1:.1f}" y="{bottom - column:.1f}" width="{max(1.0, step - 2):.1f}" '
            f'height="{column:.1f}"><title>{escape(label)}：{value}</title></rect>'
        )
        if label[:4] != year:  # a year's label under its first month
            year = label[:4]
            parts.append(f'<text x="{x:.1f}" y="{bottom + 16}">{escape(year)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
