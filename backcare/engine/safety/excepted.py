"""A denial's exception is told (safety101, issue #12, red flags 35: "No numbness except round my
bottom, is that ok with a slipped disc?"). The exception names where or when the denied thing is
there: the numbness is round the bottom. The reader saw "no numbness", a breaker word ("except")
that ended the negation's reach, and a bottom with no sign beside it; a saddle numbness told in
the commonest way a worried person words it (denying the general to report the particular) raised
nothing. A denial of one to three words (data/safety_vocabulary.json 'excepted': "no", "without",
...) followed, after an optional comma, by an exception word that cannot be a contrast ("except",
"apart from", "other than"; never "but") is read as the denied words and the exception's words
("numbness round my bottom"): what the exception holds is then read as any report is, so "no pain
except in my left foot" is pain in one foot and "no fever except last year" a fever that is over.
Pure text in, text out."""

from __future__ import annotations

import functools
import re

from backcare.resources import DataError


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    """A denial, one to three words, an exception; None when the data has none."""
    from backcare.resources import read_shared_json

    try:
        words = read_shared_json("safety_vocabulary.json")["excepted"]
        denials = sorted((str(w) for w in words["denials"]), key=len, reverse=True)
        exceptions = sorted((str(w) for w in words["exceptions"]), key=len, reverse=True)
    except (KeyError, TypeError) as error:
        raise DataError(f"safety_vocabulary.json 'excepted': {error!r}") from None
    if not denials or not exceptions:
        return None

    def either(phrases: list[str]) -> str:
        return "|".join(r"[^\S\n]+".join(map(re.escape, p.split())) for p in phrases)

    return re.compile(
        rf"(?i)\b(?:{either(denials)})[^\S\n]+(?P<denied>[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){{0,2}}?)"
        rf"[^\S\n]*,?[^\S\n]+(?:{either(exceptions)})\b"
    )


def exceptions_told(text: str) -> str:
    """The text with each denial followed by an exception read as the thing denied, told where
    the exception says ("no numbness except round my bottom" as "numbness round my bottom")."""
    pattern = _pattern()
    if pattern is None:
        return text
    return pattern.sub(lambda found: found.group("denied"), text)
