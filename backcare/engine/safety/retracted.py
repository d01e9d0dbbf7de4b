"""A denial the asker takes back (safety75, issue #12): "The leaflet lists a numb bum, trouble
peeing and weak legs. That's not me at all. Sorry, yes it is.", "None of that is me. Actually I
lied, it is.", "I don't have a numb bum or trouble peeing. Scratch that, I do.", "Numb bum? No.
Wait, that IS me."

The readings that set a denial's signs apart (framing._covered, contrasted.py, answered.py) each
asked whether a later clause held a retraction word, and then denied nothing; but the signs had
already been set apart by readings that know no denial at all: a leaflet's or a course's content
(syllabus.py: other and past), a topic's frame (topic_frame.py), the asker's own "no" (negated).
Since safety72 (others_over.py) the learned check's emergency, which had raised such messages,
is held where every sign is someone else's and over, and the rest ("That's not me at all. Sorry,
yes it is.") reads no emergency alone: nothing raised. A taken-back denial is read here, once,
after every other reading: whatever frame the signs were told in, the retraction tells them as
the asker's own now.

A retraction ('retraction_words.json') is the end of a sentence, from a clause boundary on, made
of 'words' only (a bare "yes it is", "I do", "that IS me", "I lied"), holding a 'markers' word
("yes", "actually", "lied", "scratch", "wait"), no negation and no sign of its own, ending with an
'ends' word (a verb, "me", "true", "both"): "Sorry, just checking", "Yes, I'm sure", "Actually,
that is all" and "Sorry, yes it is sore" take nothing back. The denial it takes back is the
run of clauses just before it that each deny (a negation, or a sign read as denied: a form's
"Numb bum? No."); a clause between that does neither ("Numb bum? No. Pain? Yes it is.") is what
the "yes" answers. The signs it covered: its denied signs ("I don't have a numb bum or trouble
peeing"); when it names none ("That's not me at all", "None of that is me", "I said no to
both"), the signs told before it in its sentence and in the run of sentences just before it that
each name one (the leaflet's list, a form's questions). Those signs are told again
as the asker's, now, at the retraction (as echoed.py tells "Me too."); a denial of something that
is no sign restores nothing a rule reads.
"""

from __future__ import annotations

import functools

from backcare.engine.safety.echoed import _askers
from backcare.engine.safety.reading import Token
from backcare.engine.safety.rules import Mention
from backcare.engine.safety.vocabulary import Vocabulary
from backcare.namedtuple import NamedTuple
from backcare.resources import DataError


class RetractionWords(NamedTuple):
    words: frozenset[str]  # what a bare retraction is made of
    markers: frozenset[str]  # what makes it one ("yes", "actually", "lied")
    ends: frozenset[str]  # what it ends with ("is", "do", "me", "true")


@functools.cache
def retraction_words() -> RetractionWords:
    """data/retraction_words.json, read once, when first needed."""
    from backcare.resources import read_json

    data = read_json("retraction_words.json")
    try:
        words = RetractionWords(
            frozenset(data["words"]), frozenset(data["markers"]), frozenset(data["ends"])
        )
    except (KeyError, TypeError) as error:
        raise DataError(f"retraction_words.json: {error!r}") from None
    if not (words.markers | words.ends) <= words.words:
        raise DataError("retraction_words.json: every marker and end is one of 'words'")
    return words


class Retracted(Vocabulary):
    """The reading of a denial taken back (mixed into `detect.Safety`)."""

    def _retracted(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions, and the signs of each denial the asker takes back told again as the
        asker's own now, at the retraction (module doc)."""
        words = retraction_words()
        if not any(t.surface in words.markers for t in tokens):
            return mentions  # the quick exit: nothing can be taken back
        told: list[Mention] = []
        for start in self._retractions_at(tokens, mentions, words):
            for m in self._covered_by_denial(tokens, mentions, start):
                told.append(_askers_now(m, start, tokens[start].sentence))
        return mentions + told

    def _retractions_at(
        self, tokens: list[Token], mentions: list[Mention], words: RetractionWords
    ) -> list[int]:
        """Where each retraction starts: the first word of a sentence's bare last clauses."""
        signs = {
            k for m in mentions if m.concept in self._symptoms for k in range(m.first, m.last + 1)
        }
        starts: list[int] = []
        end = len(tokens)
        while end > 0:
            sentence = tokens[end - 1].sentence
            first = end
            while first > 0 and tokens[first - 1].sentence == sentence:
                first -= 1
            # the longest bare run of whole clauses ending the sentence
            start = end
            while (
                start > first
                and tokens[start - 1].surface in words.words
                and tokens[start - 1].surface not in self._negations
                and start - 1 not in signs
            ):
                start -= 1
            while (
                start < end and start > first and tokens[start].clause == tokens[start - 1].clause
            ):
                start += 1  # a clause boundary: "Actually I lied, it is", not "me. is"
            run = {tokens[k].surface for k in range(start, end)}
            if (
                start > 0
                and start < end
                and run & words.markers
                and tokens[end - 1].surface in words.ends
            ):
                starts.append(start)
            end = first
        return starts

    def _covered_by_denial(
        self, tokens: list[Token], mentions: list[Mention], start: int
    ) -> list[Mention]:
        """The signs of the denial a retraction at `start` takes back: the run of clauses just
        before it that each deny (a negation, or a sign read as denied: a form's "Numb bum? No."),
        their denied signs; when they name none ("That's not me at all", "None of that is me"),
        the signs told before them in their sentence and in the run of sentences just before it
        that each name one. A clause between that neither denies nor names a sign ("Pain? Yes it
        is.") is what the "yes" answers."""
        signs = [m for m in mentions if m.concept in self._symptoms]
        words: dict[int, list[int]] = {}  # each clause's positions
        for k in range(start):
            words.setdefault(tokens[k].clause, []).append(k)
        named: dict[int, list[Mention]] = {}  # each clause's signs
        for m in signs:
            named.setdefault(tokens[m.first].clause, []).append(m)
        denial: list[int] = []
        for clause in sorted(words, reverse=True):  # their numbers may skip
            if not (
                any(m.negated for m in named.get(clause, ()))
                or any(tokens[k].surface in self._negations for k in words[clause])
            ):
                break
            denial.append(clause)
        if not denial:
            return []
        denied = [m for c in denial for m in named.get(c, ()) if m.negated]
        if denied:
            return denied
        # the signs told before the denial in its own sentence, and in the run of sentences
        # just before it that each name one (a leaflet's list, a list one sign a line)
        opening = words[denial[-1]][0]
        sentence = tokens[opening].sentence
        covered = [m for m in signs if m.sentence == sentence and m.first < opening]
        told: dict[int, list[Mention]] = {}
        for m in signs:
            told.setdefault(m.sentence, []).append(m)
        first: dict[int, int] = {}  # each sentence's first position (their numbers may skip)
        for k in range(opening, -1, -1):
            first[tokens[k].sentence] = k
        at = first[sentence]
        while at > 0 and told.get(tokens[at - 1].sentence):
            sentence = tokens[at - 1].sentence
            covered += told[sentence]
            at = first[sentence]
        return covered


def _askers_now(m: Mention, at: int, sentence: int) -> Mention:
    """A sign told again as the asker's own, now, at `at` of `sentence` (echoed._askers), and no
    longer denied or a topic's either: a retraction takes the denial and the frame back too."""
    return _askers(m, at, at, sentence)._replace(negated=False, frame=frozenset())
