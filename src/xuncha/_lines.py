"""What a line of a notice is, as the cleaner asks it: whether it ends a sentence, is a date or a contact label,
looks like a heading or a title, whether two lines a page break split belong to one paragraph, and whether lines
are a document viewer's numbered chunks.

Pure functions of strings, read by the cleaner (:mod:`xuncha._text`, :mod:`xuncha._markup`,
:mod:`xuncha._page_breaks`) and by the parser's layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from xuncha._chrome import chrome_starts, could_carry_title, is_chrome, title_word_end
from xuncha._contacts import label_line_at
from xuncha._fold import fold
from xuncha._lazy import LazyPattern
from xuncha._markers import heading_shape_at
from xuncha._titles import is_title_line

# Where a sentence (or a heading label) has visibly ended; closing quotes and brackets may follow.
_SENTENCE_END = LazyPattern(r"[。！？；：.!?;:…][”’\"'）)】」』》]*[ \t\u3000]*$")
_FINAL_MARKS = frozenset("。！？；：.!?;:…")
# A line that ends with one of these ends its sentence (a dot may end a cut address or decimal instead).
FINAL_MARKS_BUT_DOT = frozenset("。！？；：!?;:…")
_CLOSERS = "”’\"'）)】」』》"
_DATE_LINE = re.compile(
    r"[ \t\u3000]*(?:[0-9０-９]{4}|[〇○零ＯO0一二三四五六七八九]{4})[ \t]*年[ \t]*"
    r"[0-9０-９一二三四五六七八九十]{1,3}[ \t]*月[ \t]*[0-9０-９一二三四五六七八九十]{1,3}[ \t]*日[ \t\u3000]*"
    # A date whose 月 (and 年) a scraper dropped, month and day fused to the year: 20251021日, 2025年1027日.
    r"|[ \t\u3000]*(?:19|20)[0-9]{2}年?[0-9]{3,4}日[ \t\u3000]*"
)


_DANGLING = LazyPattern(r"[的和与及、，,“‘《（(对在把将向从为][ \t\u3000]*$")

# The first words of a notice's opening or a news lead: the body that deployed the inspection, 近日 or 日前, or a
# month that opens a clause ("根据县委统一部署，…", "2023年3月13日至4月28日，…"; a page's own date stands alone).
_OPENING_START = LazyPattern(
    r"[ \t\u3000]*(?:根据|按照|依据|近日|日前|[0-9]{4}年[0-9]{1,2}月[^，,。；;\n]{0,20}[，,])"
)


def opening_start(text: str, pos: int = 0) -> int | None:
    """Where the words that open an opening start in ``text`` at ``pos`` (after spaces), None when it does not
    open so: "根据县委统一部署，…", "按照…", "近日，…", "2023年3月13日至4月28日，…"."""
    found = _OPENING_START.match(text, pos)
    return None if found is None else found.end() - len(found.group().lstrip(" \t\u3000"))


# What ends a line that does not run on into the next: a sentence's end, a label's colon, a table's pipe.
_ENDS_A_RUN = frozenset("\n。！？!?；;：:|")


#: The spaces that pad a line's text: an indent before it, spaces after it.
LINE_PADDING: Final = frozenset(" \t\u3000")


def line_start_before(text: str, start: int, padding: frozenset[str] = LINE_PADDING) -> int | None:
    """Where the line ``start`` stands on starts, when only ``padding`` stands before it there; else None. (Looked
    for over that padding only: a search back to the line's start, asked of every figure or date of a long line,
    would grow with the square of the line.)"""
    line_start = start
    while line_start and text[line_start - 1] in padding:
        line_start -= 1
    return line_start if not line_start or text[line_start - 1] == "\n" else None


def line_end_after(text: str, end: int, padding: frozenset[str] = LINE_PADDING) -> int | None:
    """Where the line ``end`` stands on ends, when only ``padding`` stands after it there; else None (looked for
    over that padding only, as :func:`line_start_before`)."""
    line_end = end
    while line_end < len(text) and text[line_end] in padding:
        line_end += 1
    return line_end if line_end == len(text) or text[line_end] == "\n" else None


def runs_on_into(text: str, line_start: int) -> bool:
    """Whether the line before the one that starts at ``line_start`` runs on into it: it holds text and ends on
    no sentence end, colon or table pipe. A PDF text layer that sets every figure on a line of its own breaks its
    sentences so (…示范基地⏎3⏎个。, 县农业农村局⏎2023⏎年工作总结): the number alone on its line continues the
    line before, and its unit or 年 the next."""
    end = line_start - 1  # the line break
    while end > 0 and text[end - 1] in " \t\u3000\r":
        end -= 1
    return end > 0 and text[end - 1] not in _ENDS_A_RUN


# How long a headline alone on its line may be, and how many times longer than it the next line must be for the
# two not to be one wrapped paragraph (see lines_join).
_HEADLINE_LONGEST = 40
_WRAP_WIDER = 4

_TITLE_START = LazyPattern(r"[^，。；：！？,;:!?]{0,40}关于[^，。；：！？,;:!?]{0,40}")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final (or label-final) punctuation, closing quotes allowed."""
    if text.endswith("\n"):
        return _SENTENCE_END.search(text) is not None  # $ also matches before a final newline
    # What _SENTENCE_END says, read from the end instead of tried at every position: the marks, the closing
    # quotes and the spaces are three disjoint sets, so trailing spaces, then closing quotes, come off whole.
    tail = text.rstrip(" \t\u3000").rstrip(_CLOSERS)
    return tail[-1:] in _FINAL_MARKS if tail else False


