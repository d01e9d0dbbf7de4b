"""`validate NEW --against OLD`: what changed between two versions of a pack, for its maintainers.

Entries are matched by id, the key scripts and labelled questions rely on. An id found in only one
version is added or removed, unless an entry of the other version has the same question under
another id: that entry was renamed (a script naming the old id no longer finds it). For an entry in
both, each field that differs is one change: its question reworded, its answer, topic, aliases,
tags, source URL, review date or reviewed texts (`not_an_emergency`). The pack's own title,
source, contact line and lexicon are compared too. The report is plain data (`to_dict` is
JSON-able); output/ renders it.
"""

from __future__ import annotations

from typing import Any

from backcare.namedtuple import NamedTuple
from backcare.packs.schema import Entry, Pack, title_from_path

# the entry fields compared as text, in the order a report lists them (id and question aside)
TEXT_FIELDS = ("question", "answer", "topic", "source_url", "reviewed")
# the fields compared as sets of texts: what was added to and removed from each
SET_FIELDS = ("aliases", "tags", "not_an_emergency")
PACK_FIELDS = ("title", "source", "contact")
# the order of a report's kinds, and of its summary's counts
KINDS = ("added", "removed", "renamed", *TEXT_FIELDS, *SET_FIELDS, *PACK_FIELDS, "lexicon")


class Change(NamedTuple):
    """One difference. `id` is the entry's (its new id when renamed; None for the pack's own
    fields); `old`/`new` the texts compared, or for a set field the texts removed and added."""

    kind: str
    id: str | None
    old: str | tuple[str, ...] = ""
    new: str | tuple[str, ...] = ""  # a set field's and the lexicon's: the texts added
    question: str = ""  # the entry's question (its new one), for added, removed and renamed

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.kind in ("added", "removed"):
            data["question"] = self.question
        elif self.kind == "renamed":
            data.update({"from": self.old, "question": self.question})
        elif self.kind in SET_FIELDS or self.kind == "lexicon":
            data.update({"added": list(self.new), "removed": list(self.old)})
        else:
            data.update({"old": self.old, "new": self.new})
        return data


class PackDiff(NamedTuple):
    """The changes from `against` (the old version) to `pack` (the new one), in report order."""

    pack: str
    against: str
    changes: tuple[Change, ...]

    def summary(self) -> dict[str, int]:
        """How many changes of each kind there are, every kind listed (0 included)."""
        counts = dict.fromkeys(KINDS, 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "pack": self.pack,
            "against": self.against,
            "changes": [c.to_dict() for c in self.changes],
            "summary": self.summary(),
        }


def _own(pack: Pack, field: str) -> str:
    """A pack field as the pack sets it: a title that is its file's name is the one a pack without
    a title is given (schema), not one it set: two untitled versions in files of different names
    had a 'title' change (hostile15 F12)."""
    value = str(getattr(pack, field))
    if field == "title" and not pack.parts and value == title_from_path(pack.path):
        return ""
    return value


def diff_packs(new: Pack, old: Pack) -> PackDiff:
    """What changed from `old` to `new`: entries by id (renamed when only the id changed), then
    the pack's own fields."""
    old_by_id = {e.id: e for e in old.entries}
    new_by_id = {e.id: e for e in new.entries}
    gone = [e for e in old.entries if e.id not in new_by_id]
    came = [e for e in new.entries if e.id not in old_by_id]
    renamed = _renamed(gone, came)
    changes: list[Change] = []
    for entry in came:
        before = renamed.get(entry.id)
        if before is None:
            changes.append(Change("added", entry.id, question=entry.question))
        else:
            changes.append(Change("renamed", entry.id, before.id, entry.id, entry.question))
            changes.extend(_entry_changes(before, entry))
    moved = {e.id for e in renamed.values()}
    changes.extend(Change("removed", e.id, question=e.question) for e in gone if e.id not in moved)
    for entry in new.entries:
        if entry.id in old_by_id:
            changes.extend(_entry_changes(old_by_id[entry.id], entry))
    for field in PACK_FIELDS:
        set_before, set_now = _own(old, field), _own(new, field)
        if set_before != set_now:
            changes.append(Change(field, None, set_before, set_now))
    was, now = _lexicon(old), _lexicon(new)
    if was != now:  # synonym groups removed and added, as a set field's texts
        gone_groups = tuple(g for g in was if g not in now)
        new_groups = tuple(g for g in now if g not in was)
        changes.append(Change("lexicon", None, gone_groups, new_groups))
    order = {kind: n for n, kind in enumerate(KINDS)}
    changes.sort(key=lambda c: order[c.kind])  # stable: file order within a kind
    return PackDiff(new.path, old.path, tuple(changes))


def _renamed(gone: list[Entry], came: list[Entry]) -> dict[str, Entry]:
    """New id -> the old entry it renames: the same question (or, failing that, the same answer)
    under another id, when exactly one entry on each side has it."""
    found: dict[str, Entry] = {}
    for field in ("question", "answer"):
        taken = {e.id for e in found.values()}
        olds = _by_text([e for e in gone if e.id not in taken], field)
        news = _by_text([e for e in came if e.id not in found], field)
        for text, entries in news.items():
            if text and len(entries) == 1 and len(olds.get(text, ())) == 1:
                found[entries[0].id] = olds[text][0]
    return found


def _by_text(entries: list[Entry], field: str) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(str(getattr(entry, field)).strip(), []).append(entry)
    return grouped


def _entry_changes(old: Entry, new: Entry) -> list[Change]:
    changes = [
        Change(field, new.id, getattr(old, field), getattr(new, field))
        for field in TEXT_FIELDS
        if getattr(old, field) != getattr(new, field)
    ]
    for field in SET_FIELDS:
        was, now = getattr(old, field), getattr(new, field)
        removed = tuple(t for t in was if t not in now)
        added = tuple(t for t in now if t not in was)
        if removed or added:
            changes.append(Change(field, new.id, removed, added))
    return changes


BUILTIN_OFF = "(backcare's built-in vocabulary turned off)"


def _lexicon(pack: Pack) -> tuple[str, ...]:
    """The pack's synonym groups as texts, and whether it turns the built-in vocabulary off."""
    groups = tuple(", ".join(group) for group in pack.synonyms)
    return groups if pack.builtin_lexicon else (*groups, BUILTIN_OFF)
