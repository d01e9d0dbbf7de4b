"""speed39's direct word numbers in an index build give what the stems gave (issue 17).

`TextAnalysis.packed` maps each word of an entry's question, aliases and answer to its term's number
in one lookup (`word_ids`, 0 for a stop word), not to its stem and then the stem's number. Its
records must be those of `fields` (the analyzer's terms field by field), a text of stop words alone
still keeps them all as `terms` does, and the words must be learnt in the order `fields` learns
them: the index's vocabulary buckets are written in that order, and stay byte for byte as before.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import default_analyzer
from backcare.engine.index import TextAnalysis
from backcare.packs.schema import Entry
from tests.test_startup import indexed_pack_probe, loaded

ANALYZER = default_analyzer()

WORDS = st.sampled_from(
    [
        "back",
        "backs",
        "up",
        "the",
        "it",
        "is",
        "stiff",
        "stiffness",
        "X-ray",
        "don't",
        "Café",
        "ache",
        "aching",
        "2",
        "-",
        "sitting",
        "sit",
        "of",
    ]
)
TEXTS = st.lists(WORDS, max_size=7).map(" ".join)


def _learnt_by_fields(entries: list[Entry]) -> TextAnalysis:
    """An analysis that read the entries through `fields` alone (the stems, then their terms)."""
    analysis = TextAnalysis(ANALYZER)
    for entry in entries:
        analysis.fields(entry)
    return analysis


@settings(max_examples=250, deadline=None)
@given(
    texts=st.lists(
        st.tuples(
            TEXTS,
            TEXTS,
            st.lists(TEXTS, max_size=3),
            st.lists(TEXTS, max_size=2),
            TEXTS,
        ),
        min_size=1,
        max_size=5,
    )
)
def test_packed_numbers_are_the_fields_terms(
    texts: list[tuple[str, str, list[str], list[str], str]],
) -> None:
    entries = [
        Entry(f"e{n}", question or "q", answer or "a", topic, tuple(aliases), tuple(tags))
        for n, (question, answer, aliases, tags, topic) in enumerate(texts)
    ]
    analysis = TextAnalysis(ANALYZER)
    records = [analysis.packed(e) for e in entries]
    for entry, record in zip(entries, records, strict=True):
        assert analysis.unpacked(record) == TextAnalysis(ANALYZER).fields(entry)
        assert 0 not in record[0][5:]  # names[0] is no term's
    # the same words learnt in the same order: the vocabulary (and so its buckets) as before
    assert list(analysis.stems) == list(_learnt_by_fields(entries).stems)
    assert analysis.vocabulary() == _learnt_by_fields(entries).vocabulary()


def test_a_text_of_stop_words_keeps_them_as_terms_does() -> None:
    plain = Entry("p", "the back of it", "is the back stiff", "", (), ())
    entry = Entry("e", "is it the", "the back of it", "", ("it is",), ())
    analysis = TextAnalysis(ANALYZER)
    analysis.packed(plain)
    assert analysis.word_ids["back"] and analysis.word_ids["the"] == 0
    fields, _ = analysis.unpacked(analysis.packed(entry))
    assert fields == TextAnalysis(ANALYZER).fields(entry)[0]
    assert fields[0] and fields[1]  # every word kept, as the analyzer keeps them


def test_a_word_with_no_stem_takes_the_analyzers_way() -> None:
    """A word the table maps to '' that is no stop word (`_exact`): the entry, and every entry
    after it, is read through `terms`, with the same results."""
    entries = [
        Entry("a", "stiff back", "sitting aches", "", (), ()),
        Entry("b", "back ache", "stiffness", "", (), ()),
    ]
    analysis = TextAnalysis(ANALYZER)
    first = analysis.packed(entries[0])
    analysis._exact = True
    second = analysis.packed(entries[1])
    plain = TextAnalysis(ANALYZER)
    assert analysis.unpacked(first) == plain.fields(entries[0])
    assert analysis.unpacked(second) == plain.fields(entries[1])


def test_an_ask_on_an_indexed_pack_loads_no_typing(tmp_path: Path) -> None:
    """store/open.py and store/sqlite.py take TYPE_CHECKING and typing's names from
    backcare.hints, as the bundled ask's modules do: importing typing (with warnings) cost ~14
    million instructions of every ask on a pack with an index (the 200,000-entry pack's, issue 17).
    (warnings is left out: a pack written within the last seconds is read by another path.)"""
    probe = indexed_pack_probe(tmp_path)
    probe = probe.replace(
        '"backcare.packs.importers", "numpy")', '"typing", "backcare.store.sqlite")'
    )
    env = {**os.environ, "BACKCARE_CACHE_DIR": str(tmp_path / "cache")}
    loaded(probe, env)  # the build (numpy imports typing)
    found = loaded(probe, env)
    assert "backcare.store.sqlite" in found  # answered from the index
    assert "typing" not in found
