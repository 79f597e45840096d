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
``numerator/denominator`` (万元/亩, 元/人) are built on demand from the registry.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import attrs

from xuncha._fold import fold
from xuncha.errors import UnitError

__all__ = ["COUNTERS", "Unit", "canonical_unit", "convert", "get_unit"]


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


def _measures(dimension: str, base: str, factors: dict[str, Fraction | int]) -> dict[str, Unit]:
    return {name: Unit(name, dimension, Fraction(factor), base) for name, factor in factors.items()}


_F = Fraction

#: Measured units by dimension, with exact factors to the dimension's base unit.
_MEASURED: dict[str, Unit] = {
    **_measures("money", "元", {"元": 1, "角": _F(1, 10), "千元": 1000}),
    # Foreign currencies are dimensions of their own: no exchange rate is exact.
    **_measures("money:USD", "美元", {"美元": 1}),
    **_measures("money:EUR", "欧元", {"欧元": 1}),
    **_measures("money:HKD", "港元", {"港元": 1}),
    **_measures("money:GBP", "英镑", {"英镑": 1}),
    **_measures(
        "area",
        "平方米",
        {
            "平方米": 1,
            "平方公里": 10**6,
            "平方千米": 10**6,
            "公顷": 10**4,
            "亩": _F(2000, 3),  # 15 亩 = 1 公顷 exactly
        },
    ),
    **_measures(
        "length", "米", {"米": 1, "公里": 1000, "千米": 1000, "厘米": _F(1, 100), "毫米": _F(1, 1000)}
    ),
    **_measures(
        "mass",
        "吨",
        {
            "吨": 1,
            "千克": _F(1, 1000),
            "公斤": _F(1, 1000),
            "克": _F(1, 10**6),
            "毫克": _F(1, 10**9),
            "微克": _F(1, 10**12),  # air quality: PM2.5 in 微克/立方米
            "斤": _F(1, 2000),
        },
    ),
    **_measures("volume", "立方米", {"立方米": 1, "升": _F(1, 1000)}),
    **_measures("power", "千瓦", {"千瓦": 1, "兆瓦": 1000, "瓦": _F(1, 1000)}),
    **_measures("energy", "千瓦时", {"千瓦时": 1}),
    **_measures("voltage", "伏", {"伏": 1, "千伏": 1000}),
    # Noise levels in environmental reports (昼间平均等效声级54.2分贝): a logarithmic scale, so no multiples.
    **_measures("sound_level", "分贝", {"分贝": 1}),
    # A percent is a ratio; per-mille, per-ten-thousand (万分之) and 成 (tenths) are the same dimension, so 5‰
    # is 0.5%.
    **_measures("ratio", "%", {"%": 1, "‰": _F(1, 10), "‱": _F(1, 100), "成": 10}),
    # The difference of two percentages: a different quantity from a percentage. Banks count interest-rate
    # moves in basis points (下降28个基点), a hundredth of a percentage point.
    **_measures("percentage_point", "个百分点", {"个百分点": 1, "个基点": _F(1, 100)}),
    **_measures("multiple", "倍", {"倍": 1}),
    # Calendar durations are counted in months (a year is always 12 months, not always 365 days).
    **_measures("months", "个月", {"个月": 1, "年": 12, "个季度": 3}),
    **_measures(
        "days",
        "天",
        {"天": 1, "周": 7, "个星期": 7, "小时": _F(1, 24), "个小时": _F(1, 24), "分钟": _F(1, 1440)},
    ),
    **_measures("working_days", "个工作日", {"个工作日": 1}),
}

#: Counters, each its own dimension: 人 and 人次 count different things.
COUNTERS: frozenset[str] = frozenset(
    [
        "人",
        "人次",
        "名",
        "家",
        "家次",
        "个",
        "项",
        "次",
        "件",
        "件次",
        "条",
        "宗",
        "场",
        "场次",
        "期",
        "篇",
        "栋",
        "幢",
        "座",
        "部",
        "处",
        "起",
        "批",
        "批次",
        "岁",
        "户",
        "户次",
        "所",
        "辆",
        "台",
        "套",
        "份",
        "张",
        "块",
        "株",
        "棵",
        "头",
        "只",
        "艘",
        "架",
        "架次",
        "车次",
        "间",
        "位",
        "例",
        "轮",
        "届",
        "支",
        "笔",
        "册",
        "本",
        "门",
        "种",
        "类",
        "级",
        "队",
        "组",
        "班",
        "课时",
        "学时",
        "对",
        "盏",
        "根",
        "趟",
        "遍",
        "封",
        "则",
        "首",
        "幅",
        "集",
        "卷",
        "页",
        "颗",
        "片",
        "口",
        "眼",
        "餐",
        "桌",
        "床",
        "扇",
        "道",
        "层",
        "节",
        "段",
        "单",
        "宗次",
        "条次",
        "人日",
        "工日",
        "周岁",
        "周年",
        "分",  # points of a score (测评得分 92.6 分); money is counted in 元, never in 分
        "轮次",
        "期次",
        "班次",
        "台次",
        "艘次",
        "场",
    ]
)

