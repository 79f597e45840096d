"""The peers' own test cases, run against xuncha: agreement per suite and the classes of disagreement.

Run from the repository root, each peer a local checkout (their files never enter this repository):

    PYTHONPATH=src python benchmarks/peer_suites.py --cn2an PATH --jionlp PATH --recognizers PATH

Any of the three may be left out. The peers need not be installed: their test files hold the expected answers,
read here with ``ast`` (cn2an, JioNLP) and ``json`` (Recognizers-Text), never imported or executed.

Suites and the xuncha function each case is mapped to:

- cn2an ``cn2an_test.py`` (Chinese numerals to numbers): ``parse_number``; amounts in 元/角/分 ``parse_quantity``;
  the inputs every mode refuses must be refused. ``an2cn_test.py`` (numbers to Chinese): the peer's lower-case,
  upper-case and RMB writings must read back to the number. ``transform_test.py`` (numerals inside sentences):
  ``extract_quantities`` over the Chinese sentence must find the figures the peer writes in digits.
- JioNLP ``test_money_parser.py``: ``parse_quantity`` (value in base units, currency, range bounds);
  ``test_money_extractor.py``: the money figures of ``extract_quantities`` (their text);
  ``test_time_parser.py``: ``parse_period`` with the test's reference date (first and last day);
  ``test_time_extractor.py``: ``extract_periods`` without a reference (the texts found).
- Recognizers-Text ``Specs/Number/Chinese/NumberModel.json``: ``parse_number`` on each recognised text;
  ``PercentModel.json``: ``parse_quantity`` (value in %); ``NumberWithUnit/Chinese/CurrencyModel.json`` and
  ``DimensionModel.json``: ``parse_quantity`` on each recognised text (value in base units, unit);
  ``DateTime/Chinese/DateParser.json`` and ``DatePeriodParser.json``: ``parse_period`` with the spec's reference
  date, agreeing with either of the peer's two resolutions (past or future), its exclusive end normalised.

Scope rule (xuncha reads the figures and dates of Chinese official documents; see docs/peers.md). A case is out
of scope, and counted apart, when it involves:

- Latin letters (English words, k/w abbreviations, Q1, am/pm) or a time of day (点, 时, 分, 上午 …, 12:30);
- weekdays and weeks (周一, 星期, 下下周), recurring times (每周, 每年), the lunar calendar (农历, 腊月, 初八),
  durations (三天 as a length of time), solar terms, or a vague count (几, 数十, 十几, 三五百, 两三天);
- ordinals (第三), digit strings that are codes (cn2an's "direct" mode: 零一 → "01"), or a unit or currency
  that xuncha's unit registry does not list (日元, 泰铢, 摄氏度 …: xuncha refuses such a figure);
- for the Recognizers specs, the cases the spec itself marks ``IgnoreResolution``.

Representation differences are normalised, never counted: values are compared exactly as Decimals in the
dimension's base unit (元, 米, 吨, 平方米, %), 12.30 equals 12.3, a float key of the peer's test is read through
its repr, and a date range is compared by its first and last day. Where xuncha keeps a documented convention
that differs from the peer's (listed in CONVENTIONS, each documented with an executed example in
docs/peers.md), the case counts as agreement and is reported under that convention's name.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from functools import partial
from pathlib import Path
from typing import Any

from xuncha import (
    XunchaError,
    extract_periods,
    extract_quantities,
    get_unit,
    parse_number,
    parse_period,
    parse_quantity,
)
from xuncha.models import Period, Quantity, Relation

#: Conventions where xuncha deliberately answers differently; each is documented in docs/peers.md.
CONVENTIONS = {
    "bare-number-not-money": "a figure without a currency word is a number, never an amount in 元",
    "more-is-lower-bound": "多/余/以上 qualify the figure written (value = the figure, qualifier MORE_THAN …), "
    "not an invented upper bound",
    "deadline-word-is-a-day": "年底/年初/月底/季度末 … is the day itself (the last or first day), not a month",
    "other-tense-year": "a bare date takes the year its sentence's tense implies; the peer's other resolution",
    "lone-day-reported": "a day alone (30日) still to come in the reference month is last month's, a reported date",
    "one-sided-relation": "a deadline (年内) has no first day; a since-phrase (以来) ends on the reference",
    "offset-is-a-day": "3年后, 两年前, 三个季度后 are the day that far from the reference, not a whole year or month",
    "counted-span-from-reference": "未来两天, 今后五年, 这一年 are spans with the reference date as one end",
    "season-is-three-months": "a season is three whole months (冬季 is December to February), not solar terms",
    "range-includes-its-end": "2009年到2010年 includes all of 2010",
    "two-digit-year-refused": "a two-digit year with no four-digit year before it is refused, never guessed",
    "kuai-alone-is-a-counter": "块 alone counts pieces (3块); 块钱, 块5 and 块…毛 are money",
    "percentage-point-is-its-own-unit": "个百分点 (a difference of percentages) is its own unit, not %",
    "fraction-is-a-number": "a fraction other than 百分之/千分之/万分之 (百万分之五) is a plain number",
}

#: A test's ``time.time()``: the answer does not depend on the reference, and xuncha gets none.
NOW = object()

_FEN = Decimal("0.01")
_UNREGISTERED_CURRENCY = re.compile(r"日元|日币|泰铢|卢布|韩元|澳元|台币|摄氏度|℃")

_TZ_CHINA = dt.timezone(dt.timedelta(hours=8))  # JioNLP's time stamps are read in China's local time
_ZERO_TIME, _LAST_TIME = "00:00:00", "23:59:59"

_LATIN = re.compile(r"[A-Za-z]")
_TIME_OF_DAY = re.compile(
    r"\d{1,2}[:：]\d{2}|(?<!分)(?<!分 )[点點](?![\d０-９零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖 ])|[时時](?!间)|[上下中]午|早上|晚上|凌晨|傍晚|夜|刻|分钟|秒|黎明|今晚|明晚|清晨|早晨"
)
_CLOCK = re.compile(r"\d{1,2}[点點]\d{1,2}")  # 15点20分, 16点30: a time of day among dates (not a decimal)
_WEEK = re.compile(r"周|星期|礼拜|禮拜|工作日|双休|週")
_RECURRING = re.compile(r"每")
_LUNAR = re.compile(
    r"农历|農曆|阴历|腊月|正月|闰|廿|初[一二三四五六七八九十]|除夕|大年|清明节?那"
    r"|[立春夏秋冬]至|[春秋]分|立[春夏秋冬]|霜降|[大小][寒暑雪满]|芒种|惊蛰|谷雨|白露|处暑|雨水|寒露|[小大]雪"
    # JioNLP reads a month and a day in Chinese numerals without 日/号 (二月十五) as a lunar date
    r"|月[一二三四五六七八九十]+$"
)
_VAGUE = re.compile(
    r"几|幾|[数數][十百千万亿萬億]|[十百千万亿]来|(?:一二|二三|三四|四五|五六|六七|七八|八九|两三|三五)[十百千万亿萬億块天年月个]|上下|前后|大概"
)
_ORDINAL = re.compile(r"第")
_NOTATION = re.compile(r"\^|(?<![\d.])\.\d|\d \d+/\d")  # 2^5, .5, 1 3/5
_WESTERN_DATE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{1,2}/\d{1,2}$|\d{1,2}/\d{1,2}/\d{4}")
_ERA = re.compile(r"世纪|元年|康熙|雍正|乾隆|民国|神龙|光绪")
_DIGITS_ONLY = re.compile(r"^\d{4}$|^\d{8}$")
_DURATION_ONLY = re.compile(r"^[\d一二三四五六七八九十两半]+个?(年|月|天|日|周|小时|分钟|季度)$")

#: Recognizers-Text unit names and the registry names they stand for.
_RECOGNIZERS_UNITS = {
    "Chinese yuan": "元",
    "United States dollar": "美元",
    "Euro": "欧元",
    "Hong Kong dollar": "港元",
    "British pound": "英镑",
    "Pound sterling": "英镑",
    "Japanese yen": "日元",
    "Mu": "亩",
    "Microgram": "微克",
    "Milligram": "毫克",
    "Gram": "克",
    "Kilogram": "千克",
    "Ton": "吨",
    "Jin": "斤",
    "Meter": "米",
    "Kilometer": "千米",
    "Centimeter": "厘米",
    "Millimeter": "毫米",
    "Square meter": "平方米",
    "Square kilometer": "平方公里",
    "Hectare": "公顷",
    "Liter": "升",
    "Milliliter": "毫升",
    "Cubic meter": "立方米",
}

#: JioNLP's currency names and the registry names they stand for.
_JIONLP_CURRENCIES = {"元": "元", "美元": "美元", "港元": "港元", "欧元": "欧元", "英镑": "英镑"}


@dataclass
class Outcome:
    """The verdict on one case: out of scope (with the reason), agreement (maybe by a convention), or a class."""

    scope: str | None = None  #: the out-of-scope reason, or None when in scope
    convention: str | None = None
    disagreement: str | None = None  #: the class of disagreement, or None
    detail: str = ""


@dataclass
class Case:
    suite: str
    text: str
    expected: str  #: the peer's answer, as shown in the report
    judge: Callable[[], Outcome]


@dataclass
class Tally:
    cases: int = 0
    out_of_scope: Counter[str] = field(default_factory=Counter)
    agree: int = 0
    conventions: Counter[str] = field(default_factory=Counter)
    classes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def in_scope(self) -> int:
        return self.cases - sum(self.out_of_scope.values())


# -- shared helpers ---------------------------------------------------------------------------------------------


def out_of_scope_reason(text: str) -> str | None:
    """The first rule of the scope (module docstring) that puts ``text`` out of scope, or None."""
    checks = (
        (_LATIN, "Latin letters"),
        (_TIME_OF_DAY, "time of day"),
        (_WEEK, "weekday or week"),
        (_RECURRING, "recurring time"),
        (_LUNAR, "lunar calendar or solar term"),
        (_VAGUE, "vague count"),
        (_ORDINAL, "ordinal"),
        (_NOTATION, "mathematical notation"),
        (re.compile("打"), "dozen (打)"),
    )
    for pattern, reason in checks:
        if pattern.search(text):
            return reason
    return None


def registered(unit: str) -> bool:
    try:
        get_unit(unit)
    except XunchaError:
        return False
    return True


def exact(value: object) -> Decimal:
    """A peer's number as an exact Decimal: a float through its repr (the literal the test wrote)."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))


