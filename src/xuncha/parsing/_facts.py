"""The facts a notice states around its body: the inspection in its opening, the contacts in its closing.

The opening says who inspected whom, when and how ("根据省委统一部署，2023年3月至5月，省委第一巡视组对某某
进行了常规巡视，并于6月28日反馈了巡视意见"): :func:`inspection` reads the inspector, the dispatcher, the target,
the mode, the round, the inspection period and the feedback date. The closing gives where to send comments:
:func:`contacts` reads them with the one contact grammar (:mod:`xuncha._contacts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from xuncha import _contacts
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha.errors import InvariantError
from xuncha.models import Contact, ContactKind, Inspection, Period, Relation
from xuncha.parsing._figures import Figures

# Every pattern below reads the folded text (xuncha._fold: traditional characters as simplified, full-width
# digits as ASCII, same offsets), and punctuation of either width: "，" and ",", "；" and ";", "（" and "(".
# 巡视组, 巡察工作组, 巡察一组, 巡察第二组: the name is read back from here (see _inspector).
_INSPECTOR = LazyPattern(r"(?:巡视|巡察)(?:第?[一二三四五六七八九十0-9]{1,3}组|工作组|组)")
# More groups listed after the first: 第五巡视组、第六巡视组 / 第三巡察组和第七巡察组 / 与市委第五巡察组.
_MORE_GROUPS = LazyPattern(
    r"(?:[、和及与](?:中央|省委|市委|州委|县委|区委|旗委|盟委)?第[一二三四五六七八九十0-9]{1,3}(?:巡视|巡察)组)+"
)
_GROUP_NUMERAL = frozenset("第一二三四五六七八九十0123456789")
# Where a group's name, read backwards from 巡视组, stops.
_NAME_STOP = frozenset('，,。；;：:、 \t\n“”"（）()《》日对由向和与及至！!？?')
_DISPATCHER = LazyPattern(r"(?:根据|按照|依据)([^，,。；;、\s]{1,24}?)(?:的)?(?:统一)?(?:部署|安排|要求)")
# A dispatcher named with its round or its work: 二十届中央第一轮巡视工作 → 中央, 县委2023年第一轮巡察工作 → 县委.
_DISPATCHER_BODY = LazyPattern(
    r"(?:[一二三四五六七八九十]{1,3}届)?(?P<body>.+?)(?:[0-9]{4}年度?)?(?:第[一二三四五六七八九十0-9]{1,3}轮)?"
    r"(?:巡视|巡察)?(?:工作)?(?:领导小组)?(?:办公室)?"
)
_TARGET = LazyPattern(r"对([^，,。；;]{1,60}?)(?:开展|进行|实施|展开)了?([^，,。；;]{0,16}?)(?:巡视|巡察)")
# "省委第二巡视组于3月至5月巡视了某某县": the target after the verb.
_TARGET_AFTER = LazyPattern(r"(?:巡视|巡察)组[^，,。；;对]{0,30}?(?:巡视|巡察)了([^，,。；;]{2,40})")
# "(以下简称“局党组”)" names the target for the rest of the text; it is not part of the name.
_SHORT_NAME = LazyPattern(r"[（(](?:以下)?简称[^（）()]{0,30}[）)]")
_STATIONED = LazyPattern(r"进驻([^，,。；;]{1,40}?)(?:开展|进行|，|,)")
_MODE = LazyPattern(r"常规|专项|“回头看”|回头看|机动|提级|交叉|联动|上下联动|延伸|例行|巡察“回头看”")
# 十九届中央第七轮, 十届某某省委第4轮, 县委2023年第一轮, 第三轮: a term (with the place it names), the body,
# a year, the round.
_ROUND = LazyPattern(
    r"(?:[一二三四五六七八九十]{1,3}届(?:[\u4e00-\u9fff]{2,6}?(?=(?:省|市|州|县|区|旗|盟)委))?)?"
    r"(?:中央|省委|市委|州委|县委|区委|旗委|盟委)?(?:[0-9]{4}年度?)?第[一二三四五六七八九十0-9]{1,3}轮"
)
# "区委组建4个巡察组": the verb that forms the groups is not part of their name.
_FORMED = LazyPattern(r".*(?:组建|派出|抽调|成立|共派|分派)")
_DOCUMENT = LazyPattern(r"《[^《》\n]{1,100}》")
_SENTENCE_END = LazyPattern(r"[。；;\n]|$")


def inspection(
    text: str, start: int, end: int, title: str, figures: Figures, folded: str | None = None
) -> Inspection | None:
    """The inspection the opening ``text[start:end]`` describes; None when it names none of its facts.

    ``folded`` is ``fold(text)``: the grammars read it, the values are sliced from ``text``."""
    folded = fold(text) if folded is None else folded
    opening = text[start:end]
    reading = folded[start:end]
    inspector = _inspector(opening, reading)
    if inspector is None or "第" not in inspector:  # "省委巡视组" after a title that names 省委第三巡视组
        inspector = _inspector(title, fold(title)) or inspector
    target_match = _TARGET.search(reading)
    target = mode = None
    if target_match is not None:
        target = _target(opening, *target_match.span(1))
        mode_match = _MODE.search(
            target_match.group(2) + reading[target_match.end() : target_match.end() + 8]
        )
        mode = mode_match.group().strip("“”") if mode_match else None
    elif (after := _TARGET_AFTER.search(reading)) is not None:
        target = _target(opening, *after.span(1))
    else:
        stationed = _STATIONED.search(reading)
        target = _target(opening, *stationed.span(1)) if stationed else None
        if stationed is not None:  # "进驻某局开展了常规巡察": the mode follows
            mode_match = _MODE.search(reading, stationed.end(1), stationed.end(1) + 12)
            mode = mode_match.group().strip("“”") if mode_match else None
    dispatcher_match = _DISPATCHER.search(reading)
    dispatcher = None
    if dispatcher_match is not None:
        body = _DISPATCHER_BODY.fullmatch(reading, *dispatcher_match.span(1))
        dispatcher = opening[slice(*body.span("body"))] if body else dispatcher_match.group(1)
    if dispatcher is None and inspector is not None and "第" in inspector:
        dispatcher = inspector[: inspector.index("第")] or None
    round_match = _ROUND.search(reading)
    round_text = opening[slice(*round_match.span())] if round_match else None
    if round_text is None and (title_round := _ROUND.search(fold(title))):
        round_text = title[slice(*title_round.span())]  # the round is often named in the title only
    basis = [match.group() for match in _DOCUMENT.finditer(opening)]
    period, feedback = _opening_dates(folded, start, end, figures)
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


def _target(opening: str, start: int, end: int) -> str | None:
    """The inspected body named in ``opening[start:end]``, without a "(以下简称…)" clause."""
    name = opening[start:end]
    short = _SHORT_NAME.search(fold(name))
    if short is not None:
        name = name[: short.start()] + name[short.end() :]
    return name.strip(" \t\u3000") or None


def _opening_dates(text: str, start: int, end: int, figures: Figures) -> tuple[Period | None, dt.date | None]:
    """The inspection's period and the feedback date, read sentence by sentence.

    One sentence may give both ("2023年3月至5月，…进行了常规巡视，并于6月28日反馈了巡视意见"): the feedback
    date is the date nearest before 反馈 (else the first after it), the period a range about 巡视/巡察/进驻.
    """
    period = None
    feedback = None
    periods = figures.periods_within(start, end)
    positions = [pos for pos, _ in periods]
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        sentence = text[sentence_start : match.start()]
        first = bisect.bisect_left(positions, sentence_start)
        last = bisect.bisect_left(positions, match.start())
        inside = periods[first:last]
        offset = sentence_start
        sentence_start = match.end()
        if not inside:
            continue
        used = None
        keyword = sentence.find("反馈")
        if keyword >= 0 and feedback is None:
            used = _feedback_period(inside, offset + keyword)
            feedback = used.start if used is not None else None
        if period is None and ("巡" in sentence or "进驻" in sentence):
            candidates = [
                p
                for pos, p in inside
                if p is not used
                and p.relation in (Relation.RANGE, Relation.ON)
                and (keyword < 0 or pos < offset + keyword)
            ]
            period = next((p for p in candidates if p.relation is Relation.RANGE), None)
            if period is None and candidates and keyword < 0:
                period = candidates[0]
        if period is not None and feedback is not None:
            break
    return period, feedback


def _feedback_period(inside: list[tuple[int, Period]], keyword: int) -> Period | None:
    """The date a feedback sentence gives: the last one before 反馈, else the first after; single days first."""
    dated = [(pos, p) for pos, p in inside if p.start is not None and p.relation is not Relation.RANGE]
    dated = dated or [(pos, p) for pos, p in inside if p.start is not None]
    before = [p for pos, p in dated if pos < keyword]
    if before:
        return before[-1]
    return next((p for pos, p in dated if pos > keyword), None)


def _inspector(text: str, reading: str) -> str | None:
    """The inspection group (or groups) named in ``text``, found in ``reading`` (its fold)."""
    match = _INSPECTOR.search(reading)
    if match is None:
        return None
    start = match.start()
    while start > 0 and match.end() - start < 30:
        previous = reading[start - 1]
        # A name runs back to a stop, except a 顿号 that lists groups: 市委第一、第二巡察组, 省委第一、二巡视组.
        if previous in _NAME_STOP and not (previous == "、" and reading[start] in _GROUP_NUMERAL):
            break
        start -= 1
    end = match.end()
    more = _MORE_GROUPS.match(reading, end)
    if more is not None:
        end = more.end()
    at = reading.rfind("关于", start, end)
    if at >= 0:
        start = at + 2
    formed = _FORMED.match(reading, start, match.start())
    if formed is not None:
        start = formed.end()
    return text[start:end] or None


# --------------------------------------------------------------------------- the closing

_PHONE_VALUE = LazyPattern(_contacts.PHONE_IN_TEXT)
_URL_VALUE = LazyPattern(_contacts.WEBSITE_IN_TEXT)
_BARE_URL = LazyPattern(_contacts.BARE_WEBSITE_IN_TEXT)
_EMAIL_VALUE = LazyPattern(_contacts.EMAIL)
_POSTCODE_VALUE = LazyPattern(r"(?<![0-9])[0-9]{6}(?![0-9])")
_POSTCODE_AFTER_ADDRESS = LazyPattern(r"[（(][ \t]*([0-9]{6})[ \t]*[）)]$")
_PHONE_FIELD = LazyPattern(r"[^；;。\n]*")
# Where an address ends: a sentence break, or the next label (a postcode, a phone, an e-mail).
_ADDRESS_END = LazyPattern(
    r"[；;。\n]|[，,（(]?[ \t]*(?:邮编|邮政编码)|[，,][ \t]*(?:电话|联系电话|电子邮箱|邮箱)"
)


def contacts(closing: str) -> list[Contact]:
    """The phones, addresses, postcodes, e-mail addresses and websites the closing gives, each once."""
    found: list[Contact] = []
    seen: set[tuple[ContactKind, str]] = set()

    def add(kind: ContactKind, value: str, label: str | None) -> None:
        value = value.strip(" \t\u3000")
        if not value or (kind, value) in seen:
            return
        try:
            contact = Contact(kind, value, label)
        except InvariantError:
            return
        seen.add((kind, value))
        found.append(contact)

    reading = fold(closing)  # labels in traditional characters too: 聯繫電話, 郵政地址
    for match in _contacts.label_pattern().finditer(reading):
        label = closing[match.start("label") : match.end("label")]
        kind = _contacts.kind_of_label(match.group("label"))
        rest = closing[match.end() : match.end() + 200]
        if kind == "phone":
            # A phone label names a number only when a colon or the number itself follows: "举报电话12388".
            if match.group("colon") is None and rest[:1] not in "0123456789+（(":
                continue
            field = _PHONE_FIELD.match(rest)
            written = None if match.group("label") in _contacts.VERBS else label
            for phone in _PHONE_VALUE.finditer(field.group() if field else ""):
                add(ContactKind.PHONE, phone.group(), written)
        elif kind == "postal_address":
            end = _ADDRESS_END.search(reading, match.end(), match.end() + 200)
            value = rest[: end.start() - match.end()] if end else rest
            postcode = _POSTCODE_AFTER_ADDRESS.search(value)
            if postcode:  # "…办公室（457000）": the postcode is its own contact
                add(ContactKind.POSTAL_ADDRESS, value[: postcode.start()], label)
                add(ContactKind.POSTCODE, postcode.group(1), None)
            else:
                add(ContactKind.POSTAL_ADDRESS, value, label)
        elif kind == "postcode":
            code = _POSTCODE_VALUE.match(rest.lstrip(" \t"))
            if code:
                add(ContactKind.POSTCODE, code.group(), label)
        elif kind == "email":
            email = _EMAIL_VALUE.match(rest)
            if email:
                add(ContactKind.EMAIL, email.group(), label)
        elif kind == "website":
            url = _URL_VALUE.match(rest)
            if url:
                add(ContactKind.WEBSITE, url.group(), label)
    for address in _contacts.find_emails(closing):
        add(ContactKind.EMAIL, address.group(), None)
    for url in _BARE_URL.finditer(closing):
        add(ContactKind.WEBSITE, url.group().rstrip("."), None)
    return found
