"""The patterns of the quantity grammar, built from the unit lexicon and the word tables, compiled on first use.

Each pattern is a verbose regular expression with a comment per part and a name per group. The unit pattern
is derived from :mod:`xuncha._lexicon`: a unit registered there is read after a number with nothing to change
here. The patterns are compiled on first use (``import xuncha`` stays fast); each builder is cached.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

import attrs

from xuncha._lexicon import COUNTER_NAMES, MEASURED, PER_100000, PREFIXES, Spelling, all_spellings, derived
from xuncha._regex import optional_groups_as_branches
from xuncha.quantities._words import (
    _ARABIC,
    _BIG,
    _CN_DIGIT,
    _CN_UNIT,
    _EMPTY_QUOTE_OPENERS,
    _INNER_QUALIFIERS,
    _POST_QUALIFIER_WORDS,
    _POST_QUALIFIERS,
    _SEPARATOR_STARTS,
    _SET_PHRASES,
    _SPACES,
)

# --------------------------------------------------------------------------- derived from the lexicon


@attrs.frozen
class UnitTables:
    """What the scanner reads from the unit lexicon."""

    #: Every spelling the scanner reads after a number, by its text.
    spelling_of: dict[str, Spelling]
    #: The same, longest first: a regular expression alternation takes the first spelling that matches.
    surfaces: list[str]
    #: Spellings that may follow "/" in a rate: 万元/亩, 次/年.
    denominators: list[str]
    #: Unit spellings in Latin letters: after digits, any other Latin letter makes a code (5G), these a unit.
    latin_units: tuple[str, ...]
    #: Measured units written with the measure word 个, which can take 多/余/半 inside: 一个多月, 两个半小时.
    units_after_ge: list[str]
    #: The characters that may follow a figure's number (spaces skipped): the first characters of units, of the
    #: magnitudes before units, of the qualifiers between number and unit, and of list and range separators.
    #: One look at the character after a numeral rules most numerals out before any other test.
    may_follow: frozenset[str]
    #: The counters, for alternatives in brackets: 46台（套）.
    counters: frozenset[str]
    #: Spellings that start with a magnitude character, which the numeral before them must give back: 5千瓦 is
    #: 5 千瓦 and 3.5百分点 is 3.5 个百分点, not 5000 瓦 and 350 分.
    led_by_magnitude: dict[str, tuple[str, ...]]


@derived
def unit_tables() -> UnitTables:
    """The scanner's view of the lexicon, built on first use (and again after :func:`xuncha._lexicon.rebuild`)."""
    spelling_of = {spelling.text: spelling for spelling in all_spellings() if spelling.not_extracted is None}
    surfaces = sorted(spelling_of, key=len, reverse=True)
    by_length = functools.partial(sorted, key=len, reverse=True)
    return UnitTables(
        spelling_of=spelling_of,
        surfaces=surfaces,
        denominators=by_length({spelling.text for spelling in all_spellings() if spelling.denominator}),
        latin_units=tuple(text for text in surfaces if text[0].isascii() and text[0].isalpha()),
        units_after_ge=by_length(
            name[1:] for _, units in MEASURED.values() for name in units if name.startswith("个")
        ),
        may_follow=frozenset(
            {surface[0] for surface in surfaces}
            | set("万亿十百千个日大")
            | set(_INNER_QUALIFIERS)
            | _SEPARATOR_STARTS
            | _EMPTY_QUOTE_OPENERS
        ),
        counters=frozenset(COUNTER_NAMES),
        led_by_magnitude={
            character: tuple(text for text in surfaces if text[0] == character) for character in "千百"
        },
    )


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(word if word == "(?!)" else re.escape(word) for word in words)


