"""quality51 (issue 11): words a pack joins with a hyphen, typed run together; a typo's
correction in the answers' text.

Clinic 9's leaflet asks "Do I need an X-ray or MRI scan?"; "should I get an xray of my back" ranked
that entry sixth, since "X-ray" is read as the two words "x" and "ray" and "xray" is no word of the
pack. The pack's analysis indexes what it hyphenates run together too ("xray", "email",
"followup"), as it indexes a verb and its particle written apart (test_quality49), under a term of
its own that no field length counts."""

from __future__ import annotations

import pytest

import backcare.engine.index as index
import backcare.engine.rerank as rerank
from backcare.engine.analyze import default_analyzer
from backcare.engine.answer import Engine
from backcare.engine.index import build_index
from backcare.engine.split_compounds import compound_key, hyphen_compounds
from backcare.packs.load import load_pack
from backcare.packs.schema import Entry, Pack
from tests.conftest import EVAL

ANALYZER = default_analyzer()

PACK = Pack(
    title="Clinic leaflet",
    path="leaflet.json",
    entries=(
        Entry(
            "scan",
            "Do I need an X-ray or MRI scan?",
            "Most back pain does not need a scan. Your physiotherapist will tell you if it does.",
            "tests",
        ),
        Entry(
            "recur",
            "Will my back pain come back?",
            "It may: staying active makes flare-ups less likely. Book a check-up if it does.",
            "recovery",
        ),
        Entry(
            "work",
            "Can I go to work with back pain?",
            "Usually yes: keep moving, and ask your manager about lighter duties for a while.",
            "work",
        ),
        Entry(
            "contact",
            "How do I contact you?",
            "Phone the department or send us an e-mail; we reply within two working days.",
            "contact",
        ),
    ),
)


def test_hyphenated_words_run_together_as_a_question_types_them() -> None:
    assert hyphen_compounds("Do I need an X-ray or MRI scan?") == ["xray"]
    # stemmed as a question's word is, once per place written
    assert hyphen_compounds("two X-rays, then an e-mail and follow-ups") == [
        "xray",
        "email",
        "followup",
    ]
    # letters only: codes with digits ("COVID-19", "PHY-042") are no words run together
    assert hyphen_compounds("COVID-19 leaflet PHY-042, a dash - between words") == []
    assert hyphen_compounds("no hyphen here") == []


def _first(engine: Engine, question: str) -> str | None:
    found = engine.ask(question).results
    return found[0].entry.id if found else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("should I get an xray of my back", "scan"),
        ("do I need xrays", "scan"),
        ("can I email you", "contact"),
    ],
)
def test_a_word_the_pack_hyphenates_finds_that_entry(question: str, expected: str) -> None:
    assert _first(Engine(PACK), question) == expected


def test_without_the_hyphen_compounds_the_xray_question_misses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same pack analysed without them: "xray" is no word of it and the scan entry is not
    first (the test above can fail)."""
    assert _first(Engine(PACK), "should I get an xray of my back") == "scan"
    monkeypatch.setattr(index, "hyphen_compounds", lambda text: [])
    assert _first(Engine(PACK), "should I get an xray of my back") != "scan"


def test_the_hyphen_compounds_change_no_other_terms_postings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_them = build_index(PACK, ANALYZER).postings
    monkeypatch.setattr(index, "hyphen_compounds", lambda text: [])
    without = build_index(PACK, ANALYZER).postings
    added = set(with_them) - set(without)
    assert added == {compound_key(c) for c in ("xray", "email", "flareup")}
    # "check-up" is a verb and its particle (test_quality49's pairs): its term is there without
    # them, and counted once with them (its postings are equal, below)
    assert compound_key("checkup") in without
    assert {t: with_them[t] for t in without} == without
    docs, _, fields = with_them[compound_key("xray")]
    assert list(docs) == [0]
    assert list(fields) == [index.FIELDS.index("question")]


# --- a typo's correction in the answers' text -------------------------------------------------


def _interpreter_first(question: str) -> bool:
    engine = Engine(load_pack(EVAL / "clinic9_faq.json"))  # a leaflet that reads its answers
    found = engine.ask(question, top=1).results
    return bool(found) and found[0].entry.id == INTERPRETER


INTERPRETER = "16-have-interpreter"


@pytest.mark.parametrize(
    "question",
    [
        "my mum only speaks polish, can she have an interpretor",
        "my dad speaks only urdu, can he have an interprter",
    ],
)
def test_a_corrected_word_counts_in_the_answers_text(question: str) -> None:
    """The ranking found the interpreter entry through the typo's correction, but the answers'
    text was searched for the word as typed, which no entry holds: the feedback entry, whose
    answer says "speak", won. The text now counts what the typo was taken for."""
    assert _interpreter_first(question)


def test_without_the_correction_in_the_text_the_feedback_entry_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(rerank, "TRUSTED_READING", 100)
    assert not _interpreter_first("my mum only speaks polish, can she have an interpretor")
