"""Reports: the HTML of a notice page and of a corpus site, read as a person's browser shows them.

The browser tests run headless Chromium (the system's, /usr/bin/chromium, installed by .ci/run) through
Playwright, read the rendered DOM, fail on any console error or any request beyond the page itself, and keep
a screenshot of each page (in XUNCHA_SCREENSHOTS when set, else in the test's temporary folder).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import xuncha
from xuncha._commitments import commitments

pytest.importorskip("jinja2")
from xuncha.report import corpus_report, notice_report

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = (ROOT / "examples" / "sample_notice.md").read_text(encoding="utf-8")
REFERENCE = dt.date(2024, 6, 1)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _Elements(HTMLParser):
    """Every element of a page with its attributes and its text, as a static HTML reader sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[dict[str, Any]] = []
        self.elements: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in ("meta", "br", "link", "img", "input"):
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element["text"] += data


def _elements(page: str) -> list[dict[str, Any]]:
    reader = _Elements()
    reader.feed(page)
    return reader.elements


def test_every_figure_and_date_is_marked_at_its_exact_span() -> None:
    notice = xuncha.parse_notice(SAMPLE)
    elements = _elements(notice_report(SAMPLE, source="sample_notice.md"))
    figures = [e for e in elements if e["attrs"].get("data-kind") == "quantity"]
    dates = [e for e in elements if e["attrs"].get("data-kind") == "period"]
    quantities = list(notice.iter_quantities())
    periods = list(notice.iter_periods())
    assert [e["text"] for e in figures] == [q.text for q in quantities]
    assert [e["attrs"]["data-value"] for e in figures] == [str(q.value) for q in quantities]
    assert [e["attrs"]["data-unit"] for e in figures] == [q.unit or "" for q in quantities]
    assert [e["text"] for e in dates] == [p.text for p in periods]
    assert [e["attrs"]["data-end"] for e in dates] == [p.end.isoformat() if p.end else "" for p in periods]
    assert all(e["attrs"]["tabindex"] == "0" for e in figures + dates)  # focus shows the value as hover does


def test_the_source_text_is_kept_whole() -> None:
    page = notice_report(SAMPLE)
    [source] = [e for e in _elements(page) if e["attrs"].get("class") == "source"]
    anchors = [e for e in _elements(page) if e["attrs"].get("class") == "diagnostic-anchor"]
    text = source["text"]
    for anchor in anchors:  # footnote numbers are the only additions
        text = text.replace(anchor["text"] + anchor["text"], anchor["text"], 0)
    without_numbers = "".join(ch for ch in text if not ch.isdigit())
    assert without_numbers == "".join(ch for ch in SAMPLE if not ch.isdigit())


def test_markup_in_a_notice_is_shown_as_text() -> None:
    text = '中共<script>alert("x")</script>某县委关于巡察整改情况的通报\n\n一、总体情况\n\n已追回资金<b>12万元</b>&amp;。'
    page = notice_report(text, source="<img src=x onerror=alert(1)>")
    elements = _elements(page)
    assert not [e for e in elements if e["tag"] in ("script", "img", "b")]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    # The title is the parser's (it drops inline tags); the source text shows every character as written.
    assert [e["text"] for e in elements if e["tag"] == "h1"] == [xuncha.parse_notice(text).title]
    [source] = [e for e in elements if e["attrs"].get("class") == "source"]
    assert '<script>alert("x")</script>' in source["text"]
    assert "<b>12万元</b>&amp;" in source["text"]
    assert "<img src=x onerror=alert(1)>" in [e["text"] for e in elements if e["tag"] == "dd"]


def test_the_page_fetches_nothing() -> None:
    page = notice_report(SAMPLE)
    for attribute in ("src=", 'href="http', "href='http", "url(", "@import"):
        assert attribute not in page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine (.ci/run installs it)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


