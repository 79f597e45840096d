"""Deadlines: a planned measure, or a time announced with 计划/预计/力争 …, already due on the notice date."""

from __future__ import annotations

import array
import bisect
import re

from xuncha import _cues
from xuncha.checks._context import CLAUSE_END, Context, clause_before, quote
from xuncha.checks._registry import Code, Severity, rule
from xuncha.models import Measure, Modality, Relation, Span

__all__: list[str] = []

# Any word of plan, future or target announces the time after it.
_FUTURE_CUE = re.compile(_cues.AHEAD)
# The aspect of a finished action (已, 曾, 了 after a verb: 完成了, 建成了) after the cue says the plan was met; not a
# bare verb of completion (计划年底前完成 plans it).
_DONE_CUE = re.compile(_cues.DONE)


class _Clauses:
    """Where the clauses of a text end and where it says something is done, found once, so that asking about
    each deadline costs a bisection, not a scan to the end of its clause."""

    def __init__(self, text: str) -> None:
        self.text = text
        # (machine integers: as lists, 40 bytes a line break, on a text of line breaks 36 times its size)
        self.ends = array.array("q", (match.start() for match in CLAUSE_END.finditer(text)))
        self.done = array.array("q", (match.start() for match in _DONE_CUE.finditer(text)))

    def done_after(self, start: int) -> bool:
        """Whether the clause goes on, after ``start``, to say the thing is done (已, 完成了 …)."""
        index = bisect.bisect_left(self.ends, start)
        end = self.ends[index] if index < len(self.ends) else len(self.text)
        cue = bisect.bisect_left(self.done, start)
        return cue < len(self.done) and self.done[cue] < end

    def stated_as_future(self, start: int, end: int) -> bool:
        """Whether the time at ``text[start:end]`` is announced as a plan (计划年底前完成), not reported as met
        (按计划已于年底前完成)."""
        clause = clause_before(self.text, start)
        cue = _FUTURE_CUE.search(clause)
        if cue is None or _DONE_CUE.search(clause, cue.end()):
            return False
        return not self.done_after(end)


#: The periods a plan can name as its time: 年底前 (before), 2024年6月 (on: 力争2024年6月投入使用), a range.
_DEADLINE_RELATIONS = (Relation.BEFORE, Relation.ON, Relation.RANGE, Relation.UNTIL)


@rule(
    Code(
        "deadline-already-past",
        Severity.ERROR,
        "a planned measure (or a deadline after 计划/预计/力争/拟 …) was already due on the notice date",
    )
)
def check_past_deadlines(context: Context) -> None:
    """A planned measure, or a deadline stated with 计划/预计/力争 …, that was already due on the notice date."""
    notice, today = context.notice, context.date
    if notice is None or today is None:
        return
    clauses = _Clauses(context.text)

    def stated_as_future(span: Span) -> bool:
        return clauses.stated_as_future(context.clean(span.start), context.clean(span.end))

    reported: set[Span | int] = set()
    for node, path in context.parts():
        if not isinstance(node, Measure) or node.deadline is None:
            continue
        deadline = node.deadline
        if (
            context.source is not None
            and deadline.span is not None
            and deadline.relation is not Relation.BEFORE
            and not stated_as_future(deadline.span)
        ):
            # A measure in a 下一步 part may mention a past time (今年前三季度 … 增长8.6%) that is no deadline:
            # only a "…前" or a date after 计划/预计/力争 … is one.
            continue
        if node.modality is Modality.PLANNED and deadline.end is not None and deadline.end < today:
            key: Span | int = deadline.span if deadline.span is not None else id(deadline)
            reported.add(key)
            context.add(
                "deadline-already-past",
                f'planned measure due "{quote(deadline.text or deadline.end.isoformat())}" (by '
                f"{deadline.end.isoformat()}) is stated as future, but the notice is dated {today.isoformat()}",
                f"{path}.deadline",
                deadline.span or node.span,
            )
    if context.source is None:
        return
    for period in notice.iter_periods():
        if (
            period.span is None
            or period.span in reported
            or period.relation not in _DEADLINE_RELATIONS
            or period.end is None
            or period.end >= today
        ):
            continue
        if stated_as_future(period.span):
            reported.add(period.span)
            context.add(
                "deadline-already-past",
                f'deadline "{quote(str(period.text))}" (by {period.end.isoformat()}) is stated as future, but the notice '
                f"is dated {today.isoformat()}",
                context.path_at(period.span.start),
                period.span,
            )
