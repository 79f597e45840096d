"""Latin words: an English word where a Chinese one belongs, such as a stray " and " for 和."""

from __future__ import annotations

import re

from xuncha.checks._context import CHINESE, CHINESE_CHARACTER, Context
from xuncha.checks._registry import Code, Severity, rule

__all__: list[str] = []

_CJK_CONTEXT = rf"[{CHINESE}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]"
# Lower-case words between CJK text, set off by spaces ("思想 and 党的"), or, for the commonest function words,
# run in on one side or both ("思想and党的", and "思想 and党的" where a line break after "and" was joined).
# Capitals (PM, GDP, App) and words glued to digits (5G) are left alone.
_LATIN_WORDS = re.compile(
    rf"(?<={_CJK_CONTEXT})(?P<before>[ \t\u00a0]*)(?P<word>[a-z]+(?:[ \t][a-z]+)*)"
    rf"(?P<after>[ \t\u00a0]*(?P<newline>\n[ \t\u3000]*)?)(?={_CJK_CONTEXT})"
)
_FUNCTION_WORDS = frozenset({"and", "or", "the", "of", "with", "for", "to", "in"})


def _stray_word(text: str, match: re.Match[str]) -> bool:
    if match["newline"]:  # a line that ends in "党组 and": only the function words
        return match["word"] in _FUNCTION_WORDS and bool(
            match["before"] or CHINESE_CHARACTER.match(text, match.start() - 1)
        )
    if match["before"] and match["after"]:
        return True
    # Run in: only the function words, and only against characters (not punctuation) on the unspaced side.
    before_ok = bool(match["before"]) or bool(CHINESE_CHARACTER.match(text, match.start() - 1))
    after_ok = bool(match["after"]) or bool(CHINESE_CHARACTER.match(text, match.end()))
    return match["word"] in _FUNCTION_WORDS and before_ok and after_ok


_MEANT = {"and": "和", "or": "或"}
#: The longest run of words a message quotes (a long run is cut with "…").
_QUOTED_WORDS = 40


@rule(
    Code(
        "latin-word-in-chinese",
        Severity.WARNING,
        'an English word inside Chinese text: " and " where 和 was meant',
    )
)
def check_latin_words(context: Context) -> None:
    """English words where Chinese ones belong: a stray " and " where 和 was."""
    if context.source is None:
        return
    text = context.text
    for match in _LATIN_WORDS.finditer(text):
        if not _stray_word(text, match):
            continue
        start, end = match.span("word")
        word = match["word"]
        before = text[max(0, start - 12) : start].rstrip().rsplit("\n", 1)[-1][-6:]
        after = text[end : end + 12].lstrip().split("\n", 1)[0][:4]
        meant = _MEANT.get(word)
        hint = f" ({meant} was probably meant)" if meant else ""
        span = context.original(start, end)
        shown = word if len(word) <= _QUOTED_WORDS else f"{word[: _QUOTED_WORDS - 1]}…"
        context.add(
            "latin-word-in-chinese",
            f'English "{shown}" inside Chinese text: "{before} {shown} {after}"{hint}',
            context.path_at(span.start),
            span,
        )
