"""Headings glued into a line: a page that lost its paragraph breaks runs a heading into the sentence before it
("…有力有效。一、综合", "报告如下：一、…。二、…"), and a list runs into its paragraph ("报告共分三部分：一、…；二、…").
The cleaner (:mod:`xuncha._markup`) asks :func:`glued_headings` of every line where :data:`AFTER_SENTENCE` matches
and breaks the line at each heading or item found.
"""

from __future__ import annotations

import re

from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._markers import _HEADING as _HEADING_SHAPE
from xuncha._markers import (
    HEADING_FIRSTS,
    WRITTEN_HEADING_FIRSTS,
    HeadingMatch,
    Marker,
    MarkerKind,
    heading_at,
)

__all__ = [
    "AFTER_GAP_MARK",
    "AFTER_SENTENCE",
    "GAP_MARKS",
    "ITEM_SEPARATORS",
    "SENTENCE_OR_ITEM_ENDS",
    "glued_headings",
    "heading_after_contents",
    "heading_glued_to_a_title",
]

# Where a heading may be glued to the sentence before it on one line: "…有力有效。一、综合"; an outline's first
# heading may also follow a colon or a bracketed label ("报告如下：一、", "【提纲】一、"). The heading starts at the
# match's end; the mark is matched rather than looked behind for, so that the engine scans for it, and only
# where a heading's shape follows (heading_shape_at), which the engine tests at once rather than a call per
# sentence.
# A PDF's text flattened into one run with spaces sets its headings (and its table of contents) apart by a space
# alone ("(目录) 一、部门主要职能 二、…"): a space is a place too, where only an outline's next heading is looked for.
# (One class first, the marks and the spaces: the engine skips to its characters. After the spaces, the class of
# a heading's first characters refuses most places before the heading's shape is tried: a tenth less time.)
# A semicolon is a place too, where only the next item of a list run into the paragraph is looked for
# (_run_in_list_starts: "…共分三部分：一、…；二、…；三、…").
GAP_MARKS = "。！？!?：:；;】 \t\u3000"  # (the class AFTER_SENTENCE opens with, and what follows it)
AFTER_GAP_MARK = rf"[ \t\u3000]*(?={HEADING_FIRSTS})(?={_HEADING_SHAPE.pattern})"
# (a table of contents' label glued to its first entry, 目录1.…, is a place too: the one word that is)
AFTER_SENTENCE = LazyPattern(f"(?:[{GAP_MARKS}]|(?<=目)录){AFTER_GAP_MARK}")
# What may start an outline after a colon or a label: 一、, 壹、, 第一部分; and its next level, (一), under a
# heading of the line ("…三点意见：一、…。…主要有以下几个特点：（一）交通建设…").
_OUTLINE_STARTS = frozenset("一壹第(（")
# What may not follow a glued heading's marker: punctuation, or a numeral continuing a list in prose
# ("一、二季度").
_NOT_HEADING_TEXT = frozenset("，,、。；;：:！？!?）)一二三四五六七八九十")
_NUMERALS = frozenset("一二三四五六七八九十")
_SPACES = frozenset(" \t\u3000")
# What follows the numerals of a list in prose or a count (一、二季度, 一至三月, 三个方面): not a heading's word.
_LIST_GOES_ON = frozenset("、，,和与及或至到—–-~季月年号日次批轮个项点届期")
# How far a glued heading's sentence is read for a semicolon (an item of a list running in a sentence).
_GLUED_SENTENCE_LIMIT = 200
# What parts the items of a list run into a sentence ("主要问题：一、制度不健全；二、…"), and what ends a sentence or
# such an item: where a list's next item may follow (the checker reads an item's end by them too).
ITEM_SEPARATORS = "；;"
SENTENCE_OR_ITEM_ENDS = "。！？!?" + ITEM_SEPARATORS
_SENTENCE_OR_ITEM_END = LazyPattern(f"[{SENTENCE_OR_ITEM_ENDS}]")
# A heading glued at the end of a line is short and unpunctuated: "一、综合", "二、主要做法".
_GLUED_HEADING_LIMIT = 30
# The labels that open a numbered list of their own after a colon at a line's start: a table's notes (注：1.本表…,
# even one alone; an attachment list's 附件: 1、问题清单 is one only with its next entries on the line).
_LABEL_OF_A_LIST = LazyPattern(r"[ \t\u3000]*(?:注|备注|附注|注释|说明)[ \t\u3000]*")


