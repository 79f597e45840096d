"""The second stage of the vetoes: what refuses a numeral once the unit after it is read (a bare number outside a
list, a counter read only after a counting word, a numeral and counter that name something, 一 as the article
"a", once more, paired halves, a number cut off before its unit …), and the fast path that clears most numbers
with a unit at one look (:func:`reading_is_clear`).

The first stage and the order in which the tables apply are in :mod:`xuncha.quantities._vetoes`, the last in
:mod:`xuncha.quantities._figure_vetoes`; these tests read the unit, so they have a module of their own.
"""

from __future__ import annotations

from xuncha._cues import COMPARED_BEFORE_QIAN
from xuncha._lines import line_start_before
from xuncha.quantities._candidate import Candidate, Veto
from xuncha.quantities._grammar import jiao_fen, spoken_jiao, unit_tables
from xuncha.quantities._scan import _is_a_name, _skip_spaces
from xuncha.quantities._words import _SEPARATOR_STARTS, _SPACES

# --------------------------------------------------------------------------- the unit after it


def _bare_without_partner(c: Candidate) -> bool:
    """A bare number matters only as the first item of a list or range that gives it a unit."""
    assert c.reading is not None
    if c.reading.unit_text is not None or c.fraction or c.big:
        return False
    after = _skip_spaces(c.text, c.number_end, min(len(c.text), c.number_end + 8))
    return c.text[after : after + 1] not in _SEPARATOR_STARTS


def _names_something(c: Candidate) -> bool:
    """三个一批, 两个责任, 一次性: a Chinese numeral and a counter that name something rather than count it."""
    assert c.reading is not None
    unit_text = c.reading.unit_text
    if unit_text in ("元", "圆") and jiao_fen().match(c.text, c.reading.end) is not None:
        return False  # 三元五角, 壹元贰角, 壹圆柒角: the 角 and 分 of the amount, not a name
    if unit_text == "块" and spoken_jiao().match(c.text, c.reading.end) is not None:
        return False  # 五块五: spoken money
    if unit_text == "队" and c.run != "两" and c.start > 0:
        # 抢险二队, 刑警三队: a team named by its number right after what it is (a count is 两队, 分三队, 3支队伍)
        before = c.text[c.start - 1]
        return "\u4e00" <= before <= "\u9fff" and before not in _TEAM_COUNTING_VERBS
    return unit_text is not None and _is_a_name(c.text, c.run, c.start, unit_text, c.reading.end)


#: The words after which a numeral and 队 count teams rather than name one: 分三队, 编成四队, 共五队.
_TEAM_COUNTING_VERBS = frozenset("分成为编共有计")


def _percent_words_with_unit(c: Candidate) -> bool:
    """百分之五十万元 is not written: 百分之 gives the unit."""
    assert c.reading is not None
    return c.percent_words and c.reading.unit_text is not None


def _not_after_its_words(c: Candidate) -> bool:
    """二十届, 十四届人大: a unit read only after a counting word (连续三届) is an ordinal without one (but for
    the numerals that count with it anywhere: 两级法院)."""
    assert c.reading is not None
    spelling = c.reading.spelling
    if spelling is None:
        return False
    entry = unit_tables().spelling_of[spelling]
    words = entry.only_after
    if not words or c.run in entry.counting_numerals:
        return False
    if entry.counts_before and c.run != "一" and c.text.startswith(entry.counts_before, c.reading.end):
        return False  # 三级联动机制: the levels of a system, named before it
    before = c.start
    while before > 0 and c.text[before - 1] in _SPACES:
        before -= 1
    return not c.text.endswith(words, 0, before)


#: General counters that 一 turns into the article "a" before a noun: 对一个部委, 一家企业, 完善一套制度, 理清一本账,
#: 建设一支…队伍, 一部纪录片.
_ARTICLE_COUNTERS = frozenset("个家所次处组套项件条座份张遍本支部")
#: Counters of occurrences: 一次 before a noun still counts (每年开展一次全面检查, 开展一次督查), except where
#: the clause classifies something as "a …" (是…的一次政治体检, 当作一次政治体检).
_OCCURRENCE_COUNTERS = frozenset("次遍")
_CLASSIFYING = ("的", "是", "为", "作", "成")
#: Words before 一 + counter that make it a count of one (仅一家, 新增一个, 共一次), not an article.
_COUNTING_BEFORE_ONE = (
    "仅",
    "只",
    "共",
    "有",  # 尚有一项, 还有一个
    "计",
    "达",
    "各",
    "增",
    "减",
    "新增",
    "增加",
    "减少",
    "其中",
)
#: What may open the noun an article introduces: a Chinese character, or a quotation (一次“政治体检”).
_NOUN_OPENERS = frozenset('“‘「『《"')


