"""A cleaned view of a notice as people get it, with a map back to the original characters.

Notices arrive converted from PDF or copied from web pages: Markdown markup (``#``, ``**``), HTML tags
(``PM<sub>2.5</sub>``), escaped list markers (``1\\.``), Markdown hard line breaks (a backslash ending a line) and page breaks that split a sentence, even a word,
across two paragraphs ("加强党" / "员干部"). :class:`SourceText` removes all of that by *deleting* characters
only — it never inserts or replaces one — so that a cleaned offset maps back to an original offset through a
short table of kept segments, and extraction can run once over the cleaned text with every span mapped back
in bulk.

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
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from xuncha._chrome import chrome_starts, is_chrome
from xuncha._fold import fold, gloss_spans, has_foldable, may_hold_gloss
from xuncha._glued import AFTER_GAP_MARK, AFTER_SENTENCE, GAP_MARKS, glued_headings, heading_glued_to_a_title
from xuncha._lazy import LazyPattern
from xuncha._lines import (
    FINAL_MARKS_BUT_DOT,
    HEAD_LIMIT,
    ends_sentence,
    is_heading_like,
    lines_join,
    viewer_chunk_joins,
)
from xuncha._markers import heading_shape_at

__all__ = [
    "MARKUP_FIRSTS",
    "Paragraph",
    "SourceText",
    "chrome_starts",
    "is_chrome",
]

# The patterns tried on every line are compiled at import (a lazy pattern costs an attribute lookup more per
# call); the others are compiled on first use.
# Markup that carries no content: Markdown heading hashes, bold/strong stars, HTML tags and the escapes that
# Markdown converters put before list-like punctuation ("1\." so that it does not become a list).
_HEADING_PREFIX = re.compile(r"[\ufeff\u200b]*[ \t]{0,3}#{1,6}[ \t]*")
# Block quotes and bullets that web pages and converters put before a paragraph ("> ", "- ", "* ").
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+|[ \t]*[-*+][ \t]+(?=\S)")
# A page number that a PDF conversion left on a line of its own ("- 3 -", "— 12 —") is page furniture.
_PAGE_NUMBER = re.compile(r"[ \t\u3000]*[-—–－][ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[-—–－][ \t\u3000]*")
MARKUP_FIRSTS = "#>-*+"  # a heading's hashes, a block quote, a bullet (rendering escapes them)
# The glyphs of a web page's list bullets (_BULLET_GLYPH).
_BULLET_CHARACTERS = "•●▪◆■"
# What an indent of full-width spaces becomes when a page is saved in an encoding without them: question marks
# (????(二)2023年森林督查…), as many as the spaces were; before a heading's marker they are its indent.
_LOST_INDENT = "?？"
# The first characters of a line that _PAGE_NUMBER, _HEADING_PREFIX (with a #), _BLOCK_PREFIX or
# _BULLET_GLYPH can match at: a line that starts with any other character has none of that markup.
_MARKED_LINE_STARTS = frozenset(
    f" \t\u3000\xa0\ufeff\u200b{MARKUP_FIRSTS}—–－{_BULLET_CHARACTERS}{_LOST_INDENT}"
)
# A Markdown hard line break (a backslash ending the line) ends its paragraph on purpose.
_HARD_BREAK = re.compile(r"\\[ \t]*$")
_HEADING_SUFFIX = LazyPattern(r"[ \t]+#+[ \t]*$")
# Block-level HTML tags separate paragraphs even when a web page puts them all on one line.
_BLOCK_TAG = LazyPattern(
    r"</?(?:p|div|br|h[1-6]|li|tr|td|table|section|article|ul|ol|blockquote|hr)\b", re.IGNORECASE
)
_INLINE_MARKUP = LazyPattern(
    r"[\ufeff\u200b\u200c\u200d\u2060]|\*\*|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>|&(?:nbsp|ensp|emsp|thinsp);|\\(?=[\\`*_{}\[\]()#+\-.!|<>~．])"
)
# The characters inline markup starts with: a single character class, which the regex engine scans for fast.
_MARKUP_CHARACTERS = r"\ufeff\u200b\u200c\u200d\u2060*<&\\"
_MARKUP_START = re.compile(f"[{_MARKUP_CHARACTERS}]")
# Where a line may hold inline markup or a heading glued after a sentence (AFTER_SENTENCE): one scan of the whole
# text for both, where one for each cost twice as much. (One class first, the characters of both: the engine
# skips to them; the two sets are apart, so a match is a markup character or AFTER_SENTENCE's match.)
_MARKUP_OR_GAP = re.compile(
    f"[{_MARKUP_CHARACTERS}{GAP_MARKS}](?:(?<=[{_MARKUP_CHARACTERS}])|{AFTER_GAP_MARK})"
)

_INDENT_GAP = LazyPattern(r"(?<=[^ \t\u3000])(?:\u3000\u3000|[ \t]{4})[ \t\u3000]*(?=[^ \t\u3000])")
# A bullet glyph of a web page's list ("  • 二、地方工作动态"): decoration before a numbered heading.
# (indented with no-break spaces too: a page's &nbsp; indent as a scraper leaves it); or an indent lost to
# question marks (_LOST_INDENT), two or more
_BULLET_GLYPH = LazyPattern(rf"[ \t\u3000\xa0]*(?:[{_BULLET_CHARACTERS}]|[{_LOST_INDENT}]{{2,}})[ \t\u3000]*")
_BULLETS = frozenset(_BULLET_CHARACTERS)
_INVISIBLE = LazyPattern(r"[\ufeff\u200b\u200c\u200d\u2060]+")
# \f starts a page in pdftotext output; \r, \v, \x85, \u2028 and \u2029 break lines in other tools' text.
_WHITESPACE = " \t\r\n\u3000\xa0\ufeff\f\v\x85\u2028\u2029"
_OTHER_BREAKS = "\r\v\x85\u2028\u2029"  # the line breaks other than \n (old Mac \r, \u2028 …)
_OTHER_LINE_BREAK = LazyPattern(f"[{_OTHER_BREAKS}](?![{_OTHER_BREAKS}]*$)")
# The same in the whole text: such a break that more than breaks follow on its line (a CRLF line's \r does not).
_OTHER_LINE_BREAK_IN_TEXT = LazyPattern(f"[{_OTHER_BREAKS}](?![{_OTHER_BREAKS}]*(?:\n|\\Z))")


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


class _Line:
    """What the cleaner finds on one line while it reads it (a record for every line, let go once read)."""

    __slots__ = ("breaks", "content", "deletions", "end", "glued_head", "hard_break", "heading", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end  # excluding the newline
        self.deletions: list[tuple[int, int]] = []
        self.heading = False
        self.hard_break = False
        self.breaks: list[int] = []  # original offsets of block-level tags inside the line
        self.glued_head = ""  # a heading glued after the line's last sentence: the paragraph the line ends in
        self.content = ""


class _ContentLines:
    """The lines with content, in order, as the page-break joins read them: the original span of each, and the
    record of each line that the joins must ask more of than its text.

    A line without markup, heading mark, hard break or glued heading (nearly every line) keeps no record: its
    content is its text trimmed, sliced again where the joins read it. Its span costs two machine integers.
    """

    __slots__ = ("ends", "open", "records", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.records: dict[int, _Line] = {}  # by the line's index among the lines with content
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
        return original[self.starts[index] : self.ends[index]].strip(_WHITESPACE)


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
        marked_search = _MARKUP_OR_GAP.search
        marked = marked_search(original)
        # (likewise a line break other than \n, where other than breaks follow it on its line; most texts hold none
        # of those characters, which five str searches tell in half the time of the pattern's scan)
        other_search = _OTHER_LINE_BREAK_IN_TEXT.search
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
        # glued into it); every other line with content is two machine integers (see _ContentLines). A body of
        # short lines made a record, two lists and a copy of its content for every line: 25 bytes a byte of input.
        lines = _ContentLines()
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
            # (a line that holds either is read for both: the tests of _mark_markup tell which)
            marked_here = marked is not None and marked.start() < end
            if not (other_here or marked_here or (paragraph_marks and PARAGRAPH_MARK in raw)):
                # What _mark_markup looks for is none of it on most lines: no markup at the start, no gloss, no
                # indent gap, no first heading glued to a title (and, as the scans tell, no inline markup,
                # byte-order mark, backslash, heading glued after a sentence or other line break). Such a line
                # keeps no record: its content is its text.
                # (a line with brackets, one in eight, holds a gloss's shape almost never: one search tells; an
                # indented line is looked at after its indent, where markup would start and an indent gap lies)
                body = raw.lstrip(" \t\u3000") if raw[0] in " \t\u3000" else raw
                if (
                    body[:1] not in _MARKED_LINE_STARTS
                    and (("(" not in raw and "（" not in raw) or not may_hold_gloss(raw))
                    and "\u3000\u3000" not in body
                    and "    " not in body
                    and "一、" not in body
                ):
                    if raw[0] not in _WHITESPACE or raw.strip(_WHITESPACE):
                        # (a final mark is no space: a line that ends on one ends its content on it, most lines)
                        last = raw[-1]
                        if last not in FINAL_MARKS_BUT_DOT and (
                            last not in _WHITESPACE or raw.rstrip(_WHITESPACE)[-1] not in FINAL_MARKS_BUT_DOT
                        ):
                            open_lines.append(len(starts))
                        starts.append(start)
                        ends.append(end)
                    continue
            line = _Line(start, end)
            _mark_markup(original, line, other_here, backslashes, markup=marked_here, gaps=marked_here)
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
        deletions.extend(_page_break_joins(original, lines, folding=self.foldable))
        deletions.extend(viewer_chunk_joins(original, lines.starts, lines.ends, _WHITESPACE))
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
        self, heading_starts: set[int], breaks: list[int], lines: _ContentLines | None = None
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
                if text[position] not in _WHITESPACE and text[end - 1] not in _WHITESPACE:
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
                while start < end and text[start] in _WHITESPACE:
                    start += 1
                while end > start and text[end - 1] in _WHITESPACE:
                    end -= 1
                if end > start:
                    yield Paragraph(start, end, index == 0 and position in heading_starts)
            position = newline + 1

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


def _trimmed(line: str, position: int, heading: bool) -> Paragraph | None:
    """The paragraph of the line ``line`` that starts at ``position``: the line without the spaces around it (None
    when nothing else is left)."""
    content = line.strip(_WHITESPACE)
    if not content:
        return None
    start = position + len(line) - len(line.lstrip(_WHITESPACE))
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


def _mark_markup(
    original: str,
    line: _Line,
    other_breaks: bool = True,
    backslashes: bool = True,
    *,
    markup: bool = True,
    gaps: bool = True,
) -> None:
    """Record the markup deletions of one line, its content without markup, and whether it is a heading.

    ``other_breaks`` says whether the line may hold a line break other than \\n before other characters,
    ``backslashes`` whether the whole text holds a backslash at all, ``markup`` and ``gaps`` whether the line
    may hold inline markup or a heading glued after a sentence: when not, the tests are skipped.
    """
    raw = original[line.start : line.end]
    if not raw:
        return  # an empty line (half the lines of most texts): nothing to mark
    stripped = raw.strip(_WHITESPACE)
    if not stripped:
        # A blank line may still hold a byte-order mark, which is markup like on any other line.
        line.deletions.extend(
            (line.start + m.start(), line.start + m.end()) for m in _INVISIBLE.finditer(raw)
        )
        return
    offset = line.start
    if raw[0] in _MARKED_LINE_STARTS:  # most lines start with their text: none of these can match
        if _PAGE_NUMBER.fullmatch(raw):
            line.deletions.append((line.start, line.end))
            return
        _mark_line_prefix(raw, line)
    if stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4:
        line.heading = True
    if markup and _MARKUP_START.search(raw) is not None:  # most lines hold no markup: one fast scan tells
        for match in _INLINE_MARKUP.finditer(raw):
            line.deletions.append((offset + match.start(), offset + match.end()))
            if _BLOCK_TAG.match(match.group()):
                line.breaks.append(offset + match.start())
    if "(" in raw or "（" in raw:  # a converter's pinyin after a character (區(qū)委, 萬（wan4）): never text
        for gloss_start, gloss_end in gloss_spans(raw):  # (the one gloss grammar, xuncha._fold's)
            line.deletions.append((offset + gloss_start, offset + gloss_end))
    if "\u3000\u3000" in raw or "    " in raw:
        _mark_indent_gaps(raw, line)
    # (most lines have no heading after a sentence: one search tells, and none where the text's scan found none)
    gap = AFTER_SENTENCE.search(raw) if gaps else None
    if gap is not None:
        breaks, line.glued_head = glued_headings(raw, gap, len(raw.rstrip(_WHITESPACE)), _WHITESPACE)
        line.breaks += [offset + at for at in breaks]
    # a title glued to its first heading ("…工作方案一、背景与意义"): the heading starts a paragraph
    if "一、" in raw and (after_title := heading_glued_to_a_title(raw, _WHITESPACE)) is not None:
        line.breaks.append(offset + after_title)
        line.breaks.sort()
    if PARAGRAPH_MARK in raw:
        for at in _paragraph_marks(raw):
            line.deletions.append((offset + at, offset + at + 1))
            line.breaks.append(offset + at)
    if other_breaks:
        for other in _OTHER_LINE_BREAK.finditer(raw):  # a line break that is not \n (old Mac \r, \u2028…)
            line.breaks.append(offset + other.start())
    hard_break = _HARD_BREAK.search(raw) if backslashes and "\\" in raw else None
    if hard_break is not None and not any(
        start <= offset + hard_break.start() < end for start, end in line.deletions
    ):
        line.hard_break = True
        line.deletions.append((offset + hard_break.start(), offset + hard_break.end()))
    if not line.deletions:
        line.content = stripped
        return
    line.deletions.sort()
    pieces = []
    position = line.start
    for start, end in line.deletions:
        if start > position:
            pieces.append(original[position:start])
        position = max(position, end)
    pieces.append(original[position : line.end])
    line.content = "".join(pieces).strip(_WHITESPACE)


#: What a document-sharing site prints for a paragraph mark (¶) of the document it converts: the Cyrillic letter
#: Р, so that a whole excerpt runs in one line ("…乱停乱放。Р四、实施步骤Р本次行动…").
PARAGRAPH_MARK: Final = "\u0420"


def _paragraph_marks(raw: str) -> Iterator[int]:
    """Where ``raw`` holds a paragraph mark: an Р that no letter touches, nor a digit before it (not one of a Russian
    or Latin word or a code, Р. Иванов, CРБ, AР3), with Chinese text or its punctuation on one side at least (a
    numbered paragraph may follow: …。Р1.会议…)."""
    at = raw.find(PARAGRAPH_MARK)
    while at >= 0:
        before = raw[at - 1] if at else " "
        after = raw[at + 1] if at + 1 < len(raw) else " "
        if (
            not (before.isascii() and before.isalnum())
            and not (after.isascii() and after.isalpha())
            and not ("\u0400" <= before <= "\u04ff" or "\u0400" <= after <= "\u04ff")
            and (_is_chinese_text(before) or _is_chinese_text(after))
        ):
            yield at
        at = raw.find(PARAGRAPH_MARK, at + 1)


def _is_chinese_text(character: str) -> bool:
    """Whether a character is a Chinese character or a full-width mark (。，、；：（）, the ideographic space)."""
    return (
        "\u4e00" <= character <= "\u9fff"
        or "\u3000" <= character <= "\u303f"
        or "\uff00" <= character <= "\uffef"
    )


def _mark_line_prefix(raw: str, line: _Line) -> None:
    """Record the markup that opens a line: Markdown heading hashes (and closing ones), a block quote or
    bullet, or a bullet glyph before a numbered heading."""
    offset = line.start
    prefix = _HEADING_PREFIX.match(raw)
    if prefix is not None and "#" in prefix.group():
        line.heading = True
        line.deletions.append((offset + prefix.start(), offset + prefix.end()))
        suffix = _HEADING_SUFFIX.search(raw, prefix.end())
        if suffix is not None:
            line.deletions.append((offset + suffix.start(), offset + suffix.end()))
    else:
        block = _BLOCK_PREFIX.match(raw)
        if block is not None and block.end() > 0:
            line.deletions.append((offset, offset + block.end()))
        else:
            bullet = _BULLET_GLYPH.match(raw)
            if bullet is not None and heading_shape_at(raw, bullet.end()) is not None:
                line.deletions.append((offset, offset + bullet.end()))


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


def _mark_indent_gaps(raw: str, line: _Line) -> None:
    """A web page copied without its line breaks keeps each paragraph's first-line indent: a wide gap after a
    finished sentence, before a numbered part, or after a numbered heading starts a paragraph."""
    segment = 0
    for gap in _INDENT_GAP.finditer(raw):
        if (
            ends_sentence(raw[max(segment, gap.start() - 3) : gap.start()])
            or heading_shape_at(raw, gap.end()) is not None
            or (
                gap.start() - segment <= HEAD_LIMIT  # a heading is short: never rescan a long segment
                and heading_shape_at(raw, segment) is not None
                and is_heading_like(raw[segment : gap.start()])
            )
        ):
            line.breaks.append(line.start + gap.start())
            segment = gap.end()


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


def _page_break_joins(
    original: str, lines: _ContentLines, *, folding: bool = True
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
        if indent and original[start : start + indent + 2].lstrip(_INDENT_CHARACTERS)[:1] in _BULLETS:
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
    previous: _Line | None = None
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
            else original[following_start : ends[index]].strip(_WHITESPACE)
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
            while end_of_previous > previous_start and original[end_of_previous - 1] in _WHITESPACE:
                end_of_previous -= 1
            if previous is not None:
                for start, end in previous.deletions:  # trailing markup already removed
                    if end >= end_of_previous and start < end_of_previous:
                        end_of_previous = start
            following_end = ends[index]
            start_of_following = following_start
            while start_of_following < following_end and original[start_of_following] in _WHITESPACE:
                start_of_following += 1
            yield end_of_previous, start_of_following
        previous, previous_content, folded_previous = following, following_content, folded_following
