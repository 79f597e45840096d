"""The grammars the parser shares with the cleaner and the models: list markers and contacts."""

from __future__ import annotations

import pytest

from xuncha import _contacts
from xuncha._lines import is_label_line
from xuncha._markers import (
    MarkerKind,
    heading_at,
    heading_shape_at,
    measure_markers,
    numeral_span,
    parse_marker,
)
from xuncha.errors import NumberError
from xuncha.models import Contact, ContactKind
from xuncha.parsing import _closing

# --------------------------------------------------------------------------- markers

HEADINGS = [
    ("一、", MarkerKind.NUMERAL_COMMA, 1, 1),
    ("十二．", MarkerKind.NUMERAL_COMMA, 1, 12),
    ("貳、", MarkerKind.NUMERAL_COMMA, 1, 2),
    ("第三部分", MarkerKind.PART, None, 3),  # a part: above the four levels, it opens a level-1 section
    ("（四）", MarkerKind.PAREN_NUMERAL, 2, 4),
    ("( 五 )", MarkerKind.PAREN_NUMERAL, 2, 5),
    ("六）", MarkerKind.PAREN_NUMERAL, 2, 6),
    ("7.", MarkerKind.DIGIT_DOT, 3, 7),
    ("８、", MarkerKind.DIGIT_DOT, 3, 8),
    ("⒐", MarkerKind.DIGIT_DOT, 3, 9),
    ("(10)", MarkerKind.PAREN_DIGIT, 4, 10),
    ("11）", MarkerKind.PAREN_DIGIT, 4, 11),
    ("⑿", MarkerKind.PAREN_DIGIT, 4, 12),
]


@pytest.mark.parametrize(("written", "kind", "level", "ordinal"), HEADINGS)
def test_every_heading_shape_is_read_alike_by_the_parser_the_cleaner_and_parse_marker(
    written: str, kind: MarkerKind, level: int | None, ordinal: int
) -> None:
    marker = parse_marker(written)
    assert (marker.kind, marker.level, marker.ordinal) == (kind, level, ordinal)
    assert marker.section_level == (level or 1)
    found = heading_at(f"\u3000{written}标题")
    assert found is not None
    assert found.marker == marker
    assert (found.start, found.end) == (1, 1 + len(written))
    assert heading_shape_at(f"{written}标题") is not None


def test_a_digit_may_follow_the_comma_of_a_heading_but_not_the_dot() -> None:
    found = heading_at("一、2023年预算执行情况")
    assert found is not None
    assert (found.marker.text, found.marker.level) == ("一、", 1)
    found = heading_at("2、1-3月份主要指标")
    assert found is not None
    assert (found.marker.text, found.marker.level) == ("2、", 3)
    assert heading_at("一.5倍") is None
    assert heading_at("1.5亿元") is None


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("1.2023年工作总结", 1),
        ("2.2023级本科新生报到", 2),  # a class's year
        ("3.2024届毕业生离校", 3),
        ("1.2023-2024学年教学周共计40周", 1),  # an academic year's two years
        ("1.2021-2022-1学期补考", 1),
        ("2.111年度直辖市自筹财源", 2),  # a Minguo year
    ],
)
def test_a_year_may_follow_a_list_numbers_dot(text: str, ordinal: int) -> None:
    # No decimal has four places before 年, 级 or 届, nor three before 年: the number before the dot is the marker.
    found = heading_at(text)
    assert found is not None
    assert (found.marker.text, found.marker.level, found.marker.ordinal) == (f"{ordinal}.", 3, ordinal)


@pytest.mark.parametrize("text", ["1.2023万元", "3.2批次", "1.1234年", "2.99年", "1.2023万人次"])
def test_a_decimal_before_a_unit_is_no_heading(text: str) -> None:
    assert heading_at(text) is None


@pytest.mark.parametrize("text", ["2023.", "1.5亿元", "5%）", "一是", "第一", "零、", "第十二届"])
def test_what_is_not_a_heading(text: str) -> None:
    assert heading_at(text) is None


