"""Tests for xuncha.checks: every rule on small hand-built notices and texts, exact codes, messages and places."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha.checks import CODES, Diagnostic, Severity, check
from xuncha.checks._context import Context
from xuncha.checks._registry import RULES, Code, codes_table, rule, unregister
from xuncha.errors import line_column
from xuncha.models import (
    Contact,
    ContactKind,
    Finding,
    Inspection,
    Measure,
    Modality,
    Notice,
    Period,
    Precision,
    Quantity,
    Relation,
    Section,
    Span,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt"


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


def section(ordinal: int, marker: str, level: int = 1, **kwargs: object) -> Section:
    kwargs.setdefault("intro", "正文。")
    return Section(level, ordinal, f"第{ordinal}部分", marker=marker, **kwargs)  # type: ignore[arg-type]


def finding(number: int, **kwargs: object) -> Finding:
    return Finding(f"问题{number}整改情况", number=number, marker=f"{number}.", **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the Diagnostic


def test_diagnostic_location_and_text() -> None:
    diagnostic = Diagnostic(
        "empty-section", Severity.WARNING, 'section "一、" is empty', "$.sections[0]", 3, 1
    )
    assert diagnostic.location == "3:1"
    assert str(diagnostic) == '3:1: warning: section "一、" is empty [empty-section] at $.sections[0]'
    assert Diagnostic("x", Severity.INFO, "m").location is None
    assert str(Diagnostic("x", Severity.INFO, "m")) == "info: m [x] at $"


def test_clean_notice_has_no_diagnostics() -> None:
    notice = Notice(
        "关于巡察整改情况的通报",
        sections=(
            section(1, "一、", sections=[section(1, "（一）", 2, findings=[finding(1), finding(2)])]),
            section(2, "二、", sections=[section(1, "（一）", 2, findings=[finding(3)])]),
        ),
    )
    assert check(notice) == []


def test_check_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="check\\(\\) takes a Notice or a str, not int"):
        check(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode it first"):
        check(b"\xe9\x80\x9a\xe6\x8a\xa5")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- numbering


def test_section_gap_duplicate_and_disorder() -> None:
    gap = Notice(
        "通报",
        sections=(
            section(1, "一、"),
            section(3, "三、"),
        ),
    )
    assert [str(d) for d in check(gap)] == [
        'error: section "三、" follows "一、": "二、" is missing [numbering-gap] at $.sections[1]'
    ]
    duplicate = Notice(
        "通报",
        sections=(
            section(1, "一、"),
            section(2, "二、"),
            section(2, "二、"),
        ),
    )
    assert [str(d) for d in check(duplicate)] == [
        'error: section "二、" repeats the number of an earlier section "二、" [numbering-duplicate] at $.sections[2]'
    ]
    disorder = Notice(
        "通报",
        sections=(
            section(1, "一、"),
            section(3, "三、"),
            section(2, "二、"),
        ),
    )
    assert [str(d) for d in check(disorder)] == [
        'error: section "二、" comes after section "三、" [numbering-disorder] at $.sections[2]'
    ]


def test_numbering_from_the_marker_wins_over_the_ordinal() -> None:
    # A parser that renumbers would hide the gap; the marker as written keeps it.
    notice = Notice(
        "通报",
        sections=(
            section(1, "一、"),
            Section(1, 2, "第三部分", marker="三、", intro="正文。"),
        ),
    )
    assert codes(check(notice)) == ["numbering-gap"]


def test_subsection_gap_is_found_at_its_level() -> None:
    notice = Notice(
        "通报",
        sections=(
            section(
                1,
                "一、",
                sections=[section(1, "（一）", 2), section(2, "（二）", 2), section(4, "（四）", 2)],
            ),
        ),
    )
    [diagnostic] = check(notice)
    assert diagnostic.message == 'section "（四）" follows "（二）": "（三）" is missing'
    assert diagnostic.path == "$.sections[0].sections[2]"


def test_first_section_not_numbered_one() -> None:
    [diagnostic] = check(
        Notice(
            "通报",
            sections=(
                section(2, "二、"),
                section(3, "三、"),
            ),
        )
    )
    assert diagnostic.message == 'section "二、" starts the numbering: "一、" is missing'


def test_long_gap_is_named_as_a_range() -> None:
    [diagnostic] = check(
        Notice(
            "通报",
            sections=(
                section(1, "1.", 3),
                section(7, "7.", 3),
            ),
        )
    )
    assert diagnostic.message == 'section "7." follows "1.": "2." to "6." are missing'


def test_findings_numbered_on_across_sections() -> None:
    notice = Notice(
        "通报",
        sections=(
            section(1, "（一）", 2, findings=[finding(1), finding(2)]),
            section(2, "（二）", 2, findings=[finding(3), finding(5)]),
            section(3, "（三）", 2, findings=[finding(6)]),
        ),
    )
    assert [str(d) for d in check(notice)] == [
        'error: finding "5." follows "3.": "4." is missing [numbering-gap] at $.sections[1].findings[1]',
    ]


def test_finding_numbering_that_starts_again() -> None:
    notice = Notice(
        "通报",
        sections=(
            section(1, "（一）", 2, findings=[finding(1), finding(2)]),
            section(2, "（二）", 2, findings=[finding(3), finding(4)]),
            section(3, "（三）", 2, findings=[finding(1), finding(2)]),
            section(4, "（四）", 2, findings=[finding(7)]),
        ),
    )
    assert [str(d) for d in check(notice)] == [
        (
            'error: finding "1." starts again at 1, but this notice numbers its findings on across sections: 5 was '
            "expected [numbering-not-continuous] at $.sections[2].findings[0]"
        )
    ]


def test_findings_numbered_per_section_are_fine() -> None:
    notice = Notice(
        "通报",
        sections=(
            section(1, "（一）", 2, findings=[finding(1), finding(2)]),
            section(2, "（二）", 2, findings=[finding(1), finding(2), finding(2)]),
        ),
    )
    assert codes(check(notice)) == ["numbering-duplicate"]


def measure(marker: str, ordinal: int = 1, **kwargs: object) -> Measure:
    return Measure(ordinal, f"{marker}加强学习。", marker=marker, **kwargs)  # type: ignore[arg-type]


def test_measure_gap_duplicate_disorder() -> None:
    def run(*markers: str) -> list[str]:
        notice = Notice(
            "通报",
            sections=(
                section(1, "（一）", 2, findings=[finding(1, measures=[measure(m) for m in markers])]),
            ),
        )
        return [d.message for d in check(notice)]

    assert run("一是", "二是", "三是") == []
    assert run("一是", "三是") == ['measure "三是" follows "一是": "二是" is missing']
    assert run("一是", "二是", "二是") == ['measure "二是" repeats the number of an earlier measure "二是"']
    assert run("一是", "三是", "二是") == ['measure "二是" comes after measure "三是"']
    assert run("第一", "第三") == ['measure "第三" follows "第一": "第二" is missing']
    assert run("①", "③") == ['measure "③" follows "①": "②" is missing']
    # Two families in one finding are counted apart; markerless measures (针对…问题) are not numbered.
    assert run("一是", "二是", "第一", "第二") == []
    # A second series (下一步，一是…) starts again at 一是; a repeated 一是 straight after 一是 is a duplicate.
    assert run("一是", "二是", "一是", "二是", "三是") == []
    assert run("一是", "一是", "二是") == ['measure "一是" repeats the number of an earlier measure "一是"']
    assert run("一是", "五是") == ['measure "五是" follows "一是": "二是", "三是", "四是" are missing']
    assert run("九是", "十是", "十二是") == [
        'measure "九是" starts the numbering: "一是" to "八是" are missing',
        'measure "十二是" follows "十是": "十一是" is missing',
    ]


def test_markerless_measures_are_not_numbered() -> None:
    plain = [Measure(1, "针对甲问题，已整改。"), Measure(5, "下一步，持续推进。", modality=Modality.PLANNED)]
    notice = Notice("通报", sections=(section(1, "（一）", 2, findings=[finding(1, measures=plain)]),))
    assert check(notice) == []


# --------------------------------------------------------------------------- levels and empty sections


def test_level_jump_between_sections() -> None:
    notice = Notice("通报", sections=(section(1, "一、", sections=[section(1, "1.", 3)]),))
    assert [str(d) for d in check(notice)] == [
        (
            'warning: section "1." sits directly under section "一、": 1 level skipped [level-jump] at '
            "$.sections[0].sections[0]"
        )
    ]


def test_level_jump_to_findings() -> None:
    jumped = Notice("通报", sections=(section(1, "一、", findings=[finding(1), finding(2)]),))
    assert [d.path for d in check(jumped)] == ["$.sections[0].findings[0]"]
    fine = Notice(
        "通报", sections=(section(1, "一、", sections=[section(1, "（一）", 2, findings=[finding(1)])]),)
    )
    assert check(fine) == []


def test_empty_section() -> None:
    notice = Notice(
        "通报",
        sections=(
            section(1, "一、", intro=""),
            section(2, "二、"),
        ),
    )
    assert [str(d) for d in check(notice)] == [
        'warning: section "一、第1部分" has no text, findings or subsections [empty-section] at $.sections[0]'
    ]


# --------------------------------------------------------------------------- dates


def inspection(start: dt.date, end: dt.date, feedback: dt.date | None) -> Inspection:
    return Inspection(
        inspector="市委第二巡察组",
        period=Period(start, end, Relation.RANGE, Precision.DAY),
        feedback_date=feedback,
    )


def test_feedback_before_the_inspection_ended() -> None:
    notice = Notice(
        "通报",
        inspection=inspection(dt.date(2023, 3, 13), dt.date(2023, 4, 28), dt.date(2023, 4, 6)),
        date=dt.date(2023, 12, 25),
    )
    assert [str(d) for d in check(notice)] == [
        (
            'error: feedback on 2023-04-06 is before the inspection "2023-04-28" ended on 2023-04-28 '
            "[feedback-before-inspection-end] at $.inspection.feedback_date"
        )
    ]


def test_notice_dated_before_feedback_or_inspection_end() -> None:
    before_feedback = Notice(
        "通报",
        inspection=inspection(dt.date(2023, 3, 13), dt.date(2023, 4, 28), dt.date(2023, 6, 6)),
        date=dt.date(2023, 5, 25),
    )
    assert [d.message for d in check(before_feedback)] == [
        "the notice is dated 2023-05-25, before the feedback on 2023-06-06"
    ]
    before_end = Notice(
        "通报",
        inspection=inspection(dt.date(2023, 3, 13), dt.date(2023, 4, 28), None),
        date=dt.date(2023, 4, 1),
    )
    assert codes(check(before_end)) == ["notice-before-inspection-end"]


def test_reversed_range_in_the_opening_is_the_inspection_period() -> None:
    source = "关于巡察整改情况的通报\n\n根据市委统一部署，2023年4月28日至3月13日，市委第二巡察组对园区党工委开展了常规巡察。"
    [diagnostic] = check(Notice("关于巡察整改情况的通报"), source=source)
    assert diagnostic.code == "inspection-end-before-start"
    assert diagnostic.message == '"2023年4月28日至3月13日" ends before it starts'
    assert (diagnostic.line, diagnostic.column, diagnostic.path) == (3, 10, "$.inspection.period")
    assert diagnostic.span is not None
    assert source[diagnostic.span.start : diagnostic.span.end] == "2023年4月28日至3月13日"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2023年3月13日至4月28日开展工作。", []),
        ("2023年1-11月，产值增长。", []),
        ("2023年6-2月，产值增长。", ['"2023年6-2月" ends before it starts']),
        # Read as running into the next year, as the dates module reads it: a short crossing is fine.
        ("2022年11月20日至1月15日，开展工作。", []),
        # The date grammar refuses a month range that runs backwards within its year.
        ("2023年11-1月，产值增长。", ['"2023年11-1月" ends before it starts']),
        ("2023年5月10日至2022年5月1日，开展工作。", ['"2023年5月10日至2022年5月1日" ends before it starts']),
        ("2023年5月10日至5月1日，开展工作。", ['"2023年5月10日至5月1日" ends before it starts']),
        ("2022年12月1日至2023年3月31日结束。", []),
    ],
)
def test_reversed_ranges_anywhere(text: str, found: list[str]) -> None:
    diagnostics = check(Notice("通报"), source=text)
    assert [
        d.message.replace(" (the year of the end is taken from the start)", "") for d in diagnostics
    ] == found
    assert all(d.code == "date-range-reversed" for d in diagnostics)


@pytest.mark.parametrize(
    ("text", "reference", "found"),
    [
        # A written year: its day's weekday is known (2024-05-11 was a Saturday), however the bracket is written.
        ("2024年5月11日(星期五)召开会议。", None, [("1:1", "Saturday", "Friday")]),
        ("2024年5月11日（周五）召开会议。", None, [("1:1", "Saturday", "Friday")]),
        ("2024年5月11日(星期六)召开会议。", None, []),
        ("2024年5月11日（礼拜天）召开会议。", None, [("1:1", "Saturday", "Sunday")]),
        # A deadline's day; a range's first day.
        ("2024年5月10日(星期四)前报送。", None, [("1:1", "Friday", "Thursday")]),
        ("2024年2月24日(周日)至25日返校。", None, [("1:1", "Saturday", "Sunday")]),
        # Without a year: read in the year its weekday names where that is nearer the notice's date (no finding),
        # else a misprint (2024-06-03 was a Monday; 2025-06-03, a Tuesday, is further from the reference).
        ("5月11日(星期六)上班。", "2024-02-26", []),
        ("6月3日(星期二)完成整改。", "2024-06-20", [("1:1", "Monday", "Tuesday")]),
        # A weekday not in brackets right after the day, or after a day without its month, is not asked.
        ("2024年5月11日召开会议,星期五下午报送。", None, []),
        ("会议于11日(星期五)召开。", "2024-05-20", []),
    ],
)
def test_a_weekday_printed_after_a_day_is_its_own(
    text: str, reference: str | None, found: list[tuple[str, str, str]]
) -> None:
    on = dt.date.fromisoformat(reference) if reference else None
    reported = [
        (d.location, *_WEEKDAYS_IN_MESSAGE.fullmatch(d.message).groups())  # type: ignore[union-attr]
        for d in check(text, reference=on)
        if d.code == "weekday-mismatch"
    ]
    assert reported == found


_WEEKDAYS_IN_MESSAGE = re.compile(r'".+" \(\d{4}-\d\d-\d\d\) is a (\w+), not the (\w+) printed after it')


def test_past_deadline_of_a_planned_measure() -> None:
    deadline = Period(None, dt.date(2023, 6, 30), Relation.BEFORE, Precision.MONTH, text="6月底前")
    planned = Measure(
        1, "下一步，计划6月底前完成。", marker="一是", modality=Modality.PLANNED, deadline=deadline
    )
    done = Measure(2, "已于6月底前完成。", marker="二是", modality=Modality.DONE, deadline=deadline)
    notice = Notice(
        "通报",
        date=dt.date(2023, 12, 25),
        sections=(section(1, "（一）", 2, findings=[finding(1, measures=[planned, done])]),),
    )
    assert [str(d) for d in check(notice)] == [
        (
            'error: planned measure due "6月底前" (by 2023-06-30) is stated as future, but the notice is dated '
            "2023-12-25 [deadline-already-past] at $.sections[0].findings[0].measures[0].deadline"
        )
    ]
    # A deadline on or after the notice date is fine; with no notice date the reference stands in.
    undated = attrs_evolve_date(notice, None)
    assert check(undated) == []
    assert codes(check(undated, reference=dt.date(2023, 7, 1))) == ["deadline-already-past"]
    assert check(undated, reference=dt.date(2023, 6, 30)) == []


def attrs_evolve_date(notice: Notice, date: dt.date | None) -> Notice:
    import attrs

    return attrs.evolve(notice, date=date)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("预计年底前完成。", True),
        ("力争年底前全部完成。", True),
        ("按照计划，已于年底前完成。", False),
        ("计划年底前完成，目前已完成。", False),
        ("计划年底前完成。目前已完成。", True),
        ("计划年底前已完成。", False),
        ("年底前完成。", False),
        ("原计划年底前完成，因故延期。", False),
        ("按计划于年底前完成。", False),
        ("将于年底前完成。", True),
    ],
)
def test_future_cues(sentence: str, flagged: bool) -> None:
    source = f"通报\n\n{sentence}"
    at = source.index("年底前")
    period = Period(None, dt.date(2022, 12, 31), Relation.BEFORE, Precision.YEAR, "年底前", Span(at, at + 3))
    notice = Notice("通报", date=dt.date(2023, 12, 25), periods=(period,))
    assert codes(check(notice, source=source)) == (["deadline-already-past"] if flagged else [])


def test_past_deadline_in_text_with_a_future_cue() -> None:
    source = "通报\n\n1. 甲问题整改情况。预计年底前完成。已于年底前完成。\n\n2023年12月25日"
    first = source.index("年底前")
    second = source.index("年底前", first + 1)

    def deadline(at: int) -> Period:
        return Period(
            None, dt.date(2022, 12, 31), Relation.BEFORE, Precision.YEAR, "年底前", Span(at, at + 3)
        )

    notice = Notice(
        "通报",
        date=dt.date(2023, 12, 25),
        sections=(
            Section(
                3,
                1,
                "甲",
                marker="1.",
                intro="x",
                periods=[deadline(first), deadline(second)],
                span=Span(4, 32),
            ),
        ),
    )
    [diagnostic] = check(notice, source=source)
    assert diagnostic.code == "deadline-already-past"
    assert diagnostic.location == "3:14"
    assert diagnostic.path == "$.sections[0]"


# --------------------------------------------------------------------------- shares


@pytest.mark.parametrize(
    ("text", "value", "flagged"),
    [
        ("三大主导产业产值占比为105%", "105", True),
        ("占全市的103.4%", "103.4", True),
        ("总体完成率103.57%", "103.57", True),
        ("绿色工厂比重达到120%", "120", True),
        ("同比增长150%", "150", False),
        ("化工产业占比增长150%", "150", False),
        ("完成年度目标的103.57%", "103.57", False),
        ("产值占比为89.6%", "89.6", False),
        ("营收增长率达到130%", "130", False),
    ],
)
def test_shares_above_a_hundred_percent(text: str, value: str, flagged: bool) -> None:
    number_text = f"{value}%"
    quantity = Quantity(Decimal(value), "%", text=number_text)
    measure_ = Measure(1, text, marker="一是", quantities=(quantity,))
    notice = Notice("通报", sections=(section(1, "（一）", 2, findings=[finding(1, measures=[measure_])]),))
    diagnostics = check(notice)
    assert codes(diagnostics) == (["share-above-100-percent"] if flagged else [])
    if flagged:
        assert diagnostics[0].message.endswith(f'{number_text}" is above 100%')
        assert diagnostics[0].path == "$.sections[0].findings[0].measures[0]"


def test_share_with_source_gets_a_place() -> None:
    source = "通报\n\n产值占比为105%。"
    at = source.index("105%")
    quantity = Quantity(Decimal(105), "%", text="105%", span=Span(at, at + 4))
    [diagnostic] = check(Notice("通报", quantities=(quantity,)), source=source)
    assert (diagnostic.code, diagnostic.location) == ("share-above-100-percent", "3:6")
    assert diagnostic.message == 'share "产值占比为105%" is above 100%'


# --------------------------------------------------------------------------- contacts


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0393-7775123", None),
        ("（0393）7775123", None),
        ("0393-7775123转8001", None),
        ("010-62345678", None),
        ("+86 10 62345678", None),
        ("13812345678", None),
        ("138-1234-5678", None),
        ("12388", None),
        ("12345", None),
        ("95588", None),
        ("400-123-4567", None),
        ("0391-3568110-8001", None),
        (
            "0391-356811-8001",
            'phone number "0391-356811-8001": after the area code 0391 it has 10 digits (a landline has 7 or 8)',
        ),
        (
            "0393-777512",
            'phone number "0393-777512": after the area code 0393 it has 6 digits (a landline has 7 or 8)',
        ),
        (
            "0393-777512345",
            'phone number "0393-777512345": after the area code 0393 it has 9 digits (a landline has 7 or 8)',
        ),
        (
            "010-12345678",
            'phone number "010-12345678": the local number after the area code 010 starts with 1',
        ),
        ("1381234567", 'phone number "1381234567": it starts with 1 but has 10 digits (a mobile has 11)'),
        ("7775123", 'phone number "7775123": it has no area code'),
        ("123456", 'phone number "123456": it starts with 1 but has 6 digits (a mobile has 11)'),
        ("39312", 'phone number "39312": it has 5 digits, which fits no landline, mobile or service number'),
    ],
)
def test_phone_numbers(value: str, message: str | None) -> None:
    source = f"欢迎监督。\n联系电话：{value}；\n"
    diagnostics = check(Notice("通报"), source=source)
    assert [d.message for d in diagnostics] == ([message] if message else [])
    if message:
        assert diagnostics[0].location == "2:6"
        assert diagnostics[0].code == (
            "phone-without-area-code" if "area code" in message and "no" in message else "malformed-phone"
        )


def test_several_phones_after_one_label() -> None:
    source = "举报电话：0393-7775123、0393-777512或12388。"
    [diagnostic] = check(Notice("通报"), source=source)
    assert diagnostic.span is not None
    assert source[diagnostic.span.start : diagnostic.span.end] == "0393-777512"
    assert diagnostic.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("举报电话0393-777512。", ["0393-777512"]),
        ("12345热线电话接听2次。", []),
        ("监督举报热线12388。", []),
        ("联系方式：0393-777512", ["0393-777512"]),
        ("联系电话：待定。", []),
        ("联系电话：0871-6123456（工作日），0871-612345（节假日）", ["0871-612345"]),
        ("联系电话：（0871）6123456、6123457或13812345678。", []),
        ("联系电话：6123457、6123458。", ["6123457", "6123458"]),
    ],
)
def test_phone_labels(text: str, found: list[str]) -> None:
    diagnostics = check(Notice("通报"), source=text)
    assert [text[d.span.start : d.span.end] for d in diagnostics if d.span is not None] == found


def test_phone_contacts_without_source() -> None:
    notice = Notice("通报", contacts=(Contact(ContactKind.PHONE, "0393-777512", label="联系电话"),))
    assert [str(d) for d in check(notice)] == [
        (
            'error: phone number "0393-777512": after the area code 0393 it has 6 digits (a landline has 7 or 8) '
            "[malformed-phone] at $.contacts[0]"
        )
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("电子邮箱：gyyqxc2023@163.com。", None),
        ("电子邮箱：gyyqxc2023@163", 'e-mail "gyyqxc2023@163": the domain "163" has no dot'),
        (
            "电子邮箱：gyyqxc2023＠163.com。",
            'e-mail "gyyqxc2023＠163.com": it uses the full-width ＠ instead of @',
        ),
        ("电子邮箱：gyyqxc2023163.com。", 'e-mail "gyyqxc2023163.com": it has no @'),
        ("电子邮箱：gyy@qxc@163.com。", 'e-mail "gyy@qxc@163.com": it has no single @'),
        ("电子邮箱：@163.com。", 'e-mail "@163.com": nothing stands before the @'),
        ("电子邮箱：gyyqxc@163..com。", 'e-mail "gyyqxc@163..com": it has an empty part between dots'),
        ("邮政信箱：濮阳市1号信箱。", None),
        ("E-mail: xcb@example.cn", None),
        ("关注微博@青禾发布。", None),
    ],
)
def test_emails(line: str, message: str | None) -> None:
    diagnostics = check(Notice("通报"), source=f"欢迎监督。\n{line}\n")
    assert [d.message for d in diagnostics] == ([message] if message else [])
    assert all(d.code == "malformed-email" and d.location == "2:6" for d in diagnostics)


# --------------------------------------------------------------------------- Latin words


def test_latin_word_between_chinese() -> None:
    source = "学习贯彻习近平新时代中国特色社会主义思想 and 党的二十大精神"
    [diagnostic] = check(Notice("通报"), source=source)
    assert str(diagnostic) == (
        '1:22: warning: English "and" inside Chinese text: "社会主义思想 and 党的二十" (和 was probably meant) '
        "[latin-word-in-chinese] at $"
    )


@pytest.mark.parametrize(
    "text",
    [
        "PM2.5 浓度下降",
        "工业园区PM<sub>2.5</sub>位居第一",
        "学习强国App 学习",
        "GDP 增长",
        "建成 5G 基站",
        "邮箱 abc@x.cn 。",
    ],
)
def test_latin_that_belongs(text: str) -> None:
    assert check(Notice("通报"), source=text) == []


def test_run_in_function_word() -> None:
    assert [d.message for d in check(Notice("通报"), source="思想and党的")] == [
        'English "and" inside Chinese text: "思想 and 党的" (和 was probably meant)'
    ]


# --------------------------------------------------------------------------- codes and docs


def test_the_table_of_codes_in_the_docs_is_the_registry() -> None:
    """docs/checking.md holds the table the registry gives, row for row: a code declared, changed or dropped in
    its rule's decorator shows here until the page is refreshed (see codes_table)."""
    page = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    table = codes_table()
    start = page.find("| code | severity | meaning |")
    shown = page[start:].split("\n\n", 1)[0].strip()
    assert shown == table, f"refresh the table of docs/checking.md with:\n{table}"


