#!/usr/bin/env python3
"""Speed and accuracy of xuncha.parse_period against jionlp.parse_time on the same phrases, in the same run.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_dates.py [NOTICE.txt]
The phrases are the table of tests/test_dates.py (resolved against 2023-12-25). JioNLP is imported only here.
The realistic sentences of tests/test_dates_realistic.py add an accuracy comparison, each at its own
publication date, and the speed on their expressions. A real notice (by default
../shared/corpus/000_b565cbef8bc7a4b1.txt) adds a last comparison on the dated expressions extract_periods
finds in it. Accuracy counts a phrase right when the first and last day match (only the last for deadlines and 截至).
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
from test_dates_realistic import CASES
from xuncha import Relation, extract_periods, parse_period

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


def rate(function: Callable[[str], object], texts: list[str]) -> float:
    """Calls per CPU second of ``function`` over ``texts`` (one pass); a refusal counts as a call.

    CPU time rather than wall time, so that other work on a shared machine does not count.
    """
    began = time.process_time()
    for text in texts:
        try:  # noqa: SIM105 - cheaper than contextlib.suppress inside a timing loop
            function(text)
        except Exception:
            pass
    return len(texts) / (time.process_time() - began)


def best_rates(
    ours: Callable[[str], object], theirs: Callable[[str], object], texts: list[str], rounds: int = 7
) -> tuple[float, float]:
    """The best of several interleaved rounds for each tool, so that a busy machine slows both alike."""
    ours_best = theirs_best = 0.0
    for _ in range(rounds):
        ours_best = max(ours_best, rate(ours, texts * 20))
        theirs_best = max(theirs_best, rate(theirs, texts * 2))
    return ours_best, theirs_best


def main() -> None:
    warnings.simplefilter("ignore")
    import jionlp as jio

    base = time.mktime(dt.datetime(2023, 12, 25).timetuple())
    table = [row for row in PHRASES if not row[0].startswith("自当年")]
    texts = [row[0] for row in table]
    ours_right = sum(right(xuncha_answer(t), s, e, r) for t, s, e, r, _ in table)
    theirs_right = sum(right(jionlp_answer(jio, t, base), s, e, r) for t, s, e, r, _ in table)
    n = len(table)
    print(f"phrases: {n}")
    print(
        f"accuracy  xuncha {ours_right}/{n} = {ours_right / n:.1%}   jionlp {theirs_right}/{n} = {theirs_right / n:.1%}"
    )
    ours, theirs = (lambda t: parse_period(t, reference=REF)), (lambda t: jio.parse_time(t, time_base=base))
    ours_rate, theirs_rate = best_rates(ours, theirs, texts)
    print(f"calls/s   xuncha.parse_period {ours_rate:,.0f}   jionlp.parse_time {theirs_rate:,.0f}")
    print(f"ratio     {ours_rate / theirs_rate:.1f}x on all {len(texts)} phrases (goal: at least 10x)")
    # JioNLP refuses some phrases early, which is cheap for it: report the phrases it does read separately.
    read = [t for t in texts if jionlp_answer(jio, t, base) != (None, None)]
    ours_rate, theirs_rate = best_rates(ours, theirs, read)
    print(f"ratio     {ours_rate / theirs_rate:.1f}x on the {len(read)} phrases jionlp reads")
    realistic(jio)
    # The time expressions of a real notice, when the shared corpus is checked out beside the repository.
    beside = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt"
    notice = Path(sys.argv[1]) if len(sys.argv) > 1 else beside
    if notice.exists():
        found = extract_periods(notice.read_text(encoding="utf-8"), reference=REF)
        real = [p.text for p in found if p.text is not None and p.start is not None and p.end is not None]
        ours_rate, theirs_rate = best_rates(ours, theirs, real)
        print(
            f"ratio     {ours_rate / theirs_rate:.1f}x on the {len(real)} dated expressions of {notice.name}"
        )
    else:
        print(f"(no real notice at {notice}: check out the shared corpus beside the repository)")


def realistic(jio: object) -> None:
    """The dated periods of tests/test_dates_realistic.py, each against its own publication date: xuncha
    reads the sentence (as the project's scorer does), JioNLP the expression alone; then the speed of both on
    the expressions alone."""
    probes: list[tuple[str, str, str, str | None, str | None, Relation]] = []
    for case in CASES:
        for text, start, end, relation in case.expected:
            if start is not None or end is not None:
                probes.append((case.text, case.published, text, start, end, Relation(relation)))
    ours_right = theirs_right = 0
    for sentence, published, text, start, end, kind in probes:
        reference = dt.date.fromisoformat(published)
        at = sentence.find(text)
        found = [
            p
            for p in extract_periods(sentence, reference=reference)
            if p.span is not None and p.span.start < at + len(text) and at < p.span.end
        ]
        answer: tuple[str | None, str | None] = (None, None)
        if len(found) == 1:
            first, last = found[0].start, found[0].end
            answer = (
                None if first is None else first.isoformat(),
                None if last is None else last.isoformat(),
            )
        ours_right += right_at(answer, start, end, kind, published)
        base = time.mktime(dt.datetime.fromisoformat(published).timetuple())
        theirs_right += right_at(jionlp_answer(jio, text, base), start, end, kind, published)
    n = len(probes)
    print(
        f"realistic xuncha {ours_right}/{n} = {ours_right / n:.1%}   jionlp {theirs_right}/{n} = {theirs_right / n:.1%}"
        "  (tests/test_dates_realistic.py, each at its publication date)"
    )
    texts = [probe[2] for probe in probes]
    base = time.mktime(dt.datetime(2023, 12, 25).timetuple())
    parse_time = jio.parse_time  # type: ignore[attr-defined]
    ours_rate, theirs_rate = best_rates(
        lambda t: parse_period(t, reference=REF), lambda t: parse_time(t, time_base=base), texts
    )
    print(f"ratio     {ours_rate / theirs_rate:.1f}x on those {n} expressions")


def right_at(
    answer: tuple[str | None, str | None],
    start: str | None,
    end: str | None,
    relation: Relation,
    published: str,
) -> bool:
    """Like ``right``, with a since-period ending on its publication date or the day before."""
    if relation in END_ONLY:
        return answer[1] == end
    if relation is Relation.SINCE and start is not None and end == published:
        day_before = (dt.date.fromisoformat(published) - dt.timedelta(days=1)).isoformat()
        return answer[0] == start and answer[1] in (end, day_before)
    return answer == (start, end)


if __name__ == "__main__":
    main()
