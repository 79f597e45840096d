"""Checks over a notice: numbering, levels, dates, deadlines, shares, contacts and stray Latin words.

:func:`check` takes a :class:`~xuncha.models.Notice` or the text of one and returns a list of
:class:`Diagnostic`, each with a stable ``code`` (see :data:`CODES`), a :class:`Severity`, a plain message that
quotes the offending text, the model path of the part at fault and, when the source text is known, its line and
column. Every rule is a small function below; :data:`CODES` documents what each code means.

>>> from xuncha.models import Finding, Measure, Notice, Section
>>> finding = Finding("理论学习不深入问题整改情况", number=1, marker="1.", measures=[
...     Measure(1, "严格落实学习制度。", marker="一是"), Measure(3, "狠抓常态化学习。", marker="三是")])
>>> notice = Notice("关于巡察整改情况的通报", sections=[Section(1, 1, "学习方面", marker="一、", findings=[finding])])
>>> for diagnostic in check(notice):
...     print(diagnostic)
warning: finding "1." sits directly under section "一、": a level is skipped [level-jump] at $.sections[0].findings[0]
error: measure "三是" follows "一是": "二是" is missing [numbering-gap] at $.sections[0].findings[0].measures[1]
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal

import attrs

from xuncha._text import SourceText
from xuncha.errors import NumberError, TextError, XunchaError, line_column
from xuncha.models import _EMAIL as _MODEL_EMAIL
from xuncha.models import (
    Contact,
    ContactKind,
    Finding,
    Measure,
    Modality,
    Notice,
    Period,
    Quantity,
    Relation,
    Section,
    Span,
)
from xuncha.numerals import Marker, MarkerKind, format_number, parse_marker

__all__ = ["CODES", "Diagnostic", "Severity", "check"]


class Severity(enum.Enum):
    """How serious a finding of :func:`check` is; the command line exits 1 when there is an error."""

    ERROR = "error"  #: the notice says something impossible or malformed
    WARNING = "warning"  #: a defect of form that a reader can still see through
    INFO = "info"  #: worth a look, often fine


@attrs.frozen
class Diagnostic:
    """One problem found by :func:`check`.

    ``code`` is stable (see :data:`CODES`), ``message`` quotes the offending text, ``path`` is the model path of
    the part at fault (``$.sections[0].findings[2]``), ``line`` and ``column`` (1-based) say where it is in the
    source text when that is known, and ``span`` gives the exact offsets.
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


#: Every code :func:`check` can report, with its severity and what it means.
CODES: dict[str, tuple[Severity, str]] = {
    "unparseable-notice": (Severity.ERROR, "the text cannot be read as a notice at all (the parser's error)"),
    "numbering-gap": (Severity.ERROR, "a number is missing in a run of sections, findings or measures"),
    "numbering-duplicate": (Severity.ERROR, "the same number is used twice among siblings"),
    "numbering-disorder": (Severity.ERROR, "a number comes after a larger one among siblings"),
    "numbering-not-continuous": (
        Severity.ERROR,
        "findings are numbered on across sections, but one section starts again at 1",
    ),
    "level-jump": (Severity.WARNING, "a level of the hierarchy 一、 （一） 1. （1） is skipped"),
    "date-range-reversed": (Severity.ERROR, "a date range ends before it starts"),
    "inspection-end-before-start": (
        Severity.ERROR,
        "the inspection period in the opening ends before it starts",
    ),
    "feedback-before-inspection-end": (
        Severity.ERROR,
        "the inspection's feedback is dated before the inspection ended",
    ),
    "notice-before-feedback": (Severity.ERROR, "the notice is dated before the feedback it reports on"),
    "notice-before-inspection-end": (Severity.ERROR, "the notice is dated before the inspection ended"),
    "deadline-already-past": (
        Severity.ERROR,
        "a planned measure's deadline had already passed on the notice date, yet it is stated as future",
    ),
    "share-above-100-percent": (
        Severity.ERROR,
        "a share (占比, 占, 比重, 完成率 …) above 100%; growth rates (增长150%) are not shares",
    ),
    "malformed-phone": (
        Severity.ERROR,
        "a phone number that is neither a landline, a mobile nor a service number",
    ),
    "phone-without-area-code": (Severity.INFO, "a landline written without its area code"),
    "malformed-email": (Severity.ERROR, "an e-mail address that is not shaped like one"),
    "latin-word-in-chinese": (
        Severity.WARNING,
        'an English word inside Chinese text, such as " and " for 和',
    ),
    "empty-section": (
        Severity.WARNING,
        "a section with no text, no findings and no subsections (or a heading read as a finding, with nothing under it)",
    ),
}


def check(
    notice_or_text: Notice | str, *, source: str | None = None, reference: dt.date | None = None
) -> list[Diagnostic]:
    """Check a notice, or the text of one, and return what is wrong with it, in document order.

    Given text, the text is parsed with :func:`xuncha.parsing.parse_notice` and also scanned directly (contacts,
    Latin words, date ranges), so every diagnostic has a line and column. Given a :class:`Notice`, pass its
    ``source`` text to get lines and columns. ``reference`` stands in for the notice date when the notice has
    none (it is never today's date).
    """
    parse_error: XunchaError | None = None
    if isinstance(notice_or_text, str):
        source = notice_or_text
        try:
            from xuncha.parsing import parse_notice

            notice: Notice | None = parse_notice(source, reference=reference)
        except XunchaError as error:
            notice = None
            parse_error = error
    elif isinstance(notice_or_text, Notice):
        notice = notice_or_text
    else:
        raise XunchaError(f"check() takes a Notice or a str, got {type(notice_or_text).__name__}")
    context = _Context(notice, source, reference)
    if parse_error is not None:
        context.report_error(parse_error)
    for rule in _RULES:
        rule(context)
    return context.sorted()


# --------------------------------------------------------------------------- context


_NodeKind = Section | Finding | Measure