def glued_headings(
    raw: str, gap: re.Match[str] | None, end: int, spaces: str, next_line: str = ""
) -> tuple[list[int], str]:
    """A page that lost its paragraph breaks glues a heading to the sentence before it. After a finished
    sentence, a first-level heading starts a paragraph when it ends the line, short and unpunctuated
    ("…有力有效。一、综合"; a lower marker there is a measure that a hard wrap left at the line's end:
    "…问题整改情况。（1）修订"), or when it is the next item of the list the line opens with
    ("一）…主动接受监督。二）班子成员…"). An outline run into one paragraph ("【提纲】一、…。二、…。（一）…。")
    is read the same way, and so is a PDF's text flattened into one run with spaces ("(目录) 第一部分:基本情况
    一、部门主要职能 二、…", where 第N部分 starts the outline again): a marker after a sentence end, a colon, a
    label or a space that fits the sequence of the line's markers so far (the next number of a level in use,
    or the first of the level below the deepest; 一、 when none is in use) starts a paragraph
    when heading text follows it, not another numeral or punctuation, and its sentence is not an item of a
    list run in with semicolons ("主要问题：一、制度不健全；二、…": such a list is read as one, below). A marker
    after a sentence end whose previous item stands earlier on the line run into the text before it (a heading
    line without punctuation joined to the next: "…压实整改责任(一)召开专题会议。…。(二)制定方案。") starts a
    paragraph, and so does that item. A list run into the paragraph (:func:`_run_in_list_starts`: its item 1 after
    a colon, a sentence end or a space, or opening the line, its item 2 after a semicolon or a full stop) starts a
    paragraph at each item; its items are no part of the line's outline unless its first is.

    ``gap`` is the first match of :data:`AFTER_SENTENCE` in the line ``raw``, ``end`` where its text ends (before
    trailing ``spaces``, the cleaner's whitespace: a marker followed by one heads no text there), ``next_line`` the
    start of the next line that holds text (where a list's item 2 may open: "附件:1.…⏎2.…"). Returns where each
    glued heading starts in ``raw``, and the heading the line ends in when the last one is short and ends the
    line ("" otherwise)."""
    in_use: list[Marker] = []  # the last marker of each level in use, outermost first
    # the markers a heading above them closed (their numbering may go on under the next)
    closed: list[Marker] = []
    previous = None
    in_list: Marker | None = None  # the last item of a list run into the paragraph, while it may go on
    list_in_outline = False  # whether that list's first item is one of the line's outline too
    read_opening = False  # the line's opening marker is read only when a heading follows a sentence
    breaks: list[int] = []
    glued_head = ""
    run_in_found = False  # a heading run into text before a break already made: the breaks need sorting
    search = AFTER_SENTENCE.search
    content = len(raw) - len(raw.lstrip(spaces))  # where the line's own indent ends
    while gap is not None:
        gap_start = gap.start()
        after_sentence = raw[gap_start] in "。！？!?"
        after_item = raw[gap_start] in ITEM_SEPARATORS
        at = gap.end()
        # (a semicolon and a space: the space is a place of its own, as on a page flattened into one line)
        after_space = raw[gap_start] in _SPACES or (after_item and at > gap_start + 1)
        indent = after_space and gap_start < content  # the line's own indent
        gap = search(raw, at)
        if after_item and in_list is None and not after_space:
            # after a semicolon only a list run into the paragraph goes on: one the line opens with, too
            # ("1.研究审定…方案;2.分析…进度;3.…")
            if read_opening:
                continue
            read_opening = True
            opening, previous, in_use = _opening(raw, content)
            if opening is None or not _run_in_list_starts(raw, opening, spaces, next_line):
                continue
            in_list, list_in_outline = previous, True
        # After a colon or a label only an outline's first heading is looked for (or the first entry of a
        # numbered list flattened into the line, below); after a space, any heading that continues the outline
        # (below: _fits_outline, as no sentence ends there)
        list_only = not (after_sentence or after_space or after_item) and raw[at] not in _OUTLINE_STARTS
        if indent or (list_only and raw[at] != "1"):
            continue
        found = heading_at(raw, at)
        if found is None or (
            breaks and breaks[-1] == found.start
        ):  # (read as a heading's first item already)
            continue
        if not read_opening:
            read_opening = True
            opening, previous, in_use = _opening(raw, content)
        marker = found.marker
        if marker.kind is MarkerKind.PART:  # 第二部分: a new part, whose outline starts again at 一、
            in_use = []
            continue
        # A list run into the paragraph ("报告共分三部分：一、…；二、…；三、…。", "如下：1.…。2.…"): its first item
        # after a colon or a sentence end, its next items after the semicolon or the full stop that ends the one
        # before. Its items are no part of the line's outline (unless the first is one by the rules below).
        list_goes_on = (
            in_list is not None
            and (after_item or after_sentence)
            and _next_in_list(marker, in_list)
            and _words_at(raw, found.end, spaces) >= 0
        )
        list_item = list_goes_on or (
            not after_item and marker.ordinal == 1 and _run_in_list_starts(raw, found, spaces, next_line)
        )
        if after_item and not (list_item or after_space):
            continue
        # Only a short tail is sliced: a line of many sentences stays linear.
        tail = raw[found.start : end] if end - found.start <= _GLUED_HEADING_LIMIT else ""
        ends_line = (
            after_sentence
            and marker.section_level == 1
            and bool(tail)
            and not any(mark in tail for mark in "。！？；，：!?;,:")
        )
        next_item = (
            after_sentence and previous is not None and _next_in_list(marker, previous)
        )  # (二） after 一）, not 2. after 1、)
        # (a list flattened into the line starts one of its own: none in use, or only markers of another shape,
        # as a viewer's chunk number 1、 before 目录1.… 2.…)
        flattened_list = not any(
            used.kind is marker.kind and _same_shape(used, marker) for used in in_use
        ) and _flattened_list_starts(raw, found.start, found.end, marker)
        # (a note's label opens its own numbered list: 注:1.本表…。2.…)
        labelled = (
            list_only
            and marker.ordinal == 1
            and _LABEL_OF_A_LIST.fullmatch(raw, content, gap_start) is not None
        )
        if list_only and not (flattened_list or labelled or list_item):
            continue  # 1、 after a colon starts only a list flattened into the line, or one a label opens
        # A colon introduces a list of its own: its first item starts the list again at its level, below the
        # levels in use above it ("…包括下列内容: (一)…; (五)…. 第四条 …采取下列方式: (一)…").
        restarts = raw[gap_start] in "：:" and marker.ordinal == 1 and marker.section_level is not None
        if restarts:
            in_use = [used for used in in_use if (used.section_level or 1) < (marker.section_level or 1)]
        outline = (list_goes_on and list_in_outline) or (
            not list_goes_on
            and (
                ends_line
                or next_item
                or flattened_list
                or (labelled and _heads_text(raw, found.end, spaces))
                or (
                    _fits_outline(marker, in_use, closed, after_space) and _heads_text(raw, found.end, spaces)
                )
            )
        )
        if not (outline or list_item):
            # Neither an item nor, so far, a heading of the outline: it is one when it runs into the heading text
            # before it or continues an excerpt's cut outline; else it is prose, and the scan goes on.
            heads = after_sentence and _heads_text(raw, found.end, spaces)
            run_in = _run_in_predecessor(raw, found.start, marker, spaces) if heads else None
            if run_in is None:
                # An excerpt cut inside a part: its 一、 is gone, and the line opens with a lower item (a viewer's
                # chunk number, 1、): a first-level heading after a sentence end continues that outline
                # ("1、…予以实现。 二、抓好学习培训…").
                if not (heads and _continues_a_cut_outline(marker, in_use)):
                    continue
            # (一) run into the heading text before it ("…压实整改责任(一)召开专题会议。…。(二)制定方案。"): its
            # successor after a sentence end shows the outline, and both start parts
            elif run_in.start not in breaks and run_in.start > content:
                breaks.append(run_in.start)
                run_in_found = True
            outline = True
        breaks.append(found.start)
        previous = marker
        in_list = marker if list_item else None
        list_in_outline = list_item and (outline if not list_goes_on else list_in_outline)
        if outline:  # (a list run into a paragraph is no part of the line's outline: "注:1.…。2.…。(一)…")
            level = marker.section_level or 1
            closed += [used for used in in_use if (used.section_level or 1) >= level]
            in_use = [used for used in in_use if (used.section_level or 1) < level] + [marker]
        glued_head = tail if ends_line else ""
        first_item = _first_item_run_in(raw, found, spaces)
        if first_item is not None:
            # "。二、主要工作开展情况(一)持续巩固…": the heading's short text runs into its first item, which starts
            # a paragraph of its own (the item's list goes on after its sentences: (二) continues it)
            breaks.append(first_item.start)
            previous = first_item.marker
            in_use.append(first_item.marker)
            glued_head = ""
    if run_in_found:
        breaks.sort()
    return breaks, glued_head


