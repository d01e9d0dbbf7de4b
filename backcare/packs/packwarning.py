"""One authoring warning of `validate` (and `import`'s notes made of them): validate.py's checks
and noticecheck.py's give them."""

from __future__ import annotations

from backcare.namedtuple import NamedTuple

# the entry id a warning about the pack's contact line names: no entry id has parentheses
CONTACT_ID = "(contact)"
# the entry id a warning about a whole pack file names (language_check.py: its text is not English)
PACK_ID = "(pack)"


class PackWarning(NamedTuple):
    kind: str
    entry_id: str
    message: str
    pack: str | None = None  # the file the entry is in, when several packs are checked
    # the other entry a ranking warning is about (the one found, the competitor): not shown, it
    # tells a pair within one file from a pair across files
    other: str | None = None

    def message_for_import(self) -> str:
        """The warning as an import note: the entry named, as validate's table names it."""
        if self.entry_id in (CONTACT_ID, PACK_ID):
            return self.message
        return f"entry {self.entry_id!r}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        found = {"kind": self.kind, "id": self.entry_id, "message": self.message}
        return found if self.pack is None else {**found, "pack": self.pack}