def test_every_code_belongs_to_one_rule_with_its_severity() -> None:
    declared = [code for registered in RULES for code in registered.codes]
    assert [code.name for code in declared] == list(CODES)
    assert len(set(CODES)) == len(declared)
    assert all(CODES[code.name] == (code.severity, code.meaning) for code in declared)
    assert all(code.meaning.strip() and "|" not in code.meaning for code in declared)


def test_a_code_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        rule(Code("level-jump", Severity.ERROR, "again"))(lambda context: None)
    assert CODES["level-jump"][0] is Severity.WARNING


def test_a_rule_reports_only_the_codes_it_declares() -> None:
    def rogue(context: Context) -> None:
        context.add("level-jump", "not mine")

    rule(Code("rogue-code", Severity.INFO, "a code for this test"))(rogue)
    try:
        with pytest.raises(KeyError, match="rogue reports 'level-jump', which it does not declare"):
            check("关于巡察整改情况的通报")
    finally:
        unregister(rogue)
    assert "rogue-code" not in CODES
    assert check("关于巡察整改情况的通报") == []


@st.composite
def numbered_sections(draw: st.DrawFn) -> tuple[list[int], int | None]:
    """Numbers 1..n in order, with possibly one number dropped from the middle."""
    count = draw(st.integers(min_value=2, max_value=12))
    numbers = list(range(1, count + 1))
    dropped = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=count - 1)))
    if dropped is not None:
        numbers.remove(dropped)
    return numbers, dropped


