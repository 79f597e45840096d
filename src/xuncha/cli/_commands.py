"""The commands' work on one input each (run in worker processes) and what they write around it."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from xuncha.cli._batchio import INVALID, OK, UNREADABLE, FileResult, Job, describe, read_job, shown
from xuncha.cli._records import (
    COMMITMENT_KEYS,
    CSV_COLUMNS,
    commitment_record,
    csv_lines,
    jsonl_lines,
    period_record,
    quantity_record,
)
from xuncha.errors import XunchaError
from xuncha.models import Notice, Period, Quantity
from xuncha.sources import Document, SourceError

__all__ = [
    "check_summary",
    "check_work",
    "commitments_work",
    "extract_work",
    "parse_work",
    "render_work",
]


def _reference(job: Job) -> dt.date | None:
    value = job.option("reference")
    return value if isinstance(value, dt.date) else None


def _notice(document: Document, reference: dt.date | None) -> Notice:
    """The document as a notice; spans point into the file's own text (the markup, for HTML)."""
    return document.parse_notice(reference=reference)


def _failed(job: Job, error: XunchaError) -> FileResult:
    """The result of an input that could not be read (status 2) or not be read as a notice (status 1)."""
    status = UNREADABLE if isinstance(error, SourceError) else INVALID
    return FileResult(job.source, messages=describe(job.source, error), status=status)


def _render(notice: Notice, form: str) -> str:
    from xuncha.rendering import render_markdown, render_text

    rendered = render_markdown(notice) if form == "markdown" else render_text(notice)
    return rendered if rendered.endswith("\n") else rendered + "\n"


def _notice_dict(notice: Notice) -> dict[str, Any]:
    from xuncha.serialize import to_dict

    return to_dict(notice)


# --------------------------------------------------------------------------- parse


def parse_work(job: Job) -> FileResult:
    """``xuncha parse``: the notice as JSON (one document), a JSON Lines record, Markdown or text."""
    try:
        document = read_job(job)
        notice = _notice(document, _reference(job))
    except XunchaError as error:
        return _failed(job, error)
    form = job.option("format")
    if form == "json":
        output = json.dumps(_notice_dict(notice), ensure_ascii=False, indent=2) + "\n"
    elif form == "jsonl":
        record: dict[str, Any] = {"source": job.source, "notice": _notice_dict(notice)}
        if job.option("with_text"):
            record["text"] = document.original if document.original is not None else document.text
        output = json.dumps(record, ensure_ascii=False) + "\n"
    else:
        output = _render(notice, str(form))
    return FileResult(job.source, output=output)


# --------------------------------------------------------------------------- extract


def _mentions(
    document: Document, kind: str, reference: dt.date | None
) -> tuple[list[Quantity], list[Period]]:
    """The figures and dates of the asked kind, with spans into the file's own text.

    The notice parser is used first: it knows markers (1.) and markup (<sub>) are not figures and resolves
    relative dates against the notice's own date. Text that is not a notice is scanned by the extractors.
    """
    try:
        notice = _notice(document, reference)
    except XunchaError:
        from xuncha.dates import extract_periods
        from xuncha.quantities import extract_quantities

        text = document.text
        quantities = list(extract_quantities(text)) if kind != "dates" else []
        periods = list(extract_periods(text, reference=reference)) if kind != "quantities" else []
        return quantities, periods
    quantities = list(notice.iter_quantities()) if kind != "dates" else []
    periods = list(notice.iter_periods()) if kind != "quantities" else []
    return quantities, periods


def extract_work(job: Job) -> FileResult:
    """``xuncha extract``: one record per figure and date, in document order, each with its source."""
    try:
        document = read_job(job)
    except SourceError as error:
        return _failed(job, error)
    quantities, periods = _mentions(document, str(job.option("kind")), _reference(job))
    far = 1 << 62
    rows = [(q.span, 0, quantity_record(job.source, q)) for q in quantities] + [
        (p.span, 1, period_record(job.source, p)) for p in periods
    ]
    rows.sort(key=lambda row: (row[0].start if row[0] else far, row[0].end if row[0] else far, row[1]))
    records = [record for _, _, record in rows]
    if job.option("format") == "csv":
        return FileResult(job.source, output=csv_lines(records, CSV_COLUMNS))
    return FileResult(job.source, output=jsonl_lines(records))


# --------------------------------------------------------------------------- check


