"""tidy19: "long ago" is counted back from the year the red-flag vocabulary takes as this one
(data/safety_vocabulary.json 'calendar'), not from a year written into a number class: "since
<year>" is a long-standing condition up to 4 years before it (safety52's 1930-2022 in 2026)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from backcare.engine.safety import Safety
from backcare.engine.safety.reading import in_class, number_class
from backcare.resources import read_json

LONG_AGO = [1930, {"years_before": 4}, "year"]
# a cared-for person's incontinence "since <year>": new in the year it began (the bladder rule
# raises), long-standing four years on (it does not); the fever beside it raises either way
CARER = (
    "My brother has been incontinent since {year} after a stroke. Today he has a high fever, "
    "he's shivering and his back pain is severe."
)
BLADDER = "cauda-equina-bladder"


def safety_in(this_year: int) -> Safety:
    vocabulary: dict[str, Any] = copy.deepcopy(read_json("safety_vocabulary.json"))
    vocabulary["calendar"]["this_year"] = this_year
    return Safety(read_json("red_flags.json"), vocabulary)


def test_the_data_reads_today_as_before() -> None:
    # the bound the literal 2022 wrote, now counted back from the data's year
    vocabulary = read_json("safety_vocabulary.json")
    this_year = vocabulary["calendar"]["this_year"]
    assert number_class(vocabulary["numbers"]["long_ago_year"], this_year) == (
        1930.0,
        2022.0,
        "year",
    )


@pytest.mark.parametrize(
    ("this_year", "long_ago", "recent"), [(2026, 2022, 2023), (2030, 2026, 2027)]
)
def test_long_ago_ends_four_years_before_this_year(
    this_year: int, long_ago: int, recent: int
) -> None:
    cls = number_class(LONG_AGO, this_year)
    assert in_class(float(long_ago), cls)
    assert not in_class(float(recent), cls)


@pytest.mark.parametrize(("this_year", "raised"), [(2026, True), (2030, False)])
def test_a_condition_since_2026_is_new_in_2026_and_long_standing_in_2030(
    this_year: int, raised: bool
) -> None:
    found = [flag.id for flag in safety_in(this_year).check_rules(CARER.format(year=2026))]
    assert (BLADDER in found) is raised
    assert "infection-fever" in found


def test_a_condition_since_2010_is_long_standing_either_year() -> None:
    for this_year in (2026, 2030):
        found = [flag.id for flag in safety_in(this_year).check_rules(CARER.format(year=2010))]
        assert BLADDER not in found and "infection-fever" in found
