"""xuncha: typed data from Chinese inspection-rectification notices (巡视/巡察整改情况的通报), and back."""

from typing import TYPE_CHECKING, Any

from xuncha.building import finding, measure, measure_marker, renumber, section, section_marker
from xuncha.checks import Diagnostic, Severity, check
from xuncha.dates import extract_periods, parse_period
from xuncha.errors import (
    DateError,
    InvariantError,
    NoticeError,
    NumberError,
    PathError,
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
from xuncha.quantities import extract_quantities, format_quantity, parse_quantity
from xuncha.rendering import render_markdown, render_text
from xuncha.schema import json_schema
from xuncha.serialize import from_dict, from_json, to_dict, to_json
from xuncha.units import Unit, convert, get_unit

__all__ = [
    "Contact",
    "ContactKind",
    "DateError",
    "Diagnostic",
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
    "PathError",
    "Period",
    "Precision",
    "Qualifier",
    "Quantity",
    "QuantityError",
    "Relation",
    "Section",
    "Severity",
    "Span",
    "Status",
    "TextError",
    "Unit",
    "UnitError",
    "ValidationError",
    "XunchaError",
    "check",
    "convert",
    "extract_periods",
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
    "render_markdown",
    "render_text",
    "renumber",
    "section",
    "section_marker",
    "to_dict",
    "to_json",
]
__version__ = "0.1.0"


def __dir__() -> list[str]:
    return [*__all__, "__version__"]


if TYPE_CHECKING:
    from xuncha.schema import json_schema


def __getattr__(name: str) -> Any:
    # xuncha.schema is imported on first use, so that `python -m xuncha.schema` (which regenerates the
    # shipped schema file) runs the module fresh instead of one the package already imported.
    if name == "json_schema":
        from xuncha.schema import json_schema

        return json_schema
    raise AttributeError(f"module 'xuncha' has no attribute {name!r}")
