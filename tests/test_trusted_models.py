"""The parser's trusted constructors (models._trusted_span, _trusted_measure, _trusted_finding) build the very
objects the validating constructors build, set every field, and leave a broken rule to the validators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from xuncha import XunchaError
from xuncha.models import (
    Finding,
    Measure,
    Modality,
    Period,
    Precision,
    Quantity,
    Relation,
    Span,
    Status,
    _trusted_finding,
    _trusted_measure,
    _trusted_span,
)

_MEASURE = {
    "ordinal": 2,
    "text": "二是完成整改5项。",
    "marker": "二是",
    "lead": None,
    "modality": Modality.PLANNED,
    "deadline": Period(None, dt.date(2023, 12, 31), Relation.BEFORE, Precision.DAY, "年底前", Span(20, 23)),
    "documents": ("《办法》",),
    "quantities": (Quantity(Decimal(5), "项", text="5项", span=Span(6, 8)),),
    "periods": (),
    "span": Span(0, 9),
}


def test_trusted_span_is_a_span() -> None:
    assert _trusted_span(3, 7) == Span(3, 7)
    assert type(_trusted_span(3, 7)) is Span
    assert hash(_trusted_span(3, 7)) == hash(Span(3, 7))


def test_trusted_measure_and_finding_set_every_field() -> None:
    assert [field.name for field in attrs.fields(Measure)] == list(_MEASURE)
    measure = _trusted_measure(**_MEASURE)  # type: ignore[arg-type]
    assert measure == Measure(**_MEASURE)  # type: ignore[arg-type]
    finding = {
        "title": "学习不深入问题",
        "number": 1,
        "marker": "1.",
        "problem": "学习不深入",
        "text": "",
        "measures": (measure,),
        "status": Status.COMPLETED,
        "quantities": (),
        "periods": (),
        "span": Span(0, 30),
    }
    assert [field.name for field in attrs.fields(Finding)] == list(finding)
    assert _trusted_finding(**finding) == Finding(**finding)  # type: ignore[arg-type]


def test_trusted_constructors_leave_broken_rules_to_the_validators() -> None:
    with pytest.raises(XunchaError):
        _trusted_span(5, 3)
    with pytest.raises(XunchaError):
        _trusted_span(-1, 3)
    with pytest.raises(XunchaError):
        _trusted_measure(**{**_MEASURE, "ordinal": 0})  # type: ignore[arg-type]
    with pytest.raises(XunchaError):
        _trusted_finding(
            title="t",
            number=0,
            marker=None,
            problem=None,
            text="",
            measures=(),
            status=Status.UNKNOWN,
            quantities=(),
            periods=(),
            span=None,
        )
