"""The validators and converters of the model family: type checks, invariants and the rule machinery.

Each validator raises :class:`xuncha.errors.InvariantError`, which names the field at fault. The models in
:mod:`xuncha.models` declare them on their fields; the JSON Schema reads some of them back
(:mod:`xuncha.schema`), which is why they are module-level functions with stable identities.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from xuncha.errors import InvariantError

if TYPE_CHECKING:
    from xuncha.models import Span


class _Attribute(Protocol):
    name: str


def _fail(
    attribute: _Attribute,
    message: str,
    *,
    within: tuple[int | str, ...] = (),
    related: tuple[str, ...] = (),
) -> InvariantError:
    return InvariantError(attribute.name, message, within=within, related=related)


def _is(
    kind: type | tuple[type, ...], label: str, *, optional: bool = False
) -> Callable[[Any, _Attribute, Any], None]:
    """A type check; with ``optional`` None passes too.

    Every field of every object runs one, so the common case (the exact type, or None where allowed) is
    settled by the first test, in one call; anything else goes on to the precise checks and messages.
    """
    exact = kind if isinstance(kind, tuple) else (kind,)
    accepts_bool = bool in exact  # decided once

    def check(_: Any, attribute: _Attribute, value: Any) -> None:
        if type(value) in exact or (value is None and optional):
            return
        # bool is an int and datetime is a date; neither is what these fields mean.
        if isinstance(value, bool) and not accepts_bool:
            raise _fail(attribute, f"expected {label}, got {value!r}")
        if isinstance(value, dt.datetime) or not isinstance(value, kind):
            raise _fail(attribute, f"expected {label}, got {type(value).__name__} {value!r}")

    return check


def _positive(_: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and value < 1:
        raise _fail(attribute, f"must be at least 1, got {value}")


def _non_negative(_: Any, attribute: _Attribute, value: int) -> None:
    if value < 0:
        raise _fail(attribute, f"must not be negative, got {value}")


def _not_blank(_: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and not value.strip():
        raise _fail(attribute, "must not be empty or blank")


def _tuple_of(kind: type, label: str) -> Callable[[Any, _Attribute, Any], None]:
    def check(_: Any, attribute: _Attribute, value: Any) -> None:
        if type(value) is tuple:
            for item in value:
                if type(item) is not kind:  # a subclass, or worse: the precise checks below decide
                    break
            else:
                return  # the common case: a tuple of exactly ``kind``
        if not isinstance(value, tuple):
            raise _fail(attribute, f"expected a tuple of {label}, got {type(value).__name__}")
        for index, item in enumerate(value):
            if not isinstance(item, kind) or isinstance(item, bool):
                raise _fail(attribute, f"item {index} is not {label}: {item!r}", within=(index,))

    return check


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept a list for a sequence field (convenient in scripts) as well as a tuple.

    Anything else passes through unchanged so that the field's validator, which knows the field's name,
    rejects it (a converter is not told which field it converts).
    """
    if isinstance(value, list):
        return tuple(value)
    return value  # type: ignore[return-value]  # not a tuple: left for the validator to reject by name


# One named converter per item type: mypy's attrs plugin types __init__ from the converter's signature and
# supports neither generic converters nor converter factories.
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return _as_tuple(value)


def _as_decimal(value: Decimal | int | str) -> Decimal:
    """Exact amounts only: a Decimal, an int or a numeric string; never a float."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value)
        except ArithmeticError:
            raise InvariantError("value", f"not a decimal number: {value!r}") from None
    raise InvariantError("value", f"expected a Decimal, int or numeric string, got {type(value).__name__}")


def _as_optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return _as_decimal(value)
    except InvariantError as error:
        raise InvariantError("upper", error.message) from None


def _finite(_: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and not value.is_finite():
        raise _fail(attribute, f"must be a finite number, got {value}")


_NO_SPACE = re.compile(r"\S+")


def _unit_shape(_: Any, attribute: _Attribute, value: str | None) -> None:
    if value is not None and not _NO_SPACE.fullmatch(value):
        raise _fail(attribute, f"a unit is written without spaces and is not empty, got {value!r}")


def _enum(kind: type[enum.Enum], *, optional: bool = False) -> Callable[[Any, _Attribute, Any], None]:
    values = ", ".join(member.value for member in kind)

    def check(_: Any, attribute: _Attribute, value: Any) -> None:
        if type(value) is kind or (value is None and optional):
            return
        if not isinstance(value, kind):
            raise _fail(attribute, f"expected one of {values}, got {value!r}")

    return check


_STR = _is(str, "a string")
_OPT_STR = _is(str, "a string", optional=True)
_INT = _is(int, "an integer")
_OPT_INT = _is(int, "an integer", optional=True)
_OPT_DATE = _is(dt.date, "a datetime.date", optional=True)


def _span_text_agree(text: str | None, span: Span | None) -> None:
    if text is not None and span is not None and len(text) != span.end - span.start:
        raise InvariantError(
            "span",
            f"span {span.start}..{span.end} covers {span.end - span.start} characters, text {text!r} has {len(text)}",
            related=("text",),
        )


_Check = Callable[[Any, _Attribute, Any], None]


def _rules(*rules: _Check) -> Callable[[_Check], _Check]:
    """Mark a field validator as standing for ``rules``, run in order like attrs' ``and_``.

    Span, Quantity and Period are built by the hundred for every notice parsed, and an ``and_`` costs a call
    for itself and one per rule. Their fields therefore get one validator each whose first test accepts the
    common valid value at once and which otherwise runs the rules themselves, so that errors are exactly
    the rules' (the fast test may only accept values that every rule accepts). The rules stay visible as
    ``_validators``, where the JSON Schema generator and the deserialiser's report of every broken rule look
    for them, as they do in an ``and_``.
    """

    def mark(check: _Check) -> _Check:
        check.__dict__["_validators"] = rules
        return check

    return mark


def _run(check: _Check, instance: Any, attribute: _Attribute, value: Any) -> None:
    for rule in check.__dict__["_validators"]:
        rule(instance, attribute, value)


def _end_after_start(instance: Any, attribute: _Attribute, value: int) -> None:
    if value < instance.start:
        raise _fail(attribute, f"span end {value} is before its start {instance.start}", related=("start",))


@_rules(_INT, _non_negative)
def _offset(instance: Any, attribute: _Attribute, value: Any) -> None:
    if type(value) is not int or value < 0:
        _run(_offset, instance, attribute, value)


@_rules(_INT, _non_negative, _end_after_start)
def _end_offset(instance: Any, attribute: _Attribute, value: Any) -> None:
    if type(value) is not int or value < 0 or value < instance.start:
        _run(_end_offset, instance, attribute, value)


def _span_fits_text(instance: Any, _: _Attribute, value: Span | None) -> None:
    _span_text_agree(instance.text, value)


_Model = TypeVar("_Model")


def unvalidated(cls: type[_Model], **fields: Any) -> _Model:
    """An instance of the frozen attrs class ``cls`` with ``fields`` set as given, no converter or validator run.

    For the trusted constructors only (``_trusted_span``, ``_trusted_measure`` …), which build values xuncha
    computed itself on the parser's hot path and send anything a caller could get wrong through the validating
    constructor. Every field must be given: tests/test_trusted_models.py compares each trusted constructor with
    the validating one.
    """
    instance: _Model = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(instance, name, value)
    return instance
