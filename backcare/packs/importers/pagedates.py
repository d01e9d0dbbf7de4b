"""A line that dates the page, not an answer: "Page last reviewed: October 2026. Next review:
October 2027.", "Last updated 3 May 2026", "Reviewed: 2026-10-14" (harden20, newcomer13).

Pages end so, after their last question, and the line was glued to the last answer. It is read
only as a whole line (a sentence about reviews, "We review your plan every six weeks", is
answer text), with its words from data/import_hints.json (`page_date_words`, `month_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.packs.notes import Note, routine
from backcare.resources import expect_dict, expect_strings, read_json


def page_date_note(text: str, where: str) -> Note:
    """The routine note for a line dating the page left out of the last answer (every format)."""
    shown = text if len(text) <= 200 else text[:199] + "…"
    return routine(
        f"left out a line dating the page {where}: {shown!r} (the page's date, not the "
        "answer's; an entry's 'reviewed' date is yours to set)"
    )


def is_page_date(text: str) -> bool:
    """Whether `text` is, as a whole, a line dating the page (its review, its update)."""
    return len(text) <= 200 and _pattern().match(" ".join(text.split())) is not None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = expect_dict(read_json("import_hints.json"), "import_hints.json")
    verbs = expect_strings(data.get("page_date_words"), "import_hints.json: page_date_words")
    months = expect_strings(data.get("month_names"), "import_hints.json: month_names")
    month = "(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (
        rf"(?:(?:{day}\s+)?{month}(?:\s+{day},?)?\s+\d{{4}}"
        r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
    )
    verb = "(?:" + "|".join(map(re.escape, verbs)) + ")"
    what = r"(?:(?:this\s+)?(?:page|content|article|information|faq|guide)s?\s+)?"
    lead = rf"{what}(?:(?:was|were|is)\s+)?(?:last\s+|first\s+)?{verb}(?:\s+(?:on|in))?\s*:?\s*"
    then = (
        r"(?:\s*[.;,|]?\s*(?:next\s+review(?:\s+due)?|review\s+due|due\s+for\s+review)"
        rf"(?:\s+(?:on|by|in|date))?\s*:?\s*{date})?"
    )
    return re.compile(rf"^{lead}{date}{then}\s*\.?$", re.IGNORECASE)
