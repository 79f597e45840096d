"""A JSON Schema (Draft 2020-12) for the JSON that :func:`xuncha.to_json` writes, generated from the models.

The schema is derived from the attrs classes themselves (their fields, type hints, defaults and the
validators they declare), so the models stay the one source of truth. Every object forbids unknown keys;
its required keys are the fields without a default. Each class and enum has an entry in ``$defs``.
Decimals are strings in plain notation, dates ``YYYY-MM-DD`` strings with ``"format": "date"``, enums
their values. Invariants that tie several fields together (a period's end after its start, a span as long
as its text) are beyond JSON Schema; :func:`xuncha.from_json` checks them.

The package ships the schema for a notice as ``xuncha/notice.schema.json``; regenerate it with
``python -m xuncha.schema > src/xuncha/notice.schema.json``.

>>> schema = json_schema()
>>> schema["$defs"]["Span"]["required"]
['start', 'end']
>>> schema["$defs"]["Quantity"]["properties"]["value"]
{'type': 'string', 'pattern': '^(?:-?[0-9]+(\\\\.[0-9]+)?)$(?!\\\\n)'}
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import sys
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from xuncha import _validators as rules
from xuncha import models
from xuncha.errors import XunchaError
from xuncha.models import Notice
from xuncha.serialize import _DATE_PATTERN, _DECIMAL_PATTERN, _check_model_class

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ID = "https://xuncha.readthedocs.io/schema/{name}.schema.json"


def _anchored(pattern: str) -> str:
    """A Python fullmatch pattern as an anchored JSON Schema pattern (the models' patterns are ECMA-safe).

    ``$`` alone would also match before a final newline in Python's ``re`` (which Python validators use), and
    ``\\Z`` is not ECMA 262: the lookahead refuses that newline in both dialects, as ``fullmatch`` does.
    """
    return f"^(?:{pattern})$(?!\\n)"


# What the models' reusable validators mean in JSON Schema terms, keyed by the validator itself, so that a
# constraint is stated once (in models.py) and only translated here.
_VALIDATOR_CONSTRAINTS: dict[Any, dict[str, Any]] = {
    rules._positive: {"minimum": 1},
    rules._non_negative: {"minimum": 0},
    rules._not_blank: {"pattern": r"\S"},
    rules._unit_shape: {"pattern": _anchored(rules._NO_SPACE.pattern)},
    models.Section._level_in_range: {"minimum": 1, "maximum": 4},
}

# Contact values are shaped by their kind; expressed as if/then so that a consumer's validator sees it too.
_CONTACT_SHAPES: dict[models.ContactKind, str] = {
    models.ContactKind.EMAIL: _anchored(models._EMAIL.pattern),
    # The model also counts 3 to 20 digits; a lookahead says the same in the pattern.
    models.ContactKind.PHONE: "^(?=(?:[^0-9]*[0-9]){3,20}[^0-9]*$(?!\\n))"
    + _anchored(models._PHONE.pattern)[1:],
    models.ContactKind.POSTCODE: _anchored(models._POSTCODE.pattern),
    models.ContactKind.WEBSITE: _anchored(models._WEBSITE.pattern),
}


def _validators(field: attrs.Attribute[Any]) -> list[Any]:
    """The single validators a field runs (attrs folds a list of them into one ``and_``)."""
    validator = field.validator
    if validator is None:
        return []
    return list(getattr(validator, "_validators", (validator,)))


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of type ``hint``; attrs classes and enums go to ``$defs`` and are referenced."""
    if _is_optional(hint):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    origin = typing.get_origin(hint)
    if origin is tuple:
        item, _ = typing.get_args(hint)
        return {"type": "array", "items": _type_schema(item, defs)}
    if hint is str:
        return {"type": "string"}
    if hint is int:
        return {"type": "integer"}
    if hint is Decimal:
        return {"type": "string", "pattern": _anchored(_DECIMAL_PATTERN)}
    if hint is dt.date:
        return {"type": "string", "format": "date", "pattern": _anchored(_DATE_PATTERN)}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {
                "description": _first_line(hint),
                "type": "string",
                "enum": [member.value for member in hint],
            }
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if attrs.has(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # reserve the name first: Section refers to itself
            defs[hint.__name__] = _class_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise XunchaError(f"no JSON Schema for the type {hint!r}")  # a model field of a new type: extend this


def _first_line(obj: Any) -> str:
    return (inspect.getdoc(obj) or "").split("\n\n")[0].replace("\n", " ")


def _constrain(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """Apply value constraints to the non-null branch of a schema (and to array items)."""
    if not constraints:
        return schema
    if "anyOf" in schema:
        value, null = schema["anyOf"]
        return {"anyOf": [_constrain(value, constraints), null]}
    if schema.get("type") == "array":
        return {**schema, "items": _constrain(schema["items"], constraints)}
    return {**schema, **constraints}


def _default(field: attrs.Attribute[Any]) -> Any:
    default = field.default
    if isinstance(default, enum.Enum):
        return default.value
    if isinstance(default, tuple):
        return list(default)
    if default is None or isinstance(default, str | int):
        return default
    raise XunchaError(f"no JSON form for the default of {field.name}: {default!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)  # in the namespace of the module that defines the class
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        hint = hints[field.name]
        constraints: dict[str, Any] = {}
        for validator in _validators(field):
            constraints.update(_VALIDATOR_CONSTRAINTS.get(validator, {}))
        schema = _constrain(_type_schema(hint, defs), constraints)
        if field.default is attrs.NOTHING:
            required.append(field.name)
        else:
            schema = {**schema, "default": _default(field)}
        properties[field.name] = schema
    result: dict[str, Any] = {
        "description": _first_line(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cls is models.Contact:
        result["allOf"] = [
            {
                "if": {"properties": {"kind": {"const": kind.value}}},
                "then": {"properties": {"value": {"pattern": pattern}}},
            }
            for kind, pattern in _CONTACT_SHAPES.items()
        ]
    return result


def json_schema(cls: type = Notice) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of the JSON form of ``cls``, a :class:`~xuncha.Notice` by default.

    >>> json_schema()["$ref"], sorted(json_schema()["$defs"])[:4]
    ('#/$defs/Notice', ['Contact', 'ContactKind', 'Finding', 'Inspection'])
    """
    _check_model_class(cls)
    defs: dict[str, Any] = {}
    reference = _type_schema(cls, defs)
    return {
        "$schema": _DIALECT,
        "$id": _ID.format(name=cls.__name__.lower()),
        "title": f"xuncha {cls.__name__}",
        **reference,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text(cls: type = Notice) -> str:
    """The schema as the text of the shipped file: two-space indents, Chinese as is, a final newline."""
    return json.dumps(json_schema(cls), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # python -m xuncha.schema > src/xuncha/notice.schema.json
    sys.stdout.write(schema_text())
