"""What stands around a date and changes what it means: the small patterns that extraction and resolution
read beside a match of the grammar (:mod:`xuncha.dates._grammar`).

每 before a date makes it recurring, 以来/期间 after it an event's time, a dateline's 电/讯/消息 after a day
names the news's own date, 第N号 after it a document's number; 月底前 without a month is found by a pass of
its own. The line a date stands on tells whether it heads what follows (a year alone on its line) or names a
title's year (a short line with no sentence's marks).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from xuncha._lines import line_end_after, line_start_before

__all__ = [
    "CLAUSE_BREAK",
    "DATELINE",
    "DATELINE_FOLLOWS",
    "DOCUMENT_NUMBER",
    "RECURRING",
    "SINCE_EVENT",
    "VAGUE_SINCE",
    "alone_on_its_line",
    "month_end_deadline",
    "on_a_title_line",
]


@functools.cache
def month_end_deadline() -> re.Pattern[str]:
    """月底前 without a month: by the end of the reference month.

    Rare, so found by a pass of its own rather than by making every 月 in a text a place where the main
    expression is tried. The lookbehind comes after the 月 it guards so that the pattern starts with a
    literal, which the engine scans for (five times faster).
    """
    return re.compile(r"月(?<![0-9〇○零一二三四五六七八九十两本上下个每当同次]月)(?:底|末)(?:之前|以前|前)")


# Recurring dates (每年3月, 每月15日) name no particular period.
RECURRING: Final = re.compile(r"每[ \u3000]{0,2}(?:年|月|季度|周)?[ \u3000]{0,2}$")
# Time measured from or during an event (整改工作以来, 巡察进驻期间): kept with its text, no dates.
SINCE_EVENT: Final = re.compile(r"以来|期间")
# Durations with no event to start from, and periods named only by reference back: not periods at all.
VAGUE_SINCE: Final = frozenset(
    {"长期以来", "一直以来", "多年以来", "近年以来", "历年以来", "有史以来", "年以来",
     "此期间", "这期间", "在此期间", "在这期间", "同期间", "该期间", "其期间", "节日期间", "假期期间"}
)  # fmt: skip
# What follows a news dateline's day (新华社北京2月28日电, 据新华网4日消息): not 电话, 电费 …
DATELINE_FOLLOWS: Final = "电(?![话费量力脑视子器网源])|讯|专讯|消息"
DATELINE: Final = re.compile(DATELINE_FOLLOWS)
# The number of a document after its year (某局2023年第45号公告): the year belongs to the number. Not the number
# of a journal's issue (《西藏发展论坛》2025年第5期, 今年第9期“民声通道”): the issue dates the text, and every page of
# the observed corpus that prints one annotates its year.
DOCUMENT_NUMBER: Final = re.compile(r"第[0-9〇○零一二三四五六七八九十百]{1,6}号")
CLAUSE_BREAK: Final = re.compile(r"[\s，,。；;：:、！!？?（）()“”\"'《》〈〉【】\[\]0-9]")


#: The longest line a title is, and the marks a title holds none of (a sentence's).
_TITLE_LONGEST: Final = 60
_SENTENCE_MARKS: Final = re.compile(r"[。，,；;！!？?]")


# What may pad a year alone on its line: spaces, a page's no-break spaces, a Windows line's \r.
_YEAR_LINE_PADDING: Final = frozenset(" \t\u3000\xa0\r")


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of its line but for spaces (looked for over the spaces only: a long
    line of years is not read again for each)."""
    return (
        line_start_before(text, start, _YEAR_LINE_PADDING) is not None
        and line_end_after(text, end, _YEAR_LINE_PADDING) is not None
    )


def on_a_title_line(text: str, at: int) -> bool:
    """Whether ``at`` lies on a line shaped like a title: short and with no sentence's marks (某市统计局2022年度政府
    信息公开工作报告, after any chrome lines; not 2022年，市统计局… nor a flattened page's one long line)."""
    start = text.rfind("\n", 0, at) + 1
    # (looked for a title's length on, not to the end of a flattened page's one line)
    end = text.find("\n", at, at + _TITLE_LONGEST + 1)
    end = min(len(text), at + _TITLE_LONGEST + 1) if end < 0 else end
    return end - start <= _TITLE_LONGEST and _SENTENCE_MARKS.search(text, start, end) is None
