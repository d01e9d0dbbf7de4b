"""`validate NEW --against OLD`: what changed between two versions of a pack, for its maintainers.

Entries are matched by id, the key scripts and labelled questions rely on. An id found in only one
version is added or removed, unless an entry of the other version has the same question under
another id: that entry was renamed (a script naming the old id no longer finds it). An old entry
gone with no such twin is followed to where its questions now go (ux33 F5: a clinic updating its
scripts and labelled questions saw two entries merged into one as "removed" and nothing more): an
entry of the new pack whose question or aliases hold its question (or an alias), else the entry
the new pack answers its question (or aliases) with. Gone into an entry added in the new pack and
no other, it was renamed and reworded (asked, only when each version's pack answers the other's
question with it); otherwise it was merged into that entry. For an entry in
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
# how a renamed or merged entry was linked to its old one: the same question or answer (renamed
# only), its question or an alias among the new entry's (`aliases`), or the new pack answering
# its question or an alias with it (`asked`)
FOUND_BY = ("question", "answer", "aliases", "asked")
KINDS = (
    "added",
    "removed",
    "renamed",
    "merged",
    *TEXT_FIELDS,
    *SET_FIELDS,
    *PACK_FIELDS,
    "lexicon",
)


class Change(NamedTuple):
    """One difference. `id` is the entry's (its new id when renamed; None for the pack's own
    fields); `old`/`new` the texts compared, or for a set field the texts removed and added."""

    kind: str
    id: str | None
    old: str | tuple[str, ...] = ""
    new: str | tuple[str, ...] = ""  # a set field's and the lexicon's: the texts added
    question: str = ""  # the entry's question (its new one), for added, removed and renamed
    # merged: the new entry an old one's questions now go to (`id` is the old entry's, gone)
    into: str = ""
    # renamed and merged: how the two were linked, one of FOUND_BY
    found_by: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.kind in ("added", "removed"):
            data["question"] = self.question
        elif self.kind == "renamed":
            data.update({"from": self.old, "question": self.question, "found_by": self.found_by})
        elif self.kind == "merged":
            data.update({"into": self.into, "question": self.question, "found_by": self.found_by})
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
    notes: tuple[str, ...] = ()  # how the report was made, when it matters (a large pack's)

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
            "notes": list(self.notes),
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
    """What changed from `old` to `new`: entries by id (renamed when only the id changed; an
    entry gone followed to where its questions go: renamed and reworded, or merged), then the
    pack's own fields."""
    old_by_id = {e.id: e for e in old.entries}
    new_by_id = {e.id: e for e in new.entries}
    gone = [e for e in old.entries if e.id not in new_by_id]
    came = [e for e in new.entries if e.id not in old_by_id]
    renamed = _renamed(gone, came)
    moved = {e.id for e, _ in renamed.values()}
    left = [e for e in gone if e.id not in moved]
    merged: dict[str, tuple[Entry, str]] = {}  # old id -> (the new entry, found by)
    notes: list[str] = []
    if left:
        from backcare.packs.successors import successors

        unclaimed = {e.id for e in came if e.id not in renamed}
        followed = successors(left, new, old, unclaimed)
        renamed.update(followed.renamed)
        moved.update(e.id for e, _ in followed.renamed.values())
        merged = followed.merged
        if followed.unasked:
            notes.append(
                f"{len(left):,} entries gone of a pack of {len(new.entries):,}: where the "
                f"questions of {followed.unasked:,} of them go was looked for by their wording "
                "only, not asked of the new pack (past the ranking validate does at most)"
            )
    changes: list[Change] = []
    for entry in came:
        rename = renamed.get(entry.id)
        if rename is None:
            changes.append(Change("added", entry.id, question=entry.question))
        else:
            before, by = rename
            changes.append(
                Change("renamed", entry.id, before.id, entry.id, entry.question, found_by=by)
            )
            changes.extend(_entry_changes(before, entry))
    for entry in gone:
        if entry.id in merged:
            into, by = merged[entry.id]
            changes.append(
                Change("merged", entry.id, question=entry.question, into=into.id, found_by=by)
            )
        elif entry.id not in moved:
            changes.append(Change("removed", entry.id, question=entry.question))
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
    return PackDiff(new.path, old.path, tuple(changes), tuple(notes))


def _renamed(gone: list[Entry], came: list[Entry]) -> dict[str, tuple[Entry, str]]:
    """New id -> the old entry it renames and the field that tells it: the same question (or,
    failing that, the same answer) under another id, when exactly one entry on each side has it."""
    found: dict[str, tuple[Entry, str]] = {}
    for field in ("question", "answer"):
        taken = {e.id for e, _ in found.values()}
        olds = _by_text([e for e in gone if e.id not in taken], field)
        news = _by_text([e for e in came if e.id not in found], field)
        for text, entries in news.items():
            if text and len(entries) == 1 and len(olds.get(text, ())) == 1:
                found[entries[0].id] = (olds[text][0], field)
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
