"""review27 (issue #12): a cold reviewer's red flags written in the frames safety104 and safety105
made quieter (tests/eval/red_flags_review27.jsonl, 130 signs and 14 ordinary twins, written in
batches, each before any run of its lines). First run on ced489e0, the old code: caught 124/130,
false alarms 6/14, tier agrees 122/124; safety104 alone lost 3 emergencies (hearsay.py reading the
asker's echo of a claim as the claim, dated_over.py's date reaching past a "but"), safety105 alone
6 (joked.py reading a dismissal or an apology as the asker's joke, "I'm fine, just asking" beside a
time course); safety106 and safety107 fixed them by class before the merge. Merged: 125/130, 0/14,
tier 124/125. Every sign is caught at least at its labelled tier and every twin raises nothing,
but for the rows below (strict xfails: a fix shows); safety109 fixed the five that every version
missed."""

from __future__ import annotations

import pytest

from tests.safety_cases import row_id, set_rows, tier

RANK = {None: 0, "soon": 1, "urgent": 2, "emergency": 3}

# missed by every version, the old code's included (review27_report.md, "common to all"): none
# since safety109 (tests/test_safety109.py holds the five and their twins)
MISSED_EVERYWHERE: set[str] = set()


@pytest.mark.parametrize(
    "row",
    set_rows("review27", True, MISSED_EVERYWHERE, "missed on every version (see the list)"),
    ids=row_id,
)
def test_a_sign_is_caught_at_least_at_its_tier(row: dict[str, str]) -> None:
    raised = tier(row["q"])
    assert RANK[raised] >= RANK[row["tier"]], (row["q"], raised, row["tier"])


@pytest.mark.parametrize("row", set_rows("review27", False), ids=row_id)
def test_an_ordinary_twin_raises_nothing(row: dict[str, str]) -> None:
    assert tier(row["q"]) is None, row["q"]
