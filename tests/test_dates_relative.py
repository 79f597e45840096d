"""Never silently wrong (issue 14, dates): each class of expression is read right or refused.

Two-digit years, relative years, offsets and spans from the reference date, deictic days, 自…至…止, deadline
words. Expected values are computed here from the calendar (dateutil), not copied from the code's output.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from xuncha import DateError, Precision, Relation, extract_periods, parse_period
from xuncha.dates import scan_periods

D = dt.date.fromisoformat
REF = D("2023-06-15")
ON, RANGE, SINCE, BEFORE = Relation.ON, Relation.RANGE, Relation.SINCE, Relation.BEFORE

# (text, start, end, relation) against REF: the cases the peers' suites found read wrong or not at all.
READINGS: list[tuple[str, str | None, str | None, Relation]] = [
    ("大前年", "2020-01-01", "2020-12-31", ON),
    ("大后年", "2026-01-01", "2026-12-31", ON),
    ("去年本月十日", "2022-06-10", "2022-06-10", ON),
    ("三个季度后", "2024-03-15", "2024-03-15", ON),
    ("自2023年3月1日至3月7日止", "2023-03-01", "2023-03-07", RANGE),
    ("自2023年3月1日起至3月7日止", "2023-03-01", "2023-03-07", RANGE),
    ("2023年3月1日至3月7日止", "2023-03-01", "2023-03-07", RANGE),
    ("3年后", "2026-06-15", "2026-06-15", ON),
    ("两年前", "2021-06-15", "2021-06-15", ON),
    ("两个星期后", "2023-06-29", "2023-06-29", ON),
    ("未来2个月", "2023-06-15", "2023-08-15", RANGE),
    ("今天", "2023-06-15", "2023-06-15", ON),
    ("明天", "2023-06-16", "2023-06-16", ON),
    ("昨日", "2023-06-14", "2023-06-14", ON),
    ("上个月", "2023-05-01", "2023-05-31", ON),
    ("当月", "2023-06-01", "2023-06-30", ON),
    ("首季度", "2023-01-01", "2023-03-31", ON),
    ("2018年清明", "2018-04-05", "2018-04-05", ON),
    ("过去三年", "2020-06-15", "2023-06-15", SINCE),
    ("今后五年", "2023-06-15", "2028-06-15", RANGE),
    ("这两年", "2021-06-15", "2023-06-15", SINCE),
    ("两年多来", "2021-06-15", "2023-06-15", SINCE),
    ("10余年来", "2013-06-15", "2023-06-15", SINCE),
    ("三个多月来", "2023-03-15", "2023-06-15", SINCE),
    ("最近半年", "2022-12-15", "2023-06-15", SINCE),
    # deadline words look forward from a June notice
    ("年底", "2023-12-31", "2023-12-31", ON),
    ("年中", "2023-06-30", "2023-06-30", ON),
    ("三季度末", "2023-09-30", "2023-09-30", ON),
    ("年内", None, "2023-12-31", BEFORE),
]


@pytest.mark.parametrize(("text", "start", "end", "relation"), READINGS)
def test_reading(text: str, start: str | None, end: str | None, relation: Relation) -> None:
    period = parse_period(text, reference=REF)
    assert (period.start, period.end, period.relation) == (start and D(start), end and D(end), relation)
    assert [p.text for p in extract_periods(text, reference=REF)] == [text]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 年底 alone in a June or October notice is this December, not the last
        ("年底全部完成整改", "2023-06-15", "2023-12-31"),
        ("年底全部完成整改", "2023-10-08", "2023-12-31"),
        ("年中开展一次整改情况“回头看”", "2024-02-01", "2024-06-30"),
        ("9月底，召开专题民主生活会", "2024-03-15", "2024-09-30"),
        # … unless the sentence reports it done
        ("年底，已完成全部整改", "2023-06-15", "2022-12-31"),
        ("年底完成了专项审计", "2023-06-15", "2022-12-31"),
        # a deadline word already passed, without 前, is a report (a bare date)
        ("10月底，全部完成问题整改销号", "2023-12-25", "2023-10-31"),
    ],
)
def test_deadline_words_look_forward(text: str, published: str, expected: str) -> None:
    (period,) = extract_periods(text, reference=D(published))
    assert period.end == D(expected)


# ------------------------------------------------------------------ two-digit years: read or refused


@given(st.integers(0, 99), st.integers(1, 12), st.integers(1, 28))
def test_a_two_digit_year_alone_is_refused_never_the_reference_year(yy: int, month: int, day: int) -> None:
    text = f"{yy:02}年{month}月{day}日"
    assert extract_periods(text, reference=REF) == []
    with pytest.raises(DateError, match="two-digit year"):
        parse_period(text, reference=REF)
    (rejected,) = scan_periods(text, reference=REF).rejected
    assert (rejected.text, rejected.kind) == (text, "ambiguous-year")


@given(st.integers(1950, 2080), st.integers(0, 99), st.integers(1, 12), st.integers(1, 28))
def test_a_two_digit_year_takes_the_century_of_the_year_stated_before(
    stated: int, yy: int, month: int, day: int
) -> None:
    text = f"{stated}年，{yy:02}年{month}月{day}日"
    periods = extract_periods(text, reference=REF)
    expected = min((stated // 100 * 100 + c + yy for c in (-100, 0, 100)), key=lambda y: abs(y - stated))
    if 1900 <= expected <= 2100:
        assert [p.start for p in periods] == [dt.date(stated, 1, 1), dt.date(expected, month, day)]
    else:
        assert [p.start for p in periods] == [dt.date(stated, 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015年起，16年3月2日召开", ["2015-01-01", "2016-03-02"]),
        ("二〇一五年，16年3月", ["2015-01-01", "2016-03-01"]),
        # a year not written in four digits, or written in another paragraph, does not fix the century
        ("今年，16年3月", ["2023-01-01"]),
        ("2015年5月\n16年3月2日", ["2015-05-01"]),
        ("今年3月至16年5月", []),
    ],
)
def test_the_century_comes_from_a_year_written_in_the_paragraph(text: str, expected: list[str]) -> None:
    assert [str(p.start) for p in extract_periods(text, reference=REF)] == expected


def test_a_two_digit_year_in_a_range_after_a_full_year() -> None:
    period = parse_period("2019年12月至20年1月", reference=REF)
    assert (period.start, period.end) == (D("2019-12-01"), D("2020-01-31"))


# ------------------------------------------------------------------ relative years, offsets, spans

_NUMERALS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
_UNITS = {"年": relativedelta(years=1), "个月": relativedelta(months=1), "个季度": relativedelta(months=3),
          "周": relativedelta(weeks=1), "天": relativedelta(days=1)}  # fmt: skip
references = st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31))
counts = st.integers(1, 10).flatmap(lambda n: st.sampled_from([(n, str(n)), (n, _NUMERALS[n])]))


@given(
    references, counts, st.sampled_from(sorted(_UNITS)), st.sampled_from(["后", "以后", "前", "以前", "内"])
)
def test_an_offset_from_the_reference(ref: dt.date, count: tuple[int, str], unit: str, way: str) -> None:
    number, written = count
    step = _UNITS[unit] * number
    found = extract_periods(f"{written}{unit}{way}", reference=ref)
    if way == "内":  # a time limit: a duration, no date (test_a_time_limit_is_a_duration_not_a_date)
        assert found == []
    else:
        (period,) = found
        day = ref - step if "前" in way else ref + step
        assert (period.start, period.end, period.relation, period.precision) == (day, day, ON, Precision.DAY)


@given(
    references,
    counts,
    st.sampled_from(["年", "个月", "周", "天"]),
    st.sampled_from(["近", "过去", "最近", "这"]),
)
def test_a_span_back_to_the_reference(ref: dt.date, count: tuple[int, str], unit: str, word: str) -> None:
    number, written = count
    (period,) = extract_periods(f"{word}{written}{unit}", reference=ref)
    assert (period.start, period.end, period.relation) == (ref - _UNITS[unit] * number, ref, SINCE)


@given(references, counts, st.sampled_from(["年", "个月", "个季度"]), st.sampled_from(["今后", "未来"]))
def test_a_span_ahead_of_the_reference(ref: dt.date, count: tuple[int, str], unit: str, word: str) -> None:
    number, written = count
    (period,) = extract_periods(f"{word}{written}{unit}", reference=ref)
    assert (period.start, period.end, period.relation) == (ref, ref + _UNITS[unit] * number, RANGE)


@given(
    references, st.sampled_from(["一", "二", "三", "四", "1", "2", "3", "4"]), st.sampled_from(["后", "以后"])
)
def test_quarters_counted_are_not_a_quarter_named(ref: dt.date, number: str, way: str) -> None:
    count = int(number) if number.isdigit() else "一二三四".index(number) + 1
    (period,) = extract_periods(f"{number}个季度{way}", reference=ref)
    assert period.start == period.end == ref + relativedelta(months=3 * count)


_RELATIVE_YEARS = {"大前年": -3, "前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2, "大后年": 3}


@given(references, st.sampled_from(sorted(_RELATIVE_YEARS)), st.integers(1, 28))
def test_relative_years_and_this_month(ref: dt.date, word: str, day: int) -> None:
    year = ref.year + _RELATIVE_YEARS[word]
    assert parse_period(word, reference=ref).start == dt.date(year, 1, 1)
    period = parse_period(f"{word}本月{day}日", reference=ref)
    assert period.start == dt.date(year, ref.month, day)


@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 1)), st.integers(1, 27), st.sampled_from(["自", "从", ""])
)
def test_from_to_with_a_closing_zhi_is_the_range(first: dt.date, days: int, opening: str) -> None:
    last = first + dt.timedelta(days=days)
    text = f"{opening}{first.year}年{first.month}月{first.day}日至{last.year}年{last.month}月{last.day}日止"
    period = parse_period(text, reference=REF)
    assert (period.start, period.end, period.relation) == (first, last, RANGE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 当月 and 次月 count from the month of a date before them in the paragraph, else from the reference
        ("当月完成资金清退，次月报送整改报告", [("当月", "2023-06-01"), ("次月", "2023-07-01")]),
        (
            "3月，当月完成整改，次月报送",
            [("3月", "2023-03-01"), ("当月", "2023-03-01"), ("次月", "2023-04-01")],
        ),
        ("2023年12月5日进驻，次月反馈", [("2023年12月5日", "2023-12-05"), ("次月", "2024-01-01")]),
        # after a date that names no single month they are refused, not guessed
        ("2023年，当月完成", [("2023年", "2023-01-01")]),
        ("一季度，次月完成", [("一季度", "2023-01-01")]),
        # not a month: 3次月度调度会 (three monthly meetings)
        ("召开3次月度调度会", []),
    ],
)
def test_this_and_next_month(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(p.text, str(p.start)) for p in extract_periods(text, reference=REF)]
    assert found == expected


def test_working_days_are_refused() -> None:
    assert extract_periods("10个工作日内完成", reference=REF) == []


@pytest.mark.parametrize(
    "text", ["60日内完成", "要求在三个月内整改完毕", "15天内报送", "一周内办结", "在2个月內完成"]
)
def test_a_time_limit_is_a_duration_not_a_date(text: str) -> None:
    # counted from a day the notice seldom dates (the feedback, a decision's receipt): the quantity grammar reads
    # it (at most N days), the date grammar gives no period (CONVENTIONS, eighth session)
    assert extract_periods(text, reference=REF) == []


def test_without_a_reference_the_offsets_have_no_dates() -> None:
    assert all(p.start is None and p.end is None for p in extract_periods("3年后，60日内，今天，未来2个月"))


@pytest.mark.parametrize(
    ("text", "years", "relation"),
    [
        ("过去三年", -3, SINCE),
        ("今后五年", 5, RANGE),
        ("这两年", -2, SINCE),
        ("两年多来", -2, SINCE),
        ("10余年来", -10, SINCE),
        ("10 余年来", -10, SINCE),
        ("三年来", -3, SINCE),
        ("近3年以来", -3, SINCE),
        ("近三年来", -3, SINCE),
    ],
)
def test_the_time_frames_the_numbers_docs_name_are_periods(text: str, years: int, relation: Relation) -> None:
    # docs/numbers.md: "time frames are periods, which extract_periods reads"
    (period,) = extract_periods(text, reference=REF)
    other = REF + relativedelta(years=years)
    assert (period.text, period.relation) == (text, relation)
    assert (period.start, period.end) == ((other, REF) if years < 0 else (REF, other))


def test_the_numbers_docs_sentence() -> None:
    found = extract_periods("近两年来，共查处问题12个；过去三年，全市新增2家", reference=REF)
    assert [(p.text, p.start) for p in found] == [
        ("近两年来", D("2021-06-15")),
        ("过去三年", D("2020-06-15")),
    ]


@given(
    st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), st.integers(1, 28)
)
def test_a_range_read_across_a_year_end_or_refused(year: int, m1: int, d1: int, m2: int, d2: int) -> None:
    # the end has no year: the first part's, or the next when it would end before it starts and then last at
    # most six months (by month); a longer crossing was written backwards and is refused
    text = f"{year}年{m1}月{d1}日至{m2}月{d2}日"
    first, last = dt.date(year, m1, d1), dt.date(year, m2, d2)
    if last >= first:
        expected: tuple[dt.date, dt.date] | None = (first, last)
    elif m2 + 12 - m1 <= 6:
        expected = (first, dt.date(year + 1, m2, d2))
    else:
        expected = None
    found = extract_periods(text, reference=REF)
    if expected is None:
        assert found == []
        assert [r.kind for r in scan_periods(text, reference=REF).rejected] == ["backwards"]
    else:
        assert [(p.start, p.end, p.relation) for p in found] == [(*expected, RANGE)]


@pytest.mark.parametrize(
    "text",
    [
        "收到通知后3日内上报",
        "自通报之日起60日内整改到位",
        "整改后 3年内不得提拔",
        "验收后两年内",
        # the event's clause just before, parted by a comma
        "现场巡视结束撤组后,1个月内完成听取各组汇报",
        "自收到通知之日起，30日内报送",
    ],
)
def test_an_offset_from_an_event_is_not_one_from_the_reference(text: str) -> None:
    # counted from an event the text names (后, 起), not from the date of the text: no dates to give
    assert [p.text for p in extract_periods(text, reference=REF)] == []


@pytest.mark.parametrize("reference", [REF, None])
@pytest.mark.parametrize("text", ["二二日内", "近二二年", "今后十十年", "零年后"])
def test_a_malformed_count_is_refused_with_or_without_a_reference(
    text: str, reference: dt.date | None
) -> None:
    assert extract_periods(text, reference=reference) == []
