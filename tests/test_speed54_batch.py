"""speed54: the batch's exact shortcuts. A text with no letter written three times running (after
case folding) has no stretched word (stretched.unstretched answers it with one search of the
whole text): the shortcut gives what reading it word by word gives, and asks the pack nothing."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.split_words import WORD, spliced
from backcare.engine.stretched import _RUN, _shortened, unstretched


def word_by_word(
    text: str, unknown: Callable[[str], bool], known: Callable[[str], bool]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """unstretched as it read before the shortcut: every word searched for a run."""
    reads = []
    for match in WORD.finditer(text):
        typed = match[0]
        meant = _shortened(typed.casefold(), known)
        if meant is not None and unknown(typed.casefold()):
            reads.append((match.start(), match.end(), typed, meant))
    return spliced(text, reads)


KNOWN = frozenset({"so", "good", "day", "stiff", "why", "please", "too", "ss", "stress"})


def readers(log: list[str]) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    def unknown(word: str) -> bool:
        log.append(f"unknown:{word}")
        return word not in KNOWN

    def known(word: str) -> bool:
        log.append(f"known:{word}")
        return word in KNOWN

    return unknown, known


# letters that fold into runs (ß -> ss, ﬀ -> ff, Σ/ς -> σ), plain ones, digits, marks, spaces
ALPHABET = st.sampled_from(list("soSOdayYgGfF ßẞΣσςﬀﬁ'’-.,!?0123 \nİiI"))


@settings(max_examples=500, deadline=None)
@given(st.text(ALPHABET, max_size=40))
def test_the_shortcut_reads_as_word_by_word_and_asks_the_same(text: str) -> None:
    fast_log: list[str] = []
    slow_log: list[str] = []
    assert unstretched(text, *readers(fast_log)) == word_by_word(text, *readers(slow_log))
    assert fast_log == slow_log  # the pack asked about the same words, in the same order


def test_stretched_words_still_read_and_calm_ones_are_left() -> None:
    cases = {
        "my back is sooooo stiff": ("my back is so stiff", (("sooooo", "so"),)),
        "STIIIIFF all dayyy": ("stiff all day", (("STIIIIFF", "stiff"), ("dayyy", "day"))),
        "whyyy does it hurt": ("why does it hurt", (("whyyy", "why"),)),
        "Streßs at work": ("stress at work", (("Streßs", "stress"),)),  # ß folds into the run
        "stiff back after sitting": ("stiff back after sitting", ()),
        "100000 steps a day": ("100000 steps a day", ()),  # digits are no run of letters
        "": ("", ()),
    }
    for text, expected in cases.items():
        log: list[str] = []
        assert unstretched(text, *readers(log)) == expected, text
        if not expected[1]:
            assert log == [] or _RUN.search(text.casefold()) is not None
