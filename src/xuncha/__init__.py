"""xuncha: typed data from Chinese inspection-rectification notices (巡视/巡察整改情况的通报), and back.

Every public name is imported on first use (PEP 562), so that ``import xuncha`` and the command line start
at once: ``import xuncha`` loads no other module of the package, and a program that only parses never loads
cattrs (the JSON converter).
"""

from __future__ import annotations

import importlib

# The name, not typing.TYPE_CHECKING: importing typing alone would cost a good part of the start-up budget.
# Type checkers treat any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from xuncha._commitments import Commitment, commitments
    from xuncha.building import finding, measure, measure_marker, renumber, section, section_marker
    from xuncha.checks import Diagnostic, Severity, check
    from xuncha.dates import extract_periods, parse_period
    from xuncha.errors import (
        DateError,
        InvariantError,
        NoticeError,
        NumberError,
        PathProblem,
        QuantityError,
        TextError,
        UnitError,
        ValidationError,
        XunchaError,
    )
    from xuncha.models import (
        Contact,
        ContactKind,
        Finding,
        Inspection,
        Measure,
        Modality,
        Notice,
        Period,
        Precision,
        Progress,
        Qualifier,
        Quantity,
        Relation,
        Section,
        Span,
        Status,
    )
    from xuncha.numerals import (
        Marker,
        MarkerKind,
        format_number,
        parse_fraction,
        parse_marker,
        parse_number,
    )
    from xuncha.parsing import parse_notice
    from xuncha.progress import extract_progress, progress_problems
    from xuncha.quantities import extract_quantities, format_quantity, parse_quantity
    from xuncha.rendering import render_markdown, render_text
    from xuncha.schema import json_schema
    from xuncha.serialize import from_dict, from_json, to_dict, to_json
    from xuncha.sources import Document, SourceError, read_document
    from xuncha.units import Unit, convert, get_unit

__version__ = "0.1.0"

#: Where each public name is defined: the table __getattr__ reads. __all__ below lists the same names written
#: out, as type checkers need it (tests/test_cli.py keeps the two equal).
_HOMES: dict[str, str] = {
    "Commitment": "_commitments",
    "Contact": "models",
    "ContactKind": "models",
    "DateError": "errors",
    "Diagnostic": "checks",
    "Document": "sources",
    "Finding": "models",
    "Inspection": "models",
    "InvariantError": "errors",
    "Marker": "numerals",
    "MarkerKind": "numerals",
    "Measure": "models",
    "Modality": "models",
    "Notice": "models",
    "NoticeError": "errors",
    "NumberError": "errors",
    "PathProblem": "errors",
    "Period": "models",
    "Precision": "models",
    "Progress": "models",
    "Qualifier": "models",
    "Quantity": "models",
    "QuantityError": "errors",
    "Relation": "models",
    "Section": "models",
    "Severity": "checks",
    "SourceError": "sources",
    "Span": "models",
    "Status": "models",
    "TextError": "errors",
    "Unit": "units",
    "UnitError": "errors",
    "ValidationError": "errors",
    "XunchaError": "errors",
    "check": "checks",
    "commitments": "_commitments",
    "convert": "units",
    "extract_periods": "dates",
    "extract_progress": "progress",
    "extract_quantities": "quantities",
    "finding": "building",
    "format_number": "numerals",
    "format_quantity": "quantities",
    "from_dict": "serialize",
    "from_json": "serialize",
    "get_unit": "units",
    "json_schema": "schema",
    "measure": "building",
    "measure_marker": "building",
    "parse_fraction": "numerals",
    "parse_marker": "numerals",
    "parse_notice": "parsing",
    "parse_number": "numerals",
    "parse_period": "dates",
    "parse_quantity": "quantities",
    "progress_problems": "progress",
    "read_document": "sources",
    "render_markdown": "rendering",
    "render_text": "rendering",
    "renumber": "building",
    "section": "building",
    "section_marker": "building",
    "to_dict": "serialize",
    "to_json": "serialize",
}

__all__ = [
    "Commitment",
    "Contact",
    "ContactKind",
    "DateError",
    "Diagnostic",
    "Document",
    "Finding",
    "Inspection",
    "InvariantError",
    "Marker",
    "MarkerKind",
    "Measure",
    "Modality",
    "Notice",
    "NoticeError",
    "NumberError",
    "PathProblem",
    "Period",
    "Precision",
    "Progress",
    "Qualifier",
    "Quantity",
    "QuantityError",
    "Relation",
    "Section",
    "Severity",
    "SourceError",
    "Span",
    "Status",
    "TextError",
    "Unit",
    "UnitError",
    "ValidationError",
    "XunchaError",
    "check",
    "commitments",
    "convert",
    "extract_periods",
    "extract_progress",
    "extract_quantities",
    "finding",
    "format_number",
    "format_quantity",
    "from_dict",
    "from_json",
    "get_unit",
    "json_schema",
    "measure",
    "measure_marker",
    "parse_fraction",
    "parse_marker",
    "parse_notice",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "progress_problems",
    "read_document",
    "render_markdown",
    "render_text",
    "renumber",
    "section",
    "section_marker",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'xuncha' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"xuncha.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
