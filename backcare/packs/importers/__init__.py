"""Importers: turn an FAQ a clinic already publishes (web page, Markdown, text scrape) into pack data.

`import_file` / `import_bytes` / `import_text` return an `Imported`: pack data (`to_pack()`) and the
notes the importer made about everything it dropped or could not place. Formats: 'html' (html.py),
'markdown' (markdown.py), 'page' (a text scrape, page.py), 'csv' (a spreadsheet, csvfile.py); 'auto' picks one by file name, then by
content. Each format module is imported only when used (markdown-it-py costs ~60 ms).
"""

from __future__ import annotations

import codecs
import json
import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcare.errors import PackError
from backcare.packs import limits
from backcare.packs.formats import FORMATS, format_from_name
from backcare.packs.importers.answer import is_absolute_url
from backcare.packs.importers.lines import one_line
from backcare.packs.importers.result import (
    Imported,
    assign_ids,
    slugify,
    without_list_numbers,
)
from backcare.packs.notes import Note, kinded, routine

if TYPE_CHECKING:
    from backcare.packs.schema import Pack

__all__ = [
    "FORMATS",
    "Imported",
    "detect_format",
    "format_from_name",
    "import_bytes",
    "import_file",
    "import_text",
    "pack_from_file",
    "slugify",
]

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_SIGNS = re.compile(
    r"<(?:html|head|body|main)\b|itemtype=[\"']https?://schema\.org/FAQPage", re.I
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|details|summary|dl|dt|dd|section|article|span|a|br|strong)\b[^>]*>",
    re.I,
)
# a setext heading's text line is tested by a lookahead, not `[^\n]*\S[^\n]*` (two unbounded runs
# of the same class: a 200 KB line without a newline took 50 s to fail)
_MD_HEADING = re.compile(
    r"^ {0,3}#{1,6}(?:[ \t]|$)|^(?=[^\n]*\S)[^\n]*\n {0,3}(?:=+|-{2,})[ \t]*$", re.M
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_SNIFF = 8192


def detect_format(text: str, name: str | Path = "") -> str:
    """The format of `text`: by extension, else HTML markup, Markdown headings, else a page."""
    by_name = format_from_name(name) if name else None
    if by_name:
        return by_name
    head = text[:_SNIFF]
    if _HTML_START.match(head) or _HTML_SIGNS.search(head):
        return "html"
    if _MD_HEADING.search(text):
        return "markdown"
    if len(_HTML_TAG.findall(head)) >= 2:
        return "html"
    return "page"


def import_text(text: str, fmt: str = "auto", name: str | Path = "") -> Imported:
    """Parse `text` as 'page', 'markdown', 'html' or 'auto' (`name` helps 'auto' decide)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "auto":
        _refuse_a_pack(text, name)
        fmt = detect_format(text, name)
    if fmt in ("markdown", "page", "csv") and len(text) > limits.MAX_IMPORT_TEXT_CHARS:
        shown = str(name) if str(name) not in ("", "-") else "standard input"
        raise PackError(
            f"{shown}: {len(text):,} characters, more than {limits.MAX_IMPORT_TEXT_CHARS:,} (the "
            f"limit for a {_KINDS.get(fmt, 'text')} page to import; an FAQ "
            "page is far smaller: split it, or write the pack's JSON)"
        )
    try:
        if fmt in ("markdown", "page"):  # a page kept in git may be committed half-merged
            from backcare.packs.importers.conflicts import refuse_conflict_markers

            refuse_conflict_markers(text)
        result = _parse(text, fmt)
    except PackError as exc:  # a bound the page passed: named after the page
        shown = str(name) if str(name) not in ("", "-") else "standard input"
        if str(exc).startswith((f"{shown}:", "unknown import format")):
            raise
        raise PackError(f"{shown}: {exc}") from None
    result.format = fmt
    if fmt == "csv":  # a spreadsheet's cells, as written: no page's numbering or trailing call
        assign_ids(result.entries)
        _fitted(result)
        return result
    if fmt != "html":  # html.py counts the text of the page's elements, not its markup
        from backcare.packs.importers.coverage import question_lines

        result.question_lines = question_lines([text])
    without_list_numbers(result.entries, result.notes)
    from backcare.packs.importers.marks import without_soft_hyphens

    without_soft_hyphens(result.entries, result.notes)
    from backcare.packs.importers.trailing import without_trailing_calls

    without_trailing_calls(result)
    assign_ids(result.entries)
    _one_line_title(result)
    _fitted(result)
    return result


_KINDS = {"markdown": "Markdown", "csv": "CSV"}


def _fitted(result: Imported) -> None:
    """The import's title, source and entries within the pack's limits, a note for each value
    cut (fitted.py: one value past a limit failed the whole import, hostile14 F12)."""
    from backcare.packs.importers.fitted import fit_to_limits

    data: dict[str, Any] = {
        "title": result.title,
        "source": result.source,
        "entries": result.entries,
    }
    fit_to_limits(data, result.notes)
    result.title, result.source = str(data["title"]), str(data.get("source", ""))


def _parse(text: str, fmt: str) -> Imported:
    if fmt == "html":
        from backcare.packs.importers.html import parse_html

        return parse_html(text)
    if fmt == "markdown":
        from backcare.packs.importers.markdown import parse_markdown

        return parse_markdown(text)
    if fmt == "page":
        from backcare.packs.importers.page import parse_page

        return parse_page(text)
    if fmt == "csv":
        from backcare.packs.importers.csvfile import parse_csv

        return parse_csv(text)
    raise PackError(f"unknown import format {fmt!r} (formats: auto, {', '.join(FORMATS)})")


def _one_line_title(result: Imported) -> None:
    """A pack's title is one line without control characters (questions and answers may hold
    them: `validate` warns and every view escapes them); a page's title that has them keeps its
    words, with a note."""
    from backcare.packs.fields import has_control, string_problem

    title = result.title
    if title and string_problem(title, len(title), one_line=True):
        shown = "".join(" " if c.isspace() or has_control(c) else c for c in title)
        result.title = " ".join(shown.split())
        result.notes.append("title: line breaks and control characters replaced by spaces")


def _refuse_a_pack(text: str, name: str | Path) -> None:
    """A backcare pack given to `import` is already what import makes: say so, rather than 'no
    questions found' after reading its JSON as a page. It is called a pack that can be used as it
    is only when it passes the same checks as `validate`; otherwise the first error is named and
    `validate` (which lists them all) is pointed to."""
    if not text.lstrip().startswith("{"):
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    if not (isinstance(data, dict) and isinstance(data.get("entries"), list)):
        return
    from backcare.packs.load import parse_pack

    stdin = str(name) in ("", "-", "standard input")
    shown = "standard input" if stdin else str(name)
    try:
        parse_pack(text.encode("utf-8", "surrogatepass"), shown)
    except PackError as exc:
        problem = str(exc).removeprefix(f"{shown}: ")
        check = "save it to a file and run 'backcare validate FILE'"
        if not stdin:
            check = f"`backcare validate {shlex.quote(str(name))}` lists every error"
        raise PackError(
            f"{shown} is a backcare pack (JSON) with errors, not a page to import: {problem} "
            f"({check})"
        ) from None
    if stdin:
        raise PackError(
            "standard input is already a backcare pack (JSON): save it to a file and use it with --faq"
        )
    raise PackError(
        f"{name} is already a backcare pack (JSON): use it as it is "
        f"(--faq {shlex.quote(str(name))}), or check it with "
        f"`backcare validate {shlex.quote(str(name))}`"
    )


def import_bytes(raw: bytes, name: str, fmt: str = "auto") -> Imported:
    """Decode and import a file's bytes. UTF-8 is expected; an HTML page that is not UTF-8 is read
    in the charset its <meta> declares. `name` is used for errors and for 'auto' detection."""
    from backcare.packs.decoding import binary_kind
    from backcare.packs.load import SNIFF_BYTES, decode_text, text_encoding

    kind = binary_kind(raw)
    if kind:  # a .docx, a PDF, an image: named, not misread as text (hostile14 F16)
        raise PackError(f"{name}: {kind}")
    if fmt in ("auto", "html") and is_mhtml(raw):
        return _mhtml_page(raw, name)
    # UTF-16 or UTF-32 with no byte-order mark, judged as `ask -` judges its input (one sniff):
    # read as UTF-8 it was "no questions found" and a note of NUL-riddled text (hostile10 13)
    encoding, guessed = text_encoding(raw[:SNIFF_BYTES], name)
    if guessed:
        result = import_text(raw.decode(encoding, errors="replace"), fmt, name)
        result.notes.insert(0, _guessed_note(raw, encoding))
        return result
    try:
        text = decode_text(raw, name)  # UTF-8, or UTF-16/32 with a byte-order mark
    except PackError:
        declared = _declared_charset(raw) if fmt in ("auto", "html") else None
        bad: Note | None = None
        try:
            text, bad = _declared_text(raw, declared) if declared else ("", None)
        except LookupError:  # rot13 and the like are codecs, not charsets
            declared = None
        if declared is None:
            return _undeclared(raw, fmt, name)
        else:
            result = import_text(text, fmt, name)
            said = routine(f"read as {declared}, the character set the page declares")
            result.notes[:0] = [bad] if bad is not None else [said]
            return result
    return import_text(text, fmt, name)


def _undeclared(raw: bytes, fmt: str, name: str) -> Imported:
    """A page that is not UTF-8 and declares no character set: each byte that is not UTF-8 read
    as its Windows-1252 character (what HTML itself assumes, and what old "Save as Web page" and
    Notepad "ANSI" files are), with a content note: the set is a guess (hostile15 F6: refused,
    while docs/importing.md said it was read so). A file that is no text, or whose byte-order
    mark says UTF-16 or UTF-32, keeps its one-line error."""
    from backcare.packs.decoding import decode
    from backcare.packs.load import decode_text, marked_utf16_or_32, not_text

    bom = b"\xef\xbb\xbf"
    if marked_utf16_or_32(raw) or not_text(raw) or (raw.startswith(bom) and b"\0" in raw[3:67]):
        decode_text(raw, name)  # raises the usual one-line error
    decoded = decode(raw.removeprefix(bom))
    result = import_text(decoded.text, fmt, name)
    result.notes.insert(
        0,
        f"{name} is not UTF-8 and declares no known character set: read as Windows-1252 (cp1252)"
        + (f", {decoded.replaced:,} byte(s) replaced (U+FFFD)" if decoded.replaced else "")
        + "; check its accented letters and quotes, or save it as UTF-8",
    )
    return result


def _guessed_note(raw: bytes, encoding: str) -> str | Note:
    """The note for text read in a byte order its start shows, with no byte-order mark: routine
    when every code unit read, else a content note naming the units replaced (U+FFFD) and the
    first one's offset (hostile14 F15: a lone surrogate was replaced with no word)."""
    said = f"read as {encoding.upper()}: the file has no byte-order mark"
    try:
        raw.decode(encoding)
    except UnicodeDecodeError as error:
        width = 4 if "32" in encoding else 2
        whole = raw[: len(raw) - len(raw) % width]
        replaced = whole.decode(encoding, errors="replace").count("\ufffd") - whole.decode(
            encoding, errors="ignore"
        ).count("\ufffd")
        cut = " (and its last bytes, an incomplete code unit)" if len(raw) % width else ""
        return Note(
            f"{said}; {max(replaced, 1):,} code unit(s) are not {encoding.upper()} text (the "
            f"first at byte {error.start:,}){cut}: replaced (U+FFFD); check the text there, and "
            "save it as UTF-8"
        )
    return said


