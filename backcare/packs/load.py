"""Reading packs: from a user's file or the bundled data, with one-line errors for every failure.

Reading is bounded (at most `MAX_PACK_BYTES` + 1 bytes, so `/dev/zero` or a FIFO cannot grow memory),
and the JSON reader rejects what `json` would accept silently or crash on: a key given twice, a
number too long to convert, NaN/Infinity, nesting beyond `MAX_DEPTH`.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections import Counter

from backcare import userfiles
from backcare.errors import PackError
from backcare.hints import TYPE_CHECKING, Any, BinaryIO
from backcare.packs import limits
from backcare.packs.fields import DuplicateKeys
from backcare.packs.schema import Pack, pack_from_data
from backcare.resources import data_file
from backcare.userfiles import FileProblem, read_bounded

if TYPE_CHECKING:
    from pathlib import Path

BUNDLED = "faq.json"
# `--faq bundled` (packs/multi.py); a file of that name is `./bundled`. Here, not in multi.py:
# every ask names its packs (cli/provenance.py), and a single pack needs no multi (issue 17)
BUNDLED_NAME = "bundled"

_MARKUP_SUFFIXES = {
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".html": "HTML",
    ".htm": "HTML",
    ".txt": "text",
}
# what a page's start looks like (markup_kind: a pack that failed as JSON), compiled on that path:
# a heading, a setext heading, a list, or YAML front matter (`---` then `title: ...`)
_HTML_START = rb"\s*<(?:!doctype|html|head|body|!--|div|section|h[1-6]|p\b)"
_MARKDOWN_START = (
    rb"\s*(?:#{1,6}\s|[^\n]*\n(?:=+|-+)\s*\n|[-*+]\s|---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:)"
)


def as_path(name: str | os.PathLike[str]) -> str | Path:
    """`name` as pathlib reads it: the string itself when pathlib would write it the same way
    (most names: no pathlib import, about 5% of a cold run), else a Path."""
    if isinstance(name, str) and written_as_pathlib_writes_it(name):
        return name
    from pathlib import Path

    return Path(name)


def written_as_pathlib_writes_it(name: str) -> bool:
    """Whether str(Path(name)) == name: on POSIX, a name that is not empty and has no empty or '.'
    parts (a leading '/' aside), so no trailing '/'."""
    first, *rest = name.split("/")
    return (
        os.name == "posix"
        and bool(name)
        and first != "."
        and all(part not in ("", ".") for part in rest)
    )


def looks_like_url(name: str) -> bool:
    """Whether a pack's name is a URL ("https://...", "file://..."): a pack is a local file."""
    scheme, sep, _ = name.partition("://")
    return (
        bool(sep)
        and scheme[:1].isascii()
        and scheme[:1].isalpha()
        and all(c.isascii() and (c.isalnum() or c in "+.-") for c in scheme)
    )


def urls_whole(parts: list[str]) -> list[str]:
    """A pack list split at ':' (BACKCARE_FAQ on POSIX) with each URL whole again: its scheme is
    no pack of its own (`BACKCARE_FAQ=file:///srv/faq.json` was "file: no such file"), so the
    loader can say what a URL names (packs.multi.refuse_url)."""
    joined: list[str] = []
    for part in parts:
        if joined and part.startswith("//") and looks_like_url(f"{joined[-1]}:{part}"):
            joined[-1] += f":{part}"
        else:
            joined.append(part)
    return joined


def load_pack(path: str | Path | None = None) -> Pack:
    """Read and validate a pack; None means the bundled FAQ."""
    file = data_file(BUNDLED) if path is None else as_path(path)
    name = "bundled FAQ" if path is None else str(path)
    raw = read_file_bytes(file, name)
    return parse_pack(raw, name)


def read_file_bytes(
    file: str | Path,
    name: str,
    limit: int = limits.MAX_PACK_BYTES,
    *,
    what: str = "a pack",
    regular: bool = True,
) -> bytes:
    """A user's file (at most `limit` bytes), with a one-line PackError for every way reading it can
    fail (backcare.userfiles.read_bounded says how it is read). With `regular` (packs), only a
    regular file is read: a FIFO or device would hold back what comes before the pack's error (a
    red-flag notice). Without it (a questions file, a page to import: inputs that may come from a
    pipe) any readable file is read. `what` names the input in the errors ("the limit for a pack")."""
    try:
        return read_bounded(file, limit, regular=regular)
    except FileProblem as problem:
        raise _pack_error(problem, name, limit, what) from None


