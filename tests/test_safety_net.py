"""The learned red-flag check (backcare/engine/safety/net.py): its features, its model file, and
that it only ever adds a notice when the rules raise none. Figures: docs/safety.md."""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from backcare.cli.app import app
from backcare.engine.language import reads_as_english
from backcare.engine.safety import load_safety
from backcare.engine.safety.detect import Safety
from backcare.engine.safety.flags import RedFlag
from backcare.engine.safety.foreign_reading import Reading, in_english
from backcare.engine.safety.net import CLASSES, MAGIC, buckets, load_net
from backcare.resources import DataError, data_path, read_bytes
from tests.conftest import EVAL, read_jsonl

SAFETY = load_safety()
LEARNED = "described-warning-sign"


def rules_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_path("red_flags.json").read_text(encoding="utf-8"))
    return data


def vocabulary_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        data_path("safety_vocabulary.json").read_text(encoding="utf-8")
    )
    return data


# -- features ---------------------------------------------------------------------------------


def test_a_word_after_a_negation_is_marked_within_its_scope_only() -> None:
    names = SAFETY.learned_features("no numbness but I cant feel my bum")
    assert "w:~numb" in names and "w:numb" not in names
    assert "w:feel" in names and "w:~feel" not in names  # "but" ends the negation's scope
    assert "b:no_~numb" in names


def test_concepts_carry_the_rules_judgement_and_live_ones_pair_up() -> None:
    names = SAFETY.learned_features("no numbness but I cant feel my bum and my back hurts")
    assert "c:NUMB!" in names  # denied
    assert {"c:NOT_FEEL", "c:SADDLE", "p:NOT_FEEL+SADDLE"} <= set(names)
    assert not any(n.startswith("p:") and "NUMB+" in n for n in names)  # no pair of a denied one
    other = SAFETY.learned_features("my mum had cancer and I lift her")
    assert "c:CANCER@" in other  # someone else's


def test_letter_ngrams_tolerate_a_typo() -> None:
    right = {n for n in SAFETY.learned_features("tingling legs") if n.startswith("g:")}
    typo = {n for n in SAFETY.learned_features("tinglnig legs") if n.startswith("g:")}
    assert "g:<tin" in right and len(right & typo) >= 5


def test_numbers_are_one_word_and_buckets_are_crc32() -> None:
    assert "w:#" in SAFETY.learned_features("pain 9 out of 10")
    assert buckets(["w:back", "w:back"], 18) == {zlib.crc32(b"w:back") & 0x3FFFF: 2}


# -- the model file ---------------------------------------------------------------------------


def good_bytes() -> bytes:
    return read_bytes(str(rules_data()["learned"]["model"]))


def test_the_bundled_model_loads_and_says_what_made_it() -> None:
    net = load_net(good_bytes(), "redflag_net.bin")
    assert list(net.meta["classes"]) == list(CLASSES)
    assert net.meta["tool"].startswith("tools/train_redflag_net.py")
    assert "red_flags_holdout7" in net.meta["sets"]
    assert all(0 < net.thresholds[tier] <= 1 for tier in ("soon", "urgent", "emergency"))
    assert "red_flags_holdout8" in net.meta["sets"]


def test_nothing_is_flagged_below_the_soon_threshold_whatever_the_tier_thresholds() -> None:
    """Urgent and emergency thresholds may be lower than the soon one (chosen against
    under-triage): they move tiers, never add a flag the soon threshold would not."""
    net = load_net(good_bytes(), "redflag_net.bin")
    net.thresholds = {"soon": 1.0, "urgent": 0.0, "emergency": 0.0}
    assert net.judge(SAFETY.learned_features("stood at the toilet ages and nothing came")) is None
    net.thresholds = {"soon": 0.0, "urgent": 1.0, "emergency": 0.0}
    verdict = net.judge(SAFETY.learned_features("stiff back after sitting"))
    assert verdict is not None and verdict[0] == "emergency"


@pytest.mark.parametrize(
    "question",
    [
        "stood at the toilet ages and hardly anything came out, back pain is bad",
        "the area that would touch a bicycle seat has gone numb, bad back",
    ],
)
def test_an_emergency_the_net_recognises_is_raised_as_an_emergency(question: str) -> None:
    assert SAFETY.check_rules(question) == []
    assert [f.urgency for f in SAFETY.check(question)] == ["emergency"]


def damaged() -> list[bytes]:
    data = good_bytes()
    end = data.index(b"\n", len(MAGIC))
    header = json.loads(data[len(MAGIC) : end])
    no_thresholds = {k: v for k, v in header.items() if k != "thresholds"}
    return [
        b"",
        b"not a model",
        MAGIC,
        MAGIC + b"{not json\n" + data[end + 1 :],
        MAGIC + json.dumps(no_thresholds).encode() + b"\n" + data[end + 1 :],
        MAGIC + json.dumps({**header, "bits": 99}).encode() + b"\n" + data[end + 1 :],
        MAGIC + json.dumps({**header, "classes": ["x"]}).encode() + b"\n" + data[end + 1 :],
        data[:-1],  # truncated weights
        data + b"\0",
    ]


