"""The notice model family: frozen attrs classes whose validators make impossible objects unconstructible.

Every validator raises :class:`xuncha.errors.InvariantError`, which names the field at fault, so that
deserialisation can point at the exact JSON path. The models know nothing about parsing.

This module holds the document (Notice, its sections, findings and measures, the inspection, progress
statements and contacts) and is the public home of the whole family: the value types it holds (Span,
Quantity, Period and their enums) are defined in :mod:`xuncha._model_values` and imported from here.

>>> from decimal import Decimal
>>> q = Quantity(Decimal("500"), "万元", qualifier=Qualifier.MORE_THAN, qualifier_text="余")
>>> q.value, q.unit, q.qualifier.value
(Decimal('500'), '万元', 'more_than')
>>> Span(5, 3)
Traceback (most recent call last):
...
xuncha.errors.InvariantError: end: span end 3 is before its start 5
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import Literal, TypeVar

import attrs

from xuncha._contacts import EMAIL, PHONE, POSTCODE, WEBSITE, value_problem
from xuncha._lazy import LazyPattern

# The value types (where, how much, when) have a module of their own; this one is still their public home.
# The two trusted constructors are re-exported for the extractors that build values on their hot paths.
from xuncha._model_values import (
    _OPT_SPAN,
    Period,
    Precision,
    Qualifier,
    Quantity,
    Relation,
    Span,
)
from xuncha._model_values import _trusted_period as _trusted_period
from xuncha._model_values import _trusted_quantity as _trusted_quantity
from xuncha._model_values import _trusted_span as _trusted_span
from xuncha._validators import (
    _INT,
    _OPT_DATE,
    _OPT_INT,
    _OPT_STR,
    _STR,
    _as_tuple,
    _Attribute,
    _enum,
    _fail,
    _is,
    _not_blank,
    _positive,
    _strs,
    _tuple_of,
)
from xuncha.errors import InvariantError

__all__ = [
    "Contact",
    "ContactKind",
    "Finding",
    "Inspection",
    "Measure",
    "Modality",
    "Notice",
    "Period",
    "Precision",
    "Progress",
    "Qualifier",
    "Quantity",
    "Relation",
    "Section",
    "Span",
    "Status",
]

T = TypeVar("T")


class Status(enum.Enum):
    """The rectification status of a finding, only as the notice states it."""

    COMPLETED = "completed"
    BASICALLY_COMPLETED = "basically_completed"
    IN_PROGRESS = "in_progress"
    LONG_TERM = "long_term"
    NOT_COMPLETED = "not_completed"
    UNKNOWN = "unknown"


class Modality(enum.Enum):
    """Whether a measure has been done, is under way, or is planned."""

    DONE = "done"
    ONGOING = "ongoing"
    PLANNED = "planned"


class ContactKind(enum.Enum):
    """The kinds of contact a notice's closing gives for supervision and reports."""

    PHONE = "phone"
    POSTAL_ADDRESS = "postal_address"
    POSTCODE = "postcode"
    EMAIL = "email"
    WEBSITE = "website"


# --------------------------------------------------------------------------- converters of the model types


