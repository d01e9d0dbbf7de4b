"""Where a gone entry's questions go in a newer version of its pack (`validate NEW --against OLD`,
packdiff.py; ux33 F5).

An old entry whose id the new pack no longer has, and which no entry took over under the same
question or answer, is followed by its texts (its question first, then its aliases):

- `aliases`: one of them is the question or an alias of exactly one new entry (case, spacing and
  end punctuation aside): the author moved it there, the plainest sign of a merge;
- `asked`: else the new pack answers them confidently (the ranking `ask` gives, without the
  red-flag check: where a question goes, not what a reader is told), with the entry most of
  them find (the one its question finds on a tie).

Gone into an entry that is new in this version, and the only old entry gone into it, it was
renamed and reworded, when the link is its texts, or when the old pack answers the new entry's
question with it too (asked both ways: a new entry that only answers an old question in passing
is no rename). Every other link is a merge: the old entry's questions now get that entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry, Pack

if TYPE_CHECKING:
    from backcare.engine.answer import Engine

# an old entry -> (the new entry its questions go to, how that was found)
Links = dict[str, tuple[Entry, str]]


class Followed(NamedTuple):
    """Where the gone entries went: `merged` keyed by the old id, `renamed` by the new one; and
    how many gone entries the new pack was not asked about (past the ranking budget)."""

    merged: Links
    renamed: Links
    unasked: int = 0


def folded(text: str) -> str:
    """A question or alias as a person retypes it: case, spacing and end punctuation aside."""
    return " ".join(text.casefold().split()).rstrip("?!.。？！ ")


def successors(gone: list[Entry], new: Pack, old: Pack, added: set[str]) -> Followed:
    """Each entry of `gone` (ids `new` lacks) linked to the entry of `new` its questions go to;
    renamed when that entry is one of `added` (the ids new in `new`) as the module says, else
    merged. An entry whose questions go nowhere is in neither. Asking ranks the whole pack for
    each text: past `limits.RANKED_WORK` (entries x texts, as validate's own ranking) the first
    entries are asked about, by their question alone, and the rest counted `unasked`."""
    from backcare.packs.limits import MIN_RANKED_ENTRIES, RANKED_WORK

    found: Links = {}
    texts = _texts(new)
    for entry in gone:
        link = _by_text(entry, texts)
        if link is not None:
            found[entry.id] = (link, "aliases")
    asking = [e for e in gone if e.id not in found]
    most = max(MIN_RANKED_ENTRIES, RANKED_WORK // max(len(new.entries), len(old.entries), 1))
    # every text both ways when it fits (the rename check asks the old pack back); else questions
    every = 2 * sum(1 + len(e.aliases) for e in asking) <= most
    unasked = max(0, len(asking) - most // 2) if not every else 0
    if asking:
        engine = _engine(new)
        for entry in asking[: len(asking) - unasked]:
            answered = _asked(engine, new, entry, every)
            if answered is not None:
                found[entry.id] = (answered, "asked")
    into: dict[str, list[str]] = {}
    for old_id, (entry, _) in found.items():
        into.setdefault(entry.id, []).append(old_id)
    renamed: Links = {}
    by_id = {e.id: e for e in gone}
    back: Engine | None = None
    for new_id, olds in into.items():
        if new_id not in added or len(olds) != 1:
            continue
        entry, by = found[olds[0]]
        if by == "asked":
            back = back or _engine(old)
            if _asked(back, old, entry, every) != by_id[olds[0]]:
                continue
        renamed[new_id] = (by_id[olds[0]], by)
        del found[olds[0]]
    return Followed(found, renamed, unasked)


def _texts(pack: Pack) -> dict[str, list[Entry]]:
    """Each folded question and alias of `pack` -> the entries that hold it, once each."""
    held: dict[str, list[Entry]] = {}
    for entry in pack.entries:
        for text in dict.fromkeys(folded(t) for t in (entry.question, *entry.aliases)):
            held.setdefault(text, []).append(entry)
    return held


def _by_text(entry: Entry, texts: dict[str, list[Entry]]) -> Entry | None:
    """The new entry that holds the old entry's question (else, in order, one of its aliases),
    when one entry alone holds it."""
    for text in (entry.question, *entry.aliases):
        holders = texts.get(folded(text), [])
        if len(holders) == 1:
            return holders[0]
    return None


def _engine(pack: Pack) -> Engine:
    from backcare.engine.answer import Engine

    return Engine(pack)


def _asked(engine: Engine, pack: Pack, entry: Entry, aliases: bool) -> Entry | None:
    """The entry of `pack` that most of `entry`'s texts (its question, and its `aliases` when
    asked) find confidently (its question's on a tie), None when none finds one."""
    from backcare.engine.query import make_query

    votes: dict[str, int] = {}
    entries: dict[str, Entry] = {}
    for text in (entry.question, *(entry.aliases if aliases else ())):
        best = engine.rank(make_query(text, pack, top=1)).best
        if best is not None:
            votes[best.entry.id] = votes.get(best.entry.id, 0) + 1
            entries.setdefault(best.entry.id, best.entry)
    if not votes:
        return None
    # dicts keep insertion order: on a tie, the entry found first (by the question, if any)
    return entries[max(votes, key=lambda i: votes[i])]
