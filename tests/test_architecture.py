"""The architecture's rules that a reader of docs/architecture.md relies on: every module of one concern and of a size
one can hold in one's head, and modules that import one another in one direction only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SOURCE / "xuncha"
#: The longest a module may run (docs/architecture.md: "about 600 lines or fewer; a longer one is a sign that it
#: holds two"). Generated tables are exempt: none is over it today, so the list is empty.
LONGEST = 600
GENERATED: frozenset[str] = frozenset()


def _name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_runs_over_about_600_lines(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert name in GENERATED or lines <= LONGEST, f"{name} has {lines} lines: split it by concern"


def _imported_at_load(name: str) -> set[str]:
    """The modules of the package that ``name`` imports when it loads: its top-level imports (not those inside a
    function, which run on first use, nor under ``if TYPE_CHECKING:``), each the submodule it names where the
    name imported is one (from xuncha.parsing import _facts), else the module it is imported from."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    statements = list(tree.body)
    while statements:
        node = statements.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            statements += node.orelse
        elif isinstance(node, (ast.If, ast.Try)):
            statements += [
                *node.body,
                *node.orelse,
                *getattr(node, "handlers", []),
                *getattr(node, "finalbody", []),
            ]
        elif isinstance(node, ast.ExceptHandler):
            statements += node.body
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in MODULES}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                ).strip(".")
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in MODULES:
                    found.add(submodule)
                elif base in MODULES:
                    found.add(base)
    return found - {name}


def test_no_import_cycle() -> None:
    graph = {name: _imported_at_load(name) for name in MODULES}
    done: set[str] = set()
    path: list[str] = []

    def visit(name: str) -> None:
        if name in done:
            return
        assert name not in path, "import cycle: " + " -> ".join([*path[path.index(name) :], name])
        path.append(name)
        for other in sorted(graph[name]):
            visit(other)
        path.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