_MIME_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", re.MULTILINE)


def is_mhtml(raw: bytes) -> bool:
    """A page saved as a single file (MHTML, .mht): a MIME message whose headers open the file,
    naming a multipart/related body (hostile13 F9: read as text, its quoted-printable debris
    `caf=C3=A9` and the MIME boundary became the answers)."""
    head = raw[:4096].lower()
    return (
        _MIME_HEADER.match(raw[:200]) is not None
        and b"mime-version:" in head
        and b"multipart/related" in head
    )


def _mhtml_page(raw: bytes, name: str) -> Imported:
    """The web page inside an MHTML archive (decoded from its transfer encoding and character
    set), imported as HTML with a routine note: its first text/html part that holds questions (a
    browser saves a framed page as a wrapper page first and the FAQ after it: review13 F12), else
    the first; a PackError if it holds none."""
    import email
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    pages: list[tuple[Imported, str]] = []
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset()
        if charset is not None and not _keeps_ascii(charset):
            charset = None  # 'unicode_escape', 'undefined': no page's charset (as for a <meta>)
        try:
            result = import_text(payload.decode(charset or "utf-8"), "html", name)
        except (LookupError, UnicodeError):
            result = import_bytes(payload, name, "html")
        where = part.get("Content-Location") or message.get("Snapshot-Content-Location") or ""
        pages.append((result, one_line(str(where))))
        if result.entries:
            break
    if not pages:
        raise PackError(
            f"{name}: an MHTML archive with no web page (text/html) in it: open it in a browser "
            "and save it as a web page (HTML)"
        )
    result, where = pages[-1] if pages[-1][0].entries else pages[0]
    # the lines the notes name are the decoded page's, not the archive file's an author opens
    result.notes[:] = [kinded(note).without_line() for note in result.notes]
    shown = f" ({where[:120]})" if where else ""
    which = ""
    if result is not pages[0][0]:
        which = f" (its web page number {len(pages)}: the ones before it hold no questions)"
    result.notes.insert(
        0,
        routine(
            f"read the web page inside an MHTML archive (a page saved as a single file)"
            f"{shown}{which}; its images and other parts are not read"
        ),
    )
    if not result.source and is_absolute_url(where):
        result.source = where
    return result


