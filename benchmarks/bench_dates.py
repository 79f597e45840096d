#!/usr/bin/env python3
"""Speed and accuracy of xuncha.parse_period against jionlp.parse_time on the same phrases, in the same run.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_dates.py
The phrases are the table of tests/test_dates.py (resolved against 2023-12-25). JioNLP is imported only here.
Accuracy counts a phrase right when the first and last day match (only the last for deadlines and 截至).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from test_dates import PHRASES, REF
from xuncha import Relation, parse_period

END_ONLY = (Relation.BEFORE, Relation.UNTIL)


def xuncha_answer(text: str) -> tuple[str | None, str | None]:
    try:
        period = parse_period(text, reference=REF)
    except ValueError:
        return None, None
    start = None if period.start is None else period.start.isoformat()
    return start, None if period.end is None else period.end.isoformat()


def jionlp_answer(jio: object, text: str, base: float) -> tuple[str | None, str | None]:
    try:
        result = jio.parse_time(text, time_base=base)  # type: ignore[attr-defined]
    except Exception:  # jionlp raises many kinds of error on text it does not read
        return None, None
    bounds = [value if isinstance(value, str) else None for value in result["time"]]
    start, end = (b[:10] if b and b[0].isdigit() else None for b in bounds[:2])
    return start, end


def right(
    answer: tuple[str | None, str | None], start: str | None, end: str | None, relation: Relation
) -> bool:
    if relation in END_ONLY:
        return answer[1] == end
    if relation is Relation.SINCE and start is not None:
        return answer[0] == start and answer[1] in (end, None if end is None else "2023-12-24")
    return answer == (start, end)


def rate(function: Callable[[str], object], texts: list[str], seconds: float = 3.0) -> float:
    """Calls per second of ``function`` over ``texts``; failures count as calls (both tools raise on some)."""
    calls, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds:
        for text in texts:
            try:  # noqa: SIM105 - cheaper than contextlib.suppress inside a timing loop
                function(text)
            except Exception:
                pass
        calls += len(texts)
    return calls / (time.perf_counter() - began)


def main() -> None:
    warnings.simplefilter("ignore")
    import jionlp as jio

    base = time.mktime(dt.datetime(2023, 12, 25).timetuple())
    table = [row for row in PHRASES if not row[0].startswith("自当年")]
    texts = [row[0] for row in table]
    ours = sum(right(xuncha_answer(t), s, e, r) for t, s, e, r, _ in table)
    theirs = sum(right(jionlp_answer(jio, t, base), s, e, r) for t, s, e, r, _ in table)
    print(f"phrases: {len(table)}")
    print(
        f"accuracy  xuncha {ours}/{len(table)} = {ours / len(table):.1%}   jionlp {theirs}/{len(table)} = {theirs / len(table):.1%}"
    )
    ours_rate = rate(lambda t: parse_period(t, reference=REF), texts)
    theirs_rate = rate(lambda t: jio.parse_time(t, time_base=base), texts)
    print(f"calls/s   xuncha.parse_period {ours_rate:,.0f}   jionlp.parse_time {theirs_rate:,.0f}")
    print(f"ratio     {ours_rate / theirs_rate:.1f}x (goal: at least 10x)")


if __name__ == "__main__":
    main()