def read_limited(
    stream: BinaryIO, name: str, limit: int = limits.MAX_PACK_BYTES, *, what: str = "a pack"
) -> bytes:
    """Everything a stream holds (standard input), or a PackError once it passes `limit` bytes."""
    try:
        return userfiles.read_limited(stream, limit)
    except FileProblem as problem:
        raise _pack_error(problem, name, limit, what) from None


def _pack_error(problem: FileProblem, name: str, limit: int, what: str) -> PackError:
    messages = {
        userfiles.MISSING: "no such file",
        userfiles.DIRECTORY: "is a directory, not a file",
        userfiles.SPECIAL: f"is {problem.detail}, not a regular file; {what} is read only from a file",
        userfiles.TOO_LARGE: f"larger than {limit // (1024 * 1024)} MB, the limit for {what}",
        userfiles.PERMISSION: "permission denied",
        userfiles.BAD_NAME: "not a valid file name",
    }
    if problem.kind == userfiles.MISSING and name == "-":
        # `ask -` reads questions from stdin; a pack is a file (hostile11: "-: no such file").
        # /dev/stdin is one only when standard input is redirected from a file: a pipe is
        # refused (newcomer23 F7: the advice offered it for a pipe, which was then refused)
        return PackError(
            f"'-': {what} is read from a file, not standard input; give its path{_SAVE_FIRST}"
        )
    if problem.kind == userfiles.SPECIAL and problem.detail.startswith("a FIFO"):
        return PackError(f"{name}: {messages[problem.kind]}{_SAVE_FIRST}")
    return PackError(f"{name}: {messages.get(problem.kind, f'cannot read ({problem.detail})')}")


# what to do with a pack or page that comes through a pipe (`git show HEAD~1:faq.md | ...`)
_SAVE_FIRST = (
    "; save what you pipe to a file first, keeping its extension "
    "(`git show HEAD~1:faq.md > old.md`), and give that file"
)


# a byte-order mark names its encoding (Windows editors save "Unicode" as UTF-16 with one); the
# UTF-32 marks come first, since UTF-32-LE's begins with UTF-16-LE's
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


# how many bytes the start of a text is judged on: enough to hold a header line (a row of box
# drawing, a title in another script) and the line after it
SNIFF_BYTES = 4096