def _quantities(value: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return _as_tuple(value)


def _periods(value: Iterable[Period]) -> tuple[Period, ...]:
    return _as_tuple(value)


def _measures(value: Iterable[Measure]) -> tuple[Measure, ...]:
    return _as_tuple(value)


def _findings(value: Iterable[Finding]) -> tuple[Finding, ...]:
    return _as_tuple(value)


def _sections(value: Iterable[Section]) -> tuple[Section, ...]:
    return _as_tuple(value)


def _contacts(value: Iterable[Contact]) -> tuple[Contact, ...]:
    return _as_tuple(value)


def _progress(value: Iterable[Progress]) -> tuple[Progress, ...]:
    return _as_tuple(value)


# --------------------------------------------------------------------------- the closing's contacts


# The value shapes of xuncha._contacts, for the readers that still take them from here: the JSON Schema
# (xuncha.schema) embeds their sources, the checker matches e-mail addresses. Compiled on first use.
_EMAIL = LazyPattern(EMAIL)
_PHONE = LazyPattern(PHONE)
_POSTCODE = LazyPattern(POSTCODE)
_WEBSITE = LazyPattern(WEBSITE)


@attrs.frozen
class Contact:
    """A contact for supervision or reports: phone, postal address, postcode, e-mail or website.

    ``label`` keeps the words written before the value ("联系电话", "邮政信箱"), when there are any.
    """

    kind: ContactKind = attrs.field(validator=_enum(ContactKind))
    value: str = attrs.field(validator=[_STR, _not_blank])
    label: str | None = attrs.field(default=None, validator=[_OPT_STR, _not_blank])

    @value.validator
    def _shaped_like_its_kind(self, attribute: _Attribute, value: str) -> None:
        problem = value_problem(self.kind.value, value)  # the kind's own validator ran first
        if problem is not None:
            raise _fail(attribute, f"{value!r} is {problem}", related=("kind",))


# --------------------------------------------------------------------------- the document


def _in_document_order(items: list[T], span_of: Callable[[T], Span | None]) -> Iterator[T]:
    """Structural order, refined by source position when every item knows where it came from."""
    spans = [span_of(item) for item in items]
    if all(span is not None for span in spans):
        order = sorted(range(len(items)), key=lambda i: spans[i].start)  # type: ignore[union-attr]
        return (items[i] for i in order)
    return iter(items)


@attrs.frozen
class Measure:
    """One rectification measure inside a finding (一是…, 第一…, 针对…问题…, 下一步…).

    ``deadline`` is the date a planned measure is due, when stated; ``documents`` the 《…》 titles cited.
    """

    ordinal: int = attrs.field(validator=[_INT, _positive])
    text: str = attrs.field(validator=_STR)
    marker: str | None = attrs.field(default=None, validator=_OPT_STR)
    lead: str | None = attrs.field(default=None, validator=_OPT_STR)
    modality: Modality = attrs.field(default=Modality.DONE, validator=_enum(Modality))
    deadline: Period | None = attrs.field(default=None, validator=_is(Period, "a Period", optional=True))
    documents: tuple[str, ...] = attrs.field(
        default=(), converter=_strs, validator=_tuple_of(str, "a string")
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity, "a Quantity")
    )
    periods: tuple[Period, ...] = attrs.field(
        default=(), converter=_periods, validator=_tuple_of(Period, "a Period")
    )
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)


@attrs.frozen
class Finding:
    """One problem the inspection reported and what was done about it.

    ``title`` is as written ("理论学习不深入问题整改情况"), ``problem`` the problem it names ("理论学习不深入").
    ``text`` is the finding's own text outside its measures; ``quantities`` and ``periods`` are the figures and
    dates in its title and text (a measure's own figures sit in the measure).
    """

    title: str = attrs.field(validator=_STR)
    number: int | None = attrs.field(default=None, validator=[_OPT_INT, _positive])
    marker: str | None = attrs.field(default=None, validator=_OPT_STR)
    problem: str | None = attrs.field(default=None, validator=_OPT_STR)
    text: str = attrs.field(default="", validator=_STR)
    measures: tuple[Measure, ...] = attrs.field(
        default=(), converter=_measures, validator=_tuple_of(Measure, "a Measure")
    )
    status: Status = attrs.field(default=Status.UNKNOWN, validator=_enum(Status))
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity, "a Quantity")
    )
    periods: tuple[Period, ...] = attrs.field(
        default=(), converter=_periods, validator=_tuple_of(Period, "a Period")
    )
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)

    def iter_quantities(self) -> Iterator[Quantity]:
        """The finding's figures and its measures', in document order."""
        items = list(self.quantities) + [q for m in self.measures for q in m.quantities]
        return _in_document_order(items, lambda q: q.span)

    def iter_periods(self) -> Iterator[Period]:
        """The finding's dates and its measures', in document order."""
        items = list(self.periods) + [p for m in self.measures for p in m.periods]
        return _in_document_order(items, lambda p: p.span)


