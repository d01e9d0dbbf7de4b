"""What an import could not place, kept in the pack it writes (`import_checks`), and read back.

`import` says with a note marked [check] when it may have lost or misread content (a whole entry,
an intro, a footer). Those notes went to stderr only, so `validate PACK` of the pack written found
nothing to report and exited 0: a pack whose import lost an entry looked clean (newcomer31 F2). The
import now records them in the pack, as data; `validate` of the pack reports each again, marked
[check] and exit 1, until the author has checked it against the page and deleted it (or fixed the
page and imported again: a new import records its own, never an earlier pack's).

What is read back from a pack is not trusted: schema.py checks the field's shape (a list of at most
MAX_IMPORT_CHECKS one-line texts without control characters), and `validate` shows them as notes,
which are printed escaped like every other.
"""

from __future__ import annotations

from collections.abc import Iterable

from backcare.packs import limits
from backcare.packs.fields import CONTROL, LINE_BREAK, SURROGATE
from backcare.packs.notes import Note, NoteKind, routine

FIELD = "import_checks"


def recorded(checks: Iterable[str], page: str) -> list[str]:
    """The notes of an import of `page` marked [check], as the pack keeps them: each one line
    ('PAGE: note'), within the pack's limits; past MAX_IMPORT_CHECKS, a last one counting the
    rest (the import's own output lists them all)."""
    lines = [_one_line(f"{_one_line(page)}: {check}") for check in checks]
    lines = [line for line in lines if line]
    most = limits.MAX_IMPORT_CHECKS
    if len(lines) > most:
        rest = len(lines) - (most - 1)
        lines = [
            *lines[: most - 1],
            f"{_one_line(page)}: and {rest} more notes marked [check]: import the page again to "
            "see them all",
        ]
    return lines


def carried_notes(checks: Iterable[str], pack: str) -> list[Note]:
    """The notes `validate` gives for a pack's recorded `import_checks` (each may have lost or
    misread content: marked [check]), then one routine note saying how to resolve them; none for
    a pack without any."""
    found: list[Note] = [Note(f"{pack} ({FIELD}): {check}", NoteKind.CONTENT) for check in checks]
    if found:
        found.append(
            routine(
                f"{pack}: the import that wrote it recorded {len(found)} "
                f"{'note' if len(found) == 1 else 'notes'} marked [check] in '{FIELD}': check "
                f"each against the page (fix the page and import again, or edit the pack), then "
                f"delete it from '{FIELD}'"
            )
        )
    return found


def _one_line(text: str) -> str:
    """`text` as a pack can keep it: one line, no control characters or lone surrogates, within
    MAX_IMPORT_CHECK_CHARS (cut with '…')."""
    text = SURROGATE.sub("\ufffd", CONTROL.sub(" ", LINE_BREAK.sub(" ", text)))
    text = " ".join(text.split())
    most = limits.MAX_IMPORT_CHECK_CHARS
    return text if len(text) <= most else text[: most - 1] + "…"
