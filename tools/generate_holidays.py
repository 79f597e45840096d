#!/usr/bin/env python3
"""Generate src/xuncha/_holidays.py: the Gregorian dates of China's lunar festivals and of 清明, 1900–2100.

Run from the repository root:  python tools/generate_holidays.py

Sources, both used only here and in the tests, never at run time:

* lunar festivals (春节, 元宵, 端午, 七夕, 中秋, 重阳, 除夕) come from the ``lunardate`` package, whose table covers
  lunar years 1900–2099. The Spring Festival of 2100 is the day after the last day of lunar year 2099, which
  lunardate knows. The other festivals of 2100 are computed the way the calendar is defined: a month begins on
  the day (Beijing time) of a new moon, found with Meeus, *Astronomical Algorithms*, ch. 49 (true phases,
  within a minute); month n of the year begins at the n-th new moon from the Spring Festival, checked by the
  principal solar term each month must contain (雨水 for the first … 霜降 for the ninth: no leap month comes
  between). tests/test_holidays.py checks the method against lunardate for every such year 1950–2099; the
  2100 dates agree with the ``borax`` and ``lunar-python`` packages and with new moons from ``ephem``.
* 清明 is a solar term, the day (Beijing time, UTC+8) the Sun's apparent ecliptic longitude reaches 15°. It is
  computed with the low-precision solar theory of Meeus, *Astronomical Algorithms*, ch. 25 (about 0.01°, a
  quarter of an hour), with ΔT from the Espenak–Meeus polynomials.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from lunardate import LunarDate

FIRST, LAST = 1900, 2100
LUNAR_FESTIVALS = {"元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9)}
OUT = Path(__file__).resolve().parents[1] / "src" / "xuncha" / "_holidays.py"


def spring_festival(year: int) -> dt.date:
    if year <= 2099:
        return LunarDate(year, 1, 1).to_solar_date()  # type: ignore[no-any-return]
    # The day after the last day of the previous lunar year (its twelfth month has 29 or 30 days).
    for last_day in (30, 29):
        try:
            return LunarDate(year - 1, 12, last_day).to_solar_date() + dt.timedelta(days=1)  # type: ignore[no-any-return]
        except ValueError:
            continue
    raise ValueError(year)


def _delta_t_seconds(year: float) -> float:
    # Espenak & Meeus (NASA eclipse website) polynomials for the years this table spans.
    if year < 1920:
        t = year - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if year < 1941:
        t = year - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if year < 1961:
        t = year - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if year < 1986:
        t = year - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if year < 2005:
        t = year - 2000
        return 63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3 + 0.000651814 * t**4
    if year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)


def _apparent_longitude(jde: float) -> float:
    t = (jde - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = (
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m)
        + (0.019993 - 0.000101 * t) * math.sin(2 * m)
        + 0.000289 * math.sin(3 * m)
    )
    omega = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(omega)) % 360


def _beijing_day(jde: float, year: float) -> dt.date:
    """The civil date in Beijing (UTC+8) of a moment given as a Julian Ephemeris Day."""
    ut = jde - _delta_t_seconds(year) / 86400
    beijing = ut + 0.5 + 8 / 24  # Julian days begin at noon
    return dt.date(2000, 1, 1) + dt.timedelta(days=math.floor(beijing - 2451545.0))


def solar_term(year: int, longitude: float) -> dt.date:
    """The day the Sun's apparent longitude reaches ``longitude`` (degrees) in ``year``."""
    # Start from the mean date (longitude 0 near 20 March) and step by Newton's method.
    offset = (longitude + 60) % 360 - 60  # 330° (雨水) comes before 0° (春分) in the year
    jde = 2451545.0 + (dt.date(year, 3, 20) - dt.date(2000, 1, 1)).days + offset * 365.2422 / 360
    for _ in range(50):
        diff = (longitude - _apparent_longitude(jde) + 180) % 360 - 180
        jde += diff * 365.2422 / 360
        if abs(diff) < 1e-7:
            break
    return _beijing_day(jde, year + offset / 360 + 0.22)


def qingming(year: int) -> dt.date:
    return solar_term(year, 15)


# Meeus, Astronomical Algorithms, ch. 49: the periodic terms of the new moon (coefficient, E power,
# multiples of M, M', F, Ω) and the planetary arguments A2–A14 (coefficient, constant, rate per k).
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)  # fmt: skip
_PLANETARY_TERMS = (
    (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)  # fmt: skip


def _new_moon(k: int) -> float:
    """The Julian Ephemeris Day of new moon number ``k`` (k = 0 near 6 January 2000)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4)
    omega = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3)
    for coefficient, e_power, a, b, c, d in _NEW_MOON_TERMS:
        jde += coefficient * e**e_power * math.sin(a * m + b * mp + c * f + d * omega)
    jde += 0.000325 * math.sin(math.radians(299.77 + 0.107408 * k - 0.009173 * t**2))  # A1
    for coefficient, constant, rate in _PLANETARY_TERMS:  # A2–A14
        jde += coefficient * math.sin(math.radians(constant + rate * k))
    return jde


def month_starts(year: int, count: int) -> list[dt.date]:
    """The first days of months 1 to ``count`` of lunar year ``year``, from new moons; ValueError when a leap
    month comes between (a month without its principal term)."""
    first = spring_festival(year)
    k = math.floor((year + (first.timetuple().tm_yday - 3) / 365.25 - 2000) * 12.3685)
    starts: list[dt.date] = []
    while len(starts) <= count:
        day = _beijing_day(_new_moon(k), year + len(starts) / 12)
        if day >= first:
            starts.append(day)
        k += 1
    if starts[0] != first:
        raise ValueError(f"the new moon after {first} is on {starts[0]}")
    for month in range(1, count + 1):  # month n contains the principal term at 330° + 30°(n − 1)
        term = solar_term(year, (300 + 30 * month) % 360)
        if not starts[month - 1] <= term < starts[month]:
            raise ValueError(f"month {month} of {year} lacks its principal term: a leap month comes first")
    return starts[:count]


def lunar_festival(year: int, month: int, day: int) -> dt.date:
    if year <= 2099:
        return LunarDate(year, month, day).to_solar_date()  # type: ignore[no-any-return]
    return month_starts(year, 9)[month - 1] + dt.timedelta(days=day - 1)


def main() -> None:
    rows: dict[str, list[str]] = {"春节": [], "清明": [], **{name: [] for name in LUNAR_FESTIVALS}}
    for year in range(FIRST, LAST + 1):
        rows["春节"].append(spring_festival(year).strftime("%m%d"))
        rows["清明"].append(qingming(year).strftime("%m%d"))
        for name, (month, day) in LUNAR_FESTIVALS.items():
            rows[name].append(lunar_festival(year, month, day).strftime("%m%d"))
    lines = [
        '"""Gregorian dates of the lunar festivals and 清明, generated by tools/generate_holidays.py; do not edit.',
        "",
        f"Each string lists MMDD for the years from {FIRST} on, one four-digit group per year, so that the table",
        "stays reviewable data rather than code. Every festival covers 1900–2100.",
        '"""',
        "",
        '__all__ = ["FIRST_YEAR", "TABLE"]',
        "",
        f"FIRST_YEAR = {FIRST}",
        "",
        "TABLE: dict[str, str] = {",
    ]
    for name, values in rows.items():
        lines.append(f'    "{name}": (')
        for start in range(0, len(values), 20):
            lines.append(f'        "{"".join(values[start : start + 20])}"')
        lines.append("    ),")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
