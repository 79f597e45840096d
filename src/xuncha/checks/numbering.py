"""Numbering: sibling sections, findings and measures count 1, 2, 3 … with no gap, repeat or disorder.

The number is read from the marker as written, so a parser that renumbers cannot hide a gap. Findings may be
numbered through the whole notice or afresh in each section; which of the two a notice does is read from the
notice itself.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator

from xuncha.checks._context import Context, quote
from xuncha.checks._markers import (
    heading_shape,
    marker_family,
    marker_level,
    marker_number,
    measure_markers_in,
    spell_like,
)
from xuncha.checks._registry import Code, Severity, rule
from xuncha.models import Finding, Section, Span

__all__: list[str] = []

GAP = Code(
    "numbering-gap",
    Severity.ERROR,
    "a number is missing among sibling sections, findings or measures (一、 then 三、; 一是 then 三是)",
)
DUPLICATE = Code("numbering-duplicate", Severity.ERROR, "a number is used twice among siblings")
DISORDER = Code(
    "numbering-disorder", Severity.ERROR, "a number comes after a larger one among siblings (三、 then 二、)"
)
NOT_CONTINUOUS = Code(
    "numbering-not-continuous",
    Severity.ERROR,
    "findings are numbered on across sections, but one section starts again at 1",
)


@rule(GAP, DUPLICATE, DISORDER, NOT_CONTINUOUS)
def check_numbering(context: Context) -> None:
    """Sections of each level, findings, and the measures of each finding count 1, 2, 3 …."""
    if context.notice is None:
        return
    _check_section_runs(context)
    _check_finding_runs(context)
    _check_measure_runs(context)


class _Numbered:
    """One item of a numbered run: its number, how to name it, where it is, and whether to report it (an item
    already checked in a run of its own only keeps the count)."""

    __slots__ = ("label", "number", "path", "report", "span")

    def __init__(self, number: int, label: str, path: str, span: Span | None, report: bool = True) -> None:
        self.number, self.label, self.path, self.span, self.report = number, label, path, span, report


#: Missing numbers named one by one at most; more are named as ranges, and past that only counted.
_NAMED_AT_MOST = 12


def _absent_blocks(low: int, high: int, taken: list[int]) -> list[tuple[int, int]]:
    """The numbers from ``low`` up to ``high`` (exclusive) that are not in the sorted list ``taken``, as blocks
    (first, last); the work is the count of blocks, never the width of the gap."""
    blocks: list[tuple[int, int]] = []
    current = low
    index = bisect.bisect_left(taken, low)
    while index < len(taken) and taken[index] < high:
        if taken[index] > current:
            blocks.append((current, taken[index] - 1))
        current = taken[index] + 1
        index += 1
    if current < high:
        blocks.append((current, high - 1))
    return blocks


def _name_missing(blocks: list[tuple[int, int]], spell: Callable[[int], str]) -> tuple[str, int]:
    """The missing numbers as a message names them, and how many there are."""
    count = sum(last - first + 1 for first, last in blocks)
    if count > 3 and len(blocks) == 1:
        first, last = blocks[0]
        return f'"{spell(first)}" to "{spell(last)}"', count
    if count <= _NAMED_AT_MOST:
        return ", ".join(f'"{spell(n)}"' for first, last in blocks for n in range(first, last + 1)), count
    names = [
        f'"{spell(first)}" to "{spell(last)}"' if last - first > 2 else f'"{spell(first)}"'
        for first, last in blocks[:4]
    ]
    more = f" and {len(blocks) - 4} more ranges" if len(blocks) > 4 else ""
    return f"{', '.join(names)}{more} ({count} numbers)", count


def _check_run(
    context: Context,
    items: Iterable[_Numbered],
    what: str,
    expected_first: int = 1,
    spell: Callable[[int], str] = str,
    cut: bool = False,
) -> None:
    """Report gaps, duplicates and disorder in one run of sibling numbers (``items``, read twice); ``cut`` says
    the run may have begun before the text does (an excerpt), so a first number above 1 is no gap."""
    seen: dict[int, _Numbered] = {}
    highest = expected_first - 1
    previous: _Numbered | None = None
    # A swap (3 before 2) is disorder, not a gap: only numbers that never come are missing.
    every_number = sorted({other.number for other in items})
    for item in items:
        if not item.report:
            pass
        elif item.number in seen:
            first = seen[item.number]
            context.add(
                "numbering-duplicate",
                f'{what} "{item.label}" repeats the number of an earlier {what} "{first.label}"',
                item.path,
                item.span,
            )
        elif item.number < highest:
            context.add(
                "numbering-disorder",
                f'{what} "{item.label}" comes after {what} "{previous.label if previous else highest}"',
                item.path,
                item.span,
            )
        elif item.number > highest + 1 and not (previous is None and cut):
            blocks = _absent_blocks(highest + 1, item.number, every_number)
            if blocks:
                names, count = _name_missing(blocks, spell)
                after = f'follows "{previous.label}"' if previous is not None else "starts the numbering"
                verb = "is" if count == 1 else "are"
                context.add(
                    "numbering-gap",
                    f'{what} "{item.label}" {after}: {names} {verb} missing',
                    item.path,
                    item.span,
                )
        seen.setdefault(item.number, item)
        highest = max(highest, item.number)
        previous = item


# --------------------------------------------------------------------------- sections


def _section_number(section: Section) -> int:
    return marker_number(section.marker) or section.ordinal


def section_label(section: Section) -> str:
    """How a message names a section: its marker, or its ordinal when it has none."""
    return quote(section.marker.strip()) or str(section.ordinal)


def _child_levels(parent: Section) -> frozenset[int]:
    return frozenset(child.level for child in parent.sections)


def at_section_level(finding: Finding, child_levels: frozenset[int]) -> bool:
    """Whether a finding is marked like the subsections beside it (whose levels are ``child_levels``): it is one
    of them, with nothing under it."""
    level = marker_level(finding.marker)
    return level is not None and level in child_levels


def _check_section_runs(context: Context) -> None:
    """Sibling sections of each level count 1, 2, 3 … with no gap, repeat or disorder.

    A finding whose marker has the level of its sibling sections (a （一） heading with nothing under it, read
    as a finding) counts among those sections.
    """
    if context.notice is None:
        return
    # The visit below meets the sections in the order the context's walk does (each before its subsections):
    # their paths are the context's strings, shared with the other rules' diagnostics.
    section_paths = (path for node, path in context.parts() if isinstance(node, Section))
    _check_sibling_sections(context, section_paths, None, context.notice.sections, "$")


def _check_sibling_sections(
    context: Context,
    section_paths: Iterator[str],
    parent: Section | None,
    siblings: tuple[Section, ...],
    path: str,
) -> None:
    """The runs among ``siblings`` (the sections of ``parent``, at ``path``), then those below each of them."""
    # (A function of the module, not a closure that calls itself: that would be a reference cycle, and the
    # unfinished walk of section_paths in it would hold the notice until the garbage collector runs.)
    # Runs by level and by the shape of the marker: 第一部分 第二部分 around 一、 二、 are two runs.
    by_level: dict[tuple[int, str], _SectionRun] = {}
    # A list's item 1 after a colon starts a list of its own (问题如下：1、…；2、…。措施如下：1、…), checked on its own:
    # the runs it ends.
    ended: list[_SectionRun] = []
    for section in siblings:
        item_path = next(section_paths)
        key = (section.level, heading_shape(section.marker))
        run = by_level.get(key)
        if (
            run is not None
            and run.sections
            and _section_number(section) == 1
            and context.follows_a_colon(section.span)
        ):
            ended.append(run)
            run = None
        if run is None:
            run = by_level[key] = _SectionRun(section.marker)
        run.sections.append(section)
        run.paths.append(item_path)
        _check_sibling_sections(context, section_paths, section, section.sections, item_path)
    if parent is not None:
        levels = _child_levels(parent)
        for index, finding in enumerate(parent.findings):
            if at_section_level(finding, levels):
                level, number = marker_level(finding.marker), marker_number(finding.marker)
                if level is None or number is None or finding.marker is None:
                    continue
                item = _Numbered(number, finding.marker.strip(), f"{path}.findings[{index}]", finding.span)
                key = (level, heading_shape(finding.marker))
                run = by_level.get(key)
                if run is None:
                    run = by_level[key] = _SectionRun(finding.marker)
                run.findings.append(item)
    for run in [*ended, *by_level.values()]:
        cut = context.cut(parent)
        _check_run(context, run.items(), "section", spell=spell_like(run.first_marker.strip()), cut=cut)


class _SectionRun:
    """The sections of one run (and the findings marked like them), read as items where they start."""

    __slots__ = ("findings", "first_marker", "paths", "sections")

    def __init__(self, first_marker: str) -> None:
        self.first_marker = first_marker
        self.sections: list[Section] = []
        self.paths: list[str] = []
        self.findings: list[_Numbered] = []

    def items(self) -> Iterable[_Numbered]:
        """The items by where they start (as written when a place is not known): when the sections alone are
        in that order already, as an iterable that makes each item as it is read, for an item per section
        held at once (some 90 bytes each) would outweigh a long body of headings' diagnostics."""
        spans = [section.span for section in self.sections]
        if not self.findings and all(
            before is not None and after is not None and before.start <= after.start
            for before, after in itertools.pairwise(spans)
        ):
            return self
        items = [*self, *self.findings]
        if all(item.span is not None for item in items):
            items.sort(key=_item_start)  # stable: sections, then the findings among them, where they start
        return items

    def __iter__(self) -> Iterator[_Numbered]:
        for section, path in zip(self.sections, self.paths, strict=True):
            yield _Numbered(_section_number(section), section_label(section), path, section.span)