def _open(browser: Any, path: Path, screenshot: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(path.as_uri())
    page.screenshot(path=str(screenshot), full_page=True)
    return page, requests, problems


def _screenshots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("XUNCHA_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_notice_page_in_chromium(browser: Any, tmp_path: Path) -> None:
    notice = xuncha.parse_notice(SAMPLE)
    diagnostics = xuncha.check(SAMPLE)
    path = tmp_path / "notice.html"
    path.write_text(notice_report(SAMPLE, source="sample_notice.md", reference=REFERENCE), encoding="utf-8")
    page, requests, problems = _open(browser, path, _screenshots(tmp_path) / "notice.png")
    assert requests == [path.as_uri()]
    assert problems == []
    marked = page.eval_on_selector_all("mark[data-kind=quantity]", "els => els.map(e => e.textContent)")
    assert marked == [q.text for q in notice.iter_quantities()]
    dated = page.eval_on_selector_all("mark[data-kind=period]", "els => els.map(e => e.textContent)")
    assert dated == [p.text for p in notice.iter_periods()]
    codes = page.eval_on_selector_all("span.diagnostic", "els => els.map(e => e.dataset.code)")
    assert codes == [d.code for d in diagnostics if d.span is not None]
    deadlines = page.eval_on_selector_all(
        "svg.timeline g.deadline", "els => els.map(e => e.dataset.deadline)"
    )
    promised = commitments(notice, reference=REFERENCE)
    assert deadlines == [c.deadline.end.isoformat() for c in promised if c.deadline and c.deadline.end]
    # Keyboard focus shows the value read, as hover does.
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.dataset.kind || document.activeElement.tagName")
    assert focused in ("quantity", "period", "A")
    first = page.locator("mark[data-kind=quantity]").first
    first.focus()
    label = page.evaluate("getComputedStyle(document.activeElement, '::after').getPropertyValue('content')")
    assert first.get_attribute("data-label") in label


def test_corpus_site_in_chromium(browser: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_notices.py"), str(corpus), "--count", "25"],
        check=True,
        capture_output=True,
    )
    (corpus / "broken.txt").write_bytes(b"\x00\x01 binary")
    site = tmp_path / "site"
    errors = corpus_report(
        sorted(str(p) for p in corpus.iterdir()), site, jobs=2, reference=dt.date(2026, 1, 1)
    )
    assert len(errors) == 1
    assert "broken.txt" in errors[0]
    page, requests, problems = _open(browser, site / "index.html", _screenshots(tmp_path) / "index.png")
    assert requests == [(site / "index.html").as_uri()]
    assert problems == []
    assert page.locator("tr[data-kind=notice]").count() == 25
    assert page.locator("svg.chart").count() == 4
    # Sorting by the findings column puts the counts in order, both ways.
    page.get_by_role("button", name="问题 Findings").click()
    ascending = page.eval_on_selector_all(
        "tr[data-kind=notice] td:nth-child(4)", "els => els.map(e => +e.textContent)"
    )
    assert ascending == sorted(ascending)
    page.get_by_role("button", name="问题 Findings").click()
    descending = page.eval_on_selector_all(
        "tr[data-kind=notice] td:nth-child(4)", "els => els.map(e => +e.textContent)"
    )
    assert descending == sorted(ascending, reverse=True)
    # Every notice's page is there and opens.
    links = page.eval_on_selector_all("tr[data-kind=notice] a", "els => els.map(e => e.getAttribute('href'))")
    assert len(links) == 25
    assert all((site / link).exists() for link in links)
    page.click(f"a[href='{links[0]}']")
    assert page.locator("mark[data-kind=quantity]").count() > 0


def test_the_page_shows_the_notices_own_progress() -> None:
    from xuncha.report._page import read_view

    text = "方案確定的468項(xiàng)整改任務(wù)，已完成整改251項(xiàng)，完成率約53.6%。"
    view = read_view(text, reference=None)
    assert [statement for statement, _ in view.progress] == list(view.notice.progress)
    assert len(view.progress) == 1


def test_the_page_parses_its_text_once(parse_calls: list[str]) -> None:
    from xuncha.report._page import read_view

    view = read_view(SAMPLE, reference=REFERENCE)
    assert len(parse_calls) == 1
    assert list(view.diagnostics) == xuncha.check(SAMPLE)
