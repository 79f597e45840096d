"""Progress statements: every count read into its slot, and every inconsistency reported."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from xuncha.models import Progress, Quantity
from xuncha.progress import extract_progress, progress_problems
from xuncha.quantities import extract_quantities


def _values(progress: Progress) -> dict[str, Decimal]:
    slots = ("total", "completed", "basically_completed", "in_progress", "not_completed", "rate")
    return {slot: q.value for slot in slots if (q := getattr(progress, slot)) is not None}


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        pytest.param(
            "截至目前,巡察反馈的512个问题,完成整改497个,基本完成并持续整改问题9个,未完成6个,总体完成率97.07%。",
            "问题",
            {"total": 512, "completed": 497, "basically_completed": 9, "not_completed": 6, "rate": "97.07"},
            id="round-statistics-half-width",
        ),
        pytest.param(
            "县委巡察组反馈的86个问题，已完成整改79个，正在推进5个，未完成2个，整改完成率91.9%。",
            "问题",
            {"total": 86, "completed": 79, "in_progress": 5, "not_completed": 2, "rate": "91.9"},
            id="single-notice",
        ),
        pytest.param(
            "对巡视反馈的4个方面15项具体问题，已整改到位13项，取得阶段性成效2项。",
            "问题",
            {"total": 15, "completed": 13, "basically_completed": 2},
            id="aspects-are-not-the-total",
        ),
        pytest.param(
            "共梳理出问题41个，目前已整改完成38个，其余3个正在按计划推进。",
            "问题",
            {"total": 41, "completed": 38, "in_progress": 3},
            id="rest-in-progress-cue-after-the-figure",
        ),
        pytest.param(
            "巡察反饋問題20個，已完成整改18個，完成率90%。",
            "问题",
            {"total": 20, "completed": 18, "rate": "90"},
            id="traditional",
        ),
        pytest.param(
            # 線索 (leads handed on) is not 問題 (problems): the leads' count is no problem total
            "共反饋巡察問題412個,移交問題線索186個,已整改問題397個。",
            "问题",
            {"total": 412, "completed": 397},
            id="traditional-leads-are-not-problems",
        ),
        pytest.param(
            "针对反馈问题制定整改措施64条，已完成61条，完成率95.3%。",
            "整改措施",
            {"total": 64, "completed": 61, "rate": "95.3"},
            id="measures",
        ),
    ],
)
def test_every_count_is_read_into_its_slot(text: str, subject: str, expected: dict[str, object]) -> None:
    [progress] = extract_progress(text)
    assert progress.subject == subject
    assert _values(progress) == {slot: Decimal(str(value)) for slot, value in expected.items()}
    assert progress_problems(progress) == []
    for slot in expected:
        figure: Quantity = getattr(progress, slot)
        assert figure.span is not None
        assert text[figure.span.start : figure.span.end] == figure.text
    assert progress.span is not None
    assert text[progress.span.start : progress.span.end] == progress.text


def test_problems_and_measures_are_two_statements() -> None:
    text = "共查摆问题30个，制定整改措施95条；问题已整改28个，整改措施已完成90条。"
    problems, measures = extract_progress(text)
    assert (problems.subject, _values(problems)) == ("问题", {"total": Decimal(30), "completed": Decimal(28)})
    assert (measures.subject, _values(measures)) == (
        "整改措施",
        {"total": Decimal(95), "completed": Decimal(90)},
    )


@pytest.mark.parametrize(
    "text",
    [
        # a converter's pinyin after a figure's counter and inside the cue words (traditional characters)
        "方案確定的468項(xiàng)整改任務(wù)，已完(wán)成(chéng)整改251項(xiàng)，完成率約53.6%。",
        # full-width brackets and tone digits
        "反馈的152个问（wen4）题（ti2），已完（wan2）成（cheng2）整改140个，未完成12个。",
    ],
)
def test_pinyin_glosses_neither_part_a_figure_from_its_subject_nor_split_a_cue(text: str) -> None:
    import xuncha

    # The parser's figures end before a gloss (it cleans glosses away), extract_quantities' take it in: both
    # readings see the same statement.
    notice = xuncha.parse_notice(text)
    [parsed] = notice.progress
    [alone] = extract_progress(text)
    assert _values(parsed) == _values(alone)
    assert parsed.subject == alone.subject
    assert parsed.total is not None
    assert parsed.completed is not None


@pytest.mark.parametrize(
    "text",
    [
        "清退违规资金66.57万元，追回资金146万元，挽回经济损失1369.5万元。",  # outcomes, not counts
        "反馈问题27个，已全部整改完成。",  # a total alone
        "整改完成率达到100%。",  # a rate alone
        "新建高标准农田2.6万亩，完成年度任务的104%。",
    ],
)
def test_no_statement_where_there_is_none(text: str) -> None:
    assert extract_progress(text) == []


def test_parts_that_exceed_the_total_are_reported() -> None:
    [progress] = extract_progress("反馈问题40个，已完成整改38个，正在推进5个。")
    assert progress_problems(progress) == ["the parts add up to 43, not to the total 40"]


def test_every_part_stated_must_sum_to_the_total() -> None:
    [progress] = extract_progress("反馈问题40个，已完成整改30个，正在推进5个，未完成2个。")
    assert progress_problems(progress) == ["the parts add up to 37, not to the total 40"]


def test_a_rate_must_match_its_counts_at_its_precision() -> None:
    [right] = extract_progress("反馈问题697个，完成整改688个，完成率98.71%。")
    assert progress_problems(right) == []
    [wrong] = extract_progress("反馈问题697个，完成整改688个，完成率98.17%。")
    assert progress_problems(wrong) == ["the rate 98.17% is not 688/697 = 98.71%"]


def test_a_rate_may_count_the_basically_completed_as_done() -> None:
    [progress] = extract_progress("反馈问题50个，已完成45个，基本完成3个，完成率96%。")
    assert progress_problems(progress) == []


# Sentences of counts ended by every sentence mark, some with one count, some with several, some empty.
_PIECES = (
    "共发现问题", "12个", "，已整改", "10个", "。", "！", "\n", "完成率", "83.3%", "？",
    "正在推进", "2个", "问题", "；", "!", "反馈问题50个", "未完成4个", "?",
)  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_the_figures_given_or_read_per_sentence_give_the_same_statements(seed: int) -> None:
    """Given the text's figures, only the sentences holding two counts are read, each found from its first
    count; read without them, every sentence is. Both find the same statements."""
    generator = random.Random(seed)
    stated = 0
    for _ in range(150):
        text = "".join(generator.choice(_PIECES) for _ in range(generator.randint(1, 30)))
        given = extract_progress(text, quantities=extract_quantities(text))
        assert given == extract_progress(text), text
        stated += bool(given)
    assert stated > 10  # the texts do state progress


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        extract_progress(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="progress must be a Progress"):
        progress_problems("x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    ["反馈问题5个，已完成3个，", "占比105%", "问题5个问题4个", "整改率9%完成率8%"],
    ids=["statements", "rates only", "totals without commas", "rates without totals"],
)
@pytest.mark.scaling
def test_four_times_the_text_costs_about_four_times_the_time(unit: str) -> None:
    """Linear on adversarial runs: a sentence of thousands of counts with or without commas (CPU time of this
    process, best of three, so that a busy machine does not count; a square would be 16×)."""
    import time

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            extract_progress(text)
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(unit * 300), cost(unit * 1200)
    assert large < 9 * max(small, 0.002), (small, large)
