"""Lists and ranges: the second pass over the atoms, joining bare numbers to the figure they are listed with.

"3.6 和 5.6 个百分点" gives both numbers the unit; "5-10万元" is one figure with a lower and an upper bound;
"第一、二、三批" are all ordinals. No rate is inferred from words (人均收入由2300元提高到9860元 gives two figures in 元).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from xuncha.errors import UnitError
from xuncha.models import Qualifier, Quantity, _trusted_quantity, _trusted_span
from xuncha.numerals import fraction_to_decimal
from xuncha.quantities._candidate import Atom
from xuncha.quantities._words import (
    _INCLUDED_MARKS,
    _LIST_SEPARATORS,
    _LONGEST_GAP,
    _POST_QUALIFIERS,
    _RANGE_SEPARATORS,
    _SPACES,
)
from xuncha.units import convert, get_unit

#: Where the spans of extracted figures point: None for the text searched; for the parser, which searches a
#: cleaned view of a notice (xuncha._text), the original text and the map of cleaned spans into it, so that each
#: figure is built once, in place, rather than built and then rebuilt (and validated again) with a moved span.
Place = tuple[str, Callable[[int, int], tuple[int, int]]] | None


def _gap(text: str, left: Atom, right: Atom) -> str:
    gap = text[left.end : right.start].strip(_SPACES)
    if gap.startswith(_INCLUDED_MARKS):
        gap = gap[3:].strip(_SPACES)  # 1 万(含)-5 万元: the inclusion mark belongs to the lower bound
    return gap


def paired(text: str, left: Atom, right: Atom) -> bool:
    """Whether join may read two neighbouring atoms together (a list or a range): only across a separator.

    Atoms apart are independent, so a scanner may join each run of paired atoms as soon as it ends instead of
    holding every atom of a long text until the end (see quantities._scan).
    """
    end, start = left.end, right.start
    if start - end > _LONGEST_SEPARATOR and text[end] not in _GAP_TRIMS and text[start - 1] not in _SPACES:
        return False  # most figures stand apart: a gap _gap leaves as it is, too long for a separator
    return _gap(text, left, right) in _PAIRING_SEPARATORS


_PAIRING_SEPARATORS = _LIST_SEPARATORS | _RANGE_SEPARATORS
_LONGEST_SEPARATOR = max(len(separator) for separator in _PAIRING_SEPARATORS)
#: The characters _gap trims a gap from: spaces, and an inclusion mark (含) after the lower bound.
_GAP_TRIMS = frozenset(_SPACES + "(（")


def _in_unit(atom: Atom, factor: Fraction) -> Decimal:
    """A bare partner's value in the unit of the figure it shares: 5 in 5-10万元 is 5 万元; 5万 in 5万-10万元 too."""
    if atom.written_big:
        return fraction_to_decimal(Fraction(atom.value) * atom.unit_factor / factor)
    return atom.value


def _range_bounds(atom: Atom, following: Atom) -> tuple[Decimal, Decimal, str] | None:
    """The bounds and unit of a range "atom–following", or None when the two cannot make one.

    A bare lower bound takes the upper bound's unit (5-10万元); bounds in units of one dimension are given in
    the smaller unit (5000元至1万元 is 5000–10000 元); 5万元/亩-10万元 keeps the rate the lower bound wrote.
    """
    upper_unit = following.unit
    if upper_unit is None:
        return None
    if atom.unit is None:
        lower, upper, unit = _in_unit(atom, following.unit_factor), following.value, upper_unit
        if lower > upper and following.unit_factor != 1 and not atom.written_big:
            # 从8500到3万港元: a lower bound above the upper one in its unit is a plain number (8500–30000 港元)
            lower = fraction_to_decimal(Fraction(atom.value) / following.unit_factor)
    elif atom.unit == upper_unit or atom.unit.startswith(f"{upper_unit}/"):
        lower, upper, unit = atom.value, following.value, atom.unit
    else:
        try:
            low, high = get_unit(atom.unit), get_unit(upper_unit)
        except UnitError:  # pragma: no cover - both units were looked up when the atoms were read
            return None
        if low.dimension != high.dimension or low.is_counter:
            return None
        unit = low.name if low.factor <= high.factor else high.name
        lower = fraction_to_decimal(convert(atom.value, low.name, unit))
        upper = fraction_to_decimal(convert(following.value, high.name, unit))
    if lower > upper:
        return None
    return lower, upper, unit


