"""What every rule reads and writes: :class:`Context` (the notice, its source, the reference date, the sink of
:class:`Diagnostic`) and the walk over a notice's parts that several rule families share."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import math
import re
from collections.abc import Iterator

import attrs

from xuncha._text import SourceText
from xuncha.checks._date_reading import DateReading
from xuncha.checks._registry import Code, Rule, Severity
from xuncha.errors import TextError, XunchaError
from xuncha.models import Finding, Measure, Notice, Section, Span

__all__ = [
    "CHINESE",
    "CHINESE_CHARACTER",
    "CLAUSE_END",
    "Context",
    "Diagnostic",
    "NodeKind",
    "clause_before",
    "quote",
    "walk",
]

NodeKind = Section | Finding | Measure

#: The longest piece of the text a message quotes; a longer one is cut in the middle, with "…".
QUOTE_LIMIT = 60


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` itself when it is short; else its head and tail around "…", ``limit`` characters in all, so that a
    message never echoes a whole input."""
    if len(text) <= limit:
        return text
    tail = limit // 3
    return f"{text[: limit - tail - 1]}…{text[-tail:]}"


@attrs.frozen
class Diagnostic:
    """One problem found by :func:`~xuncha.check`.

    ``code`` is stable (see :data:`~xuncha.checks.CODES`), ``message`` quotes the offending text, ``path`` is the
    model path of the part at fault (``$.sections[0].findings[2]``), ``line`` and ``column`` (1-based) say where it
    is in the source text when that is known, and ``span`` gives the exact offsets.
    """

    code: str
    severity: Severity
    message: str
    path: str = "$"
    line: int | None = None
    column: int | None = None
    span: Span | None = None

    @property
    def location(self) -> str | None:
        """``"LINE:COLUMN"`` when the place in the source is known, else None."""
        if self.line is None or self.column is None:
            return None
        return f"{self.line}:{self.column}"

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.severity.value}: {self.message} [{self.code}] at {self.path}"


