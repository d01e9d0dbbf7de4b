"""quality69 (issue #11): matching edge cases strangers hit.

1. A real word is a word: "brake" is not corrected to "brace" because the bundled lexicon knows a
   back brace; it is read as the pack's word an edit away only where the question's words around
   it say so ("back stiff after siting"). A number with a unit ("10k") is no typo of "10".
2. A word the pack holds only in passing (inside the tag "tennis balls") is held by no entry as its
   own: "can I play tennis with back pain" asks about tennis.
3. What to avoid "when swimming" or "at the cinema" asks about the activity or the place; what to
   avoid "when my back pain flares up" asks what helps in a flare (fixB kept that one).

The questions are this session's own, written for these tests (none copied from tests/eval)."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcare.engine.answer import Engine
from backcare.engine.real_typos import (
    before_unknown,
    near_in,
    neighbours,
    number_with_unit,
    same_word,
)
from backcare.engine.resolve import _abbreviates
from backcare.engine.subjects import said_of_known
from backcare.packs.load import load_pack
from tests.answered import answered

EVAL = Path(__file__).parent / "eval"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(None), semantic=False)


@pytest.fixture(scope="module")
def clinic() -> Engine:
    return Engine(load_pack(EVAL / "clinic_faq.json"), semantic=False)


def corrections(engine: Engine, question: str) -> dict[str, str]:
    return dict(engine.ask(question).ranking.corrections)


# --- 1. real words and numbers with a unit ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "why is the back brake lever on my bike so stiff",
        "my rear brake cable feels stiff, how do i loosen it",
        "how do I stop my bread dough being so stiff",
        "why does my wrist watch strap feel so tight",
        "why does my back brake squeal when i stop",
        "my bike chain is tight and stiff after the rain",
        "how long does wood paint take to stop being tacky",
        "why is the spring on my garage door so tight",
    ],
)
def test_a_real_word_of_another_subject_is_not_corrected_into_a_back_care_answer(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    real = [typed for typed, _ in answer.ranking.corrections if typed.isalpha() and len(typed) > 4]
    assert not {"brake", "bread", "wrist", "chain", "paint", "spring"} & set(real)
    assert answer.match is None


@pytest.mark.parametrize(
    ("question", "typed", "meant", "entry"),
    [
        ("my back goes stiff from siting at a desk", "siting", "sitting", "back-get-stiff-sit"),
        ("why is my back stiff after siting", "siting", "sitting", "back-get-stiff-sit"),
        ("early sings and symptoms of spinal muscular atrophy", "sings", "signs", None),
        ("best way to relive spinal tension", "relive", "relieve", "relieve-spinal-tension"),
    ],
)
def test_a_real_word_is_read_as_a_typo_where_the_words_around_it_say_so(
    engine: Engine, question: str, typed: str, meant: str, entry: str | None
) -> None:
    assert corrections(engine, question).get(typed) == meant
    if entry is not None:
        assert answered(engine, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "back sore after my 10k run",
        "ran a 5km and now my lower back aches",
        "is 20mg of something ok for back pain",
        "my back hurt after the 3rd session",
    ],
)
def test_a_number_with_a_unit_is_no_typo(clinic: Engine, question: str) -> None:
    fixed = corrections(clinic, question)
    assert not any(any(ch.isdigit() for ch in typed) for typed in fixed), fixed


def test_number_with_unit() -> None:
    assert number_with_unit("10k") and number_with_unit("5km") and number_with_unit("2.5kg")
    assert not number_with_unit("10") and not number_with_unit("k10") and not number_with_unit("ok")


def test_neighbours_skip_stop_words_and_take_two_content_words_a_side() -> None:
    tokens = ["stiff", "back", "when", "i", "am", "siting", "at", "a", "desk", "all", "day"]
    stop = {"when", "i", "am", "at", "a", "all"}
    assert [tokens[i] for i in neighbours(tokens, 5, stop)] == ["back", "stiff", "desk", "day"]


def test_before_unknown_looks_only_at_the_word_right_after() -> None:
    tokens = ["early", "brake", "lever"]
    assert before_unknown(tokens, 1, lambda w: w in {"lever", "early"})
    assert not before_unknown(tokens, 1, lambda w: w == "early")
    assert not before_unknown(tokens, 2, lambda w: True)


def test_near_in_needs_the_two_words_close_in_one_text() -> None:
    texts = [["back", "get", "stiff", "sit"], ["sit", "desk"]]
    assert near_in(texts, "sit", frozenset({"stiff"}))
    assert not near_in(texts, "sit", frozenset({"back"}) - {"back"})
    assert not near_in([["back", "a", "b", "c", "sit"]], "sit", frozenset({"back"}))


# --- 2. a word held only in passing -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can I play tennis with back pain",
        "is tennis bad for my back",
        "is it ok to play tennis when my back is stiff",
        "should I stop playing tennis with a sore back",
        "does playing tennis make back pain worse",
    ],
)
def test_a_sport_the_pack_names_only_in_a_tag_phrase_is_not_answered(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) is None


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("can tennis balls loosen my back muscles", "loosen-erector-spinae"),
        ("how do I use a tennis ball on my back", "loosen-erector-spinae"),
        ("does yoga help back pain", "fastest-home-remedy-back-pain"),
        ("is a warm pool good for back pain", "fastest-home-remedy-back-pain"),
    ],
)
def test_a_word_an_entry_holds_as_its_own_still_answers(
    engine: Engine, question: str, entry: str
) -> None:
    assert answered(engine, question) == entry


# --- 3. what to avoid when doing something --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what should i avoid when swimming with back pain",
        "what should i avoid at the cinema with back pain",
        "what should i avoid when gardening with a bad back",
        "what to avoid at the gym when my back hurts",
        "things to avoid while skating if your back is sore",
        "what should i avoid at a festival with back pain",
    ],
)
def test_what_to_avoid_doing_something_unknown_is_not_the_remedy_entry(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) is None


@pytest.mark.parametrize(
    "question",
    [
        "what should you avoid when your back pain flares up",
        "what to avoid if my back pain worsens",
        "things i should avoid when my back pain recurs",
        "what should i avoid whenever back pain strikes",
    ],
)
def test_what_to_avoid_when_the_pain_itself_does_something_gets_the_remedy_entry(
    engine: Engine, question: str
) -> None:
    assert answered(engine, question) == "fastest-home-remedy-back-pain"


def test_said_of_known_reads_the_word_before() -> None:
    stop = frozenset({"when", "my", "at", "the", "what", "should", "i", "with"})
    known = {"back", "pain", "avoid"}.__contains__
    assert said_of_known("what should i avoid when my back pain flares up", ["flares"], stop, known)
    assert said_of_known(
        "avoid when back pain worsens suddenly", ["worsens", "suddenly"], stop, known
    )
    assert not said_of_known("what should i avoid when swimming", ["swimming"], stop, known)
    assert not said_of_known("avoid at the cinema with back pain", ["cinema"], stop, known)
    assert not said_of_known("cinema", ["cinema"], stop, known)


# --- chat English, forms of one word, a word inside a longer tag ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "my back hurts lol what helps",
        "stiff back after 3 hrs sitting, what helps",
        "tight muscles after 20 mins on the bike",
        "back still stiff after two wks, how long will it last",
    ],
)
def test_chat_english_is_no_typo(engine: Engine, question: str) -> None:
    fixed = corrections(engine, question)
    assert not {"lol", "hrs", "mins", "wks"} & set(fixed), fixed


def test_chat_english_that_abbreviates_a_pack_word_reads_as_it() -> None:
    # "txt" writes "text" with a letter left out: a practice's text-message entry is what "is
    # this txt from the surgery real" asks of (the lead's merge of quality69 had lost it, pack
    # 41); "lol" holds no word's letters in order and stays itself
    pack = load_pack(EVAL / "pack41_faq.json")
    gp = Engine(pack, semantic=False)
    assert corrections(gp, "got a weird txt from the surgery") == {"txt": "text"}
    assert corrections(gp, "is this txt about my flu jab real") == {"txt": "text"}
    assert "lol" not in corrections(gp, "lol my back again, can i see someone")


@pytest.mark.parametrize(
    ("short", "word", "expected"),
    [
        ("txt", "text", True),
        ("msg", "message", True),
        ("appt", "appointment", True),
        ("lol", "low", False),
        ("wks", "weeks", True),
        ("txt", "txt", False),
        ("tx", "xt", False),
    ],
)
def test_abbreviates_keeps_the_letters_in_order(short: str, word: str, expected: bool) -> None:
    assert _abbreviates(short, word) is expected


@pytest.mark.parametrize(
    ("question", "typed", "meant"),
    [
        ("how do I release the tension built up in my spine", "built", "build"),
        ("how fast are wasted muscles rebuilt", "rebuilt", "rebuild"),
    ],
)
def test_another_form_of_the_same_word_needs_no_context(
    engine: Engine, question: str, typed: str, meant: str
) -> None:
    assert corrections(engine, question).get(typed) == meant


def test_word_forms_are_symmetric_and_exclude_the_word_itself() -> None:
    assert same_word("wrote", "write") and same_word("write", "written")
    assert not same_word("write", "write") and not same_word("three", "threw")


@pytest.mark.parametrize(
    "question",
    [
        "What's the normal curve of the lower spine called?",
        "what is the bony bump at the lower spine called",
        "why does the lower spine have an arch in it",
    ],
)
def test_one_word_of_a_longer_tag_agrees_with_no_label(engine: Engine, question: str) -> None:
    # relieve-spinal-tension's tag "lower back tension": "lower" of "the lower spine" is in passing
    assert answered(engine, question) is None