def in_base(quantity: Quantity) -> tuple[Decimal, Decimal | None, str | None]:
    """The value, upper bound and unit of ``quantity`` in its dimension's base unit."""
    if quantity.unit is None:
        return quantity.value, quantity.upper, None
    base = quantity.base()
    return base.value, base.upper, base.unit


def base_of(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """A peer's value in ``unit``, in that unit's base unit (exact to 28 digits, as xuncha's own conversion)."""
    found = get_unit(unit)
    factor = found.factor
    return (value * factor.numerator / factor.denominator).normalize(), found.base


def same(got: Decimal | None, expected: Decimal | None) -> bool:
    """Equal values; a peer's value of 15 or more significant digits may be a rounded float (350.333333333333,
    2.02107211321364E+23), so xuncha's exact value is rounded to as many digits before comparing."""
    if got is None or expected is None:
        return got is expected
    digits = len(expected.as_tuple().digits)
    if digits >= 15:
        return Context(prec=digits).create_decimal(got) == expected
    return got == expected


def agree() -> Outcome:
    return Outcome()


def differ(kind: str, detail: str) -> Outcome:
    return Outcome(disagreement=kind, detail=detail)


def read_number(text: str, expected: Decimal) -> Outcome:
    try:
        got = parse_number(text)
    except XunchaError as error:
        return differ("number refused", str(error).split(":")[0])
    return agree() if same(got, expected) else differ("number misread", str(got))


def read_qualified_number(text: str, expected: Decimal) -> Outcome:
    """500余万: parse_number reads numerals only; the figure with its qualifier is parse_quantity's job."""
    try:
        quantity = parse_quantity(text)
    except XunchaError as error:
        return differ("number refused", str(error).split(":")[0])
    if not same(written_number(quantity), expected):
        return differ("number misread", str(written_number(quantity)))
    return Outcome(convention="more-is-lower-bound") if quantity.qualifier else agree()


def read_money_in_yuan(text: str, expected: Decimal) -> Outcome:
    try:
        quantity = parse_quantity(text)
    except XunchaError as error:
        return differ("money refused", str(error).split(":")[0])
    value, _, unit = in_base(quantity)
    if unit != "元":
        return differ("wrong unit or currency", f"{value} {unit}")
    return agree() if same(value, expected) else differ("money misread", f"{value} 元")


def refused(text: str) -> Outcome:
    try:
        got = parse_number(text)
    except XunchaError:
        return agree()
    return differ("garbage read as a number", str(got))


def literal(node: ast.expr, names: dict[str, Any]) -> Any:
    """``ast.literal_eval`` that also knows the test's own constants and ``datetime.datetime(...)`` calls."""
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "time.time":
        return NOW
    if isinstance(node, ast.Call) and ast.unparse(node.func) in {"datetime.datetime", "datetime"}:
        return dt.datetime(*(literal(arg, names) for arg in node.args))
    if isinstance(node, ast.List):
        return [literal(item, names) for item in node.elts]
    if isinstance(node, ast.Tuple):
        return tuple(literal(item, names) for item in node.elts)
    if isinstance(node, ast.Dict):
        return {
            literal(key, names): literal(value, names)
            for key, value in zip(node.keys, node.values, strict=True)
            if key is not None
        }
    return ast.literal_eval(node)


def assignments(path: Path) -> Iterator[tuple[str, Any]]:
    """Every ``name = <literal>`` (also ``self.name = ...``) in a test file, in order, as Python values."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: dict[str, Any] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
        if name is None:
            continue
        try:
            value = literal(node.value, names)
        except (ValueError, TypeError, SyntaxError):
            continue
        names[name] = value
        yield name, value


# -- cn2an ------------------------------------------------------------------------------------------------------


def cn2an_cases(root: Path) -> Iterator[Case]:
    tests = root / "cn2an"
    values = dict(assignments(tests / "cn2an_test.py"))
    for key in ("strict_data_dict", "normal_data_dict", "smart_data_dict"):
        for text, number in values[key].items():
            yield Case("cn2an: cn2an", text, str(number), _cn2an_judge(text, exact(number)))
    for text, digits in values["direct_data_dict"].items():
        yield Case("cn2an: cn2an", text, digits, partial(Outcome, scope="digit string (code)"))
    for text in [*values["error_normal_datas"][:8], *values["error_smart_datas"]]:
        yield Case("cn2an: cn2an", text, "ValueError", partial(refused, text))
    for number, writings in dict(assignments(tests / "an2cn_test.py"))["input_data"].items():
        low, up, rmb, _direct = writings
        expected = exact(number)
        yield Case("cn2an: an2cn", low, str(expected), partial(read_number, low, expected))
        yield Case("cn2an: an2cn", up, str(expected), partial(read_number, up, expected))
        to_fen = (
            expected.quantize(Decimal("0.01")) if expected >= 0 else -((-expected).quantize(Decimal("0.01")))
        )
        yield Case("cn2an: an2cn", rmb, f"{to_fen} 元", partial(read_money_in_yuan, rmb, to_fen))
    transform = dict(assignments(tests / "transform_test.py"))
    for digits, chinese in transform["strict_data_dict"].items():
        yield Case("cn2an: transform", chinese, digits, _transform_judge(chinese, digits))
    for chinese, digits in transform["smart_data_dict"].items():
        yield Case("cn2an: transform", chinese, digits, _transform_judge(chinese, digits))


def _cn2an_judge(text: str, expected: Decimal) -> Callable[[], Outcome]:
    if re.search(r"[元圆角分]", text):
        return lambda: read_money_in_yuan(text, expected)
    return lambda: read_number(text, expected)


_DIGITS = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def _transform_judge(chinese: str, digits: str) -> Callable[[], Outcome]:
    """The figures cn2an writes in digits, less dates and ordinals, against extract_quantities' numbers."""

    def judge() -> Outcome:
        wanted = []
        for match in _DIGITS.finditer(digits):
            after, before = digits[match.end() : match.end() + 1], digits[match.start() - 1 : match.start()]
            if (after and after in "年月日") or before == "第":
                continue  # a date or an ordinal: not a figure
            text = match.group()
            wanted.append(Decimal(text) if "/" not in text else Decimal(1) / Decimal(text.split("/")[1]))
        if not wanted:
            return Outcome(scope="no figure (dates and ordinals only)")
        if _UNREGISTERED_CURRENCY.search(chinese + digits):
            return Outcome(scope="unit not in the registry")
        reason = out_of_scope_reason(chinese) if "第" not in chinese else None
        if reason:
            return Outcome(scope=reason)
        found = [written_number(q) for q in extract_quantities(chinese)]
        if sorted(found) == sorted(wanted):
            return agree()
        shown = str([str(v) for v in found])
        if not (Counter(found) - Counter(wanted)):
            return differ("figure missed in a sentence", shown)
        return differ("figures differ in a sentence", shown)

    return judge


def written_number(quantity: Quantity) -> Decimal:
    """The number a figure writes, its 万/亿 taken in (2.5亿年 is 250000000) but not its unit (半斤 is 0.5)."""
    value = quantity.value
    unit = quantity.unit or ""
    for prefix, factor in (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4)):
        if unit.startswith(prefix):
            value *= factor
    return value.normalize()


