"""parse_notice on notices from many kinds of issuers: fictional passages written for these tests.

Each passage in ``tests/_passages`` imitates how a kind of body writes and how people get its notice (see
``tests/_passages/README.md`` for what each exercises). For every passage the test states the tree every
hierarchy marker must give — depth, level, ordinal and the marker as written — and that no character is lost;
then passage by passage the opening, closing and a few findings.

Run this file as a script to print the marker accuracy over all passages::

    PYTHONPATH=src python tests/test_parsing_styles.py
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from xuncha import XunchaError
from xuncha._markers import heading_at
from xuncha._text import SourceText
from xuncha.models import Finding, Measure, Modality, Notice, Section, Status
from xuncha.parsing import parse_notice, text_fields

PASSAGES = Path(__file__).parent / "_passages"

#: (depth in the tree, level, ordinal, marker as written) of a body part.
Marker = tuple[int, int, int, str]


def read(name: str) -> str:
    return (PASSAGES / name).read_text(encoding="utf-8")


def parse(name: str) -> Notice:
    return parse_notice(read(name))


def _level(marker: str) -> int:
    found = heading_at(marker)
    if found is None or found.marker.level is None or found.end != len(marker.rstrip()):
        return 0
    return found.marker.level


def markers(notice: Notice) -> list[Marker]:
    """Every part numbered with a hierarchy marker, in document order: sections, findings and the measures
    numbered （1） (1) 1) below a finding."""
    found: list[Marker] = []

    def walk(section: Section, depth: int) -> Iterator[Marker]:
        if section.marker:
            yield depth, section.level, section.ordinal, section.marker
        inner = depth + 1 if section.marker else depth
        parts: list[Section | Finding] = sorted(
            [*section.sections, *section.findings], key=lambda part: part.span.start if part.span else 0
        )
        for part in parts:
            if isinstance(part, Section):
                yield from walk(part, inner)
                continue
            if part.marker and part.number is not None:
                yield inner, _level(part.marker), part.number, part.marker
            for measure in part.measures:
                if measure.marker and _level(measure.marker):
                    yield inner + 1, _level(measure.marker), measure.ordinal, measure.marker

    for section in notice.sections:
        found.extend(walk(section, 0))
    return found


def without_space(text: str) -> str:
    return re.sub(r"\s", "", text)


# --------------------------------------------------------------------------- the expected trees

EXPECTED: dict[str, list[Marker]] = {
    "p01_province_style_b.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (1, 2, 3, "（三）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3．"),
        (2, 3, 4, "4．"),
        (0, 1, 3, "三、"),
    ],
    "p02_county_style_c.txt": [],
    "p03_web_page_university.txt": [
        (0, 2, 1, "(一)"),
        (0, 2, 2, "(二)"),
        (1, 4, 1, "1)"),
        (1, 4, 2, "2)"),
        (1, 4, 3, "3)"),
        (0, 2, 3, "(三)"),
    ],
    "p04_soe_hard_wrapped.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3."),
    ],
    "p05_markdown_random_depths.md": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "３．"),
        (2, 3, 4, "4."),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (0, 1, 3, "三、"),
    ],
    "p06_bank_variant_markers.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）、"),
        (1, 2, 2, "（二）、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）、"),
        (2, 3, 1, "1、"),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (3, 4, 3, "（3）"),
        (2, 3, 2, "2、"),
        (1, 2, 2, "（二）、"),
        (2, 3, 3, "3、"),
        (2, 3, 4, "4、"),
    ],
    "p07_no_title_city_mobile.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
    ],
    # 第一部分 is level 1 like 一、 (the model has no level above it): the parts and 一、 are siblings.
    "p08_parts_and_articles.txt": [
        (0, 1, 1, "第一部分"),
        (0, 1, 2, "第二部分"),
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 3, 3, "3."),
        (0, 1, 3, "第三部分"),
    ],
    "p09_continuous_findings_next_steps.txt": [
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 3, "3."),
        (2, 3, 4, "4."),
        (1, 2, 2, "（二）"),
        (2, 3, 5, "5."),
    ],
    "p10_fullwidth_and_spacing.txt": [
        (0, 1, 1, "一 、"),
        (0, 1, 2, "二．"),
        (1, 2, 1, "（ 一 ）"),
        (2, 3, 1, "１．"),
        (3, 4, 1, "（１）"),
        (3, 4, 2, "（２）"),
        (2, 3, 2, "２．"),
        (1, 2, 2, "（ 二 ）"),
        (2, 3, 3, "３．"),
        (0, 1, 3, "三、"),
    ],
    "p11_html_one_line.html.txt": [
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 3, 3, "3."),
    ],
    "p12_paren_measures_and_topics.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (3, 4, 3, "（3）"),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3."),
        (0, 1, 2, "二、"),
    ],
    "p13_round_revisit_12388.txt": [],
    "p14_half_width_parens_and_dots.txt": [
        (0, 1, 1, "一."),
        (1, 2, 1, "(一)"),
        (2, 3, 1, "1."),
        (3, 4, 1, "(1)"),
        (3, 4, 2, "(2)"),
        (2, 3, 2, "2."),
        (1, 2, 2, "(二)"),
        (2, 3, 3, "3."),
        (0, 1, 2, "二."),
    ],
    "p15_flattened_web_copy.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 3, "三、"),
    ],
    "p16_style_c_dated_title.txt": [],
    "p17_hard_wrapped_inline_lists.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (2, 4, 1, "（1）"),
        (2, 4, 2, "（2）"),
        (2, 4, 3, "（3）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
    ],
    # An excerpt from the middle of a body: it starts at （三） and its findings at 7.
    "p18_body_excerpt.md": [
        (0, 2, 3, "（三）"),
        (1, 3, 7, "7."),
        (1, 3, 8, "8."),
        (0, 1, 4, "四、"),
        (0, 1, 5, "五、"),
        (1, 2, 1, "（一）"),
        (2, 3, 9, "9."),
        (1, 2, 2, "（二）"),
        (2, 3, 10, "10."),
    ],
    "p19_ministry_shi_paragraphs.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 3, "三、"),
    ],
    "p20_pdf_markdown_page_breaks.md": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3."),
    ],
    # 问题1：/整改情况： label paragraphs are not hierarchy markers; 一、关于…的问题 holding them is a finding.
    "p21_problem_list_style.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
    ],
    "p22_many_items.txt": [
        (0, 2, 3, "（三）"),
        (1, 3, 8, "8．"),
        (1, 3, 9, "9．"),
        (1, 3, 10, "10．"),
        (1, 3, 11, "11．"),
        (1, 3, 12, "12．"),
        (0, 1, 11, "十一、"),
        (1, 2, 11, "（十一）"),
        (2, 3, 13, "13．"),
        (0, 1, 12, "十二、"),
        (1, 2, 12, "（十二）"),
    ],
    "p23_pdf_no_indent.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
    ],
    # 1. items below a finding titled 关于…的问题 are its measures (level 3 by their marker).
    "p24_soe_subsidiary_measures_as_items.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
    ],
    "p25_markdown_list_items.md": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 4, 1, "1)"),
        (2, 4, 2, "2)"),
        (1, 2, 2, "（二）"),
        (2, 4, 3, "3)"),
        (0, 1, 3, "三、"),
    ],
    "p26_gbt_layout_with_footer.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3．"),
    ],
    "p27_province_next_steps_and_letters.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (0, 1, 3, "三、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
    ],
    "p28_labelled_measures_and_results.md": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
    ],
    "p29_web_chrome_half_width.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "(一)"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (1, 2, 2, "(二)"),
        (2, 3, 3, "3."),
        (0, 1, 3, "三、"),
    ],
    "p30_excerpt_one_top_part.txt": [
        (0, 1, 3, "三、"),
        (1, 2, 1, "(一)"),
        (1, 2, 2, "(二)"),
        (1, 2, 3, "(三)"),
    ],
    "p31_traditional_page.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
    ],
    "p32_dated_title_bracket.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "(一)"),
        (2, 3, 1, "1."),
    ],
}


def test_every_passage_has_an_expected_tree() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in PASSAGES.glob("p*"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_passage_tree_and_nothing_lost(name: str) -> None:
    text = read(name)
    notice = parse_notice(text)
    assert markers(notice) == EXPECTED[name]
    assert without_space("".join(text_fields(notice))) == without_space(SourceText(text).text)
    parts: list[Section | Finding | Measure] = [
        *notice.iter_sections(),
        *notice.iter_findings(),
        *notice.iter_measures(),
    ]
    for part in parts:
        assert part.span is not None
        assert 0 <= part.span.start <= part.span.end <= len(text)


def score() -> tuple[int, int, int]:
    """Markers found with the right level and ordinal, markers present, markers found that are not there."""
    right = present = extra = 0
    for name, expected in EXPECTED.items():
        wanted = [(level, ordinal, marker) for _, level, ordinal, marker in expected]
        got = [(level, ordinal, marker) for _, level, ordinal, marker in markers(parse(name))]
        matcher = difflib.SequenceMatcher(a=wanted, b=got, autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        right += matched
        present += len(wanted)
        extra += len(got) - matched
    return right, present, extra


if __name__ == "__main__":
    found_right, markers_present, found_extra = score()
    print(
        f"markers with the right level and ordinal: {found_right}/{markers_present} "
        f"({found_right / markers_present:.1%}); found where there is none: {found_extra}"
    )
    sys.exit(0 if found_right == markers_present and not found_extra else 1)


# --------------------------------------------------------------------------- passage by passage


def contacts(notice: Notice) -> list[tuple[str, str]]:
    return [(contact.kind.value, contact.value) for contact in notice.contacts]


def test_province_style_b_opening_leads_and_closing() -> None:
    notice = parse("p01_province_style_b.txt")
    assert notice.title == "中共某某省科学技术厅党组关于十九届省委第三轮巡视整改进展情况的通报"
    assert notice.issuer == "中共某某省科学技术厅党组"
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target, inspection.mode, inspection.round) == (
        "省委第六巡视组",
        "省科学技术厅党组",
        "常规",
        "十九届省委第三轮",
    )
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2022, 3, 14), dt.date(2022, 5, 13))
    assert inspection.feedback_date == dt.date(2022, 7, 22)
    lead = notice.sections[0].sections[0]
    assert (lead.title, lead.intro[:7]) == ("提高政治站位，强化思想认识。", "厅党组深刻认识")
    first, second, *_ = notice.iter_findings()
    assert [m.modality for m in first.measures] == [Modality.DONE, Modality.DONE, Modality.ONGOING]
    assert [m.text[:8] for m in second.measures] == ["针对成果转化渠道", "针对激励机制不健"]
    assert second.status is Status.COMPLETED
    assert notice.sections[2].title == "下一步工作打算"
    assert contacts(notice) == [
        ("phone", "0571-87054321"),
        ("postal_address", "杭州市西湖区文三路某某号省科技厅机关党委"),
        ("postcode", "310012"),
        ("email", "kjtxszg@example.gov.cn"),
    ]
    assert (notice.signature, notice.date) == ("中共某某省科学技术厅党组", dt.date(2022, 11, 30))


def test_county_round_statistics_with_several_targets_and_a_yearless_feedback_date() -> None:
    notice = parse("p02_county_style_c.txt")
    assert notice.sections == ()
    assert "总体完成率98.71%" in notice.opening
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.round == "十五届县委第五轮"
    # Several targets: the first named (tests/corpus/observed conventions), the list stays in the opening.
    assert inspection.target == "县教育局"
    assert "县教育局、县卫生健康局、县水利局等8个县直单位党组织" in notice.opening
    assert inspection.feedback_date == dt.date(2023, 11, 11)  # "11月11日" takes the year stated before it
    values = {(q.value, q.unit) for q in notice.quantities}
    assert {(Decimal("697"), "个"), (Decimal("98.71"), "%"), (Decimal("66.57"), "万元")} <= values
    assert contacts(notice) == [
        ("phone", "12388"),
        ("phone", "0396-5123456"),
        ("website", "http://www.xxxjw.gov.cn"),
    ]
    assert notice.signature == "中共某某县委巡察工作领导小组办公室"


def test_university_web_page_keeps_its_clutter_and_takes_the_article_title() -> None:
    notice = parse("p03_web_page_university.txt")
    assert notice.title == "中共某某大学委员会关于省委第七巡视组巡视反馈意见整改进展情况的通报"
    assert notice.preamble.startswith("首页 > 通知公告")
    assert notice.preamble.endswith("【打印】【关闭】")
    assert notice.opening.startswith("根据省委统一部署")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target) == ("省委第七巡视组", "某某大学党委")
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2023, 3, 1), dt.date(2023, 5, 31))
    assert inspection.feedback_date == dt.date(2023, 6, 28)  # same sentence as the period
    assert notice.sections[1].title == "巡视反馈意见整改落实情况"  # a heading, not a finding
    assert [f.problem for f in notice.iter_findings()] == [
        "落实立德树人根本任务有差距",
        "学科建设水平不高",
        "选人用人不够规范",
    ]
    assert notice.date == dt.date(2023, 9, 14)
    assert notice.postscript.startswith("责任编辑：王敏")
    assert ("postcode", "230601") in contacts(notice)


def test_soe_hard_wrapped_at_a_fixed_width() -> None:
    notice = parse("p04_soe_hard_wrapped.txt")
    assert (
        notice.title == "中国某某能源集团有限公司党委关于巡视整改进展情况的通报"
    )  # its last character wrapped
    assert notice.opening.startswith("根据中央统一部署")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.round) == ("中央第十二巡视组", "二十届中央第一轮")
    assert inspection.feedback_date == dt.date(2023, 10, 9)
    first = next(notice.iter_findings())
    assert [m.marker for m in first.measures] == ["①", "②", "③"]
    assert first.measures[0].text.startswith("修订电煤中长期合同履约考核办法")
    assert "“四个自信”、做到" in notice.sections[0].intro  # a line starting with a 顿号 is a wrap
    assert contacts(notice) == [
        ("phone", "010-66011234"),
        ("postal_address", "北京市西城区某某街9号中国某某能源集团有限公司党委巡视办"),
        ("postcode", "100033"),
        ("email", "xszg@example.com.cn"),
    ]
    assert (notice.signature, notice.date) == ("中国某某能源集团有限公司党委", dt.date(2024, 1, 19))


def test_markdown_heading_depth_says_nothing_about_the_level() -> None:
    notice = parse("p05_markdown_random_depths.md")
    findings = list(notice.iter_findings())
    assert [f.title for f in findings[:2]] == [
        "老旧小区改造推进缓慢问题整改情况。",
        "城镇燃气安全监管不力问题整改情况",
    ]
    assert findings[1].text.startswith("开展城镇燃气安全专项整治")
    assert findings[1].status is Status.COMPLETED
    assert [m.text for m in findings[3].measures] == [
        "全面清理2020年以来发放的津贴补贴，追缴违规发放资金23.6万元。",
        "对相关责任人进行了批评教育。",
    ]
    assert (notice.signature, notice.date) == ("中共某某市住房和城乡建设局党组", dt.date(2023, 12, 28))


def test_bank_markers_with_a_stray_dunhao() -> None:
    notice = parse("p06_bank_variant_markers.txt")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.dispatcher, inspection.mode) == (
        "总行党委第二巡察组",
        "总行党委",
        "提级",
    )
    lead = notice.sections[0].sections[0]
    assert (lead.marker, lead.title) == ("（一）、", "强化组织领导。")
    first = next(notice.iter_findings())
    assert [m.modality for m in first.measures] == [Modality.DONE, Modality.DONE, Modality.PLANNED]


def test_no_title_and_a_joint_signature() -> None:
    notice = parse("p07_no_title_city_mobile.txt")
    assert (notice.title, notice.preamble) == ("", "")
    assert notice.opening.startswith("根据市委统一部署")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.mode) == ("市委第一巡察组", "机动")
    assert inspection.basis == ("《中国共产党巡视工作条例》",)
    assert notice.closing == "特此通报。"
    assert notice.signature == "中共某某市医疗保障局党组\n中共某某市纪委监委驻市医疗保障局纪检监察组"
    assert notice.issuer == "中共某某市医疗保障局党组"
    assert notice.date == dt.date(2024, 3, 20)
    findings = list(notice.iter_findings())
    assert [(f.number, f.marker) for f in findings] == [
        (1, "（一）"),
        (2, "（二）"),
        (1, "（一）"),
        (2, "（二）"),
    ]
    assert [m.marker for m in findings[2].measures] == ["第一，", "第二，", "第三，"]


def test_parts_of_a_long_notice() -> None:
    notice = parse("p08_parts_and_articles.txt")
    parts = [s for s in notice.sections if s.marker.startswith("第")]
    assert [(s.ordinal, s.title) for s in parts] == [
        (1, "整改工作开展情况"),
        (2, "反馈问题整改落实情况"),
        (3, "下一步工作打算"),
    ]
    assert parts[2].intro.startswith("厅党组将持续抓好巡视整改")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.mode, inspection.feedback_date) == ("回头看", dt.date(2022, 2, 18))
    assert contacts(notice)[1:] == [("postal_address", "呼和浩特市12号信箱"), ("postcode", "010010")]


def test_findings_numbered_across_sections_with_topics_and_next_steps() -> None:
    notice = parse("p09_continuous_findings_next_steps.txt")
    findings = list(notice.iter_findings())
    assert [f.number for f in findings] == [1, 2, 3, 4, 5]
    first = findings[0]
    assert [(m.marker, m.modality) for m in first.measures] == [
        (None, Modality.DONE),
        (None, Modality.DONE),
        (None, Modality.PLANNED),
    ]
    assert first.measures[2].deadline is not None
    assert first.measures[2].deadline.end == dt.date(2023, 12, 31)  # 年底前, in the notice's year
    assert findings[1].status is Status.UNKNOWN or findings[1].status is Status.COMPLETED
    assert ("postcode", "225300") in contacts(notice)


def test_full_width_digits_and_spaced_markers() -> None:
    notice = parse("p10_fullwidth_and_spacing.txt")
    assert notice.issuer == "中共某某县交通运输局党组"
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.feedback_date == dt.date(2023, 5, 16)
    assert inspection.period is not None
    assert inspection.period.text == "2023年2月下旬至4月上旬"
    first = next(notice.iter_findings())
    assert [m.text for m in first.measures] == [
        "修订养护资金管理办法；",
        "对2020年以来养护资金使用情况开展审计，收回违规资金38.2万元。",
    ]


def test_a_web_page_on_one_line() -> None:
    notice = parse("p11_html_one_line.html.txt")
    assert notice.title == "中共某某镇委员会关于区委第五巡察组巡察反馈意见整改情况的通报"
    assert notice.preamble == "当前位置：首页 &gt; 巡察整改"
    assert (notice.signature, notice.date, notice.postscript) == (
        "中共某某镇委员会",
        dt.date(2023, 6, 30),
        "【打印本页】【关闭窗口】",
    )


def test_measures_as_paragraphs_circled_numbers_and_topics() -> None:
    notice = parse("p12_paren_measures_and_topics.txt")
    first, second, third = notice.iter_findings()
    assert first.title == "审计发现问题整改跟踪不到位问题整改情况"
    assert [m.modality for m in first.measures] == [Modality.DONE, Modality.DONE, Modality.ONGOING]
    assert [m.marker for m in second.measures] == ["①", "②"]
    assert [m.text[:6] for m in third.measures] == ["关于支部设置", "关于党员教育"]
    assert notice.closing.startswith("联系电话")


def test_round_revisit_with_several_groups_and_12388() -> None:
    notice = parse("p13_round_revisit_12388.txt")
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.inspector == "市委第一巡察组"  # several groups: the first named
    assert (inspection.mode, inspection.round) == ("回头看", "十三届市委第八轮")
    assert inspection.period is not None
    assert inspection.period.text == "2023年9月下旬至11月下旬"
    assert inspection.feedback_date == dt.date(2023, 12, 20)
    assert contacts(notice) == [
        ("phone", "12388"),
        ("postal_address", "某某市1001信箱"),
        ("postcode", "518001"),
        ("website", "www.xcb.example.gov.cn"),
    ]


def test_half_width_brackets_and_dots() -> None:
    notice = parse("p14_half_width_parens_and_dots.txt")
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.feedback_date == dt.date(2023, 12, 7)
    assert [c.value for c in notice.contacts] == ["0398-3021234", "xczcj@example.com"]


def test_a_web_copy_without_line_breaks() -> None:
    notice = parse("p15_flattened_web_copy.txt")
    assert notice.sections[0].title == "提高政治站位，压实整改责任"
    assert notice.sections[0].intro.startswith("局党组召开专题会议")
    assert notice.closing.startswith("欢迎广大干部群众")
    assert notice.signature == "中共某某县市场监督管理局党组"


def test_a_date_under_the_title_does_not_swallow_the_notice() -> None:
    notice = parse("p16_style_c_dated_title.txt")
    assert notice.title == "中共某某市委巡察工作领导小组办公室关于十一届市委第二轮巡察集中整改进展情况的通报"
    assert notice.postscript == ""
    assert "整改完成率91.8%" in notice.opening
    assert contacts(notice) == [("phone", "12388"), ("website", "www.sjw.example.gov.cn")]


def test_hard_wrapped_title_and_inline_measures() -> None:
    notice = parse("p17_hard_wrapped_inline_lists.txt")
    assert notice.title == "中共某某县人民医院委员会关于县委第一巡察组巡察反馈意见整改情况的通报"
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.inspector == "县委第一巡察组"
    first = next(notice.iter_findings())
    assert first.measures[1].text == "对2021年以来党委会议纪要进行全面梳理，补正会议记录14份；"
    assert contacts(notice) == [("phone", "0759-6681234")]


def test_narrative_parts_with_numbered_steps_and_shi_paragraphs() -> None:
    notice = parse("p19_ministry_shi_paragraphs.txt")
    steps = notice.sections[0].sections[1].sections
    assert [(s.level, s.title) for s in steps] == [(3, "建立问题清单。"), (3, "压实整改责任。")]
    first = next(notice.iter_findings())
    assert [m.marker for m in first.measures] == ["一是", "二是", "三是"]
    assert first.measures[2].modality is Modality.ONGOING
    assert notice.inspection is not None
    assert notice.inspection.round == "二十届中央第一轮"


def test_pdf_markdown_with_a_page_number_inside_a_word_and_a_table() -> None:
    notice = parse("p20_pdf_markdown_page_breaks.md")
    first = next(notice.iter_findings())
    assert first.text.endswith("力争2024年汛期前全部整改到位。")
    intro = notice.sections[0].intro.split("\n")
    assert intro[1:] == [
        "| 方面 | 问题数 | 已完成 | 正在整改 |",
        "| --- | --- | --- | --- |",
        "| 政治监督 | 6 | 5 | 1 |",
        "| 作风建设 | 15 | 13 | 2 |",
    ]
    assert notice.date == dt.date(2023, 12, 25)


def test_problem_and_rectification_labels() -> None:
    notice = parse("p21_problem_list_style.txt")
    first = next(notice.iter_findings())
    assert first.text.startswith("问题1：基层医疗卫生服务能力不强。\n整改情况：")


def test_a_wrapped_heading_that_ends_on_a_particle() -> None:
    notice = parse("p23_pdf_no_indent.txt")
    assert notice.title == "中共某某县委政法委员会关于县委第二巡察组巡察反馈意见整改情况的通报"
    assert notice.sections[0].title == "关于贯彻落实党的路线方针政策和党中央决策部署不到位的问题"
    assert next(notice.iter_findings()).status is Status.COMPLETED
    assert [c.value for c in notice.contacts] == ["0935-8221234"]


def test_official_layout_with_a_disclosure_line_and_a_print_footer() -> None:
    notice = parse("p26_gbt_layout_with_footer.txt")
    assert notice.preamble == "公开方式：主动公开"
    assert notice.title == "中共某某市发展和改革委员会党组关于市委巡察反馈意见整改进展情况的通报"
    assert (notice.sections[0].title, notice.sections[0].intro[:5]) == ("整改工作开展情况", "委党组坚持")
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.feedback_date == dt.date(2023, 11, 21)  # 11月下旬: its first day
    assert (notice.signature, notice.date) == ("中共某某市发展和改革委员会党组", dt.date(2024, 1, 22))
    assert notice.postscript.startswith("抄送：市委巡察办。")


def test_markdown_list_items_and_escaped_brackets() -> None:
    notice = parse("p25_markdown_list_items.md")
    assert notice.opening.startswith("根据县委统一部署")
    assert notice.sections[0].title == "整改工作总体情况"
    assert [f.status for f in notice.iter_findings()] == [Status.COMPLETED, Status.UNKNOWN, Status.UNKNOWN]


def test_a_dated_title_and_a_closing_that_opens_with_a_request() -> None:
    text = (
        "中共某县委关于巡察整改情况的通报（2023年12月25日）\n\n现将整改情况公布。\n\n一、总体情况\n\n"
        "1. 甲问题整改情况。已完成整改。\n\n对巡察整改情况如有意见建议，请及时向我们反映。\n\n"
        "联系电话：0391-1234567\n\n中共某县委\n\n2023年12月25日"
    )
    notice = parse_notice(text)
    assert notice.title == "中共某县委关于巡察整改情况的通报（2023年12月25日）"
    assert notice.opening == "现将整改情况公布。"
    assert notice.closing == "对巡察整改情况如有意见建议，请及时向我们反映。\n联系电话：0391-1234567"
    assert next(notice.iter_findings()).text == "已完成整改。"
    assert contacts(notice) == [("phone", "0391-1234567")]


def test_next_step_plans_and_a_letters_address() -> None:
    notice = parse("p27_province_next_steps_and_letters.txt")
    first = next(notice.iter_findings())
    assert [(m.marker, m.text.split("\n")[0]) for m in first.measures] == [
        ("1．", "深入学习贯彻。"),
        ("2．", "完善工作机制。"),
    ]
    plans = notice.sections[2].sections
    assert [s.title for s in plans] == ["持续深化整改。", "健全长效机制。"]
    assert contacts(notice) == [
        ("phone", "0851-85561234"),
        ("postal_address", "某某市某某区某某路1号省生态环境厅机关党委"),
        ("postcode", "550081"),
        ("email", "sthjtxs@example.com"),
    ]


def test_findings_with_measure_and_result_labels() -> None:
    notice = parse("p28_labelled_measures_and_results.md")
    assert notice.title == "中国某某保险股份有限公司某某分公司党委关于巡视整改情况的通报"
    findings = list(notice.iter_findings())
    assert [f.problem for f in findings] == ["车险综合成本率偏高", "理赔时效不达标", "费用列支不规范"]
    assert findings[0].status is Status.COMPLETED
    assert findings[0].text.startswith("整改措施：优化车险业务结构")


def test_other_line_breaks_and_page_starts() -> None:
    # Old Mac \r, Unicode line and paragraph separators, and the \f that starts a page in pdftotext output.
    text = "中共某县委关于巡察整改情况的通报\r\r现将情况公布。\r一、总体情况\r整改有序，加强党\n\f员干部学习。\u2028二、下一步\u2029持续推进。"
    notice = parse_notice(text)
    assert notice.title == "中共某县委关于巡察整改情况的通报"
    assert [(s.marker, s.title, s.intro) for s in notice.sections] == [
        ("一、", "总体情况", "整改有序，加强党员干部学习。"),
        ("二、", "下一步", "持续推进。"),
    ]
    assert without_space("".join(text_fields(notice))) == without_space(SourceText(text).text)


def test_an_excerpt_from_the_middle_of_a_body() -> None:
    notice = parse("p18_body_excerpt.md")
    assert (notice.title, notice.opening, notice.date) == ("", "", None)
    assert notice.sections[1].intro.startswith("对上轮巡察反馈的19个问题")


# --------------------------------------------------------------------------- any text


_MARKERS = [
    "一、", "二．", "十一、", "（一）", "(二)", "（三）、", "一）", "第一部分", "第二部分　", "1.", "2、", "３．",
    "10.", "1\\.", "（1）", "(2)", "（３）", "1)", "2）", "①", "一是", "第一，",
]  # fmt: skip
_WORDS = [
    "关于", "问题", "整改情况", "的问题。", "着力解决", "方面", "巡察", "反馈", "下一步，", "已完成整改", "正在办理",
    "针对", "2023年12月25日", "11月11日", "联系电话：", "0391-1234567", "邮政信箱：", "邮编：457000", "12388",
    "www.example.gov.cn", "a@b.cn", "《条例》", "中共某某县委", "党组", "通报", "“", "”", "。", "，", "；", "：",
    "5.6 亿余元", "98.71%",
]  # fmt: skip
_BREAKS = [
    "\n",
    "\n\n",
    "\r",
    "\f",
    "\u2028",
    "\n\u3000\u3000",
    "\n    ",
    "\u3000\u3000",
    "    ",
    "<p>",
    "</p>",
    "<br>",
]
_LINE_PREFIXES = ["", "", "", "# ", "## ", "**", "> ", "- ", "\u3000\u3000", "    "]


@st.composite
def notice_like_texts(draw: st.DrawFn) -> str:
    """Lines of markers, CJK words and figures with the breaks, indents and markup that notices come with."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        pieces = [draw(st.sampled_from(_LINE_PREFIXES))]
        if draw(st.booleans()):
            pieces.append(draw(st.sampled_from(_MARKERS)))
        for _ in range(draw(st.integers(0, 5))):
            pieces.append(
                draw(
                    st.sampled_from(_WORDS)
                    | st.sampled_from(_BREAKS)
                    | st.text(alphabet="党员干部整改完成一二三（）()、.．12 \u3000*#\\", max_size=4)
                )
            )
        if draw(st.booleans()):
            pieces.append("**")
        lines.append("".join(pieces))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n"])).join(lines)


