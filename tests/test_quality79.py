"""quality79 (issue 11, packs queried in users' own words): a phrasal verb the pack does not write
as one word ("sign up", "gave up", "fill in") is read as one, by its line in
data/everyday_words.txt ("signup": register, join), not as its verb alone, whose particle is a
stop word: "sign" alone is a signature, "give" a gift. resolve.WordResolution._joinable joins the
pair only when its line lists a word the pack holds; analyze.Analyzer._joins strips the verb's
inflection ("signed up": "signup")."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.families import families
from backcare.engine.resolve import _everyday_forms
from backcare.packs.load import load_pack
from tests.packs import pack_of

# a made-up sports club's page, in its staff's words; the rival entries hold the verbs alone
CLUB = (
    (
        "membership",
        "How do I join the club?",
        "Register online with the membership form. Your registration is confirmed by email and "
        "your first month is free.",
    ),
    (
        "forms",
        "Which forms must a parent sign?",
        "A parent or guardian must sign the consent form for any player under 16, and sign again "
        "each season.",
    ),
    (
        "gifts",
        "Can I give a voucher as a present?",
        "Vouchers can be bought at reception and given as a present for any class.",
    ),
    (
        "smoking",
        "Can you help me quit smoking?",
        "Our coaches run a six-week course for members who want to quit smoking, with weekly "
        "check-ins.",
    ),
    (
        "injury",
        "What should I do after an injury?",
        "Tell a coach straight away; the first-aid room is by the main hall.",
    ),
    (
        "refund",
        "Can I get my money back?",
        "Memberships are refunded within 14 days of joining; after that, fees are not returned.",
    ),
)


@pytest.fixture(scope="module")
def club() -> Engine:
    return Engine(pack_of(CLUB, "Riverside Sports Club"))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how do i sign up", "membership"),
        ("signed up online yesterday, is that it?", "membership"),
        ("i want to give up cigarettes", "smoking"),
        ("my dad gave up the fags last year, can he still do the course", "smoking"),
    ],
)
def test_a_phrasal_verb_reaches_the_words_the_pack_writes(
    club: Engine, question: str, entry: str
) -> None:
    results = club.ask(question, top=3).results
    assert results and results[0].entry.id == entry


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("which forms do i need to sign", "forms"),
        ("can i give a voucher", "gifts"),
    ],
)
def test_the_verb_without_its_particle_is_read_as_before(
    club: Engine, question: str, entry: str
) -> None:
    results = club.ask(question, top=3).results
    assert results and results[0].entry.id == entry


def test_a_pair_is_joined_only_when_its_line_lists_a_word_the_pack_holds() -> None:
    club = Engine(pack_of(CLUB, "club"))
    joinable = club.matcher._joinable
    assert joinable("signup")  # the pack holds "register"
    assert not joinable("cutoff")  # it holds none of disconnect, disconnected, disconnection
    assert not joinable("signon")  # no particle of data/compound_particles.txt ends it


def test_a_joined_pair_is_looked_up_as_typed_and_without_its_inflection() -> None:
    assert _everyday_forms("signed up") == ("signedup", "signup")
    assert _everyday_forms("gave up") == ("gaveup",)
    assert _everyday_forms("sign") == ("sign",)
    assert "stop" in families().standard("gaveup")


@pytest.mark.parametrize("pair", ["backout", "throwout", "threwout", "pickup", "turnup", "putin"])
def test_no_line_for_a_pair_of_several_senses_or_a_back(pair: str) -> None:
    assert families().standard(pair) == ()


def test_the_bundled_pack_reads_a_back_put_out_as_a_back() -> None:
    engine = Engine(load_pack())
    said = [c.word for c in engine.analyzer.concepts("threw my back out", engine.matcher._joinable)]
    assert "back" in said
