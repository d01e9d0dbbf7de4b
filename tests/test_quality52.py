"""quality52 (issue 11): holdout 35's classes, in other words than the set's.

Idioms and slang for back trouble ("lumbago", "a crick", "done my back in") read as what they
mean; voice dictation: fillers ("um", "erm") part a text with no stops into sentences, a word
heard as another that sounds the same ("caws" for cause, "pane" for pain) and a split word whose
join sound is heard twice ("muscle at trophy") read as meant; a forum reply's quoted lines ("> ...")
are not its question, and a bracket of the asker's story ("(I've got a physio for that)") names
no topic asked; a product asked to be chosen to buy ("which ... should I order") and a
prescription are near-domain; whether a spell is "still normal" asks how long it lasts."""

from __future__ import annotations

import pytest

from backcare.engine.answer import Engine
from backcare.engine.asides import aside_openers, aside_words, marked_quotes, unquoted
from backcare.engine.buying import buying_cues, chosen_to_buy
from backcare.engine.dictation import fillers, spoken_sentences
from backcare.engine.homophones import heard_words
from backcare.engine.split_words import rejoined
from tests.answered import answered

STOP = frozenset({"a", "the", "for", "that", "of", "my", "i", "is", "it", "at", "to"})


def test_fillers_part_a_dictated_text_into_sentences() -> None:
    spoken = fillers()
    assert spoken_sentences("what helps a tight back erm it started after gardening", spoken) == [
        "what helps a tight back",
        "it started after gardening",
    ]
    # a text with a stop was typed: its "um" is a pause inside a sentence
    assert spoken_sentences("um, what helps a tight back?", spoken) == []
    # a filler at the very start parts nothing
    assert spoken_sentences("uh what helps a tight back", spoken) == []


def test_a_word_heard_as_another_is_read_as_meant_only_when_the_pack_lacks_it() -> None:
    table = {"caws": "cause", "pane": "pain"}
    pack = {"cause", "pain", "back", "window"}
    text, read = heard_words(
        "why does my lower back pane", table, lambda w: w not in pack, pack.__contains__
    )
    assert text == "why does my lower back pain" and read == (("pane", "pain"),)
    # a pack that writes the word keeps it
    windows = pack | {"pane"}
    assert (
        heard_words(
            "a cracked window pane", table, lambda w: w not in windows, windows.__contains__
        )[1]
        == ()
    )


def test_a_split_word_whose_join_sound_is_heard_twice_is_joined() -> None:
    pack = {"atrophy", "muscle", "back"}
    text, read = rejoined(
        "what wastes a muscle at trophy",
        lambda w: w not in pack and w != "at",
        lambda joined, edits: joined if joined in pack else None,
        STOP,
    )
    assert text == "what wastes a muscle atrophy" and read == (("at trophy", "atrophy"),)


def test_quoted_lines_and_a_bracket_of_the_story_are_not_asked() -> None:
    marked = marked_quotes("> have you tried heat? worked for me\n\nwhy is my back stiff")
    assert marked == "> have you tried heat? > worked for me.\n\nwhy is my back stiff"
    # the engine reads line breaks as spaces: the quote's sentences are still set apart
    assert unquoted(marked.replace("\n", " ")).strip() == "why is my back stiff"
    # a ">" inside a sentence quotes nothing
    assert unquoted("back pain > 6 weeks, what now") == "back pain > 6 weeks, what now"
    # a message that is all quote is still asked
    assert unquoted("> why is my back stiff") == "> why is my back stiff"
    openers = aside_openers()
    text = "why does my back stiffen (my osteopath thinks it's the chair) when I sit"
    assert {"osteopath", "chair"} <= aside_words(text, openers, STOP)
    # a bracket that opens otherwise may name what is asked; a word said outside stays asked
    assert (
        aside_words("is it worth seeing someone (a chiropractor) for it", openers, STOP)
        == frozenset()
    )
    assert "chair" not in aside_words("is my chair the cause (my chair is old)", openers, STOP)


def test_a_product_asked_to_be_chosen_to_buy_is_asked_the_best_one_of(engine: Engine) -> None:
    analyzer = engine.matcher.analyzer
    text = "what size of massage gun should I buy for my back"
    assert chosen_to_buy(text, analyzer.topics(text), buying_cues()) == {("massag", "gun")}
    # told, not chosen
    told = "I bought a massage gun, should I use it on my lower back"
    assert chosen_to_buy(told, analyzer.topics(told), buying_cues()) == frozenset()


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        # idioms and slang for back trouble
        ("lumbago's playing up, quickest way to calm it at home?", "fastest-home-remedy-back-pain"),
        ("crick in the back", "helps-tight-back-muscles"),
        ("put my back out, what will ease it", "fastest-home-remedy-back-pain"),
        # dictated: the filler ends the question, the rest is its story
        ("how long does back stiffness take to go erm I pulled a muscle lifting the sofa", "long-stiff-back-last"),
        ("how long does a stiff back last uh I slept on a bad mattress", "long-stiff-back-last"),
        # dictated: words heard as others that sound the same, a join sound heard twice
        ("what is the main cause of muscle at trophy", "greatest-cause-muscle-atrophy"),
        ("whats the caws of muscle loss", "greatest-cause-muscle-atrophy"),
        ("back pane relief at home fast", "fastest-home-remedy-back-pain"),
        # whether a spell is still normal asks how long it lasts (holdout 34's leftover)
        ("ten days of a tight stiff back, is it normal for it to still be this stiff?", "long-stiff-back-last"),
        # a forum reply: the quote is not asked, nor the asker's bracket
        ("> Have you seen a chiropractor?\n\nno I want to know what causes tight erector spinae", "spinal-erectors-tight"),
        ("> Have you tried heat?\n\nYes. My lower back locks up every afternoon at my desk (I've got a physio for that) but why does sitting do this", "back-get-stiff-sit"),
        ("Not after a fix (I've got a chiropractor booked), I only want to know why my back stiffens from sitting all day", "back-get-stiff-sit"),
    ],
)  # fmt: skip
def test_the_answerable_question_is_answered(engine: Engine, question: str, entry: str) -> None:
    assert answered(engine, question) == entry


@pytest.mark.parametrize(
    "question",
    [
        "which foam roller should I buy",
        "what massage gun should I get for my back",
        "can i get a heat pack on prescription",
        "is there a prescription for back pain",
        "I won at trivia",
        "the window pane is cracked, who do I call",
    ],
)
def test_a_question_off_the_page_is_not_answered(engine: Engine, question: str) -> None:
    assert answered(engine, question) is None