def check_work(job: Job) -> FileResult:
    """``xuncha check``: the diagnostics of one input, as text lines or JSON Lines records."""
    from xuncha.checks import Severity, check

    try:
        document = read_job(job)
    except SourceError as error:
        return _failed(job, error)
    name = shown(job.source)
    lines: list[str] = []
    counts: Counter[str] = Counter()
    status = OK
    for diagnostic in check(document.text, reference=_reference(job)):
        counts[diagnostic.severity.value] += 1
        if diagnostic.severity is Severity.ERROR:
            status = INVALID
        if job.option("format") == "jsonl":
            span = diagnostic.span
            record = {
                "source": job.source,
                "line": diagnostic.line,
                "column": diagnostic.column,
                "code": diagnostic.code,
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "path": diagnostic.path,
                "span": [span.start, span.end] if span is not None else None,
            }
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            where = f"{name}:{diagnostic.location}" if diagnostic.location else name
            lines.append(
                f"{where}: {diagnostic.severity.value}: {diagnostic.message} [{diagnostic.code}] at {diagnostic.path}\n"
            )
    return FileResult(job.source, output="".join(lines), status=status, data=dict(counts))


def check_summary(results: Sequence[FileResult]) -> str:
    """``3 problems (1 error, 2 warnings) in 2 files`` on stderr, or nothing when all is clean."""
    counts: Counter[str] = Counter()
    for result in results:
        if isinstance(result.data, dict):
            counts.update(result.data)
    total = sum(counts.values())
    if not total:
        return ""
    order = ("error", "warning", "info")
    parts = ", ".join(
        f"{counts[name]} {name}{'s' if counts[name] != 1 and name != 'info' else ''}"
        for name in order
        if counts[name]
    )
    files = len(results)
    return f"{total} problem{'s' if total != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}"


# --------------------------------------------------------------------------- commitments


def commitments_work(job: Job) -> FileResult:
    """``xuncha commitments``: every commitment of one notice, with whether it is due by ``--due-before``."""
    from xuncha._commitments import commitments

    try:
        document = read_job(job)
        notice = document.parse_notice()  # relative dates resolve against the notice's own date
    except XunchaError as error:
        return _failed(job, error)
    due_before = job.option("due_before")
    records = []
    for commitment in commitments(notice, reference=_reference(job)):
        if isinstance(due_before, dt.date):
            end = commitment.deadline.end if commitment.deadline else None
            if end is None or end >= due_before:
                continue
        records.append(commitment_record(job.source, commitment))
    if job.option("format") == "csv":
        return FileResult(job.source, output=csv_lines(records, [c for c in COMMITMENT_KEYS if c != "span"]))
    return FileResult(job.source, output=jsonl_lines(records))


# --------------------------------------------------------------------------- render


def render_work(job: Job) -> FileResult:
    """``xuncha render``: a notice saved as JSON (one document) or JSON Lines (one a line) back to text."""
    from xuncha.serialize import from_dict, from_json

    try:
        document = read_job(job)
    except SourceError as error:
        return _failed(job, error)
    form = str(job.option("format"))
    text = document.text
    stripped = text.strip()
    # A JSON Lines file has one document a line; a JSON document may span many lines but starts with {.
    lines = [line for line in stripped.splitlines() if line.strip()]
    several = len(lines) > 1 and all(
        line.lstrip().startswith("{") and line.rstrip().endswith("}") for line in lines
    )
    outputs: list[str] = []
    messages: list[str] = []
    status = OK
    for number, line in enumerate(lines if several else [stripped], start=1):
        try:
            notice: Notice = from_json(line)
        except XunchaError as error:
            # A record written by ``xuncha parse --format jsonl`` wraps the notice with its source.
            try:
                record = json.loads(line)
            except (ValueError, RecursionError):  # from_json has refused the line already, with its reason
                record = None
            if (
                isinstance(record, dict)
                and set(record) >= {"source", "notice"}
                and isinstance(record["notice"], dict)
            ):
                try:
                    notice = from_dict(record["notice"])
                except XunchaError as inner:
                    messages.extend(_at_line(job.source, number, several, inner))
                    status = INVALID
                    continue
            else:
                messages.extend(_at_line(job.source, number, several, error))
                status = INVALID
                continue
        outputs.append(_render(notice, form))
    return FileResult(job.source, output="\n".join(outputs), messages=tuple(messages), status=status)


def _at_line(source: str, number: int, several: bool, error: XunchaError) -> tuple[str, ...]:
    described = describe(source, error)
    if not several:
        return described
    name = shown(source)
    return tuple(line.replace(f"{name}:", f"{name}: line {number}:", 1) for line in described)
