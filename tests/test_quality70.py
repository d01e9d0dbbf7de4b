"""quality70 (issue 11, the GP surgery pack): a pack without aliases to judge its answer weight by
reads its answers at READ_ANSWER_WEIGHT when its question sides are too short to hold its users'
words (adapt.short_questions), even when its answer share stays below ANSWER_SHARE: "How do I
register as a new patient?" cannot hold "just moved here, need to sign up with a doctor"."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from backcare.engine.adapt import answer_weight, short_questions
from backcare.engine.analyze import Analyzer, analyzer_for, load_stopwords
from backcare.engine.index import analyse_pack
from backcare.engine.tuning import (
    ANSWER_SHARE,
    FIELD_WEIGHTS,
    READ_ANSWER_WEIGHT,
    SHORT_QUESTION_TERMS,
)
from backcare.packs.schema import Entry, Pack

# a made-up lending library's page: questions of two or three content words, answers in full
SHORT = (
    ("renew", "How do I renew a loan?", "Extend the date your items are due back online."),
    ("holds", "Can I place a hold?", "Pick the branch where you will collect the title."),
    ("fines", "Are there late fees?", "Adults pay twenty pence a day for each overdue item."),
    ("join", "How do I get a library card?", "Bring a utility bill showing your address."),
    ("wifi", "Is there wifi?", "Every branch has a free wireless network."),
    ("printing", "Can I print documents?", "Black and white costs ten pence a sheet."),
    ("lost", "What if I lose a book?", "You pay what a replacement copy costs."),
    ("hours", "When is the library open?", "Weekdays from nine until seven."),
)

# the same page whose answers mostly name each other's topics (the words of its questions), as a
# surgery's procedural answers do: its answer share stays below ANSWER_SHARE
SHARED = (
    (
        "renew",
        "How do I renew a loan?",
        "Renew a loan online with your card before late fees start.",
    ),
    (
        "holds",
        "Can I place a hold?",
        "Place a hold on any book; a hold is free with a library card.",
    ),
    ("fines", "Are there late fees?", "Late fees stop when you renew the loan or return the book."),
    (
        "join",
        "How do I get a library card?",
        "A library card is free: bring a bill to the library.",
    ),
    ("wifi", "Is there wifi?", "The library wifi is open to anyone with a library card."),
    (
        "printing",
        "Can I print documents?",
        "Print documents with your library card; fees are small.",
    ),
    (
        "lost",
        "What if I lose a book?",
        "If you lose a book, late fees stop and you pay for the book.",
    ),
    (
        "hours",
        "When is the library open?",
        "The library is open late on Thursdays to renew or print.",
    ),
)

# a made-up bicycle workshop's page: each question names its problem in full
LONG = (
    (
        "chain",
        "Why does my chain keep slipping off the rear cassette when I change gear uphill?",
        "A stretched chain or worn sprockets skip under load; measure the chain first.",
    ),
    (
        "brakes",
        "How should I adjust squealing rim brake pads that rub against the wheel?",
        "Toe the pads in slightly and clean the rims with alcohol.",
    ),
    (
        "tyres",
        "What tyre pressure should a commuter hybrid bike run on wet city roads?",
        "Around fifty to sixty psi, lower in the rain for grip.",
    ),
    (
        "puncture",
        "Can you repair a tubeless mountain bike tyre puncture with a plug kit?",
        "Yes: push the plug in, trim it and top up the sealant.",
    ),
    (
        "service",
        "How often does an electric bike motor need a professional service check?",
        "Once a year or every two thousand miles, whichever comes first.",
    ),
    (
        "saddle",
        "Which saddle height stops knee pain on long weekend rides through hills?",
        "Your leg should be almost straight at the bottom of the stroke.",
    ),
)


def _pack(rows: tuple[tuple[str, str, str], ...], tags: tuple[str, ...] = ()) -> Pack:
    entries = tuple(Entry(id=i, question=q, answer=a, tags=tags) for i, q, a in rows)
    return Pack(
        "Made-up FAQ", entries, "made-up.json", by_id=MappingProxyType({e.id: e for e in entries})
    )


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_stopwords())


def test_short_question_sides_are_told_from_full_ones(analyzer: Analyzer) -> None:
    assert short_questions(_pack(SHORT).entries, analyzer)
    assert not short_questions(_pack(LONG).entries, analyzer)
    assert not short_questions((), analyzer)  # nothing to judge: nothing changes


def test_tags_and_topics_count_towards_a_question_side(analyzer: Analyzer) -> None:
    # the same short questions, each tagged with the words a reader might use, are long enough
    tagged = _pack(SHORT, tags=("borrowing rules", "opening times", "membership costs"))
    assert not short_questions(tagged.entries, analyzer)


def test_a_word_repeated_in_a_question_counts_once(analyzer: Analyzer) -> None:
    repeated = [
        Entry(id=f"e{i}", question=f"{w} {w} {w} {w} {w}?", answer="An answer.")
        for i, w in enumerate(("parking", "lockers", "toilets", "lifts"))
    ]
    assert short_questions(repeated, analyzer)


def test_an_alias_less_pack_with_short_questions_weighs_its_answers(analyzer: Analyzer) -> None:
    below = ANSWER_SHARE - 0.01  # answers that would not be read as text by their share alone
    assert answer_weight(_pack(SHORT).entries, analyzer, share=below) == READ_ANSWER_WEIGHT
    assert answer_weight(_pack(LONG).entries, analyzer, share=below) == FIELD_WEIGHTS["answer"]
    # a pack that reads answers by its share weighs them so whatever its questions' length
    assert answer_weight(_pack(LONG).entries, analyzer, share=ANSWER_SHARE) == READ_ANSWER_WEIGHT
    # without a share to go by (a caller that has none) the default stays
    assert answer_weight(_pack(SHORT).entries, analyzer) == FIELD_WEIGHTS["answer"]


def test_a_pack_with_aliases_enough_keeps_choosing_from_them(analyzer: Analyzer) -> None:
    # two aliases an entry, sixteen probes: the aliases decide, not the questions' length; the
    # aliases name their own entry's question words, so the answers add nothing and the default
    # (the tie's winner) stays
    aliased = [
        Entry(id=i, question=q, answer=a, aliases=(q.lower(), q.rstrip("?"))) for i, q, a in SHORT
    ]
    probes = answer_weight(aliased, analyzer, share=ANSWER_SHARE - 0.01)
    assert probes == answer_weight(aliased, analyzer, share=1.0)
    assert probes != READ_ANSWER_WEIGHT


def test_the_index_of_a_short_question_pack_weighs_its_answers() -> None:
    # the index-building path (analysed fields, the pack's own share) reaches the same choice for
    # a pack whose share alone would have kept the default weight
    pack = _pack(SHARED)
    analyzer = analyzer_for(pack)
    builder, _ = analyse_pack(pack, analyzer)
    assert builder.answer_share < ANSWER_SHARE
    assert short_questions(pack.entries, analyzer)
    assert builder.weights[-1] == READ_ANSWER_WEIGHT


def test_a_full_question_pack_below_the_share_keeps_the_default(analyzer: Analyzer) -> None:
    # LONG's questions, with answers made of their own questions' words: share low, questions full
    echoed = tuple((i, q, q.replace("?", ".")) for i, q, _ in LONG)
    pack = _pack(echoed)
    builder, _ = analyse_pack(pack, analyzer_for(pack))
    assert builder.answer_share < ANSWER_SHARE
    assert builder.weights[-1] == FIELD_WEIGHTS["answer"]


def test_the_threshold_is_between_a_short_and_a_full_question() -> None:
    # "How do I renew a loan?" is two content terms; a question naming its problem in full, six
    assert 2 < SHORT_QUESTION_TERMS < 6
