"""harden14: hostile10's findings that lost, undercut or invented an emergency (1, 2, 3, 4, 5, 7).

- 1: a negation written out ("I do not want to live", "I can not pee") reads as its contraction;
- 2, 5: HTML entities, percent and JSON escapes, tokenised or doubled apostrophes, small capitals,
  invisible marks and fillers, leetspeak are read as the person wrote them, by the red-flag
  reading only (the question echoed is the one typed);
- 3: a question quoted as one word that starts with "-" is a question, not an unknown option;
- 4: validate and import warn about an answer that names an emergency sign and gives no help;
- 7: no real English word reaches a sign word as another word ("number" is no "numb-er").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from backcare.engine.analyze import stem
from backcare.engine.answer import red_flags
from backcare.engine.apostrophes import join_contractions
from backcare.engine.escapes import decode_escapes
from backcare.engine.safety import load_safety
from backcare.engine.safety.reading import first_token, normal, normalize_text
from backcare.resources import read_json, read_text
from tests.conftest import EVAL, read_jsonl, run_backcare

SAFETY = load_safety()


def ids(text: str) -> list[str]:
    return [f.id for f in red_flags(text, SAFETY)]


# 1. written-out negations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("I do not want to live", "I don't want to live"),
        ("I can not pee", "I can't pee"),
        ("I cannot pee", "I can't pee"),
        ("I CAN NOT PEE", "I CAN'T PEE"),
        ("Could not pee", "Couldn't pee"),
        ("it will not stop", "it won't stop"),
        ("I ca n't pee", "I can't pee"),
        ("I do n't know", "I don't know"),
        ("I can ' t pee", "I can't pee"),
        ("I can' t pee", "I can't pee"),
        ("I can''t pee", "I can't pee"),
        ("I can t pee", "I can't pee"),
        # "not" stays before a word the vocabulary reads after it
        ("I was not able to pee", "I was not able to pee"),
        # "cannot" holds no "not" a phrase reads: contracted before a kept word too (safety75)
        ("Cannot even sit", "Can't even sit"),
        ("the heating is not working", "the heating isn't working"),
        ("is not being able to wee serious", "is not being able to wee serious"),
        # not a negation of an auxiliary
        ("a t-shirt", "a t-shirt"),
        ("do nothing", "do nothing"),
        ("knot", "knot"),
    ],
)
def test_negations_read_as_the_vocabulary_writes_them(written: str, read: str) -> None:
    assert join_contractions(written) == read


def test_the_kept_words_are_what_the_vocabulary_gives() -> None:
    """data/apostrophes.txt's "not WORD" lines follow the vocabulary (run `python -m
    tools.apostrophes` after adding a phrase with a written-out "not")."""
    from tools.apostrophes import FILE, kept_nots

    lines = [
        ln[4:] for ln in FILE.read_text(encoding="utf-8").splitlines() if ln.startswith("not ")
    ]
    assert lines == kept_nots()


def _expanded(question: str) -> str:
    full = {"can't": "can not", "won't": "will not", "shan't": "shall not", "ain't": "is not"}

    def one(found: re.Match[str]) -> str:
        word = found.group()
        low = word.lower().replace("’", "'")
        out = full.get(low, low[:-3] + " not")
        return out[0].upper() + out[1:] if word[0].isupper() else out

    return re.sub(r"\b[A-Za-z]+n['’]t\b", one, question)


# Red flags 29's long accidental paracetamol overdose lost both its notices when "wasn't working"
# was written "was not working" (twentieth session): "working" was a kept word (the phrases
# reading "control not working" had no contraction), so "was not working" stayed as written and
# read NOT_WORKING, which "wasn't working" did not, and the learned check's P(at least soon) fell
# from 0.73 to 0.67, under the soon gate (0.73). safety75: those phrases read the contractions, so
# both forms read "wasnt working" (P 0.76). Any line that loses its emergency fails this guard.
# review24's form (tests/eval/red_flags_review24.jsonl): "Bladder: No - well actually I haven't
# been able to go" after four other answers of no is the learned check's emergency when the safety
# check reads it alone, but the answer's red_flags() (the form read as settled, safety92) gives
# urgent with the contraction and written out alike, as on 6cab5e94: not a contraction's loss; "go"
# alone is no bladder word for the rules (left in the session note, issue #12)
KNOWN_LOST: tuple[str, ...] = (
    "Fever: No\nWeight loss: No\nCancer history: No\nNight pain: No\nBladder: No - well actually",
)


def test_every_emergency_with_a_contraction_keeps_it_written_out() -> None:
    """hostile10 1's measurement as a guard: each emergency-labelled line of the red-flag sets
    with an n't contraction that raises an emergency raises one with the contractions written
    out (41 of 733 did not)."""
    lost = []
    for path in sorted(EVAL.glob("red_flags*.jsonl")):
        for item in read_jsonl(path):
            if item.get("tier") != "emergency" or not re.search(r"n['’]t\b", item["q"]):
                continue
            if "emergency" not in [f.urgency for f in SAFETY.check(item["q"])]:
                continue
            written = _expanded(item["q"])
            if "emergency" not in [f.urgency for f in red_flags(written, SAFETY)]:
                lost.append(written)
    assert [q for q in lost if not q.startswith(KNOWN_LOST)] == []
    assert len(lost) == len(KNOWN_LOST)  # a known line caught again: drop it from KNOWN_LOST


# 2 and 5. escapes, look-alikes, leetspeak --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("I want to kill&nbsp;myself", "crisis"),
        ("I can&#39;t pee", "cauda-equina-bladder"),
        ("I can&#x27;t pee", "cauda-equina-bladder"),
        ("I can&apos;t pee", "cauda-equina-bladder"),
        ("I can&rsquo;t pee", "cauda-equina-bladder"),
        ("I can't&nbsp;pee", "cauda-equina-bladder"),
        ("I%20can%27t%20pee", "cauda-equina-bladder"),
        ("I+can%27t+pee", "cauda-equina-bladder"),
        ("I can%E2%80%99t pee", "cauda-equina-bladder"),
        ("I can\\u0027t pee", "cauda-equina-bladder"),
        ("I ca n't pee", "cauda-equina-bladder"),
        ("I can ' t pee", "cauda-equina-bladder"),
        ("I can'’t pee", "cauda-equina-bladder"),
        ("i can't ᴘᴇᴇ", "cauda-equina-bladder"),
        ("i ca\u034fnt pee", "cauda-equina-bladder"),
        ("i can\ufe0et pee", "cauda-equina-bladder"),
        ("i\u3164cant\u3164pee", "cauda-equina-bladder"),
        ("i\uffa0cant\uffa0pee", "cauda-equina-bladder"),
        ("i want to k1ll myself", "crisis"),
        ("I do not want to live any more", "crisis"),
        ("I can not pee since yesterday", "cauda-equina-bladder"),
        ("I could not pee all day", "cauda-equina-bladder"),
    ],
)
def test_the_red_flag_reading_reads_what_the_person_wrote(question: str, flag: str) -> None:
    assert flag in ids(question)


@pytest.mark.parametrize(
    "text",
    [
        "50% better and 100% sure",
        "R&D; then Q&A; fish & chips",
        "the L4 and L5 and T12 and s1 discs",
        "B12 and vitamin D3, covid19",
        "C:\\users\\me",
    ],
)
def test_text_without_escapes_reads_as_it_is(text: str) -> None:
    assert decode_escapes(text) == text


def test_escapes_decode_only_where_they_are_escapes() -> None:
    assert decode_escapes("I%20can%27t") == "I can't"
    assert decode_escapes("100%20") == "100%20"  # a number, not an escape
    assert decode_escapes("su1c1de") == "suicide"
    assert decode_escapes("\\ud83d\\ude00 ok") == "\U0001f600 ok"
    assert normalize_text("ᴘᴇᴇ") == "pee"


# 7. real words that reach a sign word -----------------------------------------------------------


def _signs() -> set[str]:
    rules = read_json("red_flags.json")["rules"]
    return {c.strip() for r in rules for combo in r["when"] for c in combo.split("+")}


def _single_words() -> dict[str, set[str]]:
    """Each sign concept's words that raise it alone (one-word phrases), normalised."""
    vocabulary = read_json("safety_vocabulary.json")["concepts"]
    found: dict[str, set[str]] = {}
    for concept in _signs():
        for phrase in vocabulary.get(concept, {}).get("phrases", []):
            if len(phrase.split()) == 1:
                found.setdefault(concept, set()).update(
                    normal(o) for o in phrase.split("|") if o[:1] not in "=<" and "*" not in o
                )
    return found


def test_no_sign_word_is_a_comparative_that_is_a_word_of_its_own() -> None:
    """hostile10 7: "number" stood alone for WEAKER (numb-er), and "What number do I call about
    my knee and back appointment?" was a both-legs emergency, exit 3. A sign word written as
    another sign word + "er" that English also inflects as a word of its own ("numbers",
    "numbered") is that other word far more often: it may stand only in a longer phrase
    ("getting number")."""
    english = set(read_text("english_words.txt").split())
    words = _single_words()
    every = set().union(*words.values())
    wrong = sorted(
        (concept, word)
        for concept, written in words.items()
        for word in written
        if word.endswith("er")
        and (word[:-2] in every or word[:-1] in every)
        and any(word + s in english for s in ("s", "ed", "ing"))
    )
    assert wrong == []


@pytest.mark.parametrize(
    "question",
    [
        "What number do I call about my knee and back appointment?",
        "What is the number of sessions I need for my legs?",
        "the number of leg raises",
        "Are the leg exercises on the sheet numbered?",
        "my back and legs, room number 4",
    ],
)
def test_number_is_no_sign(question: str) -> None:
    assert ids(question) == []


def test_private_is_no_saddle_word() -> None:
    """Found by the class test's review: "private" reached SADDLE through "privates"' stem."""
    assert "cauda-equina-saddle" not in ids("Is there a private clinic for numbness in my legs?")
    assert "cauda-equina-saddle" in ids("my privates are numb")


@pytest.mark.parametrize(
    "question",
    [
        "I hurt my back on the escalator",
        "my back hurts after several days of gardening",
        "my back hurts after rigorous exercise",
        "my back hurts, I teach biology",
        "back pain, ejection fraction is normal",
        "my back hurts, we had to dissect a frog",
    ],
)
def test_words_of_their_own_are_no_signs(question: str) -> None:
    assert ids(question) == []


def test_getting_number_still_reads_as_numb() -> None:
    assert "both-legs" in ids("Both legs are numb on the outsides and getting number by the hour")


_SUFFIXES = ("s", "es", "d", "ed", "ing", "er", "ers", "est", "ly", "ness", "y", "ies", "ied")


def _bases(word: str) -> set[str]:
    bases = {word, word + "e"}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            bases |= {base, base + "e", base + "y"}
            if len(base) > 3 and base[-1] == base[-2]:
                bases.add(base[:-1])
    return bases


# English words that reach a sign word by stem or correction and are another word, reviewed: each
# shares the sign's meaning ("infected", "confusion", "intensity", "medical", "depressingly") or
# raises nothing beside back pain (the word is one of several a rule needs). The review wrote
# "=severe", "=rigors", "=biologic", "=dissection", "=ejected", "=escalating" and "=privates", which
# "several", "rigorous", "biology", "dissect", "ejection", "escalator" and "private" reached. A word that reaches a sign and is not listed fails the test below: look at it, and
# either write the sign word so it cannot reach it or list it here with its reason.
REVIEWED = {
    "contemplation", "contemplative", "contemplatives", "deliberation",
    "deliberations", "detachable", "detachment", "detachments", "footings", "habitable", "habitation", "habitations", "hopeful", "hopefully",
    "hopefuls", "hurtful", "illnesses", "imaginable", "imagination", "imaginations",
    "imaginative", "intensities", "intensity", "intensive", "intensives", "intent", "intention",
    "intentions", "intents", "intimation", "intimations", "leggings", "medical", "medically",
    "medicals", "medicate", "medicated", "medicates", "medicating", "medicinal", "murderous",
    "penetrate", "penetrated", "penetrates", "penetrating", "protestant", "sexuality", "skyed",
    "skying", "stressful", "tatty", "tearful", "tenderize", "tenderized", "tenderizes",
    "tenderizing", "willful", "willfully",
    "willingly", "wishful", "backings", "confusion", "infect", "infected", "infecting", "infects", "depressingly", "frighteningly", "chilli", "taxying", "beginnings", "killings",
    "indigestible",  # reaches safety25's heartburn-like pain, which alone raises nothing
    # reach safety41's clinicians ("consultant", "doctor", "neurologist"), which raise nothing
    # without an instruction to go to A&E or ring 111 about the asker's back
    "consult", "consultancy", "consultation", "consultations", "consulted", "consulting",
    "consults", "doctorate", "neurology",
}  # fmt: skip


def test_english_words_reach_sign_words_only_as_their_forms_or_reviewed() -> None:
    """hostile10 7's class: every sign word of the vocabulary against data/english_words.txt,
    for the real words that reach it by stem, by a typo correction or a spelling, and are not a
    form of it (an inflection: "numbs", "numbed")."""
    words = _single_words()
    by_stem: dict[str, set[str]] = {}
    for written in words.values():
        for word in written:
            by_stem.setdefault(stem(word), set()).add(word)
    english = [w for w in read_text("english_words.txt").split() if w.isalpha() and w.islower()]
    other = set()
    for word in english:
        token = SAFETY._correct(first_token(word))
        for reached in (token.stem, *token.alt):
            signs = by_stem.get(reached, set())
            if signs and word not in signs and all(not (_bases(word) & _bases(s)) for s in signs):
                other.add(word)
    assert sorted(other - REVIEWED) == []
    assert sorted(REVIEWED - other) == []  # the list stays the reviewed words, no more


# 3. a question quoted as one word that starts with "-" ------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "-1 degrees and i cant pee"],
        ["-1 degrees and i cant pee"],
        ["--json", "-1 degrees and i cant pee"],
        ["ask", "-my legs are numb and i cant pee"],
        ["ask", "--i do not want to live any more"],
    ],
)
def test_a_quoted_question_starting_with_a_dash_is_a_question(
    args: list[str], tmp_path: Path
) -> None:
    done = run_backcare(*args, home=tmp_path, NO_COLOR="1")
    assert done.returncode == 3, done.stderr
    assert b"no such option" not in done.stderr
    assert b"EMERGENCY" in done.stdout or b'"emergency"' in done.stdout


def test_the_question_is_echoed_as_typed(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "--", "I can&#39;t pee", home=tmp_path, NO_COLOR="1")
    assert done.returncode == 3
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["query"] == "I can&#39;t pee"
    assert answer["red_flags"][0]["id"] == "cauda-equina-bladder"


def test_an_option_after_the_quoted_question_is_still_reported_after_the_notice(
    tmp_path: Path,
) -> None:
    done = run_backcare("ask", "-1 degrees and i cant pee", "--bogus", home=tmp_path, NO_COLOR="1")
    assert done.returncode == 3
    assert b"no such option" in done.stderr
    assert b"EMERGENCY" in done.stdout + done.stderr


@pytest.mark.parametrize("args", [["ask", "--bogus", "stiff"], ["ask", "-x"], ["--nope"]])
def test_real_option_errors_stay_usage_errors(args: list[str], tmp_path: Path) -> None:
    done = run_backcare(*args, home=tmp_path, NO_COLOR="1")
    assert done.returncode == 2
    assert b"no such option" in done.stderr


def test_an_option_value_with_spaces_stays_a_value(tmp_path: Path) -> None:
    done = run_backcare(
        "ask", "--topic=stiffness and tightness", "stiff back", home=tmp_path, NO_COLOR="1"
    )
    assert done.returncode == 0, done.stderr


# 4. answers that undercut an emergency ----------------------------------------------------------

UNDERCUT = {
    "title": "Sunny Clinic FAQ",
    "entries": [
        {
            "id": "dark-thoughts",
            "question": "What should I do about dark thoughts?",
            "answer": "Dark thoughts and wanting to end your life are common with back pain; "
            "ignore them, they will pass. Try a warm bath.",
            "topic": "Mood",
        },
        {
            "id": "waits",
            "question": "Should I worry about odd feelings after a strain?",
            "answer": "Numbness in the groin and trouble peeing are normal and pass in a week "
            "or two. There is no need to see anyone.",
            "topic": "Mood",
        },
        {
            "id": "helps",
            "question": "What are the warning signs?",
            "answer": "If your groin goes numb or you cannot pee, call 999 or go to A&E now.",
            "topic": "Mood",
        },
        {
            "id": "crisis-help",
            "question": "Who can I talk to when I feel low?",
            "answer": "If you want to end your life, call Samaritans on 116 123 any time.",
            "topic": "Mood",
        },
        {"id": "parking", "question": "Is there parking?", "answer": "Yes.", "topic": "Visits"},
    ],
}


def test_validate_warns_about_an_answer_that_undercuts_an_emergency(tmp_path: Path) -> None:
    pack = tmp_path / "undercut.json"
    pack.write_text(json.dumps(UNDERCUT), encoding="utf-8")
    done = run_backcare("validate", "--json", str(pack), home=tmp_path, NO_COLOR="1")
    warned = {
        w["id"] for w in json.loads(done.stdout)["warnings"] if w["kind"] == "emergency-answer"
    }
    assert warned == {"dark-thoughts", "waits"}
    assert done.returncode == 1


def test_import_notes_an_answer_that_undercuts_an_emergency(tmp_path: Path) -> None:
    page = tmp_path / "faq.md"
    page.write_text(
        "# Clinic FAQ\n\n## What should I do about dark thoughts?\n\nWanting to end your life "
        "is common with back pain; ignore it, it will pass.\n\n## Is there parking?\n\nYes.\n",
        encoding="utf-8",
    )
    done = run_backcare("import", str(page), home=tmp_path, NO_COLOR="1")
    assert done.returncode == 0, done.stderr
    assert b"gives no emergency help" in done.stderr


def test_the_bundled_pack_has_no_undercutting_answer() -> None:
    from backcare.packs.load import load_pack
    from backcare.packs.validate import emergency_answers

    assert emergency_answers(load_pack(None), SAFETY) == []


@pytest.mark.parametrize(
    "answer",
    [
        # newcomer10's clinic page: the learned check read this policy as a warning sign; an
        # author's prose is read by the rules alone (packs/undercut.py)
        "Please give us at least 24 hours' notice if you need to cancel or move an appointment — "
        "you can do it yourself through the link in your confirmation email. Late cancellations "
        "and missed appointments are charged in full, because we can't offer the slot to someone "
        "else at short notice.",
        "Wear loose, comfortable clothes you can move in. We may ask you to undress to your "
        "underwear so we can see your back; a gown is always available.",
    ],
)
def test_an_ordinary_clinic_answer_is_no_undercutting_answer(answer: str) -> None:
    from backcare.packs.schema import Entry, Pack
    from backcare.packs.validate import emergency_answers

    entry = Entry(id="policy", question="What is your policy?", answer=answer, topic="Visits")
    assert (
        emergency_answers(Pack(title="Clinic", entries=(entry,), path="clinic.json"), SAFETY) == []
    )
