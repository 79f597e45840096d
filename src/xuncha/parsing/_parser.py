"""parse_notice's steps, in order: clean, lay out, extract figures, build the tree, place figures, freeze."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from xuncha import _contacts
from xuncha._fold import fold
from xuncha._markers import HeadingMatch, heading_at, heading_shape_at
from xuncha._text import Paragraph, SourceText, is_chrome, same_offsets
from xuncha._trusted_document import _trusted_notice
from xuncha.models import Inspection, Notice, Period, Span, _trusted_span
from xuncha.parsing import _closing, _facts, _groups, _inspection_dates, _layout, _target
from xuncha.parsing._figures import Figures, Owner, Range, place
from xuncha.parsing._measures import join
from xuncha.parsing._tree import Freezer, Tree
from xuncha.progress import _extract as read_progress


def read_notice(text: str, reference: dt.date | None, source: SourceText | None = None) -> Notice:
    """parse_notice's work on checked arguments; ``source`` is ``SourceText(text)`` when the caller has it
    (xuncha.check keeps it for its rules)."""
    if source is None:
        source = SourceText(text)
    clean = source.text
    # The grammars read the folded text (traditional characters as simplified, full-width digits as ASCII,
    # one character for one); every value is sliced from the cleaned text at the same offsets.
    folded = fold(clean) if source.foldable else clean  # (no foldable character: fold gives the text itself)
    paragraphs = _unglued(source.paragraphs, folded)
    texts = [folded[p.start : p.end] for p in paragraphs]
    headings = _layout.numbered_parts(texts, [heading_at(clean, p.start, p.end) for p in paragraphs])
    layout = _layout.read_layout(
        texts,
        [heading is not None for heading in headings],
        bool(paragraphs) and paragraphs[0].heading,
        reference,
    )
    figures = Figures(source, folded, reference if reference is not None else layout.date)

    def pieces(first: int, last: int) -> list[tuple[int, int]]:
        return [(paragraphs[i].start, paragraphs[i].end) for i in range(first, last)]

    date_line = layout.date_line
    preamble = pieces(0, layout.title_first) if layout.title_first >= 0 else []
    title = pieces(layout.title_first, layout.title_last + 1) if layout.title_first >= 0 else []
    opening = pieces(layout.after_title, layout.opening_end)
    closing = pieces(layout.closing, layout.main_end) if layout.closing is not None else []
    signature = pieces(layout.signature, layout.signature_end) if layout.signature is not None else []
    dated = pieces(date_line, date_line + 1) if date_line is not None else []
    postscript = pieces(layout.postscript, len(texts))

    title_text = "".join(clean[s:e] for s, e in title)  # a title broken over lines is one line
    closing_text = join(clean, closing)
    signature_text = join(clean, signature) or None
    issuer = _layout.issuer(title_text) or (signature_text.split("\n")[0] if signature_text else None)
    # (an announcement's title may name its body shorter than the signature does: 区委第一巡察组巡察公告)
    issuer = issuer or _layout.announcer(title_text)
    if issuer is None:  # a page's 来源 line, above the notice or under it, may name the body that issued it
        named = _layout.source_issuer(texts)
        if named is not None:
            at = paragraphs[named[0]].start
            issuer = clean[at + named[1] : at + named[2]]
    # Chrome under the title (发布时间…来源…, 【字体：大 中 小】) is part of the opening text but states no fact.
    facts_from = next(
        (i for i in range(layout.after_title, layout.opening_end) if not is_chrome(texts[i])),
        layout.opening_end,
    )
    # (an announcement in one paragraph, its opening run into its closing: the facts are read there)
    stated = pieces(facts_from, layout.opening_end) or (closing if layout.first_marker is None else [])
    inspection = (
        _facts.inspection(clean, stated[0][0], stated[-1][1], title_text, figures, folded) if stated else None
    )
    if (
        not _facts.tells_the_inspection(inspection)
        and layout.first_marker is not None
        and _facts.reports_a_rectification(title_text)
    ):
        # An opening that only announces its report leaves the inspection to the first part of the body: the
        # paragraph under its first heading (一、总体情况 / 2021年3月至5月，市委巡视五组对白塘区开展了巡视…).
        under = _text_under(layout.first_marker, 3, headings, layout)
        body = None if under is None else _told(paragraphs[under], clean, folded, title_text, figures)
        if body is not None and _facts.tells_the_inspection(body):
            inspection = _facts.completed_by(inspection, body)
    if (inspection is None or inspection.inspector is None) and layout.first_marker is not None:
        # An announcement laid out by headings names its group and the bodies it inspects under one (一、巡察对象 /
        # 区委第三巡察组负责对区财政局…等5家单位开展常规巡察。), its opening having stated only the round and dates.
        heading = _heading_naming(_target.names_the_targets, texts, headings, layout)
        under = None if heading is None else _text_under(heading, 3, headings, layout)
        body = None if under is None else _told(paragraphs[under], clean, folded, title_text, figures)
        if body is not None and body.inspector is not None:
            inspection = _facts.completed_by(inspection, body)
    if inspection is not None and signature_text:
        inspection = _groups.with_signed_group(inspection, signature_text.split("\n")[0])
    if inspection is not None and closing:
        inspection = _inspection_dates.period_from_closing(
            inspection, figures, folded, closing[0][0], closing[-1][1]
        )
    if inspection is not None and inspection.period is None and layout.first_marker is not None:
        # An announcement laid out by headings (一、巡察时间 / 2025年3月25日至5月31日。) dates it under one.
        period_heading = _heading_naming(_inspection_dates.names_the_period, texts, headings, layout)
        if period_heading is not None:
            last = min(period_heading + 2, layout.body_end)
            inspection = _inspection_dates.period_under(
                inspection, figures, paragraphs[period_heading].start, paragraphs[last - 1].end
            )
    if (
        inspection is not None
        and inspection.target is not None
        and layout.first_marker is not None
        and _target.is_count_of_bodies(fold(inspection.target))
    ):  # "对全市4个单位党组织开展常规巡察" names no body: the list under 一、巡察对象 does.
        heading = _heading_naming(_target.names_the_targets, texts, headings, layout)
        # (the first paragraph of text under it, below a sub-heading or two)
        listed = None if heading is None else _text_under(heading, 4, headings, layout)
        if listed is not None:
            inspection = _target.with_listed_target(
                inspection, clean[paragraphs[listed].start : paragraphs[listed].end]
            )
    contacts = tuple(
        _closing.contacts(_contact_text(clean, texts, paragraphs, headings, layout, closing_text))
    )
    # The facts are read: each paragraph's folded copy (and, once the tree is built, its heading) is let go, so
    # that a long body's tree and frozen sections, the largest things a parse holds, never sit beside them.
    del texts
    notice_owner = Owner()
    ranges: list[Range] = [
        (start, end, notice_owner)
        for part in (preamble, title, opening, closing, signature, dated, postscript)
        for start, end in part
    ]
    tree = Tree(clean, folded)
    roots = (
        tree.build(paragraphs, headings, layout.first_marker, layout.body_end)
        if layout.first_marker is not None
        else []
    )
    del headings
    place(figures, [*ranges, *tree.ranges], notice_owner)
    # The tree's ranges hold every node: without them the nodes are let go one by one as they are frozen.
    del tree
    if date_line is not None:
        _keep_date_line(
            source, paragraphs[date_line].start, paragraphs[date_line].end, layout.date, notice_owner
        )

    to_original = same_offsets if source.unchanged else source.to_original

    def span_of(start: int, end: int) -> Span:
        start, end = to_original(start, end)
        return _trusted_span(start, end)  # (offsets mapped by SourceText: valid)

    sections = Freezer(clean, folded, span_of, reference).sections(roots)
    # Every field comes from the parser, valid by construction (see _trusted_document._trusted_notice).
    return _trusted_notice(
        title=title_text,
        issuer=issuer,
        inspection=inspection,
        date=layout.date,
        opening=join(clean, opening),
        sections=tuple(sections),
        closing=closing_text,
        contacts=contacts,
        signature=signature_text,
        preamble=join(clean, preamble),
        postscript=join(clean, postscript),
        quantities=tuple(notice_owner.quantities),
        periods=tuple(notice_owner.periods),
        # Progress is read from the text as given.
        progress=tuple(read_progress(text, _folded_original(source, folded), figures.quantities)),
    )


def _folded_original(source: SourceText, folded: str) -> str:
    """``fold(source.original)``, made once at most: most texts need no cleaning, and their fold is made already;
    a text without a foldable character is its own fold; the fold of a cleaned one is made from the cleaned text's."""
    if source.unchanged:
        return folded
    return source.original_view(folded, fold) if source.foldable else source.original


