"""Text → :class:`~xuncha.models.Notice`: the layout of a notice, its hierarchy, findings and measures.

The input is first cleaned (:mod:`xuncha._text`: markup removed, page breaks rejoined, by deletion only).
Figures and dates are extracted once over the whole cleaned text and their spans mapped back in bulk, so that
every :class:`~xuncha.models.Span` points into the text as given. The layout is then read paragraph by
paragraph:

preamble (web-page clutter) · title · opening · body · closing · signature · 成文日期 · postscript

The body's hierarchy comes from the markers alone (一、 （一） 1. （1） and their variants), never from Markdown
depth: a stack by level. An item titled like a problem ("…问题整改情况", "关于…的问题") with no numbered parts
below is a :class:`~xuncha.models.Finding`; everything else numbered is a :class:`~xuncha.models.Section`.

Nothing is lost: every character of the input other than markup and whitespace lands in exactly one of these
fields, in this order (see :func:`text_fields`): ``preamble``, ``title``, ``opening``; per section depth first
``marker``, ``title``, ``intro`` then its parts in document order; per finding ``marker``, ``title``, ``text``
then per measure ``marker``, ``text``; then ``closing``, ``signature``, the text of the date's
:class:`~xuncha.models.Period` in ``Notice.periods`` (the 成文日期 line), ``postscript``. ``Finding.problem``,
``Measure.lead``, ``Measure.documents``, ``Notice.contacts``, ``Notice.inspection`` and every figure are read
*from* those fields and are not counted again.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from xuncha._text import (
    HIERARCHY_MARKER,
    Paragraph,
    SourceText,
    ends_sentence,
    is_body_name,
    is_date_line,
    is_label_line,
)
from xuncha.dates import extract_periods, parse_period
from xuncha.errors import InvariantError, NoticeError, NumberError, XunchaError
from xuncha.models import (
    Contact,
    ContactKind,
    Finding,
    Inspection,
    Measure,
    Modality,
    Notice,
    Period,
    Precision,
    Quantity,
    Relation,
    Section,
    Span,
    Status,
    _trusted_period,
)
from xuncha.numerals import Marker, parse_marker, parse_number
from xuncha.quantities import _extract as _extract_quantities

__all__ = ["parse_notice", "text_fields"]

# --------------------------------------------------------------------------- small grammars (structure only)


@functools.lru_cache(maxsize=256)
def _numeral_value(numeral: str) -> int:
    """A measure marker's numeral (一, 十二, 3) as an int; 0 when it is not a whole number from 1 up.

    Remembered: the numerals of 一是, 二是 … are few and come back in every finding."""
    try:
        value = parse_number(numeral)
    except NumberError:
        return 0
    return int(value) if value >= 1 and value == value.to_integral_value() else 0


def _hierarchy_marker(text: str) -> Marker | None:
    """The section marker a paragraph opens with, read by the one marker grammar (numerals.parse_marker)."""
    match = HIERARCHY_MARKER.match(text)
    return None if match is None else _read_marker(match.group())


@functools.lru_cache(maxsize=1024)
def _read_marker(written: str) -> Marker | None:
    """parse_marker, remembered: notices share a small vocabulary of markers (一、 … （一） … 1. … 60.) and
    reading one costs several patterns and a numeral parse. A Marker is immutable, so sharing it is safe."""
    try:
        return parse_marker(written)
    except NumberError:
        return None


_TITLE = re.compile(
    r"(?:.{0,40}关于.{0,80}(?:通报|情况|公告|公示|报告)|.{0,60}(?:巡视|巡察).{0,40}(?:通报|公告|公示|报告))"
    r"(?:[ \t\u3000]*[（(][^（）()]{1,20}[）)])?"  # a date or a number after it: （2023年12月25日）
)
_ISSUER_LINE = re.compile(r"[^，。；：！？]{2,40}(?:委|组|党组|委员会|局|办公室|政府|公司|院|厅|部|会|中心)")
_CLOSING_CUE = re.compile(
    r"(?:特此通报|欢迎|诚挚欢迎|衷心欢迎|诚恳欢迎|恳请|敬请|请广大|如有|若有|广大干部群众|社会各界"
    r"|联系(?:电话|方式|人|地址)|监督(?:电话|举报|方式)|举报(?:电话|方式)|电话[：:]|传真|邮政|邮编|通讯地址|通信地址"
    r"|电子(?:邮箱|信箱)|邮箱|网址|网站[：:])"
)
_LABELLED_CONTACT = re.compile(
    r"(?:联系电话|监督电话|举报电话|电话|邮政信箱|邮政地址|通讯地址|通信地址|来信请寄|电子邮箱|电子信箱|邮箱)[ \t]*[：:]"
)
# "对巡察整改情况如有意见建议，请及时向我们反映。": a short sentence asking for comments.
_INVITATION = re.compile(r"(?:如|若)[^。]{0,20}(?:意见|建议)|请[^。]{0,12}(?:反映|联系|来信|来电|监督)")
_SENTENCE_END = re.compile(r"[。；\n]|$")
_TERMINATOR = re.compile(r"[。！？；：!?;]")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_OPENERS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』"}
_OPENER = re.compile(f"[{re.escape(''.join(_OPENERS))}]")  # most headings open none: counting is skipped

_FINDING_TITLE = re.compile(
    r"(?:问题|方面)?(?:的)?整改(?:落实|进展|推进)?情况[。：:；]?$|^关于.{1,80}问题[。：:；]?$|问题[。：:；]?$"
)
# A heading about feedback in general names no problem: "二、巡视反馈问题整改落实情况", "（二）整改落实情况".
_GENERIC_HEADING = re.compile(
    r"(?:关于)?(?:[^，。；整问]{0,10}?(?:巡视|巡察|反馈))?(?:组)?(?:反馈|发现|指出|交办)?(?:的)?"
    r"(?:主要|存在的?)?(?:问题|意见)?(?:的)?整改(?:工作)?(?:落实|进展|推进)?情况[。：:；]?"
)
_NOT_FINDING = re.compile(r"^(?:着力|切实|坚决|聚焦|围绕|全力|深入|全面|扎实|集中)")
_PROBLEM_SUFFIX = re.compile(r"(?:(?:有关|等|的)?问题)?(?:的)?(?:整改(?:落实|进展|推进)?情况)?[。：:；]?$")
_PROBLEM_SUFFIX_LONGEST = len("有关问题的整改落实情况。")

# Numbered points may follow a comma ("主要措施，一是…，二是…"); a topic or 下一步 starts a sentence.
# The lookahead that opens each of these patterns lists the characters a match can start with: it lets the
# regex engine skip to candidates instead of trying every alternative at every position (several times faster).
_MEASURE = re.compile(
    r"(?=[ \t\u3000一二三四五六七八九十第①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳（(针关下])(?:"
    r"(?:(?:^|(?<=[。；;！？!?：:，,]))[ \t\u3000]*"
    r"(?:(?P<shi>[一二三四五六七八九十]{1,3})是(?P<shi_p>[，,、：:]?)"
    r"|第(?P<di>[一二三四五六七八九十]{1,3})(?P<di_p>[，,、：:])"
    r"|(?P<circled>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"
    r"|[（(](?P<paren>[0-9０-９]{1,2})[）)]))"
    r"|(?:(?:^|(?<=[。；;！？!?：:]))[ \t\u3000]*"
    r"(?:(?P<topic>(?:针对|关于)[^。；;，,：:]{1,40}?问题)"
    r"|(?P<next>下一步)(?=[，,：:、]|将|要|我们|继续|持续))))"
)
# 了 after a verb reports a finished action (制定了, 召开了); 为了/除了 are not that.
# The branch of _MEASURE that matched, by the last group it closed (the punctuation after 一是 and 第一).
_MEASURE_KIND = {
    "shi_p": "shi",
    "di_p": "di",
    "circled": "circled",
    "paren": "paren",
    "topic": "topic",
    "next": "next",
}
# Every branch starts with a literal character, so the regex engine skips straight to candidates (the
# lookbehind after 了 rather than before it: five times faster over a notice).
_DONE = re.compile(r"已|完成|建成|办结|到位|了(?<![为除]了)")
_ONGOING = re.compile(r"正在|正加快|加快|持续|不断")
# Words that make a measure a plan; 拟定 (to draft) plans nothing. Inside a sentence 计划 is a plan only before
# a time or a verb (搬迁计划 is a noun); opening a measure it always is.
_PLAN_WORDS = r"下一步|力争|预计|拟(?!定)|待.{1,20}?后"
_PLANNED = re.compile(rf"{_PLAN_WORDS}|计划(?=[于在将到至年月0-9今明])")
_PLANNED_START = re.compile(rf"[ \t\u3000]*(?:{_PLAN_WORDS}|计划)")
_DOCUMENT = re.compile(r"《[^《》\n]{1,100}》")

_STATUS_CUES = re.compile(
    r"(?=[基已均全完整正长持尚未暂])(?:"
    r"(?P<basically_completed>基本完成(?:整改)?|基本整改到位)"
    r"|(?P<completed>(?:已|均已|全部|均)?(?:完成整改|整改完成|整改完毕|整改到位|整改销号)|(?:已|均已|全部)办结|均已整改|已全部整改|已整改"
    r"|(?:已|均已)(?:全部)?完成(?=[。；;]|$))"
    r"|(?P<in_progress>正在(?:办理|整改)|整改(?:进行)?中|持续整改)"
    r"|(?P<long_term>长期坚持|长期推进|持续推进中)"
    r"|(?P<not_completed>尚未(?:完成|整改|获批|到位)?|未获批|未完成整改|暂未))"
)
# A cue inside a clause that sets a goal or a plan states no status: 确保整改到位, 预计6月底前办结.
_GOAL_BEFORE = re.compile(r"(?:确保|力争|推动|督促|要求|以便|争取|直至|预计|计划|拟|将|为)[^。；;，,]*$")

_INSPECTOR = re.compile(r"(?:巡视|巡察)(?:[一二三四五六七八九十]组|工作组|组)")
_NAME_STOP = set("，。；：、 \t\n“”（）()《》日对由向和与及至")
_DISPATCHER = re.compile(r"(?:根据|按照|依据)([^，。；、\s]{1,16}?)(?:的)?(?:统一)?(?:部署|安排|要求)")
_TARGET = re.compile(r"对([^，。；]{1,60}?)(?:开展|进行|实施)了?([^，。；]{0,16}?)(?:巡视|巡察)")
_STATIONED = re.compile(r"进驻([^，。；]{1,40}?)(?:开展|进行|，)")
_MODE = re.compile(r"常规|专项|“回头看”|回头看|机动|提级|交叉|联动|上下联动|延伸|例行|巡察“回头看”")
_ROUND = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}届)?(?:中央|省委|市委|州委|县委|区委|旗委|盟委)?第[一二三四五六七八九十0-9]{1,3}轮"
)

_CONTACT = re.compile(
    r"(?P<label>联系电话|监督电话|举报电话|咨询电话|值班电话|电话|手机|传真|拨打"
    r"|邮政地址|通讯地址|通信地址|来信地址|来信请寄|邮寄地址|地址|邮政信箱|信箱"
    r"|邮编|邮政编码|电子邮箱|电子信箱|邮箱|[Ee]-?[Mm]ail|网站|网址|门户网站)[ \t]*[：:]?[ \t]*"
)
_PHONE_VALUE = re.compile(r"\+?[0-9（）()][0-9（）()\- ]{1,30}[0-9](?:转[0-9]{1,6})?")
_EMAIL_VALUE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_URL_VALUE = re.compile(
    r"(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::[0-9]+)?(?:/[A-Za-z0-9._~%/?#=&+\-]*)?"
)
_POSTCODE_VALUE = re.compile(r"(?<![0-9])[0-9]{6}(?![0-9])")
_ADDRESS_END = re.compile(
    r"[；;。\n]|[，,（(]?[ \t]*(?:邮编|邮政编码)|[，,][ \t]*(?:电话|联系电话|电子邮箱|邮箱)"
)
_PHONE_LABELS = frozenset(
    {"联系电话", "监督电话", "举报电话", "咨询电话", "值班电话", "电话", "手机", "传真", "拨打"}
)
_ADDRESS_LABELS = frozenset(
    {"邮政地址", "通讯地址", "通信地址", "来信地址", "来信请寄", "邮寄地址", "地址", "邮政信箱", "信箱"}
)
_EMAIL_LABELS = frozenset({"电子邮箱", "电子信箱", "邮箱"})
_WEB_LABELS = frozenset({"网站", "网址", "门户网站"})


# --------------------------------------------------------------------------- figures (quantities, dates)


def _parse_date_line(text: str, reference: dt.date | None) -> dt.date | None:
    try:
        period = parse_period(text.strip(), reference=reference)
    except XunchaError:
        return None
    if period.start is not None and period.start == period.end:
        return period.start
    return None


class _Figures:
    """Every figure and date of the cleaned text, with cleaned starts for placing and original spans for keeping."""

    def __init__(self, source: SourceText, reference: dt.date | None) -> None:
        text = source.text
        original = source.original
        # Both extractors promise never to raise on text; they search the cleaned text. Quantities are built
        # with their spans already in the original (no second construction); periods are moved here.
        self.quantities: list[tuple[int, Quantity]] = _extract_quantities(
            text, (original, source.to_original)
        )
        self.periods: list[tuple[int, Period]] = []
        for period in extract_periods(text, reference=reference):
            if period.span is not None:
                clean_start = period.span.start
                start, end = source.to_original(clean_start, period.span.end)
                moved = _moved(period, original[start:end], Span(start, end))
                self.periods.append((clean_start, moved))
        self.quantities.sort(key=lambda pair: pair[0])
        self.periods.sort(key=lambda pair: pair[0])


def _moved(period: Period, text: str, span: Span) -> Period:
    """``period`` with its ``text`` and ``span`` in the original text (see models._trusted_period): every other
    field comes from a Period that passed the validators, and ``text`` is the slice ``span`` covers."""
    return _trusted_period(period.start, period.end, period.relation, period.precision, text, span)


# --------------------------------------------------------------------------- builders


class _Owner:
    """Something figures attach to: collects quantities and periods found inside its ranges."""

    __slots__ = ("periods", "quantities")  # builders are made for every part of every notice

    def __init__(self) -> None:
        self.quantities: list[Quantity] = []
        self.periods: list[Period] = []


class _MeasureB(_Owner):
    __slots__ = ("kind", "marker", "ordinal", "pieces", "planned_context", "start")

    def __init__(self, ordinal: int, marker: str | None, start: int, kind: str) -> None:
        super().__init__()
        self.ordinal = ordinal
        self.marker = marker
        self.start = start
        self.kind = kind
        self.pieces: list[tuple[int, int]] = []
        self.planned_context = False


class _Node(_Owner):
    """A numbered part of the body before it is known to be a section or a finding."""

    __slots__ = (
        "children",
        "end",
        "is_finding",
        "level",
        "marker",
        "measures",
        "ordinal",
        "pieces",
        "start",
        "text_pieces",
        "title",
        "title_range",
    )

    def __init__(self, level: int, ordinal: int, marker: str, start: int) -> None:
        super().__init__()
        self.level = level
        self.ordinal = ordinal
        self.marker = marker
        self.start = start
        self.end = start
        self.title = ""
        self.title_range = (start, start)
        self.pieces: list[tuple[int, int]] = []  # body text after the title, in order
        self.children: list[_Node] = []
        self.measures: list[_MeasureB] = []
        self.text_pieces: list[tuple[int, int]] = []
        self.is_finding = False


def _join(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    return "\n".join(stripped for s, e in pieces if (stripped := text[s:e].strip(" \t\r\n\u3000\xa0")))


def _split_heading(text: str, start: int, end: int) -> int:
    """Where a run-in heading ends: just after its first sentence-final mark outside quotes and brackets."""
    limit = min(end, start + 200)
    position = start
    while True:
        match = _TERMINATOR.search(text, position, limit)
        if match is None:
            return end
        prefix = text[start : match.start()]
        # Inside an open quote or bracket the mark belongs to the quotation: “…。” ends nothing here.
        if _OPENER.search(prefix) is None or all(
            prefix.count(opener) <= prefix.count(closer) for opener, closer in _OPENERS.items()
        ):
            return match.end()
        position = match.end()


# --------------------------------------------------------------------------- the parser


def parse_notice(text: str, *, reference: dt.date | None = None) -> Notice:
    """Read a notice given as Markdown or plain text.

    Relative dates are resolved against ``reference`` when given, else against the notice's own date
    (its 成文日期), else left open. Any text gives a :class:`~xuncha.models.Notice` — an empty one for an empty
    text; only a non-string raises :class:`~xuncha.errors.NoticeError`.

    >>> notice = parse_notice("关于巡察整改情况的通报\\n\\n一、“学习不够”方面\\n\\n1. 学习不深入问题整改情况。一是建立制度。二是已完成培训。")
    >>> [(f.number, f.problem, [m.marker for m in f.measures]) for f in notice.iter_findings()]
    [(1, '学习不深入', ['一是', '二是'])]
    """
    if not isinstance(text, str):  # a caller without type checking
        raise NoticeError(f"expected the text of a notice, got {type(text).__name__}", source=repr(text))
    if reference is not None and (type(reference) is not dt.date):
        raise NoticeError(f"reference must be a datetime.date, got {reference!r}", source=text)
    return _Parser(text, reference).notice()


class _Parser:
    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.source = SourceText(text)
        self.text = self.source.text
        self.paragraphs = self.source.paragraphs
        self.reference = reference
        self.ranges: list[tuple[int, int, _Owner]] = []
        self.notice_owner = _Owner()
        self.markers: list[Marker | None] = []

    def _ptext(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    # ----------------------------------------------------------------- layout

    def notice(self) -> Notice:
        paragraphs = self.paragraphs
        texts = [self._ptext(p) for p in paragraphs]
        count = len(texts)
        self.markers = [_hierarchy_marker(t) for t in texts]  # read once: _tree needs them again
        markers = [marker is not None for marker in self.markers]

        title_first, title_last = self._find_title(texts, markers)
        after_title = title_last + 1 if title_last >= 0 else 0

        date_index, notice_date = self._find_date(texts, markers, after_title)
        end_of_main = date_index if date_index is not None else count
        signature_index = None
        if (
            date_index is not None
            and date_index - 1 >= after_title
            and _signature_like(texts[date_index - 1])
        ):
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

        marker_indices = [i for i in range(after_title, end_of_main) if markers[i]]
        first_marker = marker_indices[0] if marker_indices else None
        search_from = marker_indices[-1] + 1 if marker_indices else after_title + 1
        closing_index = next(
            (i for i in range(search_from, end_of_main) if _CLOSING_CUE.match(texts[i])), None
        )
        if closing_index is None:
            # No paragraph opens like a closing, but one gives a labelled contact: the closing starts there.
            closing_index = next(
                (i for i in range(search_from, end_of_main) if _LABELLED_CONTACT.search(texts[i])), None
            )
        if (
            closing_index is not None
            and closing_index - 1 >= search_from
            and len(texts[closing_index - 1]) <= 80
            and _INVITATION.search(texts[closing_index - 1])
        ):  # "对巡察整改情况如有意见建议，请及时向我们反映。" just before the contacts invites too
            closing_index -= 1
        end_of_body = closing_index if closing_index is not None else end_of_main
        end_of_opening = first_marker if first_marker is not None else end_of_body

        reference = self.reference if self.reference is not None else notice_date
        self.figures = _Figures(self.source, reference)

        def pieces(first: int, last: int) -> list[tuple[int, int]]:
            return [(paragraphs[i].start, paragraphs[i].end) for i in range(first, last)]

        preamble = pieces(0, title_first) if title_first >= 0 else []
        title = pieces(title_first, title_last + 1) if title_first >= 0 else []
        opening = pieces(after_title, end_of_opening)
        closing = pieces(closing_index, end_of_main) if closing_index is not None else []
        signature = pieces(signature_index, date_index) if signature_index is not None and date_index else []
        dated = pieces(date_index, date_index + 1) if date_index is not None else []
        postscript = pieces(date_index + 1, count) if date_index is not None else []
        for part in (preamble, title, opening, closing, signature, dated, postscript):
            for start, end in part:
                self.ranges.append((start, end, self.notice_owner))

        roots = self._tree(first_marker, end_of_body) if first_marker is not None else []
        self._place_figures()
        if date_index is not None:
            self._keep_date_line(paragraphs[date_index], notice_date)
        sections = self._sections(roots)

        title_text = "".join(self.text[s:e] for s, e in title)  # a title broken over lines is one line
        opening_text = _join(self.text, opening)
        closing_text = _join(self.text, closing)
        signature_text = _join(self.text, signature) or None
        issuer = _issuer(title_text) or (signature_text.split("\n")[0] if signature_text else None)
        inspection = self._inspection(opening, title_text)
        return Notice(
            title=title_text,
            issuer=issuer,
            inspection=inspection,
            date=notice_date,
            opening=opening_text,
            sections=tuple(sections),
            closing=closing_text,
            contacts=tuple(_contacts(closing_text)),
            signature=signature_text,
            preamble=_join(self.text, preamble),
            postscript=_join(self.text, postscript),
            quantities=tuple(self.notice_owner.quantities),
            periods=tuple(self.notice_owner.periods),
        )

    def _find_title(self, texts: list[str], markers: list[bool]) -> tuple[int, int]:
        paragraphs = self.paragraphs
        for index, text in enumerate(texts[:12]):
            # The title comes before the body: never after a numbered part or a paragraph of prose.
            if markers[index] or ("。" in text and len(text) > 60):
                break
            if len(text) > 120 or "。" in text:
                continue
            if _TITLE.fullmatch(text):
                index = self._repeated_title(texts, markers, index)
                first = index
                # A title broken over lines: "中共某某局党组关于市委第四巡察组" / "巡察反馈意见整改情况的通报".
                while first > 0 and first > index - 3 and _title_head(texts[first - 1], texts[first]):
                    first -= 1
                return first, index
        # Failing a title-like paragraph, a Markdown heading that opens the text is its title.
        if (
            texts
            and paragraphs[0].heading
            and not markers[0]
            and len(texts[0]) <= 120
            and "。" not in texts[0]
        ):
            return 0, 0
        return -1, -1

    @staticmethod
    def _repeated_title(texts: list[str], markers: list[bool], index: int) -> int:
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
            if text == found or (found.endswith(text) and _TITLE.fullmatch(text)):
                return later
        return index

    def _find_date(
        self, texts: list[str], markers: list[bool], after_title: int
    ) -> tuple[int | None, dt.date | None]:
        last_marker = max((i for i, is_marker in enumerate(markers) if is_marker), default=-1)
        first = max(after_title, last_marker + 1)
        dated: list[tuple[int, dt.date]] = []
        for index in range(first, len(texts)):
            if is_date_line(texts[index]):
                date = _parse_date_line(texts[index], self.reference)
                if date is not None:
                    dated.append((index, date))
        # A date right under the title dates the notice, but the text that follows it is the notice itself,
        # not a postscript: only a date after the body is the 成文日期 line.
        if after_title > 0:
            dated = [(i, d) for i, d in dated if i != after_title or i + 2 >= len(texts)]
        if not dated:
            return None, None
        # The 成文日期 stands under the signature; a later bare date is page clutter (a publication date).
        signed = [(i, d) for i, d in dated if i - 1 >= after_title and _signature_like(texts[i - 1])]
        return (signed or dated)[-1]

    # ----------------------------------------------------------------- body

    def _tree(self, first: int, last: int) -> list[_Node]:
        roots: list[_Node] = []
        stack: list[_Node] = []
        text = self.text
        for index in range(first, last):
            paragraph = self.paragraphs[index]
            marker = self.markers[index]
            match = HIERARCHY_MARKER.match(self._ptext(paragraph)) if marker is not None else None
            if match is None or marker is None or marker.level is None:
                if stack:
                    stack[-1].pieces.append((paragraph.start, paragraph.end))
                    stack[-1].end = paragraph.end
                continue
            level, ordinal = marker.level, marker.ordinal
            marker_start = paragraph.start + (len(match.group()) - len(match.group().lstrip(" \t\u3000")))
            marker_end = paragraph.start + len(match.group().rstrip(" \t\u3000"))
            node = _Node(level, ordinal, text[marker_start:marker_end], marker_start)
            body_start = paragraph.start + match.end()
            while body_start < paragraph.end and text[body_start] in " \t\u3000":
                body_start += 1
            title_end = _split_heading(text, body_start, paragraph.end)
            node.title = text[body_start:title_end]
            node.title_range = (marker_start, title_end)
            rest = title_end
            while rest < paragraph.end and text[rest] in " \t\u3000":
                rest += 1
            if rest < paragraph.end:
                node.pieces.append((rest, paragraph.end))
            node.end = paragraph.end
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
        for root in roots:
            _close(root)
        for root in roots:
            self._classify(root)
        return roots

    def _classify(self, node: _Node) -> None:
        title = node.title.strip()
        # "（一）着力解决…的问题" usually heads findings; it is one itself only when it has text of its own.
        finding_like = (
            bool(_FINDING_TITLE.search(title))
            and (not _NOT_FINDING.match(title) or bool(node.pieces))
            and _GENERIC_HEADING.fullmatch(title) is None
            and not node.marker.startswith("第")  # 第一部分 is a part of the notice, never one problem
        )
        leaf_children = all(not child.children for child in node.children) and not any(
            _FINDING_TITLE.search(child.title.strip()) for child in node.children
        )
        if finding_like and (not node.children or leaf_children):
            node.is_finding = True
            self._measures(node)
            return
        self.ranges.append((node.title_range[0], node.title_range[1], node))
        for start, end in node.pieces:
            self.ranges.append((start, end, node))
        for child in node.children:
            self._classify(child)

    def _measures(self, node: _Node) -> None:
        """Split a finding's text into its own text and its measures (一是…, 第一…, 针对…问题, 下一步…)."""
        text = self.text
        self.ranges.append((node.title_range[0], node.title_range[1], node))
        measures: list[_MeasureB] = []
        last_number = {"shi": 0, "di": 0, "circled": 0, "paren": 0}
        planned_context = False
        owner_pieces = node.text_pieces  # text goes to the finding until its first measure starts
        for start, end in node.pieces:
            cursor = start
            for match in _MEASURE.finditer(text[start:end]):
                kind = _MEASURE_KIND[match.lastgroup or ""]
                value = 0
                if kind in ("shi", "di"):
                    value = _numeral_value(match.group(kind))
                elif kind == "circled":
                    value = _CIRCLED.index(match.group(kind)) + 1
                elif kind == "paren":
                    value = int(match.group(kind))
                if kind in last_number:
                    if value < 1 or value not in (last_number[kind] + 1, 1):
                        continue
                    last_number[kind] = value
                whole = match.group()
                head = start + match.start() + len(whole) - len(whole.lstrip(" \t\u3000"))
                # After 下一步 the following numbered points are plans too, until a new problem is taken up.
                planned_context = kind == "next" or (planned_context and kind != "topic")
                if kind in last_number:
                    body_start = start + match.end()
                    measure = _MeasureB(value, text[head:body_start], head, kind)
                else:
                    body_start = head
                    measure = _MeasureB(len(measures) + 1, None, head, kind)
                measure.planned_context = planned_context
                if cursor < head:
                    owner_pieces.append((cursor, head))
                measures.append(measure)
                owner_pieces = measure.pieces
                cursor = body_start
            if cursor < end:
                owner_pieces.append((cursor, end))
        for measure in measures:
            measure.pieces = [(s, e) for s, e in measure.pieces if e > s]
            for s, e in measure.pieces:
                self.ranges.append((s, e, measure))
        for s, e in node.text_pieces:
            self.ranges.append((s, e, node))
        # Numbered parts below a finding are its measures: （1）… under "1. …问题整改情况".
        for child in node.children:
            measure = _MeasureB(child.ordinal, child.marker, child.start, "child")
            measure.pieces = [(child.title_range[0] + len(child.marker), child.title_range[1]), *child.pieces]
            measure.pieces = [(s, e) for s, e in measure.pieces if e > s]
            measure.planned_context = planned_context
            for s, e in measure.pieces:
                self.ranges.append((s, e, measure))
            measures.append(measure)
        node.measures = measures

    # ----------------------------------------------------------------- figures to owners

    def _place_figures(self) -> None:
        ranges = sorted(self.ranges, key=lambda item: item[0])
        starts = [start for start, _, _ in ranges]
        for position, quantity in self.figures.quantities:
            self._owner_at(ranges, starts, position).quantities.append(quantity)
        for position, period in self.figures.periods:
            self._owner_at(ranges, starts, position).periods.append(period)

    def _keep_date_line(self, paragraph: Paragraph, date: dt.date | None) -> None:
        """The 成文日期 line is one period of the notice, whatever the extractor made of its neighbourhood.

        A web page may glue the line to the one before it ("…1234567<p>2023年12月25日"): once the tag is
        gone, the extractor sees "12345672023年12月25日" and finds only "12月25日".
        """
        start, end = self.source.to_original(paragraph.start, paragraph.end)
        own = Period(start=date, end=date, text=self.source.original[start:end], span=Span(start, end))
        kept = [p for p in self.notice_owner.periods if p.span is None or not (start <= p.span.start < end)]
        self.notice_owner.periods = sorted([*kept, own], key=lambda p: p.span.start if p.span else -1)

    def _owner_at(self, ranges: list[tuple[int, int, _Owner]], starts: list[int], position: int) -> _Owner:
        index = bisect.bisect_right(starts, position) - 1
        return ranges[index][2] if index >= 0 else self.notice_owner

    # ----------------------------------------------------------------- freezing into models

    def _sections(self, roots: list[_Node]) -> list[Section]:
        sections: list[Section] = []
        loose: list[Finding] = []
        for node in roots:
            if node.is_finding:
                loose.append(self._finding(node))
                continue
            if loose:
                sections.append(_unnumbered(loose))
                loose = []
            sections.append(self._section(node))
        if loose:
            sections.append(_unnumbered(loose))
        return sections

    def _section(self, node: _Node) -> Section:
        children = [self._section(child) for child in node.children if not child.is_finding]
        findings = [self._finding(child) for child in node.children if child.is_finding]
        return Section(
            level=node.level,
            ordinal=node.ordinal,
            title=node.title,
            marker=node.marker,
            intro=_join(self.text, node.pieces),
            sections=tuple(children),
            findings=tuple(findings),
            quantities=tuple(node.quantities),
            periods=tuple(node.periods),
            span=self._span(node.start, node.end),
        )

    def _finding(self, node: _Node) -> Finding:
        measures = [self._measure(m) for m in node.measures]
        body = _join(self.text, node.text_pieces)
        status_text = "\n".join([body, *(m.text for m in measures)])
        return Finding(
            title=node.title,
            number=node.ordinal,
            marker=node.marker,
            problem=_problem(node.title),
            text=body,
            measures=tuple(measures),
            status=_status(status_text),
            quantities=tuple(node.quantities),
            periods=tuple(node.periods),
            span=self._span(node.start, node.end),
        )

    def _measure(self, builder: _MeasureB) -> Measure:
        body = _join(self.text, builder.pieces)
        modality = _modality(body, builder.kind, builder.planned_context)
        deadline = _deadline(builder.periods, self.reference) if modality is Modality.PLANNED else None
        end = builder.pieces[-1][1] if builder.pieces else builder.start
        return Measure(
            ordinal=max(1, builder.ordinal),
            text=body,
            marker=builder.marker,
            lead=_lead(body) if builder.marker is not None else None,
            modality=modality,
            deadline=deadline,
            documents=tuple(match.group() for match in _DOCUMENT.finditer(body)),
            quantities=tuple(builder.quantities),
            periods=tuple(builder.periods),
            span=self._span(builder.start, end),
        )

    def _span(self, start: int, end: int) -> Span:
        original_start, original_end = self.source.to_original(start, end)
        return Span(original_start, original_end)

    # ----------------------------------------------------------------- opening

    def _inspection(self, opening: list[tuple[int, int]], title: str) -> Inspection | None:
        if not opening:
            return None
        start, end = opening[0][0], opening[-1][1]
        text = self.text[start:end]
        inspector = _inspector(text)
        target_match = _TARGET.search(text)
        target = mode = None
        if target_match is not None:
            target = target_match.group(1).strip() or None
            mode_match = _MODE.search(
                target_match.group(2) + text[target_match.end() : target_match.end() + 8]
            )
            mode = mode_match.group().strip("“”") if mode_match else None
        else:
            stationed = _STATIONED.search(text)
            target = stationed.group(1).strip() if stationed else None
        dispatcher_match = _DISPATCHER.search(text)
        dispatcher = dispatcher_match.group(1) if dispatcher_match else None
        if dispatcher is None and inspector is not None and "第" in inspector:
            dispatcher = inspector[: inspector.index("第")] or None
        round_match = _ROUND.search(text) or _ROUND.search(
            title
        )  # the round is often named in the title only
        basis = [match.group() for match in _DOCUMENT.finditer(text)]
        period, feedback = self._opening_dates(start, end)
        if not any((inspector, target, dispatcher, round_match, period, feedback)):
            return None
        arguments: dict[str, Any] = {
            "inspector": inspector,
            "dispatcher": dispatcher,
            "target": target,
            "mode": mode,
            "round": round_match.group() if round_match else None,
            "period": period,
            "feedback_date": feedback,
            "basis": basis,
        }
        try:
            return Inspection(**arguments)
        except InvariantError:
            arguments["feedback_date"] = None  # an impossible order: keep the period, check() reports it
            return Inspection(**arguments)

    def _opening_dates(self, start: int, end: int) -> tuple[Period | None, dt.date | None]:
        """The inspection's period and the feedback date, read sentence by sentence.

        One sentence may give both ("2023年3月至5月，…进行了常规巡视，并于6月28日反馈了巡视意见"): the feedback
        date is the date nearest before 反馈 (else the first after it), the period a range about 巡视/巡察/进驻.
        """
        period = None
        feedback = None
        periods = [(pos, p) for pos, p in self.figures.periods if start <= pos < end]
        positions = [pos for pos, _ in periods]
        sentence_start = start
        for match in _SENTENCE_END.finditer(self.text, start, end):
            sentence = self.text[sentence_start : match.start()]
            first = bisect.bisect_left(positions, sentence_start)
            last = bisect.bisect_left(positions, match.start())
            inside = periods[first:last]
            offset = sentence_start
            sentence_start = match.end()
            if not inside:
                continue
            used = None
            keyword = sentence.find("反馈")
            if keyword >= 0 and feedback is None:
                used = _feedback_period(inside, offset + keyword)
                feedback = used.start if used is not None else None
            if period is None and ("巡" in sentence or "进驻" in sentence):
                candidates = [
                    p
                    for pos, p in inside
                    if p is not used
                    and p.relation in (Relation.RANGE, Relation.ON)
                    and (keyword < 0 or pos < offset + keyword)
                ]
                period = next((p for p in candidates if p.relation is Relation.RANGE), None)
                if period is None and candidates and keyword < 0:
                    period = candidates[0]
            if period is not None and feedback is not None:
                break
        return period, feedback


