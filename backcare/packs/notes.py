"""An import note and its kind, given where the note is made (arch10).

`validate` counts an import's notes as warnings (exit 1) when they say content may be lost or
misread, and as information when they are routine. That used to be read back from each note's
English wording; now each note carries its kind from the importer that made it, through the import
cache (store/imports.py) and the file-name prefix packs searched together get (packs/multi.py), so
rewording a note never changes what it counts as.

A `Note` is a `str` (its text: what every reader prints) with its kind: a note made as a plain
string is `CONTENT`, the kind that is never taken for routine.
"""

from __future__ import annotations

import enum


class NoteKind(enum.Enum):
    # what every real page has and no reader of the FAQ misses: code, media and in-page link lists
    # dropped, the character set a page declares, front matter, a table laid out as a list
    ROUTINE = "routine"
    # page furniture (navigation, a cookie bar, a footer, a button, an image's text) dropped,
    # quoting its text: routine only while that text holds no question, care words or red flag
    # (importers.result.holds_content: review9 3a)
    DROPPED = "dropped"
    # content may be lost or misread: text or a question skipped, a question kept in an answer, a
    # statement read as a question, text outside <main> dropped, a <dd> with no <dt>...
    CONTENT = "content"


class Note(str):
    """An import note's text, with its kind and, for a DROPPED note, the text it dropped."""

    kind: NoteKind
    dropped: str
    line: int = 0  # the page line the note names first (at_line), 0 when it names none

    def __new__(cls, text: str, kind: NoteKind = NoteKind.CONTENT, dropped: str = "") -> Note:
        made = super().__new__(cls, text)
        made.kind = kind
        made.dropped = dropped
        return made

    def __reduce__(self) -> tuple[object, ...]:  # a copy or pickle keeps the kind
        return (Note, (str(self), self.kind, self.dropped))

    def at_line(self, line: int) -> Note:
        """The note with the page line it is about before it ("line 12: skipped ..."), as the
        front matter's, a conflict marker's and a too-deep list's notes say theirs; itself for
        line 0 (not known: HTML, a note of the whole page) or a note that names its line."""
        if line <= 0 or self.startswith("line "):
            return self
        # the same kind of note (a call to action's keeps its details), its text after the line
        made = str.__new__(type(self), f"line {line}: {self}")
        made.__dict__.update(self.__dict__)
        made.line = line
        return made

    def without_line(self) -> Note:
        """The note without the page line at_line put before it (a page taken out of an MHTML
        archive: its lines are not the file's)."""
        if self.line <= 0:
            return self
        made = str.__new__(type(self), self.removeprefix(f"line {self.line}: "))
        made.__dict__.update(self.__dict__)
        made.line = 0
        return made

    def to_dict(self) -> dict[str, str]:
        """The form the import cache keeps (store/imports.py)."""
        found = {"text": str(self), "kind": self.kind.value}
        return {**found, "dropped": self.dropped} if self.dropped else found

    @classmethod
    def from_dict(cls, data: object) -> Note:
        """The inverse of to_dict for a cache file: ValueError for anything else (a miss)."""
        if not isinstance(data, dict) or not data.keys() <= {"text", "kind", "dropped"}:
            raise ValueError("not a note")
        text, kind, dropped = data.get("text"), data.get("kind"), data.get("dropped", "")
        if not isinstance(text, str) or not isinstance(kind, str) or not isinstance(dropped, str):
            raise ValueError("not a note")
        return cls(text, NoteKind(kind), dropped)


def at_line(notes: list[str], start: int, line: int) -> None:
    """The notes from `start` on, each about the page's `line` unless it names its own (Note.at_line);
    left as they are when the line is not known (0)."""
    if line > 0:
        for at in range(start, len(notes)):
            notes[at] = kinded(notes[at]).at_line(line)


def routine(text: str) -> Note:
    return Note(text, NoteKind.ROUTINE)


def dropped(text: str, what: str) -> Note:
    """A note that quotes the text it dropped (`what`): routine while that text holds nothing a
    reader would miss."""
    return Note(text, NoteKind.DROPPED, what)


def kinded(note: str) -> Note:
    """`note` as a Note: a plain string is CONTENT."""
    return note if isinstance(note, Note) else Note(note)


def with_links(note: str, links: list[str]) -> Note:
    """The note for skipped text with the links that text held named in it, keeping its kind:
    one note for the one thing skipped, not a note for the text and another for each link."""
    found = kinded(note)
    if not links:
        return found
    shown = ", ".join(links[:3]) + (f" and {len(links) - 3} more" if len(links) > 3 else "")
    said = f"{found} (with its {'link' if len(links) == 1 else 'links'} {shown})"
    return Note(said, found.kind, found.dropped)


def prefixed(prefix: str, note: str) -> Note:
    """`prefix` + the note, keeping its kind (packs searched together name each note's file)."""
    found = kinded(note)
    return Note(prefix + found, found.kind, found.dropped)
