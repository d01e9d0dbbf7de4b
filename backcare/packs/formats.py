"""Which kind of FAQ a file name announces, without importing the importers (start-up time: every
`ask` asks this of its pack's name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

FORMATS = ("page", "markdown", "html")
SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
}


def format_from_name(name: str | Path) -> str | None:
    """'html' or 'markdown' from a file name's extension; None when the name does not say."""
    from pathlib import Path  # here, not at import: the bundled pack needs no pathlib (start-up)

    return SUFFIXES.get(Path(name).suffix.lower())
