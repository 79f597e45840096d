"""The plan, future and done cue words (xuncha._cues) as their three readers see them: a measure's modality (and
a finding's status), the tense of a date without a year, and the overdue-deadline check. Each case is one where the
readers used to disagree."""

from __future__ import annotations

import datetime as dt

import pytest

from xuncha import (
    Modality,
    Notice,
    Period,
    Precision,
    Relation,
    Span,
    Status,
    check,
    extract_periods,
    parse_notice,
)

MARCH = dt.date(2023, 3, 1)


def _year_of_november(sentence: str) -> int:
    (period,) = extract_periods(sentence, reference=MARCH)
    assert period.start is not None
    return period.start.year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("11月11日召开座谈会", 2022),  # months after a March notice, a reported event is last year's
        ("计划11月11日召开座谈会", 2023),  # a plan looks ahead
        ("拟定于11月11日召开座谈会", 2023),  # 拟定于: is set for
        ("待验收后，11月11日召开座谈会", 2023),  # 待…后: waits for something
        ("将于11月11日召开座谈会", 2023),
        # no plan: 接待 and 有待 are not 待…后, 拟定 drafts, 按计划 reports what went as planned
        ("接待群众来访120人次，11月11日召开座谈会", 2022),
        ("有待加强，11月11日召开座谈会", 2022),
        ("拟定了方案，11月11日召开座谈会", 2022),
        ("按计划，11月11日已召开座谈会", 2022),
        ("整改有目标，11月11日召开座谈会", 2022),  # 目标 as a noun sets no time
    ],
)
def test_the_tense_of_a_date_without_a_year(sentence: str, year: int) -> None:
    assert _year_of_november(sentence) == year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("3月底前退还违规款项", 2024),  # a deadline passed in December is next year's
        ("已于3月底前退还违规款项", 2023),  # unless the sentence reports it done
        ("曾于3月底前退还违规款项", 2023),
        ("曾某某3月底前退还违规款项", 2024),  # 曾某某 is a person, not 曾 (once)
    ],
)
def test_the_tense_of_a_deadline_without_a_year(sentence: str, year: int) -> None:
    (period,) = extract_periods(sentence, reference=dt.date(2023, 12, 25))
    assert period.end is not None
    assert period.end.year == year


_MEASURES = (
    "一是将于2024年6月底前出台实施办法。二是争取到上级资金500万元。三是拟定于2024年3月召开专题会。"
    "四是拟定了《管理办法》。五是原计划2023年6月底前完成搬迁。六是力争2024年底前全部完成。"
)


def test_the_modality_of_a_measure() -> None:
    text = f"关于某某巡察整改情况的通报\n\n一、关于问题的整改\n\n1. 理论学习不深入问题整改情况。{_MEASURES}\n"
    notice = parse_notice(text, reference=dt.date(2023, 12, 25))
    found = [(m.modality, m.deadline and m.deadline.text) for m in notice.iter_measures()]
    assert found == [
        (Modality.PLANNED, "2024年6月底前"),  # the future tense, with nothing done
        (Modality.DONE, None),  # 争取到 reports what was obtained
        (Modality.PLANNED, "2024年3月"),
        (Modality.DONE, None),  # 拟定了: drafted
        (Modality.PLANNED, "2023年6月底前"),  # 原计划…完成: a plan whose outcome is not given, not a report
        (Modality.PLANNED, "2024年底前"),
    ]


def _modalities(measures: str) -> list[Modality]:
    text = f"关于某某巡察整改情况的通报\n\n一、关于问题的整改\n\n1. 理论学习不深入问题整改情况。{measures}\n"
    return [m.modality for m in parse_notice(text, reference=dt.date(2023, 12, 25)).iter_measures()]


def test_the_original_plan_is_a_plan_unless_a_word_says_done() -> None:
    assert _modalities(
        "一是原计划2023年6月底前完成搬迁。二是按原计划于2023年6月底前完成搬迁。"
        "三是原计划2023年6月底前完成搬迁，已于5月完成。四是原计划2023年6月底前完成搬迁，实际于5月完成。"
        "五是对原计划进行调整。"
    ) == [Modality.PLANNED, Modality.PLANNED, Modality.DONE, Modality.DONE, Modality.DONE]


def test_done_as_planned_is_done_unless_its_time_lies_ahead() -> None:
    # 按计划 looks back (as planned): 按计划完成 reports the work done. A time still ahead of the notice
    # (2023-12-25) cannot have been met, so a verb of completion before it announces a plan; 已 or 了 keeps it done.
    assert _modalities(
        "一是按计划完成台账建设。二是按计划于2023年11月底前完成台账建设。三是按计划于2024年6月底前完成制度修订。"
        "四是2024年3月底前完成清退。五是已建立台账，2024年3月底前完成销号。六是2024年1月完成了验收。"
        # a completion before the time ahead reports that part done
        "七是完成整改问题35个，剩余3个2024年6月底前完成。"
    ) == [
        Modality.DONE,
        Modality.DONE,
        Modality.PLANNED,
        Modality.PLANNED,
        Modality.DONE,
        Modality.DONE,
        Modality.DONE,
    ]


def test_the_done_words_of_a_measure() -> None:
    assert _modalities(
        # 了解 (to learn about) reports nothing done: the plan after it decides
        "一是深入基层了解群众诉求，计划于2024年6月底前形成调研报告。"
        # 曾 (once) reports something done, as it does for the tense of a date
        "二是曾于2023年3月约谈相关负责人，持续跟踪督办。"
        # 曾某某 is a person, not 曾 (once)
        "三是拟对曾某某给予党纪处分。"
    ) == [Modality.PLANNED, Modality.DONE, Modality.PLANNED]


def test_a_status_after_a_verb_of_aim_is_a_goal() -> None:
    # 预期 is a verb of aim like 预计: 整改到位 after it sets a goal and reports no status
    text = "关于某某巡察整改情况的通报\n\n一、关于问题的整改\n\n1. 理论学习不深入问题。{}\n"
    (goal,) = parse_notice(text.format("预期6月底前整改到位。")).iter_findings()
    (report,) = parse_notice(text.format("已于6月底前整改到位。")).iter_findings()
    assert (goal.status, report.status) == (Status.UNKNOWN, Status.COMPLETED)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("将开展专项检查，年底前完成。", True),
        ("目标是年底前完成。", True),
        ("有望年底前完成。", True),
        ("整改有目标，年底前完成。", False),
        ("争取到资金，年底前完成。", False),
        ("拟定了方案，年底前完成。", False),
        ("拟定于年底前完成。", True),
        # a word of done after the plan says it was met: 已, and 了 after any verb (建成了, not only 完成了)
        ("计划于年底前建成了服务中心。", False),
        ("计划于年底前建成服务中心，已投入使用。", False),
        ("计划于年底前深入了解群众诉求。", True),  # 了解 is no 了
    ],
)
def test_a_deadline_announced_as_a_plan(sentence: str, flagged: bool) -> None:
    source = f"通报\n\n{sentence}"
    at = source.index("年底前")
    period = Period(None, dt.date(2022, 12, 31), Relation.BEFORE, Precision.YEAR, "年底前", Span(at, at + 3))
    notice = Notice("通报", date=dt.date(2023, 12, 25), periods=(period,))
    codes = [diagnostic.code for diagnostic in check(notice, source=source)]
    assert codes == (["deadline-already-past"] if flagged else [])