class _Context:
    """What every rule needs: the notice (if it parsed), the source (if known), the reference date, and a sink."""

    def __init__(self, notice: Notice | None, source: str | None, reference: dt.date | None) -> None:
        self.notice = notice
        self.source = source
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
        # (start, end, path) of every node that knows its span, to name the model part at a source offset.
        self.nodes: list[tuple[int, int, str]] = []
        if notice is not None:
            for node, path in _walk(notice):
                if node.span is not None:
                    self.nodes.append((node.span.start, node.span.end, path))

    def add(self, code: str, message: str, path: str = "$", span: Span | None = None) -> None:
        severity = CODES[code][0]
        line = column = None
        if span is not None and self.source is not None:
            line, column = line_column(self.source, span.start)
        self.diagnostics.append(Diagnostic(code, severity, message, path, line, column, span))

    def report_error(self, error: XunchaError) -> None:
        span = None
        if isinstance(error, TextError) and error.source == self.source:
            span = Span(error.start, error.end)
        self.add("unparseable-notice", str(error).splitlines()[0], "$", span)

    def cut(self, parent: Section | None) -> bool:
        """Whether a run of subsections of ``parent`` (None: the top sections) may have begun before an excerpt
        does."""
        return self.excerpt_head >= 0 and (parent is None or id(parent) in self.first_path)

    def dated(self, day: dt.date, span: Span | None) -> str:
        """A date as written and as read, "2023年5月5日" (2023-05-05); the ISO date alone when the place is not
        known."""
        if span is None or self.source is None:
            return day.isoformat()
        return f'"{" ".join(self.source[span.start : span.end].split())}" ({day.isoformat()})'

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
        """The model path of the smallest node around a source offset."""
        best: tuple[int, str] | None = None
        for start, end, path in self.nodes:
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, path)
        if best is not None:
            return best[1]
        if self.nodes and offset < min(start for start, _, _ in self.nodes):
            return "$.opening"
        if self.nodes and offset >= max(end for _, end, _ in self.nodes):
            return "$.closing"
        return "$"

    def locate(self, text: str, within: Span | None) -> Span | None:
        """Where ``text`` stands in the source, searching inside ``within`` (a node's span) when given."""
        if self.source is None or not text:
            return None
        start, end = (within.start, within.end) if within is not None else (0, len(self.source))
        found = self.source.find(text, start, end)
        return Span(found, found + len(text)) if found >= 0 else None

    def sorted(self) -> list[Diagnostic]:
        unique = list(dict.fromkeys(self.diagnostics))
        far = float("inf")
        return sorted(unique, key=lambda d: (d.span.start if d.span is not None else far, _path_key(d.path)))


_PATH_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


def _path_key(path: str) -> tuple[tuple[str, int], ...]:
    """Sort key for a model path: indices compare as numbers, so sections[2] comes before sections[10]."""
    return tuple((name or "", int(index) if index else -1) for name, index in _PATH_STEP.findall(path))


def _parts_in_order(section: Section) -> list[Finding | Section]:
    """A section's findings and subsections in document order (as Section.iter_findings sees them)."""
    parts: list[Finding | Section] = [*section.findings, *section.sections]
    if all(part.span is not None for part in parts):
        parts.sort(key=lambda part: part.span.start if part.span is not None else 0)
    return parts


def _walk(notice: Notice) -> Iterator[tuple[_NodeKind, str]]:
    """Every section, finding and measure with its model path."""

    def walk_section(section: Section, path: str) -> Iterator[tuple[_NodeKind, str]]:
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


# --------------------------------------------------------------------------- markers


def _marker(text: str | None) -> Marker | None:
    """The marker as :func:`xuncha.numerals.parse_marker` reads it; None when the text is not a marker."""
    if not text or not text.strip():
        return None
    try:
        # Spaces inside a marker ("一 、", "（ 一 ）") are typesetting, not part of it.
        return parse_marker(re.sub(r"\s+", "", text))
    except NumberError:
        return None


def _marker_number(text: str | None) -> int | None:
    """The number a marker states: 一、→1, （十二）→12, 3.→3, 一是→1, 第二→2, ④→4."""
    marker = _marker(text)
    return marker.ordinal if marker is not None else None


def _marker_level(text: str | None) -> int | None:
    """The GB/T 9704 level of a body marker: 一、 1, （一） 2, 1. 3, （1） 4; None for anything else."""
    marker = _marker(text)
    return marker.level if marker is not None else None


def _heading_shape(text: str) -> str:
    """ "" for the GB/T 9704 markers of a level (一、 and 二． alike, a writer may mix them), else the marker's
    shape with its number taken out (第N部分), so that 第一部分 and 一、 are not counted as one run."""
    marker = _marker(text)
    if marker is not None and marker.level is not None and marker.kind is not MarkerKind.PART:
        return ""
    return _NUMERAL.sub("N", text.strip())


def _marker_family(text: str) -> str:
    """The shape of a marker, so that 一是/二是 and 第一/第二 (or 第一部分 and 一、) are counted apart."""
    marker = _marker(text)
    return marker.kind.value if marker is not None else _NUMERAL.sub("N", text.strip())


# --------------------------------------------------------------------------- numbering


class _Numbered:
    """One item of a numbered run: its number, how to name it, where it is, and whether to report it (an item
    already checked in a run of its own only keeps the count)."""

    __slots__ = ("label", "number", "path", "report", "span")

    def __init__(self, number: int, label: str, path: str, span: Span | None, report: bool = True) -> None:
        self.number, self.label, self.path, self.span, self.report = number, label, path, span, report


def _check_run(
    context: _Context,
    items: Sequence[_Numbered],
    what: str,
    expected_first: int = 1,
    spell: Callable[[int], str] = str,
    cut: bool = False,
) -> None:
    """Report gaps, duplicates and disorder in one run of sibling numbers; ``cut`` says the run may have begun
    before the text does (an excerpt), so a first number above 1 is no gap."""
    seen: dict[int, _Numbered] = {}
    highest = expected_first - 1
    previous: _Numbered | None = None
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
        elif item.number > highest + 1:
            # A swap (3 before 2) is disorder, not a gap: only numbers that never come are missing.
            later = {other.number for other in items}
            absent = [n for n in range(highest + 1, item.number) if n not in later]
            if previous is None and cut:
                absent = []
            if absent:
                if len(absent) > 3 and absent == list(range(absent[0], absent[-1] + 1)):
                    names = f'"{spell(absent[0])}" to "{spell(absent[-1])}"'
                else:
                    names = ", ".join(f'"{spell(n)}"' for n in absent)
                after = f'follows "{previous.label}"' if previous is not None else "starts the numbering"
                verb = "is" if len(absent) == 1 else "are"
                context.add(
                    "numbering-gap",
                    f'{what} "{item.label}" {after}: {names} {verb} missing',
                    item.path,
                    item.span,
                )
        seen.setdefault(item.number, item)
        highest = max(highest, item.number)
        previous = item


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ARABIC = re.compile(r"[0-9０-９]+")
_NUMERAL = re.compile(r"[0-9０-９]+|[零〇一二两三四五六七八九十百]+|[①-⑳]")


def _spell_like(marker: str) -> Callable[[int], str]:
    """Spell a missing number the way a sibling marker is written (二是 for a gap among 一是/三是)."""
    match = _NUMERAL.search(marker)
    if match is None:
        return str
    numeral = match.group()
    head, tail = marker[: match.start()], marker[match.end() :]
    if _ARABIC.fullmatch(numeral):
        return lambda n: f"{head}{n}{tail}"
    if numeral in _CIRCLED:
        return lambda n: f"{head}{_CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else n}{tail}"
    return lambda n: f"{head}{format_number(n)}{tail}"


