"""A finding's text split into its measures (一是…, 第一…, ①…, （1）…, 针对…问题…, 下一步…), and what each says.

The numbered measure markers come from the one marker grammar (:mod:`xuncha._markers`); this module adds the
two ways a measure starts without a number (a topic, "针对…问题", and "下一步") and reads a measure's modality
(done, ongoing, planned), its deadline, its run-in lead and the documents it cites, and a finding's status.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

from xuncha import _cues
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._markers import MEASURE_FIRST_CHARACTERS, MarkerKind, marker_of, measure_marker_pattern
from xuncha._titles import DOCUMENT_TITLE
from xuncha._trusted_document import _trusted_measure
from xuncha.models import Measure, Modality, Period, Quantity, Relation, Span, Status
from xuncha.parsing._figures import Owner, Range


class MeasureDraft(Owner):
    """A measure being read: where it starts, its marker, the pieces of text it holds."""

    __slots__ = ("kind", "marker", "ordinal", "pieces", "planned_context", "start")

    def __init__(self, ordinal: int, marker: str | None, start: int, kind: str) -> None:
        # Owner's two fields, set here rather than through Owner.__init__: a measure is made for every marker.
        self.quantities: Sequence[Quantity] = ()
        self.periods: Sequence[Period] = ()
        self.ordinal = ordinal
        self.marker = marker
        self.start = start
        self.kind = kind
        self.pieces: list[tuple[int, int]] = []
        self.planned_context = False


# A numbered marker starts a clause (after a comma too: "主要措施，一是…，二是…"); a topic or 下一步 starts a
# sentence. The lookahead lists the characters a match can start with: it lets the regex engine skip to
# candidates instead of trying every alternative at every position (several times faster).
@functools.cache
def _measure_start() -> re.Pattern[str]:
    return re.compile(
        rf"(?=[ \t\u3000{MEASURE_FIRST_CHARACTERS}针关下])(?:"
        rf"{measure_marker_pattern()}"
        r"|(?:(?:^|(?<=[。；;！？!?：:]))[ \t\u3000]*"
        r"(?:(?P<topic>(?:针对|关于)[^。；;，,：:]{1,40}?问题)"
        r"|(?P<next>下一步)(?=[，,：:、]|将|要|我们|继续|持续))))"
    )


# The families of numbered measures: each counts 1, 2, 3 … on its own.
_FAMILY = {
    MarkerKind.NUMERAL_SHI: "shi",
    MarkerKind.ORDINAL: "di",
    MarkerKind.CIRCLED: "circled",
    MarkerKind.PAREN_DIGIT: "paren",
}


def split(
    text: str, folded: str, pieces: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[MeasureDraft], bool]:
    """A finding's pieces of text as (its own pieces, its measures, whether a 下一步 is still in force at the end).

    A numbered marker counts only when it continues its family (一是 after nothing or after 一是…, 二是 after
    一是): "二是" inside a sentence that never had a 一是 is text.
    """
    pattern = _measure_start()
    own: list[tuple[int, int]] = []
    measures: list[MeasureDraft] = []
    last_number = {"shi": 0, "di": 0, "circled": 0, "paren": 0}
    planned_context = False
    owner_pieces = own  # text goes to the finding until its first measure starts
    for start, end in pieces:
        cursor = start
        for match in pattern.finditer(folded[start:end]):
            group = match.lastgroup
            if group in ("topic", "next"):
                kind, value = group, 0
            else:
                marker = marker_of(match)
                if marker is None:
                    continue
                kind, value = _FAMILY[marker.kind], marker.ordinal
                if value not in (last_number[kind] + 1, 1):
                    continue
                last_number[kind] = value
            whole = match.group()
            head = start + match.start() + len(whole) - len(whole.lstrip(" \t\u3000"))
            # the marker as written: the match read the folded text, the marker is sliced from the text
            # After 下一步 the following numbered points are plans too, until a new problem is taken up.
            planned_context = kind == "next" or (planned_context and kind != "topic")
            if kind in last_number:
                body_start = start + match.end()
                measure = MeasureDraft(value, text[head:body_start], head, kind)
            else:
                body_start = head
                measure = MeasureDraft(len(measures) + 1, None, head, kind)
            measure.planned_context = planned_context
            if cursor < head:
                owner_pieces.append((cursor, head))
            measures.append(measure)
            owner_pieces = measure.pieces
            cursor = body_start
        if cursor < end:
            owner_pieces.append((cursor, end))
    # (No piece is empty: each is added only when it holds a character.)
    return own, measures, planned_context


def ranges_of(measures: Sequence[MeasureDraft]) -> list[Range]:
    return [(s, e, measure) for measure in measures for s, e in measure.pieces]


def join(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    """The pieces of text, trimmed, one line each."""
    if len(pieces) == 1:  # most parts and measures are one piece
        start, end = pieces[0]
        return text[start:end].strip(_TRIMMED)
    return "\n".join(stripped for s, e in pieces if (stripped := text[s:e].strip(_TRIMMED)))


_TRIMMED = " \t\r\n\u3000\xa0"


def freeze(
    draft: MeasureDraft,
    text: str,
    span_of: Callable[[int, int], Span],
    reference: dt.date | None,
    fold_text: Callable[[str], str] = fold,
) -> Measure:
    """The measure ``draft`` describes; ``fold_text`` folds its body (the Freezer passes one that returns a
    text without foldable characters as it is)."""
    body = join(text, draft.pieces)
    modality = _modality(fold_text(body), draft.kind, draft.planned_context)
    if (
        modality is Modality.DONE
        and reference is not None
        and _announced_ahead(body, draft.periods, reference)
        and not _DONE_ASPECT.search(body)
    ):
        # 按计划于2024年6月底前完成, 2024年3月底前完成清退 in a notice of December 2023: the time still lies
        # ahead, so the verb of completion (完成, 办结 …) after it, which carries no tense, announces a plan.
        modality = Modality.PLANNED
    deadline = _deadline(draft.periods, reference) if modality is Modality.PLANNED else None
    end = draft.pieces[-1][1] if draft.pieces else draft.start
    # Every field comes from the parser, valid by construction (see _trusted_document._trusted_measure).
    return _trusted_measure(
        ordinal=max(1, draft.ordinal),
        text=body,
        marker=draft.marker,
        lead=_lead(body) if draft.marker is not None else None,
        modality=modality,
        deadline=deadline,
        documents=tuple(match.group() for match in DOCUMENT_TITLE.finditer(body)) if "《" in body else (),
        quantities=tuple(draft.quantities),
        periods=tuple(draft.periods),
        span=span_of(draft.start, end),
    )


# --------------------------------------------------------------------------- what a measure says

# The words of what is done, from the cue table: the aspect of a finished action (已, 曾, 了 after a verb) and the
# verbs of completion (完成, 建成 …), which _GOAL_BEFORE below can make an aim. Every branch starts with a literal
# character, so the regex engine skips straight to candidates (the lookbehind after 了 rather than before it: five
# times faster over a notice).
_DONE = LazyPattern(f"{_cues.DONE}|{_cues.COMPLETION}")
_DONE_ASPECT = LazyPattern(_cues.DONE)  # 已, 曾, 了: done whatever time the measure names
_COMPLETION = LazyPattern(_cues.COMPLETION)
_ONGOING = LazyPattern(r"正在|正加快|加快|持续|不断")
# Words that make a measure a plan, from the cue table. Inside a sentence 计划 is a plan only before a time or a
# verb (搬迁计划 is a noun), opening a measure it always is; so is a word of intent or 下一步, while the future
# tense (将于…) counts only when no word says the work is done or under way. Targets (确保…) are goals, read by
# _GOAL_BEFORE below, not plans.
_PLAN_WORDS = f"{_cues.NEXT}|{_cues.INTENT}"
_PLANNED = LazyPattern(f"{_PLAN_WORDS}|{_cues.FUTURE}|{_cues.PLAN}{_cues.PLAN_AS_VERB}")
_PLANNED_START = LazyPattern(rf"[ \t\u3000]*(?:{_PLAN_WORDS}|{_cues.PLAN})")
# 原计划…完成 (the original plan) reports a plan whose outcome it does not give: a plan, unless a word says done.
_FORMER_PLAN = LazyPattern(f"{_cues.FORMER_PLAN}{_cues.PLAN_AS_VERB}")

_STATUS_CUES = LazyPattern(
    r"(?=[基已均全完整正长持尚未暂])(?:"
    r"(?P<basically_completed>基本完成(?:整改)?|基本整改到位)"
    r"|(?P<completed>(?:已|均已|全部|均)?(?:完成整改|整改完成|整改完毕|整改到位|整改销号)|(?:已|均已|全部)办结|均已整改|已全部整改|已整改"
    r"|(?:已|均已)(?:全部)?完成(?=[。；;]|$))"
    r"|(?P<in_progress>正在(?:办理|整改)|整改(?:进行)?中|持续整改)"
    r"|(?P<long_term>长期坚持|长期推进|持续推进中)"
    r"|(?P<not_completed>尚未(?:完成|整改|获批|到位)?|未获批|未完成整改|暂未))"
)
# A cue inside a clause that sets a goal or a plan states no status: 确保整改到位, 预计6月底前办结. The verbs of aim
# of the cue table (their bare words: 原计划…完成 is no report either), and verbs that urge or aim without being
# cues of a plan (推动, 督促, 要求 …: 督促整改到位 does not say when).
_GOAL_BEFORE = LazyPattern(
    "(?:" + "|".join((*_cues.AIM_VERBS, "推动", "督促", "要求", "以便", "直至", "为")) + ")[^。；;，,]*$"
)
# A half-width colon ends a heading too, unless it sits in a time of day (10:30): see split_heading.
_TERMINATOR = LazyPattern(r"[。！？；：!?;:]")
_OPENERS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』"}
_OPENER = LazyPattern(f"[{re.escape(''.join(_OPENERS))}]")  # most headings open none: counting is skipped


def status_of(text: str) -> Status:
    """The last status the text states; a cue after 确保/力争… is a goal, not a status."""
    found = Status.UNKNOWN
    for match in _STATUS_CUES.finditer(text):
        if not _GOAL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            found = Status(match.lastgroup)
    return found


def _modality(text: str, kind: str, planned_context: bool) -> Modality:
    """A measure's modality: planned when it opens with a word of plan (下一步, 计划, 力争 …); else done when a word
    of done is not an aim (已, 了, and 完成 except after 预计/确保/计划 … in its clause); else ongoing (正在, 持续 …);
    else planned when a word of plan or the future tense (将于) is in it, or 原计划 before a time (原计划6月底前完成:
    the plan is told, its outcome is not, and the models have no "unknown" modality, so a plan it stays; a done
    word after it, 已于5月完成, makes it done); else done, the report a notice mostly is."""
    if "《" in text:  # a title names a document: 《关于加快…的意见》 states no progress
        text = DOCUMENT_TITLE.sub("《》", text)
    if kind == "next" or _PLANNED_START.match(text):
        return Modality.PLANNED
    # 完成 after 预计/力争/确保… in the same clause is a goal, not something done.
    for done in _DONE.finditer(text):
        if not _GOAL_BEFORE.search(text, max(0, done.start() - 16), done.start()):
            return Modality.DONE
    if _ONGOING.search(text):
        return Modality.ONGOING
    if planned_context or _PLANNED.search(text) or _FORMER_PLAN.search(text):
        return Modality.PLANNED
    return Modality.DONE


def _announced_ahead(body: str, periods: Sequence[Period], reference: dt.date) -> bool:
    """Whether the measure names a time after the reference date (a deadline ending, or a date starting,
    later: nothing the notice reports done can lie there) with no verb of completion before that time (完成整改
    问题35个，剩余3个年底前完成 reports the first part done)."""
    for period in periods:
        if (period.relation is Relation.BEFORE and period.end is not None and period.end > reference) or (
            period.relation is Relation.ON and period.start is not None and period.start > reference
        ):
            at = body.find(period.text) if period.text else -1
            return at >= 0 and _COMPLETION.search(body, 0, at) is None
    return False


def _deadline(periods: Sequence[Period], reference: dt.date | None) -> Period | None:
    for period in periods:
        if period.relation is Relation.BEFORE:
            return period
    for period in periods:
        if period.relation is Relation.ON and (
            reference is None or period.end is None or period.end >= reference
        ):
            return period
    return None


def split_heading(text: str, start: int, end: int) -> int:
    """Where a run-in heading ends: just after its first sentence-final mark outside quotes and brackets."""
    limit = min(end, start + 200)
    position = start
    while True:
        match = _TERMINATOR.search(text, position, limit)
        if match is None:
            return end
        at = match.start()
        if text[at] == ":" and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            position = match.end()  # 10:30 is a time of day
            continue
        # Inside an open quote or bracket the mark belongs to the quotation: “…。” ends nothing here.
        if _OPENER.search(text, start, at) is None:
            return match.end()
        prefix = text[start:at]
        if all(prefix.count(opener) <= prefix.count(closer) for opener, closer in _OPENERS.items()):
            return match.end()
        position = match.end()


def _lead(text: str) -> str | None:
    # A run-in heading is short and a single clause: "严格落实“第一议题”和中心组学习制度。" A longer one is no lead,
    # so the heading is looked for in the first _LEAD_LONGEST + 1 characters only.
    end = split_heading(text, 0, min(len(text), _LEAD_LONGEST + 1))
    if end >= len(text) or text[end - 1] != "。":
        return None
    lead = text[:end]
    if len(lead) > _LEAD_LONGEST or _NOT_IN_LEAD.search(lead):
        return None
    return lead


_LEAD_LONGEST = 30
_NOT_IN_LEAD = LazyPattern("[，,;；0-9]")
