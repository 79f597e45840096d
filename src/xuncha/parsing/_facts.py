"""The facts a notice's opening states: the inspection.

The opening says who inspected whom, when and how ("根据省委统一部署，2023年3月至5月，省委第一巡视组对某某
进行了常规巡视，并于6月28日反馈了巡视意见"): :func:`inspection` reads the inspector, the dispatcher, the target,
the mode, the round, the inspection period and the feedback date. (The contacts its closing gives are read in
:mod:`._closing`; the groups it names, in :mod:`._groups`.)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from itertools import repeat
from typing import Any

import attrs

from xuncha._chrome import on_a_chrome_line
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._titles import DOCUMENT_TITLE, inspection_reading
from xuncha.errors import InvariantError
from xuncha.models import Inspection, Period, Precision, Relation
from xuncha.numerals import parse_number
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

# Every pattern below reads the folded text (xuncha._fold: traditional characters as simplified, full-width
# digits as ASCII, same offsets), and punctuation of either width: "，" and ",", "；" and ";", "（" and "(".
_QUOTES = frozenset("“”\"'‘’")
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
# A character of a target's name, or a clause in brackets inside it, whose commas do not end the name
# (对某局(某文物局,含某执法大队)党组开展了巡察).
_NAME_UNIT = r"(?:[^，,。；;（(]|[（(][^（）()。；;\n]{0,60}[）)])"
_TARGET = LazyPattern(
    rf"对({_NAME_UNIT}{{1,60}}?)(?:开展|进行|实施|展开)了?([^，,。；;]{{0,16}}?)(?:巡视|巡察)"
)
# A long list of targets with commas inside: the first is named before the first separator.
_TARGET_LIST = LazyPattern(
    r"对([^，,。；;、]{2,40}?)[、，,][^。；;]{0,200}?(?:开展|进行|实施|展开)了?([^，,。；;]{0,16}?)(?:巡视|巡察)"
)
# "巡察组分别向县自然资源局、县医疗保障局等8个单位党组织反馈了巡察情况".
_TARGET_FEEDBACK = LazyPattern(
    r"向([^，,。；;、]{2,40}?)(?:[、，,][^。；;]{0,160}?)?(?:集中|分别|全面|逐一)?反馈"
)
# Clauses in brackets that are not part of a name: the short name it is given later (以下简称“局党组”) and its
# former name (原某某局). A clause saying what the body includes is part of the name the notice gives it, as the
# notice keeps writing it (县委宣传部(含县融媒体中心、县文联), 某局(含下属单位)).
_NAME_CLAUSE = LazyPattern(r"[（(](?:以下简称|以下称|简称|原)[^（）()]{0,60}[）)]")
# A place (or a bureau) and a field of its work, the subject of a special inspection: 青城市 + 安全生产工作,
# 某县 + 乡村振兴工作, 我局 + 医保基金管理使用情况; not a body of the place (江海市委办公室工作) nor a smaller place
# (某市某区党建工作).
# The last characters of a place (or a bureau) and of the other bodies a target may name.
_PLACE_ENDS = "省市县区镇乡旗州盟局"
_BODY_ENDS = "委办厅院部室处所司校站队组会"
_FIELD_OF_A_PLACE = LazyPattern(
    rf"(?P<place>[^、，,]{{1,12}}?[{_PLACE_ENDS}])[^、，,省市县区旗州盟{_BODY_ENDS}局]{{2,12}}"
    r"(?:工作|情况)"
)
# The matter of a special inspection after the body it inspects: 对市科技局贯彻落实党中央关于…、…等决策部署情况
# (its list is the matter's, not a list of targets). Not a body named by such a verb (县委落实办).
_MATTER_AFTER_A_BODY = LazyPattern(
    rf"(?<=[{_PLACE_ENDS}{_BODY_ENDS}])(?:贯彻落实|贯彻执行|贯彻|落实|履行)(?![办局组室处])"
)
# Where a list of targets goes on after the first: 、乙 / 等5个单位 / 及所辖8个社区.
# A count right after the first body named sums up its kind (县卫生健康局1个县直单位和县人民医院等8家…); not
# one after a place (全市4个单位党组织, a count of bodies).
_LIST_REST = LazyPattern(
    r"[、]|等(?:[ \u3000]?[0-9一二三四五六七八九十两]+[ \u3000]?(?:个|家|所|名)|单位|部门|党组织|地区)|及(?:其|所辖|下属|所属)"
    rf"|(?<=[{_BODY_ENDS}局司心行])[ \u3000]?[0-9一二三四五六七八九十两]+[ \u3000]?(?:个|家|所)"
    r"(?=[^、，,。；;]{0,10}(?:单位|部门|党组织|党委|党组|机构))"
    # a place and the places under it, each bare (青川市和城北区、城南区): the first place is the first unit (a 和
    # inside a body's name, 住房和城乡建设局, stands after no place)
    r"|(?<=[省市县区旗州盟])和(?=[^、，,。；;和及()（）]{1,12}?[市县区旗州盟](?:[、，,及]|$))"
    # a body and the next of a list joined by 及 (市委政研室及市教育局、民政局…): the first body is the first unit
    rf"|(?<=[{_BODY_ENDS}局])及(?=[^、，,。；;及()（）]{{1,12}}?(?:局|委|办|室|院|厅|部|中心)(?:[、，,]|$))"
)
# "省委第二巡视组于3月至5月巡视了某某县": the target after the verb.
_TARGET_AFTER = LazyPattern(r"(?:巡视|巡察)组[^，,。；;对]{0,30}?(?:巡视|巡察)了([^，,。；;]{2,40})")
_STATIONED = LazyPattern(r"进驻([^，,。；;]{1,40}?)(?:开展|进行|，|,)")
# A news headline: "市委第一巡察组巡察市检察院党组工作动员会召开", "…巡察市中心医院党委情况反馈会议召开".
_TARGET_MEETING = LazyPattern(
    r"(?:巡视|巡察)(?:工作)?组(?:巡视|巡察)([^，,。；;]{2,40}?)(?:工作|情况)?(?:动员|反馈|见面|沟通)(?:会议|会)"
)
# "4个巡察组完成对县卫生健康局…的进驻": the bodies entered.
_ENTERED = LazyPattern(rf"对({_NAME_UNIT}{{2,80}}?)的?进驻")
# The body whose rectification the notice makes public, named in the sentence that announces it: 现将某局党组(以下
# 简称"局党组")巡视整改进展情况公布如下, 现将市委政法委(含市法学会党组)巡视集中整改情况向社会公开, 现将县医保局
# 党组关于县委第二轮巡察整改情况通报如下.
# (not a round, 现将十一届市委第七轮巡视整改情况…, nor a word for the body itself or the work, 我局, 有关, 集中; the
# name ends as a body's does, not as 现将某市环保督察反馈问题整改… does)
_BODY_LAST = "组委局区县市镇乡院校司团会部办厅处室所站队馆心社行村署庭园"
_TARGET_DISCLOSED = LazyPattern(
    r"现将(?!我|本|有关|相关|此次|这次|上述|全面|集中|关于|巡)"
    rf"((?:(?![轮批]){_NAME_UNIT}){{2,60}}?(?<=[{_BODY_LAST}）)]))(?:关于[^，,。；;]{{0,24}}?)?(?:巡视|巡察)[^，,。；;]{{0,12}}?整改"
)
_MODE_WORDS = r"常规|专项|“回头看”|回头看|机动|提级|交叉|联动|上下联动|延伸|例行|巡察“回头看”"
_MODE = LazyPattern(_MODE_WORDS)
# What may stand between the mode words of one inspection: nothing (提级交叉) or a plus ("专项+常规").
_MODES_JOINED = frozenset(("", "+", "＋"))
# The mode of the inspection a group's entry starts, later in its sentence ("进驻某局党组,正式启动为期两个月的常规
# 巡察"): a mode word right before 巡视/巡察, with no other body (对…) named between.
_MODE_OF_ENTRY = LazyPattern(rf"[^。；;对]{{0,24}}?(?P<mode>{_MODE_WORDS})(?:巡视|巡察)")
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
_SENTENCE_ENDS = "。；;\n"
# The inspection itself told in a sentence: 对…开展了巡察, 进驻, 巡视了.
_INSPECTED = LazyPattern(r"(?:开展|进行|实施|展开)了?[^，,。；;]{0,16}?(?:巡视|巡察)|进驻|(?:巡视|巡察)了")
# The ecological-environment inspection the centre sends, named by its sender (read as 巡察: inspection_reading).
_CENTRAL_ECO_INSPECTION = LazyPattern(r"(?P<centre>中央)(?:第[一二三四五六七八九十]+)?(?:生态)?环境保护巡察")
# The group's feedback told in a sentence: 向区委反馈了巡视意见, 召开巡视反馈会议.
# (not 收到巡察组的反馈意见: the feedback received, told after the fact)
_FED_BACK = LazyPattern(
    r"向[^，,。；;]{1,30}?反馈|反馈了[^，,。；;]{0,8}?(?:巡视|巡察)|召开[^，,。；;]{0,12}?(?:巡视|巡察)反馈会"
)
# (a class alone, which a search skips to; no mark before the end: the sentence ends there)
_SENTENCE_END = LazyPattern(f"[{_SENTENCE_ENDS}]")


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
    target, mode = _target_and_mode(opening, reading)
    if mode is None and inspector is not None:
        mode = _mode_in_group_name(inspector)
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


# The other ways an opening names its target, in the order they are tried, each with a word it cannot match
# without (巡 of 巡视/巡察, 进驻, 反馈).
_OTHER_TARGETS = (
    (_TARGET_AFTER, "巡"),
    (_STATIONED, "进驻"),
    (_ENTERED, "进驻"),
    (_TARGET_MEETING, "巡"),
    (_TARGET_DISCLOSED, "巡"),
    (_TARGET_FEEDBACK, "反馈"),
)
_TARGET_WORDS = ("巡", "进驻", "反馈")


def _target_and_mode(opening: str, reading: str) -> tuple[str | None, str | None]:
    """The inspected body as first named, and the mode of the inspection, as the opening writes them."""
    # (each pattern is tried only when the opening holds the word it needs: most do not, and a search is tried at
    # every 对 or 向 of a long text)
    says = {word: word in reading for word in _TARGET_WORDS}
    match = _TARGET.search(reading) if says["巡"] else None
    # A list too long for one name may come before the first single target: the first 对 the opening says is the
    # inspection's ("对甲、乙…16个单位开展常规巡察;对丙开展专项巡察").
    listed = (
        _TARGET_LIST.search(reading, 0, len(reading) if match is None else match.start())
        if says["巡"]
        else None
    )
    if listed is not None:
        match = listed
    if match is not None:
        # The mode is written between the verb and 巡视/巡察 ("开展了医疗卫生领域专项巡察"), or after it
        # (巡察“回头看”).
        how_start, how_end = match.span(2)
        words = list(_MODE.finditer(reading, how_start, how_end))
        if words:
            # The whole qualifier when 专项 ends it (医疗卫生领域专项, 上下联动专项), from after a 的 (为期两个月的
            # 专项): a special inspection is named by its field. Any other mode word ending it is the mode with
            # the mode words run into it only (省市县上下联动 → 上下联动, 提级交叉): what comes before says which
            # levels or places take part, not what kind of inspection it is; words joined by a plus are one mode
            # ("专项+常规"). Else the last mode word.
            last = words[-1]
            whole = reading[last.end() : how_end].strip("“”\"' ") == ""
            if whole and last.group() == "专项":
                first = reading.rfind("的", how_start, words[0].start()) + 1 or how_start
                mode_span: tuple[int, int] | None = (max(first, how_start), last.end())
            elif whole:
                first = last.start()
                for earlier in reversed(words[:-1]):
                    if reading[earlier.end() : first] not in _MODES_JOINED:
                        break
                    first = earlier.start()
                mode_span = (first, last.end())
            else:
                mode_span = last.span()
        else:
            # Only a mode written right after 巡视/巡察 (巡察“回头看”, 巡察整改回头看) qualifies it: one in the next
            # clause ("…开展巡察，并延伸巡察6个学区") is another inspection's.
            after = match.end()
            if reading.startswith("整改", after):
                after += 2
            while after < len(reading) and reading[after] in _QUOTES:
                after += 1
            word = _MODE.match(reading, after, after + 8)
            mode_span = word.span() if word is not None else None
        target = _target(opening, *match.span(1))
        return _shared_suffix(target, opening, reading, match.start(1)), _as_written_mode(opening, mode_span)
    for pattern, needed in _OTHER_TARGETS:
        found = pattern.search(reading) if says[needed] else None
        if found is not None:
            word = _MODE.search(reading, found.end(1), found.end(1) + 12) if pattern is _STATIONED else None
            if pattern is _STATIONED and word is None:
                of_entry = _MODE_OF_ENTRY.match(reading, found.end(1))
                word = None if of_entry is None else _MODE.match(reading, of_entry.start("mode"))
            return _target(opening, *found.span(1)), _as_written_mode(opening, word.span() if word else None)
    return None, None


# "对南岔镇、石门镇、河湾镇党委及其所辖…": places of one kind listed under one 党委, named once at the end.
_SHARED_SUFFIX = LazyPattern(
    r"(?:、[^、，,。；;等及和()（）]{1,12}?){1,12}?(?P<suffix>党委|党组|党工委)(?=及|和|等|[，,]|开展|进行|$)"
)


def _shared_suffix(target: str | None, opening: str, reading: str, start: int) -> str | None:
    """``target``, named at ``start`` in ``opening`` (``reading`` is its fold), with the 党委 that a list of
    places of its kind names once after the last of them, as written (黨委 on a traditional page)."""
    if target is None:
        return None
    kind = fold(target)[-1:]
    if kind not in ("镇", "乡", "县", "区", "市", "村"):  # a bare place, not a body (县水利局, 某镇党委)
        return target
    after = start + len(target)
    if reading[start:after] != fold(target):  # a clause in brackets was taken out of the name
        return target
    found = _SHARED_SUFFIX.match(reading, after)
    if found is None or reading[found.start("suffix") - 1] != kind:  # 南岔镇、石门镇、河湾镇党委
        return target
    return target + opening[found.start("suffix") : found.end("suffix")]


# A mode word (or a run of them: 提级交叉) right before 巡视组/巡察组 in the group's name.
_GROUP_MODE = LazyPattern(rf"{NAMED_MODES}+(?=巡[视察](?:工作)?组)")


def _mode_in_group_name(inspector: str) -> str | None:
    """The mode a group's name carries (市委涉水生态问题机动巡察组: 机动), for an opening whose sentences state
    none: the group is formed for that kind of inspection. Read only as a fallback, since an opening that
    states a mode ("开展了…专项巡察") says it more exactly than the group's name."""
    found = _GROUP_MODE.search(fold(inspector))
    return None if found is None else inspector[found.start() : found.end()]


