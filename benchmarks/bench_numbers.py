"""Speed of xuncha's numerals and quantity extraction, measured against cn2an in the same run.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_numbers.py

1. parse_number against ``cn2an.cn2an(s, "smart")`` on the same numeral strings (goal: at least 5x the calls per
   second); strings cn2an cannot read are left out of both sides.
2. extract_quantities over the example notice (../shared/corpus) at 1x, 2x and 4x its size: the time per
   character must not grow (doubling the text at most doubles the time, +10%).
"""

from __future__ import annotations

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


def best_rate(function: Callable[[str], object], inputs: list[str], seconds: float = 1.0) -> float:
    """Calls per second, best of five rounds of about ``seconds`` / 5 each."""
    rounds = []
    for _ in range(5):
        calls = 0
        start = time.perf_counter()
        while True:
            for text in inputs:
                function(text)
            calls += len(inputs)
            elapsed = time.perf_counter() - start
            if elapsed > seconds / 5:
                break
        rounds.append(calls / elapsed)
    return max(rounds)


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
    ours_rate = best_rate(parse_number, shared)
    peer_rate = best_rate(lambda s: cn2an.cn2an(s, "smart"), shared)
    ratio = ours_rate / peer_rate
    print(f"parse_number: {ours_rate:,.0f} calls/s; cn2an.cn2an(s, 'smart'): {peer_rate:,.0f} calls/s")
    print(f"  on {len(shared)} numeral strings: xuncha is {ratio:.1f}x cn2an (goal >= 5x)")
    return ratio


def bench_extraction() -> float:
    if not NOTICE.exists():
        print(f"extract_quantities: skipped, {NOTICE} is absent")
        return 1.0
    notice = NOTICE.read_text(encoding="utf-8")
    per_char = []
    for factor in (1, 2, 4):
        text = notice * factor
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            extract_quantities(text)
            runs.append(time.perf_counter() - start)
        best = min(runs)
        per_char.append(best / len(text))
        print(f"extract_quantities over {factor}x the notice ({len(text):,} chars): {best * 1000:.1f} ms")
    growth = max(per_char[1] / per_char[0], per_char[2] / per_char[1])
    print(f"  worst time per character after doubling: {growth:.2f}x the previous size's (goal <= 1.10)")
    return growth


def main() -> int:
    ratio = bench_parse_number()
    growth = bench_extraction()
    return 0 if ratio >= 5 and growth <= 1.10 else 1


if __name__ == "__main__":
    sys.exit(main())
