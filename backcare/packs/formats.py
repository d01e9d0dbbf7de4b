"""Which kind of FAQ a file name announces, without importing the importers (start-up time: every
`ask` asks this of its pack's name)."""

from __future__ import annotations

from backcare.hints import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# the import formats, as `import --format` offers them after "auto" (cli/options.py reads them here)
FORMATS = ("html", "markdown", "page", "csv")
# Bump when an importer turns the same page into other entries or notes: an imported page's cache
# (backcare.store.imports) is keyed by it, as well as by backcare's version.
IMPORT_VERSION = 14  # stranger41: a Markdown page's escape sequences written as references and
# inline <script>/<style>/<svg> dropped; a <meta charset> no page is written in read as none;
# newcomer31: a Markdown footer after a rule dropped as furniture, skipped text
# names its links in its one note, British calls to action; ux40: no-break spaces kept in answers, ids pinned in front matter,
# the call to action note naming the front matter's contact; ux37: a Markdown page's notes name their line;
# ux35: a Markdown page's front matter gives contact, source, reviewed,
# aliases and tags; ux34: merge-conflict markers refused, underlined answers and section
# headings kept in an answer noted; harden24: Notion callouts read as page text, a call to action said with
# care advice, CSV files; ux22: a text page's every paragraph before the first question noted, a
# leaflet's title under its masthead, a PDF copy's table rows as items, the offered contact from
# its call; harden21: a PDF copy's furniture, bullets, hyphens and ligatures; Word's
# MsoHeader/MsoFooter; list numbers out of questions; one-cell boxes; mastheads routine; harden20: harden20: lists written with line breaks and bullet marks, <br><br>, the
# page's text after the last question left out, relative links named; harden19: calls to action
# after a welcome or a clause, and under a title; harden18: <noscript> questions, over-long answers skipped (hostile12)
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".csv": "csv",  # a spreadsheet's FAQ (importers/csvfile.py)
    ".tsv": "csv",
}


def format_from_name(name: str | Path) -> str | None:
    """'html' or 'markdown' from a file name's extension; None when the name does not say."""
    from backcare.packs.load import as_path

    path = as_path(name)  # a string when pathlib would write it so: no pathlib import (start-up)
    return SUFFIXES.get(_suffix(path) if isinstance(path, str) else path.suffix.lower())


TEXT_SUFFIXES = frozenset((".txt", ".text"))
_SNIFF = 64


def opens_as_page(name: str | Path) -> bool:
    """Whether `--faq` / `validate` open the file as a page to import rather than a pack: by its
    name (Markdown, HTML), or a text file (`.txt`, as a PDF's text is saved: newcomer14 F13)
    whose content does not open as JSON does (a pack saved as `.txt` stays a pack)."""
    if format_from_name(name) is not None:
        return True
    # the name as text (no pathlib import on a pack's ask: start-up, tests/test_store_paths_text)
    suffix = _suffix(name) if isinstance(name, str) else name.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        return False
    try:
        with open(name, "rb") as file:  # noqa: PTH123
            head = file.read(_SNIFF)
    except OSError:
        return False  # the pack loader says what is wrong with it
    return not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"["))


def _suffix(name: str) -> str:
    """PurePosixPath(name).suffix, lower-cased, for a name pathlib writes as it is."""
    last = name.rsplit("/", 1)[-1]
    dot = last.rfind(".")
    return last[dot:].lower() if 0 < dot < len(last) - 1 else ""
