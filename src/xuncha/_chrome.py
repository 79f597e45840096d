"""Web-page chrome: what a page prints around an article, which is never part of the notice.

A breadcrumb, the publication date and time, the source and the author, a view counter, font-size, print and
share widgets, a greeting and date widget, a welcome bar. The cleaner (:mod:`xuncha._text`) and the parser's
layout (:mod:`xuncha.parsing._layout`) keep such lines in the preamble and never read them as the title or a
fact; this module is the one place their grammar is written.

>>> is_chrome("发布时间：2023-11-20  浏览次数：86"), is_chrome("首页 > 巡察工作 > 整改公开")
(True, True)
>>> is_chrome("一、总体情况")
False
>>> is_chrome("您好!今天是"), is_chrome("欢迎您对整改工作进行监督，联系电话：0000")  # a widget; a closing's line
(True, False)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from xuncha._lazy import LazyPattern
from xuncha._titles import TITLE_ENDINGS

__all__ = [
    "LONGEST_CHROME",
    "VIEW_LABEL",
    "VIEW_LABEL_ENDS",
    "chrome_line_start",
    "chrome_run_end",
    "chrome_starts",
    "could_be_title",
    "could_carry_title",
    "has_chrome_hint",
    "is_chrome",
    "is_site_notice",
    "on_a_chrome_line",
    "title_word_end",
]

# What a web page prints around an article: a breadcrumb, the publication date and time, the source, the author,
# a view counter, font-size and print widgets, share buttons. None of it is the notice: it is kept (in the
# preamble when it stands before the title) but never read as the title or as a fact.
_S = r"[ \t\u3000]*"
_WEB_DATE = (  # (its numbers may be set apart by spaces, as template sites print them: 2023 年 7 月 28 日)
    rf"[【\[（(]?[0-9]{{4}}(?:[-/.]|{_S}年{_S})[0-9]{{1,2}}(?:[-/.]|{_S}月{_S})[0-9]{{1,2}}(?:{_S}日)?"
    # (and a date widget's weekday: 2024年11月23日 星期六, the day the page was seen)
    rf"(?:{_S}星期[一二三四五六日天])?"
    rf"(?:{_S}[0-9]{{1,2}}[:：][0-9]{{2}}(?:[:：][0-9]{{2}})?)?[】\]）)]?"
)
# A page's view counter's label (阅读, 浏览次数, 点击量, 访问量, 观看, 播放量): one grammar for the chrome lines, the
# chrome run into a flattened page and the quantities' veto of a view count (xuncha.quantities).
_VIEW_WORDS = ("阅读", "浏览", "点击", "访问", "观看", "播放")
_VIEW_SUFFIXES = ("次数", "量", "数")
VIEW_LABEL = f"(?:{'|'.join(_VIEW_WORDS)})(?:{'|'.join(_VIEW_SUFFIXES)})?"
#: The characters a view counter's label ends with (a fast test before the count: 阅读6213次, 观看:1875 次).
VIEW_LABEL_ENDS = frozenset(word[-1] for word in (*_VIEW_WORDS, *_VIEW_SUFFIXES))
_PAGE_LABEL = (
    r"(?:发布时间|发布日期|发布于|发布者|发布人|发布|更新时间|时间|日期|信息来源|文章来源|来源|作者|撰稿|编辑|责任编辑|审核|供稿"
    rf"|阅读时间|阅读时长|{VIEW_LABEL}|字号|字体"
    r"|本文字数|字数)"
)
# A reading-time widget: 3分钟, 阅读时间：约5分钟, 读完约1分钟 (after a word count, 本文字数：1086字).
_READING_TIME = (
    rf"(?:(?:(?:预计)?阅读(?:时间|时长|需|约)?|读完(?:需|约)?){_S}[：:]?{_S})?约?[0-9]{{1,3}}{_S}分钟"
)
# A word-count widget written as a sentence: 本篇文章562字, 全文共1086字.
_WORD_COUNT = rf"(?:本篇文章|本文|全文)(?:共|约)?{_S}[0-9]{{1,6}}{_S}字"
_PAGE_ITEM = (
    rf"(?:{_WEB_DATE}|[0-9]{{1,2}}[:：][0-9]{{2}}(?:[:：][0-9]{{2}})?|{_PAGE_LABEL}{_S}[：:]{_S}[^ \t\u3000【】\[\]|｜]*"
    # a masthead's issue number: 督查专报第 3 期, 巡察工作简报第12期
    rf"|[^ \t\u3000【】\[\]|｜，,。；;]{{0,12}}第{_S}[0-9一二三四五六七八九十]{{1,4}}{_S}期"
    rf"|{_READING_TIME}|{_WORD_COUNT}"
    r"|【[^【】]{0,24}】|\[[^\[\]]{0,24}\]|打印本页|打印|关闭窗口|关闭|收藏|分享(?:按钮|到|至)?(?:[：:])?|大|中|小)"
)
# A site's name after a separator: it ends on what names a site or the body that runs it.
_SITE_NAME = (
    rf"(?:[_|｜]|[-—–]){_S}[^ \t\u3000，,。；;：:_|｜]{{2,30}}?"
    r"(?:网|网站|门户|政府|纪委监委|监委|纪委|纪检监察网|在线|平台|之窗|频道)"
)
_CHROME_LINE = LazyPattern(
    # (items apart by spaces, bars or a comma: 本篇文章562字,读完约1分钟)
    rf"{_S}(?:{_PAGE_ITEM})(?:[ \t\u3000|｜,，]*(?:{_PAGE_ITEM}))*[ \t\u3000|｜]*"
    # a breadcrumb, a share bar, a QR-code caption, a print bar
    r"|(?:首页|主页|网站首页|当前(?:所在)?位置|当前页面|所在位置|您(?:现在|当前)?(?:的|所在)?位置)[：:]?[^。]{0,80}?[>＞»›→/].*"
    r"|(?:分享到|分享至|扫一扫|用手机扫描|手机扫码|打印本页|打印正文|关闭窗口|【打印).{0,40}"
    # a greeting and date widget, often left empty by the scraper (您好!今天是, 今天是2025年9月19日 星期五), and
    # the site's welcome bar; only the widget's own shape, since a notice's closing also writes 欢迎您… and 今天是…
    rf"|(?:您好[!！,，]?{_S})?今天是{_S}(?:[0-9]{{4}}年[0-9]{{1,2}}月[0-9]{{1,2}}日)?{_S}(?:星期[一二三四五六日天])?{_S}"
    rf"|欢迎(?:光临|访问|来到)[^。，,；;：:！!]{{0,30}}[！!]?{_S}|(?:设为首页|加入收藏).{{0,30}}"
    # the site's name after the page's own title, as a browser's title bar prints it (…的通报_某某县纪委监委,
    # …的通报 | 某某县人民政府, …的通报-某某网)
    rf"|{_S}{_SITE_NAME}"
)
# A page flattened into one line runs its chrome between the title and the opening, colons and spaces optional
# ("…的通报发布时间2023年7月28日 来源:某某市妇联 阅读6213次根据…"): dates, a source or an author up to a space,
# view counts.
_CHROME_RUN = LazyPattern(
    rf"(?:{_S}(?:(?:发布时间|发布日期|更新时间|时间|日期)[：:]?{_S}{_WEB_DATE}"
    rf"|(?:信息来源|文章来源|来源|作者|责任编辑|编辑)[：:]{_S}[^ \t\u3000：:。，,]{{1,24}}(?=[ \t\u3000])"
    rf"|{VIEW_LABEL}[：:]?{_S}[0-9]{{1,9}}(?:{_S}次)?))+"
)
# Where chrome glued to a title may begin: a date, a page label, a widget in brackets.
_CHROME_START = LazyPattern(
    rf"{_S}(?:[【\[（(]?[0-9]{{4}}[-/.年]|{_PAGE_LABEL}{_S}[：:]|【|(?={_SITE_NAME}{_S}$))"
)


# Every chrome line holds one of these: a digit, a bracket, a colon, a breadcrumb arrow, a widget's word (大 中 小
# alone is the font-size widget). Kept in step with _CHROME_LINE by tests/test_chrome.py, which builds a line of
# every shape the grammar accepts.
_CHROME_HINT = LazyPattern(r"[0-9【\[:：>＞»›→/期享扫印闭藏今迎首大中小_|｜\-—–]")
# The words a title ends on (the title grammar's, xuncha._titles), as one search: a generator of seven substring
# tests cost three times as much, and the cleaner asks it of every line a page break may have cut.
_TITLE_WORD = re.compile("|".join(TITLE_ENDINGS))
# The characters a chrome line starts with (a date, a bracket, a label, a widget, a breadcrumb, a share bar);
# a masthead (督查专报第 3 期) may start with anything but holds 期. Kept in step by tests/test_chrome.py too.
_CHROME_FIRST = frozenset(
    "0123456789【[（(发更时日信文来作撰编责审供浏点阅访观播读全字打关收大中小首主网当所您分扫用手今欢设加本预约_|｜-—–"
)


def chrome_starts(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The places where chrome glued to a title on its line may begin (from ``pos``: see title_word_end)."""
    return _CHROME_START.finditer(text, pos)


