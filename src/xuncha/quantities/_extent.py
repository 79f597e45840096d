"""How far a figure reaches and the words it takes, once no veto refuses it: :func:`figure_atom` turns the candidate
into its :class:`~xuncha.quantities._candidate.Atom`, with the 角 and 分 after 元 (3元5角, 5块5), 人民币 and 整
after money, a half after the unit (一吨半, 两年半), the qualifiers before the number and after the unit (约, 以上,
3个月内), and a figure a space or left-over change cuts short (:func:`_cut_short`).

It is separate from :mod:`xuncha.quantities._reading`, which decides whether a numeral is a figure: this module
reads only what stands around one that is (and the small change of an amount, :func:`small_change`, which the
reader's financial numerals share).
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from xuncha.models import Qualifier
from xuncha.quantities._candidate import Atom, Candidate, UnitReading
from xuncha.quantities._grammar import jiao_fen, leftover_change, post_qualifier, spoken_jiao
from xuncha.quantities._scan import (
    _is_poison_year,
    _is_time_frame,
    _number_value,
    _pre_qualifier,
    _skip_spaces,
    _skip_spaces_back,
    _up_to,
)
from xuncha.quantities._words import (
    _AGO,
    _BARE_MAGNITUDES,
    _BIG_SET,
    _DURATION_LIKE,
    _FRAME_DIMENSIONS,
    _INCLUDED_MARKS,
    _MAGNITUDE_ENDS,
    _MAGNITUDES,
    _NOT_AFTER_DUO,
    _OVER_AMOUNTS,
    _POST_QUALIFIERS,
    _PRE_QUALIFIER_ENDS,
    _SPACES,
    _SPACES_SET,
    _TENTHS,
    _TRAILING_CURRENCY,
)
from xuncha.units import PREFIXES

#: Zero and one as the atoms hold them (the value, and the factor of a unit), for _reading too.
ZERO = Decimal(0)
ONE = Fraction(1)
_HALF = Decimal("0.5")
#: The factor of each magnitude a number hands over to its unit: 500万 + 元 is 500 万元.
_PREFIX_FACTORS = {"": ONE, **{prefix: Fraction(PREFIXES[prefix]) for prefix in _MAGNITUDES}}
#: Measured dimensions in which 半 after the unit adds a half (一吨半, 两公里半); durations and 成 read it anywhere.
_MEASURED_BY_HALVES = frozenset({"money", "area", "length", "mass", "volume"})
#: The first characters of what may follow a figure's unit: qualifiers (以上, 左右), (含) and spaces.
_MAY_FOLLOW_FIGURE = frozenset({word[0] for word in _POST_QUALIFIERS} | {"(", "（"} | _SPACES_SET)
#: 公元前221年, 公元1368年: years of an era, like 2023年.
_ERA = ("公元", "公元前")
#: 内 after a duration is "within" (3个月内), unless it starts a word: 3年内部审计, 一年内容更新, 内审 (internal
#: audit); but 审批, 审核, 审结 and 审理 are the verbs of a time limit: 应在3个月内审批, 30日内审结.
_NEI_STARTS_WORD = frozenset("部容涵外在心地务审控设")
_NEI_THEN_VERB = ("审批", "审核", "审结", "审理", "审查")
#: (含) after a bound says the bound is included: 10万元（含）以上.
_INCLUDED = _INCLUDED_MARKS  # (the one reading: brackets of either width, mixed too)


def figure_atom(c: Candidate, source: str, reading: UnitReading) -> Atom:
    """The atom of a figure that no veto refused: its extent, half and qualifiers."""
    text, start, run, number_end, unit = c.text, c.start, c.run, c.number_end, c.unit
    assert c.value is not None
    value = c.value
    unit_name, dimension = (None, "") if unit is None else (unit.name, unit.dimension)
    qualifier, qualifier_text = reading.qualifier, reading.qualifier_text
    end = reading.end if c.unit_text is not None and not c.percent_words else number_end
    if end < number_end:
        end = number_end  # ¥5: the unit stands before the number
    # (one look at the unit read rules out both kinds of small change for most figures)
    if reading.unit_text in _CHANGE_FOLLOWS and reading.qualifier is None:
        if reading.unit_text != "块":
            # 3元5角, 二十五万元一角, 壹佰捌拾壹圆柒角: the 角 and 分 after 元 belong to the amount (in the figure's
            # unit, 万元 too)
            change = jiao_fen().match(text, end)
            if change is not None:
                value += small_change(change) / int(_PREFIX_FACTORS[c.prefix])
                end = change.end()
        elif not c.prefix:
            spoken = spoken_jiao().match(text, end)
            if spoken is not None:  # 5块5, 五块五毛: spoken money, 5.5 元
                value += (_number_value(spoken.group("jiao")) or ZERO) / 10
                if spoken.group("fen") is not None:
                    value += (_number_value(spoken.group("fen")) or ZERO) / 100
                unit_name, dimension, end = "元", "money", spoken.end()
            else:
                change = jiao_fen().match(text, end)
                if change is not None and change.group("fen_only") is not None:  # 1块1分, 三块零五分
                    value += small_change(change)
                    unit_name, dimension, end = "元", "money", change.end()
    if dimension == "money":
        if text.startswith(_TRAILING_CURRENCY, end):
            end += len(_TRAILING_CURRENCY)  # 5万元人民币
        if text[end : end + 1] == "整" and not _is_cjk(text[end + 1 : end + 2]):
            end += 1  # 壹拾壹圆整: "exactly", as cheques write it (整改, 整治 are words)

    following = text[end : end + 1]
    if (
        # most figures: one look on either side shows that none of _cut_short's cases holds
        (following in _MAY_CUT_AFTER or (start and text[start - 1] in _MAY_CUT_BEFORE))
        and (refused_end := _cut_short(text, start, end, dimension, reading.unit_text)) is not None
    ):
        # 123元1角1分 with a tail left over, 两美元又三美分, 四十九兆…亿元, 百分之五 十: never a part of the figure
        return Atom(
            start,
            refused_end,
            c.number_end,
            ZERO,
            unit_name,
            _PREFIX_FACTORS[c.prefix],
            None,
            None,
            poison=True,
        )

    half = reading.half
    if (
        following == "半"
        and not half
        and dimension in _MEASURED_BY_HALVES
        and not _is_cjk(text[end + 1 : end + 2])
    ):
        half, end = True, end + 1  # 一吨半, 3公里半。 (but 10公里半程: 半 starts another word)
    if (dimension in _DURATION_LIKE or unit_name == _TENTHS) and not half:
        # 一年多, 两年半, 1倍多
        after_unit = text[end : end + 2]
        if after_unit[:1] == "半" and dimension != "multiple":
            half, end = True, end + 1
        elif after_unit[:1] == "多" and after_unit[1:2] not in _NOT_AFTER_DUO and qualifier is None:
            qualifier, qualifier_text, end = Qualifier.MORE_THAN, source[end], end + 1
    if half:
        value += _HALF
    unit_factor = _PREFIX_FACTORS[c.prefix]
    if (
        unit_name == "年" and (_is_poison_year(run, unit_name, text, end) or text.endswith(_ERA, 0, start))
    ) or (
        dimension in _FRAME_DIMENSIONS and (text.startswith(_AGO, end) or _is_time_frame(text, start, end))
    ):
        # 2023年 (a year), 五年前 (a time point), 近三年来 (a time frame): dates, not figures; nor are their
        # list and range partners.
        return Atom(start, end, c.number_end, ZERO, unit_name, unit_factor, None, None, poison=True)

    # Qualifiers before the number (and its ¥) and after the unit.
    anchor = c.yen_at if c.yen_at is not None else start
    if anchor and (text[anchor - 1] in _PRE_QUALIFIER_ENDS or text[anchor - 1] in _SPACES_SET):
        begin, pre_qualifier, pre_text = _pre_qualifier(text, anchor)
        if pre_qualifier is None and text[anchor - 1] in _SPACES_SET:
            begin, pre_qualifier, pre_text = _qualifier_before_currency(text, anchor)  # 约人民币 29.78 亿元
    elif anchor > 3 and text[anchor - 1] == "币":
        begin, pre_qualifier, pre_text = _qualifier_before_currency(text, anchor)
    else:  # most figures have no word before them: one look spares the call
        begin, pre_qualifier, pre_text = anchor, None, None
    if (
        pre_text == "过"
        and dimension not in _OVER_AMOUNTS
        and run not in _BARE_MAGNITUDES
        and not (unit_name is None and run[-1] in _MAGNITUDE_ENDS)
        and not c.prefix
    ):
        # (过 before a bare magnitude is "over" whatever is counted: 过万件, 过千人, and so it is before a number
        # with its magnitude, 涉案过100万的, 单月过2.6万辆; before a number of things it is the aspect particle or
        # "after": 受过两次处分, 过两年再看)
        begin, pre_qualifier, pre_text = anchor, None, None
    if pre_qualifier is None and run in _BARE_MAGNITUDES and _up_to(text, start):
        begin, pre_qualifier, pre_text = start - 1, Qualifier.MORE_THAN, "上"
    pre_qualified = pre_qualifier is not None and qualifier is None
    if pre_qualified:
        qualifier, qualifier_text = pre_qualifier, source[begin : begin + len(pre_text or "")]
    elif pre_qualifier is not None:
        begin = anchor
    # (a pure number ending in its magnitude takes one too: 资金55万左右, 投资5千万以上的项目; what may follow a
    # figure rarely does, so it is asked first)
    if text[end : end + 1] in _MAY_FOLLOW_FIGURE and (
        c.unit_text is not None or c.fraction or text[end - 1 : end] in _BIG_SET
    ):
        after = _skip_spaces(text, end, len(text))
        if text.startswith(_INCLUDED, after):  # 10万元（含）以上
            after += 3
        post = post_qualifier().match(text, after)
        if post is not None and qualifier is None:
            qualifier, qualifier_text = _POST_QUALIFIERS[post.group()], source[post.start() : post.end()]
            end = post.end()
            if text.startswith(_INCLUDED, end):  # 100万元以上（含）: the mark belongs to the bound
                end += 3
    if (
        qualifier is None
        and dimension in _FRAME_DIMENSIONS
        and text[end : end + 1] == "内"
        and (text[end + 1 : end + 2] not in _NEI_STARTS_WORD or text.startswith(_NEI_THEN_VERB, end + 1))
    ):
        qualifier, qualifier_text, end = (
            Qualifier.AT_MOST,
            source[end],
            end + 1,
        )  # 3个月内, 一周内: a time limit

    # No rate is read from words before the figure: in 人均可支配收入33616元 and 亩均税收 6.59 万元 the unit is
    # what is written after the number (元, 万元); a rate is a rate when written as one (元/人, 万元/亩).

    return Atom(
        begin,
        end,
        number_end,
        value,
        unit_name,
        unit_factor,
        qualifier,
        qualifier_text,
        c.chinese,
        unit_name is None and (c.fraction or c.big),  # keep_bare
        False,  # poison
        False,  # ordinal
        c.written_big,
        pre_qualified,
    )


def _is_cjk(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


MONEY_BEFORE_CHANGE = frozenset("元圆块角毛")
#: The units of an amount whose 角 and 分 follow it: 元, and 圆 as cheques write it.
_YUAN = ("元", "圆")
#: The units after which small change may follow: 元 and 圆 (3元5角), and the spoken 块 (5块5).
_CHANGE_FOLLOWS = frozenset({*_YUAN, "块"})
#: The currency a financial text names before an amount (约人民币77.61亿元).
_CURRENCY_WORD = "人民币"


def _qualifier_before_currency(text: str, anchor: int) -> tuple[int, Qualifier | None, str | None]:
    """A qualifier before the currency named before an amount (约人民币77.61亿元, 约人民币 29.78 亿元: it stands
    between the qualifier and the number); with no qualifier the figure starts at its number, as ever."""
    before = _skip_spaces_back(text, anchor)
    if before > len(_CURRENCY_WORD) and text.endswith(_CURRENCY_WORD, 0, before):
        begin, qualifier, word = _pre_qualifier(text, before - len(_CURRENCY_WORD))
        if qualifier is not None:
            return begin, qualifier, word
    return anchor, None, None


#: The characters after a figure or before it without which _cut_short finds nothing: the first characters of
#: leftover_change (digits of 角 and 分, 又), spaces and 百 after it; 兆, spaces and what comes before 角 or 分
#: (元圆块角毛) before it.
_MAY_CUT_AFTER = frozenset("0123456789一二两三四五六七八九壹贰叁肆伍陆柒捌玖又百" + _SPACES)
_MAY_CUT_BEFORE = frozenset("兆元圆块角毛" + _SPACES)
_NUMERAL_CONTINUES = frozenset("〇零一二两三四五六七八九十百千万亿点兆壹贰叁肆伍陆柒捌玖拾佰仟廿卅")


def _cut_short(text: str, start: int, end: int, dimension: str, unit_text: str | None) -> int | None:
    """The end of a figure that would be read in part, or None: money with change left over after it (the end
    then covers the change, which is no count of its own), a numeral going on across a space (百分之五 十,
    一 百 五 十 个, 六 个 百 分点), or a figure right after 兆 (which the scanner reads before a 亿 group only)."""
    if dimension.startswith("money") or unit_text == "块":
        leftover = leftover_change().match(text, end)
        if leftover is not None:
            while leftover is not None:
                end = leftover.end()
                leftover = leftover_change().match(text, end)
            return end
    if start and text[start - 1] == "兆":
        return end
    if unit_text in ("分", "角", "毛") and start and text[start - 1] in MONEY_BEFORE_CHANGE:
        return end  # 一块1分 (一块 read as a word): the 分 of an amount, never a count of its own
    if end < len(text) and text[end] in _SPACES_SET:
        after = _skip_spaces(text, end, len(text))
        if text[after : after + 1] in _NUMERAL_CONTINUES:
            return end
    if text.startswith("百", end) and text[end + 1 : end + 2] in _SPACES_SET | {"分"}:
        return end  # 2.4 个百分 点: the unit is 个百分点, not 个
    if start and text[start - 1] in _SPACES_SET:
        before = _skip_spaces_back(
            text, start
        )  # after 点 and a space, the veto "split by a space" refuses it
        # (Arabic digits across a space are two numbers, as parse_number reads them: a table's "1 12个")
        if before and text[before - 1] in _NUMERAL_CONTINUES and text[before - 1] != "点":
            return end
    return None


def small_change(match: re.Match[str]) -> Decimal:
    """The 角 and 分 after 元, in 元: 5角2分 is 0.52, 零五分 0.05."""
    jiao = match.group("jiao")
    fen = match.group("fen") or match.group("fen_only")
    total = (_number_value(jiao) or ZERO) / 10 if jiao is not None else ZERO
    if fen is not None:
        total += (_number_value(fen) or ZERO) / 100
    return total
