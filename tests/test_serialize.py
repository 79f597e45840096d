"""Serialisation: round trips, the JSON form, and strict validation with exact error paths."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import xuncha
from _mutations import Mutation, mutations
from xuncha import (
    Contact,
    Finding,
    Inspection,
    Measure,
    Notice,
    PathProblem,
    Period,
    Quantity,
    Section,
    Span,
    ValidationError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from xuncha import strategies as xst

_VALIDATOR = Draft202012Validator(xuncha.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _paths(error: ValidationError) -> list[str]:
    return [problem.path for problem in error.errors]


def _errors(data: Any, cls: type = Notice) -> list[PathProblem]:
    with pytest.raises(ValidationError) as caught:
        from_dict(data, cls)
    return list(caught.value.errors)


# --------------------------------------------------------------------------- round trips


@given(xst.notices())
def test_notice_round_trips_and_its_json_validates_against_the_schema(notice: Notice) -> None:
    # One property for both, so that each generated notice (the costly part) is used twice.
    text = to_json(notice)
    assert from_json(text) == notice
    assert from_dict(to_dict(notice)) == notice
    _VALIDATOR.validate(json.loads(text))


_OTHER_MODELS: list[tuple[type, st.SearchStrategy[Any]]] = [
    (Span, xst.spans()),
    (Quantity, xst.quantities()),
    (Period, xst.periods()),
    (Contact, xst.contacts()),
    (Measure, xst.measures()),
    (Finding, xst.findings()),
    (Section, xst.sections()),
    (Inspection, xst.inspections()),
]


@pytest.mark.parametrize(("cls", "strategy"), _OTHER_MODELS, ids=[cls.__name__ for cls, _ in _OTHER_MODELS])
def test_every_model_round_trips(cls: type, strategy: st.SearchStrategy[Any]) -> None:
    @given(strategy)
    def round_trip(obj: Any) -> None:
        assert from_json(to_json(obj), cls) == obj
        assert from_dict(to_dict(obj), cls) == obj

    round_trip()


# --------------------------------------------------------------------------- the JSON form


def test_json_form_of_values() -> None:
    quantity = Quantity(Decimal("35558.23"), "元", text="35558.23 元", span=Span(10, 20))
    assert to_dict(quantity) == {
        "value": "35558.23",
        "unit": "元",
        "qualifier": None,
        "qualifier_text": None,
        "text": "35558.23 元",
        "span": {"start": 10, "end": 20},
        "upper": None,
    }
    period = Period(dt.date(2023, 3, 13), dt.date(2023, 4, 28), xuncha.Relation.RANGE, xuncha.Precision.DAY)
    assert to_dict(period)["start"] == "2023-03-13"
    assert to_dict(period)["relation"] == "range"


def test_decimals_are_written_in_plain_notation_and_keep_their_places() -> None:
    assert to_dict(Quantity(Decimal("1E+3")))["value"] == "1000"
    assert to_dict(Quantity(Decimal("1.50")))["value"] == "1.50"
    assert from_dict({"value": "1.50"}, Quantity).value.as_tuple() == Decimal("1.50").as_tuple()


def test_json_is_utf8_text_of_the_plain_form() -> None:
    notice = Notice("通报", sections=[Section(1, 1, "一", findings=[Finding("问题", number=1)])])
    text = to_json(notice)
    assert json.loads(text) == to_dict(notice)
    assert from_json(text.encode("utf-8")) == notice


def test_chinese_is_written_as_is() -> None:
    text = to_json(Notice("关于巡察整改情况的通报"))
    assert "关于巡察整改情况的通报" in text
    assert "\\u" not in text


def test_indent() -> None:
    assert to_json(Span(1, 2), indent=None) == '{"start": 1, "end": 2}'
    assert to_json(Span(1, 2)) == '{\n  "start": 1,\n  "end": 2\n}'


def test_to_dict_refuses_what_is_not_a_model() -> None:
    with pytest.raises(TypeError, match="to_dict expects a xuncha model object, got dict"):
        to_dict({"title": "x"})


def test_from_json_refuses_a_class_that_is_not_a_model() -> None:
    with pytest.raises(TypeError, match="cls must be one of the xuncha models"):
        from_json("{}", dict)
    with pytest.raises(TypeError, match="cls must be one of the xuncha models"):
        from_dict({}, dict)


# --------------------------------------------------------------------------- strict reading, exact paths


def test_every_problem_is_reported_with_its_path() -> None:
    data = {
        "title": 5,
        "date": "2023-02-30",
        "sections": [
            {
                "level": 1,
                "ordinal": True,
                "title": "一",
                "bogus": 1,
                "findings": [
                    {"title": "f", "measures": [{"ordinal": 1, "text": "t", "quantities": [{"value": 1.5}]}]}
                ],
            }
        ],
        "contacts": [{"kind": "fax", "value": "1"}, {"value": "x"}],
    }
    with pytest.raises(ValidationError) as caught:
        from_dict(data)
    assert [(e.path, e.message) for e in caught.value.errors] == [
        ("$.title", "expected a string, got number 5"),
        ("$.date", "no such date: '2023-02-30'"),
        ("$.sections[0].ordinal", "expected an integer, got true"),
        (
            "$.sections[0].findings[0].measures[0].quantities[0].value",
            'expected a decimal number as a string such as "12.5", got number 1.5',
        ),
        ("$.sections[0].bogus", "unknown key"),
        (
            "$.contacts[0].kind",
            'expected one of "phone", "postal_address", "postcode", "email", "website", got string "fax"',
        ),
        ("$.contacts[1].kind", "required key is missing"),
    ]
    assert str(caught.value).splitlines()[0] == "invalid Notice: 7 problems"
    assert "  $.sections[0].bogus: unknown key" in str(caught.value).splitlines()


# A rule that ties several fields is reported at each of them: either side may be the wrong one.
@pytest.mark.parametrize(
    ("data", "paths", "message"),
    [
        (
            {"title": "x", "inspection": {"period": {"start": "2023-04-28", "end": "2023-03-13"}}},
            ["$.inspection.period.end", "$.inspection.period.start"],
            "period end 2023-03-13 is before its start 2023-04-28",
        ),
        (
            {"title": "x", "inspection": {"period": {"start": "2023-04-28"}, "feedback_date": "2023-01-01"}},
            ["$.inspection.feedback_date", "$.inspection.period"],
            "feedback 2023-01-01 is before the inspection began 2023-04-28",
        ),
        (
            {"title": "x", "sections": [{"level": 2, "ordinal": 1, "title": "a", "sections": [
                {"level": 3, "ordinal": 1, "title": "b"}, {"level": 1, "ordinal": 2, "title": "c"}]}]},
            ["$.sections[0].sections[1].level", "$.sections[0].level"],
            "child section 1 has level 1, not deeper than its parent's 2",
        ),
        (
            {"title": "x", "quantities": [{"value": "5", "text": "5个", "span": {"start": 0, "end": 3}}]},
            ["$.quantities[0].span", "$.quantities[0].text"],
            "span 0..3 covers 3 characters, text '5个' has 2",
        ),
        (
            {"title": "x", "quantities": [{"value": "5", "upper": "4"}]},
            ["$.quantities[0].upper", "$.quantities[0].value"],
            "range upper bound 4 is below its lower bound 5",
        ),
        (
            {"title": "x", "quantities": [{"value": "5", "qualifier_text": "余"}]},
            ["$.quantities[0].qualifier", "$.quantities[0].qualifier_text"],
            "qualifier_text '余' needs a qualifier",
        ),
        (
            {"title": "x", "periods": [{"span": {"start": 4, "end": 3}}]},
            ["$.periods[0].span.end", "$.periods[0].span.start"],
            "span end 3 is before its start 4",
        ),
        (
            {"title": "x", "contacts": [{"kind": "email", "value": "gyyq@"}]},
            ["$.contacts[0].value", "$.contacts[0].kind"],
            "'gyyq@' is not shaped like an e-mail address",
        ),
        (
            {"title": "x", "contacts": [{"kind": "postal_address", "value": " "}]},
            ["$.contacts[0].value"],
            "must not be empty or blank",
        ),
    ],
)  # fmt: skip
def test_invariant_failures_point_at_the_fields(data: dict[str, Any], paths: list[str], message: str) -> None:
    assert _errors(data) == [PathProblem(path, message) for path in paths]


# Python 3.13's json names the mistake; earlier versions say what they expected instead.
_TRAILING_COMMA = (
    "Illegal trailing comma before end of object at line 1 column 14"
    if sys.version_info >= (3, 13)
    else "Expecting property name enclosed in double quotes at line 1 column 15"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not JSON: Expecting value at line 1 column 1"),
        ('{"title": "x",}', f"not JSON: {_TRAILING_COMMA}"),
        ('{"title": NaN}', "not JSON: NaN is not valid JSON"),
        ("[1, 2]", "expected an object (Notice), got an array"),
        ('"巡察"', 'expected an object (Notice), got string "巡察"'),
        ("null", "expected an object (Notice), got null"),
        ("[" * 100_000 + "]" * 100_000, "expected an object (Notice), got an array"),
        ("{" * 100_000, "not JSON: Expecting property name enclosed in double quotes at line 1 column 2"),
    ],
)
def test_what_is_not_a_notice_at_all_is_reported_at_the_root(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(text)
    assert caught.value.errors == (PathProblem("$", message),)


_JUNK = "[" * 50_000 + '"]"' + "]" * 50_000  # far deeper than json's recursion allows


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        ('{"title": "x", "sections": [{"level": 1, "ordinal": 1, "title": "t", "findings": [JUNK]}]}',
         "$.sections[0].findings[0]", "expected an object (Finding), got an array"),
        ('{"title": "x", "sections": [{"level": 1, "ordinal": 1, "title": JUNK}]}',
         "$.sections[0].title", "expected a string, got an array"),
        ('{"title": "x", "sections": [{"level": 1, "ordinal": 1, "title": "t", "bogus": JUNK}]}',
         "$.sections[0].bogus", "unknown key"),
    ],
)  # fmt: skip
def test_deep_junk_is_reported_where_it_starts(document: str, path: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(document.replace("JUNK", _JUNK))
    assert caught.value.errors == (PathProblem(path, message),)


def test_undecodable_bytes_are_reported_at_the_root() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(b'{"title": "\xff"}')
    assert _paths(caught.value) == ["$"]
    assert caught.value.errors[0].message.startswith("not JSON: 'utf-8' codec can't decode")


def test_text_of_a_wrong_type_is_a_type_error() -> None:
    # A programming error, which `except ValueError` must not swallow.
    with pytest.raises(TypeError, match=r"^data must be JSON text \(str or bytes\), not int$"):
        from_json(5)  # type: ignore[call-overload]


def test_a_repeated_key_is_reported_at_the_key() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json('{"title": "x", "contacts": [{"kind": "phone", "kind": "email", "value": "1"}]}')
    assert caught.value.errors == (PathProblem("$.contacts[0].kind", "key repeated in the same object"),)


def test_deep_nesting_is_refused_at_the_place_it_becomes_too_deep() -> None:
    data: dict[str, Any] = {"title": "x"}
    inner = data
    for _ in range(5000):
        child: dict[str, Any] = {"level": 1, "ordinal": 1, "title": "a"}
        inner["sections"] = [child]
        inner = child
    with pytest.raises(ValidationError) as caught:
        from_dict(data)
    (problem,) = caught.value.errors
    assert problem.message == "nested too deeply"
    assert problem.path.startswith("$.sections[0].sections[0].sections[0]")


def test_odd_keys_are_quoted_in_paths() -> None:
    assert _errors({"title": "x", "a b": 1, "节": 2}) == [
        PathProblem('$["a b"]', "unknown key"),
        PathProblem("$.节", "unknown key"),
    ]


def test_validation_errors_pickle() -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict({"title": 5})
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.errors == caught.value.errors
    assert str(again) == str(caught.value)


# --------------------------------------------------------------------------- mutation tests


@given(st.data())
def test_a_corrupted_place_is_reported_exactly_there(data: st.DataObject) -> None:
    notice = data.draw(xst.notices())
    mutation: Mutation = data.draw(mutations(notice))
    with pytest.raises(ValidationError) as from_plain:
        from_dict(mutation.data)
    assert _paths(from_plain.value) == [mutation.json_path], mutation.description
    with pytest.raises(ValidationError) as from_text:
        from_json(json.dumps(mutation.data, ensure_ascii=False))
    assert _paths(from_text.value) == [mutation.json_path], mutation.description


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
_FIELD_NAMES = st.sampled_from(
    ["title", "sections", "level", "ordinal", "findings", "measures", "value", "kind"]
)


@given(
    st.sampled_from([cls for cls, _ in _OTHER_MODELS] + [Notice]),
    st.dictionaries(_FIELD_NAMES, _JSON_VALUES, max_size=4) | _JSON_VALUES,
)
def test_any_plain_data_gives_a_model_or_a_validation_error(cls: type, data: Any) -> None:
    problems: tuple[PathProblem, ...] = ()
    try:
        result: object = from_dict(data, cls)
    except ValidationError as error:
        problems = error.errors
    else:
        assert isinstance(result, cls)
        return
    assert problems
    assert all(problem.path.startswith("$") and problem.message for problem in problems)


def test_every_broken_rule_of_one_object_is_reported_not_just_the_first() -> None:
    document = {
        "title": "通报",
        "sections": [
            {"level": 1, "ordinal": 0, "title": "甲", "sections": [{"level": 1, "ordinal": 1, "title": "乙"}]}
        ],
        "quantities": [
            {
                "value": "5",
                "upper": "3",
                "qualifier_text": "余",
                "text": "abc",
                "span": {"start": 0, "end": 2},
            }
        ],
    }
    with pytest.raises(ValidationError) as caught:
        from_dict(document)
    assert sorted({error.path for error in caught.value.errors}) == [
        "$.quantities[0].qualifier",
        "$.quantities[0].qualifier_text",
        "$.quantities[0].span",
        "$.quantities[0].text",
        "$.quantities[0].upper",
        "$.quantities[0].value",
        "$.sections[0].level",
        "$.sections[0].ordinal",
        "$.sections[0].sections[0].level",
    ]


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (
            '{"title": ' + "9" * 5000 + "}",
            PathProblem("$.title", "expected a string, got a number of 5000 digits"),
        ),
        (
            '{"start": -' + "1" * 4301 + ', "end": 1}',
            PathProblem("$.start", "integer too long: a number of 4301 digits (at most 4300 are read)"),
        ),
        (
            '{"title": "ok\\udfffok"}',
            PathProblem("$.title", "not Unicode text: a lone surrogate \\udfff at character 3"),
        ),
    ],
)
def test_what_python_cannot_hold_as_text_is_refused_at_its_field(document: str, problem: PathProblem) -> None:
    cls = Span if "start" in document else Notice
    with pytest.raises(ValidationError) as caught:
        from_json(document, cls)
    assert caught.value.errors == (problem,)
