"""safety56 (issue #12): a passage holding only part of a red-flag line is labelled with the less
urgent of the line's class and the tier the rules raise on that part (tools/redflag_passages.py).
Labelled with the whole line's class, the fall of "fell off a ladder ... can't feel my legs" was
an emergency row, and the retrained check read "my mum fell in the kitchen" as an emergency."""

from __future__ import annotations

from backcare.engine.safety import load_safety
from tools.redflag_long import HISTORY
from tools.redflag_passages import less_urgent, red_rows
from tools.train_redflag_net import rule_tier

LINE = "I fell off a ladder this morning. Since then I can't feel my legs."


def test_less_urgent_is_the_lower_class() -> None:
    assert less_urgent("emergency", "soon") == "soon"
    assert less_urgent("soon", "emergency") == "soon"
    assert less_urgent("urgent", "urgent") == "urgent"


def test_a_part_of_the_line_takes_the_rules_tier_when_it_is_lower() -> None:
    safety = load_safety()
    pool = [line.strip() for line in HISTORY]
    rows = list(red_rows(safety, [("x", [(LINE, "emergency")])], pool, lambda part: "soon"))
    labels = {kind for _, _, kind in rows}
    # passages holding the whole line keep its class; those holding a part of it are 'soon'
    assert labels == {"emergency", "soon"}


def test_a_part_the_rules_raise_nothing_on_is_no_row() -> None:
    safety = load_safety()
    pool = [line.strip() for line in HISTORY]
    rows = list(red_rows(safety, [("x", [(LINE, "emergency")])], pool, lambda part: None))
    assert rows and {kind for _, _, kind in rows} == {"emergency"}
    assert len(rows) < len(
        list(red_rows(safety, [("x", [(LINE, "emergency")])], pool, lambda part: "emergency"))
    )


def test_the_rules_tier_of_a_text() -> None:
    safety = load_safety()
    assert rule_tier(safety, "my back is a bit stiff after gardening") is None
    assert rule_tier(safety, "I can't feel my bum when I wipe and I've wet myself") == "emergency"
