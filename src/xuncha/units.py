"""The unit registry: every unit a notice counts or measures in, with exact factors, and conversion between them.

A unit belongs to a *dimension* and has an exact factor (a :class:`~fractions.Fraction`) relative to the
dimension's base unit: money is counted in 元, area in 平方米 (1 亩 = 2000/3 m² exactly), length in 米, mass in
吨, ratios in %. 个百分点 is its own dimension — a difference of percentages is not a percentage — and every
counter (人, 人次, 家, 宗 …) is a dimension of its own, so 人次 never folds into 人.

>>> get_unit("亩").factor, get_unit("公顷").factor
(Fraction(2000, 3), Fraction(10000, 1))
>>> convert(Decimal("15"), "亩", "公顷")
Fraction(1, 1)
>>> get_unit("万元").base, get_unit("万元/亩").base
('元', '元/亩')
>>> convert(1, "万元", "亩")
Traceback (most recent call last):
...
xuncha.errors.UnitError: cannot convert 万元 (money) to 亩 (area)

Units written with 万/亿/千/百万 before a registered unit (万元, 亿元, 万亩, 万吨, 万人次) and rates written
``numerator/denominator`` (万元/亩, 元/人) are built on demand from the registry. The units, their spellings
and the prefixes are registered once, in :mod:`xuncha._lexicon`; the quantity scanner reads the same table.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import attrs

from xuncha._fold import fold
from xuncha._lexicon import (
    COUNTER_NAMES,
    MEASURED,
    NOT_PREFIXED,
    PREFIXES,
    all_spellings,
    derived,
    forget_on_rebuild,
)
from xuncha.errors import UnitError, require_text
from xuncha.models import Quantity
from xuncha.numerals import fraction_to_decimal

__all__ = [
    "COUNTERS",
    "PREFIXES",
    "Unit",
    "canonical_unit",
    "convert",
    "get_unit",
    "quantity_in_base",
    "quantity_to",
]


@attrs.frozen
class Unit:
    """A unit: its canonical ``name``, its ``dimension``, its exact ``factor`` to the ``base`` unit's name."""

    name: str
    dimension: str
    factor: Fraction
    base: str

    @property
    def is_counter(self) -> bool:
        """True for counters (人, 家次, 宗 …): each is its own dimension, counted, not measured."""
        return self.dimension.startswith("counter:")


@attrs.frozen
class _Tables:
    """The registry as get_unit reads it, derived from the lexicon."""

    units: dict[str, Unit]  # every unit by its canonical name
    aliases: dict[str, str]  # other spellings, to the canonical name
    counters: frozenset[str]


@derived
def _tables() -> _Tables:
    units = {name: Unit(name, f"counter:{name}", Fraction(1), name) for name in COUNTER_NAMES}
    for dimension, (base, factors) in MEASURED.items():
        units.update(
            {name: Unit(name, dimension, Fraction(factor), base) for name, factor in factors.items()}
        )
    aliases = {spelling.text: spelling.unit for spelling in all_spellings() if spelling.text != spelling.unit}
    return _Tables(units, aliases, frozenset(COUNTER_NAMES))


#: Counters, each its own dimension: 人 and 人次 count different things (read from the lexicon on use).
COUNTERS: frozenset[str]


def __getattr__(name: str) -> frozenset[str]:
    if name == "COUNTERS":  # read from the lexicon on use, so that it follows xuncha._lexicon.rebuild()
        return _tables().counters
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: A counter with another in brackets: 台（套）, 个(件).
_ALTERNATIVE_COUNTER = re.compile(r"(\w{1,2})[（(](\w{1,2})[）)]")


def canonical_unit(name: str) -> str:
    """The canonical spelling of a unit: ``％`` → ``%``, ``百分点`` → ``个百分点``, ``萬元`` → ``万元``.

    >>> canonical_unit("人（次）"), canonical_unit("萬畝"), canonical_unit("万元/畝")
    ('人次', '万亩', '万元/亩')
    """
    return get_unit(name).name


def get_unit(name: str) -> Unit:
    """Look a unit up by any of its spellings; prefixed (万元) and rate (万元/亩) units are built on demand.

    Raises :class:`~xuncha.errors.UnitError` for a unit the registry does not know.

    >>> get_unit("万元")
    Unit(name='万元', dimension='money', factor=Fraction(10000, 1), base='元')
    >>> get_unit("人（次）").name, get_unit("人次").is_counter
    ('人次', True)
    """
    return _lookup(require_text(name, "name"))


