"""The last stage of the vetoes: what refuses a numeral once its value and unit are known (a clock time, a rank,
a day of the month, a year glued to a figure number, a class, a slogan in quotation marks, two currencies …).

The first stage and the order in which the tables apply are in :mod:`xuncha.quantities._vetoes`, the second
in :mod:`xuncha.quantities._reading_vetoes`.
"""

from __future__ import annotations

import bisect

from xuncha._chrome import VIEW_LABEL, VIEW_LABEL_ENDS, chrome_line_start, on_a_chrome_line
from xuncha._lazy import LazyPattern
from xuncha.quantities._candidate import Candidate, Veto
from xuncha.quantities._grammar import (
    CN_DIGITS,
    post_qualifier,
    unit_tables,
)
from xuncha.quantities._scan import (
    _opens_range,
    _pre_qualifier,
    _skip_spaces,
)
from xuncha.quantities._words import (
    _CURRENCY_WORDS,
    _POST_QUALIFIERS,
    _PRE_QUALIFIERS,
    _SPACES,
)

# --------------------------------------------------------------------------- the figure


def _needs_magnitude(c: Candidate) -> bool:
    """1.2亿度 (of electricity) is energy; a bare 5度 is a temperature, an angle or a grade."""
    spelling = c.reading.spelling if c.reading is not None else None
    # written with nothing before it: no 万/亿 in the number (c.prefix) nor before the unit (万度)
    return (
        spelling is not None
        and c.unit_text == spelling
        and unit_tables().spelling_of[spelling].needs_magnitude
    )


def _needs_qualifier(c: Candidate) -> bool:
    """不超过2000字 and 300字以内 are limits; a bare 8236字 is a page's word count (a document site's chrome). In
    ten thousands a count is a text's own figure (撰写材料1.23万字, 8万余字); in thousands it is a document site's
    size again, qualified or not (约5.12千字)."""
    reading = c.reading
    if reading is None or reading.entry is None or not reading.entry.needs_qualifier:
        return False
    if c.prefix:
        return c.prefix == "千"
    # (the bounds as the figure reads them: the qualifier before it, spaces skipped, or after its unit)
    text = c.text
    return _pre_qualifier(text, c.start)[1] is None and (
        post_qualifier().match(text, _skip_spaces(text, reading.end, len(text))) is None
    )


def _not_a_number(c: Candidate) -> bool:
    return c.value is None


def _bare_magnitude(c: Candidate) -> bool:
    """千万 (must), 十: only figures with a unit, the first bound of a range (十至二十人), or after a word of
    comparison (超百亿: the candidate is ``big``)."""
    return (
        c.unit_text is None
        and not c.big
        and CN_DIGITS.isdisjoint(c.run)
        and not _opens_range(c.text, c.number_end)
    )


def _unknown_unit(c: Candidate) -> bool:
    return c.unknown_unit


#: The places (read after Arabic digits only, see xuncha._lexicon) that a count closing a list of them counts in
#: Chinese numerals too (甲川、乙安…等五市). Villages are counted in Chinese numerals only with 两 or closing a list:
#: 东风二村, 新华三村 are names.
_LISTED_PLACES = frozenset("省市县村")


def _counts_places(c: Candidate) -> bool:
    """两省, 三市, 八县: a Chinese count of two or more places (一市 starts set phrases, 一市一策), not the name of
    a town or a street (五市镇, 三县街)."""
    assert c.reading is not None
    return (
        c.run[0] in "两二三四五六七八九十"
        and c.run != "十"
        and c.text[c.reading.end : c.reading.end + 1] not in _PLACE_NAME_ENDS
    )


# What ends a place's name after a numeral and 市, 省 or 县 (五市镇, 三县街道): no count of places.
_PLACE_NAME_ENDS = frozenset("镇乡村街路")


def _arabic_only_unit(c: Candidate) -> bool:
    """三方 (three parties), 十分 (very), 三角 (a triangle): these units follow Arabic digits only, except a count of
    places that closes the list of them (甲川、乙安…等五市), as counts after their items are."""
    spelling = c.reading.spelling if c.reading is not None else None
    if spelling is None or not unit_tables().spelling_of[spelling].arabic_only:
        return False
    return not (
        spelling in _LISTED_PLACES
        and (c.previous == "等" or (_counts_places(c) and (spelling != "村" or c.run == "两")))
    )


def _clock_time(c: Candidate) -> bool:
    """9时30分, 9点30分, 9:30分: the minutes of a clock time."""
    return c.unit_text == "分" and bool(c.previous) and c.previous in "时点:："


