"""Strict conversion between the models and plain data: dicts of JSON types, and JSON text.

``to_dict`` / ``to_json`` write every field of every object, in the order the model declares them:
amounts (``Decimal``) as strings, dates as ISO 8601 ``YYYY-MM-DD`` strings, enums by value, sequences as
arrays, absent values as ``null``; Chinese text is written as is. ``from_dict`` / ``from_json`` read such data
back, strictly: an unknown key, a missing required key, a value of the wrong JSON type (a number where a
string is expected, ``true`` where an integer is, a number where a ``Decimal`` string is), an impossible or
non-ISO date, an unknown enum value or a broken invariant is an error. Every problem is collected into one
:class:`xuncha.ValidationError` whose ``errors`` give the JSONPath-style place of each; no partial object is
ever returned.

>>> import xuncha
>>> from decimal import Decimal
>>> q = xuncha.Quantity(Decimal("500"), "万元", qualifier=xuncha.Qualifier.MORE_THAN, qualifier_text="余")
>>> print(to_json(q, indent=None))
{"value": "500", "unit": "万元", "qualifier": "more_than", "qualifier_text": "余", "text": null, "span": null, "upper": null}
>>> from_json('{"value": "500", "unit": "万元"}', xuncha.Quantity)
Quantity(value=Decimal('500'), unit='万元', qualifier=None, qualifier_text=None, text=None, span=None, upper=None)
>>> from_json('{"value": 500, "unit": 7, "colour": "red"}', xuncha.Quantity)
Traceback (most recent call last):
...
xuncha.errors.ValidationError: invalid Quantity: 3 problems
  $.value: expected a decimal number as a string such as "12.5", got number 500
  $.unit: expected a string, got number 7
  $.colour: unknown key
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar, get_args, get_origin, overload

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from xuncha import models
from xuncha.errors import InvariantError, PathProblem, ValidationError
from xuncha.models import Notice

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

#: Every attrs class of the model family; the converter and the schema cover exactly these.
_MODEL_CLASSES: tuple[type, ...] = tuple(
    value for name in models.__all__ if attrs.has(value := getattr(models, name))
)
#: Every enum of the model family.
_ENUM_CLASSES: tuple[type[enum.Enum], ...] = tuple(
    value
    for name in models.__all__
    if isinstance(value := getattr(models, name), type) and issubclass(value, enum.Enum)
)
for _cls in _MODEL_CLASSES:
    attrs.resolve_types(_cls)

#: A Decimal as written in JSON: plain notation, optional sign and fraction, no exponent, no NaN.
#: Unanchored: read with fullmatch here, anchored by the schema.
_DECIMAL_PATTERN = r"-?[0-9]+(\.[0-9]+)?"
#: A calendar date as written in JSON (checked further for existence): ISO 8601 calendar date only.
_DATE_PATTERN = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_DECIMAL = re.compile(_DECIMAL_PATTERN)
_DATE = re.compile(_DATE_PATTERN)

# Deeper than any valid document (a notice nests at most about 20 containers); deeper input is refused
# before structuring so that hostile nesting cannot exhaust the interpreter's stack.
_MAX_DEPTH = 64


class _Invalid(ValueError):
    """One wrong value, reported at the place the converter was structuring."""


# A UTF-16 surrogate on its own: JSON can spell one (\\ud800) but it is not a character, cannot be written as
# UTF-8 and would make every later write of the text fail.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _printable(text: str) -> str:
    """``text`` with each lone surrogate spelled as its JSON escape, so that a message about it can be printed."""
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class _LongInteger:
    """An integer literal of JSON text too long for Python to read (``sys.get_int_max_str_digits``).

    json reads integers before the converter knows which field they belong to; standing in for the number lets
    the field's own hook refuse it at its path instead of failing the whole document at ``$``. It is neither an
    int nor a str, so no hook takes it for a value.
    """

    __slots__ = ("digits",)

    def __init__(self, literal: str) -> None:
        self.digits = len(literal.lstrip("-"))


def _read_int(literal: str) -> int | _LongInteger:
    try:
        return int(literal)
    except ValueError:
        return _LongInteger(literal)


def _is_too_long(value: int) -> bool:
    """Whether ``value`` has more digits than Python will convert to or from text."""
    limit = sys.get_int_max_str_digits()
    # 3.33 bits a digit: a cheap bound first, the exact test (which raises before converting) only near it.
    if limit == 0 or value.bit_length() < limit * 3:
        return False
    try:
        str(value)
    except ValueError:
        return True
    return False


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that repeated a key; json keeps the last value, we report the repetition."""

    duplicates: tuple[str, ...] = ()


