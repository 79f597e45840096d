"""What is never a quantity: the vetoes, a named table of (reason, test), in the order the scanner applies them.

A numeral found in the text becomes a :class:`Candidate`; three tables of vetoes refuse it at three stages:

- :data:`NUMERAL_VETOES`, from the numeral and the characters around it (before its unit is read);
- :data:`READING_VETOES`, once the unit after it is read;
- :data:`FIGURE_VETOES`, once its value and unit are known.

Each veto is one small function over the candidate, testable on its own; the first that holds refuses the
candidate and its reason is what :func:`xuncha.quantities.refusals` reports. A veto says which numerals it
applies to (Arabic, Chinese or any), so that the others do not pay for it. The scanner's fast path refuses
most numerals before a candidate is built: it is the test of "nothing a figure is made of follows", run on the
text alone.
"""

from __future__ import annotations

from xuncha._cues import COMPARED_BEFORE_QIAN
from xuncha._lines import line_start_before
from xuncha._markers import MarkerKind, heading_at
from xuncha.quantities._candidate import Candidate, Veto
from xuncha.quantities._figure_vetoes import FIGURE_VETOES
from xuncha.quantities._grammar import (
    ALL_CN_DIGITS,
    CN_DIGITS,
    HAS_NUMERAL,
    NOT_BEFORE_SPACE_GROUPS,
    SPACE_GROUPS_AT_MOST,
    jiao_fen,
    spoken_jiao,
    unit_tables,
)
from xuncha.quantities._scan import (
    _counts_bare_unit,
    _has_big,
    _in_spans,
    _is_a_name,
    _is_proper_fraction,
    _skip_spaces,
)
from xuncha.quantities._words import (
    _LONGEST_NUMERAL,
    _PLACE_NAMES,
    _SEPARATOR_STARTS,
    _SPACES,
    _WORD_BEFORE_CN,
    _WORD_BEFORE_ONE,
)

#: 一 after these is the article "a", not a count: 新一轮 (a new round), 当前一项重大任务, 今后一个时期.
_ARTICLE_AFTER = ("新", "当前", "今后")


# --------------------------------------------------------------------------- the numeral and its neighbours


def _too_long(c: Candidate) -> bool:
    return len(c.run) > _LONGEST_NUMERAL


def _nothing_follows(c: Candidate) -> bool:
    """Most numerals in a notice have no unit (一是, 进一步, 12月): one look at the next character rules them out.
    Fractions and Arabic numbers with 万/亿 are figures on their own."""
    return not (c.fraction or c.big or c.yen_at is not None) and no_figure_follows(c.text, c.number_end)


def no_figure_follows(text: str, number_end: int) -> bool:
    """The test of :func:`_nothing_follows` on the text alone: the scanner's fast path runs it first."""
    following = text[number_end : number_end + 1]
    if following and following in _SPACES:
        after = _skip_spaces(text, number_end, len(text))
        following = text[after : after + 1]
    return following not in unit_tables().may_follow


def _in_a_code(c: Candidate) -> bool:
    """PM2.5, <sub>2, abc123@ (A、B两个标段 counts: Chinese numerals are never in codes); %E5%205: a figure
    never starts right after a percent sign, which there encodes a URL character, unless a percent figure ends
    there and a Chinese word follows the number (占年度计划的74%109个新建项目: a scraper dropped the comma). A space
    between (a table's row of rates, 318% 162% 205%) is no URL's: an address holds no space."""
    previous = c.previous
    return (
        bool(previous)
        and previous.isascii()
        and (
            (
                previous in _CODE_MARKS
                and not (previous == "%" and (c.text[c.start - 1] != "%" or _after_a_percent_figure(c)))
            )
            or (previous.isalpha() and c.has_arabic and not _names_the_amount(c) and not _after_a_word(c))
        )
    )


def _after_a_percent_figure(c: Candidate) -> bool:
    """74%109个, 增长4.1%5.1%6.6%: a percent figure before the sign, itself after no ASCII (a URL's encoded
    characters are all ASCII: %E5%205%20), and a Chinese character or another percent sign after the number."""
    text, at = c.text, c.start - 1
    if not (at >= 1 and text[at] == "%" and "0" <= text[at - 1] <= "9"):
        return False
    after = text[c.number_end : c.number_end + 1]
    if not ("\u4e00" <= after <= "\u9fff" or after == "%"):
        return False
    # (a bounded look back: a run of glued percent figures longer than _PERCENT_RUN is no text's, and an unbounded
    # one would be walked again for every figure of the run)
    before, limit = at - 1, max(-1, at - 1 - _PERCENT_RUN)
    while before > limit and text[before] in _PERCENT_FIGURE:
        before -= 1
    if before == limit and limit >= 0:
        return False
    return before < 0 or not text[before].isascii()