#: Words that make a 位 in their sentence a place in a ranking: 位次由去年的18位上升到12位, 排名升至5位.
_RANKING_WORDS = ("位次", "排名", "名次", "排位", "位列", "排序")
#: What may follow a place in a ranking (18位上升到12位, 前移3位以上); another character starts the noun that
#: 位 counts (5位同志).
_AFTER_A_PLACE = "上下升降前后以之左"
#: How far back in its sentence a ranking word is looked for.
_RANKING_REACH = 60


def _rank(c: Candidate) -> bool:
    """前3名, 后三位, 前六轮: a rank or the first so many of a series, like an ordinal; so is N位 in a sentence
    about a ranking (位次分别由去年的18位上升到12位), where 位 is a place rather than a count of people."""
    if c.unit is None:
        return False
    if bool(c.previous) and c.previous in "前后" and c.unit.name in ("名", "位", "轮"):
        return True
    if c.unit.name != "位" or c.reading is None:
        return False
    text, start = c.text, c.start
    following = text[c.reading.end : c.reading.end + 1]
    if "\u4e00" <= following <= "\u9fff" and following not in _AFTER_A_PLACE:
        return False  # 5位同志: people counted before their noun
    reach = max(0, start - _RANKING_REACH)
    sentence = max(text.rfind(end, reach, start) for end in "。；;\n")
    return any(text.find(word, max(reach, sentence + 1), start) >= 0 for word in _RANKING_WORDS)


def _reading_time(c: Candidate) -> bool:
    """3分钟, 阅读时间：约5分钟 on a line of its own, or after its label anywhere (共计186420个字,预计阅读时长621分钟):
    the page's reading-time widget (page chrome), not a figure of the text."""
    if c.unit is None or c.unit.name != "分钟":
        return False
    return c.text.endswith(_READING_TIME_LABELS, 0, c.start) or on_a_chrome_line(c.text, c.start)


#: The labels of a reading-time widget right before its minutes.
_READING_TIME_LABELS = (
    "阅读时长",
    "阅读时间",
    "预计阅读",
    "阅读时长约",
    "阅读时间约",
    "阅读需",
    "读完约",
    "读完需",
)


def _document_pages(c: Candidate) -> bool:
    """A document-sharing site's page count (its chrome, not a figure of the text): a sidebar item of its own
    (- 约 9页), a viewer's counter (第1页 / 共26页), the reading widget (已阅读4页,还剩86页未读, 只提供9页预览), a
    listing's label (工作总结.doc(12页珍藏版)) and its file details (页数:8页; 31 页 386.204 KB)."""
    if c.unit is None or c.unit.name != "页" or c.reading is None:
        return False
    text, start, end = c.text, c.start, c.reading.end
    # (the item alone on its line: asked of a chrome line only, a longer line is looked at no further back)
    line_start = chrome_line_start(text, start)
    if (
        line_start is not None
        and text[line_start:start].strip(_AROUND_A_PAGE_ITEM) in ("约", "")
        and text[end : end + 1] in ("\n", "")
    ):
        return True
    label = text[max(0, start - _LABEL_REACH) : start].rstrip(_AROUND_A_PAGE_ITEM)
    return (
        text.endswith(("已阅读", "还剩"), 0, start)
        or text.startswith(("珍藏版", "预览"), end)
        or label.endswith(("页数:", "页数：", "页数"))
        or _VIEWER_COUNTER.search(label) is not None  # 第1页 / 共26页, run into a flattened page too
        or _FILE_SIZE.match(text, end) is not None
    )


# What may stand around a page count in a site's chrome: spaces, a list's dash and bullet.
_AROUND_A_PAGE_ITEM = " \t\u3000-•·"
# How far before a page count its label (页数:, 第1页 / 共) is looked for, spaces included.
_LABEL_REACH = 40
# A viewer's counter before the page count it ends with: 第1页 / 共 (26页).
_VIEWER_COUNTER = LazyPattern(r"第[ \t\u3000]*[0-9]+[ \t\u3000]*页[ \t\u3000/／|｜]*共\Z")


# A file's size after its page count in a listing (31 页 386.204 KB).
_FILE_SIZE = LazyPattern(r"[ \t\u3000]*[0-9]+(?:\.[0-9]+)?[ \t]*[KMG]B")


def _issue_number(c: Candidate) -> bool:
    """保险研究 2024年1期, 地方治理研究 2019年3期: a journal's issue numbered within its year (an ordinal, as 第3期 is),
    not a count of issues."""
    if c.unit is None or c.unit.name != "期":
        return False
    start = c.start
    return start >= 5 and c.text[start - 1] == "年" and c.text[start - 5 : start - 1].isdigit()


