"""What `topics` and `show` do, as results: shared by the commands and the interactive prompt, so
both find topics and entries the same way (and neither imports the other)."""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING
from backcare.results import EntryFound, EntryMissing, TopicList

if TYPE_CHECKING:
    from backcare.packs.schema import Pack


def list_topics(pack: Pack, topic: str | None) -> TopicList:
    entries = list(pack.entries)
    if topic is not None:
        from backcare.engine.query import resolve_topics

        wanted = resolve_topics(pack, topic)
        entries = [e for e in entries if e.topic in wanted]
    return TopicList(pack, entries)


def find_entry(pack: Pack, entry_id: str) -> EntryFound | EntryMissing:
    wanted = entry_id.strip()
    entry = pack.get(wanted)
    if entry is None:
        # an id typed in another case (`show BACK-GET-STIFF-SIT`) is the entry when only one id
        # reads so: ids that differ only in case stay apart, and the suggestions name both
        alike = [e for e in pack.entries if e.id.casefold() == wanted.casefold()]
        entry = alike[0] if len(alike) == 1 else None
    if entry is not None:
        return EntryFound(entry, pack)
    from backcare.packs.limits import MAX_ID_CHARS
    from backcare.packs.lookup import suggest_ids

    # a close spelling of an id is about as long as one: the fuzzy scorer reads no more than
    # that (a 100 KB paste against 20,000 ids took 8 s)
    return EntryMissing(entry_id, tuple(suggest_ids(pack, wanted[: 2 * MAX_ID_CHARS])))
