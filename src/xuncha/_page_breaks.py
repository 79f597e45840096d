"""Where a page break or a hard wrap split a paragraph: the deletions that rejoin its lines.

:func:`page_break_joins` reads the lines with content in order (:class:`ContentLines`, as
:class:`xuncha._text.SourceText` gathers them) and joins two neighbours when the paragraph so far has not ended
and neither is a heading, a title, a date, a contact line or a numbered part (the tests of :mod:`xuncha._lines`);
in plain text from a PDF, a line indented as paragraphs' first lines are starts a paragraph. Apart from the
markup of each line (:mod:`xuncha._markup`) because it reads pairs of lines and the indents of the whole text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

from xuncha._fold import fold
from xuncha._lines import HEAD_LIMIT, lines_join
from xuncha._markers import heading_shape_at
from xuncha._markup import BULLETS, WHITESPACE, Line


class ContentLines:
    """The lines with content, in order, as the page-break joins read them: the original span of each, and the
    record of each line that the joins must ask more of than its text.

    A line without markup, heading mark, hard break or glued heading (nearly every line) keeps no record: its
    content is its text trimmed, sliced again where the joins read it. Its span costs two machine integers.
    """

    __slots__ = ("ends", "open", "records", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.records: dict[int, Line] = {}  # by the line's index among the lines with content
        # The indices of the lines whose content ends on no sentence-final mark (FINAL_MARKS_BUT_DOT): only after
        # one of those may a line continue a paragraph, and the joins look at those pairs alone.
        self.open = array("q")

    def __len__(self) -> int:
        return len(self.starts)

    def content(self, original: str, index: int) -> str:
        """The content of line ``index``: its text without markup, trimmed."""
        record = self.records.get(index)
        if record is not None:
            return record.content
        return original[self.starts[index] : self.ends[index]].strip(WHITESPACE)


# What an indent is made of (\f starts a page and takes no room, but a line indented after it is indented).
_INDENT_CHARACTERS = " \t\u3000\f"


def _indent(original: str, start: int, end: int) -> int:
    """The display width of the indentation of the line ``original[start:end]`` (a full-width space or a tab
    counts two columns)."""
    if original[start] not in _INDENT_CHARACTERS:  # (most lines start with their text)
        return 0
    width = 0
    for ch in original[start : min(end, start + 16)]:
        if ch == "\f":  # a page start (pdftotext) takes no room
            continue
        if ch == " ":
            width += 1
        elif ch in "\t\u3000":
            width += 2
        else:
            break
    return width


# The shortest first line of a paragraph indented as a PDF's paragraphs are, and the clause marks it holds: a first
# line runs to the page's width through a clause or two; a field's value, a code, a time (16:40) or a caption
# does not.
_FIRST_LINE_SHORTEST = 16
_CLAUSE_MARKS = frozenset("，,。；;、")


def _opens_prose(original: str, start: int, end: int) -> bool:
    """Whether the line ``original[start:end]`` (after its indent) may be a paragraph's first line of prose: long
    enough and holding a clause mark (only its first _FIRST_LINE_SHORTEST * 4 characters are looked at)."""
    return end - start >= _FIRST_LINE_SHORTEST and not _CLAUSE_MARKS.isdisjoint(
        original[start : min(end, start + _FIRST_LINE_SHORTEST * 4)]
    )


def page_break_joins(
    original: str, lines: ContentLines, *, folding: bool = True
) -> Iterator[tuple[int, int]]:
    """Deletions that rejoin a paragraph split by a page break or a hard line wrap.

    Two neighbouring non-blank lines are one paragraph when the paragraph so far has not visibly ended (no
    sentence-final punctuation) and neither is a heading, a title, a date line, a contact label line, nor starts
    a numbered part — those legitimately end without punctuation. In plain text from a PDF a line indented
    deeper than most lines starts a paragraph (the first-line indent), whatever the line before it.
    """
    starts, ends, records = lines.starts, lines.ends, lines.records
    # (a text of one line, a title alone, or whose lines but its last all end their sentences: nothing to join)
    if not lines.open or lines.open[0] >= len(starts) - 1:
        return
    counts: dict[int, int] = {}
    # the lines of each indent that may open a paragraph of prose (_opens_prose), not a numbered item's (a page's
    # list indented under unindented paragraphs: "    1.保护幼儿生命安全，…")
    prose: dict[int, int] = {}
    # (a line starts the text or follows a \n: where no \n is followed by an indent character, most texts, every
    # line's indent is 0, the usual one, and no line is indented deeper; the lines need not be looked at)
    indents = (
        original[0] in _INDENT_CHARACTERS
        or "\n " in original
        or "\n\u3000" in original
        or "\n\t" in original
        or "\n\f" in original  # (_INDENT_CHARACTERS, each tested without a generator's cost)
    )
    for start, end in zip(starts, ends, strict=True) if indents else ():
        # (_indent's first test inline: most lines start with their text and have no indent, with no call)
        indent = 0 if original[start] not in _INDENT_CHARACTERS else _indent(original, start, end)
        if indent and original[start : start + indent + 2].lstrip(_INDENT_CHARACTERS)[:1] in BULLETS:
            continue  # an indented bullet (a page's "  • 发布时间:…" items) is a list's, no paragraph's first line
        counts[indent] = counts.get(indent, 0) + 1
        if (
            indent
            and _opens_prose(original, start + indent, end)
            and heading_shape_at(original, start + indent) is None
        ):
            prose[indent] = prose.get(indent, 0) + 1
    # the indent of most lines (the first seen of equally many, as Counter.most_common says)
    usual = max(counts, key=counts.__getitem__) if counts else 0
    # Where paragraphs start with a first-line indent (two to four characters) deeper than most lines, a
    # heading that wraps before its end continues unindented. Centred or right-aligned lines (a signature, a
    # date) are indented much deeper and say nothing about paragraphs; nor do indented values under a page's
    # bullets ("    2024年04月06日 16:40", "    6107990000/2024-001012"), which open no prose.
    indented_starts = sum(count for indent, count in prose.items() if usual < indent <= usual + 8) >= 2
    # Each line's content is read once, as the line comes: the previous line's is carried on.
    previous: Line | None = None
    previous_content = head = ""  # (head: the start of the paragraph being built, for title tests)
    # In a text with traditional characters lines_join reads the three folded: each line is folded once, when it
    # is first asked about, and the paragraph's start as it grows (None: not folded yet). Folding all three at each
    # call cost a third of the cleaning of such a text.
    folded_head: str | None = None
    folded_previous: str | None = None
    record_of = records.get
    carried = -1  # the index of the line whose content ``previous`` and ``head`` carry
    last_index = len(starts) - 1
    # A line after one that ended its sentence starts a paragraph, whatever else holds (what lines_join says at once
    # of such a line): only the lines after an open one (lines.open) are looked at.
    for previous_index in lines.open:
        if previous_index == last_index:
            break
        index = previous_index + 1
        if previous_index != carried:  # the line before ended its sentence: a paragraph starts at this one
            previous = record_of(previous_index)
            previous_content = lines.content(original, previous_index)
            head = previous_content
            folded_head = folded_previous = None
        carried = index
        following = record_of(index)
        following_start = starts[index]
        following_content = (
            following.content
            if following is not None
            else original[following_start : ends[index]].strip(WHITESPACE)
        )
        folded_following: str | None = None
        if previous is not None and previous.glued_head:  # the paragraph the line ends in starts at a heading
            head = previous.glued_head  # glued into it
            folded_head = None
        joined = False
        if not (
            (previous is not None and (previous.heading or previous.hard_break))
            or (following is not None and following.heading)
        ) and (
            original[following_start] not in _INDENT_CHARACTERS
            or _indent(original, following_start, ends[index]) <= usual
        ):
            folded = None
            if folding:
                folded_head = fold(head) if folded_head is None else folded_head
                folded_previous = fold(previous_content) if folded_previous is None else folded_previous
                folded_following = fold(following_content)
                folded = (folded_head, folded_previous, folded_following)
            joined = lines_join(
                head,
                previous_content,
                following_content,
                headings_end=not indented_starts,
                folding=folding,
                folded=folded,
            )
        if not joined:
            head, folded_head = following_content, folded_following
        else:
            if len(head) < HEAD_LIMIT:
                head += following_content[:HEAD_LIMIT]
                if folded_head is not None and folded_following is not None:
                    folded_head += folded_following[:HEAD_LIMIT]
            # Delete from the end of the previous line's content to the start of the following content.
            previous_start = starts[index - 1]
            end_of_previous = ends[index - 1]
            while end_of_previous > previous_start and original[end_of_previous - 1] in WHITESPACE:
                end_of_previous -= 1
            if previous is not None:
                for start, end in previous.deletions:  # trailing markup already removed
                    if end >= end_of_previous and start < end_of_previous:
                        end_of_previous = start
            following_end = ends[index]
            start_of_following = following_start
            while start_of_following < following_end and original[start_of_following] in WHITESPACE:
                start_of_following += 1
            yield end_of_previous, start_of_following
        previous, previous_content, folded_previous = following, following_content, folded_following
