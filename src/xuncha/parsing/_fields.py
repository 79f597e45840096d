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
    yield notice.preamble
    yield notice.title
    yield notice.opening
    for section in notice.sections:
        yield from _section_fields(section)
    yield notice.closing
    if notice.signature is not None:
        yield notice.signature
    date_period = _date_period(notice)
    if date_period is not None and date_period.text is not None:
        yield date_period.text
    yield notice.postscript


def _date_period(notice: Notice) -> Period | None:
    if notice.date is None:
        return None
    for period in reversed(notice.periods):
        if (
            period.start == notice.date == period.end
            and period.relation is Relation.ON
            and period.precision is Precision.DAY
            and period.text is not None
            and is_date_line(SourceText(period.text).text)  # markup may sit inside: 2023年<b>12</b>月25日
        ):
            return period
    return None


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
