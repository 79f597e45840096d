"""Linear on any input: time and peak memory of the public readers on adversarial text at growing sizes.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_linearity.py                      # 100 kB, 1 MB, 10 MB (long)
    PYTHONPATH=src python benchmarks/bench_linearity.py --sizes 20k,40k,80k  # a quick run
    PYTHONPATH=src python benchmarks/bench_linearity.py --functions check --families a,1.

Each family is a run of one character or token (``a``, ``1``, ``1.``, ``www.``, ``2023年``, newlines, ``一、``
lines, digits mixed with units, glued percent figures ``1%``, a figure wrapped before its unit, numbers alone on
their lines), cut to the size asked for in UTF-8 bytes. Each (function, family, size) runs in
a fresh interpreter, under a time limit and an address-space limit so that a quadratic path is reported instead
of hanging or exhausting the machine; once one size fails the larger ones of that pair are skipped.

Reported for each run: seconds, peak memory (the growth of the process's maximum resident set during the call),
and that memory over the input's size. Between consecutive sizes, the time ratio per doubling of the input,
``(t2 / t1) ** (1 / log2(size2 / size1))``. Goals (issue 8): at most 2.3× per doubling and memory under 30× the
input. Runs shorter than 0.05 s are too noisy for a time ratio and show ``-``; a memory growth under 16 MB is
shown but not judged (the resident set grows by whole arenas). The exit status is 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

DOUBLING_GOAL = 2.3
MEMORY_GOAL = 30.0
NOISE_SECONDS = 0.05
# The resident set grows by whole arenas: below this growth a memory/input ratio says nothing.
NOISE_BYTES = 16_000_000

FUNCTIONS = ("parse_notice", "check", "extract_quantities", "extract_periods")

#: The units and words the digits-and-units family strews figures with (issue 8's reproducer's).
FIGURE_UNITS = (
    "万元",
    "亿元",
    "元",
    "人",
    "人次",
    "个",
    "项",
    "亩",
    "%",
    "余",
    "近",
    "约",
    "年",
    "月",
    "日",
    "至",
    "-",
    "、",
    ".",
)


def _repeat(token: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        width = len(token.encode("utf-8"))
        return token * (size // width)

    return make


def digits_and_units(size: int, *, in_characters: bool = False) -> str:
    """Random figures with units and the characters around them, as issue 8's reproducer writes them: about
    ``size`` UTF-8 bytes, or exactly ``size`` characters when ``in_characters`` (the same text on every run)."""
    generator = random.Random(0)
    parts: list[str] = []
    used = 0
    while used < size:
        piece = str(generator.randint(0, 10 ** generator.randint(0, 8))) + generator.choice(FIGURE_UNITS)
        parts.append(piece)
        used += len(piece) if in_characters else len(piece.encode("utf-8"))
    text = "".join(parts)
    return text[:size] if in_characters else text


#: The adversarial families: each builds a text of about ``size`` UTF-8 bytes.
FAMILIES: dict[str, Callable[[int], str]] = {
    "a": _repeat("a"),
    "1": _repeat("1"),
    "1.": _repeat("1."),
    "www.": _repeat("www."),
    "2023年": _repeat("2023年"),
    "newlines": _repeat("\n"),
    "一、 lines": _repeat("一、整改情况\n"),
    "digits+units": digits_and_units,
    # percent figures glued one after another, as scrapers leave them (4.1%5.1%6.6%), and figures after a wrap
    "1%": _repeat("1%"),
    "wrapped figures": _repeat("各项工作稳步推进，全年完成投资 12\n万元"),
    # a site's page counts and numbered items run into one long line (each figure asks about its line)
    "page counts": _repeat("本章概述部分共约 9页，"),
    # a PDF text layer that sets every figure on a line of its own (_lines.runs_on_into)
    "lone numbers": _repeat("建成基地\n3\n个，实施\n2023\n年"),
    "二、 in a line": _repeat("二、五个"),
}


def _size(text: str) -> int:
    multiplier = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    return int(float(text[:-1] if multiplier != 1 else text) * multiplier)


def _label(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size / 1_000:g} kB"


# --------------------------------------------------------------------------- one measurement, in a child


def _child(function: str, family: str, size: int) -> None:
    import resource
    import time

    import xuncha

    text = FAMILIES[family](size)
    call = getattr(xuncha, function)
    if function == "check":
        call("")  # import and compile what the function needs outside the measurement
    else:
        call("一")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    started = time.perf_counter()
    call(text)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    print(json.dumps({"seconds": seconds, "peak": max(peak, 0), "bytes": len(text.encode("utf-8"))}))


def _measure(function: str, family: str, size: int, timeout: float, memory: int) -> dict[str, float] | str:
    """The child's figures, or why there are none (time limit, out of memory, an exception)."""
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
        "import bench_linearity\n"
        f"bench_linearity._child({function!r}, {family!r}, {size})\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=dict(os.environ),
        )
    except subprocess.TimeoutExpired:
        return f"over {timeout:g} s"
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["exit " + str(result.returncode)])[-1]
        return "out of memory" if "MemoryError" in last else last[:60]
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