def _keep_date_line(source: SourceText, start: int, end: int, date: dt.date | None, owner: Owner) -> None:
    """The 成文日期 line is one period of the notice, whatever the extractor made of its neighbourhood.

    A web page may glue the line to the one before it ("…1234567<p>2023年12月25日"): once the tag is
    gone, the extractor sees "12345672023年12月25日" and finds only "12月25日".
    """
    start, end = source.to_original(start, end)
    own = Period(start=date, end=date, text=source.original[start:end], span=Span(start, end))
    kept = [p for p in owner.periods if p.span is None or not (start <= p.span.start < end)]
    owner.periods = sorted([*kept, own], key=lambda p: p.span.start if p.span else -1)


def _heading_naming(
    names: Callable[[str], bool],
    texts: Sequence[str],
    headings: Sequence[HeadingMatch | None],
    layout: _layout.Layout,
) -> int | None:
    """The first numbered part of the body whose heading (folded) ``names`` accepts."""
    if layout.first_marker is None:
        return None
    return next(
        (
            i
            for i in range(layout.first_marker, layout.body_end)
            if headings[i] is not None and names(texts[i])
        ),
        None,
    )


def _text_under(
    heading: int, reach: int, headings: Sequence[HeadingMatch | None], layout: _layout.Layout
) -> int | None:
    """The first paragraph of text (no heading) after the heading at ``heading``, within ``reach`` paragraphs of it
    and the body."""
    return next(
        (i for i in range(heading + 1, min(heading + reach, layout.body_end)) if headings[i] is None), None
    )