def _describe(value: Any) -> str:
    """Name a plain value the way a JSON reader thinks of it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _LongInteger):
        return f"a number of {value.digits} digits"
    if isinstance(value, int) and _is_too_long(value):
        return f"a number of more than {sys.get_int_max_str_digits()} digits"
    if isinstance(value, int | float | Decimal):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        return f"string {_printable(json.dumps(shown, ensure_ascii=False))}"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


# --------------------------------------------------------------------------- structuring hooks


def _structure_str(value: Any, _: Any = None) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_describe(value)}")
    surrogate = _LONE_SURROGATE.search(value)
    if surrogate is not None:
        code = f"\\u{ord(surrogate.group()):04x}"
        raise _Invalid(f"not Unicode text: a lone surrogate {code} at character {surrogate.start() + 1}")
    return value


def _structure_int(value: Any, _: Any = None) -> int:
    if isinstance(value, _LongInteger) or (isinstance(value, int) and _is_too_long(value)):
        raise _Invalid(
            f"integer too long: {_describe(value)} (at most {sys.get_int_max_str_digits()} are read)"
        )
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(f"expected an integer, got {_describe(value)}")
    return value


def _structure_decimal(value: Any, _: Any = None) -> Decimal:
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise _Invalid(f'expected a decimal number as a string such as "12.5", got {_describe(value)}')
    return Decimal(value)


def _structure_date(value: Any, _: Any = None) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _Invalid(f'expected a date as a string "YYYY-MM-DD", got {_describe(value)}')
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"no such date: {value!r}") from None


def _enum_hook(kind: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    members = {member.value: member for member in kind}
    allowed = ", ".join(json.dumps(value) for value in members)

    def structure(value: Any, _: Any = None) -> enum.Enum:
        if isinstance(value, str) and value in members:
            return members[value]
        raise _Invalid(f"expected one of {allowed}, got {_describe(value)}")

    return structure


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook_factory(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    item_type = get_args(kind)[0]
    structure_item = converter.get_structure_hook(item_type)

    def structure(value: Any, _: Any = None) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid(f"expected an array, got {_describe(value)}")
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as error:  # collected and reported with its index, never swallowed
                error.add_note(IterableValidationNote(f"Structuring item @ index {index}", index, item_type))
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {kind}", errors, tuple)
        return tuple(items)

    return structure


def _class_hook_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    generated: Callable[[Mapping[str, Any]], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def structure(value: Any, _: Any = None) -> Any:
        if not isinstance(value, Mapping):
            raise _Invalid(f"expected an object ({cls.__name__}), got {_describe(value)}")
        if isinstance(value, _DuplicateKeys) and value.duplicates:
            errors: list[Exception] = []
            for key in value.duplicates:
                error = _Invalid("key repeated in the same object")
                error.add_note(AttributeValidationNote(f"Duplicate key {key}", key, object))
                errors.append(error)
            raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
        try:
            return generated(value)
        except (InvariantError, ClassValidationError) as error:
            broken = error.exceptions if isinstance(error, ClassValidationError) else (error,)
            if not all(isinstance(inner, InvariantError) for inner in broken):
                raise
            # Every field read fine, and construction stopped at the first broken rule: report every one.
            raise ClassValidationError(
                f"While structuring {cls.__name__}", _every_broken_rule(cls, value) or list(broken), cls
            ) from None

    return structure


def _every_broken_rule(cls: type, value: Mapping[str, Any]) -> list[Exception]:
    """Run each of ``cls``'s validators on its own over ``value``, whose fields all structured fine."""
    instance: Any = object.__new__(cls)
    fields = attrs.fields(cls)
    for field in fields:
        item = _CONVERTER.structure(value[field.name], field.type) if field.name in value else field.default
        if field.converter is not None:
            item = field.converter(item)
        object.__setattr__(instance, field.name, item)
    errors: list[Exception] = []
    for field in fields:
        if field.validator is not None:
            validators = getattr(field.validator, "_validators", (field.validator,))
            for validator in validators:  # a field's own chain stops at its first failure
                try:
                    validator(instance, field, getattr(instance, field.name))
                except InvariantError as error:
                    errors.append(error)
                    break
    return errors


def _unstructure_decimal(value: Decimal) -> str:
    # Plain notation: the exponent form ("1E+3") is not what people write and the schema refuses it.
    return format(value, "f")


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(dt.date, _structure_date)
    for kind in _ENUM_CLASSES:
        converter.register_structure_hook(kind, _enum_hook(kind))
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook_factory)
    converter.register_structure_hook_factory(attrs.has, _class_hook_factory)

    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook_func(
        _is_homogeneous_tuple,
        lambda items: [converter.unstructure(item) for item in items],
    )
    return converter


_CONVERTER = _make_converter()


# --------------------------------------------------------------------------- errors to paths