def test_measure_markers_start_a_clause_and_keep_their_punctuation() -> None:
    text = "措施：一是建立制度，二是：开展培训；第三，完善台账。④落实责任。(5)跟踪问效。其中之一是示范。一是否可行"
    found = [(m.marker.text, m.marker.kind, m.marker.ordinal) for m in measure_markers(text)]
    assert found == [
        ("一是", MarkerKind.NUMERAL_SHI, 1),
        ("二是：", MarkerKind.NUMERAL_SHI, 2),
        ("第三，", MarkerKind.ORDINAL, 3),
        ("④", MarkerKind.CIRCLED, 4),
        ("(5)", MarkerKind.PAREN_DIGIT, 5),
    ]
    for match in measure_markers(text):
        assert text[match.start : match.end] == match.marker.text
    # 第一 with no punctuation after it is an adjective (第一议题); the start of the range is a clause start.
    assert [m.marker.text for m in measure_markers("落实第一议题制度。一是学习", 2)] == ["一是"]
    assert [m.start for m in measure_markers("甲。二是乙", 1, 5)] == [2]


def test_numeral_span_finds_the_number_in_a_marker() -> None:
    assert [numeral_span(m) for m in ("（十二）", "3.", "二是，", "第四", "⑤", "无")] == [
        (1, 3),
        (0, 1),
        (0, 1),
        (1, 2),
        (0, 1),
        None,
    ]


def test_parse_marker_refuses_what_is_not_a_marker() -> None:
    for text in ("第十二届", "零、", "abc", ""):
        with pytest.raises(NumberError, match="not a list marker"):
            parse_marker(text)
    with pytest.raises(TypeError, match="marker must be a str"):
        parse_marker(3)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- contacts


def test_every_label_is_read_by_the_parser_the_cleaner_and_the_closing() -> None:
    for label, kind, _ in _contacts.LABELS:
        assert is_label_line(f"{label}：x"), label
        assert is_label_line(f"{label}: x"), label
        match = _contacts.label_pattern().match(f"{label}：")
        assert match is not None
        assert match.group("label") == label
        assert _contacts.kind_of_label(label) == kind
        assert _contacts.opens_closing(f"{label}：")


def test_the_models_and_the_parser_share_one_value_grammar() -> None:
    closing = "联系电话：0371-12345678；通信地址：某市某路1号（450000）；电子邮箱：xcb@example.cn；网址：www.example.cn"
    read = {(c.kind, c.value) for c in _closing.contacts(closing)}
    assert read == {
        (ContactKind.PHONE, "0371-12345678"),
        (ContactKind.POSTAL_ADDRESS, "某市某路1号"),
        (ContactKind.POSTCODE, "450000"),
        (ContactKind.EMAIL, "xcb@example.cn"),
        (ContactKind.WEBSITE, "www.example.cn"),
    }
    for kind, value in read:
        assert _contacts.value_problem(kind.value, value) is None


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (ContactKind.EMAIL, "xcb@example.cn\n"),
        (ContactKind.PHONE, "0371-12345678\n"),
        (ContactKind.POSTCODE, "450000\n"),
        (ContactKind.WEBSITE, "www.example.cn\n"),
    ],
)
def test_a_whole_value_is_matched_whole_so_a_trailing_newline_is_refused(
    kind: ContactKind, value: str
) -> None:
    assert _contacts.value_problem(kind.value, value) is not None
    with pytest.raises(ValueError, match="value"):
        Contact(kind, value)