def _feedback_period(inside: list[tuple[int, Period]], keyword: int) -> Period | None:
    """The date a feedback sentence gives: the last one before 反馈, else the first after; single days first."""
    dated = [(pos, p) for pos, p in inside if p.start is not None and p.relation is not Relation.RANGE]
    dated = dated or [(pos, p) for pos, p in inside if p.start is not None]
    before = [p for pos, p in dated if pos < keyword]
    if before:
        return before[-1]
    return next((p for pos, p in dated if pos > keyword), None)


# --------------------------------------------------------------------------- helpers


def _unnumbered(findings: list[Finding]) -> Section:
    """The section that holds findings standing above any numbered section (a notice holds only sections)."""
    first, last = findings[0].span, findings[-1].span
    span = Span(first.start, last.end) if first is not None and last is not None else None
    return Section(level=1, ordinal=1, title="", findings=findings, span=span)


def _signature_like(text: str) -> bool:
    """A signing body's line: short, no sentence punctuation, not a contact line, a part or a date."""
    return (
        len(text) <= 40
        and not any(mark in text for mark in "。，；：！？")
        and not ends_sentence(text)
        and not is_label_line(text)
        and not is_date_line(text)
        and HIERARCHY_MARKER.match(text) is None
    )


def _title_head(previous: str, following: str) -> bool:
    """Whether ``previous`` is the first line of a title that ``following`` continues."""
    if len(previous) > 60 or any(mark in previous for mark in "。！？；：，"):
        return False
    if following.startswith("关于"):
        return _ISSUER_LINE.fullmatch(previous) is not None
    return "关于" in previous


