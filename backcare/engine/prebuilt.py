"""Tables built from the bundled data that a caller may hand the engine ready-made.

Every run builds the same analyzer (stop words, lexicon, topics) and red-flag rules from the same
bundled files: about 25 ms of a cold `ask`. The engine itself stays pure (it never reads or writes a
cache): a caller registers a `Source` (the CLI registers backcare.store.snapshot's, which keeps them
in the user cache directory), and the builders ask it first. A source answers None for anything it
does not hold exactly, and the engine then builds as before; with no source registered (the
library's default) nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from backcare.hints import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from backcare.engine.analyze import Analyzer
    from backcare.engine.cues import Cues
    from backcare.engine.intent import Sense, Subject
    from backcare.engine.safety import Safety

    # every entry's (question types, subject, body regions), and the types each answers only in
    # its answer with the stems saying so: subjects.SubjectChecks._sense_of's, by entry number
    EntrySenses = tuple[
        dict[int, tuple[frozenset[str], Subject, frozenset[int]]],
        dict[int, dict[str, frozenset[str]]],
    ]


class Source(Protocol):
    def analyzer(self, builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
        """The analyzer `analyze.build_analyzer(builtin, synonyms)` would build, or None."""

    def safety(self) -> Safety | None:
        """What `safety.load_safety()` would build, or None."""

    def cues(self) -> Cues | None:
        """What `cues.load_cues()` would build, or None."""

    def sense(self, analyzer: Analyzer) -> Sense | None:
        """What `intent.build_sense(analyzer, cues)` would build over this very analyzer (one
        the source handed over) and the bundled cues, or None."""


# a function giving the source (None: none), called when a builder first asks, so registering one
# costs nothing to commands that never build (topics, show, --version)
_FACTORY: list[Callable[[], Source | None]] = []


def use(factory: Callable[[], Source | None] | None) -> None:
    """Register where the builders get a source (None: nowhere; they build everything)."""
    _FACTORY[:] = [] if factory is None else [factory]


def _source() -> Source | None:
    return _FACTORY[0]() if _FACTORY else None


class Kept(Protocol):
    """Readings kept across runs by the tables' key (the CLI's: store/verdicts.py, beside the
    snapshot): `validate`'s red-flag verdicts and ranking warnings, by a digest of what was read."""

    def digest(self, kind: str, text: str) -> bytes: ...

    def digest_all(self, kind: str, texts: Iterable[str]) -> bytes: ...

    def get(self, key: bytes) -> tuple[Any, ...] | None: ...

    def put(self, key: bytes, verdict: tuple[Any, ...]) -> None: ...

    def save(self) -> None: ...


def kept() -> Kept | None:
    """Where the registered source keeps readings across runs (None: no source, or one that
    keeps none). The default check is loaded from the same source, so its readings hold."""
    source = _source()
    found = getattr(source, "kept", None)
    if found is None:
        return None
    made: Kept | None = found()
    return made


def analyzer(builtin: bool, synonyms: tuple[tuple[str, ...], ...]) -> Analyzer | None:
    source = _source()
    return None if source is None else source.analyzer(builtin, synonyms)


def safety() -> Safety | None:
    source = _source()
    return None if source is None else source.safety()


def cues() -> Cues | None:
    source = _source()
    return None if source is None else source.cues()


def sense(analyzer: Analyzer) -> Sense | None:
    source = _source()
    return None if source is None else source.sense(analyzer)


def entry_senses(store: object, sense: Sense) -> EntrySenses | None:
    """What SubjectChecks._sense_of reads of every entry of `store` with `sense`, when the source
    holds it for that very store and sense (the bundled pack's, as it handed them over: its
    twelve entries' types, subjects and answers' types were ~15M instructions of every cold ask,
    issue 17), else None (the matcher reads each entry when first ranked, as before). Asked
    with getattr: a source without it holds none."""
    source = _source()
    found = getattr(source, "entry_senses", None)
    if found is None:
        return None
    made: EntrySenses | None = found(store, sense)
    return made
