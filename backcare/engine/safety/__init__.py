"""Red flags: symptoms in a question that call for medical help now, today or soon.

`load_safety().check(question)` returns the flags raised, most urgent first; `action_text(urgency,
region, contact)` gives the call to action for a tier in a region. See docs/safety.md.
"""

from backcare.engine.safety.detect import Safety, load_safety
from backcare.engine.safety.flags import (
    URGENCIES,
    RedFlag,
    action_text,
    implied_note,
    message_text,
    one_per_tier,
    region_codes,
    regions,
    resolve_region,
    unset_action,
    unset_numbers,
)
from backcare.engine.safety.rules import Mention

__all__ = [
    "URGENCIES",
    "Mention",
    "RedFlag",
    "Safety",
    "action_text",
    "implied_note",
    "load_safety",
    "message_text",
    "one_per_tier",
    "region_codes",
    "regions",
    "resolve_region",
    "unset_action",
    "unset_numbers",
]
