"""xuncha: typed data from Chinese inspection-rectification notices (巡视/巡察整改情况的通报), and back."""

from xuncha.checks import Diagnostic, Severity, check
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

__all__ = [
    "Contact",
    "ContactKind",
    "DateError",
    "Diagnostic",
    "Finding",
    "Inspection",
    "InvariantError",
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
    "UnitError",
    "ValidationError",
    "XunchaError",
    "check",
]
__version__ = "0.1.0"


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
