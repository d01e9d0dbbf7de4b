"""Words spelt right are read as words: where the rules read no sign, the learned check's
emergency may not rest on the letters of common words that say nothing of one (issue #12, a
stranger's finding, safety101).

Why "I've had lower back pain since my holiday" raised an emergency of the learned check alone,
and "since my vacation" or "since christmas" nothing: the check reads letter 3-5-grams inside
words so that a misspelt or inflected sign word still counts ("numbess", "incontinance", "taken"
for "take"), and "holiday" begins as "hold" does ("can't hold it", a bladder sign). Its grams
added 0.2 to P(emergency) and lifted P(at least soon) past the soon threshold (0.78 against
0.73; the plain words alone read 0.726), while "holiday" as a word (its word and word-pair
features) moved P(emergency) by -0.001. The plain words lean towards the emergency class ("since
my ...": the sets' emergencies tell "since my fall", "since my op"), and the emergency tier is
reached at a low P(emergency) (0.275: that threshold moves tiers, it decides nothing alone), so
a letter likeness was enough. plain.py holds such an emergency back only when every word is one
of plain pain's; one word outside its list kept it, as a word no list holds may name a sign.

The learned check may so raise an emergency on a message in which the rules read no sign (every
mention of a plain concept, no word that may tell a sign by its form: plain.py) only on evidence
it reads in the words: when every word outside plain pain's list is a common English word
(data/english_words.txt) that no phrase of a sign's uses (a sign's phrases may use a word in a
form the letters link: "taken") and whose own word features do not lean towards an emergency,
the message is judged again without those words' letter grams (a gram a kept word also has
stays), and that verdict's tier, or none, is the check's. One word outside the list that is
misspelt, foreign or a name (its letters are what the check can read of it), that a sign's
phrases use, or that leans towards an emergency as a word ("ceiling", "drunk", "peepee") keeps
the verdict as it was. Lower tiers are not judged again: the soon and urgent notices of plain
pain are plain.py's to keep ("Lower tiers of the learned check are not held back"). Measured on
every red-flag set: no line's notice changed (the 42 emergencies of the learned check alone on
messages with plain concepts only are all kept), so this removes a class of false emergency
that the sets did not hold; "since my holiday" and "since my holidays" now raise nothing."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Sequence

from backcare.engine.safety.net import Net, concept_of, features, letter_grams
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention


def as_spelt(
    net: Net,
    verdict: tuple[str, float] | None,
    tokens: Sequence[Token],
    mentions: Iterable[Mention],
    negations: frozenset[str],
    reach: int,
    symptoms: Collection[str],
) -> tuple[str, float] | None:
    """The learned check's emergency on these tokens (a question, or a window of one) judged
    again without the letter grams of its words outside plain pain's list, where the rules read
    no sign there and every such word is common, in no phrase of the rules' signs (`symptoms`
    beyond plain pain) and leans no way towards an emergency as a word; else the verdict as
    given."""
    if verdict is None or verdict[0] != "emergency":
        return verdict
    said = list(mentions)
    # not imported by a calm ask (issue 17)
    from backcare.engine.safety.plain import odd_words, plain_concepts, plain_words

    plain = plain_concepts()
    if any(m.concept not in plain for m in said) or odd_words(list(tokens)):
        return verdict
    from backcare.engine.analyze import common_words  # loaded on first use only

    words, common = plain_words(), common_words()
    told = _sign_words(frozenset(symptoms) - plain)  # the rules' signs beyond plain pain
    candidates = {t.surface for t in tokens if t.surface not in words and not t.surface.isdigit()}
    if not candidates or any(word not in common or word in told for word in candidates):
        # a misspelt word, a foreign word, a name: its letters are what the check can read of
        # it; a word of a sign's phrases ("taken", "hold") may be read by them as a form of it
        return verdict
    concepts = [c for c in map(concept_of, said) if c is not None]
    names = features(tokens, concepts, negations, reach)
    base = net.probabilities(names)["emergency"]
    for word in candidates:
        own = _word_features(tokens, word, negations, reach)
        if net.probabilities([n for n in names if n not in own])["emergency"] < base:
            return verdict  # the word, as a word, leans towards an emergency
    kept = {g for t in tokens if t.surface not in candidates for g in letter_grams(t.surface)}
    dropped = {g for word in candidates for g in letter_grams(word)} - kept
    return net.judge([n for n in names if n not in dropped])


@functools.cache
def _sign_words(signs: frozenset[str]) -> frozenset[str]:
    """Every word of the vocabulary's phrases for these concepts (data/safety_vocabulary.json)."""
    from backcare.resources import read_shared_json

    concepts = read_shared_json("safety_vocabulary.json")["concepts"]
    return frozenset(
        word.lower()
        for name in signs
        for phrase in concepts.get(name, {}).get("phrases", ())
        for word in re.split(r"[ |]", phrase)
        if word.isalpha()
    )


def _word_features(
    tokens: Sequence[Token], word: str, negations: frozenset[str], reach: int
) -> set[str]:
    """The word and word-pair features (net.features) of the positions holding `word`."""
    everything = features(tokens, (), negations, reach)
    at = {i for i, t in enumerate(tokens) if t.surface == word}
    stems = {tokens[i].stem for i in at}
    return {
        n
        for n in everything
        if (n.startswith("w:") and n[2:].lstrip("~") in stems)
        or (n.startswith("b:") and any(part.lstrip("~") in stems for part in n[2:].split("_")))
    }
