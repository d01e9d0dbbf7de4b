"""`ask --input jsonl -`: a batch whose messages are framed, one JSON object `{"q": MESSAGE}` a
line, so that a message of several lines (a patient's chat message, an email) is one question
with one reply, its red-flag check over the whole message (newcomer14 D2: a worker fed such a
message a line at a time gave three replies, and a client that pairs replies with messages by
order was out of step from then on).

A framed message is whole: it is never read with the messages before it as wrapped lines
(cli/wrapped.py), which may be another person's. A line that is no such object is not dropped: its
raw text is still read for red flags (a notice, exit 3 for an emergency) and it gets the
`{"line", "error"}` of a line that could not be answered; the run ends with that error (exit 2).

The 200,000-character limit of `ask -` is the decoded message's, as it is there: a longer message
is answered from its first and last MAX_SAFETY_CHARS characters, with the same note. A line is
read whole up to MAX_LINE_BYTES, since a message sent by `json.dumps` (ASCII escapes: 6 to 12
characters a letter of Chinese or an emoji) is several times longer as a line than as a message;
counted on the line and cut there, such a message was "not JSON", unanswered and its emergency lost
(newcomer16 F1, F2). A longer line is Overlong: never called "not JSON", read for red flags.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from backcare.cli.inputlines import InputLine, input_line
from backcare.hints import Any
from backcare.lazyregex import lazy
from backcare.packs.limits import MAX_DEPTH

KEY = "q"
WHAT = '{"q": MESSAGE}'
ESCAPED = "as \\n"  # a line break inside a JSON string
# bytes of a line read whole and decoded as JSON: a 200,000-character message of emoji escaped as
# ASCII (12 characters each) with room for other keys; beyond it a line is windowed unread
MAX_LINE_BYTES = 16 << 20


class Framed(InputLine):
    """A message read from one JSON line: whole, never joined with the lines before it. `beside`:
    the text of the object's other values (a caller's context, a note), read for red flags as
    `--topic`'s words are (review15 F1: an emergency told there was dropped unread)."""

    beside: str = ""


class Unread(InputLine):
    """A line that holds no message (`reason` says why): read for red flags alone, or, when it
    goes on from a string the lines before it left open, as `read_as` (those lines' text and its
    own, joined: a message split by a raw line break, review15 F6)."""

    reason: str
    read_as: str = ""


# A message with a raw line break in it (a client that wrote the text, not its JSON escape) comes
# as lines that are no JSON object each: the first leaves a string open, the next closes it. Their
# words are read together for red flags across at most this many lines ("can" / "t pee": neither
# half raises the notice the message does).
MAX_OPEN_LINES = 50
# characters of a line that may open or go on with such a string: the lines `ask -` reads whole
# (longer ones were cut when read before harden24; joined, 50 of them were parsed a line at a time)
MAX_JOINED_LINE = 200_000


class Overlong(InputLine):
    """A line longer than MAX_LINE_BYTES, as stdin_lines read it (its first and last
    MAX_SAFETY_CHARS characters): too long to decode as JSON, never called "not JSON"."""


def overlong(text: str, number: int) -> Overlong:
    line = Overlong(text)
    line.number = number
    return line


