"""Each figure ``extract_quantities`` finds, as (text, value, unit, qualifier): the row the table-driven quantity
tests compare with. Shared by test_quantities_real_text.py and test_quantities_observed_classes.py."""

from __future__ import annotations

from xuncha import extract_quantities

Reading = tuple[str, str, str | None, str | None]


def readings(text: str) -> list[Reading]:
    return [
        (q.text or "", str(q.value), q.unit, None if q.qualifier is None else q.qualifier.value)
        for q in extract_quantities(text)
    ]