def is_date_line(text: str) -> bool:
    """True when ``text`` is nothing but a written date such as "2023年12月25日" (a 成文日期)."""
    # (every date line ends on 日: a line without one, most lines, is refused at one look)
    return "日" in text and _DATE_LINE.fullmatch(text) is not None


def is_label_line(text: str) -> bool:
    """True when ``text`` starts with a contact label such as "联系电话："."""
    return label_line_at(text)


# A title or heading is short: looking at the first characters of a paragraph is enough to tell one.
HEAD_LIMIT = 160
# A web address or e-mail cut after a dot ("xszg@example." / "com.cn。") continues on the next line.
_CUT_ADDRESS = LazyPattern(r"[A-Za-z0-9_\-]\.$")
_LATIN_START = LazyPattern(r"[A-Za-z]")
# A decimal cut after its point ("追缴欠款86." / "4万元"): the dot ends no sentence when digits follow it.
_CUT_DECIMAL = LazyPattern(r"[^\s0-9０-９.．][0-9０-９]+[.．]$")
# How a line _CUT_DECIMAL can match ends ($ also matches before a final newline).
_DECIMAL_POINT_ENDS = (".", "．", ".\n", "．\n")
_DIGIT_START = LazyPattern(r"[0-9０-９]")
# The name of a body on a line of its own (a signature line): two such lines are two names, not one.
# (the words such a name ends on, in the order the pattern tries them)
_BODY_SUFFIXES = (
    "委员会",
    "党委",
    "党组",
    "党工委",
    "委",
    "组",
    "局",
    "办公室",
    "政府",
    "公司",
    "集团",
    "分行",
    "银行",
    "大学",
    "学院",
    "学校",
    "医院",
    "厅",
    "部",
    "中心",
)
_BODY_NAME = LazyPattern(rf"[^，。；：！？、,.;:!?\s]{{2,30}}?(?:{'|'.join(_BODY_SUFFIXES)})")


# A line spaced out character by character, as a page sets a short title: "巡 察 公 告".
_LETTER_SPACED = LazyPattern(r"[ \t\u3000]*(?:[\u4e00-\u9fff][ \t\u3000]+){2,}[\u4e00-\u9fff][ \t\u3000]*")


_SPACES = frozenset(" \t\u3000")  # (the spaces of _LETTER_SPACED)


def is_letter_spaced(text: str) -> bool:
    """Whether ``text`` is Chinese characters spaced out one by one ("巡 察 公 告"), as a page sets a title."""
    # (a space opens such a text or follows its first character: most lines are refused at one look)
    if text[:1] not in _SPACES and text[1:2] not in _SPACES:
        return False
    return _LETTER_SPACED.fullmatch(text) is not None