class Context:
    """What every rule needs: the notice (if it parsed), the source (if known), the reference date, and a sink.

    Every lookup a rule makes per finding (the path at an offset, the line of an offset) costs a logarithm of the
    text's size, never a pass over it, so that checking stays linear however many problems a text has.
    """

    def __init__(
        self,
        notice: Notice | None,
        source: str | None,
        reference: dt.date | None,
        parse_error: XunchaError | None = None,
        *,
        from_text: bool = False,
    ) -> None:
        self.notice = notice
        #: Whether the notice was read from the text here (not given as a Notice, with or without its source).
        self.from_text = from_text
        self.source = source
        self.parse_error = parse_error
        # The text rules read: the source without markup (**, #, <sub>) and with hard-wrapped lines and page
        # breaks joined, so that "0\n739-4125678" or "qhxc@example\n.cn" is read whole; offsets into it map back.
        self.view = SourceText(source) if source is not None else None
        self.text = self.view.text if self.view is not None else ""
        self.date = notice.date if notice is not None and notice.date is not None else reference
        # A body without an opening is an excerpt: the runs it starts in may have begun before it, up to the end
        # of its first top section.
        self.excerpt_head = -1
        if (
            notice is not None
            and source is not None  # a notice built in a program is whole
            and notice.inspection is None
            and not notice.opening.strip()
            and notice.sections
        ):
            first = notice.sections[0].span
            self.excerpt_head = first.end if first is not None else 0
        # The first section at each depth (sections[0], sections[0].sections[0] …): an excerpt cuts into their
        # runs of subsections.
        self.first_path: set[int] = set()
        if notice is not None:
            siblings = notice.sections
            while siblings:
                self.first_path.add(id(siblings[0]))
                siblings = siblings[0].sections
        self.diagnostics: list[Diagnostic] = []
        # Ranges found written backwards: the dates read from them are not compared again.
        self.reversed_ranges: list[Span] = []
        # The path of every node in walk order, made once: the rules' diagnostics share these strings.
        self._paths: list[str] = []
        #: Where the first node that knows its span starts in the source (None: no node does).
        self.first_start: int | None = None
        if notice is not None:
            for node, path in walk(notice):
                self._paths.append(path)
                if node.span is not None and (self.first_start is None or node.span.start < self.first_start):
                    self.first_start = node.span.start
        #: Set by a rule that finds the text is no notice at all: the rules after it have nothing to read.
        self.done = False
        self.rule: Rule | None = None
        self._segments: tuple[list[int], list[str | None]] | None = None
        self._last_end = 0  # (set with the segments)
        self._newlines: list[int] | None = None
        # The last message of each code: a text that repeats one problem line after line gets one string for
        # the message they all share, not one per diagnostic (a third of check's peak memory on such a text).
        self._last_message: dict[str, str] = {}

    def parts(self) -> Iterator[tuple[NodeKind, str]]:
        """``walk(self.notice)`` (nothing without a notice), with the paths made once for every rule."""
        if self.notice is None:
            return iter(())
        return zip(_parts(self.notice), self._paths, strict=True)

    @functools.cached_property
    def nodes(self) -> list[tuple[int, int, str]]:
        """(start, end, path) of every node that knows its span, to name the model part at a source offset:
        made on first use (most checks never ask, and on a long body the list is a tenth of check's memory)."""
        return [
            (node.span.start, node.span.end, path) for node, path in self.parts() if node.span is not None
        ]

    @functools.cached_property
    def dates(self) -> DateReading:
        """The date grammar's reading of :attr:`text`, made on first use."""
        return DateReading(self.text, self.date)

    # ----------------------------------------------------------------- reporting

    def add(self, code: str, message: str, path: str = "$", span: Span | None = None) -> None:
        """Report ``code`` (declared by the running rule: its severity is read from there)."""
        severity = self._declared(code).severity
        last = self._last_message.get(code)
        if last == message:
            message = last
        else:
            self._last_message[code] = message
        line = column = None
        if span is not None and self.source is not None:
            line, column = self.line_column(span.start)
        self.diagnostics.append(Diagnostic(code, severity, message, path, line, column, span))

    def _declared(self, name: str) -> Code:
        if self.rule is not None:
            for code in self.rule.codes:
                if code.name == name:
                    return code
        running = self.rule.name if self.rule is not None else "no rule"
        raise KeyError(f"{running} reports {name!r}, which it does not declare")

    def sorted(self) -> list[Diagnostic]:
        """The diagnostics without repeats, by source offset (none last), then by model path.

        Sorted by offset first and by path only among those at one offset: a text may give a diagnostic every
        few characters, and a path key for each of them at once would outweigh the diagnostics themselves.
        Repeats share their offset, so each run of one offset drops its own (the first of each stays).
        """
        diagnostics = self.diagnostics
        diagnostics.sort(key=_start)  # stable: the order of report stays within an offset
        ordered: list[Diagnostic] = []
        count = len(diagnostics)
        first = 0
        while first < count:
            start = _start(diagnostics[first])
            last = first + 1
            while last < count and _start(diagnostics[last]) == start:
                last += 1
            if last - first == 1:
                ordered.append(diagnostics[first])
            else:
                unique = dict.fromkeys(diagnostics[first:last])
                ordered.extend(sorted(unique, key=lambda d: _path_key(d.path)))
            first = last
        return ordered

    # ----------------------------------------------------------------- places

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a source offset (as :func:`xuncha.errors.line_column`, by bisection)."""
        source = self.source or ""
        if self._newlines is None:
            self._newlines = [index for index, char in enumerate(source) if char == "\n"]
        offset = max(0, min(offset, len(source)))
        before = bisect.bisect_left(self._newlines, offset)
        line_start = self._newlines[before - 1] + 1 if before else 0
        return before + 1, offset - line_start + 1

    def cut(self, parent: Section | None) -> bool:
        """Whether a run of subsections of ``parent`` (None: the top sections) may have begun before an excerpt
        does."""
        return self.excerpt_head >= 0 and (parent is None or id(parent) in self.first_path)

    def dated(self, day: dt.date, span: Span | None) -> str:
        """A date as written and as read, "2023年5月5日" (2023-05-05); the ISO date alone when the place is not
        known."""
        if span is None or self.source is None:
            return day.isoformat()
        return f'"{quote(" ".join(self.source[span.start : span.end].split()))}" ({day.isoformat()})'

    def original(self, start: int, end: int) -> Span:
        """The span of the source that holds ``self.text[start:end]``."""
        if self.view is None:
            return Span(start, end)
        return Span(*self.view.to_original(start, end))

    def clean(self, offset: int) -> int:
        """The offset in ``self.text`` of a source offset."""
        # SourceText keeps this mapping private to the parser; the checker is its only other reader.
        return self.view.to_clean(offset) if self.view is not None else offset

    def path_at(self, offset: int) -> str:
        """The model path of the smallest node around a source offset (the first in document order on a tie)."""
        if self._segments is None:
            self._segments = _smallest_enclosing(self.nodes)
            self._last_end = max((end for _, end, _ in self.nodes), default=0)
        bounds, paths = self._segments
        index = bisect.bisect_right(bounds, offset) - 1
        found = paths[index] if index >= 0 else None
        if found is not None:
            return found
        if self.first_start is not None and offset < self.first_start:
            return "$.opening"
        if self.nodes and offset >= self._last_end:
            return "$.closing"
        return "$"

    @staticmethod
    def error_message(error: XunchaError) -> str:
        """The parser's error as one short line that quotes at most a short piece of the text."""
        if isinstance(error, TextError):
            return f"{error.message}: {quote(error.text)!r}"
        return quote(str(error).splitlines()[0] if str(error) else type(error).__name__, 200)