def is_chrome(text: str) -> bool:
    """Whether a paragraph is web-page chrome: a breadcrumb, a date, source or view-count line, a widget bar."""
    return (
        len(text) <= LONGEST_CHROME
        and "。" not in text
        and (text.lstrip(" \t\u3000")[:1] in _CHROME_FIRST or "期" in text)  # most lines: one look
        and _CHROME_HINT.search(text)
        is not None  # (has_chrome_hint, without its call: the cleaner asks often)
        and _is_chrome_line(text)
    )


# The layout, the title search and the opening's first fact each ask of the same lines (over the observed corpus
# a line reaching the full pattern is asked 2.2 times); the answer depends on the line's text alone, and the
# lines asked are at most 160 characters long.
@functools.lru_cache(maxsize=512)
def _is_chrome_line(text: str) -> bool:
    return _CHROME_LINE.fullmatch(text) is not None


#: The longest line that may be chrome.
LONGEST_CHROME = 160


# A document site's notice to its readers, over a preview: its heading alone on a line (温馨提示:) and its numbered
# terms, which speak of the site's documents ("1. 本文档由用户上传…", "2、下载文档前请…", "如文档侵犯您的权益，请联系客服").
_SITE_NOTICE_HEADING = LazyPattern(
    r"[ \t\u3000【\[]*(?:温馨提示|友情提示|下载说明|下载提示|下载须知)[】\]：: \t\u3000]*"
)
# The words of those terms: a line holding two of them is the site's (no notice speaks of uploads and refunds).
# (no word's end is another's start, so no two overlap: the words a text holds are all found apart, and a substring
# test of each tells them, where a search of the alternation tried every position of every paragraph)
_SITE_WORDS = ("文档", "下载", "本站", "客服", "预览", "版权", "上传", "付费", "退款")


