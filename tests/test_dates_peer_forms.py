"""Forms the peers' own test suites name (issue 14): fixed-date and weekday holidays, 12月月底, the edges of
a quarter (上季度末, 四季度初), 2022年伊始 and 大大后天, each read right or refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import Precision, Relation, XunchaError, extract_periods, parse_period

REF = dt.date(2023, 12, 25)
years = st.integers(1950, 2090)


def _read(
    text: str, reference: dt.date = REF
) -> list[tuple[str | None, dt.date | None, dt.date | None, str]]:
    return [(p.text, p.start, p.end, p.relation.value) for p in extract_periods(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a holiday season after its year is dated by the year, as the observed corpus's writers read it)
        ("2023年三八妇女节期间，组织女干部开展学习", ("2023年", "2023-01-01", "2023-12-31", "on")),
        ("2024年教师节前走访慰问教师", ("2024年教师节前", None, "2024-09-09", "before")),
        ("2022年植树节当天组织义务植树", ("2022年植树节", "2022-03-12", "2022-03-12", "on")),
        ("2023年五四青年节，召开座谈会", ("2023年五四青年节", "2023-05-04", "2023-05-04", "on")),
        ("2023年六一儿童节期间开展慰问", ("2023年", "2023-01-01", "2023-12-31", "on")),
        ("2021年国际儿童节", ("2021年国际儿童节", "2021-06-01", "2021-06-01", "on")),
        ("2021年母亲节", ("2021年母亲节", "2021-05-09", "2021-05-09", "on")),
        ("2023年父亲节后", ("2023年父亲节后", "2023-06-19", None, "after")),
        ("2019年感恩节", ("2019年感恩节", "2019-11-28", "2019-11-28", "on")),
    ],
)
def test_holidays_with_a_year(text: str, expected: tuple[str, str | None, str | None, str]) -> None:
    words, start, end, relation = expected
    assert _read(text) == [(words, _day(start), _day(end), relation)]


def _day(iso: str | None) -> dt.date | None:
    return None if iso is None else dt.date.fromisoformat(iso)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至2023年10月31，共整改问题12个", [("截至2023年10月31", None, dt.date(2023, 10, 31))]),
        (
            "2023年1月3至2月10，开展专项检查",
            [("2023年1月3至2月10", dt.date(2023, 1, 3), dt.date(2023, 2, 10))],
        ),
        ("2023年6月6。", [("2023年6月6", dt.date(2023, 6, 6), dt.date(2023, 6, 6))]),
        ("1月3", [("1月3", dt.date(2023, 1, 3), dt.date(2023, 1, 3))]),
        ("11月7\n个村完成整改", [("11月", dt.date(2023, 11, 1), dt.date(2023, 11, 30))]),
        # not a day: a count after the month, a Chinese numeral (三月三 is a lunar festival), a day in another
        # unit's place
        ("2023年1-10月31个项目完工", [("2023年1-10月", dt.date(2023, 1, 1), dt.date(2023, 10, 31))]),
        ("2023年10月22家单位完成整改", [("2023年10月", dt.date(2023, 10, 1), dt.date(2023, 10, 31))]),
        ("2023年三月三，", [("2023年三月", dt.date(2023, 3, 1), dt.date(2023, 3, 31))]),
    ],
)
def test_a_day_without_ri(text: str, expected: list[tuple[str, dt.date | None, dt.date]]) -> None:
    assert [(p.text, p.start, p.end) for p in extract_periods(text, reference=REF)] == expected


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(["，", "。", "；", ""]))
def test_a_day_without_ri_before_a_break_is_that_day(day: dt.date, after: str) -> None:
    text = f"{day.year}年{day.month}月{day.day}{after}"
    assert [(p.start, p.end) for p in extract_periods(text, reference=REF)] == [(day, day)]


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from("个家项次人条件"))
def test_a_number_after_a_month_before_a_counter_is_no_day(day: dt.date, counter: str) -> None:
    found = extract_periods(f"{day.year}年{day.month}月{day.day}{counter}", reference=REF)
    assert [(p.start, p.precision) for p in found] == [(day.replace(day=1), Precision.MONTH)]


def test_a_range_with_both_months_written_keeps_the_first() -> None:
    # once read as 3-10 February: the bare start took the end's month
    period = parse_period("2023年1月3至2月10日")
    assert (period.start, period.end) == (dt.date(2023, 1, 3), dt.date(2023, 2, 10))
    assert parse_period("2023年3月13-15日").start == dt.date(2023, 3, 13)


@pytest.mark.parametrize(
    ("text", "reference", "day"),
    [
        ("29日", dt.date(2018, 3, 30), dt.date(2018, 3, 29)),
        ("12号", dt.date(2017, 4, 20), dt.date(2017, 4, 12)),
        ("30日", dt.date(2021, 6, 14), dt.date(2021, 5, 30)),  # still to come in June: a reported day
    ],
)
def test_a_day_on_its_own(text: str, reference: dt.date, day: dt.date) -> None:
    period = parse_period(text, reference=reference)
    assert (period.start, period.end, period.relation) == (day, day, Relation.ON)


@pytest.mark.parametrize(
    "text", ["整改期限：30日", "期限为30日", "第12号", "〔2023〕12号", "12号楼", "30日内完成", "30日以来"]
)
def test_a_day_inside_a_line_is_no_day_of_its_own(text: str) -> None:
    assert all(p.text not in {"30日", "12号"} for p in extract_periods(text, reference=REF))


def test_a_day_alone_is_read_only_as_the_whole_text() -> None:
    # on a line of its own in a text it may be a wrapped line's end (〔2023〕⏎12号)
    assert extract_periods("文件编号：冀巡〔2023〕\n12号\n", reference=REF) == []
    assert [p.text for p in extract_periods("12号", reference=REF)] == ["12号"]


def test_a_day_on_its_own_that_last_month_lacks_is_refused() -> None:
    # on 5 March 2018, 29日 is still to come: last month's, and February 2018 has no 29th
    with pytest.raises(XunchaError):
        parse_period("29日", reference=dt.date(2018, 3, 5))


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("从2016到2018，全市共整改问题", "从2016到2018", 2016, 2018),
        ("自2019-2021，连续三年", "自2019-2021", 2019, 2021),
        ("在2007年与2009年之间，该单位", "2007年与2009年之间", 2007, 2009),
        ("2015年和2017年间", "2015年和2017年间", 2015, 2017),
    ],
)
def test_years_from_one_to_another(text: str, words: str, first: int, last: int) -> None:
    found = extract_periods(text, reference=REF)
    assert [(p.text, p.start, p.end, p.relation) for p in found] == [
        (words, dt.date(first, 1, 1), dt.date(last, 12, 31), Relation.RANGE)
    ]


@pytest.mark.parametrize("text", ["从2016到2018元", "从2016到2018万元", "2007年与2009年相比"])
def test_numbers_with_a_unit_or_two_years_compared_are_no_range_of_years(text: str) -> None:
    assert all(p.relation is not Relation.RANGE for p in extract_periods(text, reference=REF))


@given(st.integers(1900, 2100), st.integers(1900, 2100))
def test_two_years_without_nian_read_in_order_or_refused(first: int, last: int) -> None:
    found = extract_periods(f"从{first}到{last}，", reference=REF)
    if first < last:
        assert [(p.start, p.end) for p in found] == [(dt.date(first, 1, 1), dt.date(last, 12, 31))]
    else:
        assert found == []


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.booleans())
def test_a_date_with_spaces_on_a_line_of_its_own(day: dt.date, padded: bool) -> None:
    month, date = (f"{day.month:02}", f"{day.day:02}") if padded else (str(day.month), str(day.day))
    text = f"巡察组\n{day.year} {month} {date}\n"
    assert [(p.start, p.end) for p in extract_periods(text, reference=REF)] == [(day, day)]


@pytest.mark.parametrize("text", ["共 2022 11 23\n", "2022 11 23 个\n", "2022 11\n", "表3 2022 11 23\n"])
def test_numbers_with_spaces_inside_a_line_are_no_date(text: str) -> None:
    assert extract_periods(text, reference=REF) == []


@given(st.integers(190, 209))
def test_a_decade_with_its_century_is_ten_years(tens: int) -> None:
    first = tens * 10
    expected = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    century = first // 100 + 1
    for text in (f"{first}年代", f"{century}世纪{first % 100:02}年代"):
        period = parse_period(text)
        assert (period.start, period.end, period.precision) == (*expected, Precision.YEAR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上世纪九十年代以来，该县", ("上世纪九十年代以来", "since", dt.date(1990, 1, 1))),
        ("二十世纪八十年代", ("二十世纪八十年代", "on", dt.date(1980, 1, 1))),
        ("2015年，回顾90年代的做法", ("90年代", "on", dt.date(1990, 1, 1))),  # the century of 2015
        ("1990年代", ("1990年代", "on", dt.date(1990, 1, 1))),  # once read as the year 1990
    ],
)
def test_decades(text: str, expected: tuple[str, str, dt.date]) -> None:
    found = extract_periods(text, reference=REF)[-1]
    assert (found.text, found.relation.value, found.start) == expected


@pytest.mark.parametrize("text", ["90年代", "九十年代", "50年代"])
def test_a_decade_of_two_digits_alone_is_refused(text: str) -> None:
    with pytest.raises(XunchaError, match="two-digit year"):
        parse_period(text, reference=REF)
