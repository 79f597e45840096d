"""Time and peak memory of xuncha.check on the inputs that once cost their square (issue 8).

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_linearity_checks.py [--sizes 100000,1000000] [--families a,1,...]

For each adversarial family (runs of one character or token, newlines, 一、 lines, digits mixed with units) and
each size, the script prints the time of ``check`` (one run), its peak memory traced by tracemalloc (a second
run, since tracing slows the work), the peak as a multiple of the input's size in characters, and, from the
second size on, how much the time grew against the size before it. The families start with a Chinese title so
that every rule runs (text without Chinese stops at not-a-notice); the bare reproducers of issue 8 are timed too.

Targets (issue 8): check("a" * 40_000) under 1 s; 1,000,000 characters of digits and units under 600 MB; time
growing about as the size does.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable

from bench_linearity import digits_and_units

from xuncha import check

HEAD = "关于巡察整改情况的通报\n\n"


def repeated(token: str) -> Callable[[int], str]:
    return lambda n: HEAD + (token * (n // len(token) + 1))[: n - len(HEAD)]


FAMILIES: dict[str, Callable[[int], str]] = {
    "a": repeated("a"),
    "1": repeated("1"),
    "1.": repeated("1."),
    "www.": repeated("www."),
    "%": repeated("%"),
    "+": repeated("+"),
    "2023年": repeated("2023年"),
    "newlines": repeated("\n"),
    "一、 lines": repeated("一、学习方面\n"),
    "digits and units": lambda n: HEAD + digits_and_units(n - len(HEAD), in_characters=True),
}


def measure(text: str) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    check(text)
    elapsed = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    try:
        check(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="sizes in characters, comma-separated")
    parser.add_argument("--families", default=",".join(FAMILIES), help="families, comma-separated")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    # The imports and the grammars compiled on first use are paid here, not by the first timing.
    check(HEAD + "一、学习方面\n\n1. 问题整改情况。2023年5月已完成。")

    for name, text in (("check('a' * 40_000)", "a" * 40_000), ("check('1年' * 16_000)", "1年" * 16_000)):
        start = time.perf_counter()
        check(text)
        print(f"{name:32} {time.perf_counter() - start:8.3f} s")
    print()
    print(f"{'family':18} {'size':>9} {'time s':>9} {'growth':>7} {'peak MB':>9} {'peak/size':>10}")
    for family in args.families.split(","):
        make = FAMILIES[family]
        previous: tuple[int, float] | None = None
        for size in sizes:
            elapsed, peak = measure(make(size))
            growth = ""
            if previous is not None and previous[1] > 0:
                growth = f"{elapsed / previous[1] / (size / previous[0]):6.2f}×"
            print(
                f"{family:18} {size:>9,} {elapsed:9.3f} {growth:>7} {peak / 1e6:9.1f} {peak / size:9.1f}×",
                flush=True,
            )
            previous = (size, elapsed)


if __name__ == "__main__":
    main()