def _longest_of(words: list[str] | tuple[str, ...]) -> str:
    """An expression matching the longest of ``words`` that the text starts with, as the alternation of the
    words longest first does, written as a tree of their characters: the engine follows the text's characters
    down the tree instead of trying every word in turn (twice as fast for the hundred units)."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> str:
        # At most one child follows the text; a word ending here is taken only when no longer one matches.
        longer = [
            re.escape(character) + branches(child) for character, child in sorted(node.items()) if character
        ]
        if not longer:
            return ""
        return "(?:" + "|".join(longer) + ("|)" if "" in node else ")")

    return branches(tree) if tree else "(?!)"


# --------------------------------------------------------------------------- numerals

#: The Chinese numeral units below 万: 十, 百, 千 (and their financial forms).
_SMALL_CN_UNIT: Final = "".join(character for character in _CN_UNIT if character not in _BIG)

#: How many groups of three a space may add after a number's first group (1 234 567 890); the veto of the rest of
#: a longer run (quantities._vetoes) looks back as far.
SPACE_GROUPS_AT_MOST: Final = 3
#: What may not stand before the first group of a space-grouped number, besides a digit and a space: a decimal
#: point or a grouping comma of a number before it (the text is folded: ． is . already; a ， before a number
#: starts a clause).
NOT_BEFORE_SPACE_GROUPS: Final = ".,"
# Where a space groups the thousands of a number (51 436, 12 345 678), as the national standard for numbers in
# print allows: after the first one to three digits glued to the word before them, or after each of the next two
# groups of three; never in a run that a space starts (a table's columns: 机构数 742 806) or after four digits
# (2019 2020). The space is matched first and the lookbehinds, which end on it, tried only then: a run's step is
# tried at the character after every numeral, which is rarely a space. (Python's lookbehinds are of fixed width:
# one per length of the first group and count of groups.)
_SPACE_GROUPING: Final = (
    "(?:"
    + "|".join(
        f"(?<=[^0-9\\s{NOT_BEFORE_SPACE_GROUPS}][0-9]{{{first}}}{'[ ][0-9]{3}' * groups}[ ])"
        for groups in range(SPACE_GROUPS_AT_MOST)
        for first in (1, 2, 3)
    )
    + ")"
)

#: One numeral in one flat pass (it cannot backtrack: everything after the first character is optional and
#: flat). Used inside character classes and repeated, so it is kept as text. The repeat is possessive (``*+``):
#: nothing after a run could match a shorter one, and a greedy repeat of alternatives keeps a backtracking
#: entry per character (150 bytes each: 150 MB for a run of a million digits). Its steps are written in two
#: groups, those that add no 万 or 亿 and those that do, for figure_candidate_pattern (each step starts with
#: characters of its own, so the order of the steps does not change what a run matches).
_SMALL_STEP: Final = rf"""
        [{_ARABIC}{_CN_DIGIT}{_SMALL_CN_UNIT}]          # more digits and numerals
      | [,，](?=[{_ARABIC}]{{3}}(?![{_ARABIC}]))         # a grouping comma before exactly three digits
      | ,[ ](?=[{_ARABIC}]{{3}}(?![{_ARABIC}]))         # 1, 234.5 万元: a space slipped in after the comma
      | [ ](?=[0-9]{{3}}(?![0-9])){_SPACE_GROUPING}     # 共对51 436个: a space grouping thousands (GB/T 15835)
      | [.．](?=[{_ARABIC}])                             # a decimal point followed by a digit
      | ·(?<=[0-9]·)(?=[0-9]+(?![0-9]|·[0-9]))           # 1·7%: a middle dot as the decimal point, once
      | [点‧](?<=[{_CN_DIGIT}{_CN_UNIT}][点‧])(?=[{_CN_DIGIT}])  # 点 between Chinese numerals: 九十四点五, or ‧: 三十一‧四
"""
# (The steps that look behind match their own character first: a step is tried after every character of a run,
# and a lookbehind tried first costs more than the one character that rules the step out.)
_BIG_STEP: Final = rf"""
        [{_BIG}]                                         # 万 and 亿
      | [ \u3000]+(?=[{_BIG}])                           # spaces before 万/亿: 5.6 亿
      | 兆(?=[{_ARABIC}{_CN_DIGIT}{_CN_UNIT}]*[亿億])      # 兆 before a 亿 group: 四十九兆九千亿 (兆瓦 is a unit)
"""
_RUN: Final = rf"""
    [{_ARABIC}{_CN_DIGIT}{_CN_UNIT}]                    # a digit or a Chinese numeral starts it
    (?:{_SMALL_STEP} | {_BIG_STEP})*+
"""
#: The fraction part after a numeral: 一又二分之一, 五分之一, 1/3.
_FRACTION: Final = rf"""
    (?P<and>又{_RUN})?          # 一又二分之一, 1又1/2: a whole number, then its fraction
    (?P<of>分之|/(?!{re.escape(PER_100000[1:])}))  # a fraction: 五分之一 (denominator first), 1/3 (numerator
                                #   first); not a rate per 100,000 (15.1/10万: a unit, xuncha._lexicon)
    (?P<part>(?:(?<=分之)负)?{_RUN})  # its other part, signed after 分之: 百分之负三点八