def _close(node: _Node) -> None:
    for child in node.children:
        _close(child)
        node.end = max(node.end, child.end)


def _issuer(title: str) -> str | None:
    index = title.find("关于")
    if index <= 0:
        return None
    issuer = title[:index].strip(" \t\u3000")
    return issuer or None


def _problem(title: str) -> str | None:
    problem = title.strip()
    if problem.startswith("关于"):
        problem = problem[2:]
    # The suffix is at most 12 characters long ("有关问题的整改落实情况。"): only the tail can hold it, and
    # looking there spares the pattern a try at every position of a long title.
    cut = max(0, len(problem) - _PROBLEM_SUFFIX_LONGEST)
    problem = (problem[:cut] + _PROBLEM_SUFFIX.sub("", problem[cut:])).strip()
    return problem or None


def _status(text: str) -> Status:
    """The last status the text states; a cue after 确保/力争… is a goal, not a status."""
    found = Status.UNKNOWN
    for match in _STATUS_CUES.finditer(text):
        if not _GOAL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            found = Status(match.lastgroup)
    return found


def _modality(text: str, kind: str, planned_context: bool) -> Modality:
    if "《" in text:  # a title names a document: 《关于加快…的意见》 states no progress
        text = _DOCUMENT.sub("《》", text)
    if kind == "next" or _PLANNED_START.match(text):
        return Modality.PLANNED
    # 完成 after 预计/力争/确保… in the same clause is a goal, not something done.
    if any(not _GOAL_BEFORE.search(text, max(0, m.start() - 16), m.start()) for m in _DONE.finditer(text)):
        return Modality.DONE
    if _ONGOING.search(text):
        return Modality.ONGOING
    if planned_context or _PLANNED.search(text):
        return Modality.PLANNED
    return Modality.DONE