def _told(told: Paragraph, clean: str, folded: str, title_text: str, figures: Figures) -> Inspection | None:
    """The facts a paragraph of the body states, when it tells of the inspection itself (对…开展了巡视, 进驻; not
    a group named in passing)."""
    body = _facts.inspection(clean, told.start, told.end, title_text, figures, folded)
    return body if body is not None and _facts.tells_of_an_inspection(folded, told.start, told.end) else None


def _unglued(paragraphs: Sequence[Paragraph], folded: str) -> list[Paragraph]:
    """The paragraphs, with a title line that carries chrome ("关于…的通报 2023-12-05 来源：…",
    "【2023-11-20】关于…的通报") cut into the title and the chrome, each a paragraph of its own."""
    result = list(paragraphs)
    # The title stands before the body: the search stops at the first numbered part.
    # (plain loops: the generators and next() they replace were a tenth of a short text's parse)
    last = min(_layout.TITLE_SEARCH, len(result))
    for index in range(last):
        if heading_shape_at(folded, result[index].start) is not None:
            last = index
            break
    # a page flattened into one line starts with its title, after any chrome lines kept above it
    first = 0
    for index in range(last):
        if not is_chrome(folded[result[index].start : result[index].end]):
            first = index
            break
    for index in range(last - 1, -1, -1):
        paragraph = result[index]
        pieces = _layout.glued_title(folded[paragraph.start : paragraph.end])
        if pieces is None and index == first:
            pieces = _layout.flattened_title(folded[paragraph.start : paragraph.end])
        if pieces is None:
            continue
        result[index : index + 1] = [
            Paragraph(paragraph.start + start, paragraph.start + end, paragraph.heading and number == 0)
            for number, (start, end) in enumerate(pieces)
        ]
    return result


def _contact_text(
    clean: str,
    folded_texts: Sequence[str],
    paragraphs: Sequence[Paragraph],
    headings: Sequence[HeadingMatch | None],
    layout: _layout.Layout,
    closing: str,
) -> str:
    """Where the contacts are read: the closing, and every contact line before it ("（四）举报电话：…",
    "通信地址 | …"), where an announcement lists them in its body."""
    end = layout.closing if layout.closing is not None else layout.main_end
    # A page that ran its closing into the paragraph before (a template site's one paragraph) has no closing
    # paragraph: its contacts are read where a label and a colon give one, anywhere in a paragraph.
    anywhere = layout.closing is None
    # (with no closing in a text with no numbered part, the layout has asked each paragraph after the first of the
    # opening whether it gives a labelled contact (_layout._find_closing), and none does: not asked again here)
    asked = layout.after_title + 1 if anywhere and layout.first_marker is None else end
    lines = []
    for index in range(layout.after_title, end):
        text = folded_texts[index]
        if "：" not in text and ":" not in text and "|" not in text:
            continue  # (both tests need a label's colon, or a table's cell: most paragraphs hold neither)
        heading = headings[index]
        skip = heading.end - paragraphs[index].start if heading is not None else 0
        if _contacts.contact_line_at(text, skip) or (
            anywhere and index < asked and _layout.labelled_contact(text)
        ):
            lines.append(clean[paragraphs[index].start : paragraphs[index].end])
    return "\n".join([*lines, closing])
