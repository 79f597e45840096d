"""The generated holiday table (src/xuncha/_holidays.py) against its source, lunardate, and known 清明 dates."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from xuncha import DateError, parse_period
from xuncha._holidays import FIRST_YEAR, TABLE
from xuncha.dates._calendar import holiday as _holiday

LUNAR = {"春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9)}


def test_table_shape() -> None:
    assert FIRST_YEAR == 1900
    for name in ("春节", "清明", "元宵", "端午", "七夕", "中秋", "重阳"):
        assert len(TABLE[name]) == 4 * 201, name  # 1900–2100


def test_lunar_festivals_match_lunardate() -> None:
    lunardate = pytest.importorskip("lunardate", reason="lunardate (a test dependency) generates the table")
    for year in range(1900, 2100):
        for name, (month, day) in LUNAR.items():
            assert _holiday(name, year) == lunardate.LunarDate(year, month, day).to_solar_date(), (name, year)
        next_new_year = lunardate.LunarDate(year + 1, 1, 1).to_solar_date() if year < 2099 else None
        if next_new_year is not None:
            assert _holiday("除夕", year + 1) == next_new_year - dt.timedelta(days=1)
    # 2100: the day after the last day of lunar year 2099
    last_month_end = lunardate.LunarDate(2099, 12, 1).to_solar_date()
    assert dt.date(2100, 1, 1) < _holiday("春节", 2100) <= last_month_end + dt.timedelta(days=30)
    assert _holiday("春节", 2100) == dt.date(2100, 2, 9)


# 清明 as commonly published for these years.
QINGMING = {
    1990: 5, 2000: 4, 2008: 4, 2015: 5, 2016: 4, 2017: 4, 2018: 5, 2019: 5, 2020: 4,
    2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4,
}  # fmt: skip


@pytest.mark.parametrize(("year", "day"), sorted(QINGMING.items()))
def test_qingming(year: int, day: int) -> None:
    assert _holiday("清明", year) == dt.date(year, 4, day)


def test_qingming_always_early_april() -> None:
    assert all(
        4 <= _holiday("清明", year).day <= 6 and _holiday("清明", year).month == 4
        for year in range(1900, 2101)
    )


def test_solar_holidays() -> None:
    assert _holiday("国庆", 2100) == dt.date(2100, 10, 1)
    assert _holiday("元旦", 1900) == dt.date(1900, 1, 1)
    assert _holiday("劳动", 2024) == dt.date(2024, 5, 1)


# Lunar year 2100 is beyond lunardate; the generator computes it from new moons. These dates agree with the
# borax (4.1.3) and lunar-python (1.4.8) packages and with new moons computed by ephem (4.2.1), checked once
# by hand; the nearest new moon to a Beijing midnight among them is 2 hours away (4 October 2100, 02:02).
FESTIVALS_2100 = {
    "春节": dt.date(2100, 2, 9), "元宵": dt.date(2100, 2, 23), "端午": dt.date(2100, 6, 12),
    "七夕": dt.date(2100, 8, 12), "中秋": dt.date(2100, 9, 18), "重阳": dt.date(2100, 10, 12),
}  # fmt: skip


@pytest.mark.parametrize(("name", "day"), sorted(FESTIVALS_2100.items()))
def test_festivals_of_2100(name: str, day: dt.date) -> None:
    assert _holiday(name, 2100) == day
    assert parse_period(f"2100年{name}").start == day


def test_beyond_the_table_is_a_date_error() -> None:
    with pytest.raises(DateError, match="year 2101 is outside 1900–2100"):
        parse_period("2101年端午节")


def _generator() -> Any:
    generator = Path(__file__).resolve().parents[1] / "tools" / "generate_holidays.py"
    spec = importlib.util.spec_from_file_location("generate_holidays", generator)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_new_moon_method_matches_lunardate() -> None:
    """The method that gives 2100 gives lunardate's dates for 1950–2099 wherever no leap month intervenes."""
    lunardate = pytest.importorskip("lunardate", reason="lunardate (a test dependency) generates the table")
    module = _generator()
    compared, differ = 0, []
    for year in range(1950, 2100):
        try:
            starts = module.month_starts(year, 9)
        except ValueError:  # a leap month among the first nine: the generator never needs that case
            continue
        for name, (month, day) in LUNAR.items():
            computed = starts[month - 1] + dt.timedelta(days=day - 1)
            if computed != lunardate.LunarDate(year, month, day).to_solar_date():
                differ.append((year, name))
            compared += 1
    assert compared > 500
    # The one difference is the calendar of its time, not the method: the new moon of September 1978 fell at
    # 00:09 Beijing time on the 3rd (ephem agrees to the second), and the calendar then in use began the
    # month on the 2nd.
    assert differ == [(1978, "中秋")]


def test_table_is_what_the_generator_writes() -> None:
    pytest.importorskip("lunardate", reason="lunardate (a test dependency) generates the table")
    module = _generator()
    years = range(FIRST_YEAR, 2101)
    assert TABLE["清明"] == "".join(module.qingming(year).strftime("%m%d") for year in years)
    assert TABLE["春节"] == "".join(module.spring_festival(year).strftime("%m%d") for year in years)
    for name, (month, day) in LUNAR.items():
        if name != "春节":
            assert TABLE[name][-4:] == module.lunar_festival(2100, month, day).strftime("%m%d"), name
