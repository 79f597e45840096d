"""The rows of one notice (xuncha.tables): what each table reads from the parsed notice."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import xuncha
from xuncha.tables import notice_tables

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "examples" / "sample_notice.md").read_text(encoding="utf-8")
# A progress statement with a converter's pinyin glosses (as in tests/corpus/observed/403_*).
GLOSSED = "方案確定的468項(xiàng)整改任務(wù)，已完成整改251項(xiàng)，完成率約53.6%。"


def test_the_progress_rows_are_the_notices_progress() -> None:
    notice = xuncha.parse_notice(GLOSSED)
    [statement] = notice.progress
    [row] = notice_tables(notice, source="a.txt", text=GLOSSED)["progress"]
    assert (row["subject"], row["total"], row["completed"], row["rate"]) == (
        statement.subject,
        statement.total.value if statement.total else None,
        statement.completed.value if statement.completed else None,
        statement.rate.value if statement.rate else None,
    )
    # The table reads no statement of its own from the text: a notice without progress has no progress rows.
    silent = attrs.evolve(notice, progress=())
    assert notice_tables(silent, source="a.txt", text=GLOSSED)["progress"] == []


def test_a_commitment_row_and_its_command_line_record_are_one_flattening() -> None:
    import datetime as dt

    from xuncha._commitments import commitments
    from xuncha.cli._records import COMMITMENT_KEYS, commitment_record

    notice = xuncha.parse_notice(SAMPLE)
    reference = dt.date(2024, 6, 1)
    rows = notice_tables(notice, source="s.md", text=SAMPLE, reference=reference)["commitments"]
    found = commitments(notice, reference=reference)
    assert len(rows) == len(found) > 0
    assert any(row["deadline_end"] is not None for row in rows)
    for row, commitment in zip(rows, found, strict=True):
        record = commitment_record("s.md", commitment)
        assert tuple(record) == COMMITMENT_KEYS
        for key in COMMITMENT_KEYS:
            if key in ("source", "span"):
                continue
            value = row[key]
            assert record[key] == (value.isoformat() if isinstance(value, dt.date) else value)


def _with_unknown_unit() -> xuncha.Notice:
    from decimal import Decimal

    from xuncha.models import Quantity, Span

    text = "通报\n\n追回3furlong。"
    figure = Quantity(Decimal(3), "furlong", text="3furlong", span=Span(text.index("3"), len(text) - 1))
    return xuncha.Notice("通报", opening="追回3furlong。", quantities=(figure,))


def test_a_unit_that_cannot_be_converted_leaves_the_base_columns_empty() -> None:
    text = "通报\n\n追回3furlong。"
    [row] = notice_tables(_with_unknown_unit(), source="a.txt", text=text)["quantities"]
    assert (row["value"], row["unit"], row["text"]) == (3, "furlong", "3furlong")
    assert (row["base_value"], row["base_upper"], row["base_unit"]) == (None, None, None)


def test_a_unit_that_cannot_be_converted_is_marked_as_written_on_the_page() -> None:
    pytest.importorskip("jinja2")
    from xuncha.report._page import page_annotations, quantity_label

    notice = _with_unknown_unit()
    [figure] = notice.quantities
    assert quantity_label(figure) == "= 3 furlong"
    [mark] = page_annotations(notice, ())
    attributes = dict(mark.attributes)
    assert (attributes["data-value"], attributes["data-unit"]) == ("3", "furlong")
    assert (attributes["data-base-value"], attributes["data-base-unit"]) == ("", "")
