"""The adversary of xuncha.check: damage clean notices in every way the checker must see, at varied places.

Each clean notice of ``_damage_notices`` (styles A and B, (一)/1、/（1） markers, hard-wrapped plain text) is
parsed once to learn where its parts are; the generator then edits the text to put in one defect — a numbering
gap, repeat or disorder at each level, a skipped level, a restart of continuous finding numbers, dates in an
impossible order, a past deadline stated as future, a share above 100%, a malformed phone number or e-mail, an
English word, an empty section — and says which code ``check`` must report, where (line and column) and for which
model part. Two defects far apart in one notice must both be reported, and the clean notices must give no error.

``python tests/test_checks_damage.py`` prints the matrix of defect kinds by notice: found / generated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pytest

from _damage_notices import NOTICES, hard_wrap
from xuncha.checks import Severity, check
from xuncha.errors import line_column
from xuncha.models import Finding, Notice, Section
from xuncha.parsing import parse_notice

# --------------------------------------------------------------------------- edits


@attrs.frozen
class Edit:
    """Replace ``clean[start:end]`` with ``new``."""

    start: int
    end: int
    new: str

    @property
    def delta(self) -> int:
        return len(self.new) - (self.end - self.start)


@attrs.frozen
class Expect:
    """A diagnostic that must be reported: its code, where it starts (an offset into the clean text, plus
    ``extra`` characters into the text an edit put there) and the model path it must name (a regular
    expression, or None to leave the path alone)."""

    code: str
    at: int
    extra: int = 0
    path: str | None = None


@attrs.frozen
class Damage:
    notice: str
    kind: str
    detail: str
    edits: tuple[Edit, ...]
    expects: tuple[Expect, ...]

    @property
    def id(self) -> str:
        return f"{self.notice}:{self.kind}:{self.detail}"

    def apply(self, clean: str) -> str:
        text = clean
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            text = text[: edit.start] + edit.new + text[edit.end :]
        return text

    def offset(self, expect: Expect) -> int:
        """Where an expected diagnostic starts in the damaged text."""
        shift = sum(e.delta for e in self.edits if e.start < expect.at and e.end <= expect.at)
        return expect.at + shift + expect.extra

    def overlaps(self, other: Damage) -> bool:
        return any(a.start <= b.end and b.start <= a.end for a in self.edits for b in other.edits)


def combine(first: Damage, second: Damage) -> Damage:
    return Damage(
        first.notice,
        f"{first.kind}+{second.kind}",
        f"{first.detail}+{second.detail}",
        first.edits + second.edits,
        first.expects + second.expects,
    )


# --------------------------------------------------------------------------- numerals and markers

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_NUMERAL = re.compile(r"[0-9０-９]+|[一二三四五六七八九十]+|[①-⑩]")


def chinese(n: int) -> str:
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return f"{_DIGITS[tens] if tens > 1 else ''}十{_DIGITS[ones] if ones else ''}"


def chinese_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(digit)] for digit in str(year))


def respell(marker: str, number: int) -> str:
    """The marker with another number, written the same way: （二）→（五）, 3.→7., 二\\n是→三\\n是."""
    match = _NUMERAL.search(marker)
    assert match is not None, marker
    if match.group() in _CIRCLED:
        numeral = _CIRCLED[number - 1]
    else:
        numeral = str(number) if match.group().isdigit() else chinese(number)
        if match.group().isdigit() and not match.group().isascii():  # full-width ３ stays full-width
            numeral = numeral.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return marker[: match.start()] + numeral + marker[match.end() :]


@attrs.frozen
class Item:
    """One numbered part of the clean notice: its marker as written, where, its number and model path."""

    marker: str
    start: int
    number: int
    path: str

    def renumbered(self, number: int) -> Edit:
        return Edit(self.start, self.start + len(self.marker), respell(self.marker, number))


_SECTION_MARKER = re.compile(
    r"[一二三四五六七八九十]+ ?[、.．]|[（(] ?[一二三四五六七八九十]+ ?[）)]|[0-9０-９]+\\?[.．、)]|[（(][0-9０-９]+[）)]"
    r"|第[一二三四五六七八九十]+部分"
)
# 一是 … 九是, 第一，…, （1）（2） and ①② inside running text, a hard wrap possibly cutting 一是 in two.
_MEASURE_MARKER = re.compile(
    r"(?<=[。；，：\n])(?:[一二三四五六七八九]\n?是(?!否)|第[一二三四五六七八九](?=[，、])|（[1-9]）|[①-⑨])"
)
_NUMBER = re.compile(r"[0-9０-９]+|[一二三四五六七八九十]+|[①-⑩]")


def marker_at(text: str, start: int) -> str:
    match = _SECTION_MARKER.match(text, start)
    assert match is not None, text[start : start + 10]
    return match.group()


def number_of(marker: str) -> int:
    match = _NUMBER.search(marker)
    assert match is not None
    value = match.group()
    if value in _CIRCLED:
        return _CIRCLED.index(value) + 1
    if value.isdigit():
        return int(value)
    if value == "十":
        return 10
    if "十" in value:
        tens, _, ones = value.partition("十")
        return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(ones) if ones else 0)
    return _DIGITS.index(value)


# --------------------------------------------------------------------------- the clean notice's parts


@attrs.frozen
class Layout:
    """What the generator learns from the parse of a clean notice."""

    text: str
    notice: Notice
    section_runs: list[list[Item]]
    finding_groups: list[list[Item]]
    measure_runs: list[list[Item]]
    sections: list[tuple[Section, str]]


def _own_end(node: Section | Finding) -> int:
    """Where a node's own text ends: at its first subsection or finding, else at its end."""
    assert node.span is not None
    if isinstance(node, Finding):
        return node.span.end
    parts: list[Finding | Section] = [*node.findings, *node.sections]
    return min([node.span.end, *(part.span.start for part in parts if part.span is not None)])


