"""The notice as a whole: text that the parser cannot read, and text that is no notice at all."""

from __future__ import annotations

from xuncha.checks._context import CHINESE_CHARACTER, Context
from xuncha.checks._registry import Code, Severity, rule
from xuncha.errors import TextError
from xuncha.models import Span

__all__: list[str] = []


@rule(
    Code(
        "unparseable-notice",
        Severity.ERROR,
        "the text cannot be read as a notice at all; the parser's message, with its place",
    ),
    Code(
        "not-a-notice",
        Severity.ERROR,
        'the text is no notice at all: empty, or without a single Chinese character (a README, "hello world")',
    ),
)
def check_is_a_notice(context: Context) -> None:
    """Given text: the parser could read it, and it is a notice at all; the other rules do not run on text that
    is none."""
    if not context.from_text or context.source is None:
        return  # a Notice built in a program is one
    if context.parse_error is not None:
        error = context.parse_error
        span = None
        if isinstance(error, TextError) and error.source == context.source:
            span = Span(error.start, error.end)
        context.add("unparseable-notice", context.error_message(error), "$", span)
    # A notice is written in Chinese: text without a single Chinese character (an empty file, an English
    # README, "hello world") is none, whatever its shape.
    if CHINESE_CHARACTER.search(context.source) is None:
        what = "is empty" if not context.source.strip() else "has no Chinese in it"
        context.add("not-a-notice", f"the text {what}: it is not a notice", "$")
        context.done = True
