"""Tables built from the bundled data that a caller may hand the engine ready-made.

Every run builds the same analyzer (stop words, lexicon, topics) and red-flag rules from the same
bundled files: about 25 ms of a cold `ask`. The engine itself stays pure (it never reads or writes a
cache): a caller registers a `Source` (the CLI registers backcare.store.snapshot's, which keeps them
in the user cache directory), and the builders ask it first. A source answers None for anything it
does not hold exactly, and the engine then builds as before; with no source registered (the
library's default) nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from backcare.engine.analyze import Analyzer
    from backcare.engine.safety import Safety


class Source(Protocol):
    def analyzer(self, builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
        """The analyzer `analyze.build_analyzer(builtin, synonyms)` would build, or None."""

    def safety(self) -> Safety | None:
        """What `safety.load_safety()` would build, or None."""


# a function giving the source (None: none), called when a builder first asks, so registering one
# costs nothing to commands that never build (topics, show, --version)
_FACTORY: list[Callable[[], Source | None]] = []


def use(factory: Callable[[], Source | None] | None) -> None:
    """Register where the builders get a source (None: nowhere; they build everything)."""
    _FACTORY[:] = [] if factory is None else [factory]


def _source() -> Source | None:
    return _FACTORY[0]() if _FACTORY else None


def source() -> Source | None:
    """The registered source (None: none is), for a caller that keeps things by its tables
    (store/verdicts.py: validate's verdicts, kept only with the snapshot's tables)."""
    return _source()


def analyzer(builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
    source = _source()
    return None if source is None else source.analyzer(builtin, synonyms)


def safety() -> Safety | None:
    source = _source()
    return None if source is None else source.safety()