def _section_number(section: Section) -> int:
    return _marker_number(section.marker) or section.ordinal


def _section_label(section: Section) -> str:
    return section.marker.strip() or str(section.ordinal)


def _check_section_runs(context: _Context) -> None:
    """Sibling sections of each level count 1, 2, 3 … with no gap, repeat or disorder.

    A finding whose marker has the level of its sibling sections (a （一） heading with nothing under it, read
    as a finding) counts among those sections.
    """
    if context.notice is None:
        return

    def visit(parent: Section | None, siblings: tuple[Section, ...], path: str) -> None:
        # Runs by level and by the shape of the marker: 第一部分 第二部分 around 一、 二、 are two runs.
        by_level: dict[tuple[int, str], list[tuple[int, _Numbered]]] = {}
        first_marker: dict[tuple[int, str], str] = {}
        for index, section in enumerate(siblings):
            item_path = f"{path}.sections[{index}]"
            key = (section.level, _heading_shape(section.marker))
            by_level.setdefault(key, []).append(
                (
                    section.span.start if section.span is not None else 0,
                    _Numbered(_section_number(section), _section_label(section), item_path, section.span),
                )
            )
            first_marker.setdefault(key, section.marker)
            visit(section, section.sections, item_path)
        if parent is not None:
            for index, finding in enumerate(parent.findings):
                if _at_section_level(finding, parent):
                    level, number = _marker_level(finding.marker), _marker_number(finding.marker)
                    if level is None or number is None or finding.marker is None:
                        continue
                    item = _Numbered(
                        number, finding.marker.strip(), f"{path}.findings[{index}]", finding.span
                    )
                    key = (level, _heading_shape(finding.marker))
                    start = finding.span.start if finding.span is not None else 0
                    by_level.setdefault(key, []).append((start, item))
                    first_marker.setdefault(key, finding.marker)
        for run_key, items in by_level.items():
            if all(item.span is not None for _, item in items):
                items.sort(key=lambda pair: pair[0])
            run = [item for _, item in items]
            cut = context.cut(parent)
            _check_run(context, run, "section", spell=_spell_like(first_marker[run_key].strip()), cut=cut)

    visit(None, context.notice.sections, "$")


def _at_section_level(finding: Finding, parent: Section) -> bool:
    """Whether a finding is marked like the subsections beside it: it is one of them, with nothing under it."""
    level = _marker_level(finding.marker)
    return level is not None and any(child.level == level for child in parent.sections)


def _finding_groups(notice: Notice) -> list[list[_Numbered]]:
    """The numbered findings of each section that holds findings directly, in document order."""
    groups: list[list[_Numbered]] = []

    def visit(section: Section, path: str) -> None:
        group: list[_Numbered] = []
        findings = {id(finding): index for index, finding in enumerate(section.findings)}
        children = {id(child): index for index, child in enumerate(section.sections)}
        for part in _parts_in_order(section):
            if isinstance(part, Finding):
                if _at_section_level(part, section):
                    continue  # counted with the subsections
                number = part.number if part.number is not None else _marker_number(part.marker)
                if number is not None:
                    label = (part.marker or f"{number}.").strip()
                    group.append(
                        _Numbered(number, label, f"{path}.findings[{findings[id(part)]}]", part.span)
                    )
            else:
                if group:
                    groups.append(group)
                    group = []
                visit(part, f"{path}.sections[{children[id(part)]}]")
        if group:
            groups.append(group)

    for index, section in enumerate(notice.sections):
        visit(section, f"$.sections[{index}]")
    return groups


def _check_finding_runs(context: _Context) -> None:
    """Findings count 1, 2, 3 … either through the whole notice or afresh in each section.

    Which of the two the notice does is read from the notice itself: the reading that finds fewer faults wins
    (one defect is likelier than several); on a tie, the notice numbers on when most sections after the first
    carry on from the one before. A section that starts again at 1 then breaks the notice's own scheme.
    """
    if context.notice is None:
        return
    groups = _finding_groups(context.notice)
    if not groups:
        return
    mark = len(context.diagnostics)
    for group in groups:
        cut = context.excerpt_head >= 0 and group is groups[0]
        _check_run(context, group, "finding", spell=_spell_like(group[0].label), cut=cut)
    per_section = context.diagnostics[mark:]
    del context.diagnostics[mark:]
    _check_findings_on_across(context, groups)
    across = context.diagnostics[mark:]
    del context.diagnostics[mark:]
    if len(across) != len(per_section):
        context.diagnostics.extend(across if len(across) < len(per_section) else per_section)
        return
    later_starts = [group[0].number for group in groups[1:]]
    carried, restarted = sum(n > 1 for n in later_starts), sum(n == 1 for n in later_starts)
    # On a tie, findings were numbered on when as many sections carry on as start again, and those that carry
    # on go on exactly where the section before stopped (or reach numbers beyond what any one section holds,
    # allowing one gap): 1 2 | 3 | 1 2 restarts.
    largest = max(item.number for group in groups for item in group)
    exactly_on = all(
        group[0].number == max(item.number for item in groups[index]) + 1
        for index, group in enumerate(groups[1:])
        if group[0].number > 1
    )
    if carried > 0 and carried >= restarted and (exactly_on or largest > max(map(len, groups)) + 1):
        context.diagnostics.extend(across)
    elif carried == 0 or restarted > carried:
        context.diagnostics.extend(per_section)
    else:
        # 1 2 | 2 3 is 1 2 | 1 2 without its 1, or 1 2 3 4 with a 2 repeated: either reading is as likely,
        # and both point at the same place, so both are said.
        context.diagnostics.extend([*across, *per_section])


def _check_findings_on_across(context: _Context, groups: list[list[_Numbered]]) -> None:
    """The findings as one run through the notice.

    One run, so that a number repeated in another section is a duplicate too. A section that starts again at 1
    is reported once; its findings, and those of the sections that go on from them (1 2 | 3 4 | 1 2 | 3 …),
    are checked as a run of their own and count in the whole as if carried on.
    """
    run: list[_Numbered] = []
    segment: list[_Numbered] = []  # a restarted numbering, checked on its own
    running = 0  # the last number the notice has reached
    shift = 0
    for index, group in enumerate(groups):
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
            segment, shift = list(group), running
        elif segment and group[0].number == max(item.number for item in segment) + 1:
            segment.extend(group)
        else:
            _check_segment(context, segment)
            segment, shift = [], 0
        run.extend(
            _Numbered(item.number + shift, item.label, item.path, item.span, not shift) for item in group
        )
        running = max(running, *(item.number + shift for item in group))
    _check_segment(context, segment)
    _check_run(context, run, "finding", spell=_spell_like(groups[0][0].label), cut=context.excerpt_head >= 0)


