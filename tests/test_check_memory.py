"""check's peak memory on long adversarial texts stays a small multiple of the input (issue 8).

Each program runs in a child process and reports the growth of its own peak resident set (VmHWM) over what it
held before checking; no timing is asserted.
"""

from __future__ import annotations

import pytest

from _child_peak import HAS_PEAK, printed_lines

# Time and memory as the input grows: run on one interpreter of a tox run (tox.ini).
pytestmark = pytest.mark.scaling

_PROGRAM = """
text = {text}
xuncha.check("关于巡察整改情况的通报\\n\\n一、方面\\n\\n1. 问题整改情况。计划2023年5月底前完成。\\n\\n2024年1月5日")
before = peak_mb()
diagnostics = xuncha.check(text)
print(len(text.encode("utf-8")))
print(" ".join(sorted({{diagnostic.code for diagnostic in diagnostics}})), len(diagnostics))
print(peak_mb() - before)
"""


def _run(text: str) -> tuple[int, str, float]:
    """The input's size in UTF-8 bytes, the codes and count of the diagnostics, and the peak's growth in MB of
    ``check(<text>)`` in a child process with this tree's xuncha (``text`` is a Python expression)."""
    size, found, growth = printed_lines(_PROGRAM.format(text=text), timeout=300)[:3]
    return int(size), found, float(growth)


@pytest.mark.skipif(not HAS_PEAK, reason="VmHWM is read from /proc")
def test_check_peak_on_a_megabyte_of_headings_stays_under_thirty_times_the_input() -> None:
    size, found, growth = _run('"一、整改情况\\n" * 52_632')
    assert size == 1_000_008
    # Every line is an empty section numbered 一、 again: two diagnostics a line, all returned.
    assert found == "empty-section numbering-duplicate 105263"
    # The peak grew by 45 MB when the notice, the cleaned text's paragraphs and the diagnostics (each with its
    # line number) were held at once, then by 28 MB; about 22-23 MB now, nearly all of it the returned
    # diagnostics (23 bytes for every byte of input, with the spans, paths and line numbers they keep).
    assert growth < 26, f"check grew its peak by {growth:.0f} MB on 1 MB of headings"


@pytest.mark.skipif(not HAS_PEAK, reason="VmHWM is read from /proc")
def test_check_peak_on_a_megabyte_of_line_breaks_in_a_dated_notice_stays_small() -> None:
    text = (
        '"关于巡察整改情况的通报\\n\\n" + "\\n" * 1_000_000 + "一、学习方面\\n\\n1. 问题整改情况。'
        '计划2023年5月底前完成。\\n\\n青禾市委\\n\\n2024年1月5日\\n"'
    )
    size, found, growth = _run(text)
    assert size > 1_000_000
    assert found == "deadline-already-past level-jump 2"
    # The ends of the opening's sentences and of every clause were lists of ints, 40 bytes a line break: the
    # peak grew by some 70 MB; they are machine integers now, 8 bytes each.
    assert growth < 20, f"check grew its peak by {growth:.0f} MB on 1 MB of line breaks"
