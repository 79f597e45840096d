"""Corrupt one place of a model's plain-data form, and say which JSON path that place has.

Shared by test_serialize.py (from_dict/from_json must report exactly that path) and test_schema.py (the
JSON Schema must reject the same document).
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from xuncha import to_dict

Path = tuple[str | int, ...]


@attrs.frozen
class Mutation:
    """A corrupted document, where it was corrupted, and how."""

    data: dict[str, Any]
    path: Path  # the place the error must be reported at
    kind: str  # unknown_key, missing_key or wrong_value
    description: str

    @property
    def json_path(self) -> str:
        return render(self.path)


def render(path: Path) -> str:
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)  # in the namespace of the module that defines the class
    return _HINTS[cls]


def _sites(obj: Any, path: Path) -> Iterator[tuple[Path, Any]]:
    """Every model object inside ``obj`` with its path."""
    yield path, obj
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if attrs.has(type(value)):
            yield from _sites(value, (*path, field.name))
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from _sites(item, (*path, field.name, index))


def _strip_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return inner, True
    return hint, False


def _wrong_values(hint: Any) -> list[tuple[str, Any]]:
    """Values of the wrong JSON type (or shape) for a field of type ``hint``."""
    base, optional = _strip_optional(hint)
    wrong: list[tuple[str, Any]] = [] if optional else [("null", None)]
    if base is str:
        wrong += [("number for a string", 5), ("array for a string", ["巡察"])]
    elif base is int:
        wrong += [("bool for an int", True), ("string for an int", "5"), ("float for an int", 1.5)]
    elif base is Decimal:
        wrong += [
            ("float for a Decimal", 1.5),
            ("int for a Decimal", 12),
            ("exponent", "1e3"),
            ("NaN", "NaN"),
        ]
    elif base is dt.date:
        wrong += [
            ("impossible date", "2023-02-30"),
            ("non-ISO date", "2023年3月1日"),
            ("compact date", "20230301"),
        ]
        wrong += [("number for a date", 20230301), ("date and time", "2023-03-01T00:00:00")]
    elif isinstance(base, type) and issubclass(base, enum.Enum):
        wrong += [("unknown enum value", "no_such_value"), ("enum name not value", next(iter(base)).name)]
    elif typing.get_origin(base) is tuple:
        wrong += [("string for an array", "x"), ("object for an array", {})]
    elif attrs.has(base):
        wrong += [("array for an object", []), ("string for an object", "x")]
    return wrong


def _navigate(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


@st.composite
def mutations(draw: st.DrawFn, obj: Any) -> Mutation:
    """One corruption of ``to_dict(obj)`` at a drawn place."""
    site_path, site = draw(st.sampled_from(list(_sites(obj, ()))))
    cls = type(site)
    field = draw(st.sampled_from(attrs.fields(cls)))
    hint = _hints(cls)[field.name]
    choices: list[tuple[str, str, Any]] = [("unknown_key", "unknown key", None)]
    if field.default is attrs.NOTHING:
        choices.append(("missing_key", "missing required key", None))
    choices += [("wrong_value", label, value) for label, value in _wrong_values(hint)]
    kind, description, value = draw(st.sampled_from(choices))
    data = copy.deepcopy(to_dict(obj))
    target = _navigate(data, site_path)
    if kind == "unknown_key":
        target["bogus_key"] = value
        return Mutation(data, (*site_path, "bogus_key"), kind, description)
    if kind == "missing_key":
        del target[field.name]
    else:
        target[field.name] = value
    return Mutation(data, (*site_path, field.name), kind, f"{description} at {field.name}")
