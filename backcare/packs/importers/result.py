"""What an import produces (`Imported`), and the ids it gives entries."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from backcare.errors import PackError

_SLUG_SKIP = frozenset(
    "a an the is are do does did i you my your what why how when which who of to for in on at can "
    "so it its it's me and or be".split()
)
_SLUG_WORD = re.compile(r"[a-z0-9]+")
SLUG_WORDS = 6
SLUG_LENGTH = 60
_QUESTION_LOOKS = {
    "page": "questions are lines ending in '?'",
    "markdown": "questions are headings or bold lines ending in '?'",
    "html": "questions are FAQPage data, <summary>, <dt>, or headings ending in '?'",
}


@dataclass
class Imported:
    """Pack data produced by an import, and what the importer noticed along the way.

    `title` is '' when the input names none (the caller picks one, e.g. the file name); `source`
    is the page's URL when it states one.
    """

    title: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source: str = ""
    format: str = ""  # the format it was read as: 'page', 'markdown' or 'html'

    def to_pack(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title}
        if self.source:
            data["source"] = self.source
        data["entries"] = self.entries
        return data

    def require_entries(self, name: str) -> None:
        """PackError naming what a question looks like in this format, when none was found."""
        if not self.entries:
            looks = _QUESTION_LOOKS.get(self.format, "lines ending in '?'")
            # the notes may say why (a question skipped, a JSON-LD block refused): an import
            # that fails never hides what it noticed
            noticed = "".join(f"; note: {note}" for note in self.notes[:3])
            if len(self.notes) > 3:
                noticed += f" (and {len(self.notes) - 3} more notes)"
            raise PackError(f"{name}: no questions found (read as {self.format}; {looks}){noticed}")


def add_entry(
    result: Imported, question: str, answer: str, topic: str = "", aliases: list[str] | None = None
) -> None:
    """Append an entry (its id is assigned later), or note that the question had no answer."""
    if not answer.strip():
        result.notes.append(f"question {question!r}: no answer text, skipped")
        return
    entry: dict[str, Any] = {"id": "", "question": question, "answer": answer}
    if topic:
        entry["topic"] = topic
    if aliases:
        entry["aliases"] = aliases
    result.entries.append(entry)


def slugify(question: str) -> str:
    """Up to six content words of the question, ASCII kebab-case: only [a-z0-9-], never empty."""
    folded = unicodedata.normalize("NFKD", question.lower().replace("'", "").replace("’", ""))
    words = _SLUG_WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))
    kept = [w for w in words if w not in _SLUG_SKIP] or words or ["entry"]
    slug = "-".join(kept[:SLUG_WORDS])
    if len(slug) > SLUG_LENGTH:
        cut = slug.rfind("-", 0, SLUG_LENGTH + 1)
        slug = slug[: cut if cut > 0 else SLUG_LENGTH]
    return slug


def assign_ids(entries: list[dict[str, Any]]) -> None:
    """Slug ids, numbered '-2', '-3'... when repeated; linear even for thousands of repeats."""
    taken: set[str] = set()
    next_number: dict[str, int] = {}
    for entry in entries:
        base = slugify(entry["question"])
        slug, n = base, next_number.get(base, 2)
        if slug in taken:
            # a question may slug to 'bad-2' by itself, so keep counting past taken numbers
            while (slug := f"{base}-{n}") in taken:
                n += 1
            n += 1
        next_number[base] = n
        taken.add(slug)
        entry["id"] = slug


def clip(text: str, width: int = 60) -> str:
    """Text shortened for a one-line note."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
