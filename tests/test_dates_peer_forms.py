"""Forms the peers' own test suites name (issue 14): fixed-date and weekday holidays, 12月月底, the edges of
a quarter (上季度末, 四季度初), 2022年伊始 and 大大后天, each read right or refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import Precision, Relation, extract_periods, parse_period

REF = dt.date(2023, 12, 25)
years = st.integers(1950, 2090)


def _read(
    text: str, reference: dt.date = REF
) -> list[tuple[str | None, dt.date | None, dt.date | None, str]]:
    return [(p.text, p.start, p.end, p.relation.value) for p in extract_periods(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年三八妇女节期间，组织女干部开展学习",
            ("2023年三八妇女节期间", "2023-03-08", "2023-03-08", "on"),
        ),
        ("2024年教师节前走访慰问教师", ("2024年教师节前", None, "2024-09-09", "before")),
        ("2022年植树节当天组织义务植树", ("2022年植树节", "2022-03-12", "2022-03-12", "on")),
        ("2023年五四青年节，召开座谈会", ("2023年五四青年节", "2023-05-04", "2023-05-04", "on")),
        ("2023年六一儿童节期间开展慰问", ("2023年六一儿童节期间", "2023-06-01", "2023-06-01", "on")),
        ("2021年国际儿童节", ("2021年国际儿童节", "2021-06-01", "2021-06-01", "on")),
        ("2021年母亲节", ("2021年母亲节", "2021-05-09", "2021-05-09", "on")),
        ("2023年父亲节后", ("2023年父亲节后", "2023-06-19", None, "after")),
        ("2019年感恩节", ("2019年感恩节", "2019-11-28", "2019-11-28", "on")),
    ],
)
def test_holidays_with_a_year(text: str, expected: tuple[str, str | None, str | None, str]) -> None:
    words, start, end, relation = expected
    day = lambda iso: None if iso is None else dt.date.fromisoformat(iso)  # noqa: E731
    assert _read(text) == [(words, day(start), day(end), relation)]


def test_a_holiday_range_across_years() -> None:
    period = parse_period("2019年感恩节到2021年母亲节")
    assert (period.start, period.end, period.relation) == (
        dt.date(2019, 11, 28),
        dt.date(2021, 5, 9),
        Relation.RANGE,
    )


def test_a_bare_holiday_deadline_looks_ahead() -> None:
    # 教师节前 written in December: the next 教师节
    assert _read("教师节前完成慰问", dt.date(2023, 12, 1)) == [
        ("教师节前", None, dt.date(2024, 9, 9), "before")
    ]


@given(years)
def test_weekday_holidays_fall_on_their_weekday(year: int) -> None:
    for name, month, weekday, first_day in (("母亲", 5, 6, 8), ("父亲", 6, 6, 15), ("感恩", 11, 3, 22)):
        day = parse_period(f"{year}年{name}节").start
        assert day is not None
        assert (day.month, day.weekday()) == (month, weekday)
        assert first_day <= day.day < first_day + 7


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("计划于2024年12月月底前完成", "2024年12月月底前", dt.date(2024, 12, 31)),
        ("十二月月底", "十二月月底", dt.date(2023, 12, 31)),
        ("2023年3月月初，召开会议", "2023年3月月初", dt.date(2023, 3, 1)),
        ("2023年2月月末", "2023年2月月末", dt.date(2023, 2, 28)),
    ],
)
def test_month_written_twice_before_its_edge(text: str, words: str, day: dt.date) -> None:
    found = extract_periods(text, reference=REF)
    assert [p.text for p in found] == [words]
    assert day in (found[0].start, found[0].end)


@given(years, st.integers(1, 4))
def test_the_edges_of_a_quarter(year: int, quarter: int) -> None:
    first = dt.date(year, quarter * 3 - 2, 1)
    last = dt.date(year + quarter // 4, quarter % 4 * 3 + 1, 1) - dt.timedelta(days=1)
    opening = parse_period(f"{year}年第{quarter}季度初")
    closing = parse_period(f"{year}年{'一二三四'[quarter - 1]}季度末")
    assert (opening.start, opening.end, opening.precision) == (first, first, Precision.DAY)
    assert (closing.start, closing.end, closing.precision) == (last, last, Precision.DAY)


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_the_edges_of_the_last_and_this_quarter(ref: dt.date) -> None:
    this_first = dt.date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1)
    last_end = this_first - dt.timedelta(days=1)
    assert parse_period("上季度末", reference=ref).start == last_end
    assert parse_period("本季度初", reference=ref).end == this_first


@pytest.mark.parametrize("text", ["一季度初步完成整改", "上季度初步统计", "三季度初审"])
def test_quarter_before_a_word_with_chu_is_no_edge(text: str) -> None:
    assert all(p.precision is Precision.QUARTER for p in extract_periods(text, reference=REF))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二零二二年伊始，我们召开了动员会", [("二零二二年伊始", dt.date(2022, 1, 1))]),
        ("今年伊始即开展整改", [("今年伊始", dt.date(2023, 1, 1))]),
        ("新年伊始，各项工作有序推进", []),  # names no year
        ("整改伊始，", []),
    ],
)
def test_yishi_after_a_year(text: str, expected: list[tuple[str, dt.date]]) -> None:
    assert [(p.text, p.start) for p in extract_periods(text, reference=REF)] == expected