def _item_start(item: _Numbered) -> int:
    return item.span.start if item.span is not None else 0


# --------------------------------------------------------------------------- findings


def _finding_groups(context: Context) -> list[list[_Numbered]]:
    """The numbered findings of each section that holds findings directly, in document order."""
    groups: list[list[_Numbered]] = []
    if context.notice is not None:
        for index, section in enumerate(context.notice.sections):
            _group_findings(section, f"$.sections[{index}]", groups)
    return groups


def _group_findings(section: Section, path: str, groups: list[list[_Numbered]]) -> None:
    """Add to ``groups`` the runs of numbered findings in ``section`` (each run ends at a subsection), then
    in its subsections, in document order."""
    group: list[_Numbered] = []
    levels = _child_levels(section)
    for field, index in section.part_order():  # the model's document order of the parts
        if field == "findings":
            part = section.findings[index]
            if at_section_level(part, levels):
                continue  # counted with the subsections
            number = part.number if part.number is not None else marker_number(part.marker)
            if number is not None:
                label = (part.marker or f"{number}.").strip()
                group.append(_Numbered(number, label, f"{path}.findings[{index}]", part.span))
        else:
            if group:
                groups.append(group)
                group = []
            _group_findings(section.sections[index], f"{path}.sections[{index}]", groups)
    if group:
        groups.append(group)


