"""Regular expressions compiled on first use, so that ``import xuncha`` pays for none of them.

A :class:`LazyPattern` is written where a module-level ``re.compile`` would be and answers the same calls;
the pattern is compiled the first time one of them is made. From then on the calls go straight to the
compiled pattern's methods (bound on the instance), so a pattern used on every line costs no more than one
compiled at import.

>>> WORD = LazyPattern(r"[a-z]+")
>>> WORD.search("12 abc").group()
'abc'
>>> WORD.search("xyz").group()
'xyz'
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

__all__ = ["LazyPattern"]

_METHODS = ("match", "fullmatch", "search", "finditer", "sub")


class LazyPattern:
    """``re.compile(source, flags)``, deferred until the pattern is first used."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; compiling binds its methods on this instance, in place of the ones below."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            self.__dict__["_compiled"] = compiled
            for name in _METHODS:  # an instance attribute hides the class's method of the same name
                self.__dict__[name] = getattr(compiled, name)
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)
