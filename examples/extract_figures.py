"""Print every figure and every deadline of a notice as a table.

    python examples/extract_figures.py                      # the bundled examples/sample_notice.md
    python examples/extract_figures.py path/to/notice.md    # any notice, Markdown or plain text

Each row says where the mention stands (line:column in the file), what was written, and what xuncha read:
for a figure its exact value, unit, qualifier and the same amount in base units (万元 → 元, 亩 → 平方米, shown
rounded and marked ≈ when it does not terminate);
for a deadline the last day it allows.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from xuncha.errors import XunchaError, display_width, line_column
from xuncha.models import Notice, Period, Quantity, Relation, Span
from xuncha.parsing import parse_notice

HEADER = ("where", "kind", "text", "value", "unit", "qualifier", "base / due")


def _where(text: str, span: Span | None) -> str:
    if span is None:
        return "?"
    line, column = line_column(text, span.start)
    return f"{line}:{column}"


def _shown(value: Decimal) -> str:
    """A value for the eye: exact when short, else rounded to two places and marked ≈ (亩 in 平方米)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        return f"≈{value.quantize(Decimal('0.01'))}"
    return f"{value}"


def _figure_row(text: str, quantity: Quantity) -> tuple[str, ...]:
    try:
        base = quantity.base()
    except XunchaError:
        base = None
    value = f"{quantity.value}" if quantity.upper is None else f"{quantity.value}–{quantity.upper}"
    return (
        _where(text, quantity.span),
        "figure",
        quantity.text or "",
        value,
        quantity.unit or "",
        quantity.qualifier_text or "",
        f"{_shown(base.value)} {base.unit or ''}".strip() if base is not None else "",
    )


def _deadline_row(text: str, period: Period) -> tuple[str, ...]:
    due = period.end.isoformat() if period.end is not None else "?"
    return (_where(text, period.span), "deadline", period.text or "", "", "", "", due)


def _deadlines(notice: Notice) -> list[Period]:
    """The deadlines of planned measures, and any other 'no later than' date (年底前, 春节前) in the notice."""
    found = [measure.deadline for measure in notice.iter_measures() if measure.deadline is not None]
    seen = {period.span for period in found}
    found += [p for p in notice.iter_periods() if p.relation is Relation.BEFORE and p.span not in seen]
    return found


def table(rows: Sequence[tuple[str, ...]]) -> str:
    """Rows as aligned columns; CJK characters count two columns wide."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    path = Path(argv[0]) if argv else Path(__file__).with_name("sample_notice.md")
    text = path.read_text(encoding="utf-8")
    notice = parse_notice(text)
    mentions: list[tuple[int, tuple[str, ...]]] = []
    for quantity in notice.iter_quantities():
        mentions.append((quantity.span.start if quantity.span else -1, _figure_row(text, quantity)))
    for period in _deadlines(notice):
        mentions.append((period.span.start if period.span else -1, _deadline_row(text, period)))
    mentions.sort(key=lambda mention: mention[0])
    try:
        print(table([HEADER, *(row for _, row in mentions)]), flush=True)
    except BrokenPipeError:
        # The reader went away (… | head): stop quietly with the status a shell gives a closed pipe, and point
        # stdout at /dev/null so that Python's flush at exit raises nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