def _check_segment(context: _Context, segment: list[_Numbered]) -> None:
    if segment:
        _check_run(context, segment, "finding", spell=_spell_like(segment[0].label))


# At the start of a sentence or clause: 一是/二是 … (not 一是否), 第一/第二 … followed by a comma, （1）（2） …
# and ①②; each shape is counted on its own. A comma may come before one ("市委高度重视，一是…").
_MEASURE_MARKER = re.compile(
    r"(?:^|(?<=[。；;：:！？!?\s”*，,]))"
    r"(?:[一二三四五六七八九十]{1,3}是(?!否)|第[一二三四五六七八九十]{1,3}(?=[，,、：:])|[（(][0-9０-９]{1,2}[)）]|[①-⑳])"
)


def _check_measure_runs(context: _Context) -> None:
    """Measures written 一是/二是 (or 第一/第二, ①②) count 1, 2, 3 … per marker family, in each finding.

    With the source text the markers are read from the text itself (a parser may not take 四是 after 二是
    for a measure), in every finding and in the text of every section before its first part.
    """
    if context.notice is None:
        return
    for node, path in _walk(context.notice):
        if isinstance(node, Measure):
            continue
        if context.source is not None and node.span is not None:
            _check_markers_in_text(context, node, node.span, path)
        elif isinstance(node, Finding):
            items = []
            for index, measure in enumerate(node.measures):
                number = _marker_number(measure.marker)
                if measure.marker is not None and number is not None:
                    items.append(
                        _Numbered(number, measure.marker.strip(), f"{path}.measures[{index}]", measure.span)
                    )
            _check_families(context, items)


def _check_families(context: _Context, items: list[_Numbered]) -> None:
    families: dict[str, list[_Numbered]] = {}
    for item in items:
        families.setdefault(_marker_family(item.label), []).append(item)
    for family in families.values():
        # A new 一是 after a series that went 一是, 二是 … starts a new series (下一步，一是…), not a repeat; after
        # a run that lacked its 一是 (二是, 一是, 三是) it is the missing one, out of order.
        runs: list[list[_Numbered]] = [[]]
        for item in family:
            numbers = {other.number for other in runs[-1]}
            if item.number == 1 and 1 in numbers and max(numbers) >= 2:
                runs.append([])
            runs[-1].append(item)
        for run in runs:
            _check_run(context, run, "measure", spell=_spell_like(run[0].label))


def _check_markers_in_text(context: _Context, node: Section | Finding, span: Span, path: str) -> None:
    start, end = span.start, span.end
    if isinstance(node, Section):
        # A section's own text runs up to its first finding or subsection.
        parts: list[Finding | Section] = [*node.findings, *node.sections]
        children = [part.span.start for part in parts if part.span is not None]
        end = min([end, *children])
    measures = node.measures if isinstance(node, Finding) else ()
    # The node's own marker (a finding marked （2）) is not one of its measures.
    marker = (node.marker or "").strip()
    if marker and context.source is not None and context.source.startswith(marker, start):
        start += len(marker)
    items = []
    for match in _MEASURE_MARKER.finditer(context.text, context.clean(start), context.clean(end)):
        number = _marker_number(match.group())
        if number is None:
            continue
        where = context.original(*match.span())
        item_path = path
        for index, measure in enumerate(measures):
            if measure.span is not None and measure.span.start <= where.start < measure.span.end:
                item_path = f"{path}.measures[{index}]"
        items.append(_Numbered(number, match.group(), item_path, where))
    _check_families(context, items)


# --------------------------------------------------------------------------- levels


_INFORMAL_MARKER = re.compile(r"[0-9０-９]+\s*[)）]")


def _informal(marker: str | None) -> bool:
    """A marker outside GB/T 9704 whose level writers choose freely: 1) (a closing bracket only) serves under
    (一) as often as under 1."""
    return bool(marker) and _INFORMAL_MARKER.fullmatch((marker or "").strip()) is not None


def _check_level_jumps(context: _Context) -> None:
    """A part one level down from its parent: 一、 → （一） → 1. → （1）, never 一、 straight to 1."""
    if context.notice is None:
        return
    for node, path in _walk(context.notice):
        if not isinstance(node, Section) or not node.marker.strip():
            continue  # a section without a marker holds what came before any heading: no level to skip
        for index, child in enumerate(node.sections):
            if child.level > node.level + 1 and not _informal(child.marker):
                context.add(
                    "level-jump",
                    f'section "{_section_label(child)}" sits directly under section "{_section_label(node)}": '
                    f"{child.level - node.level - 1} level{'s' if child.level - node.level > 2 else ''} skipped",
                    f"{path}.sections[{index}]",
                    child.span,
                )
                break
        for index, finding in enumerate(node.findings):
            level = _marker_level(finding.marker)
            if level is not None and level > node.level + 1 and not _informal(finding.marker):
                context.add(
                    "level-jump",
                    f'finding "{(finding.marker or "").strip()}" sits directly under section '
                    f'"{_section_label(node)}": a level is skipped',
                    f"{path}.findings[{index}]",
                    finding.span,
                )
                break


def _flattened_part_headings(notice: Notice) -> set[int]:
    """Sections followed by a sibling of the same level with another shape of marker (第二部分 then 一、): what
    follows is the part's content, put beside it by the parser, so the part is not empty."""
    found: set[int] = set()

    def visit(siblings: tuple[Section, ...]) -> None:
        for section, following in itertools.pairwise(siblings):
            if following.level == section.level and _heading_shape(following.marker) != _heading_shape(
                section.marker
            ):
                found.add(id(section))
        for section in siblings:
            visit(section.sections)

    visit(notice.sections)
    return found


# A sentence that goes on after its full stop, or a long sentence of several clauses (headings have commas
# too, "着力解决…不到位，…的问题", and run-in leads end in a full stop, "提高政治站位，强化思想认识。", but both
# are short).
_SENTENCE_GOES_ON = re.compile(r"[。！？][^。！？”’）)]")
_CLAUSES = re.compile(r"[，,；;].*[。！？][”’）)]?$")
_LONGEST_HEADING = 40


def _reads_as_text(title: str) -> bool:
    """Whether a "title" holds running text: a parser has then put the section's text into its title, and the
    section is not empty."""
    title = title.strip()
    return bool(_SENTENCE_GOES_ON.search(title)) or (
        len(title) > _LONGEST_HEADING and bool(_CLAUSES.search(title))
    )