# -- JioNLP -----------------------------------------------------------------------------------------------------


def jionlp_cases(root: Path) -> Iterator[Case]:
    tests = root / "test"
    for name, value in assignments(tests / "test_money_parser.py"):
        if name == "money_string_list":
            for text, answer in value:
                yield Case("JioNLP: parse_money", text, _show_money(answer), _money_judge(text, answer))
    for name, value in assignments(tests / "test_money_extractor.py"):
        if name == "money_string_list":
            for text, found in value:
                texts = [item["text"] for item in found]
                yield Case("JioNLP: extract_money", text, str(texts), _money_extract_judge(text, texts))
    for name, value in assignments(tests / "test_time_parser.py"):
        if name == "time_string_list":
            for item in value:
                text, base, answer = item[0], item[1], item[-1]
                yield Case("JioNLP: parse_time", text, _show_time(answer), _time_judge(text, base, answer))
    for name, value in assignments(tests / "test_time_extractor.py"):
        if name == "text_string_list":
            for text, found in value:
                texts = [item["text"] for item in found]
                yield Case("JioNLP: extract_time", text, str(texts), _time_extract_judge(text, texts))


def _show_money(answer: dict[str, Any]) -> str:
    return f"{answer['num']} {answer['case']} ({answer['definition']})"


