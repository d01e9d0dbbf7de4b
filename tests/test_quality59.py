"""quality59 (issue 11): related English words re-rank a large pack's best candidates (related.py).

A paraphrase says a question's idea in words its entry lacks ("copy a folder" for perlfaq5's
"How do I copy a directory?"): data/related_words.txt holds such pairs for the most frequent
English words, made once from an embedding model (tools/make_related_words.py), so no model is
imported at run time. Only a pack the word links read (LINK_MIN_ENTRIES) reads them: the bundled
pack's near-duplicate entries swapped under them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import backcare.engine.match as match
import backcare.engine.question_analysis as question_analysis
import backcare.engine.related as related
from backcare.engine.analyze import stem
from backcare.engine.answer import Engine
from backcare.engine.tuning import LINK_MIN_ENTRIES
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry, Pack
from backcare.resources import DataError
from tests.conftest import EVAL

ROOT = EVAL.parent.parent


def _first(engine: Engine, question: str) -> str | None:
    found = engine.ask(question).results
    return found[0].entry.id if found else None


def _pack(entries: list[tuple[str, str]]) -> Pack:
    pack = load_pack(EVAL / "perlfaq5_faq.json")
    return pack._replace(
        entries=tuple(
            Entry(id=f"e{i}", question=question, answer=answer)
            for i, (question, answer) in enumerate(entries)
        )
    )


@pytest.mark.parametrize(
    ("word", "related_word"),
    # SCOWL's list (quality61) has no "pc", and "several" shares its stem with "sever" / "severe"
    [("many", "multiple"), ("delete", "remove"), ("folder", "directory"), ("computer", "machine")],
)
def test_the_data_relates_common_paraphrases(word: str, related_word: str) -> None:
    table = related.related_words()
    assert stem(related_word) in dict(table[stem(word)])


def test_the_data_holds_no_stop_word_and_no_word_spelt_nearly_alike() -> None:
    # a question's and an entry's terms never hold stop words; a word spelt nearly alike ("hid"
    # for "hide") is left out (tools/make_related_words.SPELT_ALIKE: lsof lost lower ranks)
    table = related.related_words()
    assert "the" not in table
    assert all(stem(w) not in dict(table[stem("hide")]) for w in ("hid", "the"))


def test_a_large_packs_paraphrase_ranks_its_entry_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # a question whose words the right entry says otherwise: perlfaq5 (42 entries)
    pack = load_pack(EVAL / "perlfaq5_faq.json")
    assert len(pack.entries) >= LINK_MIN_ENTRIES
    question = "How do I copy a folder and all its contents?"
    assert _first(Engine(pack), question) == "pf5-copy-directory"
    # without the related words (weight 0) the ranking alone puts another entry first
    monkeypatch.setattr(related, "RELATED_WEIGHT", 0.0)
    assert _first(Engine(pack), question) != "pf5-copy-directory"


def test_a_word_the_entry_holds_is_not_credited_again() -> None:
    # "computer" is in both questions: only the word the right one lacks ("many") is read
    fillers = [(f"How do I set up topic {i} alpha{i}?", f"Open menu {i}.") for i in range(40)]
    pack = _pack(
        [
            ("Multiple dropbox accounts on one computer?", "Use a second login."),
            ("Many ways to remove dropbox from a computer", "Unlink it."),
            *fillers,
        ]
    )
    engine = Engine(pack)
    assert engine.matcher._related is not None
    terms = engine.matcher.analyzer.terms("many dropbox accounts on my computer")
    table = engine.matcher._related.related
    words = {t: pairs for t in terms if (pairs := table.get(t))}
    credit = engine.matcher._related._credit
    assert credit(1, words) == 0.0  # holds "many" itself, and "computer"
    assert credit(0, words) > 0.0  # "multiple" for "many"


def test_a_small_pack_reads_no_related_words(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(load_pack())
    assert engine.matcher.store.size < LINK_MIN_ENTRIES
    assert engine.matcher._related is None
    pack = load_pack(EVAL / "perlfaq5_faq.json")
    monkeypatch.setattr(match, "LINK_MIN_ENTRIES", len(pack.entries) + 1)
    monkeypatch.setattr(question_analysis, "LINK_MIN_ENTRIES", len(pack.entries) + 1)
    assert Engine(pack).matcher._related is None


def test_a_malformed_line_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(related, "read_bytes", lambda name: b"# comment\nword\tother:high\n")
    related.related_words.cache_clear()
    try:
        with pytest.raises(DataError, match="line at byte 10"):
            related.related_words().get("word")
    finally:
        monkeypatch.undo()
        related.related_words.cache_clear()


def test_a_cold_ask_of_the_bundled_pack_does_not_read_the_related_words() -> None:
    code = (
        "import sys\n"
        "from backcare.cli.entry import main\n"
        "sys.argv = ['backcare', 'ask', '--json', 'why is my back stiff']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('backcare.engine.related' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "False"