@given(numbered_sections())
def test_one_dropped_section_gives_one_gap(case: tuple[list[int], int | None]) -> None:
    numbers, dropped = case
    chinese = "一二三四五六七八九十"
    markers = [f"（{chinese[n - 1] if n <= 10 else '十' + chinese[n - 11]}）" for n in numbers]
    notice = Notice("通报", sections=tuple(section(n, m, 2) for n, m in zip(numbers, markers, strict=True)))
    diagnostics = check(notice)
    if dropped is None:
        assert diagnostics == []
    else:
        [gap] = diagnostics
        assert gap.code == "numbering-gap"
        assert gap.path == f"$.sections[{dropped - 1}]"


# --------------------------------------------------------------------------- damaged notices, end to end

# A fictional notice (青禾县 does not exist) in the shape of style A, clean as written.
NOTICE = """\
# 中共青禾县农业农村局党组关于巡察整改情况的通报

根据县委统一部署，2023年4月10日至5月26日，县委第一巡察组对县农业农村局党组开展了常规巡察。2023年7月5日，\
县委第一巡察组向县农业农村局党组反馈了巡察意见。按照《中国共产党巡视工作条例》有关规定，现将巡察整改情况予以公布。

## 一、“学习贯彻党的创新理论不够深入”方面

### （一）着力解决理论学习不系统的问题

1. 理论学习不深入问题整改情况。一是完善学习制度。修订党组理论学习中心组学习制度，今年以来集中学习12次。\
二是强化学习考核。组织理论测试3次，参考人员120余人次。三是丰富学习形式。举办读书班2期。

2. 学用结合不紧密问题整改情况。围绕乡村振兴开展调研8次，形成调研报告5篇。

### （二）着力解决政治生态建设不力的问题

3. 主体责任落实不到位问题整改情况。制定党组落实全面从严治党主体责任清单，明确责任事项36项。下一步，\
计划2024年3月底前完成责任清单修订。

## 二、“履行职能职责有差距”方面

### （一）着力解决项目资金管理不规范的问题

4. 项目资金拨付不及时问题整改情况。已拨付到位资金860万元，资金拨付完成率100%。

5. 高标准农田建设进度慢问题整改情况。今年新建高标准农田2.3万亩，占年度任务的95.6%。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。

联系电话：0771-5551234；

邮政地址：青禾县农业农村局办公室；

电子邮箱：qhxnync@163.com。

中共青禾县农业农村局党组

2023年12月20日
"""