# A page's view counter before its count, with or without a colon: 阅读6213次, 浏览次数:386次.
_VIEW_LABEL = LazyPattern(rf"{VIEW_LABEL}[ \t\u3000]*[:：]?[ \t\u3000]*$")
# How far before the count its label may start.
_VIEW_LABEL_REACH = 8


def _view_count(c: Candidate) -> bool:
    """阅读6213次 or 浏览次数:386次 after a space or at a line's start: the page's view counter (page chrome, even
    run into a flattened page's text), not a figure of the text."""
    if c.unit_text != "次" or not c.has_arabic:
        return False
    reach = max(0, c.start - _VIEW_LABEL_REACH)
    label = _VIEW_LABEL.search(c.text[reach : c.start])
    if label is None:
        return False
    at = reach + label.start()
    return at == 0 or c.text[at - 1] in " \t\u3000\n|｜"


def _year_of_a_department(c: Candidate) -> bool:
    """2025部门预算表, 2024部门决算: the year of a department's budget, its 年 left out, not 2025 departments."""
    if c.unit is None or c.unit.name != "部门":
        return False
    run = c.run
    return len(run) == 4 and run.isdigit() and run[:2] in ("19", "20")


def _year_of_the_republic(c: Candidate) -> bool:
    """民國103年, 民国三十六年: a year of the Republic of China's calendar (a date), not 103 years."""
    if c.unit_text not in ("年", "年度"):
        return False
    before = c.text[max(0, c.start - 4) : c.start].rstrip(" \u3000")
    return before.endswith(("民国", "民國"))


def _day_of_month(c: Candidate) -> bool:
    """12月30日内: a date (30日内 alone is a time limit)."""
    return c.unit_text == "日" and c.previous == "月"


_CURRENCY_FIRSTS = frozenset(word[0] for word in _CURRENCY_WORDS)
_CURRENCY_LASTS = frozenset(word[-1] for word in _CURRENCY_WORDS)


def _two_currencies(c: Candidate) -> bool:
    """三万元欧元, 欧元3万元, 5美元人民币, ¥5美元: an amount named in two currencies is read in neither."""
    if c.unit is None or c.reading is None or not c.unit.dimension.startswith("money"):
        return False
    yuan = c.unit.dimension == "money"
    if c.yen_at is not None and not yuan:
        return True
    text, end = c.text, c.reading.end
    before = c.yen_at if c.yen_at is not None else c.start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    if text[end : end + 1] not in _CURRENCY_FIRSTS and text[before - 1 : before] not in _CURRENCY_LASTS:
        return False  # one look each side rules out most amounts
    # 人民币 names 元 (5万元人民币, 人民币5万元); any other currency word names another currency
    for word in (
        text[end : end + 2],
        text[end : end + 3],
        text[before - 2 : before],
        text[before - 3 : before],
    ):
        if word in _CURRENCY_WORDS and (word != "人民币" or not yuan):
            return True
    return False


def _not_money_after_yen(c: Candidate) -> bool:
    """¥5个: a yen sign before a figure that is not an amount of money."""
    return c.yen_at is not None and (c.unit is None or not c.unit.dimension.startswith("money"))


# A list number and its dot (1. 12．) before a year: 1.2023年河口镇政府工作报告 is item 1, the year 2023.
_LIST_NUMBER_DOT = LazyPattern(r"[0-9]{1,3}[.．]")


def _glued_to_a_year(c: Candidate) -> bool:
    """图12017年 (figure 1, the year 2017), 表32023年: five digits or more before 年 that end in a year of
    1900–2099 are a figure or table number glued to that year (a count of years that long is written with 万);
    so is a list number with its dot (1.2023年: no count of years has four decimals)."""
    run = c.run
    return (
        c.unit is not None
        and c.unit.name == "年"
        and not c.prefix
        and len(run) >= 5
        and (run.isdigit() or _LIST_NUMBER_DOT.fullmatch(run[:-4]) is not None)  # (1.2023年: a list's item)
        and run[-4:].isdigit()
        and "1900" <= run[-4:] <= "2099"
    )


def _names_a_class(c: Candidate) -> bool:
    """百万千瓦级风电基地, 10万吨级码头, 500千伏级: a figure right before 级 names a class of facility, not an
    amount (500千伏变电站, without 级, states the voltage and is a figure)."""
    reading = c.reading
    return (
        c.unit is not None
        and reading is not None
        and c.text[reading.end : reading.end + 1] == "级"
        and c.text[reading.end + 1 : reading.end + 2] != "别"  # 3个级别: a count of levels
    )