class _CountingText(str):
    """A text that counts the characters a scan reads one at a time."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return str.__getitem__(self, key)


@pytest.mark.parametrize("unit", ["a", "a@", "ab.c@", "1", "a" * 70 + "@", "x@b.", "a@b.cn ", "@"], ids=repr)
def test_the_email_scan_reads_each_character_a_bounded_number_of_times(unit: str) -> None:
    # A run of letters before no @ once cost one pass per starting position (80,000 characters: 7.7 s).
    # Counted, not timed: the characters read one by one grow with the text, never with its square.
    counts = []
    for repeat in (500, 2_000):
        text = _CountingText(unit * repeat)
        _CountingText.reads = 0
        found = list(_contacts.find_emails(text))
        counts.append(_CountingText.reads)
        assert all(_contacts.value_problem("email", match.group()) is None for match in found)
        assert counts[-1] <= 2 * len(text)
    assert counts[1] <= 4 * counts[0] + 8


def test_the_email_scan_finds_what_the_pattern_finds() -> None:
    import re

    pattern = re.compile(_contacts.EMAIL)
    for text in [
        "请发至 xcb@example.cn 或 a.b-c@mail.example.org。",
        "a@b@c.cn d@e.f gh@ij.kl",
        "联系 x@y.z @@ q@r.st.",
        "电子邮箱:jw_2023@gov.example.cn,网址:www.example.cn",
    ]:
        assert [m.group() for m in _contacts.find_emails(text)] == [m.group() for m in pattern.finditer(text)]


def test_contacts_in_the_body_of_an_announcement_table_rows_and_spaced_labels() -> None:
    from xuncha import parse_notice

    text = (
        "十四届县委第三轮巡察公告\n\n"
        "根据县委统一部署,县委第二巡察组于2023年4月3日至5月19日对县审计局党组开展常规巡察。现公告如下:\n\n"
        "一、受理信访方式\n\n"
        "(一)来访接待室:县审计局三楼302室\n\n"
        "(二)专门值班电话:手机15100000001\n\n"
        "(三)举报电子邮箱:sjj_xc2@example.cn\n\n"
        "(四)巡察信箱:设在县审计局一楼大厅\n\n"
        "专门值班电话 | 0553-2590001 15200000002 (工作日8:00-18:00) |\n\n"
        "电 话:0553-2590003\n\n"
        "巡察期间设有举报信箱和信访接待室,受理来信来访。\n"
    )
    notice = parse_notice(text)
    assert [(c.kind.value, c.value) for c in notice.contacts] == [
        ("postal_address", "县审计局三楼302室"),
        ("phone", "15100000001"),
        ("email", "sjj_xc2@example.cn"),
        ("phone", "0553-2590001"),
        ("phone", "15200000002"),
        ("phone", "0553-2590003"),
    ]
    # A box set up on the premises (巡察信箱, 举报信箱) is no postal address, nor is 信箱 without a colon.
    assert all("大厅" not in c.value and "接待室," not in c.value for c in notice.contacts)


def test_a_phone_label_reads_the_numbers_listed_after_it_not_every_figure_of_the_sentence() -> None:
    closing = "举报电话:15800000724,接听时间为工作日早8点至晚6点,电子邮箱:xc2@163.com。"
    read = [(c.kind.value, c.value) for c in _closing.contacts(closing)]
    assert read == [("phone", "15800000724"), ("email", "xc2@163.com")]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("举报热线：0371-1234567。", [(ContactKind.PHONE, "0371-1234567", "热线")]),
        (
            "座机：0371-1234567，手机：13800000000。",
            [(ContactKind.PHONE, "0371-1234567", "座机"), (ContactKind.PHONE, "13800000000", "手机")],
        ),
        ("电子邮件：xcb@example.cn。", [(ContactKind.EMAIL, "xcb@example.cn", "电子邮件")]),
        # 地址 after an e-mail label belongs to it: no postal address labelled 地址
        ("电子邮件地址：xcb@example.cn。", [(ContactKind.EMAIL, "xcb@example.cn", "电子邮件地址")]),
        ("邮箱地址: xcb@example.cn", [(ContactKind.EMAIL, "xcb@example.cn", "邮箱地址")]),
        (
            "通信地址：某市某路1号，热线：12388。",
            [(ContactKind.POSTAL_ADDRESS, "某市某路1号", "通信地址"), (ContactKind.PHONE, "12388", "热线")],
        ),
    ],
)
def test_the_labels_the_checker_once_kept_to_itself_are_read_by_the_parser(
    closing: str, expected: list[tuple[ContactKind, str, str]]
) -> None:
    assert [(c.kind, c.value, c.label) for c in _closing.contacts(closing)] == expected


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_the_checker_reads_a_value_after_every_label_of_the_grammar(kind: str) -> None:
    from xuncha.checks import check
    from xuncha.models import Notice

    value, code = (
        ("0393-777512", "malformed-phone") if kind == "phone" else ("xcb#example.cn", "malformed-email")
    )
    labels = [label for label, of, _ in _contacts.LABELS if of == kind]
    assert labels
    for label in labels:
        assert [d.code for d in check(Notice("通报"), source=f"{label}：{value}。")] == [code], label


def test_an_office_location_is_an_address_contact() -> None:
    from xuncha import parse_notice

    text = (
        "巡 察 公 告\n\n"
        "根据市委统一部署，市委第六巡察组于2020年10月28日至12月28日对市统计局党组开展常规巡察。\n\n"
        "巡察组办公地点:某某市北二环路某某宾馆\n"
        "邮政编码:710016\n"
        "联系电话:19991200006\n"
    )
    contacts = [(c.kind.value, c.value) for c in parse_notice(text).contacts]
    assert ("postal_address", "某某市北二环路某某宾馆") in contacts


def test_where_a_box_is_set_up_is_an_address_contact() -> None:
    from xuncha import parse_notice

    opening = "巡察公告\n\n根据校党委统一部署，校党委第二巡察组对某学院党委开展巡察。\n\n"
    for line, place in (
        ("信访意见箱设置地点:外语楼一楼大厅。", "外语楼一楼大厅"),
        ("举报箱放置地点：图书馆东门", "图书馆东门"),
        ("意见箱设置位置：行政楼二楼", "行政楼二楼"),
    ):
        contacts = [(c.kind.value, c.value) for c in parse_notice(opening + line + "\n").contacts]
        assert contacts == [("postal_address", place)], line


def test_a_box_placed_in_a_sentence_gives_its_place_only() -> None:
    # "信箱:在…设置联系信箱" tells the place in a sentence: the address is the place, not the sentence.
    for line, place in (
        ("设立专门信箱:在材料与化工学院三楼办公室门口设置联系信箱;", "材料与化工学院三楼办公室门口"),
        ("信箱：在行政楼一楼大厅放置了意见箱。", "行政楼一楼大厅"),
    ):
        contacts = [(c.kind.value, c.value) for c in _closing.contacts(line)]
        assert contacts == [("postal_address", place)], line
    # An address that merely starts with 在 and places no box is kept whole.
    contacts = [(c.kind.value, c.value) for c in _closing.contacts("地址：在水一方小区3号楼。")]
    assert contacts == [("postal_address", "在水一方小区3号楼")]


def test_an_address_ends_at_the_next_labelled_contact_run_into_it() -> None:
    # A page that lost its line breaks runs the contact lines together: each address ends where the next label
    # and its colon begin.
    closing = "巡察组办公地点:某某市北二环路某某宾馆邮政信箱:某某市北二环路某某宾馆转市委第六巡察组邮政编码:710016联系电话:19991200006"
    assert [(c.kind.value, c.value) for c in _closing.contacts(closing)] == [
        ("postal_address", "某某市北二环路某某宾馆"),
        ("postal_address", "某某市北二环路某某宾馆转市委第六巡察组"),
        ("postcode", "710016"),
        ("phone", "19991200006"),
    ]
    assert [
        (c.kind.value, c.value) for c in _closing.contacts("通信地址：某市某路1号电话：0000-1234567")
    ] == [
        ("postal_address", "某市某路1号"),
        ("phone", "0000-1234567"),
    ]