def _smallest_enclosing(nodes: list[tuple[int, int, str]]) -> tuple[list[int], list[str | None]]:
    """Cut the text at every node boundary; for each piece, the path of the smallest node holding it.

    One sweep with a heap of the open nodes (smallest first, then earliest in document order), so that
    :meth:`Context.path_at` is a bisection.
    """
    starts = sorted((start, index) for index, (start, end, _) in enumerate(nodes) if end > start)
    bounds = sorted({offset for start, end, _ in nodes if end > start for offset in (start, end)})
    paths: list[str | None] = []
    open_nodes: list[tuple[int, int]] = []  # (length, index)
    next_start = 0
    for bound in bounds:
        while next_start < len(starts) and starts[next_start][0] == bound:
            index = starts[next_start][1]
            start, end, _ = nodes[index]
            heapq.heappush(open_nodes, (end - start, index))
            next_start += 1
        while open_nodes and nodes[open_nodes[0][1]][1] <= bound:
            heapq.heappop(open_nodes)
        paths.append(nodes[open_nodes[0][1]][2] if open_nodes else None)
    return bounds, paths


_PATH_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


def _start(diagnostic: Diagnostic) -> float:
    return diagnostic.span.start if diagnostic.span is not None else math.inf


def _path_key(path: str) -> tuple[tuple[str, int], ...]:
    """Sort key for a model path: indices compare as numbers, so sections[2] comes before sections[10]."""
    return tuple((name or "", int(index) if index else -1) for name, index in _PATH_STEP.findall(path))


def _parts(notice: Notice) -> Iterator[NodeKind]:
    """Every section, finding and measure, in the order of :func:`walk`."""

    def parts_of(section: Section) -> Iterator[NodeKind]:
        yield section
        for finding in section.findings:
            yield finding
            yield from finding.measures
        for child in section.sections:
            yield from parts_of(child)

    for section in notice.sections:
        yield from parts_of(section)


def walk(notice: Notice) -> Iterator[tuple[NodeKind, str]]:
    """Every section, finding and measure with its model path."""

    def walk_section(section: Section, path: str) -> Iterator[tuple[NodeKind, str]]:
        yield section, path
        for index, finding in enumerate(section.findings):
            finding_path = f"{path}.findings[{index}]"
            yield finding, finding_path
            for measure_index, measure in enumerate(finding.measures):
                yield measure, f"{finding_path}.measures[{measure_index}]"
        for index, child in enumerate(section.sections):
            yield from walk_section(child, f"{path}.sections[{index}]")

    for index, section in enumerate(notice.sections):
        yield from walk_section(section, f"$.sections[{index}]")


CLAUSE_END = re.compile(r"[。；;！？!?\n]")

#: The Chinese characters (the unified ideographs, extension A and the compatibility ideographs), as the inside
#: of a character class, and one of them: the notice rule asks whether a text holds any, the Latin-word rule
#: whether a stray word stands against one.
CHINESE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CHINESE_CHARACTER = re.compile(rf"[{CHINESE}]")


def clause_before(text: str, offset: int, limit: int = 40) -> str:
    """The text of the clause that leads up to ``offset`` (back to the previous full stop or semicolon)."""
    window = text[max(0, offset - limit) : offset]
    ends = list(CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window