"""


@functools.cache
def candidate_pattern() -> re.Pattern[str]:
    """Every numeral, with one fraction part: 12, 5.6 亿, 一千九百, 五分之一, 1/3."""
    # (The optional groups run as empty branches, faster: xuncha._regex; the patterns are tried at every numeral.)
    return re.compile(
        optional_groups_as_branches(
            rf"""
        (?P<whole>{_RUN})              # the number, or the denominator of 五分之一, the numerator of 1/3
        (?:{_FRACTION})?
        """
        ),
        re.VERBOSE,
    )


@derived
def figure_candidate_pattern() -> re.Pattern[str]:
    """The numerals of :func:`candidate_pattern` that may be figures, at the same places with the same extent:
    those that the scanner's fast path (:func:`xuncha.quantities._reading.decide`) would refuse at once, a
    numeral followed by nothing a figure is made of (一是, 12月), are not matched at all, which spares a match
    object and a call for most numerals of a notice. :func:`xuncha.quantities.refusals`, which reports them,
    reads candidate_pattern.

    What the fast path lets through is matched: a numeral after 第, ¥ or a space (an ordinal, money; a space
    is allowed for whatever precedes it), with 万 or 亿 in it, with a fraction part, ending in 千 or 百 (which
    may start the unit: 5千瓦), or followed (spaces skipped) by a character of ``may_follow`` or by 角, 毛 or 分
    (money after a financial digit: 伍角). A numeral not matched leaves the search to go on inside it; the
    guards at the start refuse every place inside a run (after a numeral character or a step that joined),
    where candidate_pattern starts no match either, so that a refused run is read once (linear time).
    """
    numeral = f"{_ARABIC}{_CN_DIGIT}{_CN_UNIT}"
    fraction = re.sub(r"\(\?P<\w+>", "(?:", _FRACTION)  # in three branches: without the group names
    tables = unit_tables()
    follows = tables.may_follow | set("角毛分")
    days_within = ""
    if not any(word.startswith("日") for word in [*tables.surfaces, *PREFIXES]):
        # 日 follows a figure's number only in a time limit or after 为期 (30日内, 为期5日: DAYS_WITHIN); 25日, a day of
        # the month, is refused once no unit is read after it (a bare number outside a list), so it is not matched here.
        follows -= {"日"}
        # (its branches start with lookbehinds, tried at every run's end unless 日 is looked for first)
        days_within = f"|(?=日)(?:{DAYS_WITHIN.pattern})"
    follow = "".join(re.escape(character) for character in sorted(follows))
    spaces = re.escape(_SPACES)
    # Every part after the first character, so that the engine looks for that character before trying the rest
    # (a pattern that starts with an assertion is tried at every place of the text, four times slower).
    return re.compile(
        optional_groups_as_branches(
            rf"""
        [{numeral}]                                                # a numeral character starts it …
        (?<![{numeral}].)                                          # … not inside a run: after its numerals,
        (?=(?<![.．,，\ ·点‧].)                                     # (a run starts after none of the characters
                                                                   # the next guards look back at, mostly: one
                                                                   # look spares them; a lookahead, atomic)
          | (?!(?<=[{numeral}][.．][{_ARABIC}]))                    # … after its decimal point,
            (?!(?<=[{numeral}][,，][{_ARABIC}])[{_ARABIC}]{{2}}(?![{_ARABIC}]))  # … after its grouping comma,
            (?!(?<=[{numeral}],[ ][{_ARABIC}])[{_ARABIC}]{{2}}(?![{_ARABIC}]))   # … after a comma and a space,
            (?!(?<=[0-9]·[0-9])[0-9]*(?![0-9]|·[0-9]))              # … after a middle dot as its decimal point,
            (?!(?<=[{_CN_DIGIT}{_CN_UNIT}][点‧][{_CN_DIGIT}]))        # … after 点 between Chinese numerals
        )
        (?:
            (?<=[第¥{spaces}].)(?:{_SMALL_STEP} | {_BIG_STEP})*+(?:{fraction})?  # after 第, ¥ or a space: in full
          | (?<=[{_BIG}])(?:{_SMALL_STEP} | {_BIG_STEP})*+(?:{fraction})?         # 万 or 亿 first
          | (?:{_SMALL_STEP})*+                                      # a run up to any 万 or 亿
            (?:
                (?=(?:{_BIG_STEP}))(?:{_SMALL_STEP} | {_BIG_STEP})*+(?:{fraction})?  # 万 or 亿 further on
              | {fraction}                                          # a fraction
              | (?<=[千百])                                          # 千 or 百 last (5千瓦)
              | (?=[{spaces}]*+(?:[{follow}]{days_within}))           # what may follow a figure's number
            )
        )
        """
        ),
        re.VERBOSE,
    )


@derived
def figure_wrap_pattern() -> re.Pattern[str]:
    """A hard wrap inside a figure: the line break and the spaces after it, before the unit, magnitude or
    qualifier that starts a line (累计 7524⏎万元, 19.86 亿⏎元, 诉求 41⏎条, 231亿572万⏎余元), as PDF and Word
    conversions and document-sharing sites break lines at a fixed width. The line break comes first, so that a
    search skips to each at once; whether a number ends the line before it, and holds text before it, is asked
    by the caller."""
    tables = unit_tables()
    starts = {surface[0] for surface in tables.surfaces} | {prefix[0] for prefix in PREFIXES}
    starts |= set(_INNER_QUALIFIERS)
    spaces = re.escape(_SPACES)
    follows = "".join(re.escape(character) for character in sorted(starts))
    return re.compile(rf"\n[{spaces}]*(?=[{follows}])")


# --------------------------------------------------------------------------- units


@derived
def unit_pattern() -> re.Pattern[str]:
    """A unit after a number: its spelling, a magnitude before it (万元) and a rate's denominator (元/亩)."""
    prefixes = sorted(PREFIXES, key=len, reverse=True)
    tables = unit_tables()
    led = [text for texts in tables.led_by_magnitude.values() for text in texts] or ["(?!)"]
    return re.compile(
        optional_groups_as_branches(
            rf"""
        (?:(?!{_alternation(led)})                  # not where a unit starts with a magnitude: 千瓦, 百分点
           (?P<prefix>{_alternation(prefixes)}))?   # a magnitude that multiplies the unit: 万元, 百万吨
        (?P<unit>{_longest_of(tables.surfaces)})          # a unit or counter as written, the longest spelling
        (?:/(?P<per>{_alternation(tables.denominators)}))?  # a rate's denominator: 万元/亩, 次/年
        """
        ),
        re.VERBOSE,
    )