# The marks that end a sentence inside a line (a heading holds none), as one search: a generator of seven substring
# tests cost three times as much.
_SENTENCE_MARK = re.compile("[。！？；!?;]")


def is_heading_like(content: str) -> bool:
    if heading_shape_at(content) is not None:
        return _SENTENCE_MARK.search(content) is None
    return False


def lines_join(
    head: str,
    last: str,
    following: str,
    *,
    headings_end: bool = True,
    folding: bool = True,
    folded: tuple[str, str, str] | None = None,
) -> bool:
    """Whether ``following`` continues the paragraph that starts with ``head`` and ends with line ``last``.

    ``headings_end``: a numbered heading without a full stop ends at its line (not so in plain text whose
    paragraphs start indented, where the indent tells where a paragraph starts). ``folding``: the text may hold
    traditional characters (False spares folding each line of a text that holds none). ``folded``: the three
    folded already, when the caller has them (the cleaner folds each line once); None to fold them here, as
    ``folding`` says.
    """
    if (
        "." in last[-2:]
        and _CUT_ADDRESS.search(last) is not None
        and _LATIN_START.match(following) is not None
    ):
        return True
    if (
        last.endswith(_DECIMAL_POINT_ENDS)  # one look spares most lines a search from every position
        and _CUT_DECIMAL.search(last) is not None
        and _DIGIT_START.match(following) is not None
    ):
        return True
    if ends_sentence(last) or last.endswith("|") or following.startswith("|"):  # a table row is a line
        return False
    if is_letter_spaced(head):  # a title spaced out ("巡 察 公 告") stands on its own line
        return False
    # The word grammars below read simplified characters: 關於…的通報 is a title as 关于…的通报 is.
    if folded is not None:
        head, last, following = folded
    elif folding:
        head, last, following = fold(head), fold(last), fold(following)
    heading = is_heading_like(head)
    # Where indents mark paragraphs, an unindented line is a wrap even when it starts like a marker
    # ("（1）修订办法，" / "（2）开展培训"), unless the paragraph so far is a heading.
    if heading_shape_at(following) is not None and (headings_end or heading):
        return False
    # A heading does not end on a particle or an opening mark: "…决策部署不到位的" / "问题" is one heading.
    if headings_end and heading and _DANGLING.search(last) is None:
        return False
    # (label_line_at: is_label_line without its call)
    if is_date_line(head) or is_date_line(following) or label_line_at(head) or label_line_at(following):
        return False
    # A headline alone on its line over a lead that opens as an opening does ("…开展第六轮巡察反馈工作" / "按照区委
    # 统一安排，…") is no wrap of it: a wrap breaks a line at the page's width, and the lead is many times longer.
    if (
        head is last
        and len(last) <= _HEADLINE_LONGEST
        and len(following) >= _WRAP_WIDER * len(last)
        and _SENTENCE_MARK.search(last) is None
        and opening_start(following) is not None
    ):
        return False
    # a name on a line of its own starts a title or a signature: "公开方式：主动公开" / "中共某某委员会"
    if is_body_name(following) and (following.startswith(("中共", "中国共产党")) or is_body_name(head)):
        return False
    if is_title_line(head) or _title_with_chrome(last) or is_chrome(following) or is_chrome(last):
        return False
    # A title wraps too ("…关于县委第一巡察组巡察反馈意见整" / "改情况的通报"); otherwise a title-like line
    # after an unfinished one starts afresh (page clutter above a title).
    return not is_title_line(following) or _TITLE_START.fullmatch(head) is not None


def _title_with_chrome(line: str) -> bool:
    """A title with chrome glued after it on its line: "关于…的通报 2023-12-05 来源：某某网"."""
    if not could_carry_title(line):
        return False
    # (the title ends at the end of its kind's word or later: the places before it, tried at every character by a
    # costly pattern, are not looked at)
    return any(
        is_title_line(line[: start.start()]) and is_chrome(line[start.start() :])
        for start in chrome_starts(line, title_word_end(line))
    )


def is_body_name(text: str) -> bool:
    """True when ``text`` is just the name of a body, as on a signature line ("中共某某县委员会")."""
    # (a name ends on the word of a body: one look refuses most lines, where the lazy pattern tries each length)
    return text.endswith(_BODY_SUFFIXES) and _BODY_NAME.fullmatch(text) is not None


