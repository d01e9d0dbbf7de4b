"""The analyzer: normalisation, tokens, stems, stop words and lexicon expansion."""

from __future__ import annotations

from backcare.engine.analyze import Analyzer, TopicWords, default_analyzer, fold, stem, words


def test_words_fold_case_accents_and_apostrophes() -> None:
    assert words("Café’s BACK-pain, it's") == ("cafe's", "back", "pain", "it's")
    assert fold("ÉRECTOR") == "erector"


def test_stems_join_word_forms() -> None:
    assert stem("stiffness") == stem("stiff")
    assert stem("sitting") == stem("sit")
    assert stem("muscles") == stem("muscle")


def test_a_word_stands_for_its_other_number_where_snowball_stems_them_apart() -> None:
    analyzer = default_analyzer()
    # Snowball: "bus" -> bus, "buses" -> buse; "lens" -> len, "lenses" -> lens
    assert stem("buses") in dict(analyzer.concept("bus").alternatives)
    assert stem("bus") in dict(analyzer.concept("buses").alternatives)
    assert stem("lenses") in dict(analyzer.concept("lens").alternatives)
    assert stem("gas") in dict(analyzer.concept("gases").alternatives)
    # the plural of a "-se" word, or a plural already, gets nothing new: "uses" is not "us"
    for word in ("uses", "noses", "causes", "muscles", "news", "series", "classes"):
        full = {t for t, w in analyzer.concept(word).alternatives if w == 1.0}
        assert full == {stem(word)}, word
    assert stem("us") not in dict(analyzer.concept("uses").alternatives)
    assert stem("nos") not in dict(analyzer.concept("noses").alternatives)


def test_too_long_says_a_posture_was_held_all_day_not_how_long() -> None:
    analyzer = default_analyzer()
    (long,) = [c for c in analyzer.concepts("stiff from sitting too long") if c.word == "long"]
    assert stem("day") in dict(long.alternatives)  # "... after sitting all day?"
    (plain,) = [c for c in analyzer.concepts("how long does it last") if c.word == "long"]
    assert stem("day") not in dict(plain.alternatives)
    # one way: "all day" does not search the "long" of "How long does a stiff back last?"
    day = [c for c in analyzer.concepts("stuck sitting all day") if c.word == "day"]
    assert all(stem("long") not in dict(c.alternatives) for c in day)


def test_stop_words_dropped_unless_nothing_else_is_left() -> None:
    analyzer = Analyzer(["what", "is", "the"])
    assert analyzer.terms("what is the sciatica") == [stem("sciatica")]
    assert analyzer.terms("what is the") == ["what", "is", "the"]


def test_lexicon_expands_lay_words_and_phrases_at_lower_weight() -> None:
    analyzer = default_analyzer()
    [concept] = [c for c in analyzer.concepts("muscle wasting") if c.word == "wasting"]
    alternatives = dict(concept.alternatives)
    assert alternatives[stem("wasting")] == 1.0
    assert 0 < alternatives[stem("atrophy")] < 1.0
    sma = dict(analyzer.concepts("sma")[0].alternatives)
    assert " ".join(stem(w) for w in ("spinal", "muscular", "atrophy")) in sma


def test_a_phrase_member_expands_to_all_its_words_not_each() -> None:
    # "cast" must not reach every entry that says "physical" through "physical activity"
    analyzer = Analyzer(["of"], [["inactivity", "physical activity", "lack of exercise"]])
    alternatives = dict(analyzer.concepts("inactivity")[0].alternatives)
    assert set(alternatives) == {stem("inactivity"), "physic activ", "lack exercis"}


def test_pack_synonyms_extend_the_analyzer() -> None:
    analyzer = Analyzer([], [["sciatica", "leg nerve pain"]])
    alternatives = dict(analyzer.concepts("sciatica")[0].alternatives)
    assert "leg nerv pain" in alternatives


def test_two_words_the_pack_writes_as_one_make_one_concept() -> None:
    analyzer = Analyzer(["up", "my", "in", "to"])
    known = {"backup", "github", "into"}.__contains__
    concepts = analyzer.concepts("back up my notes to git hub", known)
    assert [c.word for c in concepts] == ["back up", "notes", "git hub"]
    assert dict(concepts[0].alternatives) == {stem("backup"): 1.0}
    # two stop words never join ("in to" is not "into"), and without `known` nothing joins
    assert [c.word for c in analyzer.concepts("log in to git hub", known)] == ["log", "git hub"]
    assert [c.word for c in analyzer.concepts("git hub")] == ["git", "hub"]


