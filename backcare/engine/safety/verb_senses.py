"""A sense read as a noun whose last word is a verb of saying here (safety109, issue #12,
review27: "Dad jokes that he's 'lost the use of his legs' but honestly he couldn't get off the
sofa tonight and he's wet himself" raised nothing).

"Dad jokes" is a sense (the genre of pun), so "dad" names no one and the words of the sense are
no words to the learned check. But "Dad jokes that he's ...", "Mum jokes she's ...", "Dad keeps
joking that ..." name a person who says something: the sense's last word ('verbs' in
data/verb_senses.json) followed at once by the opening of what is said ('openers': "that",
"he's") or told after a word that makes it a verb ('before': "keeps joking") is that verb, and
the sense gives way: the person's report is read as any other (joked.py judges the joke). Pure:
tokens and the sense's words in, a verdict out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from backcare.engine.safety.reading import Token
from backcare.resources import DataError


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs, the openers of what is said and the words before a verb, of
    data/verb_senses.json."""
    from backcare.resources import read_json

    try:
        found = read_json("verb_senses.json")
        return (
            frozenset(str(w) for w in found["verbs"]),
            frozenset(str(w) for w in found["openers"]),
            frozenset(str(w) for w in found["before"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"verb_senses.json: {error!r}") from None


def said_as_verb(tokens: Sequence[Token], positions: Sequence[int]) -> bool:
    """Whether the sense at `positions` ends on a verb of saying that opens what is said, or
    follows a word that makes it a verb (module doc)."""
    verbs, openers, before = _words()
    last = positions[-1]
    if tokens[last].surface not in verbs:
        return False
    after = last + 1
    if (
        after < len(tokens)
        and tokens[after].clause == tokens[last].clause
        and tokens[after].surface in openers
    ):
        return True
    ahead = last - 1
    return ahead not in positions and ahead >= 0 and tokens[ahead].surface in before
