"""The parser's trusted constructors (models._trusted_span; _trusted_document._trusted_measure, _trusted_finding,
_trusted_section, _trusted_notice) build the very
objects the validating constructors build, set every field, and leave a broken rule to the validators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

from xuncha import XunchaError
from xuncha._trusted_document import _trusted_finding, _trusted_measure, _trusted_notice, _trusted_section
from xuncha.models import (
    Finding,
    Measure,
    Modality,
    Notice,
    Period,
    Precision,
    Quantity,
    Relation,
    Section,
    Span,
    Status,
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


def test_trusted_section_sets_every_field() -> None:
    child = Section(level=2, ordinal=1, title="（一）学习方面", marker="（一）", span=Span(10, 20))
    section = {
        "level": 1,
        "ordinal": 2,
        "title": "整改情况",
        "marker": "二、",
        "intro": "总体情况。",
        "sections": (child,),
        "findings": (),
        "quantities": (),
        "periods": (),
        "span": Span(0, 30),
    }
    assert [field.name for field in attrs.fields(Section)] == list(section)
    built = _trusted_section(**section)  # type: ignore[arg-type]
    assert built == Section(**section)  # type: ignore[arg-type]
    assert type(built) is Section


def test_trusted_notice_sets_every_field() -> None:
    notice = {
        "title": "关于巡察整改进展情况的通报",
        "issuer": "中共某某委员会",
        "inspection": None,
        "date": dt.date(2023, 12, 25),
        "opening": "现将整改情况通报如下。",
        "sections": (Section(level=1, ordinal=1, title="整改情况", marker="一、", span=Span(0, 10)),),
        "closing": "欢迎监督。",
        "contacts": (),
        "signature": "中共某某委员会",
        "preamble": "",
        "postscript": "",
        "quantities": (),
        "periods": (),
        "progress": (),
    }
    assert [field.name for field in attrs.fields(Notice)] == list(notice)
    built = _trusted_notice(**notice)  # type: ignore[arg-type]
    assert built == Notice(**notice)  # type: ignore[arg-type]
    assert type(built) is Notice


def test_trusted_constructors_leave_broken_rules_to_the_validators() -> None:
    with pytest.raises(XunchaError):
        _trusted_span(5, 3)
    with pytest.raises(XunchaError):
        _trusted_span(-1, 3)
    with pytest.raises(XunchaError):
        _trusted_measure(**{**_MEASURE, "ordinal": 0})  # type: ignore[arg-type]
    section: dict[str, Any] = {
        "level": 1,
        "ordinal": 1,
        "title": "t",
        "marker": "一、",
        "intro": "",
        "sections": (),
        "findings": (),
        "quantities": (),
        "periods": (),
        "span": None,
    }
    for broken in ({"level": 5}, {"ordinal": 0}, {"sections": (Section(level=1, ordinal=1, title="t"),)}):
        with pytest.raises(XunchaError):
            _trusted_section(**{**section, **broken})
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