def would_join(first: str, second: str) -> bool:
    """Whether two neighbouring plain paragraphs read as one cut by a page break or a hard wrap.

    >>> would_join("二是加强党", "员干部理论学习。"), would_join("一、总体情况", "整改有序推进。")
    (True, False)
    """
    return lines_join(first[:HEAD_LIMIT], first, second)


# A document-sharing site's preview shows a file as numbered chunks of its extracted text, one a line: "1、…",
# "2、…", each cut where the viewer's page ended, even inside a word ("…长岭镇20" / "3、23年政府工作报告").
# The numbers are the viewer's, not a list of the document's: a chunk is long and may stop in mid-word or
# mid-sentence, where a list item ends with a mark (。 ； a closing bracket) or is a short heading ("1、加强组织领导").
# (after an indent, in spaces or in a scraper's entities; int() reads digits of either width)
_CHUNK_NUMBER = LazyPattern(r"(?:[ \t\u3000\xa0\ufeff\u200b]|&(?:nbsp|ensp|emsp);)*([0-9０-９]{1,3})、")
# A chunk is a viewer's page of text: shorter than this, a line is an item or a heading.
_CHUNK_SHORTEST = 60
# A chunk that ends on one of these stops in mid-sentence, as no list item ends (…召开支部委员会, / 2、传达学习…).
_CLAUSE_MARKS = frozenset("，,、")


def _chunk_number(original: str, start: int, end: int) -> re.Match[str] | None:
    """The viewer's chunk number that the line ``original[start:end]`` opens with ("2、"), if any."""
    # (the look for 、 is a cheap first test: most lines open with no number)
    return _CHUNK_NUMBER.match(original, start, end) if "、" in original[start : start + 40] else None


def viewer_chunk_joins(
    original: str, starts: Sequence[int], ends: Sequence[int], whitespace: str
) -> Iterator[tuple[int, int]]:
    """Deletions that take a document-sharing preview's chunk numbers away and rejoin the text they cut.

    A run of lines numbered 1、 2、 3、 … in a row is a preview's chunks when every chunk but the last is long
    and one of them at least stops in mid-word or mid-sentence, after a comma (a viewer's page may happen to
    end with a sentence; a list's items end with a full stop, a semicolon, a bracket or their heading's word). The number goes; a chunk after the first continues the text of the chunk
    before it (a word cut in two is whole again), unless that one ended its sentence or the chunk starts a
    heading. ``starts`` and ``ends`` are the spans of the lines with content, ``whitespace`` what the cleaner
    trims."""
    # (a run opens with the number 1 (1、, 01、, １、): a text that holds neither 1、 nor １、, nearly every one, has
    # none, and its lines are not looked at)
    if "1、" not in original and "１、" not in original:
        return
    index = 0
    while index < len(starts):
        first = _chunk_number(original, starts[index], ends[index])
        if first is None or int(first.group(1)) != 1:
            index += 1
            continue
        run = [first]
        finished: list[bool] = []  # whether each chunk of the run but the last ends its sentence
        cut = False  # whether one of them stops in mid-word or mid-sentence
        while index + len(run) < len(starts):
            chunk = original[run[-1].end() : ends[index + len(run) - 1]].rstrip(whitespace)
            following = index + len(run)
            number = _chunk_number(original, starts[following], ends[following])
            if len(chunk) < _CHUNK_SHORTEST or number is None or int(number.group(1)) != len(run) + 1:
                break
            finished.append(chunk[-1] in FINAL_MARKS_BUT_DOT)
            cut = cut or chunk[-1].isalnum() or chunk[-1] in _CLAUSE_MARKS
            run.append(number)
        if cut:
            yield run[0].start(), run[0].end()
            for line, number in enumerate(run[1:], start=index + 1):
                if finished[line - index - 1] or heading_shape_at(original, number.end()) is not None:
                    yield number.start(), number.end()  # (a paragraph starts here, as the document has it)
                    continue
                previous_end = ends[line - 1]
                while original[previous_end - 1] in whitespace:
                    previous_end -= 1
                yield previous_end, number.end()
        index += len(run)