#: The quotation marks that open a quotation (a 《title》 and a set phrase are quoted spans too).
_QUOTE_OPENERS = frozenset('“"「『‘')
#: The longest quotation whose Arabic figures are names (“9个不准”, “3个100%”); a longer one quotes speech.
_SHORT_QUOTATION = 20


def _in_a_short_quotation(c: Candidate) -> bool:
    """“9个不准”, “3个100%”, “1+1”: Arabic digits in a short quotation with other words are a slogan's name;
    so is a count alone in quotation marks, a package of measures named by its size (稳经济“18条”), as a
    Chinese count alone is (“三个”导向). A quotation that holds a measure alone (达到“100%”, “约5亿元”) quotes
    the figure itself."""
    starts, ends = c.quoted
    if not starts or c.reading is None:
        return False
    index = bisect.bisect_right(starts, c.start) - 1
    if index < 0 or c.start >= ends[index]:
        return False
    opened, closed = starts[index], ends[index] - 1
    if c.text[opened] not in _QUOTE_OPENERS or closed - opened - 1 > _SHORT_QUOTATION:
        return False
    before, after = c.text[opened + 1 : c.start], c.text[c.reading.end : closed]
    if _TASK_VERB.search(before) is not None:
        return False  # “新建城市停车泊位3000个”, “完成投资12亿元”: a task quoted with its target, not a name
    if c.unit is not None and c.unit.dimension.startswith("money"):
        return False  # “扶助金额由960元更正为1080元”: a note or a record quoted, whose amounts are amounts
    alone = (not before or before in _PRE_QUALIFIERS) and (not after or after in _POST_QUALIFIERS)
    return not alone or (c.unit is not None and c.unit.is_counter)


#: The verbs of a task that a report quotes with its target figure (a slogan is a name, and names no work done).
_TASK_VERB = LazyPattern("完成|新建|建成|新增|实现|达到?|投资|开工|改造|提高|引进|培育|创建|整治|治理|建设")


#: The characters before a number that some figure veto looks at (_clock_time, _rank, _day_of_month, and the
#: view counter's labels' last characters for _view_count: 阅读6213次).
_FIGURE_VETO_PREVIOUS = frozenset("时点:：前后月") | VIEW_LABEL_ENDS


#: The units that vetoes of their own ask about (figure_is_clear names them).
_UNITS_OF_OWN_VETOES = frozenset({"位", "分钟", "页", "期", "年", "部门"})


def figure_is_clear(c: Candidate) -> bool:
    """The fast path of :data:`FIGURE_VETOES` (money is asked the one veto that concerns it, two currencies):
    True only when none of the table's vetoes can hold (a test checks this against the table). For an Arabic
    number, asked once arabic_numeral_is_clear has ruled out quotations (_in_a_short_quotation)."""
    unit, reading = c.unit, c.reading
    if unit is None and c.unit_text is None:
        # A bare number (the first item of a list or range): a number, without ¥, and for a Chinese numeral
        # not a bare magnitude; every other veto asks about the unit.
        return c.value is not None and c.yen_at is None and not (c.chinese and _bare_magnitude(c))
    if not (
        unit
        is not None  # _unknown_unit, _bare_magnitude; the unit_text of _clock_time, _day_of_month is known
        and c.value is not None  # _not_a_number
        and c.yen_at is None  # _not_money_after_yen
        and c.previous not in _FIGURE_VETO_PREVIOUS  # _clock_time, _rank, _day_of_month, _view_count
        and (c.previous not in _LINE_OPENERS or "." not in c.run)  # _section_number
        # the vetoes of six units, at one look: 位 (_rank in a sentence about a ranking), 分钟 (_reading_time),
        # 页 (_document_pages), 期 (_issue_number), 年 (_the_year_of, _names_a_plan, _glued_to_a_year,
        # _year_of_the_republic), 部门 (_year_of_a_department)
        and unit.name not in _UNITS_OF_OWN_VETOES
        and (reading is None or c.text[reading.end : reading.end + 1] != "级")  # _names_a_class
        and (not unit.dimension.startswith("money") or not _two_currencies(c))
    ):
        return False
    entry = reading.entry if reading is not None else None
    if entry is None:
        return True
    # _needs_magnitude, _needs_qualifier, _arabic_only_unit
    return not entry.needs_magnitude and not entry.needs_qualifier and not (c.chinese and entry.arabic_only)


