"""The tense of the sentence around a date without a year: whether it is last year's, this year's or next.

A notice speaks of what was done (已, 了) and of what is planned (计划, 力争 …); a date written without its
year moves by a year when its sentence says so. See :func:`tense_shift` for the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from xuncha import _cues
from xuncha.dates._context import AFTER, BEFORE, ON, RANGE, SINCE
from xuncha.dates._pieces import AIMS_BEFORE_TO
from xuncha.models import Relation

# Words that say a sentence speaks of a plan (so a date after the text is meant) or of something done.
# Every group of the cue table: any word of plan, future or target points the sentence forward.
PLAN_WORDS: Final = re.compile(_cues.AHEAD)
# A word of plan right before a date: 计划3月, 预计于6月, 力争年底.
_PLAN_BEFORE: Final = re.compile(_cues.PLAN_BEFORE_A_TIME)
_PLAN_LAST_CHARACTERS: Final = _cues.PLAN_BEFORE_A_TIME_LAST
# The aspect of a finished action (已, 曾, 了 after a verb), from the cue table; not the verbs of completion: 年底前完成
# may be a plan.
PAST_WORDS: Final = re.compile(_cues.DONE)
NEAR_FUTURE: Final = dt.timedelta(days=61)
# The days just after the reference that a page announces rather than reports: published after what it reports,
# a page does not speak of a day one year less a week ago, but an announcement (巡察公告, dated the 13th) names
# the coming days ("于5月14日进驻"). A range reported done (…进行了巡察) that ends later than that began last year.
_COMING_DAYS: Final = dt.timedelta(days=7)
# The days after the reference that a single day told after 于 may be announced for: a meeting's notice names
# its days up to two weeks ahead ("于1月15日下午报到", "18日上午返回" in a notice of 7 January), and a page does not
# report a day one year less two weeks before it.
_ANNOUNCED_DAYS: Final = dt.timedelta(days=14)
# Where a sentence ends (also read by the scan: a day inside a sentence needs a date of its sentence before it).
SENTENCE_END: Final = re.compile(r"[。！!？?；;\n]")
# Words of plan, intent, next steps or the future: a target (确保) may stand beside a report in its sentence.
_PLAN_NOT_TARGET: Final = re.compile(f"{_cues.PLAN}|{_cues.INTENT}|{_cues.NEXT}|{_cues.FUTURE}")
_CLAUSE_END: Final = re.compile(r"[，,。！!？?；;\n]")


# How far around a match its sentence is looked for.
_SENTENCE_REACH: Final = 80


def _sentence_start(match: re.Match[str]) -> int:
    """Where the sentence of a match starts, at most _SENTENCE_REACH characters before it."""
    start = match.start()
    low = max(0, start - _SENTENCE_REACH)
    found = SENTENCE_END.search(match.string[low:start][::-1])
    return low if found is None else start - found.start()


def sentence(match: re.Match[str]) -> str:
    """The sentence around a match (at most 80 characters either side), where words of tense are looked for."""
    text = match.string
    high = min(len(text), match.end() + _SENTENCE_REACH)
    after = SENTENCE_END.search(text, match.end(), high)
    return text[_sentence_start(match) : high if after is None else after.start()]


def speaks_of_a_plan(match: re.Match[str]) -> bool:
    """Whether a word of plan comes before a date in its sentence or in the date's own clause (计划2026年上半年
    完成, 2025年6月计划投用): the date is a plan's. Words of aim in a later clause (召开2025年第一季度经营分析会，
    总结…，确保全面完成…) set the aims of what the date reports, which stays reported."""
    text = match.string
    clause_end = _CLAUSE_END.search(text, match.end(), match.end() + _SENTENCE_REACH)
    high = min(len(text), match.end() + _SENTENCE_REACH) if clause_end is None else clause_end.start()
    return PLAN_WORDS.search(text, _sentence_start(match), high) is not None


def names_a_target(match: re.Match[str]) -> bool:
    """Whether a date after 到 is a target's deadline rather than the end of a span up to it: 到 after a verb of
    aim (力争到2025年底), the clause the date opens names its goal (到2019年与全省同步建成小康社会的目标), or
    the paragraph it opens stands under a heading that names the goals (二、整改目标⏎到2020年，…)."""
    text, at = match.string, match.start("prefix")
    if text.endswith(AIMS_BEFORE_TO, 0, at):
        return True
    end = _CLAUSE_END.search(text, match.end(), match.end() + 60)
    if text.find("目标", match.end(), match.end() + 60 if end is None else end.start()) >= 0:
        return True
    return _under_a_goals_heading(text, at)


# The last words of a heading over a plan's goals (二、整改目标, （二）工作目标, 目标任务).
_GOALS_HEADING_ENDS: Final = ("目标", "目标任务")


def _under_a_goals_heading(text: str, at: int) -> bool:
    """Whether ``at`` opens a paragraph (spaces aside) whose previous line, a short heading, names the goals."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(" \t\u3000\xa0"):
        return False
    previous_end = line_start - 1
    while previous_end > 0 and text[previous_end - 1] in " \t\u3000\xa0\r\n":
        previous_end -= 1  # (the blank lines between)
    previous_start = text.rfind("\n", max(0, previous_end - 40), previous_end) + 1
    heading = text[previous_start:previous_end].rstrip("：:")
    return 0 < previous_end - previous_start <= 40 and heading.endswith(_GOALS_HEADING_ENDS)


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
    if deadline and relation is ON and start is not None and start > ref + NEAR_FUTURE:
        return _last_one_if_reported_done(match)
    if relation is BEFORE:
        if end is None:
            return 0
        if end < ref:
            return 0 if PAST_WORDS.search(sentence(match)) else 1
        if end > ref + NEAR_FUTURE:
            return _last_one_if_reported_done(match)
        return 0
    if relation is AFTER:
        return 0
    first = start if start is not None else end
    if relation is RANGE and start is not None and (start.month, start.day) == (1, 1):
        # A span from 1 January (1-10月, 1月至10月, 前10个月) is a year-to-date figure's, reported once it ends:
        # its end, not its start, says whether it lies after the text.
        first = end
    if first is not None and first > ref + NEAR_FUTURE:
        return 0 if PLAN_WORDS.search(sentence(match)) else -1
    if first is not None and first > ref + _ANNOUNCED_DAYS and relation is ON and _reported_on_the_day(match):
        return -1
    if (
        relation is RANGE
        and end is not None
        and end > ref + _COMING_DAYS
        and first is not None
        and first > ref  # (one that began before the text may still be under way)
        and PAST_WORDS.search(words := sentence(match))
        and not PLAN_WORDS.search(words)
    ):
        # A range that begins after the text, in a sentence that reports it done ("12月28日至1月17日，巡察组进行了
        # 巡察" in a notice of late December, "3月13日至4月28日…开展了巡察" in one of February): last year's.
        return -1
    at = match.start()
    if (
        relation is not SINCE
        and end is not None
        and end < ref
        and at > 0
        and match.string[at - 1] in _PLAN_LAST_CHARACTERS  # most dates follow no plan word: skip the search
        and _PLAN_BEFORE.search(match.string, max(0, at - 4), at)
        and not PAST_WORDS.search(sentence(match))
    ):
        return 1
    return 0