def _opening(raw: str, content: int) -> tuple[HeadingMatch | None, Marker | None, list[Marker]]:
    """The marker the line opens with (after its indent, ``content``: &nbsp;), read once a heading or an item is
    found after it: its match, its marker, and the levels in use it starts (itself, when it numbers a part)."""
    opening = heading_at(raw, content)
    marker = opening.marker if opening is not None else None
    return opening, marker, [marker] if marker is not None and marker.section_level is not None else []


# The punctuation a heading's short text holds none of before the first item run into it.
_HEADING_TEXT_ENDS = frozenset("。！？!?；;：:，,、")


def _first_item_run_in(raw: str, heading: HeadingMatch, spaces: str) -> HeadingMatch | None:
    """The first item of the level below a glued heading, run into the heading's short text without punctuation
    ("二、主要工作开展情况(一)持续巩固…", "二、林业重点工作开展情况1.国土绿化…"): a (一) or a 1. within
    _GLUED_HEADING_LIMIT characters of the marker, heading text after it. None when the heading's text has
    punctuation before it (a sentence: "一、制度不健全，(一)…" is prose) or none follows."""
    level = heading.marker.section_level
    if level is None or level > 2:
        return None
    start, limit = heading.end, min(len(raw), heading.end + _GLUED_HEADING_LIMIT)
    at = start + 2  # (a heading's text has two characters at least)
    while at < limit:
        character = raw[at]
        if character in _HEADING_TEXT_ENDS:
            return None
        if character in "(（1":
            item = heading_at(raw, at)
            if (
                item is not None
                and item.marker.ordinal == 1
                and item.marker.section_level is not None
                and 0 < item.marker.section_level - level <= 2
                and _heads_text(raw, item.end, spaces)
            ):
                return item
        at += 1
    return None


