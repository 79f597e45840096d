"""Structure: a level of the hierarchy 一、 （一） 1. （1） skipped, and sections with a heading only."""

from __future__ import annotations

import itertools
import re

from xuncha._glued import ITEM_SEPARATORS, SENTENCE_OR_ITEM_ENDS
from xuncha.checks._context import Context, quote
from xuncha.checks._markers import heading_shape, informal, marker_level
from xuncha.checks._registry import Code, Severity, rule
from xuncha.checks.numbering import section_label
from xuncha.models import Finding, Notice, Section

__all__: list[str] = []


@rule(
    Code(
        "level-jump",
        Severity.WARNING,
        "a level of 一、 （一） 1. （1） is skipped: 一、 straight to 1., （一） straight to （1） (a section or a "
        "finding; the informal 1) has no fixed level)",
    )
)
def check_level_jumps(context: Context) -> None:
    """A part one level down from its parent: 一、 → （一） → 1. → （1）, never 一、 straight to 1."""
    if context.notice is None:
        return
    for node, path in context.parts():
        if not isinstance(node, Section) or not node.marker.strip():
            continue  # a section without a marker holds what came before any heading: no level to skip
        for index, child in enumerate(node.sections):
            # (an item run into its paragraph, 整改措施：1、…；2、…, numbers a list in prose, not a heading level)
            if (
                child.level > node.level + 1
                and not informal(child.marker)
                and not context.runs_in(child.span)
            ):
                context.add(
                    "level-jump",
                    f'section "{section_label(child)}" sits directly under section "{section_label(node)}": '
                    f"{child.level - node.level - 1} level{'s' if child.level - node.level > 2 else ''} skipped",
                    f"{path}.sections[{index}]",
                    child.span,
                )
                break
        for index, finding in enumerate(node.findings):
            level = marker_level(finding.marker)
            if level is not None and level > node.level + 1 and not informal(finding.marker):
                context.add(
                    "level-jump",
                    f'finding "{(finding.marker or "").strip()}" sits directly under section '
                    f'"{section_label(node)}": a level is skipped',
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
            if following.level == section.level and heading_shape(following.marker) != heading_shape(
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
_ENDS_A_SENTENCE = re.compile(r"[。！？][”’）)]?$")
_CLAUSE_MARKS = frozenset("，,；;")
_LONGEST_HEADING = 40


def _several_clauses(title: str) -> bool:
    """Whether the last line of ``title`` ends a sentence that has a comma or semicolon in it."""
    end = _ENDS_A_SENTENCE.search(title)
    if end is None:
        return False
    line_start = title.rfind("\n", 0, end.start()) + 1
    return not _CLAUSE_MARKS.isdisjoint(title[line_start : end.start()])


def _reads_as_text(title: str) -> bool:
    """Whether a "title" holds running text: a parser has then put the section's text into its title, and the
    section is not empty."""
    title = title.strip()
    return bool(_SENTENCE_GOES_ON.search(title)) or (
        len(title) > _LONGEST_HEADING and _several_clauses(title)
    )


# What ends an item of a list rather than a heading, as the cleaner reads lists run into a sentence: a heading never
# ends on a semicolon, which parts a list's items (问题如下：1、照明不足；2、…。), and an item run into its
# paragraph ends its sentence (督查方式：1.自查。2.抽查。).
_ITEM_ENDS = tuple(ITEM_SEPARATORS)
_RUN_IN_ITEM_ENDS = tuple(SENTENCE_OR_ITEM_ENDS)


def _list_items(context: Context, siblings: tuple[Section, ...], found: set[int]) -> set[int]:
    """The sections among ``siblings`` and below them that are items of a numbered list in prose, not headings,
    added to ``found``: one whose title ends on a semicolon, the one after such a sibling (the list's last item,
    2、…。), and one run into its paragraph (after text on its line) whose title ends its sentence. A title alone
    is all such an item has: it is not empty. (A function of the module, not a closure that calls itself, which
    would hold the context in a reference cycle until the garbage collector runs.)"""
    previous_ends_item = False
    for section in siblings:
        title = section.title.rstrip()
        ends_item = title.endswith(_ITEM_ENDS)
        if (
            ends_item
            or previous_ends_item
            or (title.endswith(_RUN_IN_ITEM_ENDS) and context.runs_in(section.span))
        ):
            found.add(id(section))
        previous_ends_item = ends_item
        _list_items(context, section.sections, found)
    return found


@rule(
    Code(
        "empty-section",
        Severity.WARNING,
        "a section with a title only: no text, no findings, no subsections; also a heading read as a finding "
        "((一)关于…的问题) with no text or measures",
    )
)
def check_empty_sections(context: Context) -> None:
    """A section with a title only: its text, findings and subsections went missing.

    A numbered heading with nothing under it may also be read as a finding (（一）关于…的问题 is a finding's
    title too); in a notice read from text, a finding with a title and no text or measures at all is reported
    the same way.
    """
    if context.notice is None:
        return
    flattened = _flattened_part_headings(context.notice)
    items = _list_items(context, context.notice.sections, set())
    for node, path in context.parts():
        if (
            isinstance(node, Section)
            and not node.intro.strip()
            and not node.findings
            and not node.sections
            and id(node) not in flattened
            and id(node) not in items
            and not _reads_as_text(node.title)
        ):
            context.add(
                "empty-section",
                f'section "{quote(section_label(node) + node.title)}" has no text, findings or subsections',
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
                f'"{quote((node.marker or "").strip() + node.title)}" has a heading only: no text or measures',
                path,
                node.span,
            )
