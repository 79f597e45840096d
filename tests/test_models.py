# This file hands constructors values of the wrong type on purpose, to see the validators refuse them.
# mypy: disable-error-code="arg-type, list-item"
"""Every invariant of the models: each validator refuses with an InvariantError naming the field, and accepts."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from xuncha import (
    Contact,
    ContactKind,
    Finding,
    Inspection,
    InvariantError,
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

D = dt.date
_ANY: Any = None  # to hand wrong types to constructors on purpose

# (what is tried, the field the error must name, the message it must give)
_REFUSED: list[tuple[Callable[[], object], str, str]] = [
    # Span
    (lambda: Span("0", 1), "start", "expected an integer, got str '0'"),
    (lambda: Span(True, 1), "start", "expected an integer, got True"),
    (lambda: Span(-1, 1), "start", "must not be negative, got -1"),
    (lambda: Span(0, 1.0), "end", "expected an integer, got float 1.0"),
    (lambda: Span(5, 3), "end", "span end 3 is before its start 5"),
    # Quantity
    (lambda: Quantity(0.1), "value", "expected a Decimal, int or numeric string, got float"),
    (lambda: Quantity("十二"), "value", "not a decimal number: '十二'"),
    (lambda: Quantity(True), "value", "expected a Decimal, int or numeric string, got bool"),
    (lambda: Quantity(Decimal("NaN")), "value", "must be a finite number, got NaN"),
    (lambda: Quantity(Decimal("Infinity")), "value", "must be a finite number, got Infinity"),
    (lambda: Quantity(1, 5), "unit", "expected a string, got int 5"),
    (lambda: Quantity(1, "万 元"), "unit", "a unit is written without spaces and is not empty, got '万 元'"),
    (lambda: Quantity(1, ""), "unit", "a unit is written without spaces and is not empty, got ''"),
    (lambda: Quantity(1, qualifier="more_than"), "qualifier", "expected one of more_than, nearly, about, at_least, at_most, got 'more_than'"),
    (lambda: Quantity(1, qualifier=Qualifier.ABOUT, qualifier_text=" "), "qualifier_text", "must not be empty or blank"),
    (lambda: Quantity(1, qualifier_text="余"), "qualifier", "qualifier_text '余' needs a qualifier"),
    (lambda: Quantity(1, text=12), "text", "expected a string, got int 12"),
    (lambda: Quantity(1, span=(0, 1)), "span", "expected a Span, got tuple (0, 1)"),
    (lambda: Quantity(1, text="12项", span=Span(0, 4)), "span", "span 0..4 covers 4 characters, text '12项' has 3"),
    (lambda: Quantity(1, upper=0.5), "upper", "expected a Decimal, int or numeric string, got float"),
    (lambda: Quantity(1, upper=Decimal("sNaN")), "upper", "must be a finite number, got sNaN"),
    (lambda: Quantity(10, upper=5), "upper", "range upper bound 5 is below its lower bound 10"),
    # Period
    (lambda: Period("2023-01-01"), "start", "expected a datetime.date, got str '2023-01-01'"),
    (lambda: Period(dt.datetime(2023, 1, 1)), "start", "expected a datetime.date, got datetime"),
    (lambda: Period(None, 20230101), "end", "expected a datetime.date, got int 20230101"),
    (lambda: Period(D(2023, 4, 28), D(2023, 3, 13)), "end", "period end 2023-03-13 is before its start 2023-04-28"),
    (lambda: Period(relation="range"), "relation", "expected one of on, range, since, until, before, after, got 'range'"),
    (lambda: Period(precision=_ANY), "precision", "expected one of day, ten_days, month, quarter, half_year, season, year, got None"),
    (lambda: Period(text=5), "text", "expected a string, got int 5"),
    (lambda: Period(D(2023, 1, 1), text="今年", span=Span(3, 4)), "span", "span 3..4 covers 1 characters, text '今年' has 2"),
    # Contact
    (lambda: Contact("email", "a@b.cn"), "kind", "expected one of phone, postal_address, postcode, email, website, got 'email'"),
    (lambda: Contact(ContactKind.POSTAL_ADDRESS, "  "), "value", "must not be empty or blank"),
    (lambda: Contact(ContactKind.POSTAL_ADDRESS, _ANY), "value", "expected a string, got NoneType None"),
    (lambda: Contact(ContactKind.EMAIL, "gyyq@163"), "value", "'gyyq@163' is not shaped like an e-mail address"),
    (lambda: Contact(ContactKind.PHONE, "电话0393"), "value", "'电话0393' is not shaped like a phone number"),
    (lambda: Contact(ContactKind.PHONE, "12"), "value", "'12' is not shaped like a phone number"),
    (lambda: Contact(ContactKind.POSTCODE, "45700"), "value", "'45700' is not a six-digit postcode"),
    (lambda: Contact(ContactKind.WEBSITE, "not a site"), "value", "'not a site' is not shaped like a web address"),
    (lambda: Contact(ContactKind.PHONE, "0393-7775123", label=""), "label", "must not be empty or blank"),
    # Measure
    (lambda: Measure(0, "x"), "ordinal", "must be at least 1, got 0"),
    (lambda: Measure(True, "x"), "ordinal", "expected an integer, got True"),
    (lambda: Measure(1, _ANY), "text", "expected a string, got NoneType None"),
    (lambda: Measure(1, "x", marker=1), "marker", "expected a string, got int 1"),
    (lambda: Measure(1, "x", lead=1), "lead", "expected a string, got int 1"),
    (lambda: Measure(1, "x", modality="done"), "modality", "expected one of done, ongoing, planned, got 'done'"),
    (lambda: Measure(1, "x", deadline=D(2024, 1, 1)), "deadline", "expected a Period, got date datetime.date(2024, 1, 1)"),
    (lambda: Measure(1, "x", documents="《条例》"), "documents", "expected a tuple of a string, got str"),
    (lambda: Measure(1, "x", documents=[1]), "documents", "item 0 is not a string: 1"),
    (lambda: Measure(1, "x", quantities=[Decimal(1)]), "quantities", "item 0 is not a Quantity: Decimal('1')"),
    (lambda: Measure(1, "x", periods=[None]), "periods", "item 0 is not a Period: None"),
    (lambda: Measure(1, "x", span=3), "span", "expected a Span, got int 3"),
    # Finding
    (lambda: Finding(_ANY), "title", "expected a string, got NoneType None"),
    (lambda: Finding("x", number=0), "number", "must be at least 1, got 0"),
    (lambda: Finding("x", number="1"), "number", "expected an integer, got str '1'"),
    (lambda: Finding("x", marker=1), "marker", "expected a string, got int 1"),
    (lambda: Finding("x", problem=1), "problem", "expected a string, got int 1"),
    (lambda: Finding("x", text=_ANY), "text", "expected a string, got NoneType None"),
    (lambda: Finding("x", measures=["一是"]), "measures", "item 0 is not a Measure: '一是'"),
    (lambda: Finding("x", status="completed"), "status", "expected one of completed, basically_completed, in_progress, long_term, not_completed, unknown, got 'completed'"),
    (lambda: Finding("x", quantities={}), "quantities", "expected a tuple of a Quantity, got dict"),
    (lambda: Finding("x", periods=[1]), "periods", "item 0 is not a Period: 1"),
    (lambda: Finding("x", span=1), "span", "expected a Span, got int 1"),
    # Section
    (lambda: Section(0, 1, "x"), "level", "section level must be 1 to 4 (一、 （一） 1. （1）), got 0"),
    (lambda: Section(5, 1, "x"), "level", "section level must be 1 to 4 (一、 （一） 1. （1）), got 5"),
    (lambda: Section(True, 1, "x"), "level", "expected an integer, got True"),
    (lambda: Section(1, 0, "x"), "ordinal", "must be at least 1, got 0"),
    (lambda: Section(1, 1, _ANY), "title", "expected a string, got NoneType None"),
    (lambda: Section(1, 1, "x", marker=_ANY), "marker", "expected a string, got NoneType None"),
    (lambda: Section(1, 1, "x", intro=_ANY), "intro", "expected a string, got NoneType None"),
    (lambda: Section(1, 1, "x", sections=[Finding("f")]), "sections", "item 0 is not a Section: Finding("),
    (lambda: Section(2, 1, "x", sections=[Section(3, 1, "a"), Section(2, 2, "b")]), "sections", "child section 1 has level 2, not deeper than its parent's 2"),
    (lambda: Section(1, 1, "x", findings=[Section(2, 1, "a")]), "findings", "item 0 is not a Finding: Section("),
    (lambda: Section(1, 1, "x", quantities=[1]), "quantities", "item 0 is not a Quantity: 1"),
    (lambda: Section(1, 1, "x", periods=[1]), "periods", "item 0 is not a Period: 1"),
    (lambda: Section(1, 1, "x", span=1), "span", "expected a Span, got int 1"),
    # Inspection
    (lambda: Inspection(inspector=1), "inspector", "expected a string, got int 1"),
    (lambda: Inspection(dispatcher=1), "dispatcher", "expected a string, got int 1"),
    (lambda: Inspection(target=1), "target", "expected a string, got int 1"),
    (lambda: Inspection(mode=1), "mode", "expected a string, got int 1"),
    (lambda: Inspection(round=1), "round", "expected a string, got int 1"),
    (lambda: Inspection(period=D(2023, 1, 1)), "period", "expected a Period, got date datetime.date(2023, 1, 1)"),
    (lambda: Inspection(feedback_date="2023-06-06"), "feedback_date", "expected a datetime.date, got str '2023-06-06'"),
    (lambda: Inspection(basis=[None]), "basis", "item 0 is not a string: None"),
    (
        lambda: Inspection(period=Period(D(2023, 3, 13), D(2023, 4, 28)), feedback_date=D(2023, 3, 1)),
        "feedback_date",
        "feedback 2023-03-01 is before the inspection began 2023-03-13",
    ),
    # Notice
    (lambda: Notice(_ANY), "title", "expected a string, got NoneType None"),
    (lambda: Notice("x", issuer=1), "issuer", "expected a string, got int 1"),
    (lambda: Notice("x", inspection=Period()), "inspection", "expected an Inspection, got Period"),
    (lambda: Notice("x", date=dt.datetime(2023, 12, 25)), "date", "expected a datetime.date, got datetime"),
    (lambda: Notice("x", opening=_ANY), "opening", "expected a string, got NoneType None"),
    (lambda: Notice("x", sections=[Section(1, 1, "a"), "b"]), "sections", "item 1 is not a Section: 'b'"),
    (lambda: Notice("x", closing=_ANY), "closing", "expected a string, got NoneType None"),
    (lambda: Notice("x", contacts=["0393-7775123"]), "contacts", "item 0 is not a Contact: '0393-7775123'"),
    (lambda: Notice("x", signature=1), "signature", "expected a string, got int 1"),
    (lambda: Notice("x", preamble=_ANY), "preamble", "expected a string, got NoneType None"),
    (lambda: Notice("x", postscript=_ANY), "postscript", "expected a string, got NoneType None"),
    (lambda: Notice("x", quantities=[Period()]), "quantities", "item 0 is not a Quantity: Period("),
    (lambda: Notice("x", periods=[Quantity(1)]), "periods", "item 0 is not a Period: Quantity("),
]  # fmt: skip


@pytest.mark.parametrize(("make", "field", "message"), _REFUSED)
def test_each_invariant_refuses_naming_the_field(
    make: Callable[[], object], field: str, message: str
) -> None:
    with pytest.raises(InvariantError) as caught:
        make()
    assert caught.value.field == field
    assert caught.value.message.startswith(message), caught.value.message
    assert str(caught.value) == f"{field}: {caught.value.message}"


def test_a_misplaced_child_section_points_at_its_level() -> None:
    with pytest.raises(InvariantError) as caught:
        Section(2, 1, "x", sections=[Section(3, 1, "a"), Section(2, 2, "b")])
    assert caught.value.within == (1, "level")


def test_rules_over_several_fields_name_the_others() -> None:
    cases: list[tuple[Callable[[], object], tuple[str, ...]]] = [
        (lambda: Span(5, 3), ("start",)),
        (lambda: Period(D(2023, 4, 28), D(2023, 3, 13)), ("start",)),
        (lambda: Quantity(10, upper=5), ("value",)),
        (lambda: Quantity(1, qualifier_text="余"), ("qualifier_text",)),
        (lambda: Quantity(1, text="12项", span=Span(0, 4)), ("text",)),
        (lambda: Contact(ContactKind.POSTCODE, "45700"), ("kind",)),
        (lambda: Section(2, 1, "x", sections=[Section(2, 1, "a")]), ("level",)),
        (lambda: Inspection(period=Period(D(2023, 3, 13)), feedback_date=D(2023, 3, 1)), ("period",)),
        (lambda: Span(-1, 1), ()),
    ]
    for make, related in cases:
        with pytest.raises(InvariantError) as caught:
            make()
        assert caught.value.related == related


def test_invariant_errors_pickle() -> None:
    error = InvariantError("sections", "bad", within=(1, "level"), related=("level",))
    again = pickle.loads(pickle.dumps(error))
    assert (again.field, again.message, again.within, again.related) == (
        "sections",
        "bad",
        (1, "level"),
        ("level",),
    )


def test_valid_values_are_accepted() -> None:
    assert len(Span(0, 0)) == 0
    assert Quantity(12).value == Decimal(12)
    assert Quantity("66.57", "万元").value == Decimal("66.57")
    assert Quantity(5, "万元", upper=10).upper == Decimal(10)
    assert Quantity(5, upper=5).upper == Decimal(5)
    assert (
        Quantity(80, "名", Qualifier.MORE_THAN, "余", "80余名", Span(3, 7)).qualifier is Qualifier.MORE_THAN
    )
    assert Quantity(Decimal("-0.6"), "个百分点").value == Decimal("-0.6")
    assert Period(D(2023, 3, 13), D(2023, 3, 13)).start == D(2023, 3, 13)
    assert Period(None, D(2023, 12, 31), Relation.BEFORE, Precision.YEAR, "年底前", Span(0, 3)).end == D(
        2023, 12, 31
    )
    for kind, value in [
        (ContactKind.PHONE, "0393-7775123"),
        (ContactKind.PHONE, "（0393）7775123"),
        (ContactKind.PHONE, "12388"),
        (ContactKind.POSTCODE, "457000"),
        (ContactKind.EMAIL, "gyyqxc2023@163.com"),
        (ContactKind.WEBSITE, "https://www.example.gov.cn/xczg/"),
        (ContactKind.POSTAL_ADDRESS, "某某路1号"),
    ]:
        assert Contact(kind, value).value == value
    assert Measure(1, "x", documents=["《条例》"], modality=Modality.PLANNED).documents == ("《条例》",)
    assert Finding("x", number=1, status=Status.COMPLETED).number == 1
    assert (
        Section(1, 1, "x", sections=[Section(2, 1, "a", sections=[Section(4, 1, "b")])]).sections[0].level
        == 2
    )
    feedback = Inspection(period=Period(D(2023, 3, 13), D(2023, 4, 28)), feedback_date=D(2023, 3, 13))
    assert feedback.feedback_date == D(2023, 3, 13)
    assert Notice("x", sections=(Section(2, 1, "a"),)).sections[0].level == 2


# --------------------------------------------------------------------------- iterators


def _q(value: int, start: int | None = None) -> Quantity:
    return Quantity(value, span=None if start is None else Span(start, start + 1))


def _p(day: int, start: int | None = None) -> Period:
    return Period(D(2023, 1, day), D(2023, 1, day), span=None if start is None else Span(start, start + 1))


def test_iterators_follow_structure_without_spans() -> None:
    measure_1 = Measure(1, "a", quantities=[_q(3)], periods=[_p(3)])
    measure_2 = Measure(2, "b", quantities=[_q(4)])
    first = Finding("f1", number=1, measures=[measure_1, measure_2], quantities=[_q(2)], periods=[_p(2)])
    second = Finding("f2", number=2, quantities=[_q(6)])
    inner = Section(2, 1, "inner", findings=[second], quantities=[_q(5)])
    outer = Section(1, 1, "outer", sections=[inner], findings=[first], periods=[_p(1)])
    notice = Notice("n", sections=[outer, Section(1, 2, "last")], quantities=[_q(1)])
    assert [s.title for s in notice.iter_sections()] == ["outer", "inner", "last"]
    assert [f.title for f in notice.iter_findings()] == ["f1", "f2"]
    assert [m.text for m in notice.iter_measures()] == ["a", "b"]
    assert [q.value for q in notice.iter_quantities()] == [1, 2, 3, 4, 5, 6]
    assert [p.start.day for p in notice.iter_periods() if p.start] == [1, 2, 3]
    assert [q.value for q in first.iter_quantities()] == [2, 3, 4]
    assert [p.start.day for p in first.iter_periods() if p.start] == [2, 3]


def test_iterators_follow_the_source_when_every_item_has_a_span() -> None:
    # The finding's own figure stands after its measures' in the text: document order wins.
    measure = Measure(1, "a", quantities=[_q(1, start=10)], periods=[_p(1, start=12)])
    finding = Finding("f", measures=[measure], quantities=[_q(2, start=20)], periods=[_p(2, start=5)])
    assert [q.value for q in finding.iter_quantities()] == [1, 2]
    assert [p.start.day for p in finding.iter_periods() if p.start] == [2, 1]
    # A section's finding written after its child section comes after the child's findings.
    late = Finding("late", span=Span(100, 110))
    early = Finding("early", span=Span(10, 20))
    child = Section(2, 1, "child", findings=[early], span=Span(5, 50))
    parent = Section(1, 1, "parent", sections=[child], findings=[late], span=Span(0, 120))
    assert [f.title for f in parent.iter_findings()] == ["early", "late"]


# --------------------------------------------------------------------------- error messages stay short


def test_a_text_error_quotes_a_window_never_the_whole_input() -> None:
    from xuncha.errors import TextError

    source = "前" * 100_000 + "2023年13月1日" + "后" * 100_000
    error = TextError("not a date", source=source, start=100_000, end=100_010)
    assert str(error) == "not a date: '2023年13月1日' at 1:100001"
    line, caret = error.caret().split("\n")
    assert line == "…" + "前" * 20 + "2023年13月1日" + "后" * 30 + "…"
    # The caret sits under the offending part: "…" is one column, each 前 two.
    assert caret == " " * (1 + 40) + "^" * 13


def test_a_long_offending_part_is_quoted_by_its_two_ends() -> None:
    from xuncha.errors import TextError

    error = TextError("not a number", source="x" * 10 + "9" * 1000, start=10)
    assert str(error) == f"not a number: '{'9' * 29}…{'9' * 29}' at 1:11"
    assert error.text == "9" * 1000  # the whole part stays available to programs
    line, caret = error.caret().split("\n")
    assert line == "x" * 10 + "9" * 50 + "…"
    assert caret == " " * 10 + "^" * 50


def test_the_models_load_no_grammar_and_keep_one_public_home() -> None:
    # The models are the bottom layer: parsing, dates, quantities and the checks depend on them, never the
    # reverse (an import cycle otherwise). The value types live in xuncha._model_values but are public from
    # xuncha.models, which every reader (serialize, schema, strategies) enumerates through its __all__.
    import ast
    import subprocess
    import sys
    from pathlib import Path

    import xuncha
    from xuncha import _model_values, models

    code = "import sys, xuncha.models; print(sorted(m for m in sys.modules if m.startswith('xuncha')))"
    src = str(Path(__file__).resolve().parents[1] / "src")
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": src}
    ).stdout
    assert ast.literal_eval(loaded) == [
        "xuncha",
        "xuncha._contacts",
        "xuncha._lazy",
        "xuncha._model_values",
        "xuncha._validators",
        "xuncha.errors",
        "xuncha.models",
    ]
    assert set(_model_values.__all__) <= set(models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is getattr(xuncha, name), name
