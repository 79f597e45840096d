"""The public strategies: valid objects only, and registered for st.from_type."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import xuncha
from xuncha import strategies as xst


def test_from_type_draws_valid_objects_after_registration() -> None:
    xst._register_hypothesis_strategies()
    seen: list[xuncha.Notice] = []

    @settings(max_examples=20)
    @given(st.from_type(xuncha.Notice), st.from_type(xuncha.Quantity), st.from_type(xuncha.Section))
    def draw(notice: xuncha.Notice, quantity: xuncha.Quantity, section: xuncha.Section) -> None:
        assert isinstance(notice, xuncha.Notice)
        assert isinstance(quantity, xuncha.Quantity)
        assert 1 <= section.level <= 4
        seen.append(notice)

    draw()
    assert seen


@given(xst.sections(level=2))
def test_sections_at_a_level_nest_deeper(section: xuncha.Section) -> None:
    assert section.level == 2
    for part in section.iter_sections():
        assert all(child.level > part.level for child in part.sections)


@given(xst.contacts(kind=xuncha.ContactKind.EMAIL))
def test_contacts_of_a_kind(contact: xuncha.Contact) -> None:
    assert contact.kind is xuncha.ContactKind.EMAIL
    assert "@" in contact.value


@given(xst.quantities())
def test_quantities_keep_text_and_span_in_agreement(quantity: xuncha.Quantity) -> None:
    assert quantity.value.is_finite()
    if quantity.text is not None and quantity.span is not None:
        assert len(quantity.span) == len(quantity.text)


@given(xst.inspections())
def test_feedback_never_precedes_the_inspection(inspection: xuncha.Inspection) -> None:
    if inspection.period and inspection.period.start and inspection.feedback_date:
        assert inspection.feedback_date >= inspection.period.start


def test_xuncha_imports_without_hypothesis() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['hypothesis'] = None; import xuncha; "
        "assert 'hypothesis' not in [m for m in sys.modules if sys.modules[m] is not None]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": xuncha.__path__[0] + "/.."})