def _indefinite_article(c: Candidate) -> bool:
    """对一个部委、一家中央企业和一所高校开展巡视, 当作一次政治体检: 一 and a general counter right before the
    noun it counts is the article "a"; a count of one stands after its noun (创业园区一个) or after a counting
    word (仅一家, 新增一个, 尚有一项). People (一名干部), durations and amounts (一个月, 一天, 一万元) keep their one, and so
    do occurrences (开展一次检查) unless the clause says what something is (是…的一次政治体检)."""
    assert c.reading is not None
    if c.run not in ("一", "壹") or c.reading.unit_text not in _ARTICLE_COUNTERS:
        return False
    following = c.text[c.reading.end : c.reading.end + 1]
    if not following or not ("\u4e00" <= following <= "\u9fff" or following in _NOUN_OPENERS):
        return False
    if c.reading.unit_text in _OCCURRENCE_COUNTERS and not c.text.endswith(_CLASSIFYING, 0, c.start):
        return False
    return not c.text.endswith(_COUNTING_BEFORE_ONE, 0, c.start)


def _a_previous_one_compared(c: Candidate) -> bool:
    """比前一周上涨, 较前一期下降: 一 and a span or an issue after a word of comparison and 前 name the one before,
    compared with, not a count of one (会前一周 is a week before the meeting; 前一年 the date grammar reads)."""
    assert c.reading is not None
    return (
        c.run in ("一", "壹")
        and c.reading.unit_text in _COMPARED_SPANS
        and c.text.endswith(_COMPARED_PREVIOUS, 0, c.start)
    )


#: The spans and issues a text compares with the one before (比前一周, 较前一期, 与前一个月相比).
_COMPARED_SPANS = frozenset({"周", "年", "月", "个月", "季度", "天", "日", "期"})
#: 前 after a word of comparison (xuncha._cues): the one before is compared with.
_COMPARED_PREVIOUS = tuple(word + "前" for word in sorted(COMPARED_BEFORE_QIAN))


def _an_articles_number(c: Candidate) -> bool:
    """一條 本制度適用于…, 十二条 员工…: a Chinese numeral and 条 opening a line before a space is the number of an
    article whose 第 the page lost, not a count (三条措施 opening a line counts: no space follows)."""
    return _tiao_before_a_space(c) and line_start_before(c.text, c.start) is not None


def _tiao_before_a_space(c: Candidate) -> bool:
    """Whether the unit read is 条 with a space after it (the shape of an article's number, and what
    :func:`reading_is_clear` sends to the table)."""
    assert c.reading is not None
    return c.reading.unit_text == "条" and c.text[c.reading.end : c.reading.end + 1] in (" ", "\u3000")


def _once_more(c: Candidate) -> bool:
    """再压实一次政治责任, 再梳理一遍: 再, a verb and 一次 or 一遍 say "once more", an adverb of repetition,
    not a count of occurrences (开展一次督查, 召开1次会议 count)."""
    assert c.reading is not None
    if c.run not in ("一", "壹") or c.reading.unit_text not in _OCCURRENCE_COUNTERS:
        return False
    before = c.text[max(0, c.start - 3) : c.start]
    again = before.rfind("再")  # then a verb of one or two characters (再三 and 再一次 are words already)
    return 0 <= again < len(before) - 1 and all("\u4e00" <= ch <= "\u9fff" for ch in before[again + 1 :])


#: How far apart the two halves of a paired phrase stand: a mark and a verb of one to three characters.
_EACH_ONE_GAP = 4
#: The marks that may part the two halves of a paired phrase (整改一项、销号一项).
_HALF_MARKS = frozenset("、，,")


def _is_verb_between(between: str) -> bool:
    """Whether ``between`` is what parts two halves: an optional mark, then a verb of one to three characters."""
    if between[:1] in _HALF_MARKS:
        between = between[1:]
    return 1 <= len(between) <= _EACH_ONE_GAP - 1 and all("\u4e00" <= ch <= "\u9fff" for ch in between)


