"""The ``xuncha`` command: a thin command line over the library, for one notice or a hundred thousand.

Every command that reads notices takes files, folders (walked recursively; ``--glob`` picks the files) and ``-``
for standard input; text in UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark or
GB18030/GBK (``--encoding`` forces one), HTML, PDF (``xuncha[pdf]``) and Word .docx (``xuncha[docx]``). Files
are spread over ``--jobs`` worker processes (default: every usable core) and written in input order; every
record carries its source. Data goes to stdout (or ``-o``), messages to stderr as ``FILE:LINE:COL: message``.

Exit status: 0 when all went well; 1 for invalid data (a notice that does not parse, a JSON document that is not
a notice, errors found by ``check``); 2 for a usage error or an input that cannot be read. With several inputs
each is handled and the worst status is returned. A closed pipe (``xuncha extract … | head``) ends the command
quietly with status 141, as a shell reports a command stopped by SIGPIPE.

>>> main(["check", "no-such-notice.md"])  # "no-such-notice.md: No such file or directory" goes to stderr
2
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from xuncha import __version__
from xuncha.cli._batchio import BROKEN_PIPE, OK, UNREADABLE, expand, run_files, silence
from xuncha.cli._records import COMMITMENT_KEYS, CSV_COLUMNS, PERIOD_KEYS, QUANTITY_KEYS, csv_lines

__all__ = ["COMMITMENT_KEYS", "CSV_COLUMNS", "PERIOD_KEYS", "QUANTITY_KEYS", "main"]

USAGE = UNREADABLE

_EPILOG = """\
examples:
  xuncha parse examples/sample_notice.md             the notice as JSON
  xuncha parse notices/ --format jsonl -o all.jsonl  every notice in a folder, one record a line
  xuncha extract notices/ --glob '*.html' --format csv --bom -o figures.csv
  xuncha check notice.pdf                            problems found, exit 1 if there are errors
  xuncha commitments notices/ --due-before 2025-01-01
  xuncha render all.jsonl --format text              notices saved as JSON back to text
  xuncha export notices/ -o dataset/                 tables as Parquet (xuncha[arrow]) or --format csv
  xuncha report notices/ -o site/                    HTML pages (xuncha[report])
  xuncha schema > notice.schema.json                 the JSON Schema of a notice

