"""The one character fold every grammar reads through: traditional to simplified, full-width to ASCII.

Each grammar (numbers, units, quantities, dates, markers, contacts) matches simplified characters and ASCII
digits and signs. Rather than spelling every variant in every pattern, the text is folded first, one character
for one, so that every offset found in the folded text is valid in the original.

The table is the union of what the grammars need. Adding a pair here makes every grammar accept it; nothing
else needs to change. Two financial numerals stay as they are (參, 陸): the numeral tables know them, and folding
them would turn 參 (participate) and 陸 (land) into digits in ordinary words.

>>> fold("截至１２月底，完成８０．５％，萬畝")
'截至12月底，完成80.5%，万亩'
>>> len(fold("兩個季度")) == len("兩個季度")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = [
    "FOLD_PAIRS",
    "Unglossed",
    "fold",
    "gloss_spans",
    "has_foldable",
    "may_hold_gloss",
    "without_glosses",
]

# Traditional characters the grammars use, each beside its simplified form.
_TRADITIONAL: Final = (
    "萬億個餘畝項條場處間輛臺筆噸塊點兩輪幾與歲戶層棟張門種類級屆隊組號週時鐘圓來區內"
    "約過於將數頃釐雙頁冊頭顆預節簽違鄰臨親貼趕達較為"
    "當後開從現階慶勞動國際陽負裏"
    # the words the parser reads: openings (根據…統一部署, 對…進行了常規巡視, 反饋), titles (關於…的通報),
    # closings and contact labels (聯繫電話, 郵政地址), finding and measure cues (問題, 針對, 辦結, 擬)
    "據統視對進規專饋見並黨團機聯會員廳縣鎮鄉務營銀庫學醫療檢審計財稅發領導關實簡稱駐書記報況辦"
    "歡誠摯懇請廣幹眾議係繫電話監舉諮詢傳郵訊網編碼問題堅決圍繞針結續斷爭擬劃銷獲暫確長訪"
    # counting words before a counter (連續三屆); the fixed terms after a count (三次產業, 兩件大事); the words
    # after a count of points (四點具體要求); a committee's sessions (四次執委會議)
    "連產業體執"
    # the words a date must not end or start inside (資本, 擔當, 說明, 隨後, 車次, 協同, 歷來, 齊全, 年輕, 年齡)
    # and the things given for a holiday (春節慰問費, 禮品, 紅包, 補貼, 購物卡)
    "資樣賬帳課劇標範讀腳藍擔適應馬線說證聲鮮聰闡講註載寫隨檔車屢協認贊歷齊輕齡費禮紅補購"
    # the lunar calendar a date may be given in (農曆十月初七, 陰曆)
    "農曆陰"
    # page chrome: a view counter (閱讀6213次) and a document site's reading widget (已閱讀4頁,還剩86頁未讀); a
    # news report's verb (19日發佈)
    "閱還佈"
    # the counter of livestock (存欄1.03億隻), the kinds counted after 大 (五大挑戰, 四大戰略) and the items of a
    # circular (通報典型問題18則)
    "隻戰則"
    # a news photo's caption (圖為24日，…)
    "圖"
)
_SIMPLIFIED: Final = (
    "万亿个余亩项条场处间辆台笔吨块点两轮几与岁户层栋张门种类级届队组号周时钟元来区内"
    "约过于将数顷厘双页册头颗预节签违邻临亲贴赶达较为"
    "当后开从现阶庆劳动国际阳负里"
    "据统视对进规专馈见并党团机联会员厅县镇乡务营银库学医疗检审计财税发领导关实简称驻书记报况办"
    "欢诚挚恳请广干众议系系电话监举咨询传邮讯网编码问题坚决围绕针结续断争拟划销获暂确长访"
    "连产业体执"
    "资样账帐课剧标范读脚蓝担适应马线说证声鲜聪阐讲注载写随档车屡协认赞历齐轻龄费礼红补购"
    "农历阴"
    "阅还布"
    "只战则"
    "图"
)
# Full-width digits and signs the grammars read in their narrow form (ASCII, and ¥ for the yen sign ￥).
# (Full-width punctuation such as ，：（） stays: the grammars treat both widths alike where it matters, a
# property the quantity tests check, and the text keeps the issuer's choice.)
# (with the small form variants of the point and the marks, ﹒ ﹐ ﹔ ﹕, as some pages set a marker: 1﹒; and the
# horizontal bar ―, which pages decoded from GBK print for the dash: 2021―2030年; and the care-of sign ℅, which an
# input method offers beside the percent sign and some pages print for it: 增长14℅)
_WIDE: Final = "０１２３４５６７８９．％／－～Ｏ￥﹒﹐﹔﹕―℅"
_NARROW: Final = "0123456789.%/-~〇¥.,;:—%"

#: Every (from, to) pair of the fold, for documentation and tests.
FOLD_PAIRS: Final[tuple[tuple[str, str], ...]] = tuple(
    zip(_TRADITIONAL + _WIDE, _SIMPLIFIED + _NARROW, strict=True)
)

# Each foldable character's fold.
_FOLDED: Final = dict(FOLD_PAIRS)
# Most notices need no folding at all: find the few characters that do instead of translating every one. Split at
# each of them (kept, in the odd places of the split), a text is folded by a look-up of each: the engine, map and
# str.join do it in C, where a substitution called back into Python for every run of them (twice as slow).
_SPLIT_AT_FOLDABLE: Final = re.compile(f"([{re.escape(_TRADITIONAL + _WIDE)}])")
# One foldable character, for the test whether a text holds any: a search for a class alone skips from one
# character of the class to the next, where ``[…]+`` is tried at every position (three times slower over a
# notice that holds none, and every notice is searched whole).
_FOLDABLE_CHARACTER: Final = re.compile(f"[{re.escape(_TRADITIONAL + _WIDE)}]")


def has_foldable(text: str) -> bool:
    """Whether ``text`` holds a character that :func:`fold` changes."""
    return _FOLDABLE_CHARACTER.search(text) is not None


def fold(text: str) -> str:
    """``text`` with every foldable character replaced by its simplified or ASCII form; same length, same offsets."""
    if _FOLDABLE_CHARACTER.search(text) is None:
        return text
    pieces = _SPLIT_AT_FOLDABLE.split(text)
    pieces[1::2] = map(_FOLDED.__getitem__, pieces[1::2])
    return "".join(pieces)


# --------------------------------------------------------------------------- pinyin glosses

#: The vowels of pinyin with a tone mark.
_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: The syllables of Mandarin in pinyin without tones, by initial (the zero initial first); one of two letters or
#: more is a gloss even without its tone, as some mirrors print them (今(jin)年, 萬(wan)元).
_SYLLABLE_LINES: Final = """
    ai an ang ao ei en eng er ou
    ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
    ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
    chuang chui chun chuo ci cong cou cu cuan cui cun cuo
    da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
    fa fan fang fei fen feng fo fou fu
    ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
    ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
    ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lü lüe lv lve
    ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
    na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe nv nve
    pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
    qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
    ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
    sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan
    shuang shui shun shuo si song sou su suan sui sun suo
    ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    wa wai wan wang wei wen weng wo wu
    xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
    ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
    za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
    zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