def is_site_notice(text: str) -> bool:
    """Whether a paragraph is a document site's notice to its readers: its heading (温馨提示:) or one of its
    terms, which name two of the site's words (文档, 下载, 本站, 客服, 预览, 版权, 上传, 付费, 退款).

    >>> is_site_notice("温馨提示:"), is_site_notice("2. 本文档由用户上传,版权归属用户。")
    (True, True)
    >>> is_site_notice("1. 下载整改台账模板,逐项填报。")
    False
    """
    if len(text) > LONGEST_CHROME:
        return False
    if _SITE_NOTICE_HEADING.fullmatch(text):
        return True
    held = 0
    for word in _SITE_WORDS:
        if word in text:
            held += 1
            if held == 2:
                return True
    return False


def chrome_line_start(text: str, at: int) -> int | None:
    """Where the line of ``text`` that holds offset ``at`` starts, when no further back than a chrome line's length
    (None otherwise: the line is longer than any chrome line). The look is bounded, as it must be where it is asked
    for every figure of a paragraph: an unbounded one was quadratic on a long line."""
    low = at - LONGEST_CHROME
    line_start = text.rfind("\n", low if low > 0 else 0, at) + 1
    return None if line_start == 0 and low > 0 else line_start


def on_a_chrome_line(text: str, at: int) -> bool:
    """Whether the line of ``text`` that holds offset ``at`` is page chrome (:func:`is_chrome`). Its ends are looked
    for no further than a chrome line's length from ``at`` (:func:`chrome_line_start`): a longer line is none."""
    line_start = chrome_line_start(text, at)
    if line_start is None:
        return False
    line_end = text.find("\n", at, at + LONGEST_CHROME + 1)
    if line_end < 0:
        if at + LONGEST_CHROME < len(text):
            return False  # nor does it end within one
        line_end = len(text)
    return is_chrome(text[line_start:line_end])


def chrome_run_end(text: str, start: int) -> int:
    """Where the chrome a flattened page runs from ``start`` ends (``start`` when none runs there): the dates,
    source and view count between its title and its opening ("发布时间2023年7月28日 来源:某某市妇联 阅读6213次")."""
    found = _CHROME_RUN.match(text, start)
    return start if found is None else found.end()


def has_chrome_hint(text: str) -> bool:
    """A fast test that spares the chrome patterns most lines: every chrome line holds a digit, a bracket, …"""
    return _CHROME_HINT.search(text) is not None


def could_be_title(text: str) -> bool:
    """A fast test that spares the title patterns most lines: a title names what it is (通报, 报告, 情况 …)."""
    return _TITLE_WORD.search(text) is not None


def title_word_end(text: str) -> int:
    """Where the first word of a title's kind in ``text`` ends (0 when there is none): a title glued before chrome
    ends there or later. (No start of chrome holds a character of those words, so none runs across that end, and
    ``chrome_starts(text, title_word_end(text))`` are the places after it of ``chrome_starts(text)``.)"""
    found = _TITLE_WORD.search(text)
    return 0 if found is None else found.end()


def could_carry_title(line: str) -> bool:
    """A fast test that spares the glued-title searches most lines: a title with chrome on its line is short,
    holds no sentence, names what it is and holds a chrome hint ("关于…的通报 2023-12-05 来源：…")."""
    # (could_be_title and has_chrome_hint, without their calls: the cleaner asks this of every line a page break
    # may have cut)
    return (
        len(line) <= 200
        and "。" not in line
        and _TITLE_WORD.search(line) is not None
        and _CHROME_HINT.search(line) is not None
    )
