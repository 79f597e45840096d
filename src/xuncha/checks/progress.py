"""Progress statements: counts that must add up to their total, and a rate that must match its counts."""

from __future__ import annotations

from xuncha.checks._context import Context, quote
from xuncha.checks._registry import Code, Severity, rule
from xuncha.progress import progress_problems

__all__: list[str] = []


@rule(
    Code(
        "progress-inconsistent",
        Severity.ERROR,
        "a progress statement whose counts do not add up to its total, or whose rate does not match its counts",
    )
)
def check_progress(context: Context) -> None:
    """反馈问题50个，已完成整改45个，正在推进3个，未完成4个 adds up to 52; a rate of 92% is not 45/50."""
    notice = context.notice
    if notice is None:
        return
    for index, statement in enumerate(notice.progress):
        for problem in progress_problems(statement):
            context.add(
                "progress-inconsistent",
                f'progress "{quote(statement.text or statement.subject)}": {problem}',
                f"$.progress[{index}]",
                statement.span,
            )
