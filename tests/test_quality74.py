"""quality74 (issue 11): two rules of the question + answer BM25 fusion (rerank._with_answer_text)
of a pack that reads its answers as text. A message of several written sentences weighs the terms
of the sentence that asks ASKED_TERM_WEIGHT times its story's: the story's words (a wheelchair, a
car) sit in other entries' answers, the need (soup, a sandwich) in the right one's. And a typo's
correction reaches the fusion from four letters (TRUSTED_READING): "sopu" was read as "soup" by the
word lane but scored nothing in the fusion. A made-up museum page, written for these tests."""

from __future__ import annotations

import pytest

from backcare.engine import rerank
from backcare.engine.analyze import Concept
from backcare.engine.answer import Engine
from backcare.engine.asking import written_sentences
from backcare.packs.load import load_pack
from backcare.packs.schema import Pack
from tests.conftest import PackWriter

# every answer ends with the operator's lines
_LINES = (
    " Every ticket, visit and booking at the museum is welcome; see the website, the front desk and"
    " the gallery guides, and ask a member of staff if you need help with your visit or ticket."
    " Please contact the visitor team with any question about the museum."
)
_MUSEUM = [
    ("tickets", "How much is entry?",
     "General admission is free; the special exhibition costs eight pounds for adults, five for"
     " students and pensioners, and under twelves go free with a grown-up."),
    ("cloakroom", "Is there a cloakroom?",
     "Coats, umbrellas, rucksacks and shopping bags can be left in the lockers by the stairs; a"
     " pound coin is returned when you unlock it, and suitcases go to the staffed cloakroom."),
    ("cafe", "Is there a cafe?",
     "The courtyard cafe serves coffee, soup, sandwiches and cakes until half past four; high"
     " chairs, baby food warming and a gluten free menu are available."),
    ("lost", "What if I lose something?",
     "Anything found in the galleries goes to the lost property office at the front desk and is"
     " kept for thirty days: phone or email with a description of your wallet, glasses, scarf or"
     " keys and we will check the log."),
    ("access", "Is the museum accessible?",
     "Every floor is reached by lift, wheelchairs can be borrowed free, ramps lead into the"
     " courtyard, and an accessible toilet with a changing bench is beside the cafe."),
    ("photos", "Can I take photos?",
     "Photography without flash is fine in the permanent galleries for personal use; tripods,"
     " selfie sticks and filming for commercial use need written permission from the press"
     " office."),
    ("school", "Do you run school visits?",
     "Teachers can book a workshop for a class of up to thirty pupils; sessions on the Romans,"
     " fossils and the Victorians last ninety minutes and a risk assessment pack is sent ahead."),
    ("dogs", "Can I bring my dog?",
     "Only assistance dogs are allowed inside the galleries; other pets may wait with you in the"
     " courtyard garden, where a water bowl is put out by the cafe."),
    ("parking", "Where can I park?",
     "There is no car park on site; the nearest is the multi-storey on Mill Lane, three minutes"
     " walk, with blue badge bays beside the north entrance and cycle racks by the steps."),
    ("donate", "Can I give an object to the collection?",
     "Curators review offers of donations each month: send photographs and what you know of the"
     " item's history, such as letters, medals, old tools or family heirlooms, before bringing"
     " anything in."),
    ("volunteer", "How can I volunteer?",
     "Volunteers welcome visitors, guide tours and help the conservation team; an application"
     " form, a chat with the volunteer coordinator and a half day of training come first."),
    ("hire", "Can I hire a room?",
     "The lecture theatre seats eighty and the learning studio forty for talks, weddings,"
     " birthday parties and meetings; prices include a projector and tea, and charities get a"
     " discount."),
]  # fmt: skip


@pytest.fixture
def museum(write_pack: PackWriter) -> Pack:
    entries = [{"id": i, "question": q, "answer": a + _LINES} for i, q, a in _MUSEUM]
    return load_pack(write_pack({"lexicon": {"builtin": False}, "entries": entries}))


def test_the_museum_page_reads_its_answers_as_text(museum: Pack) -> None:
    assert Engine(museum).matcher._answer_text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Where can I park?", 1),
        ("where can i park", 1),
        ("We came by car. Where can I park?", 2),
        ("We came by car! It's a long drive. Where can I park?", 3),
        ("my old make 3.79.1 blows up while compiling, is make broken", 1),  # a version's dots
        ("costs 2.50 each, so how much for ten", 1),
        ("Line one.\nLine two", 2),
        ("> Did you park there?\nYes, where else?", 1),  # a quoted line is not the writer's
        ("", 0),
        ("...", 0),
    ],
)
def test_written_sentences_counts_stops_a_space_or_the_end_follows(text: str, count: int) -> None:
    assert written_sentences(text) == count


