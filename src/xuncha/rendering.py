""":class:`~xuncha.models.Notice` → Markdown or plain text, in a canonical layout with GB/T 9704 markers.

The layout, one paragraph per block, blank lines between:

preamble · title · opening · body · closing · signature · 成文日期 · postscript

In the body a section's heading is its canonical marker (一、 （一） 1. （1） from ``level`` and ``ordinal``)
followed by its title, then its intro and its parts in document order; a finding is its marker as written
(else ``{number}.``) and title, then its text, then one paragraph per measure (marker as written, then text).
Markdown marks section headings with ``#`` (depth = level + 1, the title being ``#``); plain text indents
body paragraphs by two full-width spaces, as official documents do.

Only the text fields are rendered: the fields a parser reads *from* them (``Finding.problem``,
``Measure.lead``/``modality``/``deadline``/``documents``, ``Finding.status``, ``Notice.issuer``,
``Notice.inspection``, ``Notice.contacts``, every figure and date) are not written again. Two exceptions
keep a notice whole when its text fields are empty: contacts are listed when ``closing`` is empty, and the
date is written as ``2023年12月25日`` (Arabic numerals, no padding, GB/T 9704). A line of a field that would
start an unindented line with Markdown markup (``#``, ``>``, a ``-``, ``*`` or ``+`` bullet) is written escaped
(``\\- 0``), which the parser reads back as written.

>>> from xuncha.models import Finding, Measure, Notice, Section
>>> finding = Finding("学习不深入问题整改情况。", number=1, marker="1.", measures=(Measure(1, "建立制度。", marker="一是"),))
>>> notice = Notice("关于巡察整改情况的通报", sections=(Section(1, 1, "“学习不够”方面", marker="一、", findings=(finding,)),))
>>> print(render_markdown(notice))
# 关于巡察整改情况的通报
<BLANKLINE>
## 一、“学习不够”方面
<BLANKLINE>
1. 学习不深入问题整改情况。
<BLANKLINE>
一是建立制度。
<BLANKLINE>
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from xuncha._contacts import DEFAULT_LABELS
from xuncha._lines import would_join
from xuncha._markup import MARKUP_FIRSTS
from xuncha.building import section_marker
from xuncha.models import Contact, Finding, Notice, Section

__all__ = ["render_markdown", "render_text"]

_INDENT = "\u3000\u3000"
# A field's line that starts with markup the cleaner takes off an unindented line (a Markdown heading, block quote
# or bullet: "# ", "> ", "- ") is written escaped ("\\- 0"), which the cleaner reads back as the character itself,
# so that rendering and parsing lose nothing.
_MARKUP_STARTS = frozenset(MARKUP_FIRSTS)


def format_date(date: dt.date) -> str:
    """成文日期 as GB/T 9704 writes it: ``2023年12月25日``."""
    return f"{date.year}年{date.month}月{date.day}日"


def render_markdown(notice: Notice) -> str:
    """The notice as Markdown: ``#`` title, section headings as ``##``…, one paragraph per block.

    A paragraph that a reader would take for one cut by a page break (it ends without sentence-final
    punctuation and the next one does not start a part) ends with a Markdown hard line break (a backslash).
    """
    blocks = list(_blocks(notice, markdown=True))
    for index, (block, following) in enumerate(itertools.pairwise(blocks)):
        if not block.startswith("#") and not following.startswith("#") and would_join(block, following):
            blocks[index] = block + "\\"
    return "\n\n".join(blocks) + "\n"


def render_text(notice: Notice) -> str:
    """The notice as plain text: no markup, body paragraphs indented by two full-width spaces."""
    return "\n\n".join(_blocks(notice, markdown=False)) + "\n"


def _lines(text: str, indent: str = "") -> Iterator[str]:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            yield _line(indent, line)


def _line(indent: str, line: str) -> str:
    """``line`` after ``indent``, escaped where an unindented line would start with markup."""
    return indent + line if indent or line[:1] not in _MARKUP_STARTS else "\\" + line


def _blocks(notice: Notice, *, markdown: bool) -> Iterator[str]:
    indent = "" if markdown else _INDENT
    yield from _lines(notice.preamble)
    if notice.title:
        yield f"# {notice.title}" if markdown else _line("", notice.title)
    yield from _lines(notice.opening, indent)
    for section in notice.sections:
        yield from _section(section, markdown=markdown)
    if notice.closing:
        yield from _lines(notice.closing, indent)
    else:
        yield from (_line(indent, _contact_line(contact)) for contact in notice.contacts)
    if notice.signature:
        yield from _lines(notice.signature)
    if notice.date is not None:
        yield format_date(notice.date)
    yield from _lines(notice.postscript)


def _contact_line(contact: Contact) -> str:
    return f"{contact.label or DEFAULT_LABELS[contact.kind.value]}：{contact.value}"


def _gap(marker: str, title: str) -> str:
    """A space after "1." (Markdown's habit), or where the title's own punctuation would read as the marker's."""
    return " " if marker and (marker.endswith((".", "．")) or title[:1] in "、．.，,") else ""


def _section(section: Section, *, markdown: bool) -> Iterator[str]:
    indent = "" if markdown else _INDENT
    if section.marker or section.title:
        marker = section_marker(section.level, section.ordinal)
        heading = marker + _gap(marker, section.title) + section.title
        yield f"{'#' * (section.level + 1)} {heading}" if markdown else indent + heading
    yield from _lines(section.intro, indent)
    for part in section.parts():
        if isinstance(part, Section):
            yield from _section(part, markdown=markdown)
        else:
            yield from _finding(part, section.level, indent)


def _finding(finding: Finding, parent_level: int, indent: str) -> Iterator[str]:
    marker = finding.marker
    if marker is None:
        marker = section_marker(min(parent_level + 1, 4), finding.number) if finding.number else ""
    yield _line(indent, f"{marker}{_gap(marker, finding.title)}{finding.title}")
    yield from _lines(finding.text, indent)
    for measure in finding.measures:
        lines = [line.strip() for line in measure.text.split("\n") if line.strip()] or [""]
        yield _line(indent, f"{measure.marker or ''}{lines[0]}")
        for line in lines[1:]:
            yield _line(indent, line)
