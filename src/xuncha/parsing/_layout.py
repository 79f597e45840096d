"""The layout of a notice, paragraph by paragraph:

preamble (web-page clutter) · title · opening · body · closing · signature · 成文日期 · postscript

:func:`read_layout` says where each part begins, from the paragraphs' text and the heading markers they open
with; what each part says is read elsewhere (the body by :mod:`._tree`, the opening and closing by :mod:`._facts`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from xuncha import _contacts
from xuncha._chrome import chrome_run_end, could_carry_title, has_chrome_hint, is_site_notice
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._lines import (
    ends_sentence,
    is_body_name,
    is_date_line,
    is_label_line,
    is_letter_spaced,
    opening_start,
)
from xuncha._markers import HeadingMatch, heading_shape_at
from xuncha._text import chrome_starts, is_chrome
from xuncha._titles import KINDS, is_notice_title
from xuncha.dates import parse_period
from xuncha.errors import XunchaError

# The title comes before the body: it is looked for among the first paragraphs, until the first numbered part
# or paragraph of prose. A web page's menu may put dozens of short lines first.
TITLE_SEARCH = 40
_ISSUER_LINE = LazyPattern(
    r"[^，,。；;：:！!？?]{2,40}(?:委|组|党组|委员会|局|办公室|政府|公司|院|厅|部|会|中心)"
)
# Words that open a closing paragraph besides a contact label (xuncha._contacts.opens_closing).
_CLOSING_WORDS = LazyPattern(
    r"特此通报|欢迎|诚挚欢迎|衷心欢迎|诚恳欢迎|恳请|敬请|请广大|如有|若有|广大干部群众|社会各界"
)
# "对巡察整改情况如有意见建议，请及时向我们反映。": a short sentence asking for comments.
_INVITATION = LazyPattern(r"(?:如|若)[^。]{0,20}(?:意见|建议)|请[^。]{0,12}(?:反映|联系|来信|来电|监督)")


# A date line cut short by the page or the scraper: 2023年9月18, 2023年9月.
_CUT_DATE = LazyPattern(r"[ \t\u3000]*[0-9]{4}年(?:[0-9]{1,2}月?(?:[0-9]{1,2}日?)?)?[ \t\u3000]*")
# A disclaimer's heading, alone on its line: 声明, 免责声明, 版权声明, 【免责声明】.
_DISCLAIMER = LazyPattern(r"[ \t\u3000【\[]*(?:免责|版权)?声明[】\]：: \t\u3000]*")


# Where chrome glued before a title may end: after spaces, after a closing bracket (【2023-11-20】关于…), after a
# breadcrumb's arrow (首页>巡察工作>中共…关于…), or before 关于 (督查专报第 3 期关于…).
_AFTER_GAP = LazyPattern(r"(?<=[ \t\u3000】\]>＞»›→])(?=[^ \t\u3000])|(?<=[^ \t\u3000])(?=关于)")
# A breadcrumb's arrows: its last crumb (the title) starts after one, so its issuer is never cut off before 关于.
_CRUMB_ARROWS = frozenset(">＞»›→")


def glued_title(text: str) -> list[tuple[int, int]] | None:
    """A title line with chrome glued to it, cut into (start, end) pieces: the chrome before the title, the title,
    the chrome after it, in order; None when the line is not a title with chrome on it.

    "关于…的通报 2023-12-05 来源：某某网" is cut after 通报; "【2023-11-20】关于…的通报" before 关于."""
    if not could_carry_title(text):
        return None
    # a column label with its colon before the issuer's 中共 (上级巡视:中共某区委关于…的通报), as flattened_title reads
    # one without a colon on a flattened page
    party = _after_column_label(text, colon=True)
    if party and is_notice_title(text, party):
        return [(0, party), (party, len(text))]
    split = None  # the last gap that leaves chrome before it and a title after it
    for gap in _AFTER_GAP.finditer(text):
        head = text[: gap.start()].rstrip(" \t\u3000")
        if head == text[: gap.start()] and text.startswith("关于", gap.start()) and _CRUMB_ARROWS & set(head):
            continue  # "首页 > 中共某局党组关于…": the breadcrumb's tail is the title's issuer
        if is_chrome(head) and is_notice_title(text, gap.start()):
            split = [(0, len(head)), (gap.start(), len(text))]
    if split is not None:
        return split
    if is_notice_title(text):
        return None
    for start in chrome_starts(text):
        head = text[: start.start()].rstrip(" \t\u3000")
        if head and is_notice_title(head) and is_chrome(text[start.start() :]):
            tail = start.start() + len(start.group()) - len(start.group().lstrip(" \t\u3000"))
            return [(0, len(head)), (tail, len(text))]
    return None


# A page flattened into one line: the title ends on the word of its kind, with chrome and then the opening after it.
_FLAT_TITLE_END = LazyPattern("|".join(KINDS))
# How far into such a line the title may end, and how long a column label glued before 中共 may be (党务公开).
_FLAT_TITLE_LONGEST = 150
_COLUMN_LABEL_LONGEST = 8


def _after_column_label(text: str, *, colon: bool) -> int:
    """Where the issuer's 中共 starts after a short column label the line opens with (党务公开中共…, or with
    ``colon``: 上级巡视:中共…), 0 when the line opens with no such label."""
    party = text.find("中共", 0, _COLUMN_LABEL_LONGEST + 1 + colon)
    label_end = party - colon
    if label_end < 1 or (colon and text[label_end] not in "：:"):
        return 0
    return 0 if any(ch in text[:label_end] for ch in "，,。；;：: \t\u3000") else party


def flattened_title(text: str) -> list[tuple[int, int]] | None:
    """A page flattened into one line, cut into (start, end) pieces: a column label glued before the title (when
    the issuer's 中共 follows it), the title, the chrome after it (when there is any), the rest (the opening); None
    when the line does not start so. "党务公开中共某某市妇联党组关于…的通报发布时间2023年7月28日 来源:某某市妇联
    阅读6213次根据…", "关于…的通报 根据县委统一部署，…"."""
    start = _after_column_label(text, colon=False)
    hinted = has_chrome_hint(text)  # (a search that stops at the first digit, bracket or colon)
    for end in _FLAT_TITLE_END.finditer(text, start, _FLAT_TITLE_LONGEST):
        label = [(0, start)] if start else []
        chrome_end = chrome_run_end(text, end.end()) if hinted else end.end()
        if chrome_end == end.end():
            # no chrome: the opening may follow at once ("…的通报 根据县委统一部署，…", opening_start)
            opening = opening_start(text, end.end())
            if (
                opening is not None
                and text.find("。", end.end()) >= 0
                and is_notice_title(text[start : end.end()])
            ):
                return [*label, (start, end.end()), (opening, len(text))]
            continue
        if chrome_end == len(text):
            continue
        if not is_notice_title(text[start : end.end()]):
            continue
        chrome_start = chrome_end - len(text[end.end() : chrome_end].lstrip())  # (after the spaces)
        return [*label, (start, end.end()), (chrome_start, chrome_end), (chrome_end, len(text))]
    return None


class Layout(NamedTuple):
    """Paragraph indices where each part of the notice begins (-1 or None when it has none).

    (A named tuple, immutable: one is made for every notice, and a frozen attrs class's ten checked assignments
    cost a short text's parse three times as much.)"""

    title_first: int
    title_last: int
    opening_end: int  #: the first paragraph after the opening (the first numbered part, or the closing)
    first_marker: int | None  #: the first numbered part of the body
    body_end: int  #: the first paragraph after the body
    closing: int | None
    main_end: int  #: the first paragraph after the closing: the signature, the date line, or the end
    signature: int | None
    date_line: int | None
    date: dt.date | None

    @property
    def signature_end(self) -> int:
        """The first paragraph after the signature: the 成文日期 line, or what follows an undated signature."""
        if self.date_line is not None:
            return self.date_line
        return self.signature + 1 if self.signature is not None else self.main_end

    @property
    def postscript(self) -> int:
        """The first paragraph after the notice: after the 成文日期 line or the signature, else where the notice
        ends (the end of the text, or a disclaimer)."""
        return self.date_line + 1 if self.date_line is not None else self.signature_end

    @property
    def after_title(self) -> int:
        return self.title_last + 1 if self.title_last >= 0 else 0


def read_layout(
    texts: Sequence[str], markers: Sequence[bool], first_is_heading: bool, reference: dt.date | None
) -> Layout:
    """Where the parts of a notice begin, given each paragraph's text and whether it opens with a marker.

    ``first_is_heading``: the source marked the first paragraph as a heading (a Markdown ``#``)."""
    count = len(texts)
    # A page's disclaimer (声明, 免责声明, 版权声明) and whatever follows it is chrome: its numbered
    # items are not parts of the notice.
    tail = None
    for index in range(1, count):  # (a loop: a generator and next() cost a short text's layout a tenth more)
        if "声明" in texts[index] and _DISCLAIMER.fullmatch(texts[index]):
            tail = index
            break
    if tail is not None:
        markers = [is_marker and i < tail for i, is_marker in enumerate(markers)]
    title_first, title_last = _find_title(texts, markers, first_is_heading)
    after_title = title_last + 1 if title_last >= 0 else 0

    date_index, notice_date = _find_date(texts, markers, after_title, reference)
    if date_index is not None and tail is not None and date_index > tail:
        date_index, notice_date = None, None  # a date in the disclaimer does not date the notice
    end_of_main = date_index if date_index is not None else (tail if tail is not None else count)
    signature_index = None
    if date_index is not None and date_index - 1 >= after_title and signature_like(texts[date_index - 1]):
        signature_index = date_index - 1
        # Joint notices are signed by two bodies, one name a line.
        while (
            signature_index - 1 >= after_title
            and date_index - signature_index < 3
            and is_body_name(texts[signature_index])
            and is_body_name(texts[signature_index - 1])
            and not markers[signature_index - 1]
        ):
            signature_index -= 1
        end_of_main = signature_index

    # (the first and the last marker, each found by a walk from its end: a list of every marker's index would
    # cost a body of bare headings 40 bytes a line)
    first_marker = next((i for i in range(after_title, end_of_main) if markers[i]), None)
    last_marker = (
        next(i for i in range(end_of_main - 1, first_marker - 1, -1) if markers[i])
        if first_marker is not None
        else None
    )
    search_from = last_marker + 1 if last_marker is not None else after_title + 1
    closing_index = _find_closing(texts, search_from, end_of_main)
    # An announcement signed without a date line (or with one cut short: "2023年9月18"): the closing, then the
    # body's name on the last line but that one. Over a cut date line the name is the signature even without a
    # closing paragraph (a page that ran its closing into the paragraph before).
    last = end_of_main - 1
    cut_date = date_index is None and last >= 1 and _CUT_DATE.fullmatch(texts[last]) is not None
    if cut_date:
        last -= 1
    if (
        date_index is None
        and ((closing_index is not None and closing_index < last) or (cut_date and last > after_title))
        and not markers[last]
        and signature_like(texts[last])
        and is_body_name(texts[last])
    ):
        signature_index = last
        end_of_main = signature_index
    end_of_body = closing_index if closing_index is not None else end_of_main
    return Layout(
        title_first=title_first,
        title_last=title_last,
        opening_end=first_marker if first_marker is not None else end_of_body,
        first_marker=first_marker,
        body_end=end_of_body,
        closing=closing_index,
        main_end=end_of_main,
        signature=signature_index,
        date_line=date_index,
        date=notice_date,
    )


# A table cell's figure: a signed number, its grouping commas and point, a percent sign.
_FIGURE = r"[-+－]?[0-9][0-9,，.]*[%％]?"
# A table flattened one cell a line: a cell that holds a figure alone ("612358", "-4.1%", "13.87 |").
_FIGURE_CELL = LazyPattern(rf"[ \t\u3000]*{_FIGURE}[ \t\u3000]*\|?[ \t\u3000]*")
# A table's row flattened into a line, its cells set apart by spaces: a label of a few words (no sentence or clause
# in it) and two figures or more after it ("1.综合成本率 106.83% 102.15%", "（一）营业收入 1,234.5 1,100.2").
_FIGURE_ROW = LazyPattern(rf"[^，。；;：:,\s|]{{1,30}}(?:[ \t\u3000]+{_FIGURE}){{2,}}[ \t\u3000|]*")


def numbered_parts(
    texts: Sequence[str], headings: Sequence[HeadingMatch | None]
) -> list[HeadingMatch | None]:
    """The heading markers that open parts of the notice: the markers paragraphs open with (``headings``, one
    per paragraph of ``texts``), less the row labels of a table and a document site's terms over its preview.
    (A document viewer's chunk numbers are gone already: the cleaner takes them away, see
    xuncha._lines.viewer_chunk_joins.)"""
    return _without_site_terms(texts, _table_cells(texts, headings))


def _without_site_terms(
    texts: Sequence[str], headings: list[HeadingMatch | None]
) -> list[HeadingMatch | None]:
    """The headings, less a document site's numbered terms over its preview (温馨提示: 1. 本文档由用户上传… 2. 下载前
    请…), which stand before the title: every numbered paragraph of a run among the first TITLE_SEARCH, numbered in
    one kind, of which one is such a term (xuncha._chrome.is_site_notice; "1、本文档共2页" names one word of the
    site's alone, its list's others more)."""
    last = min(len(texts), TITLE_SEARCH)
    index = 0
    while index < last:
        heading = headings[index]
        if heading is None:
            index += 1
            continue
        end = index + 1
        while (
            end < last
            and (following := headings[end]) is not None
            and following.marker.kind is heading.marker.kind
        ):
            end += 1
        if any(is_site_notice(texts[i]) for i in range(index, end)):
            headings[index:end] = [None] * (end - index)
        index = end
    return headings


# A cell of prose, where a table's row label holds a word or two: a sentence or a clause ends in it before its
# pipe (a plan's task table: "一、做好财政信息公开。 | 1.按规定公开… |", "一、紧扣“十四五”开好局起好步,深化政务公开 |").
_PROSE_CELL = LazyPattern(r"[^|\n]*?[。，,]")


def _table_cells(texts: Sequence[str], headings: Sequence[HeadingMatch | None]) -> list[HeadingMatch | None]:
    """The headings, less those that are cells of a table flattened into lines ("一、本级收入" in a budget table).

    A table's row labels open with the same markers as the notice's parts, but a cell keeps the pipe that
    closed it ("一、本级收入 |"), or stands between figures: after a figure (the cells before it may have been
    run together into one line) and before a cell that holds a figure alone. A part's heading is followed by
    words, never by a bare number. A cell of prose, a sentence or a clause ending in it (a plan's task table:
    "一、做好财政信息公开。 |", "1.按规定公开…报表。 | 财务科 |"), is no row label: it keeps its marker."""
    kept = list(headings)
    for index, heading in enumerate(headings):
        if heading is None:
            continue
        text = texts[index].rstrip(" \t\u3000")
        between_figures = (
            0 < index < len(texts) - 1
            and texts[index - 1].rstrip(" \t\u3000|")[-1:].isdigit()
            and _FIGURE_CELL.fullmatch(texts[index + 1]) is not None
        )
        after_marker = len(text) - len(text.lstrip(" \t\u3000")) + heading.end - heading.start
        if (
            (text.endswith("|") and not _PROSE_CELL.match(text, after_marker))
            or between_figures
            or _FIGURE_ROW.fullmatch(text, after_marker) is not None
        ):
            kept[index] = None
    return kept


def _find_closing(texts: Sequence[str], first: int, last: int) -> int | None:
    # (plain loops: most notices have few paragraphs after the body, and a generator costs more than they do)
    closing = None
    for index in range(first, last):
        if _CLOSING_WORDS.match(texts[index]) or _contacts.opens_closing(texts[index]):
            closing = index
            break
    else:
        # No paragraph opens like a closing, but one gives a labelled contact: the closing starts there.
        for index in range(first, last):
            if labelled_contact(texts[index]):
                closing = index
                break
    if (
        closing is not None
        and closing - 1 >= first
        and len(texts[closing - 1]) <= 80
        and _INVITATION.search(texts[closing - 1])
    ):  # "对巡察整改情况如有意见建议，请及时向我们反映。" just before the contacts invites too
        closing -= 1
    return closing


def labelled_contact(text: str) -> bool:
    """Whether a paragraph gives a contact after a label and a colon anywhere in it."""
    if "：" not in text and ":" not in text:  # (no colon, no labelled contact: most paragraphs, at once)
        return False
    return any(
        match.group("colon") is not None and _contacts.kind_of_label(match.group("label")) is not None
        for match in _contacts.label_pattern().finditer(text)
    )


def _find_title(texts: Sequence[str], markers: Sequence[bool], first_is_heading: bool) -> tuple[int, int]:
    for index, text in enumerate(texts[:TITLE_SEARCH]):
        # The title comes before the body: never after a numbered part or a paragraph of prose.
        if markers[index] or ("。" in text and len(text) > 60):
            if is_site_notice(text):
                continue  # (a document site's terms over its preview: the title follows them)
            break
        if len(text) > 120 or "。" in text or is_chrome(text):
            continue
        # A short title may be spaced out character by character: "巡 察 公 告".
        if is_notice_title(text) or (is_letter_spaced(text) and is_notice_title("".join(text.split()))):
            index = _repeated_title(texts, markers, index)
            first = index
            # A title broken over lines: "中共某某局党组关于市委第四巡察组" / "巡察反馈意见整改情况的通报".
            while first > 0 and first > index - 3 and _title_head(texts[first - 1], texts[first]):
                first -= 1
            return first, index
    # Failing a title-like paragraph, a Markdown heading that opens the text is its title.
    if texts and first_is_heading and not markers[0] and len(texts[0]) <= 120 and "。" not in texts[0]:
        return 0, 0
    return -1, -1


def _repeated_title(texts: Sequence[str], markers: Sequence[bool], index: int) -> int:
    """A web page shows the title in its header, then again, whole, over the article: take the article's.

    A later paragraph (before any prose or numbered part) that ends with the title found, or that the title
    ends with, is the same title; what lies between (来源, 发布时间, 字号…) is page clutter.
    """
    found = texts[index]
    for later in range(index + 1, min(index + 8, len(texts))):
        text = texts[later]
        if markers[later] or "。" in text:
            break
        if text != found and text.endswith(found) and len(text) <= 120:
            return later
        if text == found or (found.endswith(text) and is_notice_title(text)):
            return later
    return index


def _title_head(previous: str, following: str) -> bool:
    """Whether ``previous`` is the first line of a title that ``following`` continues."""
    if len(previous) > 60 or previous == following or any(mark in previous for mark in "。！？；：，!?;:,"):
        return False  # too long or punctuated for a title's first line, or the same title printed twice
    if is_notice_title(previous):
        return False  # a whole title before one broken over two lines: the header's copy of it
    if following.startswith("关于"):
        return _ISSUER_LINE.fullmatch(previous) is not None
    return "关于" in previous


def _find_date(
    texts: Sequence[str], markers: Sequence[bool], after_title: int, reference: dt.date | None
) -> tuple[int | None, dt.date | None]:
    first = after_title
    for index in range(len(markers) - 1, after_title - 1, -1):  # (after the last marker)
        if markers[index]:
            first = index + 1
            break
    dated: list[tuple[int, dt.date]] = []
    for index in range(first, len(texts)):
        if is_date_line(texts[index]):
            date = _parse_date_line(texts[index], reference)
            if date is not None:
                dated.append((index, date))
    if not dated:
        return None, None
    # A date right under the title dates the notice, but the text that follows it is the notice itself,
    # not a postscript: only a date after the body is the 成文日期 line.
    if after_title > 0:
        dated = [(i, d) for i, d in dated if i != after_title or i + 2 >= len(texts)]
        if not dated:
            return None, None
    # The 成文日期 stands under the signature; a later bare date is page clutter (a publication date).
    signed = [(i, d) for i, d in dated if i - 1 >= after_title and signature_like(texts[i - 1])]
    return (signed or dated)[-1]


def _parse_date_line(text: str, reference: dt.date | None) -> dt.date | None:
    try:
        period = parse_period(text.strip(), reference=reference)
    except XunchaError:
        return None
    if period.start is not None and period.start == period.end:
        return period.start
    return None


def signature_like(text: str) -> bool:
    """A signing body's line: short, no sentence punctuation, not a contact line, a part or a date."""
    return (
        len(text) <= 40
        and not any(mark in text for mark in "。，；：！？,;:!?")
        and not ends_sentence(text)
        and not is_label_line(text)
        and not is_date_line(text)
        and heading_shape_at(text) is None
    )


# "来源：中共某某县委巡察工作领导小组办公室   发布时间：…": a page's source line that names a body, not a site.
_SOURCE_LINE = LazyPattern(
    r"[ \t\u3000]*(?:信息来源|文章来源|来源)[ \t\u3000]*[：:][ \t\u3000]*(?P<body>[^ \t\u3000|｜]+)"
)


def source_issuer(texts: Sequence[str]) -> tuple[int, int, int] | None:
    """Where the first 来源 line among ``texts`` (folded paragraphs) names an organisation (…委, …办公室, …政府)
    rather than a site or a newspaper: (paragraph index, start, end) of the name; None when none does."""
    for index, text in enumerate(texts):
        if "来源" not in text or not is_chrome(text):
            continue
        found = _SOURCE_LINE.match(text)
        if found is not None and _ISSUER_LINE.fullmatch(found.group("body")) is not None:
            return index, *found.span("body")
    return None


def issuer(title: str) -> str | None:
    """The body named before 关于 (or 關於) in a title."""
    index = fold(title).find("关于")
    if index <= 0:
        return None
    return title[:index].strip(" \t\u3000") or None


# "中共某某市委巡察公告", "区委第一巡察组巡视公告": an announcement's title that opens on the body announcing.
_ANNOUNCEMENT_TITLE = LazyPattern(
    r"(?P<body>.+?)[ \t\u3000]*巡[ \t\u3000]*[视察][ \t\u3000]*公[ \t\u3000]*告"
)


def announcer(title: str) -> str | None:
    """The body an announcement's title names before 巡视公告/巡察公告 (中共某某市委巡察公告 → 中共某某市委); None
    when the title names a round there (十三届市委第九轮巡察公告) or no body."""
    found = _ANNOUNCEMENT_TITLE.match(fold(title).strip(" \t\u3000"))
    if found is None or _ISSUER_LINE.fullmatch(found.group("body")) is None:
        return None
    start = len(title) - len(title.lstrip(" \t\u3000"))
    return title[start + found.start("body") : start + found.end("body")]
