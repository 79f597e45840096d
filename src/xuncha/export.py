"""Export notices as a dataset folder of tables (Parquet or CSV), on one machine or on Dask.

The files are split into partitions of consecutive inputs; each partition is parsed with no shared state and
written as one part file per table (``OUT/findings/part-00003.parquet``). The same inputs and partition size give
the same files, row for row, whether the partitions run in this process, in a process pool or on a Dask cluster,
and re-running one partition rewrites exactly its own files.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> summary = export(["examples/sample_notice.md"], out, format="csv", jobs=1)
>>> summary.notices, summary.failed, sorted(p.name for p in (out / "findings").iterdir())
(1, 0, ['part-00000.csv'])
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from xuncha.errors import XunchaError, require_reference
from xuncha.tables import COLUMNS, TABLES, Row, csv_cell, notice_tables, to_arrow

__all__ = ["ExportSummary", "export", "export_partition", "export_with_dask", "partitions", "read_rows"]

ExportFormat = Literal["parquet", "csv"]
#: Inputs per partition: large enough to make part files worth opening, small enough to spread over cores.
PARTITION_SIZE: Final = 200


@attrs.frozen
class ExportSummary:
    """What an export wrote: notices exported, inputs that failed (with their messages), rows per table."""

    notices: int
    failed: int
    errors: tuple[str, ...]
    rows: dict[str, int]


def partitions(paths: Sequence[str], size: int = PARTITION_SIZE) -> list[tuple[int, tuple[str, ...]]]:
    """``paths`` cut into numbered partitions of ``size`` consecutive inputs.

    >>> partitions(["a", "b", "c"], size=2)
    [(0, ('a', 'b')), (1, ('c',))]
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    return [
        (index, tuple(paths[start : start + size])) for index, start in enumerate(range(0, len(paths), size))
    ]


def read_rows(
    path: str, *, encoding: str | None = None, reference: dt.date | None = None
) -> dict[str, list[Row]]:
    """The rows of every table for the notice in the file ``path`` (read by :func:`xuncha.sources.read_document`,
    parsed, and checked); raises :class:`xuncha.XunchaError` when the file cannot be read or parsed.

    ``reference`` is the day commitments are judged overdue against (default: each notice's own date).
    """
    from xuncha.checks import _check_parsed
    from xuncha.parsing import parse_notice
    from xuncha.sources import read_document

    document = read_document(path, encoding=encoding)
    parsed = parse_notice(document.text)  # relative dates resolve against the notice's own date
    diagnostics = _check_parsed(parsed, document.text)  # the text is parsed once
    return notice_tables(
        document._in_original(parsed),
        source=path,
        text=document.text,
        diagnostics=diagnostics,
        reference=reference,
    )


def export_partition(
    partition: tuple[int, tuple[str, ...]],
    out: str,
    format: ExportFormat = "parquet",
    encoding: str | None = None,
    reference: dt.date | None = None,
) -> ExportSummary:
    """Parse one partition's files and write its part file of every table; errors are counted, not raised."""
    index, paths = partition
    merged: dict[str, list[Row]] = {name: [] for name in TABLES}
    errors: list[str] = []
    for path in paths:
        try:
            rows = read_rows(path, encoding=encoding, reference=reference)
        except XunchaError as error:
            errors.append(f"{path}: {error}" if not str(error).startswith(path) else str(error))
            continue
        for name in TABLES:
            merged[name].extend(rows[name])
    _write_part(merged, Path(out), index, format)
    return ExportSummary(
        notices=len(paths) - len(errors),
        failed=len(errors),
        errors=tuple(errors),
        rows={name: len(rows) for name, rows in merged.items()},
    )


def _write_part(tables: dict[str, list[Row]], out: Path, index: int, format: ExportFormat) -> None:
    for name in TABLES:
        (out / name).mkdir(parents=True, exist_ok=True)
    target = {name: out / name / f"part-{index:05d}.{format}" for name in TABLES}
    if format == "csv":
        for name in TABLES:
            _write_csv(target[name], name, tables[name])
        return
    import pyarrow.parquet as pq

    for name, table in to_arrow(tables).items():
        pq.write_table(table, target[name])


def _write_csv(path: Path, name: str, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(COLUMNS[name])
        for row in rows:
            writer.writerow([csv_cell(row[column]) for column in COLUMNS[name]])


def _check_format(format: str) -> ExportFormat:
    if format not in ("parquet", "csv"):
        raise ValueError(f"format must be parquet or csv, not {format!r}")
    return "parquet" if format == "parquet" else "csv"


def _summarise(parts: Iterator[ExportSummary]) -> ExportSummary:
    notices, failed = 0, 0
    errors: list[str] = []
    rows = dict.fromkeys(TABLES, 0)
    for part in parts:
        notices += part.notices
        failed += part.failed
        errors.extend(part.errors)
        for name, count in part.rows.items():
            rows[name] += count
    return ExportSummary(notices, failed, tuple(errors), rows)


def export(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    format: str = "parquet",
    jobs: int | None = None,
    partition_size: int = PARTITION_SIZE,
    encoding: str | None = None,
    reference: dt.date | None = None,
) -> ExportSummary:
    """Export the notices in ``paths`` (files; see :func:`xuncha.sources.find_files` for folders) to ``out``.

    Parquet needs pyarrow (``pip install "xuncha[arrow]"``); CSV needs nothing more. ``jobs`` worker processes
    (default: every usable core) each take whole partitions.
    """
    from functools import partial

    from xuncha._batch import run_in_order

    kind = _check_format(format)
    reference = require_reference(reference)
    work = partial(export_partition, out=os.fspath(out), format=kind, encoding=encoding, reference=reference)
    cut = partitions([os.fspath(path) for path in paths], partition_size)
    return _summarise(run_in_order(work, cut, jobs=jobs))


def export_with_dask(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    format: str = "parquet",
    partition_size: int = PARTITION_SIZE,
    encoding: str | None = None,
    reference: dt.date | None = None,
    scheduler: str | None = None,
) -> ExportSummary:
    """The same export as :func:`export`, each partition a Dask task: a bag of partitions mapped to part files.

    ``scheduler`` is passed to ``dask.compute`` (``"synchronous"``, ``"processes"``, or None for the default or a
    ``distributed`` client). The files written are those :func:`export` writes for the same arguments.
    """
    try:
        import dask.bag as db
    except ImportError:
        raise ImportError('the Dask export needs dask: pip install "dask[bag]"') from None
    kind = _check_format(format)
    reference = require_reference(reference)
    cut = partitions([os.fspath(path) for path in paths], partition_size)
    from_sequence: Any = db.from_sequence  # dask is untyped where it is installed and absent where not
    bag = from_sequence(cut, npartitions=max(1, len(cut)))
    summaries = bag.map(
        export_partition, out=os.fspath(out), format=kind, encoding=encoding, reference=reference
    )
    return _summarise(iter(summaries.compute(scheduler=scheduler)))
