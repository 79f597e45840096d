"""The facts a notice's opening states: the inspection.

The opening says who inspected whom, when and how ("根据省委统一部署，2023年3月至5月，省委第一巡视组对某某
进行了常规巡视，并于6月28日反馈了巡视意见"): :func:`inspection` reads the inspector, the dispatcher, the target,
the mode, the round, the inspection period and the feedback date. (The contacts its closing gives are read in
:mod:`._closing`; the groups it names, in :mod:`._groups`; the target and the mode, in :mod:`._target`; the
period and the feedback date, in :mod:`._inspection_dates`.)
"""

from __future__ import annotations

import re
from typing import Any

from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._titles import DOCUMENT_TITLE, inspection_reading
from xuncha.errors import InvariantError
from xuncha.models import Inspection
from xuncha.parsing._figures import Figures
from xuncha.parsing._groups import (
    BODY,
    GROUP_LINE,
    NAMED_MODES,
    ROUND_NUMBER,
    SENDER,
    find_group_span,
    group_phrase,
    inspector_of,
    later_named_group,
    sender_before,
)
from xuncha.parsing._inspection_dates import INSPECTED, opening_dates
from xuncha.parsing._target import mode_in_group_name, target_and_mode

# Every pattern below reads the folded text (xuncha._fold: traditional characters as simplified, full-width
# digits as ASCII, same offsets), and punctuation of either width: "，" and ",", "；" and ";", "（" and "(".
# The body that deployed the inspection (not a deployment that names no body: 根据统一部署, 按照有关要求), or one that
# approved or sent it: 经县委批准, 经校党委同意, 受省委委派; of two that approved together, the first (经省委、省政府批准).
# (a document's title is no body: 按照《…工作办法》有关要求 cites a rule)
_DEPLOYED_BY = r"(?!(?:统一|有关|相关|工作|上级)(?:的)?(?:部署|安排|要求))([^，,。；;、\s《》]{1,24}?)(?:的)?(?:统一)?(?:部署|安排|要求)"
_APPROVED_BY = r"([^，,。；;、\s《》]{1,24}?)(?:[、和][^，,。；;、\s《》]{1,12}?)?(?:批准|同意|委派|派遣)"
# Each word before the body starts an alternative of its own, so that a search skips from one first character of
# them to the next (a pattern that starts with a group is tried at every position, three times slower); the body is
# the one group a match holds.
_DISPATCHER = LazyPattern(
    "|".join(
        [
            *(word + _DEPLOYED_BY for word in ("根据", "按照", "依据")),
            *(word + _APPROVED_BY for word in "经受"),
        ]
    )
)
# A dispatcher named with its round or its work: 二十届中央第一轮巡视工作 → 中央, 县委2023年第一轮巡察工作 → 县委.
_DISPATCHER_BODY = LazyPattern(
    r"(?:[一二三四五六七八九十]{1,3}届)?(?P<body>.+?)(?:[0-9]{4}年度?)?"
    rf"(?:{ROUND_NUMBER})?"
    r"(?:巡视|巡察)?(?:工作)?(?:领导小组)?(?:办公室)?"
)
# A committee named by its place (江海市委, 青岚省委) or as 党中央: the kind of committee ends it.
_COMMITTEE = LazyPattern(rf"(?:{BODY})$")
# A committee's term, with the place the committee names (十届某某省委, 十二届青原州党委, 二届园区党工委), and the
# committees that number rounds; after a term and its place the committee may be a 党委 or 党工委 (an autonomous
# region's or prefecture's, a zone's), which alone, with no place before it, names no committee of a round.
_PLACE_COMMITTEE = (
    "(?:省|市|州|县|区|旗|盟)党?委|党工委"  # the committee a term's place names: 省委, 州党委, 党工委
)
_TERM = rf"[一二三四五六七八九十]{{1,3}}届(?:[\u4e00-\u9fff]{{2,6}}?(?={_PLACE_COMMITTEE}))?"
_ROUND_BODY = "(?:中央|省委|市委|州委|县委|区委|旗委|盟委)"
_TERMED_BODY = f"(?:中央|{_PLACE_COMMITTEE})"
# 十九届中央第七轮, 十届某某省委第4轮, 县委2023年第一轮, 第三轮: a term (with the place it names), the body,
# a year, the round; and the batch of the round when it has several (四届区委第一轮第二批), kept whole.
# (A search tries it at every position, its first parts optional: a lookahead for their first characters, a term's
# numeral, a body's, a year's digit or the round's 第, refuses most positions at once.)
_ROUND_BODY_FIRST = "".join(
    dict.fromkeys(word[0] for word in _ROUND_BODY.removeprefix("(?:").removesuffix(")").split("|"))
)
_ROUND = LazyPattern(
    rf"(?=[一二三四五六七八九十{_ROUND_BODY_FIRST}0-9第])(?:{_TERM}{_TERMED_BODY}?|{_ROUND_BODY})?(?:[0-9]{{4}}年度?)?"
    rf"{ROUND_NUMBER}"
)
# A round named by the committee's term alone, right before the inspection it names (关于第十四届县委机动巡察整改
# …的通报 → 第十四届县委); a term that only qualifies who deployed the work (根据十六届旗委统一部署) is no round.
_TERM_ROUND = LazyPattern(rf"第?{_TERM}{_TERMED_BODY}(?={NAMED_MODES}*(?:巡视|巡察))")
# The ecological-environment inspection the centre sends, named by its sender (read as 巡察: inspection_reading).
_CENTRAL_ECO_INSPECTION = LazyPattern(r"(?P<centre>中央)(?:第[一二三四五六七八九十]+)?(?:生态)?环境保护巡察")
# The group's feedback told in a sentence: 向区委反馈了巡视意见, 召开巡视反馈会议.
# (not 收到巡察组的反馈意见: the feedback received, told after the fact)
_FED_BACK = LazyPattern(
    r"向[^，,。；;]{1,30}?反馈|反馈了[^，,。；;]{0,8}?(?:巡视|巡察)|召开[^，,。；;]{0,12}?(?:巡视|巡察)反馈会"
)