def layout(text: str) -> Layout:
    notice = parse_notice(text)
    section_runs: list[list[Item]] = []
    finding_groups: list[list[Item]] = []
    measure_runs: list[list[Item]] = []
    sections: list[tuple[Section, str]] = []

    def measures_in(start: int, end: int, path: str) -> None:
        runs: list[list[Item]] = []
        families: dict[str, list[Item]] = {}
        for match in _MEASURE_MARKER.finditer(text, start, end):
            family = (
                "第" if match.group()[0] == "第" else "（" if match.group()[0] == "（" else match.group()[-1]
            )
            if match.group() in _CIRCLED:
                family = "①"
            item = Item(match.group(), match.start(), number_of(match.group()), path)
            run = families.get(family)
            if run is None or item.number == 1:
                run = families[family] = []
                runs.append(run)
            run.append(item)
        measure_runs.extend(run for run in runs if len(run) >= 2)

    def visit(children: Sequence[Section], path: str) -> None:
        run: list[Item] = []
        for index, section in enumerate(children):
            section_path = f"{path}.sections[{index}]"
            assert section.span is not None
            sections.append((section, section_path))
            marker = marker_at(text, section.span.start)
            run.append(Item(marker, section.span.start, number_of(marker), section_path))
            measures_in(section.span.start, _own_end(section), section_path)
            group: list[Item] = []
            for f_index, finding in enumerate(section.findings):
                assert finding.span is not None
                finding_path = f"{section_path}.findings[{f_index}]"
                marker = marker_at(text, finding.span.start)
                group.append(Item(marker, finding.span.start, number_of(marker), finding_path))
                measures_in(finding.span.start, finding.span.end, finding_path)
            if group:
                finding_groups.append(group)
            visit(section.sections, section_path)
        if len(run) >= 2:
            section_runs.append(run)

    visit(notice.sections, "$")
    finding_groups.sort(key=lambda group: group[0].start)
    return Layout(text, notice, section_runs, finding_groups, measure_runs, sections)


def continuous(groups: list[list[Item]]) -> bool:
    return len(groups) > 1 and all(group[0].number > 1 for group in groups[1:])


def _exact(path: str) -> str:
    return re.escape(path) + "$"


def _section_or_finding(path: str) -> str:
    return _exact(path) + "|" + _sibling_finding(path)


def _sibling_finding(path: str) -> str:
    parent = path.rsplit(".", 1)[0]
    if parent == "$":  # a top heading read as a finding lands in a section the parser makes for it
        return r"\$(?:\.sections\[\d+\])?\.findings\[\d+\]$"
    return re.escape(parent) + r"\.findings\[\d+\]$"


def _within(path: str) -> str:
    return re.escape(path) + r"(?:\.measures\[\d+\])?$"


# --------------------------------------------------------------------------- damage kinds