DAMAGES = [
    ("section gap", "## 二、“履行", "## 三、“履行", "numbering-gap", "17:4"),
    ("section duplicate", "## 二、“履行", "## 一、“履行", "numbering-duplicate", "17:4"),
    ("subsection gap", "### （二）着力解决政治", "### （三）着力解决政治", "numbering-gap", "13:5"),
    ("finding gap", "5. 高标准", "6. 高标准", "numbering-gap", "23:1"),
    ("finding duplicate", "5. 高标准", "4. 高标准", "numbering-duplicate", "23:1"),
    ("finding disorder", "4. 项目资金", "9. 项目资金", "numbering-disorder", "23:1"),
    ("finding restart", "3. 主体责任", "1. 主体责任", "numbering-not-continuous", "15:1"),
    ("measure gap", "三是丰富", "四是丰富", "numbering-gap", "9:84"),
    ("measure duplicate", "三是丰富", "二是丰富", "numbering-duplicate", "9:84"),
    (
        "numbered items gap",
        "三是丰富学习形式。",
        "三是丰富学习形式。（1）读书班。（3）夜校。",
        "numbering-gap",
        "9:100",
    ),
    (
        "circled items gap",
        "三是丰富学习形式。",
        "三是丰富学习形式。①读书班。③夜校。",
        "numbering-gap",
        "9:98",
    ),
    ("level jump", "### （一）着力解决理论学习不系统的问题\n\n", "", "level-jump", "7:1"),
    (
        "inspection reversed",
        "2023年4月10日至5月26日",
        "2023年5月26日至4月10日",
        "inspection-end-before-start",
        "3:10",
    ),
    ("feedback early", "2023年7月5日，", "2023年5月5日，", "feedback-before-inspection-end", "3:51"),
    ("feedback before start", "2023年7月5日，", "2023年3月5日，", "feedback-before-inspection-end", "3:51"),
    ("feedback without year", "2023年7月5日，", "5月5日，", "feedback-before-inspection-end", "3:51"),
    ("notice early", "2023年12月20日\n", "2023年6月20日\n", "notice-before-feedback", "35:1"),
    ("deadline past", "计划2024年3月底前", "计划2023年3月底前", "deadline-already-past", "15:55"),
    ("share", "占年度任务的95.6%", "占年度任务的105.6%", "share-above-100-percent", "23:42"),
    ("rate", "完成率100%", "完成率120%", "share-above-100-percent", "21:40"),
    ("phone", "0771-5551234", "0771-555123", "malformed-phone", "27:6"),
    ("mobile", "0771-5551234", "138123456789", "malformed-phone", "27:6"),
    ("e-mail without @", "qhxnync@163.com", "qhxnync163.com", "malformed-email", "31:6"),
    ("e-mail without dot", "qhxnync@163.com", "qhxnync@163", "malformed-email", "31:6"),
    ("latin", "理论学习中心组学习制度", "理论学习 and 中心组学习制度", "latin-word-in-chinese", "9:36"),
    ("empty section", "95.6%。\n\n", "95.6%。\n\n### （二）着力解决其他问题\n\n", "empty-section", "25:5"),
]


