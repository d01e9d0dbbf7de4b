"""Ranking: right entries first, honest no-match, typos, determinism, topic filter, explanations."""

from __future__ import annotations

from typing import Any

import pytest

from backcare.engine.answer import Engine
from backcare.engine.match import CONFIDENT
from backcare.packs.load import load_pack
from tests.conftest import EVAL, PackWriter


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("stiff back after sitting", "back-get-stiff-sit"),
        ("stif bak after siting", "back-get-stiff-sit"),
        ("SMA", "signs-symptoms-spinal-muscular-atrophy"),
        ("what leads to muscle wasting", "greatest-cause-muscle-atrophy"),
        ("multifidus", "causes-paraspinal-muscle-atrophy"),
        ("hom remedy back pian", "fastest-home-remedy-back-pain"),
    ],
)
def test_right_entry_first_and_confident(engine: Engine, question: str, expected: str) -> None:
    answer = engine.ask(question)
    assert answer.match is not None
    assert answer.match.entry.id == expected
    assert answer.match.score >= CONFIDENT


@pytest.mark.parametrize(
    "question",
    [
        "how do I make pancakes",
        "zzzz",
        "the",
        "?",
        "help",
        # only the framing ("how long ... last", "get rid of") is shared with an entry
        "how long does a phone battery last",
        "how do I get rid of ants",
        # "back" that names no body part: an office, meetings in a row, a device's cover
        "how do I lead a back office team through a merger",
        "tips for staying sharp in back to back interviews",
        "the back panel of my remote is stuck, how do I release it",
    ],
)
def test_off_topic_has_no_confident_match(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


def test_results_are_filled_and_sorted_even_without_a_match(engine: Engine) -> None:
    answer = engine.ask("what is the speed of light in a chair", top=5)
    scores = [m.score for m in answer.results]
    assert scores == sorted(scores, reverse=True)
    assert answer.results


def test_scores_are_between_0_and_100(engine: Engine) -> None:
    for m in engine.ask("tight back muscles", top=12).results:
        assert 0 <= m.score <= 100


def test_same_input_same_ranking(engine: Engine) -> None:
    first = [(m.entry.id, m.score) for m in engine.ask("tight muscles", top=12).results]
    again = [
        (m.entry.id, m.score) for m in Engine(load_pack()).ask("tight muscles", top=12).results
    ]
    assert first == again


def test_ties_are_broken_by_file_order(write_pack: PackWriter) -> None:
    twins = {
        "entries": [
            {"id": "b", "question": "Is yoga good?", "answer": "Yes."},
            {"id": "a", "question": "Is yoga good?", "answer": "Yes."},
        ]
    }
    results = Engine(load_pack(write_pack(twins))).ask("yoga good").results
    assert [m.entry.id for m in results] == ["b", "a"]


def test_topic_restricts_matching(engine: Engine) -> None:
    answer = engine.ask("tight back", topic="muscle atrophy", top=12)
    assert {m.entry.topic for m in answer.results} == {"muscle atrophy"}


def test_explanation_names_matched_terms_and_corrections(engine: Engine) -> None:
    answer = engine.ask("stif back when sitting")
    assert ("stif", "stiff") in answer.ranking.corrections
    assert answer.match is not None
    fields = {word: name for word, _, name in answer.match.signals.matched}
    assert fields["back"] in {"question", "aliases"}


def test_real_short_words_are_not_corrected(engine: Engine) -> None:
    assert engine.ask("is coffee bad for you").ranking.corrections == ()


def test_huge_question_is_truncated_and_answered(engine: Engine) -> None:
    answer = engine.ask("stiff back after sitting " + "x" * 1_000_000)
    assert answer.query.startswith("stiff back")
    assert answer.results


def test_engine_works_without_back_care_lexicon(
    write_pack: PackWriter, small_pack: dict[str, Any]
) -> None:
    pack = load_pack(write_pack(small_pack))._replace(builtin_lexicon=False)
    answer = Engine(pack).ask("how often to water tomato plants")
    assert answer.match is not None and answer.match.entry.id == "water"


def test_every_bundled_entry_is_found_by_its_own_question(engine: Engine) -> None:
    for entry in engine.pack.entries:
        for text in (entry.question, *entry.aliases):
            match = engine.ask(text).match
            assert match is not None and match.entry.id == entry.id, text


def test_a_lexicon_phrase_matches_only_entries_with_all_its_words(write_pack: PackWriter) -> None:
    pack = {
        "lexicon": {"synonyms": [["dormant", "winter rest"]]},
        "entries": [
            {"id": "protect", "question": "How do I protect roses in winter?", "answer": "Fleece."},
            {"id": "rest", "question": "Should roses rest over winter?", "answer": "Yes."},
        ],
    }
    results = Engine(load_pack(write_pack(pack))).ask("dormant roses").results
    matched = {m.entry.id: {term for _, term, _ in m.signals.matched} for m in results}
    assert "winter rest" in matched["rest"]
    assert "winter rest" not in matched.get("protect", set())


TOOL_PACK = {
    "title": "Tool FAQ",
    "lexicon": {"builtin": False},
    "entries": [
        {
            "id": "speed",
            "question": "Why is the checker so slow?",
            "answer": "It translates every instruction; expect a slowdown of twenty times.",
        },
        {
            "id": "install",
            "question": "How do I install the checker from source?",
            "answer": "Run configure, make and make install; you need a C compiler.",
        },
        {
            "id": "pool",
            "question": "How many workers should the pool have?",
            "answer": "One per core is a good start; measure before you add more.",
        },
    ],
}


def test_character_scores_are_relative_to_the_question_when_no_entry_holds_it(
    write_pack: PackWriter,
) -> None:
    """Character n-gram scores count relative to the best entry's, unless even the best holds
    less than the question's own n-gram weight: then a question spread thinly over several entries'
    questions is not ranked as if the best of them held it all."""
    engine = Engine(load_pack(write_pack(TOOL_PACK)))
    held = engine.ask("why is the checker so slow", top=3).results
    assert held[0].entry.id == "speed"
    assert held[0].signals.chars == 1.0
    thin = engine.ask("checkers slowly installing", top=3).results
    assert 0.0 < thin[0].signals.chars < 0.8


def test_typo_candidates_are_the_words_sharing_the_first_letter(engine: Engine) -> None:
    """A typo keeps its first letter, so only those words are compared: each letter's slice of the
    pack's sorted words, then the lexicon's, in the order ties are broken by."""
    matcher = engine.matcher
    words = matcher.store.words()
    lexicon = sorted(matcher.analyzer.vocabulary)
    for letter in {w[0] for w in [*words, *lexicon]} | {"\u00e9", "z", "\uffff"}:
        expected = [w for w in words if w.startswith(letter)]
        expected += [w for w in lexicon if w.startswith(letter)]
        assert matcher._starting_with(letter) == expected


def test_the_word_entry_score_cache_stays_within_its_bound(
    write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per (word, entry) n-gram scores of a pack larger than CANDIDATES are bounded in pairs, also
    when words already seen meet new entries, and the answers do not depend on what was kept."""
    import backcare.engine.candidates as candidates

    monkeypatch.setattr(candidates, "WORD_DOC_CACHE", 70)
    colours = ["red", "blue", "green", "amber", "violet", "silver", "golden", "black"]
    things = ["chair", "desk", "lamp", "shelf", "stool", "bench", "sofa", "table", "crate"]
    entries = [
        {"id": f"e{i}", "question": f"How do I clean a {c} {t}?", "answer": f"Wipe the {t}."}
        for i, (c, t) in enumerate((c, t) for c in colours for t in things)
    ]
    pack = load_pack(write_pack({"title": "Rooms", "entries": entries}))
    engine = Engine(pack)
    questions = [f"clean {c} {t}" for t in things for c in colours]
    for question in questions:
        engine.ask(question)
        matcher = engine.matcher
        kept = sum(len(scores) for scores in matcher._word_docs.values())
        assert kept == matcher._word_doc_pairs <= 70
    fresh = [Engine(pack).ask(q).results for q in questions[-5:]]
    assert [engine.ask(q).results for q in questions[-5:]] == fresh


def test_tags_alone_are_weak_evidence() -> None:
    # words found only in tags agree as one (tags are labels: "tennis ball" is one), and a shared
    # question type adds nothing unless a word is shared with the entry's question or aliases
    from backcare.engine.match import Signals, confidence
    from backcare.engine.tuning import AGREEMENT_BONUS, INTENT_BONUS

    tags_only = Signals(
        0.5, 0.2, 0.4, (("tennis", "tenni", "tags"), ("ball", "ball", "tags")), (), 1, intent=1
    )
    assert confidence(tags_only) == pytest.approx(40.0)
    own = tags_only._replace(matched=(("ball", "ball", "question"),), agreeing=2)
    assert confidence(own) == pytest.approx(40.0 + AGREEMENT_BONUS + INTENT_BONUS)


def test_agreement_counts_tag_matches_once() -> None:
    from backcare.engine.analyze import Concept
    from backcare.engine.match import _matched

    concepts = [Concept("tennis", (("tenni", 1.0),)), Concept("ball", (("ball", 1.0),))]
    in_tags = [{0: (0.9, "tenni", "tags")}, {0: (0.9, "ball", "tags")}]

    def whole(doc: int, term: str) -> bool:
        return True

    assert _matched(concepts, in_tags, 0, frozenset(), whole)[2] == 1
    one_in_question = [in_tags[0], {0: (1.0, "ball", "question")}]
    assert _matched(concepts, one_in_question, 0, frozenset(), whole)[2] == 2
    # quality69: a word only inside a longer tag the question does not say whole agrees with no
    # label ("lower" of "lower back tension" for "the lower spine")
    assert _matched(concepts, one_in_question, 0, frozenset(), lambda doc, term: False)[2] == 1


def test_the_ngram_idf_table_stays_within_its_bound_on_made_up_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch of random text (every word new) must not grow the n-gram IDF table without end, and
    what the table forgot does not change any answer."""
    import random
    import string

    import backcare.engine.candidates as candidates

    monkeypatch.setattr(candidates, "GRAM_CACHE", 300)
    pack = load_pack()
    engine = Engine(pack)
    rng = random.Random(7)
    asked = ["stiff back after sitting", "how long does a stiff back last"]
    for n in range(200):
        junk = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
        engine.ask(f"{junk} {asked[n % 2]}")
        assert len(engine.matcher._gram_idf) <= 300
    assert [engine.ask(q).results for q in asked] == [Engine(pack).ask(q).results for q in asked]


def test_a_batch_ranks_each_question_as_a_fresh_matcher_would() -> None:
    # Matcher.rank keeps rankings by the question's analysis: questions that differ only in what
    # the analysis drops share one, and every other question must still get its own
    import json
    from pathlib import Path

    base = [
        json.loads(line)["q"]
        for line in Path("tests/eval/backcare_queries.jsonl").read_text("utf-8").splitlines()[:40]
    ]
    variants = ["{}", "{}?", "please {} thanks", "{} at work", "Hi, {}!", "{}. why?", "{} or heat"]
    questions = [v.format(q) for v in variants for q in base]
    batch = Engine(load_pack()).matcher
    alone = Engine(load_pack()).matcher
    for top in (1, 3):
        for question in questions:
            alone._rankings.clear()  # nothing kept from the questions before
            alone._stages.clear()
            assert batch.rank(question, top=top) == alone.rank(question, top=top), question
    assert len(batch._rankings) < 2 * len(questions)  # some were shared


def test_a_large_packs_batch_ranks_as_fresh_matchers_would(
    write_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a pack larger than CANDIDATES, a batch keeps candidate stages by (concepts, words,
    topics) and each (concept, entry) match: questions that differ elsewhere ("please ...",
    "...?") share a stage, and the answers are a fresh matcher's, also when the kept stages and
    matches are cleared for room in the middle of the batch."""
    import backcare.engine.match as match
    import backcare.engine.scoring as scoring

    monkeypatch.setattr(match, "STAGE_CACHE", 7)
    monkeypatch.setattr(scoring, "WORD_DOC_CACHE", 300)
    colours = ["red", "blue", "green", "amber", "violet", "silver", "golden", "black"]
    things = ["chair", "desk", "lamp", "shelf", "stool", "bench", "sofa", "table", "crate"]
    entries = [
        {
            "id": f"e{i}",
            "question": f"How do I clean a {c} {t}?",
            "answer": f"Wipe the {t} with a cloth, then dry the {c} paint.",
            "topic": "Rooms" if i % 2 else "Care",
        }
        for i, (c, t) in enumerate((c, t) for c in colours for t in things)
    ]
    pack = load_pack(write_pack({"title": "Rooms", "entries": entries}))
    base = [f"clean {c} {t}" for t in things[:4] for c in colours[:4]] + ["wipe the paint", "cloth"]
    variants = ["{}", "how do I {}?", "please {} thanks", "{} at home", "why {}"]
    questions = [v.format(q) for v in variants for q in base]
    batch = Engine(pack).matcher
    for question in questions:
        for topics in (None, frozenset({"Rooms"})):
            alone = Engine(pack).matcher
            got = batch.rank(question, top=5, topics=topics)
            assert got == alone.rank(question, top=5, topics=topics), question
            assert len(batch._stages) <= 7 and batch._cover_pairs <= 300
            assert sum(len(kept) for kept in batch._covers.values()) == batch._cover_pairs
    assert batch._rankings and batch._stages and batch._covers  # kept, from the last clearing on


def test_the_rankings_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import backcare.engine.match as match

    monkeypatch.setattr(match, "RANKING_CACHE", 50)
    matcher = Engine(load_pack()).matcher
    for n in range(200):
        matcher.rank(f"back pain number {n} word{n}", top=5)
        assert matcher._ranked_size <= 50
    assert matcher._rankings  # still kept, from the last clearing on


@pytest.mark.parametrize("question", ["back", "my back", "muscles"])
def test_a_word_many_entries_hold_alike_is_not_answered(engine: Engine, question: str) -> None:
    # four entries say "back" in their question or aliases (and "muscles"): the question tells
    # none apart, so each is at most a one-in-k guess, below the confident mark (it was 100)
    answer = engine.ask(question)
    assert answer.match is None
    best = answer.results[0]
    assert len(best.signals.tied) >= 2
    assert best.score <= 100 / (1 + len(best.signals.tied))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the general entry's whole subject, not the back of "What helps tight back muscles?"
        ("tight muscles", "get-rid-tight-muscles"),
        ("what causes muscle atrophy", "greatest-cause-muscle-atrophy"),
        # a type one entry answers tells close entries apart
        ("how long does a stiff back last", "long-stiff-back-last"),
    ],
)
def test_close_entries_told_apart_are_answered(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected
    assert not answer.results[0].signals.tied


def test_close_but_decided_is_answered_at_the_mark_not_at_100(engine: Engine) -> None:
    # four entries say "atrophy" in their question; the general one leaves least of its subject
    # unsaid (muscles), so it is the answer (holdout 3's label), but its rivals are close: 50
    # with them listed, not 100
    answer = engine.ask("atrophy")
    assert answer.match is not None and answer.match.entry.id == "greatest-cause-muscle-atrophy"
    best = answer.results[0]
    assert best.score == CONFIDENT
    assert {"signs-symptoms-spinal-muscular-atrophy", "causes-paraspinal-muscle-atrophy"} <= set(
        best.signals.close
    )
    assert all(m.score <= CONFIDENT for m in answer.results)


def test_a_question_saying_all_of_the_best_entrys_subject_is_decided_at_full_score(
    engine: Engine,
) -> None:
    # "tight muscles" says all of "How do you get rid of tight muscles?"; the tight-back and
    # erector entries leave more unsaid: decided, so no cap at the mark (it was 50 in a two-idea
    # tie reading)
    answer = engine.ask("tight muscles")
    assert answer.match is not None and answer.match.entry.id == "get-rid-tight-muscles"
    assert answer.match.score == 100.0
    assert not answer.results[0].signals.close


@pytest.mark.parametrize("question", ["tight", "tightness", "stiffness", "weakness", "so tight"])
def test_state_words_several_entries_hold_alike_are_not_answered(
    engine: Engine, question: str
) -> None:
    # a state names no subject: what the entries holding it leave unsaid beyond it cannot decide
    # between them ("tight": the general, the back and the erector entries; was 50), and even a
    # two-way tie ("weakness": the erector and SMA entries' tags) is no answer
    answer = engine.ask(question)
    assert answer.match is None
    best = answer.results[0]
    assert best.signals.tied and best.signals.states_only
    assert best.score < CONFIDENT


@pytest.mark.parametrize("question", ["lower back", "my lower back"])
def test_a_word_and_its_own_synonym_are_one_idea(engine: Engine, question: str) -> None:
    # "lower" searches "back" (the back group's "lower back"): one idea, read like "back" alone,
    # which four entries hold alike (it was 100 through the spinal-tension entry's tag)
    answer = engine.ask(question)
    assert answer.match is None
    assert len(answer.results[0].signals.tied) >= 2


@pytest.mark.parametrize("question", ["numb", "swelling", "numbness"])
def test_a_common_word_only_an_answer_holds_is_not_an_answer(engine: Engine, question: str) -> None:
    # the ice of "What helps tight back muscles?" can "numb pain": numbness is not its subject
    assert engine.ask(question).match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("posture", "back-get-stiff-sit"),  # a tag of one entry
        ("sleep", "fastest-home-remedy-back-pain"),
        ("scoliosis", "signs-symptoms-spinal-muscular-atrophy"),
    ],
)
def test_an_entrys_own_tag_as_a_question_answers_it(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


def test_a_tag_word_in_another_sense_is_not_an_answer(engine: Engine) -> None:
    # "cold" is a tag of the tight-muscles entry (cold packs); a typed question may mean a cold
    assert engine.ask("what helps a cold").match is None


def test_clinic_keywords_shared_by_several_entries_are_not_answered() -> None:
    from tests.conftest import EVAL

    clinic = Engine(load_pack(EVAL / "clinic_faq.json"))
    # four entries say "appointment"; it was "What should I wear..." at 100
    assert clinic.ask("appointment").match is None
    kegel = clinic.ask("how do I do kegels").match  # "kegel" is that entry's tag
    assert kegel is not None and kegel.entry.id == "pelvic-floor"
    mri = clinic.ask("do I need an MRI").match  # only that entry's answer says MRI
    assert mri is not None and mri.entry.id == "need-scan-back-pain"


def test_entries_a_question_does_not_tell_apart_are_offered_as_the_closest(engine: Engine) -> None:
    # "back" shares its score among five entries (20, under PLAUSIBLE): each holds all it says,
    # so the no-answer message offers them rather than only the pack's topics
    answer = engine.ask("back")
    assert answer.match is None
    offered = [m.entry.id for m in answer.suggestions]
    assert offered and offered[0] == answer.results[0].entry.id
    assert set(offered[1:]) <= set(answer.results[0].signals.tied)
    assert len(offered) == len(answer.results)  # the three shown are all tied


@pytest.mark.parametrize(
    "question",
    [
        "my forearms and thighs went rigid after rowing, how do I loosen them",
        "my legs and shoulders have stiffened up, how can I loosen them",
    ],
)
def test_a_broader_word_ranks_for_the_general_entry_only(engine: Engine, question: str) -> None:
    # "legs", "shoulders" reach "muscle" through a one-way link; the erector entry's alias says
    # muscles too, and its question says "loosen": the limbs rank for the general entry alone
    answer = engine.ask(question)
    assert answer.results[0].entry.id == "get-rid-tight-muscles"


@pytest.mark.parametrize("question", ["Where is the clinic?", "where is the clinic"])
def test_a_word_of_a_cue_outside_it_names_what_is_asked_about(
    write_pack: PackWriter, question: str
) -> None:
    # "clinical features" is a cue of symptoms questions; its "clinic" alone is a clinic pack's
    # subject, not an asking word: the pack's own question was refused as asking about nothing
    clinic = {
        "entries": [
            {"id": "where", "question": "Where is the clinic?", "answer": "14 Meadowbank Road."},
            {"id": "parking", "question": "Is there parking at the clinic?", "answer": "Yes."},
            {"id": "access", "question": "Is the clinic wheelchair accessible?", "answer": "Yes."},
            {"id": "cost", "question": "How much does a session cost?", "answer": "45 pounds."},
        ]
    }
    answer = Engine(load_pack(write_pack(clinic))).ask(question)
    assert answer.match is not None and answer.match.entry.id == "where"


def test_a_bare_word_several_entries_ask_different_things_of_is_no_answer() -> None:
    # "session": "How many sessions will I need?" says all of the subject the question types,
    # but so does "How much does a session cost?" once its "cost" (what it asks) is set aside:
    # the question says nothing of what it asks, and the two are tied below the mark
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic3_faq.json"))
    answer = engine.ask("session")
    assert answer.match is None
    assert answer.results[0].signals.unasked
    assert set(answer.results[0].signals.tied) | {answer.results[0].entry.id} == {
        "how-many-sessions",
        "session-cost",
    }
    # saying what is asked decides it
    for question, entry in [
        ("session cost", "session-cost"),
        ("how many sessions", "how-many-sessions"),
    ]:
        found = engine.ask(question).match
        assert found is not None and found.entry.id == entry, question
    # runners-up that say more of their subject are still told apart ("erector spinae": the
    # "spinal" of "Why are my spinal erectors so tight?"): a blind set's right answer
    bundled = Engine(load_pack())
    assert bundled.ask("erector spinae").match is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("stiff back café", "back-get-stiff-sit"),  # one word the pack never saw
        ("stiff back zorble", "back-get-stiff-sit"),
    ],
)
def test_one_unknown_word_beside_a_fully_own_match_costs_little(
    engine: Engine, question: str, expected: str
) -> None:
    answer = engine.ask(question)
    assert answer.match is not None and answer.match.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "fastest home remedy for hiccups",  # the entry's words fit any subject: no region named
        "how do you relieve tension in a marriage",
        "stiff back door hinge",  # two words the pack never saw
        "how to fix a stiff door hinge",  # "stiff" alone is no specific match
    ],
)
def test_unknown_words_still_cost_without_a_specific_match(engine: Engine, question: str) -> None:
    assert engine.ask(question).match is None


CLINIC_PACK = {
    "entries": [
        {
            "id": "cost",
            "question": "How much does a treatment cost?",
            "answer": "Chiropractic (60 min): £70. Sports massage (30 min): £38.",
        },
        {
            "id": "hurt",
            "question": "Does chiropractic treatment hurt?",
            "answer": "Most people find it comfortable.",
        },
        {
            "id": "hours",
            "question": "What are your opening hours?",
            "answer": "Monday to Friday 9am to 5pm, Saturday 9am to 1pm.",
        },
        {"id": "park", "question": "Is there parking?", "answer": "Four free spaces."},
    ]
}


def test_a_practical_question_names_an_entry_whose_subject_it_asks(
    write_pack: PackWriter,
) -> None:
    engine = Engine(load_pack(write_pack(CLINIC_PACK)))
    match = engine.ask("how much is a sports massage").match
    assert match is not None and match.entry.id == "cost"
    assert engine.ask("how much is it").match is None  # says what it asks, of nothing


def test_a_practitioner_names_the_practice_and_closing_the_hours(write_pack: PackWriter) -> None:
    engine = Engine(load_pack(write_pack(CLINIC_PACK)))
    match = engine.ask("does a chiropractor treatment hurt").match
    assert match is not None and match.entry.id == "hurt"
    assert not match.signals.outside  # "chiropractic" mentions the chiropractor
    match = engine.ask("what time do you close on a saturday").match
    assert match is not None and match.entry.id == "hours"


def test_an_answer_holding_a_synonym_of_a_word_counts_it() -> None:
    # the answer-text re-ranking counts a word an entry's text lacks by its lexicon synonym
    # there: the chiropractic price list answers the price of a chiropractor appointment; the
    # dry-needling entry ("chiropractors", "appointment", "no extra cost") no longer outranks it
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic4_faq.json"))
    ranking = engine.ask("price of a chiropractor appointment")
    assert ranking.results[0].entry.id == "much-treatment-cost"
    match = engine.ask("do i need to see my doctor first").match  # a GP first: a referral
    assert match is not None and match.entry.id == "need-referral-from-gp"


PROBLEMS_PACK = {
    "entries": [
        {
            "id": "conditions",
            "question": "What conditions do you treat?",
            "answer": "Back and neck pain, sciatica, shoulder problems and sports injuries.",
        },
        {"id": "children", "question": "Do you treat children?", "answer": "Yes, from age 5."},
        {"id": "where", "question": "Where is the clinic?", "answer": "On the high street."},
        {"id": "sessions", "question": "How many sessions will I need?", "answer": "Often 3."},
    ]
}


def test_a_body_region_names_an_entry_about_conditions_in_general(write_pack: PackWriter) -> None:
    engine = Engine(load_pack(write_pack(PROBLEMS_PACK)))
    match = engine.ask("do you treat neck pain").match
    assert match is not None and match.entry.id == "conditions"
    assert engine.ask("do you treat horses").match is None  # no body region: another subject
    assert engine.ask("where is my neck").match is None  # a region, but not the entry's type


def test_a_poses_legs_are_no_region_of_its_entry() -> None:
    # "legs up the wall" (a tag of the spinal-tension entry) is a pose's name: knots in the legs
    # are tight muscles in general; the pose asked about still finds its entry
    engine = Engine(load_pack())
    match = engine.ask("how do i get the knots out of my legs").match
    assert match is not None and match.entry.id == "get-rid-tight-muscles"
    match = engine.ask("how long should I stay with my legs up the wall to relax my back").match
    assert match is not None and match.entry.id == "relieve-spinal-tension"


def test_a_clinics_lay_words() -> None:
    # missing an appointment is cancelling it, a cracked back is chiropractic, getting undressed
    # is what to wear, "come in with me" brings someone (data/lexicon.json)
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic4_faq.json"))
    for question, expected in [
        ("will i be charged if i miss my appointment", "cancellation-policy"),
        ("does having my back cracked hurt", "chiropractic-treatment-hurt"),
        ("do i have to get undressed for a massage", "wear-appointment"),
        ("can my wife come in with me", "bring-someone-with"),
    ]:
        match = engine.ask(question).match
        assert match is not None and match.entry.id == expected, question


def test_a_topic_most_of_the_pack_mentions_is_its_setting(write_pack: PackWriter) -> None:
    # "physio" is a topic a back-care FAQ may not answer; on a physio clinic's page, where many
    # entries say it, it is where the pack stands, not something the wear entry leaves out
    entries = [
        {"id": f"e{i}", "question": q, "answer": a}
        for i, (q, a) in enumerate(
            [
                ("What should I wear?", "Loose clothes you can move in."),
                ("How much does physio cost?", "Physio sessions are £50."),
                ("Do I need a referral for physio?", "No, book physio directly."),
                ("How long is a physio session?", "Physio sessions last 45 minutes."),
                ("Where are you?", "Above the gym on the high street."),
            ]
        )
    ]
    engine = Engine(load_pack(write_pack({"entries": entries})))
    match = engine.ask("what do i wear to physio").match
    assert match is not None and match.entry.id == "e0"
    assert not match.signals.outside
    bundled = Engine(load_pack())  # a few entries' word there: still outside
    assert bundled.ask("what should I bring to my physio").match is None


def test_insurers_acupuncture_and_video_calls_by_name() -> None:
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic5_faq.json"))
    for question, expected in [
        ("will my axa insurance cover it", "claim-health-insurance"),
        ("do you do acupuncture", "sports-massage-dry-needling"),
        ("can I do my appointment over zoom", "offer-video-appointments"),
    ]:
        match = engine.ask(question).match
        assert match is not None and match.entry.id == expected, question


def test_a_clause_put_to_the_pack_after_a_story_decides_the_ranking() -> None:
    # quality20: the story's "lower back aches" is what the pack's back entries hold; the
    # clause put to the clinic asks for sports massage, which only one entry's question holds
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic5_faq.json"))
    ranking = engine.ask("my lower back aches after squats, do you do sports massage").ranking
    assert ranking.matches[0].entry.id == "sports-massage-dry-needling"
    # nor does BM25 over question + answer (the fusion of a pack that reads its answers) put
    # the story's entries back on top: their answers hold the story, not what is asked
    clinic2 = Engine(load_pack(EVAL / "clinic2_faq.json"))
    ranking = clinic2.ask("my back is killing me, can you book me in today").ranking
    assert ranking.matches[0].entry.id == "book-appointment"
    # a later sentence that asks about its story is no clause put to the pack: unchanged
    bundled = Engine(load_pack())
    match = bundled.ask("I sit at a desk all day. Why does my back get so stiff?").match
    assert match is not None and match.entry.id == "back-get-stiff-sit"


def test_a_word_the_pack_never_has_weighs_its_synonyms_alike(engine: Engine) -> None:
    # "taut" is no word of the bundled pack; its tightness group reaches "tight" (five
    # entries) and "tension" (one): both weigh the commoner one's IDF, so the rarer synonym no
    # longer decides ("Back feels like a rope pulled tight ..." got the spinal-tension entry)
    matcher = engine.matcher

    def factors(word: str) -> dict[str, float]:
        concepts, _ = matcher._concepts(word)
        terms, found, _ = matcher._concept_scores(concepts[0])
        return {term: t[0] / weight for (term, weight, _), t in zip(found, terms, strict=True)}

    unknown = factors("taut")
    assert unknown["tension"] == pytest.approx(unknown["tight"])
    known = factors("tight")  # a word the pack has keeps each synonym's own IDF
    assert known["tension"] > known["tight"] == pytest.approx(unknown["tight"])
    match = engine.ask("Back feels like a rope pulled tight, what can I do to loosen it?").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_knots_are_tight_muscles_not_spinal_tension(engine: Engine) -> None:
    # a knot is a tight muscle: its group reaches "tight", not the "tension" of the spinal-tension
    # entry (holdouts 18-21: "got knots all through my back, what helps?" got that entry)
    concepts, _ = engine.matcher._concepts("knots")
    reached = {term for term, _ in concepts[0].alternatives}
    assert "tight" in reached and "tension" not in reached
    for question in ("got knots all through my back, what helps?", "my back's all knotted up"):
        match = engine.ask(question).match
        assert match is not None and match.entry.id == "helps-tight-back-muscles", question


def test_the_words_of_one_tag_are_one_option(engine: Engine) -> None:
    # "office" and "chair" both name the sitting entry's tag "office chair": one thing, not two
    # options the entry compares, so "which office chair is best" clashes with its "why" (a
    # product choice the FAQ does not answer); two tags are still two options (heat, ice)
    assert not engine.ask("which office chair is best for lower back pain").answered
    found = engine.ask(
        "I have ice packs and a hot water bottle. Which is better for tight back muscles?"
    ).match
    assert found is not None and found.score >= CONFIDENT


def test_a_need_is_answered_by_the_entry_that_asks_it() -> None:
    # clinic page 6: "When should I see a doctor instead of booking with you?" holds "see",
    # "doctor", "booking" as typed, but asks when; "Do I need a referral from my GP?" asks the need
    engine = Engine(load_pack(EVAL / "clinic6_faq.json"))
    match = engine.ask("do I need to see my doctor first before booking physio").match
    assert match is not None and match.entry.id == "need-referral-from-gp"


def test_a_practical_cue_word_is_answered_by_the_entrys_type() -> None:
    # "price" (a cost cue) is no word of "How much are Pilates classes?", which asks the cost
    # itself: the word counts as found there, and the answer is confident (it was 46.6)
    engine = Engine(load_pack(EVAL / "clinic6_faq.json"))
    ranking = engine.ask("price of a 10 class pass").ranking
    assert ranking.confident and ranking.matches[0].entry.id == "much-pilates-classes"


def test_the_back_of_a_seat_is_no_body_part(engine: Engine) -> None:
    # "seat back", "back of the chair": furniture, so no back-care entry answers fixing it
    assert not engine.ask("my car seat back won't recline anymore, how to fix").answered
    concepts, _ = engine.matcher._concepts("my back hurts from my car seat, how to fix")
    assert "back" in {c.word for c in concepts}


def test_a_sick_note_is_a_fit_note() -> None:
    # clinic page 7 (an occupational-health page): "sick note" is a topic a back-care FAQ may
    # not answer, but the UK's fit note replaced it: the entry on fit notes mentions it
    engine = Engine(load_pack(EVAL / "clinic7_faq.json"))
    ranking = engine.ask("do i need a sick note for back pain").ranking
    assert ranking.confident and ranking.matches[0].entry.id == "need-fit-note-if-im-off"


STORY_PACK = {
    "entries": [
        {
            "id": "training",
            "question": "Can I keep training at the gym with back pain?",
            "answer": "Usually, yes: drop the weight and keep moving.",
        },
        {"id": "video", "question": "Do you offer video appointments?", "answer": "Yes."},
        {"id": "massage", "question": "Do you do sports massage?", "answer": "Yes, 45 minutes."},
    ]
}


def test_a_clause_put_to_the_clinic_after_a_story_must_be_met(write_pack: PackWriter) -> None:
    # "do you have any appointments today" after a story of back pain: the training entry meets
    # only the story, so there is no confident answer (it was the training entry at 83.7 on
    # newcomer10's gym page); the same story without the clause is still answered
    engine = Engine(load_pack(write_pack(STORY_PACK)))
    ranking = engine.ask("this back pain is killing me, do you have any appointments today")
    assert ranking.match is None
    match = engine.ask("this back pain is killing me, can I keep training at the gym").match
    assert match is not None and match.entry.id == "training"
    # a clause that refers back to its story ("..., can you help with it") is not taken apart
    match = engine.ask(
        "I want to keep training at the gym with back pain, do you think it is ok"
    ).match
    assert match is not None and match.entry.id == "training"


def test_booking_words_are_one_idea(write_pack: PackWriter) -> None:
    pack = {
        "entries": [
            {"id": "book", "question": "How do I book an appointment?", "answer": "Online."},
            {"id": "long", "question": "How long is an appointment?", "answer": "An hour."},
            {"id": "video", "question": "Can I have a video appointment?", "answer": "Yes."},
        ]
    }
    engine = Engine(load_pack(write_pack(pack)))
    match = engine.ask("do you have any availability").match
    assert match is not None and match.entry.id == "book"


def test_a_practical_question_names_a_cost_entry_beside_the_packs_setting() -> None:
    # "How much does physiotherapy cost?" on a physio studio's page is about its cost: physio is
    # where the whole pack stands, so "how much for sports massage" asks that entry's subject
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic6_faq.json"))
    match = engine.ask("how much for sports massage").match
    assert match is not None and match.entry.id == "much-physiotherapy-cost"
    assert engine.ask("how much is it").match is None  # says only what it asks


def test_a_crick_is_a_stiff_back_and_cricket_stays_cricket(engine: Engine) -> None:
    # "cricked", "ricked", "a crick": lay words for a back that locked up (holdout 22: "how
    # long is a cricked back gonna last" was "corrected" to "cracked" and not answered)
    for question in (
        "how long is a cricked back gonna last",
        "ricked my back, how long till it eases",
    ):
        match = engine.ask(question).match
        assert match is not None and match.entry.id == "long-stiff-back-last", question
    # a common word is corrected only to another common word: "cricket" is not "cricked"
    answer = engine.ask("cricket: how do I get more spin on my leg break?")
    assert answer.match is None
    assert ("cricket", "cricked") not in answer.ranking.corrections


def test_a_return_to_an_activity_is_no_back(engine: Engine) -> None:
    # "my first week back at climbing": the back of coming back, not a body part, so the
    # forearms named are what is tight (holdout 22: the back entry won at 87.4)
    match = engine.ask(
        "After my first week back at rock climbing my forearms are super tight. "
        "What gets rid of tight muscles fastest?"
    ).match
    assert match is not None and match.entry.id == "get-rid-tight-muscles"
    # a back hurt at the gym is still a back
    match = engine.ask("my back is tight after the gym, what helps tight back muscles").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_an_infants_condition_is_a_topic(engine: Engine) -> None:
    # colic, teething, cradle cap ...: no entry of the bundled FAQ is about them, though a
    # question may ask about massaging a baby's back (holdout 22: the erector entry at 76.6)
    for question in (
        "how do i massage my babys back to help with colic",
        "best way to massage an infant's back when they're teething",
    ):
        assert not engine.ask(question).answered, question
    # a baby in the story of an answerable question is not a topic
    match = engine.ask("since having my baby my back muscles feel tight, what helps").match
    assert match is not None and match.entry.id == "helps-tight-back-muscles"


def test_the_muscles_named_after_the_spine_are_the_erectors(engine: Engine) -> None:
    # "tight along the spine, the muscly bits": the muscles come after the spine, as they come
    # before it in "the muscles along my spine"
    for question in (
        "why's my back always tight along the spine, the muscly bits",
        "why does my back feel tight beside the spine, the muscles there never relax",
    ):
        match = engine.ask(question).match
        assert match is not None and match.entry.id == "spinal-erectors-tight", question
        assert match.score >= CONFIDENT, question


def test_sleeping_on_the_floor_is_a_topic(engine: Engine) -> None:
    # a sleeping surface (the floor, a futon, like a mattress) is a topic no entry answers
    assert not engine.ask("Is sleeping on the floor good for your back?").answered


def test_low_mood_in_lay_words_is_one_idea() -> None:
    # "feeling really low" asks what "my back pain is getting me down" does (clinic 7)
    engine = Engine(load_pack(EVAL / "clinic7_faq.json"))
    match = engine.ask("feeling really low because of constant back pain").results[0]
    assert match.entry.id == "back-pain-getting-down-there-support"


def test_agreeing_on_a_packs_common_words_alone_is_no_confident_answer() -> None:
    # on a back-pain charity's page "back" and "pain" are in 7 and 12 of 24 entries: a question
    # whose rarer words ("universal credit") are all in another entry (the benefits entry's
    # answer) is not the sleep entry's because that entry's question says "back" and "hurts"
    # (quality25: the benefits entry, whose answer alone says both, is now the confident answer)
    from tests.conftest import EVAL

    engine = Engine(load_pack(EVAL / "clinic8_faq.json"))
    answer = engine.ask("universal credit back pain", top=5)
    assert answer.match is None or answer.match.entry.id == "help-claim-pip-other-benefits"
    assert answer.results[0].entry.id == "help-claim-pip-other-benefits"
    # rarer words of several answers (the low-mood, helpline and volunteer entries say "peer
    # listeners"): the sleep entry still first, but its common words earn it no agreement
    answer = engine.ask("samaritans peer listeners back pain", top=5)
    assert answer.match is None
    assert answer.results[0].signals.agreeing <= 1
    # the same entry still answers a question of its own words beside the common ones
    match = engine.ask("how can i sleep better with back pain").match
    assert match is not None and match.entry.id == "sleep-better-back-hurts-night"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it ok to take co-codamol every day", "should-take-painkillers-every-day"),
        ("am i addicted to my tramadol", "im-worried-im-becoming-dependent-pain"),
        ("pain is making me depressed", "feel-low-hopeless-because-pain-where"),
        ("so tired all the time from the pain", "normal-feel-exhausted-all-time"),
        ("what is your telephone number", "helpline-open"),
        ("can i give by direct debit", "donate-add-gift-aid"),
        # first, not confident: "data" alone is no word of the pack
        ("gdpr do you sell my data", "share-personal-information"),
        ("boom and bust how do i stop overdoing it", "pacing-start"),
    ],
)
def test_members_words_for_a_charitys_topics(question: str, expected: str) -> None:
    # general lexicon groups (drug names are painkillers; dependence; low mood; tiredness;
    # phone numbers; donations; personal data; pacing), not this pack's ids
    from tests.conftest import EVAL

    answer = Engine(load_pack(EVAL / "clinic8_faq.json")).ask(question)
    assert answer.results[0].entry.id == expected
    assert answer.match is not None or question.startswith("gdpr")


def test_two_drugs_taken_together_are_not_told_apart_by_one_painkiller_word() -> None:
    # tramadol and paracetamol both reach "painkillers": an entry saying "pain medication"
    # names neither apart, so the question stays unanswered on the bundled pack
    engine = Engine(load_pack())
    assert engine.ask("can I mix tramadol and paracetamol for a bad back").match is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("should i stay in bed", "4-should-rest-keep-active"),  # "Bed rest for more than ..."
        ("how do i contact PALS", "19-give-feedback-make-complaint"),
        ("can i go swimming", "5-exercises-should"),  # "go" is the work entry's question's
    ],
)
def test_a_word_only_one_answer_holds_answers_when_nothing_else_explains(
    question: str, expected: str
) -> None:
    engine = Engine(load_pack(EVAL / "clinic9_faq.json"))
    answer = engine.ask(question)
    assert answer.match is not None
    assert answer.results[0].entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "swimming",  # a word alone is a keyword, not a question
        "is there a cafe in the hospital",  # a typo's guess (care) is not the word
        "do you do acupuncture",  # a synonym (pins and needles) is not the word
    ],
)
def test_a_word_only_one_answer_holds_needs_a_question_of_it(question: str) -> None:
    assert Engine(load_pack(EVAL / "clinic9_faq.json")).ask(question).match is None


def test_a_word_in_two_answers_or_beside_another_entrys_question_word_is_no_sole_answer(
    write_pack: PackWriter,
) -> None:
    pack = {
        "entries": [
            {"id": "walk", "question": "How far should I walk?", "answer": "Start with sailing."},
            {"id": "rest", "question": "When should I rest?", "answer": "After sailing."},
            {"id": "kayak", "question": "Can I kayak?", "answer": "Yes, and paddleboards."},
            {"id": "boat", "question": "Can I row a boat?", "answer": "Gently."},
        ]
    }
    engine = Engine(load_pack(write_pack(pack)))
    assert engine.ask("can i go sailing").match is None  # two answers say it
    # "boat" is another entry's question's word: that entry may explain the question
    assert engine.ask("can i take paddleboards on a boat").match is None


def test_an_idioms_words_as_an_entrys_own_question_writes_them() -> None:
    engine = Engine(load_pack(EVAL / "clinic9_faq.json"))
    answer = engine.ask("Will my back pain come back?")
    assert answer.match is not None
    assert answer.results[0].entry.id == "10-will-back-pain-come-back"
    terms = {term for _, term, _ in answer.results[0].signals.matched}
    assert "come back" in terms


def test_an_idiom_is_not_literal_in_an_entry_holding_its_words_apart(
    write_pack: PackWriter,
) -> None:
    pack = {
        "entries": [
            {"id": "work", "question": "Can I come to work with back pain?", "answer": "Yes."},
            {"id": "return", "question": "How do I return after time off?", "answer": "Slowly."},
        ]
    }
    engine = Engine(load_pack(write_pack(pack)))
    for match in engine.ask("coming back after 6 weeks off").results:
        assert "come back" not in {term for _, term, _ in match.signals.matched}
