"""The unit after a number: what :func:`read_unit` reads there, with 余/多 between them (80余名) or inside the
unit (一个多月), a qualifier between a magnitude and its unit (500万以上人口), 大 before a counter of kinds (5大类)
and an alternative counter in brackets (46台（套）).

It reads the text after the number and nothing else; whether the numeral is a figure at all is decided in
:mod:`xuncha.quantities._reading`, which asks it for a numeral the first veto stage lets through.
"""

from __future__ import annotations

from xuncha.quantities._candidate import UnitReading
from xuncha.quantities._grammar import (
    ALTERNATIVE_COUNTER,
    DAYS_WITHIN,
    inner_qualified_unit,
    post_qualifier,
    unit_pattern,
    unit_tables,
)
from xuncha.quantities._scan import _skip_spaces
from xuncha.quantities._words import (
    _BIG,
    _BIG_CLASSES,
    _BIG_SET,
    _CN_DIGIT,
    _CN_UNIT,
    _EMPTY_QUOTE_OPENERS,
    _EMPTY_QUOTES,
    _INNER_QUALIFIERS,
    _POST_QUALIFIERS,
    _SPACES_SET,
)

#: The first characters of the qualifiers that may stand between a magnitude and its unit (500万以上人口).
_BETWEEN_MAGNITUDE_AND_UNIT_STARTS = frozenset(word[0] for word in _POST_QUALIFIERS)
#: The first characters of _BIG_CLASSES: 大 and 小.
_BIG_CLASS_STARTS = frozenset(word[0] for word in _BIG_CLASSES)
#: The brackets around an alternative counter: 46台（套）.
_BRACKETS = frozenset("（(")
#: What stands after 个 inside a unit (inner_qualified_unit): 一个多月, 三个余月, 两个半小时.
_INNER_WORDS = frozenset("多余半")
#: The characters of Chinese numerals, on the folded text.
_CN_NUMERAL = frozenset(_CN_DIGIT + _CN_UNIT)


def _ends_a_decimal(text: str, number_end: int) -> bool:
    """Whether the number ending at ``number_end`` has a decimal point (93.46, not 3 nor 2023.)."""
    at = number_end
    while at > 0 and "0" <= text[at - 1] <= "9":
        at -= 1
    return at < number_end and at > 1 and text[at - 1] == "." and "0" <= text[at - 2] <= "9"