def inspection(
    text: str, start: int, end: int, title: str, figures: Figures, folded: str | None = None
) -> Inspection | None:
    """The inspection the opening ``text[start:end]`` describes; None when it names none of its facts.

    ``folded`` is ``fold(text)``: the grammars read it, the values are sliced from ``text``. Each fact is
    written as the opening writes it: the first group named, the target first named (without a 以下简称 or
    former-name clause; a 含… clause is part of its name), the mode without 巡视/巡察."""
    folded = inspection_reading(fold(text) if folded is None else folded)
    title_reading = inspection_reading(fold(title))
    opening = text[start:end]
    reading = folded[start:end]
    group_span = find_group_span(reading)
    group = "" if group_span is None else opening[group_span[0] : group_span[1]]
    inspector = inspector_of(group, fold(group)) if group else None
    if group_span is not None and inspector is None:
        # "市委巡察组对…开展了巡察。6月9日，市委第二巡察组向…反馈": the first group the opening names
        inspector = later_named_group(opening, reading, group_span[1])
    if inspector is None or "第" not in inspector:  # "省委巡视组" after a title that names 省委第三巡视组
        title_group = group_phrase(title, title_reading)
        inspector = (inspector_of(title_group, fold(title_group)) if title_group else None) or inspector
    if inspector is None and group_span is None:
        # "十四届省委第四轮巡视对…开展了常规巡视" then, below, one line per group (省委第一巡视组:青川市…): an opening
        # that names no group leaves it to the list, whose first group is the first named. (An opening that
        # counts its groups, 市委成立7个巡察组, names none on purpose and is left so.)
        # (a group's line says 巡视组 or 巡察组: a text with no 巡 after the opening, most texts, is not searched line
        # by line)
        listed = GROUP_LINE.search(folded, end) if folded.find("巡", end) >= 0 else None
        if listed is not None:
            inspector = text[listed.start("group") : listed.end("group")]
    target, mode = target_and_mode(opening, reading)
    if mode is None and inspector is not None:
        mode = mode_in_group_name(inspector)
    dispatcher_match = _DISPATCHER.search(reading)
    dispatcher = None
    kind = None
    if dispatcher_match is not None:
        named = dispatcher_match.lastindex or 0  # (the body's group: every alternative holds one)
        body = _DISPATCHER_BODY.fullmatch(reading, *dispatcher_match.span(named))
        named_start, named_end = body.span("body") if body else dispatcher_match.span(named)
        # The committee by its kind, as the observed corpus writes it: 江海市委 → 市委, 党中央 → 中央.
        kind = _COMMITTEE.search(reading, named_start, named_end)
        dispatcher = opening[kind.start() : kind.end()] if kind else opening[named_start:named_end]
        if kind is None and (central := _CENTRAL_ECO_INSPECTION.match(reading, named_start, named_end)):
            # 根据中央生态环境保护督察“回头看”反馈意见要求: the centre sent it, as an opening that names it alone says
            dispatcher = opening[slice(*central.span("centre"))]
    # No committee named (or only a place: "根据青湖高新区巡察工作统一部署，党工委第一巡察组…"): the body that sent
    # the group, as its name gives it ("市委第二巡察组", "3个县委巡察组").
    if kind is None and group and (sender := SENDER.search(fold(group))) is not None:
        dispatcher = group[slice(*sender.span())]
    elif kind is None and group_span is not None and (former := sender_before(reading, group_span[0])):
        dispatcher = opening[slice(*former)]  # "县委派出3个巡察组": the committee that formed the groups
    if dispatcher is None and (central := _central_eco_inspection(reading)) is not None:
        # 中央生态环境保护督察(“回头看”): the ecological-environment inspection the centre sends, named without
        # its group (its rectification's notices name the inspection, not the group)
        dispatcher = opening[slice(*central.span("centre"))]
    round_span = _round_in(reading)
    round_text = opening[slice(*round_span)] if round_span else None
    if round_text is None and (title_round := _round_in(title_reading)):
        round_text = title[slice(*title_round)]  # the round is often named in the title only
    if round_text is None and (body_round := _round_in(folded)) is not None:
        round_text = text[slice(*body_round)]  # or only in the body ("…十届省委第十轮巡视情况")
    if (
        round_text is None
        and "届" in title_reading
        and (term := _TERM_ROUND.search(title_reading)) is not None
    ):
        round_text = title[slice(*term.span())]  # a title naming its inspection by the term only
    basis = [match.group() for match in DOCUMENT_TITLE.finditer(opening)]
    period, feedback = opening_dates(folded, start, end, figures)
    if not any((inspector, target, dispatcher, round_text, period, feedback)):
        return None
    arguments: dict[str, Any] = {
        "inspector": inspector,
        "dispatcher": dispatcher,
        "target": target,
        "mode": mode,
        "round": round_text,
        "period": period,
        "feedback_date": feedback,
        "basis": basis,
    }
    try:
        return Inspection(**arguments)
    except InvariantError:
        arguments["feedback_date"] = None  # an impossible order: keep the period, check() reports it
        return Inspection(**arguments)