def scheduled(match: re.Match[str]) -> bool:
    """Whether a word of schedule or aim governs the 于 right before a match (会议将于4日开幕, 定于15日召开), or
    将在 comes before it: what the date will see is still to come."""
    text, at = match.string, match.start()
    if at >= 2 and text[at - 1] == "于":
        return text[at - 2] in _cues.SCHEDULE_BEFORE_YU
    return text.endswith("将在", 0, at)


# A weekly schedule's word: 本周 and 下周 after it in their sentence are any week's (每周五梳理下周工作).
_RECURRING_WEEKS: Final = "每周"


def in_a_weekly_schedule(match: re.Match[str]) -> bool:
    """Whether 每周 comes before a match in its sentence, outside a quoted name (本周 after “每周通报” is the
    circular's week)."""
    text = match.string
    at = text.rfind(_RECURRING_WEEKS, _sentence_start(match), match.start())
    return at >= 0 and not (at > 0 and text[at - 1] in "“\"'‘")


def _reported_on_the_day(match: re.Match[str]) -> bool:
    """Whether a date just after the reference reports when something took place: written after 于 that no
    word of schedule, instruction or aim governs (镇党委于2月7日召开, 已于; not 定于, 请于, 将于), in a sentence
    with no word of plan or future and a clause with no target either (a target in another clause, 确保…,
    sets an aim beside work done). A notice of January so speaks of last February, not of next month."""
    text, at = match.string, match.start()
    if at == 0 or text[at - 1] != "于" or (at >= 2 and text[at - 2] in _cues.SCHEDULE_BEFORE_YU):
        return False
    if _PLAN_NOT_TARGET.search(sentence(match)):
        return False
    low = max(0, at - 40)
    found = _CLAUSE_END.search(text[low:at][::-1])
    if found is not None:
        low = at - found.start()
    after = _CLAUSE_END.search(text, match.end(), match.end() + 40)
    return PLAN_WORDS.search(text[low : match.end() + 40 if after is None else after.start()]) is None


def _last_one_if_reported_done(match: re.Match[str]) -> int:
    """-1 (last year's) for a date far ahead whose sentence reports it done (已于年底前完成) and plans nothing;
    0 otherwise."""
    words = sentence(match)
    return -1 if PAST_WORDS.search(words) and not PLAN_WORDS.search(words) else 0
