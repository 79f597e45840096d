"""The ``xuncha`` command: a thin command line over parse_notice, the extractors, check, the renderers and the schema.

Data goes to stdout, messages to stderr as ``FILE:LINE:COL: message``. Exit status: 0 when all went well, 1 for
invalid data (a notice that does not parse, a JSON document that is not a notice, errors found by ``check``),
2 for a usage error or an input that cannot be read (missing, a directory, not UTF-8).

>>> main(["check", "no-such-notice.md"])  # "no-such-notice.md: no such file" goes to stderr
2
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from xuncha import __version__
from xuncha.errors import TextError, ValidationError, XunchaError, line_column

if (
    TYPE_CHECKING
):  # the models are loaded by the command that needs them, so that --help and errors start at once
    from xuncha.models import Notice, Period, Quantity

__all__ = ["main"]

OK, INVALID, USAGE = 0, 1, 2

#: The keys of one line of ``xuncha extract`` output, in order, for each kind of mention.
QUANTITY_KEYS = (
    "kind",
    "text",
    "span",
    "value",
    "unit",
    "qualifier",
    "qualifier_text",
    "base_value",
    "base_unit",
)
PERIOD_KEYS = ("kind", "text", "span", "start", "end", "relation", "precision")
#: The CSV columns: every key of either kind, in that order, with the span split into its two ends.
CSV_COLUMNS = tuple(
    dict.fromkeys(
        column
        for key in (*QUANTITY_KEYS, *PERIOD_KEYS)
        for column in (("span_start", "span_end") if key == "span" else (key,))
    )
)

#: A run shows a progress bar (on a terminal only) once it has taken this many seconds.
PROGRESS_AFTER_SECONDS = 0.5

_EPILOG = """\
examples:
  xuncha parse examples/sample_notice.md             the notice as JSON
  xuncha parse notice.md --format markdown           the notice in canonical Markdown
  xuncha extract notice.md --kind quantities         every figure, one JSON object a line
  cat notice.txt | xuncha check -                    problems found, exit 1 if there are errors
  xuncha render notice.json --format text            a JSON notice back to text
  xuncha schema > notice.schema.json                 the JSON Schema of a notice

exit status: 0 ok, 1 invalid data or errors found by check, 2 usage error or unreadable input
"""


class _Unreadable(Exception):
    """An input that cannot be read; the message is ready for stderr."""


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help (0) and on usage errors (2)
        return stop.code if isinstance(stop.code, int) else USAGE
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except BrokenPipeError:
        # The reader went away (xuncha extract … | head): stop quietly, as other command-line tools do.
        _silence_stdout()
        return INVALID
    except KeyboardInterrupt:
        _message("xuncha: interrupted")
        return 130


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xuncha",
        description="Typed data from Chinese inspection-rectification notices (巡视/巡察整改情况的通报), and back.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"xuncha {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    def add(name: str, help_text: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(command=run)
        return sub

    def files(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "files", nargs="+", metavar="FILE", help="a notice as Markdown or plain text; - for stdin"
        )

    def reference(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--reference",
            type=_iso_date,
            metavar="YYYY-MM-DD",
            help="the date relative dates (今年, 年底前) refer to; default: the notice's own date, else none",
        )

    parse = add("parse", "read notices into the xuncha model and print them", _run_parse)
    files(parse)
    parse.add_argument(
        "--format",
        choices=("json", "markdown", "text"),
        default="json",
        help="json (default; one document a line for several files), markdown or text",
    )
    reference(parse)

    extract = add("extract", "print every figure and date of notices, one line per mention", _run_extract)
    files(extract)
    extract.add_argument("--kind", choices=("quantities", "dates", "all"), default="all", help="default: all")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="default: jsonl")
    reference(extract)

    check = add("check", "report numbering, date, figure and contact problems in notices", _run_check)
    files(check)
    check.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    reference(check)

    render = add("render", "render a notice saved as JSON as Markdown or text", _run_render)
    render.add_argument("file", metavar="FILE.json", help="a notice as written by xuncha parse; - for stdin")
    render.add_argument(
        "--format", choices=("markdown", "text"), default="markdown", help="default: markdown"
    )

    add("schema", "print the JSON Schema of a notice", _run_schema)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


# --------------------------------------------------------------------------- input and messages


def _display_name(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _read(name: str) -> str:
    """The text of a file (or of stdin for ``-``), decoded as UTF-8, its newlines left as they are.

    Spans in the output index this text; a leading byte-order mark is dropped.
    """
    shown = _display_name(name)
    try:
        if name == "-":
            stream = sys.stdin
            data: bytes | str = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        raise _Unreadable(f"{shown}: no such file") from None
    except IsADirectoryError:
        raise _Unreadable(f"{shown}: is a directory, not a file") from None
    except PermissionError:
        raise _Unreadable(f"{shown}: permission denied") from None
    except OSError as error:
        raise _Unreadable(f"{shown}: cannot read: {error.strerror or error}") from None
    if isinstance(data, str):
        text = data
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            good = data[: error.start].decode("utf-8")
            line, column = line_column(good, len(good))
            bad = data[error.start : error.start + 1].hex()
            raise _Unreadable(
                f"{shown}:{line}:{column}: not UTF-8 text: byte 0x{bad} cannot be decoded"
            ) from None
    return text.removeprefix("\ufeff")


def _message(text: str) -> None:
    _Progress.current_clear()
    print(text, file=sys.stderr)


def _report(name: str, error: XunchaError) -> None:
    """An error about an input, as ``FILE:LINE:COL: message`` with the offending line and a caret."""
    shown = _display_name(name)
    if isinstance(error, TextError):
        _message(f"{shown}:{error.line}:{error.column}: {error.message}: {error.excerpt!r}")
        _message(_indent(error.caret()))
    elif isinstance(error, ValidationError):
        for problem in error.errors:
            _message(f"{shown}: {problem.path}: {problem.message}")
    else:
        _message(f"{shown}: {error}")


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.splitlines())


class _Progress:
    """A one-line progress bar on stderr for long runs over many files; silent unless stderr is a terminal."""

    _active: _Progress | None = None

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.shown = False
        stream = sys.stderr
        self.enabled = total > 1 and hasattr(stream, "isatty") and stream.isatty()
        _Progress._active = self

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled or time.monotonic() - self.started < PROGRESS_AFTER_SECONDS:
            return
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {_display_name(name)[-40:]}\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False

    def close(self) -> None:
        self.clear()
        _Progress._active = None

    @classmethod
    def current_clear(cls) -> None:
        if cls._active is not None:
            cls._active.clear()


def _each_text(names: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """Each input's name and text (None when unreadable: the message is already out), with a progress bar."""
    progress = _Progress(len(names))
    try:
        for name in names:
            try:
                text: str | None = _read(name)
            except _Unreadable as error:
                _message(str(error))
                text = None
            yield name, text
            progress.step(name)
    finally:
        progress.close()


