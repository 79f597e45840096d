"""Regression tests for the forms set F of the observed corpus showed (issue 9), one class each.

The sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _dates_read import Read, read_periods

REFERENCE = dt.date(2023, 11, 20)


def _read(text: str, reference: dt.date | None = REFERENCE) -> list[Read]:
    return read_periods(text, reference)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("推进国企改革三年行动实施方案(2020-2022),在资本运营方面发挥作用。", "2020-2022"),
        ("印发《乡村振兴规划（2021—2035）》。", "2021—2035"),
    ],
)
def test_two_years_alone_in_brackets_after_a_plan_are_its_years(text: str, written: str) -> None:
    first, last = written[:4], written[-4:]
    assert _read(text) == [(written, "range", f"{first}-01-01", f"{last}-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        "档案编号(1900-2100),已归档。",  # two centuries: no plan's years
        "顺序颠倒(2022-2020),无效。",
        "附件(2020-2022页)共三份。",  # not alone in the brackets
    ],
)
def test_other_pairs_of_numbers_in_brackets_are_no_years(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text", ["XXXX年底,全县基金累计结余X.X亿元。", "××年末完成清退。", "XXXX年上半年,参保率XX%。"]
)
def test_a_part_of_a_masked_year_names_no_time(text: str) -> None:
    assert _read(text) == []


def test_a_part_of_a_written_year_or_of_none_is_still_read() -> None:
    assert _read("2023年底完成,上半年启动。") == [
        ("2023年底", "on", "2023-12-31", "2023-12-31"),
        ("上半年", "on", "2023-01-01", "2023-06-30"),
    ]


JANUARY = dt.date(2025, 1, 12)


@pytest.mark.parametrize(
    "text",
    [
        "镇党委于2月7日召开巡察整改专题民主生活会。",
        "印发了整改方案;于2月7日召开专题民主生活会,确保各项任务按时完成。",  # 确保 in another clause
        "已于2月7日召开专题民主生活会。",
    ],
)
def test_a_day_just_after_the_reference_reported_after_yu_is_last_years(text: str) -> None:
    assert _read(text, JANUARY) == [("2月7日", "on", "2024-02-07", "2024-02-07")]


@pytest.mark.parametrize(
    "text",
    [
        "定于2月7日召开专题民主生活会。",
        "将于2月7日召开专题民主生活会。",
        "请于2月7日报送整改材料。",
        "要立即开展自查,于2月7日全面完成整改,市里将于2月8日督查。",  # 将于 in the sentence
        "2月7日召开专题民主生活会。",  # no 于: nothing says it took place
    ],
)
def test_a_day_just_after_the_reference_that_is_scheduled_stays_ahead(text: str) -> None:
    assert _read(text, JANUARY)[0] == ("2月7日", "on", "2025-02-07", "2025-02-07")


@pytest.mark.parametrize(("day", "year"), [("1月20日", "2025"), ("1月26日", "2025"), ("1月27日", "2024")])
def test_a_day_told_after_yu_within_two_weeks_is_announced(day: str, year: str) -> None:
    # A meeting's notice names its days up to two weeks ahead ("委员于1月20日下午报到" on 12 January); a day one
    # year less two weeks before the page is not what it reports.
    found = _read(f"政协委员于{day}下午在宾馆报到。", JANUARY)
    assert found[0][:3] == (day, "on", f"{year}-01-{day[2:4]}")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("2019年1月市退役军人事务局组建以来,共接收来信36件。", "市退役军人事务局组建以来"),
        ("2023年5月工作组进驻以来,共受理来信36件。", "工作组进驻以来"),
    ],
)
def test_an_event_with_its_subject_before_yilai_is_only_dated(text: str, event: str) -> None:
    # As after 自 (自2018年5月市委巡察以来): the date dates the event, 以来 counts from the event.
    date = text[: text.index("月") + 1]
    first = f"{date[:4]}-{int(date[5:-1]):02}-01"
    found = _read(text)
    assert found[0][:3] == (date, "on", first)
    assert found[1] == (event, "since", None, None)


@pytest.mark.parametrize("text", ["2023年5月以来,共受理来信36件。", "2023年5月组织开展巡察以来,共受理来信。"])
def test_a_date_alone_or_before_a_bare_verb_before_yilai_runs_from_it(text: str) -> None:
    found = _read(text)
    assert found[0][1:3] == ("since", "2023-05-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "巡察组从2025年1027日至2026年1月16日进驻。",
            ("从2025年1027日至2026年1月16日", "range", "2025-10-27", "2026-01-16"),
        ),
        ("并于2019年426日反馈了巡察意见。", ("2019年426日", "on", "2019-04-26", "2019-04-26")),
        ("并于2019年111日反馈了意见。", ("2019年", "on", "2019-01-01", "2019-12-31")),  # 1-11 or 11-1
        ("并于2019年1332日反馈了意见。", ("2019年", "on", "2019-01-01", "2019-12-31")),  # no such day
    ],
)
def test_a_date_that_lost_only_its_month_character_is_read_where_it_splits_one_way(
    text: str, expected: Read
) -> None:
    assert _read(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "受理时间从2025年10月27日截止到2026年1月12日。",
            ("从2025年10月27日截止到2026年1月12日", "2025-10-27", "2026-01-12"),
        ),
        (
            "自2023年1月1日截至2023年6月30日,共受理来信。",
            ("自2023年1月1日截至2023年6月30日", "2023-01-01", "2023-06-30"),
        ),
    ],
)
def test_from_a_date_up_to_another_with_jiezhi_is_a_range(text: str, expected: tuple[str, str, str]) -> None:
    words, start, end = expected
    assert _read(text) == [(words, "range", start, end)]


def test_jiezhi_without_from_before_it_still_ends_an_until() -> None:
    assert _read("2023年1月1日截至2023年6月30日")[-1] == ("截至2023年6月30日", "until", None, "2023-06-30")
