"""speed50 (issue 17): work a batch question no longer redoes reads the same as the work done afresh.

The topics each word of a no-answer question names (lookup.topics_named_in, kept per word for the
pack's topics) and the pack's word two words written together are (Matcher._closest_whole, kept
per form and edits) must give what the plain reading gives, for any pack, in any order, and the
memos must stay bounded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine import resolve
from backcare.engine.answer import Engine
from backcare.packs import lookup
from backcare.packs.load import load_pack
from backcare.packs.lookup import find_topics, topics_named_in
from backcare.packs.schema import Pack, pack_from_data


def _plain_topics_named_in(pack: Pack, text: str, limit: int = 2) -> tuple[str, ...]:
    """topics_named_in as it read before speed50: find_topics for each word, every time."""
    stop = lookup._stopwords()
    words = [m[0] for m in islice(re.finditer(r"[^\W\d_]+", text), lookup.MAX_TOPIC_WORDS)]
    found: dict[str, None] = {}
    for word in dict.fromkeys(w.casefold() for w in words):
        if len(word) < lookup.SHORTEST_TOPIC_WORD or word in stop:
            continue
        found.update(dict.fromkeys(find_topics(pack, word)))
        if len(found) >= limit:
            break
    return tuple(found)[:limit]


def _pack(topics: list[str], name: str = "t.json") -> Pack:
    entries = [
        {"id": f"e{i}", "question": f"Question number {i}?", "answer": "An answer.", "topic": t}
        for i, t in enumerate(topics)
    ]
    return pack_from_data({"title": "T", "entries": entries}, name)


# packs of my own whose topics share words, spellings and prefixes, so that the same word names
# different topics in different packs
PACKS = [
    load_pack(None),
    _pack(["Recovery", "Pain", "Stiffness", "Exercise"]),
    _pack(["pain relief", "pain at night", "relief of stiffness", "Sleep and rest"]),
    _pack(["Nerve pain", "Posture at work", "Physio appointments", "Prices and fees"]),
    _pack(["ＰＡＩＮ ＲＥＬＩＥＦ", "stretches and release", "muscle atrophy"]),
    _pack(["only topic"]),
]
# questions of my own (none from tests/eval): topic words, their spellings and prefixes, stop
# words, words that name nothing, numbers and non-ASCII letters
TEXTS = [
    "what helps pain relief at night",
    "my posture at work is awful, any stretches?",
    "relif for stiffnes after sleeping badly",
    "how much are physio appointments and what are the fees",
    "muscle wasting after six weeks in a cast",
    "recovering from a slipped disc 2 months ago",
    "exercises for the lower back when pregnant",
    "nerve pain down the leg, tingling toes",
    "Schmerzen im Rücken nach dem Sport",
    "the and of with about",
    "strech strech strech release",
    "ｒｅｌｉｅｆ please",
]

_WORDS = [w for t in TEXTS for w in t.split()] + ["rest", "sleep", "pian", "exercize", "a", ""]


@pytest.fixture(autouse=True)
def _fresh_memo() -> Iterator[None]:
    lookup._TOPIC_MEMOS.clear()
    yield
    lookup._TOPIC_MEMOS.clear()


def test_topics_named_kept_per_word_are_the_topics_found_afresh() -> None:
    for _ in range(2):  # the second time, from the memo
        for pack in PACKS:
            for text in TEXTS:
                for limit in (1, 2, 3):
                    assert topics_named_in(pack, text, limit) == _plain_topics_named_in(
                        pack, text, limit
                    ), (pack.topics(), text, limit)


@settings(max_examples=200, deadline=None)
@given(
    asked=st.lists(
        st.tuples(
            st.sampled_from(range(len(PACKS))),
            st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join) | st.text(max_size=30),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_packs_asked_in_turn_each_get_their_own_topics(asked: list[tuple[int, str]]) -> None:
    """A batch over one pack, then another, then the first again: a word's topics are always the
    pack's own (the memo is for one pack's topics at a time)."""
    for n, text in [*asked, *reversed(asked)]:
        pack = PACKS[n]
        assert topics_named_in(pack, text) == _plain_topics_named_in(pack, text)
    assert len(lookup._TOPIC_MEMOS) == 1


def test_a_pack_whose_topics_change_is_read_again() -> None:
    """The memo is keyed by the topics themselves, not by the pack object: a pack served again
    with other topics (an edited file, the same path) names its new topics."""
    before = _pack(["Sleep and rest", "Pain"])
    after = before._replace(topic_names=("Sleep hygiene", "Recovery"))
    assert topics_named_in(before, "trouble with sleep, need rest") == ("Sleep and rest",)
    assert topics_named_in(after, "trouble with sleep, need rest") == ("Sleep hygiene",)
    assert topics_named_in(after, "recovery") == ("Recovery",)
    assert topics_named_in(before, "recovery") == ()


def test_the_topic_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup, "TOPIC_WORD_MEMO", 8)
    pack = PACKS[2]
    for n in range(200):
        word = "".join(chr(ord("a") + int(d)) for d in str(n))
        topics_named_in(pack, f"painful {word}zzq relieving {word}xx")
        assert all(len(memo) <= 8 for memo in lookup._TOPIC_MEMOS.values())
    assert topics_named_in(pack, "pain relief") == _plain_topics_named_in(pack, "pain relief")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_pack(None))


# joined forms: words of the pack, near them by one or two edits, and forms of no word
_JOINED = [
    "atrophy", "atrophie", "atrofy", "erectors", "erecttours", "sciatica", "siatica", "stiffness",
    "stifness", "musclea", "muscleatrophy", "zzzzzzzz", "backpain", "posture", "postur", "sitting",
    "sittting", "hamstrings", "hamstring", "mattress", "matress", "qqqqqq", "physiotherapy",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    forms=st.lists(
        st.tuples(
            st.sampled_from(_JOINED) | st.text(alphabet="abcdeilmnorstuy", min_size=6, max_size=12),
            st.sampled_from([0, 1, 2]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_joined_words_kept_are_the_words_found_afresh(
    engine: Engine, forms: list[tuple[str, int]]
) -> None:
    matcher = engine.matcher
    for joined, edits in [*forms, *forms]:  # each again, from the memo
        assert matcher._closest_whole(joined, edits) == matcher._closest_whole_read(joined, edits)


def test_a_word_heard_as_two_still_reads_whole(engine: Engine) -> None:
    """Through rejoined, the kept joins read as before: exact, one or two edits, or none."""
    matcher = engine.matcher
    for _ in range(2):
        assert matcher._rejoined("what causes muscle a trophy")[0] == "what causes muscle atrophy"
        assert matcher._rejoined("my spinal erect tours ache")[0] == "my spinal erectors ache"
        assert matcher._rejoined("I won a trophy at darts")[1] == ()


def test_the_joined_word_memo_is_bounded(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "WORD_CACHE", 10)
    matcher = engine.matcher
    for n in range(60):
        matcher._closest_whole(f"atro{n}phy", n % 3)
        assert len(matcher._joined_words) <= 10
    assert matcher._closest_whole("atrophie", 1) == matcher._closest_whole_read("atrophie", 1)


# texts of my own with words heard as two, stop words beside them, punctuation between, case
_SPLIT_WORDS = [
    "muscle", "a", "trophy", "at", "erect", "tours", "spinal", "sigh", "attica", "I", "won",
    "ham", "strings", "Ham", "Strings", "matt", "ress", "the", "back", "pain", "post", "ure",
    "my", "in", "jury", "physio", "therapy", "zq", "xx", ",", ".", "-",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_SPLIT_WORDS), max_size=12).map(" ".join) | st.text(max_size=30),
        min_size=1,
        max_size=6,
    )
)
def test_pairs_kept_read_as_pairs_read_afresh(engine: Engine, texts: list[str]) -> None:
    from backcare.engine.split_words import rejoined

    matcher = engine.matcher
    read = (matcher._unheard, matcher._closest_whole_read, matcher.analyzer.stopwords)
    for text in [*texts, *texts]:  # each again, from the memo
        assert matcher._rejoined(text) == rejoined(text, *read), text


def test_the_pair_memo_is_bounded(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "WORD_CACHE", 10)
    matcher = engine.matcher
    for n in range(60):
        word = "".join(chr(ord("a") + int(d)) for d in str(n))
        matcher._rejoined(f"muscle {word} trophy")
        assert len(matcher._joined_pairs) <= 10 + 2  # a question's own pairs on top
    assert matcher._rejoined("muscle a trophy")[0] == "muscle atrophy"
