"""The words that say an action is planned or lies ahead, and those that say it is done: one table for all readers.

Three readers ask the same questions of different stretches of text:

- :mod:`xuncha.parsing._measures`: is this measure done, under way or planned (its modality)? Does a status
  word (整改到位) report a status or set a goal?
- :mod:`xuncha.dates._tense`: does the sentence around a date without a year speak of the future, or report
  something done, so that the date is next year's or last year's?
- :mod:`xuncha.checks.deadlines`: is the time in this clause announced as a plan, and not said to be met (and so
  overdue if past)?

Each group below is a regular-expression alternation without capturing groups, so that a reader can join the
groups it needs (AIM_VERBS is a tuple of literal words, joined by its readers). A guard that keeps a word from
being misread (拟定 drafts, 按计划 looks back, 了解 is no 了) is part of the word's spelling here, so that every
reader applies it.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AHEAD",
    "AIM_VERBS",
    "COMPARED_BEFORE_QIAN",
    "COMPLETION",
    "DONE",
    "FORMER_PLAN",
    "FUTURE",
    "INTENT",
    "NEXT",
    "PLAN",
    "PLAN_AS_VERB",
    "PLAN_BEFORE_A_TIME",
    "PLAN_BEFORE_A_TIME_LAST",
    "SCHEDULE_BEFORE_YU",
    "TARGET",
]

#: 计划, "plan to": 计划年底前完成. After 原 (the plan that was missed) or 按/照 (done as planned: 按计划, 按照计划)
#: it looks back, not forward: 按计划完成 reports the work done, and 按计划于2024年6月底前完成 is a plan only
#: because its time lies after the notice's date (a measure's verb of completion before a time still ahead
#: announces a plan, whatever word stands before it: see xuncha.parsing._measures.freeze). It is also a noun
#: (搬迁计划, 年度计划); a reader that looks through a whole measure adds PLAN_AS_VERB. (The word comes first, what
#: may not stand before it is looked behind for after it: a search skips to the words' first characters only when
#: every word of its pattern starts with one.)
PLAN: Final = r"计划(?<![原按照]计划)"
#: What follows 计划 when it is a verb inside a sentence: a time (计划于, 计划年底, 计划3月, 计划今年) or 将.
PLAN_AS_VERB: Final = r"(?=[于在将到至年月0-9今明])"

#: Verbs of intent, a plan wherever they stand: 预计 (expect to), 力争 and 争取 (strive to), 拟 (intend to).
#: 争取到 reports what was obtained (争取到资金500万元); 拟定 is to draft (拟定了《…办法》), except in 拟定于 (is
#: set for: 拟定于6月召开).
INTENT: Final = r"预计|力争|争取(?!到)|拟(?!定(?!于))"

#: 下一步 (next) opens what a notice plans; 待…后 (once … is done) makes an action wait for another.
NEXT: Final = r"下一步|待.{1,20}?后"

#: The future tense: 将 before a time or a verb of doing (将于, 将在, 将持续 …), 即将 (about to), 要在/要于 (is to
#: … by), 届时 (by then). 将 is also the object marker (将…纳入, "put … into"), so only these continuations count.
FUTURE: Final = r"将(?:于|在|要|开展|进一步|持续|继续|全面|启动|推进|完成|组织)|即将|要在|要于|届时"

#: Targets and expectations: 确保 (ensure, by a time), 预期 and 有望 (expected to), 目标 introducing the goal
#: (目标是…, 目标：…; 整改目标 and 年度目标任务 are nouns that say nothing of time). They set an aim beside work
#: that may already be done (制定了…办法，确保…), so a measure's modality does not read them.
TARGET: Final = r"确保|预期|有望|目标(?=[是为：:])"

#: Any word of PLAN, INTENT, NEXT, FUTURE or TARGET: the sentence or clause around it speaks of what lies ahead
#: (the guards keep 原计划, the plan that was missed, and 按计划, done as planned, from counting).
AHEAD: Final = f"{PLAN}|{INTENT}|{NEXT}|{FUTURE}|{TARGET}"

#: The verbs of aim: the verbs of PLAN, INTENT and TARGET and the bare 将, as literal words without their guards.
#: Two readers use them. A time right after one lies ahead (计划3月完成, 预计于6月, 力争年底, 将于10月: before a time
#: 将 is no object marker, and 争取到年底 strives for a time even though 争取到 before a thing reports it obtained).
#: A word of completion after one in the same clause is an aim, not a report (确保整改到位, 预计6月底前办结, and
#: 原计划6月底前完成 too: a plan, met or not, says nothing of what was done), so neither a measure nor a finding's
#: status reads it as done.
AIM_VERBS: Final = ("计划", "预计", "力争", "争取", "拟", "将", "确保", "预期")
#: The characters that, right before 于 and a time, make it a schedule or an instruction rather than a report:
#: 定于 (is set for), 请于, 须于, 应于, 需于, 要于, 务必于 (must, by), and the last characters of AIM_VERBS (将于,
#: 拟于, 计划于 …). After anything else (镇党委于2月7日召开, 已于, a clause opening with 于) 于 and a time report
#: when something took place.
SCHEDULE_BEFORE_YU: Final = frozenset("定请须应需要必") | frozenset(word[-1] for word in AIM_VERBS)
#: One of those words, with 于/在/到, ending the text searched (the few characters before a date).
PLAN_BEFORE_A_TIME: Final = (
    "(?:" + "|".join(PLAN if word == "计划" else word for word in AIM_VERBS) + ")(?:于|在|到)?$"
)
#: The characters PLAN_BEFORE_A_TIME can end with: most dates follow none, and testing one character is cheaper
#: than the search.
PLAN_BEFORE_A_TIME_LAST: Final = frozenset(word[-1] for word in AIM_VERBS) | frozenset("于在到")

#: 原计划 (the original plan; 按原计划, 按照原计划): a plan whose outcome the words do not give (it was missed, moved,
#: or its result is told after it: 原计划6月底前完成，已于5月完成). It sets no time ahead (PLAN leaves it out), but
#: the work it names is not reported done either; a measure reads it as a plan unless a word of DONE says
#: otherwise. Like 计划, it is a verb only before a time or 将 (PLAN_AS_VERB): 对原计划进行调整 names the plan.
FORMER_PLAN: Final = r"原计划"

# --------------------------------------------------------------------------- the words of what is done

#: The aspect of a finished action, whatever verb it follows: 已 (already: 已完成, 已于3月), 曾 (once: 曾多次督办)
#: and 了 after a verb (制定了, 完成了, 实现了). 为了 (in order to) and 除了 (besides) are not the aspect, nor 了解
#: (to learn about: 深入了解群众诉求); 曾某 (曾某某, a person) is a surname. A word of DONE after a word of plan
#: in the same clause says the plan was met (计划年底前完成，… 按计划已于年底前完成).
DONE: Final = r"已|曾(?!某)|了(?<![为除]了)(?!解)"
#: The verbs of completion: 完成, 建成, 办结, 到位. They carry no tense (计划年底前完成 plans it, 年底前完成 may
#: report it), so only a measure reads them, and as done only when no verb of aim (AIM_VERBS) governs them and
#: the measure names no time after the notice's date before them (2024年3月底前完成 in a notice of December 2023 is
#: a plan).
COMPLETION: Final = r"完成|建成|办结|到位"

# --------------------------------------------------------------------------- the words of comparison

#: The words after which a span named with 前 is the one before, compared with (比前一周, 较前一年, 与前一年相比,
#: 同前一期, 低于前一周): the date grammar reads 前一年 there as the year before the text's, and the figures' vetoes
#: read no count of one in 比前一周 (会前一周 and 换届前一年, after a noun, count from an event).
COMPARED_BEFORE_QIAN: Final = frozenset("比较与同于")
