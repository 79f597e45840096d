"""Progress statistics: how many problems (or measures, or tasks) were fed back and how many are done.

Notices that report on a whole round, and many single notices, state their progress in one sentence::

    巡察反馈的697个问题，完成整改688个，基本完成4个，未完成5个，总体完成率98.71%。

:func:`extract_progress` finds such statements and reads each figure into the slot its cue words name, keeping
every figure as a :class:`~xuncha.Quantity` with its text and span. :func:`progress_problems` says what does not
add up: parts that exceed the total, all parts stated but not summing to it, and a rate that does not match its
counts at the precision it is written with.

>>> [p] = extract_progress("反馈的152个问题，已完成整改140个，正在推进8个，未完成4个，整改完成率92.1%。")
>>> p.subject, p.total.value, p.completed.value, p.in_progress.value, p.not_completed.value, p.rate.value
('问题', Decimal('152'), Decimal('140'), Decimal('8'), Decimal('4'), Decimal('92.1'))
>>> progress_problems(p)
[]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import repeat
from operator import attrgetter
from typing import Final

import attrs

from xuncha._fold import fold, without_glosses
from xuncha.errors import require_text
from xuncha.models import Progress, Quantity, Span

__all__ = ["extract_progress", "progress_problems"]

# A statement ends at a full stop or a line break; its clauses at a comma or a semicolon (the problems and
# the measures of one statement are often told apart by a semicolon).
_SENTENCE_ENDS: Final = "。！？!?\n"
_SENTENCE: Final = re.compile(f"[^{_SENTENCE_ENDS}]+")
_SENTENCE_BREAK: Final = re.compile(f"[{_SENTENCE_ENDS}]")
_CLAUSE_END: Final = re.compile(r"[，,：:；;]")
# Counters a progress statement counts with; a figure in any other unit is an outcome (万元, 人次), not a count.
_COUNTERS: Final = frozenset({"个", "项", "条", "件", "类", "处", "批", "宗"})

# The slot of a count, by the cue words of its clause, most specific first ("未完成" holds "完成").
_SLOT_CUES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("not_completed", re.compile(r"未完成|尚未完成|未整改|未销号|未办结|未到位")),
    ("basically_completed", re.compile(r"基本完成|基本整改|阶段性")),
    (
        "in_progress",
        re.compile(r"正在|持续推进|推进中|有序推进|整改中|持续整改|长期坚持|按计划推进|逐步推进|需长期"),
    ),
    (
        "completed",
        re.compile(r"已完成|完成整改|整改完成|已整改|整改到位|已销号|已办结|办结|已落实|已解决|完成"),
    ),
    ("total", re.compile(r"反馈|梳理|查摆|发现|交办|移交|指出|共有|共计|涉及|认领|列出|明确")),
)
_RATE_CUE: Final = re.compile(r"完成率|整改率|办结率|销号率")
# What is counted: the noun next to a total ("697个问题", "问题36个", "整改措施112条").
_SUBJECT: Final = re.compile(r"整改措施|措施|整改任务|任务|问题线索|问题")
# A statement opens with a total (a cue of one, or a count next to what it counts) and fills a part or a rate:
# a sentence without both kinds of word states none, and its figures are not read one by one. The words are
# the cues above, joined (a sentence with a bracket may hide one behind a pinyin gloss: it is read in full).
_OPENS: Final = re.compile(f"{dict(_SLOT_CUES)['total'].pattern}|{_SUBJECT.pattern}")
_FILLS: Final = re.compile(
    "|".join([*(cue.pattern for slot, cue in _SLOT_CUES if slot != "total"), _RATE_CUE.pattern])
)
# A figure that counts the aspects a list is grouped in ("3个方面12项具体问题") is no part of the progress.
_ASPECTS_AFTER: Final = re.compile(r"\s*(?:个)?(?:方面|大类|类别|领域)")


@attrs.define
class _Draft:
    """A statement being read: its subject, its counts so far, and where it starts and ends."""

    subject: str
    start: int
    end: int
    slots: dict[str, Quantity] = attrs.field(factory=dict)


def extract_progress(text: str, *, quantities: Sequence[Quantity] | None = None) -> list[Progress]:
    """Every progress statement in ``text``: a total with at least one part or a rate, in document order.

    ``quantities`` are the figures of ``text`` when the caller has them already (with spans into ``text``, as
    :func:`xuncha.extract_quantities` gives them): the parser passes its own, so that no figure is read twice.

    >>> [(p.subject, p.total.value, p.completed.value) for p in extract_progress(
    ...     "共梳理出问题36个，制定整改措施112条，已完成整改措施105条，问题已整改33个，其余3个正在有序推进。")]
    [('问题', Decimal('36'), Decimal('33')), ('整改措施', Decimal('112'), Decimal('105'))]
    """
    text = require_text(text)
    return _extract(text, fold(text), quantities)


def _extract(text: str, folded: str, quantities: Sequence[Quantity] | None) -> list[Progress]:
    """:func:`extract_progress` with ``folded``, ``fold(text)``, given: the parser passes the fold it made."""
    # Cue words are matched in simplified characters (``folded``); offsets stay those of ``text``.
    found: list[Progress] = []
    if quantities is None:
        for sentence in _SENTENCE.finditer(folded):
            offset = sentence.start()
            from xuncha.quantities import extract_quantities

            # Spans relative to the sentence; a figure is moved into ``text`` only when a statement keeps it.
            figures = [
                (q.span.start, q.span.end, q, False)
                for q in extract_quantities(text[offset : sentence.end()])
                if q.span is not None and (q.unit in _COUNTERS or q.unit == "%")
            ]
            if len(figures) >= 2:
                found.extend(_statements(text, offset, sentence.group(), figures))
        return found
    counts = sorted(
        (q for q in quantities if q.span is not None and (q.unit in _COUNTERS or q.unit == "%")),
        key=attrgetter("span.start"),
    )
    starts = [q.span.start for q in counts if q.span is not None]
    # Only a sentence that holds two counts at least can state progress: the sentences read are those whose
    # first count has another before the next sentence end, found from the count (the sentence starts after the
    # last sentence end before it), not every sentence in turn. ``floor``: no sentence end is looked for
    # before it again, so that the text is searched once.
    index = 0
    floor = 0
    while index < len(starts) - 1:
        at = starts[index]
        between = _SENTENCE_BREAK.search(folded, at, starts[index + 1])
        if between is not None:  # the next count is in a later sentence
            floor = between.start()
            index += 1
            continue
        begin = max(map(folded.rfind, _SENTENCE_ENDS, repeat(floor), repeat(at))) + 1
        held = _SENTENCE.match(folded, begin)
        if held is None:  # a count that starts on a sentence end belongs to no sentence
            index += 1
            continue
        offset, sentence_end = held.start(), held.end()
        floor = sentence_end
        last = bisect.bisect_left(starts, sentence_end, index)
        if last - index >= 2 and _may_state(held_text := held.group()):
            figures = [
                (q.span.start - offset, q.span.end - offset, q, True)
                for q in counts[index:last]
                if q.span is not None and q.span.end <= sentence_end
            ]
            if len(figures) >= 2:
                found.extend(_statements(text, offset, held_text, figures))
        index = max(last, index + 1)
    return found


#: A figure of a sentence: its start and end in the sentence, the figure, and whether its span is already one
#: into the whole text.
_Figure = tuple[int, int, Quantity, bool]


def _may_state(sentence: str) -> bool:
    """Whether a sentence may state progress: it holds a word that opens a statement (a total cue or what is
    counted) and one that fills it (a part or rate cue), or a bracket, which may hide a cue behind a gloss. Asked
    before its figures are gathered (a text without a sentence end is one sentence, its figures thousands)."""
    return (
        "(" in sentence
        or "（" in sentence
        or (_OPENS.search(sentence) is not None and _FILLS.search(sentence) is not None)
    )


def _statements(text: str, offset: int, sentence: str, figures: list[_Figure]) -> Iterator[Progress]:
    if not _may_state(sentence):
        return
    drafts: list[_Draft] = []
    for figure in figures:
        start, end, quantity, _ = figure
        clause_start = _clause_start(sentence, start)
        clause_end = _clause_end(sentence, end)
        before = _words(sentence, clause_start, start)
        after = _words(sentence, end, clause_end)
        if _ASPECTS_AFTER.match(sentence, end - (1 if sentence[end - 1] == "个" else 0)):
            continue
        if quantity.unit == "%":
            if _RATE_CUE.search(before) and drafts:
                _fill(drafts[-1], "rate", figure, offset)
            continue
        slot = _slot(before) or _slot(after)
        subject_match = _SUBJECT.match(after.lstrip()) or _last(_SUBJECT, before)
        # A count right next to what it counts, with no cue of a part, opens a statement: 制定整改措施112条.
        names_its_subject = subject_match is not None and (
            before.rstrip().endswith(subject_match.group()) or _SUBJECT.match(after.lstrip()) is not None
        )
        if slot == "total" or (slot is None and names_its_subject):
            subject = subject_match.group() if subject_match else "问题"
            drafts.append(_Draft(subject, offset + clause_start, offset + end))
            _fill(drafts[-1], "total", figure, offset)
            continue
        if slot is None or not drafts:
            continue
        home = _home(drafts, quantity, subject_match.group() if subject_match else None)
        if slot not in home.slots:
            _fill(home, slot, figure, offset)
    for draft in drafts:
        if len(draft.slots) >= 2:
            yield _progress(text, draft)


def _words(sentence: str, start: int, end: int) -> str:
    """The cue words of ``sentence[start:end]``, read through pinyin glosses: a gloss reads the character before it
    aloud (468項(xiàng)整改任務(wù)), so it neither parts a figure from its subject nor splits a cue word. The character
    before ``start`` is read too, so that a gloss of the figure's last character is seen as one."""
    words = sentence[start:end]
    if "(" not in words and "（" not in words:  # most clauses hold no bracket
        return words
    lead = 1 if start > 0 else 0
    unglossed = without_glosses(sentence[start - lead : end])
    return words if unglossed is None else unglossed[0][lead:]