def _write(text: str) -> None:
    _Progress.current_clear()
    sys.stdout.write(text)


# --------------------------------------------------------------------------- parse


def _parse(text: str, reference: dt.date | None) -> Notice:
    from xuncha.parsing import parse_notice

    return parse_notice(text, reference=reference)


def _notice_json(notice: Notice, *, indent: int | None) -> str:
    from xuncha.serialize import to_dict

    return json.dumps(to_dict(notice), ensure_ascii=False, indent=indent)


def _render(notice: Notice, form: str) -> str:
    from xuncha.rendering import render_markdown, render_text

    rendered = render_markdown(notice) if form == "markdown" else render_text(notice)
    return rendered if rendered.endswith("\n") else rendered + "\n"


def _run_parse(args: argparse.Namespace) -> int:
    status = OK
    several = len(args.files) > 1
    first = True
    for name, text in _each_text(args.files):
        if text is None:
            status = USAGE
            continue
        try:
            notice = _parse(text, args.reference)
        except XunchaError as error:
            _report(name, error)
            status = max(status, INVALID)
            continue
        if args.format == "json":
            _write(_notice_json(notice, indent=None if several else 2) + "\n")
        else:
            _write(("" if first else "\n") + _render(notice, args.format))
        first = False
    return status


# --------------------------------------------------------------------------- extract


def _plain(value: Decimal | None) -> str | None:
    """A Decimal as a plain string (no exponent), as written: 500, 2436.99, 0.945."""
    if value is None:
        return None
    return format(value, "f")


def _quantity_row(quantity: Quantity) -> dict[str, Any]:
    base_value = base_unit = None
    try:
        base = quantity.base()
    except XunchaError:
        base = None
    if base is not None:
        base_value, base_unit = _plain(base.value), base.unit
    return {
        "kind": "quantity",
        "text": quantity.text,
        "span": [quantity.span.start, quantity.span.end] if quantity.span is not None else None,
        "value": _plain(quantity.value),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier.value if quantity.qualifier is not None else None,
        "qualifier_text": quantity.qualifier_text,
        "base_value": base_value,
        "base_unit": base_unit,
    }


def _period_row(period: Period) -> dict[str, Any]:
    return {
        "kind": "period",
        "text": period.text,
        "span": [period.span.start, period.span.end] if period.span is not None else None,
        "start": period.start.isoformat() if period.start is not None else None,
        "end": period.end.isoformat() if period.end is not None else None,
        "relation": period.relation.value,
        "precision": period.precision.value,
    }


