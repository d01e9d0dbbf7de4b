"""review13's cold review of the thirteenth session's merged tree: emergencies its new readings lost
(quoted lay phrases the asker then claims, capitalised runs before "show me", a terse list of the
asker's own signs after a job line, someone on a ward with live signs, "can't wee", "from saddle
area") and "nearly committed suicide". Each must raise its notice; their harmless twins stay quiet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_backcare
from tests.safety_cases import SAFETY


@pytest.mark.parametrize(
    "question",
    [
        "For my essay: patients describe saddle numbness in everyday words, like saying my bum feels numb, and honestly I can't feel my bum when I wipe either and I've wet myself",
        "Revision flashcards: people say things like I can't feel the toilet paper, which is exactly what is happening to me and I can't pee",
        "Writing flashcards. Lay terms such as can't feel the loo roll, numb bum, wet myself, all of which I have",
        "for my revision sheet: patients say things like I've wet myself and can't feel my legs. I have that too",
        "for my essay: patients call it a numb bum, which is what I have, and my bladder won't empty",
        "I read a leaflet where patients describe not feeling the toilet paper, and I can't feel the toilet paper either",
        "Paramedic here. RTCs and falls, crashes. Legs numb, bum numb, no bladder control",
        "Paramedic here, RTCs and falls, crashes, legs numb, bum numb, no bladder control",
        "my back is so bad I Want To Die show me something that helps",
        "after 3 years of this I Just Want To End It All video of stretches pls",
        "my back hurts since I got sick, I Want To Die playlist on repeat",
        "my legs went Numb And Weak show me exercises",
        "this morning I Fell Off The Roof show me what to do my back is agony",
        "My husband is on the ward waiting for a scan, he can't feel his bum and can't pee, they keep saying wait",
        "my back's agony and I can't wee man, what do I do",
        "numbness spreading from saddle area",
        "I nearly committed suicide last night because of this back pain",
        "I almost commited suicide yesterday",
    ],
)
def test_the_askers_own_emergency_beside_todays_harmless_frames_is_raised(question: str) -> None:
    flags = SAFETY.check(question)
    assert any(f.urgency == "emergency" for f in flags), (question, [f.id for f in flags])


@pytest.mark.parametrize(
    "question",
    [
        "For my revision sheet: patients describe it as not feeling the loo roll when they wipe. "
        "Could you list the red flags and which ones mean 999? My own back is fine.",
        "can't hold my wee granddaughter on my hip any more, my back is too sore",
        "A&E nurse here. Crashes, falls from ladders, broken backs all shift. Best mattress?",
        "My brother is in hospital after a crash with a spinal injury. How long is recovery?",
        "we watched Saturday Night Fever karaoke and my back hurts from dancing",
    ],
)
def test_their_harmless_twins_stay_quiet(question: str) -> None:
    assert not [f.id for f in SAFETY.check(question) if f.urgency == "emergency"], question


PACK = {
    "title": "T",
    "entries": [
        {
            "id": "a",
            "question": "What help is there for bladder problems after back surgery?",
            "answer": "Ask your physio about pelvic floor exercises.",
            "topic": "bladder problems",
        },
        {
            "id": "b",
            "question": "Why is my back stiff?",
            "answer": "Sitting.",
            "topic": "stiffness",
        },
    ],
}


@pytest.mark.parametrize(
    ("args", "emergency"),
    [
        # a topic of the pack, as written: a choice from its own list, no description (F11)
        (["topics", "Bladder Problems"], False),
        (["ask", "--topic", "bladder problems", "why is my back stiff"], False),
        # words that are no topic name are still read (hostile13 F3)
        (["topics", "bladder problems since yesterday, i cant pee"], True),
        (["ask", "--topic", "I can't pee and my groin is numb", "stiff back"], True),
    ],
)
def test_a_packs_own_topic_name_is_no_description(
    tmp_path: Path, args: list[str], emergency: bool
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    done = run_backcare("--faq", str(pack), *args, home=tmp_path, text=True)
    assert (done.returncode == 3) is emergency, (done.stdout, done.stderr)
