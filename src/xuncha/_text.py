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
from collections.abc import Iterable, Iterator

from xuncha._chrome import chrome_starts, could_carry_title, is_chrome
from xuncha._contacts import label_line_at
from xuncha._fold import fold, gloss_spans, has_foldable
from xuncha._glued import AFTER_SENTENCE, glued_headings
from xuncha._lazy import LazyPattern
from xuncha._markers import heading_shape_at
from xuncha._titles import TITLE_LINE

__all__ = [
    "MARKUP_FIRSTS",
    "Paragraph",
    "SourceText",
    "chrome_starts",
    "ends_sentence",
    "is_body_name",
    "is_chrome",
    "is_date_line",
    "is_label_line",
    "is_letter_spaced",
    "would_join",
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
# The first characters of a line that _PAGE_NUMBER, _HEADING_PREFIX (with a #), _BLOCK_PREFIX or
# _BULLET_GLYPH can match at: a line that starts with any other character has none of that markup.
_MARKED_LINE_STARTS = frozenset(f" \t\u3000\xa0\ufeff\u200b{MARKUP_FIRSTS}—–－•●▪◆■")
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
_MARKUP_START = re.compile(r"[\ufeff\u200b\u200c\u200d\u2060*<&\\]")

# Where a sentence (or a heading label) has visibly ended; closing quotes and brackets may follow.
_SENTENCE_END = LazyPattern(r"[。！？；：.!?;:…][”’\"'）)】」』》]*[ \t\u3000]*$")
_FINAL_MARKS = frozenset("。！？；：.!?;:…")
# A line that ends with one of these ends its sentence (a dot may end a cut address or decimal instead).
_FINAL_MARKS_BUT_DOT = frozenset("。！？；：!?;:…")
_CLOSERS = "”’\"'）)】」』》"
_DATE_LINE = re.compile(
    r"[ \t\u3000]*(?:[0-9０-９]{4}|[〇○零Ｏ0一二三四五六七八九]{4})[ \t]*年[ \t]*"
    r"[0-9０-９一二三四五六七八九十]{1,3}[ \t]*月[ \t]*[0-9０-９一二三四五六七八九十]{1,3}[ \t]*日[ \t\u3000]*"
    # A date whose 月 (and 年) a scraper dropped, month and day fused to the year: 20251021日, 2025年1027日.
    r"|[ \t\u3000]*(?:19|20)[0-9]{2}年?[0-9]{3,4}日[ \t\u3000]*"
)
_INDENT_GAP = LazyPattern(r"(?<=[^ \t\u3000])(?:\u3000\u3000|[ \t]{4})[ \t\u3000]*(?=[^ \t\u3000])")
_TITLE_LIKE = TITLE_LINE  # (the one title grammar, xuncha._titles)
# A bullet glyph of a web page's list ("  • 二、地方工作动态"): decoration before a numbered heading.
# (indented with no-break spaces too: a page's &nbsp; indent as a scraper leaves it)
_BULLET_GLYPH = LazyPattern(r"[ \t\u3000\xa0]*[•●▪◆■][ \t\u3000]*")
_DANGLING = LazyPattern(r"[的和与及、，,“‘《（(对在把将向从为][ \t\u3000]*$")
_INVISIBLE = LazyPattern(r"[\ufeff\u200b\u200c\u200d\u2060]+")
_TITLE_START = LazyPattern(r"[^，。；：！？,;:!?]{0,40}关于[^，。；：！？,;:!?]{0,40}")
# \f starts a page in pdftotext output; \r, \v, \x85, \u2028 and \u2029 break lines in other tools' text.
_WHITESPACE = " \t\r\n\u3000\xa0\ufeff\f\v\x85\u2028\u2029"
_OTHER_LINE_BREAK = LazyPattern(r"[\r\v\x85\u2028\u2029](?![\r\v\x85\u2028\u2029]*$)")
# The same in the whole text: such a break that more than breaks follow on its line (a CRLF line's \r does not).
_OTHER_LINE_BREAK_IN_TEXT = LazyPattern(r"[\r\v\x85\u2028\u2029](?![\r\v\x85\u2028\u2029]*(?:\n|\Z))")
_NON_EMPTY_LINE = LazyPattern(r"[^\n]+")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final (or label-final) punctuation, closing quotes allowed."""
    if text.endswith("\n"):
        return _SENTENCE_END.search(text) is not None  # $ also matches before a final newline
    # What _SENTENCE_END says, read from the end instead of tried at every position: the marks, the closing
    # quotes and the spaces are three disjoint sets, so trailing spaces, then closing quotes, come off whole.
    tail = text.rstrip(" \t\u3000").rstrip(_CLOSERS)
    return tail[-1:] in _FINAL_MARKS if tail else False


def is_date_line(text: str) -> bool:
    """True when ``text`` is nothing but a written date such as "2023年12月25日" (a 成文日期)."""
    return _DATE_LINE.fullmatch(text) is not None


def is_label_line(text: str) -> bool:
    """True when ``text`` starts with a contact label such as "联系电话："."""
    return label_line_at(text)


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

    __slots__ = ("ends", "records", "starts")

    def __init__(self) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.records: dict[int, _Line] = {}  # by the line's index among the lines with content

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
        # Inline markup and a heading glued after a sentence lie within a line (neither pattern reads a
        # newline or looks behind), so one scan of the whole text finds the next line that may hold either.
        markup_search, gap_search = _MARKUP_START.search, AFTER_SENTENCE.search
        markup, gap = markup_search(original), gap_search(original)
        # (likewise a line break other than \n, where other than breaks follow it on its line)
        other_search = _OTHER_LINE_BREAK_IN_TEXT.search
        other = other_search(original)
        # What the lines say, gathered as each is read: a line's record is kept only while the line has content
        # and something the page-break joins ask about (markup deleted, a heading mark, a hard break, a heading
        # glued into it); every other line with content is two machine integers (see _ContentLines). A body of
        # short lines made a record, two lists and a copy of its content for every line: 25 bytes a byte of input.
        lines = _ContentLines()
        deletions: list[tuple[int, int]] = []
        heading_lines: list[int] = []  # the original starts of the lines the source marks as headings
        line_breaks: list[int] = []  # original offsets of the block-level breaks inside lines
        starts, ends, records = lines.starts, lines.ends, lines.records
        for match in _NON_EMPTY_LINE.finditer(original):
            start, end = match.span()
            if other is not None and other.start() < start:
                other = other_search(original, start)
            if markup is not None and markup.start() < start:
                markup = markup_search(original, start)
            if gap is not None and gap.start() < start:
                gap = gap_search(original, start)
            other_here = other is not None and other.start() < end
            markup_here = markup is not None and markup.start() < end
            gap_here = gap is not None and gap.start() < end
            if not (other_here or markup_here or gap_here):
                raw = original[start:end]
                # What _mark_markup looks for is none of it on most lines: no markup at the start, no gloss, no
                # indent gap (and, as the scans tell, no inline markup, byte-order mark, backslash, heading glued
                # after a sentence or other line break). Such a line keeps no record: its content is its text.
                if (
                    raw[0] not in _MARKED_LINE_STARTS
                    and "(" not in raw
                    and "（" not in raw
                    and "\u3000\u3000" not in raw
                    and "    " not in raw
                ):
                    if raw[0] not in _WHITESPACE or raw.strip(_WHITESPACE):
                        starts.append(start)
                        ends.append(end)
                    continue
            line = _Line(start, end)
            _mark_markup(original, line, other_here, backslashes, markup=markup_here, gaps=gap_here)
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
                starts.append(start)
                ends.append(end)
        # Traditional characters are rare: when the text holds none, the join tests need not fold each line.
        # (kept: the cleaned text, the original with characters deleted, holds none either, and needs no fold)
        self.foldable = has_foldable(original)
        deletions.extend(_page_break_joins(original, lines, folding=self.foldable))
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
                zip(lines.starts, lines.ends, strict=True)
                if lines is not None
                else (match.span() for match in _NON_EMPTY_LINE.finditer(text))
            )
            for position, end in spans:
                line_text = text[position:end]
                content = line_text.strip(_WHITESPACE)
                if content:
                    start = position + len(line_text) - len(line_text.lstrip(_WHITESPACE))
                    yield Paragraph(start, start + len(content), position in heading_starts)
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
                gap.start() - segment <= _HEAD_LIMIT  # a heading is short: never rescan a long segment
                and heading_shape_at(raw, segment) is not None
                and _is_heading_like(raw[segment : gap.start()])
            )
        ):
            line.breaks.append(line.start + gap.start())
            segment = gap.end()


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
    counts: dict[int, int] = {}
    for start, end in zip(starts, ends, strict=True):
        # (_indent's first test inline: most lines start with their text and have no indent, with no call)
        indent = 0 if original[start] not in _INDENT_CHARACTERS else _indent(original, start, end)
        counts[indent] = counts.get(indent, 0) + 1
    # the indent of most lines (the first seen of equally many, as Counter.most_common says)
    usual = max(counts, key=counts.__getitem__) if counts else 0
    # Where paragraphs start with a first-line indent (two to four characters) deeper than most lines, a
    # heading that wraps before its end continues unindented. Centred or right-aligned lines (a signature, a
    # date) are indented much deeper and say nothing about paragraphs.
    indented_starts = sum(count for indent, count in counts.items() if usual < indent <= usual + 8) >= 2
    if not starts:
        return
    # Each line's content is read once, as the line comes: the previous line's is carried on.
    previous = records.get(0)
    previous_content = lines.content(original, 0)
    head = previous_content  # the start of the paragraph being built, for title tests
    record_of = records.get
    for index in range(1, len(starts)):
        following = record_of(index)
        following_start = starts[index]
        following_content = (
            following.content
            if following is not None
            else original[following_start : ends[index]].strip(_WHITESPACE)
        )
        if previous is not None and previous.glued_head:  # the paragraph the line ends in starts at a heading
            head = previous.glued_head  # glued into it
        joined = (
            not (
                (previous is not None and (previous.heading or previous.hard_break))
                or (following is not None and following.heading)
            )
            and (
                original[following_start] not in _INDENT_CHARACTERS
                or _indent(original, following_start, ends[index]) <= usual
            )
            # (what _joins says at once of a line that ends a sentence, most lines: no call)
            and previous_content[-1:] not in _FINAL_MARKS_BUT_DOT
            and _joins(
                head, previous_content, following_content, headings_end=not indented_starts, folding=folding
            )
        )
        if not joined:
            head = following_content
        else:
            if len(head) < _HEAD_LIMIT:
                head += following_content[:_HEAD_LIMIT]
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
        previous, previous_content = following, following_content


# A title or heading is short: looking at the first characters of a paragraph is enough to tell one.
_HEAD_LIMIT = 160
# A web address or e-mail cut after a dot ("xszg@example." / "com.cn。") continues on the next line.
_CUT_ADDRESS = LazyPattern(r"[A-Za-z0-9_\-]\.$")
_LATIN_START = LazyPattern(r"[A-Za-z]")
# A decimal cut after its point ("追缴欠款86." / "4万元"): the dot ends no sentence when digits follow it.
_CUT_DECIMAL = LazyPattern(r"[^\s0-9０-９.．][0-9０-９]+[.．]$")
# How a line _CUT_DECIMAL can match ends ($ also matches before a final newline).
_DECIMAL_POINT_ENDS = (".", "．", ".\n", "．\n")
_DIGIT_START = LazyPattern(r"[0-9０-９]")
# The name of a body on a line of its own (a signature line): two such lines are two names, not one.
_BODY_NAME = LazyPattern(
    r"[^，。；：！？、,.;:!?\s]{2,30}?(?:委员会|党委|党组|党工委|委|组|局|办公室|政府|公司|集团|分行|银行|大学|学院|学校|医院|厅|部|中心)"
)


# A line spaced out character by character, as a page sets a short title: "巡 察 公 告".
_LETTER_SPACED = LazyPattern(r"[ \t\u3000]*(?:[\u4e00-\u9fff][ \t\u3000]+){2,}[\u4e00-\u9fff][ \t\u3000]*")


def is_letter_spaced(text: str) -> bool:
    """Whether ``text`` is Chinese characters spaced out one by one ("巡 察 公 告"), as a page sets a title."""
    return _LETTER_SPACED.fullmatch(text) is not None


def _is_heading_like(content: str) -> bool:
    if heading_shape_at(content) is not None:
        return not any(mark in content for mark in "。！？；!?;")
    return False


def _joins(head: str, last: str, following: str, *, headings_end: bool = True, folding: bool = True) -> bool:
    """Whether ``following`` continues the paragraph that starts with ``head`` and ends with line ``last``.

    ``headings_end``: a numbered heading without a full stop ends at its line (not so in plain text whose
    paragraphs start indented, where the indent tells where a paragraph starts). ``folding``: the text may hold
    traditional characters (False spares folding each line of a text that holds none).
    """
    if (
        "." in last[-2:]
        and _CUT_ADDRESS.search(last) is not None
        and _LATIN_START.match(following) is not None
    ):
        return True
    if (
        last.endswith(_DECIMAL_POINT_ENDS)  # one look spares most lines a search from every position
        and _CUT_DECIMAL.search(last) is not None
        and _DIGIT_START.match(following) is not None
    ):
        return True
    if ends_sentence(last) or last.endswith("|") or following.startswith("|"):  # a table row is a line
        return False
    if is_letter_spaced(head):  # a title spaced out ("巡 察 公 告") stands on its own line
        return False
    # The word grammars below read simplified characters: 關於…的通報 is a title as 关于…的通报 is.
    if folding:
        head, last, following = fold(head), fold(last), fold(following)
    heading = _is_heading_like(head)
    # Where indents mark paragraphs, an unindented line is a wrap even when it starts like a marker
    # ("（1）修订办法，" / "（2）开展培训"), unless the paragraph so far is a heading.
    if heading_shape_at(following) is not None and (headings_end or heading):
        return False
    # A heading does not end on a particle or an opening mark: "…决策部署不到位的" / "问题" is one heading.
    if headings_end and heading and _DANGLING.search(last) is None:
        return False
    if is_date_line(head) or is_date_line(following) or is_label_line(head) or is_label_line(following):
        return False
    if _BODY_NAME.fullmatch(following) is not None and (
        following.startswith(("中共", "中国共产党")) or _BODY_NAME.fullmatch(head) is not None
    ):  # a name on a line of its own starts a title or a signature: "公开方式：主动公开" / "中共某某委员会"
        return False
    if (
        _TITLE_LIKE.match(head) is not None
        or _title_with_chrome(last)
        or is_chrome(following)
        or is_chrome(last)
    ):
        return False
    # A title wraps too ("…关于县委第一巡察组巡察反馈意见整" / "改情况的通报"); otherwise a title-like line
    # after an unfinished one starts afresh (page clutter above a title).
    return _TITLE_LIKE.match(following) is None or _TITLE_START.fullmatch(head) is not None


def _title_with_chrome(line: str) -> bool:
    """A title with chrome glued after it on its line: "关于…的通报 2023-12-05 来源：某某网"."""
    if not could_carry_title(line):
        return False
    return any(
        _TITLE_LIKE.match(line[: start.start()]) is not None and is_chrome(line[start.start() :])
        for start in chrome_starts(line)
    )


def is_body_name(text: str) -> bool:
    """True when ``text`` is just the name of a body, as on a signature line ("中共某某县委员会")."""
    return _BODY_NAME.fullmatch(text) is not None


def would_join(first: str, second: str) -> bool:
    """Whether two neighbouring plain paragraphs read as one cut by a page break or a hard wrap.

    >>> would_join("二是加强党", "员干部理论学习。"), would_join("一、总体情况", "整改有序推进。")
    (True, False)
    """
    return _joins(first[:_HEAD_LIMIT], first, second)
