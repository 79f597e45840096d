"""What the cleaner finds on one line: the markup it deletes, and where a paragraph starts inside the line.

The markup carries no content: Markdown heading hashes and ``**``, HTML tags and entities, Markdown escapes
(``1\\.``), block-quote and bullet prefixes, a bullet glyph before a numbered heading, a hard line break (a
trailing backslash), a page number on a line of its own, a converter's pinyin after a character, and a document
site's paragraph mark (:data:`PARAGRAPH_MARK`). A paragraph starts inside a line at a block-level tag, another
line break than ``\\n``, a first-line indent after a finished sentence (a page copied without its line breaks),
a heading glued after a sentence or to a title, and a paragraph mark. :func:`mark_markup` records all of it in
the line's :class:`Line`, which :class:`xuncha._text.SourceText` reads. Apart from :mod:`xuncha._text` because
it looks at one line alone; joining lines (:mod:`xuncha._page_breaks`) and mapping offsets are the text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from xuncha._fold import gloss_spans
from xuncha._glued import (
    AFTER_GAP_MARK,
    AFTER_SENTENCE,
    GAP_MARKS,
    glued_headings,
    heading_after_contents,
    heading_glued_to_a_title,
)
from xuncha._lazy import LazyPattern
from xuncha._lines import HEAD_LIMIT, ends_sentence, is_heading_like
from xuncha._markers import heading_shape_at

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
MARKED_LINE_STARTS = frozenset(
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
MARKUP_OR_GAP = re.compile(
    f"[{_MARKUP_CHARACTERS}{GAP_MARKS}](?:(?<=[{_MARKUP_CHARACTERS}])|{AFTER_GAP_MARK})"
)

_INDENT_GAP = LazyPattern(r"(?<=[^ \t\u3000])(?:\u3000\u3000|[ \t]{4})[ \t\u3000]*(?=[^ \t\u3000])")
# A bullet glyph of a web page's list ("  • 二、地方工作动态"): decoration before a numbered heading.
# (indented with no-break spaces too: a page's &nbsp; indent as a scraper leaves it); or an indent lost to
# question marks (_LOST_INDENT), two or more
_BULLET_GLYPH = LazyPattern(rf"[ \t\u3000\xa0]*(?:[{_BULLET_CHARACTERS}]|[{_LOST_INDENT}]{{2,}})[ \t\u3000]*")
BULLETS = frozenset(_BULLET_CHARACTERS)
_INVISIBLE = LazyPattern(r"[\ufeff\u200b\u200c\u200d\u2060]+")
# \f starts a page in pdftotext output; \r, \v, \x85, \u2028 and \u2029 break lines in other tools' text.
WHITESPACE = " \t\r\n\u3000\xa0\ufeff\f\v\x85\u2028\u2029"
_OTHER_BREAKS = "\r\v\x85\u2028\u2029"  # the line breaks other than \n (old Mac \r, \u2028 …)
_OTHER_LINE_BREAK = LazyPattern(f"[{_OTHER_BREAKS}](?![{_OTHER_BREAKS}]*$)")
# The same in the whole text: such a break that more than breaks follow on its line (a CRLF line's \r does not).
OTHER_LINE_BREAK_IN_TEXT = LazyPattern(f"[{_OTHER_BREAKS}](?![{_OTHER_BREAKS}]*(?:\n|\\Z))")


# How much of the text after a line is read for the next line's start (a list's item 2 after a blank line or two).
_NEXT_LINE_READ = 48


class Line:
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


def mark_markup(
    original: str,
    line: Line,
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
    stripped = raw.strip(WHITESPACE)
    if not stripped:
        # A blank line may still hold a byte-order mark, which is markup like on any other line.
        line.deletions.extend(
            (line.start + m.start(), line.start + m.end()) for m in _INVISIBLE.finditer(raw)
        )
        return
    offset = line.start
    if raw[0] in MARKED_LINE_STARTS:  # most lines start with their text: none of these can match
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
        # (the start of the next line with text: a list's item 2 may open it)
        following = original[line.end : line.end + _NEXT_LINE_READ].lstrip(WHITESPACE)
        breaks, line.glued_head = glued_headings(raw, gap, len(raw.rstrip(WHITESPACE)), WHITESPACE, following)
        line.breaks += [offset + at for at in breaks]
    if "一、" in raw:
        # a first heading glued to a title ("…工作方案一、背景与意义") or to the last entry of the contents above
        # ("…4.2考核问责一、背景分析1.1…"): the heading starts a paragraph
        glued_first = heading_glued_to_a_title(raw, WHITESPACE)
        if glued_first is None:
            glued_first = heading_after_contents(original, line.start, raw, WHITESPACE)
        if glued_first is not None:
            line.breaks.append(offset + glued_first)
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
    line.content = "".join(pieces).strip(WHITESPACE)


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


def _mark_line_prefix(raw: str, line: Line) -> None:
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


def _mark_indent_gaps(raw: str, line: Line) -> None:
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
