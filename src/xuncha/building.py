"""Build notices in scripts with little ceremony, and give them canonical numbering.

The models insist on what a parsed notice always has (a section's level and ordinal, a measure's ordinal),
which is ceremony when a script writes a notice by hand. The helpers here take care of it:

- :func:`section`, :func:`finding` and :func:`measure` build the parts from their text. A section takes its
  children as positional arguments (sections and findings, mixed) and puts each child section one level
  below itself, re-levelling the child's own subtree, so sections nest by construction. Ordinals start as
  placeholders.
- :func:`renumber` then fills in the numbering a writer would: section ordinals by position among their
  siblings and markers by level (一、 （一） 1. （1）, GB/T 9704-2012), finding numbers continuous across the
  notice in document order with "1." markers, measure ordinals within each finding with 一是 二是 … markers.

>>> import xuncha
>>> draft = xuncha.Notice(
...     "关于巡察整改情况的通报",
...     sections=[
...         section("“政治建设”方面",
...             section("着力解决学习不深入的问题",
...                 finding("理论学习不深入问题整改情况", "完善学习制度。", "开展专题研讨。"),
...             ),
...         ),
...         section("“作风建设”方面", finding("会议偏多问题整改情况", "精简会议。")),
...     ],
... )
>>> notice = renumber(draft)
>>> [(s.level, s.marker, s.title) for s in notice.iter_sections()]
[(1, '一、', '“政治建设”方面'), (2, '（一）', '着力解决学习不深入的问题'), (1, '二、', '“作风建设”方面')]
>>> [(f.number, f.marker) for f in notice.iter_findings()]
[(1, '1.'), (2, '2.')]
>>> [(m.ordinal, m.marker, m.text) for m in notice.iter_measures()]
[(1, '一是', '完善学习制度。'), (2, '二是', '开展专题研讨。'), (1, '一是', '精简会议。')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import count
from typing import cast

import attrs

from xuncha.errors import XunchaError
from xuncha.models import (
    Finding,
    Measure,
    Modality,
    Notice,
    Period,
    Quantity,
    Section,
    Span,
    Status,
)
from xuncha.numerals import format_number

__all__ = ["finding", "measure", "measure_marker", "renumber", "section", "section_marker"]


def _chinese(number: int) -> str:
    """A positive ordinal in Chinese numerals, as markers write it: 十一, 二十, 一百零五."""
    if number < 1:
        raise XunchaError(f"ordinals are positive integers, got {number!r}")
    return format_number(number)


def section_marker(level: int, ordinal: int) -> str:
    """The GB/T 9704-2012 marker of a section: 一、 at level 1, （一） at 2, 1. at 3, （1） at 4.

    >>> [section_marker(level, 12) for level in (1, 2, 3, 4)]
    ['十二、', '（十二）', '12.', '（12）']
    """
    if level == 1:
        return f"{_chinese(ordinal)}、"
    if level == 2:
        return f"（{_chinese(ordinal)}）"
    if level == 3:
        return f"{ordinal}."
    if level == 4:
        return f"（{ordinal}）"
    raise XunchaError(f"section levels are 1 to 4 (一、 （一） 1. （1）), got {level}")


def measure_marker(ordinal: int) -> str:
    """The marker of a measure in a finding: 一是, 二是 … 十一是.

    >>> measure_marker(11)
    '十一是'
    """
    return f"{_chinese(ordinal)}是"


def measure(
    text: str,
    *,
    lead: str | None = None,
    modality: Modality = Modality.DONE,
    deadline: Period | None = None,
    documents: Iterable[str] = (),
    quantities: Iterable[Quantity] = (),
    periods: Iterable[Period] = (),
    span: Span | None = None,
) -> Measure:
    """A measure from its text; :func:`renumber` gives it its ordinal and marker."""
    return Measure(
        1,
        text,
        lead=lead,
        modality=modality,
        deadline=deadline,
        documents=tuple(documents),
        quantities=tuple(quantities),
        periods=tuple(periods),
        span=span,
    )


def finding(
    title: str,
    *measures: Measure | str,
    problem: str | None = None,
    text: str = "",
    status: Status = Status.UNKNOWN,
    quantities: Iterable[Quantity] = (),
    periods: Iterable[Period] = (),
    span: Span | None = None,
) -> Finding:
    """A finding with its measures (a plain string is a measure with that text); numbered by :func:`renumber`."""
    return Finding(
        title,
        problem=problem,
        text=text,
        measures=tuple(item if isinstance(item, Measure) else measure(item) for item in measures),
        status=status,
        quantities=tuple(quantities),
        periods=tuple(periods),
        span=span,
    )


def _at_level(part: Section, level: int) -> Section:
    """``part`` moved to ``level``, its subtree moved with it (children one level below their parent)."""
    if level > 4:
        raise XunchaError(
            f"sections nest at most four deep (一、 （一） 1. （1）); {part.title!r} would be at level {level}"
        )
    if part.level == level:
        return part
    children = tuple(_at_level(child, level + 1) for child in part.sections)
    return attrs.evolve(part, level=level, sections=children)


def section(
    title: str,
    *parts: Section | Finding,
    intro: str = "",
    quantities: Iterable[Quantity] = (),
    periods: Iterable[Period] = (),
    span: Span | None = None,
) -> Section:
    """A level-1 section holding ``parts`` (child sections and findings); nesting it in another moves it down.

    >>> inner = section("着力解决学习不深入的问题")
    >>> outer = section("“政治建设”方面", inner)
    >>> outer.level, outer.sections[0].level
    (1, 2)
    """
    children: list[Section] = []
    findings: list[Finding] = []
    for part in cast("tuple[object, ...]", parts):  # scripts are not always type-checked
        if isinstance(part, Section):
            children.append(_at_level(part, 2))
        elif isinstance(part, Finding):
            findings.append(part)
        else:
            raise XunchaError(f"a section holds sections and findings, not {type(part).__name__} {part!r}")
    return Section(
        1,
        1,
        title,
        intro=intro,
        sections=tuple(children),
        findings=tuple(findings),
        quantities=tuple(quantities),
        periods=tuple(periods),
        span=span,
    )


def _renumber_finding(item: Finding, number: int) -> Finding:
    measures = tuple(
        attrs.evolve(m, ordinal=index, marker=measure_marker(index))
        for index, m in enumerate(item.measures, start=1)
    )
    return attrs.evolve(item, number=number, marker=f"{number}.", measures=measures)


def _renumber_section(part: Section, ordinal: int, numbers: Iterator[int]) -> Section:
    # Findings are numbered in document order, the order Notice.iter_findings walks: visit the parts by
    # position in that order (positions, not objects, since a script may reuse one object twice).
    findings: list[Finding] = list(part.findings)
    sections: list[Section] = list(part.sections)
    for field, index in part.part_order():
        if field == "findings":
            findings[index] = _renumber_finding(findings[index], next(numbers))
        else:
            sections[index] = _renumber_section(sections[index], index + 1, numbers)
    return attrs.evolve(
        part,
        ordinal=ordinal,
        marker=section_marker(part.level, ordinal),
        sections=tuple(sections),
        findings=tuple(findings),
    )


def renumber(notice: Notice) -> Notice:
    """A copy of ``notice`` with canonical ordinals, markers and finding numbers (see the module docs).

    Levels are kept as they are; text, figures and spans are untouched.
    """
    numbers = count(1)
    sections = tuple(
        _renumber_section(part, ordinal, numbers) for ordinal, part in enumerate(notice.sections, start=1)
    )
    return attrs.evolve(notice, sections=sections)
