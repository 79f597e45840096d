"""The inspection groups an opening names: where a group's name stands, the group it names, and the committee
that formed or sent it.

Read by :mod:`._facts` for the inspector and the dispatcher, and by the parser for the group that signs a
notice. Every pattern reads the folded text (xuncha._fold: traditional characters as simplified, full-width
digits as ASCII, same offsets).
"""

from __future__ import annotations

import attrs

from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._titles import inspection_reading
from xuncha.models import Inspection

# The number of a group, a round or a batch: 第二, 十一, 3 (巡察二组, 第十一轮, 第3批).
NUMBER = "[一二三四五六七八九十0-9]{1,3}"
# A round, with the batch of the round when it has several: 第五轮, 第一轮第二批.
ROUND_NUMBER = f"第{NUMBER}轮(?:第{NUMBER}批)?"
# 巡视组, 巡察工作组, 巡察一组, 巡察第二组: the name is read back from here (see inspector_of). A group split in
# sub-groups is named with its sub-group: 巡察一组二分组.
# (组 that starts 组建 or 组织 is the verb's: 第五轮巡察组建4个巡察组 forms groups, and names none there)
_INSPECTOR = LazyPattern(
    rf"(?:巡视|巡察)(?:第?{NUMBER}组|工作组|组(?![建织]))(?:第?[一二三四五六七八九十0-9]{{1,2}}分组)?"
)
_GROUP_NUMERAL = frozenset("第一二三四五六七八九十0123456789")
# The committees that send inspection groups (read by _facts for the dispatcher too).
BODY = "中央|自治区党委|省委|市委|州委|县委|区委|旗委|盟委|党工委"
# Where a list of groups goes on after the first one's number: 第一、第二巡察组, 第一、二巡视组.
_LISTED = LazyPattern(r"(?<=[一二三四五六七八九十0-9])[、和及与](?=第?[一二三四五六七八九十0-9])")
_GROUP_WORD = LazyPattern(r"(?:巡视|巡察)(?:工作)?组")
# A round named before a numbered group is not part of the group's name.
_AFTER_ROUND = LazyPattern(
    rf"{ROUND_NUMBER}(?:巡视|巡察)?(?:工作)?"
    rf"(?P<group>第{NUMBER}(?:巡视|巡察)组|(?:巡视|巡察)第?{NUMBER}组)$"
)
# The committee's term before a group's name (八届市委巡察四组, 第十四届县委第二巡察组).
_GROUP_TERM = LazyPattern(r"第?[一二三四五六七八九十]{1,3}届(?=..)")
_DIGITS = LazyPattern(r"[0-9]")
# Digits glued before the committee that sent a group, with no 个 to make them a count: what a scraper left of a
# date that lost its 月 and 日 (12月25日县委巡察组 → 1225县委巡察组).
_GLUED_NUMBER = LazyPattern(rf"[0-9]+(?={BODY})")
# A count of groups, or a group that no name tells apart: "3个巡察组", "县委巡察组", "巡察组"; also a count whose
# number a space set apart, where the name read back stops ("派出 5 个巡察组" gives "个巡察组"), and a count after
# the round it serves ("十四届县委第七轮巡察4个巡察组").
_UNNAMED = LazyPattern(
    rf"(?:[0-9一二三四五六七八九十两]*[ \u3000]?个)?(?:{BODY})?(?:各)?(?:巡视|巡察)(?:工作)?组"
    rf"|[0-9一二三四五六七八九十两]+[ \u3000]?个.*|.{{0,8}}各(?:巡视|巡察)(?:工作)?组"
    r"|.*[0-9一二三四五六七八九十两]+[ \u3000]?个(?:巡视|巡察)(?:工作)?组"
)
SENDER = LazyPattern(BODY)
# Where a group's name, read backwards from 巡视组, stops.
_NAME_STOP = frozenset('，,。；;：:、 \t\n“”"（）()《》日对由向和与及至！!？?')
# The mode words a group's or a round's name runs into 巡视/巡察 (机动巡察组, 第十四届县委机动巡察).
NAMED_MODES = "(?:常规|专项|机动|提级|交叉|联动|延伸)"
# "区委组建4个巡察组", "落实省委第五巡视组反馈意见", "组织部部长宣布巡视组组长": a verb before the group is not part
# of its name.
_FORMED = LazyPattern(r".*(?:组建|派出|抽调|成立|共派|分派|落实|贯彻|宣布|宣读)")


# A group named by its number, as a later sentence names it (市委第二巡察组, 中央第五巡视组, 市委机动巡察二组),
# with no words of the sentence before it. The pattern starts with optional words, so a search tries it at every
# position: a lookahead for the first characters of the words a name can start with (a committee, 党委 or 党组, a
# mode, 第 or a numeral, 巡视 or 巡察) refuses the others at once (three times faster).
_NUMBERED_GROUP_FIRST = "".join(
    sorted(
        {
            word[0]
            for word in (
                *BODY.split("|"),
                "党委",
                *NAMED_MODES.removeprefix("(?:").removesuffix(")").split("|"),
                "巡视",
            )
        }
        | _GROUP_NUMERAL  # 第 and the numerals of NUMBER
    )
)
_NUMBERED_GROUP = LazyPattern(
    rf"(?=[{_NUMBERED_GROUP_FIRST}])(?:{BODY}|党委|党组)?{NAMED_MODES}*(?:第?{NUMBER}(?:巡视|巡察)(?:工作)?组"
    rf"|(?:巡视|巡察)第?{NUMBER}组)"
)


