"""The command line on the inputs users have: folders, encodings, HTML, PDF and Word files, pipes, many files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xuncha.cli import main
from xuncha.cli._batchio import silence

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample_notice.md"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _figures(out: str) -> list[tuple[str, str | None, str | None]]:
    rows = [json.loads(line) for line in out.splitlines()]
    return [
        (row["kind"], row.get("value") or row.get("start"), row.get("unit") or row.get("end")) for row in rows
    ]


def test_the_same_notice_in_every_format_gives_the_same_figures_and_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    plain = tmp_path / "notice.txt"
    plain.write_text(text, encoding="utf-8")
    (tmp_path / "notice_gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "notice_utf16.txt").write_bytes(text.encode("utf-16"))
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line)
    (tmp_path / "notice.html").write_text(
        f"<html><head><title>站点</title><script>var d='2020年1月1日';</script></head><body>{paragraphs}</body></html>",
        encoding="utf-8",
    )
    status, expected, err = _run(capsys, "extract", str(plain))
    assert (status, err) == (0, "")
    for name in ("notice_gbk.txt", "notice_utf16.txt", "notice.html"):
        status, out, err = _run(capsys, "extract", str(tmp_path / name))
        assert (status, err) == (0, ""), name
        assert _figures(out) == _figures(expected), name


def test_html_spans_point_into_the_markup(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = "<html><body><p>已追回资金&nbsp;12万元，<b>2023年</b>完成。</p><script>x='5万元'</script></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    status, out, _ = _run(capsys, "extract", str(path))
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["text"] for row in rows] == ["12万元", "2023年"]
    for row in rows:
        start, end = row["span"]
        assert page[start:end] == row["text"]


def test_pdf_and_docx_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    pytest.importorskip("docx")
    pytest.importorskip("reportlab")
    sys.path.insert(0, str(Path(__file__).parent))
    from test_sources import _docx, _paragraphs, _pdf

    (tmp_path / "n.pdf").write_bytes(_pdf(_paragraphs()))
    (tmp_path / "n.docx").write_bytes(_docx(_paragraphs()))
    status, out, err = _run(capsys, "parse", str(tmp_path), "--format", "jsonl", "--with-text")
    assert (status, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["n.docx", "n.pdf"]
    assert all(r["notice"]["title"] == "中共青禾县农业农村局党组关于巡察整改情况的通报" for r in records)
    assert "\f" in records[1]["text"]  # the PDF's pages stay pages in the text the spans index


def test_a_scanned_pdf_is_named_and_the_batch_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("pypdf")
    reportlab = pytest.importorskip("reportlab.pdfgen.canvas")
    scan = reportlab.Canvas(str(tmp_path / "a_scan.pdf"))
    scan.rect(50, 50, 400, 600, fill=1)
    scan.showPage()
    scan.save()
    (tmp_path / "b.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    status, _out, err = _run(capsys, "check", str(tmp_path))
    assert status == 2
    assert err.splitlines()[0] == (
        f"{tmp_path / 'a_scan.pdf'}: the PDF has no text layer (a scanned document?); run OCR on it first"
    )


def test_commitments_due_before_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "commitments", str(SAMPLE), "--due-before", "2024-01-01")
    assert status == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [row["deadline_end"] for row in rows] == ["2023-12-31"]
    status, out, _ = _run(capsys, "commitments", str(SAMPLE), "--format", "csv")
    assert out.splitlines()[0].startswith("source,finding_path,measure,finding_title,text,modality")


def test_export_and_report_need_an_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(capsys, "export", str(SAMPLE)) == (
        2,
        "",
        "xuncha: export needs -o/--output (the dataset folder)\n",
    )
    status, _, err = _run(capsys, "export", str(SAMPLE), "-o", str(tmp_path / "ds"), "--format", "csv")
    assert status == 0
    assert err.startswith(f"1 notices exported to {tmp_path / 'ds'} (1 notices, ")
    assert (tmp_path / "ds" / "findings" / "part-00000.csv").exists()


def test_report_of_one_notice_and_of_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("jinja2")
    page = tmp_path / "one.html"
    assert _run(capsys, "report", str(SAMPLE), "-o", str(page)) == (0, "", "")
    assert ' data-kind="quantity"' in page.read_text(encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    status, _, err = _run(capsys, "report", str(folder), "-o", str(tmp_path / "site"))
    assert status == 0
    assert err == f"1 notices in {tmp_path / 'site'}/index.html; 0 failed\n"


def _shell(command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    for index in range(30):
        (tmp_path / f"n{index:02d}.md").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = _shell(f"{sys.executable} -m xuncha extract {tmp_path} --jobs 2 | head -1")
    assert result.returncode == 141
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1
    example = ROOT / "examples" / "extract_figures.py"
    # The example's table may fit in the pipe's buffer (then it ends 0); either way, never a traceback.
    result = _shell(f"{sys.executable} {example} {SAMPLE} | head -1")
    assert result.returncode in (0, 141)
    assert result.stderr == ""


def test_stdin_is_read_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "check", "-", "-") == (2, "", "xuncha: - (stdin) may be given only once\n")


def test_bad_job_counts_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "check", str(SAMPLE), "--jobs", "0")
    assert (status, out) == (2, "")
    assert err.endswith("argument --jobs/-j: --jobs must be at least 1, not 0\n")


class _RaisesWhenCollected:
    def __del__(self) -> None:
        raise OSError(9, "Bad file descriptor")  # as a pool's wake-up pipe written after its close


def test_after_a_closed_pipe_nothing_unraisable_reaches_the_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)  # (put back after the test)
    _RaisesWhenCollected()  # collected at once: its error is unraisable, and Python reports it
    assert "Bad file descriptor" in capsys.readouterr().err
    with (tmp_path / "closed.txt").open("w", encoding="utf-8") as stream:
        silence(stream)  # what a command does when the reader of its output went away
    _RaisesWhenCollected()
    assert capsys.readouterr().err == ""
