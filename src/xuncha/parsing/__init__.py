"""Text → :class:`~xuncha.models.Notice`: the layout of a notice, its hierarchy, findings and measures.

The input is first cleaned (:mod:`xuncha._text`: markup removed, page breaks rejoined, by deletion only).
Figures and dates are extracted once over the whole cleaned text and their spans mapped back in bulk, so that
every :class:`~xuncha.models.Span` points into the text as given. The layout is then read paragraph by
paragraph:

preamble (web-page clutter) · title · opening · body · closing · signature · 成文日期 · postscript

The body's hierarchy comes from the markers alone (一、 （一） 1. （1） and their variants), never from Markdown
depth: a stack by level. An item titled like a problem ("…问题整改情况", "关于…的问题") with no numbered parts
below is a :class:`~xuncha.models.Finding`; everything else numbered is a :class:`~xuncha.models.Section`.

Nothing is lost: every character of the input other than markup and whitespace lands in exactly one of these
fields, in this order (see :func:`text_fields`): ``preamble``, ``title``, ``opening``; per section depth first
``marker``, ``title``, ``intro`` then its parts in document order; per finding ``marker``, ``title``, ``text``
then per measure ``marker``, ``text``; then ``closing``, ``signature``, the text of the date's
:class:`~xuncha.models.Period` in ``Notice.periods`` (the 成文日期 line), ``postscript``. ``Finding.problem``,
``Measure.lead``, ``Measure.documents``, ``Notice.contacts``, ``Notice.inspection`` and every figure are read
*from* those fields and are not counted again.

The work is split by concern: :mod:`._layout` (where each part begins), :mod:`._tree` (the numbered parts,
sections or findings), :mod:`._measures` (a finding's measures and what they say), :mod:`._facts` (the
inspection in the opening, with :mod:`._groups`, :mod:`._target` and :mod:`._inspection_dates`), :mod:`._closing`
(the contacts in the closing), :mod:`._figures` (figures and dates given to the part they stand in) and :mod:`._parser` (the steps in order). The grammars they share live in :mod:`xuncha._markers`
(list markers) and :mod:`xuncha._contacts` (contact labels and values).
"""

from __future__ import annotations

import datetime as dt

from xuncha.errors import require_reference, require_text
from xuncha.models import Notice
from xuncha.parsing._fields import text_fields
from xuncha.parsing._parser import read_notice

__all__ = ["parse_notice", "text_fields"]


def parse_notice(text: str, *, reference: dt.date | None = None) -> Notice:
    """Read a notice given as Markdown or plain text.

    Relative dates are resolved against ``reference`` when given, else against the notice's own date
    (its 成文日期), else left open. Any text gives a :class:`~xuncha.models.Notice` — an empty one for an empty
    text; a ``text`` that is not a ``str`` or a ``reference`` that is not a ``datetime.date`` raises
    :class:`TypeError`.

    >>> notice = parse_notice("关于巡察整改情况的通报\\n\\n一、“学习不够”方面\\n\\n1. 学习不深入问题整改情况。一是建立制度。二是已完成培训。")
    >>> [(f.number, f.problem, [m.marker for m in f.measures]) for f in notice.iter_findings()]
    [(1, '学习不深入', ['一是', '二是'])]
    """
    return read_notice(require_text(text), require_reference(reference))