@pytest.mark.parametrize("data", damaged(), ids=range(len(damaged())))
def test_a_damaged_model_file_is_a_data_error(data: bytes) -> None:
    with pytest.raises(DataError, match=r"redflag_net\.bin"):
        load_net(data, "redflag_net.bin")


def test_a_missing_model_file_is_a_data_error_when_first_needed() -> None:
    rules = rules_data()
    rules["learned"]["model"] = "no_such_model.bin"
    safety = Safety(rules, vocabulary_data())
    assert safety.check("my back is killing me and I can't pee")  # the rules need no model
    with pytest.raises(DataError, match=r"no_such_model\.bin"):
        safety.check("stiff back after sitting")
    with pytest.raises(DataError, match=r"no_such_model\.bin"):
        safety.validate()


def test_a_learned_section_without_a_message_per_tier_is_refused() -> None:
    rules = rules_data()
    del rules["learned"]["messages"]["urgent"]
    with pytest.raises(DataError, match="message for each"):
        Safety(rules, vocabulary_data())


# -- what it raises ---------------------------------------------------------------------------

# lines of the fresh banks (written by people who never saw the rules) that the rules miss
MUST_FLAG = [
    "found skidmarks and worse in my underwear today and didn't even notice it happen. back went"
    " 3 days ago",
    "feels like im wearing soggy jeans on both legs, cold heavy feeling all the way down, back is"
    " bad",
    "numm feeling round my privits and bak ake, is it trapd nerve?",
    "had a spinal injection last week, now the spot is red and hot and i have a temp",
    "the area that would touch a bicycle seat has gone numb, bad back",
]


@pytest.mark.parametrize("question", MUST_FLAG)
def test_the_net_adds_a_notice_the_rules_miss(question: str) -> None:
    assert SAFETY.check_rules(question) == []
    flags = SAFETY.check(question)
    assert [f.id for f in flags] == [LEARNED]
    assert flags[0].learned is not None and flags[0].to_dict()["raised_by"] == "learned"


@pytest.mark.parametrize(
    "question",
    [
        "stiff back after sitting",
        "I have back pain",
        "my lower back is killing me after the gym",
        "back spasms since yesterday, what stretches help",
        "sciatica down one leg, is walking good for it",
        "no numbness or tingling, bladder and bowels fine, just a sore back",
        "my mum had cancer and I've been lifting her, my back is sore",
        "I fell asleep on the sofa and woke with a stiff back",
        "chest day at the gym and now my upper back aches",
        "I stack Fever-Tree mixer crates at work and my back hurts",
        "legs like jelly after leg day, back is fine",
    ],
)
def test_ordinary_questions_raise_nothing(question: str) -> None:
    assert SAFETY.check(question) == []


def labelled_questions() -> list[str]:
    return [
        item["q"] for path in sorted(EVAL.glob("red_flags*.jsonl")) for item in read_jsonl(path)
    ]


def beside_the_rules(rules: list[RedFlag], flags: list[RedFlag]) -> bool:
    """The net never removes or lowers a rule's notice: the rules' notices come as they are,
    after at most one learned emergency (and the crisis notice before it on a crisis sign) when
    no rule raised an emergency (redteam9's A5: a lower tier's rule must not hide it)."""
    if flags == rules:
        return True
    added = flags[: len(flags) - len(rules)]
    return (
        flags[len(added) :] == rules
        and rules[0].urgency != "emergency"
        and [f.id for f in added] in ([LEARNED], ["crisis", LEARNED])
        and added[-1].urgency == "emergency"
    )


# The oracle's own list of the words that frame a sign in an English reading as no live report of
# the writer's: a denial, a phrase to translate or a quotation, someone else's, long over. Written
# here, not read from the vocabulary or detect.Safety.check's set-aside, so the property checks the
# check and not the check against itself (review32 T1).
FRAME_WORDS = frozenset(
    "no not never without none nor neither nothing nobody cant dont doesnt didnt isnt arent wasnt "
    "how say said says mean means translate translation lyrics song quote word words phrase "
    "ago used years when my his her he she they their him them mother father mum mom dad son "
    "daughter husband wife brother sister friend grandmother grandfather patient".split()
)
NEGATION_WORDS = frozenset("no not never without none nor neither nothing".split())
# the emergency signs' plain words, for the oracle alone
SIGN_WORDS = frozenset(
    "urine pee wee bladder bowel bowels poo stool legs leg feet foot numb numbness feel feeling "
    "walk walking stand incontinence incontinent weakness weak tingling bottom bum groin saddle "
    "genitals wipe toilet control".split()
)
_ORACLE_CLAUSE = re.compile(r"[,;:.!?\n]|\bbut\b")
_ORACLE_WORD = re.compile(r"[^\W\d_]+")


