"""Red flags 49's "temp's up, back throbbing near my spine": a temperature told up, with no figure,
is a fever ("my temp is up", "temperature's up"); a temperature turned up on a heat pad, a bath
or the heating is none, nor a smartwatch's skin temperature (data/safety_vocabulary.json: FEVER's
phrases, the senses)."""

from __future__ import annotations

import pytest

from tests.safety_cases import SAFETY

FEVER = [
    "temp's up and my lower back is throbbing",
    "My temperature is up since last night and my back aches.",
    "Back pain near my spine, temperature's up, feel awful",
    "my temp went up this afternoon and my back hurts",
    "the temperature's up to 39 and my back is killing me",
]

CALM = [
    "I turned the temp up on my heat pad and my back feels looser",
    "turned the temperature up in the bath, back aching after gardening",
    "temp up on the heating, back still stiff",
    "cranked the temp up on the electric blanket, my back aches",
    "my watch says my skin temp was up overnight but a thermometer says 36.7, back sore",
]


@pytest.mark.parametrize("question", FEVER)
def test_a_temperature_told_up_with_back_pain_is_a_fever(question: str) -> None:
    assert [f.id for f in SAFETY.check(question)][:1] == ["infection-fever"]


@pytest.mark.parametrize("question", CALM)
def test_a_temperature_turned_up_or_on_the_skin_is_no_fever(question: str) -> None:
    assert SAFETY.check(question) == []
