"""backcare: answers back-care questions from an FAQ pack.

The library is usable without the CLI::

    from backcare import Engine, load_pack
    answer = Engine(load_pack()).ask("stiff back after sitting")

Names are imported on first use (PEP 562), so `backcare --version` loads none of the engine.
"""

# Nothing is imported here at run time, not even `typing` or `__future__`: `python -m backcare`
# runs this file before backcare/__main__.py drops the current directory from sys.path, so a
# `typing.py` lying there would run as code (hostile9 #6). Annotations are strings; mypy reads
# TYPE_CHECKING as true.
TYPE_CHECKING = False

__version__ = "0.1.0"

_EXPORTS = {
    "Answer": "backcare.engine.answer",
    "Engine": "backcare.engine.answer",
    "BackcareError": "backcare.errors",
    "PackError": "backcare.errors",
    "QueryError": "backcare.errors",
    "Match": "backcare.engine.match",
    "Entry": "backcare.packs.schema",
    "Pack": "backcare.packs.schema",
    "load_pack": "backcare.packs.load",
}

if TYPE_CHECKING:
    from typing import Any

    from backcare.engine.answer import Answer, Engine
    from backcare.engine.match import Match
    from backcare.errors import BackcareError, PackError, QueryError
    from backcare.packs.load import load_pack
    from backcare.packs.schema import Entry, Pack


def __getattr__(name: str) -> "Any":
    if name in _EXPORTS:
        import importlib  # on first use, long after __main__'s check

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
