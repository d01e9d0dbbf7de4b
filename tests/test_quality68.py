"""quality68 (issue 11, the council pack): in a pack that reads answers as text, a word of the
question found only in one entry's answer counts towards confidence by how specific it is to that
entry (scoring.answer_cover), while the boilerplate every answer repeats stays an answer word; two
content words a pack also writes run together ("council tax" beside an address's "counciltax@")
keep their two-word reading; and a thing reported "not working" with nothing else asked is what
the question is about, not something tried."""

from __future__ import annotations

from functools import cache

import pytest

from backcare import Engine, load_pack
from backcare.engine.adapt import reads_answers
from backcare.engine.analyze import Analyzer, load_stopwords
from backcare.engine.match import Matcher
from backcare.engine.scoring import answer_cover
from backcare.engine.tuning import FIELD_COVER, SPECIFIC_ANSWER_COVER
from backcare.packs.schema import Entry, Pack

# every answer ends with the same department line: the boilerplate a council's answers repeat
CONTACT = (
    "If you have any questions, contact our Customer Services team on 01632 960 400, visit the"
    " office on weekdays or email help@townhall.example."
)

ENTRIES = (
    (
        "pests",
        "Does the council deal with pests?",
        "Our officers treat rats, mice, cockroaches, bedbugs and hornets in homes and gardens."
        " A treatment visit costs a fixed fee, with discounts for pensioners. Keep children and"
        " pets away from baits until the technician returns.",
    ),
    (
        "potholes",
        "How do I report a pothole?",
        "Tell us where the crater is, how deep and wide it looks and whether puddles hide it."
        " Inspectors grade every defect within three days and dangerous ones are patched the"
        " same shift by tarmac crews.",
    ),
    (
        "graffiti",
        "How do I report graffiti?",
        "Send a photo of the tags or slogans, the wall or shelter and the street. Offensive"
        " spraying is removed within a day, other paint within ten days; private owners may be"
        " charged for solvent cleaning.",
    ),
    (
        "library",
        "How do I join the library?",
        "Membership is free for residents of any age. Bring proof of address such as a utility"
        " bill, and toddlers can borrow picture books on a parent's card. Renewals and"
        " reservations work through the catalogue app.",
    ),
    (
        "allotment",
        "How do I apply for an allotment?",
        "Plots are let by the season to residents on the waiting list. Half plots suit beginners;"
        " tenants must cultivate at least three quarters, keep paths mown and never burn rubbish"
        " or keep livestock beyond hens.",
    ),
    (
        "noise",
        "How do I report a noise nuisance?",
        "Keep a diary of loud music, barking, alarms or parties with dates and times. Officers may"
        " install recording equipment, serve an abatement notice and seize stereos when a notice"
        " is ignored.",
    ),
)


def council(*shared: str) -> Pack:
    """The made-up council pack; `shared` words are added to the answers of three more entries
    (so a word only the pests answer says becomes one four entries hold)."""
    extra = " ".join(shared)
    entries = [
        Entry(
            id,
            question,
            f"{answer} {extra} {CONTACT}"
            if extra and id in ("library", "allotment", "noise")
            # the pests entry keeps its own words once
            else f"{answer} {CONTACT}",
        )
        for id, question, answer in ENTRIES
    ]
    return Pack("Made-up council FAQ", tuple(entries), "council.json")


@cache
def engine(*shared: str) -> Engine:
    return Engine(council(*shared), semantic=False)


def test_the_made_up_council_reads_its_answers_as_text() -> None:
    # the mechanism is the reading pack's only: its answers hold words its questions never say
    assert reads_answers(engine().matcher.store.answer_share)


def test_an_answer_cover_falls_as_more_entries_hold_the_word() -> None:
    assert answer_cover(1) == pytest.approx(SPECIFIC_ANSWER_COVER)
    covers = [answer_cover(n) for n in range(1, 30)]
    assert covers == sorted(covers, reverse=True)
    assert answer_cover(2) < (SPECIFIC_ANSWER_COVER + FIELD_COVER["answer"]) / 2
    assert answer_cover(1000) == pytest.approx(FIELD_COVER["answer"], abs=1e-5)
    assert answer_cover(0) == answer_cover(1)  # never a division by zero


