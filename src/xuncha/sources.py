"""Reading notices as users have them: text in any of the encodings sites serve, HTML pages, PDF and Word files.

:func:`read_document` turns a file (or bytes) into a :class:`Document`: the text the parser reads, the format it
came in, the encoding used, and, for HTML, the original markup with a map back into it, so that every span of a
parsed notice points into the file's own text.

Encodings, by a documented rule rather than a guess:

1. ``encoding=`` when given (the command line's ``--encoding``);
2. a byte-order mark: UTF-8, UTF-16 (little or big endian);
3. UTF-8;
4. GB18030, which covers GBK and GB2312, the encodings many government sites still serve.

Anything else (Big5, say) is refused with the encodings tried and the place of the first bad byte; name the
encoding to read it. NUL bytes mean binary data, never text.

>>> read_document("第一巡察组".encode("gbk")).encoding
'gb18030'
>>> doc = read_document(b"<html><head><title>t</title></head><body><p>A&gt;B</p></body></html>", format="html")
>>> doc.text
'A>B'

PDF and Word files need the optional extras ``xuncha[pdf]`` (pypdf) and ``xuncha[docx]`` (python-docx); pages
of a PDF are separated by a form feed, which the cleaner reads as a page break (it rejoins a sentence or a word
cut by the page and drops page numbers).
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from html import entities
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from xuncha.errors import XunchaError, line_column, require_reference

if TYPE_CHECKING:
    from xuncha.models import Notice

__all__ = [
    "FORMATS",
    "Document",
    "SourceError",
    "decode",
    "find_files",
    "html_to_text",
    "read_document",
]

Format = Literal["text", "html", "pdf", "docx"]
#: The formats :func:`read_document` reads, by file suffix.
FORMATS: Final[dict[str, Format]] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


class SourceError(XunchaError):
    """A file that cannot be read as a notice's text: undecodable, binary, a scanned PDF, a broken archive.

    ``source`` names the file (or ``-``); ``line`` and ``column`` say where, when a place applies.
    """

    def __init__(
        self, source: str, message: str, *, line: int | None = None, column: int | None = None
    ) -> None:
        self.source = source
        self.message = message
        self.line = line
        self.column = column
        where = f":{line}:{column}" if line is not None and column is not None else ""
        super().__init__(f"{source}{where}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild_source_error, (type(self), self.source, self.message, self.line, self.column)


def _rebuild_source_error(
    cls: type[SourceError], source: str, message: str, line: int | None, column: int | None
) -> SourceError:
    return cls(source, message, line=line, column=column)


# --------------------------------------------------------------------------- encodings

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACKS: Final = ("utf-8", "gb18030")


def decode(data: bytes, *, encoding: str | None = None, source: str = "-") -> tuple[str, str]:
    """``data`` as text, with the name of the encoding that read it (see the module docs for the rule).

    >>> decode("巡察".encode("utf-16"))
    ('巡察', 'utf-16')
    >>> decode(b"\\xa4\\xa4\\xa4\\xe5\\xff", source="big5.txt")
    Traceback (most recent call last):
    ...
    xuncha.sources.SourceError: big5.txt:1:5: cannot decode the text (tried utf-8, gb18030); name its encoding (--encoding)
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SourceError(source, f"unknown encoding {encoding!r}") from None
        candidates: Sequence[str] = (encoding,)
    else:
        candidates = next(((name,) for bom, name in _BOMS if data.startswith(bom)), _FALLBACKS)
    # The error reported is that of the encoding that read furthest: its bad byte is the telling one.
    furthest: UnicodeDecodeError | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError as error:
            if furthest is None or error.start > furthest.start:
                furthest = error
            continue
        if "\x00" in text:
            line, column = line_column(text, text.index("\x00"))
            raise SourceError(source, "binary data, not text (a NUL character)", line=line, column=column)
        return text, name
    assert furthest is not None
    line, column = _byte_place(data, furthest.start)
    tried = ", ".join(candidates)
    hint = "" if encoding is not None else "; name its encoding (--encoding)"
    raise SourceError(source, f"cannot decode the text (tried {tried}){hint}", line=line, column=column)


