"""An event someone else had, named as a noun they possess (safety115, issue #12, red flags 38):
"The ambulance crew who came for my dad's fall said I was lifting him wrong and I'd wreck my
back", "After my mum's fall last week I've been helping her in and out of bed".

others.py makes the words after a person someone else's, until the asker is named again; a
person after a preposition ("came for my dad's ...", "after my mum's ...") opens no such scope,
as "lifting my toddler" names no one whose signs follow. A possessive right before an event's
noun still says whose the event is: "my dad's fall" is the dad's, whatever stands before it.
So a mention of one of data/their_events.json 'concepts' (the fall: an event, not a state
that a carer may share) whose word right before it is a person in the possessive ("dads",
"mums", "grandads": the vocabulary's others, apostrophe dropped) or "his", "her", "their" is
someone else's. The asker's own fall is its own mention ("I slipped on the stairs after mum's
fall") and keeps its notice."""

from __future__ import annotations

from collections.abc import Collection

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def their_events(
    tokens: list[Token], mentions: list[Mention], people: Collection[str]
) -> list[Mention]:
    """The mentions, each event named after another person's possessive marked as theirs.
    `people` are the stems of person words (the vocabulary's 'others')."""
    words = listed_words("their_events.json")
    concepts = words["concepts"]
    if not any(m.concept in concepts and not m.other for m in mentions):
        return mentions
    return [
        m._replace(other=True)
        if m.concept in concepts and not m.other and _possessed(tokens, m.first, people, words)
        else m
        for m in mentions
    ]


def _possessed(
    tokens: list[Token], at: int, people: Collection[str], words: dict[str, frozenset[str]]
) -> bool:
    """Whether the word before `at`, in its clause, is another person's possessive."""
    if at == 0 or tokens[at - 1].clause != tokens[at].clause:
        return False
    before = tokens[at - 1]
    if before.surface in words["possessives"]:
        return True
    return before.stem in people and before.surface != before.stem and before.surface.endswith("s")