def _check_empty_sections(context: _Context) -> None:
    """A section with a title only: its text, findings and subsections went missing.

    A numbered heading with nothing under it may also be read as a finding (（一）关于…的问题 is a finding's
    title too); in a notice read from text, a finding with a title and no text or measures at all is reported
    the same way.
    """
    if context.notice is None:
        return
    flattened = _flattened_part_headings(context.notice)
    for node, path in _walk(context.notice):
        if (
            isinstance(node, Section)
            and not node.intro.strip()
            and not node.findings
            and not node.sections
            and id(node) not in flattened
            and not _reads_as_text(node.title)
        ):
            context.add(
                "empty-section",
                f'section "{_section_label(node)}{node.title}" has no text, findings or subsections',
                path,
                node.span,
            )
        elif (
            isinstance(node, Finding)
            and context.source is not None  # a notice built in a program may well list findings by title
            and not node.text.strip()
            and not node.measures
        ):
            context.add(
                "empty-section",
                f'"{(node.marker or "").strip()}{node.title}" has a heading only: no text or measures',
                path,
                node.span,
            )


# --------------------------------------------------------------------------- dates


def _date_span(context: _Context, day: dt.date, periods: Iterable[Period]) -> Span | None:
    for period in periods:
        if period.span is not None and period.start == day and period.end == day:
            return period.span
    return None


def _check_date_order(context: _Context) -> None:
    """Inspection, feedback and notice follow each other in time."""
    notice = context.notice
    if notice is None or notice.inspection is None:
        return
    inspection = notice.inspection
    period = inspection.period
    ended = period.end if period is not None else None
    if (
        period is not None
        and period.span is not None
        and any(
            span.start < period.span.end and period.span.start < span.end for span in context.reversed_ranges
        )
    ):
        ended = None  # already reported as written backwards
    period_span = period.span if period is not None else None
    periods = list(notice.periods)
    feedback = inspection.feedback_date
    feedback_span = _date_span(context, feedback, periods) if feedback is not None else None
    if feedback is None:
        # The model cannot hold a feedback date before the inspection began, so a parser leaves it out:
        # read it from the opening sentence that reports the feedback.
        year = period.start.year if period is not None and period.start is not None else None
        found = _feedback_in_text(context, year or (notice.date.year if notice.date else None))
        if found is not None:
            feedback, feedback_span = found
    if feedback is not None and ended is not None and feedback < ended:
        context.add(
            "feedback-before-inspection-end",
            f"feedback on {context.dated(feedback, feedback_span)} is before the inspection "
            f'"{period.text if period is not None and period.text else ended}" ended on {ended.isoformat()}',
            "$.inspection.feedback_date",
            feedback_span or period_span,
        )
    if notice.date is None:
        return
    date_span = _date_span(context, notice.date, reversed(periods))
    if feedback is not None and notice.date < feedback:
        context.add(
            "notice-before-feedback",
            f"the notice is dated {context.dated(notice.date, date_span)}, before the feedback on "
            f"{context.dated(feedback, feedback_span)}",
            "$.date",
            date_span,
        )
    elif ended is not None and notice.date < ended:
        context.add(
            "notice-before-inspection-end",
            f"the notice is dated {context.dated(notice.date, date_span)}, before the inspection "
            f"{context.dated(ended, period_span)} ended",
            "$.date",
            date_span,
        )


_FEEDBACK_DATE = re.compile(
    r"(?:(?P<year>[0-9０-９]{4})\s*年\s*)?(?P<month>[0-9０-９]{1,2})\s*月\s*(?P<day>[0-9０-９]{1,2})\s*[日号]"
)


# The feedback given (反馈了巡察意见, 反馈意见), not the problems it listed (巡察反馈的356个问题).
_FEEDBACK_GIVEN = re.compile(r"反馈了?(?:巡视|巡察)?(?:意见|情况)")


def _feedback_in_text(context: _Context, year: int | None) -> tuple[dt.date, Span] | None:
    """The date of the opening sentence that reports the inspection's feedback (…反馈了巡察意见)."""
    if context.source is None:
        return None
    source = context.text
    end_of_opening = context.clean(min((start for start, _, _ in context.nodes), default=len(context.source)))
    position = 0
    for sentence in re.split(r"[。\n]", source[:end_of_opening]):
        start, position = position, position + len(sentence) + 1
        feedback = _FEEDBACK_GIVEN.search(sentence)
        if feedback is None or not re.search(r"巡视|巡察", sentence):
            continue
        dates = [m for m in _FEEDBACK_DATE.finditer(sentence) if m.start() < feedback.start()]
        if not dates or sentence[max(0, dates[-1].start() - 3) : dates[-1].start()].endswith(
            ("截至", "截止")
        ):
            continue  # 截至10月31日，巡察反馈的356个问题… dates a count, not the feedback
        match = dates[-1]
        stated_year = _number(match["year"]) or year
        if stated_year is None:
            continue
        try:
            day = dt.date(stated_year, _number(match["month"]) or 0, _number(match["day"]) or 0)
        except ValueError:
            continue
        return day, context.original(start + match.start(), start + match.end())
    return None


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DASHES = r"(?:至|到|—{1,2}|–|-|－|~|～|〜)"
# A part of a month (9月中旬, 11月上旬, 6月底) stands for a day in it, so that ranges of them compare too.
_PART_OF_MONTH = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21, "底": 28, "末": 28}
_PART = "|".join(sorted(_PART_OF_MONTH, key=len, reverse=True))
_RANGE = re.compile(
    r"(?P<y1>[0-9０-９]{4})\s*年\s*(?P<m1>[0-9０-９]{1,2})\s*"
    rf"(?P<month>月(?:\s*(?P<d1>[0-9０-９]{{1,2}})\s*[日号]|(?P<p1>{_PART}))?)?"
    rf"\s*{_DASHES}\s*"
    r"(?:(?P<y2>[0-9０-９]{4})\s*年\s*)?(?:(?P<m2>[0-9０-９]{1,2})\s*月)?"
    rf"(?:\s*(?P<d2>[0-9０-９]{{1,2}})\s*[日号]|(?P<p2>{_PART}))?"
)


#: A range written without the year of its end ("11月20日至1月15日") is read as crossing a year end when it
#: would then last at most this many months; longer, it reads as written backwards.
_LONGEST_YEAR_CROSSING_MONTHS = 6


def _number(text: str | None) -> int | None:
    return int(text.translate(_ASCII_DIGITS)) if text else None