# residents' own words that only one entry's answer says, none of its question's
ANSWER_ONLY = [
    ("there are hornets and cockroaches in my kitchen", "pests"),
    ("bedbugs in the mattress, can someone treat them", "pests"),
    ("a deep crater full of puddles on our street", "potholes"),
    ("someone sprayed offensive slogans on the bus shelter", "graffiti"),
    ("can my toddler borrow picture books", "library"),
    ("can I keep hens on a half plot", "allotment"),
    ("the neighbours' stereos and barking every night", "noise"),
    ("will you seize their stereos if they ignore it", "noise"),
]


@pytest.mark.parametrize(("question", "wanted"), ANSWER_ONLY)
def test_a_question_in_words_only_one_answer_holds_ranks_that_entry(
    question: str, wanted: str
) -> None:
    ranking = engine().matcher.rank(question)
    assert ranking.matches[0].entry.id == wanted


def _matchers(*shared: str) -> tuple[Matcher, Matcher]:
    """The council pack's matcher, and one that counts every answer word as FIELD_COVER says."""
    on = Engine(council(*shared), semantic=False).matcher
    off = Engine(council(*shared), semantic=False).matcher
    off._reads_specific = False
    return on, off


# words only one entry's answer says, beside a word of another entry's question (so the one-answer
# rule of sole_answer.py does not already count them fully)
SPECIFIC = [
    "crater and puddles by the library",
    "barking and alarms at the allotment",
    "hornets and cockroaches on my allotment",
    "offensive slogans on the library",
    "crater puddles and graffiti",
    "barking alarms and graffiti",
    "stereos and barking on the allotment",
    "slogans on the allotment shelter",
]


@pytest.mark.parametrize("question", SPECIFIC)
def test_words_only_one_answer_holds_raise_its_coverage_not_its_rank(question: str) -> None:
    on, off = _matchers()
    counted, plain = on.rank(question, top=6), off.rank(question, top=6)
    assert [m.entry.id for m in counted.matches] == [m.entry.id for m in plain.matches]
    assert counted.matches[0].signals.coverage >= plain.matches[0].signals.coverage + 0.2


def _coverage_of(matcher: Matcher, question: str, entry: str) -> float:
    return next(
        m.signals.coverage for m in matcher.rank(question, top=6).matches if m.entry.id == entry
    )


def test_the_same_words_in_four_answers_count_for_less() -> None:
    question = "barking and alarms at the allotment"
    on, off = _matchers()
    alone = _coverage_of(on, question, "noise") - _coverage_of(off, question, "noise")
    on, off = _matchers("barking", "alarms")
    shared = _coverage_of(on, question, "noise") - _coverage_of(off, question, "noise")
    assert alone > 0.2
    assert 0 <= shared < alone / 4


@pytest.mark.parametrize(
    "question",
    [
        "crater and puddles by the zoo",
        "are hornets worse than cockroaches",
        "barking and alarms from the helicopter",
    ],
)
def test_a_word_no_entry_holds_leaves_answer_words_as_they_were(question: str) -> None:
    # it may ask what the pack lacks: the answer's words do not make up for it
    on, off = _matchers()
    assert _coverage_of(on, question, on.rank(question).matches[0].entry.id) == pytest.approx(
        _coverage_of(off, question, on.rank(question).matches[0].entry.id)
    )


# the boilerplate trap: words every answer says (the department line) single out no entry
BOILERPLATE = [
    "how do I contact customer services",
    "what is the phone number for the office",
    "can I email the team with questions",
    "is the office open on weekdays",
    "who do I contact with any questions",
    "customer services team phone",
    "email help",
    "visit the office",
]


@pytest.mark.parametrize("question", BOILERPLATE)
def test_the_answers_shared_contact_line_answers_nothing_confidently(question: str) -> None:
    on, off = _matchers()
    counted, plain = on.rank(question), off.rank(question)
    assert not counted.confident
    if counted.matches:  # words every answer holds barely count more
        gained = counted.matches[0].signals.coverage - plain.matches[0].signals.coverage
        assert gained < 0.02


