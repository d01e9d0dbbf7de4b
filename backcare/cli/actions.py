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
    entry = pack.get(entry_id.strip())
    if entry is not None:
        return EntryFound(entry, pack)
    from backcare.packs.limits import MAX_ID_CHARS
    from backcare.packs.lookup import suggest_ids

    # a close spelling of an id is about as long as one: the fuzzy scorer reads no more than
    # that (a 100 KB paste against 20,000 ids took 8 s)
    return EntryMissing(entry_id, tuple(suggest_ids(pack, entry_id.strip()[: 2 * MAX_ID_CHARS])))
