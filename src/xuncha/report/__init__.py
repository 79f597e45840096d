"""Reports a person can look at: one notice, or a whole corpus, as self-contained HTML pages.

:func:`notice_report` gives one page for a notice: its outline, its text with every figure and date highlighted
at its exact span (the value read shows on hover and on keyboard focus), the checker's diagnostics at their
places, the progress figures and a timeline of the commitments' deadlines. :func:`corpus_report` writes a site:
an index with sortable tables and charts, and a page per notice.

Pages are self-contained (CSS and SVG inline, no script but the index's table sorter, nothing fetched from a
network) and machine-readable: each figure is a ``mark`` with ``data-kind="quantity"`` and its value, unit and
qualifier in data attributes; each date ``data-kind="period"`` with its start, end and relation. Templates are
Jinja2 with autoescaping, so a title holding ``<script>`` shows as text. Needs ``pip install "xuncha[report]"``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from xuncha.errors import require_reference, require_text

__all__ = ["corpus_report", "notice_report"]


def environment() -> Any:
    """The Jinja2 environment of the report templates, autoescaping on."""
    try:
        import jinja2
    except ImportError:
        raise ImportError('reports need Jinja2: pip install "xuncha[report]"') from None
    return jinja2.Environment(
        loader=jinja2.PackageLoader("xuncha.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def css() -> str:
    """The pages' style sheet (inlined in every page)."""
    return resources.files("xuncha.report").joinpath("templates/style.css").read_text(encoding="utf-8")


def notice_report(
    text: str, *, source: str = "-", reference: dt.date | None = None, back: str | None = None
) -> str:
    """One self-contained HTML page for the notice in ``text`` (see the module docs).

    ``reference`` is the date deadlines are judged against (default: the notice's date); ``back`` a link to the
    corpus index, for pages of a site.

    >>> page = notice_report("中共某县委关于巡察整改情况的通报\\n\\n一、总体情况\\n\\n已追回资金12万元。")
    >>> '<mark id="q1" data-kind="quantity" data-value="12" data-unit="万元"' in page
    True
    """
    from xuncha.report._page import read_view, render

    view = read_view(require_text(text), reference=require_reference(reference))
    return render(view, source=source, back=back)


def corpus_report(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    reference: dt.date | None = None,
    jobs: int | None = None,
    encoding: str | None = None,
) -> list[str]:
    """Write a site for the notices in ``paths`` into the folder ``out``: ``index.html`` and a page per notice
    in ``notices/``. Returns the messages of the files that could not be read (they are listed on the index)."""
    from functools import partial

    from xuncha._batch import run_in_order
    from xuncha.report._site import build_one, write_index

    reference = require_reference(reference)
    folder = Path(out)
    (folder / "notices").mkdir(parents=True, exist_ok=True)
    work = partial(build_one, out=str(folder), reference=reference, encoding=encoding)
    results = list(run_in_order(work, [os.fspath(path) for path in paths], jobs=jobs))
    write_index(folder, results, environment(), css())
    return [result.error for result in results if result.error]