#: Another counter in brackets after a counter: 46台（套）, 12个（件） (人（次） is 人次, a spelling of its own).
ALTERNATIVE_COUNTER: Final = re.compile(r"[ \u3000]?[（(](?P<other>\w{1,2})[）)]")  # (a space may come first)
# The words of a bound before a number of days (不超过30日, 不少于15日): no day of a month is bounded so.
_DAY_BOUNDS: Final = ("不超过", "不得超过", "不少于", "不得少于", "至少", "最长", "不足")
# What a number of days follows, besides a bound: 连续 and 每 (连续14日, 每15日), and a time limit's bracket
# repeating its own last day (30日内(含30日)).
_BEFORE_A_DAY_COUNT: Final = (*_DAY_BOUNDS, "连续", "每", "日内(含", "日内（含")
#: 日 counts days only in a time limit (30日内, 15 日以内, 30日内(含30日), 以3日为限, 30日时限), in a stretch of
#: time after 为期 (为期5日左右, 为期十五日), after a bound (延长期限一般不超过30日, 公示不少于15日) and after 连续
#: or 每 (连续14日无新增, 每15日报送一次); 12月30日 is a date.
DAYS_WITHIN: Final = re.compile(
    r"日(?=[以之]?内|为限|时限)|(?<=为期[0-9一二三四五六七八九十两])日|(?<=为期[0-9一二三四五六七八九十]{2})日|"
    + "|".join(
        f"(?<={re.escape(before)}[0-9]{{{digits}}})日"
        for before in _BEFORE_A_DAY_COUNT
        for digits in (1, 2, 3)
    )
)


@derived
def inner_qualified_unit() -> re.Pattern[str]:
    """一个多月, 三个余月, 两个半小时: the qualifier or the half sits inside the unit, after 个."""
    return re.compile(
        rf"""
        个
        (?P<word>[多余半])                          # more than, or and a half
        (?P<rest>{_alternation(unit_tables().units_after_ge)})   # the rest of a unit written with 个: 月, 小时, 百分点
        """,
        re.VERBOSE,
    )


_CHANGE_DIGIT = "[0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"


