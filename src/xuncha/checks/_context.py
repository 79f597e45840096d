"""What every rule reads and writes: :class:`Context` (the notice, its source, the reference date, the sink of
:class:`Diagnostic`) and the walk over a notice's parts that several rule families share."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
import math
import re
from collections.abc import Iterator
from typing import Any

import attrs

from xuncha._lines import line_start_before
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


#: The pointers a chunk of reports or paths holds: a list of 512 bytes, the largest block Python's small-object
#: allocator serves (a list grown by appends to 64 items has room for 64 exactly).
_CHUNK = 64
#: The reports a chunk of :class:`Reports` holds, four pointers each.
_PER_CHUNK = _CHUNK // 4


class Reports:
    """What the rules report, in the order they report it: the code, message, path and span of each, four
    pointers in a row in chunks of :data:`_PER_CHUNK` reports.

    A report costs four pointers here, 32 bytes, where a tuple would take 80 and a Diagnostic 96: the reports
    sit beside the notice while the rules run, and on a body of short lines they number two for every 19 bytes.
    Chunks of 512 bytes come from Python's own allocator, which gives their room to the diagnostics as each
    chunk is read and let go (:meth:`diagnostics`); four lists as long as the reports came from the system's,
    which kept their room, out of Python's reach, beside the diagnostics (a tenth of check's peak at 10 MB).
    """

    __slots__ = ("_chunks", "_count")

    def __init__(self) -> None:
        self._chunks: list[list[Any]] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[Code, str, str, Span | None]]:
        chunks = self._chunks
        for index in range(self._count):
            chunk, slot = chunks[index // _PER_CHUNK], index % _PER_CHUNK * 4
            yield chunk[slot], chunk[slot + 1], chunk[slot + 2], chunk[slot + 3]

    def append(self, code: Code, message: str, path: str, span: Span | None) -> None:
        slot = self._count % _PER_CHUNK * 4
        if slot == 0:  # (made whole, not grown: a list grown by appends would outgrow the small blocks)
            self._chunks.append([None] * _CHUNK)
        chunk = self._chunks[-1]
        chunk[slot], chunk[slot + 1], chunk[slot + 2], chunk[slot + 3] = code, message, path, span
        self._count += 1

    def extend(self, other: Reports) -> None:
        for report in other:
            self.append(*report)

    def diagnostics(self) -> list[Diagnostic]:
        """A :class:`Diagnostic` for each report, in the order of report, with no line or column yet; the reports
        are emptied, each chunk let go once read."""
        made: list[Any] = [None] * self._count
        chunks = self._chunks
        for index in range(self._count):
            number, slot = divmod(index, _PER_CHUNK)
            chunk = chunks[number]
            slot *= 4
            code = chunk[slot]
            made[index] = Diagnostic(
                code.name, code.severity, chunk[slot + 1], chunk[slot + 2], None, None, chunk[slot + 3]
            )
            if slot == (_PER_CHUNK - 1) * 4:
                chunks[number] = []
        self._chunks, self._count = [], 0
        return made

    def take(self, first: int) -> Reports:
        """The reports from the ``first`` on, taken out of these."""
        taken = Reports()
        if first >= self._count:
            return taken
        for index, report in enumerate(self):
            if index >= first:
                taken.append(*report)
        whole, rest = divmod(first, _PER_CHUNK)
        del self._chunks[whole + (rest > 0) :]
        if rest:
            self._chunks[-1][rest * 4 :] = [None] * ((_PER_CHUNK - rest) * 4)
        self._count = first
        return taken


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


# How many spaces and line breaks Context.follows_a_colon looks back over for the colon (an indent, a blank line
# or two).
_LOOKED_BACK = 16


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
        view: SourceText | None = None,
    ) -> None:
        self.notice = notice
        #: Whether the notice was read from the text here (not given as a Notice, with or without its source).
        self.from_text = from_text
        self.source = source
        self.parse_error = parse_error
        # The text rules read: the source without markup (**, #, <sub>) and with hard-wrapped lines and page
        # breaks joined, so that "0\n739-4125678" or "qhxc@example\n.cn" is read whole; offsets into it map back.
        # ``view`` is the parser's SourceText of ``source`` when the notice was just read from it: cleaning the
        # text again would cost its time, and its transient objects (some 25 bytes a byte of input) beside the
        # notice. No rule reads the paragraphs: they are let go (a seventh of the notice's size on a body of
        # short lines).
        if view is None and source is not None:
            view = SourceText(source)
        if view is not None:
            view.paragraphs = ()
        self.view = view
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
        #: What the rules report (:meth:`finish` makes the diagnostics from it, once the notice is let go).
        self.reports = Reports()
        # Ranges found written backwards: the dates read from them are not compared again.
        self.reversed_ranges: list[Span] = []
        # The path of every node in walk order, made once: the rules' diagnostics share these strings. Kept in
        # chunks of small lists, as the reports are (see Reports): they come from Python's allocator, which
        # gives their room to the diagnostics once the paths are let go.
        self._paths: list[list[str]] = []
        #: Where the first node that knows its span starts in the source (None: no node does).
        self.first_start: int | None = None
        if notice is not None:
            chunk: list[str] = []
            for node, path in walk(notice):
                if len(chunk) == _CHUNK:
                    self._paths.append(chunk)
                    chunk = []
                chunk.append(path)
                if node.span is not None and (self.first_start is None or node.span.start < self.first_start):
                    self.first_start = node.span.start
            if chunk:
                self._paths.append(chunk)
        #: Set by a rule that finds the text is no notice at all: the rules after it have nothing to read.
        self.done = False
        self.rule: Rule | None = None
        self._segments: tuple[list[int], list[str | None]] | None = None
        self._last_end = 0  # (set with the segments)
        # The last message of each code: a text that repeats one problem line after line gets one string for
        # the message they all share, not one per diagnostic (a third of check's peak memory on such a text).
        self._last_message: dict[str, str] = {}

    def parts(self) -> Iterator[tuple[NodeKind, str]]:
        """``walk(self.notice)`` (nothing without a notice), with the paths made once for every rule."""
        if self.notice is None:
            return
        # The paths were made by the same traversal (the context's walk): only the nodes are visited again.
        # Holding the nodes in a list instead would cost a pointer a node for as long as the context lives.
        paths = itertools.chain.from_iterable(self._paths)
        for (node, _), path in zip(_visit(self.notice, named=False), paths, strict=True):
            yield node, path

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
        declared = self._declared(code)
        last = self._last_message.get(code)
        if last == message:
            message = last
        else:
            self._last_message[code] = message
        self.reports.append(declared, message, path, span)

    def _declared(self, name: str) -> Code:
        if self.rule is not None:
            for code in self.rule.codes:
                if code.name == name:
                    return code
        running = self.rule.name if self.rule is not None else "no rule"
        raise KeyError(f"{running} reports {name!r}, which it does not declare")

    def finish(self) -> list[Diagnostic]:
        """The diagnostics without repeats, by source offset (none last), then by model path; the context lets
        go of the notice and what it read first, and is empty after.

        The notice and the cleaned text are let go before a single Diagnostic is made, so that they and the
        diagnostics (on a body of short lines two for every line of 19 bytes) are never held at once. Each
        report is let go as its diagnostic is made, and the diagnostics are put in order themselves: on such a
        text a tuple for each report, to sort them, took room the diagnostics could not reuse, and the peak was
        the diagnostics and a third more. Sorted by offset first and by path only among those at one offset: a
        text may give a diagnostic every few characters, and a path key for each of them at once would outweigh
        the diagnostics themselves. Repeats share their offset, so each run of one offset drops its own (the
        first of each stays). In that order, the line and the column of each offset are counted on from the one
        before: one pass over the source, with no index of its lines, and the diagnostics on one line share its
        number.
        """
        self._let_go()
        reports, self.reports = self.reports, Reports()
        diagnostics = reports.diagnostics()
        del reports
        diagnostics.sort(key=_start)  # stable: the order of report stays within an offset
        lines = _LineCounter(self.source) if self.source is not None else None
        count = len(diagnostics)
        kept = 0  # the diagnostics kept so far, moved to the front of the list (a repeat is dropped)
        index = 0
        while index < count:
            start = _start(diagnostics[index])
            following = index + 1
            while following < count and _start(diagnostics[following]) == start:
                following += 1
            group = diagnostics[index:following]
            if len(group) > 1:
                # (the line and the column are not set yet: a repeat is one with the same code, severity,
                # message, path and span, as the reports compared)
                group = sorted(dict.fromkeys(group), key=lambda d: _path_key(d.path))
            if lines is not None and start != math.inf:
                line, column = lines.at(int(start))
                for diagnostic in group:
                    # Set once, before anyone holds the diagnostic: made without them, it is not made twice.
                    object.__setattr__(diagnostic, "line", line)
                    object.__setattr__(diagnostic, "column", column)
            for diagnostic in group:
                diagnostics[kept] = diagnostic
                kept += 1
            index = following
        del diagnostics[kept:]
        return diagnostics

    def _let_go(self) -> None:
        """Drop the notice, the cleaned text and everything read from them (the rules have run)."""
        self.notice = None
        self.view = None
        self.text = ""
        self.first_path = set()
        self.reversed_ranges = []
        self._paths = []
        self._segments = None
        self.__dict__.pop("nodes", None)
        self.__dict__.pop("dates", None)

    # ----------------------------------------------------------------- places

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

    def runs_in(self, span: Span | None) -> bool:
        """Whether ``span`` starts after text on its line of the cleaned text (markup such as ``###`` taken out): an
        item so placed (整改措施：1、…；2、…) runs into its paragraph. False when the source is not known."""
        if span is None or self.source is None:
            return False
        return line_start_before(self.text, self.clean(span.start)) is None

    def follows_a_colon(self, span: Span | None) -> bool:
        """Whether the cleaned text before ``span`` ends on a colon, on its line or the line before (问题如下：1、…,
        问题如下：⏎1、…): a list's item 1 there starts a list of its own. False when the source is not known."""
        if span is None or self.source is None:
            return False
        at = self.clean(span.start)
        return self.text[max(0, at - _LOOKED_BACK - 1) : at].rstrip()[-1:] in ("：", ":")

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
    span = diagnostic.span
    return span.start if span is not None else math.inf


class _LineCounter:
    """The 1-based line and column of source offsets asked in increasing order (as
    :func:`xuncha.errors.line_column`): each is counted on from the one before, one pass over the source."""

    __slots__ = ("_line", "_line_start", "_position", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._position = 0
        self._line = 1
        self._line_start = 0

    def at(self, offset: int) -> tuple[int, int]:
        source = self._source
        offset = max(self._position, min(offset, len(source)))
        newlines = source.count("\n", self._position, offset)
        if newlines:
            self._line += newlines
            self._line_start = source.rfind("\n", self._position, offset) + 1
        self._position = offset
        return self._line, offset - self._line_start + 1


def _path_key(path: str) -> tuple[tuple[str, int], ...]:
    """Sort key for a model path: indices compare as numbers, so sections[2] comes before sections[10]."""
    return tuple((name or "", int(index) if index else -1) for name, index in _PATH_STEP.findall(path))


def _visit(notice: Notice, *, named: bool) -> Iterator[tuple[NodeKind, str]]:
    """Every section, finding and measure in document order (a section, its findings each with its measures,
    then its subsections), with its model path when ``named``, else with "".

    The one traversal of :func:`walk` and :meth:`Context.parts`: the context makes the paths once, and each
    rule's visit pairs the nodes with them, so that the order cannot differ between the two.
    """
    for index, section in enumerate(notice.sections):
        yield from _visit_section(section, f"$.sections[{index}]" if named else "", named)


def _visit_section(section: Section, path: str, named: bool) -> Iterator[tuple[NodeKind, str]]:
    # (A function of the module, not a closure that calls itself: such a closure is a reference cycle, and a
    # visit left unfinished would hold the notice until the garbage collector runs.)
    yield section, path
    for index, finding in enumerate(section.findings):
        finding_path = f"{path}.findings[{index}]" if named else ""
        yield finding, finding_path
        for measure_index, measure in enumerate(finding.measures):
            yield measure, f"{finding_path}.measures[{measure_index}]" if named else ""
    for index, child in enumerate(section.sections):
        yield from _visit_section(child, f"{path}.sections[{index}]" if named else "", named)


def walk(notice: Notice) -> Iterator[tuple[NodeKind, str]]:
    """Every section, finding and measure with its model path."""
    return _visit(notice, named=True)


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