def messages(lines: Iterable[str]) -> Iterator[str]:
    """The messages of standard input's lines (InputLines, blank ones included), each keeping its
    line number: a Framed message, an empty InputLine for a blank line or an empty message (which
    gets "the question is empty", as a blank line of a plain batch), or an Unread line."""
    from backcare.engine.query import is_blank

    opened = _Open()
    for line in lines:
        number = getattr(line, "number", 0)
        if not line:
            opened.close()
            yield line
            continue
        if isinstance(line, Overlong):  # never called "not JSON": read at its ends for red flags
            opened.close()
            unread = Unread(_windowed(readable(line), f"standard input line {number:,}"))
            unread.number = number
            unread.reason = (
                f"the line is longer than {MAX_LINE_BYTES / (1 << 20):g} MB, more than --input "
                "jsonl decodes: read for red flags only"
            )
            yield unread
            continue
        try:
            message, beside = _message(line)
        except ValueError as exc:
            yield opened.unread(line, number, exc)
            continue
        opened.close()
        message, decoded_as = lone_surrogates(message, number)
        decoded_as = decoded_as or getattr(line, "decoded_as", "")
        beside = lone_surrogates(beside, number)[0]
        message = _windowed(message.strip(), f"the message on standard input line {number:,}")
        if (not message or is_blank(message)) and beside and not is_blank(beside):
            # an empty message with other values (an attachment's caption, a voice note's
            # transcript): they are read for red flags, as a `"q": null` line's are (hostile16 F2)
            unread = Unread(line)
            unread.number, unread.read_as = number, beside
            unread.reason = (
                f'the question is empty ("{KEY}" holds no text); not answered, its other values '
                "read for red flags"
            )
            yield unread
            continue
        if not message or is_blank(message):
            yield input_line("", number)
            continue
        framed = Framed(message)
        framed.number, framed.beside = number, _windowed(beside, f"line {number:,}'s other values")
        if decoded_as:
            framed.decoded_as = decoded_as
        yield framed


# A JSON string may hold a lone surrogate (`"\udce9"`), which is no character: json.dumps writes
# one for a name os.fsdecode read from bytes that are not UTF-8 (U+DC80-U+DCFF each stand for a
# byte, 0x80-0xFF), and a client that cut a UTF-16 pair in two leaves half an emoji. json.loads
# keeps them (a pair it joins), and no later layer can encode them.
_LONE = lazy("[\ud800-\udfff]")
_NOT_A_BYTE = lazy("[\ud800-\udc7f\udd00-\udfff]")
REPLACED = "replacement"  # JSON's `decoded_as` for lone surrogates that stood for no byte


class _SaidLone:
    kinds: set[str] = set()  # noqa: RUF012 (one note a run for each reading, as stdin's lines get)


def lone_surrogates(text: str, number: int) -> tuple[str, str]:
    """`text` with its lone surrogates read (ux39), and how (JSON's `decoded_as`, '' for none):
    the escaped bytes as the bytes of standard input's lines that are not UTF-8 are (Windows-1252:
    "cp1252"); any other surrogate as U+FFFD ("replacement"). A note on stderr says so, once a run for each reading."""
    if not _LONE.search(text):
        return text, ""
    from backcare.cli.inputlines import NOT_UTF8
    from backcare.cli.status import note
    from backcare.packs.decoding import decode

    halves = _NOT_A_BYTE.sub("\ufffd", text)
    read = decode(halves.encode("utf-8", "surrogateescape"))
    how = NOT_UTF8 if _LONE.search(halves) else REPLACED
    if how not in _SaidLone.kinds:
        _SaidLone.kinds.add(how)
        what = (
            "bytes that are not UTF-8 (\\udcXX escapes), read as Windows-1252 (cp1252)"
            if how == NOT_UTF8
            else "a lone surrogate (half of a UTF-16 pair), read as U+FFFD"
        )
        note(f"the message on standard input line {number:,} holds {what} (and any later like it)")
    return read.text, how


