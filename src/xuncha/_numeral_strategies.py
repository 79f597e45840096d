"""Hypothesis strategies for Chinese numerals and quantity phrases (re-exported by :mod:`xuncha.strategies`).

Each strategy draws the *meaning* first (a value, a unit, a qualifier) and then writes it the way notices do,
so a test can compare what a parser reads with what was drawn:

>>> from hypothesis import given
>>> @given(chinese_numerals())
... def test(pair: tuple[str, Decimal]) -> None:
...     text, value = pair
...     assert parse_number(text) == value
>>> test()
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from xuncha.models import Qualifier, Quantity, Span
from xuncha.numerals import format_number, parse_number

__all__ = ["chinese_numerals", "quantity_phrases"]

_STYLES = ("chinese", "financial", "arabic", "arabic_magnitude", "mixed")


@st.composite
def chinese_numerals(
    draw: st.DrawFn, *, min_value: int = 0, max_value: int = 10**16, decimals: bool = True
) -> tuple[str, Decimal]:
    """A number as notices write it, with its value: ``("一千九百四十一点六九", Decimal("1941.69"))``.

    Forms: Chinese numerals, financial numerals (大写), Arabic digits, Arabic with 万/亿 (``5.6亿``) and mixed
    (``3万5千``).
    """
    integer = draw(st.integers(min_value=min_value, max_value=max_value))
    places = draw(st.integers(min_value=0, max_value=3)) if decimals else 0
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1)) if places else 0
    value = Decimal(integer) + Decimal(fraction).scaleb(-places) if places else Decimal(integer)
    style = draw(st.sampled_from(_STYLES))
    if style == "chinese":
        text = format_number(value, "chinese")
    elif style == "financial":
        text = format_number(value, "financial")
    elif style == "arabic":
        text = format_number(value, "plain")
    elif style == "arabic_magnitude":
        unit, factor = draw(st.sampled_from([("万", 10**4), ("亿", 10**8)]))
        space = draw(st.sampled_from(["", " "]))
        text = format_number(value / factor, "plain") + space + unit
    else:
        # 3万5千: thousands written after 万 with an Arabic digit (an integer number of thousands).
        tens_of_thousands = draw(st.integers(min_value=1, max_value=9999))
        thousands = draw(st.integers(min_value=1, max_value=9))
        value = Decimal(tens_of_thousands * 10**4 + thousands * 1000)
        text = f"{tens_of_thousands}万{thousands}千"
    return text, parse_number_checked(text, value)


def parse_number_checked(text: str, value: Decimal) -> Decimal:
    """The value drawn; a strategy bug (a text that reads differently) fails loudly here."""
    if parse_number(text) != value:  # pragma: no cover - guards the strategy itself
        raise AssertionError(f"strategy wrote {text!r} for {value}")
    return value


# Unit spellings and their canonical names; counters take Chinese numerals as often as Arabic ones.
_MEASURES = [
    ("元", "元"),
    ("万元", "万元"),
    ("亿元", "亿元"),
    ("亩", "亩"),
    ("畝", "亩"),
    ("公顷", "公顷"),
    ("平方公里", "平方公里"),
    ("公里", "公里"),
    ("吨", "吨"),
    ("万吨", "万吨"),
    ("%", "%"),
    ("％", "%"),
    ("个百分点", "个百分点"),
    ("倍", "倍"),
]
_COUNTS = [
    ("人", "人"),
    ("人次", "人次"),
    ("人（次）", "人次"),
    ("名", "名"),
    ("家", "家"),
    ("家次", "家次"),
    ("个", "个"),
    ("個", "个"),
    ("项", "项"),
    ("次", "次"),
    ("件", "件"),
    ("条", "条"),
    ("宗", "宗"),
    ("场次", "场次"),
    ("栋", "栋"),
    ("处", "处"),
    ("起", "起"),
    ("个月", "个月"),
    ("年", "年"),
    ("天", "天"),
    ("岁", "岁"),
]
_BEFORE = [
    ("近", Qualifier.NEARLY),
    ("将近", Qualifier.NEARLY),
    ("不足", Qualifier.NEARLY),
    ("约", Qualifier.ABOUT),
    ("超过", Qualifier.MORE_THAN),
    ("至少", Qualifier.AT_LEAST),
    ("最低", Qualifier.AT_LEAST),
    ("最高", Qualifier.AT_MOST),
]
_AFTER = [
    ("以上", Qualifier.AT_LEAST),
    ("以下", Qualifier.AT_MOST),
    ("以内", Qualifier.AT_MOST),
    ("左右", Qualifier.ABOUT),
]
_INNER = [("余", Qualifier.MORE_THAN), ("多", Qualifier.MORE_THAN)]


@st.composite
def quantity_phrases(draw: st.DrawFn) -> tuple[str, Quantity]:
    """A figure as a notice writes it, with the :class:`~xuncha.models.Quantity` it means.

    For example ``("近 5 个百分点", Quantity(Decimal("5"), "个百分点", qualifier=NEARLY, ...))`` or
    ``("80余名", ...)``; the expected quantity carries the phrase as its text and span.
    """
    counted = draw(st.booleans())
    surface, unit = draw(st.sampled_from(_COUNTS if counted else _MEASURES))
    if counted:
        integer = draw(st.integers(min_value=1, max_value=999 if unit == "年" else 9999))
        value = Decimal(integer)
        # Chinese numerals from 3 up: 一起, 一批 and 二次 are words, not counts.
        chinese = integer >= 3 and draw(st.booleans())
        number = format_number(value, "chinese") if chinese else str(integer)
    else:
        cents = draw(st.integers(min_value=1, max_value=10**8))
        value = Decimal(cents).scaleb(-2).normalize()
        value = Decimal(int(value)) if value == value.to_integral_value() else value
        number = format_number(value, "plain")
    space = draw(st.sampled_from(["", "", " "]))
    where = draw(st.sampled_from(["none", "before", "after", "inner"]))
    word: str | None = None
    qualifier: Qualifier | None = None
    if where == "before":
        word, qualifier = draw(st.sampled_from(_BEFORE))
        text = f"{word}{space}{number}{space}{surface}"
    elif where == "after":
        word, qualifier = draw(st.sampled_from(_AFTER))
        text = f"{number}{space}{surface}{space}{word}"
    elif where == "inner" and counted and unit not in ("个月",):
        word, qualifier = draw(st.sampled_from(_INNER))
        text = f"{number}{space}{word}{surface}"
    else:
        text = f"{number}{space}{surface}"
    expected = Quantity(
        value, unit, qualifier=qualifier, qualifier_text=word, text=text, span=Span(0, len(text))
    )
    return text, expected
