"""Reading notices from files: encodings, HTML, PDF and Word, each giving the same notice as the plain text."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest

from xuncha import parse_notice
from xuncha.models import Notice, Section
from xuncha.sources import SourceError, decode, find_files, html_to_text, read_document

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample_notice.md"


def _paragraphs() -> list[str]:
    """The sample notice as plain paragraphs, its Markdown marks removed."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [re.sub(r"^#+\s*|\*\*", "", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


PLAIN = "\n\n".join(_paragraphs())


def _outline(notice: Notice) -> Any:
    """What must survive any file format: the tree, the findings, and every figure and date as read."""

    def section(s: Section) -> Any:
        return (
            s.level,
            s.ordinal,
            re.sub(r"\s", "", s.title),
            [section(child) for child in s.sections],
            [(f.number, re.sub(r"\s", "", f.title), len(f.measures)) for f in s.findings],
        )

    return (
        re.sub(r"\s", "", notice.title),
        notice.date,
        [section(s) for s in notice.sections],
        [(q.value, q.unit, q.qualifier, q.upper) for q in notice.iter_quantities()],
        [(p.start, p.end, p.relation) for p in notice.iter_periods()],
    )


EXPECTED = _outline(parse_notice(PLAIN))


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PLAIN.encode("utf-8"), "utf-8"),
        (PLAIN.encode("utf-8-sig"), "utf-8-sig"),
        (PLAIN.encode("utf-16"), "utf-16"),  # with its byte-order mark
        (PLAIN.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        (PLAIN.encode("gbk"), "gb18030"),
        (PLAIN.encode("gb18030"), "gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gbk", "gb18030"],
)
def test_every_encoding_gives_the_same_notice(data: bytes, encoding: str) -> None:
    document = read_document(data)
    assert document.encoding == encoding
    assert document.text == PLAIN
    assert _outline(document.parse_notice()) == EXPECTED


def test_a_named_encoding_is_used_and_checked() -> None:
    big5 = "巡察整改".encode("big5")
    assert decode(big5, encoding="big5") == ("巡察整改", "big5")
    with pytest.raises(SourceError, match=r"unknown encoding 'nope'"):
        decode(big5, encoding="nope")
    with pytest.raises(SourceError, match=r"^-:1:1: cannot decode the text \(tried utf-8\)$"):
        decode(big5, encoding="utf-8")


def test_undecodable_text_names_the_place_and_the_encodings_tried() -> None:
    data = "第一行\n第二行".encode() + b"\xff\xfe\xfd"
    with pytest.raises(SourceError) as caught:
        decode(data, source="notes/a.txt")
    error = caught.value
    assert (error.source, error.line, error.column) == ("notes/a.txt", 2, 10)
    assert str(error) == (
        "notes/a.txt:2:10: cannot decode the text (tried utf-8, gb18030); name its encoding (--encoding)"
    )
    assert isinstance(error, ValueError)


def test_binary_data_is_refused() -> None:
    with pytest.raises(SourceError, match="binary data"):
        decode(b"abc\x00def")


def test_wrong_argument_types_are_type_errors() -> None:
    with pytest.raises(TypeError, match="data must be bytes, not str"):
        decode("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="source must be a path or bytes, not int"):
        read_document(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="markup must be a str"):
        html_to_text(b"<p>")  # type: ignore[arg-type]


def test_a_missing_file_or_a_folder_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"missing\.txt: no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a directory"):
        read_document(tmp_path)


# --------------------------------------------------------------------------- HTML


def _page() -> str:
    """The sample notice as a web page, with the head, scripts, styles, comments and entities pages have."""
    title, *body = _paragraphs()
    paragraphs = "\n".join(f"  <p style='text-indent:2em'>{p.replace('》', '&#12299;')}</p>" for p in body)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>巡察整改 - 某某网</title>\n"
        "<style>p { margin: 0 }</style><script>var published = '2024年1月5日';</script></head>\n"
        f"<body><!-- 2024年1月1日 --><div class='nav'>首页 &gt; 巡察工作</div>\n<h1>{title}</h1>\n"
        f"{paragraphs}\n</body></html>\n"
    )


def test_html_drops_head_scripts_styles_and_comments() -> None:
    page = html_to_text(_page())
    assert "var published" not in page.text
    assert "某某网" not in page.text
    assert "p { margin" not in page.text
    assert "2024年1月1日" not in page.text
    assert page.text.startswith("首页 > 巡察工作\n\n中共青禾县")


