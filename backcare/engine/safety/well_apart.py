"""A general question set apart from the asker by their wellness (safety81, issue #12): "Does a
fever with back pain mean something serious? just curious, I'm fine", "What does 'saddle
anaesthesia' mean? my back is ok, I am just curious".

framing._asked needs a cue that sets the asker apart from the sign (study, fiction, a document)
or a definition of a term: curiosity alone is how people ask about their own ("is a numb bum
serious? just wondering"). A 'disclaimers' phrase of wellness told after every sign the message
names ("I'm fine", "my back is ok", "everything's fine with me") sets the asker apart too: the
question is about a sign the asker says they do not have. The rest of `_asked` still holds (no
I, me or my outside the cues and the disclaimer, no one else, no time course, no "now"), so
"what does saddle anaesthesia mean? I'm fine but can't feel my bum since Tuesday" keeps its
notice; and an asked sign still gets its pointer ("If this is happening to you now: ..."), so a
frightened asker who writes "I'm fine" is still told what to do.
"""

from __future__ import annotations

from collections.abc import Set

from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def wellness_apart(
    tokens: list[Token],
    mentions: list[Mention],
    disclaimers: Set[str],
    symptoms: Set[str],
    wellness: Set[str],
) -> bool:
    """Whether a disclaimer of wellness (a 'wellness' word in it: "I'm fine", not the limit
    "mine is just a bit of leaking", which tells a sign), not denied, follows every sign named,
    in a later sentence than the last of them (the question first, the wellness after it)."""
    signs = [m for m in mentions if m.concept in symptoms and not m.negated]
    if not signs:
        return False
    last = max(m.sentence for m in signs)
    return any(
        m.concept in disclaimers
        and not m.negated
        and tokens[m.first].sentence > last
        and any(t.surface in wellness for t in tokens[m.first : m.last + 1])
        for m in mentions
    )
