"""quality67 (issue 11, newcomer31 F1 and F4): a question whose only word beyond generic words and
the pack's common subject ("back") is one the pack has never seen asks about that word, so no
entry answers it confidently ("can I go swimming with back pain"); a question typed in an entry's
own words names that entry's subject, however many entries share those words ("How often should I
come?"), unless another entry is asked in the same words."""

from __future__ import annotations

from functools import cache

import pytest

from backcare import Engine, load_pack
from backcare.engine.match import _said_once
from backcare.packs.schema import Entry, Pack


@cache
def bundled() -> Engine:
    return Engine(load_pack(None), semantic=False)


def engine_of(*entries: Entry) -> Engine:
    return Engine(Pack("Made-up clinic FAQ", entries, "made-up.json"), semantic=False)


# ---- F1: the one word that carries the question is unknown to the pack ------------------------

# activities, foods and drinks, places, objects: each the only word beside "back pain" / "a stiff
# back" / "a bad back" and generic verbs, and none of them in the bundled pack
UNKNOWN_SUBJECT = [
    "can I go swimming with back pain",
    "can I go swimming with a bad back",
    "is swimming good for back pain",
    "can I go to the cinema with back pain",
    "can I go skiing with a stiff back",
    "can I eat chocolate with back pain",
    "is cheese bad for back pain",
    "can I go to the beach with back pain",
    "can I fly to spain with back pain",
    "can I use a trampoline with back pain",
    "can I go bowling with back pain",
    "is a hammock ok for back pain",
]


@pytest.mark.parametrize("question", UNKNOWN_SUBJECT)
def test_a_question_about_a_word_the_pack_never_saw_gets_no_confident_answer(
    question: str,
) -> None:
    ranking = bundled().matcher.rank(question)
    assert not ranking.confident, (question, ranking.best)


@pytest.mark.parametrize("question", UNKNOWN_SUBJECT[:6])
def test_the_unknown_word_is_named_as_what_the_entry_never_mentions(question: str) -> None:
    best = bundled().matcher.rank(question).matches[0]
    assert best.signals.outside, question
    # each word once, though it may also be the cause a question asks about ("is swimming good")
    assert len(set(best.signals.outside)) == len(best.signals.outside)


# twins: the same shapes about something the bundled pack knows (its question, aliases or tags)
KNOWN_SUBJECT = [
    ("can I do yoga with back pain", "fastest-home-remedy-back-pain"),
    ("is a warm pool good for back pain", "fastest-home-remedy-back-pain"),
    ("can a heat patch help my back pain", "fastest-home-remedy-back-pain"),
    ("can I sit at my desk with a stiff back", "back-get-stiff-sit"),
    ("how long does a stiff back last", "long-stiff-back-last"),
    ("what helps tight back muscles", "helps-tight-back-muscles"),
    ("should I see a doctor about a stiff back that lasts weeks", "long-stiff-back-last"),
    ("why does my back get stiff when I sit", "back-get-stiff-sit"),
    ("fastest home remedy for back pain", "fastest-home-remedy-back-pain"),
]


@pytest.mark.parametrize(("question", "wanted"), KNOWN_SUBJECT)
def test_the_same_shape_about_what_the_pack_knows_is_answered(question: str, wanted: str) -> None:
    ranking = bundled().matcher.rank(question)
    assert ranking.confident, question
    assert ranking.matches[0].entry.id == wanted
    assert not ranking.matches[0].signals.outside


# a word that is no common English word (a sign-off, slang, a name) is no subject of its own: the
# rest of the question, in an entry's own words, still finds it (tests/eval's unknown-word probes)
NOT_A_SUBJECT = [
    ("how long does a stiff back last fam", "long-stiff-back-last"),
    ("what helps tight back muscles hun", "helps-tight-back-muscles"),
    ("fastest home remedy for back pain plz", "fastest-home-remedy-back-pain"),
    ("why does my back get stiff when i sit innit", "back-get-stiff-sit"),
]


@pytest.mark.parametrize(("question", "wanted"), NOT_A_SUBJECT)
def test_a_word_that_is_no_english_word_is_not_taken_for_the_subject(
    question: str, wanted: str
) -> None:
    ranking = bundled().matcher.rank(question)
    assert ranking.confident and ranking.matches[0].entry.id == wanted, question


