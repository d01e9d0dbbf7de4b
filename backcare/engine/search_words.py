"""Words a search box gets that ask nothing: the site a keyword query wants its answer from ("tight
back muscles relief nhs", "back pain fast relief at home reddit", "... youtube") and a voice
assistant's wake words ("ok google what helps ..."). Read as words of the question, a site is a
topic no entry mentions ("nhs" is one: "is physio free on the NHS" asks about it) or a word the pack
lacks, so the query gets no answer though its other words ask for one. `unsearched` gives the text
without them: sites only at the end of a query with no question mark and with at least MIN_LEFT
words before them, wake words only at its start. data/intents.json "search_words" holds the words.
Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from backcare.engine.analyze import words
from backcare.resources import expect_dict, expect_strings, read_shared_json

SITE_TAIL = 60  # characters at a query's end where its sites are looked for
MIN_LEFT = 3  # "physio nhs" may ask about the NHS; "tight back muscles relief nhs" asks relief


@lru_cache(maxsize=1)
def _forms() -> tuple[list[str], list[str]]:
    """The site forms and the wake forms, each its words joined by a space, longest first."""
    data = expect_dict(read_shared_json("intents.json"), "intents.json")
    search = expect_dict(data.get("search_words", {}), "intents.json: search_words")

    def forms(key: str) -> list[str]:
        found = expect_strings(search.get(key, []), f"intents.json: search_words: {key}")
        return sorted({" ".join(words(f)) for f in found} - {""}, key=len, reverse=True)

    return forms("sites"), forms("wakes")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    def alternatives(forms: list[str]) -> str:
        return "|".join(r"[\W_]+".join(re.escape(w) for w in f.split()) for f in forms)

    site_forms, wake_forms = _forms()
    sites = alternatives(site_forms)
    wakes = alternatives(wake_forms)
    return (
        re.compile(rf"(?:[\W_]+(?:{sites}))+[\W_]*$", re.IGNORECASE) if sites else None,
        re.compile(rf"^[\W_]*(?:{wakes})\b[\W_]*", re.IGNORECASE) if wakes else None,
    )


@lru_cache(maxsize=1)
def _edge_words() -> tuple[frozenset[str], frozenset[str]] | None:
    """The last words of the site forms and the first words of the wake forms; None unless every
    word of them is ASCII letters and digits (`_may_hold` then has nothing to go by)."""
    site_forms, wake_forms = _forms()
    if not all(w.isascii() and w.isalnum() for f in site_forms + wake_forms for w in f.split()):
        return None
    return (
        frozenset(f.split()[-1] for f in site_forms),
        frozenset(f.split()[0] for f in wake_forms),
    )


def _may_hold(text: str) -> bool:
    """False when an ASCII text can match neither pattern of `_patterns`, which most questions
    cannot: compiling the two costs ~4 million instructions, ~1% of a cold ask (issue 17). Under
    IGNORECASE an ASCII text matches an ASCII form as its lower case does, and a form's words are
    letters and digits, each next to a [\\W_] character or the text's edge in a match: so a site
    match ends with the text's last run of letters and digits ([^\\W_]+, followed by [\\W_]* to
    the end) being a site form's last word, and a wake match starts with its first run being a
    wake form's first word."""
    edges = _edge_words()
    if edges is None or not text.isascii():
        return True
    last_words, first_words = edges
    # the runs are the pieces of the text's words (analyze.words, read by the ranking anyway:
    # runs joined by apostrophes, "`" read as one, the text in lower case)
    found = words(text)
    return bool(found) and (
        found[-1].rpartition("'")[2] in last_words or found[0].partition("'")[0] in first_words
    )


def unsearched(text: str, known: Callable[[str], bool]) -> str:
    """The query less the sites it names at its end and the wake words at its start (the text
    itself when it asks with a question mark, or too little would be left). A site the pack
    itself names (`known`: a clinic's "How do I get physiotherapy on the NHS?") is kept."""
    if "?" in text or not _may_hold(text):
        return text
    sites, wakes = _patterns()
    left = text
    if wakes is not None:
        left = wakes.sub("", left, count=1)
    # the sites run at the end: a search of the text's tail alone (a batch's every question)
    at = max(0, len(left) - SITE_TAIL)
    site = sites.search(left, at) if sites is not None else None
    if site is not None and not any(known(w) for w in words(site.group())):
        left = left[: site.start()]
    if left == text or len(words(left)) < MIN_LEFT:
        return text
    return left
