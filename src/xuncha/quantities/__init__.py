"""Figures in running text: a number, its unit, and the words that qualify it, with exact source spans.

>>> [(q.value, q.unit, q.qualifier and q.qualifier.value, q.text) for q in extract_quantities(
...     "已偿还隐性债务 5.6 亿余元，宣讲人员80余名，占比增长近 5 个百分点")]
[(Decimal('5.6'), '亿元', 'more_than', '5.6 亿余元'), (Decimal('80'), '名', 'more_than', '80余名'), (Decimal('5'), '个百分点', 'nearly', '近 5 个百分点')]

How it works: one compiled pattern finds every numeral (it cannot backtrack: everything after the first
character is optional and flat), then each candidate is decided by looking up a bounded window of text around it
in tables: the units and counters of :mod:`xuncha._lexicon`, the words of :mod:`~xuncha.quantities._words`,
and the vetoes of :mod:`~xuncha.quantities._vetoes`, a named table of (reason, test) that :func:`refusals`
reports. Lists ("3.6 和 5.6 个百分点") and ranges ("5-10万元") are joined in a second pass over the candidates
(:mod:`~xuncha.quantities._join`). Cost is linear in the input.

What is never a quantity:

- years and dates (2023年, 12月, 1-11 月, 2023.12.25, 90年代, 五年前), clock times, document numbers (〔2023〕12号);
- time frames, the periods a passage reports on (近三年来, 过去三年, 近3年内, 三年来, "近三年，…", 比前五年): see
  _is_time_frame; durations stay figures (工作近5年, 历时近两年, 提前3个月);
- ordinals (第十二届, 第3名, 一是) and the 届 of a congress (二十届);
- phone numbers, postcodes, e-mail addresses, model names (PM2.5, 5G): a bare number without a unit is not
  extracted, and numbers touching Latin letters or markup are not either;
- Chinese numerals in short quotations (“三个一批”), in fixed terms (十四五, 三重一大, 一岗双责,
  两个责任, 四张牌, 八项规定), in words (统一, 唯一, 进一步, 一起, 一批) and approximate pairs (三五天);
- 一 as an article (对一所高校, 一次政治体检), the year a clause names (不平凡的一年。) and the years that name a
  plan (三年提升工程).

The unit is the one written after the number: 人均可支配收入33616元 is 33616 元 (a rate is one only when
written as one, 元/人). A pinyin gloss after a character (萬(wàn)元) is read through.

A bare number is extracted only when it carries a magnitude (80万, 5.6亿) or is a fraction (五分之一, 1/3);
otherwise "12 问题" or "排名第3" give nothing. A range keeps its lower bound in ``value`` and its upper bound in
``upper``; each item of a list that shares one unit is a quantity of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal  # noqa: F401 (for the doctests)

import attrs

from xuncha._fold import fold, without_glosses
from xuncha._lines import runs_on_into
from xuncha.errors import NumberError, QuantityError, UnitError, require_text
from xuncha.models import Qualifier, Quantity, Span  # noqa: F401 (Qualifier: for the doctests)
from xuncha.numerals import _SPACE_IN_DIGITS, format_number, fraction_to_decimal, parse_fraction, parse_number
from xuncha.quantities._candidate import Atom
from xuncha.quantities._grammar import (
    candidate_pattern,
    figure_candidate_pattern,
    figure_wrap_pattern,
    quoted_pattern,
)
from xuncha.quantities._join import Place, is_figure_alone, join, paired, single
from xuncha.quantities._reading import decide
from xuncha.quantities._scan import _skip_spaces_back
from xuncha.quantities._words import (
    _ARABIC,
    _BIG,
    _CN_DIGIT,
    _CN_UNIT,
    _DEFAULT_WORDS,
    _DURATION_LIKE,
    _INCLUDED_MARKS,
    _INNER_QUALIFIERS,
    _LONGEST_NUMERAL,
    _MINUS,
    _NOT_SIGN_BEFORE_FU,
    _PEOPLE_COUNTERS,
    _POST_QUALIFIERS,
    _TENTHS,
)
from xuncha.units import get_unit

__all__ = ["extract_quantities", "format_quantity", "parse_quantity", "refusals"]


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for match in quoted_pattern().finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _is_negative(text: str, start: int, previous_end: int) -> bool:
    """A minus sign right before the number, after words rather than after a figure (5万元-10万元 is a range)."""
    sign = start - 1
    if sign < previous_end or sign < 0 or text[sign] not in _MINUS:
        return False
    if text[sign] == "负":
        # 负3.9%, 增长负3.9%; in 胜负, 正负 and 抱负 the character belongs to a word
        return sign == 0 or text[sign - 1] not in _NOT_SIGN_BEFORE_FU
    before = _skip_spaces_back(text, sign)
    if before == 0:
        return True
    if previous_end:
        # 1 万(含)-5 万元, 1万元--5万元: a dash after a figure, its inclusion mark or another dash joins a range
        between = text[previous_end:before].strip(" \u3000")
        if between.startswith(_INCLUDED_MARKS):
            between = between[3:]
        between = between.strip(" \u3000-－—–~～")
        if not between:
            return False
    if before <= previous_end:
        return False  # a figure ends right before the sign: 5万元 - 10万元 is a range
    previous = text[before - 1]
    return not (previous.isascii() and previous.isalnum())  # 5-10, A-12: a range, a code


def extract_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, each with its exact source text and span. Never raises on text.

    >>> [(str(q.value), q.upper and str(q.upper), q.unit, q.text) for q in extract_quantities("3.6 和 5.6 个百分点，5-10万元")]
    [('3.6', None, '个百分点', '3.6'), ('5.6', None, '个百分点', '5.6 个百分点'), ('5', '10', '万元', '5-10万元')]
    >>> extract_quantities("2023年12月，第十二届“三个一批”〔2023〕12号，电话0393-1234567")
    []
    """
    return _extract(require_text(text), None)


