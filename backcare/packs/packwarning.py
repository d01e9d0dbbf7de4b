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
    # the page line of the entry's question when the pack is a Markdown or HTML page (pagelines.py), else
    # 0: the line its author edits, where the importer's made id is nowhere in the page (ux39)
    line: int = 0

    def shown(self) -> str:
        """The message as the views print it: after "line N: " when its page line is known, as
        the import's notes name their lines."""
        return f"line {self.line}: {self.message}" if self.line else self.message

    def message_for_import(self) -> str:
        """The warning as an import note: the entry named, as validate's table names it."""
        if self.entry_id in (CONTACT_ID, PACK_ID):
            return self.message
        return f"entry {self.entry_id!r}: {self.message}"

    def to_dict(self) -> dict[str, str | int]:
        found: dict[str, str | int] = {"kind": self.kind, "id": self.entry_id}
        found["message"] = self.message
        if self.pack is not None:
            found["pack"] = self.pack
        if self.line:
            found["line"] = self.line
        return found
