"""The registry of check rules: every code :func:`xuncha.check` can report is declared here, once, beside the rule
that reports it.

A rule is a function of a :class:`~xuncha.checks._context.Context`; the :func:`rule` decorator registers it with
the codes it reports, each with its severity and its meaning. Everything else (the severities of diagnostics, the
public table :data:`xuncha.checks.CODES`, the table of codes in ``docs/checking.md``) is read from here.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from xuncha.checks._context import Context

__all__ = ["CODES", "RULES", "Code", "Rule", "Severity", "codes_table", "rule", "unregister"]


class Severity(enum.Enum):
    """How serious a finding of :func:`~xuncha.check` is; the command line exits 1 when there is an error."""

    ERROR = "error"  #: the notice says something impossible or malformed
    WARNING = "warning"  #: a defect of form that a reader can still see through
    INFO = "info"  #: worth a look, often fine


@attrs.frozen
class Code:
    """A diagnostic code: its stable ``name``, its :class:`Severity` and what it means, ``meaning`` (one line, for the
    table of codes in the docs)."""

    name: str
    severity: Severity
    meaning: str


RuleFunction = Callable[["Context"], None]


@attrs.frozen
class Rule:
    """A registered rule: the function and the codes it may report."""

    function: RuleFunction
    codes: tuple[Code, ...]

    @property
    def name(self) -> str:
        return self.function.__name__


#: Every rule, in the order :func:`~xuncha.check` runs them (the order their modules register them).
RULES: list[Rule] = []
_BY_NAME: dict[str, Code] = {}


def rule(*codes: Code) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as a rule that reports ``codes``.

    A code belongs to one rule: declaring a name twice is a programming error (ValueError), and a rule that reports
    a code it did not declare fails at that report (KeyError).
    """
    if not codes:
        raise ValueError("a rule declares at least one code")

    def register(function: RuleFunction) -> RuleFunction:
        for code in codes:
            if code.name in _BY_NAME:
                raise ValueError(f"check code {code.name!r} is declared twice")
        for code in codes:
            _BY_NAME[code.name] = code
        RULES.append(Rule(function, codes))
        return function

    return register


def unregister(function: RuleFunction) -> None:
    """Take a rule and its codes out of the registry again (for rules registered in tests and examples)."""
    for registered in [r for r in RULES if r.function is function]:
        RULES.remove(registered)
        for code in registered.codes:
            del _BY_NAME[code.name]


class _CodeTable(Mapping[str, tuple[Severity, str]]):
    """The registered codes as ``{name: (severity, meaning)}``, in the order the rules run; a live view."""

    def __getitem__(self, name: str) -> tuple[Severity, str]:
        code = _BY_NAME[name]
        return code.severity, code.meaning

    def __iter__(self) -> Iterator[str]:
        return (code.name for registered in list(RULES) for code in registered.codes)

    def __len__(self) -> int:
        return len(_BY_NAME)

    def __repr__(self) -> str:
        return f"CODES({dict(self)!r})"


#: Every code :func:`~xuncha.check` can report, with its severity and what it means.
CODES: Mapping[str, tuple[Severity, str]] = _CodeTable()


def codes_table() -> str:
    """The table of codes of ``docs/checking.md``, as Markdown, in the order the rules run.

    The page holds a copy, and a test keeps the copy equal to this; print it to refresh the page::

        python -c "import xuncha.checks._registry as r; print(r.codes_table())"
    """
    import xuncha.checks  # noqa: F401  (registers the rules)

    rows = [f"| `{name}` | {severity.value} | {meaning} |" for name, (severity, meaning) in CODES.items()]
    return "\n".join(["| code | severity | meaning |", "|---|---|---|", *rows])