def _extract(source: str, place: Place, folded: str | None = None) -> list[Quantity]:
    """extract_quantities; ``place`` says where spans point; ``folded`` is ``fold(source)`` when the caller has
    it already (the parser folds the cleaned text once for every grammar)."""
    unglossed = without_glosses(source)
    if unglossed is not None:
        # 52816萬(wàn)元: a pinyin gloss reads the character before it aloud; the figure is read through it and
        # its span covers the whole written form.
        plain, to_source = unglossed
        if place is None:
            inner: Place = (source, to_source)
        else:
            original, to_original = place
            inner = (original, lambda start, end: to_original(*to_source(start, end)))
        return _scan(plain, inner, None)
    return _scan(source, place, folded)


def _scan(source: str, place: Place, folded: str | None) -> list[Quantity]:
    """_extract over a text without glosses."""
    # one character for one: every offset stays valid for the source
    text = _unwrapped(fold(source)) if folded is None else folded
    quoted = _quoted_spans(text)
    found_quantities: list[Quantity] = []
    # Only the current run of atoms listed or ranged together is held: join reads neighbours across a
    # separator and nothing else, so each run is joined when the next atom stands apart from it.
    atoms: list[Atom] = []
    last_end = 0
    for match in figure_candidate_pattern().finditer(text):  # (numerals that may be figures)
        found = match.start()
        if found < last_end:
            continue
        atom = decide(text, source, match, quoted)
        if atom is None:
            continue
        if atoms:
            last = atoms[-1]
            previous_end = last.end
            if found == previous_end and last.unit in _PEOPLE_COUNTERS and match.group() == "一":
                continue  # 五人一组, 十至二十人一组: "to each group", not a second count
            if atom.start < previous_end:
                atom.start = found  # words before this figure were already read as part of the previous one
        else:
            previous_end = 0
        if (
            atom.start == found
            and found
            and text[found - 1] in _MINUS  # one look rules out almost every figure
            and _is_negative(text, found, previous_end)
        ):
            atom.start -= 1
            atom.value = -atom.value
        if atoms and not paired(text, last, atom):
            if len(atoms) > 1:
                found_quantities += join(source, text, atoms, place)
            elif is_figure_alone(last):  # most figures stand alone: join's first case, without its call
                found_quantities.append(single(source, place, last))
            atoms = []
        atoms.append(atom)
        last_end = atom.end
    if atoms:  # (a text of a line or two often holds no figure: no call)
        found_quantities += join(source, text, atoms, place)
    return found_quantities