def _deadline(periods: list[Period], reference: dt.date | None) -> Period | None:
    for period in periods:
        if period.relation is Relation.BEFORE:
            return period
    for period in periods:
        if period.relation is Relation.ON and (
            reference is None or period.end is None or period.end >= reference
        ):
            return period
    return None


def _lead(text: str) -> str | None:
    end = _split_heading(text, 0, len(text))
    if end >= len(text) or text[end - 1] != "。":
        return None
    lead = text[:end]
    # A run-in heading is short and a single clause: "严格落实“第一议题”和中心组学习制度。"
    if len(lead) > 30 or any(ch in lead for ch in "，,;；0123456789"):
        return None
    return lead


def _inspector(text: str) -> str | None:
    match = _INSPECTOR.search(text)
    if match is None:
        return None
    start = match.start()
    while start > 0 and match.end() - start < 30:
        previous = text[start - 1]
        # A name runs back to a stop, except a 顿号 that lists groups: 市委第一、第二巡察组.
        if previous in _NAME_STOP and not (previous == "、" and text.startswith("第", start)):
            break
        start -= 1
    name = text[start : match.end()]
    return name[name.rfind("关于") + 2 :] if "关于" in name else name


def _contacts(closing: str) -> list[Contact]:
    contacts: list[Contact] = []
    seen: set[tuple[ContactKind, str]] = set()

    def add(kind: ContactKind, value: str, label: str | None) -> None:
        value = value.strip(" \t\u3000")
        if not value or (kind, value) in seen:
            return
        try:
            contact = Contact(kind, value, label)
        except InvariantError:
            return
        seen.add((kind, value))
        contacts.append(contact)

    for match in _CONTACT.finditer(closing):
        label = match.group("label")
        rest = closing[match.end() : match.end() + 200]
        if label in _PHONE_LABELS:
            # A phone label names a number only when a colon or the number itself follows: "举报电话12388".
            if not (
                closing[match.start() : match.end()].rstrip(" \t").endswith(("：", ":"))
                or rest[:1] in "0123456789+（("
            ):
                continue
            head = re.match(r"[^；;。\n]*", rest)
            for phone in _PHONE_VALUE.finditer(head.group() if head else ""):
                add(ContactKind.PHONE, phone.group(), None if label == "拨打" else label)
        elif label in _ADDRESS_LABELS:
            end = _ADDRESS_END.search(rest)
            value = rest[: end.start()] if end else rest
            postcode = re.search(r"[（(][ \t]*([0-9]{6})[ \t]*[）)]$", value)
            if postcode:  # "…办公室（457000）": the postcode is its own contact
                add(ContactKind.POSTAL_ADDRESS, value[: postcode.start()], label)
                add(ContactKind.POSTCODE, postcode.group(1), None)
            else:
                add(ContactKind.POSTAL_ADDRESS, value, label)
        elif label in ("邮编", "邮政编码"):
            code = _POSTCODE_VALUE.match(rest.lstrip(" \t"))
            if code:
                add(ContactKind.POSTCODE, code.group(), label)
        elif label in _EMAIL_LABELS or label.lower().replace("-", "") == "email":
            email = _EMAIL_VALUE.match(rest)
            if email:
                add(ContactKind.EMAIL, email.group(), label)
        elif label in _WEB_LABELS:
            url = _URL_VALUE.match(rest)
            if url:
                add(ContactKind.WEBSITE, url.group(), label)
    for email in _EMAIL_VALUE.finditer(closing):
        add(ContactKind.EMAIL, email.group(), None)
    for url in re.finditer(r"(?:https?://|www\.)[A-Za-z0-9._~%/?#=&+:\-]+", closing):
        add(ContactKind.WEBSITE, url.group().rstrip("."), None)
    return contacts


