"""A cleaned view of a notice as people get it, with a map back to the original characters.

Notices arrive converted from PDF or copied from web pages: Markdown markup (``#``, ``**``), HTML tags
(``PM<sub>2.5</sub>``), escaped list markers (``1\\.``), Markdown hard line breaks (a backslash ending a line) and page breaks that split a sentence, even a word,
across two paragraphs ("加强党" / "员干部"). :class:`SourceText` removes all of that by *deleting* characters
only — it never inserts or replaces one — so that a cleaned offset maps back to an original offset through a
short table of kept segments, and extraction can run once over the cleaned text with every span mapped back
in bulk. What is deleted is found in two steps, each in a module of its own: the markup of each line
(:mod:`xuncha._markup`), then the line breaks that a page break or a wrap put inside a paragraph
(:mod:`xuncha._page_breaks`); this module reads the lines, builds the cleaned text, its paragraphs and the map.

>>> src = SourceText("**一、总体情况**\\n\\n加强党\\n\\n员干部学习。")
>>> src.text
'一、总体情况\\n\\n加强党员干部学习。'
>>> [src.text[p.start : p.end] for p in src.paragraphs]
['一、总体情况', '加强党员干部学习。']
>>> start, end = src.to_original(10, 15)  # "党员干部学" crosses the removed page break
>>> src.original[start:end]
'党\\n\\n员干部学'
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator

from xuncha._chrome import chrome_starts, is_chrome
from xuncha._fold import has_foldable, may_hold_gloss
from xuncha._lines import FINAL_MARKS_BUT_DOT, viewer_chunk_joins
from xuncha._markup import (
    MARKED_LINE_STARTS,
    MARKUP_OR_GAP,
    OTHER_LINE_BREAK_IN_TEXT,
    PARAGRAPH_MARK,
    WHITESPACE,
    Line,
    mark_markup,
)
from xuncha._page_breaks import ContentLines, page_break_joins

__all__ = [
    "Paragraph",
    "SourceText",
    "chrome_starts",
    "is_chrome",
]


class Paragraph:
    """A non-blank paragraph of the cleaned text: ``text[start:end]``, trimmed of whitespace.

    ``heading`` says the source marked it as a heading (Markdown ``#`` or wholly bold), which only matters
    for deciding where paragraphs end, never for the hierarchy.
    """

    __slots__ = ("end", "heading", "start")

    def __init__(self, start: int, end: int, heading: bool) -> None:
        self.start = start
        self.end = end
        self.heading = heading

    def __repr__(self) -> str:
        return f"Paragraph({self.start}, {self.end}, heading={self.heading})"


class SourceText:
    """The original text, its cleaned view (``text``) and the paragraphs of that view.

    The cleaned view is the original with characters deleted, never changed: markup, and the line breaks
    (plus blank lines and indentation) of a paragraph that a page break cut in two.
    """

    __slots__ = ("_clean_starts", "_orig_starts", "foldable", "original", "paragraphs", "text", "unchanged")

    def __init__(self, original: str) -> None:
        self.original = original
        # Rare characters are looked for once in the whole text rather than on every line.
        backslashes = "\\" in original
        paragraph_marks = PARAGRAPH_MARK in original  # (a document site's Р for ¶: rare, looked for once)
        # Inline markup and a heading glued after a sentence lie within a line (neither pattern reads a
        # newline or looks behind), so one scan of the whole text finds the next line that may hold either.
        marked_search = MARKUP_OR_GAP.search
        marked = marked_search(original)
        # (likewise a line break other than \n, where other than breaks follow it on its line; most texts hold none
        # of those characters, which five str searches tell in half the time of the pattern's scan)
        other_search = OTHER_LINE_BREAK_IN_TEXT.search
        other = (
            other_search(original)
            if "\r" in original
            or "\v" in original
            or "\x85" in original
            or "\u2028" in original
            or "\u2029" in original  # (_OTHER_BREAKS, each tested without a generator's cost)
            else None
        )
        # What the lines say, gathered as each is read: a line's record is kept only while the line has content
        # and something the page-break joins ask about (markup deleted, a heading mark, a hard break, a heading
        # glued into it); every other line with content is two machine integers (see ContentLines). A body of
        # short lines made a record, two lists and a copy of its content for every line: 25 bytes a byte of input.
        lines = ContentLines()
        deletions: list[tuple[int, int]] = []
        heading_lines: list[int] = []  # the original starts of the lines the source marks as headings
        line_breaks: list[int] = []  # original offsets of the block-level breaks inside lines
        starts, ends, records, open_lines = lines.starts, lines.ends, lines.records, lines.open
        # (one split, where a match object a line cost more: see _non_empty_lines)
        end = -1
        for raw in original.split("\n"):
            start = end + 1
            end = start + len(raw)
            if not raw:
                continue
            if other is not None and other.start() < start:
                other = other_search(original, start)
            if marked is not None and marked.start() < start:
                marked = marked_search(original, start)
            other_here = other is not None and other.start() < end
            # (a line that holds either is read for both: the tests of mark_markup tell which)
            marked_here = marked is not None and marked.start() < end
            if not (other_here or marked_here or (paragraph_marks and PARAGRAPH_MARK in raw)):
                # What mark_markup looks for is none of it on most lines: no markup at the start, no gloss, no
                # indent gap, no first heading glued to a title (and, as the scans tell, no inline markup,
                # byte-order mark, backslash, heading glued after a sentence or other line break). Such a line
                # keeps no record: its content is its text.
                # (a line with brackets, one in eight, holds a gloss's shape almost never: one search tells; an
                # indented line is looked at after its indent, where markup would start and an indent gap lies)
                body = raw.lstrip(" \t\u3000") if raw[0] in " \t\u3000" else raw
                if (
                    body[:1] not in MARKED_LINE_STARTS
                    and (("(" not in raw and "（" not in raw) or not may_hold_gloss(raw))
                    and "\u3000\u3000" not in body
                    and "    " not in body
                    and "一、" not in body
                ):
                    if raw[0] not in WHITESPACE or raw.strip(WHITESPACE):
                        # (a final mark is no space: a line that ends on one ends its content on it, most lines)
                        last = raw[-1]
                        if last not in FINAL_MARKS_BUT_DOT and (
                            last not in WHITESPACE or raw.rstrip(WHITESPACE)[-1] not in FINAL_MARKS_BUT_DOT
                        ):
                            open_lines.append(len(starts))
                        starts.append(start)
                        ends.append(end)
                    continue
            line = Line(start, end)
            mark_markup(original, line, other_here, backslashes, markup=marked_here, gaps=marked_here)
            if line.deletions:
                deletions += line.deletions
            if line.breaks:
                line_breaks += line.breaks
            if line.heading:
                heading_lines.append(start)
            if line.content:
                # (a record only where the page-break joins need more than the line's text)
                if line.deletions or line.heading or line.hard_break or line.glued_head:
                    records[len(starts)] = line
                if line.content[-1] not in FINAL_MARKS_BUT_DOT:
                    open_lines.append(len(starts))
                starts.append(start)
                ends.append(end)
        # Traditional characters are rare: when the text holds none, the join tests need not fold each line.
        # (kept: the cleaned text, the original with characters deleted, holds none either, and needs no fold)
        self.foldable = has_foldable(original)
        deletions.extend(page_break_joins(original, lines, folding=self.foldable))
        deletions.extend(viewer_chunk_joins(original, lines.starts, lines.ends, WHITESPACE))
        if not deletions:  # (most texts: nothing to delete, the text is its own cleaned view)
            self._orig_starts, self._clean_starts = [0], [0]
            self.text = original
            self.unchanged = True
            # (an offset of the original is its cleaned offset: to_clean needs no search)
            self.paragraphs = tuple(self._paragraphs(set(heading_lines), sorted(set(line_breaks)), lines))
            return
        deletions.sort()
        kept: list[tuple[int, int]] = []
        position = 0
        for start, end in deletions:
            if start > position:
                kept.append((position, start))
            position = max(position, end)
        if position < len(original) or not kept:
            kept.append((position, len(original)))
        self._orig_starts = [start for start, _ in kept]
        self._clean_starts = []
        pieces = []
        clean = 0
        for start, end in kept:
            self._clean_starts.append(clean)
            pieces.append(original[start:end])
            clean += end - start
        self.text = "".join(pieces)
        # Most texts need no cleaning: their offsets map to themselves (see same_offsets).
        self.unchanged = self.text == original
        heading_starts = {self.to_clean(start) for start in heading_lines}
        breaks = sorted({self.to_clean(offset) for offset in line_breaks})
        # (a text left as it was has its lines found already, at the same offsets: they are not looked for again)
        self.paragraphs = tuple(self._paragraphs(heading_starts, breaks, lines if self.unchanged else None))

    # ----------------------------------------------------------------- offsets

    def to_clean(self, offset: int) -> int:
        """The cleaned offset of an original offset (a deleted character maps to where it would be)."""
        index = bisect.bisect_right(self._orig_starts, offset) - 1
        if index < 0:
            return 0
        base = self._orig_starts[index]
        next_clean = self._clean_starts[index + 1] if index + 1 < len(self._clean_starts) else len(self.text)
        return min(self._clean_starts[index] + offset - base, next_clean)

    def _point(self, offset: int) -> int:
        index = bisect.bisect_right(self._clean_starts, offset) - 1
        return self._orig_starts[index] + offset - self._clean_starts[index]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span to the original span that holds the same characters (and what lies between)."""
        if end <= start:
            point = self._point(start)
            return point, point
        # _point twice, inline: the parser maps every figure and every part of a notice through here.
        clean_starts = self._clean_starts
        first = bisect.bisect_right(clean_starts, start) - 1
        last = bisect.bisect_right(clean_starts, end - 1, first) - 1
        orig_starts = self._orig_starts
        return (
            orig_starts[first] + start - clean_starts[first],
            orig_starts[last] + end - clean_starts[last],
        )

    def map_spans(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Map many cleaned spans at once."""
        return [self.to_original(start, end) for start, end in spans]

    def original_view(self, cleaned_view: str, view: Callable[[str], str]) -> str:
        """``view(self.original)`` for a ``view`` that maps a text one character for one (xuncha._fold.fold), made
        from ``cleaned_view``, ``view(self.text)``: its kept characters are taken from it, and only the few deleted
        ones are viewed (the parser has the cleaned text folded already: a fold of the whole original cost twice as
        much)."""
        pieces = []
        position = 0  # in the original: where the last kept segment ends
        ends = [*self._clean_starts[1:], len(self.text)]
        for original_start, clean_start, clean_end in zip(
            self._orig_starts, self._clean_starts, ends, strict=True
        ):
            if original_start > position:
                pieces.append(view(self.original[position:original_start]))
            pieces.append(cleaned_view[clean_start:clean_end])
            position = original_start + clean_end - clean_start
        if position < len(self.original):
            pieces.append(view(self.original[position:]))
        return "".join(pieces)

    # ----------------------------------------------------------------- paragraphs

    def _paragraphs(
        self, heading_starts: set[int], breaks: list[int], lines: ContentLines | None = None
    ) -> Iterable[Paragraph]:
        """The paragraphs of the cleaned text; ``lines``, when given, are its lines with content (those of a text
        the cleaner left as it was)."""
        text = self.text
        position = 0
        if not breaks:  # most texts have no breaks inside lines: a paragraph is a line, trimmed
            spans = (
                zip(lines.starts, lines.ends, strict=True) if lines is not None else _non_empty_lines(text)
            )
            # (a line with no space at either end, most lines, is looked at there only, not copied)
            for position, end in spans:
                if text[position] not in WHITESPACE and text[end - 1] not in WHITESPACE:
                    yield Paragraph(position, end, position in heading_starts)
                elif trimmed := _trimmed(text[position:end], position, position in heading_starts):
                    yield trimmed
            return
        length = len(text)
        while position <= length:
            newline = text.find("\n", position)
            if newline == -1:
                newline = length
            first = bisect.bisect_right(breaks, position)
            last = bisect.bisect_left(breaks, newline)
            bounds = [position, *breaks[first:last], newline]
            for index, (start, end) in enumerate(itertools.pairwise(bounds)):
                while start < end and text[start] in WHITESPACE:
                    start += 1
                while end > start and text[end - 1] in WHITESPACE:
                    end -= 1
                if end > start:
                    yield Paragraph(start, end, index == 0 and position in heading_starts)
            position = newline + 1

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


def _trimmed(line: str, position: int, heading: bool) -> Paragraph | None:
    """The paragraph of the line ``line`` that starts at ``position``: the line without the spaces around it (None
    when nothing else is left)."""
    content = line.strip(WHITESPACE)
    if not content:
        return None
    start = position + len(line) - len(line.lstrip(WHITESPACE))
    return Paragraph(start, start + len(content), heading)


def _non_empty_lines(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the lines of ``text`` that are not empty (one split, where a match object a line cost more)."""
    position = 0
    for line in text.split("\n"):
        if line:
            yield position, position + len(line)
        position += len(line) + 1


def same_offsets(start: int, end: int) -> tuple[int, int]:
    """:meth:`SourceText.to_original` of a text the cleaner left as it was (``unchanged``), without the search:
    the offsets themselves (an empty span at its start)."""
    return (start, end) if end > start else (start, start)