def test_html_gives_the_same_notice_with_spans_into_the_markup() -> None:
    markup = _page()
    document = read_document(markup.encode("utf-8"), name="page.html")
    assert document.format == "html"
    assert document.original == markup
    notice = document.parse_notice()
    expected_title, expected_date, expected_sections, expected_figures, expected_dates = EXPECTED
    title, date, sections, figures, dates = _outline(notice)
    assert (title, date, sections, figures, dates) == (
        expected_title,
        expected_date,
        expected_sections,
        expected_figures,
        expected_dates,
    )
    spans = [(q.span, q.text) for q in notice.iter_quantities()] + [
        (p.span, p.text) for p in notice.iter_periods()
    ]
    for span, text in spans:
        assert span is not None
        assert markup[span.start : span.end] == text


def test_block_elements_start_lines_and_wrapped_chinese_joins() -> None:
    page = html_to_text("<div>一、总体\n    情况<br>二、问题 清单</div><ul><li>甲</li><li>乙</li></ul>")
    assert page.text == "一、总体情况\n二、问题 清单\n\n甲\n\n乙"


def test_unknown_entities_and_bad_character_references_stay_readable() -> None:
    # As browsers do: an unknown name stays as written, an impossible code point becomes U+FFFD.
    assert html_to_text("<p>&unknown; &#xD800; &#99999999;</p>").text == "&unknown \ufffd \ufffd"


# --------------------------------------------------------------------------- PDF and Word


def _wrap(paragraph: str, width: int = 34) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""]


def _pdf(paragraphs: list[str], *, lines_per_page: int = 36) -> bytes:
    pytest.importorskip("pypdf")
    reportlab = pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    del reportlab
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    lines = [line for paragraph in paragraphs for line in _wrap(paragraph)]
    for page, first in enumerate(range(0, len(lines), lines_per_page), start=1):
        pdf.setFont("STSong-Light", 11)
        for row, line in enumerate(lines[first : first + lines_per_page]):
            pdf.drawString(40, 800 - 20 * row, line)
        pdf.drawString(290, 40, f"- {page} -")  # the page number a printed notice carries
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_gives_the_same_notice_across_page_breaks_and_wraps() -> None:
    document = read_document(_pdf(_paragraphs()), name="notice.pdf")
    assert document.format == "pdf"
    assert "\f" in document.text  # pages stay pages
    assert _outline(document.parse_notice()) == EXPECTED


def test_a_pdf_without_text_is_a_clear_error() -> None:
    pytest.importorskip("pypdf")
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    scan = canvas.Canvas(buffer)
    scan.rect(50, 50, 400, 600, fill=1)  # an image-only page, as a scanner makes
    scan.showPage()
    scan.save()
    with pytest.raises(SourceError, match=r"scan\.pdf: the PDF has no text layer"):
        read_document(buffer.getvalue(), name="scan.pdf")


def test_a_broken_pdf_is_a_clear_error() -> None:
    pytest.importorskip("pypdf")
    with pytest.raises(SourceError, match=r"broken\.pdf: not a readable PDF"):
        read_document(b"%PDF-1.4\nnothing else", name="broken.pdf")


def _docx(paragraphs: list[str]) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    title, *body = paragraphs
    document.add_heading(title, level=1)
    for paragraph in body:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "附件"
    table.rows[0].cells[1].text = "无"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_gives_the_same_notice() -> None:
    document = read_document(_docx(_paragraphs()), name="notice.docx")
    assert document.format == "docx"
    assert document.text.endswith("附件\t无")
    assert _outline(parse_notice(document.text.removesuffix("\n附件\t无"))) == EXPECTED


def test_a_file_that_is_no_docx_is_a_clear_error() -> None:
    pytest.importorskip("docx")
    with pytest.raises(SourceError, match=r"x\.docx: not a readable \.docx file"):
        read_document(b"PK\x03\x04 broken", name="x.docx")


# --------------------------------------------------------------------------- folders


def test_find_files_walks_folders_in_order(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.html", "a.md", "b/skip.png", ".hidden/x.txt", "c/d/3.pdf"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in find_files([tmp_path])]
    assert found == ["a.md", "b/1.html", "b/2.txt", "c/d/3.pdf"]
    only_text = [Path(p).name for p in find_files([tmp_path], patterns=["*.txt"])]
    assert only_text == ["2.txt"]
    assert list(find_files(["-", tmp_path / "nope.txt"])) == ["-", str(tmp_path / "nope.txt")]