def _check_reversed_ranges(context: _Context) -> None:
    """Scan the source for explicit ranges whose end comes before their start (2023年4月28日至3月13日)."""
    if context.source is None:
        return
    source = context.text
    first_part = context.clean(min((start for start, _, _ in context.nodes), default=len(context.source)))
    for match in _RANGE.finditer(source):
        y1, m1, d1 = _number(match["y1"]), _number(match["m1"]), _number(match["d1"])
        y2, m2, d2 = _number(match["y2"]), _number(match["m2"]), _number(match["d2"])
        if match["p1"] and match["p2"]:
            d1, d2 = _PART_OF_MONTH[match["p1"]], _PART_OF_MONTH[match["p2"]]
        if y1 is None or m1 is None or (m2 is None and d2 is None) or (d1 is None) != (d2 is None):
            continue
        if d1 is not None and m2 is None and y2 is not None:
            continue
        if match["month"] is None and (m2 is None or d2 is not None):
            continue  # "2023年1-11月" is a month range; a bare "2023年5-" is not a date
        start = (y1, m1, d1 or 0)
        end = (y2 or y1, m2 or m1, d2 or 0)
        if end >= start:
            continue
        if y2 is None and m2 is not None and (m2 + 12 - m1) <= _LONGEST_YEAR_CROSSING_MONTHS:
            # "2022年11月20日至1月15日" most likely runs into the next year, as the dates module reads it;
            # a range that would then last most of a year was written backwards.
            continue
        text = match.group().rstrip()
        span = context.original(match.start(), match.start() + len(text))
        # The range of the opening sentence that names the inspection is the inspection period.
        sentence_start = max(source.rfind(mark, 0, match.start()) for mark in "。\n") + 1
        sentence_end = min(
            (i for i in (source.find(mark, match.end()) for mark in "。\n") if i >= 0), default=len(source)
        )
        sentence = source[sentence_start:sentence_end]
        if match.start() < first_part and re.search(r"巡视|巡察", sentence):
            code, path = "inspection-end-before-start", "$.inspection.period"
        else:
            code, path = "date-range-reversed", context.path_at(span.start)
        context.reversed_ranges.append(span)
        context.add(code, f'"{text}" ends before it starts', path, span)


# 原计划 (the plan that was missed) and 按计划 (done as planned) look back, not forward.
_FUTURE_CUE = re.compile(r"(?<![原按照])计划|预计|力争|争取|拟|将于|将在|下一步|确保|要在|待.{0,12}后")
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")


def _clause_before(text: str, offset: int, limit: int = 40) -> str:
    """The text of the clause that leads up to ``offset`` (back to the previous full stop or semicolon)."""
    window = text[max(0, offset - limit) : offset]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


_DONE_CUE = re.compile(r"已|完成了|实现了")


def _stated_as_future(context: _Context, span: Span) -> bool:
    """Whether a deadline is announced as a plan (计划年底前完成), not reported as met (按计划已于年底前完成)."""
    text, start, end = context.text, context.clean(span.start), context.clean(span.end)
    clause = _clause_before(text, start)
    cue = _FUTURE_CUE.search(clause)
    if cue is None or _DONE_CUE.search(clause, cue.end()):
        return False
    rest = _CLAUSE_END.search(text, end)
    return not _DONE_CUE.search(text, end, rest.start() if rest else len(text))


#: The periods a plan can name as its time: 年底前 (before), 2024年6月 (on: 力争2024年6月投入使用), a range.
_DEADLINE_RELATIONS = (Relation.BEFORE, Relation.ON, Relation.RANGE, Relation.UNTIL)