def _unwrapped(text: str) -> str:
    """``text`` with every hard wrap inside a figure (figure_wrap_pattern) read as spaces, where the number ends
    a line of running text: a line of at least _WRAPPED_LINE characters before the number, as a paragraph wrapped
    at a fixed width has (a short line ending on a number is a label's value, 浏览次数：46, a page count or a
    table's cell, and the next line starts anew: 根据…, 本次…), or the number alone on its line after a line that
    runs on into it (_lines.runs_on_into: 示范基地⏎3⏎个。). One character for one: offsets stay valid. (The
    parser gives a cleaned text, whose lines are its paragraphs.)"""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for match in figure_wrap_pattern().finditer(text):
        wrap_start = match.start()
        while wrap_start and text[wrap_start - 1] in _SPACES_BEFORE_A_WRAP:
            wrap_start -= 1
        if not wrap_start or text[wrap_start - 1] not in _WRAPPED_NUMBER_ENDS:
            continue  # no number ends the line
        number_start = wrap_start
        while number_start and text[number_start - 1] in _WRAPPED_NUMBER:
            number_start -= 1
        line_start = text.rfind("\n", 0, number_start) + 1
        if number_start - line_start < _WRAPPED_LINE and not (
            number_start == line_start and runs_on_into(text, line_start)
        ):  # (a number alone on its line between lines of a sentence: 示范基地⏎3⏎个。)
            continue
        pieces += (text[done:wrap_start], " " * (match.end() - wrap_start))
        done = match.end()
    return "".join(pieces) + text[done:] if pieces else text


#: What a number that a wrap follows ends with: a digit or a magnitude.
_WRAPPED_NUMBER_ENDS = frozenset(f"0123456789{_BIG}千百")
#: The characters of an Arabic number as a line may end on it before a wrap: digits, its point and grouping
#: commas, its magnitudes and the spaces between them (超过 1250 万⏎吨).
_WRAPPED_NUMBER = _WRAPPED_NUMBER_ENDS | frozenset(".,") | frozenset(" \t\u3000")
#: What may stand between the number and the line break: spaces, and the \r of a Windows line end.
_SPACES_BEFORE_A_WRAP = frozenset(" \t\u3000\r")
#: The characters a line holds before a number it wraps after, at least (wrapped paragraphs' lines run to 25
#: to 40 characters; labels, captions and table rows are shorter).
_WRAPPED_LINE = 16


def refusals(text: str) -> list[tuple[str, str]]:
    """Each numeral in ``text`` that is not a figure, with the reason the quantity grammar gives for it.

    For understanding a reading (and for testing each veto on its own); figures, years, dates and ordinals are
    not listed.

    >>> refusals("一是进一步，2023/12/25完成“三个一批”")
    [('一', 'nothing a figure is made of follows'), ('一', 'part of a word'), ('2023/12', 'a date written with slashes'), ('25', 'nothing a figure is made of follows'), ('三', 'in a quotation or a set phrase'), ('一', 'in a quotation or a set phrase')]
    """
    text = _unwrapped(fold(require_text(text)))
    quoted = _quoted_spans(text)
    found: list[tuple[str, str]] = []
    last_end = 0
    for match in candidate_pattern().finditer(text):
        if match.start() < last_end:
            continue
        why: list[str] = []
        atom = decide(text, text, match, quoted, why)
        if why:
            found.append((match.group(), why[0]))
        elif atom is not None:
            last_end = atom.end
    return found


def parse_quantity(text: str) -> Quantity:
    """Read the one figure in ``text`` (qualifier words around it allowed).

    A text that is a bare number gives a quantity without a unit. Raises :class:`~xuncha.errors.QuantityError`
    when the text holds no figure or more than one.

    >>> q = parse_quantity("6.59 万元/亩")
    >>> q.value, q.unit, q.base().value, q.base().unit
    (Decimal('6.59'), '万元/亩', Decimal('65900'), '元/亩')
    >>> parse_quantity("第十二届")
    Traceback (most recent call last):
    ...
    xuncha.errors.QuantityError: not a quantity: '第十二届'
    """
    require_text(text)
    found = extract_quantities(text)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise QuantityError(f"{len(found)} quantities where one was expected", source=text)
    stripped = text.strip()
    spaced = _read_spaced(stripped)
    if spaced is not None:
        start = text.index(stripped)
        return attrs.evolve(spaced, text=stripped, span=Span(start, start + len(stripped)))
    qualified = _QUALIFIED_MAGNITUDE.fullmatch(fold(stripped)) if len(stripped) <= _LONGEST_NUMERAL else None
    if qualified is not None:
        # 十多万, 500余万, 五百 余万: a bare number whose 多/余 stands before its 万 or 亿, as 十多万元 without 元
        try:
            value = parse_number(qualified.group("number") + qualified.group("magnitude"))
        except NumberError:
            pass
        else:
            start = text.index(stripped)
            word = stripped[qualified.start("word")]
            return Quantity(
                value,
                qualifier=_INNER_QUALIFIERS[word],
                qualifier_text=word,
                text=stripped,
                span=Span(start, start + len(stripped)),
            )
    if stripped and len(stripped) <= _LONGEST_NUMERAL:
        try:
            value = fraction_to_decimal(parse_fraction(stripped))
        except NumberError:
            pass
        else:
            start = text.index(stripped)
            return Quantity(value, text=stripped, span=Span(start, start + len(stripped)))
    raise QuantityError("not a quantity", source=text)


