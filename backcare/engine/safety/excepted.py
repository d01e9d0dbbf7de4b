"""A denial's exception is told (safety101, issue #12, red flags 35: "No numbness except round my
bottom, is that ok with a slipped disc?"). The exception names where or when the denied thing is
there: the numbness is round the bottom. The reader saw "no numbness", a breaker word ("except")
that ended the negation's reach, and a bottom with no sign beside it; a saddle numbness told in
the commonest way a worried person words it (denying the general to report the particular) raised
nothing. A denial of one to three words (data/excepted_words.json: "no", "without",
...) followed, after an optional comma, by an exception word that cannot be a contrast ("except",
"apart from", "other than"; never "but") is read as the denied words and the exception's words
("numbness round my bottom"): what the exception holds is then read as any report is, so "no pain
except in my left foot" is pain in one foot and "no fever except last year" a fever that is over.
A denial that is a sign's own word stays (safety102, review26: "No feeling down there except when
I press really hard" is a saddle numbness told by "no feeling"; dropping the "no" left a feeling,
no sign): where the vocabulary's concepts hold a phrase starting with the denial and one of the
denied words ("no|lost feeling|sensation", "no|lost control ... bladder", "no ... urge"), the
words are left as written, read as the old reading read them. Pure text in, text out.

The denials and exceptions are data/excepted_words.json (a file of their own: the reading runs on
every question, and safety_vocabulary.json, 468 KB, is read only when an exception is told and the
concepts' phrases are needed; issue 17). An ASCII text holding no exception's first word is
returned as it is, with no pattern compiled."""

from __future__ import annotations

import functools
import re

from backcare.engine.safety.alternation import either
from backcare.resources import DataError


@functools.cache
def _own_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each one-word denial, the words that make it a concept's own phrase: those right after
    it ("no feeling") and those after a gap ("no ... urge"), from the concepts' phrases."""
    from backcare.resources import read_shared_json

    denials = [w for w in _words()[0] if " " not in w]
    vocabulary = read_shared_json("safety_vocabulary.json")
    try:
        phrases = [str(p) for c in vocabulary["concepts"].values() for p in c["phrases"]]
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"safety_vocabulary.json 'concepts': {error!r}") from None
    right: dict[str, set[str]] = {d: set() for d in denials}
    gapped: dict[str, set[str]] = {d: set() for d in denials}
    for phrase in phrases:
        slots = phrase.split()
        if len(slots) < 2:
            continue
        firsts = set(slots[0].split("|"))
        gap = slots[1] == "..."
        following = slots[2] if gap and len(slots) > 2 else slots[1]
        words = {w for w in following.split("|") if w.isalpha()}
        for denial in firsts & set(denials):
            (gapped if gap else right)[denial].update(words)
    return {d: (frozenset(right[d]), frozenset(gapped[d])) for d in denials}


def _owns(denial: str, denied: str) -> bool:
    """Whether the denial with the denied words is a concept's own phrase (see `_own_words`)."""
    right, gapped = _own_words().get(denial.lower(), (frozenset(), frozenset()))
    words = [w.lower().replace("'", "") for w in denied.split()]
    return words[0] in right or any(w in gapped for w in words)


@functools.cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The denials and the exceptions, each longest first (one phrase may begin another)."""
    from backcare.resources import read_json

    try:
        words = read_json("excepted_words.json")
        denials = sorted((str(w) for w in words["denials"]), key=len, reverse=True)
        exceptions = sorted((str(w) for w in words["exceptions"]), key=len, reverse=True)
    except (KeyError, TypeError) as error:
        raise DataError(f"excepted_words.json: {error!r}") from None
    return tuple(denials), tuple(exceptions)


@functools.cache
def _leads() -> tuple[str, ...] | None:
    """Each exception's first word in lower case, or None where that is no necessary condition.
    Every match of the pattern holds an exception, whose first word is in the text as written;
    in an ASCII text, case-insensitive matching of an ASCII word is ASCII case-folding, so
    `lead in text.lower()` for some lead. Not so for a non-ASCII word ("ſ" matches "s") or
    an exception of no words (the pattern's alternative is then empty)."""
    leads = [exception.split()[:1] for exception in _words()[1]]
    if not all(lead and lead[0].isascii() for lead in leads):
        return None
    return tuple({lead[0].lower() for lead in leads})


def _may_tell(text: str) -> bool:
    """False only where the pattern cannot match (see `_leads`): most questions."""
    leads = _leads()
    if leads is None or not text.isascii():
        return True
    lowered = text.lower()
    return any(lead in lowered for lead in leads)


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    """A denial, one to three words, an exception; None when the data has none."""
    denials, exceptions = _words()
    if not denials or not exceptions:
        return None

    return re.compile(
        rf"(?i)\b(?P<denial>{either(denials)})[^\S\n]+(?P<denied>[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){{0,2}}?)"
        rf"[^\S\n]*,?[^\S\n]+(?:{either(exceptions)})\b"
    )


def exceptions_told(text: str) -> str:
    """The text with each denial followed by an exception read as the thing denied, told where
    the exception says ("no numbness except round my bottom" as "numbness round my bottom")."""
    if not _may_tell(text):
        return text
    pattern = _pattern()
    if pattern is None:
        return text
    return pattern.sub(
        lambda found: (
            found.group(0)
            if _owns(found.group("denial"), found.group("denied"))
            else found.group("denied")
        ),
        text,
    )
