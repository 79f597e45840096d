"""The source text as HTML with every figure, date and diagnostic marked at its exact span.

Annotations may nest (a figure inside a diagnostic's span) or, rarely, overlap partly; the text is cut at every
boundary and the open elements are closed and reopened in a fixed order, so the HTML is always well formed. An
annotation is split only where another overlaps it partly; its first piece carries its id.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from markupsafe import Markup, escape

__all__ = ["Annotation", "mark_up"]


@attrs.frozen
class Annotation:
    """An element to wrap around ``text[start:end]``: its tag and attributes (values are escaped)."""

    start: int
    end: int
    tag: str
    attributes: tuple[tuple[str, str], ...]
    #: Among annotations with the same span, the lower rank is the outer element.
    rank: int = 0
    #: What a point annotation (an empty span) shows: a footnote number, say.
    content: str = ""

    def open(self, *, first: bool) -> str:
        attributes = self.attributes if first else tuple((k, v) for k, v in self.attributes if k != "id")
        rendered = "".join(f' {name}="{escape(value)}"' for name, value in attributes)
        continued = "" if first else ' data-continued="true"'
        return f"<{self.tag}{rendered}{continued}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _order(annotation: Annotation) -> tuple[int, int, int]:
    return annotation.start, -annotation.end, annotation.rank


def mark_up(text: str, annotations: Sequence[Annotation]) -> Markup:
    """``text`` escaped, with each annotation's element around its span (empty spans are marked as points).

    >>> mark_up("a<b>c", [Annotation(1, 4, "mark", (("id", "m1"),))])
    Markup('a<mark id="m1">&lt;b&gt;</mark>c')
    """
    spans = sorted((a for a in annotations if 0 <= a.start <= a.end <= len(text)), key=_order)
    points = sorted({0, len(text), *(a.start for a in spans), *(a.end for a in spans)})
    out: list[str] = []
    stack: list[Annotation] = []
    opened: set[int] = set()  # ids of annotations already opened once
    for index, here in enumerate(points):
        # Point annotations (empty spans) are written whole where they stand.
        for annotation in spans:
            if annotation.start == annotation.end == here and id(annotation) not in opened:
                opened.add(id(annotation))
                out.append(annotation.open(first=True) + str(escape(annotation.content)) + annotation.close())
        if index + 1 == len(points):
            break
        following = points[index + 1]
        active = [a for a in spans if a.start <= here and following <= a.end and a.start < a.end]
        common = 0
        while common < min(len(stack), len(active)) and stack[common] is active[common]:
            common += 1
        for annotation in reversed(stack[common:]):
            out.append(annotation.close())
        for annotation in active[common:]:
            first = id(annotation) not in opened
            opened.add(id(annotation))
            out.append(annotation.open(first=first))
        stack = active
        out.append(str(escape(text[here:following])))
    for annotation in reversed(stack):
        out.append(annotation.close())
    return Markup("".join(out))