def join(source: str, text: str, atoms: list[Atom], place: Place) -> list[Quantity]:
    """The figures the atoms make (see Place for where their spans point)."""
    count = len(atoms)
    if count == 1:
        # Most figures stand alone (the scanner joins each run of paired atoms): none of the passes below
        # applies to one atom but the last, which keeps it when it is a figure.
        return [single(source, place, atoms[0])] if is_figure_alone(atoms[0]) else []
    quantities: list[Quantity] = []
    index = 0
    # Left to right, numbers listed after an ordinal are ordinals: 第一、二、三批.
    for i in range(count - 1):
        left, right = atoms[i], atoms[i + 1]
        if left.ordinal and _gap(text, left, right) in _PAIRING_SEPARATORS:
            right.poison = right.ordinal = True
    # Right to left, bare numbers take the unit of the figure they are listed with; so does a number written
    # with only the 个 of a unit that starts with it (12.4个和12.2个百分点, 2个、3个工作日: 个 is its first
    # character, the rest is shared).
    for i in range(count - 2, -1, -1):
        left, right = atoms[i], atoms[i + 1]
        if (
            left.unit == "个"
            and right.unit is not None
            and right.unit != "个"
            and right.unit.startswith("个")
            and not (left.poison or right.poison)
            and left.unit_factor == 1
            and _gap(text, left, right) in _LIST_SEPARATORS
        ):
            left.unit, left.unit_factor = right.unit, right.unit_factor
            continue
        if left.unit is not None or left.poison:
            continue
        gap = _gap(text, left, right)
        if (
            gap in _LIST_SEPARATORS
            and (right.unit is not None or right.poison)
            and left.chinese == right.chinese
        ):
            if right.poison:
                left.poison = True
                continue
            left.value = _in_unit(left, right.unit_factor)
            left.unit, left.unit_factor = right.unit, right.unit_factor
    # Right to left, a trailing qualifier is shared by the list before it in the same unit: 4.5%和6.8%左右
    # (both about), 3天、5天和7天以内 (all at most). A qualifier written before a number or inside it (约5%,
    # 80余名) is its own, and so is the qualifier of an open band after bounded ones: in 18-34岁、35-59岁、60岁
    # 及以上 the upper bound of a range takes no 以上.
    for i in range(count - 2, -1, -1):
        left, right = atoms[i], atoms[i + 1]
        if (
            left.qualifier is None
            and not (i and _gap(text, atoms[i - 1], left) in _RANGE_SEPARATORS)
            and right.qualifier is not None
            and right.qualifier_text in _POST_QUALIFIERS
            and not right.pre_qualified
            and left.unit is not None
            and left.unit == right.unit
            and left.unit_factor == right.unit_factor
            and not (left.poison or right.poison)
            and _gap(text, left, right) in _LIST_SEPARATORS
        ):
            left.qualifier, left.qualifier_text = right.qualifier, right.qualifier_text
    while index < count:
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < count else None
        if (
            following is not None
            and atom.unit is None
            and not atom.keep_bare
            and following.unit is None
            and following.keep_bare
            and not (atom.poison or following.poison)
            and following.start - atom.end <= _LONGEST_GAP
            and _gap(text, atom, following) in _RANGE_SEPARATORS
        ):
            index += 2  # 2-3万: the lower bound would be dropped; never the upper bound alone
            continue
        if (
            following is not None
            and not atom.poison
            and following.unit is not None
            and following.start - atom.end <= _LONGEST_GAP  # most figures stand apart: no slicing
            and (atom.qualifier is None or atom.pre_qualified or atom.unit is None)
            and _gap(text, atom, following) in _RANGE_SEPARATORS
        ):
            if following.poison:
                index += 2
                continue
            bounds = _range_bounds(atom, following)
            if bounds is not None:
                lower, upper, unit = bounds
                begin = atom.start
                qualifier, qualifier_text = atom.qualifier, atom.qualifier_text
                if qualifier is None:
                    qualifier, qualifier_text = following.qualifier, following.qualifier_text
                quantities.append(
                    _quantity(
                        source, place, begin, following.end, lower, unit, qualifier, qualifier_text, upper
                    )
                )
                index += 2
                continue
            if atom.unit is None:
                index += 2  # 50000至3万元: a bare lower bound that makes no range; neither bound alone is the figure
                continue
        if not atom.poison and (atom.unit is not None or atom.keep_bare):
            quantities.append(single(source, place, atom))
        index += 1
    return quantities


def is_figure_alone(atom: Atom) -> bool:
    """Whether an atom that stands apart from the others is a figure: not a year, date or ordinal, and with a
    unit or worth reporting bare (80万, 五分之一)."""
    return not atom.poison and (atom.unit is not None or atom.keep_bare)


def single(source: str, place: Place, atom: Atom) -> Quantity:
    """The figure one atom makes alone, with no upper bound (as _quantity builds it: the commonest figure)."""
    start, end = atom.start, atom.end
    if place is not None:
        source, to_original = place
        start, end = to_original(start, end)
    span = _trusted_span(start, end)  # (the scanner's offsets, or SourceText's: no validator needed)
    return _trusted_quantity(
        atom.value, atom.unit, atom.qualifier, atom.qualifier_text, source[start:end], span, None
    )


def _quantity(
    text: str,
    place: Place,
    start: int,
    end: int,
    value: Decimal,
    unit: str | None,
    qualifier: Qualifier | None,
    qualifier_text: str | None,
    upper: Decimal | None,
) -> Quantity:
    if place is not None:
        text, to_original = place
        start, end = to_original(start, end)
    # Every field comes from the scanner, valid by construction (see models._trusted_quantity).
    span = _trusted_span(start, end)
    return _trusted_quantity(value, unit, qualifier, qualifier_text, text[start:end], span, upper)