def _back_clinic() -> Engine:
    """A clinic pack where "back" is in most entries (the pack's common subject) and "pain" is
    generic, as in the bundled one, with a few distinct words of its own."""
    return engine_of(
        Entry(
            "desk", "How should I sit at my desk with back pain?", "Feet flat, screen at eye level."
        ),
        Entry("lift", "How do I lift boxes with a bad back?", "Bend your knees, keep it close."),
        Entry("sleep", "What mattress is best for back pain?", "Medium-firm suits most people."),
        Entry("drive", "Can I drive with back pain?", "Yes, with breaks every hour."),
        Entry("walk", "Is walking good for back pain?", "Yes: short walks, often."),
        Entry(
            "when", "When should I see a physio about my back?", "After two weeks without change."
        ),
        Entry("price", "How much is a back assessment?", "£45 for the first visit."),
    )


CLINIC_UNKNOWN = [
    "can I go swimming with back pain",
    "is pilates good for back pain",
    "can I go to the pub with a bad back",
    "can I eat pizza with back pain",
    "can I go fishing with a bad back",
    "is a trampoline bad for my back",
    "can I ride a horse with back pain",
    "can I go camping with back pain",
]


@pytest.mark.parametrize("question", CLINIC_UNKNOWN)
def test_on_a_clinic_pack_an_unknown_subject_beside_back_pain_is_not_answered(
    question: str,
) -> None:
    ranking = _back_clinic().matcher.rank(question)
    assert not ranking.confident, (question, ranking.best)


CLINIC_KNOWN = [
    ("can I go walking with back pain", "walk"),
    ("is walking good for a bad back", "walk"),
    ("can I drive with a bad back", "drive"),
    ("which mattress for back pain", "sleep"),
    ("how do I lift boxes with back pain", "lift"),
    ("how should I sit at my desk with back pain", "desk"),
    ("how much is a back assessment", "price"),
    ("is driving ok with back pain", "drive"),
]


@pytest.mark.parametrize(("question", "wanted"), CLINIC_KNOWN)
def test_on_a_clinic_pack_a_known_subject_beside_back_pain_is_answered(
    question: str, wanted: str
) -> None:
    ranking = _back_clinic().matcher.rank(question)
    assert ranking.confident, question
    assert ranking.matches[0].entry.id == wanted


def test_unknown_subject_words_are_common_english_words_no_entry_holds() -> None:
    matcher = bundled().matcher
    analysis = matcher._analysis("can I go swimming with back pain")
    framing = matcher.analyzer.framing | analysis.cued
    concepts = analysis.concepts
    assert matcher._unknown_subject(concepts, framing, frozenset()) == ("swimming",)
    # told as the story, it is no subject
    assert matcher._unknown_subject(concepts, framing, frozenset({"swimming"})) == ()
    # a word some entries hold ("sit") says more: ranking and the subject test decide
    sitting = matcher._analysis("can I go swimming when I sit with back pain")
    assert matcher._unknown_subject(sitting.concepts, framing, frozenset()) == ()
    # slang and sign-offs are no subject
    slang = matcher._analysis("stiff back innit")
    assert matcher._unknown_subject(slang.concepts, framing, frozenset()) == ()


def test_an_entry_is_asked_when_the_question_holds_most_of_its_own_question() -> None:
    matcher = bundled().matcher
    doc = next(
        i for i in range(matcher.store.size) if matcher.store.entry(i).id == "long-stiff-back-last"
    )
    # "How long does a stiff back last?": long, stiff, back, last
    assert matcher._asks_its_question(doc, frozenset({"long", "stiff", "back", "last"}))
    assert matcher._asks_its_question(doc, frozenset({"stiff", "back", "last", "concern"}))
    assert not matcher._asks_its_question(doc, frozenset({"go", "swim", "back", "pain"}))
    assert not matcher._asks_its_question(doc, frozenset())


def test_outside_topics_are_said_once() -> None:
    assert _said_once(("swimming",), ("swimming", "cinema")) == ("swimming", "cinema")
    assert _said_once((), ()) == ()
    assert _said_once(("mattress",), ()) == ("mattress",)


# ---- F4: an entry asked in its own words ------------------------------------------------------


def _shared_words_clinic() -> Engine:
    """Entries whose questions are made of words many entries share or that only say what is
    asked ("how often", "come", "does it"), as in the page newcomer31 imported."""
    return engine_of(
        Entry("price", "How much is a sports massage?", "30 min £35, 60 min £55."),
        Entry("late", "Do you do late appointments?", "Until 8pm Monday to Friday."),
        Entry("cancel", "What's your cancellation policy?", "24 hours' notice, please."),
        Entry("hurt", "Does it hurt?", "Deep tissue work can be uncomfortable, never painful."),
        Entry("numb", "I've got numbness in my leg, can you help?", "Often a trapped nerve."),
        Entry("often", "How often should I come?", "Every 2-4 weeks if you train regularly."),
        Entry("long", "How long does it take?", "An hour, with ten minutes to change."),
        Entry("when", "When can I come?", "Weekdays 9 to 8, Saturdays 9 to 1."),
    )


