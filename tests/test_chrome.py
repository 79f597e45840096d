"""Web-page chrome (xuncha._chrome): the fast tests in front of the chrome grammar never turn away a line of it.

``is_chrome`` looks at a line's first character (``_CHROME_FIRST``) and for a hint character (``_CHROME_HINT``)
before it runs the grammar (``_CHROME_LINE``); both sets are written by hand beside the grammar. The test below
builds, from the grammar's own parse tree, a line of every shape it accepts (each alternative, each member of a
small character class, each optional part present and absent), so that a word added to the grammar without its
characters fails here rather than being silently never read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import xuncha
from xuncha import _chrome

# What a class that excludes characters ([^。]) stands for: a character no fast test knows.
_NEUTRAL = "某"


def _shape(line: str) -> tuple[str, bool, bool]:
    """What the fast tests see of a line: its first character, whether it holds 期, whether it holds a hint. Lines
    of one shape pass or fail the fast tests together, so one of each is built."""
    return line.lstrip(" \t\u3000")[:1], "期" in line, _chrome.has_chrome_hint(line)


def _one_of_each(lines: Iterable[str]) -> list[str]:
    kept: dict[tuple[str, bool, bool], str] = {}
    for line in lines:
        shape = _shape(line)
        if shape not in kept or len(line) < len(kept[shape]):
            kept[shape] = line
    return list(kept.values())


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[str]:
    lines = [""]
    for op, argument in items:
        lines = _one_of_each(a + b for a in lines for b in _node(op, argument))
    return lines


def _node(op: Any, argument: Any) -> list[str]:
    if op is sre.LITERAL:
        return [chr(argument)]
    if op in (sre.NOT_LITERAL, sre.ANY):
        return [_NEUTRAL]
    if op is sre.IN:
        if argument and argument[0][0] is sre.NEGATE:
            return [_NEUTRAL]
        members: list[str] = []
        for kind, value in argument:
            if kind is sre.LITERAL:
                members.append(chr(value))
            elif kind is sre.RANGE:
                members += [chr(value[0]), chr(value[1])]
            else:
                members.append(_NEUTRAL)
        return _one_of_each(members)
    if op is sre.SUBPATTERN:
        return _sequence(argument[-1])
    if op is sre.BRANCH:
        return _one_of_each(line for branch in argument[1] for line in _sequence(branch))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, inner = argument
        once = _sequence(inner)
        if low == 0:
            return _one_of_each(["", *once])
        lines = [""]
        for _ in range(low):
            lines = _one_of_each(a + b for a in lines for b in once)
        return lines
    raise AssertionError(f"the chrome grammar uses {op}, which this test does not build lines for")


def test_a_line_of_every_shape_of_the_grammar_passes_the_fast_tests() -> None:
    lines = [line for line in _sequence(sre_parse.parse(_chrome._CHROME_LINE.pattern)) if len(line) <= 160]
    accepted = [line for line in lines if _chrome._CHROME_LINE.fullmatch(line) and "。" not in line]
    assert len(accepted) > 50  # the builder reaches the grammar's alternatives
    assert [line for line in accepted if not _chrome.is_chrome(line)] == []


@pytest.mark.parametrize(
    "line", ["所在位置：首页 > 巡察工作", "您的位置/巡察工作", "当前页面/通知公告", "大 中 小"]
)
def test_lines_the_fast_tests_used_to_turn_away(line: str) -> None:
    assert _chrome._CHROME_LINE.fullmatch(line) is not None
    assert _chrome.is_chrome(line)


def test_a_word_count_and_a_reading_time_are_chrome() -> None:
    is_chrome = _chrome.is_chrome
    assert is_chrome("本文字数:1086字")
    assert is_chrome("3分钟")
    assert is_chrome("阅读时间：约5分钟")
    assert not is_chrome("会议持续30分钟")
    assert not is_chrome("30分钟内到达")


def test_a_date_widget_with_its_weekday_is_chrome() -> None:
    # A page's date widget prints the day it was seen and its weekday, a bar after it (4015): chrome, so its day
    # tells the story below it no year; a weekday alone, or a date in a sentence, is not.
    is_chrome = _chrome.is_chrome
    assert is_chrome("2024年11月23日 星期六 |")
    assert is_chrome("2024年11月23日 星期六")
    assert not is_chrome("星期六")
    assert not is_chrome("2024年11月23日星期六召开会议")
    text = "2024年11月23日 星期六 |\n\n来源:县电视台 日期:2020-03-26 16:52:10\n\n3月25日,我县召开交办会。"
    found = xuncha.extract_periods(text, reference=dt.date(2020, 3, 26))
    assert [(p.text, p.start) for p in found][-1] == ("3月25日", dt.date(2020, 3, 25))


def test_a_share_button_after_the_date_and_source_is_chrome() -> None:
    # A scraped page leaves the share widget's caption after the publication date and source (478): the line is
    # still chrome, so its date dates no inspection.
    is_chrome = _chrome.is_chrome
    assert is_chrome("发布日期:2022-03-24 信息来源:本网 分享按钮")
    assert is_chrome("发布时间：2023-11-20 分享到")
    assert is_chrome("发布日期:2022-03-24 分享")
    assert is_chrome("【字体：大 中 小】 【打印本页】 分享到：")
    assert is_chrome("发布者：管理员 发布时间：2023-06-24")
    assert not is_chrome("欢迎分享本次巡察的经验")
    assert not is_chrome("发布日期:2022-03-24 分享会议精神")


@pytest.mark.parametrize(
    "line",
    [
        "您现在位置: 首页 >> 巡察工作 >> 文章详情",
        "您现在的位置：首页 > 巡察工作",
        "您所在位置:首页>>通知公告",
        "当前所在位置：首页 > 新闻",
    ],
)
def test_a_breadcrumb_after_any_spelling_of_where_you_are_is_chrome(line: str) -> None:
    assert _chrome.is_chrome(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("温馨提示:", True),  # the notice's heading alone on its line
        ("【温馨提示】", True),
        ("1. 部分含有公式的文件,预览时可能显示异常,下载后即可正常查看。", True),
        ("- 2、本文档内容版权归属内容提供方。", True),
        ("3、如文档侵犯您的权益,请联系客服反馈。", True),
        ("温馨提示:请于年底前完成整改", False),  # a heading with a sentence after it is not the site's
        ("1. 下载整改台账模板,逐项填报。", False),  # one of the words: a notice may say it
        ("(二)规范文档管理,健全归档制度。", False),
    ],
)
def test_a_document_sites_notice_to_its_readers_is_told_by_its_words(line: str, expected: bool) -> None:
    assert _chrome.is_site_notice(line) is expected
