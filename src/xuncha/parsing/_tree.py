"""The body's hierarchy: numbered parts by their markers, each then read as a section or a finding.

The hierarchy comes from the markers alone (一、 （一） 1. （1） and their variants, :mod:`xuncha._markers`), never
from Markdown depth: a stack by level. An item titled like a problem ("…问题整改情况", "关于…的问题") with no
numbered parts below is a :class:`~xuncha.models.Finding`; everything else numbered is a
:class:`~xuncha.models.Section`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._markers import HeadingMatch
from xuncha._text import Paragraph
from xuncha._trusted_document import _trusted_finding, _trusted_section
from xuncha.models import Finding, Period, Quantity, Section, Span
from xuncha.parsing import _measures
from xuncha.parsing._figures import Owner, Range
from xuncha.parsing._measures import MeasureDraft, join


class Node(Owner):
    """A numbered part of the body before it is known to be a section or a finding.

    A body of bare headings makes a node for every line: a node keeps twelve fields (with Owner's two), which
    the allocator rounds to a block of 128 bytes, and a finding's own parts in one of them (``finding``).
    """

    __slots__ = (
        "children",
        "end",
        "finding",
        "level",
        "marker",
        "ordinal",
        "pieces",
        "start",
        "title",
        "title_end",
    )

    def __init__(self, level: int, ordinal: int, marker: str, start: int) -> None:
        # Owner's two fields, set here rather than through Owner.__init__ (a node is made for every heading).
        self.quantities: Sequence[Quantity] = ()
        self.periods: Sequence[Period] = ()
        self.level = level
        self.ordinal = ordinal
        self.marker = marker
        self.start = start
        self.end = start
        self.title = ""
        self.title_end = start  # the marker and the title are text[start:title_end]
        # The body text after the title, in order, and the parts below: lists made for the first of each (a
        # body of bare headings makes a node per line, most with neither).
        self.pieces: Sequence[tuple[int, int]] = ()
        self.children: Sequence[Node] = ()
        # A finding's own text and measures, set by Tree._measures (a section has none).
        self.finding: FindingParts | None = None  # (None: the node is a section)


class FindingParts:
    """What a node read as a finding holds besides a section's fields: its own text and its measures."""

    __slots__ = ("measures", "text_pieces")

    def __init__(self, text_pieces: Sequence[tuple[int, int]], measures: Sequence[MeasureDraft]) -> None:
        self.text_pieces = text_pieces
        self.measures = measures


# (searched, it is tried at every position of a title: the lookahead for its first characters refuses most at once)
_FINDING_TITLE = LazyPattern(
    r"(?=[问方的整关])"
    r"(?:(?:问题|方面)?(?:的)?整改(?:落实|进展|推进)?情况[。：:；;]?$|^关于.{1,80}问题[。：:；;]?$|问题[。：:；;]?$)"
)
# A heading about feedback in general names no problem: "二、巡视反馈问题整改落实情况", "（二）整改落实情况".
_GENERIC_HEADING = LazyPattern(
    r"(?:关于)?(?:[^，,。；;整问]{0,10}?(?:巡视|巡察|反馈))?(?:组)?(?:反馈|发现|指出|交办)?(?:的)?"
    r"(?:主要|存在的?)?(?:问题|意见)?(?:的)?整改(?:工作)?(?:落实|进展|推进)?情况[。：:；;]?"
)
_NOT_FINDING = LazyPattern(r"^(?:着力|切实|坚决|聚焦|围绕|全力|深入|全面|扎实|集中)")
_PROBLEM_SUFFIX = LazyPattern(r"(?:(?:有关|等|的)?问题)?(?:的)?(?:整改(?:落实|进展|推进)?情况)?[。：:；;]?$")
_PROBLEM_SUFFIX_LONGEST = len("有关问题的整改落实情况。")
_SPACES = " \t\u3000"


class Tree:
    """The numbered parts of the body and the ranges of text each part owns (for placing figures)."""

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.folded = folded  # what the grammars read: fold(text), same offsets
        # Most texts fold to themselves (the same object): a title is then its own folded form.
        self._unfolded = folded is text
        self.ranges: list[Range] = []
        # One string per distinct marker and title: a body may number thousands of parts with a dozen markers,
        # or repeat one heading ("一、整改情况") on every line.
        self._markers: dict[str, str] = {}
        self._titles: dict[str, str] = {}

    def build(
        self, paragraphs: Sequence[Paragraph], headings: list[HeadingMatch | None], first: int, last: int
    ) -> list[Node]:
        """The parts that paragraphs ``first`` to ``last`` (exclusive) hold, as a forest by level.

        ``headings[first:last]`` is emptied (set to None) as it is read: each heading is let go once its node
        holds what it needs, so that a body of bare headings never holds its headings and its nodes whole at
        once (the caller has no use for them after)."""
        roots: list[Node] = []
        stack: list[Node] = []
        text = self.text
        for index in range(first, last):
            paragraph = paragraphs[index]
            heading = headings[index]
            if heading is None or heading.marker.section_level is None:
                if stack:
                    _add_piece(stack[-1], paragraph.start, paragraph.end)
                    stack[-1].end = paragraph.end
                continue
            headings[index] = None
            marker_start, marker_end = heading.start, heading.end  # offsets in the text
            if (
                marker_start == paragraph.start
            ):  # (as nearly always: the paragraph's int, not one more a node)
                marker_start = paragraph.start
            marker = text[marker_start:marker_end]
            node = Node(
                heading.marker.section_level,
                heading.marker.ordinal,
                self._markers.setdefault(marker, marker),
                marker_start,
            )
            body_start = marker_end
            while body_start < paragraph.end and text[body_start] in _SPACES:
                body_start += 1
            title_end = _measures.split_heading(text, body_start, paragraph.end)
            title = text[body_start:title_end]
            node.title = self._titles.setdefault(title, title)
            node.title_end = title_end
            rest = title_end
            while rest < paragraph.end and text[rest] in _SPACES:
                rest += 1
            if rest < paragraph.end:
                _add_piece(node, rest, paragraph.end)
            node.end = paragraph.end
            while stack and stack[-1].level >= heading.marker.section_level:
                stack.pop()
            if not stack:
                roots.append(node)
            elif isinstance(stack[-1].children, list):
                stack[-1].children.append(node)
            else:
                stack[-1].children = [node]
            stack.append(node)
        for root in roots:
            _close(root)
        for root in roots:
            self._classify(root)
        return roots

    def folded_title(self, node: Node) -> str:
        """What the grammars read of a node's title: folded and trimmed (read when asked, not kept per node)."""
        if self._unfolded:
            return node.title.strip()
        return self.folded[node.title_end - len(node.title) : node.title_end].strip()

    def _classify(self, node: Node) -> None:
        # (folded_title, inline: a node is classified once, and a body of bare headings has a node a line)
        title = (
            node.title.strip()
            if self._unfolded
            else self.folded[node.title_end - len(node.title) : node.title_end].strip()
        )
        # "（一）着力解决…的问题" usually heads findings; it is one itself only when it has text of its own.
        finding_like = (
            bool(_FINDING_TITLE.search(title))
            and (not _NOT_FINDING.match(title) or bool(node.pieces))
            and _GENERIC_HEADING.fullmatch(title) is None
            and not node.marker.startswith("第")  # 第一部分 is a part of the notice, never one problem
        )
        # A part of the first level with parts below it (一、 over （一）) is a section whatever its title says:
        # an excerpt may show only one of them, titled like a problem ("一、关于…方面的问题").
        if finding_like and (not node.children or (node.level > 1 and self._leaf_children(node))):
            self._measures(node)
            return
        self.ranges.append((node.start, node.title_end, node))
        for start, end in node.pieces:
            self.ranges.append((start, end, node))
        for child in node.children:
            self._classify(child)

    def _measures(self, node: Node) -> None:
        """Split a finding's text into its own text and its measures (一是…, 第一…, 针对…问题, 下一步…)."""
        self.ranges.append((node.start, node.title_end, node))
        own, measures, planned_context = _measures.split(self.text, self.folded, node.pieces)
        self.ranges.extend(_measures.ranges_of(measures))
        for start, end in own:
            self.ranges.append((start, end, node))
        # Numbered parts below a finding are its measures: （1）… under "1. …问题整改情况".
        for child in node.children:
            measure = MeasureDraft(child.ordinal, child.marker, child.start, "child")
            measure.pieces = [(child.start + len(child.marker), child.title_end), *child.pieces]
            measure.pieces = [(s, e) for s, e in measure.pieces if e > s]
            measure.planned_context = planned_context
            self.ranges.extend(_measures.ranges_of([measure]))
            measures.append(measure)
        node.finding = FindingParts(own, measures)

    def _leaf_children(self, node: Node) -> bool:
        """Whether the parts below ``node`` have none below them and none is titled like a finding."""
        return all(not child.children for child in node.children) and not any(
            _FINDING_TITLE.search(self.folded_title(child)) for child in node.children
        )


def _add_piece(node: Node, start: int, end: int) -> None:
    if isinstance(node.pieces, list):
        node.pieces.append((start, end))
    else:
        node.pieces = [(start, end)]


def _close(node: Node) -> None:
    for child in node.children:
        _close(child)
        node.end = max(node.end, child.end)


# --------------------------------------------------------------------------- freezing into models


class Freezer:
    """Turns the nodes into frozen models, once every figure has been placed."""

    def __init__(
        self, text: str, folded: str, span_of: Callable[[int, int], Span], reference: dt.date | None
    ) -> None:
        self.text = text
        self.folded = folded
        self.span_of = span_of
        self.reference = reference
        # A text that folds to itself (fold returns the same object) has no foldable character in any part:
        # its titles and bodies are read as they are, without a search for one in each.
        self.fold: Callable[[str], str] = fold if folded is not text else _as_is

    def sections(self, roots: list[Node]) -> list[Section]:
        """The sections the nodes make, in order. ``roots`` is emptied: each node is let go once frozen, so that
        a long body never holds its nodes and its models whole at once."""
        sections: list[Section] = []
        loose: list[Finding] = []
        roots.reverse()
        while roots:
            node = roots.pop()
            if node.finding is not None:
                loose.append(self.finding(node, node.finding))
                continue
            if loose:
                sections.append(_unnumbered(loose))
                loose = []
            sections.append(self.section(node))
        if loose:
            sections.append(_unnumbered(loose))
        return sections

    def section(self, node: Node) -> Section:
        children = [self.section(child) for child in node.children if child.finding is None]
        findings = [
            self.finding(child, child.finding) for child in node.children if child.finding is not None
        ]
        # Every field comes from the parser, valid by construction (see _trusted_document._trusted_section).
        return _trusted_section(
            level=node.level,
            ordinal=node.ordinal,
            title=node.title,
            marker=node.marker,
            intro=join(self.text, node.pieces),
            sections=tuple(children),
            findings=tuple(findings),
            quantities=tuple(node.quantities),
            periods=tuple(node.periods),
            span=self.span_of(node.start, node.end),
        )

    def finding(self, node: Node, parts: FindingParts) -> Finding:
        measures = [
            _measures.freeze(m, self.text, self.span_of, self.reference, self.fold) for m in parts.measures
        ]
        body = join(self.text, parts.text_pieces)
        status_text = self.fold("\n".join([body, *(m.text for m in measures)]))
        # Every field comes from the parser, valid by construction (see _trusted_document._trusted_finding).
        return _trusted_finding(
            title=node.title,
            number=node.ordinal,
            marker=node.marker,
            problem=_problem(node.title, self.fold(node.title)),
            text=body,
            measures=tuple(measures),
            status=_measures.status_of(status_text),
            quantities=tuple(node.quantities),
            periods=tuple(node.periods),
            span=self.span_of(node.start, node.end),
        )


def _as_is(text: str) -> str:
    return text


def _unnumbered(findings: list[Finding]) -> Section:
    """The section that holds findings standing above any numbered section (a notice holds only sections)."""
    first, last = findings[0].span, findings[-1].span
    span = Span(first.start, last.end) if first is not None and last is not None else None
    return Section(level=1, ordinal=1, title="", findings=findings, span=span)


def _problem(title: str, folded: str) -> str | None:
    """The problem a finding's title names: the title without 关于 and its …问题整改情况 suffix."""
    start = len(title) - len(title.lstrip())
    end = len(title.rstrip())
    if folded.startswith("关于", start):
        start += 2
    # The suffix is at most 12 characters long ("有关问题的整改落实情况。"): only the tail can hold it, and
    # looking there spares the pattern a try at every position of a long title.
    suffix = _PROBLEM_SUFFIX.search(folded, max(start, end - _PROBLEM_SUFFIX_LONGEST), end)
    if suffix is not None:
        end = suffix.start()
    return title[start:end].strip() or None