_COUNTER_UNITS = {name: Unit(name, f"counter:{name}", Fraction(1), name) for name in COUNTERS}

#: Spellings of the same unit, mapped to the canonical name.
ALIASES: dict[str, str] = {
    "％": "%",
    "%": "%",
    "百分点": "个百分点",
    "μg/m³": "微克/立方米",
    "μg/m3": "微克/立方米",
    "ug/m3": "微克/立方米",
    "mg/m³": "毫克/立方米",
    "mg/m3": "毫克/立方米",
    "mg/L": "毫克/升",
    "mg/l": "毫克/升",
    "基点": "个基点",
    "‰": "‰",
    "m²": "平方米",
    "㎡": "平方米",
    "平米": "平方米",
    "平方": "平方米",
    "度": "千瓦时",  # of electricity, and only with a magnitude (1.2亿度): a bare 5度 is not read
    "立方": "立方米",
    "方": "立方米",  # 土方, 混凝土方量: 3000 方 is 3000 立方米
    "m³": "立方米",
    "㎥": "立方米",
    "港币": "港元",
    "美金": "美元",
    "km²": "平方公里",
    "km": "公里",
    "m": "米",
    "t": "吨",
    "kg": "千克",
    "月": "个月",
    "季度": "个季度",
    "星期": "个星期",
    "工作日": "个工作日",
    "日": "天",
    "畝": "亩",
    "個": "个",
    "萬": "万",
    "億": "亿",
    "人（次）": "人次",
    "人/次": "人次",
    "人·次": "人次",
    "家/次": "家次",
    "人(次)": "人次",
    "家（次）": "家次",
    "家(次)": "家次",
    "户（次）": "户次",
    "户(次)": "户次",
    "件（次）": "件次",
    "件(次)": "件次",
    "个月份": "个月",
    "個月": "个月",
    "個百分點": "个百分点",
    "个百分點": "个百分点",
    "百分點": "个百分点",
    "個工作日": "个工作日",
    "个学时": "学时",
    "个课时": "课时",
    "元钱": "元",
    "人民币": "元",
    "塊": "块",
    "項": "项",
    "條": "条",
    "場次": "场次",
    "場": "场",
    "處": "处",
    "間": "间",
    "輛": "辆",
    "臺": "台",
    "筆": "笔",
    "噸": "吨",
    "萬元": "万元",
    "億元": "亿元",
    "萬畝": "万亩",
    "億萬": "亿万",
}

#: Prefixes that multiply a registered unit: 万元, 亿元, 万亩, 百万吨.
PREFIXES: dict[str, int] = {
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "万亿": 10**12,
    "万": 10**4,
    "亿": 10**8,
    "千": 1000,
    "百": 100,
}

_REGISTRY: dict[str, Unit] = {**_COUNTER_UNITS, **_MEASURED}


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
    if not isinstance(name, str):
        raise UnitError(f"not a unit name: {name!r}")
    return _lookup(name)


@lru_cache(maxsize=1024)
def _lookup(name: str) -> Unit:
    text = "".join(name.split())
    text = ALIASES.get(text, text)
    if text in _REGISTRY:
        return _REGISTRY[text]
    alternative = _ALTERNATIVE_COUNTER.fullmatch(text)
    if alternative is not None:
        first, second = (fold(alternative.group(i)) for i in (1, 2))
        if first in COUNTERS and second in COUNTERS:
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
            rest = ALIASES.get(rest, rest)
            if rest in _REGISTRY and rest not in ("%", "‰", "个百分点", "倍", "成"):
                inner = _REGISTRY[rest]
                return Unit(prefix + inner.name, inner.dimension, inner.factor * multiplier, inner.base)
    raise UnitError(f"unknown unit: {name!r}")


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
        raise UnitError(f"cannot convert {value!r}: expected a Decimal, Fraction or int")
    return Fraction(value) * source.factor / target.factor


def _label(unit: Unit) -> str:
    return unit.dimension.replace("counter:", "counted in ")