def _declared_text(raw: bytes, declared: str) -> tuple[str, Note | None]:
    """The page's bytes in the character set it declares, and a content note when some bytes are
    not of it (hostile13 F8: a `<meta charset="utf-8">` over Latin-1 bytes made "café" "caf\ufffd"
    silently, and validate said "nothing lost"). A page that says UTF-8 and is not reads each bad
    byte as its Windows-1252 character, as a file with no declaration is read (packs.decoding);
    any other charset replaces them. LookupError for a name that is no charset."""
    from backcare.packs.decoding import decode

    try:
        return raw.decode(declared), None
    except UnicodeDecodeError as error:
        first = error.start
    if codecs.lookup(declared).name == "utf-8":
        decoded = decode(raw)
        read = f"{decoded.cp1252:,} byte(s) read as Windows-1252 (cp1252)"
        lost = f", {decoded.replaced:,} replaced (U+FFFD)" if decoded.replaced else ""
        return decoded.text, Note(
            f"the page declares the character set {declared}, but its bytes are not all "
            f"{declared} (the first bad one at byte {first:,}): {read}{lost}; check its "
            "accented letters and quotes, and save it as UTF-8"
        )
    text = raw.decode(declared, errors="replace")
    count = text.count("\ufffd") - raw.decode(declared, errors="ignore").count("\ufffd")
    return text, Note(
        f"the page declares the character set {declared}, but {count:,} of its byte sequences "
        f"are not {declared} (the first at byte {first:,}): replaced (U+FFFD); save it as UTF-8"
    )


