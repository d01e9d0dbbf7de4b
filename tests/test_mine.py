"""tidy19: one reading of the asker's "mine" (mine.py), covering what mine.py (safety50: a listed
part named as someone else's at most a sentence before) and echoed.py's `_echoed_mine` (safety52:
an echo of someone's words up to their possessive, two sentences back, any possessed word) each
read, and a "mine" neither reads."""

from __future__ import annotations

import pytest

from backcare.engine.safety.mine import read_mine
from tests.safety_cases import tier

READ = [
    # a listed part, a sentence before (safety50)
    (
        "My husband's legs went numb after his fall. Mine went numb today",
        "My husband's legs went numb after his fall. My legs went numb today",
    ),
    ("her legs are numb but mine are fine", "her legs are numb but my legs are fine"),
    # an echo up to the possessive: any word, two sentences back (safety52)
    (
        "He lost control of his pee. It was awful. And I lost control of mine",
        "He lost control of his pee. It was awful. And I lost control of my pee",
    ),
    (
        "My wife lost control of her bladder. It was awful. today I lose control of mine",
        "My wife lost control of her bladder. It was awful. today I lose control of my bladder",
    ),
    # "mine do/did too" after another's part told with its state (safety91, review23: "a woman's
    # legs went numb, and an hour later mine did too"): the asker's own part, in that state
    (
        "My friend has a numb bum and her legs are weak. Mine do too.",
        "My friend has a numb bum and her legs are weak. My legs are weak too.",
    ),
    # an echo whose clause goes on with echo words only
    (
        "My mum lost control of her bowels years ago. now I've lost control of mine too",
        "My mum lost control of her bowels years ago. now I've lost control of my bowels too",
    ),
]

KEPT_AS_WRITTEN = [
    "a friend of mine lost control of her bladder after her baby",
    "My dad worked down a coal mine and hurt his back",
    # a negation before the echo: the learned check would read the rewritten loss as live
    "My mum lost control of her wee. I never lost control of mine",
    # one word of echo ("of") is no echo
    "My mum lost control of her wee. I'm proud of mine",
    # no self word before the echo
    "He lost control of his pee. It was awful. They lost control of mine",
    # three sentence ends between
    "He lost control of his pee. It was awful. Really. And I lost control of mine",
]

TIERS = [
    # read by mine.py's listed part alone before tidy19
    ("My mum says her legs are numb. Mine went numb today", "emergency"),
    ("He lost control of his bowels, I can't feel mine", "emergency"),
    # read by _echoed_mine alone before tidy19
    ("My friend lost control of her pee. And I lost control of mine", "emergency"),
    ("He lost control of his bladder. It was awful. And I lost control of mine", "emergency"),
    # read by neither before tidy19: the asker's own loss told by an echo after a story over
    (
        "My parents lost control of their bowels years ago. now I've lost control of mine too",
        "emergency",
    ),
    (
        "My friend lost control of her bladder. It was awful. today I lose control of mine",
        "emergency",
    ),
    # denied, well, or no echo
    ("My mum lost control of her bladder. It was awful. I never lost control of mine", None),
    ("My husband lost control of his bladder. It was awful. Mine is fine, just a sore back", None),
    ("My wife lost control of her wee. I'm proud of mine", None),
]


@pytest.mark.parametrize(("text", "read"), READ)
def test_mine_read_as_my_and_its_word(text: str, read: str) -> None:
    assert read_mine(text) == read


@pytest.mark.parametrize("text", KEPT_AS_WRITTEN)
def test_mine_kept_as_written(text: str) -> None:
    assert read_mine(text) == text


@pytest.mark.parametrize(("text", "expected"), TIERS)
def test_tier_of_a_mine(text: str, expected: str | None) -> None:
    assert tier(text) == expected
