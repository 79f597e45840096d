"""Regression tests for the defects found by fuzzing and scaling xuncha (the reproducers in ../shared/reliability).

Each reproducer is one test here, asserting the behaviour the fix gives, never a timing: the inputs that cost
quadratic time are run in child processes at a size where a quadratic path takes minutes to hours and a linear
one a few seconds, so a regression fails at the time limit instead of hanging the suite, and the memory ones run
under an address-space limit and report their peak.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import xuncha

ROOT = Path(__file__).resolve().parents[1]

# Generous: a linear pass over these inputs takes a few seconds even on a loaded machine, a quadratic one
# minutes to hours. The limit only turns a regression into a failure instead of a hang.
_TIME_LIMIT_SECONDS = 30
# The child's address space: far above what a linear pass needs, far below what the quadratic copies took.
_MEMORY_LIMIT_BYTES = 1_500_000_000

# The peak resident set of the program itself, in MB: VmHWM belongs to the program's own address space.
# (ru_maxrss would not do: Linux keeps in it what the forked child held before exec, that is the size of the
# pytest process that started it, which under coverage alone passes the bound below.)
_PEAK_RSS = (
    "import resource\n"
    "try:\n"
    "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "    print(int(line.split()[1]) / 1024)\n"
    "except OSError:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
)
_FIGURES = """
import random
r = random.Random(0)
units = ["万元", "亿元", "元", "人", "人次", "个", "项", "亩", "%", "余", "近", "约", "年", "月", "日", "至", "-", "、", "."]
parts, size = [], 0
while size < 100_000:
    piece = str(r.randint(0, 10 ** r.randint(0, 8))) + r.choice(units)
    parts.append(piece)
    size += len(piece)
text = "".join(parts)[:100_000]
"""

# The scaling programs, by name: (code, address-space limit or None). They run all at once (see _Children).
_PROGRAMS: dict[str, tuple[str, int | None]] = {
    # Behind a Chinese title too, so that every rule reads the run (text without Chinese stops at not-a-notice).
    "check ascii run": (
        'import xuncha\nprint(len(xuncha.check("关于巡察整改情况的通报\\n" + "a" * 200_000)), len(xuncha.check("a" * 200_000)))\n',
        None,
    ),
    "parse closing ascii run": (
        (
            "import xuncha\n"
            'text = "关于巡察整改情况的通报\\n\\n一、方面\\n\\n欢迎广大干部群众监督。" + "a" * 200_000\n'
            "notice = xuncha.parse_notice(text)\n"
            'print(notice.closing.endswith("a" * 1000), len(notice.contacts))\n'
        ),
        None,
    ),
    "check many figures": (_FIGURES + "import xuncha\nxuncha.check(text)\n" + _PEAK_RSS, _MEMORY_LIMIT_BYTES),
    "check one field of figures": (
        'import xuncha\nxuncha.check("1年" * 50_000)\n' + _PEAK_RSS,
        _MEMORY_LIMIT_BYTES,
    ),
}


def _prelude(memory_limit: int | None) -> str:
    if memory_limit is None:
        return ""
    return f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({memory_limit}, {memory_limit}))\n"


class _Children:
    """Every scaling program started at once, so that the suite waits for the slowest, not for their sum."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        self.processes = {
            name: subprocess.Popen(
                [sys.executable, "-c", _prelude(memory_limit) + code],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for name, (code, memory_limit) in _PROGRAMS.items()
        }

    def result(self, name: str) -> subprocess.CompletedProcess[str]:
        process = self.processes[name]
        left = max(0.0, _TIME_LIMIT_SECONDS - (time.monotonic() - self.started))
        try:
            # A program that has finished is read whole, however long another one kept the suite waiting.
            out, err = process.communicate(timeout=None if process.poll() is not None else left)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            pytest.fail(f"{name!r} did not finish in {_TIME_LIMIT_SECONDS} s: the path is no longer linear")
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)

    def close(self) -> None:
        # Every pipe is closed and every child reaped, also those of programs no test read (a run that selects
        # some tests only): an unread pipe left to the garbage collector is a ResourceWarning, which the suite
        # turns into an error.
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
            process.wait()


@pytest.fixture(scope="module")
def children() -> Iterator[_Children]:
    started = _Children()
    yield started
    started.close()


def _peak_rss_mb(result: subprocess.CompletedProcess[str]) -> float:
    assert result.returncode == 0, result.stderr[-2000:]
    return float(result.stdout.split()[-1])


# --------------------------------------------------------------------------- linear time and memory


@pytest.mark.scaling
def test_check_reads_a_long_ascii_run_in_one_pass(children: _Children) -> None:
    # quadratic_check_ascii_run.py: 40,000 characters took 24.5 s.
    result = children.result("check ascii run")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "1"]


def test_parse_notice_reads_a_long_ascii_run_in_the_closing_in_one_pass(children: _Children) -> None:
    # quadratic_parse_notice_closing_ascii_run.py: 80,000 characters took 7.7 s.
    result = children.result("parse closing ascii run")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["True", "0"]


@pytest.mark.scaling
def test_check_memory_on_many_figures_stays_linear(children: _Children) -> None:
    # quadratic_memory_check_many_figures.py: 100,000 characters of figures took 2 GB.
    assert _peak_rss_mb(children.result("check many figures")) < 400


@pytest.mark.scaling
def test_check_memory_on_one_field_of_many_figures_stays_linear(children: _Children) -> None:
    # superlinear_check_quantity_homes.py: one text field holding 50,000 figures.
    assert _peak_rss_mb(children.result("check one field of figures")) < 400


