"""A batch's input lines with their numbers: each JSON object of a batch says which line of the
input it answers ("line", 1-based, blank lines counted), whichever path answers it (backcare.cli.ask
through the engine, backcare.cli.notices through the red-flag check alone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare.engine.answer import Answer


class InputLine(str):
    """A line of a batch's input (its text, stripped), with its 1-based number in the input: it
    goes wherever the text goes (a str), so no path needs to carry the number beside it."""

    number: int


def input_line(text: str, number: int) -> InputLine:
    line = InputLine(text)
    line.number = number
    return line


def numbered(answer: Answer, text: str) -> Answer:
    """The answer, with the number of the input line it answers when `text` is one (InputLine)."""
    number = getattr(text, "number", None)
    return answer if number is None else answer._replace(line=number)


class _Noted:
    done = False  # one note a run: a whole "ANSI" file would otherwise give one a line


def decode_line(raw: bytes, number: int) -> str:
    """A line of standard input as text: UTF-8, or Windows-1252 bytes read as such
    (packs.decoding), with one note the first time a line is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from backcare.cli.status import note
    from backcare.packs.decoding import decode

    decoded = decode(raw)
    said = decoded.note(f"standard input (line {number:,})")
    if said and not _Noted.done:
        _Noted.done = True
        note(said + " (and any later line like it)")
    return decoded.text


def note_if_cut(text: str, what: str) -> None:
    """Say so when the red-flag check will not read all of `text` (engine.answer.safety_window
    keeps a question's first and last MAX_SAFETY_CHARS characters: checking all of a 2 MB argument
    would take half a minute). The note names what it means: the middle was not checked."""
    from backcare.engine.answer import SAFETY_GAP
    from backcare.engine.tuning import MAX_SAFETY_CHARS

    if len(text) <= 2 * MAX_SAFETY_CHARS + len(SAFETY_GAP):
        return
    from backcare.cli.status import note

    note(
        f"{what} is longer than {2 * MAX_SAFETY_CHARS:,} characters: only its first and last "
        f"{MAX_SAFETY_CHARS:,} were read, and the middle was NOT checked for emergencies; "
        "ask about a symptom in a short question of its own"
    )