def test_the_clean_notice_is_clean() -> None:
    assert check(NOTICE) == []


@pytest.mark.parametrize(("name", "old", "new", "code", "location"), DAMAGES, ids=[d[0] for d in DAMAGES])
def test_each_damage_is_reported(name: str, old: str, new: str, code: str, location: str) -> None:
    assert NOTICE.count(old) == 1, name
    found = {(d.code, d.location) for d in check(NOTICE.replace(old, new))}
    assert (code, location) in found


def test_real_notice_reports_its_stray_and_and_its_level_jump() -> None:
    if not CORPUS.exists():
        pytest.skip(f"the shared corpus is not here: {CORPUS}")
    diagnostics = check(CORPUS.read_text(encoding="utf-8"))
    assert [(d.code, d.location) for d in diagnostics] == [
        ("latin-word-in-chinese", "7:27"),
        ("latin-word-in-chinese", "9:31"),
        ("latin-word-in-chinese", "177:52"),
        ("level-jump", "203:1"),
    ]


FRAGMENTS = (
    "一、",
    "二、",
    "（一）",
    "（三）",
    "1. ",
    "3.",
    "（2）",
    "一是",
    "三是",
    "第二，",
    "问题整改情况。",
    "2023年4月10日至5月26日",
    "2023年6-2月",
    "5月5日",
    "反馈了巡察意见。",
    "市委第二巡察组",
    "计划2023年3月底前完成。",
    "年底前",
    "占比105%",
    "同比增长150%",
    "联系电话：0393-777512",
    "电话：",
    "（工作日）",
    "、",
    "电子邮箱：abc@163",
    "＠",
    " and ",
    "and",
    "**",
    "## ",
    "\n",
    "\n\n",
    "。",
    "，",
    "整改",
    "2023年12月25日",
)


