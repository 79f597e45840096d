"""Wrap every bare doctest example of Markdown pages in a fenced ```pycon block, in place.

Run from the repository root:  python tools/fence_doctests.py docs/numbers.md README.md …

In Markdown a bare ``>>> …`` line is a block quote, so the examples render as one run-on quoted paragraph. A
fenced block shows them as code. The closing fence follows a blank line, which ends the example for doctest
(otherwise ```` ``` ```` would be read as expected output) and which the highlighter drops. Examples already
inside a fence are left alone, so running the script twice changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path


def fence(text: str) -> str:
    """``text`` with each run of bare doctest lines (up to the blank line that ends it) fenced as pycon."""
    lines = text.split("\n")
    out: list[str] = []
    inside_fence = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith(("```", "~~~")):
            inside_fence = not inside_fence
        if inside_fence or not (line.startswith(">>> ") or line == ">>>"):
            out.append(line)
            index += 1
            continue
        block: list[str] = []
        while index < len(lines) and lines[index].strip():
            block.append(lines[index])
            index += 1
        out += ["```pycon", *block, "", "```"]
    return "\n".join(out)


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        fenced = fence(text)
        if fenced != text:
            path.write_text(fenced, encoding="utf-8")
            print(f"fenced the examples of {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
