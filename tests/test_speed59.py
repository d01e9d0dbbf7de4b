"""The analyzer's expansions and the red-flag phrases' words kept as sorted texts
(engine/sorted_rows.py, issue 17, speed59): every look-up as the dict's and the frozenset's."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.sorted_rows import LOOKUPS_BEFORE_TABLE, PhraseRows, WordRows

# letters and every separator the texts use, so that both layouts (text, dict) are met
LETTERS = st.sampled_from(["a", "b", "é", " ", "\t", "\n", "'", "..."])
WORDS = st.lists(LETTERS, max_size=4).map("".join)
KEYS = st.lists(WORDS, max_size=3).map(tuple)
TERMS = st.lists(WORDS, max_size=3).map(tuple)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, TERMS, max_size=12), st.lists(KEYS, max_size=80))
def test_phrase_rows_read_as_the_dict(
    rows: dict[tuple[str, ...], tuple[str, ...]], asked: list[tuple[str, ...]]
) -> None:
    table = PhraseRows(rows)
    assert len(table) == len(rows)
    assert dict(table.items()) == rows
    # every key and the asked ones, past the look-ups after which the dict is made
    for key in [*rows, *asked, *rows]:
        assert (key in table) == (key in rows)
        assert tuple(table.get(key, ())) == rows.get(key, ())
        if key in rows:
            assert table[key] == rows[key]
    missing: tuple[str, ...] = ()
    assert table.get(("nowhere",), missing) is missing


@settings(max_examples=300, deadline=None)
@given(st.frozensets(WORDS, max_size=30), st.lists(WORDS, max_size=100))
def test_word_rows_read_as_the_frozenset(words: frozenset[str], asked: list[str]) -> None:
    words = frozenset(w for w in words if "\n" not in w)
    table = WordRows(words)
    assert len(table) == len(words) and frozenset(table) == words
    assert list(table) == sorted(words)
    for word in [*words, *asked, *words]:
        assert (word in table) == (word in words)
    assert 1 not in table


def test_the_bundled_tables_are_laid_out_as_text() -> None:
    """The bundled lexicon and red-flag vocabulary fit the texts (else the snapshot keeps the
    whole dict, and is not written), and look-ups past the count still agree."""
    from backcare.engine.analyze import build_analyzer
    from backcare.engine.safety import load_safety
    from backcare.packs.load import load_pack

    pack = load_pack()
    analyzer = build_analyzer(pack.builtin_lexicon, pack.synonyms)
    expansions = analyzer._expansions
    rows = dict(expansions.items())
    # laid out as text (the process's analyzer may have been looked up often since)
    assert expansions._text.count("\n") == len(rows) > LOOKUPS_BEFORE_TABLE
    for key, terms in rows.items():
        assert expansions[key] == terms
    surfaces = load_safety()._surfaces
    assert len(surfaces) == surfaces._text.count("\n") > 0
    assert all(word in surfaces for word in list(surfaces)[:200])
    assert "zzzzqx" not in surfaces


def test_the_snapshot_hands_over_the_entries_senses_a_matcher_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled entries' senses read from the snapshot are what a matcher over tables built
    now reads of each entry, and are handed over only for the store and sense handed over."""
    from backcare.engine.analyze import build_analyzer
    from backcare.engine.cues import load_cues
    from backcare.engine.index import build_index
    from backcare.engine.intent import build_sense
    from backcare.engine.match import Matcher
    from backcare.store import snapshot
    from backcare.store.memory import MemoryStore

    monkeypatch.setenv("BACKCARE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BACKCARE_NO_SNAPSHOT", raising=False)
    snapshot.Tables()._load()  # built, and written
    tables = snapshot.Tables()
    pack, store = tables.bundled()
    analyzer = tables.analyzer(pack.builtin_lexicon, pack.synonyms)
    assert tables.read and store is not None and analyzer is not None
    sense = tables.sense(analyzer)
    assert sense is not None
    built = build_analyzer(pack.builtin_lexicon, pack.synonyms)
    built_sense = build_sense(built, load_cues())
    assert tables.entry_senses(store, built_sense) is None  # another sense
    assert tables.entry_senses(MemoryStore(pack, build_index(pack, built)), sense) is None
    kept = tables.entry_senses(store, sense)
    assert kept is not None and len(kept[0]) == len(pack.entries) > 0
    matcher = Matcher(MemoryStore(pack, build_index(pack, built)), built, built_sense)
    matcher._asked_prebuilt = True
    for doc in range(len(pack.entries)):
        matcher._sense_of(doc)
    assert kept == (matcher._entry_sense, matcher._answered)
    assert kept[1]  # some entry answers a type only in its answer (the case it keeps)


def _eager_find(
    topics: list[tuple[tuple[str, ...], str]], text: str, known: frozenset[str]
) -> tuple[tuple[tuple[str, ...], str], ...]:
    """SpeltTopics.find as it read before speed59: the table made first, () when empty."""
    from backcare.engine.analyze import words
    from backcare.engine.spelling import closest_by_ratio
    from backcare.engine.topic_spelling import _same_start
    from backcare.engine.tuning import SPELT_MIN, SPELT_PREFIX, SPELT_RATIO

    by_start: dict[str, dict[str, tuple[str, ...]]] = {}
    for phrase, written in topics:
        if len(phrase) == 1 and len(written) >= SPELT_MIN and written.isalpha():
            by_start.setdefault(written[:SPELT_PREFIX], {})[written] = phrase
    if not by_start:
        return ()
    found = []
    for word in dict.fromkeys(words(text)):
        if len(word) < SPELT_MIN or not word.isalpha():
            continue
        near = by_start.get(word[:SPELT_PREFIX])
        if not near or word in near or word in known:
            continue
        topic = closest_by_ratio(word, list(near), SPELT_RATIO) or next(
            (t for t in near if _same_start(word, t)), None
        )
        if topic is not None:
            found.append((near[topic], word))
    return tuple(found)


SPELT_WORDS = st.sampled_from(
    ["osteoporosis", "osteoporoza", "osteopathy", "scoliosis", "scolisis", "mri", "back", "x"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.lists(SPELT_WORDS, min_size=1, max_size=2), SPELT_WORDS), max_size=6),
    st.lists(SPELT_WORDS, max_size=6),
    st.frozensets(SPELT_WORDS, max_size=2),
)
def test_spelt_topics_read_when_needed_find_what_the_table_made_first_did(
    raw: list[tuple[list[str], str]], said: list[str], known: frozenset[str]
) -> None:
    from backcare.engine.topic_spelling import SpeltTopics

    topics = [(tuple(phrase), written) for phrase, written in raw]
    text = " ".join(said)
    lazy = SpeltTopics(iter(topics))  # an iterator, consumed only when a word needs it
    assert lazy.find(text, known.__contains__) == _eager_find(topics, text, known)
    assert lazy.find(text, known.__contains__) == _eager_find(topics, text, known)  # again