def assert_parses_without_loss(text: str) -> None:
    try:
        notice = parse_notice(text)
    except XunchaError:  # the only error parse_notice may raise (none on text today)
        return
    assert without_space("".join(text_fields(notice))) == without_space(SourceText(text).text)
    for section in notice.iter_sections():
        assert section.span is not None
        assert 0 <= section.span.start <= section.span.end <= len(text)


@given(notice_like_texts())
@example("\n\n0391-1234567<p>2023年12月25日")  # the date line glued to a phone number by a tag
def test_notice_like_text_parses_without_losing_a_character(text: str) -> None:
    assert_parses_without_loss(text)


@given(st.text(max_size=60))
@example("\ufeff")  # a byte-order mark alone is markup
def test_any_unicode_text_parses_without_losing_a_character(text: str) -> None:
    assert_parses_without_loss(text)


# --------------------------------------------------------------------------- traits of real pages


def facts(notice: Notice) -> tuple[object, ...]:
    inspection = notice.inspection
    assert inspection is not None
    period = inspection.period
    return (
        inspection.inspector,
        inspection.dispatcher,
        inspection.target,
        inspection.mode,
        inspection.round,
        (period.start, period.end) if period is not None else None,
        inspection.feedback_date,
    )


def test_web_chrome_stays_out_of_the_title_and_the_facts() -> None:
    notice = parse("p29_web_chrome_half_width.txt")
    assert notice.title == "中共桐溪县水利局党组关于十五届县委第二轮巡察整改进展情况的通报"
    assert notice.issuer == "中共桐溪县水利局党组"
    # The breadcrumb, the header copy of the title with its glued date, the 发布时间/来源/浏览次数 line and the
    # font-size and print widgets are the preamble, each a line of its own.
    assert notice.preamble.split("\n") == [
        "网站首页 > 纪检监察 > 巡察工作 > 整改公开",
        "关于十五届县委第二轮巡察整改进展情况的通报",
        "2023-11-20 来源:县委巡察办",
        "发布时间:2023-11-20 10:30  来源:县委巡察办  作者:李文  浏览次数:",
        "【字体:大 中 小】 【打印本页】 【关闭窗口】",
    ]
    assert notice.opening.startswith("根据县委统一部署,")
    assert facts(notice) == (
        "县委第一巡察组",
        "县委",
        "桐溪县水利局党组",
        "常规",
        "十五届县委第二轮",
        (dt.date(2023, 3, 13), dt.date(2023, 4, 28)),
        dt.date(2023, 6, 9),
    )
    assert contacts(notice) == [
        ("phone", "0571-61234567"),
        ("postal_address", "桐溪县城关镇河滨路8号"),
        ("postcode", "311500"),
        ("email", "tx_slj@example.cn"),
    ]
    assert notice.date == dt.date(2023, 11, 20)
    assert notice.postscript.startswith("分享到:")
    assert [f.problem for f in notice.iter_findings()] == [
        "水资源保护工作推进迟缓",
        "农村供水工程管护不到位",
        "监督检查流于形式",
    ]


