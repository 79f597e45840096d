"""Where, how much and when: the value types the extractors produce (Span, Quantity, Period) and their enums.

They are part of the model family and are imported from :mod:`xuncha.models` (or ``xuncha``), which re-exports
them; they live in a module of their own so that the document tree (:mod:`xuncha.models`) and the values it
holds are each short enough to read. Like every model, they know nothing about parsing: the few methods that
need a grammar (``Quantity.to``, ``Period.format`` …) import it when called.

>>> Span(2, 5), len(Span(2, 5))
(Span(start=2, end=5), 3)
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs

from xuncha._validators import (
    _NO_SPACE,
    _OPT_DATE,
    _OPT_STR,
    _as_decimal,
    _as_optional_decimal,
    _Attribute,
    _end_offset,
    _enum,
    _finite,
    _is,
    _not_blank,
    _offset,
    _rules,
    _run,
    _span_fits_text,
    _unit_shape,
    unvalidated,
)
from xuncha.errors import InvariantError

__all__ = ["Period", "Precision", "Qualifier", "Quantity", "Relation", "Span"]


class Qualifier(enum.Enum):
    """How a figure relates to the true amount; the source word is kept in ``Quantity.qualifier_text``."""

    MORE_THAN = "more_than"  #: 余, 多, 超过
    NEARLY = "nearly"  #: 近, 将近, 不足
    ABOUT = "about"  #: 约, 左右
    AT_LEAST = "at_least"  #: 以上, 至少, 最低
    AT_MOST = "at_most"  #: 以下, 以内, 最高


class Relation(enum.Enum):
    """How a :class:`Period` relates to its dates."""

    ON = "on"  #: the period itself: 2023年3月, 9月20日
    RANGE = "range"  #: an explicit range: 2023年3月13日至4月28日
    SINCE = "since"  #: from start on: 今年以来, 6月份以来 (end is the reference date, when known)
    UNTIL = "until"  #: up to and including end: 截至11月底
    BEFORE = "before"  #: a deadline, no later than end: 年底前, 春节前
    AFTER = "after"  #: no earlier than start: 10月后


class Precision(enum.Enum):
    """The granularity a :class:`Period` was stated with."""

    DAY = "day"
    TEN_DAYS = "ten_days"  #: 上旬, 中旬, 下旬
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    SEASON = "season"
    YEAR = "year"


# --------------------------------------------------------------------------- value objects


# No weak references: a span is made for every part and every figure of a notice, and a diagnostic keeps its
# part's; without the slot for one a span takes a block of 48 bytes, not 64.
@attrs.frozen(weakref_slot=False)
class Span:
    """Character offsets into the source text: ``source[start:end]``, end exclusive."""

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_end_offset)

    def __len__(self) -> int:
        return self.end - self.start


_unvalidated_span = unvalidated(Span)


def _trusted_span(start: int, end: int) -> Span:
    """A Span of offsets xuncha computed itself, without running the validators (as _trusted_period).

    For hot paths only (a parse makes a span for every part of a notice): ``start`` and ``end`` are ints. The
    rules a caller could break (no negative offset, end not before start) go through the validating constructor.
    """
    if start < 0 or end < start:
        return Span(start, end)
    return _unvalidated_span(start, end)


_OPT_SPAN = _is(Span, "a Span", optional=True)


@_rules(_OPT_SPAN, _span_fits_text)
def _figure_span(instance: Any, attribute: _Attribute, value: Any) -> None:
    if value is None:
        return
    if type(value) is not Span or (
        (text := instance.text) is not None and len(text) != value.end - value.start
    ):
        _run(_figure_span, instance, attribute, value)


@_rules(_OPT_STR, _unit_shape)
def _unit(instance: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and (type(value) is not str or _NO_SPACE.fullmatch(value) is None):
        _run(_unit, instance, attribute, value)


def _qualifier_text_needs_qualifier(instance: Any, _: _Attribute, value: str | None) -> None:
    if value is not None and instance.qualifier is None:
        raise InvariantError(
            "qualifier", f"qualifier_text {value!r} needs a qualifier", related=("qualifier_text",)
        )


@_rules(_OPT_STR, _not_blank, _qualifier_text_needs_qualifier)
def _qualifier_text(instance: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and (type(value) is not str or not value.strip() or instance.qualifier is None):
        _run(_qualifier_text, instance, attribute, value)


def _upper_not_below_value(instance: Any, _: _Attribute, value: Decimal | None) -> None:
    if value is not None and value < instance.value:
        raise InvariantError(
            "upper",
            f"range upper bound {value} is below its lower bound {instance.value}",
            related=("value",),
        )


@_rules(_finite, _upper_not_below_value)
def _upper(instance: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None:
        _run(_upper, instance, attribute, value)


@attrs.frozen
class Quantity:
    """A figure from a notice: an exact value with its unit as written.

    ``unit`` is None for a bare number. ``qualifier`` says how the figure bounds the true amount and
    ``qualifier_text`` keeps the word (余, 近, 约, 以上 ...). A range such as "5-10万元" has ``value`` 5 (the lower
    bound) and ``upper`` 10; ``upper`` is None for a single figure. ``text`` and ``span`` are the exact
    source text and where it stands.
    """

    value: Decimal = attrs.field(converter=_as_decimal, validator=_finite)
    unit: str | None = attrs.field(default=None, validator=_unit)
    qualifier: Qualifier | None = attrs.field(default=None, validator=_enum(Qualifier, optional=True))
    qualifier_text: str | None = attrs.field(default=None, validator=_qualifier_text)
    text: str | None = attrs.field(default=None, validator=_OPT_STR)
    span: Span | None = attrs.field(default=None, validator=_figure_span)
    upper: Decimal | None = attrs.field(default=None, converter=_as_optional_decimal, validator=_upper)

    # Rules over several fields are validators too (attrs runs them once every field is set), so that a
    # reader of data can run each one on its own and report every broken rule, not just the first: see _rules.

    # Unit arithmetic lives in xuncha.units and formatting in xuncha.quantities; the models depend on no grammar
    # module, so these methods only delegate, importing the function they call on first use.

    def to(self, unit: str) -> Quantity:
        """The same amount in another unit of its dimension, exactly (28 significant digits when the value
        does not terminate, as 亩 in m²). Raises :class:`~xuncha.errors.UnitError` across dimensions.

        >>> Quantity(Decimal("500"), "万元").to("元").value
        Decimal('5000000')
        """
        from xuncha.units import quantity_to

        return quantity_to(self, unit)

    def base(self) -> Quantity:
        """The amount in its dimension's base unit: 元, 平方米, 米, 吨, %, 个百分点, or the counter itself.

        >>> Quantity(Decimal("6.59"), "万元/亩").base().value, Quantity(Decimal("6.59"), "万元/亩").base().unit
        (Decimal('65900'), '元/亩')
        """
        from xuncha.units import quantity_in_base

        return quantity_in_base(self)

    def format(self, *, locale: str = "zh_CN") -> str:
        """The figure written for ``locale`` by babel, with its qualifier word and unit: ``500余万元``.

        >>> Quantity(Decimal("12345.5"), "万元", qualifier=Qualifier.MORE_THAN, qualifier_text="余").format()
        '12,345.5余万元'
        """
        from xuncha.quantities import format_quantity

        return format_quantity(self, locale=locale)


_unvalidated_quantity = unvalidated(Quantity)


def _trusted_quantity(
    value: Decimal,
    unit: str | None,
    qualifier: Qualifier | None,
    qualifier_text: str | None,
    text: str,
    span: Span,
    upper: Decimal | None,
) -> Quantity:
    """A Quantity built by xuncha's own scanner, without running the validators (as _trusted_period for Period).

    For the hot path only: ``value`` and ``upper`` are finite Decimals, ``unit`` a registered unit's name,
    ``span`` a validated Span and ``text`` the slice it covers. The rules across fields a caller could break
    (upper ≥ value, a qualifier word needs a qualifier) go through the validating constructor, which reports
    them. Every field is set here, beside the class, so that a new field cannot be forgotten elsewhere.
    """
    if (upper is not None and upper < value) or (qualifier_text is not None and qualifier is None):
        return Quantity(value, unit, qualifier, qualifier_text, text, span, upper)
    return _unvalidated_quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        text=text,
        span=span,
        upper=upper,
    )


def _end_not_before_start(instance: Any, _: _Attribute, value: dt.date | None) -> None:
    if instance.start is not None and value is not None and value < instance.start:
        raise InvariantError(
            "end", f"period end {value} is before its start {instance.start}", related=("start",)
        )


@_rules(_OPT_DATE, _end_not_before_start)
def _period_end(instance: Any, attribute: _Attribute, value: Any) -> None:
    if value is not None and (
        type(value) is not dt.date or ((start := instance.start) is not None and value < start)
    ):
        _run(_period_end, instance, attribute, value)


@attrs.frozen
class Period:
    """A time expression: inclusive first and last day, how it relates to them, and how precisely.

    A bound the text does not fix (the start of 年底前) or cannot fix without a reference date (今年以来
    with no reference) is None: xuncha never guesses with today's date.
    """

    start: dt.date | None = attrs.field(default=None, validator=_OPT_DATE)
    end: dt.date | None = attrs.field(default=None, validator=_period_end)
    relation: Relation = attrs.field(default=Relation.ON, validator=_enum(Relation))
    precision: Precision = attrs.field(default=Precision.DAY, validator=_enum(Precision))
    text: str | None = attrs.field(default=None, validator=_OPT_STR)
    span: Span | None = attrs.field(default=None, validator=_figure_span)

    def format(self, *, locale: str = "zh_CN") -> str:
        """The period in words, through babel: 2023年12月25日, 2023年1月至9月, 2023年12月31日前.

        >>> import datetime as dt
        >>> Period(dt.date(2023, 1, 1), dt.date(2023, 9, 30), Relation.RANGE, Precision.MONTH).format()
        '2023年1月至9月'
        >>> Period(None, dt.date(2023, 12, 31), Relation.BEFORE).format()
        '2023年12月31日前'
        """
        from xuncha.dates._format import format_period  # the models know no grammar or babel until asked

        return format_period(self, locale)

    def iso(self) -> str:
        """An ISO 8601 / EDTF string: a date, a month, a year, a quarter (2023-33) or an interval.

        ``..`` is an open end (a deadline has no start), an empty side an unknown one.

        >>> import datetime as dt
        >>> Period(dt.date(2023, 1, 1), dt.date(2023, 9, 30), Relation.RANGE, Precision.MONTH).iso()
        '2023-01-01/2023-09-30'
        >>> Period(None, dt.date(2023, 12, 31), Relation.BEFORE).iso()
        '../2023-12-31'
        """
        from xuncha.dates._format import iso_period

        return iso_period(self)


_unvalidated_period = unvalidated(Period)


def _trusted_period(
    start: dt.date | None,
    end: dt.date | None,
    relation: Relation,
    precision: Precision,
    text: str,
    span: Span,
) -> Period:
    """A Period built by xuncha's own extractors, without running the validators.

    For hot paths only (a parse builds a hundred periods, and validation was a fifth of the cost): every
    argument already has its field's type, ``span`` is a validated Span and ``text`` the slice it covers. The
    one rule a caller could break, start ≤ end, goes through the validating constructor, which reports it.
    Every field is set here, beside the class, so that a new field cannot be forgotten elsewhere.
    """
    if start is not None and end is not None and end < start:
        return Period(start, end, relation, precision, text, span)
    return _unvalidated_period(
        start=start, end=end, relation=relation, precision=precision, text=text, span=span
    )
