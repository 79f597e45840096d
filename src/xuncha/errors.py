"""The error family: every error xuncha raises is a :class:`XunchaError`, which is a :class:`ValueError`.

Errors about text quote the offending input and say where it is (character offset, line and column);
:meth:`XunchaError.caret` draws the place under the line, padding by display width because CJK
characters take two terminal columns.

>>> err = TextError("not a date", source="日期：2023年13月1日", start=3, end=13)
>>> print(err)
not a date: '2023年13月1日' at 1:4
>>> print(err.caret())
日期：2023年13月1日
      ^^^^^^^^^^^^^
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

__all__ = [
    "DateError",
    "InvariantError",
    "NoticeError",
    "NumberError",
    "PathProblem",
    "QuantityError",
    "TextError",
    "UnitError",
    "ValidationError",
    "XunchaError",
    "display_width",
    "line_column",
    "require_reference",
    "require_text",
]


class XunchaError(ValueError):
    """Base class of every error raised by xuncha; catch this to catch them all."""


def line_column(source: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a character offset into ``source``.

    >>> line_column("一\\n二三", 3)
    (2, 2)
    """
    offset = max(0, min(offset, len(source)))
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


def require_text(value: object, name: str = "text") -> str:
    """``value`` if it is a ``str``; a :class:`TypeError` naming the argument otherwise.

    A wrong argument type is a programming error, not bad content: it must not be caught by ``except ValueError``.

    >>> require_text(b"abc")
    Traceback (most recent call last):
    ...
    TypeError: text must be a str, not bytes (decode it first, e.g. data.decode("utf-8"))
    """
    if isinstance(value, str):
        return value
    hint = ' (decode it first, e.g. data.decode("utf-8"))' if isinstance(value, bytes | bytearray) else ""
    raise TypeError(f"{name} must be a str, not {type(value).__name__}{hint}")


def require_reference(reference: object) -> dt.date | None:
    """The reference date every function that resolves relative dates takes: a ``datetime.date`` or ``None``.

    Every public function with a ``reference`` argument checks it here, so all of them treat it alike.

    >>> require_reference("2023-12-25")
    Traceback (most recent call last):
    ...
    TypeError: reference must be a datetime.date or None, not str (for ISO text use datetime.date.fromisoformat)
    """
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        raise TypeError("reference must be a datetime.date, not a datetime (take its .date())")
    if isinstance(reference, dt.date):
        return reference
    hint = " (for ISO text use datetime.date.fromisoformat)" if isinstance(reference, str) else ""
    raise TypeError(f"reference must be a datetime.date or None, not {type(reference).__name__}{hint}")


