"""speed32 (issue 17): work a cold question no longer pays, each shown to give what the slower
reading gave.

- Acronyms: a pack's capitalised names (initials of three letters or more) and its two-word
  compounds (two letters) are read apart, each when a word of its length is first asked about,
  compounds only for the asked word's first letter.
- Circumstances: the pack's setting counts a circumstance's question postings in C and makes the
  set of their entries only when the count can reach the setting's share.
- A calm Rich `ask` neither checks the pack's contact (shown under notices only) nor imports
  textwrap (no line laid out).
"""

from __future__ import annotations

import json
import random
from array import array
from pathlib import Path

import pytest

from backcare.engine.acronyms import _compound
from backcare.engine.analyze import common_words, stem
from backcare.engine.answer import Engine
from backcare.engine.circumstances import _count, _in_field
from backcare.engine.index import FIELDS
from backcare.engine.query import make_query
from backcare.packs.load import load_pack
from tests.test_quality45 import NAMES
from tests.test_startup import PROBE, loaded

EVAL = Path(__file__).parent / "eval"


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    path = tmp_path_factory.mktemp("names") / "pack.json"
    entries = [*NAMES, {"id": "fit", "question": "Can I borrow a Fitbit?", "answer": "Yes."}]
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    return Engine(load_pack(path))


@pytest.mark.parametrize("pack", ["names", "clinic7_faq.json", "clinic10_faq.json"])
def test_names_and_compounds_never_share_initials(pack: str, names: Engine, tmp_path: Path) -> None:
    """Why they may be read apart: a name's initials have three letters or more, a compound's
    two; so a word's expansion depends on one of the two readings only."""
    engine = names if pack == "names" else Engine(load_pack(EVAL / pack))
    acronyms = engine.matcher._acronyms
    assert all(len(initials) >= 3 for initials in acronyms._read_names())
    letters = {word[:1] for word in acronyms.store.words()}
    for letter in letters:
        compounds = acronyms._read_compounds(letter)
        assert all(len(initials) == 2 and initials[0] == letter for initials in compounds)


def test_compounds_by_letter_are_every_compound_of_the_pack(names: Engine) -> None:
    """The compounds read a letter at a time are all the pack's (the whole vocabulary walked)."""
    acronyms = names.matcher._acronyms
    english = common_words()
    whole = {
        (initials, stem(word))
        for word in acronyms.store.words()
        if (initials := _compound(word, english)) is not None
    }
    by_letter = {
        (initials, found)
        for letter in {word[:1] for word in acronyms.store.words()}
        for initials, stems in acronyms._read_compounds(letter).items()
        for found in stems
    }
    assert whole == by_letter
    assert ("fb", stem("facebook")) in whole  # and "fitbit": two compounds, so "fb" stands for none
    assert acronyms.expand("fb") is None


def test_a_typo_question_does_not_search_the_compounds() -> None:
    """ "bakc" (four letters) asks the names only: no English word searched for a compound."""
    pack = load_pack()
    engine = Engine(pack)
    answer = engine.answer(make_query("stiff bakc aftr siting", pack))
    assert answer.ranking.best is not None
    assert answer.ranking.corrections
    assert engine.matcher._acronyms._compounds == {}


@pytest.mark.parametrize("seed", range(20))
def test_postings_in_a_field_as_the_generator_read_them(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.choice((0, 1, 5, 300, 4000))
    docs = array("I", sorted(rng.sample(range(10 * size + 1), size)))
    best = [rng.randrange(len(FIELDS)) for _ in range(size)]
    for fields in (array("B", best), best):
        for field in range(len(FIELDS)):
            expected = [d for d, f in zip(docs, fields, strict=True) if f == field]
            assert list(_in_field(docs, fields, field)) == expected
            assert _count(fields, field) == len(expected)


def test_a_calm_rich_ask_checks_no_contact_and_lays_out_no_line() -> None:
    probe = PROBE.replace(
        '"ask", "--json", "stiff back after sitting"',
        '"ask", "--color", "always", "stiff back after sitting"',
    )
    probe = probe.replace("import sys\n", "import io, sys\nsys.stdout = io.StringIO()\n", 1)
    probe = probe.replace(
        '"backcare.packs.importers", "numpy")',
        '"backcare.packs.undercut", "textwrap", "rich")',
    )
    # and, since speed46, no rich either: an answer of one-cell characters is measured and wrapped
    # by output/drawn.py (tests/test_drawn.py holds it to Rich's own widths and line breaks)
    assert loaded(probe) == set()