def import_file(path: str | Path, fmt: str = "auto") -> Imported:
    """Read and import a file; a one-line PackError when it cannot be read."""
    from backcare.packs.load import read_file_bytes

    return import_bytes(read_file_bytes(Path(path), str(path)), str(path), fmt)


def pack_from_file(path: str | Path, fmt: str = "auto") -> tuple[Pack, list[str]]:
    """A Markdown or HTML FAQ imported in memory and validated as a pack (for `--faq clinic.md`),
    with the import's notes; its `digest` is the content hash of the bytes imported. PackError
    when it has no questions or the result is not a valid pack."""
    from backcare.packs.load import content_digest, read_file_bytes
    from backcare.packs.schema import pack_from_data

    raw = read_file_bytes(Path(path), str(path))
    result = import_bytes(raw, str(path), fmt)
    result.require_entries(str(path))
    # the digest of the bytes imported: what its notes were said of (never read a second time)
    pack = pack_from_data(result.to_pack(), str(path))._replace(digest=content_digest(raw))
    return pack, result.notes


def _declared_charset(raw: bytes) -> str | None:
    """The character set the page's <meta> declares, when it is one a page can be written in;
    else None, and the page is read as one that declares none."""
    match = _META_CHARSET.search(raw[:_SNIFF])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return name if _keeps_ascii(name) else None


# printable ASCII but '\\' (before ']' unicode_escape warns of it), and what some of Python's
# codecs read otherwise: an escaped backslash, '\x1b', '\u202e', UTF-7's '+AEE-', HZ's '~{'
_ASCII_PROBE = (
    bytes(c for c in range(0x20, 0x7F) if c != 0x5C) + b"\t\n \\\\ \\x1b \\u202e +AEE- ~{ }~"
)


def _keeps_ascii(name: str) -> bool:
    """Whether codec `name` reads ASCII text as itself, as every charset a browser reads a page
    declaring it in ASCII does (the <meta> was just read so). A page's `<meta charset=
    "unicode_escape">` made '\\x1b[31m' in its text a terminal escape, and "undefined", "idna"
    or "punycode" ended the import in an unexpected error (stranger41); EBCDIC or UTF-16 named
    in ASCII bytes read the page as garbage. Each such page is read as one declaring none."""
    try:
        (_ASCII_PROBE + b"\xe9\xff").decode(name, errors="replace")  # as _declared_text reads
        return _ASCII_PROBE.decode(name) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError, ValueError, TypeError):
        return False
