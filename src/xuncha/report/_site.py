"""A corpus site: one page per notice (built in worker processes) and an index of tables and charts."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from xuncha.errors import XunchaError

__all__ = ["SiteEntry", "build_one", "write_index"]

# Measures that recover money say so: 追回, 追缴, 清退, 收回, 挽回 (losses retrieved).
_RECOVERY = re.compile(r"追回|追缴|清退|收回|挽回")
_SORTER = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th button").forEach(function (button, column) {
    button.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var ascending = button.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th button").forEach(function (b) { b.removeAttribute("aria-sort"); });
      button.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh-CN");
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


@attrs.frozen
class SiteEntry:
    """What the index needs of one notice (or the error that kept it out)."""

    source: str
    page: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    findings: int = 0
    figures: int = 0
    diagnostics: int = 0
    completed: Decimal | None = None
    total: Decimal | None = None
    recovered: Decimal = Decimal(0)
    deadlines: tuple[tuple[dt.date, bool], ...] = ()
    error: str | None = None


def _page_name(source: str) -> str:
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", Path(source).stem)[:40] or "notice"
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem}-{digest}.html"


def build_one(path: str, *, out: str, reference: dt.date | None, encoding: str | None) -> SiteEntry:
    """Write the page of the notice in ``path`` and return its index entry; errors are returned, not raised."""
    from xuncha.report._page import read_view, render
    from xuncha.sources import read_document

    try:
        document = read_document(path, encoding=encoding)
        view = read_view(document.text, reference=reference)
        page = render(view, source=path, back="../index.html")
    except XunchaError as error:
        message = str(error)
        return SiteEntry(path, error=message if message.startswith(path) else f"{path}: {message}")
    name = _page_name(path)
    (Path(out) / "notices" / name).write_text(page, encoding="utf-8")
    notice = view.notice
    statements = [p for p, _ in view.progress if p.subject == "问题" and p.total and p.completed]
    recovered = Decimal(0)
    for measure in notice.iter_measures():
        if _RECOVERY.search(measure.text):
            bases = (quantity.base() for quantity in measure.quantities)  # each figure converted once
            recovered += sum((base.value for base in bases if base.unit == "元"), Decimal(0))
    deadlines = tuple(
        (c.deadline.end, bool(c.overdue))
        for c in view.commitments
        if c.deadline is not None and c.deadline.end is not None
    )
    first = statements[0] if statements else None
    return SiteEntry(
        source=path,
        page=f"notices/{name}",
        title=notice.title,
        issuer=notice.issuer,
        date=notice.date,
        findings=sum(1 for _ in notice.iter_findings()),
        figures=sum(1 for _ in notice.iter_quantities()),
        diagnostics=len(view.diagnostics),
        completed=first.completed.value if first and first.completed else None,
        total=first.total.value if first and first.total else None,
        recovered=recovered,
        deadlines=deadlines,
    )


def _months(days: Sequence[dt.date]) -> list[tuple[str, int]]:
    """Counts per month from the first to the last, empty months included, so that time runs evenly."""
    if not days:
        return []
    counts = Counter((day.year, day.month) for day in days)
    (year, month), last = min(counts), max(counts)
    series = []
    while (year, month) <= last:
        series.append((f"{year}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series


def write_index(folder: Path, entries: Sequence[SiteEntry], environment: Any, css: str) -> None:
    """The index page: the notices as a sortable table, and charts of the corpus."""
    from xuncha import __version__
    from xuncha.report._charts import bar_chart, column_chart

    good = [entry for entry in entries if entry.error is None]
    by_issuer: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    recovered: dict[str, Decimal] = defaultdict(Decimal)
    for entry in good:
        issuer = entry.issuer or "（未标明）"
        if entry.total and entry.completed is not None:
            by_issuer[issuer][0] += entry.completed
            by_issuer[issuer][1] += entry.total
        recovered[issuer] += entry.recovered
    rates = sorted(
        (
            (issuer, (100 * done / total).quantize(Decimal("0.1")))
            for issuer, (done, total) in by_issuer.items()
        ),
        key=lambda item: item[1],
    )
    money = sorted(
        ((issuer, value) for issuer, value in recovered.items() if value), key=lambda item: -item[1]
    )
    charts = [
        (
            "每月通报数 Notices per month",
            column_chart(_months([e.date for e in good if e.date]), title="notices"),
        ),
        (
            "每月到期承诺 Commitments due per month",
            column_chart(_months([day for e in good for day, _ in e.deadlines]), title="commitments"),
        ),
        ("整改完成率最低的单位 Lowest completion rates", bar_chart(rates[:20], title="rates", unit="%")),
        ("追回资金最多的单位 Most money recovered", bar_chart(money[:20], title="money", unit="元")),
    ]
    page = environment.get_template("index.html").render(
        version=__version__,
        css=css,
        sorter=_SORTER,
        entries=good,
        errors=[entry.error for entry in entries if entry.error],
        charts=charts,
        overdue=sum(1 for e in good for _, late in e.deadlines if late),
    )
    (folder / "index.html").write_text(page, encoding="utf-8")
