"""Red flags 48's one miss (a Portuguese back pain told with the plural "doem-me", beside a past
breast cancer and a right leg that "does not obey"): the plural and past forms of "hurt", "sore",
a limb that does not obey and the sides of the body, in Portuguese and Spanish; and red flags 49's
Turkish pain on sneezing or coughing ("hapşırınca", "öksürünce") and Levantine Arabizi legs gone
heavy and numb ("ejray el tnen sarou t2al w mnamlin") (data/foreign_reading.json). Each case in
other wordings than the sets'; calm twins stay calm."""

from __future__ import annotations

import pytest

from backcare.engine.safety.foreign_reading import in_english
from tests.safety_cases import SAFETY

RAISED = {
    # a past cancer and back pain told with the plural verb: the history's tier at least
    "Tive cancro da mama há dez anos e agora doem-me as costas todas as noites.": "urgent",
    "Tive câncer da mama em 2015. Agora doem-me as costas.": "urgent",
    # a leg that does not obey, told with the back pain
    "Doem-me as costas e desde hoje a perna esquerda não me obedece.": "emergency",
    "Me duelen la espalda y desde ayer la pierna izquierda no me obedece.": "emergency",
    # pain on coughing or sneezing, in Turkish: soon
    "Öksürünce belim fena ağrıyor.": "soon",
    "Belim hapşırdığımda çok ağrıyor, onun dışında iyiyim.": "soon",
    # both legs heavy and numb, in Levantine Arabizi: an emergency
    "ejray t2al w mnamlin men mbere7 w dahri byewja3ni": "emergency",
}

QUIET = [
    "Doem-me as costas depois do ginásio, nada mais. Gelo ou calor?",
    "Tenho as costas doridas de carregar caixas na mudança. Algum alongamento?",
    "Me duelen la espalda y los hombros después de pintar el techo. ¿Calor o frío?",
    "Belim ağrıyor ama öksürünce değil, sadece uzun oturunca.",
    "dahri byewja3ni men el gym, shu a3mel?",
]


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_sign_told_with_the_plural_verb_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency in ("emergency", RAISED[question]), question


@pytest.mark.parametrize("question", QUIET)
def test_an_ordinary_sore_back_in_those_words_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


def test_the_words_are_read_not_left_as_written() -> None:
    for text, words in (
        ("Doem-me as costas e a perna direita não me obedece.", {"doem", "direita", "obedece"}),
        ("Hapşırınca belim fena ağrıyor.", {"hapşırınca", "fena"}),
        ("dahri 3am yewja3ni ktir w ejray t2al, shu a3mel?", {"yewja3ni", "ejray", "t2al"}),
    ):
        reading = in_english(text)
        assert reading is not None, text
        assert words.isdisjoint(reading.unread), text
