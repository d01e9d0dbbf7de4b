"""A batch's input lines with their numbers: each JSON object of a batch says which line of the
input it answers ("line", 1-based, blank lines counted), whichever path answers it (backcare.cli.ask
through the engine, backcare.cli.notices through the red-flag check alone); and the readers that
hand standard input's lines over as UTF-8 whatever their encoding and line ends."""

from __future__ import annotations

from io import RawIOBase

from backcare.hints import TYPE_CHECKING, BinaryIO, cast

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

    from backcare.engine.answer import Answer


class ReadText(str):
    """A question's text that was read from bytes that are not UTF-8 (each such byte as
    Windows-1252): `decoded_as` names the reading, for JSON's `decoded_as` (newcomer25 F13)."""

    decoded_as: str = ""


def read_as(text: str, decoded_as: str) -> str:
    """`text`, marked as decoded as `decoded_as` when that is set."""
    if not decoded_as:
        return text
    marked = ReadText(text)
    marked.decoded_as = decoded_as
    return marked


class ArgvReading:
    """How the command line's words were read: "cp1252" when one was not UTF-8 (entry.clean_argv)."""

    decoded_as = ""


NOT_UTF8 = "cp1252"  # the reading of bytes that are not UTF-8 (packs.decoding)


class InputLine(ReadText):
    """A line of a batch's input (its text, stripped), with its 1-based number in the input: it
    goes wherever the text goes (a str), so no path needs to carry the number beside it."""

    number: int
    # the line arrived on its own: the reader waited for it after answering the line before
    # (arrivals.py), so it is never read with the lines before it for a red flag
    apart: bool = False


def input_line(text: str, number: int, *, apart: bool = False, decoded_as: str = "") -> InputLine:
    line = InputLine(text)
    line.number = number
    if apart:
        line.apart = True
    if decoded_as:
        line.decoded_as = decoded_as
    return line


def numbered(answer: Answer, text: str) -> Answer:
    """The answer, with the number of the input line it answers when `text` is one (InputLine),
    and how its text was decoded when its bytes were not UTF-8 (ReadText)."""
    decoded_as = getattr(text, "decoded_as", "")
    if decoded_as:
        answer = answer._replace(decoded_as=decoded_as)
    number = getattr(text, "number", None)
    return answer if number is None else answer._replace(line=number)


def not_utf8(raw: bytes) -> bool:
    """Whether `raw` is not UTF-8 (decode_line then reads it as Windows-1252)."""
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


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


# a question of one word this long is no file name anyone typed (and not worth a look-up)
_MAX_PATH_WORD = 255


def note_if_file(text: str) -> None:
    """Say, in one line on stderr, that a question of one word naming an existing file is read as
    a question, and how a batch reads a file's lines (`ask - < q.txt`): a newcomer's `backcare ask
    q.txt` got "no confident match for 'q.txt'" with no hint (stranger trial F12)."""
    if not text or len(text) > _MAX_PATH_WORD or any(c.isspace() for c in text):
        return
    from pathlib import Path

    try:
        is_file = Path(text).is_file()
    except (OSError, ValueError):  # a NUL or an unencodable name: no file
        return
    if not is_file:
        return
    import shlex

    from backcare.cli.status import note

    note(
        f"{text!r} is a file, read here as the question's words; to answer each of its lines, "
        f"read it from standard input: backcare ask - < {shlex.quote(text)}"
    )


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


def old_mac_lines(stream: BinaryIO, head: str) -> BinaryIO:
    """`stream` with CR line ends read as line breaks when its start (`head`, decoded) holds a CR
    and no LF: a classic Mac text file or a spreadsheet's "CSV (Macintosh)" export. Read by LF
    alone, the whole file was one question (every other one lost into it, with no word on
    stderr: hostile10 8). A CRLF stays one line end. One note says so."""
    if "\r" not in head or "\n" in head:
        return stream
    from backcare.cli.status import note

    note("standard input ends its lines with CR alone (old Mac line ends): read each as a line")
    return cast("BinaryIO", _CarriageReturns(stream))


class _CarriageReturns:
    """`readline(n)` over a stream whose lines end in CR (or CRLF), as LF lines of at most `n`
    bytes, memory bounded by `n` whatever the line's length."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pending = b""
        self.ended = False

    def readline(self, size: int) -> bytes:
        while not self.ended and len(self.pending) <= size and not _ends_line(self.pending):
            chunk = self.stream.readline(size)
            if not chunk:
                self.ended = True
                break
            self.pending += chunk
        at = min(
            (i for i in (self.pending.find(b"\r"), self.pending.find(b"\n")) if i >= 0), default=-1
        )
        if 0 <= at < size:
            end = at + (2 if self.pending[at : at + 2] == b"\r\n" else 1)
            line, self.pending = self.pending[:at] + b"\n", self.pending[end:]
            return line
        line, self.pending = self.pending[:size], self.pending[size:]
        return line


def _ends_line(pending: bytes) -> bool:
    """Whether `pending` holds a whole line: an LF, or a CR that is not its last byte (a CR at the
    end may be the first half of a CRLF)."""
    return b"\n" in pending or b"\r" in pending[:-1]


class Recoded:
    """`readline(n)` over a stream in another encoding, as UTF-8 bytes: lines end only at '\n' (a
    CR, VT, FF, U+0085 or U+2028 inside a line keeps it whole, as for UTF-8 input), at most `n`
    bytes a call, and memory bounded by `n` whatever the line's length."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        import io

        self.text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="\n")
        self.pending = b""

    def readline(self, size: int) -> bytes:
        while b"\n" not in self.pending and len(self.pending) < size:
            chunk = self.text.readline(size)
            if not chunk:
                break
            self.pending += chunk.encode("utf-8", "replace")
        cut = self.pending.find(b"\n")
        end = cut + 1 if 0 <= cut < size else min(size, len(self.pending))
        line, self.pending = self.pending[:end], self.pending[end:]
        return line


_MARK_STARTS = (b"\xff", b"\xfe", b"\x00")  # the first bytes of UTF-16's and UTF-32's marks


class SwitchAtMark:
    """`readline(n)` over UTF-8 lines that reads on in UTF-16 or UTF-32 from a line that starts
    with that codec's byte-order mark (a Notepad "Unicode" file appended to UTF-8 ones: its NULs
    made the whole input read as UTF-16 and the UTF-8 lines garbage, hostile16 F6), with one
    note. Neither mark's bytes can occur in UTF-8, so no UTF-8 line is ever read otherwise."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.lines = 0
        self.recoded: Recoded | None = None

    def readline(self, size: int) -> bytes:
        if self.recoded is not None:
            return self.recoded.readline(size)
        line = self.stream.readline(size)
        from backcare.packs.decoding import wide_mark

        codec = wide_mark(line) if line[:1] in _MARK_STARTS else None
        if codec is None:
            self.lines += line.endswith(b"\n")
            return line
        import io

        from backcare.cli.status import note

        note(
            f"standard input changes to {codec.upper()} at line {self.lines + 1:,} (a byte-order "
            "mark there): read so from there on"
        )
        rest = _Prefixed(line, self.stream)
        self.recoded = Recoded(cast("BinaryIO", io.BufferedReader(rest)), codec)
        return self.recoded.readline(size)


class _Prefixed(RawIOBase):
    """`stream` with `prefix` read first: the appended part's first line, already read."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self.prefix = prefix
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if not self.prefix:
            read1 = getattr(self.stream, "read1", self.stream.read)
            self.prefix = read1(len(view))
        count = min(len(view), len(self.prefix))
        view[:count], self.prefix = self.prefix[:count], self.prefix[count:]
        return count
