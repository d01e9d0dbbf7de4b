"""An answer that sends a reader where the guidance sends them first (data/red_flags.json's
'first_help': the midwife or maternity unit for signs of labour or bleeding in pregnancy) gives the
help that sign needs: validate and import do not ask for the emergency number (newcomer12 F2)."""

from __future__ import annotations

import pytest

from backcare.packs.schema import Entry, Pack
from backcare.packs.undercut import emergency_reading, undercutting_answers

MIDWIFE = (
    "If you're pregnant, tell your manager so we can do a risk assessment. For any bleeding, "
    "your waters breaking or regular tightenings, call your midwife or maternity unit straight "
    "away."
)


def pack_of(*answers: str) -> Pack:
    entries = tuple(
        Entry(id=f"e{i}", question=f"Question {i}?", answer=a, topic="t")
        for i, a in enumerate(answers)
    )
    return Pack(title="T", entries=entries, path="t.json")


@pytest.mark.parametrize(
    "answer",
    [
        MIDWIFE,
        "Bleeding in pregnancy needs checking: call your maternity unit today.",
        "If your waters break, ring the labour ward right away.",
    ],
)
def test_the_midwife_or_maternity_unit_now_is_the_help_for_signs_of_labour(answer: str) -> None:
    assert emergency_reading(answer)[0] is None
    assert undercutting_answers(pack_of(answer)) == []


@pytest.mark.parametrize(
    "answer",
    [
        # the same signs with no help named, or the help named only to be denied
        "If you're pregnant, rest. Bleeding, your waters breaking or regular tightenings are normal.",
        "For any bleeding, your waters breaking or regular tightenings, there is no need to call "
        "your midwife; rest at home.",
        # the midwife named, but not now: a reader with the sign is told to wait (review12)
        "Bleeding in pregnancy is common and rarely serious. Just mention it to your midwife at "
        "your next routine appointment.",
        "If your waters break, there is usually no rush: wait until your midwife visit next week.",
        "Spotting or bleeding in pregnancy with back pain? Rest with your feet up for a few days. "
        "Your midwife can tell you more about back care.",
        "Our midwife runs a back-care class. Regular tightenings and back pain in pregnancy are "
        "normal; keep exercising.",
    ],
)
def test_signs_of_labour_without_that_help_still_warn(answer: str) -> None:
    assert emergency_reading(answer)[0] in {"labour", "pregnancy-bleeding"}
    assert [entry_id for entry_id, _ in undercutting_answers(pack_of(answer))] == ["e0"]


def test_the_midwife_is_no_help_for_another_emergency_in_the_same_answer() -> None:
    answer = MIDWIFE + " If you suddenly can't pee and your bottom is numb, rest and see your GP."
    assert emergency_reading(answer)[0] not in {None, "labour", "pregnancy-bleeding"}