VERBATIM = [
    ("How often should I come?", "often"),
    ("how often should i come", "often"),
    ("HOW OFTEN SHOULD I COME", "often"),
    ("Does it hurt?", "hurt"),
    ("does it hurt", "hurt"),
    ("How long does it take?", "long"),
    ("when can i come?", "when"),
    ("whats your cancellation policy", "cancel"),
]


@pytest.mark.parametrize(("question", "wanted"), VERBATIM)
def test_an_entry_asked_in_its_own_words_is_answered(question: str, wanted: str) -> None:
    ranking = _shared_words_clinic().matcher.rank(question)
    assert ranking.confident, (question, ranking.best)
    assert ranking.matches[0].entry.id == wanted


# near twins: part of those words, or more, is not the author's question
NOT_VERBATIM = [
    "how often",
    "should I come",
    "does it",
    "how long",
    "when",
    "how often should I come for my hamster",
    "does it hurt my cat",
    "how long does it take to learn french",
]


@pytest.mark.parametrize("question", NOT_VERBATIM)
def test_part_of_an_entrys_words_or_more_than_them_is_not_its_question(question: str) -> None:
    ranking = _shared_words_clinic().matcher.rank(question)
    assert not ranking.confident, (question, ranking.best)


def test_two_entries_asked_in_the_same_words_are_not_told_apart_by_them() -> None:
    engine = engine_of(
        Entry("often-massage", "How often should I come?", "Every 2-4 weeks for massage."),
        Entry("often-physio", "How often should I come?", "Weekly for physiotherapy."),
        Entry("price", "How much is a sports massage?", "30 min £35, 60 min £55."),
        Entry("late", "Do you do late appointments?", "Until 8pm Monday to Friday."),
    )
    matcher = engine.matcher
    docs = [0, 1, 2, 3]
    assert matcher._verbatim("how often should i come", docs) == frozenset()
    assert not matcher.rank("How often should I come?").confident


def test_verbatim_reads_aliases_and_only_the_docs_given() -> None:
    engine = engine_of(
        Entry("a", "Is there parking?", "Behind the building.", aliases=("Where do I park?",)),
        Entry("b", "Do you do late appointments?", "Until 8pm."),
    )
    matcher = engine.matcher
    assert matcher._verbatim("where do I park", [0, 1]) == frozenset({0})
    assert matcher._verbatim("where do I park", [1]) == frozenset()
    assert matcher._verbatim("", [0, 1]) == frozenset()
    assert matcher._verbatim("where do I park my bike", [0, 1]) == frozenset()


# ---- F4: what validate tells the author --------------------------------------------------------


def _validate_messages(*entries: Entry) -> dict[str, list[str]]:
    from backcare.packs.validate import check

    pack = Pack("Made-up clinic FAQ", entries, "made-up.json")
    found: dict[str, list[str]] = {}
    for warning in check(Engine(pack, semantic=False)):
        if warning.kind == "not-found-by-own-question":
            found.setdefault(warning.entry_id, []).append(warning.message)
    return found


def test_validate_names_the_shared_words_and_what_sets_the_entry_apart() -> None:
    found = _validate_messages(
        Entry("often", "How often should I come?", "Every 2-4 weeks."),
        Entry(
            "physio",
            "How often should I see the physio?",
            "Weekly.",
            aliases=("How often should I come?",),
        ),
        Entry("price", "How much is a sports massage?", "30 min £35."),
        Entry("late", "Do you do late appointments?", "Until 8pm."),
    )
    messages = [m for ms in found.values() for m in ms]
    assert any("other entries share its words" in m and "'often'" in m for m in messages), found
    assert any("an alias or a tag with a word only this entry has" in m for m in messages)


def test_validate_is_quiet_about_an_entry_its_own_words_now_find() -> None:
    found = _validate_messages(
        Entry("often", "How often should I come?", "Every 2-4 weeks."),
        Entry("hurt", "Does it hurt?", "It should never be painful."),
        Entry("price", "How much is a sports massage?", "30 min £35."),
        Entry("late", "Do you do late appointments?", "Until 8pm."),
    )
    assert "often" not in found and "hurt" not in found, found
