"""How long a corpus report takes to build, and its index to load in headless Chromium.

    python benchmarks/bench_report.py [--count 500] [--jobs N]

Generates COUNT varied notices (benchmarks/generate_notices.py), builds the site with xuncha.report, then loads
index.html in the system's Chromium through Playwright and reports the time to the load event. Goals: the
500-notice site builds in under 30 s and loads in under 2 s.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from generate_notices import write_notices

ROOT = Path(__file__).resolve().parents[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    from xuncha.report import corpus_report

    with tempfile.TemporaryDirectory() as scratch:
        corpus, site = Path(scratch) / "corpus", Path(scratch) / "site"
        write_notices(corpus, args.count)
        started = time.perf_counter()
        errors = corpus_report(sorted(str(p) for p in corpus.iterdir()), site, jobs=args.jobs)
        built = time.perf_counter() - started
        size = sum(p.stat().st_size for p in site.rglob("*.html"))
        print(f"built {args.count} notices in {built:.1f} s ({args.count / built:.0f}/s), {size / 1e6:.1f} MB, "
              f"{len(errors)} errors (goal < 30 s for 500)")  # fmt: skip
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            print("no Chromium: load time not measured")
            return 0
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            page = browser.new_page()
            started = time.perf_counter()
            page.goto((site / "index.html").as_uri(), wait_until="load")
            loaded = time.perf_counter() - started
            rows = page.locator("tr[data-kind=notice]").count()
            browser.close()
        print(f"index of {rows} notices loaded in {loaded:.2f} s (goal < 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