#: The characters of a run of percent figures glued together (4.1%5.1%): digits, points and percent signs.
_PERCENT_FIGURE = frozenset("0123456789.%")
#: The longest such run looked back over (five or six figures of a list).
_PERCENT_RUN = 40


#: ASCII characters after which a number is part of a code or of markup: user@123, <sub>2, a_1, #3, a/2, 1.2.3.
_CODE_MARKS = "@>_#/\\.%"


def _after_a_word(c: Candidate) -> bool:
    """increased by 16.4%: a lower-case Latin word and a space before a number, as an English mirror of a
    page writes; a code is glued to its letters (A12, PM2.5) or upper case (MU 5735)."""
    text, start = c.text, c.start
    if start < 3 or text[start - 1] not in _SPACES:
        return False
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    return before >= 2 and text[before - 1].islower() and text[before - 2].isalpha()


def _names_the_amount(c: Candidate) -> bool:
    """GDP17.46亿元, CPI 1.2万: an upper-case abbreviation glued before a number written with 万 or 亿 names
    what is measured (a code or model name, PM2.5, A12, MU5735, has no magnitude)."""
    if not c.written_big:
        return False
    letters = c.start
    while letters > 0 and c.text[letters - 1] in _SPACES:
        letters -= 1
    end = letters
    while letters > 0 and "A" <= c.text[letters - 1] <= "Z":
        letters -= 1
    return end - letters >= 2 and not (
        letters > 0 and c.text[letters - 1].isascii() and c.text[letters - 1].isalnum()
    )


def _split_by_a_space(c: Candidate) -> bool:
    """四点 五个百分点, 3. 5%, 二十一 点 一个百分点, 21点5吨: the fraction part of a numeral split by a space (or
    after 点 that Arabic digits leave outside the numeral) is not a number of its own."""
    text, start = c.text, c.start
    if start < 2 or (text[start - 1] not in _SPACES and text[start - 1] != "点"):
        return False  # most numerals have no space before them
    point = start
    while point > 0 and text[point - 1] in _SPACES:
        point -= 1
    if point < 2 or text[point - 1] not in "点.":
        return False
    before = point - 1
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    return before > 0 and HAS_NUMERAL.match(text, before - 1) is not None


def _a_thousands_group_after_a_space(c: Candidate) -> bool:
    """51 436个 at the start of a text, 1 234 567 890元: three digits after a space that groups the thousands
    of a number the grammar did not read whole (it reads 共对51 436个 and up to four groups after a word; see
    quantities._grammar._SPACE_GROUPING) are not a number of their own: the rest of one, or of a table's row
    that cannot be told from one. (A table's columns, set apart by spaces on both sides, 机构数 742 806, are
    numbers of their own.)"""
    return space_group_before(c.text, c.start, c.run)


# How many groups a space-grouped number's rest is looked back through: as many as the grammar reads in one number
# (a bound keeps the test short on a long run of groups, which is refused as a whole).
_GROUPS_LOOKED_BACK = SPACE_GROUPS_AT_MOST + 1


def space_group_before(text: str, start: int, run: str) -> bool:
    """The test of :func:`_a_thousands_group_after_a_space` on the text alone (the fast path asks it too)."""
    if start < 2 or text[start - 1] != " " or len(run.partition(".")[0]) != 3 or not run[:3].isdigit():
        return False
    space = start - 1
    for _ in range(_GROUPS_LOOKED_BACK):
        digits = space
        while digits > 0 and space - digits < 4 and "0" <= text[digits - 1] <= "9":
            digits -= 1
        width = space - digits
        if width == 3 and digits > 0 and text[digits - 1] == " ":
            space = digits - 1  # a group of three before this one: look further back
            continue
        if not 1 <= width <= 3:
            return False
        # the first group's start, as the grammar's
        return digits == 0 or (
            not text[digits - 1].isspace() and text[digits - 1] not in NOT_BEFORE_SPACE_GROUPS
        )
    return True  # a longer run of groups of three: no part of it is a number of its own


def _after_a_middle_dot(c: Candidate) -> bool:
    """2015·3·1, 5·12: numbers joined by middle dots are a date or a name; the one a middle dot decimal point
    joins (1·7%) is read whole, so a number right after "digit·" is the rest of such a row."""
    return c.previous == "·" and c.start >= 2 and "0" <= c.text[c.start - 2] <= "9"


def _in_a_place_name(c: Candidate) -> bool:
    """三门峡, 七台河, 十堰: names that start with a numeral and a counter."""
    return c.text.startswith(_PLACE_NAMES, c.start)


def _latin_letters_follow(c: Candidate) -> bool:
    """5G, 3D, 2B: a Latin letter after the number makes a code, unless it spells a unit (35km, 45mg/L)."""
    after = c.text[c.number_end : c.number_end + 1]
    return (
        after.isascii() and after.isalpha() and not c.text.startswith(unit_tables().latin_units, c.number_end)
    )