# --------------------------------------------------------------------------- xuncha render on bad JSON


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        # cli_render_lone_surrogate_traceback.sh: stdout could not encode the title.
        ("surrogate", '{"title": "\\ud800x"}', "$.title: not Unicode text: a lone surrogate \\ud800"),
        # cli_render_deep_nesting_traceback.sh: RecursionError from json.loads.
        ("deep", '{"title": "x", "sections": ' + "[" * 100_000 + "]" * 100_000 + "}", "$.sections[0]: "),
        # cli_render_huge_int_traceback.sh: ValueError from int() inside json.loads.
        (
            "bigint",
            '{"title": "a", "sections": [{"level": 1, "ordinal": '
            + "9" * 5000
            + ', "title": "x", "marker": "一、"}]}',
            "$.sections[0].ordinal: integer too long",
        ),
        # cli_render_duplicate_keys_accepted.sh: render took the last "title" where from_json refuses both.
        ("duplicate", '{"title": "a", "title": "b"}', "$.title: key repeated in the same object"),
    ],
    # (named, not shown: pytest puts a test's id in the child's environment, PYTEST_CURRENT_TEST, and the deep
    # document's 200,000 characters there are over Linux's limit for one variable, E2BIG)
    ids=["surrogate", "deep", "bigint", "duplicate"],
)
def test_render_refuses_bad_json_with_a_located_message(
    tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "xuncha", "render", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=_TIME_LIMIT_SECONDS,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{path}: {problem}"), result.stderr[:500]
    with pytest.raises(xuncha.ValidationError):  # the library refuses exactly what the command refuses
        xuncha.from_json(text)


# --------------------------------------------------------------------------- from_dict error paths


def test_an_over_long_integer_is_reported_at_its_field() -> None:  # from_dict_huge_int_error_path.py
    document = {"title": "t", "sections": [{"level": 10**5000, "ordinal": 1, "title": "x", "marker": "一、"}]}
    with pytest.raises(xuncha.ValidationError) as caught:
        xuncha.from_dict(document)
    assert [problem.path for problem in caught.value.errors] == ["$.sections[0].level"]
    assert caught.value.errors[0].message.startswith("integer too long")
    with pytest.raises(xuncha.ValidationError) as caught:
        xuncha.from_dict({"start": 10**5000, "end": 1}, xuncha.Span)
    assert [problem.path for problem in caught.value.errors] == ["$.start"]


# --------------------------------------------------------------------------- schema and from_json agree


_VALIDATOR = Draft202012Validator(xuncha.json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize(
    "text",
    [
        '{"title":"t","quantities":[{"value":"1\\n","unit":"元"}]}',
        '{"title":"t","contacts":[{"kind":"email","value":"a@b.cn\\n"}]}',
        '{"title":"t","contacts":[{"kind":"website","value":"www.a.cn\\n"}]}',
        '{"title":"t","contacts":[{"kind":"postcode","value":"123456\\n"}]}',
        '{"title":"t","contacts":[{"kind":"phone","value":"0391-1234567\\n"}]}',
        '{"title":"t","contacts":[{"kind":"postal_address","value":"\\u3000"}]}',
        '{"title":"t","quantities":[{"value":"1","unit":"元\\n"}]}',
        '{"title":"t","date":"2023-01-01\\n"}',
    ],
)
def test_the_schema_refuses_the_trailing_newlines_from_json_refuses(text: str) -> None:
    # schema_vs_from_json_disagreements.py: "$" in the schema's patterns matched before a final newline.
    with pytest.raises(xuncha.ValidationError):
        xuncha.from_json(text)
    assert not _VALIDATOR.is_valid(json.loads(text))


def test_an_integer_written_1_0_is_the_documented_exception() -> None:
    # JSON Schema defines "integer" by value, so 1.0 is one; from_json wants the integer written as one. The
    # validation page lists this among what the schema cannot express.
    text = '{"title":"t","sections":[{"level":1.0,"ordinal":1,"title":"x","marker":"一、"}]}'
    with pytest.raises(xuncha.ValidationError, match=r"\$\.sections\[0\]\.level: expected an integer"):
        xuncha.from_json(text)
    assert _VALIDATOR.is_valid(json.loads(text))
    assert "`1.0`" in (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- every reproducer has its test


_REGRESSION_TESTS = {
    "cli_render_deep_nesting_traceback.sh": "test_render_refuses_bad_json_with_a_located_message",
    "cli_render_duplicate_keys_accepted.sh": "test_render_refuses_bad_json_with_a_located_message",
    "cli_render_huge_int_traceback.sh": "test_render_refuses_bad_json_with_a_located_message",
    "cli_render_lone_surrogate_traceback.sh": "test_render_refuses_bad_json_with_a_located_message",
    "from_dict_huge_int_error_path.py": "test_an_over_long_integer_is_reported_at_its_field",
    "quadratic_check_ascii_run.py": "test_check_reads_a_long_ascii_run_in_one_pass",
    "quadratic_memory_check_many_figures.py": "test_check_memory_on_many_figures_stays_linear",
    "quadratic_parse_notice_closing_ascii_run.py": (
        "test_parse_notice_reads_a_long_ascii_run_in_the_closing_in_one_pass"
    ),
    "schema_vs_from_json_disagreements.py": "test_the_schema_refuses_the_trailing_newlines_from_json_refuses",
    "superlinear_check_quantity_homes.py": "test_check_memory_on_one_field_of_many_figures_stays_linear",
}


def test_every_reproducer_has_a_regression_test(shared: Path) -> None:
    scripts = {path.name for path in (shared / "reliability").iterdir() if path.suffix in {".py", ".sh"}}
    missing = sorted(scripts - set(_REGRESSION_TESTS))
    assert not missing, f"reproducers without a regression test in {__name__}: {missing}"
    for test in _REGRESSION_TESTS.values():
        assert callable(globals()[test])