def _check_past_deadlines(context: _Context) -> None:
    """A planned measure, or a deadline stated with 计划/预计/力争 …, that was already due on the notice date."""
    notice, today = context.notice, context.date
    if notice is None or today is None:
        return
    reported: set[Span | int] = set()
    for node, path in _walk(notice):
        if not isinstance(node, Measure) or node.deadline is None:
            continue
        deadline = node.deadline
        if (
            context.source is not None
            and deadline.span is not None
            and deadline.relation is not Relation.BEFORE
            and not _stated_as_future(context, deadline.span)
        ):
            # A measure in a 下一步 part may mention a past time (今年前三季度 … 增长8.6%) that is no deadline:
            # only a "…前" or a date after 计划/预计/力争 … is one.
            continue
        if node.modality is Modality.PLANNED and deadline.end is not None and deadline.end < today:
            key: Span | int = deadline.span if deadline.span is not None else id(deadline)
            reported.add(key)
            context.add(
                "deadline-already-past",
                f'planned measure due "{deadline.text or deadline.end.isoformat()}" (by {deadline.end.isoformat()}) '
                f"is stated as future, but the notice is dated {today.isoformat()}",
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
        if _stated_as_future(context, period.span):
            reported.add(period.span)
            context.add(
                "deadline-already-past",
                f'deadline "{period.text}" (by {period.end.isoformat()}) is stated as future, but the notice is '
                f"dated {today.isoformat()}",
                context.path_at(period.span.start),
                period.span,
            )


# --------------------------------------------------------------------------- shares


_SHARE_CUE = re.compile(r"占比|比重|比例|份额|占有率|占|满意度|(?<![增长涨降速利税汇效频])率")
# A change by so much (增长150%); a change *to* a level (提高到, 降至) still gives the share itself.
_GROWTH_CUE = re.compile(
    r"(?:增长|增加|增幅|增速|提高|提升|上升|下降|减少|降低|降幅|涨|增|超过|超出|超|翻)(?![到至为])"
)
_HUNDRED = Decimal(100)


def _quantity_homes(notice: Notice) -> Iterator[tuple[Quantity, str, str]]:
    """Each quantity with the text it was found in and its owner's path (for context without a source)."""
    for quantity in notice.quantities:
        yield quantity, f"{notice.opening}\n{notice.closing}", "$"
    for node, path in _walk(notice):
        if isinstance(node, Section):
            for quantity in node.quantities:
                yield quantity, f"{node.title}\n{node.intro}", path
        elif isinstance(node, Finding):
            for quantity in node.quantities:
                yield quantity, f"{node.title}\n{node.text}", path
        else:
            for quantity in node.quantities:
                yield quantity, node.text, path


def _share_cue(clause: str) -> int | None:
    """Where the clause before a percentage names a share (占比, 完成率); None when it names a change (增长)."""
    cues = list(_SHARE_CUE.finditer(clause))
    if not cues or _GROWTH_CUE.search(clause, cues[-1].end()):
        return None
    # Quote two characters before the cue (产值占比, 完成率), but not across a comma.
    start = max(0, cues[-1].start() - 2)
    for mark in "，,、；：":
        start = max(start, clause.rfind(mark, start, cues[-1].start()) + 1)
    return start


def _check_shares(context: _Context) -> None:
    """A share cannot pass 100%: 占比105% or 完成率103% is a typo; 同比增长150% is fine."""
    if context.notice is not None:
        candidates = list(_quantity_homes(context.notice))
    elif context.source is not None:
        from xuncha.quantities import extract_quantities

        try:
            candidates = [(q, context.source, "$") for q in extract_quantities(context.source)]
        except XunchaError:
            return
    else:
        return
    for quantity, home, path in candidates:
        top = quantity.upper if quantity.upper is not None else quantity.value
        if quantity.unit not in ("%", "％") or top <= _HUNDRED:
            continue
        if context.source is not None and quantity.span is not None:
            clause = _clause_before(context.text, context.clean(quantity.span.start))
            path = context.path_at(quantity.span.start) if context.notice is None else path
        else:
            at = home.find(quantity.text) if quantity.text else -1
            if at < 0:
                continue
            clause = _clause_before(home, at)
        cue = _share_cue(clause)
        if cue is not None:
            shown = quantity.text or f"{top}%"
            context.add(
                "share-above-100-percent",
                f'share "{clause[cue:]}{shown}" is above 100%',
                path,
                quantity.span,
            )


# --------------------------------------------------------------------------- contacts


_PHONE_LABEL = re.compile(
    r"(?:电话|热线|手机|传真|座机|联系方式|举报方式)(?:号码)?(?:[^：:，。；\n]{0,8}?(?P<colon>[：:])\s*)?"
)
_DIGIT = "0-9０-９"
# One number: an optional country code, an optional area code in brackets, digits with dashes or spaces
# between them, an optional extension (转8001). Brackets that do not hold an area code ("（工作日）") end it.
_PHONE_CHUNK = (
    rf"(?:[+＋][{_DIGIT}]{{2}}[\s\-－]?)?(?:[(（][{_DIGIT}]{{2,4}}[)）]\s*)?"
    rf"[{_DIGIT}](?:[{_DIGIT}\-－—–‐ ]*[{_DIGIT}])?(?:\s*转\s*[{_DIGIT}]+)?"
)
_PHONE_NOTE = r"(?:\s*[(（][^()（）0-9０-９]{1,10}[)）])?"  # 0393-7775123（工作日）
_PHONE_VALUE = re.compile(
    rf"{_PHONE_CHUNK}{_PHONE_NOTE}(?:\s*(?:、|,|，|/|／|或)\s*{_PHONE_CHUNK}{_PHONE_NOTE})*"
)
_PHONE_PIECE = re.compile(_PHONE_CHUNK)
_LANDLINE = re.compile(r"(?P<area>0[0-9]{2,3})(?P<local>[0-9]+)(?:转(?P<extension>[0-9]+))?")


def _phone_problem(value: str) -> tuple[str, str] | None:
    """Why a phone number is malformed, as (code, reason); None when it is a well-formed number."""
    problem = _number_problem(value)
    extension = re.fullmatch(r"(.*[0-9０-９])\s*[-－]\s*[0-9０-９]{1,6}", value)
    if problem is not None and extension is not None and _number_problem(extension.group(1)) is None:
        return None  # 0391-3568110-8001: an extension after a dash
    return problem


def _number_problem(value: str) -> tuple[str, str] | None:
    compact = value.translate(_ASCII_DIGITS).replace("＋", "+")
    compact = re.sub(r"[\s\-－—–‐()（）]", "", compact)
    international = re.match(r"\+86|0086", compact)
    if international:
        compact = compact[international.end() :]
        # Written from abroad, a landline drops the 0 of its area code: +86 10 62345678.
        if not (compact.startswith("1") and len(compact.split("转")[0]) == 11):
            compact = "0" + compact
    if not re.fullmatch(r"[0-9]+(?:转[0-9]+)?", compact):
        return "malformed-phone", "it holds characters other than digits, dashes and brackets"
    digits = compact.split("转")[0]
    if digits.startswith("1"):
        if len(digits) in (3, 5):
            return None
        if len(digits) != 11:
            return "malformed-phone", f"it starts with 1 but has {len(digits)} digits (a mobile has 11)"
        if digits[1] not in "3456789":
            return "malformed-phone", f"a mobile number starts with 13 to 19, not {digits[:2]}"
        return None
    if digits.startswith(("400", "800")) and len(digits) == 10:
        return None
    if digits.startswith("9") and len(digits) == 5:
        return None
    if digits.startswith("0") and len(digits) < 4:
        return "malformed-phone", f"it has only {len(digits)} digits"
    if digits.startswith("0"):
        # Area codes: 010 and 02X take three digits, every other one four.
        area_length = 3 if digits[1] in "12" else 4
        area, local = digits[:area_length], digits[area_length:]
        if len(local) not in (7, 8):
            return (
                "malformed-phone",
                f"after the area code {area} it has {len(local)} digits (a landline has 7 or 8)",
            )
        if local[0] in "01":
            return "malformed-phone", f"the local number after the area code {area} starts with {local[0]}"
        return None
    if len(digits) in (7, 8) and digits[0] not in "01":
        return "phone-without-area-code", "it has no area code"
    return "malformed-phone", f"it has {len(digits)} digits, which fits no landline, mobile or service number"


def _phone_values(source: str) -> Iterator[tuple[str, int, bool]]:
    """Every number written after a phone label (电话：…, several joined by 、 or 或), with its offset, and
    whether an earlier number after the same label gave an area code (0393-7775123、7775124 shares it)."""
    for label in _PHONE_LABEL.finditer(source):
        value = _PHONE_VALUE.match(source, label.end())
        if value is None:
            # A label with no digits after it, such as 电话：待定, is not a number to check.
            continue
        if label["colon"] is None and sum(ch.isdigit() for ch in value.group()) < 5:
            continue  # "热线电话2次" counts calls; a number run in without a colon is at least 5 digits
        area_given = False
        for piece in _PHONE_PIECE.finditer(source, value.start(), value.end()):
            yield piece.group(), piece.start(), area_given
            area_given = area_given or piece.group().lstrip("(（").startswith(("0", "０"))


_PHONE_REST = re.compile(r"[0-9０-９][0-9０-９\-－]*")
_EMAIL_REST = re.compile(r"[A-Za-z0-9._%+\-@]*[A-Za-z0-9]")


def _wrapped_rest(text: str, end: int, rest: re.Pattern[str]) -> str:
    """What continues a value on the next lines, when the value ends its line: hard wraps that the cleaned text
    did not join (a line that starts with a label, 电子邮箱：abc@exa / mple.cn, is kept apart). A dot left at the
    end of a line (abc@example. / cn) is part of what continues."""
    found = ""
    for _ in range(3):  # an address is cut at most a few times
        dot = "." if text.startswith(".\n", end) else ""
        if not text.startswith("\n", end + len(dot)):
            break
        start = end + len(dot) + 1
        while start < len(text) and text[start] in " \t\u3000":
            start += 1
        match = rest.match(text, start)
        if match is None:
            break
        found += dot + match.group()
        end = match.end()
    return found


def _check_phones(context: _Context) -> None:
    """Phone numbers: a landline 0XXX-XXXXXXX, a mobile of 11 digits, or a service number such as 12388."""
    contacts = list(context.notice.contacts) if context.notice is not None else []
    if context.source is not None:
        for value, offset, area_given in _phone_values(context.text):
            rest = _wrapped_rest(context.text, offset + len(value), _PHONE_REST)
            if rest and _phone_problem(value) is not None and _phone_problem(value + rest) is None:
                continue  # 联系电话：0739-58\n62017 on a label line the text kept apart: whole, it is fine
            span = context.original(offset, offset + len(value))
            _report_phone(context, value, span, _contact_path(contacts, value), area_given)
        return
    for index, contact in enumerate(contacts):
        if contact.kind is ContactKind.PHONE:
            _report_phone(context, contact.value, None, f"$.contacts[{index}]")


def _report_phone(
    context: _Context, value: str, span: Span | None, path: str, area_given: bool = False
) -> None:
    problem = _phone_problem(value)
    if problem is not None and not (area_given and problem[0] == "phone-without-area-code"):
        code, reason = problem
        context.add(code, f'phone number "{value}": {reason}', path, span)


def _contact_path(contacts: Sequence[Contact], value: str) -> str:
    for index, contact in enumerate(contacts):
        if contact.value == value or value in contact.value:
            return f"$.contacts[{index}]"
    return "$.closing"


# An address is well formed exactly when the Contact model would accept it.
_EMAIL_OK = _MODEL_EMAIL
# An @ with an ASCII name before it; "@青禾发布" (a social-media handle) is not an address.
# A comma typed for the last dot (abc@163,com) is taken in, so that the message can say so.
_AT_TOKEN = re.compile(
    r"[A-Za-z0-9._%+\-]+(?:[@＠][A-Za-z0-9._%+\-]*)+(?:[,，][A-Za-z]{2,6}(?![A-Za-z0-9]))?"
)
_EMAIL_LABEL = re.compile(r"(?:电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)(?:地址)?\s*[：:]\s*")
_EMAIL_VALUE = re.compile(r"[^\s，。；;、<>《》（）()“”]+")


def _email_problem(value: str) -> str | None:
    if "＠" in value:
        return "it uses the full-width ＠ instead of @"
    if value.count("@") != 1:
        return "it has no single @" if "@" in value else "it has no @"
    if _EMAIL_OK.fullmatch(value):
        return None
    local, domain = value.split("@")
    if not local:
        return "nothing stands before the @"
    if "," in domain or "，" in domain:
        return "a comma stands where a dot belongs"
    if "." not in domain:
        return f'the domain "{domain}" has no dot'
    if ".." in value or domain.startswith(".") or domain.endswith("."):
        return "it has an empty part between dots"
    return "it has characters an address cannot hold"


def _check_emails(context: _Context) -> None:
    """E-mail addresses in the text (the model refuses malformed ones, so the raw text is scanned)."""
    contacts = list(context.notice.contacts) if context.notice is not None else []
    if context.source is None:
        for index, contact in enumerate(contacts):
            if contact.kind is ContactKind.EMAIL and _email_problem(contact.value):
                context.add(
                    "malformed-email", f'e-mail "{contact.value}" is malformed', f"$.contacts[{index}]"
                )
        return
    text = context.text
    found: dict[int, str] = {}
    for match in _AT_TOKEN.finditer(text):
        found[match.start()] = match.group().rstrip(".")
    for label in _EMAIL_LABEL.finditer(text):
        value = _EMAIL_VALUE.match(text, label.end())
        if value is not None and value.start() not in found:
            found[value.start()] = value.group().rstrip(".")
    for offset, address in sorted(found.items()):
        problem = _email_problem(address)
        rest = _wrapped_rest(text, offset + len(address), _EMAIL_REST)
        if problem is not None and rest and _email_problem(address + rest) is None:
            continue  # cut by a line wrap the text kept (a label line): whole, it is fine
        if problem is not None:
            context.add(
                "malformed-email",
                f'e-mail "{address}": {problem}',
                _contact_path(contacts, address),
                context.original(offset, offset + len(address)),
            )


# --------------------------------------------------------------------------- Latin words


_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CONTEXT = rf"[{_CJK}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]"
# Lower-case words between CJK text, set off by spaces ("思想 and 党的"), or, for the commonest function words,
# run in on one side or both ("思想and党的", and "思想 and党的" where a line break after "and" was joined).
# Capitals (PM, GDP, App) and words glued to digits (5G) are left alone.
_LATIN_WORDS = re.compile(
    rf"(?<={_CJK_CONTEXT})(?P<before>[ \t\u00a0]*)(?P<word>[a-z]+(?:[ \t][a-z]+)*)"
    rf"(?P<after>[ \t\u00a0]*(?P<newline>\n[ \t\u3000]*)?)(?={_CJK_CONTEXT})"
)
_FUNCTION_WORDS = frozenset({"and", "or", "the", "of", "with", "for", "to", "in"})
_CJK_CHARACTER = re.compile(rf"[{_CJK}]")


def _stray_word(text: str, match: re.Match[str]) -> bool:
    if match["newline"]:  # a line that ends in "党组 and": only the function words
        return match["word"] in _FUNCTION_WORDS and bool(
            match["before"] or _CJK_CHARACTER.match(text, match.start() - 1)
        )
    if match["before"] and match["after"]:
        return True
    # Run in: only the function words, and only against characters (not punctuation) on the unspaced side.
    before_ok = bool(match["before"]) or bool(_CJK_CHARACTER.match(text, match.start() - 1))
    after_ok = bool(match["after"]) or bool(_CJK_CHARACTER.match(text, match.end()))
    return match["word"] in _FUNCTION_WORDS and before_ok and after_ok


_MEANT = {"and": "和", "or": "或"}


def _check_latin_words(context: _Context) -> None:
    """English words where Chinese ones belong: a stray " and " where 和 was."""
    if context.source is None:
        return
    text = context.text
    for match in _LATIN_WORDS.finditer(text):
        if not _stray_word(text, match):
            continue
        start, end = match.span("word")
        word = match["word"]
        before = text[max(0, start - 12) : start].rstrip().rsplit("\n", 1)[-1][-6:]
        after = text[end : end + 12].lstrip().split("\n", 1)[0][:4]
        meant = _MEANT.get(word)
        hint = f" ({meant} was probably meant)" if meant else ""
        span = context.original(start, end)
        context.add(
            "latin-word-in-chinese",
            f'English "{word}" inside Chinese text: "{before} {word} {after}"{hint}',
            context.path_at(span.start),
            span,
        )


_RULES: tuple[Callable[[_Context], None], ...] = (
    _check_section_runs,
    _check_finding_runs,
    _check_measure_runs,
    _check_level_jumps,
    _check_empty_sections,
    _check_reversed_ranges,
    _check_date_order,
    _check_past_deadlines,
    _check_shares,
    _check_phones,
    _check_emails,
    _check_latin_words,
)
