"""ux31 (newcomer22 F6): an emergency notice read aloud gives the numbers first, and once a tier.

A screen reader reached "Call 999 now" after about 45 words of explanation, and lines read
together ("I SUDDENLY CANT" / "PEE PROPERLY SINCE THIS MORNING") gave the rule's EMERGENCY and
then the learned check's "If this is new or getting worse..." with the whole number list again."""

from __future__ import annotations

import json
from pathlib import Path

from backcare.engine.safety import RedFlag, one_per_tier
from tests.conftest import run_backcare

TWO_LINES = b"I SUDDENLY CANT\nPEE PROPERLY SINCE THIS MORNING\n"


def _flag(id: str, urgency: str, *, learned: float | None = None, call: str | None = None) -> RedFlag:
    return RedFlag(id, urgency, f"{id} noticed.", "Call now.", learned, call)


def test_a_learned_notice_merges_into_a_rules_notice_of_its_tier() -> None:
    rule = _flag("cauda-equina-bladder", "emergency")
    learned = _flag("described-warning-sign", "emergency", learned=0.9)
    assert one_per_tier([rule, learned]) == (rule,)
    assert one_per_tier([learned, rule]) == (rule,)


def test_a_learned_notice_of_another_tier_or_beside_the_crisis_lines_stays() -> None:
    urgent = _flag("infection-fever", "urgent")
    learned = _flag("described-warning-sign", "emergency", learned=0.9)
    assert one_per_tier([learned, urgent]) == (learned, urgent)
    crisis = _flag("crisis", "emergency", call="crisis")  # a different thing to do
    assert one_per_tier([crisis, learned]) == (crisis, learned)
    assert one_per_tier([learned]) == (learned,)


def test_lines_read_together_give_one_emergency_notice(tmp_path: Path) -> None:
    done = run_backcare("ask", "--json", "-", home=tmp_path, stdin=TWO_LINES)
    assert done.returncode == 3
    second = json.loads(done.stdout.decode().splitlines()[1])
    assert [f["id"] for f in second["red_flags"]] == ["cauda-equina-bladder"]


def test_plain_notice_gives_the_call_to_action_first(tmp_path: Path) -> None:
    done = run_backcare("ask", "--plain", "-", home=tmp_path, stdin=TWO_LINES)
    notices = [line for line in done.stdout.decode().splitlines() if "EMERGENCY" in line]
    assert len(notices) == 1, notices
    assert notices[0].startswith("EMERGENCY - get help now: Call your local emergency number now")
    assert notices[0].endswith("It needs treatment within hours.")
    uk = run_backcare(
        "ask", "--plain", "i cant pee and my bum is numb", home=tmp_path, BACKCARE_REGION="UK"
    )
    assert uk.stdout.decode().startswith("EMERGENCY - get help now: Call 999 now"), uk.stdout