def display_width(text: str) -> int:
    """Terminal columns taken by ``text``: wide and full-width characters count two.

    >>> display_width("ab巡察")
    6
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class TextError(XunchaError):
    """Text that cannot be read as what was asked for.

    ``source`` is the whole input, ``start``/``end`` the offending span in it (end exclusive).
    """

    def __init__(self, message: str, *, source: str, start: int = 0, end: int | None = None) -> None:
        self.message = message
        self.source = source
        self.start = max(0, min(start, len(source)))
        self.end = len(source) if end is None else max(self.start, min(end, len(source)))
        self.line, self.column = line_column(source, self.start)
        super().__init__(str(self))

    @property
    def text(self) -> str:
        """The offending part of the input."""
        return self.source[self.start : self.end]

    @property
    def excerpt(self) -> str:
        """The offending part as messages quote it: whole when short, else its two ends around ``…``."""
        return _shorten(self.text)

    def __str__(self) -> str:
        where = f" at {self.line}:{self.column}" if "\n" in self.source or self.start else ""
        return f"{self.message}: {self.excerpt!r}{where}"

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild_text_error, (type(self), self.message, self.source, self.start, self.end)

    def caret(self) -> str:
        """The offending line with ``^`` under the offending part (padded by display width).

        A long line is cut to a window of about 60 characters around the offending part, with
        ``…`` where text was left out, so that a message never echoes a whole document.
        """
        line_start = self.source.rfind("\n", 0, self.start) + 1
        line_end = self.source.find("\n", self.start)
        if line_end == -1:
            line_end = len(self.source)
        shown_start = max(line_start, self.start - _CONTEXT_BEFORE)
        shown_end = min(line_end, shown_start + _QUOTE_WIDTH)
        marked_end = min(self.end, line_end, shown_end)
        head = "…" if shown_start > line_start else ""
        tail = "…" if shown_end < line_end else ""
        line = head + self.source[shown_start:shown_end] + tail
        pad = display_width(head + self.source[shown_start : self.start])
        marked = self.source[self.start : marked_end]
        return f"{line}\n{' ' * pad}{'^' * max(1, display_width(marked))}"


#: At most this many characters of the input are quoted in a message or drawn above a caret.
_QUOTE_WIDTH = 60
# The caret's window starts this many characters before the offending part, so its context stays in view.
_CONTEXT_BEFORE = 20


def _shorten(text: str) -> str:
    """``text`` itself when short; else its start and end around ``…``, about 60 characters."""
    if len(text) <= _QUOTE_WIDTH:
        return text
    half = (_QUOTE_WIDTH - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


class NumberError(TextError):
    """Text that is not a number: ``parse_number('一千千')``."""


class QuantityError(TextError):
    """Text that is not a figure with a unit: ``parse_quantity('万元')``."""


class DateError(TextError):
    """Text that is not a date or period: ``parse_period('2023年13月')``."""


class NoticeError(TextError):
    """Text that cannot be read as a notice at all."""


class UnitError(XunchaError):
    """An unknown unit, or a conversion between units of different dimensions (万元 to 亩)."""


def _rebuild_text_error(cls: type[TextError], message: str, source: str, start: int, end: int) -> TextError:
    return cls(message, source=source, start=start, end=end)


class InvariantError(XunchaError):
    """A model object that cannot exist was asked for (raised by the models' validators).

    ``field`` names the attribute at fault, so that deserialisation can report a precise path. ``within``
    optionally points further inside that attribute (an item index, then a nested attribute name), for
    a fault that belongs to one item of a sequence: ``InvariantError("sections", ..., within=(1, "level"))``
    is reported at ``….sections[1].level``. ``related`` names the other attributes of the same object that
    the broken rule ties to ``field`` (a period's ``start`` for a fault in its ``end``); deserialisation
    reports the problem at those places too, since either side may be the wrong one.
    """

    def __init__(
        self,
        field: str,
        message: str,
        *,
        within: tuple[int | str, ...] = (),
        related: tuple[str, ...] = (),
    ) -> None:
        self.field = field
        self.message = message
        self.within = within
        self.related = related
        super().__init__(f"{field}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild_invariant_error, (type(self), self.field, self.message, self.within, self.related)


def _rebuild_invariant_error(
    cls: type[InvariantError],
    field: str,
    message: str,
    within: tuple[int | str, ...],
    related: tuple[str, ...],
) -> InvariantError:
    return cls(field, message, within=within, related=related)


class PathProblem:
    """One problem found in a document, at a JSONPath-style ``path`` such as ``$.sections[0].title``.

    Not an exception: a :class:`ValidationError` carries one or more of them in its ``errors``.
    """

    __slots__ = ("message", "path")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __repr__(self) -> str:
        return f"PathProblem({self.path!r}, {self.message!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PathProblem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class ValidationError(XunchaError):
    """A document that does not describe a valid model; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[PathProblem], *, what: str = "document") -> None:
        self.errors: tuple[PathProblem, ...] = tuple(errors)
        self.what = what
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        head = f"invalid {self.what}: {count} problem{'s' if count != 1 else ''}"
        return "\n".join([head, *(f"  {error}" for error in self.errors)])

    def __reduce__(self) -> tuple[object, ...]:
        return _rebuild_validation_error, (type(self), self.errors, self.what)


def _rebuild_validation_error(
    cls: type[ValidationError], errors: tuple[PathProblem, ...], what: str
) -> ValidationError:
    return cls(errors, what=what)
