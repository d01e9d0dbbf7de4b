"""What commands produce, before anything is printed: one type per kind of result.

Commands (backcare.cli: ask, browse, author, config) return these; the output layer
(backcare.output) alone decides how each looks in plain text, JSON or on a terminal. `Answer` (one asked question) is the engine's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from backcare.hints import TYPE_CHECKING
from backcare.namedtuple import NamedTuple

if TYPE_CHECKING:
    from backcare.packs.schema import Entry, Pack


class TopicList(NamedTuple):
    """A pack's entries (all, or one topic's), in file order."""

    pack: Pack
    entries: Sequence[Entry]


class EntryFound(NamedTuple):
    entry: Entry
    pack: Pack


class EntryMissing(NamedTuple):
    """An id the pack does not have, with the closest ids it does have."""

    entry_id: str
    suggestions: tuple[str, ...]


class ImportedPack(NamedTuple):
    """A pack made by `import`: its JSON text, how many entries, what the importer noted, and where
    it was written (None: standard output)."""

    payload: str
    entries: int
    notes: tuple[str, ...]
    written_to: str | None
    lost: str = ""  # the warning when most of the page's questions were not imported
    # the importer's notes that may have lost or misread content: marked [check], as `validate`
    # marks the same notes and counts them as warnings (newcomer16 F4: rc 0 and no mark here)
    checks: frozenset[str] = frozenset()