def _check_finding_runs(context: Context) -> None:
    """Findings count 1, 2, 3 … either through the whole notice or afresh in each section.

    Which of the two the notice does is read from the notice itself: the reading that finds fewer faults wins
    (one defect is likelier than several); on a tie, the notice numbers on when most sections after the first
    carry on from the one before. A section that starts again at 1 then breaks the notice's own scheme.
    """
    groups = _finding_groups(context)
    if not groups:
        return
    mark = len(context.reports)
    for group in groups:
        cut = context.excerpt_head >= 0 and group is groups[0]
        _check_run(context, group, "finding", spell=spell_like(group[0].label), cut=cut)
    per_section = context.reports.take(mark)
    _check_findings_on_across(context, groups)
    across = context.reports.take(mark)
    if len(across) != len(per_section):
        context.reports.extend(across if len(across) < len(per_section) else per_section)
        return
    later_starts = [group[0].number for group in groups[1:]]
    carried, restarted = sum(n > 1 for n in later_starts), sum(n == 1 for n in later_starts)
    # On a tie, findings were numbered on when as many sections carry on as start again, and those that carry
    # on go on exactly where the section before stopped (or reach numbers beyond what any one section holds,
    # allowing one gap): 1 2 | 3 | 1 2 restarts.
    largest = max(item.number for group in groups for item in group)
    highest = [max(item.number for item in group) for group in groups]
    exactly_on = all(
        group[0].number == highest[index] + 1 for index, group in enumerate(groups[1:]) if group[0].number > 1
    )
    if carried > 0 and carried >= restarted and (exactly_on or largest > max(map(len, groups)) + 1):
        context.reports.extend(across)
    elif carried == 0 or restarted > carried:
        context.reports.extend(per_section)
    else:
        # 1 2 | 2 3 is 1 2 | 1 2 without its 1, or 1 2 3 4 with a 2 repeated: either reading is as likely,
        # and both point at the same place, so both are said.
        context.reports.extend(across)
        context.reports.extend(per_section)


