"""speed40 (issue 17): a batch question's work kept or shared is the work done afresh.

Each memo added for the batch (the cue readings of the last texts, plain_words' tables built once,
_unheard kept per word, normalize_text kept for the last texts) must give what the unmemoised
reading gives, whatever the text and in whatever order texts come."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import resolve
from backcare.engine.analyze import stem, words
from backcare.engine.answer import Engine
from backcare.engine.intent import Sense
from backcare.engine.safety import reading
from backcare.packs.load import load_pack

# words of the bundled pack, typos of them, stop words, alarm words and apostrophes: texts the
# readings treat differently, mixed with arbitrary text
_WORDS = [
    "how", "long", "does", "a", "stiff", "back", "last", "what's", "where's", "is", "the",
    "muscle", "trophy", "atrophy", "bak", "pian", "sitting", "siting", "month", "we", "changed",
    "mattress", "erect", "tours", "can't", "feel", "legs", "numb", "bladder", "no", "fever",
    "SMA", "I", "it's", "heat", "or", "ice", "kidneys", "zzzz", "don't", "pee", "since",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=0, max_size=12).map(" ".join),
    st.lists(
        st.sampled_from(_WORDS) | st.sampled_from([".", ",", "?", "!", "\n", " - ", "'"]),
        max_size=16,
    ).map(" ".join),
    st.text(max_size=40),
)


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    yield Engine(load_pack())


def _old_plain_words(sense: Sense, text: str) -> frozenset[str]:
    """CueReading.plain_words as it was: its tables built at every call."""
    plain = sense.cues.plain
    if not plain:
        return frozenset()
    tokens = words(text)
    firsts = {p[0] for p in plain}
    if firsts.isdisjoint(tokens):
        return frozenset()
    sizes = sorted({len(p) for p in plain}, reverse=True)
    inside: set[str] = set()
    outside: set[str] = set()
    i = 0
    while i < len(tokens):
        size = next((n for n in sizes if tokens[i : i + n] in plain), 0)
        if size:
            inside.update(t for t in tokens[i : i + size] if stem(t) in sense._starts)
            i += size
            continue
        outside.add(tokens[i])
        i += 1
    return frozenset(inside - outside)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXTS, min_size=1, max_size=6))
def test_cue_readings_kept_are_the_readings_made_afresh(engine: Engine, texts: list[str]) -> None:
    sense = engine.matcher.sense
    for text in [*texts, *reversed(texts)]:  # each text again, after others were kept
        assert sense.plain_words(text) == _old_plain_words(sense, text)
        assert sense._reading(text) == sense._read_cues(text)


def test_the_cue_memo_is_bounded(engine: Engine) -> None:
    sense = engine.matcher.sense
    for n in range(200):
        sense._reading(f"how long does it last {n}")
    assert len(sense._readings) <= 16


def test_a_time_phrase_still_hides_its_cue_word(engine: Engine) -> None:
    """The plain phrases' tables built once read as before: "last" of "last month" is a time."""
    sense = engine.matcher.sense
    assert sense.cues.plain, "the bundled intents name phrases that ask nothing"
    text = "we changed the mattress last month"
    assert sense.plain_words(text) == _old_plain_words(sense, text)
    assert sense._reading(text) == sense._reading(text) == sense._read_cues(text)


@settings(max_examples=300, deadline=None)
@given(word_list=st.lists(st.sampled_from(_WORDS) | st.text(min_size=1, max_size=12), max_size=8))
def test_unheard_kept_per_word_is_unheard_read_afresh(engine: Engine, word_list: list[str]) -> None:
    matcher = engine.matcher
    for word in [*word_list, *word_list]:
        assert matcher._unheard(word) == matcher._unknown(word)
        assert matcher._unheard_words[word] == matcher._unknown(word)


def test_the_unheard_memo_is_bounded(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "WORD_CACHE", 10)
    matcher = engine.matcher
    for n in range(50):
        matcher._unheard(f"zq{n}x")
    assert len(matcher._unheard_words) <= 10


def test_a_rejoined_question_reads_as_before(engine: Engine) -> None:
    """split_words asks _unheard of each word twice: "muscle a trophy" is still atrophy."""
    for _ in range(2):
        text, joins = engine.matcher._rejoined("what causes muscle a trophy")
        assert text == "what causes muscle atrophy"
        assert joins == (("a trophy", "atrophy"),)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXTS, min_size=1, max_size=5))
def test_normalised_text_kept_is_the_text_normalised_afresh(texts: list[str]) -> None:
    for text in [*texts, *reversed(texts)]:
        assert reading.normalize_text(text) == reading.normalize_text.__wrapped__(text)


def test_a_batch_answers_as_single_asks() -> None:
    """The same questions through one engine (memos filled by the ones before) and each through
    an engine of its own: the same rankings and the same red flags."""
    questions = [
        "stiff back after sitting",
        "what causes muscle a trophy",
        "how long does a stiff back last",
        "we changed the mattress last month and my back is stiff",
        "stif bak after siting",
        "back pain and I can't feel my legs, and I can't pee since this morning",
        "numb bum and can't pee",
        "what causes muscle a trophy",
        "stiff back after sitting",
    ]
    pack = load_pack()
    batch = Engine(pack)
    for question in questions:
        alone = Engine(pack)
        assert batch.ask(question) == alone.ask(question)