@st.composite
def notice_like_texts(draw: st.DrawFn) -> str:
    """Text made of the pieces notices are made of, in any order: markers, dates, contacts, figures."""
    pieces = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
    return "".join(pieces)


@given(notice_like_texts())
def test_check_never_fails_and_places_are_exact(text: str) -> None:
    for diagnostic in check(text):
        assert diagnostic.code in CODES
        assert diagnostic.severity is CODES[diagnostic.code][0]
        if diagnostic.span is not None:
            assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
            line, column = line_column(text, diagnostic.span.start)
            assert (diagnostic.line, diagnostic.column) == (line, column)


# --------------------------------------------------------------------------- found by the damage generator


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A hard wrap inside a phone number or an address: read whole, reported at its first character.
        ("联系电话：0\n739-586201。", [("malformed-phone", "1:6")]),
        ("欢迎监督。联系电话：0\n739-5862017；电子邮箱：qhxc@example\n.cn。", []),
        ("联系电话：0。", [("malformed-phone", "1:6")]),  # once an IndexError
        ("联系电话：12345678901。", [("malformed-phone", "1:6")]),
        ("电子邮箱：gyyq@163,com。", [("malformed-email", "1:6")]),
        # An English word before a joined line break.
        (
            "学习贯彻习近平新时代中国特色社会主义思想 and\n党的二十大精神。",
            [("latin-word-in-chinese", "1:22")],
        ),
        ("关注微信公众号qhxc2023。", []),
        # Ranges of parts of months.
        ("2023年5月下旬至4月上旬，开展专项整治。", [("date-range-reversed", "1:1")]),
        ("2023年4月下旬至5月上旬，开展专项整治。", []),
        # A rate raised *to* a level is the share itself.
        ("加工转化率由58.3%提高到163.5%。", [("share-above-100-percent", "1:15")]),
        ("加工转化率同比提高163.5%。", []),
        # 一是 after a comma starts the series.
        ("（一）提高政治站位。市委高度重视，一是召开会议；二是制定方案。", []),
    ],
)
def test_text_rules(text: str, found: list[tuple[str, str]]) -> None:
    assert [(d.code, d.location) for d in check(text)] == found