@lru_cache(maxsize=1024)
def _lookup(name: str) -> Unit:
    tables = _tables()
    registry, aliases, counters = tables.units, tables.aliases, tables.counters
    text = "".join(name.split())
    text = aliases.get(text, text)
    if text in registry:
        return registry[text]
    alternative = _ALTERNATIVE_COUNTER.fullmatch(text)
    if alternative is not None:
        first, second = (fold(alternative.group(i)) for i in (1, 2))
        if first in counters and second in counters:
            # 46台（套）: "46, counted in 台 or 套"; counted as the first counter, the second kept in the name
            return Unit(f"{first}（{second}）", f"counter:{first}", Fraction(1), first)
    if "/" in text:
        numerator_name, _, denominator_name = text.partition("/")
        if numerator_name and denominator_name and "/" not in denominator_name:
            numerator, denominator = get_unit(numerator_name), get_unit(denominator_name)
            per = _per_name(denominator)
            return Unit(
                f"{numerator.name}/{per}",
                f"{numerator.dimension}/{denominator.dimension}",
                numerator.factor / denominator.factor,
                # Rates keep their denominator as written: 万元/亩 is based on 元/亩, as notices report it.
                f"{numerator.base}/{per}",
            )
    simplified = fold(text)
    if simplified != text:
        return get_unit(simplified)
    for prefix, multiplier in PREFIXES.items():
        if text.startswith(prefix) and len(text) > len(prefix):
            rest = text[len(prefix) :]
            rest = aliases.get(rest, rest)
            if rest in registry and rest not in NOT_PREFIXED:
                inner = registry[rest]
                return Unit(prefix + inner.name, inner.dimension, inner.factor * multiplier, inner.base)
            if _ALTERNATIVE_COUNTER.fullmatch(rest) is not None:  # 42.7万头（只）, 46万台（套）
                inner = _lookup(rest)
                return Unit(prefix + inner.name, inner.dimension, inner.factor * multiplier, inner.base)
    raise UnitError(f"unknown unit: {name!r}")


forget_on_rebuild(_lookup.cache_clear)


def _per_name(denominator: Unit) -> str:
    """A time unit after a slash drops its measure word, as rates are written: 元/月, not 元/个月."""
    if denominator.name.startswith("个") and not denominator.is_counter:
        return denominator.name[1:]
    return denominator.name


def convert(value: Decimal | Fraction | int, from_unit: str, to_unit: str) -> Fraction:
    """Convert a value between two units of the same dimension, exactly.

    Rates convert only to rates of the same two dimensions (万元/亩 to 元/平方米).

    >>> convert(Decimal("6.59"), "万元/亩", "元/亩")
    Fraction(65900, 1)
    >>> convert(1, "亩", "平方米")
    Fraction(2000, 3)
    """
    source, target = get_unit(from_unit), get_unit(to_unit)
    if source.dimension != target.dimension:
        raise UnitError(
            f"cannot convert {source.name} ({_label(source)}) to {target.name} ({_label(target)})"
        )
    if isinstance(value, bool) or not isinstance(value, Decimal | Fraction | int):
        raise TypeError(f"value must be a Decimal, Fraction or int, not {type(value).__name__}")
    return Fraction(value) * source.factor / target.factor


def _label(unit: Unit) -> str:
    return unit.dimension.replace("counter:", "counted in ")


def quantity_to(quantity: Quantity, unit: str) -> Quantity:
    """``quantity`` in another unit of its dimension, range bound included: :meth:`Quantity.to
    <xuncha.models.Quantity.to>`.

    >>> quantity_to(Quantity(Decimal("5"), "万元", upper=Decimal("10")), "元").upper
    Decimal('100000')
    """
    if not isinstance(quantity, Quantity):
        raise TypeError(f"quantity must be a Quantity, not {type(quantity).__name__}")
    require_text(unit, "unit")
    if quantity.unit is None:
        raise UnitError(f"cannot convert a bare number to {unit!r}")
    target = get_unit(unit).name
    value = fraction_to_decimal(convert(quantity.value, quantity.unit, target))
    upper = (
        None
        if quantity.upper is None
        else fraction_to_decimal(convert(quantity.upper, quantity.unit, target))
    )
    return attrs.evolve(quantity, value=value, unit=target, upper=upper)


def quantity_in_base(quantity: Quantity) -> Quantity:
    """``quantity`` in its dimension's base unit (a bare number as it is): :meth:`Quantity.base
    <xuncha.models.Quantity.base>`."""
    if not isinstance(quantity, Quantity):
        raise TypeError(f"quantity must be a Quantity, not {type(quantity).__name__}")
    if quantity.unit is None:
        return quantity
    return quantity_to(quantity, get_unit(quantity.unit).base)
