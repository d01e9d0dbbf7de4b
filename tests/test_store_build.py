"""Build-time analysis (backcare.engine.index.TextAnalysis): the analyzer's own results, faster.

The index is built from `TextAnalysis`, which splits ASCII text in C and maps words to stems through
one table; questions are analysed by `Analyzer`. If the two ever disagreed, an entry would be
indexed under terms no question produces, so they are compared on arbitrary text here."""

from __future__ import annotations

from array import array
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import default_analyzer, words
from backcare.engine.index import (
    FIELDS,
    TextAnalysis,
    average_lengths,
    build_index,
    field_texts,
    field_weights,
    word_grams,
)
from backcare.engine.tuning import FIELD_COVER, B
from backcare.packs.schema import Entry, Pack
from tests.strategies import packs

ANALYZER = default_analyzer()
# ASCII letters, digits, apostrophes, backticks, punctuation and stop words, plus some non-ASCII
PIECES = st.sampled_from(
    [
        "Back",
        "PAIN",
        "don't",
        "it's",
        "rock`n`roll",
        "''",
        "'",
        "`",
        "x'",
        "'y",
        "a''b",
        "O'Brien's",
        "the",
        "and",
        "it",
        "Café",
        "naïve",
        "ÉCOLE",
        "ß",
        "İstanbul",
        "ＦＵＬＬ",
        "ﬁne",
        "l'été",
        "snake_case",
        "3D",
        "42",
        "—",
        "-",
        ".",
        ",",
        "?",
        "\t",
        "\n",
        "it’s",
        "\u0301x",
        "n\u0303o",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
    st.lists(PIECES, max_size=12).map(" ".join),
    st.lists(PIECES, max_size=12).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_tokens_and_terms_are_the_analyzers(text: str) -> None:
    analysis = TextAnalysis(ANALYZER)
    tokens = analysis.tokens(text)
    assert tokens == list(words(text))
    assert analysis.terms(tokens) == ANALYZER.terms(text)
    assert analysis.terms(tokens) == ANALYZER.terms(text)  # again, from the learnt table


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(TEXTS, min_size=5, max_size=5), aliases=st.lists(TEXTS, max_size=3))
def test_entry_fields_are_the_analyzers(texts: list[str], aliases: list[str]) -> None:
    question, answer, topic, tag, _ = texts
    entry = Entry("e1", question, answer, topic, tuple(aliases), (tag,))
    analysis = TextAnalysis(ANALYZER)
    for _ in range(2):  # the second time from the tables and the remembered tags and topics
        analysed, gram_words = analysis.fields(entry)
        want = {
            name: [t for text in texts for t in ANALYZER.terms(text)]
            for name, texts in field_texts(entry).items()
        }
        assert dict(zip(FIELDS, analysed, strict=True)) == want
        surface = [w for text in (question, *aliases) for w in words(text)]
        assert gram_words == [w for w in surface if w not in ANALYZER.stopwords]


def test_vocabulary_is_every_word_but_stop_words() -> None:
    entries = (
        Entry(
            "a", "Why does my BACK hurt?", "Rest, then walk. Don't sit", "Pain", ("Café",), ("x",)
        ),
        Entry("b", "the and it", "l'été", "", (), ()),
    )
    data = build_index(Pack(title="t", entries=entries, path="t.json"), ANALYZER)
    surface = {
        w
        for e in entries
        for texts in field_texts(e).values()
        for text in texts
        for w in words(text)
    }
    assert data.vocabulary == surface - ANALYZER.stopwords


@settings(max_examples=150, deadline=None)
@given(packs(max_entries=8))
def test_postings_and_gram_statistics_are_bm25f_taken_entry_by_entry(
    pack: Pack,
) -> None:
    """The builder's shortcuts (shares kept per field length, n-gram counts taken per word) give
    what the plain definitions give: each term's tf summed field by field in FIELDS order, each
    counted term's share weight x count / norm, its cover the field that counts most (first on
    ties); an n-gram's df the entries holding it, the average the n-grams per entry."""
    entries = pack.entries
    data = build_index(pack, ANALYZER)
    analysis = TextAnalysis(ANALYZER)
    analysed = [analysis.fields(e) for e in entries]
    average = average_lengths([len(field) for field in fields] for fields, _ in analysed)
    weights = field_weights(pack, ANALYZER, share=data.answer_share)
    expected: dict[str, tuple[list[int], list[float], list[int]]] = {}
    grams: Counter[str] = Counter()
    gram_total = 0
    for doc, (fields, gram_words) in enumerate(analysed):
        tf: dict[str, float] = {}
        cover: dict[str, int] = {}
        for index, terms in enumerate(fields):
            name = FIELDS[index]
            norm = 1 - B + B * len(terms) / average[name]
            for term, count in Counter(terms).items():
                share = weights[name] * count / norm
                tf[term] = tf[term] + share if term in tf else share
                if term not in cover or FIELD_COVER[name] > FIELD_COVER[FIELDS[cover[term]]]:
                    cover[term] = index
        for term, value in tf.items():
            docs, tfs, covers = expected.setdefault(term, ([], [], []))
            docs.append(doc)
            tfs.append(value)
            covers.append(cover[term])
        grams.update({g for w in gram_words for g in word_grams(w)})
        gram_total += sum(len(word_grams(w)) for w in gram_words)
    assert set(data.postings) == set(expected)
    for term, (docs, tfs, covers) in expected.items():
        got = data.postings[term]
        assert list(got[0]) == docs
        assert got[1].tobytes() == array("f", tfs).tobytes()
        assert list(got[2]) == covers
    assert dict(data.gram_df) == dict(grams)
    assert data.gram_avg == max(1e-9, gram_total / len(entries))