def _each_one(c: Candidate) -> bool:
    """整改一项、销号一项; 整改一个、销号一个、巩固一个; 查处一起、通报一起: verbs each with 一 and the same counter say
    "each one that is done is then …", a set phrase of a method, not a count of one. The last half ends its
    clause (手册仅一本，理清一本明白账 counts one book: its second 一本 goes on to a noun)."""
    assert c.reading is not None
    if c.run not in ("一", "壹") or c.reading.unit_text is None:
        return False
    text, end = c.text, c.reading.end
    half = text[c.start : end]
    reach = _EACH_ONE_GAP + len(half)
    after = text[end : end + reach]
    at = after.find(half)
    if at > 0 and _is_verb_between(after[:at]):
        return _ends_its_clause(text, end + at + len(half))
    before = text[max(0, c.start - reach) : c.start]
    at = before.rfind(half)
    return at >= 0 and _is_verb_between(before[at + len(half) :]) and _ends_its_clause(text, end)


def _ends_its_clause(text: str, position: int) -> bool:
    """Whether no word goes on at ``position`` (the text's end, a mark or a space)."""
    following = text[position : position + 1]
    return not following or not ("\u4e00" <= following <= "\u9fff" or following.isalnum())


def _cut_off_before_its_unit(c: Candidate) -> bool:
    """资金1276万⏎ at the end of an excerpt, or before a line that starts with what may follow a number (资金1276万
    ⏎元): a number with 万 or 亿 and no unit, where a line stops without the punctuation that ends a sentence,
    lost its unit to the cut (元? 人?). A bare 80万 in a sentence (人口80万，), a text that is just such a phrase
    (覆盖人口80万), a headline that ends on its number (罚款超1.7亿⏎⏎发布时间…) and a line followed by one that
    cannot continue a figure (罚1.5亿⏎去年…) are read as written."""
    assert c.reading is not None
    if c.reading.unit_text is not None or not c.big:
        return False
    text = c.text
    after = _skip_spaces(text, c.number_end, len(text))
    if text[after : after + 1] not in ("\n", "\r"):
        return False
    following = after + 1 + (text[after : after + 2] == "\r\n")
    while following < len(text) and text[following] in _SPACES:
        following += 1
    return following >= len(text) or text[following] in unit_tables().may_follow


def reading_is_clear(c: Candidate) -> bool:
    """The fast path of :data:`READING_VETOES` for a number with a unit: True only when none of the table's
    vetoes can hold (a test checks this against the table). A Chinese numeral is asked whether it names
    something (三个一批), and 一 before an article or occurrence counter goes to the table (一个部委, 再压实一次);
    an Arabic number with a unit passes every other reading veto (they refuse bare numbers, 百分之 before a unit
    and units read only after counting words)."""
    reading = c.reading
    assert reading is not None
    unit_text = reading.unit_text
    return (
        unit_text is not None  # _bare_without_partner, _cut_off_before_its_unit
        and not c.percent_words  # _percent_words_with_unit
        and (reading.entry is None or not reading.entry.only_after)  # _not_after_its_words
        and (
            not c.chinese
            or (
                # _indefinite_article, _once_more, _a_previous_one_compared, _each_one: 一 before a unit is asked
                # the table; _an_articles_number: 条 before a space, too
                c.run not in ("一", "壹") and not _names_something(c) and not _tiao_before_a_space(c)
            )
        )
    )


READING_VETOES: tuple[Veto, ...] = (
    Veto("a bare number outside a list or range", _bare_without_partner),
    Veto("a unit read only after a counting word", _not_after_its_words),
    Veto("a numeral and counter that name something", _names_something, "chinese"),
    Veto("一 as an indefinite article", _indefinite_article, "chinese"),
    Veto("再…一次, once more", _once_more, "chinese"),
    Veto("the one before, compared with: 比前一周", _a_previous_one_compared, "chinese"),
    Veto("an article's number that lost its 第: 一條 本制度…", _an_articles_number, "chinese"),
    Veto("paired halves, 整改一项、销号一项", _each_one, "chinese"),
    Veto("百分之 before a unit", _percent_words_with_unit),
    Veto("a number cut off before its unit", _cut_off_before_its_unit, "arabic"),
)
