"""A forum post's title read as the question it asks: a leading flair in brackets ("[Help]",
"(Question)") labels the post, it asks nothing (read as a how-to cue, "[Help] erectors permanently
tight" clashed with the entry on why erectors are tight), and an age and sex tag ("28M", "25F",
"(32/f)", "M40") says who writes, not what is asked (an unknown word that lowered coverage).
data/intents.json "forum_titles" holds the flair words and the sex letters. Pure: the matcher reads
the question through `untitled`; the red-flag check reads it as typed."""

from __future__ import annotations

import re
from functools import lru_cache

from backcare.resources import expect_dict, expect_strings, read_shared_json


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    titles = expect_dict(data.get("forum_titles", {}), "intents.json: forum_titles")
    flairs = expect_strings(titles.get("flairs", []), "intents.json: forum_titles: flairs")
    sexes = expect_strings(titles.get("sexes", []), "intents.json: forum_titles: sexes")
    flair = None
    if flairs:
        names = "|".join(re.escape(f) for f in sorted(flairs, key=len, reverse=True))
        flair = re.compile(rf"^\s*[\[(]\s*(?:{names})\s*[\])]\s*[:\-]?\s*", re.IGNORECASE)
    tag = None
    if sexes:
        letters = "|".join(re.escape(s) for s in sorted(sexes, key=len, reverse=True))
        # an age a writer gives (13-99) joined to a sex letter, either way round, with at most a
        # slash between: "28M", "25f", "32/F", "M40"; not "5m" (minutes, metres), not "28 m"
        age = r"(?:1[3-9]|[2-9][0-9])"
        tag = re.compile(
            rf"(?<![\w'/.])[\[(]?(?:{age}/?(?:{letters})|(?:{letters})/?{age})[\])]?(?![\w'/.])",
            re.IGNORECASE,
        )
    return flair, tag


def untitled(text: str) -> str:
    """The text less a leading bracketed flair and its age and sex tags (each a space)."""
    if "[" not in text and "(" not in text and not _has_digit(text):
        return text  # most questions: no tag can stand in it
    flair, tag = _patterns()
    if flair is not None:
        text = flair.sub("", text, count=1)
    if tag is not None:
        text = tag.sub(" ", text)
    return text


def _has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit (str.isdigit): an ASCII text's only digits are
    0-9, looked for by ten scans in C rather than a test a character."""
    if text.isascii():
        return any(d in text for d in "0123456789")
    return any(c.isdigit() for c in text)