def _money_judge(text: str, answer: dict[str, Any]) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        if reason := out_of_scope_reason(text):
            return Outcome(scope=reason)
        currency = _JIONLP_CURRENCIES.get(answer["case"])
        if currency is None:
            return Outcome(scope="currency not in the registry")
        numbers = answer["num"] if isinstance(answer["num"], list) else [answer["num"]]
        low, high = Decimal(numbers[0]), Decimal(numbers[-1])
        try:
            quantity = parse_quantity(text)
        except XunchaError as error:
            return differ("money refused", str(error).split(":")[0])
        value, upper, unit = in_base(quantity)
        if unit is None and currency == "元" and same(value, low):
            return Outcome(convention="bare-number-not-money")
        if unit != currency:
            return differ("wrong unit or currency", f"{value} {unit}")
        if value.quantize(_FEN) != low:  # the peer writes every amount to the fen
            return differ("money misread", f"{value} {unit}")
        if len(numbers) == 2 and upper is None:
            if quantity.qualifier is not None:
                return Outcome(convention="more-is-lower-bound")
            return differ("range read as one figure", f"{value} {unit}")
        if len(numbers) == 2 and (upper is None or upper.quantize(_FEN) != high):
            return differ("money misread", f"{value}–{upper} {unit}")
        return agree()

    return judge