@functools.cache
def jiao_fen() -> re.Pattern[str]:
    """3元5角, 12元3角5分, 三元五角, 50元6角三分: the 角 (毛) and 分 after 元 belong to the amount, in either kind
    of digits, with 钱 after them (一百三十五块六角七分钱)."""
    return re.compile(
        rf"""
        (?:(?P<jiao>{_CHANGE_DIGIT})[角毛](?:(?P<fen>{_CHANGE_DIGIT})分(?![钟之]))?  # 5角, 六角七分, 5毛2分
          | [0零]?(?P<fen_only>{_CHANGE_DIGIT})分(?![钟之]))                       # 3元5分, 三元零五分
        钱?
        """,
        re.VERBOSE,
    )


@functools.cache
def leftover_change() -> re.Pattern[str]:
    """What an amount of money left unread: a 角, 毛 or 分 still after it (the rest of 123元1角1分), or 又 and
    another amount (两美元又三美分)."""
    return re.compile(rf"{_CHANGE_DIGIT}[角毛分](?![钟之])|又{_CHANGE_DIGIT}")


@functools.cache
def spoken_jiao() -> re.Pattern[str]:
    """5块5, 五块五毛, 3块2毛钱, 五块五毛三分: after 块, the digit of the 毛 (角) makes spoken money, not a count
    of pieces."""
    return re.compile(
        rf"""
        (?P<jiao>[0-9一二两三四五六七八九])               # the 毛 digit
        (?:[毛角](?:(?P<fen>{_CHANGE_DIGIT})分(?![钟之]))? # 毛, the spoken 角, and 分 …
          | (?![0-9〇零一二两三四五六七八九十百千万亿\u4e00-\u9fff]))  # … or nothing: 5块5, but not 3块5亩
        钱?                                               # 5块5毛钱
        """,
        re.VERBOSE,
    )


# --------------------------------------------------------------------------- words around figures


@functools.cache
def post_qualifier() -> re.Pattern[str]:
    """A qualifier after the unit: 以上, 左右, 有余 (longest first, as the table lists them)."""
    return re.compile(
        "|".join(
            word + (f"(?!{'|'.join(_POST_QUALIFIER_WORDS[word])})" if word in _POST_QUALIFIER_WORDS else "")
            for word in _POST_QUALIFIERS
        )
    )


@functools.cache
def quoted_pattern() -> re.Pattern[str]:
    """Quoted runs (slogans) and set phrases: numerals inside are names, not figures. A 《title》 is not one: a
    count in a document's title counts (《…五项重点工作…》, 《…5个村党组织…整改方案》), and a quotation inside
    it is still found."""
    return re.compile(
        rf"""
        “[^“”\n]{{0,39}}[^“”\n。？?！!]”   # a short quotation: “三个一批”, “一项意见、一名领导、一套措施、一周安排”
                                    # (not a sentence of speech, ending on its 。？！: “…坏了三年了，…说说？”)
        | "[^"\n]{{0,39}}[^"\n。？?！!]"  # the same in ASCII quotes
        | “(?<![：:]“)[^“”\n。，,？?！!]{{1,6}}(?=\s*\Z)  # a slogan the end of an excerpt cut off: …“两个确
                                    # (not speech after a colon; the test follows the “ so that every branch
                                    # starts with its quote and the scan skips to quotes, not every position)
        | 「[^「」\n]{{1,40}}」      # corner brackets
        | 『[^『』\n]{{1,40}}』      # double corner brackets (a traditional page's outer quotes: 『两个维护』)
        | ‘[^‘’\n]{{1,40}}’         # single quotes
        | {_alternation(_SET_PHRASES)}  # set phrases and catchwords: 五花八门, 一张图
        """,
        re.VERBOSE,
    )


#: Small tests on a numeral's characters. (The digits as sets, for the tests whether a run holds one: a set's
#: isdisjoint of a run of a character or two costs half a search, and the scanner asks it of most numerals.)
ARABIC_DIGITS: Final = frozenset("0123456789０１２３４５６７８９")  # the characters of _ARABIC
CN_DIGITS: Final = frozenset(_CN_DIGIT)
HAS_NUMERAL: Final = re.compile(rf"[{_ARABIC}{_CN_DIGIT}{_CN_UNIT}]")
ALL_CN_DIGITS: Final = re.compile(rf"[{_CN_DIGIT}]{{2,}}")
ARABIC_ONLY: Final = re.compile(rf"[{_ARABIC}.．,，]+")
