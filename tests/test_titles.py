"""The one title grammar (xuncha._titles): the cleaner's title lines and the layout's notice titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xuncha
from xuncha._chrome import could_be_title
from xuncha._text import SourceText
from xuncha._titles import TITLE_ENDINGS, TITLE_LINE, is_notice_title


def test_a_notice_titled_as_an_announcement_has_its_title() -> None:
    # 通告 was a title word of the cleaner only: the layout found no title and read the line as the opening.
    title = "中共某县委巡察工作领导小组关于对县水务局开展巡察的通告"
    text = f"{title}\n\n根据县委统一部署，县委第二巡察组于2024年3月1日至4月30日对县水务局党组开展常规巡察。\n"
    notice = xuncha.parse_notice(text)
    assert notice.title == title
    assert notice.inspection is not None
    assert notice.inspection.target == "县水务局党组"


@pytest.mark.parametrize(
    ("line", "line_like", "notice_title"),
    [
        ("中共某县委关于巡察整改情况的通报（2023年12月25日）", True, True),
        ("县委第三巡察组巡察公告", True, True),
        ("镇政府2016工作报告", True, False),  # a title, not a notice's: kept on its line, never the title
        ("通知公告", True, False),  # a web page's menu
        ("已完成整改的情况", False, False),
        ("关于2023年度预算执行情况", True, True),
        # an announcement's headline naming the stage of its inspection: a notice's title, not a title line the
        # cleaner keeps apart
        ("十四届县委第七轮巡察完成进驻(附各巡察组联系方式)", False, True),
        ("省委第一巡视组进驻某市", False, True),
        ("巡察组进驻后,召开动员会", False, False),  # a clause of prose
        ("县委巡察办组织召开培训会", False, False),  # names no stage of the inspection
        # a title joined by a dash to the round it announces, its head spaced out or not; not a dash before a
        # date, nor a clause of prose after a dash
        ("巡 察 公 告——十三届市委第一轮巡察", False, True),
        ("巡察公告—县委第二轮巡察", False, True),
        ("通知公告——2022-03-24", False, False),
        ("巡察公告——请相互转告", False, False),
        # the rectification of an inspection named by its round or committee, with no 关于 and no 通报; not a
        # site's menu item, which names none
        ("十二届某州党委第五轮巡察7个乡镇(街道)整改进展情况", True, True),
        ("市委巡察整改落实情况", True, True),
        ("巡察整改情况", False, False),
        # 说明 ends a title after 关于, as 情况 does: 关于…的情况说明
        ("关于某区巡察反馈问题整改任务整改情况的公示情况说明", True, True),
        ("有关情况说明", False, False),
        # and 公开: 关于…整改情况的公开 (a breadcrumb's 信息公开 ends no title)
        ("市委政法委关于巡视集中整改情况的公开", True, True),
        ("政务公开", False, False),
        ("首页 > 巡视巡察 > 巡察整改情况", False, False),
        ("二、市委巡察反馈意见整改情况", False, False),
        # the plan of the rectification of an inspection's feedback (set BG: 2438); not a menu item, nor a heading
        ("某市贯彻落实省生态环境保护督察“回头看”反馈意见整改方案(公开版)", True, True),
        ("县委第二巡察组反馈问题整改方案", True, True),
        ("巡察整改方案", False, False),
        ("二、巡察反馈意见整改方案", False, False),
    ],
)
def test_title_lines_and_notice_titles(line: str, line_like: bool, notice_title: bool) -> None:
    assert (TITLE_LINE.match(line) is not None) == line_like
    assert is_notice_title(line) == notice_title


@given(st.text(alphabet="关于巡察视某县委的整改情况通报告示公开 （）(2023年)", max_size=60))
def test_a_notice_title_is_a_title_line_and_holds_a_title_word(text: str) -> None:
    if is_notice_title(text):
        assert TITLE_LINE.match(text) is not None
        assert could_be_title(text)
        assert text.rstrip()
        assert any(kind in text for kind in TITLE_ENDINGS)


def test_the_cleaner_keeps_a_title_line_apart() -> None:
    source = SourceText("财政报告\n发布日期:[2022-02-18]\n")
    assert next(source.text[p.start : p.end] for p in source.paragraphs) == "财政报告"


def test_a_spaced_title_joined_by_a_dash_to_its_round_is_the_title_whole() -> None:
    title = "巡 察 公 告——十三届市委第一轮巡察"
    text = (
        f"您现在位置: 首页 >> 巡察工作 >> 文章详情\n\n{title}\n\n发布日期:2022-03-24 信息来源:本网 分享按钮\n\n"
        "按照市委统一部署,市委第一巡察组从2022年3月21日开始,对市水务局党组开展常规巡察。\n"
    )
    notice = xuncha.parse_notice(text)
    assert notice.title == title
    assert notice.inspection is not None
    assert notice.inspection.round == "十三届市委第一轮"


def test_a_title_without_its_notice_word_wrapped_over_two_lines_is_the_title_whole() -> None:
    notice = xuncha.parse_notice(
        "十二届青原州党委第五轮巡察7个乡镇(街道)\n整改进展情况\n"
        "根据州党委巡察工作统一部署,2023年9月4日至10月31日,十二届青原州党委第五轮巡察派出7个巡察组,对东山县"
        "东城镇等7个乡镇(街道)党组织开展了常规巡察。\n一、东山县东城镇党委\n反馈问题:后备力量不足。\n"
    )
    assert notice.title == "十二届青原州党委第五轮巡察7个乡镇(街道)整改进展情况"
    assert notice.inspection is not None
    assert notice.inspection.round == "十二届青原州党委第五轮"