def _byte_place(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and byte column of ``offset``: the place of a byte that no encoding could read."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


# --------------------------------------------------------------------------- HTML

# Elements whose content is no part of the page's text.
_DROPPED: Final = frozenset(
    {"head", "title", "script", "style", "noscript", "template", "svg", "iframe", "object"}
)
# Elements that start a new line of text (block-level elements and line breaks).
_BLOCKS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_VOID: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_ENTITY: Final = re.compile(r"&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);?")
# A block boundary while collecting (the text itself has no NUL: decoding refuses it).
_BREAK: Final = "\x00"
# Whitespace that HTML collapses; no-break and ideographic spaces are content.
_SOFT_SPACE: Final = frozenset(" \t\r\n\f\v")
_CJK: Final = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@attrs.frozen
class HtmlText:
    """The text of an HTML page and, for each of its characters, the span of markup it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The markup span of the text span ``start:end`` (an empty span maps to an empty one)."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


class _TextCollector(HTMLParser):
    """Collects the visible text of a page, each character with the markup span it came from."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=False)
        self._markup = markup
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", markup)]
        self._dropped = 0  # depth inside elements whose content is dropped
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _emit(self, text: str, start: int, end: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def _newline(self) -> None:
        if self._dropped == 0:
            at = self._offset()
            self._emit(_BREAK, at, at)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            if tag not in _VOID:
                self._dropped += 1
        elif tag in _BLOCKS:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS and tag not in _DROPPED:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        start = self._offset()
        for i, ch in enumerate(data):
            self.chars.append(ch)
            self.starts.append(start + i)
            self.ends.append(start + i + 1)

    def _reference(self, decoded: str) -> None:
        if self._dropped:
            return
        start = self._offset()
        match = _ENTITY.match(self._markup, start)
        end = match.end() if match else start + 1
        self._emit(decoded, start, end)

    def handle_entityref(self, name: str) -> None:
        html5 = entities.html5.get(name + ";") or entities.html5.get(name)
        self._reference(html5 if html5 is not None else f"&{name}")

    def handle_charref(self, name: str) -> None:
        try:
            code = int(name[1:], 16) if name[:1] in "xX" else int(name)
            decoded = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
        except ValueError:
            decoded = f"&#{name}"
        self._reference(decoded)


def html_to_text(markup: str) -> HtmlText:
    """The visible text of an HTML page, one block element a line, with a map back into ``markup``.

    ``<head>``, ``<title>``, scripts, styles and comments are dropped; entities are decoded; whitespace runs
    become one space, or nothing between two Chinese characters (a line wrapped in the markup), and block
    elements start new lines.

    >>> markup = "<p>巡察\\n  组</p><script>var d='2023年1月';</script><p>A&nbsp;&amp;&#20013;</p>"
    >>> page = html_to_text(markup)
    >>> page.text
    '巡察组\\n\\nA\\xa0&中'
    >>> start, end = page.to_original(5, 9)  # where "A&中" (with a no-break space) came from
    >>> markup[start:end]
    'A&nbsp;&amp;&#20013;'
    """
    if not isinstance(markup, str):
        raise TypeError(f"markup must be a str, not {type(markup).__name__}")
    collector = _TextCollector(markup)
    collector.feed(markup)
    collector.close()
    return _tidy(collector.chars, collector.starts, collector.ends)


def _tidy(chars: list[str], starts: list[int], ends: list[int]) -> HtmlText:
    """Whitespace as a reader sees it: runs collapsed, lines trimmed, at most one blank line in a row, and no
    space where the markup wrapped a line between two Chinese characters."""
    keep: list[int] = []
    i, count = 0, len(chars)
    while i < count:
        ch = chars[i]
        if ch == _BREAK:
            while keep and chars[keep[-1]] == " ":  # a line's trailing space
                keep.pop()
            blank_already = len(keep) >= 2 and chars[keep[-1]] == chars[keep[-2]] == "\n"
            if keep and not blank_already:
                chars[i] = "\n"
                keep.append(i)
            i += 1
            continue
        if ch not in _SOFT_SPACE:
            keep.append(i)
            i += 1
            continue
        run_end = i
        while run_end < count and chars[run_end] in _SOFT_SPACE:
            run_end += 1
        before = chars[keep[-1]] if keep else "\n"
        after = chars[run_end] if run_end < count else _BREAK
        wrapped = any(chars[j] in "\r\n" for j in range(i, run_end))
        line_edge = before == "\n" or after == _BREAK
        if not line_edge and not (wrapped and _CJK.match(before) and _CJK.match(after)):
            chars[i] = " "
            keep.append(i)
        i = run_end
    while keep and chars[keep[-1]] in " \n":
        keep.pop()
    return HtmlText(
        "".join(chars[i] for i in keep), tuple(starts[i] for i in keep), tuple(ends[i] for i in keep)
    )


# --------------------------------------------------------------------------- PDF and Word


def _pdf_text(data: bytes, source: str) -> str:
    try:
        import pypdf
    except ImportError:
        raise SourceError(source, 'reading PDF needs pypdf: pip install "xuncha[pdf]"') from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises many kinds of errors on broken files
        raise SourceError(source, f"not a readable PDF ({type(error).__name__})") from None
    if not any(page.strip() for page in pages):
        raise SourceError(source, "the PDF has no text layer (a scanned document?); run OCR on it first")
    # As pdftotext writes it: each page ends its last line, and a form feed starts the next page. The cleaner
    # reads that as a page break (and a page number on a line of its own as page furniture).
    return "\n\f".join(page.strip("\n") for page in pages)


def _docx_text(data: bytes, source: str) -> str:
    try:
        import docx
    except ImportError:
        raise SourceError(
            source, 'reading Word files needs python-docx: pip install "xuncha[docx]"'
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # a broken archive or a file that is no .docx
        raise SourceError(source, f"not a readable .docx file ({type(error).__name__})") from None
    lines: list[str] = []
    body = document.element.body
    for block in body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in block.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":  # a table: one line per row, cells separated by a tab
            for row in block.iter():
                if row.tag.endswith("}tr"):
                    cells = [
                        "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                        for cell in row.iterchildren()
                        if cell.tag.endswith("}tc")
                    ]
                    lines.append("\t".join(cells))
    return "\n".join(lines)


# --------------------------------------------------------------------------- documents


@attrs.frozen
class Document:
    """A notice as read from a file: the text the parser reads, and where it came from.

    ``text`` is what :func:`xuncha.parse_notice` reads: the decoded file for plain text, the page's visible text
    for HTML, the extracted text for PDF and Word. For HTML, ``original`` is the decoded markup, and
    :meth:`parse_notice` maps every span back into it.
    """

    source: str
    format: Format
    text: str
    encoding: str | None = None
    original: str | None = None
    html: HtmlText | None = attrs.field(default=None, repr=False, eq=False)

    def parse_notice(self, *, reference: dt.date | None = None) -> Notice:
        """The document as a notice; for HTML every span (and the text of every figure and date) refers to
        ``original``, the page's markup."""
        from xuncha.parsing import parse_notice

        return self._in_original(parse_notice(self.text, reference=require_reference(reference)))

    def _in_original(self, notice: Notice) -> Notice:
        """``notice``, parsed from ``text``, with its spans moved into ``original`` when the document is HTML (the
        export checks the notice as parsed from ``text``, then keeps it as this method gives it)."""
        if self.html is None or self.original is None:
            return notice
        html, original = self.html, self.original
        remapped: Notice = _remap(notice, html.to_original, original)
        return remapped


def _remap(value: Any, to_original: Callable[[int, int], tuple[int, int]], original: str) -> Any:
    """``value`` with every Span moved into the original markup; a figure's or date's ``text`` is re-cut from it
    so that ``original[span]`` is always its text."""
    from xuncha.models import Period, Progress, Quantity, Span

    if isinstance(value, Span):
        start, end = to_original(value.start, value.end)
        return Span(start, end)
    if isinstance(value, tuple):
        return tuple(_remap(item, to_original, original) for item in value)
    if not attrs.has(type(value)):
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        moved = _remap(current, to_original, original)
        if moved is not current:
            changes[field.name] = moved
    if isinstance(value, Quantity | Period | Progress) and "span" in changes and changes["span"] is not None:
        span = changes["span"]
        changes["text"] = original[span.start : span.end]
    return attrs.evolve(value, **changes) if changes else value


def _format_of(name: str, data: bytes) -> Format:
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    head = data[:512].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


def read_document(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    format: Format | None = None,
    name: str | None = None,
) -> Document:
    """Read a notice from a path (``str`` or ``Path``) or from ``bytes``.

    ``format`` is taken from the file's suffix (``.html``, ``.pdf``, ``.docx``, else text) or, for bytes and
    unknown suffixes, from the content; ``name`` labels bytes in messages (default ``-``).

    >>> doc = read_document("关于巡察整改情况的通报".encode("utf-8-sig"))
    >>> doc.format, doc.encoding, doc.text[:2]
    ('text', 'utf-8-sig', '关于')
    """
    if isinstance(source, bytes | bytearray):
        data, label = bytes(source), name or "-"
    elif isinstance(source, str | os.PathLike):
        label = name or os.fspath(source)
        try:
            data = Path(source).read_bytes()
        except FileNotFoundError:
            raise SourceError(label, "no such file") from None
        except IsADirectoryError:
            raise SourceError(label, "is a directory, not a file") from None
        except PermissionError:
            raise SourceError(label, "permission denied") from None
        except OSError as error:
            raise SourceError(label, f"cannot read: {error.strerror or error}") from None
    else:
        raise TypeError(f"source must be a path or bytes, not {type(source).__name__}")
    kind: Format = format or _format_of(label, data)
    if kind not in ("text", "html", "pdf", "docx"):
        raise ValueError(f"format must be one of text, html, pdf, docx, not {kind!r}")
    if kind == "pdf":
        return Document(label, kind, _pdf_text(data, label))
    if kind == "docx":
        return Document(label, kind, _docx_text(data, label))
    text, used = decode(data, encoding=encoding, source=label)
    if kind == "html":
        page = html_to_text(text)
        return Document(label, kind, page.text, used, original=text, html=page)
    return Document(label, kind, text, used)


def find_files(inputs: Iterable[str | os.PathLike[str]], *, patterns: Sequence[str] = ()) -> Iterator[str]:
    """The files named by ``inputs``, in order: each file as given, each folder walked recursively in sorted
    order for files matching ``patterns`` (shell globs such as ``*.txt``; by default every suffix in
    :data:`FORMATS`), and ``-`` passed through for standard input.

    A name that does not exist is passed through too, so that reading it reports the error in its place.
    """
    for item in inputs:
        path = os.fspath(item)
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for found in sorted(Path(path).rglob("*")):
            if not found.is_file() or any(part.startswith(".") for part in found.relative_to(path).parts):
                continue
            if patterns:
                if any(found.match(pattern) for pattern in patterns):
                    yield str(found)
            elif found.suffix.lower() in FORMATS:
                yield str(found)
