"""engine/language.py reads a message's words once (speed42, issue 17): `message_words` gives the
value every verdict of the same text reads (Engine.answer asks reads_as_english, with and without
the pack's words, and partly_foreign), and each word's verdicts are kept (`_word_verdict`,
bounded). The verdicts over the shared form must be exactly what each reader computed from the
text before: `_old_english_counts` is the per-reader reading as it was, kept here to compare."""

from __future__ import annotations

import unicodedata
from collections.abc import Container

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import language
from backcare.engine.analyze import common_words
from backcare.engine.language import (
    MessageWords,
    english_counts,
    message_words,
    partly_foreign,
    reads_as_english,
)
from backcare.engine.lookalikes import read_as_latin


def _old_english_counts(
    text: str, known: Container[str] = frozenset(), *, lexicon: bool = True
) -> tuple[int, int, int] | None:
    """english_counts as each reader computed it from the text before speed42."""
    text = read_as_latin(text)
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) not in language._INVISIBLE)
    if "://" in text or "@" in text:
        text = language._ADDRESS.sub(" ", text)
    text = language._CODE.sub(" ", text)
    raw_words = [w.casefold() for w in language._WORD.findall(text) if len(w) > 1]
    words = [language._plain(w) for w in raw_words]
    if not words:
        return None
    english = common_words()
    foreign = sum(1 for mark in language._INVERTED if mark in text)
    found = 0
    for raw, w in zip(raw_words, words, strict=True):
        if language._foreign(raw, w, english):
            foreign += 1
        elif (
            raw in known
            or raw in language.typed_english()
            or language._english(w, english, ())
            or (lexicon and language._english(w, english, language._medical_words()))
            # since ux33 both paths read a mistyped little word as English ("aftr", "shuld")
            or language.mistyped_english(w)
        ):
            found += 1
    return found, foreign, len(words)


def _old_reads_as_english(text: str, known: Container[str] = frozenset()) -> bool:
    counts = _old_english_counts(text, known)
    return counts is None or language.reads_english(*counts)


def _old_partly_foreign(text: str) -> bool:
    counts = _old_english_counts(text, lexicon=False)
    if counts is None:
        return False
    return counts[1] >= language.FOREIGN_MARKS and counts[1] >= language.PARTLY_FOREIGN * counts[2]


# messages of every kind the verdicts tell apart, of my own writing
MESSAGES = [
    "my lower back aches after gardening all weekend",
    "stiff bakc aftr siting at the desk",
    "me duele mucho la espalda desde ayer",
    "¿es normal que me duela la espalda?",
    "moj kręgosłup boli od tygodnia, co robić",
    "Rücken tut weh seit Montag und das Bein kribbelt",
    "my back hurts since the caída on the stairs",
    "laminectomy erector laminectomy erector qqxv",
    "ur back pain pls help hrs of it",
    "CАNT FЕЕL my legs",  # Cyrillic А and Е inside Latin words
    "ca\u034fnt pee since this morning",  # an invisible mark inside a word
    "see http://example.org/spine or mail doc@example.org",
    "error 0x1DB63EEB at 4096",
    "a i o",
    "",
    "???",
    "timeline of the mainreason my hip clicks",
    "mi espalda is super tight after trabajo",
    "İstanbul café Straße ﬁx",
]


@pytest.mark.parametrize("text", MESSAGES)
def test_the_shared_words_give_each_verdict_as_the_text_did(text: str) -> None:
    said = message_words(text)
    for lexicon in (False, True):
        assert english_counts(said, lexicon=lexicon) == _old_english_counts(text, lexicon=lexicon)
        assert english_counts(text, lexicon=lexicon) == _old_english_counts(text, lexicon=lexicon)
    assert reads_as_english(said) == reads_as_english(text) == _old_reads_as_english(text)
    assert partly_foreign(said) == partly_foreign(text) == _old_partly_foreign(text)


def test_message_words_are_the_words_of_two_letters_or_more_casefolded() -> None:
    assert message_words("I hurt My BACK, a lot") == MessageWords(("hurt", "my", "back", "lot"), 0)
    assert message_words("¿Qué? ¡Ay!").inverted == 2
    assert message_words("error 0x1F at 4096").words == ("error", "at")
    assert message_words("mail me at jan@example.pl").words == ("mail", "me", "at")
    assert message_words("") == MessageWords((), 0)


def test_known_words_count_for_the_shared_words_as_for_the_text() -> None:
    text = "valgrind stdout flamegraph qqzt"
    known = {"valgrind", "stdout", "flamegraph"}
    said = message_words(text)
    assert english_counts(said, known) == _old_english_counts(text, known) == (3, 0, 4)
    assert reads_as_english(said, known) and not reads_as_english(said)


def test_a_word_s_verdicts_are_kept_in_a_bounded_memo() -> None:
    assert language._word_verdict.cache_info().maxsize == language.WORD_MEMO
    language._word_verdict.cache_clear()
    said = message_words("back back back espalda")
    english_counts(said)
    info = language._word_verdict.cache_info()
    assert (info.hits, info.misses) == (2, 2)
    assert language._word_verdict("espalda")[1]  # foreign
    assert language._word_verdict("back") == ("back", False, True)


def test_the_lexicon_is_still_gathered_only_when_the_lists_fail() -> None:
    language._medical_words.cache_clear()
    language._word_verdict.cache_clear()
    assert reads_as_english(message_words("my back hurts when I bend over"))
    assert language._medical_words.cache_info().misses == 0


_letters = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCZ ' ’ ¿¡.,?!@:/0123456789ąéßıİłñüАЕ\u034f\u200b-")
)
_words = st.sampled_from(
    ["back", "pain", "espalda", "dolor", "Rücken", "laminectomy", "ur", "pls", "the", "qqzt", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_words, st.text(_letters, max_size=12)), max_size=14))
def test_any_message_s_shared_words_give_the_old_verdicts(parts: list[str]) -> None:
    text = " ".join(parts)
    said = message_words(text)
    known = {"qqzt"}
    for lexicon in (False, True):
        assert english_counts(said, known, lexicon=lexicon) == _old_english_counts(
            text, known, lexicon=lexicon
        )
    assert reads_as_english(said) == _old_reads_as_english(text)
    assert partly_foreign(said) == _old_partly_foreign(text)
