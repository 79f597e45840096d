"""Hypothesis profiles and the shared-material fixture.

Profiles: 'dev' for quick local runs, 'ci' (chosen when CI is set) for 150 examples a property, 'quick' for the
second and third interpreters of a tox run.

The 'ci' profile is derandomized: a CI run must give the same verdict every time it is run on the same commit,
so a property failure there is reproducible and never a matter of luck. New examples are explored by the
'dev' profile on every local run and by 'explore' (HYPOTHESIS_PROFILE=explore) for long hunts.
"""

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
# The other interpreters of a tox run: enough to find what breaks on one Python version and not another, while
# the CI profile explores on one interpreter only (tox.ini), so that the whole run stays under four minutes.
settings.register_profile("quick", max_examples=20, deadline=None, derandomize=True)
settings.register_profile(
    "ci",
    # Hypothesis's default, 100 a property: with the observed corpus (5,676 passages, on one interpreter) and the
    # metamorphic measurement (on another), 150 brought a CI run on two cores to within seconds of its four
    # minutes; the 'explore' profile below is for long hunts.
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "explore",
    max_examples=20000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


# --------------------------------------------------------------------------- ../shared


def shared_folder() -> Path | None:
    """The project's shared material (corpus, probes, reliability reproducers), if it is checked out here.

    It lives beside the repository (``../shared``); a git worktree one level deeper finds it one level up, and
    ``XUNCHA_SHARED`` names it anywhere else. It is never copied into the repository.
    """
    root = Path(__file__).resolve().parents[1]
    named = os.environ.get("XUNCHA_SHARED")
    candidates = [Path(named)] if named else []
    candidates += [root.parent / "shared", root.parent.parent / "shared"]
    return next((path for path in candidates if (path / "guide").is_dir()), None)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The folder of shared material; the test is skipped (with the reason) when it is not checked out."""
    folder = shared_folder()
    if folder is None:
        pytest.skip("the shared material (../shared) is not checked out next to the repository")
    return folder


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ``xuncha.parsing.parse_notice`` is called with while the test runs (every reader calls it
    through that module, but ``check(text)``, which calls its step ``_parser.read_notice`` to keep the cleaned
    text), for tests that a file is parsed once."""
    import xuncha.parsing

    parse = xuncha.parsing.parse_notice
    calls: list[str] = []

    def counted(text: str, **options: Any) -> Any:
        calls.append(text)
        return parse(text, **options)

    monkeypatch.setattr(xuncha.parsing, "parse_notice", counted)
    return calls