# A line that opens on a numbered group and a colon, in a list of groups and their targets (省委第一巡视组:青川市…).
GROUP_LINE = LazyPattern(
    rf"(?m)^[ \t\u3000]*(?P<group>(?:[\u4e00-\u9fff]{{0,8}}?(?:{BODY}|党委|党组))?第{NUMBER}(?:巡视|巡察)组)[ \t\u3000]*[:：]"
)


def with_signed_group(inspection: Inspection, signer: str) -> Inspection:
    """The inspection with the group that signs the notice (its signature's first line, ``signer``) as its
    inspector, when the opening names one group by no number ("学校党委巡察组对…开展巡察" signed 党委第二巡察组):
    the signature names the same group more exactly. A count of groups (市委成立7个巡察组) stays unnamed."""
    if inspection.inspector is None:
        return inspection
    named = inspection_reading(fold(inspection.inspector))
    line = signer.strip(" \t\u3000")
    if len(line) > 30 or _NUMBERED_GROUP.search(named) is not None:
        return inspection
    reading = inspection_reading(fold(line))
    found = _NUMBERED_GROUP.search(reading)
    if found is None or found.end() != len(reading) or any(mark in reading for mark in "，,。；;：:、"):
        return inspection
    kind, signed_kind = _GROUP_WORD.search(named), _GROUP_WORD.search(reading)
    if kind is None or signed_kind is None or kind.group()[:2] != signed_kind.group()[:2]:
        return inspection  # a 巡视组 is not a 巡察组
    return attrs.evolve(inspection, inspector=line)


# A committee that formed or sent the groups, right before the verb: 县委派出3个巡察组, 市委组建5个巡察组.
_SENDER_BEFORE_VERB = LazyPattern(
    rf"({BODY})(?:共|先后|分别)?(?:组建|派出|抽调|成立|共派|分派)[^，,。；;]{{0,6}}$"
)


def sender_before(reading: str, at: int) -> tuple[int, int] | None:
    """The committee that formed the groups named at ``at``, as the clause says it before its verb."""
    found = _SENDER_BEFORE_VERB.search(reading, max(0, at - 16), at)
    return None if found is None else found.span(1)


def later_named_group(text: str, reading: str, after: int) -> str | None:
    """The first group named by its number from ``after`` on, in an opening whose first mention of a group
    names none ("市委巡察组对…开展了巡察。6月9日，市委第二巡察组向…反馈")."""
    found = _NUMBERED_GROUP.search(reading, after)
    return None if found is None else text[found.start() : found.end()]


def group_phrase(text: str, reading: str) -> str:
    """The phrase that names the inspection group(s), read back from 巡视组/巡察组 to a stop ("" for none)."""
    span = find_group_span(reading)
    return "" if span is None else text[span[0] : span[1]]


def find_group_span(reading: str, after: int = 0) -> tuple[int, int] | None:
    """Where the first phrase naming the inspection group(s) from ``after`` on stands in ``reading``."""
    match = _INSPECTOR.search(reading, after)
    if match is None:
        return None
    start = match.start()
    while start > 0 and match.end() - start < 30:
        previous = reading[start - 1]
        # A name runs back to a stop, except a 顿号 that lists groups (市委第一、第二巡察组, 省委第一、二巡视组)
        # and a space that sets a number apart (县委 4 个巡察组, 县委第 1 巡察组).
        if previous in _NAME_STOP and not (
            (previous == "、" and reading[start] in _GROUP_NUMERAL)
            or (
                previous in " \u3000"
                and start >= 2
                and (reading[start].isdigit() or reading[start - 2].isdigit())
            )
        ):
            break
        start -= 1
    at = reading.rfind("关于", start, match.end())
    if at >= 0:
        start = at + 2
    formed = _FORMED.match(reading, start, match.start())
    if formed is not None:
        start = formed.end()
    while reading[start] in " \u3000":  # (派出 3 个巡察组: the count's space after the verb)
        start += 1
    return start, match.end()


def inspector_of(group: str, reading: str) -> str | None:
    """The first group a group phrase names, as written; None for a count or a bare 巡察组."""
    listed = _LISTED.search(reading)
    if listed is not None:  # 市委第一、第二巡察组 → 市委第一巡察组
        tail = _GROUP_WORD.search(reading, listed.end())
        if tail is not None:
            group = group[: listed.start()] + group[tail.start() :]
            reading = reading[: listed.start()] + reading[tail.start() :]
    glued = _GLUED_NUMBER.match(reading)
    if glued is not None:  # 1225县委巡察组: a damaged date glued before the committee is not the group's name
        group, reading = group[glued.end() :], reading[glued.end() :]
    term = _GROUP_TERM.match(reading)
    if term is not None:  # 八届市委巡察四组 → 市委巡察四组: the committee's term is not the group's name
        group, reading = group[term.end() :], reading[term.end() :]
    numbered = _AFTER_ROUND.search(reading) if "轮" in reading else None
    if (
        numbered is not None
    ):  # 一届市委第五轮巡察第二巡察组 → 市委第二巡察组: the group, sent by the round's body
        body = SENDER.search(reading, 0, numbered.start())
        # (with the place that names the body, 江海市委; not a year, 2023年市委)
        body_start = 0 if body is not None and not _DIGITS.search(reading, 0, body.start()) else None
        sender = (
            "" if body is None else group[body.start() if body_start is None else body_start : body.end()]
        )
        group = sender + group[numbered.start("group") :]
        reading = fold(sender) + reading[numbered.start("group") :]
    if _UNNAMED.fullmatch(reading):
        return None
    return group or None