#: The longest attribute between 的 and the years it qualifies: 谋划十五五的关键一年, 极不平凡的决胜一年.
_YEARS_ATTRIBUTE = 3
#: Words before years that measure their length (的短短一年, 的整整两年): a length of time, not the year of ….
_LENGTH_WORDS = ("短短", "整整", "仅仅", "近", "约", "不到", "将近", "足足")


def _the_year_of(c: Candidate) -> bool:
    """是经济恢复发展的一年。过去的一年，最强的五年，谋划十五五的关键一年。: years after 的, or after 的 and a short
    attribute (关键, 重要, 决胜), that close the clause name the years reported on (the year of …), a period
    rather than a length of time; not years measured (的短短一年,)."""
    if c.unit is None or c.unit.name != "年" or c.reading is None:
        return False
    following = c.text[c.reading.end : c.reading.end + 1]
    if "\u4e00" <= following <= "\u9fff":
        return False
    if c.previous == "的":
        return True
    before = c.text[max(0, c.start - _YEARS_ATTRIBUTE - 1) : c.start]
    at = before.rfind("的")
    attribute = before[at + 1 :]
    return (
        at >= 0
        and all("\u4e00" <= ch <= "\u9fff" for ch in attribute)
        and not attribute.endswith(_LENGTH_WORDS)
    )


#: Plans and their reports, named by the years they span: 三年行动计划, 五年规划, 五年工作总结, 三年提升工程, 扫黑除恶
#: 三年专项斗争.
_PLAN_WORDS = ("规划", "计划", "方案", "工程", "总结", "行动", "攻坚", "纲要", "斗争")
#: A word that may stand between the years and the plan word: 五年工作总结, 三年提升工程, 五年发展规划.
_PLAN_FILLERS = ("工作", "提升", "发展", "建设", "振兴", "改革", "专项", "整治", "")


def _names_a_plan(c: Candidate) -> bool:
    """推进16项三年提升工程, 区工商联五年工作总结: years right before the name of a plan or its report name the
    plan, not a length of time."""
    if c.unit is None or c.unit.name != "年" or c.reading is None:
        return False
    end = c.reading.end
    return any(
        c.text.startswith(filler, end) and c.text.startswith(_PLAN_WORDS, end + len(filler))
        for filler in _PLAN_FILLERS
    )


def _section_number(c: Candidate) -> bool:
    """3.2部门责任, 2.2分阶段目标: a decimal number opening its line before a counter and more words is a
    section's number before its heading, not a count (a count in a sentence may be an average: 户均3.2人; 3.2万人
    has a magnitude; a text that is the figure alone, 0.1人, is one)."""
    return (
        c.previous in _LINE_OPENERS
        and "." in c.run
        and c.unit is not None
        and c.unit.dimension.startswith("counter:")
        and not c.prefix
        and c.reading is not None
        and "\u4e00" <= c.text[c.reading.end : c.reading.end + 1] <= "\u9fff"
    )


#: What c.previous is for a numeral that opens its line (spaces skipped): the line break, or nothing.
_LINE_OPENERS = ("", "\n", "\r")


FIGURE_VETOES: tuple[Veto, ...] = (
    Veto("a unit read only with 万 or 亿", _needs_magnitude),
    Veto("a unit read only with a bound", _needs_qualifier),
    Veto("not a number", _not_a_number),
    Veto("a magnitude word without a unit", _bare_magnitude, "chinese"),
    Veto("an unknown unit", _unknown_unit),
    Veto("a unit read after Arabic digits only", _arabic_only_unit, "chinese"),
    Veto("a clock time", _clock_time),
    Veto("a section's number opening its line", _section_number, "arabic"),
    Veto("a rank", _rank),
    Veto("a reading time in the page chrome", _reading_time),
    Veto("a document site's page count", _document_pages),
    Veto("a journal's issue number after its year", _issue_number),
    Veto("a view count in the page chrome", _view_count, "arabic"),
    Veto("a day of the month", _day_of_month),
    Veto("the year of a department's budget", _year_of_a_department, "arabic"),
    Veto("a year of the Republic's calendar", _year_of_the_republic),
    Veto("two currencies", _two_currencies),
    Veto("a yen sign before what is not money", _not_money_after_yen),
    Veto("the year or years a clause names", _the_year_of),
    Veto("the years that name a plan", _names_a_plan),
    Veto("a number glued to a year", _glued_to_a_year, "arabic"),
    Veto("a figure that names a class", _names_a_class),
    Veto("in a short quotation with other words", _in_a_short_quotation, "arabic"),
)
