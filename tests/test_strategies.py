"""The public strategies: valid objects only, and registered for st.from_type."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xuncha
from xuncha import strategies as xst


def test_from_type_draws_valid_objects_after_registration() -> None:
    xst._register_hypothesis_strategies()
    seen: list[xuncha.Notice] = []

    @settings(max_examples=20)
    @given(st.from_type(xuncha.Notice), st.from_type(xuncha.Quantity), st.from_type(xuncha.Section))
    def draw(notice: xuncha.Notice, quantity: xuncha.Quantity, section: xuncha.Section) -> None:
        assert isinstance(notice, xuncha.Notice)
        assert isinstance(quantity, xuncha.Quantity)
        assert 1 <= section.level <= 4
        seen.append(notice)

    draw()
    assert seen


# Validity needs no property here: the models refuse invalid objects at construction, and the round-trip
# properties in test_serialize.py draw from every strategy a thousand times. These check the parameters.
@settings(max_examples=50)
@given(xst.sections(level=2), xst.contacts(kind=xuncha.ContactKind.EMAIL))
def test_strategy_parameters(section: xuncha.Section, contact: xuncha.Contact) -> None:
    assert section.level == 2
    assert contact.kind is xuncha.ContactKind.EMAIL


def test_a_section_level_out_of_range_is_refused() -> None:
    @given(xst.sections(level=5))
    def draw(section: xuncha.Section) -> None:
        raise AssertionError("unreachable: no section can be drawn at level 5")

    with pytest.raises(xuncha.XunchaError, match="a section level is 1 to 4, got 5"):
        draw()


def test_xuncha_imports_without_hypothesis() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['hypothesis'] = None; import xuncha; "
        "assert 'hypothesis' not in [m for m in sys.modules if sys.modules[m] is not None]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": xuncha.__path__[0] + "/.."})


def _xuncha_entry_point_installed() -> bool:
    from importlib.metadata import entry_points

    return any(ep.value.startswith("xuncha.") for ep in entry_points(group="hypothesis"))


@pytest.mark.skipif(
    not _xuncha_entry_point_installed(),
    reason="xuncha is not installed, so its hypothesis entry point is absent",
)
@pytest.mark.parametrize(
    "program",
    [
        # importing the strategies first makes Hypothesis run the entry point while xuncha.strategies is half
        # imported; the plugin must not need it then
        "import xuncha.strategies\nfrom hypothesis import strategies as st\nimport xuncha",
        "from hypothesis import strategies as st\nimport xuncha",
    ],
)
def test_the_entry_point_registers_the_models_in_a_fresh_interpreter(program: str) -> None:
    import subprocess
    import sys

    check = (
        "\nfrom hypothesis import given, settings\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(xuncha.Notice), st.from_type(xuncha.Period))\n"
        "def draw(n, p):\n"
        "    assert isinstance(n, xuncha.Notice) and isinstance(p, xuncha.Period)\n"
        "draw()\nprint('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program + check], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_without_hypothesis_the_import_error_says_what_to_install() -> None:
    # A child interpreter where importing hypothesis fails as it does when it is not installed.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'hypothesis' or name.startswith('hypothesis.'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "try:\n"
        "    import xuncha.strategies\n"
        "except ImportError as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.stdout == (
        'ImportError xuncha.strategies needs Hypothesis, an optional dependency: pip install "xuncha[hypothesis]"\n'
    ), result.stderr
