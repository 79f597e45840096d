"""Speed of xuncha's numerals and quantity extraction, measured against cn2an in the same run.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_numbers.py

1. parse_number against ``cn2an.cn2an(s, "smart")`` on the same numeral strings (goal: at least 5x the calls per
   second); strings cn2an cannot read are left out of both sides.
2. extract_quantities over the example notice (../shared/corpus) at 1x, 2x and 4x its size: the time per
   character must not grow (doubling the text at most doubles the time, +10%).
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from xuncha import extract_quantities, parse_number

NUMERALS = [
    "一百二十三",
    "两千零五",
    "十二",
    "三万五千",
    "一千九百四十一点六九",
    "五分之一",
    "百分之九十四点五",
    "3万5千",
    "5.6亿",
    "1.5万",
    "2436.99",
    "35558.23",
    "一亿二千三百四十五万六千七百八十九",
    "十万零一十二",
    "壹仟贰佰叁拾肆",
    "8000万",
    "一点五亿",
    "四十八",
    "两百",
    "九千九百九十九万",
]
# The shared folder sits beside the repository (../shared); a git worktree may sit one level deeper.
NOTICE = next(
    (
        folder / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt"
        for folder in Path(__file__).resolve().parents[1:4]
        if (folder / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt").exists()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt",
)


def best_rates(
    first: Callable[[str], object], second: Callable[[str], object], inputs: list[str], rounds: int = 11
) -> tuple[float, float]:
    """Calls per second of two functions over the same inputs: rounds alternate between them (so that load
    from other processes hits both alike) and the fastest round of each counts, as timeit advises."""
    best = [float("inf"), float("inf")]
    gc.disable()
    try:
        _alternate(first, second, inputs, rounds, best)
    finally:
        gc.enable()
    calls = 20 * len(inputs)
    return calls / best[0], calls / best[1]


def _alternate(
    first: Callable[[str], object],
    second: Callable[[str], object],
    inputs: list[str],
    rounds: int,
    best: list[float],
) -> None:
    for _ in range(rounds):
        for side, function in enumerate((first, second)):
            start = time.perf_counter()
            for _ in range(20):
                for text in inputs:
                    function(text)
            best[side] = min(best[side], time.perf_counter() - start)


def bench_parse_number() -> float:
    import cn2an

    shared = []
    for text in NUMERALS:
        try:
            peer = Decimal(str(cn2an.cn2an(text, "smart")))
        except (ValueError, KeyError):
            continue
        ours = parse_number(text)
        if abs(ours - peer) > Decimal("1e-6"):
            print(f"  note: {text!r}: xuncha {ours}, cn2an {peer}")
        shared.append(text)
    ours_rate, peer_rate = best_rates(parse_number, lambda s: cn2an.cn2an(s, "smart"), shared)
    ratio = ours_rate / peer_rate
    print(f"parse_number: {ours_rate:,.0f} calls/s; cn2an.cn2an(s, 'smart'): {peer_rate:,.0f} calls/s")
    print(f"  on {len(shared)} numeral strings: xuncha is {ratio:.1f}x cn2an (goal >= 5x)")
    return ratio


def bench_extraction() -> float:
    if not NOTICE.exists():
        print(f"extract_quantities: skipped, {NOTICE} is absent")
        return 1.0
    notice = NOTICE.read_text(encoding="utf-8")
    factors = (1, 2, 4)
    texts = [notice * factor for factor in factors]
    best = [float("inf")] * len(texts)
    # Every round reads the same amount of text at each size (the 1x text four times, the 4x text once), sizes
    # take turns, and the fastest round of each counts; the garbage collector is off while timing, as in timeit.
    gc.disable()
    try:
        for _ in range(25):
            for index, (factor, text) in enumerate(zip(factors, texts, strict=True)):
                start = time.perf_counter()
                for _ in range(4 // factor):
                    extract_quantities(text)
                best[index] = min(best[index], (time.perf_counter() - start) / (4 // factor))
    finally:
        gc.enable()
    per_char = []
    for factor, text, seconds in zip(factors, texts, best, strict=True):
        per_char.append(seconds / len(text))
        print(f"extract_quantities over {factor}x the notice ({len(text):,} chars): {seconds * 1000:.1f} ms")
    growth = max(per_char[1] / per_char[0], per_char[2] / per_char[1])
    print(f"  worst time per character after doubling: {growth:.2f}x the previous size's (goal <= 1.10)")
    return growth


def main() -> int:
    ratio = bench_parse_number()
    growth = bench_extraction()
    return 0 if ratio >= 5 and growth <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
