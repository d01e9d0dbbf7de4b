"""Random bytes and random letters raise no red flag (newcomer19 F6), while messages that name a
sign keep theirs, in broken English, text-speak, emoji or another script (safety/noise.py)."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import common_words
from backcare.engine.answer import red_flags
from backcare.engine.safety import load_safety
from backcare.engine.safety.noise import readable
from backcare.engine.safety.reading import Token
from backcare.packs.decoding import decode

SAFETY = load_safety()


def _ids(text: str) -> list[str]:
    return [f.id for f in red_flags(text, SAFETY)]


# Lines of Morgan's 400,000 seeded random bytes (random.seed(7)) that raised notices: 63 and 325
# infection risk, 117 trauma ("rta"), 512, 840, 890 and 936 bowel ("soi", "soiu" read "soil")
def _seeded_lines() -> list[bytes]:
    rng = random.Random(7)
    return bytes(rng.getrandbits(8) for _ in range(400_000)).split(b"\n")


@pytest.fixture(scope="module")
def seeded_lines() -> list[bytes]:
    return _seeded_lines()


@pytest.mark.parametrize("number", [63, 117, 325, 512, 840, 890, 936])
def test_seeded_random_byte_lines_raise_nothing(seeded_lines: list[bytes], number: int) -> None:
    assert _ids(decode(seeded_lines[number - 1]).text) == []


@pytest.mark.parametrize(
    "text",
    [
        # random letters around a correction or initials read as a sign (found by sampling)
        "sskpaqz ggsz fi h arvhmu t ass wharpbj o sil piy htg r",
        "qo raerhc pfbmnf talc prpxjo vnw h mcnd al mohpzj nolhwx lueg eogpc gq h sodl xzxkfwo fue",
        "p 6 nr 8 i 10 rta j o 3 ouo xco",
        "y i 1 x pp 74soi ka s eþo",
    ],
)
def test_random_letters_raise_nothing(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("cnt feel my bum", "cauda-equina-saddle"),
        ("wee'd myself and my back is agony", "cauda-equina-bladder"),
        ("numb bum n legs", "cauda-equina-saddle"),
        ("i soild myself n bak pain", "cauda-equina-bowel"),
        ("had an rta this morning and my back is killing me", "trauma"),
        ("😭😭 cnt feel my bum 😭 back agony", "cauda-equina-saddle"),
        ("Доктор, у меня болит спина. I can't feel my bum", "cauda-equina-saddle"),
        ("背中が痛い I wet myself and my back hurts", "cauda-equina-bladder"),
        ("xq7 zzkw þæ qqv 9f. I wet myself and my back hurts. vvkx 3ø jjq", "cauda-equina-bladder"),
    ],
)
def test_signs_still_raise(text: str, flag: str) -> None:
    assert flag in _ids(text)


def _token(surface: str) -> Token:
    return Token(surface, surface, 0, 0, 0, None)


def test_readable_words() -> None:
    common = common_words().__contains__
    assert readable(_token("feel"), _token("feel"), common)
    assert readable(_token("боль"), _token("боль"), common)  # one script, not Latin
    assert not readable(_token("a"), _token("a"), common)  # one letter
    assert not readable(_token("soi"), _token("soil"), common)  # a correction
    assert not readable(_token("eþo"), _token("eþo"), common)  # Latin noise
    assert not readable(_token("c빱"), _token("c빱"), common)  # mixed scripts


# what a random word must not be: a word of its own (common, or a red-flag word as written),
# which can name a sign; what is left can only be read as one by a correction or initials
def _no_word(token: str) -> bool:
    return token not in common_words() and not _ids(token)


NOISE_WORDS = st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=7).filter(_no_word)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)


@SETTINGS
@given(st.lists(NOISE_WORDS, min_size=2, max_size=30))
def test_random_letter_strings_raise_nothing(words: list[str]) -> None:
    assert _ids(" ".join(words)) == []


@SETTINGS
@given(st.binary(min_size=40, max_size=400))
def test_random_byte_strings_raise_nothing(raw: bytes) -> None:
    text = decode(raw).text
    # bytes that spell a message are a message: only lines without a word of their own
    assume(not any(len(w) >= 2 and w.lower() in common_words() for w in text.split()))
    assert _ids(text) == []


SIGNS = [
    ("I wet myself and my back hurts", "cauda-equina-bladder"),
    ("cant feel my bum and my back is agony", "cauda-equina-saddle"),
    ("i soiled myself, back pain", "cauda-equina-bowel"),
]


@SETTINGS
@given(
    st.lists(NOISE_WORDS, min_size=1, max_size=15),
    st.lists(NOISE_WORDS, min_size=1, max_size=15),
    st.sampled_from(SIGNS),
)
def test_sign_sentence_in_noise_still_raises(
    before: list[str], after: list[str], sign: tuple[str, str]
) -> None:
    sentence, flag = sign
    assert flag in _ids(f"{' '.join(before)}. {sentence}. {' '.join(after)}")
