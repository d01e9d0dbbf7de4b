"""Bytes that are not UTF-8, read as what they most likely are: Windows-1252 ("ANSI") text.

Notepad's "ANSI", Excel's CSV and text pasted from Word carry the curly apostrophe as the byte 0x92:
read as UTF-8 with replacement, "I can\\x92t pee" became "I can\ufffdt pee" and lost its
emergency. Valid UTF-8 stays UTF-8; each byte that is not UTF-8 is read as the Windows-1252
character it stands for (a file can mix the two: UTF-8 saved, then a line pasted from Word), and a
byte with no Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D) or a C0 control is replaced.
The caller says so in one note: `Decoded.note`.
"""

from __future__ import annotations

import codecs

from backcare.namedtuple import NamedTuple

_HANDLER = "backcare-cp1252"
_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


class Decoded(NamedTuple):
    text: str
    cp1252: int = 0  # bytes read as Windows-1252
    replaced: int = 0  # bytes replaced by U+FFFD

    def note(self, name: str) -> str | None:
        """One line for the user, or None when the bytes were UTF-8."""
        if self.replaced:
            return (
                f"{name} is not UTF-8 text: {self.replaced:,} byte(s) could not be read and "
                "were replaced (U+FFFD); save it as UTF-8"
            )
        if self.cp1252:
            return f"{name} is not UTF-8 text: read as Windows-1252 (cp1252)"
        return None


class _Counts:
    cp1252 = 0
    replaced = 0


_counts = _Counts()


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    out = []
    for byte in bad:
        if byte >= 0x80 and byte not in _UNDEFINED:  # a C0 byte is never invalid UTF-8 alone
            out.append(bytes((byte,)).decode("cp1252"))
            _counts.cp1252 += 1
        else:
            out.append("\ufffd")
            _counts.replaced += 1
    return "".join(out), error.end


codecs.register_error(_HANDLER, _cp1252_bytes)


def decode(raw: bytes) -> Decoded:
    """`raw` as UTF-8, each byte that is not UTF-8 read as Windows-1252 (see the module's note)."""
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    _counts.cp1252 = _counts.replaced = 0
    text = raw.decode("utf-8", _HANDLER)
    return Decoded(text, _counts.cp1252, _counts.replaced)