def test_an_excerpt_with_one_top_part_keeps_it_a_section() -> None:
    # "三、关于…方面的问题" over (一)(二)(三) is a section even though its title reads like a problem.
    notice = parse("p30_excerpt_one_top_part.txt")
    assert [(s.level, s.marker) for s in notice.iter_sections()] == [
        (1, "三、"),
        (2, "(一)"),
        (2, "(二)"),
        (2, "(三)"),
    ]
    assert list(notice.iter_findings()) == []
    assert notice.sections[0].sections[0].intro.startswith("一是党组会议")


def test_a_page_in_traditional_characters() -> None:
    notice = parse("p31_traditional_page.txt")
    assert notice.title == "中共嵐山市財政局黨組關於市委第三巡察組巡察反饋意見整改情況的通報"
    assert notice.issuer == "中共嵐山市財政局黨組"
    assert facts(notice) == (
        "市委第三巡察組",
        "市委",
        "市財政局黨組",
        "常規",
        None,
        (dt.date(2023, 4, 6), dt.date(2023, 5, 31)),
        dt.date(2023, 7, 3),
    )
    findings = list(notice.iter_findings())
    assert [(f.problem, f.status.value) for f in findings] == [
        ("預算執行進度偏慢", "unknown"),
        ("政府採購管理不規範", "unknown"),
    ]
    assert [m.modality.value for m in findings[1].measures] == ["done", "ongoing"]
    assert contacts(notice) == [("phone", "0795-2345678"), ("email", "ls_czj@example.cn")]
    assert notice.contacts[0].label == "聯繫電話"
    assert (notice.signature, notice.date) == ("中共嵐山市財政局黨組", dt.date(2023, 9, 28))


def test_a_title_with_its_date_glued_in_brackets() -> None:
    notice = parse("p32_dated_title_bracket.txt")
    assert notice.title == "中共某某市生态环境局党组关于市委第二巡察组巡察反馈意见整改情况的通报"
    assert notice.opening.startswith("【2023-09-18】\n按照市委统一部署")
    assert facts(notice) == (
        "市委第二巡察组",
        "市委",
        "市生态环境局党组",
        "专项",
        None,
        (dt.date(2023, 4, 6), dt.date(2023, 5, 31)),
        dt.date(2023, 7, 3),
    )
    assert contacts(notice) == [("phone", "0553-5512345")]
