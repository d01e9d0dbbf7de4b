"""quality57 (issue 11): holdout 37's first-run misses as classes, in other words than the set's.

A real word a phone's autocorrect put for a term of the pack ("spinal directors") is read as the
term when the word beside it stands beside the term in the pack's own questions; a question word
typed as one letter ("y") asks as the word only where a sentence opens; a why asked of a thing
recommended asks the reason for a remedy; a cure named with a superlative is a remedy; a long
flight is time sat down; back and pain in the languages people switch to mid-sentence are the back
and pain; a fit note, going to work and kinesio tape are topics the page does not answer."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.autocorrected import autocorrected, pack_pairs, terms_beside
from backcare.engine.spelling import osa_distance
from backcare.engine.textspeak import respellings
from tests.answered import answered


def _read(
    text: str, common: frozenset[str] = frozenset()
) -> tuple[str, tuple[tuple[str, str], ...]]:
    pairs = pack_pairs(
        ["Why are my spinal erectors so tight?", "How do I loosen my erector spinae?"]
    )
    return autocorrected(
        text,
        lambda word, before: terms_beside(pairs, word, before, osa_distance),
        {"directors", "elector", "selectors"}.__contains__,
        common.__contains__,
        osa_distance,
        frozenset({"my", "are", "so", "the"}),
    )


def test_a_real_word_beside_a_term_s_neighbour_is_read_as_the_term() -> None:
    assert _read("spinal directors") == ("spinal erectors", (("directors", "erectors"),))
    # the neighbour itself may be a letter off the pack's ("spine" for "spinae")
    assert _read("my elector spine")[1] == (("elector", "erector"),)
    # alone, or beside a stop word only, nothing says which term was meant
    assert _read("my directors")[1] == ()
    # a term that is common English is not what autocorrect replaced
    assert _read("spinal directors", frozenset({"erectors"}))[1] == ()
    # two edits off is near enough; a neighbour the pack never writes beside a term is not
    assert _read("spinal selectors and tension")[1] == (("selectors", "erectors"),)
    assert _read("board directors")[1] == ()


def test_a_one_letter_spelling_asks_only_where_a_sentence_opens() -> None:
    assert ("y", "why") in respellings("y is my back stiff")
    assert ("y", "why") in respellings("ugh. y is my back stiff")
    assert ("y", "why") not in respellings("hw d y rlx")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # autocorrect's real words for the pack's terms
        ("what makes the spinal directors ache so much", "spinal-erectors-tight"),
        ("best way to release an elector spinae", "loosen-erector-spinae"),
        # one letter for why, where the question opens
        ("y does my back get so stiff sitting at my desk", "back-get-stiff-sit"),
        # a why asked of what is recommended: the remedy entry
        ("why is heat usually advised for tight back muscles", "helps-tight-back-muscles"),
        # a cure with a superlative
        ("quickest cure for an aching back at home", "fastest-home-remedy-back-pain"),
        # a long flight is sitting
        ("my back always goes stiff on a long haul flight, why is that", "back-get-stiff-sit"),
        # back pain in another language's words
        ("peeth dard, what is the fastest home remedy", "fastest-home-remedy-back-pain"),
        # near-domain: work notes, work itself, a product
        ("how do i get a fit note from my doctor for back pain", None),
        ("is it ok to go to work with lower back pain", None),
        ("is kinesio taping good for back pain", None),
    ],
)
def test_holdout37s_classes_in_other_words(
    engine: Engine, question: str, expected: str | None
) -> None:
    assert answered(engine, question) == expected