def _slot(words: str) -> str | None:
    for slot, cue in _SLOT_CUES:
        if cue.search(words):
            return slot
    return None


def _last(pattern: re.Pattern[str], words: str) -> re.Match[str] | None:
    match = None
    for match in pattern.finditer(words):  # noqa: B007 - the last one is wanted
        pass
    return match


def _home(drafts: list[_Draft], figure: Quantity, subject: str | None) -> _Draft:
    """The statement a part belongs to: the latest of its subject, else the latest counted in its unit, among the
    last few opened (a part follows its total closely; looking no further keeps long sentences linear)."""
    recent = drafts[-8:]
    if subject is not None:
        for draft in reversed(recent):
            if draft.subject == subject:
                return draft
    for draft in reversed(recent):
        if draft.slots["total"].unit == figure.unit:
            return draft
    return drafts[-1]


def _fill(draft: _Draft, slot: str, figure: _Figure, offset: int) -> None:
    start, end, quantity, absolute = figure
    if not absolute:  # a figure read from the sentence alone: its span is moved into the whole text
        quantity = attrs.evolve(quantity, span=Span(start + offset, end + offset))
    draft.slots[slot] = quantity
    draft.end = max(draft.end, end + offset)


# The cue words of a count stand next to it: a clause is read at most this far on either side, so that a
# sentence of thousands of figures with no comma costs no more than its length.
_CLAUSE_REACH: Final = 40