def _render(path: tuple[str | int, ...]) -> str:
    parts = ["$"]
    for step in path:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif step.isidentifier():
            parts.append(f".{step}")
        else:
            parts.append(f"[{_printable(json.dumps(step, ensure_ascii=False))}]")
    return "".join(parts)


def _step_of(error: BaseException) -> str | int | None:
    """The attribute name or item index the converter noted on an error, if any."""
    for note in reversed(getattr(error, "__notes__", ())):
        if isinstance(note, AttributeValidationNote):
            return note.name
        if isinstance(note, IterableValidationNote):
            return note.index
    return None


def _flatten(error: BaseException, path: tuple[str | int, ...]) -> Iterator[PathProblem]:
    """Walk cattrs' exception groups down to their leaves, keeping the path to each."""
    if isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields, key=str):
            yield PathProblem(_render((*path, str(key))), "unknown key")
    elif isinstance(error, ClassValidationError | IterableValidationError):
        for inner in error.exceptions:
            step = _step_of(inner)
            yield from _flatten(inner, path if step is None else (*path, step))
    elif isinstance(error, InvariantError):
        yield PathProblem(_render((*path, error.field, *error.within)), error.message)
        for other in error.related:  # the rule ties several fields: report it at each of them
            yield PathProblem(_render((*path, other)), error.message)
    elif isinstance(error, KeyError):
        # The generated structuring code reads required keys with o[key]; nothing else of ours raises KeyError.
        yield PathProblem(_render(path), "required key is missing")
    elif isinstance(error, _Invalid):
        yield PathProblem(_render(path), str(error))
    else:  # a failure the hooks did not foresee; still reported at its place, never raised bare
        yield PathProblem(_render(path), f"{type(error).__name__}: {error}")


def _strip_optional(kind: Any) -> Any:
    args = get_args(kind)
    if type(None) in args and len(args) == 2:
        return args[0] if args[1] is type(None) else args[1]
    return kind


def _containers(cls: type) -> dict[str, Any]:
    """The fields of ``cls`` that hold model objects or sequences: the only places structuring recurses."""
    if cls not in _CONTAINERS:
        fields = {field.name: _strip_optional(field.type) for field in attrs.fields(cls)}
        _CONTAINERS[cls] = {
            name: kind for name, kind in fields.items() if attrs.has(kind) or _is_homogeneous_tuple(kind)
        }
    return _CONTAINERS[cls]


_CONTAINERS: dict[type, dict[str, Any]] = {}


def _too_deep(data: Any, cls: type) -> tuple[str | int, ...] | None:
    """The path where ``data`` nests model objects deeper than any valid document does, if it does.

    Only the places the converter would descend into count (junk under a string field is refused there
    without recursion), so a deep but harmless value is still reported where it stands.
    """
    stack: list[tuple[Any, Any, tuple[str | int, ...]]] = [(data, cls, ())]
    while stack:
        value, kind, path = stack.pop()
        if len(path) > _MAX_DEPTH:
            return path
        if isinstance(value, Mapping) and attrs.has(kind):
            for name, inner in _containers(kind).items():
                if name in value:
                    stack.append((value[name], inner, (*path, name)))
        elif isinstance(value, list | tuple) and _is_homogeneous_tuple(kind):
            item_kind = _strip_optional(get_args(kind)[0])
            stack.extend((item, item_kind, (*path, index)) for index, item in enumerate(value))
    return None


# --------------------------------------------------------------------------- public API