def read_unit(text: str, source: str, number_end: int) -> UnitReading:
    """The unit after a number, with 余/多 between them (80余名, 5.6 亿余元) or inside it (一个多月)."""
    position = number_end
    character = text[position : position + 1]  # the first character after the number, spaces skipped
    if character in _SPACES_SET:
        position = _skip_spaces(text, number_end, len(text))
        character = text[position : position + 1]
    if character in _EMPTY_QUOTE_OPENERS and text.startswith(_EMPTY_QUOTES, position):
        position = _skip_spaces(text, position + 2, len(text))  # 215“”公里: a converter's stray quotes
        character = text[position : position + 1]
    if (
        character == "个"
        and text[position + 1 : position + 2] in _INNER_WORDS  # (个 is common, 个多 rare)
        and (inner := inner_qualified_unit().match(text, position)) is not None
    ):
        unit_text = "个" + inner.group("rest")
        entry = unit_tables().spelling_of.get(unit_text)
        if inner.group("word") == "半":
            return UnitReading(unit_text, inner.end(), None, None, True, unit_text, entry)
        word = source[inner.start("word") : inner.end("word")]
        return UnitReading(
            unit_text, inner.end(), _INNER_QUALIFIERS[inner.group("word")], word, False, unit_text, entry
        )
    unit_at = position
    word_end = position  # where a qualifier between the number and its unit ends (none: position)
    if character in _INNER_QUALIFIERS:
        unit_at, word_end = _skip_spaces(text, position + 1, len(text)), position + 1
    elif (
        character in _BETWEEN_MAGNITUDE_AND_UNIT_STARTS
        and text[number_end - 1] in _BIG_SET
        and (between := post_qualifier().match(text, position)) is not None
        and unit_pattern().match(text, between.end()) is not None
    ):
        # 500万以上人口, 10亿左右元: a qualifier may stand between a number's magnitude and its unit, as 余 does
        unit_at = word_end = between.end()
    elif character in _BIG_CLASS_STARTS and text.startswith(_BIG_CLASSES, position):
        # 5大类 22项, 4大方面: 大 (major) before a counter of kinds counts the kinds.
        kind = next(word[1:] for word in _BIG_CLASSES if text.startswith(word, position))
        entry = unit_tables().spelling_of.get(kind)  # 部分 is read only here
        spelling = kind if entry is not None else None
        return UnitReading(kind, position + 1 + len(kind), None, None, False, spelling, entry)
    unit_match = unit_pattern().match(text, unit_at)
    if unit_match is None:
        if text.startswith("日", unit_at) and DAYS_WITHIN.match(text, unit_at) is not None:
            return UnitReading("日", unit_at + 1)  # 30日内: a time limit (after a month it is a date)
        return UnitReading(None, number_end)
    unit_text, prefix, spelling, per = unit_match.group(0, "prefix", "unit", "per")
    if prefix and prefix[0] in "十百千" and unit_at > number_end and text[number_end - 1] in _CN_NUMERAL:
        return UnitReading(None, number_end)  # 一百六 十万元: the numeral goes on across the space
    tables = unit_tables()
    unit_end = unit_match.end()
    following = text[unit_end : unit_end + 1]
    entry = tables.spelling_of[spelling]
    if following and (
        following in entry.not_before or (following.isascii() and following.isalpha() and spelling.isascii())
    ):
        return UnitReading(None, number_end)  # 处理, 台账, 方案, 5min: the spelling starts another word
    if (
        entry.only_before
        and not _before_one_of(text, unit_end, entry.only_before, entry.modifiers)
        and not (entry.after_a_decimal and _ends_a_decimal(text, number_end))
    ):
        return UnitReading(None, number_end)  # 下午三点: 点 counts only the points of what follows
    if (
        following in _BRACKETS or (following in " \u3000" and text[unit_end + 1 : unit_end + 2] in _BRACKETS)
    ) and unit_text in tables.counters:  # 836件(次), 29863件 (次)
        alternative = ALTERNATIVE_COUNTER.match(text, unit_end)
        if alternative is not None and alternative.group("other") in tables.counters:
            other = alternative.group("other")
            # (71项(次): occurrences of the things counted, the counter 项次 where there is one, as 人（次） is 人次)
            joined = unit_text + other
            unit_text = joined if other == "次" and joined in tables.counters else f"{unit_text}（{other}）"
            unit_end = alternative.end()
    if per is not None:
        unit_text = f"{prefix or ''}{spelling}/{per}"
    if unit_at == position:
        return UnitReading(unit_text, unit_end, None, None, False, spelling, entry)
    word = text[position:word_end]
    qualifier = _INNER_QUALIFIERS[word] if word in _INNER_QUALIFIERS else _POST_QUALIFIERS[word]
    return UnitReading(unit_text, unit_end, qualifier, source[position:word_end], False, spelling, entry)


def _before_one_of(text: str, at: int, words: tuple[str, ...], modifiers: tuple[str, ...]) -> bool:
    """Whether one of ``words`` starts at ``at``, or after one of ``modifiers`` (三点指导意见)."""
    if text.startswith(words, at):
        return True
    return any(
        text.startswith(modifier, at) and text.startswith(words, at + len(modifier)) for modifier in modifiers
    )


def give_back_unit_start(text: str, run: str, number_end: int) -> tuple[str, int]:
    """2.3亿千瓦时, 5千瓦, 110千伏, 3.5百分点: the 千 or 百 that starts a unit does not multiply the number."""
    if (
        len(run) >= 2
        and run[-1] in "千百"
        and (run[-2] in _BIG or "0" <= run[-2] <= "9")
        and text.startswith(unit_tables().led_by_magnitude.get(run[-1], ()), number_end - 1)
    ):
        return run[:-1], number_end - 1
    return run, number_end
