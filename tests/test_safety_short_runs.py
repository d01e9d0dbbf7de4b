"""Shorter runs of words typed with no spaces (run_together.py, red flags 36's miss
"backpain3days nowcantfeelmy bum whensitting isthisbad"): read as their words when a message is
mostly such runs; names the word list lacks, compounds and misspelt words stay as written."""

from __future__ import annotations

import pytest

from backcare.engine.safety.run_together import run_together_read
from tests.safety_cases import tier


def test_a_message_typed_mostly_without_spaces_is_read_as_its_words() -> None:
    assert run_together_read("backpain3days nowcantfeelmy bum whensitting isthisbad") == (
        "back pain 3days now cant feel my bum when sitting is this bad"
    )
    assert run_together_read("MYBACKHURTS NOWCANTFEELMY BUM ISTHISBAD") == (
        "my back hurts now cant feel my BUM is this bad"
    )


@pytest.mark.parametrize(
    "text",
    [
        "mybackhurts",  # one run alone: a name's or a compound's shape as much as typing
        "on immunosuppressants and weightlifting, back is stiff",
        "on warfarin for years, is discitis likely, rotator cuff fine",  # pieces: war far in ...
        "numbnes and incontinance and tingleing",  # misspelt: the typo reading's, not runs
        "see /usr/lib/mybackhurts /x/nowcantfeelmy /y/isthisbad",  # paths
        "#mybackhurts #nowcantfeelmy #isthisbad",  # hashtags: escapes.py's
        "MyBackHurts NowCantFeelMy IsThisBad",  # CamelCase: escapes.py's
    ],
)
def test_names_compounds_misspellings_and_addresses_stay_as_written(text: str) -> None:
    assert run_together_read(text) == text


def test_jargon_in_a_long_story_is_no_typing() -> None:
    story = (
        "My massage therapist used the words paraspinal and erector spinae, said they were "
        "overactive, and I nodded along with no clue what any of it meant for my back"
    )
    assert run_together_read(story) == story


@pytest.mark.parametrize(
    ("message", "raised"),
    [
        ("backpain3days nowcantfeelmy bum whensitting isthisbad", "emergency"),
        ("mybackhurts andnowcantpee sincelastnight", "emergency"),
        ("mybackhurts aftergardening isthisbad", None),
    ],
)
def test_phone_typing_raises_what_it_tells(message: str, raised: str | None) -> None:
    assert tier(message) == raised
