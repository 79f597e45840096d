"""xuncha.check costs time and memory in proportion to its input, on the inputs that once cost their square.

No test here is timed against a clock: each compares the cost of one input with that of an input four times its
size, in the same run, with a generous bound (a linear cost grows 4×, a quadratic one 16×), or counts what was
built. The timings themselves are in benchmarks/bench_linearity_checks.py.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from decimal import Decimal

import pytest

from _cpu_cost import grows_linearly
from xuncha.checks import check
from xuncha.checks._context import Context
from xuncha.models import Finding, Notice, Quantity, Section

HEAD = "关于巡察整改情况的通报\n\n"

#: Each family: a name and the text of about ``n`` characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "run of a": lambda n: HEAD + "联系人" + "a" * n,
    "run of 1": lambda n: HEAD + "编号" + "1" * n,
    "run of 1.": lambda n: HEAD + "编号" + "1." * (n // 2),
    "run of www.": lambda n: HEAD + "网址" + "www." * (n // 4),
    "run of %": lambda n: HEAD + "占比" + "%" * n,
    "run of +": lambda n: HEAD + "电话" + "+" * n,
    "run of @": lambda n: HEAD + "邮箱" + "a@" * (n // 2),
    "words and": lambda n: HEAD + "思想 and 党的" * (n // 10),
    "ranges backwards in one sentence": lambda n: HEAD + "巡察组2023年5月10日至5月1日" * (n // 20),
    "plans long past": lambda n: HEAD + "计划2023年" * (n // 7) + "\n\n2024年1月5日",
    "shares above 100%": lambda n: HEAD + "占比105%" * (n // 6),
    "weekdays misprinted": lambda n: HEAD + "2024年5月11日(星期五)召开," * (n // 19),
    "malformed phones": lambda n: (
        HEAD + "".join(f"电话：0393 {7000000 + i} 转 8001。\n" for i in range(n // 24))
    ),
    "malformed e-mails": lambda n: HEAD + "".join(f"邮箱：abc{i}@163。\n" for i in range(n // 14)),
    "measures 一是 in one finding": lambda n: (
        HEAD + "一、学习\n\n1. 甲问题整改情况。" + "一是完善制度。" * (n // 7)
    ),
    "sections with gaps": lambda n: HEAD + "".join(f"（{i * 2 + 1}）甲\n" for i in range(n // 7)),
}


@pytest.mark.scaling
@pytest.mark.parametrize("family", list(FAMILIES))
def test_four_times_the_text_costs_about_four_times_the_time(family: str) -> None:
    linear, small, large = grows_linearly(check, FAMILIES[family], 2_500)
    assert linear, (family, small, large)


def _peak(make: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        make()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _figures(n: int) -> str:
    pieces = ["1234万元", "5人", "678余", "12%", "3亩", "2023年", "9项", "、", "。"]
    return "".join(pieces[i % len(pieces)] for i in range(n // 4))


@pytest.mark.scaling
def test_memory_grows_with_the_text_of_many_figures() -> None:
    small, large = _peak(lambda: check(_figures(10_000))), _peak(lambda: check(_figures(40_000)))
    assert large < 8 * small, (small, large)


@pytest.mark.scaling
def test_a_notice_without_source_with_many_shares_keeps_one_text_per_owner() -> None:
    def notice(count: int) -> Notice:
        shares = [f"{101 + index}%" for index in range(count)]
        quantities = tuple(Quantity(text=share, value=Decimal(share[:-1]), unit="%") for share in shares)
        return Notice("通报", opening="".join(f"占比{share}，" for share in shares), quantities=quantities)

    small_notice, large_notice = notice(500), notice(2_000)
    small, large = _peak(lambda: check(small_notice)), _peak(lambda: check(large_notice))
    assert len(check(small_notice)) == 500
    assert large < 8 * small, (small, large)


def test_a_huge_gap_is_named_not_listed() -> None:
    findings = [
        Finding("甲问题整改情况", number=1, marker="1."),
        Finding("乙问题整改情况", number=10**8, marker="100000000."),
    ]
    notice = Notice("通报", sections=[Section(2, 1, "甲", marker="（一）", findings=findings)])
    [diagnostic] = check(notice)
    assert diagnostic.message == 'finding "100000000." follows "1.": "2." to "99999999." are missing'


def test_the_path_at_an_offset_is_the_smallest_node_around_it() -> None:
    """Context.path_at answers by bisection what a scan of every node would: checked against that scan."""
    text = (
        HEAD
        + "一、学习\n\n（一）理论\n\n1. 甲问题整改情况。一是完善。二是加强。\n\n2. 乙问题整改情况。\n\n二、作风\n\n联系电话：0393-7775123"
    )
    context = Context(None, text, None)
    context.nodes = [
        (0, 40, "$.a"),
        (5, 30, "$.b"),
        (5, 30, "$.c"),
        (10, 20, "$.d"),
        (25, 50, "$.e"),
        (45, 45, "$.f"),
    ]
    context.first_start = 0  # (the end of the last node is read from the nodes)

    def by_scan(offset: int) -> str:
        best: tuple[int, str] | None = None
        for start, end, path in context.nodes:
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, path)
        return best[1] if best is not None else ("$.closing" if offset >= 50 else "$")

    assert [context.path_at(offset) for offset in range(60)] == [by_scan(offset) for offset in range(60)]