# the story names another entry's answer words (a wheelchair and the lift are the access entry's,
# a car the parking entry's); the sentence that asks names the cafe's. Without the weight, the
# story's entry ranked first (checked: each fails at ASKED_TERM_WEIGHT 1.0)
_NEEDS_THE_ASKING_SENTENCE = [
    "My wife uses a wheelchair and needs the lift. We'd like lunch after the galleries. Is there"
    " somewhere to get soup and a sandwich?",
    "My wife uses a wheelchair. We'd like lunch after the galleries. Is there somewhere to get"
    " soup?",
    "My mum uses a wheelchair and the lift. Is there somewhere we can have coffee and cake?",
    "We're coming by car from the coast. Can we get a sandwich at the museum?",
]


@pytest.mark.parametrize("question", _NEEDS_THE_ASKING_SENTENCE)
def test_a_long_message_is_ranked_by_the_sentence_that_asks(museum: Pack, question: str) -> None:
    assert Engine(museum).ask(question, top=3).results[0].entry.id == "cafe"


@pytest.mark.parametrize("question", _NEEDS_THE_ASKING_SENTENCE)
def test_without_the_weight_the_story_wins(
    museum: Pack, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rerank, "ASKED_TERM_WEIGHT", 1.0)
    assert Engine(museum).ask(question, top=3).results[0].entry.id != "cafe"


# other stories and needs of my own, across the page: each still ranks the entry asked for
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("My grandson is mad about fossils and the Romans. We're coming on Saturday with a big"
         " rucksack and his coat. Where can I leave our bags?", "cloakroom"),
        ("I'm organising my dad's eightieth and he loves old tools and fossils. Could we hire the"
         " lecture theatre for a birthday party?", "hire"),
        ("My guide dog goes everywhere with me and I'm registered blind. We're driving in from the"
         " coast. Where is the nearest car park?", "parking"),
        ("We're bringing a toddler in a pushchair, plus grandad who needs the lift and a"
         " wheelchair. How much are tickets for the special exhibition for pensioners?",
         "tickets"),
        ("I found a box of my grandmother's old letters and a medal in the attic. I'm not sure of"
         " their history. Could a curator look at photographs of them?", "donate"),
        ("Our walking group is visiting after a hike and two of us have dogs. We'll be muddy with"
         " rucksacks. Do you have lockers for bags?", "cloakroom"),
        ("My son has a school project on fossils. He wants to film the skeletons for it. Is"
         " filming with a tripod allowed?", "photos"),
        ("I lost my glasses last week somewhere near the cafe. I think it was by the high chairs."
         " Who keeps lost property?", "lost"),
        ("My daughter is doing a project on fossils. She wants to meet people. Can she volunteer"
         " with the conservation team?", "volunteer"),
    ],
)  # fmt: skip
def test_long_messages_across_the_page_rank_the_entry_asked_for(
    museum: Pack, question: str, expected: str
) -> None:
    assert Engine(museum).ask(question, top=3).results[0].entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        # one written sentence, its story and need joined by a comma: no sentence is the one
        # that asks, and the weight is not applied (as a version number's dots apply none)
        "my wife uses a wheelchair and needs the lift, is there somewhere to get soup",
        "coming by car from the coast, can we get a sandwich at the museum",
    ],
)
def test_one_written_sentence_weighs_its_words_alike(
    museum: Pack, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [m.entry.id for m in Engine(museum).ask(question, top=3).results]
    monkeypatch.setattr(rerank, "ASKED_TERM_WEIGHT", 1.0)
    assert [m.entry.id for m in Engine(museum).ask(question, top=3).results] == first


def _fusion(pack: Pack, concepts: list[Concept], text: str) -> dict[str, float]:
    """Each entry's relative fusion score for a question of these concepts, typed as `text`."""
    matcher = Engine(pack).matcher
    docs = range(matcher.store.size)
    scored = [(1.0, doc, 1.0, 0.0, 0.0, 0) for doc in docs]
    _, relative = matcher._with_answer_text(tuple(matcher.analyzer.terms(text)), scored, concepts)
    return {matcher.store.entry(doc).id: relative[doc] for doc in docs}


@pytest.mark.parametrize(
    ("typed", "read_as", "holder"),
    [("sopu", "soup", "cafe"), ("lfit", "lift", "access"), ("kyes", "key", "lost")],
)
def test_a_four_letter_typo_counts_in_the_fusion_as_its_correction(
    museum: Pack, typed: str, read_as: str, holder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    concepts = [Concept(typed, ((read_as, 0.85),), False)]
    scores = _fusion(museum, concepts, typed)
    assert scores[holder] == 1.0
    assert all(v == 0.0 for k, v in scores.items() if k != holder)
    # at five letters, as before, the typo scored nothing: the fusion ranked by the rest
    monkeypatch.setattr(rerank, "TRUSTED_READING", 5)
    assert not any(_fusion(museum, concepts, typed).values())


def test_a_three_letter_typo_stays_out_of_the_fusion(museum: Pack) -> None:
    # one edit from three letters is a guess ("pid" as "pad"): TRUSTED_READING stays above it
    concepts = [Concept("caf", (("cafe", 0.85),), False)]
    assert not any(_fusion(museum, concepts, "caf").values())