"""
_SYLLABLES: Final = tuple(_SYLLABLE_LINES.split())


def _syllable_alternatives() -> str:
    """_SYLLABLES as one alternative per first letter, each of its rests longest first: at a bracket the engine
    tests a letter per alternative, not each of the 410 syllables."""
    rests: dict[str, list[str]] = {}
    for syllable in _SYLLABLES:
        rests.setdefault(syllable[0], []).append(syllable[1:])
    return "|".join(
        f"{first}(?:{'|'.join(sorted(words, key=len, reverse=True))})" for first, words in rests.items()
    )


#: A pinyin gloss printed after a character, in brackets of either width: 萬(wàn), 個(gè), 點(diǎn), with a tone
#: digit: 萬(wan4), or without a tone: 萬(wan). One syllable of lowercase letters, with a tone (a mark or a digit) or
#: one of _SYLLABLES, so that a Latin word or acronym in brackets (GDP), (county) and a list's (a) stay text.
_GLOSS: Final = re.compile(
    rf"""
    [(（]                                              # (right after a Chinese character: gloss_spans)
    (?:[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,4}}            # a syllable with a tone mark
      | [a-zü]{{1,6}}[1-5]                             # or with a tone digit
      | (?:{_syllable_alternatives()}))                # or a whole syllable without its tone
    [)）]
    """,
    re.VERBOSE,
)

#: A view of a text without its glosses, and the map of its spans back into the text.
Unglossed = tuple[str, Callable[[int, int], tuple[int, int]]]


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the pinyin glosses in ``text``: a gloss reads the character before it aloud and is no text of
    its own, so grammars read through it (52816萬(wàn)元 is 52816 万元).

    >>> gloss_spans("增加值4486萬(wàn)元，GDP(GDP)")
    [(8, 13)]
    """
    # Each bracket is found by str.find (a regular expression scans every character, three times slower), and the
    # gloss is matched there; glosses hold no bracket, so they cannot overlap (as finditer would read them). A gloss
    # may follow another, as a converter that ran twice prints them (個(ge)(ge)): the brackets are read in order.
    spans: list[tuple[int, int]] = []
    last_end = -1  # where the last gloss found ends
    narrow, wide = text.find("(", 1), text.find("（", 1)  # (a gloss follows a character)
    while narrow != -1 or wide != -1:
        at = wide if narrow == -1 or (wide != -1 and wide < narrow) else narrow
        if (
            ("\u4e00" <= text[at - 1] <= "\u9fff" or at == last_end)
            and text[at + 1 : at + 2] in _GLOSS_STARTS  # (most brackets open Chinese text or digits)
            and (match := _GLOSS.match(text, at)) is not None
        ):
            spans.append(match.span())
            last_end = match.end()
        if at == narrow:
            narrow = text.find("(", at + 1)
        else:
            wide = text.find("（", at + 1)
    return spans


