"""A compound a question types where its pack writes two words (issue 11, quality49): "how do I
restore a backup" on a pack whose entries say "back up your files", "setup" for "set up", "login"
for "log in", "workout" for "work out".

The second word of such a pair is a particle (data/compound_particles.txt: "up", "in", "out"), a
stop word: read as two words, the pair is its verb alone ("back"), which on a back-care pack is
everything, so a question's compound cannot be split into the pack's words at query time. Instead
the pack's analysis (index.TextAnalysis) indexes each verb-and-particle pair an entry writes side by
side as a term of its own, the compound as a question would stem it ("back up", "backing up" ->
"backup", marked: `compound_key`), beside the field's terms (the field's length is not changed, so
no other term scores otherwise). A question's word reads that term too (resolve.WordResolution):
"backups" finds the entries that write "back up", as well as any that write "backup". The reverse (a question's "back up" where the pack writes "backup") is analyze.Analyzer's
`_joins`. Pure: no I/O once the particles are read.

Words a pack joins with a hyphen are the same case (quality51): "X-ray", "e-mail", "follow-ups"
are read as two words each ("x" and "ray"), so a question's "xray", "email", "followups" met no
entry that wrote them so (clinic 9's "should I get an xray of my back" ranked its X-ray entry
sixth). They are indexed run together as well (`hyphen_compounds`), under the same kind of term.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from functools import lru_cache
from itertools import pairwise

from backcare.engine.analyze import stem, words
from backcare.lazyregex import lazy
from backcare.resources import read_words

# a compound's term is kept apart from the same word written as one ("backup" in another entry):
# the mark no word read from a text holds (analyze.words keeps letters, digits and apostrophes)
COMPOUND_MARK = "_"
# letters joined by hyphens (ASCII, Unicode's hyphen and non-breaking hyphen), digits apart: "A-1",
# "COVID-19" are codes, not words a question runs together
_HYPHENATED = lazy(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)+")


def compound_key(term: str) -> str:
    """The index term of a compound written as two words ("backup" -> "backup_")."""
    return term + COMPOUND_MARK


@lru_cache(maxsize=1)
def load_particles() -> frozenset[str]:
    return frozenset(read_words("compound_particles.txt"))


def compound_terms(
    tokens: Sequence[str], stopwords: Container[str], particles: frozenset[str]
) -> list[str]:
    """The compounds a text writes as a word and a particle side by side ("back up" -> "backup";
    "logged in" -> "login": the verb's stem and the particle, stemmed as a question's word is).
    Not after a stop word ("is in", "it up"), a letter or a number ("2 up")."""
    if particles.isdisjoint(tokens):
        return []
    return [
        stem(stem(first) + second)
        for first, second in pairwise(tokens)
        if second in particles and len(first) > 1 and first.isalpha() and first not in stopwords
    ]


def has_hyphen(text: str) -> bool:
    """Whether a text holds a hyphen `hyphen_compounds` reads (without one it finds nothing)."""
    return "-" in text or "\u2010" in text or "\u2011" in text  # (a regex search is 10x slower)


def hyphen_compounds(text: str) -> list[str]:
    """The words a text joins with hyphens, run together and stemmed as a question's word is
    ("X-ray" -> "xray", "e-mail" -> "email", "follow-ups" -> "followup"), once per place written."""
    if not has_hyphen(text):
        return []
    return [stem("".join(words(found))) for found in _HYPHENATED.findall(text)]