def _leading_zero(c: Candidate) -> bool:
    """0393, 000123: codes, not amounts (0.5 is an amount, and so is a zero with a magnitude: 预算数为0万元)."""
    return c.run[0] == "0" and len(c.run) > 1 and "0" <= c.run[1] <= "9"


def _digit_by_digit(c: Candidate) -> bool:
    """二〇二三 is a year written digit by digit, 三五 an approximation (three or five); 卅七 is 37."""
    run = c.run
    if len(run) == 2 and run[0] in "廿卅" and run[1] not in "廿卅〇零○":
        return False  # 廿三, 卅七: twenty-three and thirty-seven, 廿 and 卅 being tens
    # (two digits at least: most runs are one character, refused at one look)
    return len(run) > 1 and ALL_CN_DIGITS.fullmatch(run) is not None and "分之" not in run


def _bare_magnitude_word(c: Candidate) -> bool:
    """百年, 千家: words; 百万吨, 十年 and 百余人 are figures (a unit is required later)."""
    run = c.run
    return not (
        not CN_DIGITS.isdisjoint(run)
        or run == "十"
        or "分之" in run
        or _has_big(run)
        or _counts_bare_unit(c.text, run, c.start, c.number_end)
    )


def _a_heading_marker(c: Candidate) -> bool:
    """二、五个行政村垦造耕地项目: a Chinese numeral and 、 opening a line are the marker of a heading (the parser's
    一、, read by the one marker grammar), not the first item of a list with the numeral after it."""
    if c.text[c.number_end : c.number_end + 1] != "、":
        return False
    line_start = line_start_before(c.text, c.start)
    if line_start is None:
        return False
    heading = heading_at(c.text, line_start)
    return (
        heading is not None
        and heading.marker.kind is MarkerKind.NUMERAL_COMMA
        and heading.start == c.start
        and heading.end == c.number_end + 1
    )


def _part_of_a_word(c: Candidate) -> bool:
    """再三, 数十, 初三, 第三; 统一, 唯一, 进一步; 星期三; 新一轮, 当前一项任务, 今后一个时期 (一 as "a")."""
    text, start = c.text, c.start
    return start > 0 and (
        text[start - 1] in _WORD_BEFORE_CN
        or (
            c.run[0] == "一"
            and (text[start - 1] in _WORD_BEFORE_ONE or text.endswith(_ARTICLE_AFTER, 0, start))
        )
        or (start >= 2 and text.startswith("星期", start - 2))
    )


def _in_a_quotation(c: Candidate) -> bool:
    """“三个一批”, 五花八门: Chinese numerals in quotations and set phrases are names."""
    return bool(c.quoted[0]) and _in_spans(*c.quoted, c.start)


def _slashed_date(c: Candidate) -> bool:
    """2023/12/25 and 12/25 are dates; 1/3 and 3/100 are fractions."""
    if "/" not in c.run:
        return False
    numerator, _, denominator = c.run.rpartition("又")[2].partition("/")
    return c.text[c.number_end : c.number_end + 1] == "/" or not _is_proper_fraction(numerator, denominator)


def _after_a_digit_comma(c: Candidate) -> bool:
    """16,4% (a European decimal comma), 12,34, 1,2345: digits glued after "digit," where the comma groups no
    three digits (1,234.5 is read whole) are neither a thousands group nor a number of their own. Reading them
    alone would give 4%; the decimal comma is not read either (3,5个 may be a list written with a half-width
    comma), so the whole is refused. One space may follow the comma, as the numeral pattern allows (1, 234);
    the full-width comma is read alike (1，234 is a thousands group there too)."""
    return not c.fraction and digit_comma_before(c.text, c.start)


def digit_comma_before(text: str, start: int) -> bool:
    """The test of :func:`_after_a_digit_comma` on the text alone (the fast path asks it too): a comma right
    before ``start`` after whole digits (not the end of a fraction, a decimal or a time of day: 1/3，1又1/2 is a
    list, and 下午17:30,23个问题 a clause after the time)."""
    comma = start - 1
    if comma >= 1 and text[comma] == " ":
        comma -= 1
    if comma < 1 or text[comma] not in ",，" or not "0" <= text[comma - 1] <= "9":
        return False
    digits = comma - 1
    while digits > 0 and "0" <= text[digits - 1] <= "9":
        digits -= 1
    return digits == 0 or text[digits - 1] not in "/.．·:："


#: The characters before an Arabic number that the four tests of arabic_numeral_is_clear on it ask about: Latin
#: letters and code marks, commas, the middle dot, 点 and the decimal point.
_ASKED_BEFORE_ARABIC = frozenset(
    [*(chr(code) for code in range(128) if chr(code).isalpha()), *_CODE_MARKS, ",", "，", "·", "点", "."]
)


