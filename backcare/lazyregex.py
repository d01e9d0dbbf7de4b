"""Regular expressions compiled when first used, not when their module is imported.

A cold `ask` imported about fifty module-level patterns and used six of them: the other forty-odd
(checklist marks, spoken numbers, HTML entities, split contractions: patterns for texts that
seldom come) cost ~7 ms of compiling, about 7% of the run (docs/benchmarks.md, speed15). A
`lazy` pattern is the same `re.compile(pattern, flags)`, made on the first call of one of its
methods; from then on its methods are the compiled pattern's own bound methods, kept on the
object, so a batch pays no extra call per use.

Use it only for patterns called through their methods (`.sub`, `.search`, ...) or read through
`.pattern`/`.flags`/`.groups`/`.groupindex`: it is not an `re.Pattern` instance, so it cannot be
given to `re.sub(...)` or `re.compile(...)` in place of one.
"""

from __future__ import annotations

import re

from backcare.hints import Any, cast

# what the first use binds: every public attribute of a compiled pattern
_BOUND = (
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """Stands for `re.compile(source, flags)` until an attribute is asked for."""

    def __init__(self, source: str, flags: int | re.RegexFlag) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet: the first use of the pattern
        if name.startswith("__") or name not in _BOUND:
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for attribute in _BOUND:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


def lazy(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, compiled on first use (a bad pattern raises re.error then)."""
    return cast("re.Pattern[str]", _Lazy(source, flags))
