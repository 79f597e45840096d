"""Numbers ↔ text: Arabic, Chinese and financial numerals, fractions, and list markers.

:func:`parse_number` reads every way a notice writes a number and returns an exact :class:`~decimal.Decimal`:

>>> parse_number("一千九百四十一点六九")
Decimal('1941.69')
>>> parse_number("5.6 亿"), parse_number("3万5千"), parse_number("两千零五"), parse_number("壹佰贰拾")
(Decimal('560000000'), Decimal('35000'), Decimal('2005'), Decimal('120'))
>>> parse_number("五分之一"), parse_number("百分之九十四点五")
(Decimal('0.2'), Decimal('0.945'))
>>> parse_number("一千千")
Traceback (most recent call last):
...
xuncha.errors.NumberError: not a number (千 cannot follow 千): '一千千'

:func:`format_number` writes a number back; :func:`parse_marker` reads the list markers of official documents.

>>> format_number(Decimal("1941.69")), format_number(560000000, style="compact")
('一千九百四十一点六九', '5.6亿')
>>> parse_marker("（三）")
Marker(text='（三）', kind=<MarkerKind.PAREN_NUMERAL: 'paren_numeral'>, level=2, ordinal=3)
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from fractions import Fraction

from xuncha._fold import fold
from xuncha._markers import Marker, MarkerKind, parse_marker
from xuncha._number_format import NumberStyle, format_number
from xuncha.errors import NumberError, require_text

__all__ = [
    "Marker",
    "MarkerKind",
    "NumberStyle",
    "format_number",
    "fraction_to_decimal",
    "parse_fraction",
    "parse_marker",
    "parse_number",
]


# --------------------------------------------------------------------------- character tables

#: Chinese digit characters (ordinary, financial, traditional, variant zeros) and their values.
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "弌": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "弎": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
#: Units below 万 (multiply the digit before them).
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Section units (multiply everything before them).
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: 兆 is 10^12 in a numeral only before a 亿 group (五兆六十二亿): alone it is also 10^6 (兆瓦), so it is refused.
ZHAO = Decimal(10**12)
#: 廿 and 卅 are one character for twenty and thirty.
TENS: dict[str, int] = {"廿": 20, "卅": 30}
_UNIT_NAMES = {10: "十", 100: "百", 1000: "千"}
_BIG_NAMES = {Decimal(10**4): "万", Decimal(10**8): "亿", ZHAO: "兆"}

_ARABIC = re.compile(r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?")
_ARABIC_GROUPING = re.compile(r"[0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?")
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
# A space between two digits splits two numbers ("3 5"); elsewhere ("5.6 亿") it is only spacing.
_SPACE_IN_DIGITS = re.compile(r"[0-9０-９][ \t\u3000\u00a0]+[0-9０-９]")
_FRACTION_CONTEXT = Context(prec=28)
# A cap on 万/亿 per number keeps parsing linear: nobody writes more than 万亿亿.
_MAX_BIG_UNITS = 6


def _fail(text: str, reason: str) -> NumberError:
    return NumberError(f"not a number ({reason})", source=text)


# --------------------------------------------------------------------------- tokens

_Token = tuple[str, Decimal, int]  # kind, value, width (digit count for Arabic runs)


def _tokenize(text: str, body: str) -> list[_Token]:
    """Split a numeral into Arabic runs, Chinese digits, units and decimal parts ('num', 'dig', 'unit', 'big', 'frac')."""
    tokens: list[_Token] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if "0" <= ch <= "9":
            match = _ARABIC.match(body, i)
            assert match is not None
            run = match.group()
            if ("," in run or "，" in run) and not _ARABIC_GROUPING.fullmatch(run):
                raise _fail(text, f"misplaced thousands separator in {run!r}")
            end = match.end()
            if end < n and body[end] in ".,，":
                raise _fail(text, f"stray {body[end]!r} after {run!r}")
            clean = run.replace(",", "").replace("，", "")
            tokens.append(("num", Decimal(clean), len(clean.split(".")[0])))
            i = end
        elif ch in DIGITS:
            tokens.append(("dig", Decimal(DIGITS[ch]), 1))
            i += 1
        elif ch in SMALL_UNITS:
            tokens.append(("unit", Decimal(SMALL_UNITS[ch]), 1))
            i += 1
        elif ch in BIG_UNITS:
            tokens.append(("big", Decimal(BIG_UNITS[ch]), 1))
            i += 1
        elif ch == "兆":
            tokens.append(("big", ZHAO, 1))
            i += 1
        elif ch in TENS:
            tokens.append(("dig", Decimal(TENS[ch] // 10), 1))
            tokens.append(("unit", Decimal(10), 1))
            i += 1
        elif ch == "点":
            j = i + 1
            while j < n and body[j] in DIGITS:
                j += 1
            if j == i + 1:
                raise _fail(text, "点 without digits after it")
            if not tokens:
                raise _fail(text, "点 without a number before it")  # 点零 is not 0
            digits = "".join(str(DIGITS[c]) for c in body[i + 1 : j])
            tokens.append(("frac", Decimal("0." + digits), j - i - 1))
            i = j
        else:
            raise _fail(text, f"unexpected {ch!r}")
    return tokens


def _section(text: str, tokens: list[_Token]) -> Decimal:
    """A number without 万/亿: an Arabic run, Chinese digits, or digits with 十百千 (value below 10^4)."""
    if not tokens:
        raise _fail(text, "missing digits")
    kinds = [kind for kind, _, _ in tokens]
    if kinds == ["num"]:
        return tokens[0][1]
    if kinds == ["num", "unit"]:
        return tokens[0][1] * tokens[1][1]
    body = tokens[:-1] if kinds[-1] == "frac" else tokens
    fraction = tokens[-1][1] if kinds[-1] == "frac" else Decimal(0)
    if len(body) >= 2 and all(kind == "dig" for kind, _, _ in body):
        # Digit by digit, as years are written: 二〇二三.
        return Decimal("".join(str(value) for _, value, _ in body)) + fraction
    total = Decimal(0)
    last_unit = Decimal(10**4)
    pending: Decimal | None = None
    zero_gap = False
    for index, (kind, value, width) in enumerate(body):
        if kind == "dig" or (kind == "num" and width == 1 and value == value.to_integral_value()):
            if pending is not None:
                raise _fail(text, "two digits in a row")
            if value == 0:
                if zero_gap or (index == 0 and len(body) > 1):
                    raise _fail(text, "misplaced 零")
                zero_gap = index > 0
                if len(body) == 1:
                    pending = value
                continue
            pending = value
        elif kind == "unit":
            if value >= last_unit:
                raise _fail(text, f"{_UNIT_NAMES[int(value)]} cannot follow {_UNIT_NAMES[int(last_unit)]}")
            if pending is None:
                if index == 0:
                    pending = Decimal(1)  # 十二, 百万: a leading unit counts once
                elif value == 10 and (zero_gap or body[index - 1][0] == "unit"):
                    pending = Decimal(
                        1
                    )  # 一千零十, 一百十一: 十 without its 一 after a higher unit, as spoken
                else:
                    raise _fail(text, "a unit without its digit")
            total += pending * value
            last_unit, pending, zero_gap = value, None, False
        elif (
            kind == "num"
            and index == len(body) - 1
            and pending is None
            and index
            and _fills_places(value, width, last_unit, zero_gap)
        ):
            # 1百01, 四千230 (the run fills every place below the unit) and 1千零20 (零 stands for the places
            # the run leaves empty), as digits are mixed in speech; 1千20 (1020 or 1200?) stays refused
            total += value
            last_unit, zero_gap = Decimal(1), False
        else:
            raise _fail(text, "digits out of place")
    if pending is not None:
        if zero_gap or last_unit <= 10 or last_unit == 10**4:
            total += pending
        else:
            total += pending * last_unit / 10  # 一千五 is 1500, as spoken
    elif zero_gap:
        raise _fail(text, "零 at the end")
    return total + fraction


def _fills_places(value: Decimal, width: int, unit: Decimal, zero_gap: bool) -> bool:
    """Whether an Arabic run of ``width`` digits after ``unit`` (零 between them or not) fills its lower places:
    exactly as many digits as the unit has zeros, or after 零 fewer and without a leading zero."""
    places = len(str(int(unit))) - 1
    if value.as_tuple().exponent != 0 or places < 2 or unit >= 10**4:
        return False  # a decimal, or a unit without lower places to fill (十, and 万 is _level's)
    if zero_gap:
        return 2 <= width < places and value >= 10 ** (width - 1)
    return width == places


def _level(text: str, tokens: list[_Token], *, outermost: bool = True) -> Decimal:
    """Split at the last 亿, then the last 万: left × unit + right, the right part smaller than the unit.

    The spoken abbreviation (三万五 for 35000) ends a numeral; before another 亿 it is malformed (1万1亿 is
    refused, not read as 1.1 万亿 nor as 10001 亿).
    """
    for unit in (ZHAO, Decimal(10**8), Decimal(10**4)):
        split = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][:2] == ("big", unit)), None)
        if split is None:
            continue
        left, right = tokens[:split], tokens[split + 1 :]
        if unit == ZHAO:
            # 五兆六十二亿四万五千二: a 亿 group after 兆 shows it is the 10^12 above 亿, as in Taiwan; 5兆 alone
            # (10^6 or 10^12?) and 一万兆 are refused.
            if not any(token[:2] == ("big", Decimal(10**8)) for token in right):
                raise _fail(text, "兆 without a 亿 group after it")
            if any(kind == "big" for kind, _, _ in left):
                raise _fail(text, "万 or 亿 before 兆")
        if not left:
            raise _fail(text, f"{_BIG_NAMES[unit]} without a number before it")
        high = _level(text, left, outermost=False)
        if not right:
            return high * unit
        if left[-1][0] == "frac" or (left[-1][0] == "num" and left[-1][1] != left[-1][1].to_integral_value()):
            raise _fail(text, "a decimal cannot be followed by more digits")
        if len(right) == 1 and right[0][0] in ("dig", "num") and right[0][2] == 1 and right[0][1] != 0:
            if not outermost:
                raise _fail(text, "a digit after 万 before 亿")
            return high * unit + right[0][1] * unit / 10  # 三万五, 1万5: as spoken
        if right[0][0] == "num" and len(right) == 1 and right[0][2] != len(str(int(unit))) - 1:
            raise _fail(text, "ambiguous digits after 万/亿")
        if right[0][:2] == ("dig", Decimal(0)):
            right = right[1:]
        low = _level(text, right, outermost=outermost)
        if low >= unit:
            raise _fail(text, "the part after 万/亿 is too large")
        return high * unit + low
    return _section(text, tokens)


def _with_points(folded: str) -> str:
    """``folded`` with the hyphenation point that Hong Kong's and Macao's pages write between Chinese numerals
    (三十一‧四) read as the decimal point 点 (one character for one)."""
    return folded.replace("‧", "点") if "‧" in folded else folded


def _exact(text: str) -> Fraction:
    """The exact value of a numeral, fractions included."""
    if _SPACE_IN_DIGITS.search(text):
        raise _fail(text, "a space between digits")
    # The one fold of every grammar (萬, 點, 負, full-width digits …); the messages quote the text as written.
    body = _SPACE.sub("", _with_points(fold(text)))
    if not body:
        raise _fail(text, "empty")
    negative = body[0] in "-−负"
    if negative:
        body = body[1:]
    if "又" in body:  # 一又二分之一, 1又1/2: a whole number and a proper fraction
        whole_text, _, part_text = body.partition("又")
        if not whole_text or ("分之" not in part_text and "/" not in part_text):
            raise _fail(text, "又 joins a whole number and a fraction")
        part = _fraction(text, part_text)
        if not 0 < part < 1:
            raise _fail(text, "the fraction after 又 must be below one")
        value = _integer_part(text, whole_text) + part
    elif "/" in body or "分之" in body:
        value = _fraction(text, body)
    else:
        if len(body) >= 2 and "两" in body and all(ch in DIGITS for ch in body):
            raise _fail(text, "两 is not read digit by digit")  # 两两 (in pairs), 一两 (one or two)
        tokens = _tokenize(text, body)
        if sum(kind == "big" for kind, _, _ in tokens) > _MAX_BIG_UNITS:
            raise _fail(text, "too many 万/亿")
        value = Fraction(_level(text, tokens))
    return -value if negative else value


def _fraction(text: str, body: str) -> Fraction:
    """1/3 (Arabic digits, numerator first) or 三分之一 (denominator first)."""
    if "/" in body:
        numerator_text, _, denominator_text = body.partition("/")
        if not (numerator_text.isdigit() and denominator_text.isdigit() and numerator_text.isascii()):
            raise _fail(text, "a fraction with / takes whole Arabic numbers")
        if int(denominator_text) == 0:
            raise _fail(text, "zero denominator")
        return Fraction(int(numerator_text), int(denominator_text))
    denominator_text, _, numerator_text = body.partition("分之")
    if not denominator_text or not numerator_text or "分之" in numerator_text:
        raise _fail(text, "a fraction needs both parts")
    denominator = _integer_part(text, denominator_text)
    if denominator == 0:
        raise _fail(text, "zero denominator")
    # 百分之负三点八, 负3分之负157: the numerator carries its own sign (the denominator's is the whole's)
    numerator_sign = -1 if numerator_text[0] in "-−负" else 1
    if numerator_sign < 0:
        numerator_text = numerator_text[1:]
        if not numerator_text:
            raise _fail(text, "a fraction needs both parts")
    return numerator_sign * Fraction(_level(text, _tokenize(text, numerator_text))) / denominator


def _integer_part(text: str, body: str) -> Fraction:
    tokens = _tokenize(text, body)
    if sum(kind == "big" for kind, _, _ in tokens) > _MAX_BIG_UNITS:
        raise _fail(text, "too many 万/亿")
    return Fraction(_level(text, tokens))


def fraction_to_decimal(value: Fraction) -> Decimal:
    """A Fraction as a Decimal: exact when its decimal expansion ends (94.5, not 94.50; integers without a
    fractional part), otherwise to 28 significant digits (三分之一, 亩 in m²)."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return _FRACTION_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    scale = max(twos, fives)
    exact = Decimal(value.numerator * 10**scale // value.denominator).scaleb(-scale)
    if exact == exact.to_integral_value():
        return Decimal(int(exact))
    return exact.normalize()  # not integral, so the exponent stays negative: no 1E+3 forms


def parse_fraction(text: str) -> Fraction:
    """Like :func:`parse_number`, but exact for every fraction.

    >>> parse_fraction("三分之二")
    Fraction(2, 3)
    """
    require_text(text)
    if "分之" not in text and "/" not in text and "又" not in text:
        fast = _fast_number(text)  # exact for whole numbers and decimals
        if fast is not None:
            return Fraction(fast)
    return _exact(text)


def parse_number(text: str) -> Decimal:
    """Read a number written with Arabic digits, Chinese or financial numerals, or a mixture.

    Spaces are ignored (5.6 亿), except between two digits; full-width digits and thousands separators are accepted; 万 and 亿 multiply what stands
    before them (``1.32万``); a fraction ``五分之一`` or ``百分之九十四点五`` gives its value (0.2, 0.945), with 28
    significant digits when it does not terminate (三分之一); :func:`parse_fraction` keeps it exact. A bare
    unit (万, 亿) is not a number. Raises :class:`~xuncha.errors.NumberError` quoting the input otherwise.

    >>> parse_number("１，２３４．５"), parse_number("二〇二三"), parse_number("百万"), parse_number("1.32万")
    (Decimal('1234.5'), Decimal('2023'), Decimal('1000000'), Decimal('13200'))
    >>> parse_number("万")
    Traceback (most recent call last):
    ...
    xuncha.errors.NumberError: not a number (万 without a number before it): '万'
    """
    require_text(text)
    fast = _fast_number(text)
    if fast is not None:
        return fast
    return fraction_to_decimal(_exact(text))


# --------------------------------------------------------------------------- the fast path
# Most numerals are canonical: plain Arabic decimals, 5.6亿, or Chinese numerals with every unit written in
# order. One pass over such a string computes the value with integers; anything unusual (abbreviations such as
# 一千五, 万万, signs, separators, errors) returns None and goes through the full parser above, which also
# produces the error messages. The property tests check that both paths agree.

_PLAIN_ARABIC = re.compile(r"([0-9]+(?:\.[0-9]+)?)([万亿萬億]?)")
_CANONICAL_CHARS = str.maketrans(
    "两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億〇○", "二二一二二三三四五六六七八九十百千万亿零零"
)
_FAST_DIGITS = {**{c: DIGITS[c] for c in "一二三四五六七八九"}, **{str(d): d for d in range(1, 10)}}
_FAST_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG_FACTOR = {"": 1, "万": 10**4, "亿": 10**8, "萬": 10**4, "億": 10**8}


def _tidy(value: Decimal) -> Decimal:
    """The same normal form as :func:`fraction_to_decimal`: integers without a fraction part, no trailing zeros."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _fast_integer(body: str) -> int | None:
    total = 0  # the part above 亿, already multiplied
    wan_part = 0  # the part between 亿 and 万, already multiplied
    section = 0
    pending = -1
    last_unit = 10000
    zero = False
    seen_wan = seen_yi = False
    for index, ch in enumerate(body):
        digit = _FAST_DIGITS.get(ch)
        if digit is not None:
            if pending >= 0:
                return None
            pending = digit
            continue
        unit = _FAST_SMALL.get(ch)
        if unit is not None:
            if pending < 0:
                if index != 0:
                    return None
                pending = 1  # 十二, 百万: a leading unit counts once
            if unit >= last_unit:
                return None
            section += pending * unit
            last_unit, pending, zero = unit, -1, False
            continue
        if ch == "零":
            if zero or pending >= 0 or index == 0:
                return None
            zero = True
            continue
        if ch == "万" or ch == "亿":
            if zero:
                return None
            if pending >= 0:
                if last_unit not in (10, 10000) or (ch == "亿" and seen_wan and last_unit == 10000):
                    return None  # 一千五万, 一万一亿: abbreviations; let the full parser decide
                section += pending
            if ch == "万":
                if seen_wan or section == 0:
                    return None
                wan_part, seen_wan = section * 10**4, True
            else:
                group = wan_part + section
                if seen_yi or group == 0:
                    return None
                total, seen_yi, seen_wan, wan_part = group * 10**8, True, False, 0
            section, pending, last_unit = 0, -1, 10000
            continue
        return None
    if pending >= 0:
        if not zero and (last_unit not in (10, 10000) or (last_unit == 10000 and (seen_wan or seen_yi))):
            return None  # 一千五 (1500), 三万五 (35000): the full parser handles abbreviations
        section += pending
    elif zero:
        return None
    return total + wan_part + section


def _fast_number(text: str) -> Decimal | None:
    body = _with_points(fold(text))
    if " " in body or "\u3000" in body:
        if _SPACE_IN_DIGITS.search(body):
            return None
        body = _SPACE.sub("", body)
    match = _PLAIN_ARABIC.fullmatch(body)
    if match is not None:
        return _tidy(Decimal(match.group(1)) * _BIG_FACTOR[match.group(2)])
    if not body or body[0] in "0-−负０１２３４５６７８９":
        return None
    body = body.translate(_CANONICAL_CHARS)
    if "分之" in body:
        denominator_text, _, numerator_text = body.partition("分之")
        denominator = _fast_integer(denominator_text) if denominator_text else None
        numerator = _fast_chinese(numerator_text)
        if not denominator or numerator is None:
            return None
        return fraction_to_decimal(Fraction(numerator) / denominator)
    return _fast_chinese(body)


def _fast_chinese(body: str) -> Decimal | None:
    integer_text, point, fraction_text = body.partition("点")
    if not integer_text:
        return None
    integer = _fast_integer(integer_text) if integer_text != "零" else 0
    if integer is None:
        return None
    if not point:
        return Decimal(integer)
    factor = _BIG_FACTOR.get(fraction_text[-1:], 1) if fraction_text else 1
    if factor != 1:
        # 一点五亿 scales the whole decimal; after an integer that has a magnitude of its own (1亿点一万) the
        # scale is ambiguous, and the full parser decides (the fast path answers only where both agree).
        if any(ch in _BIG_FACTOR for ch in integer_text):
            return None
        fraction_text = fraction_text[:-1]
    digits = [DIGITS.get(ch) for ch in fraction_text]
    if not digits or None in digits:
        return None
    return _tidy(Decimal(f"{integer}.{''.join(map(str, digits))}") * factor)
