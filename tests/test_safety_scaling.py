"""The red-flag check's work grows with a question's length, not its square (issue #12: a
76k-character question took 10 s). Work is counted as Python lines run inside the safety package
(sys.settrace), which is deterministic: no timed test."""

from __future__ import annotations

import sys
from itertools import product
from types import FrameType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.rules import Mention, _may_meet

# phrasings that each took one pass over the question per mention before (binding a symptom to a
# body part, someone else's symptoms, "years ago", "fine", reported denials, disclaimers, senses)
UNIT = (
    "i cant feel my bum and my husband cant feel his legs, had cancer years ago and fine now. "
    "legs weak. bladder fine; my physio said numb bum, i dont have any. wet myself on monday, "
    "nothing since. can you get numb legs from sciatica? mine are numb, i feel fine. fell asleep "
    "fell off a ladder if someone has a numb bum revising for my exam "
)


def _work(safety: Safety, question: str) -> int:
    """Lines run in backcare/engine/safety while checking the question."""
    count = 0

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return line

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        if "safety" not in frame.f_code.co_filename:
            return None
        return line(frame, event, arg)

    sys.settrace(call)
    try:
        safety.check(question)
    finally:
        sys.settrace(None)
    return count


def _text(size: int, unit: str = UNIT) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_a_100000_character_question_costs_about_ten_times_a_10000_character_one() -> None:
    safety = load_safety()
    safety.check(_text(2_000))  # tables built on first use are not the question's work
    small = _work(safety, _text(10_000))
    large = _work(safety, _text(100_000))
    # linear would be 10 (8.7 measured); the quadratic reading this replaces was over 15 even
    # after its worst step was fixed, and ~100 on one phrasing repeated
    assert large <= 12 * small, (small, large)


def test_each_hostile_phrasing_repeated_costs_linear_work() -> None:
    safety = load_safety()
    for unit in UNIT.split(". "):
        unit += ". " if unit.endswith(("now", "any", "since", "fine")) else " "
        safety.check(_text(1_000, unit))
        small = _work(safety, _text(3_000, unit))
        large = _work(safety, _text(30_000, unit))
        assert large <= 12 * small, (unit, small, large)


_mention = st.builds(
    Mention,
    concept=st.sampled_from(["A", "B", "C"]),
    first=st.integers(0, 40),
    last=st.just(0),
    sentence=st.integers(0, 2),
    negated=st.just(False),
    other=st.booleans(),
    past=st.just(False),
).map(lambda m: m._replace(last=m.first + m.sentence % 3))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_mention, max_size=6),
    st.lists(_mention, max_size=6),
    st.lists(_mention, max_size=6),
    st.sets(st.sampled_from(["A", "B", "C"]), max_size=2),
    st.integers(0, 12),
)
def test_the_choices_that_may_meet_hold_every_choice_that_meets(
    a: list[Mention], b: list[Mention], c: list[Mention], anywhere: set[str], within: int
) -> None:
    """_fires reads only the choices _may_meet yields instead of every combination: each choice
    that meets (its mentions of concepts not counted anywhere in one sentence, within `within`
    words) must be among them, up to mentions counted anywhere of the same person and binding."""
    combo = ("A", "B", "C")
    options = [a, b, c]
    spread = frozenset(anywhere)

    def key(chosen: tuple[Mention, ...]) -> tuple[object, ...]:
        return tuple(
            (m.other, m.bound) if concept in spread else m
            for concept, m in zip(combo, chosen, strict=True)
        )

    yielded = {key(chosen) for chosen in _may_meet(combo, options, spread, within)}
    for chosen in product(*options):
        near = [m for concept, m in zip(combo, chosen, strict=True) if concept not in spread]
        if len({m.sentence for m in near}) != 1:
            continue
        if max(m.last for m in near) - min(m.first for m in near) > within:
            continue
        assert key(chosen) in yielded


def test_the_word_memos_stay_bounded_on_ever_new_words(monkeypatch: Any) -> None:
    """A batch of random text brings a new word on every line: each memo of the check (a word's
    reading, its correction, the vocabulary by first letters) stays at its bound."""
    import random

    from backcare.engine.safety import detect, quick_exits, typos

    # the reading's memo (quick_exits since safety99's split of detect.py) and the corrections'
    for module in (quick_exits, typos):
        monkeypatch.setattr(module, "WORD_MEMO_SIZE", 300)
    safety = load_safety()
    letters = "bcdfghjklmnpqrstvwxz" + "аб" + "éñ"
    rnd = random.Random(7)
    for _ in range(detect.QUICK_AFTER + 400):  # past the quick exit, which reads words too
        words = ["".join(rnd.choice(letters) for _ in range(7)) for _ in range(4)]
        safety.check(" ".join(words) + " numb")
    sizes = [
        len(safety._word_reading),
        len(safety._corrections),
        len(safety._by_prefix),
        len(safety._known_stems),
    ]
    assert all(size <= 300 for size in sizes), sizes
    assert len(safety._corrections) > 100  # the words were new ones, and were remembered


def test_one_long_word_is_read_in_memory_that_grows_with_its_length_not_its_square() -> None:
    # every swap of two letters was tried on any word: a 20,000-letter word held 400 MB of
    # copies (100,000 letters: 10 GB); now a word too long to be any vocabulary word's typo
    # is only undone of letters typed too often
    import tracemalloc

    safety = load_safety()
    question = "i cant pee " + "h" * 20_000
    safety.check("i cant pee")  # the vocabulary's own tables are built before counting
    # and the English word list a run of letters is parted by (safety101's run_together.py:
    # ~4 MB, built once, on the first long run of letters)
    safety.check("i cant pee " + "h" * 300)
    tracemalloc.start()
    try:
        flags = safety.check(question)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert flags and peak < 5_000_000, peak
    assert safety.check("i cant p" + "e" * 60)  # letters typed too often, still undone


def _peak_memory(text: str) -> int:
    import tracemalloc

    from backcare.engine.safety.run_together import run_together_read

    tracemalloc.start()
    try:
        run_together_read(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_run_of_letters_is_parted_in_memory_that_grows_with_its_length() -> None:
    """A message typed with no spaces is parted into its words (run_together.py, escapes.py's
    word_segments); each end of the run kept a copy of the words before it, so a run of a million
    letters took gigabytes (test_match's huge question). Memory is counted by tracemalloc, which is
    deterministic: no timed test."""
    from backcare.engine.escapes import known_words

    known_words()  # the word list is read once, not the run's cost
    small = _peak_memory("stiff back " + "x" * 2_000)
    large = _peak_memory("stiff back " + "x" * 20_000)
    # linear is 10; the copies made it about 100
    assert large < 20 * small
