"""Speed of parse_notice (structure + every figure and date) against jionlp.ner.extract_time alone.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_parse.py [FILE] [--repeat N]

FILE defaults to the real notice in ../shared/corpus when present, else examples/sample_notice.md. Both tools
read the same text in the same run; the script prints the best-of-N times, their ratio (the target is at
least 10×), and parse_notice's time on the text repeated 1×, 2× and 4× (time should grow linearly).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import time
from collections.abc import Callable
from pathlib import Path

from xuncha import extract_periods, extract_quantities, parse_notice
from xuncha._text import SourceText

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = [
    ROOT.parent / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt",
    ROOT.parent.parent / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt",
    ROOT / "examples" / "sample_notice.md",
]


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    path: Path = args.file or next(path for path in CANDIDATES if path.exists())
    text = path.read_text(encoding="utf-8")
    reference = dt.date(2023, 12, 25)

    notice = parse_notice(text, reference=reference)  # warm up (imports, compiled patterns)
    figures = sum(1 for _ in notice.iter_quantities()) + sum(1 for _ in notice.iter_periods())
    ours = best_of(args.repeat, lambda: parse_notice(text, reference=reference))
    print(f"text: {path.name}, {len(text)} characters; parse_notice found {figures} figures and dates")
    print(f"parse_notice            {ours * 1000:9.2f} ms")
    cleaned = SourceText(text).text
    cleaning = best_of(args.repeat, lambda: SourceText(text))
    quantities = best_of(args.repeat, lambda: extract_quantities(cleaned))
    periods = best_of(args.repeat, lambda: extract_periods(cleaned, reference=reference))
    print(f"  of which quantities   {quantities * 1000:9.2f} ms (xuncha.quantities.extract_quantities)")
    print(f"  of which dates        {periods * 1000:9.2f} ms (xuncha.dates.extract_periods)")
    print(f"  the rest (structure)  {max(0.0, ours - quantities - periods) * 1000:9.2f} ms", end="")
    print(f" (cleaning the text, xuncha._text.SourceText: {cleaning * 1000:.2f} ms)")

    try:
        import jionlp
    except ImportError:
        print("jionlp is not installed: no comparison")
    else:
        logging.getLogger().setLevel(logging.CRITICAL)  # jionlp logs a traceback for strings it cannot parse
        jionlp.ner.extract_time(text)  # warm up (its dictionaries load lazily)
        theirs = best_of(args.repeat, lambda: jionlp.ner.extract_time(text))
        print(f"jionlp.ner.extract_time {theirs * 1000:9.2f} ms")
        print(f"ratio                   {theirs / ours:9.1f}x (target >= 10x)")

    base = None
    for factor in (1, 2, 4):
        body = "\n\n".join([text] * factor)
        elapsed = best_of(args.repeat, lambda body=body: parse_notice(body, reference=reference))  # type: ignore[misc]
        base = base or elapsed
        print(
            f"size {factor}x {len(body):7d} chars  {elapsed * 1000:9.2f} ms  ({elapsed / base:4.2f} x the 1x time)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
