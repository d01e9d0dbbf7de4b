"""A fever's number that is a thing's heat ("What temperature should a bath be for back pain?
Mine's about 39C, is that too hot?"): no one's fever (safety112, issue #12, red flags 37 raised
infection-fever on the bath's 39C).

The vocabulary reads a number in the fever range with its unit as a fever ("39C", "40 degrees":
data/safety_vocabulary.json FEVER), as a reading of the asker's. A bath, a shower or a heat pad
runs at the same numbers. A FEVER mention told bare (its words only the number, a unit and a
hedge: data/thing_heat.json 'units', 'hedges') is dropped when its clause names a thing that
is heated ('things': "the bath at 39C"), or when an anaphor ('anaphors': "Mine's", "I keep mine
at 40C") stands before it in its clause, the sentence before names such a thing and no word of
now ('now': "It's 39C now" may be the asker's) stands in its clause. A fever told with a word of its
own ("a temperature of 39", "I'm 39C", "39C on the thermometer") is no bare number and stays,
and so does any number with a person's reading in its clause beside a bath in another clause
("I had a bath, 39C now and shivery" names no thing in the number's clause).

Never dropped either way when its sentence holds a word of now or a time ('now': "still 40
degrees", "39.6 tonight") or of a fever being treated ('treating': "a cool bath to bring it
down", "drinking loads of water like 111 said but still 39.6C"), or when a pain (one of
'pains' concepts) is told in its clause ("... and my back is agony"): people cool a fever in a
bath and drink water for it (safety114, review29 C).
"""

from __future__ import annotations

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention

FEVER = "FEVER"


def thing_heat(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions without a fever's bare number told of a heated thing (module doc)."""
    if not any(m.concept == FEVER for m in mentions):
        return mentions
    words = listed_words("thing_heat.json")
    bare = words["units"] | words["hedges"]
    things_in_clause = {t.clause for t in tokens if t.surface in words["things"]}
    things_in_sentence = {t.sentence for t in tokens if t.surface in words["things"]}
    now = {t.sentence for t in tokens if t.surface in words["now"] | words["treating"]}
    pained = {tokens[m.first].clause for m in mentions if m.concept in words["pains"]}

    def heat(m: Mention) -> bool:
        said = tokens[m.first : m.last + 1]
        if not any(t.number is not None for t in said):
            return False
        if any(t.number is None and t.surface not in bare for t in said):
            return False
        here = tokens[m.first]
        if here.sentence in now or here.clause in pained:
            return False
        if here.clause in things_in_clause:
            return True
        before = [t for t in tokens[: m.first] if t.clause == here.clause]
        return here.sentence - 1 in things_in_sentence and any(
            t.surface in words["anaphors"] for t in before
        )

    return [m for m in mentions if not (m.concept == FEVER and not m.negated and heat(m))]