def _central_eco_inspection(reading: str) -> re.Match[str] | None:
    """The first 中央…环境保护巡察 the opening names outside a document's title, or in the title of its feedback
    (根据《第二轮中央生态环境保护督察反馈意见》); a rule's title names no inspection of the text's (按照《中央生态
    环境保护督察整改工作办法》)."""
    for found in _CENTRAL_ECO_INSPECTION.finditer(reading):
        start = found.start()
        # (a title is looked for a bounded way back and on: a document's title is short)
        opened = reading.rfind("《", max(0, start - _TITLE_LONGEST), start)
        if opened <= reading.rfind("》", max(0, start - _TITLE_LONGEST), start):
            return found
        closed = reading.find("》", start, start + _TITLE_LONGEST)
        if closed >= 0 and "反馈" in reading[start:closed]:
            return found
    return None


# How far back an opening is read for the 《 of a document title around a name (a title is shorter).
_TITLE_LONGEST = 100
# A round is at most this long (十二届某某自治区党委2023年第十一轮): a whole text is searched near each 轮 only.
_ROUND_LONGEST = 32
# What may follow 轮 in a round: its batch (第十二批), at most this long with the 轮.
_BATCH_LONGEST = 6


def _round_in(folded: str) -> tuple[int, int] | None:
    """The span of the first round a whole text names, looked for just before each 轮 (a scan of the text
    once, not a try of the pattern at every position)."""
    at = folded.find("轮")
    while at >= 0:
        found = _ROUND.search(folded, max(0, at - _ROUND_LONGEST), at + _BATCH_LONGEST)
        if found is not None:
            return found.span()
        at = folded.find("轮", at + 1)
    return None


def tells_the_inspection(inspection: Inspection | None) -> bool:
    """Whether the facts read name the group, the period or the feedback: what an opening that only announces
    its report (按照…部署要求，现将巡视整改进展情况公布如下) leaves to the first part of the body."""
    return inspection is not None and (
        inspection.inspector is not None
        or inspection.period is not None
        or inspection.feedback_date is not None
    )


def reports_a_rectification(title: str) -> bool:
    """Whether a notice's title says it reports the rectification after an inspection (…巡视整改进展情况的通报):
    only then is the first part of its body read for the inspection's facts."""
    reading = inspection_reading(fold(title))
    return "整改" in reading and ("巡视" in reading or "巡察" in reading)


def tells_of_an_inspection(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` tells of the inspection itself (对…开展了巡视, 进驻, 反馈了巡视意见), as the
    first paragraph of such a body does, rather than naming a group in passing."""
    reading = inspection_reading(folded[start:end])
    return INSPECTED.search(reading) is not None or _FED_BACK.search(reading) is not None


def completed_by(inspection: Inspection | None, body: Inspection) -> Inspection:
    """The facts of the opening, each one it does not state taken from ``body``, the facts the first part of the
    body states (一、总体情况 / 2021年3月至5月，市委巡视五组对白塘区开展了巡视，并于7月29日反馈了巡视意见)."""
    if inspection is None:
        return body
    fields = {
        name: getattr(inspection, name) if getattr(inspection, name) is not None else getattr(body, name)
        for name in ("inspector", "dispatcher", "target", "mode", "round", "period", "feedback_date")
    }
    try:
        return Inspection(**fields, basis=inspection.basis or body.basis)
    except InvariantError:  # the opening's period and the body's feedback disagree: the opening's facts stand
        return inspection