# A document's title glued to its first heading, as a document-sharing site prints its blurb and a flattened page
# its first line ("文档简介⏎首轮巡察反馈工作方案一、巡察反馈的背景与意义", "…推进工作方案一、总体目标随着…"): a line
# (after a viewer's chunk number) that opens with a title naming what the document is, with no clause break,
# and 一、 right after it. The words a title may end on, and what a template site adds after them.
_TITLE_KIND_WORDS = (
    "方案", "总结", "汇报", "报告", "通报", "计划", "规划", "要点", "意见", "办法", "规范", "细则", "规定", "指南",
    "安排", "思路", "制度",
)  # fmt: skip
_TEMPLATE_WORDS = ("模板", "范文", "参考", "范本", "怎么写")
_TITLE_BEFORE_HEADING = LazyPattern(
    r"[ \t\u3000]*(?:[0-9]{1,3}、)?[^，,。；;：:！!？?、\s“”\"《》]{2,60}?"
    rf"(?:{'|'.join(_TITLE_KIND_WORDS)})(?:{'|'.join(_TEMPLATE_WORDS)}){{0,3}}(?=一、)"
)


def heading_glued_to_a_title(raw: str, spaces: str) -> int | None:
    """Where a first-level heading glued to the title that opens the line starts ("首轮巡察反馈工作方案一、巡察反馈
    的背景与意义": at 一、), when heading text follows it (not 一、二季度); None otherwise. The cleaner breaks the
    line there, as it breaks one at a heading glued after a sentence (:func:`glued_headings`)."""
    found = _TITLE_BEFORE_HEADING.match(fold(raw))  # (the words read folded: 管理規範 is 管理规范)
    if found is None:
        return None
    heading = heading_at(raw, found.end())
    if heading is None or not _heads_text(raw, heading.end, spaces):
        return None
    return found.end()