def _money_extract_judge(text: str, expected: list[str]) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        if any(_LATIN.search(item) for item in expected):
            return Outcome(scope="Latin letters")
        if any(out_of_scope_reason(item) for item in expected):
            return Outcome(scope="vague count")
        wanted = [item for item in expected if not _UNREGISTERED_CURRENCY.search(item)]
        found = [q.text or "" for q in extract_quantities(text) if q.unit and _is_money(q.unit)]
        if found == wanted:
            return agree()
        if len(found) == len(wanted):
            return differ("money span differs", str(found))
        return differ("money missed" if len(found) < len(wanted) else "money invented", str(found))

    return judge


def _is_money(unit: str) -> bool:
    try:
        return get_unit(unit).dimension.startswith("money")
    except XunchaError:
        return False


def _reference(base: Any) -> dt.date | None:
    """JioNLP's ``time_base``: a time stamp (China's time), a datetime, a list [y, m, d, ...] or {'year': y}."""
    if base is NOW:
        return None
    if isinstance(base, dt.datetime):
        return base.date()
    if isinstance(base, int | float):
        return dt.datetime.fromtimestamp(base, _TZ_CHINA).date()
    if isinstance(base, list):
        parts = [*base, 1, 1][:3]
        return dt.date(parts[0], parts[1], parts[2])
    if isinstance(base, dict):
        return dt.date(base.get("year", 1), base.get("month", 1), base.get("day", 1))
    raise TypeError(f"unknown time_base {base!r}")


def _show_time(answer: dict[str, Any]) -> str:
    times = answer.get("time")
    if isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times):
        return f"{times[0][:10]}..{times[1][:10]}"
    return str(answer.get("type"))


def _time_judge(text: str, base: Any, answer: dict[str, Any]) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        kind = answer.get("type")
        if kind == "time_period":
            return Outcome(scope="recurring time")
        if kind == "time_delta":
            return Outcome(scope="duration")
        times = answer["time"]
        if not (isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times)):
            return Outcome(scope="open or infinite bound")
        if not (times[0].endswith(_ZERO_TIME) and times[1].endswith(_LAST_TIME)):
            return Outcome(scope="time of day")
        first, last = dt.date.fromisoformat(times[0][:10]), dt.date.fromisoformat(times[1][:10])
        return compare_period(text, _reference(base), [(first, last)])

    return judge


def compare_period(text: str, reference: dt.date | None, wanted: list[tuple[dt.date, dt.date]]) -> Outcome:
    """parse_period(text) against any of the peer's readings (first day, last day).

    The peers' parsers accept words around the expression (1季度中国经营状况); where parse_period refuses the
    text, the one period extract_periods finds in it is compared instead.
    """
    if reason := date_scope(text, wanted):
        return Outcome(scope=reason)
    invalid = all(first.year == 1 for first, _ in wanted)  # the peer's sign of an impossible date (2月30日)
    try:
        period = parse_period(text, reference=reference)
    except XunchaError as error:
        message = str(error).split(":")[0]
        if invalid:
            return agree()
        found = extract_periods(text, reference=reference)
        partial = found[0] if len(found) == 1 else None
        if partial is not None and not _DATE_WORD.search(text.replace(partial.text or "", "", 1)):
            period = partial  # only words that are no part of a date were left around it
        elif "two-digit year" in message or _CHINESE_TWO_DIGIT_YEAR.match(text):
            return _refused_but_extracted(
                Outcome(convention="two-digit-year-refused", detail=message), partial, wanted
            )
        else:
            return _refused_but_extracted(differ("date refused", message), partial, wanted)
    if invalid:
        return differ("impossible date read", f"{period.start}..{period.end}")
    if reference is None and (period.start is None or period.end is None):
        return Outcome(scope="relative to the test's clock")
    return _judge_period(text, period, reference, wanted)


