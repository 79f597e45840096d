"""General readings that set H of the observed corpus (files 700–744) showed missing; one test per fix."""

from __future__ import annotations

from xuncha import parse_notice
from xuncha._markers import heading_at


def test_a_file_name_is_no_heading() -> None:
    # An image's file name a scraper left in the text (1.jpg) does not open a level-3 finding.
    assert heading_at("1.jpg", 0) is None
    assert heading_at("2.PNG", 0) is None
    found = heading_at("1.加强学习", 0)
    assert found is not None and found.marker.level == 3


def test_a_title_naming_its_inspection_by_the_term_gives_the_round() -> None:
    opening = "根据县委统一部署,2025年3月17日至4月25日,县委机动巡察组对县医疗保障局党组开展了巡察。"
    body = "\n\n一、整改情况\n\n(一)压实整改责任。已完成。"
    notice = parse_notice("某县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报\n\n" + opening + body)
    assert notice.inspection is not None and notice.inspection.round == "第十四届县委"
    # A term that only says who deployed the work is no round.
    notice = parse_notice("某局党组关于巡察整改进展情况的通报\n\n根据十六届旗委统一部署," + opening[7:] + body)
    assert notice.inspection is not None and notice.inspection.round is None