# No weak references (as Span): a body of bare headings makes a section for every line, and without the slot
# for one a section takes a block of 112 bytes, not 128.
@attrs.frozen(weakref_slot=False)
class Section:
    """A numbered part of the body: level 1–4 for 一、 （一） 1. （1）, with child sections and findings.

    ``marker`` is the marker as written ("一、", "（二）"), ``ordinal`` its number. A finding may sit at any
    level; every child section is deeper than its parent.
    """

    level: int = attrs.field(validator=[_INT])
    ordinal: int = attrs.field(validator=[_INT, _positive])
    title: str = attrs.field(validator=_STR)
    marker: str = attrs.field(default="", validator=_STR)
    intro: str = attrs.field(default="", validator=_STR)
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_sections, validator=_tuple_of(object, "a Section")
    )
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=_findings, validator=_tuple_of(Finding, "a Finding")
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity, "a Quantity")
    )
    periods: tuple[Period, ...] = attrs.field(
        default=(), converter=_periods, validator=_tuple_of(Period, "a Period")
    )
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)

    @level.validator
    def _level_in_range(self, attribute: _Attribute, value: int) -> None:
        if not 1 <= value <= 4:
            raise _fail(attribute, f"section level must be 1 to 4 (一、 （一） 1. （1）), got {value}")

    @sections.validator
    def _children_deeper(self, attribute: _Attribute, value: tuple[Section, ...]) -> None:
        for index, child in enumerate(value):
            if not isinstance(child, Section):
                raise _fail(attribute, f"item {index} is not a Section: {child!r}", within=(index,))
            if child.level <= self.level:
                raise InvariantError(
                    attribute.name,
                    f"child section {index} has level {child.level}, not deeper than its parent's {self.level}",
                    within=(index, "level"),
                    related=("level",),
                )

    def iter_sections(self) -> Iterator[Section]:
        """This section and every section below it, depth first."""
        yield self
        for child in self.sections:
            yield from child.iter_sections()

    def part_order(self) -> list[tuple[Literal["findings", "sections"], int]]:
        """Where each part sits, in document order: ("findings", 0), ("sections", 1) …

        By source position when every part has a span; else findings first, then sections, as given. A position
        names the part even when a script put the same object in two places."""
        keys: list[tuple[Literal["findings", "sections"], int]] = [
            *(("findings", index) for index in range(len(self.findings))),
            *(("sections", index) for index in range(len(self.sections))),
        ]

        def span_of(key: tuple[str, int]) -> Span | None:
            field, index = key
            return self.findings[index].span if field == "findings" else self.sections[index].span

        return list(_in_document_order(keys, span_of))

    def parts(self) -> list[Finding | Section]:
        """The section's findings and child sections in document order (see :meth:`part_order`).

        >>> a, b = Finding("甲问题", span=Span(10, 20)), Section(2, 1, "乙", span=Span(0, 9))
        >>> [part.title for part in Section(1, 1, "总", findings=(a,), sections=(b,)).parts()]
        ['乙', '甲问题']
        """
        return [
            self.findings[index] if field == "findings" else self.sections[index]
            for field, index in self.part_order()
        ]

    def iter_findings(self) -> Iterator[Finding]:
        """Every finding in this section and below, in document order."""
        for part in self.parts():
            if isinstance(part, Finding):
                yield part
            else:
                yield from part.iter_findings()

    def iter_quantities(self) -> Iterator[Quantity]:
        """Every figure in this section and below, in document order."""
        items = list(self.quantities)
        for part in self.parts():
            items.extend(part.iter_quantities())
        return _in_document_order(items, lambda q: q.span)

    def iter_periods(self) -> Iterator[Period]:
        """Every date in this section and below, in document order."""
        items = list(self.periods)
        for part in self.parts():
            items.extend(part.iter_periods())
        return _in_document_order(items, lambda p: p.span)


@attrs.frozen
class Inspection:
    """Who inspected whom, when, how, and on what basis — read from a notice's opening."""

    inspector: str | None = attrs.field(default=None, validator=_OPT_STR)  #: 市委第二巡察组
    dispatcher: str | None = attrs.field(default=None, validator=_OPT_STR)  #: 市委
    target: str | None = attrs.field(default=None, validator=_OPT_STR)  #: 园区党工委
    mode: str | None = attrs.field(default=None, validator=_OPT_STR)  #: 常规 / 专项 / 回头看 / 机动 / 提级 …
    round: str | None = attrs.field(default=None, validator=_OPT_STR)  #: 十九届中央第七轮
    period: Period | None = attrs.field(default=None, validator=_is(Period, "a Period", optional=True))
    feedback_date: dt.date | None = attrs.field(default=None, validator=_OPT_DATE)
    basis: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str, "a string"))

    @feedback_date.validator
    def _feedback_not_before_inspection(self, _: _Attribute, value: dt.date | None) -> None:
        # Feedback cannot come before the inspection started; the checker reports subtler orderings.
        if (
            self.period is not None
            and self.period.start is not None
            and value is not None
            and value < self.period.start
        ):
            raise InvariantError(
                "feedback_date",
                f"feedback {value} is before the inspection began {self.period.start}",
                related=("period",),
            )