def _check_findings_on_across(context: Context, groups: list[list[_Numbered]]) -> None:
    """The findings as one run through the notice.

    One run, so that a number repeated in another section is a duplicate too. A section that starts again at 1
    is reported once; its findings, and those of the sections that go on from them (1 2 | 3 4 | 1 2 | 3 …),
    are checked as a run of their own and count in the whole as if carried on.
    """
    run: list[_Numbered] = []
    segment: list[_Numbered] = []  # a restarted numbering, checked on its own
    segment_highest = 0
    running = 0  # the last number the notice has reached
    shift = 0
    for index, group in enumerate(groups):
        group_highest = max(item.number for item in group)
        if index > 0 and group[0].number == 1 and running > 0:
            head = group[0]
            context.add(
                "numbering-not-continuous",
                f'finding "{head.label}" starts again at 1, but this notice numbers its findings on across '
                f"sections: {running + 1} was expected",
                head.path,
                head.span,
            )
            _check_segment(context, segment)
            segment, segment_highest, shift = list(group), group_highest, running
        elif segment and group[0].number == segment_highest + 1:
            segment.extend(group)
            segment_highest = max(segment_highest, group_highest)
        else:
            _check_segment(context, segment)
            segment, segment_highest, shift = [], 0, 0
        run.extend(
            _Numbered(item.number + shift, item.label, item.path, item.span, not shift) for item in group
        )
        running = max(running, group_highest + shift)
    _check_segment(context, segment)
    _check_run(context, run, "finding", spell=spell_like(groups[0][0].label), cut=context.excerpt_head >= 0)


def _check_segment(context: Context, segment: list[_Numbered]) -> None:
    if segment:
        _check_run(context, segment, "finding", spell=spell_like(segment[0].label))


# --------------------------------------------------------------------------- measures


def _check_measure_runs(context: Context) -> None:
    """Measures written 一是/二是 (or 第一/第二, ①②) count 1, 2, 3 … per marker family, in each finding.

    With the source text the markers are read from the text itself (a parser may not take 四是 after 二是
    for a measure), in every finding and in the text of every section before its first part.
    """
    if context.notice is None:
        return
    for node, path in context.parts():
        if isinstance(node, Section | Finding) and context.source is not None and node.span is not None:
            _check_markers_in_text(context, node, node.span, path)
        elif isinstance(node, Finding):
            items = []
            for index, measure in enumerate(node.measures):
                number = marker_number(measure.marker)
                if measure.marker is not None and number is not None:
                    items.append(
                        _Numbered(number, measure.marker.strip(), f"{path}.measures[{index}]", measure.span)
                    )
            _check_families(context, items)


def _check_families(context: Context, items: list[_Numbered]) -> None:
    families: dict[str, list[_Numbered]] = {}
    for item in items:
        families.setdefault(marker_family(item.label), []).append(item)
    for family in families.values():
        # A new 一是 after a series that went 一是, 二是 … starts a new series (下一步，一是…), not a repeat; after
        # a run that lacked its 一是 (二是, 一是, 三是) it is the missing one, out of order.
        runs: list[list[_Numbered]] = [[]]
        has_one, highest = False, 0
        for item in family:
            if item.number == 1 and has_one and highest >= 2:
                runs.append([])
                has_one, highest = False, 0
            runs[-1].append(item)
            has_one, highest = has_one or item.number == 1, max(highest, item.number)
        for run in runs:
            _check_run(context, run, "measure", spell=spell_like(run[0].label))


def _check_markers_in_text(context: Context, node: Section | Finding, span: Span, path: str) -> None:
    start, end = span.start, span.end
    if isinstance(node, Section):
        # A section's own text runs up to its first finding or subsection.
        parts: list[Finding | Section] = [*node.findings, *node.sections]
        children = [part.span.start for part in parts if part.span is not None]
        end = min([end, *children])
    measures = node.measures if isinstance(node, Finding) else ()
    # The node's own marker (a finding marked （2）) is not one of its measures.
    own = (node.marker or "").strip()
    if own and context.source is not None and context.source.startswith(own, start):
        start += len(own)
    # The measures that know their place, by start, to find the one a marker stands in by bisection.
    placed = sorted(
        (measure.span.start, measure.span.end, index)
        for index, measure in enumerate(measures)
        if measure.span is not None
    )
    starts = [measure_start for measure_start, _, _ in placed]
    items = []
    for marker_start, marker_end, number in measure_markers_in(
        context.text, context.clean(start), context.clean(end)
    ):
        where = context.original(marker_start, marker_end)
        item_path = path
        at = bisect.bisect_right(starts, where.start) - 1
        if at >= 0 and where.start < placed[at][1]:
            item_path = f"{path}.measures[{placed[at][2]}]"
        items.append(_Numbered(number, context.text[marker_start:marker_end], item_path, where))
    _check_families(context, items)