#: How far back a table of contents' first entry is looked for from the body's first heading (a preview's table
#: of contents runs to a few dozen entries).
_CONTENTS_LOOKBACK = 3000
#: The longest first entry of a table of contents that :func:`heading_after_contents` compares (a heading's text).
_CONTENTS_ENTRY_LONGEST = 40


def heading_after_contents(text: str, line_start: int, raw: str, spaces: str) -> int | None:
    """Where the body's first heading, glued to the last entry of the table of contents before it, starts in the
    line ``raw`` (at ``line_start`` in ``text``): a preview's contents list their headings one per line, and their
    last entry runs into the body, which opens by repeating the first ("…⏎4.2考核问责一、背景分析1.1政策依据 …",
    after "一、背景分析⏎" above). The heading is 一、 glued after words, and the text it opens repeats word for
    word the nearest 一、 entry above, which a line break ends; None otherwise. (One look back, of a bounded
    length, per line holding such a 一、.)"""
    at = raw.find("一、", 1)
    if at < 0 or not _may_precede_heading(raw[at - 1]):
        return None
    entry = text.rfind("一、", max(0, line_start - _CONTENTS_LOOKBACK), line_start)
    if entry < 0:
        return None
    entry_end = text.find("\n", entry, line_start)
    if entry_end < 0 or entry_end - entry > _CONTENTS_ENTRY_LONGEST:
        return None
    heading = text[entry:entry_end].rstrip(spaces)
    if len(heading) < len("一、") + 2 or not raw.startswith(heading, at):
        return None
    found = heading_at(raw, at)
    return at if found is not None and _heads_text(raw, found.end, spaces) else None


# How far after a list's first entry its second is looked for on the line (a flattened list's entries are short).
_FLATTENED_ENTRY_LONGEST = 60


def _flattened_list_starts(raw: str, start: int, end: int, marker: Marker) -> bool:
    """Whether the numbered entry 1、 or 1. at ``raw[start:end]`` starts a list flattened into the line (a table of
    contents, an attachment list, the bodies a round inspects: "…巡视: 1、中央某某部、 2、中央某某办公室、 3、…"):
    the line holds its second entry, in the same shape, after a space within a short entry's length, and that
    one its third. A list run into a sentence with its entries glued to the punctuation between them ("主要问题：
    1、制度不健全；2、…") is prose, not headings."""
    if marker.kind is not MarkerKind.DIGIT_DOT or marker.ordinal != 1:
        return False
    mark = raw[start + 1 : end].strip(" \t\u3000")
    at = end
    for number in ("2", "3"):
        entry = raw.find(f" {number}{mark}", at, at + _FLATTENED_ENTRY_LONGEST + 1)
        if entry < 0:
            return False
        at = entry + 1 + len(number) + len(mark)
        # 2.5 is a decimal, not an entry; 2.2023年… is one (the marker grammar tells)
        if at < len(raw) and "0" <= raw[at] <= "9" and heading_at(raw, entry + 1) is None:
            return False
    return True


def _fits_outline(marker: Marker, in_use: list[Marker], closed: list[Marker], after_space: bool) -> bool:
    """Whether a heading marker continues an outline whose last marker of each level is ``in_use``: the next
    number of a level in use, in the same shape, or the first of the level below the deepest in use (the first
    of level 1 or 2 when none is in use); or, below the deepest in use, the next number of a marker a heading
    above it ``closed`` (items numbered on across parts: "一、… 4.… 二、… 5.…"). On a page flattened into one line
    (``after_space``: the marker follows a space, where a line break was), the first item of level 3 may follow a
    first-level heading (many plans number the items under 一、 with 1. and no （一）: "一、做强产业 1.做大…"); after
    a sentence end, a lower item skipping a level is a list in the paragraph ("（一）…整改情况。（1）修订…")."""
    if marker.section_level is None:
        return False
    if marker.ordinal == 1:
        # with none in use, an outline may start at 一、 or at its first section (（一）), as a plan without
        # parts does ("…真抓实干。（一）坚持党建统领…"); 一、 starts one under a line's lower item too, when no
        # part is in use (a document viewer's chunk number opens the line: "1、…予以公布。一、整改工作基本情况…")
        if _under_lower_items(marker, in_use):
            return True
        if not in_use:
            return marker.section_level in (1, 2)
        deepest_level = in_use[-1].section_level or 0
        return marker.section_level == deepest_level + 1 or (
            after_space and deepest_level == 1 and marker.section_level == 3
        )
    deepest = (in_use[-1].section_level or 0) if in_use else 0
    return any(
        used.section_level == marker.section_level
        and used.kind is marker.kind
        and used.ordinal + 1 == marker.ordinal
        and _same_shape(used, marker)
        for used in (*in_use, *(used for used in closed[-1:] if (used.section_level or 0) > deepest))
    )


