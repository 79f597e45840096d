"""extract_periods costs time in proportion to its input on runs of days that once cost their square.

A run of days each refused or unresolved, in one long sentence (no reference date: 图为1日，图为1日，…; a list of
days with no month before it: 1日、1日、…), made the scan search back to the same early position for every day.
No test here is timed against a clock: each compares the cost of one input with that of an input four times its
size, in the same run, with a generous bound (a linear cost grows 4×, a quadratic one 16×), as
tests/test_checks_linear.py does. The timings themselves are in benchmarks/bench_linearity.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from _cpu_cost import grows_linearly
from xuncha import extract_periods

# Time and memory as the input grows: run on one interpreter of a tox run (tox.ini).
pytestmark = pytest.mark.scaling

#: Each family: a name and the text of about ``n`` characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "photo captions' days, no reference": lambda n: "图为1日，" * (n // 5),
    "a list of days with no month": lambda n: "1日、" * (n // 3),
    "days after 于 in a list": lambda n: "于1日、" * (n // 4),
    # each read with its weekday, and the last resolved date a word of the day looks back to
    "days with their weekdays": lambda n: "今天(8日(周一)" * (n // 9),
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_four_times_the_text_costs_about_four_times_the_time(family: str) -> None:
    linear, small, large = grows_linearly(extract_periods, FAMILIES[family], 10_000)
    assert linear, (family, small, large)


def test_weekdays_that_name_the_year_cost_time_in_proportion() -> None:
    # every day's printed weekday names a year other than the one its sentence implies: a second resolution each
    def read(text: str) -> object:
        return extract_periods(text, reference=dt.date(2024, 2, 26))

    linear, small, large = grows_linearly(read, lambda n: "5月11日(星期六)上班。" * (n // 13), 10_000)
    assert linear, (small, large)
