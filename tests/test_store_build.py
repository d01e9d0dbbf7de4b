"""Build-time analysis (backcare.engine.index.TextAnalysis): the analyzer's own results, faster.

The index is built from `TextAnalysis`, which splits ASCII text in C and maps words to stems through
one table; questions are analysed by `Analyzer`. If the two ever disagreed, an entry would be
indexed under terms no question produces, so they are compared on arbitrary text here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare.engine.analyze import default_analyzer, words
from backcare.engine.index import FIELDS, TextAnalysis, build_index, field_texts
from backcare.packs.schema import Entry, Pack

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