def _shift_year(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _refused_but_extracted(
    outcome: Outcome, partial: Period | None, wanted: list[tuple[dt.date, dt.date]]
) -> Outcome:
    """parse_period refused the text; extract_periods over the same text must not read a part of it wrongly.

    A part that contains the peer's reading (上季度 for 上季度末) is coarser, not wrong: the refusal stands.
    """
    if partial is None or partial.start is None or partial.end is None:
        return outcome
    shifts = (0,) if "年" in (partial.text or "") else (-1, 0, 1)  # a bare date's year is the tense rule's
    for shift in shifts:
        start, end = (_shift_year(day, shift) for day in (partial.start, partial.end))
        if any(start <= a and b <= end for a, b in wanted):
            return outcome
    shown = f"{partial.text!r} read as {partial.start}..{partial.end}"
    for shift in shifts:
        start, end = (_shift_year(day, shift) for day in (partial.start, partial.end))
        if any(a <= start and end <= b for a, b in wanted):
            return differ("extract_periods reads one part right, the rest missed", shown)
    return differ("extract_periods reads a part wrongly", shown)


_CHINESE_TWO_DIGIT_YEAR = re.compile(r"^(从)?[零〇一二三四五六七八九\d]{2} ?年(?!代)|^\d{2}-\d{1,2}-\d{1,2}$")
_DATE_WORD = re.compile(
    r"[\d零〇一二三四五六七八九十两年月日号號季度初末底首半春夏秋冬节天前后大上下本这今明去]"
)
_OFFSET = re.compile(r"[\d一二三四五六七八九十两半]+个?(年|月|季度|周|天|日)(以?后|以?前)$")
_COUNTED_SPAN = re.compile(
    r"^(近|过去|最近|这|今后|未来|往后|后|上)[\d一二三四五六七八九十两]*个?(年|月|季度|周|天|日)"
)
_SEASON = re.compile(r"[春夏秋冬][季天]")


def date_scope(text: str, wanted: list[tuple[dt.date, dt.date]]) -> str | None:
    """Why a date case is out of scope (module docstring), or None."""
    if reason := out_of_scope_reason(text):
        return reason
    if _CLOCK.search(text):
        return "time of day"
    if _WESTERN_DATE.search(text):
        return "day-first or month-first date"
    if _ERA.search(text):
        return "century or era name"
    if _DIGITS_ONLY.match(text):
        return "digit string (code)"
    if any(first.year != 1 and not 1900 <= first.year <= 2100 for first, _ in wanted):
        return "year outside 1900–2100"
    return None


def _judge_period(
    text: str, period: Period, reference: dt.date | None, wanted: list[tuple[dt.date, dt.date]]
) -> Outcome:
    got = (period.start, period.end)
    shown = f"{period.relation.value} {period.start}..{period.end}"
    if got in wanted:
        return agree()
    first, last = wanted[0]
    day = period.start if period.start == period.end else None
    if _OFFSET.search(text) and day is not None and any(a <= day <= b for a, b in wanted):
        return Outcome(convention="offset-is-a-day", detail=shown)
    if (
        reference is not None
        and reference in got
        and (_COUNTED_SPAN.search(text) or period.relation is Relation.SINCE)
        and (period.start in {a for a, _ in wanted} or period.end in {b for _, b in wanted} or "这" in text)
    ):
        return Outcome(convention="counted-span-from-reference", detail=shown)
    if period.relation in {Relation.SINCE, Relation.BEFORE, Relation.UNTIL} and (
        period.start == first or period.end == last
    ):
        return Outcome(convention="one-sided-relation", detail=shown)
    if period.start == period.end and period.start in {first, last} and _deadline_word(text):
        return Outcome(convention="deadline-word-is-a-day", detail=shown)
    if _SEASON.search(text) and period.start is not None and period.end is not None:
        for shift in (-1, 0, 1):  # the tense rule may pick the other winter
            start, end = (_shift_year(day, shift) for day in (period.start, period.end))
            if any(a <= end and start <= b for a, b in wanted):
                return Outcome(convention="season-is-three-months", detail=shown)
    if (
        period.relation is Relation.RANGE
        and period.start == first
        and period.end is not None
        and period.end == dt.date(period.end.year, 12, 31)
        and any(b == dt.date(period.end.year, 1, 1) for _, b in wanted)
    ):
        return Outcome(convention="range-includes-its-end", detail=shown)
    if _same_but_year(period, wanted):
        return Outcome(convention="other-tense-year", detail=shown)
    if _LONE_DAY.match(text) and _last_month_of(period, reference, wanted):
        return Outcome(convention="lone-day-reported", detail=shown)
    if (
        period.start is not None
        and period.end is not None
        and any(period.start <= a and b <= period.end for a, b in wanted)
    ):
        return differ("coarser reading (contains the peer's)", shown)
    if period.start == first:
        return differ("wrong last day", shown)
    if period.end == last:
        return differ("wrong first day", shown)
    if period.start is not None and period.start.year != first.year:
        return differ("wrong year", shown)
    return differ("wrong dates", shown)


_LONE_DAY = re.compile(r"^[0-9]{1,2}[日号]$")


def _last_month_of(period: Period, reference: dt.date | None, wanted: list[tuple[dt.date, dt.date]]) -> bool:
    """A day of the month before the reference's, where the peer reads the same day in the reference month."""
    day = period.start
    if reference is None or day is None or period.end != day or day.day <= reference.day:
        return False
    months = reference.year * 12 + reference.month - 2
    if (day.year, day.month) != (months // 12, months % 12 + 1):
        return False
    try:
        same = day.replace(year=reference.year, month=reference.month)
    except ValueError:  # the 31st, in a month of 30 days
        return False
    return (same, same) in wanted


def _deadline_word(text: str) -> bool:
    return re.search(r"[年月]?[底末初]|年中|伊始|岁末", text) is not None


def _same_but_year(period: Period, wanted: list[tuple[dt.date, dt.date]]) -> bool:
    """The peer's reading moved by whole years: the same month and day, the tense rule choosing another year.

    Only for texts without a written year (the tense rule applies to bare dates only); the caller checks that.
    """
    if period.start is None or period.end is None:
        return False
    for first, last in wanted:
        if (period.start.month, period.start.day, period.end.month, period.end.day) == (
            first.month,
            first.day,
            last.month,
            last.day,
        ) and abs(period.start.year - first.year) == 1:
            return (
                period.text is not None and "年" not in period.text and not re.search(r"\d{4}", period.text)
            )
    return False


def _time_extract_judge(text: str, expected: list[str]) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        for item in expected:
            if reason := out_of_scope_reason(item) or ("time of day" if _CLOCK.search(item) else None):
                return Outcome(scope=reason)
            if re.fullmatch(r"\d{8}|\d{4}", item):
                return Outcome(scope="digit string (code)")
        found = [p.text or "" for p in extract_periods(text)]
        if found == expected:
            return agree()
        if len(found) == len(expected):
            pairs = list(zip(found, expected, strict=True))
            if any(got in want and want.replace(got, "", 1) in {"上", "下", "大"} for got, want in pairs):
                return differ("doubled 上/下 or 大 dropped", str(found))
            if all(got in want for got, want in pairs):
                return differ("shorter span (the rest missed)", str(found))
            return differ("date span differs", str(found))
        return differ("date missed" if len(found) < len(expected) else "date invented", str(found))

    return judge


# -- Recognizers-Text -------------------------------------------------------------------------------------------


def recognizers_cases(root: Path) -> Iterator[Case]:
    specs = root / "Specs"
    for name in ("NumberModel", "PercentModel"):
        for spec in _spec(specs / "Number" / "Chinese" / f"{name}.json"):
            for result in spec.get("Results", []):
                text, value = result["Text"], result["Resolution"].get("value")
                judge = (
                    _recognizers_number(spec, result) if name == "NumberModel" else _recognizers_percent(spec)
                )
                yield Case(f"Recognizers: {name}", text, str(value), judge(text, value))
    for name in ("CurrencyModel", "DimensionModel"):
        for spec in _spec(specs / "NumberWithUnit" / "Chinese" / f"{name}.json"):
            for result in spec.get("Results", []):
                resolution = result["Resolution"]
                shown = f"{resolution.get('value')} {resolution.get('unit')}"
                yield Case(f"Recognizers: {name}", result["Text"], shown, _recognizers_unit(spec, result))
    for name in ("DateParser", "DatePeriodParser"):
        for spec in _spec(specs / "DateTime" / "Chinese" / f"{name}.json"):
            reference = dt.date.fromisoformat(spec["Context"]["ReferenceDateTime"][:10])
            for result in spec.get("Results", []):
                wanted = _resolutions(result["Value"])
                shown = " or ".join(f"{a}..{b}" for a, b in dict.fromkeys(wanted))
                yield Case(
                    f"Recognizers: {name}",
                    result["Text"],
                    shown,
                    _recognizers_date(result, reference, wanted),
                )


def _spec(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return cases


def _recognizers_number(
    spec: dict[str, Any], result: dict[str, Any]
) -> Callable[[str, Any], Callable[[], Outcome]]:
    def make(text: str, value: Any) -> Callable[[], Outcome]:
        def judge() -> Outcome:
            if spec.get("IgnoreResolution"):
                return Outcome(scope="resolution ignored by the spec")
            if result.get("TypeName") != "number" or value is None:
                return Outcome(scope="not a plain number")
            if reason := out_of_scope_reason(text):
                return Outcome(scope=reason)
            try:
                expected = Decimal(value)
            except InvalidOperation:
                return Outcome(scope="not a plain number")
            if re.search(r"[余多]", text):
                return read_qualified_number(text, expected)
            return read_number(text, expected)

        return judge

    return make


def _recognizers_percent(spec: dict[str, Any]) -> Callable[[str, Any], Callable[[], Outcome]]:
    def make(text: str, value: Any) -> Callable[[], Outcome]:
        def judge() -> Outcome:
            if spec.get("IgnoreResolution"):
                return Outcome(scope="resolution ignored by the spec")
            if reason := out_of_scope_reason(text):
                return Outcome(scope=reason)
            if "折" in text or "成" in text:
                return Outcome(scope="discount (折) or tenths (成)")
            if not isinstance(value, str) or not value.endswith("%"):
                return Outcome(scope="not a plain percentage")
            expected = Decimal(value[:-1])
            try:
                quantity = parse_quantity(text)
            except XunchaError as error:
                return differ("percentage refused", str(error).split(":")[0])
            got, _, unit = in_base(quantity)
            if unit is None and same(got * 100, expected):
                return Outcome(convention="fraction-is-a-number")
            if unit == "个百分点" and same(got, expected):
                return Outcome(convention="percentage-point-is-its-own-unit")
            if unit != "%":
                return differ("wrong unit or currency", f"{got} {unit}")
            return agree() if same(got, expected) else differ("percentage misread", str(got))

        return judge

    return make


def _recognizers_unit(spec: dict[str, Any], result: dict[str, Any]) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        text = result["Text"]
        resolution = result["Resolution"]
        if spec.get("IgnoreResolution"):
            return Outcome(scope="resolution ignored by the spec")
        unit = _RECOGNIZERS_UNITS.get(resolution.get("unit", ""))
        if unit is None or not registered(unit):
            return Outcome(scope="unit not in the registry")
        if reason := out_of_scope_reason(text):
            return Outcome(scope=reason)
        try:
            expected_value, expected_unit = base_of(Decimal(resolution["value"]), unit)
        except (InvalidOperation, KeyError, TypeError):
            return Outcome(scope="no value resolved")
        try:
            quantity = parse_quantity(text)
        except XunchaError as error:
            return differ("quantity refused", str(error).split(":")[0])
        value, _, got_unit = in_base(quantity)
        if got_unit == "块" and expected_unit == "元" and same(value, expected_value):
            return Outcome(convention="kuai-alone-is-a-counter")
        if got_unit != expected_unit:
            return differ("wrong unit or currency", f"{value} {got_unit}")
        if "E" in resolution["value"]:
            if not same(value, Decimal(resolution["value"])):
                return differ("quantity misread", f"{value} {got_unit}")
        elif abs(value - expected_value) > abs(expected_value) * Decimal("1e-20"):  # 28 digits either side
            return differ("quantity misread", f"{value} {got_unit}")
        return agree()

    return judge


def _resolutions(value: dict[str, Any]) -> list[tuple[dt.date, dt.date]]:
    """The peer's future and past readings as (first day, last day), its exclusive ends made inclusive."""
    readings = []
    for key in ("FutureResolution", "PastResolution"):
        resolution = value.get(key) or {}
        if "date" in resolution:
            day = dt.date.fromisoformat(resolution["date"][:10])
            readings.append((day, day))
        elif "startDate" in resolution and "endDate" in resolution:
            first = dt.date.fromisoformat(resolution["startDate"][:10])
            last = dt.date.fromisoformat(resolution["endDate"][:10])
            readings.append((first, last))
            if last > first:
                readings.append((first, last - dt.timedelta(days=1)))  # an exclusive end, as for 2017年3月
    return readings


def _recognizers_date(
    result: dict[str, Any], reference: dt.date, wanted: list[tuple[dt.date, dt.date]]
) -> Callable[[], Outcome]:
    def judge() -> Outcome:
        if not wanted or any(b.year > 9998 for _, b in wanted):
            return Outcome(scope="open or infinite bound")
        return compare_period(result["Text"], reference, wanted)

    return judge


# -- the run ----------------------------------------------------------------------------------------------------


def run(cases: Iterator[Case]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for case in cases:
        tally = tallies.setdefault(case.suite, Tally())
        tally.cases += 1
        outcome = case.judge()
        if outcome.scope is not None:
            tally.out_of_scope[outcome.scope] += 1
        elif outcome.disagreement is not None:
            tally.classes[outcome.disagreement].append(
                f"{case.text!r}: expected {case.expected}, got {outcome.detail}"
            )
        else:
            tally.agree += 1
            if outcome.convention is not None:
                tally.conventions[outcome.convention] += 1
    return tallies


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def answered(kind: str) -> bool:
    """Whether a class of disagreement is an answer that differs, not a refusal or a miss (never wrong)."""
    return not re.search(r"refused|missed|coarser|not read", kind)


def report(tallies: dict[str, Tally], examples: int) -> None:
    print(f"{'suite':<32} {'cases':>6} {'in scope':>9} {'agree':>6} {'%':>7}")
    groups: dict[str, list[int]] = {"numbers, money and units": [0, 0, 0], "dates": [0, 0, 0]}
    for suite, tally in tallies.items():
        print(
            f"{suite:<32} {tally.cases:>6} {tally.in_scope:>9} {tally.agree:>6} {_percent(tally.agree, tally.in_scope):>7}"
        )
        group = "dates" if re.search(r"time|Date", suite) else "numbers, money and units"
        groups[group][0] += tally.in_scope
        groups[group][1] += tally.agree
        groups[group][2] += sum(len(lines) for kind, lines in tally.classes.items() if answered(kind))
    print()
    for group, (scope, agreeing, differing) in groups.items():
        if scope:
            print(
                f"{group}: {agreeing}/{scope} in scope agree ({_percent(agreeing, scope)}); "
                f"{scope - agreeing - differing} refused or missed, {differing} answered differently"
            )
    for suite, tally in tallies.items():
        print(f"\n== {suite}")
        if tally.out_of_scope:
            print(
                "  out of scope: "
                + ", ".join(f"{reason} {n}" for reason, n in tally.out_of_scope.most_common())
            )
        if tally.conventions:
            print(
                "  documented conventions: "
                + ", ".join(f"{name} {n}" for name, n in tally.conventions.most_common())
            )
        for kind, lines in sorted(tally.classes.items(), key=lambda item: -len(item[1])):
            print(f"  {kind}{'' if answered(kind) else ' (not an answer)'}: {len(lines)}")
            for line in lines[:examples]:
                print(f"    {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--cn2an", type=Path, help="a checkout of github.com/Ailln/cn2an")
    parser.add_argument("--jionlp", type=Path, help="a checkout of github.com/dongrixinyu/JioNLP")
    parser.add_argument(
        "--recognizers", type=Path, help="a checkout of github.com/microsoft/Recognizers-Text"
    )
    parser.add_argument("--examples", type=int, default=3, help="examples shown per class (default 3)")
    args = parser.parse_args(argv)
    sources: list[Iterator[Case]] = []
    if args.cn2an:
        sources.append(cn2an_cases(args.cn2an))
    if args.jionlp:
        sources.append(jionlp_cases(args.jionlp))
    if args.recognizers:
        sources.append(recognizers_cases(args.recognizers))
    if not sources:
        parser.error("give at least one of --cn2an, --jionlp, --recognizers")
    started = time.perf_counter()
    tallies = run(case for source in sources for case in source)
    report(tallies, args.examples)
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
