"""Small packs written inside tests: rows of (id, question, answer) made into a Pack."""

from __future__ import annotations

from backcare.packs.schema import Entry, Pack


def pack_of(rows: tuple[tuple[str, str, str], ...], title: str) -> Pack:
    """A pack of the rows, as a JSON file at `pack.json` would load them."""
    return Pack(
        title=title,
        path="pack.json",
        entries=tuple(Entry(id=i, question=q, answer=a) for i, q, a in rows),
    )