def test_second_measure_first_is_disorder_not_a_new_series() -> None:
    text = "1. 学习问题整改情况。二是完善制度。一是加强学习。三是强化考核。"
    assert [(d.code, d.location) for d in check(text)] == [("numbering-disorder", "1:20")]


def test_duplicate_finding_number_in_another_section() -> None:
    text = "\n\n".join(
        [
            "一、学习方面",
            "（一）理论学习方面",
            "1. 甲问题整改情况。已完成整改。",
            "2. 乙问题整改情况。已完成整改。",
            "（二）作风建设方面",
            "3. 丙问题整改情况。已完成整改。",
            "（三）制度建设方面",
            "3. 丁问题整改情况。已完成整改。",
            "4. 戊问题整改情况。已完成整改。",
        ]
    )
    assert [(d.code, d.location) for d in check(text) if d.severity is Severity.ERROR] == [
        ("numbering-duplicate", "15:1")
    ]


def test_parts_are_numbered_apart_from_sections() -> None:
    text = "\n\n".join(
        [
            "第一部分　整改工作开展情况",
            "召开党组会议11次。",
            "第二部分　反馈问题整改落实情况",
            "一、关于落实决策部署的问题",
            "（一）甲问题整改情况。已完成整改。",
            "二、关于选人用人的问题",
            "（一）乙问题整改情况。已完成整改。",
        ]
    )
    assert [d.code for d in check(text) if d.code.startswith(("numbering", "empty"))] == []


def test_an_excerpt_may_start_anywhere() -> None:
    excerpt = "（三）关于基层党建的问题\n\n7. 甲问题整改情况。已完成整改。\n\n8. 乙问题整改情况。已完成整改。"
    assert check(excerpt) == []
    gap = excerpt.replace("8. 乙", "9. 乙")
    assert [(d.code, d.location) for d in check(gap)] == [("numbering-gap", "5:1")]


def test_findings_marked_like_measures_are_not_their_own_measures() -> None:
    text = "一、学习方面\n\n（1）甲问题整改情况。一是完善制度；二是加强学习。\n\n（2）乙问题整改情况。已完成整改。"
    assert [d.code for d in check(text)] == ["level-jump"]


# Two lists in a report, each introduced by a colon, on lines of their own or run into the paragraph.
_TWO_LISTS = (
    "某中学关于整改情况的报告\n\n经自查，发现主要存在以下问题：\n1、教室照明不足，照度达不到标准；\n"
    "2、运动场尚未硬化，器材配备不全。\n针对以上问题，学校采取了以下措施：\n1、更换教室灯管，照度达到标准；\n"
    "2、硬化运动场，补齐体育器材。\n"
)


@pytest.mark.parametrize("text", [_TWO_LISTS, _TWO_LISTS.replace("：\n", "：").replace("；\n", "；")])
def test_a_list_after_a_colon_numbers_on_its_own_and_its_items_are_not_empty(text: str) -> None:
    """Each list's item 1 after its colon starts a list of its own (no repeated number), and an item that ends on
    a semicolon, or follows one that does, is an item of prose, not a heading with nothing under it."""
    assert check(text) == []
    # the same items with no colon before the second list: its numbers repeat the first's
    repeated = text.replace("学校采取了以下措施：", "学校采取了以下措施。")
    assert codes(check(repeated)) == ["numbering-duplicate", "numbering-duplicate"]