# what UTF-16 text read in the right byte order shows and the wrong order does not: ASCII
# whitespace, letters and digits (in the wrong order they are U+0A00, U+2000, U+7300...)
_EVIDENCE = frozenset("\t\n\r 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# how long a head must be for one byte order reading as text to be enough without that evidence
_LONG_TEXT_BYTES = 128
# the fewest NULs a head must hold to be read as UTF-16 without a mark: two, and one in every
# 256 bytes (a line of 60 CJK characters and its newline is one NUL in 122 bytes)
_MIN_NULS = 2
_BYTES_PER_NUL = 256
_WHITESPACE_BYTES = b"\t\n\r "  # their UTF-16 code units are the byte and a NUL
# control characters text may hold (an escape sequence in a question is shown escaped, not lost)
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1b")


def text_encoding(head: bytes, name: str = "the input") -> tuple[str, bool]:
    """The codec of text that starts with `head`, and whether it was guessed with no byte-order mark
    to say so: a mark names it; else UTF-8 when `head` is UTF-8 text (no NUL, no stray control);
    else UTF-16 in the byte order that decodes to text (no NUL, control, unassigned, private or
    lone surrogate character) and shows ASCII whitespace, letters or digits where the other order
    shows none or half as many. That holds whatever the script of the rest (a header of box
    drawing or Cyrillic has the NULs of its own characters in either byte, so the old "3 in 4 odd
    bytes NUL" rule read it as UTF-8 garbage and lost a later emergency). A head with NULs that
    reads as text in both orders alike is refused (PackError: "not UTF-8 text ...") rather than
    answered as garbage; anything else is UTF-8, its bad bytes replaced."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding.lower(), False  # these codecs read the mark and drop it
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", False
    if b"\0" not in head and _reads_as_text(head, "utf-8"):
        return "utf-8", False
    # UTF-16 text has a NUL beside every ASCII character it holds (each newline, space, digit):
    # a head with almost none is UTF-8 with a bad byte or a stray NUL (a review found one changed
    # byte in a batch of questions read as UTF-16, and its emergencies lost), never UTF-16
    if head.count(0) < max(_MIN_NULS, len(head) // _BYTES_PER_NUL):
        return "utf-8", False
    # and in one parity: every space and newline of UTF-16 (whatever its script) is a code unit
    # with a NUL beside it. UTF-8 with NULs in it (C strings' "line\0\n", `find -print0`, a stray
    # pair) has most of its spaces and newlines with no NUL beside them, however few bytes it has:
    # the count alone read a two-NUL question as UTF-16-BE and lost its emergency (hostile12 F1)
    if not _whitespace_beside_nuls(head):
        return "utf-8", False
    readings = {order: _evidence(head, order) for order in ("utf-16-le", "utf-16-be")}
    texts = {order: found for order, found in readings.items() if found is not None}
    if not texts:  # UTF-32 without a mark (iconv -t UTF-32BE): three NULs beside each ASCII letter
        whole = head[: len(head) - len(head) % 4]
        readings = {order: _evidence(whole, order) for order in ("utf-32-le", "utf-32-be")}
        texts = {order: found for order, found in readings.items() if found}
        if len(texts) == 1:
            return next(iter(texts)), True
        texts = {}
    from backcare.packs.decoding import read_despite_bad_units

    # one bad code unit (a lone surrogate) fails the strict reading of the right byte order: it
    # is still that order, and the error then names it, not "not UTF-8" (hostile14 F15)
    rescued = read_despite_bad_units(head)
    if len(texts) == 1:
        ((order, found),) = texts.items()
        # a long text in a script with no ASCII at all shows no evidence, but only one order
        # reads as text (a short Latin-1 line may too, by chance: it stays UTF-8)
        if found == 0 and rescued is not None:
            return rescued, True
        if found > 0 or len(head) >= _LONG_TEXT_BYTES:
            return order, True
    elif len(texts) == 2:
        le, be = texts["utf-16-le"], texts["utf-16-be"]
        if le > 2 * be:
            return "utf-16-le", True
        if be > 2 * le:
            return "utf-16-be", True
        if b"\0" in head:
            raise PackError(
                f"{name}: not UTF-8 text: it reads as UTF-16 text in either byte order, and has "
                "no byte-order mark to say which; save it as UTF-8"
            )
    if not texts and rescued is not None:
        return rescued, True
    return "utf-8", False


def _whitespace_beside_nuls(head: bytes) -> bool:
    """Whether most ASCII whitespace bytes of `head` are UTF-16 code units, a NUL beside each in
    one byte order: the shape of UTF-16 (and UTF-32) text, never of UTF-8. A head with no such
    byte at all (a row of box drawing) is left to the byte orders' evidence."""
    even, odd = head[0::2], head[1::2]
    little = big = 0
    for first, second in zip(even, odd, strict=False):
        if second == 0 and first in _WHITESPACE_BYTES:
            little += 1
        elif first == 0 and second in _WHITESPACE_BYTES:
            big += 1
    spaces = sum(head.count(byte) for byte in _WHITESPACE_BYTES)
    best = max(little, big)
    return 2 * best >= spaces


def _decoded(head: bytes, encoding: str) -> str | None:
    """`head` decoded strictly, a character cut at its end allowed; None if it does not decode."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(head, final=False)
    except UnicodeDecodeError:
        return None


def _reads_as_text(head: bytes, encoding: str) -> bool:
    text = _decoded(head, encoding)
    return text is not None and not any(
        (c < " " and c not in _TEXT_CONTROLS) or c == "\x7f" for c in text
    )


def _evidence(head: bytes, encoding: str) -> int | None:
    """How many ASCII whitespace, letter and digit characters `head` shows in `encoding`, or None
    when it does not read as text there (a NUL, a control, an unassigned, private-use or lone
    surrogate character: what the wrong byte order of UTF-16 text nearly always gives)."""
    import unicodedata

    text = _decoded(head, encoding)
    if text is None or not text:
        return None
    for c in set(text):
        if (c < " " and c not in _TEXT_CONTROLS) or c == "\x7f":
            return None
        if c > "\x7f" and unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs"):
            return None
    return sum(1 for c in text if c in _EVIDENCE)


def marked_utf16_or_32(raw: bytes) -> bool:
    """Whether `raw` starts with a UTF-16 or UTF-32 byte-order mark (decode_text reads it)."""
    return any(raw.startswith(bom) for bom, _ in _BOMS)


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is allowed), or UTF-16 or UTF-32 text that starts with its
    byte-order mark, or a PackError saying where it is not."""
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), "UTF-8")
    codec = {"UTF-8": "utf-8-sig"}.get(encoding, encoding.lower())  # these drop the mark
    if codec == "utf-8-sig" and not raw.startswith(codecs.BOM_UTF8):
        codec = "utf-8"  # the same text and errors, without importing the codec (~0.15 ms)
    if raw.startswith(b"\xef\xbb\xbf") and b"\x00" in raw[3:67]:
        raise PackError(
            f"{name}: NUL bytes after a UTF-8 byte-order mark: the file looks like UTF-16 saved "
            "with the wrong mark; save it again as UTF-8"
        )
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        what = not_text(raw)
        if what:  # hostile13 F13: "bad byte at offset 1" named no cause
            raise PackError(f"{name}: {what}") from None
        said = ", as its byte-order mark says" if encoding != "UTF-8" else ""
        raise PackError(
            f"{name}: not {encoding} text{said} (bad byte at offset {exc.start})"
        ) from None


