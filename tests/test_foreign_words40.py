"""Red flags 48's one miss (a Portuguese back pain told with the plural "doem-me", beside a past
breast cancer and a right leg that "does not obey"): the plural and past forms of "hurt", "sore",
a limb that does not obey and the sides of the body, in Portuguese and Spanish
(data/foreign_reading.json). Each case in other wordings than the set's; calm twins stay calm."""

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
}

QUIET = [
    "Doem-me as costas depois do ginásio, nada mais. Gelo ou calor?",
    "Tenho as costas doridas de carregar caixas na mudança. Algum alongamento?",
    "Me duelen la espalda y los hombros después de pintar el techo. ¿Calor o frío?",
]


@pytest.mark.parametrize("question", sorted(RAISED))
def test_the_sign_told_with_the_plural_verb_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert flags and flags[0].urgency in ("emergency", RAISED[question]), question


@pytest.mark.parametrize("question", QUIET)
def test_an_ordinary_sore_back_in_those_words_raises_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


def test_the_words_are_read_not_left_as_written() -> None:
    reading = in_english("Doem-me as costas e a perna direita não me obedece.")
    assert reading is not None
    assert {"doem", "direita", "obedece"}.isdisjoint(reading.unread)
