"""Checks over a notice: numbering, levels, dates, deadlines, shares, contacts and stray Latin words.

:func:`check` takes a :class:`~xuncha.models.Notice` or the text of one and returns a list of
:class:`Diagnostic`, each with a stable ``code`` (see :data:`CODES`), a :class:`Severity`, a plain message that
quotes the offending text, the model path of the part at fault and, when the source text is known, its line and
column.

The rules live in one module per family (:mod:`~xuncha.checks.notice`, :mod:`~xuncha.checks.numbering`,
:mod:`~xuncha.checks.structure`, :mod:`~xuncha.checks.chronology`, :mod:`~xuncha.checks.deadlines`,
:mod:`~xuncha.checks.shares`, :mod:`~xuncha.checks.contacts`, :mod:`~xuncha.checks.latin`); each declares its
codes, with their severity and meaning, once, in the ``@rule`` decorator of the function that reports them
(:mod:`xuncha.checks._registry`). :data:`CODES` is read from there.

>>> from xuncha.models import Finding, Measure, Notice, Section
>>> finding = Finding("理论学习不深入问题整改情况", number=1, marker="1.", measures=[
...     Measure(1, "严格落实学习制度。", marker="一是"), Measure(3, "狠抓常态化学习。", marker="三是")])
>>> notice = Notice("关于巡察整改情况的通报", sections=[Section(1, 1, "学习方面", marker="一、", findings=[finding])])
>>> for diagnostic in check(notice):
...     print(diagnostic)
warning: finding "1." sits directly under section "一、": a level is skipped [level-jump] at $.sections[0].findings[0]
error: measure "三是" follows "一是": "二是" is missing [numbering-gap] at $.sections[0].findings[0].measures[1]
"""

from __future__ import annotations

import datetime as dt

from xuncha.checks._context import Context, Diagnostic
from xuncha.checks._registry import CODES, RULES, Severity
from xuncha.errors import XunchaError, require_reference, require_text
from xuncha.models import Notice

# isort: off
# The rule families, imported in the order their rules run (and :data:`CODES` lists their codes): the text must
# be a notice before anything else is read, and ranges written backwards are found before dates are compared.
from xuncha.checks import notice as notice
from xuncha.checks import numbering as numbering
from xuncha.checks import structure as structure
from xuncha.checks import chronology as chronology
from xuncha.checks import deadlines as deadlines
from xuncha.checks import shares as shares
from xuncha.checks import progress as progress
from xuncha.checks import contacts as contacts
from xuncha.checks import latin as latin
# isort: on

__all__ = ["CODES", "Diagnostic", "Severity", "check"]


def check(
    notice_or_text: Notice | str, *, source: str | None = None, reference: dt.date | None = None
) -> list[Diagnostic]:
    """Check a notice, or the text of one, and return what is wrong with it, in document order.

    Given text, the text is parsed with :func:`xuncha.parsing.parse_notice` and also scanned directly (contacts,
    Latin words, date ranges), so every diagnostic has a line and column; text that is no notice at all gives a
    ``not-a-notice`` diagnostic. Given a :class:`Notice`, pass its ``source`` text (the text its spans point into)
    to get lines and columns; text is its own source, so ``source`` goes with a Notice only. ``reference`` stands
    in for the notice date when the notice has none (it is never today's date).

    A wrong argument type is a :class:`TypeError`.
    """
    reference = require_reference(reference)
    given: object = notice_or_text  # callers without type checking may pass anything
    if not isinstance(given, str | Notice):
        hint = ' (decode it first, e.g. data.decode("utf-8"))' if isinstance(given, bytes | bytearray) else ""
        raise TypeError(f"check() takes a Notice or a str, not {type(given).__name__}{hint}")
    parse_error: XunchaError | None = None
    if isinstance(notice_or_text, str):
        if source is not None:
            raise TypeError(
                "source goes with a Notice (the text its spans point into); text is its own source"
            )
        source = notice_or_text
        from xuncha._text import SourceText
        from xuncha.parsing import _parser

        # parse_notice(source, reference=reference), with the cleaned text kept for the rules (see Context).
        view = SourceText(source)
        try:
            notice: Notice | None = _parser.read_notice(source, reference, view)
        except XunchaError as error:
            notice = None
            parse_error = error
        context = Context(notice, source, reference, parse_error, from_text=True, view=view)
        # The context holds the notice now, and lets it go before it makes the diagnostics (Context.finish).
        del notice, view
        return _run(context)
    if source is not None:
        source = require_text(source, "source")
    return _run(Context(notice_or_text, source, reference))


def _check_parsed(notice: Notice, text: str, *, reference: dt.date | None = None) -> list[Diagnostic]:
    """``check(text, reference=reference)`` for a caller that holds ``notice = parse_notice(text,
    reference=reference)`` already (the export, the report): the same diagnostics, the text parsed once.

    Unlike ``check(notice, source=text)``, the notice counts as read from ``text`` here, so text that is no
    notice at all is reported as such.
    """
    return _run(Context(notice, text, require_reference(reference), from_text=True))


def _run(context: Context) -> list[Diagnostic]:
    for registered in list(RULES):
        context.rule = registered
        registered.function(context)
        if context.done:
            break
    context.rule = None
    return context.finish()
