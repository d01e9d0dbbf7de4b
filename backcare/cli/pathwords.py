"""Whether something given where a file goes is words or a file name that names nothing.

Words put where a file goes (`import "i cant pee and my bum is numb"`, `--faq "$msg"`) may be a
message, and are read for red flags before the "no such file" error (hostile15 F3). A mistyped
file name is not a message (review15 F2: `import saddle_numbness_and_bladder.html` told two
emergency notices): a name shaped as a path is not read. The shape decides, never the words:
- no space, and a directory separator (`docs/bladder-weakness.md`, `C:\\faq`), or an extension
  (`saddle_numbness_and_bladder.html`): an extension is one a file of backcare's has, or a short
  run of letters and digits that is no word (`.pdf`, `.docx`; `cant.pee` is words: "pee" is one);
- with spaces, only a path that starts as one (`/`, `./`, `../`, `~/`, a drive `C:\\`) and ends
  in an extension (`"/home/me/My Documents/saddle numbness.html"`): a message ending in a word
  with a dot in it stays a message.
"""

from __future__ import annotations

from collections.abc import Iterable

from backcare.hints import TYPE_CHECKING
from backcare.lazyregex import lazy

if TYPE_CHECKING:
    from pathlib import Path

# extensions of the files backcare reads or writes (packs, pages, questions, backups, copies)
FILE_EXTENSIONS = frozenset(
    (
        "json jsonl ndjson bak txt text md markdown mdown mkd html htm xhtml shtml pdf csv tsv "
        "doc docx odt rtf xml yaml yml toml zip gz tmp old orig"
    ).split()
)
_EXTENSION = lazy(r"[A-Za-z0-9]{1,8}")
_PATH_START = lazy(r"(?:~?/|\.{1,2}[/\\]|[A-Za-z]:[/\\]|\\\\)")
_SEPARATOR = lazy(r"[/\\]")


def names_no_file(name: str | Path, *, bundled: str = "bundled") -> bool:
    """Whether a name given where a file goes names nothing on disk (and is not the bundled
    pack's name or `-`, standard input)."""
    import os

    return str(name) not in (bundled, "-") and not os.path.lexists(name)


def may_be_words(name: str | Path, *, bundled: str = "bundled") -> bool:
    """Whether a name given where a file goes names nothing on disk and is not shaped as a file's
    path (see the module): words that may be a message, read for red flags."""
    return names_no_file(name, bundled=bundled) and not path_shaped(str(name))


def stray_words(names: Iterable[str | Path], *, bundled: str = "bundled") -> list[str]:
    """The names that may be words (may_be_words), as given."""
    return [str(name) for name in names if may_be_words(name, bundled=bundled)]


def path_shaped(text: str) -> bool:
    """Whether `text` is shaped as a file's path rather than a message (see the module)."""
    text = text.strip()
    if not text:
        return False
    spaced = any(char.isspace() for char in text)
    if spaced:
        return bool(_PATH_START.match(text)) and _has_extension(text)
    return "/" in text or "\\" in text or _has_extension(text)


def _has_extension(text: str) -> bool:
    last = _SEPARATOR.split(text)[-1]
    dot = last.rfind(".")
    if dot <= 0 or dot == len(last) - 1:
        return False
    extension = last[dot + 1 :]
    if not _EXTENSION.fullmatch(extension) or extension.isdigit():
        return False  # "numb..." or "t4.5" are no extension
    lowered = extension.lower()
    if lowered in FILE_EXTENSIONS:
        return True
    from backcare.engine.escapes import known_words

    return lowered not in known_words()
