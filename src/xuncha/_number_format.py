"""Writing numbers: Chinese (一千九百四十一点六九), financial (壹仟玖佰肆拾壹点陆玖), grouped, compact and plain.

:func:`format_number` is public in :mod:`xuncha.numerals`; this module holds its implementation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from xuncha.errors import NumberError, require_text

NumberStyle = Literal["chinese", "financial", "grouped", "compact", "plain"]

_CHINESE_DIGITS = "零一二三四五六七八九"
_FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _below_10000(n: int, digits: str, units: str, leading: bool) -> str:
    """n < 10^4 as digits with 十百千 (units = '十百千' or '拾佰仟'); 零 fills gaps; 十二 only when leading."""
    out: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = n // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(digits[0])
            zero = False
        if not (power == 10 and digit == 1 and leading and not out and digits is _CHINESE_DIGITS):
            out.append(digits[digit])
        out.append(unit)
    return "".join(out)


def _chinese_integer(n: int, digits: str, units: str, leading: bool = True) -> str:
    if n == 0:
        return digits[0]
    for unit_value, unit_char in ((10**8, "亿"), (10**4, "万")):
        if n >= unit_value:
            high, low = divmod(n, unit_value)
            out = _chinese_integer(high, digits, units, leading) + unit_char
            if low:
                if low < unit_value // 10:
                    out += digits[0]
                out += _chinese_integer(low, digits, units, leading=False)
            return out
    return _below_10000(n, digits, units, leading)


def _chinese(value: Decimal, digits: str, units: str) -> str:
    sign = "负" if value < 0 else ""
    integer_text, _, fraction_text = format(abs(value), "f").partition(".")
    fraction_text = fraction_text.rstrip("0")
    out = sign + _chinese_integer(int(integer_text), digits, units)
    if fraction_text:
        out += "点" + "".join(digits[int(c)] for c in fraction_text)
    return out


def format_number(value: Decimal | int, style: NumberStyle = "chinese", *, locale: str = "zh_CN") -> str:
    """Write a number: ``chinese`` (一千九百四十一点六九), ``financial`` (大写: 壹仟玖佰肆拾壹点陆玖),
    ``grouped`` (1,941.69), ``compact`` (5.6亿, exact) or ``plain`` (1941.69).

    ``grouped`` and ``compact`` follow ``locale`` through babel. Every style reads back with :func:`parse_number`
    for the zh_CN locale.

    >>> format_number(Decimal("100012")), format_number(Decimal("2005"), style="financial")
    ('十万零一十二', '贰仟零伍')
    >>> format_number(Decimal("1234567.5"), style="grouped"), format_number(123456789, style="compact")
    ('1,234,567.5', '1.23456789亿')
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"value must be a Decimal or int, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise NumberError("cannot format (not a finite number)", source=str(value))
    if style == "chinese":
        return _chinese(number, _CHINESE_DIGITS, "十百千")
    if style == "financial":
        return _chinese(number, _FINANCIAL_DIGITS, "拾佰仟")
    if style == "plain":
        return _plain(number)
    fraction_digits = max(0, -number.normalize().as_tuple().exponent)  # type: ignore[operator]
    if style in ("grouped", "compact"):
        _check_locale(require_text(locale, "locale"))
    if style == "grouped":
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "#" * fraction_digits if fraction_digits else "")
        return format_decimal(number, format=pattern, locale=locale, decimal_quantization=False)
    if style == "compact":
        from babel.numbers import format_compact_decimal

        # Enough fraction digits that nothing is rounded away: 1.23456789亿.
        return format_compact_decimal(number, locale=locale, fraction_digits=fraction_digits + 16)
    raise NumberError(f"unknown style {style!r}", source=str(style))


def _check_locale(locale: str) -> None:
    """Refuse a locale babel does not know with our own error (babel's is not a ValueError)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        raise NumberError("unknown locale", source=str(locale)) from None


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
