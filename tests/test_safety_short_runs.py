"""Shorter runs of words typed with no spaces (run_together.py, red flags 36's miss
"backpain3days nowcantfeelmy bum whensitting isthisbad"): a run of three known words with a small
word among them is read as its words alone; a two-word join only beside such a run; compound and
misspelt words stay as written."""

from __future__ import annotations

import pytest

from backcare.engine.safety.run_together import run_together_read
from tests.safety_cases import tier


def test_a_short_run_with_a_small_word_is_read_as_its_words() -> None:
    assert run_together_read("mybackhurts") == "my back hurts"
    assert run_together_read("nowcantfeelmy bum") == "now cant feel my bum"
    # letters run into digits are parted from them
    assert run_together_read("backpain3days isthisbad") == "back pain 3days is this bad"
    assert run_together_read("MYBACKHURTS") == "my back hurts"


@pytest.mark.parametrize(
    "text",
    [
        "on immunosuppressants and weightlifting",  # two compounds: no sure run beside them
        "i do breaststroke",
        "cantpee",  # two words alone: a join like a compound's
        "numbnes and incontinance",  # misspelt: the typo reading's, not a run
        "see /usr/lib/mybackhurts",  # a path
        "#mybackhurts",  # a hashtag: escapes.py's
        "MyBackHurts",  # CamelCase: escapes.py's
    ],
)
def test_compounds_misspellings_and_addresses_stay_as_written(text: str) -> None:
    assert run_together_read(text) == text


def test_a_long_words_pieces_are_no_run_beside_a_sure_one() -> None:
    assert (
        run_together_read("isthisbad on immunosuppressants") == "is this bad on immunosuppressants"
    )


@pytest.mark.parametrize(
    ("message", "raised"),
    [
        ("backpain3days nowcantfeelmy bum whensitting isthisbad", "emergency"),
        ("mybackhurts andnowcantpee", "emergency"),
        ("mybackhurts aftergardening isthisbad", None),
    ],
)
def test_phone_typing_raises_what_it_tells(message: str, raised: str | None) -> None:
    assert tier(message) == raised