# ---- "council tax": two words the pack also writes as one ---------------------------------------


def test_a_joined_pair_of_content_words_keeps_its_two_word_reading() -> None:
    analyzer = Analyzer(load_stopwords())
    known = {"counciltax", "backup", "login"}.__contains__
    (tax, band) = analyzer.concepts("council tax band", known)
    assert tax.word == "council tax"
    terms = [t for t, _ in tax.alternatives]
    assert terms[0] == "counciltax" and "council tax" in terms
    assert band.word == "band"
    # a verb and its particle (a stop word) is the compound alone: "up" reads nothing
    (backup,) = analyzer.concepts("back up", known)
    assert [t for t, _ in backup.alternatives] == ["backup"]
    (login,) = analyzer.concepts("log in", known)
    assert [t for t, _ in login.alternatives] == ["login"]
    # a letter before a word is a prefix: "e-mails" is the pack's "emails", not "e" and "mails"
    known = {"counciltax", "emails", "xray"}.__contains__
    for text in ("e-mails", "e mails", "x-ray", "x ray"):
        (joined,) = analyzer.concepts(text, known)
        assert len(joined.alternatives) == 1, text


def _tax_office() -> Engine:
    address = "Write to counciltax@townhall.example or call the Revenues team."
    entries = (
        Entry("band", "How do I challenge my council tax band?", f"Ask for a review. {address}"),
        Entry("pay", "How can I pay my council tax?", f"Pay online or by phone. {address}"),
        Entry("refund", "How do I get a refund of council tax?", f"Claim it online. {address}"),
        Entry("parking", "How do I pay a parking fine?", "Pay it online within 14 days."),
        Entry("bins", "When are the bins collected?", "Weekly, on the day in your calendar."),
    )
    return Engine(Pack("Made-up revenues FAQ", entries, "tax.json"), semantic=False)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("council tax band", "band"),
        ("challenge council tax band", "band"),
        ("paying council tax", "pay"),
        ("overpaid council tax refund", "refund"),
    ],
)
def test_council_tax_is_found_in_the_questions_that_say_it(question: str, wanted: str) -> None:
    best = _tax_office().matcher.rank(question).matches[0]
    assert best.entry.id == wanted
    fields = {word: field for word, _, field in best.signals.matched}
    # the pair is matched where the entry's question says it, not in the answers' address
    assert fields["council tax"] == "question"


# ---- a thing reported "not working" ------------------------------------------------------------

NOT_WORKING = [
    ("street light not working", {"street", "light"}),
    ("the lamp post isn't working", {"lamp", "post"}),
    ("traffic lights not working", {"traffic", "lights"}),
    ("my card reader is not working", {"card", "reader"}),
    ("lift not working again", {"lift"}),
    ("the hand dryer doesn't work", {"hand", "dryer"}),
    ("self checkout isnt working", {"self", "checkout"}),
    ("wifi not working", {"wifi"}),
]


@pytest.mark.parametrize(("question", "kept"), NOT_WORKING)
def test_a_thing_reported_not_working_is_what_is_asked(question: str, kept: set[str]) -> None:
    words = {c.word for c in engine().matcher._analysis(question).concepts}
    assert kept <= words


# what was tried beside something else asked is still set aside ("tried.py")
TRIED = [
    ("I've tried stretching but my back is still tight", "stretching"),
    ("stretching doesn't help my tight back", "stretching"),
    ("the heat pack isn't working on my sore back", "heat"),
    ("ibuprofen didn't work, what else helps a stiff back", "ibuprofen"),
]


@pytest.mark.parametrize(("question", "dropped"), TRIED)
def test_what_was_tried_beside_another_subject_is_still_set_aside(
    question: str, dropped: str
) -> None:
    words = {c.word for c in _bundled().matcher._analysis(question).concepts}
    assert dropped not in words
    assert words  # something else is asked


@cache
def _bundled() -> Engine:
    return Engine(load_pack(None), semantic=False)
