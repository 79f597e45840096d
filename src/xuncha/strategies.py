"""Public Hypothesis strategies for xuncha's models, for property tests in your own code.

Install the extra (``pip install "xuncha[hypothesis]"``); importing this module needs Hypothesis, xuncha
itself does not. Every strategy is written by hand and draws only valid objects: it respects every
invariant the models check (a span as long as its text, a period's start before its end, child sections
deeper than their parent, well-shaped contacts, finite amounts). Objects are kept small so that a
property over whole notices can run a thousand examples in seconds.

Installing xuncha registers these strategies with Hypothesis (through the ``hypothesis`` entry point), so
``st.from_type(xuncha.Notice)`` draws from :func:`notices`:

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(notices())
... def test_every_finding_is_reachable(notice):
...     assert all(isinstance(f, Finding) for f in notice.iter_findings())
>>> test_every_finding_is_reachable()
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import TypeVar

try:
    from hypothesis import strategies as st
except ModuleNotFoundError as missing:  # an optional dependency: say how to get it
    if missing.name != "hypothesis" and not (missing.name or "").startswith("hypothesis."):
        raise
    raise ImportError(
        'xuncha.strategies needs Hypothesis, an optional dependency: pip install "xuncha[hypothesis]"',
        name=missing.name,
    ) from None

from xuncha._date_strategies import date_phrases, formattable_periods, notice_dates
from xuncha._numeral_strategies import chinese_numerals, quantity_phrases
from xuncha.errors import XunchaError
from xuncha.models import (
    Contact,
    ContactKind,
    Finding,
    Inspection,
    Measure,
    Modality,
    Notice,
    Period,
    Precision,
    Progress,
    Qualifier,
    Quantity,
    Relation,
    Section,
    Span,
    Status,
)

T = TypeVar("T")

__all__ = [
    "chinese_numerals",
    "contacts",
    "date_phrases",
    "findings",
    "formattable_periods",
    "inspections",
    "measures",
    "notice_dates",
    "notices",
    "periods",
    "progress_statements",
    "quantities",
    "quantity_phrases",
    "sections",
    "spans",
]

# A small alphabet of the characters notices are made of, plus the ones that trip up escaping
# (quotes, backslash, newline, full-width punctuation): cheap to draw, still revealing.
_ALPHABET = (
    "巡察视整改情况通报党委组织问题落实制度学习工作推进县市区局第一二三四五十百万元亩个项人次年月日"
    "0123456789abcXYZ“”《》（）、，。：；%.- \n\\\"'"
)
_MIN_DAY = dt.date(1949, 10, 1)
_MAX_DAY = dt.date(2099, 12, 31)


# Ready-made phrases (fictional, in the register of notices): one draw each, which keeps whole notices cheap;
# freely drawn short strings from the alphabet still probe escaping and odd characters.
_PHRASES = (
    "",
    "巡察整改情况",
    "理论学习不深入问题整改情况",
    "县委第三巡察组",
    "一是严格落实“第一议题”制度",
    "建立完善制度12项",
    "《关于加强作风建设的实施意见》",
    "截至2023年11月底",
    "清退资金66.57万元",
    "欢迎广大干部群众监督。\n联系电话：0000-1234567",
    "a\\b\"c'd",
    " 前后有空格 ",
)


# Hypothesis validates every strategy object the first time it is drawn from; building fresh strategy
# objects inside composites on every draw would cost more than the drawing. So each strategy used inside
# a composite is built once, through these cached factories, and reused.
_cache = functools.cache


@st.composite
def _phrase_or_text(draw: st.DrawFn, phrases: tuple[str, ...], drawn: st.SearchStrategy[str]) -> str:
    # One draw picks a ready-made phrase most of the time; the last choice draws characters freely.
    choice = draw(_integers(0, len(phrases)))
    return phrases[choice] if choice < len(phrases) else draw(drawn)


# Half of the objects drawn fill only their required fields (and their children): a plain object costs a
# few draws where a detailed one costs dozens, and the detailed half still covers every field.
_DETAILED = st.booleans()


@_cache
def _text(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    phrases = tuple(phrase for phrase in _PHRASES if min_size <= len(phrase) <= max(max_size, 16))
    drawn = st.text(alphabet=_ALPHABET, min_size=min_size, max_size=min(max_size, 8))
    return _phrase_or_text(phrases, drawn)


@_cache
def _optional_text(max_size: int = 12) -> st.SearchStrategy[str | None]:
    return st.none() | _text(max_size=max_size)


@_cache
def _non_blank(max_size: int = 8) -> st.SearchStrategy[str]:
    return _text(min_size=1, max_size=max_size).filter(lambda text: bool(text.strip()))


@_cache
def _integers(min_value: int, max_value: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=min_value, max_value=max_value)


@_cache
def _maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


@_cache
def _lists(strategy: st.SearchStrategy[T], max_size: int) -> st.SearchStrategy[list[T]]:
    return st.lists(strategy, max_size=max_size)


@_cache
def _sampled(values: tuple[T, ...]) -> st.SearchStrategy[T]:
    return st.sampled_from(values)


@_cache
def _dates(min_value: dt.date = _MIN_DAY) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value, _MAX_DAY)


@st.composite
def spans(draw: st.DrawFn, length: int | None = None) -> Span:
    """A :class:`~xuncha.Span`; ``length`` fixes how many characters it covers."""
    start = draw(_integers(0, 100_000))
    size = draw(_integers(0, 500)) if length is None else length
    return Span(start, start + size)


_cached_spans = _cache(spans)


def _span_for(draw: st.DrawFn, text: str | None) -> Span | None:
    """A span that agrees with ``text`` (same length), or none; any span when there is no text."""
    if not draw(st.booleans()):
        return None
    return draw(_cached_spans(length=None if text is None else len(text)))


_UNITS = ("元", "万元", "亿元", "亩", "公里", "个", "项", "件", "人", "人次", "家次", "%", "个百分点")
_QUALIFIER_WORDS = {
    Qualifier.MORE_THAN: ("余", "多", "超过"),
    Qualifier.NEARLY: ("近", "将近", "不足"),
    Qualifier.ABOUT: ("约", "左右"),
    Qualifier.AT_LEAST: ("以上", "至少", "最低"),
    Qualifier.AT_MOST: ("以下", "以内", "最高"),
}


def _decimal(draw: st.DrawFn, min_value: int = -(10**9), max_value: int = 10**12) -> Decimal:
    """An exact, finite amount with up to four decimal places (built from integers: cheap and exact)."""
    digits = draw(_integers(min_value, max_value))
    return Decimal(digits).scaleb(-draw(_integers(0, 4)))


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    """A :class:`~xuncha.Quantity`: a finite amount, maybe a unit, a qualifier with its word, a range."""
    value = _decimal(draw)
    if not draw(_DETAILED):
        return Quantity(value, draw(_maybe(_sampled(_UNITS))))
    upper = value + _decimal(draw, min_value=0) if draw(_integers(0, 4)) == 0 else None
    qualifier = draw(_maybe(_sampled(tuple(Qualifier))))
    qualifier_text = None
    if qualifier is not None and draw(st.booleans()):
        qualifier_text = draw(_sampled(_QUALIFIER_WORDS[qualifier]))
    text = draw(_optional_text())
    return Quantity(
        value,
        draw(_maybe(_sampled(_UNITS))),
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        text=text,
        span=_span_for(draw, text),
        upper=upper,
    )


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """A :class:`~xuncha.Period` whose start (when known) is not after its end (when known)."""
    if not draw(_DETAILED):
        day = draw(_dates())
        return Period(day, day)
    first = draw(_maybe(_dates()))
    second = draw(_maybe(_dates()))
    if first is not None and second is not None and second < first:
        first, second = second, first
    text = draw(_optional_text())
    return Period(
        first,
        second,
        draw(_sampled(tuple(Relation))),
        draw(_sampled(tuple(Precision))),
        text=text,
        span=_span_for(draw, text),
    )


@_cache
def _digits(count: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=count, max_size=count)


_LABELS = {
    ContactKind.PHONE: ("联系电话", "举报电话", "电话"),
    ContactKind.POSTAL_ADDRESS: ("邮政地址", "邮政信箱", "通信地址"),
    ContactKind.POSTCODE: ("邮编", "邮政编码"),
    ContactKind.EMAIL: ("电子邮箱", "邮箱"),
    ContactKind.WEBSITE: ("网址", "网站"),
}
_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)


def _contact_value(draw: st.DrawFn, kind: ContactKind) -> str:
    if kind is ContactKind.PHONE:
        if draw(st.booleans()):
            return f"1{draw(_integers(3, 9))}{draw(_digits(9))}"
        return "0" + draw(_digits(draw(_integers(2, 3)))) + "-" + draw(_digits(draw(_integers(7, 8))))
    if kind is ContactKind.POSTCODE:
        return draw(_digits(6))
    if kind is ContactKind.POSTAL_ADDRESS:
        return draw(_non_blank(max_size=16))
    domain = draw(_NAME) + draw(_sampled((".com", ".cn", ".gov.cn", ".org.cn")))
    if kind is ContactKind.EMAIL:
        return f"{draw(_NAME)}@{domain}"
    scheme = draw(_sampled(("", "http://", "https://")))
    return f"{scheme}www.{domain}{draw(_sampled(('', '/', '/xczg/')))}"


@st.composite
def contacts(draw: st.DrawFn, kind: ContactKind | None = None) -> Contact:
    """A :class:`~xuncha.Contact` whose value is shaped like its kind (``kind`` fixes the kind)."""
    kind = draw(_sampled(tuple(ContactKind))) if kind is None else kind
    label = draw(_maybe(_sampled(_LABELS[kind])))
    return Contact(kind, _contact_value(draw, kind), label=label)


@st.composite
def measures(draw: st.DrawFn) -> Measure:
    """A :class:`~xuncha.Measure` with a few figures, dates and cited documents."""
    if not draw(_DETAILED):
        return Measure(draw(_integers(1, 20)), draw(_text(max_size=20)))
    return Measure(
        draw(_integers(1, 20)),
        draw(_text(max_size=20)),
        marker=draw(_maybe(_sampled(("一是", "二是", "第一", "（1）", "①")))),
        lead=draw(_optional_text()),
        modality=draw(_sampled(tuple(Modality))),
        deadline=draw(_maybe(_PERIOD)),
        documents=draw(_lists(_DOCUMENT, 1)),
        quantities=draw(_lists(_QUANTITY, 1)),
        periods=draw(_lists(_PERIOD, 1)),
        span=draw(_maybe(_SPAN)),
    )


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    """A :class:`~xuncha.Finding` with up to two measures."""
    if not draw(_DETAILED):
        return Finding(draw(_text(max_size=16)), measures=draw(_lists(_MEASURE, 2)))
    return Finding(
        draw(_text(max_size=16)),
        number=draw(_maybe(_integers(1, 200))),
        marker=draw(_optional_text(max_size=4)),
        problem=draw(_optional_text()),
        text=draw(_text(max_size=20)),
        measures=draw(_lists(_MEASURE, 2)),
        status=draw(_sampled(tuple(Status))),
        quantities=draw(_lists(_QUANTITY, 1)),
        periods=draw(_lists(_PERIOD, 1)),
        span=draw(_maybe(_SPAN)),
    )


@st.composite
def sections(draw: st.DrawFn, level: int | None = None) -> Section:
    """A :class:`~xuncha.Section` at ``level`` (1–4, drawn when None) whose child sections are deeper."""
    if level is None:
        level = draw(_integers(1, 4))
    if not 1 <= level <= 4:
        raise XunchaError(f"a section level is 1 to 4, got {level}")
    children: list[Section] = []
    if level < 4:
        for _ in range(draw(_integers(0, 1))):
            children.append(draw(_cached_sections(level=draw(_integers(level + 1, 4)))))
    if not draw(_DETAILED):
        return Section(
            level,
            draw(_integers(1, 30)),
            draw(_text(max_size=16)),
            sections=children,
            findings=draw(_lists(_FINDING, 2)),
        )
    return Section(
        level,
        draw(_integers(1, 30)),
        draw(_text(max_size=16)),
        marker=draw(_sampled(("", "一、", "（一）", "1.", "（1）"))),
        intro=draw(_text(max_size=12)),
        sections=children,
        findings=draw(_lists(_FINDING, 2)),
        quantities=draw(_lists(_QUANTITY, 1)),
        periods=draw(_lists(_PERIOD, 1)),
        span=draw(_maybe(_SPAN)),
    )


_cached_sections = _cache(sections)


@st.composite
def inspections(draw: st.DrawFn) -> Inspection:
    """An :class:`~xuncha.Inspection` whose feedback does not come before the inspection began."""
    period = draw(_maybe(_PERIOD))
    earliest = _MIN_DAY if period is None or period.start is None else period.start
    return Inspection(
        inspector=draw(_optional_text()),
        dispatcher=draw(_optional_text()),
        target=draw(_optional_text()),
        mode=draw(_maybe(_sampled(("常规", "专项", "回头看", "机动", "提级", "上下联动")))),
        round=draw(_optional_text()),
        period=period,
        feedback_date=draw(_maybe(_dates(earliest))),
        basis=draw(_lists(_text(min_size=1, max_size=10), 2)),
    )


@st.composite
def notices(draw: st.DrawFn) -> Notice:
    """A :class:`~xuncha.Notice` with up to two top-level sections (all of level 1, or all of level 2)."""
    top_level = draw(_integers(1, 2))
    if not draw(_DETAILED):
        return Notice(draw(_text(max_size=24)), sections=draw(_lists(_cached_sections(level=top_level), 2)))
    return Notice(
        draw(_text(max_size=24)),
        issuer=draw(_optional_text()),
        inspection=draw(_maybe(_INSPECTION)),
        date=draw(_maybe(_dates())),
        opening=draw(_text(max_size=30)),
        sections=draw(_lists(_cached_sections(level=top_level), 2)),
        closing=draw(_text(max_size=20)),
        contacts=draw(_lists(_CONTACT, 2)),
        signature=draw(_optional_text()),
        preamble=draw(_text(max_size=6)),
        postscript=draw(_text(max_size=6)),
        quantities=draw(_lists(_QUANTITY, 1)),
        periods=draw(_lists(_PERIOD, 1)),
        progress=draw(_lists(_PROGRESS, 1)),
    )


@st.composite
def progress_statements(draw: st.DrawFn) -> Progress:
    """A :class:`~xuncha.Progress`: a subject and any of its counts and rate (the counts need not add up:
    :func:`xuncha.progress.progress_problems` is what judges that)."""
    return Progress(
        subject=draw(_sampled(("问题", "整改措施", "任务"))),
        total=draw(_maybe(_QUANTITY)),
        completed=draw(_maybe(_QUANTITY)),
        basically_completed=draw(_maybe(_QUANTITY)),
        in_progress=draw(_maybe(_QUANTITY)),
        not_completed=draw(_maybe(_QUANTITY)),
        rate=draw(_maybe(_QUANTITY)),
        text=draw(_optional_text()),
        span=draw(_maybe(_SPAN)),
    )


_SPAN = spans()
_QUANTITY = quantities()
_PERIOD = periods()
_CONTACT = contacts()
_PROGRESS = progress_statements()
_MEASURE = measures()
_FINDING = findings()
_INSPECTION = inspections()
_DOCUMENT = _text(min_size=1, max_size=8).map(lambda title: f"《{title}》")


# --------------------------------------------------------------------------- numerals and dates
# Text paired with what it means, for testing code that reads notices: Chinese numerals, quantity phrases and
# date expressions. They live in _date_strategies and _numeral_strategies, beside the grammars they mirror, and
# are re-exported by the imports at the top of this module.


# --------------------------------------------------------------------------- registration


def _register_hypothesis_strategies() -> None:
    """Make ``st.from_type`` draw valid xuncha objects (what xuncha's Hypothesis entry point runs)."""
    from xuncha._hypothesis_plugin import _register_hypothesis_strategies as register

    register()