_AFTER_UNIT_WORDS = {word for word, _ in _POST_QUALIFIERS.items()}
#: A space between two characters of a text. (Spaces between Arabic digits part two numbers, 3 5: _read_spaced
#: refuses them with parse_number's own _SPACE_IN_DIGITS.)
_INNER_SPACE = re.compile(r"(?<=\S)[ \t\u3000\u00a0]+(?=\S)")


#: A whole text that is a number, 多 or 余, and the 万 or 亿 it multiplies (on the folded text).
#: The number ends in Arabic digits or a unit: 十多万, 500余万, 三万多亿 (三多万, 1.5多万 are not written).
_QUALIFIED_MAGNITUDE = re.compile(
    rf"""
    (?P<number>[{_ARABIC}{_CN_DIGIT}{_CN_UNIT} \u3000]*[{_ARABIC}十拾百佰千仟万])  # the number: 十, 500, 一千
    [ \u3000]*(?P<word>[多余])[ \u3000]*                                          # more than
    (?P<magnitude>万亿|万|亿)                                                       # what it multiplies
    """,
    re.VERBOSE,
)


def _read_spaced(text: str) -> Quantity | None:
    """一 百 五 十 个 百 分 点, 四点 五个百分点: a text that is one figure as a whole reads as that figure with
    its spaces taken out, when the figure then covers all of it. In running text a numeral split by a space is
    refused (百分之五 十 may end one phrase and start the next); a text given as one figure has no next phrase."""
    if _INNER_SPACE.search(text) is None or _SPACE_IN_DIGITS.search(text) is not None:
        return None
    compact = _INNER_SPACE.sub("", text)
    found = extract_quantities(compact)
    if (
        len(found) != 1
        or found[0].span is None
        or (found[0].span.start, found[0].span.end) != (0, len(compact))
    ):
        return None
    return found[0]


def format_quantity(quantity: Quantity, *, locale: str = "zh_CN") -> str:
    """Write a figure for ``locale`` (numbers through babel): ``500余万元``, ``约9.2公里``, ``5-10万元``.

    >>> format_quantity(Quantity(Decimal("95"), "%", qualifier=Qualifier.AT_LEAST, qualifier_text="以上"))
    '95%以上'
    """
    if not isinstance(quantity, Quantity):
        raise TypeError(f"quantity must be a Quantity, not {type(quantity).__name__}")
    # The numbers as format_number groups them (which also refuses an unknown locale).
    figure = format_number(quantity.value, "grouped", locale=locale)
    if quantity.upper is not None:
        figure += "-" + format_number(quantity.upper, "grouped", locale=locale)
    word = quantity.qualifier_text
    if word is None and quantity.qualifier is not None:
        word = _DEFAULT_WORDS[quantity.qualifier]
    unit = quantity.unit or ""
    if word is None:
        return figure + unit
    if word == "多" and _is_duration_like(quantity.unit):
        return figure + unit + word  # 1年多, not 1多年
    if word in _INNER_QUALIFIERS:
        return figure + word + unit
    if word in _AFTER_UNIT_WORDS:
        return figure + unit + word
    return word + figure + unit


def _is_duration_like(unit: str | None) -> bool:
    try:
        return unit == _TENTHS or (unit is not None and get_unit(unit).dimension in _DURATION_LIKE)
    except UnitError:
        return False
