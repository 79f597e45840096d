"""Classes of date found in sets DP–EA of the observed corpus (the fourteenth session: township and village texts,
state firms and banks, courts and schools, statistics, budgets and audits, inspection news, and their reposts),
each written as new sentences rather than copied from a passage.

Each row is a text, its reference date (None: an undated page) and every period it should yield as
(text, relation, first day, last day), with None for a bound the text leaves open or unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from _dates_read import Read, read_periods

Row = tuple[str, str | None, list[Read]]  # (text, reference date or None, every period it should yield)


YEARS: list[Row] = [
    # 前一年 after a word of comparison, or opening a clause, is the year before the one the text speaks of.
    (
        "2010年,全港罪案总数较前一年下降3%;前一年的升幅为2%。",
        "2011-01-26",
        [
            ("2010年", "on", "2010-01-01", "2010-12-31"),
            ("前一年", "on", "2009-01-01", "2009-12-31"),
            ("前一年", "on", "2009-01-01", "2009-12-31"),
        ],
    ),
    # After a noun it is the year before an event, which no calendar fixes; 提前一年 is a lead of a year.
    ("换届前一年述职述廉,提前一年完成。", "2019-05-01", []),
    # 加上上年结转: the 上 of 加上 ends its word; last year's carry-over, not the year before last.
    (
        "2014年全市国有资本经营收入58.3亿元,加上上年结转收入1.8亿元。",
        "2015-02-10",
        [("2014年", "on", "2014-01-01", "2014-12-31"), ("上年", "on", "2013-01-01", "2013-12-31")],
    ),
]

SAME_MONTH: list[Row] = [
    # 上年同月 after a day the text reports on, or up to, is that day's month a year back.
    (
        "統計顯示,至七月底,男性人口較上年同月增加4096人。",
        "2017-08-05",
        [("至七月底", "until", None, "2017-07-31"), ("上年同月", "on", "2016-07-01", "2016-07-31")],
    ),
    (
        "5月18日,全市用电量与上年同月相比增长2%。",
        "2017-06-01",
        [("5月18日", "on", "2017-05-18", "2017-05-18"), ("上年同月", "on", "2016-05-01", "2016-05-31")],
    ),
]

INCLUDED_ENDS: list[Row] = [
    # 及以前, 及之前, 及以后: the day itself included, a deadline's or a start's.
    (
        "招收2018年8月31日及以前出生的儿童,2018年9月1日及以后出生的不招。",
        "2018-06-05",
        [
            ("2018年8月31日及以前", "before", None, "2018-08-31"),
            ("2018年9月1日及以后", "after", "2018-09-01", None),
        ],
    ),
]

_TABLES = {"years": YEARS, "same-month": SAME_MONTH, "included-ends": INCLUDED_ENDS}


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        pytest.param(*row, id=f"{name}-{number}")
        for name, rows in _TABLES.items()
        for number, row in enumerate(rows)
    ],
)
def test_the_periods_of_sets_dp_to_ea(text: str, reference: str | None, expected: list[Read]) -> None:
    assert read_periods(text, None if reference is None else dt.date.fromisoformat(reference)) == expected
