"""The tense of the sentence around a date without a year: whether it is last year's, this year's or next.

A notice speaks of what was done (已, 了) and of what is planned (计划, 力争 …); a date written without its
year moves by a year when its sentence says so. See :func:`tense_shift` for the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from xuncha.models import Relation

# Words that say a sentence speaks of a plan (so a date after the text is meant) or of something done.
PLAN_WORDS: Final = re.compile(
    r"计划|预计|力争|争取|拟|将(?:于|在|要|开展|进一步|持续|继续|全面|启动|推进|完成|组织)|即将|确保|预期|有望"
    r"|下一步|届时|待|要在|要于|目标"
)
# A word of plan right before a date: 计划3月, 预计于6月, 力争年底.
_PLAN_BEFORE: Final = re.compile(r"(?:计划|预计|力争|争取|拟|将|确保|预期)(?:于|在|到)?$")
_PLAN_LAST_CHARACTERS: Final = frozenset("划计争取拟将保期于在到")
PAST_WORDS: Final = re.compile(r"已|(?<![为除])了(?!解)|曾")
NEAR_FUTURE: Final = dt.timedelta(days=61)
_SENTENCE_END: Final = re.compile(r"[。；;\n!?！？]")


def sentence(match: re.Match[str]) -> str:
    """The sentence around a match (at most 80 characters either side), where words of tense are looked for."""
    text = match.string
    low, high = max(0, match.start() - 80), min(len(text), match.end() + 80)
    found = _SENTENCE_END.search(text[low : match.start()][::-1])
    if found is not None:
        low = match.start() - found.start()
    after = _SENTENCE_END.search(text, match.end(), high)
    return text[low : high if after is None else after.start()]


def holiday_looks_back(match: re.Match[str], suffix: str | None) -> bool:
    """Whether a holiday without a year that lies months after the text means the last one instead.

    春节前 and 国庆节后 look ahead to the next festival, but a report of something done ("春节前，走访慰问了…"
    in March, "国庆节后，全面开展自查自纠" in December) speaks of the one just passed: a deadline when its
    sentence has a word of completion, a start after a holiday unless its sentence has a word of plan.
    """
    words = sentence(match)
    if PLAN_WORDS.search(words):
        return False
    return suffix in ("后", "之后", "以后") or PAST_WORDS.search(words) is not None


def tense_shift(
    match: re.Match[str],
    relation: Relation,
    start: dt.date | None,
    end: dt.date | None,
    ref: dt.date,
    *,
    deadline: bool = False,
) -> int:
    """How many years a date without a year moves from the reference year, by the tense of its sentence.

    A reported event months after the text was written is last year's (a notice of March speaking of
    "11月11日…反馈了"); a deadline that has passed is next year's ("3月底前" in December) unless the sentence
    says it was met (已, 了), and one far ahead is last year's when the sentence says so ("已于年底前完成" in
    January); a passed date right after a word of plan is next year's ("计划3月完成" in December). A date
    in the next two months keeps the reference year (国庆节前后 in September). The date tests come first:
    the sentence is read only for the few dates that cross the reference date.

    A deadline word (``deadline``: 年底, 年中, 9月底, 三季度末) that lies ahead looks forward even without 前:
    "年底全部完成" in a June notice is this December, unless the sentence reports it done (已, 了: the last
    one). One already passed ("10月底，全部完成整改" in December) is read as a bare date: a report.
    """
    if deadline and relation is Relation.ON and start is not None and start > ref + NEAR_FUTURE:
        words = sentence(match)
        return -1 if PAST_WORDS.search(words) and not PLAN_WORDS.search(words) else 0
    if relation is Relation.BEFORE:
        if end is None:
            return 0
        if end < ref:
            return 0 if PAST_WORDS.search(sentence(match)) else 1
        if end > ref + NEAR_FUTURE:
            words = sentence(match)
            return -1 if PAST_WORDS.search(words) and not PLAN_WORDS.search(words) else 0
        return 0
    if relation is Relation.AFTER:
        return 0
    first = start if start is not None else end
    if first is not None and first > ref + NEAR_FUTURE:
        return 0 if PLAN_WORDS.search(sentence(match)) else -1
    at = match.start()
    if (
        relation is not Relation.SINCE
        and end is not None
        and end < ref
        and at > 0
        and match.string[at - 1] in _PLAN_LAST_CHARACTERS  # most dates follow no plan word: skip the search
        and _PLAN_BEFORE.search(match.string, max(0, at - 4), at)
        and not PAST_WORDS.search(sentence(match))
    ):
        return 1
    return 0