def test_a_list_run_into_a_paragraph_skips_no_heading_level() -> None:
    """（1） run into a paragraph under 一、 numbers a list in prose; on a line of its own it is a heading two
    levels down, and skips one."""
    run_in = (
        "一、登记范围\n\n同时符合以下条件的居民可登记为参选居民：（1）年满十八周岁；（2）户籍在本社区。\n"
    )
    assert check(run_in) == []
    own_lines = run_in.replace("：（1）", "：\n（1）").replace("；（2）", "；\n（2）")
    assert codes(check(own_lines)) == ["level-jump"]


# --------------------------------------------------------------------------- arguments, not-a-notice, short messages


def test_source_goes_with_a_notice_only() -> None:
    with pytest.raises(TypeError, match="source goes with a Notice"):
        check("关于巡察整改情况的通报", source="关于巡察整改情况的通报")
    with pytest.raises(TypeError, match="source must be a str, not bytes"):
        check(Notice("通报"), source=b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("reference", ["2023-12-25", dt.datetime(2023, 12, 25), 20231225])
def test_a_reference_that_is_no_date_is_a_type_error(reference: object) -> None:
    with pytest.raises(TypeError, match=r"reference must be a datetime\.date") as raised:
        check("关于巡察整改情况的通报\n" * 1000, reference=reference)  # type: ignore[arg-type]
    assert len(str(raised.value)) < 120


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the text is empty: it is not a notice"),
        ("  \n\n", "the text is empty: it is not a notice"),
        ("hello world", "the text has no Chinese in it: it is not a notice"),
        (
            "# xuncha\n\nA library for notices.\n\n## Install\n\n    pip install xuncha\n\nWrite to abc@163.\n",
            "the text has no Chinese in it: it is not a notice",
        ),
    ],
)
def test_text_that_is_no_notice_says_so(text: str, message: str) -> None:
    [diagnostic] = check(text)  # nothing else is checked: the abc@163 of the README is not reported
    assert (diagnostic.code, diagnostic.severity, diagnostic.message) == (
        "not-a-notice",
        Severity.ERROR,
        message,
    )
    assert (diagnostic.path, diagnostic.span, diagnostic.location) == ("$", None, None)


def test_a_notice_built_in_a_program_is_a_notice() -> None:
    assert check(Notice("Notice")) == []
    assert check(Notice("Notice"), source="hello world") == []


def test_the_parsers_error_is_quoted_short(monkeypatch: pytest.MonkeyPatch) -> None:
    from xuncha._text import SourceText
    from xuncha.errors import NoticeError
    from xuncha.parsing import _parser

    text = "关于巡察整改情况的通报\n" + "甲" * 100_000

    def refuse(source: str, reference: dt.date | None, view: SourceText | None = None) -> Notice:
        raise NoticeError("cannot read this", source=source, start=12)

    # (check reads the text with parse_notice's own step, which keeps the cleaned text for the rules)
    monkeypatch.setattr(_parser, "read_notice", refuse)
    [diagnostic] = check(text)
    assert diagnostic.code == "unparseable-notice"
    assert diagnostic.location == "2:1"
    assert diagnostic.message.startswith("cannot read this: '甲甲甲")
    assert len(diagnostic.message) < 90


def test_long_values_are_quoted_short() -> None:
    text = "关于巡察整改情况的通报\n\n联系电话：0" + "1" * 5_000 + "\n\n电子邮箱：" + "a" * 5_000 + "@163"
    diagnostics = check(text)
    assert [d.code for d in diagnostics] == ["malformed-phone", "malformed-email"]
    assert all(len(d.message) < 160 for d in diagnostics), [d.message for d in diagnostics]
    assert "…" in diagnostics[0].message


def test_progress_statements_must_add_up() -> None:
    """A progress statement whose counts or rate do not agree is an error, at the statement."""
    head = "中共某县委关于巡察整改情况的通报\n\n"
    tail = "\n\n一、总体情况\n\n1. 甲问题整改情况。已完成整改。"
    wrong = head + "县委巡察组反馈问题50个，已完成整改45个，正在推进3个，未完成4个，完成率92%。" + tail
    found = [d for d in check(wrong) if d.code == "progress-inconsistent"]
    assert [d.message.rsplit(": ", 1)[1] for d in found] == [
        "the parts add up to 52, not to the total 50",
        "the rate 92% is not 45/50 = 90%",
    ]
    assert {d.path for d in found} == {"$.progress[0]"}
    assert {(d.line, d.column) for d in found} == {(3, 1)}
    right = head + "县委巡察组反馈问题50个，已完成整改45个，正在推进3个，未完成2个，完成率90%。" + tail
    assert [d for d in check(right) if d.code == "progress-inconsistent"] == []


@pytest.mark.parametrize(
    "name", [*sorted(path.name for path in (Path(__file__).parent / "_passages").glob("p*")), "", "hello"]
)
def test_checking_a_parsed_notice_with_its_text_is_checking_the_text(name: str) -> None:
    from xuncha.checks import _check_parsed
    from xuncha.parsing import parse_notice

    folder = Path(__file__).parent / "_passages"
    text = (folder / name).read_text(encoding="utf-8") if name.startswith("p") else f"{name} world"
    reference = dt.date(2024, 6, 1)
    assert _check_parsed(parse_notice(text, reference=reference), text, reference=reference) == check(
        text, reference=reference
    )
