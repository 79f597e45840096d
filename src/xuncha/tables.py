"""Notices as relational tables for analysts: one row per notice, section, finding, measure, commitment, figure,
date, contact, progress statement and diagnostic, with keys that join.

Every row carries ``notice_id``, a digest of the notice's source and text, so that the same file always gets the
same id and re-running any part of an export gives identical rows. Rows of parts carry ``path``, the part's JSON
path inside its notice (``$.sections[0].findings[2]``), and rows below them the path of their owner, so
``findings.path = measures.finding_path`` joins a measure to its finding.

:func:`notice_tables` gives plain Python rows (``str``, ``int``, ``Decimal``, ``date``, ``None``);
:data:`COLUMNS` names each table's columns in order; :func:`arrow_schema` gives the typed Arrow schema of a table
and :func:`to_arrow` the Arrow tables (``pip install "xuncha[arrow]"``).

>>> from pathlib import Path
>>> import xuncha
>>> text = Path("examples/sample_notice.md").read_text(encoding="utf-8")
>>> tables = notice_tables(xuncha.parse_notice(text), source="sample_notice.md", text=text)
>>> {name: len(rows) for name, rows in tables.items()}["findings"]
9
>>> tables["findings"][0]["path"], tables["findings"][0]["section_path"]
('$.sections[0].sections[0].findings[0]', '$.sections[0].sections[0]')
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from xuncha._commitments import Commitment, commitments
from xuncha.errors import UnitError
from xuncha.models import Finding, Measure, Notice, Period, Quantity, Section

if TYPE_CHECKING:
    from xuncha.checks import Diagnostic

__all__ = [
    "COLUMNS",
    "TABLES",
    "arrow_schema",
    "csv_cell",
    "notice_id",
    "notice_tables",
    "spark_ddl",
    "to_arrow",
]

Row = dict[str, Any]

# Column types, named once: each table's Arrow schema is derived from them.
_STR, _INT, _DATE, _BOOL, _DECIMAL = "string", "int", "date", "bool", "decimal"
#: Exact amounts are Arrow decimals with this precision and scale; a fraction (三分之一) is rounded at the
#: twelfth decimal there, and its ``text`` column keeps what was written.
DECIMAL_PRECISION, DECIMAL_SCALE = 38, 12

_SCHEMAS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "notices": (
        ("notice_id", _STR), ("source", _STR), ("title", _STR), ("issuer", _STR), ("date", _DATE),
        ("inspector", _STR), ("dispatcher", _STR), ("target", _STR), ("mode", _STR), ("round", _STR),
        ("period_start", _DATE), ("period_end", _DATE), ("feedback_date", _DATE),
        ("sections", _INT), ("findings", _INT), ("measures", _INT), ("characters", _INT),
    ),
    "sections": (
        ("notice_id", _STR), ("path", _STR), ("parent_path", _STR), ("level", _INT), ("ordinal", _INT),
        ("marker", _STR), ("title", _STR),
    ),
    "findings": (
        ("notice_id", _STR), ("path", _STR), ("section_path", _STR), ("number", _INT), ("marker", _STR),
        ("title", _STR), ("problem", _STR), ("status", _STR), ("measures", _INT),
    ),
    "measures": (
        ("notice_id", _STR), ("path", _STR), ("finding_path", _STR), ("ordinal", _INT), ("marker", _STR),
        ("modality", _STR), ("deadline_start", _DATE), ("deadline_end", _DATE), ("deadline_relation", _STR),
        ("deadline_text", _STR), ("text", _STR),
    ),
    "commitments": (
        ("notice_id", _STR), ("finding_path", _STR), ("measure", _INT), ("finding_title", _STR), ("text", _STR),
        ("modality", _STR), ("status", _STR), ("deadline_start", _DATE), ("deadline_end", _DATE),
        ("deadline_relation", _STR), ("deadline_text", _STR), ("overdue", _BOOL),
    ),
    "quantities": (
        ("notice_id", _STR), ("path", _STR), ("text", _STR), ("span_start", _INT), ("span_end", _INT),
        ("value", _DECIMAL), ("upper", _DECIMAL), ("unit", _STR), ("qualifier", _STR),
        ("base_value", _DECIMAL), ("base_upper", _DECIMAL), ("base_unit", _STR),
    ),
    "periods": (
        ("notice_id", _STR), ("path", _STR), ("text", _STR), ("span_start", _INT), ("span_end", _INT),
        ("start", _DATE), ("end", _DATE), ("relation", _STR), ("precision", _STR),
    ),
    "contacts": (("notice_id", _STR), ("kind", _STR), ("value", _STR), ("label", _STR)),
    "progress": (
        ("notice_id", _STR), ("subject", _STR), ("total", _DECIMAL), ("completed", _DECIMAL),
        ("basically_completed", _DECIMAL), ("in_progress", _DECIMAL), ("not_completed", _DECIMAL),
        ("rate", _DECIMAL), ("text", _STR), ("span_start", _INT), ("span_end", _INT),
    ),
    "diagnostics": (
        ("notice_id", _STR), ("code", _STR), ("severity", _STR), ("message", _STR), ("path", _STR),
        ("line", _INT), ("column", _INT),
    ),
}  # fmt: skip

#: The tables, in the order an export writes them.
TABLES: Final[tuple[str, ...]] = tuple(_SCHEMAS)
#: Each table's columns, in order.
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    name: tuple(c for c, _ in cols) for name, cols in _SCHEMAS.items()
}


def notice_id(source: str, text: str) -> str:
    """A stable id for a notice: a digest of where it came from and of its text.

    >>> notice_id("a.txt", "通报")
    '38641861510e4c3a'
    """
    digest = hashlib.sha256()
    digest.update(source.encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def notice_tables(
    notice: Notice,
    *,
    source: str,
    text: str,
    diagnostics: Sequence[Diagnostic] = (),
    reference: dt.date | None = None,
) -> dict[str, list[Row]]:
    """The rows of every table for one notice parsed from ``text``, which was read from ``source``.

    ``diagnostics`` (from :func:`xuncha.check`) fill the diagnostics table; ``reference`` is the date against
    which commitments are judged overdue (default: the notice's date).
    """
    if not isinstance(notice, Notice):
        raise TypeError(f"notice must be a Notice, not {type(notice).__name__}")
    key = notice_id(source, text)
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    inspection = notice.inspection
    period = inspection.period if inspection else None
    tables["notices"].append(
        {
            "notice_id": key,
            "source": source,
            "title": notice.title,
            "issuer": notice.issuer,
            "date": notice.date,
            "inspector": inspection.inspector if inspection else None,
            "dispatcher": inspection.dispatcher if inspection else None,
            "target": inspection.target if inspection else None,
            "mode": inspection.mode if inspection else None,
            "round": inspection.round if inspection else None,
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "feedback_date": inspection.feedback_date if inspection else None,
            "sections": sum(1 for _ in notice.iter_sections()),
            "findings": sum(1 for _ in notice.iter_findings()),
            "measures": sum(1 for _ in notice.iter_measures()),
            "characters": len(text),
        }
    )
    tables["quantities"].extend(_quantity_rows(key, "$", notice.quantities))
    tables["periods"].extend(_period_rows(key, "$", notice.periods))
    for path, parent, section in _sections(notice.sections, "$"):
        tables["sections"].append(
            {
                "notice_id": key,
                "path": path,
                "parent_path": parent,
                "level": section.level,
                "ordinal": section.ordinal,
                "marker": section.marker,
                "title": section.title,
            }
        )
        tables["quantities"].extend(_quantity_rows(key, path, section.quantities))
        tables["periods"].extend(_period_rows(key, path, section.periods))
        for index, finding in enumerate(section.findings):
            _finding_rows(tables, key, f"{path}.findings[{index}]", path, finding)
    for commitment in commitments(notice, reference=reference):
        tables["commitments"].append({"notice_id": key, **_commitment_fields(commitment)})
    for contact in notice.contacts:
        tables["contacts"].append(
            {"notice_id": key, "kind": contact.kind.value, "value": contact.value, "label": contact.label}
        )
    for statement in notice.progress:  # read by the parser once
        tables["progress"].append(
            {
                "notice_id": key,
                "subject": statement.subject,
                **{
                    slot: figure.value if (figure := getattr(statement, slot)) is not None else None
                    for slot in (
                        "total",
                        "completed",
                        "basically_completed",
                        "in_progress",
                        "not_completed",
                        "rate",
                    )
                },
                "text": statement.text,
                "span_start": statement.span.start if statement.span else None,
                "span_end": statement.span.end if statement.span else None,
            }
        )
    for diagnostic in diagnostics:
        tables["diagnostics"].append(
            {
                "notice_id": key,
                "code": diagnostic.code,
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "path": diagnostic.path,
                "line": diagnostic.line,
                "column": diagnostic.column,
            }
        )
    return tables


def csv_cell(value: Any) -> str:
    """A value as a CSV cell, the one spelling every CSV xuncha writes uses: empty for None, ``true``/``false``,
    ISO dates, exact decimals as written.

    >>> [csv_cell(v) for v in (None, True, dt.date(2024, 3, 31), Decimal("66.57"), "万元")]
    ['', 'true', '2024-03-31', '66.57', '万元']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _sections(sections: Iterable[Section], parent: str) -> Iterator[tuple[str, str, Section]]:
    for index, section in enumerate(sections):
        path = f"{parent}.sections[{index}]"
        yield path, parent, section
        yield from _sections(section.sections, path)


def _finding_rows(
    tables: dict[str, list[Row]], key: str, path: str, section_path: str, finding: Finding
) -> None:
    tables["findings"].append(
        {
            "notice_id": key,
            "path": path,
            "section_path": section_path,
            "number": finding.number,
            "marker": finding.marker,
            "title": finding.title,
            "problem": finding.problem,
            "status": finding.status.value,
            "measures": len(finding.measures),
        }
    )
    tables["quantities"].extend(_quantity_rows(key, path, finding.quantities))
    tables["periods"].extend(_period_rows(key, path, finding.periods))
    for index, measure in enumerate(finding.measures):
        _measure_rows(tables, key, f"{path}.measures[{index}]", path, measure)


def _measure_rows(
    tables: dict[str, list[Row]], key: str, path: str, finding_path: str, measure: Measure
) -> None:
    tables["measures"].append(
        {
            "notice_id": key,
            "path": path,
            "finding_path": finding_path,
            "ordinal": measure.ordinal,
            "marker": measure.marker,
            "modality": measure.modality.value,
            **_deadline(measure.deadline),
            "text": measure.text,
        }
    )
    tables["quantities"].extend(_quantity_rows(key, path, measure.quantities))
    tables["periods"].extend(_period_rows(key, path, measure.periods))


def _commitment_fields(commitment: Commitment) -> Row:
    """A commitment flattened into the fields of its row, dates as dates; the command line's records write the
    same fields (``xuncha commitments``)."""
    return {
        "finding_path": commitment.finding_path,
        "measure": commitment.measure,
        "finding_title": commitment.finding_title,
        "text": commitment.text,
        "modality": commitment.modality.value,
        "status": commitment.status.value,
        **_deadline(commitment.deadline),
        "overdue": commitment.overdue,
    }


def _deadline(period: Period | None) -> Row:
    return {
        "deadline_start": period.start if period else None,
        "deadline_end": period.end if period else None,
        "deadline_relation": period.relation.value if period else None,
        "deadline_text": period.text if period else None,
    }


def _in_base(quantity: Quantity) -> Quantity | None:
    """``quantity.base()``, or None when its unit cannot be converted (a unit the registry does not know, in a
    notice built in a program or read from JSON): the figure is still reported as written, its base left empty.
    The one treatment of the tables, the command line's records and the report pages."""
    try:
        return quantity.base()
    except UnitError:
        return None


def _quantity_rows(key: str, path: str, quantities: Iterable[Quantity]) -> Iterator[Row]:
    for quantity in quantities:
        base = _in_base(quantity)
        yield {
            "notice_id": key,
            "path": path,
            "text": quantity.text,
            "span_start": quantity.span.start if quantity.span else None,
            "span_end": quantity.span.end if quantity.span else None,
            "value": quantity.value,
            "upper": quantity.upper,
            "unit": quantity.unit,
            "qualifier": quantity.qualifier.value if quantity.qualifier else None,
            "base_value": base.value if base else None,
            "base_upper": base.upper if base else None,
            "base_unit": base.unit if base else None,
        }


def _period_rows(key: str, path: str, periods: Iterable[Period]) -> Iterator[Row]:
    for period in periods:
        yield {
            "notice_id": key,
            "path": path,
            "text": period.text,
            "span_start": period.span.start if period.span else None,
            "span_end": period.span.end if period.span else None,
            "start": period.start,
            "end": period.end,
            "relation": period.relation.value,
            "precision": period.precision.value,
        }


# --------------------------------------------------------------------------- Arrow


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError('Arrow tables need pyarrow: pip install "xuncha[arrow]"') from None
    return pyarrow


def arrow_schema(table: str) -> Any:
    """The typed Arrow schema (a ``pyarrow.Schema``) of ``table``, one of :data:`TABLES`."""
    if table not in _SCHEMAS:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    pa = _pyarrow()
    types = {
        _STR: pa.string(),
        _INT: pa.int64(),
        _DATE: pa.date32(),
        _BOOL: pa.bool_(),
        _DECIMAL: pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
    }
    return pa.schema([pa.field(name, types[kind]) for name, kind in _SCHEMAS[table]])


def spark_ddl(table: str) -> str:
    """The schema of ``table`` in Spark's DDL, the same types as :func:`arrow_schema` (for ``mapInArrow``).

    >>> spark_ddl("contacts")
    '`notice_id` STRING, `kind` STRING, `value` STRING, `label` STRING'
    """
    if table not in _SCHEMAS:
        raise ValueError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    types = {
        _STR: "STRING",
        _INT: "BIGINT",
        _DATE: "DATE",
        _BOOL: "BOOLEAN",
        _DECIMAL: f"DECIMAL({DECIMAL_PRECISION}, {DECIMAL_SCALE})",
    }
    return ", ".join(f"`{name}` {types[kind]}" for name, kind in _SCHEMAS[table])


def _decimal_cell(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal(1).scaleb(-DECIMAL_SCALE))


def to_arrow(tables: dict[str, list[Row]]) -> dict[str, Any]:
    """Arrow tables of the rows of :func:`notice_tables` (or of several notices' rows concatenated)."""
    pa = _pyarrow()
    arrow: dict[str, Any] = {}
    for name in TABLES:
        schema = arrow_schema(name)
        rows = tables.get(name, [])
        decimals = [column for column, kind in _SCHEMAS[name] if kind == _DECIMAL]
        columns = {
            column: [_decimal_cell(row[column]) if column in decimals else row[column] for row in rows]
            for column in COLUMNS[name]
        }
        arrow[name] = pa.Table.from_pydict(columns, schema=schema)
    return arrow
