"""Regression tests for the forms real published pages showed (issue 9's observed corpus), one class each.

The sentences are written for these tests, not taken from the corpus.
"""

from __future__ import annotations

import datetime as dt

from xuncha import extract_periods

REFERENCE = dt.date(2024, 4, 20)


def _read(
    text: str, reference: dt.date | None = REFERENCE
) -> list[tuple[str | None, str, str | None, str | None]]:
    return [
        (
            p.text,
            p.relation.value,
            None if p.start is None else str(p.start),
            None if p.end is None else str(p.end),
        )
        for p in extract_periods(text, reference=reference)
    ]


def test_bulletin_words_take_the_year_the_text_is_about_across_paragraphs() -> None:
    text = "2021年,全区经济稳中有进。\n一、农业\n全年粮食产量4.2万吨,比上年增长3%。年末耕地面积比上年末减少0.1万亩。"
    assert _read(text, reference=None) == [
        ("2021年", "on", "2021-01-01", "2021-12-31"),
        ("全年", "on", "2021-01-01", "2021-12-31"),
        ("上年", "on", "2020-01-01", "2020-12-31"),
        ("年末", "on", "2021-12-31", "2021-12-31"),
        ("上年末", "on", "2020-12-31", "2020-12-31"),
    ]


def test_bulletin_words_with_a_reference_still_follow_the_texts_year() -> None:
    # A bulletin about 2022 published in 2024: 上年 is 2021, not the year before the publication.
    text = "2022年全市经济运行平稳。\n地区生产总值比上年增长4.1%,全年新增就业1.2万人。"
    assert _read(text) == [
        ("2022年", "on", "2022-01-01", "2022-12-31"),
        ("上年", "on", "2021-01-01", "2021-12-31"),
        ("全年", "on", "2022-01-01", "2022-12-31"),
    ]


def test_a_comparison_with_the_year_before_does_not_change_the_texts_year() -> None:
    text = "2023年社会消费品零售总额比上年增长6%;全年接待游客80万人次。"
    assert [p[2] for p in _read(text)] == ["2023-01-01", "2022-01-01", "2023-01-01"]


def test_without_a_stated_year_bulletin_words_take_the_reference_year() -> None:
    assert _read("全年完成投资比上年增长5%") == [
        ("全年", "on", "2024-01-01", "2024-12-31"),
        ("上年", "on", "2023-01-01", "2023-12-31"),
    ]
    assert _read("全年完成投资比上年增长5%", reference=None) == [
        ("全年", "on", None, None),
        ("上年", "on", None, None),
    ]


def test_a_month_in_a_new_paragraph_keeps_the_reference_year() -> None:
    # (only the words that name a whole year or a part of it carry the text's year across a paragraph break)
    text = "计划2026年上半年全部完成。\n9月底，完成内部审计。"
    assert _read(text, reference=None)[1] == ("9月底", "on", None, None)
