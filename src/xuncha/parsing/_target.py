"""The body an opening says was inspected, and how: the target and the mode of the inspection.

One match of the sentence that tells the inspection gives both (对某局党组开展了常规巡察: the target is the body
named after 对, the mode the words between the verb and 巡视/巡察); :func:`._facts.inspection` asks
:func:`target_and_mode` for them, and :func:`mode_in_group_name` for a mode only the group's name carries. The
parser asks :func:`is_count_of_bodies`, :func:`names_the_targets` and :func:`with_listed_target` for the first
body of a list under a heading (一、巡察对象) when the opening gave only a count of bodies. Apart from
:mod:`._facts` because a target's name (clauses in brackets, lists of bodies, a matter inspected after a place)
is a grammar of its own, which no other fact reads.
"""

from __future__ import annotations

import attrs

from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha.models import Inspection
from xuncha.numerals import parse_number
from xuncha.parsing._groups import NAMED_MODES

# Every pattern below reads the folded text (xuncha._fold: traditional characters as simplified, full-width
# digits as ASCII, same offsets), and punctuation of either width: "，" and ",", "；" and ";", "（" and "(".
_QUOTES = frozenset("“”\"'‘’")
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


def target_and_mode(opening: str, reading: str) -> tuple[str | None, str | None]:
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


def mode_in_group_name(inspector: str) -> str | None:
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
