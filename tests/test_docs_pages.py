"""The built documentation shows every example as code a reader can copy and run.

In Markdown a bare ``>>>`` line is a block quote, and Sphinx's smart quotes turn straight quotes into curly
ones, which Python refuses; the doctests still pass on the source, so only the built pages show it. These tests
read the HTML that ``tox -e docs`` builds into docs/_build/html (that environment names it in XUNCHA_DOCS_HTML;
elsewhere the built-page test is skipped) and the README rendered as CommonMark, the way the package index and
code hosts show it:

- no ``>>>`` outside a code block;
- every example in a code block compiles, and a curly quote appears in it only inside a string literal.
"""

from __future__ import annotations

import html
import io
import os
import re
import tokenize
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
# `tox -e docs` names the folder it has just built; other runs (tox runs its environments in parallel, so a
# test environment could read pages the docs environment is still writing) skip the built-page test.
_NAMED = os.environ.get("XUNCHA_DOCS_HTML")
BUILT = Path(_NAMED) if _NAMED else ROOT / "docs" / "_build" / "html"
CURLY = "“”‘’"


class _Page(HTMLParser):
    """The text outside code, and each code block's language and text, of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.prose: list[str] = []
        self.blocks: list[tuple[str, str]] = []
        self._pre = 0  # inside <pre>: a code block
        self._code = 0  # inside inline <code>
        self._skip = 0  # inside <script> or <style>
        self._language = ""  # from class="highlight-LANG" (Sphinx) or "language-LANG" (CommonMark)
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = re.search(r"(?:highlight|language)-([\w+-]+)", dict(attrs).get("class") or "")
        if found and not self._pre:
            self._language = found.group(1)
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag == "pre":
            if not self._pre:
                self._current = []
            self._pre += 1
        elif tag == "code":
            self._code += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag == "pre" and self._pre:
            self._pre -= 1
            if not self._pre:
                self.blocks.append((self._language, "".join(self._current)))
                self._language = ""
        elif tag == "code" and self._code:
            self._code -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            self._current.append(data)
        elif not self._code:
            self.prose.append(data)


def _read(page_html: str) -> _Page:
    page = _Page()
    page.feed(page_html)
    page.close()
    return page


def _examples(block: str) -> list[str]:
    """The source of each doctest example in a pycon block (prompts removed)."""
    examples: list[list[str]] = []
    for line in block.splitlines():
        if line.startswith(">>>"):
            examples.append([line[4:]])
        elif line.startswith("...") and examples:
            examples[-1].append(line[4:])
    return ["\n".join(lines) + "\n" for lines in examples]


def _problems(page_html: str, source: str = "") -> list[str]:
    """What is wrong with the examples of one page; ``source`` is its Markdown, whose examples must show as code.

    A bare ``>>> x`` line of Markdown is three nested block quotes holding ``x``: its prompts vanish, so it is
    found by looking for each example line of the source in the page's code blocks.
    """
    page = _read(page_html)
    problems: list[str] = []
    code = "\n".join(block for _, block in page.blocks)
    for line in source.splitlines():
        # Sphinx drops doctest flags ("# doctest: +ELLIPSIS") from what it shows, as a reader needs them not.
        shown = re.sub(r"\s*# doctest:.*", "", line).rstrip()
        if line.startswith(">>> ") and shown not in code:
            problems.append(f"an example not shown as code: {line[:80]!r}")
            break
    prose = "".join(page.prose)
    if "&gt;&gt;&gt;" in prose or ">>>" in html.unescape(prose):
        at = html.unescape(prose).find(">>>")
        problems.append(f">>> outside a code block: {html.unescape(prose)[at : at + 60]!r}")
    for language, block in page.blocks:
        if language not in {"pycon", "python", "default", "doctest", ""}:
            continue
        for source in _examples(block):
            try:
                compile(source, "<example>", "single" if "\n" not in source.rstrip("\n") else "exec")
            except SyntaxError as error:
                problems.append(f"an example does not compile ({error.msg}): {source[:80]!r}")
                continue
            for token in tokenize.generate_tokens(io.StringIO(source).readline):
                if token.type != tokenize.STRING and any(quote in token.string for quote in CURLY):
                    problems.append(f"a curly quote outside a string: {source[:80]!r}")
    return problems


def _pages() -> list[Path]:
    return sorted(BUILT.rglob("*.html")) if _NAMED and BUILT.is_dir() else []


@pytest.mark.parametrize(
    "page",
    [pytest.param(path, id=str(path.relative_to(BUILT))) for path in _pages()]
    or [
        pytest.param(
            None,
            marks=pytest.mark.skip(reason="run by tox -e docs, or with XUNCHA_DOCS_HTML=docs/_build/html"),
        )
    ],
)
def test_every_built_page_shows_its_examples_as_code(page: Path) -> None:
    relative = page.relative_to(BUILT).with_suffix(".md.txt")
    source = BUILT / "_sources" / relative
    markdown = source.read_text(encoding="utf-8") if source.is_file() else ""
    assert _problems(page.read_text(encoding="utf-8"), markdown) == []


def test_the_readme_shows_its_examples_as_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").render(readme)
    assert _problems(rendered, readme) == []
    assert rendered.count('<pre><code class="language-pycon">') >= 3


def test_the_checks_catch_what_they_are_for() -> None:
    # A bare example (a block quote once rendered) and one whose quotes were made curly: both are found.
    bare = "<p>&gt;&gt;&gt; import xuncha</p>"
    curly = '<div class="highlight-pycon"><pre>&gt;&gt;&gt; print(“巡察”)\n</pre></div>'
    fine = '<div class="highlight-pycon"><pre>&gt;&gt;&gt; print("“巡察”")\n“巡察”\n</pre></div>'
    assert _problems(bare) == [">>> outside a code block: '>>> import xuncha'"]
    quoted = "<blockquote><blockquote><blockquote><p>import xuncha</p></blockquote></blockquote></blockquote>"
    assert _problems(quoted, ">>> import xuncha\n") == ["an example not shown as code: '>>> import xuncha'"]
    assert len(_problems(curly)) == 1
    assert _problems(fine) == []


def test_the_api_page_lists_every_model_once() -> None:
    # docs/api.md names the model classes one by one, in reading order (the document, then its values), so a
    # model added to xuncha.models.__all__ must be added there too.
    from xuncha import models

    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\.\. autoclass:: xuncha\.models\.(\w+)$", page, re.MULTILINE)
    assert sorted(listed) == sorted(models.__all__)
