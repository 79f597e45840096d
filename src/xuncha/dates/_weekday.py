"""The weekday a text prints in brackets after a day (4月28日(星期日), 2月24日（週六）, 1月5日(礼拜五)).

One reading for the two that ask it: resolution, where a printed weekday names the year of a day written without
one (:func:`xuncha.dates._resolve.resolve`), and the checker, which reports a weekday that is not the day's
(:mod:`xuncha.checks.chronology`).
"""

from __future__ import annotations

import re
from typing import Final

from xuncha._fold import fold

__all__ = ["WEEKDAY_CHARACTERS", "WEEKDAY_GLOSS", "printed_weekday", "weekday_number"]

# The weekdays after 周, 星期 or 礼拜, Monday first; 天 is Sunday as 日 is (周天, 星期天).
_WEEKDAYS: Final = "一二三四五六日"
#: The characters that name a weekday after 周, 星期 or 礼拜 (a class's contents).
WEEKDAY_CHARACTERS: Final = _WEEKDAYS + "天"

#: A weekday in brackets as it follows a day ((星期日), （周六）, (礼拜五); on the folded text: 週 is 周, 禮拜 礼拜),
#: for the date grammar too (8日(周一): a lone day that its weekday makes a date).
WEEKDAY_GLOSS: Final = rf"[ \u3000]?[(（](?:星期|周|礼拜)[{WEEKDAY_CHARACTERS}][)）]"
_WEEKDAY_AFTER_A_DAY: Final = re.compile(f"[日号]{WEEKDAY_GLOSS}")
# The characters the bracket and its weekday take at most after the day (日 (星期六)).
_GLOSS_REACH: Final = 8
# What may follow a day's 日 or 号 before a weekday's bracket: a space at most (one look refuses most dates).
_BEFORE_A_GLOSS: Final = frozenset(" \u3000(（")


def weekday_number(character: str) -> int:
    """The weekday a character names after 周, 星期 or 礼拜: Monday 0 … Sunday 6 (日 and 天)."""
    return 6 if character == "天" else _WEEKDAYS.index(character)


def printed_weekday(text: str, start: int, end: int) -> int | None:
    """The weekday (Monday 0) printed in brackets after the first day that the date ``text[start:end]`` writes
    with its month, or None: none is printed there, or the date writes no day, or a day without its month (a
    lone 22日's month is read from the text around it, not written). ``text`` may be folded or not."""
    day = min(
        (at for at in (text.find("日", start, end), text.find("号", start, end)) if at >= 0), default=-1
    )
    if day < 0 or text[day + 1 : day + 2] not in _BEFORE_A_GLOSS or text.find("月", start, day) < 0:
        return None
    printed = _WEEKDAY_AFTER_A_DAY.match(fold(text[day : day + _GLOSS_REACH]))
    # (the weekday is the character before the closing bracket)
    return None if printed is None else weekday_number(printed.group()[-2])
