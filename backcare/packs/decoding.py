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


# Files that are no text at all, by their first bytes (hostile14 F16): read as text they were
# "not UTF-8 text (bad byte at offset 10)", or a PDF's ASCII header "no questions found"
_PAGE_ADVICE = (
    "open it and save the page as a web page (HTML) or as Markdown or text, then import that"
)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        "is a ZIP archive (a Word .docx, an OpenDocument .odt or a .zip?), not a page: "
        + _PAGE_ADVICE,
    ),
    (
        b"%PDF-",
        "is a PDF document, not a page: copy its text into a .txt file (or save it as HTML) and "
        "import that",
    ),
    (b"\x89PNG\r\n\x1a\n", "is a PNG image, not a page: " + _PAGE_ADVICE),
    (b"\xff\xd8\xff", "is a JPEG image, not a page: " + _PAGE_ADVICE),
    (b"GIF87a", "is a GIF image, not a page: " + _PAGE_ADVICE),
    (b"GIF89a", "is a GIF image, not a page: " + _PAGE_ADVICE),
)


def binary_kind(raw: bytes) -> str:
    """What a file that is no text is (a ZIP archive such as a .docx, a PDF, an image), with what
    to do, when its first bytes say so; '' otherwise. A PDF may follow a few bytes of junk (the
    format allows 1,024), and a byte-order mark may come first."""
    head = raw.removeprefix(b"\xef\xbb\xbf")
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "is a WebP image, not a page: " + _PAGE_ADVICE
    if b"%PDF-" in head[:1024] and not _looks_like_text(head[: head.find(b"%PDF-")]):
        return _SIGNATURES[1][1]
    return ""


def _looks_like_text(prefix: bytes) -> bool:
    """Whether the bytes before a '%PDF-' are text (a page that mentions '%PDF-'), not junk."""
    if not prefix:
        return False
    return all(32 <= b < 127 or b in b"\t\n\r" for b in prefix)


_SURROGATE_TEXT = "\ufffd"


def read_despite_bad_units(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 byte order `head` reads as once a few bad code units are set aside (a
    lone surrogate, a code point past U+10FFFF), or None. The strict reading of text_encoding
    finds no order when a single unit is bad, and the file was then called "not UTF-8 text"
    (hostile14 F15): this names the order its text shows (a quarter of its characters ASCII
    letters, digits or white space, at most one bad unit in 64), so the error can say which."""
    best: tuple[int, str] | None = None
    for encoding, width in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
        whole = head[: len(head) - len(head) % width]
        text = codecs.getincrementaldecoder(encoding)("replace").decode(whole, final=False)
        bad = text.count(_SURROGATE_TEXT)
        evidence = sum(1 for c in text if c.isascii() and (c.isalnum() or c in "\t\n\r "))
        if not text or bad == 0 or bad * 64 > len(text) or evidence * 4 < len(text):
            continue
        if best is None or evidence > best[0]:
            best = (evidence, encoding)
    return best[1] if best is not None else None


# the byte-order marks that name a codec wider than UTF-8, longest first (UTF-32-LE's mark
# starts with UTF-16-LE's)
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_mark(line: bytes) -> str | None:
    """The codec a line's leading UTF-16 or UTF-32 byte-order mark names ('utf-16', 'utf-32':
    they read the mark and drop it), or None. The marks' bytes FF FE and FE FF can never occur in
    UTF-8, so at a line's start in UTF-8 text a mark says a file in that codec was appended, when
    the rest of the line reads in that codec (_reads_wide): a UTF-8 line after a stray FF FE (a bad
    export's junk) is no such file (newcomer30 F1: the rest of the input was read as UTF-16, one
    line of garbage, and an emergency on a later line was lost)."""
    for mark, codec in _WIDE_MARKS:
        if line.startswith(mark):
            return codec if _reads_wide(line[len(mark) :]) else None
    return None


def _reads_wide(after: bytes) -> bool:
    """Whether the bytes after a wide mark, up to the end of their UTF-8 line, read in that codec
    rather than as UTF-8: nothing but the line's end (a UTF-16 line's LF comes with its NUL next),
    a NUL (every ASCII character of UTF-16 or UTF-32 has one), or bytes UTF-8 cannot decode (text
    of other scripts in UTF-16)."""
    text = after.rstrip(b"\r\n")
    if not text or b"\0" in text:
        return True
    try:
        text.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def marked_part(raw: bytes) -> int:
    """Where a UTF-16 or UTF-32 part starts (the offset of its byte-order mark) in text whose
    lines before it are UTF-8, or -1: `cat notes.txt notepad_export.txt | backcare` appends a
    Notepad "Unicode" file to UTF-8 lines. Judged whole, the NULs of the appended part made all
    of it read as UTF-16, and the UTF-8 lines ("cant pee") became CJK garbage, their emergency
    lost (hostile16 F6). The part before the mark has no NUL (UTF-16 text would have)."""
    # UTF-32-LE's mark starts as UTF-16-LE's does
    marks = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
    found = []
    for mark in marks:
        at = raw.find(b"\n" + mark)
        # a mark before a UTF-8 line (a stray FF FE) starts no part: the next one may (wide_mark)
        while at >= 0 and wide_mark(raw[at + 1 : raw.find(b"\n", at + 1) + 1 or None]) is None:
            at = raw.find(b"\n" + mark, at + 1)
        found.append(at)
    at = min((i for i in found if i >= 0), default=-1)
    if at < 0 or b"\0" in raw[:at]:
        return -1
    return at + 1
