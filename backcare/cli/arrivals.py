"""Whether a batch line arrived with the lines before it, or on its own (newcomer25 F4).

`ask -` reads a line that goes on from the one before it ("my back hurts and I cannot" / "pee at
all") with it for an emergency (wrapped.py): a message wrapped over lines. In a long-lived
co-process (`ask --json -` as a bot's worker) each line may be written after the reply to the
one before it, and may be someone else's: person A's "my back hurts and I cannot", answered,
and seconds later person B's "pee at the clinic, is there a toilet?" gave B an emergency notice
that was no one's. So a line none of which had arrived when the line before it was read (so
before that line's reply was written) was sent on its own: it starts a new message. Lines that
arrive together (a file, a paste, an email written to the pipe at once or a line at a time) are
read together as before.

"Had arrived" is told from what has come, not from how long a read took: `Arrivals` reads
standard input's descriptor itself, so the bytes not yet handed on are its own to count, and the
descriptor is asked (select, waiting at most TOGETHER_SECONDS) whether more has come. Bytes that
an earlier look at standard input left in Python's buffer are taken over first. Where the
descriptor cannot be asked (no descriptor, a platform whose select takes no pipes), or a reader
in between holds bytes of its own (old Mac line ends, UTF-16 input), every line counts as
arriving together, as before.
"""

from __future__ import annotations

import os
import select
from io import BufferedReader, RawIOBase

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

READ_BYTES = 65536  # one read of the descriptor, as a pipe's buffer holds at most
# How long the reader waits, when nothing of the next line has come, before it takes the line
# just read as the last of its message. A program that writes a wrapped message a line at a time
# (print(line, flush=True) in a loop) has its next line in the pipe microseconds later (a loaded
# machine: milliseconds); a caller waiting for this line's reply cannot send before it is
# written. Only a line with nothing after it waits: a worker's reply comes this much later.
TOGETHER_SECONDS = 0.02


class Arrivals(RawIOBase):
    """`readline(n)` and `peek(n)` over standard input's descriptor, and `waiting()`: whether
    any of the next line has arrived. A readable raw stream too (`read1`, `readinto`), for the
    readers that decode UTF-16 input over it (inputlines.Recoded, SwitchAtMark)."""

    def __init__(self, buffered: BufferedReader, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._ended = False
        # what an earlier peek (batch detection, the encoding sniff) left buffered: a peek of a
        # buffer that holds bytes returns them all without reading the descriptor; one that
        # holds none reads it once, waiting for the first line, which is read next anyway
        self._pending = bytes(buffered.peek(READ_BYTES))
        buffered.read(len(self._pending))

    def _fill(self) -> bool:
        if self._ended:
            return False
        chunk = os.read(self._fd, READ_BYTES)
        self._ended = not chunk
        self._pending += chunk
        return bool(chunk)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if not self._pending:
            self._fill()
        count = min(len(view), len(self._pending))
        view[:count], self._pending = self._pending[:count], self._pending[count:]
        return count

    def read1(self, size: int = -1) -> bytes:
        return self.read(size if size >= 0 else READ_BYTES) or b""

    def peek(self, size: int) -> bytes:
        if not self._pending:
            self._fill()
        return self._pending[:size]

    def readline(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = 1 << 62
        start = 0
        while True:
            cut = self._pending.find(b"\n", start, size)
            if cut >= 0:
                end = cut + 1
                break
            if len(self._pending) >= size:
                end = size
                break
            start = len(self._pending)  # search on in the new bytes only
            if not self._fill():
                end = len(self._pending)
                break
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def waiting(self) -> bool:
        """Whether any byte of the next line has arrived (or the input has ended), or arrives
        within TOGETHER_SECONDS."""
        if self._pending or self._ended:
            return True
        try:
            return bool(select.select([self._fd], [], [], TOGETHER_SECONDS)[0])
        except (OSError, ValueError):
            return True


def arrived(watch: Arrivals | None, stream: object) -> bool:
    """Whether the next line had begun to arrive when the reader came back for it; True when
    that cannot be told: no watch, or a reader between that holds bytes of its own (old Mac line
    ends, UTF-16 input: inputlines.py)."""
    from backcare.cli.inputlines import SwitchAtMark

    if watch is None or not isinstance(stream, SwitchAtMark) or stream.recoded is not None:
        return True
    return watch.waiting()


def watched(stdin: object) -> Arrivals | None:
    """An Arrivals over standard input, or None when its descriptor cannot be watched."""
    buffered = getattr(stdin, "buffer", None)
    try:
        fd = int(stdin.fileno())  # type: ignore[attr-defined]
        select.select([fd], [], [], 0)
    except (AttributeError, OSError, ValueError, TypeError):
        return None
    if not isinstance(buffered, BufferedReader):
        return None
    return Arrivals(buffered, fd)