class _Open:
    """The lines of a JSON string left open at the end of a line (a raw line break inside a
    message): each next line that is no JSON object goes on from them, until one closes it."""

    def __init__(self) -> None:
        self.text = ""  # the open lines' text, joined by "\n"
        self.first = 0  # the number of the line that opened it
        self.count = 0

    def close(self) -> None:
        self.text, self.first, self.count = "", 0, 0

    def unread(self, line: str, number: int, exc: ValueError) -> Unread:
        """The Unread line, its reason naming it, with what it is read as for red flags."""
        # its words read for red flags as a JSON string holds them: a message escaped as
        # "\\u6211..." or "I can\\u2019t pee" is words only once unescaped (windowed as a message is)
        unread = Unread(_windowed(readable(line), f"standard input line {number:,}"))
        unread.number = number
        if len(line) > MAX_JOINED_LINE:  # one --input jsonl now reads whole (harden24)
            self.close()
            unread.reason = _why(exc)
            return unread
        if self.text and self.count < MAX_OPEN_LINES and not line.lstrip().startswith("{"):
            joined = f"{self.text}\n{line}"
            unread.read_as = _read_as(joined)
            unread.reason = (
                f"line {number:,} goes on from line {self.first:,}'s open string (a raw line "
                f"break in a message: write it {ESCAPED}); not answered, read for red flags with it"
            )
            self.text, self.count = joined, self.count + 1
            if _left_open(joined) is None:
                self.close()  # the message ends here
            return unread
        self.close()
        unread.reason = _why(exc)
        if _left_open(line) is not None:
            self.text, self.first, self.count = line, number, 1
            unread.reason = (
                f"line {number:,} ends inside a string (a raw line break in a message? write it "
                f"{ESCAPED}); not answered, read for red flags with the lines that go on from it"
            )
        return unread


def _why(exc: ValueError) -> str:
    return f"{exc} (--input jsonl reads {WHAT} a line)"


def _left_open(text: str) -> str | None:
    """The error of a JSON object whose string runs past the end of `text` (an object opened,
    a string not closed), or None when `text` is not that."""
    import json

    from backcare.packs.nesting import too_deep  # a JSON line's only: a single question has none

    if not text.lstrip().startswith("{") or too_deep(text):
        return None
    try:
        json.loads(text.replace("\n", "\\n"))
    except json.JSONDecodeError as exc:
        return exc.msg if exc.msg.startswith("Unterminated string") else None
    except ValueError:
        return None
    return None


def _read_as(joined: str) -> str:
    """What lines of a message broken by raw line breaks are read as for red flags: the message
    and the object's other values when the lines close the object, else their raw text."""
    try:
        message, beside = _message(joined.replace("\n", "\\n"))
    except ValueError:
        return joined
    return f"{message}\n{beside}" if beside else message


def _windowed(text: str, what: str) -> str:
    """`text` as `ask -` reads a line: whole up to twice MAX_SAFETY_CHARS, else its first and last
    MAX_SAFETY_CHARS characters, with the note that says its middle was not checked."""
    from backcare.cli.inputlines import note_if_cut
    from backcare.engine.answer import safety_window

    window = safety_window(text)
    if window is not text:
        note_if_cut(text, what)
    return window


def readable(line: str) -> str:
    """A line that could not be decoded, with JSON's string escapes read as the characters they
    stand for (engine/escapes.py): the text its red-flag check reads and its notice echoes."""
    from backcare.engine.escapes import json_unescaped

    return json_unescaped(line, every=True)


def _texts(value: object) -> Iterator[str]:
    """Every string inside a JSON value (nested objects and arrays included)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _message(line: str) -> tuple[str, str]:
    """The line's message and the text of its other values, one sentence each."""
    import json

    from backcare.packs.nesting import too_deep  # a JSON line's only: a single question has none

    if too_deep(line):  # hostile16 F3: a RecursionError ended the run
        raise ValueError(f"the line nests arrays or objects more than {MAX_DEPTH} levels deep")
    try:
        found = json.loads(line, object_pairs_hook=_no_key_twice)
    except ValueError as exc:
        if isinstance(exc, _KeyTwice):
            raise
        raise ValueError("the line is not JSON") from None
    if not isinstance(found, dict):
        raise ValueError("the line is not a JSON object")
    if KEY not in found:
        raise ValueError(f'the object has no "{KEY}"')
    message = found[KEY]
    if not isinstance(message, str):
        raise ValueError(f'"{KEY}" is not a string')
    others = [text.strip() for key, value in found.items() if key != KEY for text in _texts(value)]
    return message, ". ".join(text for text in others if text)


class _KeyTwice(ValueError):
    pass


def _no_key_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A key given twice is refused: a JSON reader would keep the second value silently, and the
    first message would go unread (as packs and labelled questions refuse it)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _KeyTwice(f"the object gives {key!r} twice")
        found[key] = value
    return found
