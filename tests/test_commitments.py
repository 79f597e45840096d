"""Commitments: planned and ongoing measures and stated deadlines, with their finding and whether they are due."""

from __future__ import annotations

import datetime as dt

import pytest

from xuncha import parse_notice
from xuncha._commitments import commitments
from xuncha.models import Modality, Status

NOTICE = """中共某某县水利局党组关于巡察整改情况的通报

根据县委统一部署，2024年3月4日至4月19日，县委第二巡察组对县水利局党组开展了常规巡察。

一、关于工程建设管理的问题

1. 小型水库除险加固滞后问题整改情况。一是完成除险加固水库6座。二是正在推进剩余3座水库的施工。下一步，计划于2025年5月底前全部完工。

2. 河道采砂监管不严问题整改情况。已完成整改。

3. 农村供水保障不足问题整改情况。新建供水站4处，预计2025年底前实现全覆盖。

中共某某县水利局党组
2024年10月28日
"""


def test_each_commitment_with_its_finding_and_deadline() -> None:
    rows = commitments(parse_notice(NOTICE))
    summary = [
        (row.finding_path, row.measure, row.modality, row.deadline.end if row.deadline else None, row.overdue)
        for row in rows
    ]
    assert summary == [
        ("$.sections[0].findings[0]", 1, Modality.ONGOING, None, None),
        ("$.sections[0].findings[0]", 2, Modality.PLANNED, dt.date(2025, 5, 31), False),
        ("$.sections[0].findings[2]", None, Modality.PLANNED, dt.date(2025, 12, 31), False),
    ]
    assert rows[2].text == "新建供水站4处，预计2025年底前实现全覆盖。"
    assert rows[0].finding_title == "小型水库除险加固滞后问题整改情况。"


def test_deadlines_past_at_the_reference_are_flagged() -> None:
    rows = commitments(parse_notice(NOTICE), reference=dt.date(2025, 7, 1))
    assert [row.overdue for row in rows] == [None, True, False]


def test_a_finding_done_makes_no_commitment() -> None:
    rows = commitments(parse_notice(NOTICE))
    assert all(row.status is not Status.COMPLETED for row in rows)
    assert "$.sections[0].findings[1]" not in {row.finding_path for row in rows}


def test_wrong_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError, match="notice must be a Notice"):
        commitments(NOTICE)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"reference must be a datetime\.date"):
        commitments(parse_notice(NOTICE), reference="2025-01-01")  # type: ignore[arg-type]
