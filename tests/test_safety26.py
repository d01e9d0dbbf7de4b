"""safety26: vocabulary gaps that lost a crisis or a retention, help named only to be denied, and
hashtags and CamelCase in the red-flag reading (harden14's "Left" list)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from backcare.engine.answer import red_flags
from backcare.engine.escapes import decode_escapes
from backcare.engine.safety import load_safety
from backcare.packs.undercut import gives_help
from tests.conftest import REPO, installed_command, isolated_env

SAFETY = load_safety()


def ids(text: str) -> list[str]:
    return [f.id for f in red_flags(text, SAFETY)]


# 1. not wanting to live, with no "anymore" ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I don't want to live",
        "I do not want to live",
        "i dont wanna live, my back never stops hurting",
        "I don't want to live this way",
        "Some days I just don't want to be here.",
        "I no longer want to live",
        "I no longer want to be alive, the pain is endless",
    ],
)
def test_not_wanting_to_live_is_a_crisis(question: str) -> None:
    assert "crisis" in ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "I don't want to live with this pain forever, what helps?",
        "I don't want to live on painkillers",
        "I don't want to live near a busy road",
        "I don't want to be here again next year with the same back",
        "I no longer want to live with my back the way it is",
    ],
)
def test_a_way_of_living_not_wanted_is_no_crisis(question: str) -> None:
    assert "crisis" not in ids(question)


# 2. retention told as an absence ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "no pee since yesterday and my back is killing me",
        "I can no longer pee and my back hurts",
        "I didn't pee since this morning, low back pain",
        "not had a wee all day and my back aches",
        "back pain and no urine since last night",
        "I could no longer wee, back agony",
    ],
)
def test_retention_told_as_an_absence_is_an_emergency(question: str) -> None:
    assert "cauda-equina-bladder" in ids(question)


@pytest.mark.parametrize(
    "question",
    [
        "no pee breaks at work and my back hurts",
        "I no longer need to pee at night since cutting out tea",
        "I didn't pee all night, slept right through",
        "the dog hasn't had a wee all day and my back hurts",
    ],
)
def test_an_absence_that_is_no_retention_raises_no_bladder_notice(question: str) -> None:
    assert "cauda-equina-bladder" not in ids(question)


# 3. help named only to be denied ----------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "This is not an emergency; rest and it will pass.",
        "There is no need to call 999.",
        "You don't need A&E for this.",
        "You don\u2019t need to go to A&E.",
        "Rather than going to A&E, rest at home.",
        "Instead of calling an ambulance, lie down.",
        "Ring the non-emergency line.",
    ],
)
def test_help_named_only_to_be_denied_is_no_help(answer: str) -> None:
    assert not gives_help(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "If you cannot pee call 999 now.",
        "It is not usually an emergency, but call 999 if your legs go numb.",
        "If your groin goes numb or you cannot pee, call 999 or go to A&E now.",
        "Call Samaritans on 116 123.",
        "This is an emergency: go to A&E.",
    ],
)
def test_help_given_beside_a_negation_of_something_else_is_help(answer: str) -> None:
    assert gives_help(answer)


def test_validate_warns_when_the_only_help_is_denied(tmp_path: Path) -> None:
    pack = tmp_path / "denied.json"
    entries = [
        {
            "id": "denied",
            "question": "Should I worry about a numb groin?",
            "answer": "Numbness in the groin and trouble peeing are not an emergency; "
            "there is no need to call 999.",
            "topic": "Worries",
        },
        {
            "id": "given",
            "question": "What are the warning signs?",
            "answer": "It is not usually an emergency, but if your groin goes numb or you "
            "cannot pee, call 999 now.",
            "topic": "Worries",
        },
        {"id": "parking", "question": "Is there parking?", "answer": "Yes.", "topic": "Visits"},
    ]
    pack.write_text(json.dumps({"title": "Clinic", "entries": entries}), encoding="utf-8")
    done = subprocess.run(
        [*installed_command(), "validate", "--json", str(pack)],
        capture_output=True,
        text=True,
        timeout=120,
        env=isolated_env(tmp_path, NO_COLOR="1"),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    warned = {
        w["id"] for w in json.loads(done.stdout)["warnings"] if w["kind"] == "emergency-answer"
    }
    assert warned == {"denied"}


# 4. hashtags and CamelCase ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("#cantpee #backpain", "cant pee back pain"),
        ("CantPee and my back hurts", "Cant Pee and my back hurts"),
        ("#CantFeelMyLegs", "Cant Feel My Legs"),
        ("#numbbum", "numb bum"),
        # left as they are: not a hashtag of letters, no known words inside (only the "#" goes), all capitals
        ("#1 and #x", "#1 and #x"),
        ("#qzxv", "qzxv"),
        ("I CANT PEE", "I CANT PEE"),
        ("my back hurts", "my back hurts"),
    ],
)
def test_hashtags_and_camel_case_read_as_words(written: str, read: str) -> None:
    assert decode_escapes(written) == read


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("#cantpee #backpain", "cauda-equina-bladder"),
        ("CantPee and my back hurts", "cauda-equina-bladder"),
        ("#backpain #numbbum since this morning", "cauda-equina-saddle"),
    ],
)
def test_hashtags_raise_the_notice_of_their_words(question: str, flag: str) -> None:
    assert flag in ids(question)


def test_ordinary_hashtags_stay_calm() -> None:
    assert ids("#backpain #deskjob what stretches help?") == []
