"""quality56 (issue 11): word links a pack of many entries teaches about itself (links.py).

A paraphrase says a question's idea in words its entry's question lacks. In a pack of 30 entries
or more, the other entries holding a question's word show which question terms travel with it:
perlfaq5's "add a line to the end of a file" meets "append" through the entries that say "end"
and "line" beside "append" in their questions. A pack of a dozen or two entries teaches chance
pairs, so the bundled pack (12 entries) and the clinic pages never read links, nor import them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import backcare.engine.match as match
import backcare.engine.question_analysis as question_analysis
from backcare.engine.answer import Engine
from backcare.engine.tuning import LINK_MIN_ENTRIES
from backcare.packs.load import load_pack
from tests.conftest import EVAL

ROOT = EVAL.parent.parent


def _first(engine: Engine, question: str) -> str | None:
    found = engine.ask(question).results
    return found[0].entry.id if found else None


@pytest.mark.parametrize(
    ("question", "expected", "without"),
    [
        (
            "Is locking needed just to add a line to the end of a file?",
            "pf5-append-need-locking",
            "pf5-change-insert-delete-line",
        ),
        (
            "which open mode appends and creates the file if it doesn't exist yet",
            "pf5-read-write-open-wipes-file",
            "pf5-append-need-locking",
        ),
    ],
)
def test_a_large_packs_own_word_links_rank_the_paraphrased_entry_first(
    question: str, expected: str, without: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = load_pack(EVAL / "perlfaq5_faq.json")  # 42 entries
    assert len(pack.entries) >= LINK_MIN_ENTRIES
    assert _first(Engine(pack), question) == expected
    # the same pack read as too small to learn from: the entry the ranking alone puts first
    monkeypatch.setattr(match, "LINK_MIN_ENTRIES", len(pack.entries) + 1)
    monkeypatch.setattr(question_analysis, "LINK_MIN_ENTRIES", len(pack.entries) + 1)
    assert _first(Engine(pack), question) == without


def test_a_small_pack_reads_no_links() -> None:
    engine = Engine(load_pack())
    assert engine.matcher.store.size < LINK_MIN_ENTRIES
    assert engine.matcher._links is None


def test_a_cold_ask_of_the_bundled_pack_does_not_import_the_links() -> None:
    code = (
        "import sys\n"
        "from backcare.cli.entry import main\n"
        "sys.argv = ['backcare', 'ask', '--json', 'why is my back stiff']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('backcare.engine.links' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "False"
