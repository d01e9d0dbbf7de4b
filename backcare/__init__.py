"""backcare: answers back-care questions from an FAQ pack.

The library is usable without the CLI::

    from backcare import Engine, load_pack
    answer = Engine(load_pack()).ask("stiff back after sitting")

Names are imported on first use (PEP 562), so `backcare --version` loads none of the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Answer": "backcare.answer",
    "Engine": "backcare.answer",
    "BackcareError": "backcare.errors",
    "PackError": "backcare.errors",
    "QueryError": "backcare.errors",
    "Match": "backcare.match",
    "Entry": "backcare.pack",
    "Pack": "backcare.pack",
    "load_pack": "backcare.pack",
}

if TYPE_CHECKING:
    from backcare.answer import Answer, Engine
    from backcare.errors import BackcareError, PackError, QueryError
    from backcare.match import Match
    from backcare.pack import Entry, Pack, load_pack


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'backcare' has no attribute {name!r}")


__all__ = [
    "Answer",
    "BackcareError",
    "Engine",
    "Entry",
    "Match",
    "Pack",
    "PackError",
    "QueryError",
    "__version__",
    "load_pack",
]
