"""The parser's trusted constructors of the document (``_trusted_measure``, ``_trusted_finding``,
``_trusted_section``, ``_trusted_notice``): a Measure, Finding, Section or Notice built without running the
validators and converters that :mod:`xuncha.models` declares on its fields.

For the parser only, whose arguments already have their fields' types (tuples, not lists) and hold values that
passed their own validators; the rules a caller could break (an ordinal below 1, a section level out of range, a
child section no deeper than its parent) still go through the validating constructor. They are kept apart from
:mod:`xuncha.models`, which holds the document and its rules: tests/test_trusted_models.py checks that each sets
every field of its class and builds the object the validating constructor builds, so that a field added to a
class cannot be forgotten here. (The value types' trusted constructors, ``_trusted_span`` …, stay beside them in
:mod:`xuncha._model_values`.)
"""

from __future__ import annotations

import datetime as dt

from xuncha._validators import unvalidated
from xuncha.models import (
    Contact,
    Finding,
    Inspection,
    Measure,
    Modality,
    Notice,
    Period,
    Progress,
    Quantity,
    Section,
    Span,
    Status,
)

_unvalidated_measure = unvalidated(Measure)


def _trusted_measure(
    *,
    ordinal: int,
    text: str,
    marker: str | None,
    lead: str | None,
    modality: Modality,
    deadline: Period | None,
    documents: tuple[str, ...],
    quantities: tuple[Quantity, ...],
    periods: tuple[Period, ...],
    span: Span | None,
) -> Measure:
    """A Measure built by the parser, without running the validators and converters (as _trusted_period).

    For the parser only: every argument already has its field's type (tuples, not lists) and holds values that
    passed their own validators. The one rule a caller could break (a positive ordinal) goes through the
    validating constructor. Every field is set here by name (tests/test_trusted_models.py checks that each is), so
    that a new field cannot be forgotten.
    """
    if ordinal < 1:
        return Measure(ordinal, text, marker, lead, modality, deadline, documents, quantities, periods, span)
    return _unvalidated_measure(
        ordinal=ordinal,
        text=text,
        marker=marker,
        lead=lead,
        modality=modality,
        deadline=deadline,
        documents=documents,
        quantities=quantities,
        periods=periods,
        span=span,
    )


_unvalidated_finding = unvalidated(Finding)


def _trusted_finding(
    *,
    title: str,
    number: int | None,
    marker: str | None,
    problem: str | None,
    text: str,
    measures: tuple[Measure, ...],
    status: Status,
    quantities: tuple[Quantity, ...],
    periods: tuple[Period, ...],
    span: Span | None,
) -> Finding:
    """A Finding built by the parser, without running the validators and converters (see _trusted_measure).

    The one rule a caller could break (a positive number) goes through the validating constructor.
    """
    if number is not None and number < 1:
        return Finding(title, number, marker, problem, text, measures, status, quantities, periods, span)
    return _unvalidated_finding(
        title=title,
        number=number,
        marker=marker,
        problem=problem,
        text=text,
        measures=measures,
        status=status,
        quantities=quantities,
        periods=periods,
        span=span,
    )


_unvalidated_section = unvalidated(Section)


def _trusted_section(
    *,
    level: int,
    ordinal: int,
    title: str,
    marker: str,
    intro: str,
    sections: tuple[Section, ...],
    findings: tuple[Finding, ...],
    quantities: tuple[Quantity, ...],
    periods: tuple[Period, ...],
    span: Span | None,
) -> Section:
    """A Section built by the parser, without running the validators and converters (see _trusted_measure).

    The rules a caller could break (a level of 1 to 4, a positive ordinal, children deeper than their parent)
    go through the validating constructor.
    """
    if not 1 <= level <= 4 or ordinal < 1 or any(child.level <= level for child in sections):
        return Section(level, ordinal, title, marker, intro, sections, findings, quantities, periods, span)
    return _unvalidated_section(
        level=level,
        ordinal=ordinal,
        title=title,
        marker=marker,
        intro=intro,
        sections=sections,
        findings=findings,
        quantities=quantities,
        periods=periods,
        span=span,
    )


_unvalidated_notice = unvalidated(Notice)


def _trusted_notice(
    *,
    title: str,
    issuer: str | None,
    inspection: Inspection | None,
    date: dt.date | None,
    opening: str,
    sections: tuple[Section, ...],
    closing: str,
    contacts: tuple[Contact, ...],
    signature: str | None,
    preamble: str,
    postscript: str,
    quantities: tuple[Quantity, ...],
    periods: tuple[Period, ...],
    progress: tuple[Progress, ...],
) -> Notice:
    """A Notice built by the parser, without running the validators and converters (see _trusted_measure).

    For the parser only: every argument already has its field's type (tuples, not lists), and a Notice has no
    rule across its fields.
    """
    return _unvalidated_notice(
        title=title,
        issuer=issuer,
        inspection=inspection,
        date=date,
        opening=opening,
        sections=sections,
        closing=closing,
        contacts=contacts,
        signature=signature,
        preamble=preamble,
        postscript=postscript,
        quantities=quantities,
        periods=periods,
        progress=progress,
    )