def may_set_aside(english: Reading) -> bool:
    """Whether an English reading may set aside an emergency its message's own words raised:
    every word read (whole, and read as English), a frame word or a quotation mark in it, and
    no clause holding a negation, a sign's word and a word the dictionary left unread (which may
    turn the denial into the sign: "kommt kein Urin" read "kommt no urine"; review32 B1). Strict:
    it cannot tell "no sale urine" (none comes) from "no problème pour pee" (no trouble), which
    the check sets aside, the unread words inside the sign's phrase; none such is labelled."""
    if not (english.whole and reads_as_english(english.text)):
        return False
    words = {w.casefold() for w in _ORACLE_WORD.findall(english.text)}
    quoted = any(mark in english.text for mark in "'\"‘’“”«»")
    if not (words & FRAME_WORDS or quoted):
        return False
    for clause in _ORACLE_CLAUSE.split(english.text):
        said = {w.casefold() for w in _ORACLE_WORD.findall(clause)}
        if said & NEGATION_WORDS and said & SIGN_WORDS and said & english.unread:
            return False
    return True


def read_in_english_keeps_emergencies(question: str, rules: list[RedFlag]) -> bool | None:
    """For a message also read in its English words (foreign_reading.py, safety117), whose
    notices come from both readings: whether every emergency the rules read in its own words is
    kept (detect.Safety.check), but where its English reading may set one aside (may_set_aside,
    an oracle of its own: safety120, review32 T1). The rules' reading of a foreign message's own
    words reads a sign's foreign word without the frame around it ("Niente formicolii, la vescica
    va bene": no tingling, the bladder fine), so its emergency there is no rule's verdict on what
    was said; an English message is never read so and keeps the strict invariant (None here).
    None for any other message."""
    english = in_english(question)
    if english is None:
        return None
    flags = {f.id for f in SAFETY.check(question)}
    if may_set_aside(english):
        return True
    return all(f.id in flags for f in rules if f.urgency == "emergency")


def test_the_net_never_removes_or_lowers_a_rules_notice() -> None:
    for question in labelled_questions():
        rules = SAFETY.check_rules(question)
        kept = read_in_english_keeps_emergencies(question, rules)
        if kept is not None:
            assert kept, question
            continue
        flags = SAFETY.check(question)
        if rules:
            assert beside_the_rules(rules, flags), question
        else:
            # or, on a live crisis sign, the crisis notice first (red_flags.json learned.beside)
            assert [f.id for f in flags] in ([], [LEARNED], ["crisis", LEARNED]), question


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_the_rules_notices_or_at_most_one_learned_one(text: str) -> None:
    rules = SAFETY.check_rules(text)
    kept = read_in_english_keeps_emergencies(text, rules)
    if kept is not None:
        assert kept
        return
    flags = SAFETY.check(text)
    if rules:
        assert beside_the_rules(rules, flags)
    else:
        assert [f.id for f in flags] in ([], [LEARNED], ["crisis", LEARNED])


def test_a_learned_emergency_exits_3_and_stands_alone() -> None:
    emergencies = [q for q in MUST_FLAG if [f.urgency for f in SAFETY.check(q)] == ["emergency"]]
    assert emergencies
    result = CliRunner().invoke(app, ["ask", "--plain", emergencies[0]])
    assert result.exit_code == 3
    # the learned notice's own wording (red_flags.json learned.messages; ux25 reworded it)
    said = rules_data()["learned"]["messages"]["emergency"]
    assert result.stdout.startswith("EMERGENCY - get help now: Call")  # the action first (F6)
    assert f"the nearest emergency department. {said[:40]}" in result.stdout
    shown = CliRunner().invoke(app, ["ask", "--json", emergencies[0]])
    data = json.loads(shown.stdout)
    assert shown.exit_code == 3
    assert [f["raised_by"] for f in data["red_flags"]] == ["learned"]


def test_a_pasted_page_is_not_read_by_the_learned_check() -> None:
    """Its features are summed unscaled: hundreds of words of anything once added up to an
    'emergency'. Beyond NET_MAX_WORDS tokens it reads a window at a time, each as short as the
    lines it was trained on (safety29; more pages: tests/test_safety_long.py)."""
    import random
    import string

    from backcare.engine.safety import load_safety
    from backcare.engine.tuning import NET_MAX_GRAM_WORD, NET_MAX_WORDS

    safety = load_safety()
    rng = random.Random(3)
    page = " ".join(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
        for _ in range(NET_MAX_WORDS + 50)
    )
    assert safety.check_learned(page) == []
    long_word = "".join(rng.choice(string.ascii_lowercase) for _ in range(NET_MAX_GRAM_WORD + 1))
    assert not any(f.startswith("g:") for f in safety.learned_features(long_word))
    assert any(f.startswith("g:") for f in safety.learned_features(long_word[:NET_MAX_GRAM_WORD]))