# --------------------------------------------------------------------------- the report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="100k,1M,10M", help="input sizes in UTF-8 bytes (default 100k,1M,10M)"
    )
    parser.add_argument("--functions", default=",".join(FUNCTIONS), help="default: all four")
    parser.add_argument("--families", default=",".join(FAMILIES), help="default: every family")
    parser.add_argument("--timeout", type=float, default=300, help="seconds a run may take (default 300)")
    parser.add_argument(
        "--memory", type=float, default=4.0, help="GB of address space a run may use (default 4)"
    )
    args = parser.parse_args(argv)
    sizes = sorted(_size(size) for size in args.sizes.split(","))
    functions = [name for name in args.functions.split(",") if name]
    families = [name for name in args.families.split(",") if name]
    unknown = sorted(set(functions) - set(FUNCTIONS)) + sorted(set(families) - set(FAMILIES))
    if unknown:
        parser.error(f"unknown function or family: {', '.join(unknown)}")

    missed = 0
    print(
        f"{'function':20} {'family':13} {'size':>7} {'seconds':>9} {'×/doubling':>11} {'peak MB':>8} {'mem/input':>9}"
    )
    for function in functions:
        for family in families:
            previous: tuple[float, float] | None = None
            failed = False
            for size in sizes:
                if failed:
                    print(f"{function:20} {family:13} {_label(size):>7} {'skipped':>9}")
                    continue
                figures = _measure(function, family, size, args.timeout, int(args.memory * 1e9))
                if isinstance(figures, str):
                    print(f"{function:20} {family:13} {_label(size):>7} {figures}   MISSED")
                    failed, missed = True, missed + 1
                    continue
                seconds, peak, length = figures["seconds"], figures["peak"], figures["bytes"]
                ratio = "-"
                note = ""
                if previous is not None and previous[1] >= NOISE_SECONDS:
                    per_doubling = (seconds / previous[1]) ** (1 / math.log2(length / previous[0]))
                    ratio = f"{per_doubling:.2f}"
                    if per_doubling > DOUBLING_GOAL:
                        note, missed = "   MISSED (time)", missed + 1
                memory_ratio = peak / length
                if memory_ratio >= MEMORY_GOAL and peak >= NOISE_BYTES:
                    note, missed = note + "   MISSED (memory)", missed + 1
                print(
                    f"{function:20} {family:13} {_label(size):>7} {seconds:9.3f} {ratio:>11} "
                    f"{peak / 1e6:8.1f} {memory_ratio:9.1f}{note}",
                    flush=True,
                )
                previous = (length, seconds)
    goals = f"goals: ≤ {DOUBLING_GOAL}× time per doubling, memory < {MEMORY_GOAL:g}× the input"
    print(f"\n{missed} goal{'s' if missed != 1 else ''} missed; {goals}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
