"""A standard error that cannot fail a command.

Messages on stderr (notes, warnings, "no confident match") are a courtesy beside the output and the
exit code: `backcare ask pancakes 2>/dev/full` must still exit 1, as grep does, not 2 because a
message could not be written. The first failed write points the descriptor at /dev/null, so the
interpreter's last flush at exit cannot fail again either.
"""

from __future__ import annotations

import os

from backcare.hints import TextIO, cast


class QuietStream:
    """Writes through to `stream` until a write fails, then quietly drops what follows."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.failed = False

    def write(self, text: str) -> int:
        if not self.failed:
            try:
                return self.stream.write(text)
            except UnicodeError:  # an encoding that encodes nothing (PYTHONIOENCODING=undefined)
                self._write_raw(text)
            except (OSError, ValueError):
                self._give_up()
        return len(text)

    def _write_raw(self, text: str) -> None:
        """The text as UTF-8 bytes on the descriptor, past the text layer's unusable encoding."""
        try:
            os.write(self.stream.fileno(), text.encode("utf-8", "backslashreplace"))
        except (OSError, ValueError, AttributeError):
            self._give_up()

    def flush(self) -> None:
        if not self.failed:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                self._give_up()

    def isatty(self) -> bool:
        try:
            return not self.failed and self.stream.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:
        return getattr(self.stream, "errors", None)

    def _give_up(self) -> None:
        self.failed = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass


def quiet(stream: TextIO) -> TextIO:
    """`stream` as a QuietStream (typed as the TextIO it stands in for)."""
    return stream if isinstance(stream, QuietStream) else cast(TextIO, QuietStream(stream))