def arabic_numeral_is_clear(
    text: str, run: str, start: int, number_end: int, previous: str, quoted: tuple[list[int], list[int]]
) -> bool:
    """The fast path of :data:`NUMERAL_VETOES` for the commonest numeral, Arabic digits in Chinese text: True
    only when none of the table's vetoes for Arabic numerals can hold (a test checks this against the table).

    The scanner asks it after its own fast path, which has ruled out "nothing a figure is made of follows"
    (_nothing_follows).
    """
    after = text[number_end : number_end + 1]
    return (
        len(run) <= _LONGEST_NUMERAL  # _too_long
        and (
            previous not in _ASKED_BEFORE_ARABIC  # (most numbers follow a Chinese character: one look)
            or (
                # _in_a_code: a Latin letter or a code mark before the number (a line break, a bracket or a colon
                # is none)
                not (previous.isascii() and (previous.isalpha() or previous in _CODE_MARKS))
                and (previous not in ",，" or not digit_comma_before(text, start))  # _after_a_digit_comma
                and previous != "·"  # _after_a_middle_dot
                and previous not in ("点", ".")  # _split_by_a_space: what stands before the spaces
            )
        )
        # _a_thousands_group_after_a_space (its first test inline: most numbers follow no space)
        and (start < 2 or text[start - 1] != " " or not space_group_before(text, start, run))
        and not (after.isascii() and after.isalpha())  # _latin_letters_follow
        and (run[0] != "0" or len(run) == 1 or not "0" <= run[1] <= "9")  # _leading_zero
        and "/" not in run  # _slashed_date
        and (not quoted[0] or not _in_spans(*quoted, start))  # _in_a_short_quotation, of the figure table
    )


def chinese_numeral_is_clear(c: Candidate) -> bool | None:
    """The fast path of :data:`NUMERAL_VETOES` for a Chinese numeral: the table's one-look tests inline, its
    word tests called once each. True only when none of the table's vetoes for Chinese numerals can hold (a test
    checks this against the table); None when one of them holds for sure (the vetoes tested here in full: the
    numeral is refused, and only :func:`~xuncha.quantities.refusals` needs the table to tell which veto refuses
    it first, so the scanner does not ask the table the word tests again); False when the table must decide.
    Asked after the scanner's fast path (_nothing_follows), as arabic_numeral_is_clear."""
    previous, text, run, start = c.previous, c.text, c.run, c.start
    after = text[c.number_end : c.number_end + 1]
    if not (
        len(run) <= _LONGEST_NUMERAL  # _too_long
        and not (previous and previous.isascii() and previous in _CODE_MARKS)  # _in_a_code (no letter counts)
        and previous not in ("点", ".")  # _split_by_a_space: what stands before the spaces
        and not (after.isascii() and after.isalpha())  # _latin_letters_follow
        and "/" not in run  # _slashed_date (三/四)
    ):
        return False  # (one-look tests that may hold where the veto does not: the table decides)
    if (
        (c.quoted[0] and _in_spans(*c.quoted, start))  # _in_a_quotation
        or text.startswith(_PLACE_NAMES, start)  # _in_a_place_name
        or _digit_by_digit(c)
        or _bare_magnitude_word(c)
        or _part_of_a_word(c)
        or (after == "、" and _a_heading_marker(c))
    ):
        return None  # each of these is its veto's own test: the numeral is refused
    return True


NUMERAL_VETOES: tuple[Veto, ...] = (
    Veto("too long to be one figure", _too_long),
    Veto("nothing a figure is made of follows", _nothing_follows),
    Veto("part of a code, a model name or markup", _in_a_code),
    Veto("part of a place name", _in_a_place_name, "chinese"),
    Veto("after a middle dot in a row of numbers", _after_a_middle_dot, "arabic"),
    Veto("the rest of a numeral split by a space", _split_by_a_space),
    Veto("three digits after a space that may group thousands", _a_thousands_group_after_a_space, "arabic"),
    Veto("Latin letters follow", _latin_letters_follow),
    Veto("a code with a leading zero", _leading_zero, "arabic"),
    Veto("digits read one by one", _digit_by_digit, "chinese"),
    Veto("a magnitude word without a number", _bare_magnitude_word, "chinese"),
    Veto("part of a word", _part_of_a_word, "chinese"),
    Veto("the marker of a heading", _a_heading_marker, "chinese"),
    Veto("in a quotation or a set phrase", _in_a_quotation, "chinese"),
    Veto("a date written with slashes", _slashed_date),
    Veto("digits after a comma that groups no thousands", _after_a_digit_comma, "arabic"),
)

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

#: Every veto, for documentation and tests.
ALL_VETOES: tuple[Veto, ...] = NUMERAL_VETOES + READING_VETOES + FIGURE_VETOES