def _as_written_mode(opening: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return "".join(ch for ch in opening[span[0] : span[1]] if ch not in _QUOTES).strip(" \t\u3000") or None


def _target(opening: str, start: int, end: int) -> str | None:
    """The inspected body first named in ``opening[start:end]``: the first of a list (甲、乙 / 甲等5个单位 /
    甲及所辖…), without a clause in brackets that names it shorter or by its former name."""
    name = opening[start:end]
    reading = fold(name)
    clauses = _NAME_CLAUSE.finditer(reading) if "(" in reading or "（" in reading else iter(())
    for clause in reversed(list(clauses)):
        name = name[: clause.start()] + name[clause.end() :]
        reading = reading[: clause.start()] + reading[clause.end() :]
    matter = (
        _MATTER_AFTER_A_BODY.search(reading)
        if "贯" in reading or "落" in reading or "履" in reading
        else None
    )
    if matter is not None:
        name, reading = name[: matter.start()], reading[: matter.start()]
    cut = None if _units_of_one_place(reading) else _LIST_REST.search(_without_bracketed(reading))
    if cut is not None:
        name, reading = name[: cut.start()], reading[: cut.start()]
    opened = max(reading.rfind("（"), reading.rfind("("))
    if opened > 0 and max(reading.rfind("）"), reading.rfind(")")) < opened:
        name = name[:opened]  # a clause in brackets cut by a comma: 某办公室(原某局,以下简称市金融局)
    elif reading.endswith(("工作", "情况")):
        field = _FIELD_OF_A_PLACE.fullmatch(reading)
        if field is not None:  # 对青城市安全生产工作开展专项巡视: the place is inspected, on that field
            name = name[: field.end("place")]
    return name.strip(" \t\u3000") or None


# A clause in brackets inside a name (县委宣传部(含县融媒体中心、县文联)): its list is the name's, not a list of
# targets.
_BRACKETED = LazyPattern(r"(?<=[（(])[^（）()]{1,60}(?=[）)])")


def _without_bracketed(reading: str) -> str:
    """``reading`` with what its brackets hold blanked out (same offsets), for the searches that cut a list."""
    if "(" not in reading and "（" not in reading:
        return reading
    return _BRACKETED.sub(lambda inner: "\u3000" * len(inner[0]), reading)


# A list closed by the count of its items: 柳庄镇柳庄村、槐树村、王家庄村等3个村级党组织.
_COUNTED_LIST = LazyPattern(
    r"(?P<first>[^、等]{2,24})(?:、[^、等]{1,24}){1,30}等[ \u3000]?(?P<count>[0-9]{1,2}|[二两三四五六七八九十]{1,3})[ \u3000]?个[^、]{0,12}"
)
# The place a body's name starts with: 柳庄镇 (柳庄村), 某某县 (水利局).
_PLACE_PREFIX = LazyPattern(r".{1,8}?(?:镇|乡|街道|县|区|市|旗)(?=..)")


def _units_of_one_place(reading: str) -> bool:
    """Whether a list of targets names every unit of one place, the place said once before the first: the units
    (柳庄镇柳庄村、槐树村、王家庄村等3个村级党组织), each of one kind, are inspected together and the notice
    reports on them as one (the observed corpus keeps such a target whole). A list of bodies each named with its
    own place (县财政局、县教育局等2个单位) or counted beyond what it names (县政协机关等13个单位) is not."""
    listed = _COUNTED_LIST.fullmatch(reading)
    if listed is None:
        return False
    items = reading[: reading.rfind("等", 0, listed.start("count"))].split("、")
    if parse_number(listed.group("count")) != len(items):
        return False
    place = _PLACE_PREFIX.match(items[0])
    if place is None:
        return False
    kind = items[0][-1]
    return all(item[-1] == kind and not item.startswith(place.group()) for item in items[1:])


def _opening_dates(text: str, start: int, end: int, figures: Figures) -> tuple[Period | None, dt.date | None]:
    """The inspection's period and the feedback date, read sentence by sentence.

    One sentence may give both ("2023年3月至5月，…进行了常规巡视，并于6月28日反馈了巡视意见"): the feedback
    date is the date nearest before 反馈 (else the first after it), the period a range about 巡视/巡察/进驻.
    """
    # Only a sentence that says 反馈, 巡 or 进驻 gives either date: an opening that says none of them (most texts
    # read are no notice, and their opening is the whole text) is not read date by date.
    if (
        text.find("巡", start, end) < 0
        and text.find("反馈", start, end) < 0
        and text.find("进驻", start, end) < 0
    ):
        return None, None
    period = None
    day = None  # a single day the inspection began (进驻) stands in for the period when no range is given
    feedback = None
    # (a page's date on a chrome line in the opening, 来源:县委巡察办 发布时间:2025-09-19, dates no inspection)
    periods = [(pos, p) for pos, p in figures.periods_within(start, end) if not on_a_chrome_line(text, pos)]
    positions = [pos for pos, _ in periods]
    # Only the sentences that hold a date are read: each is found from its first date (it starts after the last
    # sentence end before the date, and ends at the first one after), not by walking every sentence in turn.
    # (The search for the sentence's start looks back no further than the end of the last sentence read, the
    # search for its end no further than its end: the opening is read once.)
    index = 0
    floor = start
    while index < len(positions):
        at = positions[index]
        offset = max(floor, max(map(text.rfind, _SENTENCE_ENDS, repeat(floor), repeat(at))) + 1)
        stop = _SENTENCE_END.search(text, at, end)
        stop_at = stop.start() if stop is not None else end
        floor = stop_at
        first = bisect.bisect_left(positions, offset)
        last = bisect.bisect_left(positions, stop_at)
        if last <= index:  # a date on a sentence end belongs to no sentence
            index += 1
            continue
        index = last
        inside = periods[first:last]
        sentence = text[offset:stop_at]
        used = None
        keyword = sentence.find("反馈")
        if keyword >= 0 and feedback is None:
            used = _feedback_period(inside, offset + keyword, text)
            feedback = used.start if used is not None else None
        if (
            period is None
            and ("巡" in sentence or "进驻" in sentence)
            and (day is None or "整改" not in sentence)
        ):
            # (a start announced without an end, 自2024年8月6日起…为期7天, stands in for the period as the day of
            # entry does; not a time looked back to, 2023年以来)
            candidates = [
                p
                for pos, p in inside
                if p is not used
                and (p.relation in (Relation.RANGE, Relation.ON) or _announced_start(p))
                and (keyword < 0 or pos < offset + keyword)
            ]
            period = next((p for p in candidates if p.relation is Relation.RANGE), None)
            if period is not None:
                period = _through_listed_ranges(period, candidates, text)
            if period is None and candidates and keyword < 0 and day is None:
                # A later sentence may still give the range ("巡察期间(2020年8月24日至10月23日)"), unless it
                # is about the rectification.
                day = candidates[0]
                period = _entry_to_end(day, candidates[1:], text)
        if period is not None and feedback is not None:
            break
    return period or _as_start(day), feedback


def _as_start(day: Period | None) -> Period | None:
    """The day a group arrived (进驻), standing in for a period no sentence gives whole: the period's start, with
    no end (the inspection lasts beyond that day; an announced start, 自2024年8月6日起, too, though the reading
    of its words runs it up to the reference date)."""
    if day is not None and _announced_start(day) and day.end is not None:
        return attrs.evolve(day, end=None)
    if day is None or day.relation is not Relation.ON or day.start is None or day.start != day.end:
        return day
    return attrs.evolve(day, end=None, relation=Relation.SINCE)


def _announced_start(period: Period) -> bool:
    """自2024年8月6日起, 从2022年3月21日开始: a start the text announces, with no end (an entry announcement's
    period)."""
    return period.relation is Relation.SINCE and fold(period.text or "").endswith(("起", "开始"))


# What follows the last day of an inspection told apart from its first: 4月28日结束.
_ENDED = LazyPattern(r"[ \t\u3000]*(?:结束|撤离)")


def _through_listed_ranges(first: Period, candidates: list[Period], text: str) -> Period:
    """An inspection on site in several stretches listed together ("2022年4月11日至4月15日、6月6日至8月5日"): from
    the first one's start to the last one's end; ``first`` itself when no range follows it across a 、 or 和."""
    last = first
    for other in candidates:
        if (
            last.span is not None
            and other.span is not None
            and other.relation is Relation.RANGE
            and other.span.start == last.span.end + 1
            and text[last.span.end] in _RANGES_JOINED
            and other.end is not None
            and last.end is not None
            and other.start is not None
            and other.start > last.end
        ):
            last = other
    if last is first:
        return first
    return Period(first.start, last.end, Relation.RANGE, first.precision)


#: What joins the stretches of one inspection listed in a sentence.
_RANGES_JOINED = frozenset("、和及")


def _entry_to_end(day: Period, later: list[Period], text: str) -> Period | None:
    """The period from the day of entry to a later day the same sentence says it ended on ("于2023年3月13日进驻
    …开展巡察，4月28日结束"); None when it names no end."""
    if day.relation is not Relation.ON or day.start is None or day.start != day.end:
        return None
    for other in later:
        if (
            other.relation is Relation.ON
            and other.span is not None
            and other.end is not None
            and other.start == other.end
            and other.end > day.start
            and _ENDED.match(text, other.span.end) is not None
        ):
            return Period(day.start, other.end, Relation.RANGE, Precision.DAY)
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
    return _INSPECTED.search(reading) is not None or _FED_BACK.search(reading) is not None


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


def period_from_closing(
    inspection: Inspection, figures: Figures, folded: str, start: int, end: int
) -> Inspection:
    """The inspection with its whole period when the opening gave only the day it began (进驻) and the closing
    gives a range from that very day ("巡察期间(2020年8月24日至10月23日)，设有举报电话…"), or when the opening
    gave none and the closing dates the stay ("进驻期间(2018年10月31日-11月30日)设立专门值班电话": an
    announcement whose group entered 近日)."""
    began = inspection.period
    if began is None:
        for position, period in figures.periods_within(start, end):
            if (
                period.relation is Relation.RANGE
                and period.start is not None
                and period.end is not None
                and _DURING_THE_STAY.search(folded, max(start, position - _DURING_THE_STAY_LONGEST), position)
            ):
                try:
                    return attrs.evolve(inspection, period=period)
                except InvariantError:
                    return inspection
        return inspection
    if began.start is None or began.end is not None:
        return inspection
    return _with_range(inspection, figures, start, end, began.start)


# The words that name the stay a range after them dates: 巡察期间(…), 进驻期间(…), 督察进驻期间：…
_DURING_THE_STAY = LazyPattern(r"(?:巡视|巡察|督察|进驻)(?:工作)?期间[ \t\u3000：:]*[（(]?[ \t\u3000]*\Z")
_DURING_THE_STAY_LONGEST = 14


# A heading that announces the inspection period: 一、巡察时间, （二）巡视期间.
_PERIOD_WORDS = r"(?:巡视|巡察)(?:工作)?(?:时间|期间|时间安排)"
_PERIOD_HEADING = LazyPattern(rf"{_PERIOD_WORDS}[ \t\u3000：:。]*$")
# The same heading with its text run into it (a page that lost the line break): 一、巡察时间2025年3月25日至….
_PERIOD_HEADING_RUN_IN = LazyPattern(rf"{_PERIOD_WORDS}[ \t\u3000：:]*(?=[0-9])")


def names_the_period(heading: str) -> bool:
    """Whether a heading (folded paragraph text) announces the inspection period under it, or runs it in."""
    if len(heading) <= 30 and _PERIOD_HEADING.search(heading) is not None:
        return True
    return _PERIOD_HEADING_RUN_IN.search(heading, 0, 16) is not None


def period_under(inspection: Inspection, figures: Figures, start: int, end: int) -> Inspection:
    """The inspection with the first range stated in ``start:end`` (a heading and the paragraph under it)."""
    return _with_range(inspection, figures, start, end)


def _with_range(
    inspection: Inspection, figures: Figures, start: int, end: int, starting: dt.date | None = None
) -> Inspection:
    """The inspection with the first whole range stated in ``start:end`` (one from the day ``starting`` when
    given); unchanged when none is, or when the range contradicts it (a feedback date inside the range)."""
    for _, period in figures.periods_within(start, end):
        if (
            period.relation is Relation.RANGE
            and period.start is not None
            and period.end is not None
            and (starting is None or period.start == starting)
        ):
            try:
                return attrs.evolve(inspection, period=period)
            except InvariantError:
                return inspection
    return inspection


# A count standing for the bodies inspected: 全市4个单位党组织, 8家县管医疗卫生单位.
_COUNT_OF_BODIES = LazyPattern(
    r".{0,6}[0-9一二三四五六七八九十两]+[ \u3000]?(?:个|家|所)[^、，,。；;]{0,12}(?:单位|部门|党组织|党委|党组)"
)
# A heading over the list of bodies inspected: 一、巡察对象, （一）被巡察单位.
_TARGETS_HEADING = LazyPattern(r"(?:(?:巡视|巡察)对象|被(?:巡视|巡察)(?:单位|党组织))[ \t\u3000：:。]*$")


def is_count_of_bodies(target: str) -> bool:
    """Whether a target (folded) is a count of bodies rather than a body's name."""
    return _COUNT_OF_BODIES.fullmatch(target) is not None


def names_the_targets(heading: str) -> bool:
    """Whether a heading (folded paragraph text) announces the list of bodies inspected under it."""
    return len(heading) <= 30 and _TARGETS_HEADING.search(heading) is not None


def with_listed_target(inspection: Inspection, listed: str) -> Inspection:
    """The inspection with the first body of a list (甲、乙、丙) as its target."""
    target = _target(listed, 0, len(listed))
    if target is None or len(target) > 40 or any(mark in target for mark in "，,。；;：:"):
        return inspection
    return attrs.evolve(inspection, target=target)


def _feedback_period(inside: list[tuple[int, Period]], keyword: int, text: str) -> Period | None:
    """The date a feedback sentence gives: the last one before 反馈, else the first after; single days first.

    A year alone dates no feedback: in "2023年X月中旬…于X月21日反馈" the masked month leaves only the year. A
    range told before the inspection itself ("2024年10月14日至12月13日，…对…开展了巡察，并于…反馈") is its period,
    not the feedback's; nor is a range after 反馈 (a title's 反馈意见 run into the opening's period on a flattened
    page, a review's days after 评估反馈问题): a feedback given over days is told before the word (于2月2日至4日…反馈)."""
    inside = [(pos, p) for pos, p in inside if p.precision is not Precision.YEAR]
    dated = [(pos, p) for pos, p in inside if p.start is not None and p.relation is not Relation.RANGE]
    dated = dated or [
        (pos, p)
        for pos, p in inside
        if p.start is not None and pos < keyword and _INSPECTED.search(text, pos, keyword) is None
    ]
    before = [p for pos, p in dated if pos < keyword]
    if before:
        return before[-1]
    return next((p for pos, p in dated if pos > keyword), None)
