"""Calls to action per tier and region (data/emergency_numbers.json)."""

from __future__ import annotations

import json

import pytest

from backcare.engine.safety import URGENCIES, action_text, regions
from backcare.errors import BackcareError
from backcare.resources import data_path


def test_default_emergency_action_lists_every_regions_number() -> None:
    text = action_text("emergency")
    for number in ("999", "911", "112", "000", "111"):
        assert number in text
    assert "emergency department" in text


@pytest.mark.parametrize(
    ("region", "number"),
    [
        ("UK", "999"),
        ("uk", "999"),
        (" Us ", "911"),
        ("ca", "911"),
        ("EU", "112"),
        ("AU", "000"),
        ("NZ", "111"),
        ("IE", "112 or 999"),
        ("IN", "112"),
    ],
)
def test_a_region_gets_its_own_number_only(region: str, number: str) -> None:
    text = action_text("emergency", region)
    assert text.startswith(f"Call {number} ")
    others = {"999", "911", "000"} - set(number.split(" or "))
    assert not any(other in text for other in others)


def test_urgent_action_names_the_regions_non_emergency_line() -> None:
    assert "111" in action_text("urgent", "UK")
    assert "1800 022 222" in action_text("urgent", "au")
    assert "811" in action_text("urgent", "CA")


def test_a_packs_contact_line_follows_the_numbers() -> None:
    contact = "Riverside Clinic: 01234 567890 (out of hours 01234 999000)."
    text = action_text("emergency", "UK", contact)
    assert text.startswith("Call 999") and text.endswith(contact)
    # the pack's words are labelled as the pack's, so they never read as the tool's instruction
    assert text.endswith(f"A&E. The pack's own contact: {contact}")
    assert action_text("soon", None, "  ") == action_text("soon")


def test_unknown_region_is_a_clear_error_naming_the_known_ones() -> None:
    with pytest.raises(BackcareError, match="unknown region 'Mars'") as caught:
        action_text("emergency", "Mars")
    for code in ("UK", "US", "EU", "AU"):
        assert code in str(caught.value)


def test_unknown_urgency_is_an_error() -> None:
    with pytest.raises(BackcareError, match="unknown urgency"):
        action_text("whenever")


def test_every_region_fills_every_template_and_cites_a_source() -> None:
    data = json.loads(data_path("emergency_numbers.json").read_text(encoding="utf-8"))
    assert set(data["default"]) == set(data["templates"]) == set(URGENCIES)
    for code in regions():
        assert code == code.upper()
        assert data["regions"][code]["source"].startswith("https://")
        for urgency in URGENCIES:
            assert "{" not in action_text(urgency, code)


CRISIS_LINES = {
    "UK": ("999", "116 123", "111"),
    "IE": ("112 or 999", "116 123"),
    "US": ("911", "988"),
    "CA": ("911", "988"),
    "EU": ("112",),
    "AU": ("000", "13 11 14"),
    "NZ": ("111", "1737"),
    "IN": ("112", "14416"),
}


@pytest.mark.parametrize(("region", "numbers"), CRISIS_LINES.items())
def test_the_crisis_call_gives_the_regions_emergency_number_and_crisis_line(
    region: str, numbers: tuple[str, ...]
) -> None:
    text = action_text("emergency", region, call="crisis")
    assert text.startswith(f"If your life is at risk now, call {numbers[0]} ")
    for number in numbers:
        assert number in text
    others = {n for ns in CRISIS_LINES.values() for n in ns[1:]} - set(numbers)
    assert not any(other in text for other in others - {"111"})


def test_the_default_crisis_call_lists_every_regions_lines() -> None:
    text = action_text("emergency", call="crisis")
    for numbers in CRISIS_LINES.values():
        for number in numbers:
            assert number in text
    assert text != action_text("emergency")
    contact = "Riverside Clinic: 01234 567890."
    assert action_text("emergency", "UK", contact, "crisis").endswith(contact)


def test_an_unknown_call_is_an_error() -> None:
    with pytest.raises(BackcareError, match="unknown call to action 'hotline'"):
        action_text("emergency", call="hotline")


def test_every_region_cites_its_crisis_line() -> None:
    data = json.loads(data_path("emergency_numbers.json").read_text(encoding="utf-8"))
    for code in regions():
        assert data["regions"][code]["crisis_source"].startswith("https://")
        assert "{" not in action_text("emergency", code, call="crisis")