# --------------------------------------------------------------------------- accounting


def text_fields(notice: Notice) -> Iterator[str]:
    """The text fields of a notice in document order: together they hold every character of the input
    except markup and whitespace, each exactly once (see the module docstring for the list).

    >>> "".join(text_fields(parse_notice("一、总体情况\\n\\n1. 甲问题整改情况。一是已完成。")))
    '一、总体情况1.甲问题整改情况。一是已完成。'
    """
    yield notice.preamble
    yield notice.title
    yield notice.opening
    for section in notice.sections:
        yield from _section_fields(section)
    yield notice.closing
    if notice.signature is not None:
        yield notice.signature
    date_period = _date_period(notice)
    if date_period is not None and date_period.text is not None:
        yield date_period.text
    yield notice.postscript


def _date_period(notice: Notice) -> Period | None:
    if notice.date is None:
        return None
    for period in reversed(notice.periods):
        if (
            period.start == notice.date == period.end
            and period.relation is Relation.ON
            and period.precision is Precision.DAY
            and period.text is not None
            and is_date_line(SourceText(period.text).text)  # markup may sit inside: 2023年<b>12</b>月25日
        ):
            return period
    return None


def _section_fields(section: Section) -> Iterator[str]:
    yield section.marker
    yield section.title
    yield section.intro
    parts: list[Section | Finding] = [*section.findings, *section.sections]
    if all(part.span is not None for part in parts):
        parts.sort(key=lambda part: part.span.start if part.span is not None else 0)
    for part in parts:
        if isinstance(part, Section):
            yield from _section_fields(part)
        else:
            yield part.marker or ""
            yield part.title
            yield part.text
            for measure in part.measures:
                yield measure.marker or ""
                yield measure.text