def numbering(name: str, lay: Layout) -> Iterator[Damage]:
    """Gaps, duplicates and disorder in every run: sections of each level, findings, measures."""
    runs: list[tuple[str, list[Item]]] = []
    for run in lay.section_runs:
        level = "section-" + (
            "1" if run[0].path.count("sections") == 1 else str(run[0].path.count("sections"))
        )
        runs.append((level, run))
    if continuous(lay.finding_groups):
        runs.append(("finding", [item for group in lay.finding_groups for item in group]))
    else:
        runs.extend(("finding", group) for group in lay.finding_groups if len(group) >= 2)
    runs.extend(("measure", run) for run in lay.measure_runs)
    for what, run in runs:
        # A section heading left with nothing under it may be read as a finding beside its siblings.
        path_of = _within if what == "measure" else _exact if what == "finding" else _section_or_finding
        places = sorted({0, len(run) // 2, len(run) - 1})
        for i in places:
            edits = tuple(item.renumbered(item.number + 1) for item in run[i:])
            yield Damage(
                name,
                f"{what} gap",
                f"@{run[i].start}",
                edits,
                (Expect("numbering-gap", run[i].start, 0, path_of(run[i].path)),),
            )
        for i in sorted({0, len(run) - 1}):
            # One marker off by one (三、 written 四、 among 一、二、三、四、) or by a typo far off.
            for wrong, detail in ((run[i].number + 1, "one marker +1"), (run[i].number + 5, "one marker +5")):
                yield Damage(
                    name,
                    f"{what} gap",
                    f"{detail} @{run[i].start}",
                    (run[i].renumbered(wrong),),
                    (Expect("numbering-gap", run[i].start, 0, path_of(run[i].path)),),
                )
        if len(run) >= 3:
            # A part taken out: the next one is left after a gap.
            i = len(run) // 2 if len(run) > 3 else 1
            yield Damage(
                name,
                f"{what} gap",
                f"part removed @{run[i].start}",
                (Edit(run[i].start, run[i + 1].start, ""),),
                (Expect("numbering-gap", run[i + 1].start, 0, None),),
            )
        for i in sorted({1, len(run) - 1}):
            edit = run[i].renumbered(run[i - 1].number)
            yield Damage(
                name,
                f"{what} duplicate",
                f"@{run[i].start}",
                (edit,),
                (Expect("numbering-duplicate", run[i].start, 0, path_of(run[i].path)),),
            )
        for i in sorted({0, len(run) - 2}):
            a, b = run[i], run[i + 1]
            edits = (a.renumbered(b.number), b.renumbered(a.number))
            yield Damage(
                name,
                f"{what} disorder",
                f"@{b.start}",
                edits,
                (Expect("numbering-disorder", b.start, 0, path_of(b.path)),),
            )


def restarts(name: str, lay: Layout) -> Iterator[Damage]:
    """A notice that numbers its findings on across sections, with one later section starting again at 1."""
    groups = lay.finding_groups
    if not continuous(groups) or len(groups) < 3:
        return  # with two sections, 1 2 | 1 may as well be numbered per section
    for g in sorted({1, len(groups) // 2, len(groups) - 1}):
        group = groups[g]
        edits = tuple(item.renumbered(index + 1) for index, item in enumerate(group))
        yield Damage(
            name,
            "findings restart",
            f"@{group[0].start}",
            edits,
            (Expect("numbering-not-continuous", group[0].start, 0, _exact(group[0].path)),),
        )
        # The author started again and went on from there: every later finding renumbered.
        rest = [item for later in groups[g:] for item in later]
        if len(rest) > len(group):
            edits = tuple(item.renumbered(index + 1) for index, item in enumerate(rest))
            yield Damage(
                name,
                "findings restart",
                f"and go on @{group[0].start}",
                edits,
                (Expect("numbering-not-continuous", group[0].start, 0, _exact(group[0].path)),),
            )


# The marker of the level two below: under 一、 a 1. skips （一）, under （一） a （1） skips 1.
_DEEPER = {1: ("", "."), 2: ("（", "）")}


def level_jumps(name: str, lay: Layout) -> Iterator[Damage]:
    """一、 straight to 1.: the heading of a middle level taken out, or a level's markers written one deeper."""
    text = lay.text
    for section, _ in lay.sections:
        assert section.span is not None
        parts: list[Finding | Section] = sorted(
            [*section.findings, *section.sections], key=lambda p: p.span.start if p.span is not None else 0
        )
        if not parts:
            continue
        first = parts[0]
        assert first.span is not None
        line_end = text.find("\n", section.span.start)
        if section.level >= 2 and 0 <= line_end < first.span.start and not section.intro.strip():
            # Take out the heading line of a subsection that holds numbered parts: they move up a level.
            cut_end = first.span.start
            while text[cut_end - 1] not in "\n" and cut_end > line_end:
                cut_end -= 1
            index = [p for p, _ in lay.sections].index(section)
            if index > 0 and lay.sections[index - 1][0].level < section.level:
                start = section.span.start
                while start > 0 and text[start - 1] != "\n":
                    start -= 1
                yield Damage(
                    name,
                    "level jump (heading removed)",
                    f"@{section.span.start}",
                    (Edit(start, cut_end, ""),),
                    (Expect("level-jump", first.span.start),),
                )
        # Children that are leaves, written one level deeper than they are: 一、 → 1. instead of （一）,
        # （一） → （1） instead of 1.
        if section.level in _DEEPER and all(isinstance(part, Finding) or not part.sections for part in parts):
            open_, close = _DEEPER[section.level]
            edits = []
            for part in parts:
                assert part.span is not None
                marker = marker_at(text, part.span.start)
                deeper = f"{open_}{number_of(marker)}{close}"
                if deeper != marker:
                    edits.append(Edit(part.span.start, part.span.start + len(marker), deeper))
            if len(edits) == len(parts):
                yield Damage(
                    name,
                    "level jump (markers one deeper)",
                    f"@{section.span.start}",
                    tuple(edits),
                    (Expect("level-jump", first.span.start),),
                )


_DAY = re.compile(r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日")
_MONTH_DAY = re.compile(r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日")


def write_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def dates(name: str, lay: Layout) -> Iterator[Damage]:
    """Inspection end before start, feedback before the end (or the start), the notice before the feedback."""
    text, notice = lay.text, lay.notice
    inspection = notice.inspection
    assert inspection is not None
    period = inspection.period
    assert period is not None
    assert period.start is not None
    assert period.end is not None
    assert period.span is not None
    start, end = period.span.start, period.span.end
    if "日" in (period.text or "") and "\n" not in text[start:end]:
        backwards = f"{write_date(period.end)}至{period.start.month}月{period.start.day}日"
        yield Damage(
            name,
            "inspection end before start",
            "no end year",
            (Edit(start, end, backwards),),
            (Expect("inspection-end-before-start", start, 0, _exact("$.inspection.period")),),
        )
        for dash in ("至", "—", "到"):
            backwards = f"{write_date(period.end)}{dash}{write_date(period.start)}"
            yield Damage(
                name,
                "inspection end before start",
                f"end year {dash}",
                (Edit(start, end, backwards),),
                (Expect("inspection-end-before-start", start, 0, _exact("$.inspection.period")),),
            )
    if "\n" not in text[start:end] and period.start.month != period.end.month:
        backwards = f"{period.end.year}年{period.end.month}月下旬至{period.start.month}月上旬"
        yield Damage(
            name,
            "inspection end before start",
            "parts of months",
            (Edit(start, end, backwards),),
            (Expect("inspection-end-before-start", start, 0, _exact("$.inspection.period")),),
        )
    said = text.find("反馈", end)
    feedback = list(_MONTH_DAY.finditer(text, end, said))
    if feedback and inspection.feedback_date is not None:
        where = feedback[-1]
        early = period.end - dt.timedelta(days=9)
        before_start = period.start - dt.timedelta(days=3)
        forms: tuple[tuple[str, str], ...] = (
            ("before end", write_date(early)),
            ("before end, no year", f"{early.month}月{early.day}日"),
            ("before start", write_date(before_start)),
        )
        if "年" not in where.group():  # the notice leaves out the year: so does the damage
            forms = (
                ("before end, no year", f"{early.month}月{early.day}日"),
                ("before start, no year", f"{before_start.month}月{before_start.day}日"),
            )
        for detail, written in forms:
            yield Damage(
                name,
                "feedback before inspection end",
                detail,
                (Edit(where.start(), where.end(), written),),
                (
                    Expect(
                        "feedback-before-inspection-end",
                        where.start(),
                        0,
                        _exact("$.inspection.feedback_date"),
                    ),
                ),
            )
        assert notice.date is not None
        signed = list(_DAY.finditer(text))[-1]
        day = inspection.feedback_date - dt.timedelta(days=2)
        for detail, written in (
            ("", write_date(day)),
            ("Chinese numerals", f"{chinese_year(day.year)}年{chinese(day.month)}月{chinese(day.day)}日"),
            ("spaced", f"{day.year} 年 {day.month} 月 {day.day} 日"),
        ):
            yield Damage(
                name,
                "notice before feedback",
                detail,
                (Edit(signed.start(), signed.end(), written),),
                (Expect("notice-before-feedback", signed.start(), 0, _exact("$.date")),),
            )
        # Without the sentence on the feedback, a notice dated before the inspection ended.
        sentence_start = max(text.rfind(mark, 0, where.start()) for mark in "。\n") + 1
        sentence_end = text.index("。", where.end()) + 1
        if "\n" not in text[sentence_start:sentence_end] and sentence_start >= end:
            day = period.end - dt.timedelta(days=5)
            yield Damage(
                name,
                "notice before inspection end",
                "no feedback sentence",
                (Edit(sentence_start, sentence_end, ""), Edit(signed.start(), signed.end(), write_date(day))),
                (Expect("notice-before-inspection-end", signed.start(), 0, _exact("$.date")),),
            )


_PLAN = re.compile(r"(?:计划|预计|力争|确保|拟)(?:于|在)?(?P<year>20[0-9]{2})年(?:(?P<month>[0-9]{1,2})月)?")


def deadlines(name: str, lay: Layout) -> Iterator[Damage]:
    """A future deadline moved before the notice date; and 计划…月底前完成 added where it was already past."""
    text, notice = lay.text, lay.notice
    assert notice.date is not None
    signed = notice.date
    for match in _PLAN.finditer(text):
        month = int(match["month"]) if match["month"] else 12
        year = signed.year if month < signed.month else signed.year - 1
        yield Damage(
            name,
            "deadline already past",
            f"@{match.start()}",
            (Edit(match.start("year"), match.end("year"), str(year)),),
            (Expect("deadline-already-past", match.start("year")),),
        )
    month = 6 if signed.month > 6 else 1
    year = signed.year if signed.month > 6 else signed.year - 1
    plans = (
        "下一步，计划{year}年{month}月底前完成。",
        "预计{year}年{month}月完成验收。",
        "力争{year}年{month}月底前全部整改到位。",
        "将于{year}年{month}月底前出台实施办法。",
        "拟于{year}年{month}月召开推进会。",
        "确保{year}年{month}月底前完成。",
    )
    for index, (at, _) in enumerate(places(lay)):
        for plan in (plans[0], plans[1 + index % (len(plans) - 1)]):
            added = plan.format(year=year, month=month)
            yield Damage(
                name,
                "deadline already past (added)",
                f"{plan[:2]}@{at}",
                (Edit(at, at, added),),
                (Expect("deadline-already-past", at, added.index("20")),),
            )


def places(lay: Layout) -> list[tuple[int, str | None]]:
    """Places to add a sentence, each with the model path it falls in: after the first full stop of the first,
    a middle and the last finding and of a section with text; in a notice without sections, after full stops
    of the body (between the sentence on the feedback and the invitation to supervise)."""
    found: list[tuple[int, str | None]] = []
    for node, path in place_nodes(lay):
        at = sentence_end(lay.text, node)
        if at is not None:
            found.append((at, _within(path)))
    if not lay.notice.sections:
        start = lay.text.find("。", lay.text.find("反馈")) + 1
        end = lay.text.find("欢迎")
        stops = [m.end() for m in re.finditer("。", lay.text[start:end])]
        found.extend((start + stops[i], None) for i in sorted({0, len(stops) // 2}) if stops)
    return found


def place_nodes(lay: Layout) -> list[tuple[Section | Finding, str]]:
    """A few parts spread over the notice: the first, a middle and the last finding, and a section with text."""
    nodes: list[tuple[Section | Finding, str]] = []
    findings = [
        (finding, f"{path}.findings[{index}]")
        for section, path in lay.sections
        for index, finding in enumerate(section.findings)
    ]
    if findings:
        for i in sorted({0, len(findings) // 2, len(findings) - 1}):
            nodes.append(findings[i])
    with_text = [(section, path) for section, path in lay.sections if section.intro.strip()]
    if with_text:
        nodes.append(with_text[-1])
    return nodes


def sentence_end(text: str, node: Section | Finding) -> int | None:
    """Just after the first full stop in the node's own text (a place to add a sentence)."""
    assert node.span is not None
    at = text.find("。", node.span.start, _own_end(node))
    return at + 1 if at >= 0 else None


_SHARE = re.compile(r"(?:占比|比重|率)[^，。；0-9%\n]{0,6}?(?P<value>[0-9]+(?:\.[0-9]+)?)%")


def shares(name: str, lay: Layout) -> Iterator[Damage]:
    """A share above 100%: an existing rate pushed over, and 占比达112% / 完成率103.5% added."""
    text = lay.text
    for match in _SHARE.finditer(text):
        value = match["value"]
        yield Damage(
            name,
            "share above 100%",
            f"@{match.start('value')}",
            (Edit(match.start("value"), match.end("value"), f"1{value.zfill(2)}"),),
            (Expect("share-above-100-percent", match.start("value")),),
        )
    for at, path in places(lay):
        more = _SHARES[2 + len(text) % 3 :][:2]
        for added, figure in (*_SHARES[:2], *more):
            yield Damage(
                name,
                "share above 100% (added)",
                f"{figure}@{at}",
                (Edit(at, at, added),),
                (Expect("share-above-100-percent", at, added.index(figure), path),),
            )


_SHARES = (
    ("参训人员占比达112%。", "112%"),
    ("整改完成率103.5%。", "103.5%"),
    ("农村自来水覆盖率达到108%。", "108%"),
    ("涉及资金占全县总数的115%。", "115%"),
    ("群众满意度为101.3%。", "101.3%"),
    ("问题整改比例为120%。", "120%"),
    ("合格率提高到104.2%。", "104.2%"),
)
_CONTACT_PATH = r"\$\.(?:contacts\[\d+\]|closing)$"
_PHONES = (
    "0393-77751",
    "139123456789",
    "0739-586201",
    "07395862017123",
    "1390739123",
    "0739-5862O17",
    "12345678901",
)
_EMAILS = (
    "abc@@163.com",
    "gyyq@163,com",
    "abc163.com",
    "qhxc@163",
    "qhxc＠163.com",
    "@163.com",
    "qhxc@163..com",
)


def contacts(name: str, lay: Layout) -> Iterator[Damage]:
    """The phone number and the e-mail address of the closing replaced by malformed ones."""
    text = lay.text
    phone = re.search(r"(?:电话|热线)[：:](?P<value>[0-9\n\-]+)", text)
    if phone is not None:
        for bad in _PHONES:
            yield Damage(
                name,
                "malformed phone",
                bad,
                (Edit(phone.start("value"), phone.end("value"), bad),),
                (Expect("malformed-phone", phone.start("value"), 0, _CONTACT_PATH),),
            )
    email = re.search(r"邮箱[：:](?P<value>[A-Za-z0-9@.\n]+)", text)
    if email is not None:
        for bad in _EMAILS:
            yield Damage(
                name,
                "malformed e-mail",
                bad,
                (Edit(email.start("value"), email.end("value"), bad),),
                (Expect("malformed-email", email.start("value"), 0, _CONTACT_PATH),),
            )
        # The brief's own form: a short label and an address without its @.
        label = text.rfind("电子", 0, email.start())
        if label >= 0 and label > email.start() - 4:
            yield Damage(
                name,
                "malformed e-mail",
                "邮箱：abc163.com",
                (Edit(label, email.end("value"), "邮箱：abc163.com"),),
                (Expect("malformed-email", label, 3, _CONTACT_PATH),),
            )


_CJK = re.compile(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")


def latin(name: str, lay: Layout) -> Iterator[Damage]:
    """An English word between two Chinese characters: title, opening, headings, findings and closing."""
    text = lay.text
    for fraction, word in ((0.02, " and "), (0.2, " or "), (0.45, "the"), (0.7, " the "), (0.9, " and ")):
        boundary = _CJK.search(text, int(len(text) * fraction))
        if boundary is None:
            continue
        at = boundary.start()
        yield Damage(
            name,
            f"latin word {word.strip()}",
            f"@{at}",
            (Edit(at, at, word),),
            (Expect("latin-word-in-chinese", at, len(word) - len(word.lstrip())),),
        )
    # In hard-wrapped text, a word at the end of a line whose sentence goes on in the next one.
    wrap = _WRAP.search(text, len(text) // 2)
    if wrap is not None:
        for word in (" and", "and "):
            at = wrap.start() + (0 if word.startswith(" ") else 1)
            yield Damage(
                name,
                f"latin word {word.strip()}",
                f"at a line break @{at}",
                (Edit(at, at, word),),
                (Expect("latin-word-in-chinese", at, len(word) - len(word.lstrip())),),
            )


def empty_sections(name: str, lay: Layout) -> Iterator[Damage]:
    """A heading with nothing under it: added after the last top section, or a section's body taken out."""
    text, notice = lay.text, lay.notice
    if not notice.sections:
        return
    last = notice.sections[-1]
    assert last.span is not None
    after = last.span.end
    paragraph_end = text.find("\n", after)
    if paragraph_end >= 0:
        marker = marker_at(text, last.span.start)
        indent = text[text.rfind("\n", 0, last.span.start) + 1 : last.span.start]
        added = respell(marker, number_of(marker) + 1)
        heading = f"{indent}{added}其他方面\n"
        if text.startswith("\n", paragraph_end + 1):
            heading = "\n" + heading
        yield Damage(
            name,
            "empty section",
            "heading added",
            (Edit(paragraph_end + 1, paragraph_end + 1, heading),),
            (Expect("empty-section", paragraph_end + 1, heading.index(added), r"\$\.sections\[\d+\]$"),),
        )
    # A subsection heading added after the last subsection of a top section, before the next top section.
    for top, following in zip(notice.sections, notice.sections[1:], strict=False):
        if not top.sections or following.span is None:
            continue
        last_child = top.sections[-1]
        assert last_child.span is not None
        marker = marker_at(text, last_child.span.start)
        line_start = text.rfind("\n", 0, following.span.start) + 1
        indent = text[text.rfind("\n", 0, last_child.span.start) + 1 : last_child.span.start]
        added = respell(marker, number_of(marker) + 1)
        heading = f"{indent}{added}着力解决其他问题\n" + (
            "\n" if text[line_start - 2 : line_start] == "\n\n" else ""
        )
        yield Damage(
            name,
            "empty section",
            f"subsection added @{line_start}",
            (Edit(line_start, line_start, heading),),
            (
                Expect(
                    "empty-section",
                    line_start,
                    heading.index(added),
                    r"\$\.sections\[\d+\]\.sections\[\d+\]$",
                ),
            ),
        )
    for section, path in lay.sections:
        assert section.span is not None
        line_end = text.find("\n", section.span.start)
        first = section.findings[0].span if section.findings else None
        if not section.sections and first is not None and 0 <= line_end < first.start:
            # Every finding of the section taken out, its heading left.
            yield Damage(
                name,
                "empty section",
                f"findings removed @{section.span.start}",
                (Edit(line_end, section.span.end, ""),),
                # A heading with nothing under it may be read as a finding of the parent: either path will do.
                (
                    Expect(
                        "empty-section", section.span.start, 0, _exact(path) + "|" + _sibling_finding(path)
                    ),
                ),
            )
        if section.sections or section.findings or not section.intro.strip():
            continue
        # Keep the heading (the title, or a run-in lead up to its full stop) and take out the rest.
        title_end = section.span.start + len(marker_at(text, section.span.start))
        title_end = text.index(section.title[-1], title_end + len(section.title) - 1) + 1
        yield Damage(
            name,
            "empty section",
            f"body removed @{section.span.start}",
            (Edit(title_end, section.span.end, ""),),
            (Expect("empty-section", section.span.start, 0, _exact(path)),),
        )


GENERATORS = (numbering, restarts, level_jumps, dates, deadlines, shares, contacts, latin, empty_sections)


def damages(name: str) -> list[Damage]:
    lay = LAYOUTS[name]
    return [damage for generate in GENERATORS for damage in generate(name, lay)]


def pairs(found: list[Damage]) -> list[Damage]:
    """Each damage with one of another kind elsewhere in the notice (far apart, so neither hides the other)."""
    families = {
        "numbering": ("gap", "duplicate", "disorder", "restart", "level"),
        "dates": ("inspection", "feedback", "notice", "deadline"),
    }

    def family(kind: str) -> str:
        for name, words in families.items():
            if any(word in kind for word in words):
                return name
        return kind

    combined = []
    for index, first in enumerate(found):
        for second in found[index + 7 :] + found[:index]:
            if family(second.kind) != family(first.kind) and not first.overlaps(second):
                combined.append(combine(first, second))
                break
    return combined[::3]


LAYOUTS = {name: layout(text) for name, text in NOTICES.items()}
SINGLE = [damage for name in NOTICES for damage in damages(name)]
DOUBLE = [damage for name in NOTICES for damage in pairs(damages(name))]


# --------------------------------------------------------------------------- the tests


def missed(damage: Damage) -> list[str]:
    """The expected diagnostics that check() did not report, described; empty when all were found."""
    clean = NOTICES[damage.notice]
    text = damage.apply(clean)
    diagnostics = check(text)
    problems = []
    for expect in damage.expects:
        offset = damage.offset(expect)
        line, column = line_column(text, offset)
        hits = [d for d in diagnostics if d.code == expect.code]
        placed = [d for d in hits if (d.line, d.column) == (line, column)]
        pathed = [d for d in placed if expect.path is None or re.match(expect.path, d.path)]
        if not pathed:
            shown = "; ".join(str(d) for d in diagnostics) or "nothing"
            where = f"{line}:{column}"
            reason = "not reported" if not hits else "misplaced" if not placed else "wrong path"
            problems.append(f"{expect.code} at {where} ({expect.path}) {reason}; got: {shown}")
    return problems


@pytest.mark.parametrize("name", list(NOTICES))
def test_clean_notices_have_no_errors(name: str) -> None:
    errors = [str(d) for d in check(NOTICES[name]) if d.severity is Severity.ERROR]
    assert errors == []


PASSAGES = sorted((Path(__file__).resolve().parent / "_passages").glob("p*"))
# p22 numbers its subsections on across top sections ((十一) under 十一、): read as starting at (十一), a gap.
NUMBERED_ON_SUBSECTIONS = {"p22_many_items.txt"}


@pytest.mark.parametrize("passage", PASSAGES, ids=[path.name for path in PASSAGES])
def test_the_parser_passages_have_no_errors(passage: Path) -> None:
    """The fictional passages of other issuers' styles (tests/_passages) are clean: no error at all."""
    if passage.name in NUMBERED_ON_SUBSECTIONS:
        pytest.skip("subsections numbered on across top sections are read as gaps")
    errors = [str(d) for d in check(passage.read_text(encoding="utf-8")) if d.severity is Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("width", [13, 17, 23, 29, 37, 44, 52])
@pytest.mark.parametrize("name", ["sample", "narrative", "markers", "round", "levels"])
def test_hard_wrapping_a_clean_notice_makes_no_error(name: str, width: int) -> None:
    """Wrapped at any width, a clean notice stays clean: a phone number, an address, a date or a share cut by
    the wrap is read whole. (Numbering is left out: a heading cut by a narrow wrap is the parser's to read.)"""
    plain = "\n".join(
        re.sub(r"^#+\s*|\*\*", "", line).strip("\u3000 ")
        for line in NOTICES[name].splitlines()
        if line.strip()
    )
    text = hard_wrap(plain, width)
    errors = [
        str(d) for d in check(text) if d.severity is Severity.ERROR and not d.code.startswith("numbering")
    ]
    assert errors == []


@pytest.mark.parametrize("damage", SINGLE, ids=[damage.id for damage in SINGLE])
def test_each_defect_is_reported(damage: Damage) -> None:
    assert missed(damage) == []


@pytest.mark.parametrize("damage", DOUBLE, ids=[damage.id for damage in DOUBLE])
def test_two_defects_are_both_reported(damage: Damage) -> None:
    assert missed(damage) == []


def test_every_kind_is_generated_for_every_notice() -> None:
    kinds = {damage.kind.split(" (")[0] for damage in SINGLE}
    assert {"section-1 gap", "finding gap", "measure gap", "level jump", "findings restart"} <= kinds
    assert {
        "inspection end before start",
        "feedback before inspection end",
        "notice before feedback",
        "notice before inspection end",
    } <= kinds
    assert {"deadline already past", "share above 100%", "malformed phone", "malformed e-mail"} <= kinds
    assert {"latin word and", "latin word or", "latin word the", "empty section"} <= kinds


def _matrix() -> None:
    rows: dict[str, dict[str, list[int]]] = {}
    for damage in SINGLE + DOUBLE:
        kind = damage.kind if "+" not in damage.kind else "two defects"
        cell = rows.setdefault(kind, {}).setdefault(damage.notice, [0, 0])
        with contextlib.suppress(Exception):  # a crash counts as a miss in the matrix; the tests show it
            cell[0] += not missed(damage)
        cell[1] += 1
    names = list(NOTICES)
    print(f"{'defect kind':40}" + "".join(f"{name:>13}" for name in names) + f"{'total':>11}")
    found = total = 0
    for kind, cells in rows.items():
        row_found = sum(cell[0] for cell in cells.values())
        row_total = sum(cell[1] for cell in cells.values())
        found, total = found + row_found, total + row_total
        shown = "".join(f"{f'{cells[n][0]}/{cells[n][1]}' if n in cells else '-':>13}" for n in names)
        print(f"{kind:40}{shown}{f'{row_found}/{row_total}':>11}")
    print(f"{'all':40}{'':>{13 * len(names)}}{f'{found}/{total}':>11}")
    for name in names:
        try:
            extra = [str(d) for d in check(NOTICES[name]) if d.severity is not Severity.INFO]
        except Exception as error:
            extra = [repr(error)]
        print(f"clean {name}: {len(extra)} diagnostics", *extra, sep="\n  ")


if __name__ == "__main__":
    _matrix()
