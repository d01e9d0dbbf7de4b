"""safety101 (issue #12): red flags 35's misses, false alarms and tiers by class, and a stranger's
false emergency. The learned check may not rest an emergency on the letters of common words where
the rules read no sign ("since my holiday": spelt.py); a denial's exception is told (excepted.py);
a message typed with no spaces is read as its words (run_together.py); a one-line form parted by
wide gaps (slashed_forms.py) and an item measured by a number ("Temperature: 38.9":
measured_items.py); a normal temperature is no fever; "neither leg is weak" denies (neither.py);
a supposed sign with "no symptoms" or "just prepping"; an urgent rule's picture told whole is not
an emergency of the learned check beside it (beside_rules.py). tests/eval/red_flags_safety101.jsonl
holds signs and calm twins of each class, written before it was run (first run on 89cc81f: caught
10/13, false alarms 1/13, tier agrees 7/10)."""

from __future__ import annotations

import pytest

from backcare.engine.safety.excepted import exceptions_told
from backcare.engine.safety.measured_items import measures_read
from backcare.engine.safety.neither import neither_denied
from backcare.engine.safety.run_together import run_together_read
from backcare.engine.safety.slashed_forms import slashes_as_lines
from tests.safety_cases import SAFETY, keeps_its_tier, row_id, set_rows, tier

KNOWN_TIERS = {
    # both legs told failing by "neither" is read urgent only (no rule reads "will move")
    "neither leg will move properly since I woke up and my back is in agony",
    # (a fever with new confusion is an emergency since safety105's sepsis-shock rule)
}


@pytest.mark.parametrize(
    "row", set_rows("safety101", True, KNOWN_TIERS, "a tier left (report)"), ids=row_id
)
def test_a_real_sign_keeps_its_tier(row: dict[str, str]) -> None:
    keeps_its_tier(row)


@pytest.mark.parametrize("row", set_rows("safety101", False), ids=row_id)
def test_the_calm_twins_raise_nothing(row: dict[str, str]) -> None:
    assert SAFETY.check(row["q"]) == [], row["q"]


@pytest.mark.parametrize(
    "message",
    [
        "I've had lower back pain since my holiday",
        "I've had lower back pain since my holidays",
        "I've had lower back pain since my vacation",
        "I've had lower back pain since christmas",
    ],
)
def test_plain_pain_since_an_event_raises_no_emergency(message: str) -> None:
    assert tier(message) != "emergency", message


def test_a_sign_beside_the_event_still_raises() -> None:
    assert tier("I've had lower back pain since my holiday and now I can't feel my bum") == (
        "emergency"
    )


def test_a_denials_exception_is_read_as_told() -> None:
    assert exceptions_told("No numbness except round my bottom") == "numbness round my bottom"
    assert exceptions_told("no pain, apart from my left foot") == "pain my left foot"
    # a contrast is no exception: the denial stands
    assert exceptions_told("No numbness, but my back aches") == "No numbness, but my back aches"


def test_a_run_together_message_is_read_as_its_words() -> None:
    assert run_together_read("backpainandnowbothlegsnumb") == "back pain and now both legs numb"
    # compound words of two or three parts stay as written
    for word in ("immunosuppressants", "weightlifting", "breaststroke"):
        assert run_together_read(f"on {word} and back pain") == f"on {word} and back pain"
    # a web address is no message
    assert run_together_read("www.backpainandnowbothlegsnumb.com") == (
        "www.backpainandnowbothlegsnumb.com"
    )


def test_a_one_line_form_parted_by_wide_gaps_is_read_by_lines() -> None:
    form = "Weight loss: Y (unexplained)  Fever: N  Numbness: N"
    assert slashes_as_lines(form) == "Weight loss: Y (unexplained)\nFever: N\nNumbness: N"
    assert (
        slashes_as_lines("Temp: 38\tBack: sore\tLegs: fine") == "Temp: 38\nBack: sore\nLegs: fine"
    )
    # a sentence's double space parts nothing: no form's items
    assert slashes_as_lines("I fell.  Now: help") == "I fell.  Now: help"


def test_an_item_measured_by_a_number_is_read_with_it() -> None:
    assert measures_read("Temperature: 38.9\nBack pain: Y") == "Temperature 38.9\nBack pain: Y"
    assert measures_read("Back pain: Y") == "Back pain: Y"


def test_neither_before_a_sign_denies_it() -> None:
    assert neither_denied("neither leg is weak") == "no leg is weak"
    assert neither_denied("Neither of my legs is numb") == "none of my legs is numb"
    # a loss told by "neither" stays as written
    assert neither_denied("neither leg is working") == "neither leg is working"


def test_an_infections_picture_keeps_the_rules_urgent_tier() -> None:
    message = (
        "My husband has back pain since four days. Since yesterday he has fever, 39.1 this"
        " morning, and he is shaking and sweating in the night."
    )
    assert tier(message) == "urgent", [f.id for f in SAFETY.check(message)]


def test_only_a_question_asked_first_leads_in() -> None:
    # the learned check reads a message without its leading ordinary *questions*; a page's line of
    # welcome is none, and reading a clinic's intro without it raised soon on "Most back pain gets
    # better within a few weeks" (the importer then kept the intro's call to action as care text)
    intro = (
        "From the Occupational Health team. Most back pain gets better within a few weeks. If "
        "you can't find your answer here, email oh@works.example or call extension 4417."
    )
    assert SAFETY.check(intro) == []
    asked = (
        "Is heat or ice better? And does it matter that I've had night sweats and a high "
        "temperature since Tuesday with it?"
    )
    assert tier(asked) == "urgent"
