"""The JSON Schema: generated from the models, shipped up to date, and as strict as the reader."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import xuncha
from _mutations import Mutation, mutations
from xuncha import strategies as xst
from xuncha.schema import schema_text

_SCHEMA = xuncha.json_schema()
_VALIDATOR = Draft202012Validator(_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_shipped_schema_is_up_to_date() -> None:
    shipped = resources.files("xuncha").joinpath("notice.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), (
        "src/xuncha/notice.schema.json is stale: regenerate it with "
        "`PYTHONPATH=src python -m xuncha.schema > src/xuncha/notice.schema.json`"
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(_SCHEMA)
    assert _SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert _SCHEMA["$ref"] == "#/$defs/Notice"


def test_every_model_class_and_enum_has_a_definition() -> None:
    assert sorted(_SCHEMA["$defs"]) == [
        "Contact", "ContactKind", "Finding", "Inspection", "Measure", "Modality", "Notice", "Period",
        "Precision", "Progress", "Qualifier", "Quantity", "Relation", "Section", "Span", "Status",
    ]  # fmt: skip


def test_objects_are_closed_and_require_the_fields_without_defaults() -> None:
    definitions = _SCHEMA["$defs"]
    assert definitions["Section"]["required"] == ["level", "ordinal", "title"]
    assert definitions["Notice"]["required"] == ["title"]
    assert definitions["Inspection"]["required"] == []
    for name, definition in definitions.items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


def test_value_types() -> None:
    quantity = _SCHEMA["$defs"]["Quantity"]["properties"]
    assert quantity["value"] == {"type": "string", "pattern": "^(?:-?[0-9]+(\\.[0-9]+)?)$(?!\\n)"}
    assert quantity["qualifier"] == {
        "anyOf": [{"$ref": "#/$defs/Qualifier"}, {"type": "null"}],
        "default": None,
    }
    period = _SCHEMA["$defs"]["Period"]["properties"]
    assert period["start"]["anyOf"][0]["format"] == "date"
    assert _SCHEMA["$defs"]["Relation"]["enum"] == ["on", "range", "since", "until", "before", "after"]
    section = _SCHEMA["$defs"]["Section"]["properties"]
    assert section["level"] == {"type": "integer", "minimum": 1, "maximum": 4}
    assert section["sections"] == {"type": "array", "items": {"$ref": "#/$defs/Section"}, "default": []}


def test_a_schema_for_another_model() -> None:
    schema = xuncha.json_schema(xuncha.Span)
    assert schema["$ref"] == "#/$defs/Span"
    assert sorted(schema["$defs"]) == ["Span"]
    Draft202012Validator(schema).validate({"start": 0, "end": 3})


def test_a_schema_for_what_is_not_a_model_is_refused() -> None:
    with pytest.raises(TypeError, match="cls must be one of the xuncha models"):
        xuncha.json_schema(dict)


@pytest.mark.parametrize(
    ("kind", "value", "valid"),
    [
        ("email", "gyyqxc2023@163.com", True),
        ("email", "gyyqxc2023", False),
        ("postcode", "457000", True),
        ("postcode", "45700", False),
        ("phone", "0393-7775123", True),
        ("phone", "电话", False),
        ("phone", "12", False),
        ("phone", "(0393) 7775123转8001", True),
        ("website", "www.example.gov.cn", True),
        ("postal_address", "某某路1号", True),
    ],
)
def test_contact_values_are_shaped_by_their_kind(kind: str, value: str, valid: bool) -> None:
    document = {"title": "x", "contacts": [{"kind": kind, "value": value}]}
    assert _VALIDATOR.is_valid(document) is valid


def _error_paths(document: Any) -> set[str]:
    """Where jsonschema found errors, including those inside anyOf branches (an optional value's)."""
    paths = set()
    errors = list(_VALIDATOR.iter_errors(document))
    while errors:
        error = errors.pop()
        paths.add("$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path))
        errors.extend(error.context or ())
    return paths


@given(st.data())
def test_the_schema_rejects_the_corruptions_the_reader_rejects(data: st.DataObject) -> None:
    notice = data.draw(xst.notices())
    mutation: Mutation = data.draw(mutations(notice))
    document = json.loads(json.dumps(mutation.data))
    paths = _error_paths(document)
    # jsonschema reports a missing or unknown key at the object that holds it, other errors at the value.
    where = mutation.path[:-1] if mutation.kind in ("unknown_key", "missing_key") else mutation.path
    expected = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)
    assert expected in paths, (mutation.description, paths)


# --------------------------------------------------------------------------- both ways: schema and reader agree


def _leaves(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], Any]]:
    """Every string and integer inside a plain-data document, with its path."""
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(data, list):
        return [leaf for index, value in enumerate(data) for leaf in _leaves(value, (*path, index))]
    if isinstance(data, str | int) and not isinstance(data, bool):
        return [(path, data)]
    return []


# Corruptions of one value that either side might judge differently: stray whitespace (the "$" of a pattern
# matches before a final newline), look-alike digits, emptiness, signs and bounds.
_STRING_CORRUPTIONS: list[tuple[str, Any]] = [
    ("trailing newline", lambda value: value + "\n"),
    ("trailing CRLF", lambda value: value + "\r\n"),
    ("leading newline", lambda value: "\n" + value),
    ("trailing space", lambda value: value + " "),
    ("ideographic space only", lambda _: "\u3000"),
    ("empty", lambda _: ""),
    ("newline only", lambda _: "\n"),
    ("full-width digits", lambda value: value.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})),
    ("exponent", lambda value: value + "e3"),
    ("leading plus", lambda value: "+" + value),
    ("inner space", lambda value: value[:1] + " " + value[1:]),
]
_INTEGER_CORRUPTIONS: list[tuple[str, Any]] = [
    ("zero", lambda _: 0),
    ("negative", lambda _: -1),
    ("large", lambda _: 10**30),
    ("five", lambda _: 5),
]


def _cross_field_messages(document: Any) -> set[str]:
    """The messages of the cross-field rules the reader found in ``document`` (reported at several paths)."""
    try:
        xuncha.from_json(json.dumps(document, ensure_ascii=False))
    except xuncha.ValidationError as error:
        by_message: dict[str, set[str]] = {}
        for problem in error.errors:
            by_message.setdefault(problem.message, set()).add(problem.path)
        return {message for message, paths in by_message.items() if len(paths) > 1}
    return set()


@given(st.data())
def test_the_schema_and_the_reader_agree_on_corrupted_documents(data: st.DataObject) -> None:
    notice = data.draw(xst.notices())
    document = json.loads(xuncha.to_json(notice))
    leaves = _leaves(document)
    path, value = data.draw(st.sampled_from(leaves))
    table = _STRING_CORRUPTIONS if isinstance(value, str) else _INTEGER_CORRUPTIONS
    label, corrupt = data.draw(st.sampled_from(table))
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = corrupt(value)
    schema_says = _VALIDATOR.is_valid(document)
    try:
        reader_says = xuncha.from_json(json.dumps(document, ensure_ascii=False)) is not None
    except xuncha.ValidationError as error:
        cross_field = _cross_field_messages(document)
        if cross_field and all(problem.message in cross_field for problem in error.errors):
            return  # a rule tying several fields: documented as beyond the schema
        reader_says = False
    assert schema_says == reader_says, (label, path, target[path[-1]])
