"""General readings that set H of the observed corpus (files 700–744) showed missing; one test per fix."""

from __future__ import annotations

from xuncha._markers import heading_at


def test_a_file_name_is_no_heading() -> None:
    # An image's file name a scraper left in the text (1.jpg) does not open a level-3 finding.
    assert heading_at("1.jpg", 0) is None
    assert heading_at("2.PNG", 0) is None
    found = heading_at("1.加强学习", 0)
    assert found is not None and found.marker.level == 3