def _under_lower_items(marker: Marker, in_use: list[Marker]) -> bool:
    """Whether a first-level marker stands where only lower levels are in use on the line (its opening 1、, a
    viewer's chunk number; a (一) before)."""
    return (
        marker.section_level == 1 and bool(in_use) and all((used.section_level or 1) > 1 for used in in_use)
    )


def _continues_a_cut_outline(marker: Marker, in_use: list[Marker]) -> bool:
    """Whether a first-level marker past the first (二、) continues an outline whose own first-level items an
    excerpt cut off: it stands under lower items only (:func:`_under_lower_items`)."""
    return marker.ordinal > 1 and _under_lower_items(marker, in_use)


# How far back on a line a glued marker's predecessor, run into heading text, is looked for (about a part's length:
# the search stays linear in the line).
_RUN_IN_LOOKBACK = 1000
# The characters a heading marker may start with, where a predecessor is tried: _HEADING_SHAPE's lookahead
# (the numerals of xuncha._markers), without the enclosed numbers ⒈ ⑴.
_MARKER_FIRSTS = LazyPattern(WRITTEN_HEADING_FIRSTS)


def _run_in_predecessor(raw: str, before: int, marker: Marker, spaces: str) -> HeadingMatch | None:
    """The previous item of ``marker``'s list on the line, when the nearest heading of the same kind and shape
    before it is numbered one less: a heading after a sentence end or run into the text before it (as a page
    that lost its paragraph breaks prints one after a heading line without punctuation: "…整改责任(一)召开…。
    (二)…", or a space after it: "…走深走实 (一)制定…。 (二)…"), with heading text after it."""
    if marker.section_level is None or marker.ordinal < 2:
        return None
    start = max(0, before - _RUN_IN_LOOKBACK)
    nearest = None  # the last heading of the same kind and shape before the marker: its list's previous item
    for first in _MARKER_FIRSTS.finditer(raw, start, before):
        at = first.start()
        # (a page flattened into one line parts its paragraphs by a space: "…走深走实 (一)制定…")
        before_at = at - 1 if at < 2 or raw[at - 1] not in " \u3000" else at - 2
        if at == 0 or not _may_precede_heading(raw[before_at]):
            continue
        found = heading_at(raw, at, before)
        if (
            found is not None
            and found.start == at
            and found.marker.kind is marker.kind
            and _same_shape(found.marker, marker)
            and _heads_text(raw, found.end, spaces)
        ):
            nearest = found
    if nearest is not None and nearest.marker.ordinal == marker.ordinal - 1:
        return nearest
    return None


def _may_precede_heading(char: str) -> bool:
    """Whether a heading may follow ``char`` on a line: a sentence end, or the end of a heading's text run into
    the next (a word or a closing quote); not a colon or a comma, after which a marker opens a list in the
    sentence ("反映:(1)…。(2)…"), nor a digit or a bracket inside a figure or a name."""
    return "\u4e00" <= char <= "\u9fff" or char in "。！？!?”’」』》"


# A closing mark in either width is one shape: pages that paste text from several sources mix （一） and (二).
_NARROW_CLOSINGS = str.maketrans("）．", ").")


def _next_in_list(marker: Marker, previous: Marker) -> bool:
    """Whether ``marker`` numbers the item after ``previous`` in the same shape: 二） after 一）, not 2. after 1、."""
    return (
        marker.kind is previous.kind
        and marker.ordinal == previous.ordinal + 1
        and _same_shape(marker, previous)
    )


# How far a list run into a paragraph is read for its second item (one item's length: the search stays linear).
_RUN_IN_ITEM_LONGEST = 300
# What does not start an item's words after a digit marker: another number of a list or a date (1、2月, 1、2、3).
_NUMBER_GOES_ON = LazyPattern(r"[0-9０-９]{1,2}[ \t\u3000]?(?:[、，,和与及至到~～—–-]|[月日号])")


