"""Hypothesis entry point: makes ``st.from_type(xuncha.Notice)`` (and the other models) work in users' tests.

Hypothesis calls :func:`_register_hypothesis_strategies` while it is itself being imported, which may happen
*because* ``xuncha.strategies`` is importing it. So this module must not import ``xuncha.strategies``: it
registers callables that look the strategy up only when ``from_type`` first asks for one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from xuncha import models

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__: list[str] = []

# model class -> name of its strategy in xuncha.strategies
_STRATEGY_NAMES: dict[type, str] = {
    models.Span: "spans",
    models.Quantity: "quantities",
    models.Period: "periods",
    models.Contact: "contacts",
    models.Measure: "measures",
    models.Finding: "findings",
    models.Section: "sections",
    models.Inspection: "inspections",
    models.Progress: "progress_statements",
    models.Notice: "notices",
}


def _lazy(name: str) -> Callable[[type], SearchStrategy[Any]]:
    def resolve(_: type) -> SearchStrategy[Any]:
        strategy: SearchStrategy[Any] = getattr(importlib.import_module("xuncha.strategies"), name)()
        return strategy

    return resolve


def _register_hypothesis_strategies() -> None:
    """Register a lazily built strategy for every model class."""
    from hypothesis import strategies as st

    for cls, name in _STRATEGY_NAMES.items():
        st.register_type_strategy(cls, _lazy(name))
