"""The one grammar of a title: the words a title ends on, the shape of a title line, and what makes it the
title of a notice.

The cleaner (:mod:`xuncha._text`) keeps a line shaped like a title (:data:`TITLE_LINE`: 政府工作报告,
关于…的通报) apart from its neighbours; the parser's layout (:mod:`xuncha.parsing._layout`) takes as the notice's
title the first such line that names its subject or an inspection (:func:`is_notice_title`: 关于…, 巡察…; a web
page's 通知公告 menu is none); the chrome tests (:mod:`xuncha._chrome`) spare most lines the pattern by looking
for :data:`KINDS` first. All of them read the grammar written here.

>>> is_notice_title("中共某县委关于巡察整改情况的通报（2023年12月25日）"), is_notice_title("通知公告")
(True, False)
>>> is_notice_title("巡 察 公 告——十三届市委第一轮巡察"), is_notice_title("通知公告——2022-03-24")
(True, False)
>>> TITLE_LINE.match("镇政府2016工作报告") is not None, TITLE_LINE.match("已完成整改的情况") is not None
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from xuncha._lazy import LazyPattern

__all__ = [
    "DOCUMENT_TITLE",
    "INSPECTION_WORDS",
    "KINDS",
    "TITLE",
    "TITLE_ENDINGS",
    "TITLE_LINE",
    "inspection_reading",
    "is_notice_title",
    "is_title_line",
]

#: The words a title ends on, naming what the document is (情况 and 说明 only after 关于: 关于…整改情况, 关于…的
#: 情况说明).
KINDS: Final = ("通报", "通告", "公告", "公示", "报告", "情况", "说明")
_AFTER_GUANYU_ONLY: Final = ("情况", "说明")
_NAMED = "|".join(kind for kind in KINDS if kind not in _AFTER_GUANYU_ONLY)
#: Every word a title may end on: KINDS, and 公开 after 关于 (关于巡视集中整改情况的公开) and 方案 after 关于 or
#: after an inspection's rectification (…督察反馈意见整改方案), which are none of KINDS because the layout looks for
#: those in a line of any kind (a breadcrumb's 信息公开 ends no title, nor does a heading's 实施方案). The fast tests
#: that spare the title grammar most lines (xuncha._chrome.could_be_title, the cleaner's title test) look for these.
TITLE_ENDINGS: Final = (*KINDS, "公开", "方案")
_AFTER_GUANYU = "|".join(TITLE_ENDINGS)
# How every title TITLE matches ends: on the word of its kind, or on the bracket of a date or number after it (one
# look at a line's end refuses most lines, where the pattern tries its starts and backtracks over each).
_TITLE_LAST: Final = (*TITLE_ENDINGS, "）", ")")
# A character of a title's words: no clause break (a title has none); at its start no breadcrumb arrow either.
_IN_A_TITLE = "[^，,。；;：:！!？?、]"
_TITLE_OPENS = "[^，,。；;：:！!？?、>＞»]"
_TITLE = (
    rf"(?:.{{0,40}}关于.{{0,80}}(?:{_AFTER_GUANYU})"  # 关于…的通报, 关于…整改情况
    # the rectification of an inspection named by its round or committee: 十二届某州党委第五轮巡察7个乡镇(街道)
    # 整改进展情况 (a bare 巡察整改情况 is a site's menu item)
    rf"|{_TITLE_OPENS}{{0,60}}[轮届委](?:巡视|巡察){_IN_A_TITLE}{{0,40}}整改(?:工作)?(?:进展|落实)?情况"
    # the plan of the rectification of an inspection's feedback: 某市贯彻落实省生态环境保护督察反馈意见整改方案(公开版)
    # (a bare 巡察整改方案 is a site's menu item)
    rf"|{_TITLE_OPENS}{{0,60}}(?:巡视|巡察|督察){_IN_A_TITLE}{{0,30}}反馈{_IN_A_TITLE}{{0,20}}"
    r"整改(?:工作)?(?:实施)?方案"
    rf"|.{{0,100}}(?:{_NAMED}))"  # 巡察公告, 政府工作报告, 某某单位党委巡察整改进展情况通报
    r"(?:[ \t\u3000]*[（(][^（）()]{1,20}[）)])?"  # a date or a number after it: （2023年12月25日）
)
#: A title, matched whole (``fullmatch``).
TITLE: Final = LazyPattern(_TITLE)
#: A document named in a notice by its title in 《》 (a measure's basis, a plan the opening cites).
DOCUMENT_TITLE: Final = LazyPattern(r"《[^《》\n]{1,100}》")
#: A line shaped like a title, with the spaces after it (``match``).
TITLE_LINE: Final = LazyPattern(rf"{_TITLE}[ \t\u3000]*$")
#: The words of an inspection: 巡视 (by the centre and the provinces), 巡察 (by cities and counties), 巡查, the
#: review of the same form that health commissions hold of hospitals (大型医院巡查, 第一巡查组) and higher courts of
#: lower ones, and 督察, the ecological-environment inspection of the same form (中央第三生态环境保护督察组 进驻,
#: 反馈督察意见, 整改落实情况公开). The fact grammars (:mod:`xuncha.parsing._facts`, ``_target``,
#: ``_inspection_dates``) spell 巡视 and 巡察 and read 巡查 and 督察 as 巡察 (:func:`inspection_reading`).
INSPECTION_WORDS: Final = ("巡视", "巡察", "巡查", "督察")
# A notice's title names what it reports on (关于…) or the inspection it follows (巡视, 巡察, 巡查).
_NAMES_ITS_SUBJECT: Final = re.compile("|".join(("关于", *INSPECTION_WORDS)))
# An announcement's headline names the stage its inspection reached, and may add what is attached:
# 十四届县委第七轮巡察完成进驻(附各巡察组联系方式), 省委第一巡视组进驻某市. (Not the cleaner's title-line grammar:
# such a line needs no keeping apart from its neighbours.)
_HEADLINE: Final = LazyPattern(
    rf"[^，,。；;：:！!？?]{{0,40}}(?:{'|'.join(INSPECTION_WORDS)})[^，,。；;：:！!？?]{{0,20}}?"
    r"(?:完成进驻|全面进驻|进驻|启动)[^，,。；;：:！!？?（）()]{0,16}"
    r"(?:[ \t\u3000]*[（(][^（）()]{1,20}[）)])?"
)


# A title joined by a dash to the inspection it announces: 巡察公告——十三届市委第一轮巡察, its head often spaced
# out (巡 察 公 告——…). The head is a title (spaces aside), the words after the dash name an inspection.
_DASHED: Final = LazyPattern(
    r"(?P<head>[^—－\-\n]{2,60}?)[ \t\u3000]*(?:——|—|－－|--)[ \t\u3000]*(?P<tail>[^，,。；;：:！!？?—\n]{2,40})"
)


def inspection_reading(folded: str) -> str:
    """``folded`` with 巡查 and 督察 read as 巡察, one character for one (offsets stay valid), for the grammars that
    spell the inspection words 巡视 and 巡察 only."""
    if "巡查" in folded:
        folded = folded.replace("巡查", "巡察")
    return folded.replace("督察", "巡察") if "督察" in folded else folded


def is_title_line(line: str) -> bool:
    """Whether ``line`` is shaped like a title (:data:`TITLE_LINE`: a title, then spaces to its end)."""
    return line.rstrip(" \t\u3000\n").endswith(_TITLE_LAST) and TITLE_LINE.match(line) is not None


def is_notice_title(text: str, start: int = 0) -> bool:
    """Whether ``text[start:]`` is, whole, the title of a notice: shaped like a title and naming its subject."""
    if text.endswith(_TITLE_LAST) and TITLE.fullmatch(text, start) is not None:
        return _NAMES_ITS_SUBJECT.search(text, start) is not None
    if _HEADLINE.fullmatch(text, start) is not None:
        return True
    dashed = _DASHED.fullmatch(text, start) if "—" in text or "－" in text or "-" in text else None
    return (
        dashed is not None
        and _NAMES_ITS_SUBJECT.search(inspection_reading(dashed.group("tail"))) is not None
        and TITLE.fullmatch("".join(dashed.group("head").split())) is not None
    )