def _mentions(text: str, kind: str, reference: dt.date | None) -> list[dict[str, Any]]:
    """Every mention of the asked kind, in document order, with spans into ``text``.

    The notice parser is used first: it knows markers (1.) and markup (<sub>) are not figures and resolves
    relative dates against the notice's own date. Text that is not a notice is scanned by the extractors.
    """
    quantities: list[Quantity]
    periods: list[Period]
    try:
        notice = _parse(text, reference)
    except XunchaError:
        from xuncha.dates import extract_periods
        from xuncha.quantities import extract_quantities

        quantities = list(extract_quantities(text)) if kind != "dates" else []
        periods = list(extract_periods(text, reference=reference)) if kind != "quantities" else []
    else:
        quantities = list(notice.iter_quantities()) if kind != "dates" else []
        periods = list(notice.iter_periods()) if kind != "quantities" else []
    rows = [(q.span, 0, _quantity_row(q)) for q in quantities] + [
        (p.span, 1, _period_row(p)) for p in periods
    ]
    far = len(text) + 1
    rows.sort(key=lambda row: (row[0].start if row[0] else far, row[0].end if row[0] else far, row[1]))
    return [row for _, _, row in rows]


def _csv_cell(value: Any) -> str:
    return "" if value is None else str(value)


def _run_extract(args: argparse.Namespace) -> int:
    status = OK
    if args.format == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(CSV_COLUMNS)
        _write(buffer.getvalue())
    for name, text in _each_text(args.files):
        if text is None:
            status = USAGE
            continue
        try:
            rows = _mentions(text, args.kind, args.reference)
        except XunchaError as error:
            _report(name, error)
            status = max(status, INVALID)
            continue
        buffer = io.StringIO()
        if args.format == "jsonl":
            for row in rows:
                buffer.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.writer(buffer, lineterminator="\n")
            for row in rows:
                span = row["span"] or [None, None]
                flat = {**row, "span_start": span[0], "span_end": span[1]}
                writer.writerow([_csv_cell(flat.get(column)) for column in CSV_COLUMNS])
        _write(buffer.getvalue())
    return status


# --------------------------------------------------------------------------- check


def _run_check(args: argparse.Namespace) -> int:
    from xuncha.checks import Severity, check

    status = OK
    found: list[dict[str, Any]] = []
    counts = dict.fromkeys(Severity, 0)
    for name, text in _each_text(args.files):
        if text is None:
            status = USAGE
            continue
        shown = _display_name(name)
        for diagnostic in check(text, reference=args.reference):
            counts[diagnostic.severity] += 1
            if diagnostic.severity is Severity.ERROR:
                status = max(status, INVALID)
            if args.format == "json":
                span = diagnostic.span
                found.append(
                    {
                        "file": shown,
                        "line": diagnostic.line,
                        "column": diagnostic.column,
                        "code": diagnostic.code,
                        "severity": diagnostic.severity.value,
                        "message": diagnostic.message,
                        "path": diagnostic.path,
                        "span": [span.start, span.end] if span is not None else None,
                    }
                )
            else:
                where = f"{shown}:{diagnostic.location}" if diagnostic.location else shown
                _write(
                    f"{where}: {diagnostic.severity.value}: {diagnostic.message} [{diagnostic.code}] "
                    f"at {diagnostic.path}\n"
                )
    if args.format == "json":
        # One diagnostic a line inside the array: valid JSON that still reads well and greps well.
        lines = ",\n".join(f"  {json.dumps(item, ensure_ascii=False)}" for item in found)
        _write(f"[\n{lines}\n]\n" if found else "[]\n")
    total = sum(counts.values())
    if total:
        parts = ", ".join(
            f"{count} {severity.value}{'s' if count != 1 and severity is not Severity.INFO else ''}"
            for severity, count in counts.items()
            if count
        )
        files = len(args.files)
        _message(
            f"{total} problem{'s' if total != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}"
        )
    return status


# --------------------------------------------------------------------------- render and schema


def _run_render(args: argparse.Namespace) -> int:
    from xuncha.serialize import from_json

    name = args.file
    try:
        text = _read(name)
    except _Unreadable as error:
        _message(str(error))
        return USAGE
    # from_json, not json.loads: one reader for every JSON input, so that the command refuses exactly what the
    # library refuses (repeated keys, lone surrogates, hostile nesting, over-long integers), each at its place.
    try:
        notice: Notice = from_json(text)
    except XunchaError as error:
        _report(name, error)
        return INVALID
    _write(_render(notice, args.format))
    return OK


def _run_schema(args: argparse.Namespace) -> int:
    from xuncha.schema import json_schema

    _write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return OK