def not_text(raw: bytes) -> str:
    """What a file that is no text is, when its first bytes say (a compressed page, a Safari web
    archive), with what to do; '' otherwise."""
    if raw.startswith(b"\x1f\x8b"):
        return "is gzip-compressed: decompress it first (gunzip -k FILE)"
    if raw.startswith(b"bplist00"):
        return (
            "is a binary property list (a Safari .webarchive?): open it in a browser and save it "
            "as a web page (HTML) or as text"
        )
    return ""


def parse_pack(raw: bytes, name: str) -> Pack:
    """Decode, parse and validate pack bytes; `name` is used in error messages."""
    return pack_from_data(parse_json(raw, name), name)


class _NumberTooLong(Exception):
    """Raised from inside json.loads; turned into a PackError with the file's name."""


def _number(literal: str) -> int | float:
    if len(literal) > limits.MAX_NUMBER_CHARS:
        raise _NumberTooLong(literal)
    return float(literal) if any(c in literal for c in ".eE") else int(literal)


def _constant(literal: str) -> Any:
    raise ValueError(f"{literal} is not a JSON number")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = DuplicateKeys(obj)
    marked.duplicates = tuple(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    return marked


def _cut_short(exc: json.JSONDecodeError, text: str) -> str:
    """A note when the JSON ends before its last value does: a file cut short, as a shared pack
    read while an administrator's copy of it is still running (newcomer24 F10) reads."""
    if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
        return "; the file ends too soon (still being written or copied, or a copy cut short?)"
    return ""


def _json_reason(message: str) -> str:
    """The json module's reason, in words for a pack's author (hostile11): "Invalid control
    character at" ends in "at" itself, and a second byte-order mark came with Python's advice
    ("decode using utf-8-sig") where the author needs to hear what is in the file."""
    if message.startswith("Unexpected UTF-8 BOM"):
        return "a second byte-order mark (U+FEFF)"
    return message.removesuffix(" at")


def _trailing_comma(text: str, pos: int) -> tuple[str, str] | None:
    """(reason, "line L, column C" of the comma) when the parser stopped at a closing bracket
    that a comma precedes, or None. The parser names the bracket, often on the line after the
    mistake (newcomer26 F19: "Expecting value at line 69" for a comma ending line 68)."""
    if pos >= len(text) or text[pos] not in "]}":
        return None
    before = len(text[:pos].rstrip())
    if before == 0 or text[before - 1] != ",":
        return None
    comma = before - 1
    line = text.count("\n", 0, comma) + 1
    column = comma - (text.rfind("\n", 0, comma) + 1) + 1
    return f"a trailing comma (before the closing {text[pos]!r})", f"line {line}, column {column}"


def parse_json(raw: bytes, name: str) -> Any:
    """Pack JSON with keys given twice marked (schema validation reports them), or a PackError.
    UTF-16 or UTF-32 with no byte-order mark is read as `import` and `ask -` read it (one sniff,
    text_encoding): read as UTF-8 it was "not valid JSON (Expecting value at line 1, column 1)"
    (hostile11 F5). A wrong guess cannot pass unseen: the text must still parse as a pack."""
    from backcare.packs.decoding import binary_kind

    kind = binary_kind(raw)
    if kind:  # a .docx, a PDF, an image: said before its bytes are misread as text (hostile14 F16)
        raise PackError(f"{name}: {kind}")
    read_as = ""
    encoding, guessed = text_encoding(raw[:SNIFF_BYTES], name) if b"\0" in raw[:4] else ("", False)
    if guessed:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise PackError(
                f"{name}: not {encoding.upper()} text, as its start reads, and it has no "
                f"byte-order mark (bad byte at offset {exc.start}); save it as UTF-8"
            ) from None
        read_as = f"; read as {encoding.upper()}: the file has no byte-order mark"
    else:
        text = decode_text(raw, name)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_number,
            parse_float=_number,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        if not text.strip():  # newcomer24 F10: "Expecting value at line 1, column 1" said less
            raise PackError(f"{name}: the file is empty (still being written or copied?)") from None
        comma = _trailing_comma(text, exc.pos)
        if comma is not None:  # said where the comma is, not where the parser gave up
            reason, where = comma
        else:
            reason, where = _json_reason(exc.msg), f"line {exc.lineno}, column {exc.colno}"
        raise PackError(
            f"{name}: not valid JSON ({reason} at {where}{read_as})"
            f"{_cut_short(exc, text)}{_import_hint(raw, name)}"
        ) from None
    except _NumberTooLong as exc:
        raise PackError(
            f"{name}: a number {len(str(exc)):,} characters long "
            f"(the limit is {limits.MAX_NUMBER_CHARS} anywhere in a pack)"
        ) from None
    except ValueError as exc:  # NaN/Infinity
        raise PackError(f"{name}: not valid JSON ({exc})") from None
    except RecursionError:
        raise PackError(
            f"{name}: nested more than {limits.MAX_DEPTH} levels deep (not a pack)"
        ) from None


def _import_hint(raw: bytes, name: str) -> str:
    """For a Markdown or HTML page given where a pack was expected: how to turn it into one."""
    kind = markup_kind(raw, name)
    if kind is None:
        return ""
    import shlex  # only on this error path

    return f"; it looks like {kind}: make a pack with `backcare import {shlex.quote(name)} -o pack.json`"


def markup_kind(raw: bytes, name: str) -> str | None:
    """'Markdown', 'HTML' or 'text' when a file that failed as JSON looks like a page to import."""
    from pathlib import Path  # only on this error path

    suffix = Path(name).suffix.lower()
    head = raw[:4096].lstrip(b"\xef\xbb\xbf")
    # what the content says first, unless the name says Markdown or HTML: a page saved as
    # `faq.txt` looked like "text"
    if _MARKUP_SUFFIXES.get(suffix, "text") == "text" and re.match(_HTML_START, head, re.I):
        return "HTML"
    if suffix in _MARKUP_SUFFIXES:
        return _MARKUP_SUFFIXES[suffix]
    if re.match(_MARKDOWN_START, head):
        return "Markdown"
    return None


OPENSSL_SHA_FROM = 1 << 20  # bytes: see sha256_hex


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of a file's bytes as `sha256sum` gives it: what a script records to name the
    pack that answered (`config --json`, `ask --json`, `--version`). CPython's own SHA-256 module,
    as snapfile takes BLAKE2b's: hashlib would load OpenSSL's bindings first (~3.6 ms a cold run).
    A large pack's bytes go to OpenSSL's, as fast as that import from about a megabyte on (the
    first use of a 17 MB pack: 10 ms against 59; the same digest), and so do any once a user
    pack's `content_digest` has imported hashlib."""
    if len(raw) >= OPENSSL_SHA_FROM or "hashlib" in sys.modules:
        import hashlib

        return hashlib.sha256(raw).hexdigest()
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
        except ImportError:  # pragma: no cover (a build without them)
            from hashlib import sha256
    return str(sha256(raw).hexdigest())


def content_digest(raw: bytes) -> str:
    """The content hash that keys a pack's persistent index."""
    import hashlib  # 2.7 ms to import; only packs need it, not --version

    return hashlib.blake2b(raw, digest_size=16).hexdigest()
