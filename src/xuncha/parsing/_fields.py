"""The accounting of a parsed notice: its text fields in document order, which together hold the whole input."""

from __future__ import annotations

from collections.abc import Iterator

from xuncha._lines import is_date_line
from xuncha._text import SourceText
from xuncha.models import Notice, Period, Precision, Relation, Section


def text_fields(notice: Notice) -> Iterator[str]:
    """The text fields of a notice in document order: together they hold every character of the input
    except markup and whitespace, each exactly once (see :mod:`xuncha.parsing` for the list).

    >>> from xuncha.parsing import parse_notice
    >>> "".join(text_fields(parse_notice("一、总体情况\\n\\n1. 甲问题整改情况。一是已完成。")))
    '一、总体情况1.甲问题整改情况。一是已完成。'
    """
    before = [notice.preamble, notice.title, notice.opening]
    for section in notice.sections:
        before += _section_fields(section)
    before.append(notice.closing)
    if notice.signature is not None:
        before.append(notice.signature)
    yield from before
    date_period = _date_period(notice, "".join(before) + notice.postscript)
    if date_period is not None and date_period.text is not None:
        yield date_period.text
    yield notice.postscript


def _date_period(notice: Notice, elsewhere: str) -> Period | None:
    """The period of the notice's date line (成文日期): a day shaped like a date line on the notice's date. A
    sentence may write the same day so (于2023 年 3 月 29 日审议通过), so the last such period whose text no other
    field holds is the line's (a cover page's 二〇二三年三月二十九日 before a body that writes the day in digits);
    when every one's text is held elsewhere too, the last."""
    if notice.date is None:
        return None
    last: Period | None = None
    for period in reversed(notice.periods):
        if (
            period.start == notice.date == period.end
            and period.relation is Relation.ON
            and period.precision is Precision.DAY
            and period.text is not None
            and is_date_line(SourceText(period.text).text)  # markup may sit inside: 2023年<b>12</b>月25日
        ):
            if period.text not in elsewhere:
                return period
            last = last or period
    return last


def _section_fields(section: Section) -> Iterator[str]:
    yield section.marker
    yield section.title
    yield section.intro
    for part in section.parts():
        if isinstance(part, Section):
            yield from _section_fields(part)
        else:
            yield part.marker or ""
            yield part.title
            yield part.text
            for measure in part.measures:
                yield measure.marker or ""
                yield measure.text