def _run_in_list_starts(raw: str, first: HeadingMatch, spaces: str, next_line: str = "") -> bool:
    """Whether the item 1 at ``first`` (after a colon or a sentence end) opens a list run into its paragraph
    ("报告共分三部分：一、…；二、…", "如下：1.自查。…。2.抽查。"): words follow it, and its item 2, in the same
    shape and with words after it too, is the first marker of its kind after one of the semicolons or full stops
    that follow within an item's length; or, when no such mark follows on the line, it opens ``next_line`` (an
    attachment list: "附件:1.…分解表⏎2.…"). (1.5万元, 2023.1 and 第1、2项 are no marker: the grammar and the place
    tell; "：1、2月…" opens no item: a number goes on.)"""
    marker = first.marker
    if marker.ordinal != 1 or marker.section_level is None or not _item_words(raw, first.end, spaces):
        return False
    stop = None
    # (an item ends on its semicolon, or on the full stop of its last sentence)
    for stop in _SENTENCE_OR_ITEM_END.finditer(
        raw, first.end, min(len(raw), first.end + _RUN_IN_ITEM_LONGEST)
    ):
        following = heading_at(raw, stop.end())
        if following is not None and following.marker.kind is marker.kind:
            return _next_in_list(following.marker, marker) and _item_words(raw, following.end, spaces)
    following = heading_at(next_line) if stop is None and next_line else None
    return (
        following is not None
        and _next_in_list(following.marker, marker)
        and _item_words(next_line, following.end, spaces)
    )


def _item_words(raw: str, position: int, spaces: str) -> bool:
    """Whether an item's words follow its marker ending at ``position``: words (:func:`_words_at`), not a number
    going on as a list or a date does (1、2月)."""
    at = _words_at(raw, position, spaces)
    return at >= 0 and _NUMBER_GOES_ON.match(raw, at) is None


def _same_shape(marker: Marker, other: Marker) -> bool:
    """Whether two markers close alike (一） and 二), 1. and 2．; not 1. and 2、)."""
    return marker.text[-1].translate(_NARROW_CLOSINGS) == other.text[-1].translate(_NARROW_CLOSINGS)


def _heads_text(raw: str, position: int, spaces: str) -> bool:
    """Whether heading text follows a glued marker ending at ``position`` (after a space or two: "2. 督察重点"):
    words (:func:`_words_at`), in a sentence that is not an item of a list run in with semicolons (the next
    item's marker right after the semicolon: "一、制度不健全；二、…", read by :func:`_run_in_list_starts` instead;
    a paragraph whose first sentence has a semicolon in it heads text: "(一)工业增长8.2%;其中,…")."""
    position = _words_at(raw, position, spaces)
    if position < 0:
        return False
    stop = _SENTENCE_OR_ITEM_END.search(raw, position, position + _GLUED_SENTENCE_LIMIT)
    return (
        stop is None
        or stop.group() not in ITEM_SEPARATORS
        or raw[stop.end() : stop.end() + 1] in spaces
        or heading_at(raw, stop.end()) is None
    )


def _words_at(raw: str, position: int, spaces: str) -> int:
    """Where the words after a marker ending at ``position`` start (after a space or two), or -1 when none do:
    punctuation, a line's end or a numeral continuing a list in prose ("一、二季度") follows."""
    closed = position > 0 and raw[position - 1] in ")）"  # (the marker's closing bracket)
    while position < len(raw) and raw[position] in " \u3000" and position < len(raw) - 1:
        position += 1
    if position >= len(raw) or raw[position] in spaces:
        return -1
    if raw[position] in _NOT_HEADING_TEXT:
        if raw[position] not in _NUMERALS:
            return -1
        # a numeral continues a list in prose ("一、二季度", "一、二、三") unless it starts a word (一般公共预算);
        # not after a marker closed by a bracket, which no list in prose is: "(一)五年来，经济实力…"
        after = position
        while after < len(raw) and raw[after] in _NUMERALS:
            after += 1
        if (after >= len(raw) or raw[after] in _LIST_GOES_ON) and not closed:
            return -1
    return position
