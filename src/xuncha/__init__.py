"""xuncha: typed data from Chinese inspection-rectification notices (巡视/巡察整改情况的通报), and back."""

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
from xuncha.quantities import extract_quantities, format_quantity, parse_quantity
from xuncha.units import Unit, convert, get_unit

__all__ = [
    "Contact",
    "ContactKind",
    "DateError",
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
    "Span",
    "Status",
    "TextError",
    "Unit",
    "UnitError",
    "ValidationError",
    "XunchaError",
    "convert",
    "extract_quantities",
    "format_number",
    "format_quantity",
    "get_unit",
    "parse_fraction",
    "parse_marker",
    "parse_number",
    "parse_quantity",
]
__version__ = "0.1.0"


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
