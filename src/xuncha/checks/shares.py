"""Shares: a share of a whole (占比, 完成率 …) cannot pass 100%; a growth rate (增长150%) can."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from xuncha.checks._context import Context, clause_before, quote, walk
from xuncha.checks._registry import Code, Severity, rule
from xuncha.errors import XunchaError
from xuncha.models import Finding, Notice, Quantity, Section

__all__: list[str] = []

_SHARE_CUE = re.compile(r"占比|比重|比例|份额|占有率|占|满意度|(?<![增长涨降速利税汇效频])率")
# A change by so much (增长150%); a change *to* a level (提高到, 降至) still gives the share itself.
_GROWTH_CUE = re.compile(
    r"(?:增长|增加|增幅|增速|提高|提升|上升|下降|减少|降低|降幅|涨|增|超过|超出|超|翻)(?![到至为])"
)
_HUNDRED = Decimal(100)


class _Home:
    """The text a quantity was found in when there is no source: its owner's fields, joined only when a
    quantity needs them (once per owner, never once per quantity)."""

    __slots__ = ("_parts", "_text", "searched_to")

    def __init__(self, *parts: str) -> None:
        self._parts = parts
        self._text: str | None = None
        self.searched_to = 0  # where the last quantity was found: the next is looked for after it first

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join(self._parts)
        return self._text

    def find(self, what: str) -> int:
        """Where ``what`` stands: after the last quantity found when it is there (quantities come in order),
        else its first place."""
        at = self.text.find(what, self.searched_to)
        if at < 0:
            at = self.text.find(what)
        if at >= 0:
            self.searched_to = at + len(what)
        return at


def _quantity_homes(notice: Notice) -> Iterator[tuple[Quantity, _Home, str]]:
    """Each quantity with the text it was found in and its owner's path (for context without a source)."""
    if notice.quantities:
        home = _Home(notice.opening, notice.closing)
        for quantity in notice.quantities:
            yield quantity, home, "$"
    for node, path in walk(notice):
        if not node.quantities:
            continue
        if isinstance(node, Section):
            home = _Home(node.title, node.intro)
        elif isinstance(node, Finding):
            home = _Home(node.title, node.text)
        else:
            home = _Home(node.text)
        for quantity in node.quantities:
            yield quantity, home, path


def _share_cue(clause: str) -> int | None:
    """Where the clause before a percentage names a share (占比, 完成率); None when it names a change (增长)."""
    cues = list(_SHARE_CUE.finditer(clause))
    if not cues or _GROWTH_CUE.search(clause, cues[-1].end()):
        return None
    # Quote two characters before the cue (产值占比, 完成率), but not across a comma.
    start = max(0, cues[-1].start() - 2)
    for mark in "，,、；：":
        start = max(start, clause.rfind(mark, start, cues[-1].start()) + 1)
    return start


def _candidates(context: Context) -> Iterator[tuple[Quantity, _Home | None, str]]:
    if context.notice is not None:
        yield from _quantity_homes(context.notice)
    elif context.source is not None:
        from xuncha.quantities import extract_quantities

        try:
            found = extract_quantities(context.source)
        except XunchaError:
            return
        for quantity in found:
            yield quantity, None, "$"


@rule(
    Code(
        "share-above-100-percent",
        Severity.ERROR,
        "a share (占比, 占, 比重, 完成率 …) above 100%; growth rates are not shares",
    )
)
def check_shares(context: Context) -> None:
    """A share cannot pass 100%: 占比105% or 完成率103% is a typo; 同比增长150% is fine."""
    for quantity, home, path in _candidates(context):
        top = quantity.upper if quantity.upper is not None else quantity.value
        if quantity.unit not in ("%", "％") or top <= _HUNDRED:
            continue
        if context.source is not None and quantity.span is not None:
            clause = clause_before(context.text, context.clean(quantity.span.start))
            path = context.path_at(quantity.span.start) if context.notice is None else path
        elif home is not None:
            at = home.find(quantity.text) if quantity.text else -1
            if at < 0:
                continue
            clause = clause_before(home.text, at)
        else:
            continue
        cue = _share_cue(clause)
        if cue is not None:
            shown = quote(quantity.text or f"{top}%")
            context.add(
                "share-above-100-percent",
                f'share "{clause[cue:]}{shown}" is above 100%',
                path,
                quantity.span,
            )
