"""Someone else's story told in the past, before the asker turns to their own back (safety127,
issue #12, red flags 43): "A friend at work had to go to A&E with back pain and numb legs. Mine is
just a sore lower back", "My aunt's bone cancer started with back pain, so I thought I'd ask.
I'm 32 and strained my back hoovering".

others.py makes such signs the other person's; the rules still count another person's sign
beside back pain of theirs (back_trouble.py: a carer's question, "my husband did his back in and
his foot slaps the floor") unless it is over, and a plain past tense with no date ("had",
"went", "started") was not read as over. Read here: a sentence whose signs are all someone
else's, told with one of 'past' (data/their_past.json) and none of 'present' (a present verb, a
recent time, "now", "still") or 'suppositions' ("if someone's legs went numb"), is their story
over when a later sentence tells the asker's own case (a self word beside a mention that is the
asker's, not a bare "what do I do?") and nothing after it speaks
of that person again (a pronoun of 'people'), shares their sign ('sharing': "I've got the same",
"asking for myself", "it happened an hour ago") or pleads ('pleas'). Those signs are then
past: their story, no emergency of theirs now. A carer telling what is happening now ("my dad has
numb legs since this morning", "Mum went numb in both legs an hour ago, what do I do?", "my
friend had numb legs and now she can't walk") keeps the notice: when unsure, flag."""

from __future__ import annotations

from collections.abc import Set

from backcare.engine.safety.listed_words import listed_words
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def their_past(
    tokens: list[Token], mentions: list[Mention], selves: Set[str], symptoms: Set[str]
) -> list[Mention]:
    """The mentions, someone else's signs in a past story (module doc) marked past. `selves`
    are the asker's words (I, my, mine), `symptoms` the concepts that are signs."""
    theirs = {m.sentence for m in mentions if m.other and not m.past and not m.negated}
    if not theirs:
        return mentions  # the quick exit: no one else's live mention
    words = listed_words("their_past.json")
    by_sentence: dict[int, set[str]] = {}
    for t in tokens:
        by_sentence.setdefault(t.sentence, set()).add(t.surface)
    # a sentence naming the asker's own sign is no one else's story
    own = {m.sentence for m in mentions if not m.other and m.concept in symptoms}
    # the sentences where the asker tells their own case (a sign, their back or pain, how they
    # are: "Mine is just a sore lower back"); a self word alone ("What do I do?", "Should I call 111?") is a carer
    # asking about the person, not turning to their own case (the cold review's "My dad had bad
    # back pain and then went numb in both legs. What do I do?")
    # nor a question ("What do I do about the pain?", "How do I ease the back pain?"): a carer
    # asks about the person's pain in the asker's words (the red-team trial of the same session)
    openers = {t.sentence: t.surface for t in reversed(tokens)}  # each sentence's first word
    told = {
        m.sentence
        for m in mentions
        if not m.other
        and (m.concept in symptoms or m.concept in words["own_case"])
        and openers.get(m.sentence) not in words["asking"]
    }
    stops = words["present"] | words["pleas"] | words["suppositions"]  # "if someone's ..."
    over: set[int] = set()
    for sentence in sorted(theirs - own):
        said = by_sentence[sentence]
        if not said & words["past"] or said & stops:
            continue
        after = [by_sentence[s] for s in sorted(by_sentence) if s > sentence]
        if not any(by_sentence[s] & selves for s in told if s > sentence):
            continue  # the asker never turns to their own case
        if any(w & (words["people"] | words["sharing"] | words["pleas"]) for w in after):
            continue  # their story goes on, is shared or pleads
        over.add(sentence)
    if not over:
        return mentions
    return [m._replace(past=True) if m.other and m.sentence in over else m for m in mentions]