def to_dict(obj: Any) -> dict[str, Any]:
    """The plain-data form of any model object: a dict of str, int, bool-free JSON types, lists and None.

    >>> import xuncha, datetime as dt
    >>> to_dict(xuncha.Period(dt.date(2023, 3, 13), dt.date(2023, 4, 28), xuncha.Relation.RANGE))
    {'start': '2023-03-13', 'end': '2023-04-28', 'relation': 'range', 'precision': 'day', 'text': None, 'span': None}
    """
    if type(obj) not in _MODEL_CLASSES:  # a programming error, not bad content
        raise TypeError(f"to_dict expects a xuncha model object, got {type(obj).__name__}")
    result: dict[str, Any] = _CONVERTER.unstructure(obj)
    return result


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    """JSON text for any model object, Chinese written as is (no ``\\u`` escapes); see :func:`to_dict`."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def _check_model_class(cls: object) -> None:
    """A :class:`TypeError` unless ``cls`` is one of the models: a wrong argument, not bad content."""
    if cls not in _MODEL_CLASSES:
        names = ", ".join(model.__name__ for model in _MODEL_CLASSES)
        raise TypeError(f"cls must be one of the xuncha models ({names}), got {cls!r:.60}")


@overload
def from_dict(data: Any) -> Notice: ...
@overload
def from_dict(data: Any, cls: type[T]) -> T: ...
def from_dict(data: Any, cls: type[Any] = Notice) -> Any:
    """Build a ``cls`` (a :class:`~xuncha.Notice` by default) from plain data, strictly.

    Raises :class:`xuncha.ValidationError` listing every problem with its path; never returns a partial object.

    >>> import xuncha
    >>> from_dict({"start": 3, "end": 1}, xuncha.Span)
    Traceback (most recent call last):
    ...
    xuncha.errors.ValidationError: invalid Span: 2 problems
      $.end: span end 1 is before its start 3
      $.start: span end 1 is before its start 3
    """
    _check_model_class(cls)
    what = cls.__name__
    deep = _too_deep(data, cls)
    if deep is not None:
        raise ValidationError([PathProblem(_render(deep), "nested too deeply")], what=what)
    try:
        result = _CONVERTER.structure(data, cls)
    except RecursionError:
        raise ValidationError([PathProblem("$", "nested too deeply")], what=what) from None
    except Exception as error:  # every failure becomes a ValidationError, whatever the input
        errors = list(_flatten(error, ()))
        raise ValidationError(errors, what=what) from None
    return result


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicates: list[str] = []
        for key, _ in pairs:
            if key in seen and key not in duplicates:
                duplicates.append(key)
            seen.add(key)
        repeated = _DuplicateKeys(result)
        repeated.duplicates = tuple(duplicates)
        return repeated
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


@overload
def from_json(data: str | bytes) -> Notice: ...
@overload
def from_json(data: str | bytes, cls: type[T]) -> T: ...
def from_json(data: str | bytes, cls: type[Any] = Notice) -> Any:
    """Build a ``cls`` (a :class:`~xuncha.Notice` by default) from JSON text; see :func:`from_dict`.

    Text that is not JSON (or not UTF-8) is reported at ``$``.

    >>> import xuncha
    >>> from_json('{"title": "关于巡察整改情况的通报", "date": "2023-02-30", "sections": {}}').title
    Traceback (most recent call last):
    ...
    xuncha.errors.ValidationError: invalid Notice: 2 problems
      $.date: no such date: '2023-02-30'
      $.sections: expected an array, got an object
    """
    _check_model_class(cls)
    what = cls.__name__
    given: object = data  # callers without type checking pass anything
    if not isinstance(given, str | bytes | bytearray):
        raise TypeError(f"data must be JSON text (str or bytes), not {type(given).__name__}")
    try:
        text = data if isinstance(data, str) else bytes(data).decode(json.detect_encoding(data))
        try:
            parsed = _parse(text)
        except RecursionError:
            # Nesting deeper than json's recursion allows: cut the deepest parts out and read the rest, so
            # that the place where the junk starts is still reported by the checks that follow.
            parsed = _parse(_cap_depth(text, _MAX_JSON_DEPTH))
    except json.JSONDecodeError as error:
        message = f"not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        raise ValidationError([PathProblem("$", message)], what=what) from None
    except RecursionError:
        raise ValidationError([PathProblem("$", "not JSON: nested too deeply")], what=what) from None
    except ValueError as error:  # undecodable bytes, NaN/Infinity
        raise ValidationError([PathProblem("$", f"not JSON: {error}")], what=what) from None
    return from_dict(parsed, cls)


def _parse(text: str) -> Any:
    return json.loads(
        text, object_pairs_hook=_object_pairs, parse_constant=_refuse_constant, parse_int=_read_int
    )


# Structure characters outside strings (a string is skipped whole, escapes included).
_JSON_STRUCTURE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
# Deeper than the converter's own limit, well within what json can read without exhausting the stack.
_MAX_JSON_DEPTH = 200
_TOO_DEEP = json.dumps("⟨nested too deeply⟩", ensure_ascii=False)


def _cap_depth(text: str, limit: int) -> str:
    """``text`` with every array or object nested deeper than ``limit`` replaced by a placeholder string."""
    pieces: list[str] = []
    depth = 0
    kept = 0  # text before this offset is already in pieces
    cut: int | None = None  # where the current too-deep container began
    for token in _JSON_STRUCTURE.finditer(text):
        char = token.group()[0]
        if char == '"':
            continue
        if char in "[{":
            depth += 1
            if depth == limit + 1:
                cut = token.start()
        else:
            if depth == limit + 1 and cut is not None:
                pieces += [text[kept:cut], _TOO_DEEP]
                kept, cut = token.end(), None
            depth -= 1
    if cut is not None:  # never closed: keep the cut, json will report the missing brackets
        pieces += [text[kept:cut], _TOO_DEEP]
        kept = len(text)
    pieces.append(text[kept:])
    return "".join(pieces)