@attrs.frozen
class Progress:
    """A progress statement: how many problems (or measures, tasks) were fed back and how many are done.

    Each count is the figure as written, with its text and span; a slot the statement does not fill is None.
    ``subject`` is what is counted, as written (问题, 整改措施, 任务). ``rate`` is the completion rate as written
    (a percentage); :func:`xuncha.progress.progress_problems` checks the counts against the total and the rate.
    """

    subject: str = attrs.field(validator=[_STR, _not_blank])
    total: Quantity | None = attrs.field(default=None, validator=_is(Quantity, "a Quantity", optional=True))
    completed: Quantity | None = attrs.field(
        default=None, validator=_is(Quantity, "a Quantity", optional=True)
    )
    basically_completed: Quantity | None = attrs.field(
        default=None, validator=_is(Quantity, "a Quantity", optional=True)
    )
    in_progress: Quantity | None = attrs.field(
        default=None, validator=_is(Quantity, "a Quantity", optional=True)
    )
    not_completed: Quantity | None = attrs.field(
        default=None, validator=_is(Quantity, "a Quantity", optional=True)
    )
    rate: Quantity | None = attrs.field(default=None, validator=_is(Quantity, "a Quantity", optional=True))
    text: str | None = attrs.field(default=None, validator=_OPT_STR)
    span: Span | None = attrs.field(default=None, validator=_OPT_SPAN)


@attrs.frozen
class Notice:
    """An inspection-rectification notice (巡视/巡察整改情况的通报).

    ``preamble`` and ``postscript`` keep whatever stood before the title and after the date (web-page
    clutter), so that nothing the input held is lost. ``quantities`` and ``periods`` are the figures and
    dates of the opening and closing text; those of the body sit in its sections.
    """

    title: str = attrs.field(validator=_STR)
    issuer: str | None = attrs.field(default=None, validator=_OPT_STR)
    inspection: Inspection | None = attrs.field(
        default=None, validator=_is(Inspection, "an Inspection", optional=True)
    )
    date: dt.date | None = attrs.field(default=None, validator=_OPT_DATE)
    opening: str = attrs.field(default="", validator=_STR)
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_sections, validator=_tuple_of(Section, "a Section")
    )
    closing: str = attrs.field(default="", validator=_STR)
    contacts: tuple[Contact, ...] = attrs.field(
        default=(), converter=_contacts, validator=_tuple_of(Contact, "a Contact")
    )
    signature: str | None = attrs.field(default=None, validator=_OPT_STR)
    preamble: str = attrs.field(default="", validator=_STR)
    postscript: str = attrs.field(default="", validator=_STR)
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), converter=_quantities, validator=_tuple_of(Quantity, "a Quantity")
    )
    periods: tuple[Period, ...] = attrs.field(
        default=(), converter=_periods, validator=_tuple_of(Period, "a Period")
    )
    #: The progress statements of the notice (反馈的N个问题，已完成整改N个…), in document order.
    progress: tuple[Progress, ...] = attrs.field(
        default=(), converter=_progress, validator=_tuple_of(Progress, "a Progress")
    )

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first."""
        for section in self.sections:
            yield from section.iter_sections()

    def iter_findings(self) -> Iterator[Finding]:
        """Every finding, in document order."""
        for section in self.sections:
            yield from section.iter_findings()

    def iter_measures(self) -> Iterator[Measure]:
        """Every measure, in document order."""
        for finding in self.iter_findings():
            yield from finding.measures

    def iter_quantities(self) -> Iterator[Quantity]:
        """Every figure in the notice, in document order."""
        items = list(self.quantities)
        for section in self.sections:
            items.extend(section.iter_quantities())
        return _in_document_order(items, lambda q: q.span)

    def iter_periods(self) -> Iterator[Period]:
        """Every date in the notice, in document order (the inspection's own dates come from the opening)."""
        items = list(self.periods)
        for section in self.sections:
            items.extend(section.iter_periods())
        return _in_document_order(items, lambda p: p.span)