exit status: 0 ok, 1 invalid data or errors found by check, 2 usage error or unreadable input,
141 when the reader of the output went away
"""


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
        silence(sys.stdout)
        return BROKEN_PIPE
    except KeyboardInterrupt:
        print("xuncha: interrupted", file=sys.stderr)
        return 130


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"--jobs must be at least 1, not {value}")
    return value


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

    def inputs(
        sub: argparse.ArgumentParser, *, output: str = "the output file (default: standard output)"
    ) -> None:
        sub.add_argument(
            "inputs",
            nargs="+",
            metavar="INPUT",
            help="a notice file (text, Markdown, HTML, PDF, .docx), a folder of them, or - for stdin",
        )
        sub.add_argument(
            "--glob",
            action="append",
            default=[],
            metavar="PATTERN",
            help="in folders, read the files matching PATTERN (repeatable; default: every readable suffix)",
        )
        sub.add_argument("--encoding", metavar="NAME", help="decode text files as NAME (default: detected)")
        sub.add_argument(
            "--jobs", "-j", type=_jobs, metavar="N", help="worker processes (default: every usable core)"
        )
        sub.add_argument("--output", "-o", metavar="PATH", help=output)

    def reference(sub: argparse.ArgumentParser, meaning: str) -> None:
        sub.add_argument("--reference", type=_iso_date, metavar="YYYY-MM-DD", help=meaning)

    resolve = "the date relative dates (今年, 年底前) refer to; default: the notice's own date, else none"
    parse = add("parse", "read notices into the xuncha model and print them", _run_parse)
    inputs(parse)
    parse.add_argument(
        "--format",
        choices=("json", "jsonl", "markdown", "text"),
        default="json",
        help="json (default: one document), jsonl (one record a line, any number), markdown or text",
    )
    parse.add_argument(
        "--with-text", action="store_true", help="jsonl: add the text the spans point into (PDF, Word, HTML)"
    )
    reference(parse, resolve)

    extract = add("extract", "print every figure and date of notices, one record per mention", _run_extract)
    inputs(extract)
    extract.add_argument("--kind", choices=("quantities", "dates", "all"), default="all", help="default: all")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="default: jsonl")
    extract.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte-order mark (Excel)")
    reference(extract, resolve)

    check = add("check", "report numbering, date, figure and contact problems in notices", _run_check)
    inputs(check)
    check.add_argument("--format", choices=("text", "jsonl"), default="text", help="default: text")
    reference(check, resolve)

    commitments = add(
        "commitments",
        "list what notices promise: planned and ongoing measures and their deadlines",
        _run_commitments,
    )
    inputs(commitments)
    commitments.add_argument(
        "--due-before", type=_iso_date, metavar="YYYY-MM-DD", help="only deadlines before"
    )
    commitments.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="default: jsonl")
    commitments.add_argument("--bom", action="store_true", help="csv: start with a UTF-8 byte-order mark")
    reference(commitments, "the day deadlines are judged overdue against (default: each notice's own date)")

    render = add("render", "render notices saved as JSON or JSON Lines as Markdown or text", _run_render)
    inputs(render)
    render.add_argument(
        "--format", choices=("markdown", "text"), default="markdown", help="default: markdown"
    )

    export = add("export", "write notices as a dataset folder of tables (Parquet or CSV)", _run_export)
    inputs(export, output="the dataset folder to write (required)")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="default: parquet")
    reference(export, "the day commitments are judged overdue against (default: each notice's own date)")

    report = add("report", "write HTML reports: a page for one notice, a site for several", _run_report)
    inputs(report, output="the page (one notice) or the folder (several) to write (required)")
    reference(report, "the day deadlines are judged overdue against (default: each notice's own date)")

    schema = add("schema", "print the JSON Schema of a notice", _run_schema)
    schema.add_argument("--output", "-o", metavar="PATH", help="the output file (default: standard output)")
    return parser


# --------------------------------------------------------------------------- helpers


@contextlib.contextmanager
def _output(path: str | None, *, bom: bool = False) -> Iterator[IO[str]]:
    """Standard output, or the file at ``path``, written as a stream (a failed run leaves what it wrote)."""
    if path is None or path == "-":
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as stream:
        yield stream


def _sources(args: argparse.Namespace) -> list[str] | None:
    found = expand(args.inputs, args.glob)
    if not found:
        print("xuncha: no input files (the folders hold none to read; see --glob)", file=sys.stderr)
        return None
    return found


def _run(
    args: argparse.Namespace,
    work: Callable[..., Any],
    options: dict[str, object],
    *,
    bom: bool = False,
    header: str = "",
    summary: Callable[..., str] | None = None,
    sources: list[str] | None = None,
) -> int:
    sources = sources if sources is not None else _sources(args)
    if sources is None:
        return USAGE
    try:
        with _output(args.output, bom=bom) as out:
            return run_files(
                work,
                sources,
                encoding=args.encoding,
                jobs=args.jobs,
                options=options,
                out=out,
                header=header,
                summary=summary,
            )
    except OSError as error:
        print(f"xuncha: {args.output}: {error.strerror or error}", file=sys.stderr)
        return USAGE


# --------------------------------------------------------------------------- commands


def _run_parse(args: argparse.Namespace) -> int:
    from xuncha.cli._commands import parse_work

    sources = _sources(args)
    if sources is None:
        return USAGE
    if args.format == "json" and len(sources) > 1:
        print(
            f"xuncha: --format json writes one document, and {len(sources)} inputs were given; "
            "use --format jsonl (one record a line)",
            file=sys.stderr,
        )
        return USAGE
    options = {"format": args.format, "reference": args.reference, "with_text": args.with_text}
    return _run(args, parse_work, options, sources=sources)


def _run_extract(args: argparse.Namespace) -> int:
    from xuncha.cli._commands import extract_work

    header = csv_lines([], CSV_COLUMNS, header=True) if args.format == "csv" else ""
    options = {"format": args.format, "kind": args.kind, "reference": args.reference}
    return _run(args, extract_work, options, bom=args.bom, header=header)


def _run_check(args: argparse.Namespace) -> int:
    from xuncha.cli._commands import check_summary, check_work

    options = {"format": args.format, "reference": args.reference}
    return _run(args, check_work, options, summary=check_summary)


def _run_commitments(args: argparse.Namespace) -> int:
    from xuncha.cli._commands import commitments_work

    columns = [c for c in COMMITMENT_KEYS if c != "span"]
    header = csv_lines([], columns, header=True) if args.format == "csv" else ""
    options = {"format": args.format, "reference": args.reference, "due_before": args.due_before}
    return _run(args, commitments_work, options, bom=args.bom, header=header)


def _run_render(args: argparse.Namespace) -> int:
    from xuncha.cli._commands import render_work

    return _run(args, render_work, {"format": args.format})


def _required_output(args: argparse.Namespace, what: str) -> str | None:
    if not args.output:
        print(
            f"xuncha: {args.command.__name__.removeprefix('_run_')} needs -o/--output {what}", file=sys.stderr
        )
        return None
    return str(args.output)


def _run_export(args: argparse.Namespace) -> int:
    from xuncha.export import export

    out = _required_output(args, "(the dataset folder)")
    sources = _sources(args) if out else None
    if out is None or sources is None:
        return USAGE
    if "-" in sources:
        print("xuncha: export reads files and folders, not stdin", file=sys.stderr)
        return USAGE
    try:
        summary = export(
            sources, out, format=args.format, jobs=args.jobs, encoding=args.encoding, reference=args.reference
        )
    except ImportError as error:
        print(f"xuncha: {error}", file=sys.stderr)
        return USAGE
    for message in summary.errors:
        print(message, file=sys.stderr)
    rows = ", ".join(f"{count} {name}" for name, count in summary.rows.items())
    print(f"{summary.notices} notices exported to {out} ({rows}); {summary.failed} failed", file=sys.stderr)
    return OK if not summary.failed else UNREADABLE


def _run_report(args: argparse.Namespace) -> int:
    out = _required_output(args, "(an .html file for one notice, a folder for several)")
    sources = _sources(args) if out else None
    if out is None or sources is None:
        return USAGE
    try:
        from xuncha.report import corpus_report, notice_report
    except ImportError as error:  # pragma: no cover - the extra is missing
        print(f"xuncha: {error}", file=sys.stderr)
        return USAGE
    if len(sources) == 1 and not Path(args.inputs[0]).is_dir() and out.endswith((".html", ".htm")):
        from xuncha.cli._batchio import Job, describe, read_job
        from xuncha.errors import XunchaError

        job = Job(sources[0], None, args.encoding)
        try:
            document = read_job(job)
            page = notice_report(document.text, source=sources[0], reference=args.reference)
        except ImportError as error:
            print(f"xuncha: {error}", file=sys.stderr)
            return USAGE
        except XunchaError as error:
            for line in describe(sources[0], error):
                print(line, file=sys.stderr)
            return 1
        Path(out).write_text(page, encoding="utf-8")
        return OK
    errors = corpus_report(
        [s for s in sources if s != "-"],
        out,
        reference=args.reference,
        jobs=args.jobs,
        encoding=args.encoding,
    )
    for message in errors:
        print(message, file=sys.stderr)
    print(f"{len(sources) - len(errors)} notices in {out}/index.html; {len(errors)} failed", file=sys.stderr)
    return OK if not errors else UNREADABLE


def _run_schema(args: argparse.Namespace) -> int:
    from xuncha.schema import json_schema

    with _output(args.output) as out:
        out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return OK