def _clause_start(sentence: str, at: int) -> int:
    floor = max(0, at - _CLAUSE_REACH)
    match = None
    for match in _CLAUSE_END.finditer(sentence, floor, at):  # noqa: B007 - the last one is wanted
        pass
    return match.end() if match else floor


def _clause_end(sentence: str, at: int) -> int:
    ceiling = min(len(sentence), at + _CLAUSE_REACH)
    match = _CLAUSE_END.search(sentence, at, ceiling)
    return match.start() if match else ceiling


def _progress(text: str, draft: _Draft) -> Progress:
    slots = draft.slots
    return Progress(
        subject=draft.subject,
        total=slots.get("total"),
        completed=slots.get("completed"),
        basically_completed=slots.get("basically_completed"),
        in_progress=slots.get("in_progress"),
        not_completed=slots.get("not_completed"),
        rate=slots.get("rate"),
        text=text[draft.start : draft.end],
        span=Span(draft.start, draft.end),
    )


def progress_problems(progress: Progress) -> list[str]:
    """What does not add up in a progress statement, as messages (empty when it is consistent).

    Parts are checked against the total when they exceed it, or when every part is stated; the rate against
    the completed count (or the completed and basically completed together, which some issuers count as done),
    rounded half up to the decimals the rate is written with.

    >>> [p] = extract_progress("反馈问题50个，已完成整改45个，正在推进3个，未完成4个，完成率92%。")
    >>> progress_problems(p)
    ['the parts add up to 52, not to the total 50', 'the rate 92% is not 45/50 = 90%']
    """
    if not isinstance(progress, Progress):
        raise TypeError(f"progress must be a Progress, not {type(progress).__name__}")
    problems: list[str] = []
    total = progress.total.value if progress.total else None
    parts = [progress.completed, progress.basically_completed, progress.in_progress, progress.not_completed]
    stated = [part.value for part in parts if part is not None]
    if total is not None and stated:
        added = sum(stated, Decimal(0))
        every_part = (
            progress.completed is not None
            and progress.not_completed is not None
            and (progress.in_progress is not None or progress.basically_completed is not None)
        )
        if added > total or (every_part and added != total):
            problems.append(f"the parts add up to {added}, not to the total {total}")
    if total and progress.rate is not None and progress.completed is not None:
        rate = progress.rate.value
        written = rate.as_tuple().exponent  # the rate's precision as written: 98.71 → -2
        exponent = Decimal(1).scaleb(written if isinstance(written, int) else 0)
        done = progress.completed.value
        candidates = [done]
        if progress.basically_completed is not None:
            candidates.append(done + progress.basically_completed.value)
        if all((count * 100 / total).quantize(exponent, ROUND_HALF_UP) != rate for count in candidates):
            expected = (done * 100 / total).quantize(exponent, ROUND_HALF_UP)
            problems.append(f"the rate {rate}% is not {done}/{total} = {expected}%")
    return problems
