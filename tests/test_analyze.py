"""The analyzer: normalisation, tokens, stems, stop words and lexicon expansion."""

from __future__ import annotations

from backcare.engine.analyze import Analyzer, default_analyzer, fold, stem, words


def test_words_fold_case_accents_and_apostrophes() -> None:
    assert words("Café’s BACK-pain, it's") == ("cafe's", "back", "pain", "it's")
    assert fold("ÉRECTOR") == "erector"


def test_stems_join_word_forms() -> None:
    assert stem("stiffness") == stem("stiff")
    assert stem("sitting") == stem("sit")
    assert stem("muscles") == stem("muscle")


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


def test_imaging_is_only_where_something_was_seen_unless_the_question_asks_what_it_shows() -> None:
    analyzer = default_analyzer()
    # "on the scan": where the thinning was seen, not what is asked
    assert analyzer.topics("my back muscle has gone thin on the scan, what causes that") == ()
    assert analyzer.topics("the muscles looked small in my MRI, why") == ()
    # asking what imaging shows, or about the imaging itself, still names the topic
    assert analyzer.topics("can muscle wasting be seen on an MRI")
    assert analyzer.topics("should I get a scan for my stiff back")
