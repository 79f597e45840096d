"""Building notices in scripts: the part helpers and canonical renumbering."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest
from hypothesis import given

import xuncha
from xuncha import Finding, Measure, Notice, Section, Span, XunchaError, finding, measure, renumber, section
from xuncha import strategies as xst
from xuncha.building import _chinese, measure_marker, section_marker

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("number", "words"),
    [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"), (101, "一百零一"),
     (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十"), (2005, "二千零五"), (12000, "一万二千")],
)  # fmt: skip
def test_ordinals_in_chinese_numerals(number: int, words: str) -> None:
    assert _chinese(number) == words


def test_markers() -> None:
    assert [section_marker(level, 3) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]
    assert [measure_marker(n) for n in (1, 2, 10, 12)] == ["一是", "二是", "十是", "十二是"]
    with pytest.raises(XunchaError, match="section levels are 1 to 4"):
        section_marker(5, 1)
    with pytest.raises(XunchaError, match="ordinals are positive integers, got 0"):
        measure_marker(0)


def test_helpers_build_with_little_ceremony() -> None:
    built = section(
        "“作风建设”方面",
        section("着力解决问题", section("细项", finding("问题", "措施一", measure("措施二")))),
    )
    assert [part.level for part in built.iter_sections()] == [1, 2, 3]
    (item,) = built.iter_findings()
    assert [m.text for m in item.measures] == ["措施一", "措施二"]
    assert isinstance(item.measures[0], Measure)


def test_nesting_deeper_than_four_levels_is_refused() -> None:
    four = section("一", section("二", section("三", section("四"))))
    with pytest.raises(XunchaError, match="sections nest at most four deep"):
        section("零", four)


def test_a_section_holds_only_sections_and_findings() -> None:
    with pytest.raises(XunchaError, match="a section holds sections and findings, not str '措施'"):
        section("一", "措施")  # type: ignore[arg-type]


def test_renumber_fills_ordinals_markers_and_numbers() -> None:
    notice = renumber(
        Notice(
            "通报",
            sections=[
                section("甲", finding("f1", "a", "b"), section("乙", finding("f2", "c")), section("丙")),
                section("丁", finding("f3")),
            ],
        )
    )
    assert [(s.level, s.ordinal, s.marker) for s in notice.iter_sections()] == [
        (1, 1, "一、"), (2, 1, "（一）"), (2, 2, "（二）"), (1, 2, "二、"),
    ]  # fmt: skip
    assert [(f.title, f.number, f.marker) for f in notice.iter_findings()] == [
        ("f1", 1, "1."), ("f2", 2, "2."), ("f3", 3, "3."),
    ]  # fmt: skip
    assert [(m.text, m.ordinal, m.marker) for m in notice.iter_measures()] == [
        ("a", 1, "一是"), ("b", 2, "二是"), ("c", 1, "一是"),
    ]  # fmt: skip


def test_renumber_follows_the_source_when_parts_have_spans() -> None:
    late = Finding("late", span=Span(100, 110))
    child = Section(2, 1, "child", findings=[Finding("early", span=Span(10, 20))], span=Span(5, 50))
    notice = renumber(Notice("n", sections=[Section(1, 1, "parent", sections=[child], findings=[late])]))
    assert [(f.title, f.number) for f in notice.iter_findings()] == [("early", 1), ("late", 2)]


def test_renumber_numbers_a_reused_object_at_each_place() -> None:
    shared = finding("same")
    notice = renumber(Notice("n", sections=[section("一", shared, shared)]))
    assert [f.number for f in notice.iter_findings()] == [1, 2]


@given(xst.notices())
def test_renumbered_notices_are_canonical(notice: Notice) -> None:
    again = renumber(notice)
    assert [f.number for f in again.iter_findings()] == list(
        range(1, sum(1 for _ in again.iter_findings()) + 1)
    )
    for part in again.iter_sections():
        assert part.marker == section_marker(part.level, part.ordinal)
        assert [child.ordinal for child in part.sections] == list(range(1, len(part.sections) + 1))
    for item in again.iter_findings():
        assert [m.ordinal for m in item.measures] == list(range(1, len(item.measures) + 1))
    assert renumber(again) == again
    assert [s.title for s in again.iter_sections()] == [s.title for s in notice.iter_sections()]


def test_the_example_script_builds_prints_and_round_trips(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["build_notice.py"])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(_ROOT / "examples" / "build_notice.py"), run_name="__main__")
    assert done.value.code == 0
    printed = capsys.readouterr().out
    notice = xuncha.from_json(printed)
    assert notice.title == "中共青禾县农业农村局党组关于巡察整改进展情况的通报"
    assert [f.number for f in notice.iter_findings()] == [1, 2, 3]
    assert "\\u" not in printed