def test_a_phrasal_verb_inflected_joins_as_the_compound_the_pack_writes() -> None:
    # "striked through", "logged in": the first word's stem run together with the second is the
    # pack's compound; the inflected form itself is no word of the pack
    analyzer = Analyzer(["in", "the", "on"])
    known = {"strikethrough", "login", "backup"}.__contains__
    assert [c.word for c in analyzer.concepts("text striked through on github", known)] == [
        "text",
        "striked through",
        "github",
    ]
    concepts = analyzer.concepts("logged in twice", known)
    assert [c.word for c in concepts] == ["logged in", "twice"]
    assert dict(concepts[0].alternatives) == {stem("login"): 1.0}
    # words whose stem and the next word are no word of the pack stay two words
    assert [c.word for c in analyzer.concepts("walked through", known)] == ["walked", "through"]


def test_imaging_is_only_where_something_was_seen_unless_the_question_asks_what_it_shows() -> None:
    analyzer = default_analyzer()
    # "on the scan": where the thinning was seen, not what is asked
    assert analyzer.topics("my back muscle has gone thin on the scan, what causes that") == ()
    assert analyzer.topics("the muscles looked small in my MRI, why") == ()
    # asking what imaging shows, or about the imaging itself, still names the topic
    assert analyzer.topics("can muscle wasting be seen on an MRI")
    assert analyzer.topics("should I get a scan for my stiff back")


def test_a_topic_typed_as_a_possessive_is_still_the_topic() -> None:
    # "my dog's back legs" asks about my dog; a topic is written "my dog"
    analyzer = Analyzer([], topics=TopicWords(names=["my dog", "brand"]))
    assert [written for _, written in analyzer.topics("my dog's back legs are wobbly")] == [
        "my dog's"
    ]
    assert [written for _, written in analyzer.topics("which brand's chair is best")] == ["brand's"]
    # a word that only ends in s is not a possessive ("dogs" is the plural, as before)
    assert analyzer.topics("my dogs") == ((("my", "dog"), "my dogs"),)


def test_other_domains_whose_words_a_back_faq_shares_are_topics() -> None:
    analyzer = default_analyzer()
    # animals' backs, furniture's backs, products by brand, sleeping positions, lifting technique
    for question, topic in [
        ("my old cat is getting bony along her back", "cat"),
        ("which office chair brand is best for a bad back", "brand"),
        ("is it bad to sleep on my stomach with a sore back", "sleep on my stomach"),
        ("how should I lift a heavy box so I don't hurt my back", "how should i lift"),
    ]:
        assert topic in [written.lower() for _, written in analyzer.topics(question)], question
    # lifting as the story of a question is no topic ("after lifting", "lifting boxes all day")
    assert analyzer.topics("my back is tight after lifting boxes all day, what helps") == ()
    # the back of a chair is no body part
    assert analyzer.idiomatic("the back of the chair is loose") == frozenset({1})


def test_an_article_starts_no_word_run_together() -> None:
    # "after a long walk" is no "along", "is there a way" no "away"; "back up" still "backup"
    analyzer = Analyzer(["a", "an", "the", "is", "there", "to", "after", "up"])
    known = {"along", "away", "backup"}.__contains__
    concepts = analyzer.concepts("after a long walk is there a way to back up", known)
    assert [c.word for c in concepts] == ["long", "walk", "way", "back up"]


def test_strength_coming_back_is_rebuilding() -> None:
    analyzer = default_analyzer()
    for question in ("how long to get the muscles strong again", "when will my strength return"):
        terms = {t for c in analyzer.concepts(question) for t, _ in c.alternatives}
        assert stem("rebuild") in terms, question


def test_the_two_ropey_muscles_down_the_back_are_the_erectors() -> None:
    analyzer = default_analyzer()
    for question in (
        "those two ropey muscles down my back are rock hard",
        "why do the two strap muscles in my lower back feel like cables",
    ):
        terms = {t for c in analyzer.concepts(question) for t, _ in c.alternatives}
        assert stem("erector") in terms, question


def test_holdout19s_lay_words_and_other_backs() -> None:
    # "get back on court" is no back; the body as a whole is a region; "go to nothing" wastes
    analyzer = default_analyzer()
    text = "how long will it take to build it back, I want to get back on court"
    assert not any(
        analyzer.regions.get(stem(w)) == 0
        for i, w in enumerate(words(text))
        if i not in analyzer.idiomatic(text)
    )
    assert analyzer.regions[stem("body")] != analyzer.regions[stem("back")]
    concept = {c.word: c for c in analyzer.concepts("my muscles go to nothing")}
    assert any(t == stem("atrophy") for t, _ in concept["nothing"].alternatives)