def may_hold_gloss(line: str) -> bool:
    """A fast test that spares most lines with brackets :func:`gloss_spans`: whether a gloss's shape is in ``line``
    anywhere (one search, where gloss_spans tests each bracket in Python)."""
    return _GLOSS.search(line) is not None


#: The characters a gloss starts with inside its bracket (_GLOSS's second character): a letter of pinyin.
_GLOSS_STARTS: Final = frozenset("abcdefghijklmnopqrstuvwxyzü" + _TONED)


def without_glosses(text: str) -> Unglossed | None:
    """``text`` with its pinyin glosses left out, and a map from a span of that view to the span of ``text``
    that holds the same characters (a gloss right after the span's last character is part of it); None when
    the text has no gloss, which is almost always.

    >>> plain, to_text = without_glosses("下降2.9個(gè)百分點(diǎn)")
    >>> plain, to_text(2, 9), "下降2.9個(gè)百分點(diǎn)"[slice(*to_text(2, 9))]
    ('下降2.9個百分點', (2, 19), '2.9個(gè)百分點(diǎn)')
    """
    # no bracket, no gloss (the text of a line or two, most often): one look spares the search
    if "(" not in text and "（" not in text:
        return None
    spans = gloss_spans(text)
    if not spans:
        return None
    # For each kept character, where it starts in the text and where it ends there (its gloss included).
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[str] = []
    position = 0
    for gloss_start, gloss_end in spans:
        starts.extend(range(position, gloss_start))
        ends.extend(range(position + 1, gloss_start + 1))
        ends[-1] = gloss_end  # the gloss belongs to the character it reads
        pieces.append(text[position:gloss_start])
        position = gloss_end
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    pieces.append(text[position:])

    def to_text(start: int, end: int) -> tuple[int, int]:
        if end <= start:
            point = starts[start] if start < len(starts) else len(text)
            return point, point
        return starts[start], ends[end - 1]

    return "".join(pieces), to_text
