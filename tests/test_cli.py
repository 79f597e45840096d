"""Tests for the xuncha command line: exact stdout, stderr and exit codes of main([...])."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xuncha
from xuncha.cli import main
from xuncha.errors import NoticeError
from xuncha.parsing import parse_notice
from xuncha.rendering import render_markdown, render_text
from xuncha.schema import json_schema
from xuncha.serialize import to_dict

ROOT = Path(__file__).resolve().parents[1]

# A small fictional notice (青禾县 does not exist).
NOTICE = """\
# 中共青禾县农业农村局党组关于巡察整改情况的通报

根据县委统一部署，2023年4月10日至5月26日，县委第一巡察组对县农业农村局党组开展了常规巡察。

## 一、“学习贯彻党的创新理论不够深入”方面

### （一）着力解决理论学习不系统的问题

1. 理论学习不深入问题整改情况。今年以来集中学习12次，参考人员120余人次。下一步，计划年底前完成制度修订。

联系电话：0771-5551234；

中共青禾县农业农村局党组

2023年12月20日
"""


@pytest.fixture
def notice_file(tmp_path: Path) -> Path:
    path = tmp_path / "notice.md"
    path.write_text(NOTICE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --------------------------------------------------------------------------- usage


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--help")
    assert status == 0
    assert out.startswith("usage: xuncha [-h] [--version] COMMAND ...\n")
    assert (
        "exit status: 0 ok, 1 invalid data or errors found by check, 2 usage error or unreadable input" in out
    )
    assert err == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"xuncha {xuncha.__version__}\n", "")


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys) == (
        2,
        "",
        "usage: xuncha [-h] [--version] COMMAND ...\nxuncha: error: the following arguments are required: COMMAND\n",
    )


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "parse", str(notice_file), "--format", "yaml")
    assert (status, out) == (2, "")
    # The list of choices is quoted differently by different Python versions.
    assert "\nxuncha parse: error: argument --format: invalid choice: 'yaml' (choose from " in err


def test_bad_reference_is_a_usage_error(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "extract", str(notice_file), "--reference", "2023-13-01")
    assert (status, out) == (2, "")
    assert err.endswith(
        "xuncha extract: error: argument --reference: not a date in the form YYYY-MM-DD: '2023-13-01'\n"
    )


# --------------------------------------------------------------------------- unreadable input


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    assert run(capsys, "parse", str(missing)) == (2, "", f"{missing}: no such file\n")


def test_an_empty_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check", str(tmp_path)) == (
        2,
        "",
        "xuncha: no input files (the folders hold none to read; see --glob)\n",
    )


def test_a_folder_is_walked_in_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    status, out, err = run(capsys, "parse", str(tmp_path), "--format", "jsonl")
    assert (status, err) == (0, "")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        str(tmp_path / "1.txt"),
        str(tmp_path / "b" / "2.md"),
    ]
    status, out, _ = run(capsys, "parse", str(tmp_path), "--format", "jsonl", "--glob", "*.md")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "b" / "2.md")]


def test_gbk_is_read_and_an_undecodable_file_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(NOTICE.encode("gbk"))
    status, out, err = run(capsys, "parse", str(gbk))
    assert (status, err) == (0, "")
    assert json.loads(out) == to_dict(parse_notice(NOTICE))
    broken = tmp_path / "broken.txt"
    broken.write_bytes("通报\n巡察".encode() + b"\x80\xff")
    assert run(capsys, "extract", str(broken)) == (
        2,
        "",
        f"{broken}:2:7: cannot decode the text (tried utf-8, gb18030); name its encoding (--encoding)\n",
    )
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(NOTICE.encode("big5", errors="replace"))
    status, out, err = run(capsys, "parse", str(big5), "--encoding", "big5")
    assert (status, err) == (0, "")


def test_an_unreadable_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, notice_file: Path
) -> None:
    missing = tmp_path / "missing.md"
    status, out, err = run(capsys, "parse", str(missing), str(notice_file), "--format", "jsonl")
    assert status == 2
    assert err == f"{missing}: no such file\n"
    assert json.loads(out) == {"source": str(notice_file), "notice": to_dict(parse_notice(NOTICE))}


# --------------------------------------------------------------------------- parse


def test_parse_json(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "parse", str(notice_file))
    expected = to_dict(parse_notice(NOTICE))
    assert (status, err) == (0, "")
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    data = json.loads(out)
    assert data["title"] == "中共青禾县农业农村局党组关于巡察整改情况的通报"
    assert data["inspection"]["inspector"] == "县委第一巡察组"


def test_parse_several_files_needs_jsonl(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "parse", str(notice_file), str(notice_file))
    assert (status, out) == (2, "")
    assert err == (
        "xuncha: --format json writes one document, and 2 inputs were given; use --format jsonl (one record a line)\n"
    )
    status, out, err = run(
        capsys, "parse", str(notice_file), str(notice_file), "--format", "jsonl", "--jobs", "2"
    )
    assert (status, err) == (0, "")
    record = {"source": str(notice_file), "notice": to_dict(parse_notice(NOTICE))}
    assert [json.loads(line) for line in out.splitlines()] == [record, record]


def test_parse_jsonl_can_carry_the_text(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, _ = run(capsys, "parse", str(notice_file), "--format", "jsonl", "--with-text")
    assert status == 0
    assert json.loads(out)["text"] == NOTICE


def test_output_file(capsys: pytest.CaptureFixture[str], notice_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert run(capsys, "parse", str(notice_file), "--format", "jsonl", "-o", str(target)) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(notice_file)


def test_parse_markdown_and_text(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    notice = parse_notice(NOTICE)
    status, out, err = run(capsys, "parse", str(notice_file), "--format", "markdown")
    assert (status, out.rstrip("\n"), err) == (0, render_markdown(notice).rstrip("\n"), "")
    status, out, err = run(capsys, "parse", str(notice_file), "--format", "text")
    assert (status, out.rstrip("\n"), err) == (0, render_text(notice).rstrip("\n"), "")


def test_parse_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, NOTICE.encode())
    status, out, err = run(capsys, "parse", "-")
    assert (status, err) == (0, "")
    assert json.loads(out) == to_dict(parse_notice(NOTICE))


def test_parse_reference(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, _ = run(capsys, "parse", str(notice_file), "--reference", "2022-06-30")
    assert status == 0
    assert json.loads(out) == to_dict(
        parse_notice(NOTICE, reference=__import__("datetime").date(2022, 6, 30))
    )


def test_parse_error_is_reported_with_its_place(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, notice_file: Path
) -> None:
    def refuse(text: str, reference: Any) -> Any:
        raise NoticeError("not a notice", source=text, start=text.index("根据"), end=text.index("根据") + 4)

    monkeypatch.setattr(
        "xuncha.cli._commands._notice", lambda document, reference: refuse(document.text, reference)
    )
    status, out, err = run(capsys, "parse", str(notice_file))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"{notice_file}:3:1: not a notice: '根据县委'",
        "    根据县委统一部署，2023年4月10日至5月26日，县委第一巡察组对县农业农村局党组开展了常规巡察。",
        "    ^^^^^^^^",
    ]


# --------------------------------------------------------------------------- extract


def test_extract_jsonl(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "extract", str(notice_file))
    assert (status, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    quantity_keys = [
        "source",
        "kind",
        "text",
        "span",
        "value",
        "upper",
        "unit",
        "qualifier",
        "qualifier_text",
        "base_value",
        "base_upper",
        "base_unit",
    ]
    period_keys = ["source", "kind", "text", "span", "start", "end", "relation", "precision"]
    for row in rows:
        assert list(row) == (quantity_keys if row["kind"] == "quantity" else period_keys)
        start, end = row["span"]
        assert NOTICE[start:end] == row["text"]
    assert [row["span"][0] for row in rows] == sorted(row["span"][0] for row in rows)
    periods = [row for row in rows if row["kind"] == "period"]
    assert periods[0] == {
        "source": str(notice_file),
        "kind": "period",
        "text": "2023年4月10日至5月26日",
        "span": [NOTICE.index("2023年4月10日"), NOTICE.index("2023年4月10日") + 16],
        "start": "2023-04-10",
        "end": "2023-05-26",
        "relation": "range",
        "precision": "day",
    }
    # Relative dates refer to the notice's own date when no --reference is given.
    since = next(row for row in periods if row["text"] == "今年以来")
    assert (since["start"], since["end"]) == ("2023-01-01", "2023-12-20")
    quantities = [row for row in rows if row["kind"] == "quantity"]
    assert {
        "source": str(notice_file),
        "kind": "quantity",
        "text": "120余人次",
        "span": [NOTICE.index("120余人次"), NOTICE.index("120余人次") + 6],
        "value": "120",
        "upper": None,
        "unit": "人次",
        "qualifier": "more_than",
        "qualifier_text": "余",
        "base_value": "120",
        "base_upper": None,
        "base_unit": "人次",
    } in quantities


def test_extract_keeps_the_top_of_a_range(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "range.txt"
    path.write_text("新建站点3-4个，投入5至10万元。", encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(path), "--kind", "quantities")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["value"], r["upper"], r["base_value"], r["base_upper"], r["unit"]) for r in rows] == [
        ("3", "4", "3", "4", "个"),
        ("5", "10", "50000", "100000", "万元"),
    ]


def test_extract_kind_and_reference(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    _, dates_only, _ = run(
        capsys, "extract", str(notice_file), "--kind", "dates", "--reference", "2022-06-30"
    )
    rows = [json.loads(line) for line in dates_only.splitlines()]
    assert {row["kind"] for row in rows} == {"period"}
    since = next(row for row in rows if row["text"] == "今年以来")
    assert (since["start"], since["end"]) == ("2022-01-01", "2022-06-30")
    _, quantities_only, _ = run(capsys, "extract", str(notice_file), "--kind", "quantities")
    assert {json.loads(line)["kind"] for line in quantities_only.splitlines()} == {"quantity"}


def test_extract_spans_index_the_input_as_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = "\ufeff" + NOTICE.replace("\n", "\r\n")
    path = tmp_path / "crlf.md"
    path.write_bytes(text.encode())
    _, out, _ = run(capsys, "extract", str(path))
    read = text.removeprefix("\ufeff")  # the byte-order mark is not part of the text
    for line in out.splitlines():
        row = json.loads(line)
        assert read[row["span"][0] : row["span"][1]] == row["text"]


def test_extract_csv(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    status, out, err = run(capsys, "extract", str(notice_file), "--format", "csv", "--kind", "dates")
    assert (status, err) == (0, "")
    assert out.endswith("\r\n")  # RFC 4180 line ends, as spreadsheet programs expect
    lines = out.splitlines()
    assert lines[0] == (
        "source,kind,text,span_start,span_end,value,upper,unit,qualifier,qualifier_text,base_value,base_upper,"
        "base_unit,start,end,relation,precision"
    )
    start = NOTICE.index("2023年4月10日")
    assert (
        lines[1]
        == f"{notice_file},period,2023年4月10日至5月26日,{start},{start + 16},,,,,,,,,2023-04-10,2023-05-26,range,day"
    )
    status, out, _ = run(capsys, "extract", str(notice_file), "--format", "csv", "--bom")
    assert out.startswith("\ufeffsource,kind,")


# --------------------------------------------------------------------------- check


def test_check_clean_notice(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    assert run(capsys, "check", str(notice_file)) == (0, "", "")


def test_check_reports_errors_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(NOTICE.replace("0771-5551234", "0771-555123").replace("理论学习不深入", "理论 and 学习"))
    status, out, err = run(capsys, "check", str(path))
    assert status == 1
    assert out.splitlines() == [
        (
            f'{path}:9:7: warning: English "and" inside Chinese text: "1. 理论 and 学习问题" (和 was probably meant) '
            "[latin-word-in-chinese] at $.sections[0].sections[0].findings[0]"
        ),
        (
            f'{path}:11:6: error: phone number "0771-555123": after the area code 0771 it has 6 digits (a landline has '
            "7 or 8) [malformed-phone] at $.contacts[0]"
        ),
    ]
    assert err == "2 problems (1 error, 1 warning) in 1 file\n"


def test_check_warnings_only_exit_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "warn.md"
    path.write_text(NOTICE.replace("理论学习不深入", "理论 and 学习"))
    status, out, err = run(capsys, "check", str(path))
    assert (status, len(out.splitlines()), err) == (0, 1, "1 problem (1 warning) in 1 file\n")


def test_check_jsonl(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(NOTICE.replace("0771-5551234", "0771-555123"))
    status, out, _ = run(capsys, "check", str(path), "--format", "jsonl")
    start = NOTICE.index("0771")
    assert status == 1
    assert [json.loads(line) for line in out.splitlines()] == [
        {
            "source": str(path),
            "line": 11,
            "column": 6,
            "code": "malformed-phone",
            "severity": "error",
            "message": 'phone number "0771-555123": after the area code 0771 it has 6 digits (a landline has 7 or 8)',
            "path": "$.contacts[0]",
            "span": [start, start + 11],
        }
    ]


# --------------------------------------------------------------------------- render and schema


def test_render_reads_what_parse_writes_for_many(
    capsys: pytest.CaptureFixture[str], notice_file: Path, tmp_path: Path
) -> None:
    _, saved, _ = run(capsys, "parse", str(notice_file), str(notice_file), "--format", "jsonl")
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text(saved, encoding="utf-8")
    status, out, err = run(capsys, "render", str(jsonl), "--format", "text")
    assert (status, err) == (0, "")
    once = render_text(parse_notice(NOTICE)).rstrip("\n")
    assert out.rstrip("\n") == once + "\n\n" + once


def test_render_round_trip(capsys: pytest.CaptureFixture[str], notice_file: Path, tmp_path: Path) -> None:
    _, saved, _ = run(capsys, "parse", str(notice_file))
    json_file = tmp_path / "notice.json"
    json_file.write_text(saved, encoding="utf-8")
    notice = parse_notice(NOTICE)
    status, out, err = run(capsys, "render", str(json_file))
    assert (status, out.rstrip("\n"), err) == (0, render_markdown(notice).rstrip("\n"), "")
    status, out, err = run(capsys, "render", str(json_file), "--format", "text")
    assert (status, out.rstrip("\n"), err) == (0, render_text(notice).rstrip("\n"), "")


def test_render_invalid_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "title": "通报",\n  "date": \n}')
    assert run(capsys, "render", str(path)) == (
        1,
        "",
        f"{path}: $: not JSON: Expecting value at line 4 column 1\n",
    )


# Every bad JSON document: exit 1, nothing on stdout, one located message a problem, never a traceback.
_BAD_JSON = {
    "lone surrogate": (
        '{"title": "\\ud800x"}',
        "$.title: not Unicode text: a lone surrogate \\ud800 at character 1",
    ),
    "deep nesting": (
        '{"title": "x", "sections": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "$.sections[0]: expected an object (Section), got an array",
    ),
    "over-long integer": (
        '{"title": "a", "sections": [{"level": 1, "ordinal": '
        + "9" * 5000
        + ', "title": "x", "marker": "一、"}]}',
        "$.sections[0].ordinal: integer too long: a number of 5000 digits (at most 4300 are read)",
    ),
    "repeated key": ('{"title": "a", "title": "b"}', "$.title: key repeated in the same object"),
    "NaN": ('{"title": "a", "sections": [{"level": NaN}]}', "$: not JSON: NaN is not valid JSON"),
}


@pytest.mark.parametrize("name", sorted(_BAD_JSON))
def test_render_refuses_bad_json_at_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    text, problem = _BAD_JSON[name]
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    assert run(capsys, "render", str(path)) == (1, "", f"{path}: {problem}\n")


def test_render_invalid_notice(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "invalid.json"
    path.write_text(json.dumps({"title": "通报", "date": "2023-13-01"}))
    status, out, err = run(capsys, "render", str(path))
    assert (status, out) == (1, "")
    assert err.startswith(f"{path}: $.date: ")


def test_render_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "render", str(tmp_path / "none.json")) == (
        2,
        "",
        f"{tmp_path / 'none.json'}: no such file\n",
    )


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "schema")
    assert (status, err) == (0, "")
    assert json.loads(out) == json_schema()


# --------------------------------------------------------------------------- progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, notice_file: Path
) -> None:
    pytest.importorskip("tqdm")  # the bar is drawn by tqdm (xuncha[progress]); without it, nothing is shown
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main(["check", str(notice_file), str(notice_file), str(notice_file), "--jobs", "1"])
    assert status == 0
    shown = terminal.getvalue()
    assert "0/3 [" in shown  # the bar starts at once, counting files
    assert shown.endswith("\r")  # and is cleared when the run ends (leave=False)


def test_no_progress_bar_when_not_a_terminal(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    assert run(capsys, "check", str(notice_file), str(notice_file)) == (0, "", "")


# --------------------------------------------------------------------------- python -m xuncha


def test_python_m_xuncha_help() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "xuncha", "--help"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: xuncha [-h] [--version] COMMAND ...")
    assert result.stderr == ""


PIECES = (
    "2023年4月10日至5月26日",
    "今年以来",
    "年底前",
    "120余人次",
    "500余万元",
    "94.5%",
    "17 栋",
    "近五分之一",
    "1. ",
    "一、",
    "**",
    "<sub>2.5</sub>",
    "\r\n",
    "\n\n",
    " ",
    "，",
    "。",
    "完成",
)


@st.composite
def notice_like_texts(draw: st.DrawFn) -> str:
    """Text made of the pieces of a notice, with the line endings, spacing and markup real inputs have."""
    return "".join(draw(st.lists(st.sampled_from(PIECES), max_size=25)))


@given(notice_like_texts())
def test_extracted_spans_index_the_input(text: str) -> None:
    from xuncha.cli._batchio import Job
    from xuncha.cli._commands import extract_work

    options = (("format", "jsonl"), ("kind", "all"), ("reference", None))
    result = extract_work(Job("-", text.encode("utf-8"), None, options))
    for line in result.output.splitlines():
        row = json.loads(line)
        start, end = row["span"]
        assert text[start:end] == row["text"]


# --------------------------------------------------------------------------- examples/extract_figures.py


def test_extract_figures_example(capsys: pytest.CaptureFixture[str], notice_file: Path) -> None:
    spec = importlib.util.spec_from_file_location("extract_figures", ROOT / "examples" / "extract_figures.py")
    assert spec is not None
    assert spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    assert example.main([str(notice_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["where", "kind", "text", "value", "unit", "qualifier", "base", "/", "due"]
    assert [line.split() for line in lines[1:]] == [
        ["9:26", "figure", "12次", "12", "次", "12", "次"],
        ["9:34", "figure", "120余人次", "120", "人次", "余", "120", "人次"],
        ["9:47", "deadline", "年底前", "2023-12-31"],
    ]


# --------------------------------------------------------------------------- start-up


def _fresh_python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, check=False)


def test_import_xuncha_loads_nothing_until_a_name_is_used() -> None:
    # Every command-line call pays for what `import xuncha` loads; the names are imported on first use.
    code = (
        "import sys, xuncha\n"
        "print(sorted(m for m in sys.modules if m.startswith('xuncha') or m in ('cattrs', 'babel')))\n"
        "xuncha.Span\n"
        "print('xuncha.models' in sys.modules, 'xuncha.parsing' in sys.modules)\n"
    )
    result = _fresh_python("-c", code)
    assert result.stdout.splitlines() == ["['xuncha']", "True False"], result.stderr


def test_the_public_names_are_one_sorted_table() -> None:
    import xuncha

    assert list(xuncha.__all__) == sorted(xuncha.__all__) == sorted(xuncha._HOMES)
    assert dir(xuncha) == sorted([*xuncha.__all__, "__version__"])
    for name in xuncha.__all__:
        assert getattr(xuncha, name).__module__.startswith("xuncha"), name
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        _ = xuncha.nonesuch


def test_python_m_xuncha_schema_writes_the_shipped_schema_without_a_warning() -> None:
    result = _fresh_python("-W", "error", "-m", "xuncha.schema")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (ROOT / "src" / "xuncha" / "notice.schema.json").read_text(encoding="utf-8")
