"""Exporting a corpus: the same rows in one process, in a pool and on Dask, and the docs' DuckDB queries on it."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from xuncha.export import export, export_with_dask, partitions, read_rows
from xuncha.tables import COLUMNS, TABLES, arrow_schema, notice_id, spark_ddl

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Forty generated notices, and one file that is no notice text at all."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_notices.py"), str(folder), "--count", "40"],
        check=True,
        capture_output=True,
    )
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02")
    return sorted(str(path) for path in folder.iterdir())


def _read(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    pq = pytest.importorskip("pyarrow.parquet")
    tables = {}
    for name in TABLES:
        parts = sorted((out / name).glob("part-*.parquet"))
        rows: list[tuple[Any, ...]] = []
        for part in parts:
            table = pq.read_table(part)
            assert table.schema.equals(arrow_schema(name))
            rows.extend(tuple(row.values()) for row in table.to_pylist())
        tables[name] = rows
    return tables


def test_one_process_a_pool_and_dask_write_the_same_rows(corpus: list[str], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    dask = pytest.importorskip("dask")
    local = export(corpus, tmp_path / "local", jobs=1, partition_size=7)
    pooled = export(corpus, tmp_path / "pooled", jobs=2, partition_size=7)
    distributed = export_with_dask(corpus, tmp_path / "dask", partition_size=7, scheduler="synchronous")
    del dask
    assert local == pooled == distributed
    assert (local.notices, local.failed) == (40, 1)
    assert local.errors[0].startswith(corpus[-1])
    assert "binary data" in local.errors[0]
    expected = _read(tmp_path / "local")
    assert _read(tmp_path / "pooled") == expected
    assert _read(tmp_path / "dask") == expected
    assert {name: len(rows) for name, rows in expected.items()} == local.rows
    assert len(expected["notices"]) == 40
    assert len({row[0] for row in expected["notices"]}) == 40  # every notice its own id


def test_rerunning_a_partition_rewrites_identical_files(corpus: list[str], tmp_path: Path) -> None:
    first = export(corpus[:10], tmp_path / "a", format="csv", jobs=1, partition_size=4)
    again = export(corpus[:10], tmp_path / "b", format="csv", jobs=2, partition_size=4)
    assert first == again
    for name in TABLES:
        for part in sorted((tmp_path / "a" / name).iterdir()):
            assert part.read_bytes() == (tmp_path / "b" / name / part.name).read_bytes()
    header = (tmp_path / "a" / "findings" / "part-00000.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(COLUMNS["findings"])


def test_rows_join_by_notice_id_and_path(corpus: list[str]) -> None:
    rows = read_rows(corpus[0])
    [notice] = rows["notices"]
    text = Path(corpus[0]).read_text(encoding="utf-8")
    assert notice["notice_id"] == notice_id(corpus[0], text)
    findings = {row["path"] for row in rows["findings"]}
    assert findings
    assert {row["finding_path"] for row in rows["measures"]} <= findings
    assert {row["finding_path"] for row in rows["commitments"]} <= findings
    owners = (
        {"$"}
        | findings
        | {row["path"] for row in rows["sections"]}
        | {row["path"] for row in rows["measures"]}
    )
    assert {row["path"] for row in rows["quantities"]} <= owners
    [progress] = rows["progress"]
    assert progress["total"] == progress["completed"] + progress["in_progress"] + progress["not_completed"]


def _queries() -> list[str]:
    page = (ROOT / "docs" / "analysis.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", page, flags=re.DOTALL)


def test_the_docs_queries_run_on_an_export(
    corpus: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    duckdb = pytest.importorskip("duckdb")
    export(corpus, tmp_path / "dataset", jobs=1)
    monkeypatch.chdir(tmp_path)
    queries = _queries()
    assert len(queries) == 3
    due, money, rates = (duckdb.sql(query).fetchall() for query in queries)
    assert due
    assert all(dt.date(2026, 1, 1) <= row[1] <= dt.date(2026, 1, 31) for row in due)
    assert money
    assert all(row[1] > 0 for row in money)
    assert rates
    assert sum(row[1] for row in rates) == 40


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="format must be parquet or csv"):
        export([], "out", format="xlsx")
    with pytest.raises(ValueError, match="size must be at least 1"):
        partitions(["a"], size=0)
    with pytest.raises(ValueError, match="no table 'nope'"):
        arrow_schema("nope")
    assert spark_ddl("progress").startswith("`notice_id` STRING, `subject` STRING, `total` DECIMAL(38, 12)")


def test_each_file_is_parsed_once(corpus: list[str], parse_calls: list[str]) -> None:
    import xuncha.parsing
    from xuncha.checks import check
    from xuncha.tables import notice_tables

    rows = read_rows(corpus[0])
    assert len(parse_calls) == 1
    # the rows are those of parsing and checking the text each on its own
    text = Path(corpus[0]).read_text(encoding="utf-8")
    assert rows == notice_tables(
        xuncha.parsing.parse_notice(text), source=corpus[0], text=text, diagnostics=check(text)
    )


def test_an_html_page_is_parsed_once_and_its_spans_point_into_the_markup(tmp_path: Path) -> None:
    from xuncha.checks import check
    from xuncha.sources import read_document
    from xuncha.tables import notice_tables

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>中共某县委关于巡察整改情况的通报</h1><p>一、总体情况</p>"
        "<p>已追回资金<b>12万元</b>，于2024年3月31日前完成整改。</p></body></html>",
        encoding="utf-8",
    )
    document = read_document(str(page))
    expected = notice_tables(
        document.parse_notice(), source=str(page), text=document.text, diagnostics=check(document.text)
    )
    rows = read_rows(str(page))
    assert rows == expected
    [figure] = rows["quantities"]
    assert document.original is not None
    assert document.original[figure["span_start"] : figure["span_end"]] == figure["text"] == "12万元"
